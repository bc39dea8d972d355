"""held_out_84 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Moldova) exactly as published, in layouts no earlier part has, beside the
row's own name, address and register line.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many countries (``eval_pii.py`` names them); here:

* the values are the phone fields of Moldova's contracting authorities in the Public
  Procurement Agency's eTenders data as the Moldova Open Contracting platform exported them
  (``scripts/data/pii_md_procurement_agencies.json``, written by
  ``scripts/md_procurement_agencies_data.py``; source and licence in that file): numbers as
  each authority typed them, with the trunk ``0`` and the area code (``022-55-96-46``,
  ``0 (241) 26286``, ``0-22-259-627``), without the area code (``257337``, ``29-58-63``), with
  the country code and no ``+`` (``373 22 78 20 90``), two or three in one field; each number of
  each copy labelled by the shared policy (a six-digit local number without its area code is
  shorter than Moldova's numbering plan, so a distractor); the authorities' e-mail addresses
  (most of them officers' own) were left out of the data, and it gives no fax numbers;
* the text around them is the same row's real fields: its name, its address (house numbers,
  ``MD 2025`` postcodes) and its line in the register's CSV file, with invented OCDS ids,
  IDNO-like identifiers, amounts, run and request ids, durations, dates and times, unlabelled
  and scored;
* in layouts no earlier part has, labels in Romanian (Moldova's official language): an Open
  Contracting Data Standard release package of a tender, the authority as buyer in ``parties``
  with its ``contactPoint.telephone``; a SARIF 2.1.0 log of a contact-data linter whose result
  quotes the field in its message, snippet and properties; a JUnit XML report of contact-data
  checks with the field as a suite property and in a failure message; and an HTTP client file
  (``.http``, JetBrains / VS Code REST Client) whose ``PATCH`` body sends the field and whose
  response handler asserts it back.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_84.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_md_procurement_agencies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_84.jsonl.gz"
SPLIT = "held_out_84"

LAYOUTS = ("ocds_release", "sarif_log", "junit_report", "http_client")
PHONE = "phone"
CSV_PATH = "public/csv/agencies_csv.csv"

# invented objects of the authorities' tenders (Romanian), the OCDS release's tender title
TENDERS = (
    "Achiziționarea hârtiei de birou și a consumabilelor pentru imprimante",
    "Servicii de curățenie a încăperilor",
    "Combustibil pentru unitățile de transport",
    "Lucrări de reparație curentă a acoperișului",
    "Echipament de calcul și periferice",
    "Produse alimentare pentru cantină",
    "Servicii de pază și monitorizare",
    "Medicamente și consumabile medicale",
)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def address(row: dict[str, Any]) -> str:
    """The row's address as published, stripped; "" where the register gives ``-``."""
    value = _f(row, "address")
    return "" if value == "-" else value


def csv_line(row: dict[str, Any]) -> int:
    """The row's line in the register's CSV file (the header is line 1)."""
    return int(row["path"].rsplit("#", 1)[1]) + 2


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _digits(rng: random.Random, count: int, avoid: str, first: str = "123456789") -> str:
    """An invented number of ``count`` digits that does not hold the phone field ``avoid``."""
    while True:
        value = rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(count - 1))
        if avoid not in value:
            return value


def _hex(rng: random.Random, count: int, avoid: str) -> str:
    """An invented hexadecimal id of ``count`` characters that does not hold ``avoid``."""
    while True:
        value = "".join(rng.choice("0123456789abcdef") for _ in range(count))
        if avoid not in value:
            return value


def _uuid(rng: random.Random, avoid: str) -> str:
    """An invented UUID (version 4 form)."""
    h = _hex(rng, 32, avoid)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _stamp(rng: random.Random) -> str:
    """An invented local time of 2017 with Chișinău's offset."""
    month = rng.randint(1, 4)
    offset = "+02:00" if month < 3 else "+03:00"
    return (
        f"2017-{month:02d}-{rng.randint(1, 28):02d}T{rng.randint(8, 17):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{offset}"
    )


def _json(obj: Any) -> str:
    """A JSON document as the tools write it: two-space indents, UTF-8 text."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def ocds_release(row: dict[str, Any], rng: random.Random) -> str:
    """A tender of the authority as an Open Contracting Data Standard 1.1 release package:
    an invented package URI, publication date and ocid (``ocds-b3wdp1-MD-`` and 13 digits),
    one release tagged ``tender`` in Romanian whose only party is the authority (an invented
    IDNO-like identifier, its name, its address, ``contactPoint.telephone`` the phone field,
    roles buyer and procuring entity), and a tender with an invented title, amount in MDL and
    tender period."""
    value = phone(row)
    ocid = f"ocds-b3wdp1-MD-{_digits(rng, 13, value)}"
    idno = _digits(rng, 13, value, first="1")
    party = f"MD-IDNO-{idno}"
    street = {"streetAddress": address(row)} if address(row) else {}
    start = _stamp(rng)
    release = {
        "ocid": ocid,
        "id": f"{ocid}-tender-{rng.randint(1, 9)}",
        "date": start,
        "tag": ["tender"],
        "initiationType": "tender",
        "language": "ro",
        "parties": [
            {
                "id": party,
                "name": _f(row, "name"),
                "identifier": {"scheme": "MD-IDNO", "id": idno, "legalName": _f(row, "name")},
                "address": {**street, "countryName": "Republica Moldova"},
                "contactPoint": {"telephone": value},
                "roles": ["buyer", "procuringEntity"],
            }
        ],
        "buyer": {"id": party, "name": _f(row, "name")},
        "tender": {
            "id": f"17/{_digits(rng, 5, value)}",
            "title": rng.choice(TENDERS),
            "status": "active",
            "procurementMethod": "open",
            "procurementMethodDetails": "Licitație deschisă",
            "mainProcurementCategory": rng.choice(("goods", "services", "works")),
            "value": {"amount": rng.randint(20, 2500) * 1000, "currency": "MDL"},
            "tenderPeriod": {"startDate": start, "endDate": _stamp(rng)},
            "procuringEntity": {"id": party, "name": _f(row, "name")},
        },
    }
    package = {
        "uri": f"https://ocds.achizitii.example/releases/{ocid}.json",
        "version": "1.1",
        "publishedDate": _stamp(rng),
        "publisher": {"name": "Agenția Achiziții Publice"},
        "releases": [release],
    }
    return _json(package)


def sarif_log(row: dict[str, Any], rng: random.Random) -> str:
    """A contact-data linter's run over the register's CSV file as a SARIF 2.1.0 log: the
    tool (an invented version) and its one rule, the invocation's invented start and end
    times, and one warning on the row's line (an invented column) whose Romanian message
    names the authority and quotes the phone field, whose snippet is the field, and whose
    properties repeat it beside the address, with an invented fingerprint."""
    value = phone(row)
    message = (
        f"Telefonul autorității „{_f(row, 'name')}” nu este în formatul internațional "
        f"(E.164): „{value}”."
    )
    properties = {"telefon": value}
    if address(row):
        properties["adresa"] = address(row)
    start = _stamp(rng)[:19] + "Z"
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "verificare-contacte",
                        "version": f"0.{rng.randint(2, 9)}.{rng.randint(0, 12)}",
                        "rules": [
                            {
                                "id": "CT001",
                                "name": "TelefonFormatNational",
                                "shortDescription": {
                                    "text": "Numărul de telefon nu are prefixul de țară"
                                },
                                "defaultConfiguration": {"level": "warning"},
                            }
                        ],
                    }
                },
                "invocations": [
                    {"executionSuccessful": True, "startTimeUtc": start, "endTimeUtc": start}
                ],
                "results": [
                    {
                        "ruleId": "CT001",
                        "ruleIndex": 0,
                        "level": "warning",
                        "message": {"text": message},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {"uri": CSV_PATH},
                                    "region": {
                                        "startLine": csv_line(row),
                                        "startColumn": rng.randint(40, 160),
                                        "snippet": {"text": value},
                                    },
                                }
                            }
                        ],
                        "partialFingerprints": {"contactHash/v1": _hex(rng, 16, value)},
                        "properties": properties,
                    }
                ],
            }
        ],
    }
    return _json(log)


def _attr(value: str) -> str:
    """An XML attribute value in double quotes."""
    return '"' + escape(value, {'"': "&quot;"}) + '"'


def junit_report(row: dict[str, Any], rng: random.Random) -> str:
    """The authority's contact-data checks as a JUnit XML report: ``testsuites`` and one
    ``testsuite`` named by an invented IDNO-like identifier, with an invented timestamp,
    host and durations, ``properties`` giving the name, address and phone field, three test
    cases (the phone is filled in, the phone is in E.164 form, which fails quoting the field,
    the address has a postcode) and a ``system-out`` line with the row's CSV line."""
    value = phone(row)
    idno = _digits(rng, 13, value, first="1")
    times = [rng.randint(1, 40) / 1000 for _ in range(3)]
    total = f"{sum(times):.3f}"
    postcode = "MD" in address(row)
    props = [("autoritate.denumire", _f(row, "name"))]
    if address(row):
        props.append(("autoritate.adresa", address(row)))
    props.append(("autoritate.telefon", value))
    failure = f"„{value}” nu corespunde formatului +373XXXXXXXX"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<testsuites name="contacte-autoritati" tests="3" failures="{2 - postcode}" '
        f'errors="0" time="{total}">',
        f'  <testsuite name="autoritate.{idno}" tests="3" failures="{2 - postcode}" '
        f'errors="0" skipped="0" time="{total}" timestamp="{_stamp(rng)[:19]}" '
        f'hostname="ci-runner-{rng.randint(1, 12):02d}">',
        "    <properties>",
        *(f"      <property name={_attr(k)} value={_attr(v)}/>" for k, v in props),
        "    </properties>",
        f'    <testcase classname="contacte.Telefon" name="telefon_este_completat" '
        f'time="{times[0]:.3f}"/>',
        f'    <testcase classname="contacte.Telefon" name="telefon_format_e164" '
        f'time="{times[1]:.3f}">',
        f'      <failure message={_attr(failure)} type="AssertionError">'
        f"{escape(failure)}</failure>",
        "    </testcase>",
        f'    <testcase classname="contacte.Adresa" name="adresa_are_cod_postal" '
        f'time="{times[2]:.3f}"' + ("/>" if postcode else ">"),
    ]
    if not postcode:
        lines += [
            '      <failure message="adresa nu conține codul poștal MD-XXXX" '
            'type="AssertionError"/>',
            "    </testcase>",
        ]
    lines += [
        f"    <system-out>{escape(CSV_PATH)}:{csv_line(row)} verificat în "
        f"{rng.randint(3, 90)} ms</system-out>",
        "  </testsuite>",
        "</testsuites>",
        "",
    ]
    return "\n".join(lines)


def http_client(row: dict[str, Any], rng: random.Random) -> str:
    """An HTTP client file (``.http``) updating the authority's contact data: comments naming
    the authority, the ``@host`` and ``@token`` variables, a ``GET`` of the authority by an
    invented id, then a ``PATCH`` with an invented request id whose JSON body gives the name,
    address, phone field and an invented update time, and a response handler asserting the
    phone came back."""
    value = phone(row)
    ident = _digits(rng, rng.choice((4, 5)), value)
    body = {"denumire": _f(row, "name")}
    if address(row):
        body["adresa"] = address(row)
    body["telefon"] = value
    body["actualizat"] = _stamp(rng)
    lines = [
        "# Actualizarea datelor de contact ale autorității contractante",
        f"# {_f(row, 'name')}",
        "@host = https://api.achizitii.example/v2",
        "@token = {{$dotenv ACHIZITII_TOKEN}}",
        "",
        "### Citește autoritatea",
        f"GET {{{{host}}}}/autoritati/{ident}",
        "Accept: application/json",
        "Authorization: Bearer {{token}}",
        "",
        "### Actualizează telefonul",
        f"PATCH {{{{host}}}}/autoritati/{ident}",
        "Content-Type: application/json",
        "Authorization: Bearer {{token}}",
        f"X-Request-Id: {_uuid(rng, value)}",
        "",
        json.dumps(body, ensure_ascii=False, indent=2),
        "",
        "> {%",
        '    client.test("telefonul a fost salvat", function () {',
        f"        client.assert(response.body.telefon === {json.dumps(value)});",
        "    });",
        "%}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ocds_release": ocds_release,
    "sarif_log": sarif_log,
    "junit_report": junit_report,
    "http_client": http_client,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
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
