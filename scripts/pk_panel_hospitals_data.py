"""Extract the real list that ``pii_held_out_57.py`` writes its records around into
``scripts/data/pii_pk_panel_hospitals.json``: the phone fields of a country whose register no
earlier part used (Pakistan), exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``PK``: the panel hospitals of Century Insurance Company Ltd's health cover as its members'
  app lists them by city (the 33 ``...PanelHospital`` constants of
  ``lib/src/core/constants/hospital_data.dart`` of the repository Zayahan-Hasan-Shah/CICL-APP):
  Pakistani numbers as each entry gives them, most with the area code before a hyphen
  (``021-36361011``, ``042-35837014``, ``05811-53824``), many with a shortened range of lines
  (``021-34132824-6``, ``021-3634-9678-83``), some with a second number after ``/`` or ``,``
  (``021-3450-1700 / 4400726``), UAN numbers (``042-111-555-600``), mobiles (``0309-1391390``),
  a few with the area code in brackets or spaces (``(0544)624646``, ``051 5464661``); beside
  the entry's list id and street address.

Every entry of the 33 lists with a number of six digits or more in its ``contact`` field (one
whose ``contact`` is ``null`` has none), in the file's order. Each row is kept as a mapping of
the entry's keys (``id``, ``hospital`` or ``hospital_name``, ``address``, ``contact``) to the
published values as they are written in the file (the ``id`` as its digits, a Dart string as the
string it denotes), with the name of the list it stands in; the list names no person (its names
are the hospitals', its addresses their premises), so no key is left out.

    python scripts/pk_panel_hospitals_data.py PK_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pk_panel_hospitals.json"
CAP = 600
LIST = re.compile(r"^const List<Map<String, dynamic>> (\w+) = \[$", re.M)
SOURCES = {
    "PK": {
        "repository": "Zayahan-Hasan-Shah/CICL-APP",
        "commit": "bd11b50bb977443bbc22dcca6fb6c321a3eeed2c",
        "path": "lib/src/core/constants/hospital_data.dart",
        "encoding": "utf-8",
        "publisher": "the members' app of Century Insurance Company Ltd's health cover (the "
        "'CICL' app, whose screens name 'Century Insurance Company Ltd' and whose API was "
        "ciclportal.com.pk), its panel hospitals by city as committed in 663d82c ('first "
        "commit, app complete', 8 October 2025) and unchanged at bd11b50 (11 November 2025); "
        "no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; no terms of the insurer for its panel list were found",
        "language": "en",
        "roles": {"name": ["hospital", "hospital_name"], "phone": ["contact"],
                  "address": "address", "id": "id"},
    },
}  # fmt: skip


def _lists(text: str) -> list[tuple[str, list[dict[str, Any]]]]:
    """The Dart constants of the file, each a list literal of maps: read as JSON once the
    trailing commas Dart allows are dropped (its double-quoted strings and ``\\u`` escapes are
    JSON's), the ``id`` kept as its digits."""
    out = []
    for m in LIST.finditer(text):
        start = m.end() - 1
        end = text.index("\n];", start) + 2
        body = re.sub(r",(\s*[}\]])", r"\1", text[start:end])
        out.append((m.group(1), json.loads(body, parse_int=str)))
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{name}[{i}]", "list": name,
             "fields": row}
            for name, entries in _lists(raw.decode(meta["encoding"]))
            for i, row in enumerate(entries)
            if isinstance(row.get("contact"), str) and _has_phone(row, meta["roles"]["phone"])
        ]  # fmt: skip
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
