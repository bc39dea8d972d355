"""held_out_54 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Latvia) exactly as published, in layouts no earlier part has,
beside the row's own registration number, address and postcode.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH and NG; here:

* the values are the phone and e-mail fields of Latvian education institutions in the State
  Education Information System's export (VIIS; ``scripts/data/pii_lv_viis_institutions.json``,
  written by ``scripts/lv_viis_institutions_data.py``; source and licence in that file):
  eight-digit numbers as each institution gave them (``67432343``, ``29408456``), up to five
  in one field after ``, ``, a space or two, some after ``+371 ``, a few of seven or nine
  digits (``6178720``, ``628377243``), each number of each copy labelled, and the office
  e-mail address where the row keeps one;
* the text around them is the same row's real fields: its ten-digit registration number
  (``3380802199``), its address with postcode (``LV-1024``), type and counts of branches and
  units, with invented sample values, time stamps, versions and response times, unlabelled and
  scored;
* in layouts no earlier part has, names and labels in Latvian: a Prometheus text exposition
  page of an institution's contact check (``viis_iestade_info{...,talrunis="..."} 1``), an
  InfluxDB line-protocol batch (``talrunis="..."`` string fields beside nanosecond time
  stamps), an Elasticsearch ``_bulk`` request in the Kibana console's form (an action line
  and a document line per index and update) and a Wikidata QuickStatements V1 batch creating
  the institution's item (``LAST<TAB>P1329<TAB>"..."``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_54.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_lv_viis_institutions.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_54.jsonl.gz"
SPLIT = "held_out_54"

LAYOUTS = ("prometheus_metrics", "influx_line_protocol", "es_bulk_request", "quickstatements")
PHONE = "phone"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# the export's day (11 December 2020, 12:00 UTC), the time stamps' base
EPOCH = 1607688000


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "Tālrunis")


def email(row: dict[str, Any]) -> str:
    """The row's office e-mail address as published, stripped ("" where the row keeps none)."""
    return _f(row, "E-pasts")


def reg_nr(row: dict[str, Any]) -> str:
    """The institution's registration number (ten digits)."""
    return _f(row, "Reģistrācijas numurs")


def postcode(row: dict[str, Any]) -> str:
    """The postcode that ends the row's address (``LV-1024``)."""
    return re.findall(r"LV-\d{4}", _f(row, "Adrese"))[-1]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field (each number in it by
    ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _prom(value: str) -> str:
    """A Prometheus label value: backslash, double quote and line break escaped."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _labels(pairs: list[tuple[str, str]]) -> str:
    return "{" + ",".join(f'{k}="{_prom(v)}"' for k, v in pairs) + "}"


def prometheus_metrics(row: dict[str, Any], rng: random.Random) -> str:
    """The ``/metrics`` page of a contact checker, in the Prometheus text exposition format:
    ``# HELP`` and ``# TYPE`` lines in Latvian, an info gauge whose labels are the institution's
    registration number, name, type, address, postcode, phone field and e-mail address, gauges
    of its branches and units, the time of the last check of the phone (labelled with the field
    again, in milliseconds) and an invented count of checks and response time."""
    ts = (EPOCH + rng.randint(0, 86400)) * 1000 + rng.randint(0, 999)
    info = [
        ("reg_nr", reg_nr(row)),
        ("nosaukums", _f(row, "Nosaukums")),
        ("tips", _f(row, "Tips")),
        ("adrese", _f(row, "Adrese")),
        ("pasta_indekss", postcode(row)),
        ("talrunis", phone(row)),
    ]
    if email(row):
        info.append(("epasts", email(row)))
    ident = [("reg_nr", reg_nr(row))]
    checked = [*ident, ("kanals", "talrunis"), ("vertiba", phone(row))]
    lines = [
        "# HELP viis_iestade_info Izglītības iestādes dati no VIIS (vērtība vienmēr 1).",
        "# TYPE viis_iestade_info gauge",
        f"viis_iestade_info{_labels(info)} 1",
        "# HELP viis_iestade_filiales Filiāļu skaits.",
        "# TYPE viis_iestade_filiales gauge",
        f"viis_iestade_filiales{_labels(ident)} {_f(row, 'Filiāļu skaits')}",
        "# HELP viis_iestade_strukturvienibas Struktūrvienību skaits.",
        "# TYPE viis_iestade_strukturvienibas gauge",
        f"viis_iestade_strukturvienibas{_labels(ident)} {_f(row, 'Strukturvienību skaits')}",
        "# HELP viis_kontakts_parbaudits Pēdējās kontakta pārbaudes laiks (Unix sekundes).",
        "# TYPE viis_kontakts_parbaudits gauge",
        f"viis_kontakts_parbaudits{_labels(checked)} {ts // 1000} {ts}",
        "# HELP viis_kontakts_parbaudes_total Kontaktu pārbaužu skaits.",
        "# TYPE viis_kontakts_parbaudes_total counter",
        f"viis_kontakts_parbaudes_total{_labels(ident)} {rng.randint(3, 480)}",
        "# HELP viis_kontakts_atbildes_sekundes Pārbaudes atbildes laiks sekundēs.",
        "# TYPE viis_kontakts_atbildes_sekundes gauge",
        f"viis_kontakts_atbildes_sekundes{_labels(ident)} {rng.randint(40, 2400) / 1000}",
        "",
    ]
    return "\n".join(lines)


def _tag(value: str) -> str:
    """An InfluxDB tag value: comma, equals sign and space escaped with a backslash."""
    return re.sub(r"([,= ])", r"\\\1", value)


def _string_field(value: str) -> str:
    """An InfluxDB string field value: in double quotes, ``"`` and ``\\`` escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def influx_line_protocol(row: dict[str, Any], rng: random.Random) -> str:
    """A batch written to InfluxDB in its line protocol: a comment naming the bucket, a point
    of measurement ``iestade`` tagged with the registration number, postcode and type, whose
    fields are the name, address, phone field, e-mail address and counts of branches and units
    (``i`` integers), and a point of ``kontakta_parbaude`` with the phone field, an invented
    response time and HTTP-like status, each with an invented nanosecond time stamp."""
    ns = (EPOCH + rng.randint(0, 86400)) * 10**9 + rng.randint(0, 10**9 - 1)
    tags = f"reg_nr={reg_nr(row)},pasta_indekss={_tag(postcode(row))},tips={_tag(_f(row, 'Tips'))}"
    fields = [
        f"nosaukums={_string_field(_f(row, 'Nosaukums'))}",
        f"adrese={_string_field(_f(row, 'Adrese'))}",
        f"talrunis={_string_field(phone(row))}",
    ]
    if email(row):
        fields.append(f"epasts={_string_field(email(row))}")
    fields += [
        f"filiales={_f(row, 'Filiāļu skaits')}i",
        f"strukturvienibas={_f(row, 'Strukturvienību skaits')}i",
    ]
    check = [
        f"talrunis={_string_field(phone(row))}",
        f"atbilde_ms={rng.randint(40, 2400)}i",
        f"statuss={rng.choice((200, 200, 200, 204, 408))}i",
        f"sasniedzams={rng.choice(('true', 'true', 'false'))}",
    ]
    later = ns + rng.randint(10**6, 10**9)
    lines = [
        "# bucket: viis_iestades, precision: ns",
        f"iestade,{tags} {','.join(fields)} {ns}",
        f"kontakta_parbaude,reg_nr={reg_nr(row)} {','.join(check)} {later}",
        "",
    ]
    return "\n".join(lines)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def es_bulk_request(row: dict[str, Any], rng: random.Random) -> str:
    """An Elasticsearch ``_bulk`` request as the Kibana console writes it: the request line,
    then an ``index`` action whose ``_id`` is the registration number and its document (name,
    type, address, postcode, phone field, e-mail address, counts and an invented import time),
    then an ``update`` action setting the contact check's invented time and version."""
    at = datetime.fromtimestamp(EPOCH + rng.randint(0, 86400), UTC)
    day, clock = at.strftime("%Y-%m-%d"), at.strftime("%H:%M:%S")
    doc: dict[str, Any] = {
        "reg_nr": reg_nr(row),
        "nosaukums": _f(row, "Nosaukums"),
        "veids": _f(row, "Veids"),
        "tips": _f(row, "Tips"),
        "juridiskais_statuss": _f(row, "Juridiskais status"),
        "adrese": _f(row, "Adrese"),
        "pasta_indekss": postcode(row),
        "kontakti": {"talrunis": phone(row)},
        "filiales": int(_f(row, "Filiāļu skaits")),
        "strukturvienibas": int(_f(row, "Strukturvienību skaits")),
        "importets": f"{day}T{clock}.{rng.randint(0, 999):03d}Z",
    }
    if email(row):
        doc["kontakti"]["epasts"] = email(row)
    index = f"viis-iestades-{rng.choice(('2020.12', '2020.12.11', 'v3'))}"
    lines = [
        f"POST /{index}/_bulk?refresh=wait_for",
        _json({"index": {"_id": reg_nr(row)}}),
        _json(doc),
        _json({"update": {"_id": reg_nr(row), "retry_on_conflict": rng.randint(2, 5)}}),
        _json(
            {
                "doc": {"parbaude": {"laiks": f"{day}T{clock}Z", "versija": rng.randint(2, 90)}},
            }
        ),
        "",
    ]
    return "\n".join(lines)


def _qs(value: str) -> str:
    """A QuickStatements string value: in double quotes, as written (the batch format has no
    escape)."""
    return f'"{value}"'


def quickstatements(row: dict[str, Any], rng: random.Random) -> str:
    """A Wikidata QuickStatements V1 batch (tab-separated commands) creating the institution's
    item: its Latvian label and description, instance of an educational institution (Q2385804)
    in Latvia (Q211), its street address (P6375) in Latvian and postcode (P281), its phone field
    (P1329) and e-mail address (P968, as ``mailto:``), each with the retrieval date (S813) and
    the reference URL (S854) of the register's search, and an edit summary naming the
    registration number."""
    summary = f"/* VIIS reģ. nr. {reg_nr(row)}, partija {rng.randint(1000, 99999)} */"
    ref = (
        '\tS854\t"https://viis.lv/Pages/Institutions/Search.aspx"'
        f"\tS813\t+2020-12-{rng.randint(11, 18):02d}T00:00:00Z/11"
    )
    lines = [
        "CREATE",
        f"LAST\tLlv\t{_qs(_f(row, 'Nosaukums'))}",
        f"LAST\tDlv\t{_qs(_f(row, 'Tips').lower() + ' Latvijā')}",
        "LAST\tP31\tQ2385804",
        "LAST\tP17\tQ211",
        f"LAST\tP6375\tlv:{_qs(_f(row, 'Adrese'))}{ref}",
        f"LAST\tP281\t{_qs(postcode(row))}{ref}",
        f"LAST\tP1329\t{_qs(phone(row))}{ref}\t{summary}",
    ]
    if email(row):
        lines.append(f"LAST\tP968\t{_qs('mailto:' + email(row))}{ref}")
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "prometheus_metrics": prometheus_metrics,
    "influx_line_protocol": influx_line_protocol,
    "es_bulk_request": es_bulk_request,
    "quickstatements": quickstatements,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and e-mail
    address labelled."""
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
