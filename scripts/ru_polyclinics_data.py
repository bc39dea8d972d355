"""Extract the real register that ``pii_held_out_77.py`` writes its records around into
``scripts/data/pii_ru_polyclinics.json``: the phone and fax fields of a country whose register
no earlier part used (Russia), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``RU``: the city polyclinics of Moscow (data set 441 "Городские поликлиники" of the Moscow
  Government's open data portal data.mos.ru), as Infoculture's mosopendata repository mirrored
  it in a tab-separated file (``old/thedata/441_gorodskie_polikliniki.csv`` of
  infoculture/mosopendata): Moscow numbers as each row gives them, most ``(495)134-5411`` or
  ``(499) 126-2545`` with the area code in brackets, some grouped ``(495)326-01-66``, some with
  the trunk prefix ``8-499-137-7389``; a ``Факс`` column in the same formats (often the phone's
  own number); beside the row's number, address with postcode, district and a note of the
  2012 mergers (``С 15.09.2012г. присоединяется к «ГП № 67»``).

Every row of the file with a number of six digits or more in its ``Телефон`` field, in the
file's order. Each row is kept as a mapping of the file's header to the published values; the
``Руководитель`` column (the chief physician's name) names a person and is left out.

    python scripts/ru_polyclinics_data.py RU_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ru_polyclinics.json"
CAP = 600
DROPPED = ("Руководитель",)
SOURCES = {
    "RU": {
        "repository": "infoculture/mosopendata",
        "commit": "cbfa6b259fa838d68bb30e225f47c5faf71f02a5",
        "path": "old/thedata/441_gorodskie_polikliniki.csv",
        "encoding": "utf-8",
        "publisher": "the Moscow Government's open data portal data.mos.ru (data set 441, "
        "'Городские поликлиники', of the Moscow Department of Health), as mirrored by "
        "Infoculture's mosopendata parser (file committed in ed80f2d, 24 July 2013; read at "
        "cbfa6b2, 24 August 2014); the repository's README says the data are given on an "
        "unofficial basis and that the originals are at data.mos.ru",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the portal's own terms of use were not read",
        "language": "ru",
        "roles": {"name": "Название", "phone": ["Телефон"], "fax": ["Факс"],
                  "address": "Адрес"},
    },
}  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    """The tab-separated file's rows as mappings of its header, each value as written (no
    quoting: a ``"`` is a character of the value)."""
    header, *body = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    assert all(len(row) == len(header) for row in body)
    return [dict(zip(header, row, strict=True)) for row in body]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{row['№ строки']}",
                "fields": {k: v for k, v in row.items() if k not in DROPPED},
            }
            for row in _rows(raw.decode(meta["encoding"]))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
