"""held_out_94 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Cyprus) exactly as published, in layouts no earlier part has, beside the
row's own id, postcode and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many countries (``scripts/eval_pii.py`` names them); here:

* the values are the business phone fields of Cypriot pharmacies in the Cyprus Pharmacy
  Guide's data file (``scripts/data/pii_cy_pharmacies.json``, written by
  ``scripts/cy_pharmacies_data.py``; source and licence in that file): eight-digit numbers run
  together as each entry gives them (``22431643``), each copy labelled; the pharmacist's name
  and home number are not in the data, and the guide gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: the entry's id (``223``), its address,
  postcode (``1035``), address details, locality and coordinates (``35.17602``), with invented
  host addresses, ports, short codes, cache times and version numbers, unlabelled and scored;
* in layouts no earlier part has, labels in Greek (the language of the entries) and English:
  a Varnish Cache VCL file of the guide's pharmacy pages (comments with the ``Τηλ.:``, a
  ``resp.http.X-Pharmacy-Tel`` header, a synthetic ``Τηλέφωνο φαρμακείου`` body), a Kamailio
  SIP proxy configuration routing an on-call short code to the pharmacy
  (``#!define PHARMACY_TEL "..."``, ``$rU = "..."``), a freedesktop ``.desktop`` launcher that
  calls the pharmacy (``Exec=xdg-open tel:...``, ``X-Pharmacy-Phone=``) and a Netlify
  ``netlify.toml`` of the pharmacy's page (``PHARMACY_TEL`` in ``[build.environment]``, a
  redirect to ``tel:...``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_94.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cy_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_94.jsonl.gz"
SPLIT = "held_out_94"

LAYOUTS = ("varnish_vcl", "kamailio_cfg", "desktop_entry", "netlify_toml")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's business phone field as published, stripped."""
    return _f(row, "phoneBusiness")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _address(row: dict[str, Any]) -> str:
    """The street address, postcode and locality on one line, as a Cypriot address is
    written (``Λεωφ. Πουλίου & Καποτά 24, 1035 Λευκωσία``)."""
    town = " ".join(x for x in (_f(row, "addressPostalCode"), _f(row, "localityEl")) if x)
    return ", ".join(x for x in (_f(row, "address"), town) if x)


def _ip(rng: random.Random) -> str:
    """An invented private address of one of the guide's servers."""
    return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _vcl(value: str) -> str:
    """A VCL long string (``{"..."}``): any character but the closing ``"}``."""
    return '{"' + value + '"}'


def varnish_vcl(row: dict[str, Any], rng: random.Random) -> str:
    """The guide's cache in front of the pharmacy's page as a Varnish Cache 4.1 VCL file:
    comments naming the pharmacy's id, address and ``Τηλ.:``, an API backend at an invented
    address and port, ``vcl_recv`` routing the page, an invented TTL, ``vcl_deliver`` headers
    with the id, phone and coordinates, and ``vcl_synth`` answering an invented status with
    the phone in Greek."""
    pid, status = _f(row, "ID"), rng.choice((750, 751, 760))
    details = _f(row, "addressDetails")
    lines = [
        "vcl 4.1;",
        "",
        f"# Φαρμακείο #{pid}: {_address(row)}",
        *([f"# {details}"] if details else []),
        f"# Τηλ.: {phone(row)}",
        "import std;",
        "",
        "backend pharmacy_api {",
        f'    .host = "{_ip(rng)}";',
        f'    .port = "{rng.choice((8080, 8081, 9000))}";',
        f"    .connect_timeout = {rng.randint(1, 5)}s;",
        "}",
        "",
        "sub vcl_recv {",
        f'    if (req.url ~ "^/farmakeia/{pid}/tilefono$") {{',
        f"        return (synth({status}));",
        "    }",
        f'    if (req.url ~ "^/farmakeia/{pid}(/|$)") {{',
        "        set req.backend_hint = pharmacy_api;",
        "        return (hash);",
        "    }",
        "}",
        "",
        "sub vcl_backend_response {",
        f"    set beresp.ttl = {rng.choice((5, 10, 15, 30))}m;",
        "}",
        "",
        "sub vcl_deliver {",
        f'    set resp.http.X-Pharmacy-Id = "{pid}";',
        f'    set resp.http.X-Pharmacy-Tel = "{phone(row)}";',
        f'    set resp.http.X-Pharmacy-Geo = "{_f(row, "lat")},{_f(row, "lng")}";',
        f"    set resp.http.X-Pharmacy-Address = {_vcl(_address(row))};",
        "}",
        "",
        "sub vcl_synth {",
        f"    if (resp.status == {status}) {{",
        "        set resp.status = 200;",
        '        set resp.http.Content-Type = "text/plain; charset=utf-8";',
        f"        set resp.body = {_vcl('Τηλέφωνο φαρμακείου: ' + phone(row))};",
        "        return (deliver);",
        "    }",
        "}",
        "",
    ]
    return "\n".join(lines)


def kamailio_cfg(row: dict[str, Any], rng: random.Random) -> str:
    """The on-call line's SIP proxy as a Kamailio ``kamailio.cfg``: the ``#!KAMAILIO`` tag,
    comments naming the pharmacy, its address, locality and coordinates, ``#!define``s of its
    id, phone and an invented gateway, the listen address and an invented short code that
    ``request_route`` rewrites to the phone (``$rU = "..."``) before relaying."""
    pid, code = _f(row, "ID"), str(rng.randint(1400, 1499))
    gateway = f"sip:{_ip(rng)}:{rng.choice((5060, 5080))}"
    lines = [
        "#!KAMAILIO",
        f"# kamailio.cfg: γραμμή εφημερίας, φαρμακείο #{pid} ({_f(row, 'cityEl')})",
        f"# {_address(row)}",
        f"# γεωγρ. θέση: {_f(row, 'lat')}, {_f(row, 'lng')}",
        "",
        f'#!define PHARMACY_ID "{pid}"',
        f'#!define PHARMACY_TEL "{phone(row)}"',
        f'#!define PHARMACY_GW "{gateway}"',
        "",
        f"listen=udp:{_ip(rng)}:5060",
        f"children={rng.choice((2, 4, 8))}",
        "",
        'loadmodule "sl.so"',
        'loadmodule "tm.so"',
        'loadmodule "maxfwd.so"',
        'loadmodule "xlog.so"',
        "",
        "request_route {",
        '    if (!mf_process_maxfwd_header("10")) {',
        '        sl_send_reply("483", "Too Many Hops");',
        "        exit;",
        "    }",
        f'    if ($rU == "{code}") {{',
        f'        $rU = "{phone(row)}";',
        "        $du = PHARMACY_GW;",
        '        xlog("L_INFO", "εφημερία " + PHARMACY_ID + " -> $rU ($ci)\\n");',
        "        t_relay();",
        "        exit;",
        "    }",
        '    sl_send_reply("404", "Not Found");',
        "}",
        "",
    ]
    return "\n".join(lines)


def _desktop(value: str) -> str:
    """A ``.desktop`` string value: backslashes and line breaks escaped."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def desktop_entry(row: dict[str, Any], rng: random.Random) -> str:
    """A launcher that calls the pharmacy as a freedesktop ``.desktop`` file: names in Greek
    and English with the pharmacy's id and locality, its address as the comment, ``Exec`` of
    ``xdg-open tel:...``, keywords, and ``X-Pharmacy-*`` keys with the address details, phone,
    postcode and coordinates, and an invented revision."""
    pid = _f(row, "ID")
    details = _f(row, "addressDetails")
    lines = [
        f"# ~/.local/share/applications/farmakeio-{pid}.desktop",
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        f"Name=Φαρμακείο {pid}",
        f"Name[el]=Φαρμακείο {pid} ({_desktop(_f(row, 'localityEl'))})",
        f"Name[en]=Pharmacy {pid} ({_desktop(_f(row, 'localityEn'))})",
        "GenericName[el]=Κλήση φαρμακείου",
        "GenericName[en]=Call the pharmacy",
        f"Comment[el]={_desktop(_address(row))}",
        *([f"X-Pharmacy-Directions={_desktop(details)}"] if details else []),
        f"Exec=xdg-open tel:{phone(row)}",
        "Icon=call-start",
        "Terminal=false",
        "Categories=Network;Telephony;",
        f"Keywords[el]=φαρμακείο;εφημερία;{_desktop(_f(row, 'cityEl'))};",
        f"X-Pharmacy-Phone={phone(row)}",
        f"X-Pharmacy-Postcode={_f(row, 'addressPostalCode')}",
        f"X-Pharmacy-Geo={_f(row, 'lat')};{_f(row, 'lng')};",
        f"X-Revision={rng.randint(2, 40)}",
        "",
    ]
    return "\n".join(lines)


def _toml(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def netlify_toml(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's page as a Netlify ``netlify.toml``: a comment naming it, ``[build]``
    with an invented Hugo version, ``[build.environment]`` with the id, phone and address,
    a redirect of the page's ``/tilefono`` to ``tel:...``, and ``[[headers]]`` with the
    coordinates and an invented cache time."""
    pid = _f(row, "ID")
    lines = [
        f"# netlify.toml: σελίδα του φαρμακείου #{pid}, {_f(row, 'localityEl')}",
        "[build]",
        '  publish = "public"',
        '  command = "hugo --minify"',
        "",
        "[build.environment]",
        f'  HUGO_VERSION = "0.{rng.randint(110, 140)}.{rng.randint(0, 3)}"',
        f"  PHARMACY_ID = {_toml(pid)}",
        f"  PHARMACY_TEL = {_toml(phone(row))}",
        f"  PHARMACY_ADDRESS = {_toml(_address(row))}",
        f"  PHARMACY_POSTCODE = {_toml(_f(row, 'addressPostalCode'))}",
        "",
        "[[redirects]]",
        f'  from = "/farmakeia/{pid}/tilefono"',
        f'  to = "tel:{phone(row)}"',
        "  status = 302",
        "  force = true",
        "",
        "[[headers]]",
        f'  for = "/farmakeia/{pid}/*"',
        "  [headers.values]",
        f'    X-Pharmacy-Geo = "{_f(row, "lat")},{_f(row, "lng")}"',
        f'    Cache-Control = "public, max-age={rng.choice((300, 600, 900, 3600))}"',
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "varnish_vcl": varnish_vcl,
    "kamailio_cfg": kamailio_cfg,
    "desktop_entry": desktop_entry,
    "netlify_toml": netlify_toml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
