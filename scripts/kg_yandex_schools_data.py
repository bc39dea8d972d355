"""Extract the real register that ``pii_held_out_378.py`` writes its records around into
``scripts/data/pii_kg_yandex_schools.json``: the phone fields of a register no earlier part used
(Kyrgyzstan, whose earlier part took elitka.kg's builder catalogue; this one is another
publisher and another kind of institution: the schools, lyceums and gymnasiums that Yandex Maps
lists in Kyrgyzstan, as a developer's tile scan of the Yandex Maps Search API (API Поиска по
организациям) for «школа» saved them), exactly as the Yandex cards give them.

One file of the DamirAhm/schools repository, read from a git checkout at a named commit, values
unchanged:

* ``output/kg_schools.csv``: 5,006 schools the scraper ``scripts/get_kg_schools.py`` kept
  (strict filter of general-education schools, deduplicated by id, by name and address, and by
  name and coordinates) from a scan of the country's bounding box, which also reaches into
  Tajikistan, Uzbekistan and Kazakhstan; each with its Yandex organisation ``id``
  (``175839292322``), ``name``, ``address`` (``Баткенская область, Лейлекский район, город
  Раззаков``), ``lat`` and ``lon``, ``phones`` (the card's numbers, several joined by ``, ``:
  ``+996 312 57 51 41, +996 312 57 51 40``; empty for 3,433), ``categories`` (``Лицей``,
  ``Частная школа, Общеобразовательная школа``), ``hours_text`` (``пн-пт 08:30–18:30``) and
  ``site_url`` (empty in every row).

A school is kept where its ``phones`` field holds a Kyrgyz number (after ``+996``; 559 rows, the
rest of the scan's numbers are Kazakh ``+7``, Uzbek ``+998`` and Tajik ``+992`` ones of schools
across the border), every number of the field has seven digits or more, none of them is held by
an earlier Kyrgyz part's data or by a school kept before it (the first of schools that share a
number); the kept schools are a seeded sample of ``CAP``, in the file's order. Each is kept as
the mapping of the file's columns to the published strings (the file names no person: a school
named after someone, ``Средняя Школа Им. Токтогула``, is kept as published).

    python scripts/kg_yandex_schools_data.py KG_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_kg_yandex_schools.json"
CAP = 300
PATH = "output/kg_schools.csv"
PHONE = "phones"
# the earlier Kyrgyz part's data (no number of its is taken again)
EARLIER = ("pii_kg_builders.json",)
SOURCES = {
    "KG": {
        "repository": "DamirAhm/schools",
        "commit": "f1f360e8a0413c3c19847d234489a2692ffccad8",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Yandex Maps organisation cards of schools in Kyrgyzstan, as the DamirAhm/"
        "schools scraper (scripts/get_kg_schools.py, 'Сборщик школ по странам СНГ') fetched "
        "them from the Yandex Maps Search API (API Поиска по организациям) for the query "
        "«школа» tile by tile and saved them (file added in 30bb96f, 'Init', 17 September "
        "2025); no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms of the Yandex Maps cards were not read",
        "language": "ru",
        "roles": {"name": "name", "phone": [PHONE], "fax": [], "email": None,
                  "address": ["address"]},
    },
}  # fmt: skip


def numbers(field: str) -> list[str]:
    """The numbers of a ``phones`` field, in its order (the card's numbers joined by ``, ``)."""
    return [p.strip() for p in field.split(", ") if p.strip()]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept schools of the file, with the commit they were read at."""
    meta = SOURCES["KG"]
    raw = _git(gits["KG"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "996"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        if not re.search(r"\+996\b", row[PHONE]):
            continue
        tels = [digits_of(p) for p in numbers(row[PHONE])]
        if any(len(t) < 7 or t in seen or t in earlier for t in tels) or len(set(tels)) < len(tels):
            continue
        seen.update(tels)
        found.append({"country": "KG", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "KG", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
