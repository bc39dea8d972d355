"""held_out_41 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Malaysia) exactly as published, in layouts no earlier part has, beside the
row's other real fields.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_38`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID,
PT, CL, HU and KE; here:

* the values are the clinic phone fields of Malaysian veterinary clinics in the Department of
  Veterinary Services' AnimalPassport list (``scripts/data/pii_my_vet_clinics.json``, written
  by ``scripts/my_vet_clinics_data.py``; source and licence in that file): numbers as the
  file gives them, with the area code's dash or none (``03-7863053``, ``074349699``), mobile
  numbers (``0187804313``), the country code without ``+`` (``60124750160``) or with it, and,
  where the DVS spreadsheet held the number as a figure, its leading ``0`` lost and ``.0``
  after it (``55459111.0``), each copy labelled;
* the text around them is the same row's real fields: the clinic's name, its address with
  its five-digit postcode (``81300``), its area and state, with invented session tokens,
  request ids, form-boundary strings, timestamps and byte counts, unlabelled and scored;
* in layouts no earlier part has, web request payloads with Malay field names (the clinic's
  number under ``no_telefon``): an ``application/x-www-form-urlencoded`` POST request as
  captured (request line, headers, ``Content-Length``, the URL-encoded body), a
  ``multipart/form-data`` POST of the same form (a WebKit boundary, CRLF line ends), a HAR 1.2
  log of one JSON ``POST`` and its ``201`` answer as a browser's developer tools export it (the
  body a JSON string in ``postData.text``), and a ``curl`` command line as a browser's "Copy as
  cURL (bash)" writes it (``-H`` headers, the JSON body after ``--data-raw`` in ``'...'`` or,
  where it holds a ``'``, ``$'...'``).

URL-encoding leaves each number the URL-encoded layout is given as it is (the one ``+60...``
of the register falls to another layout), so every copy of every number stands unchanged.
Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_41.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus, urlencode

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_my_vet_clinics.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_41.jsonl.gz"
SPLIT = "held_out_41"

LAYOUTS = ("form_urlencoded", "multipart_form_data", "har_entry", "curl_command")
PHONE = "clinicPhone"
HOST = "direktori-veterinar.example.my"
PATH = "/klinik/daftar"
# the day the register's files were committed (the repository's commit baed1a4)
PUBLISHED = datetime.datetime(2025, 11, 26, tzinfo=datetime.UTC)
TOKEN = string.ascii_letters + string.digits
SESSION = string.digits + "abcdefghijklmnopqrstuv"  # PHP's session ids, 5 bits a character
USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's clinic phone field as published, stripped."""
    return _f(row, PHONE)


def postcode(row: dict[str, Any]) -> str:
    """The five-digit postcode in the row's address ("" where it gives none)."""
    found = re.findall(r"(?<!\d)\d{5}(?!\d)", _f(row, "address"))
    return found[-1] if found else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _payload(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The clinic's fields under the form's Malay names, in the form's order."""
    return [
        ("nama_klinik", _f(row, "name")),
        ("alamat", _f(row, "address")),
        ("kawasan", _f(row, "area")),
        ("negeri", _f(row, "state")),
        ("no_telefon", phone(row)),
    ]


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(TOKEN) for _ in range(length))


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented moment of the weeks after the register's files were published."""
    return PUBLISHED + datetime.timedelta(seconds=rng.randint(0, 40 * 86400))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field labelled (each number in it
    by ``labelled_record``). Each copy stands apart (no digit next to it), so a copy is never
    part of another value."""
    value = phone(row)
    return phone_copies(text, value, PHONE, row["path"])


def form_urlencoded(row: dict[str, Any], rng: random.Random) -> str:
    """The clinic's registration form as the browser sent it, captured as an HTTP/1.1
    request: ``POST`` with the form's headers, a session cookie, an invented CSRF token and
    ``Content-Length`` in bytes, then the ``application/x-www-form-urlencoded`` body
    (``urlencode``: spaces as ``+``, other reserved characters as ``%XX``)."""
    # URL-encoding leaves every number this layout is given as it is (``+`` would be ``%2B``)
    assert quote_plus(phone(row)) == phone(row), row["path"]
    fields = [("_token", _token(rng, 40)), *_payload(row), ("hantar", "Simpan")]
    body = urlencode(fields)
    lines = [
        f"POST {PATH} HTTP/1.1",
        f"Host: {HOST}",
        f"User-Agent: {USER_AGENT}",
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language: ms-MY,ms;q=0.9,en;q=0.8",
        "Content-Type: application/x-www-form-urlencoded",
        f"Content-Length: {len(body.encode('utf-8'))}",
        f"Origin: https://{HOST}",
        f"Referer: https://{HOST}{PATH}",
        f"Cookie: PHPSESSID={''.join(rng.choice(SESSION) for _ in range(26))}",
        "",
        body,
    ]
    return "\r\n".join(lines)


def multipart_form_data(row: dict[str, Any], rng: random.Random) -> str:
    """The same form sent as ``multipart/form-data`` by a WebKit browser: a
    ``----WebKitFormBoundary`` of 16 invented characters, one part per field with its
    ``Content-Disposition: form-data; name="..."``, CRLF line ends, an invented application
    number first and the closing boundary last; the request line and headers above it."""
    boundary = f"----WebKitFormBoundary{_token(rng, 16)}"
    fields = [("no_permohonan", f"DVS-{rng.randint(100000, 999999)}"), *_payload(row)]
    parts = []
    for name, value in fields:
        parts += [f"--{boundary}", f'Content-Disposition: form-data; name="{name}"', "", value]
    body = "\r\n".join([*parts, f"--{boundary}--", ""])
    lines = [
        f"POST {PATH} HTTP/1.1",
        f"Host: {HOST}",
        f"User-Agent: {USER_AGENT}",
        "Accept: */*",
        f"Content-Type: multipart/form-data; boundary={boundary}",
        f"Content-Length: {len(body.encode('utf-8'))}",
        f"Origin: https://{HOST}",
        "",
        body,
    ]
    return "\r\n".join(lines)


def _json_body(row: dict[str, Any]) -> str:
    """The form as the page's script posts it: ``JSON.stringify`` of its fields."""
    return json.dumps(dict(_payload(row)), ensure_ascii=False, separators=(",", ":"))


def har_entry(row: dict[str, Any], rng: random.Random) -> str:
    """A HAR 1.2 log of one request as a browser's developer tools export it (two-space
    indents, ``JSON.stringify``): the ``POST`` of the clinic's fields as JSON to the
    directory's API (``postData.text`` holds the body as a string), its headers, an invented
    start time and timings, and the ``201 Created`` answer with an invented record id."""
    body = _json_body(row)
    started = _moment(rng)
    record_id = rng.randint(10000, 99999)
    answer = json.dumps({"status": "berjaya", "id": record_id}, separators=(",", ":"))
    wait = round(rng.uniform(40, 400), 3)
    receive = round(rng.uniform(0.2, 3), 3)
    log = {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "pages": [],
            "entries": [
                {
                    "_initiator": {"type": "script"},
                    "_priority": "High",
                    "_resourceType": "fetch",
                    "cache": {},
                    "connection": str(rng.randint(100000, 999999)),
                    "request": {
                        "method": "POST",
                        "url": f"https://{HOST}/api/v1/klinik",
                        "httpVersion": "http/2.0",
                        "headers": [
                            {"name": ":authority", "value": HOST},
                            {"name": ":method", "value": "POST"},
                            {"name": ":path", "value": "/api/v1/klinik"},
                            {"name": ":scheme", "value": "https"},
                            {"name": "accept", "value": "application/json, text/plain, */*"},
                            {"name": "accept-language", "value": "ms-MY,ms;q=0.9,en;q=0.8"},
                            {"name": "content-type", "value": "application/json"},
                            {"name": "origin", "value": f"https://{HOST}"},
                            {"name": "user-agent", "value": USER_AGENT},
                        ],
                        "queryString": [],
                        "cookies": [],
                        "headersSize": -1,
                        "bodySize": len(body.encode("utf-8")),
                        "postData": {"mimeType": "application/json", "text": body},
                    },
                    "response": {
                        "status": 201,
                        "statusText": "",
                        "httpVersion": "http/2.0",
                        "headers": [
                            {"name": "content-type", "value": "application/json"},
                            {
                                "name": "date",
                                "value": started.strftime("%a, %d %b %Y %H:%M:%S GMT"),
                            },
                        ],
                        "cookies": [],
                        "content": {
                            "size": len(answer),
                            "mimeType": "application/json",
                            "text": answer,
                        },
                        "redirectURL": "",
                        "headersSize": -1,
                        "bodySize": -1,
                        "_transferSize": len(answer) + rng.randint(180, 260),
                        "_error": None,
                    },
                    "serverIPAddress": "",
                    "startedDateTime": started.strftime("%Y-%m-%dT%H:%M:%S.")
                    + f"{rng.randint(0, 999):03d}Z",
                    "time": round(wait + receive + 1.2, 3),
                    "timings": {
                        "blocked": 1.2,
                        "dns": -1,
                        "ssl": -1,
                        "connect": -1,
                        "send": 0,
                        "wait": wait,
                        "receive": receive,
                        "_blocked_queueing": 0.8,
                    },
                }
            ],
        }
    }
    return json.dumps(log, ensure_ascii=False, indent=2)


def _bash_quote(value: str) -> str:
    """A string as Chrome's "Copy as cURL (bash)" quotes it: in ``'...'``, or where it holds a
    ``'`` or a control character in ``$'...'`` with ``\\`` and ``'`` escaped."""
    if not re.search(r"[\x00-\x1f\x7f-\x9f!]|'", value):
        return f"'{value}'"
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    escaped = re.sub(r"[\x00-\x1f\x7f-\x9f!]", lambda m: f"\\u{ord(m.group()):04x}", escaped)
    return f"$'{escaped}'"


def curl_command(row: dict[str, Any], rng: random.Random) -> str:
    """The clinic's JSON ``POST`` as a browser's "Copy as cURL (bash)" writes it: the URL,
    one ``-H`` per header (lower-case names, an invented bearer token and request id), the
    body after ``--data-raw``, a `` \\`` and two spaces before each continued line."""
    headers = [
        "accept: application/json, text/plain, */*",
        "accept-language: ms-MY,ms;q=0.9,en;q=0.8",
        f"authorization: Bearer {_token(rng, 32)}",
        "content-type: application/json",
        f"origin: https://{HOST}",
        f"referer: https://{HOST}{PATH}",
        f"user-agent: {USER_AGENT}",
        f"x-request-id: {rng.getrandbits(128):032x}",
    ]
    lines = [f"curl {_bash_quote(f'https://{HOST}/api/v1/klinik')}"]
    lines += [f"  -H {_bash_quote(h)}" for h in headers]
    lines += [f"  --data-raw {_bash_quote(_json_body(row))}"]
    return " \\\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "form_urlencoded": form_urlencoded,
    "multipart_form_data": multipart_form_data,
    "har_entry": har_entry,
    "curl_command": curl_command,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
