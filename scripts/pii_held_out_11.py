"""held_out_11 of the PII evaluation set: real phone numbers written in NATIONAL format, with
no calling code, as public bodies published them in open-data registers (NHS pharmacies in
England, Takamatsu City's hospitals, clinics and care homes, the French register of COVID-19
testing sites), on the pages where such register rows end up.

A procedure different from the ten parts before it: ``held_out_10`` took real values too, but
from OpenStreetMap, whose convention (``+CC``, E.123) makes almost every number international;
the parts before it drew values from generators. Here:

* the values are the registers' own phone fields, unchanged (``01638 428022``,
  ``01228533915``, ``087-841-2146``, ``03\\xa081\\xa046\\xa053\\xa054``, ``0145213132 0145213717``,
  ``Hotline Covid : 0176215776``), each number of a field labelled on its own; the country is
  the register's (``scripts/data/pii_national_phones.json``, written by
  ``scripts/national_phone_data.py``; sources and licences in that file);
* the text around them is the same row's real fields: name, address, postcode, register
  numbers (ODS codes, FINESS and legal-entity numbers, prefecture codes), dates, opening
  hours, bed counts, coordinates: numbers that are no phone, unlabelled and scored;
* in layouts no earlier part has: the register's own CSV row (under its real header; the NHS
  file has none), a printed directory line (name, address, number, no label), a notice in the
  country's language that names the number, the row as an open-data API's JSON object with the
  register's own keys.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``; a number of a phone
field that it excludes stays as an unlabelled distractor. Free-text fields (notes, opening
hours, the words around a number in a phone field) may hold real data the part does not label:
by ``held_out_5``'s rule (``make_pii_eval.unscored_spans``) their e-mail-shaped tokens and
numbers of seven or more digits are scored neither way. Each record is seeded by its own
(split, locale, layout, index). Committed with its data (``scripts/data/pii_held_out_11.jsonl.gz``)
before it was first scored.

    python scripts/pii_held_out_11.py   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_national_phones.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_11.jsonl.gz"
SPLIT = "held_out_11"

LAYOUTS = ("register_csv", "directory_line", "notice", "api_json")
# a number inside a phone field: digits and separators, spaces (or no-break spaces) only
# between digits, so that two numbers set apart by a hyphen between spaces or by words are two
_NUMBER = re.compile(r"\+?\(?\d(?:[\d.\-()/]|[ \xa0]+(?=\d))*\d")
_MIN_DIGITS = 6  # the shortest subscriber line of any plan (``personal_phone``)
NOTICE = {
    "GB": (
        "For repeat prescriptions, flu jabs and opening times, call {name} on {phone}.",
        "If you cannot get through to {name}, ring {phone} and leave your NHS number.",
        "{name} ({address}) is open on bank holidays this year; telephone {phone} first.",
    ),
    "FR": (
        "Pour un test, prenez rendez-vous auprès de {name} au {phone}.",
        "{name}, {address} : rendez-vous par téléphone au {phone}, résultats sous 24 h.",
        "Dépistage sans ordonnance à {name}. Joignable au {phone} du lundi au vendredi.",
    ),
    "JP": (
        "{name}へのお問い合わせは、電話 {phone} までお願いします。",
        "受診の前に{name}（{address}）へ電話（{phone}）でご確認ください。",
        "{name}の予約は{phone}で受け付けています。",
    ),
    "DE": (
        "Anmeldung für das neue Schuljahr: Sekretariat der {name}, Telefon {phone}.",
        "Bei Krankheit Ihres Kindes rufen Sie bitte bis 8 Uhr unter {phone} an ({name}).",
        "Die {name} ({address}) erreichen Sie werktags unter {phone}.",
    ),
    "AR": (
        "Para turnos en el {name} comunicarse al {phone} de lunes a viernes.",
        "Guardia del {name} ({address}): tel. {phone}.",
        "Consultas sobre vacunación: {name}, teléfono {phone}.",
    ),
    "KR": (
        "{name} 이용 문의는 전화 {phone}으로 해 주시기 바랍니다.",
        "{name}({address})은 휴관일에도 전화({phone}) 상담을 받습니다.",
        "도서 대출 연장은 {name} 대표번호 {phone}로 신청하세요.",
    ),
}
DIRECTORY_SEPARATOR = {
    "GB": " · ",
    "FR": " · ",
    "JP": "\u3000",
    "KR": " · ",
    "DE": ", ",
    "AR": " - ",
}


@functools.cache
def data() -> dict[str, Any]:
    return json.loads(ROWS.read_text(encoding="utf-8"))


def by_locale() -> dict[str, list[dict[str, Any]]]:
    """The rows of each country, in the data file's order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in data()["rows"]:
        out.setdefault(f"nat:{row['country']}", []).append(row)
    return out


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def role(row: dict[str, Any], name: str) -> list[str]:
    """The columns of ``row`` that play ``name`` in its register (name, address, phone...)."""
    columns = data()["sources"][row["country"]]["roles"].get(name, [])
    return [c for c in _as_list(columns) if c in row["fields"]]


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number written in a phone field: a run of digits and separators,
    split at its spaces when every piece has seven digits or more (``0145213132 0145213717``
    are two numbers, ``01623  656586`` one), or at a gap of two spaces or more before a piece
    of seven digits or more (``2792  4582-8235``). Pieces of fewer than ``_MIN_DIGITS`` digits
    are no number of their own: an extension, a shortened alternative ending (``4121-0700 /
    0800``), a date (``lundi 18 mai``)."""
    out = []
    for m in _NUMBER.finditer(field):
        pieces = list(re.finditer(r"[^ \xa0]+", m.group()))
        digits = [sum(c.isdigit() for c in p.group()) for p in pieces]
        groups = [[pieces[0]]]
        for before, piece, n in zip(pieces, pieces[1:], digits[1:], strict=False):
            wide_gap = piece.start() - before.end() >= 2
            if n >= 7 and (wide_gap or min(digits) >= 7):
                groups.append([piece])
            else:
                groups[-1].append(piece)
        for group in groups:
            s, e = m.start() + group[0].start(), m.start() + group[-1].end()
            if sum(c.isdigit() for c in field[s:e]) >= _MIN_DIGITS:
                out.append((s, e))
    return out


class Block:
    """Text built piece by piece, with the offsets of the phone fields and free-text fields."""

    def __init__(self) -> None:
        self.text = ""
        self.phones: list[tuple[int, str, str]] = []  # (start, column, field)
        self.free: list[tuple[int, int]] = []  # free text that may hold unlabelled real data

    def add(self, text: str) -> None:
        self.text += text

    def free_text(self, text: str) -> None:
        self.free.append((len(self.text), len(self.text) + len(text)))
        self.text += text

    def phone(self, column: str, field: str) -> None:
        self.phones.append((len(self.text), column, field))
        self.text += field


def _phone_column(row: dict[str, Any]) -> str:
    """The first phone column of ``row`` that is not empty (a line names one number field)."""
    return next(c for c in role(row, "phone") if row["fields"][c].strip())


def _first(row: dict[str, Any], name: str) -> str:
    return next((row["fields"][c] for c in role(row, name) if row["fields"][c].strip()), "")


def _address(row: dict[str, Any]) -> str:
    parts = [row["fields"][c].strip() for c in role(row, "address") if row["fields"][c].strip()]
    postcode = _first(row, "postcode")
    return ", ".join([*parts, postcode] if postcode else parts)


def _csv_cell(value: str, delimiter: str) -> str:
    return f'"{value}"' if any(c in value for c in f'{delimiter}"\n') else value


def register_csv(row: dict[str, Any], rng: random.Random) -> Block:
    """The row as its register publishes it: header line (if the file has one), then the row,
    every field as written, quoted as RFC 4180 quotes it."""
    b = Block()
    columns = list(row["fields"])
    source = data()["sources"][row["country"]]
    delimiter = source.get("delimiter", ",")
    if source["header"] is not None:
        b.add(delimiter.join(_csv_cell(c, delimiter) for c in columns) + "\n")
    phones, free = set(role(row, "phone")), {*role(row, "note"), *role(row, "hours")}
    for i, column in enumerate(columns):
        value = row["fields"][column]
        b.add(delimiter if i else "")
        quoted = _csv_cell(value, delimiter) != value
        b.add('"' if quoted else "")
        if column in phones:
            b.phone(column, value)
        elif column in free:
            b.free_text(value)
        else:
            b.add(value)
        b.add('"' if quoted else "")
    return b


def directory_line(row: dict[str, Any], rng: random.Random) -> Block:
    """A printed directory's line: name, address, the number, no label."""
    b = Block()
    sep = DIRECTORY_SEPARATOR[row["country"]]
    b.add(f"{_first(row, 'name').strip()}{sep}{_address(row)}{sep}")
    column = _phone_column(row)
    b.phone(column, row["fields"][column])
    kind = _first(row, "kind")
    if kind:
        b.add(f"{sep}{kind}")
    return b


def notice(row: dict[str, Any], rng: random.Random) -> Block:
    """A notice in the country's language that names the number, then the row's register
    number and date as a footer."""
    b = Block()
    template = rng.choice(NOTICE[row["country"]])
    column = _phone_column(row)
    before, after = template.split("{phone}")
    fill = {"name": _first(row, "name").strip(), "address": _address(row)}
    b.add(before.format(**fill))
    b.phone(column, row["fields"][column])
    b.add(after.format(**fill))
    footer = [f"{c}: {row['fields'][c]}" for c in (*role(row, "register"), *role(row, "date"))]
    footer = [f for f in footer if not f.endswith(": ")]
    if footer:
        b.add("\n" + " | ".join(footer))
    return b


def api_json(row: dict[str, Any], rng: random.Random) -> Block:
    """The row as an open-data API returns it: a JSON object with the register's own keys."""
    b = Block()
    phones, free = set(role(row, "phone")), {*role(row, "note"), *role(row, "hours")}
    items = list(row["fields"].items())
    b.add("{\n")
    for i, (column, value) in enumerate(items):
        b.add(f"  {json.dumps(column, ensure_ascii=False)}: ")
        dumped = json.dumps(value, ensure_ascii=False)
        if column in phones and dumped == f'"{value}"':
            b.add('"')
            b.phone(column, value)
            b.add('"')
        elif column in free:
            b.add('"')
            b.free_text(dumped[1:-1])
            b.add('"')
        else:
            b.add(dumped)
        b.add(",\n" if i < len(items) - 1 else "\n")
    b.add("}")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Block]] = {
    "register_csv": register_csv,
    "directory_line": directory_line,
    "notice": notice,
    "api_json": api_json,
}


def record(locale: str, layout: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of a country's register in ``layout``: each number of its phone field
    labelled on its own, the rest of the field (words, e-mail addresses) unscored."""
    from make_pii_eval import (
        coordinates_rng,
        page_languages,
        personal_phone,
        record_fields,
        unscored_spans,
    )

    rng = coordinates_rng(SPLIT, locale, layout, n)
    row = by_locale()[locale][n]
    block = BLOCKS[layout](row, rng)
    text = block.text
    spans, distractors, unscored = [], [], []
    for at, column, field in block.phones:
        found = numbers(field)
        for s, e in found:
            value = field[s:e]
            if not value.strip("0-. ()"):  # a register's placeholder for "no number"
                unscored.append([at + s, at + e])
                continue
            kind = "international" if re.match(r"\+|00[1-9]", value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
        for s, e in unscored_spans(field, (0, 0)):  # the field's words: an e-mail, a note
            if not any(a < e and s < b for a, b in found):
                unscored.append([at + s, at + e])
    for lo, hi in block.free:
        unscored += [[lo + s, lo + e] for s, e in unscored_spans(text[lo:hi], (0, 0))]
    fields = record_fields(
        (SPLIT, locale, layout, n), text, sorted(spans), sorted(distractors), (0, len(text))
    )
    return {
        **fields,
        "unscored": sorted(unscored),
        "source": row["path"],
        "language": page_languages([text])[0],
    }


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
