"""held_out_15 of the PII evaluation set: real phone and e-mail fields of a country no earlier
part used (Canada) exactly as a public register published them, in layouts no earlier part
has.

A procedure different from the fourteen parts before it: ``held_out_11`` to ``held_out_14``
took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG and IE;
here:

* the values are the register's own phone and e-mail fields, unchanged
  (``scripts/data/pii_ontario_centres.json``, written by ``scripts/ontario_centres_data.py``;
  source and licence in that file): Ontario's COVID-19 testing locations write North American
  numbers with no ``+1`` (``705-568-2127``, ``905.665.1164``, ``9053391066``, ``647-748
  3331``), an extension after some (``905-883-1212 ext. 2004``: the extension is no number of
  its own), toll-free numbers (``888-383-7009``); each number of the field labelled on its
  own, each e-mail address labelled; the country is the register's;
* the text around them is the same row's real fields (location and health-unit ids, Canadian
  postal codes such as ``P2N 3P4``, coordinates, opening hours such as ``09:00-13:00``, an age
  threshold) with invented dates and event numbers: unlabelled and scored;
* in layouts no earlier part has: an iCalendar event (``LOCATION``, ``GEO``, the number in
  ``DESCRIPTION`` after an escaped line break or in ``CONTACT`` after the name, dates in
  ``DTSTART``/``DTSTAMP``), a YAML record under the register's column names, a Markdown table
  (the number in a cell below its column's header), a CSV export in a French-Canadian locale
  (semicolons, decimal commas in the coordinates, French column names and the register's
  French fields).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was first scored.

    python scripts/pii_held_out_15.py   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from make_pii_eval import register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ontario_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_15.jsonl.gz"
SPLIT = "held_out_15"

LAYOUTS = ("icalendar_event", "yaml_record", "markdown_table", "csv_semicolon_fr")
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], column: str) -> str:
    return row["fields"][column].strip()


def _phone(row: dict[str, Any]) -> str:
    return row["fields"]["phone"]


def _email(row: dict[str, Any]) -> str:
    return _f(row, "email")


def _hours(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(day, hours) of each day the register gives hours for."""
    return [(d, _f(row, d)) for d in DAYS if _f(row, d)]


def _ics(value: str) -> str:
    """A text value escaped as RFC 5545 wants it (backslash, comma, semicolon)."""
    return re.sub(r"([\\,;])", r"\\\1", value)


def icalendar_event(row: dict[str, Any], rng: random.Random) -> Record:
    """An iCalendar file with one event, a testing clinic's opening: the address in
    ``LOCATION``, the coordinates in ``GEO``, the number either in ``DESCRIPTION`` after an
    escaped line break (``\\nCall ...`` or ``\\nTel: ...``) or in ``CONTACT`` after the
    operator's name; lines unfolded."""
    b = Record()
    day = rng.randint(1, 28)
    hours = _hours(row)
    start = re.match(r"(\d\d):(\d\d)", hours[0][1]) if hours else None
    hh, mm = (start.group(1), start.group(2)) if start else ("09", "00")
    b.add("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ontario testing locations//EN\r\n")
    b.add("BEGIN:VEVENT\r\n")
    b.add(
        f"UID:location-{_f(row, 'location_id')}-{rng.randint(1000, 99999)}@covid-19.ontario.ca\r\n"
    )
    b.add(f"DTSTAMP:202107{day:02d}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00Z\r\n")
    b.add(f"DTSTART;TZID=America/Toronto:202107{day:02d}T{hh}{mm}00\r\n")
    b.add(f"SUMMARY:COVID-19 testing - {_ics(_f(row, 'location_name'))}\r\n")
    where = f"{_f(row, 'address')}, {_f(row, 'city')}, ON {_f(row, 'postal_code')}"
    b.add(f"LOCATION:{_ics(where)}\r\n")
    if _f(row, "latitude") and _f(row, "longitude"):
        b.add(f"GEO:{_f(row, 'latitude')};{_f(row, 'longitude')}\r\n")
    if rng.random() < 0.5:
        b.add(f"CONTACT:{_ics(_f(row, 'operated_by') or _f(row, 'location_name'))}\\, ")
        b.phone("phone", _phone(row))
        b.add("\r\n")
        b.add(f"DESCRIPTION:{_ics(_f(row, 'phu'))}")
    else:
        b.add(f"DESCRIPTION:{_ics(_f(row, 'phu'))}\\n{rng.choice(('Call ', 'Tel: ', 'Phone: '))}")
        b.phone("phone", _phone(row))
    for d, h in hours[:3]:
        b.add(f"\\n{d.title()} {_ics(h)}")
    b.add("\r\n")
    if _email(row):
        b.add("ORGANIZER:mailto:")
        b.email(_email(row))
        b.add("\r\n")
    b.add("END:VEVENT\r\nEND:VCALENDAR\r\n")
    return b


def _yaml_scalar(value: str) -> str:
    """A value as a YAML dump writes it: quoted where a plain scalar would change its type or
    meaning (empty, a bare number, a ``: `` or a leading sign)."""
    if not value or re.fullmatch(r"[-+]?[\d.]+", value) and not re.search(r"\d-\d", value):
        return json.dumps(value)
    if ": " in value or value[0] in "-?:,[]{}#&*!|>'\"%@`" or value != value.strip():
        return json.dumps(value, ensure_ascii=False)
    return value


def yaml_record(row: dict[str, Any], rng: random.Random) -> Record:
    """The row as one item of a YAML list under the register's column names, as a config or a
    static site's data file keeps it; empty columns left out."""
    b = Record()
    b.add(
        f"# testing locations, exported {rng.choice(('2021-07-13', '2021-07-14', '2021-07-15'))}\n"
    )
    first = True
    for column, value in row["fields"].items():
        value = value.strip()
        if not value:
            continue
        b.add("- " if first else "  ")
        first = False
        b.add(f"{column}: ")
        if column == "phone":
            quoted = _yaml_scalar(value).startswith('"')
            b.add('"' if quoted else "")
            b.phone("phone", row["fields"]["phone"].strip())
            b.add('"' if quoted else "")
        elif column == "email":
            b.email(value)
        else:
            b.add(_yaml_scalar(value))
        b.add("\n")
    return b


def markdown_table(row: dict[str, Any], rng: random.Random) -> Record:
    """A README's Markdown table of one location: the header row, the separator row, the row;
    the number in its cell under ``Phone`` (or ``Contact``), no label beside it."""
    b = Record()
    head = rng.choice(("Phone", "Contact", "Tel."))
    hours = "; ".join(f"{d[:3].title()} {h}" for d, h in _hours(row)[:2]) or "-"
    b.add(f"### {_f(row, 'phu')}\n\n")
    b.add(f"| ID | Location | Address | Postal code | {head} | Hours |\n")
    b.add("|---:|---|---|---|---|---|\n")
    b.add(f"| {_f(row, 'location_id')} | {_f(row, 'location_name')} | ")
    b.add(f"{_f(row, 'address')}, {_f(row, 'city')} | {_f(row, 'postal_code')} | ")
    b.phone("phone", _phone(row).strip())
    b.add(f" | {hours} |\n")
    if _email(row):
        b.add("\nE-mail: ")
        b.email(_email(row))
        b.add("\n")
    return b


FR_HEADER = ("no", "nom", "adresse", "ville", "code_postal", "latitude", "longitude",
             "bureau_de_sante", "telephone", "courriel", "lundi", "ages")  # fmt: skip


def csv_semicolon_fr(row: dict[str, Any], rng: random.Random) -> Record:
    """The row as a spreadsheet in a French-Canadian locale exports it: a header of French
    column names, semicolons between fields, decimal commas in the coordinates, the
    register's French name, address and health unit where it has them."""
    b = Record()
    b.add(";".join(FR_HEADER) + "\n")
    fields = [
        _f(row, "location_id"),
        _f(row, "location_name_fr") or _f(row, "location_name"),
        _f(row, "address_fr") or _f(row, "address"),
        _f(row, "city"),
        _f(row, "postal_code"),
        _f(row, "latitude").replace(".", ","),
        _f(row, "longitude").replace(".", ","),
        _f(row, "phu_fr") or _f(row, "phu"),
    ]
    b.add(";".join(f'"{v}"' if ";" in v else v for v in fields) + ";")
    b.phone("phone", _phone(row).strip())
    b.add(";")
    if _email(row):
        b.email(_email(row))
    b.add(f";{_f(row, 'monday')};{_f(row, 'age_threshold')}\n")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "icalendar_event": icalendar_event,
    "yaml_record": yaml_record,
    "markdown_table": markdown_table,
    "csv_semicolon_fr": csv_semicolon_fr,
}


def record(locale: str, layout: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in ``layout``: each number of its phone field labelled
    on its own, its e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    rng = coordinates_rng(SPLIT, locale, layout, n)
    row = by_locale()[locale][n]
    block = BLOCKS[layout](row, rng)
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


def generate() -> Iterator[dict[str, Any]]:
    """Every row of the data once, in the layout its index gives."""
    for locale, found in sorted(by_locale().items()):
        for n in range(len(found)):
            yield record(locale, LAYOUTS[n % len(LAYOUTS)], n)


def committed(path: Path = DATA) -> list[dict[str, Any]]:
    """The records as committed before the part was first scored."""
    from make_pii_eval import read_part

    return read_part(path)


def write(path: Path) -> None:
    """The part's records, one JSON line each, gzipped with no timestamp and no file name: the
    same bytes on every run, wherever written."""
    from make_pii_eval import write_part

    write_part(path, generate())


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    write(DATA)
    print(DATA)


if __name__ == "__main__":
    main()
