"""Extract the real register that ``pii_held_out_472.py`` writes its records around into
``scripts/data/pii_ru_mos_schools.json``: the phone fields of a register no earlier part used
(Russia, whose earlier parts took Moscow's city polyclinics and Moscow's bars from the
data.mos.ru portal and the Rostov region's courts; this one is another kind of institution and
another publisher behind the portal: the general-education schools of the Moscow Department of
Education, data set 516 'Средняя общеобразовательная школа'), exactly as the register gives them.

One table of Infoculture's data.mos.ru mirror, read from a git checkout at a named commit,
values unchanged:

* ``old/thedata/516_srednyaya_obscheobrazovatelnaya_shkola.csv`` of infoculture/mosopendata: 786
  state schools of Moscow (a tab-separated file, no quoting), each with its row number (``№
  строки``), full name (``Государственное бюджетное образовательное учреждение города Москвы
  средняя общеобразовательная школа № 1174``), address with its postcode (``117216, г. Москва,
  улица Феодосийская, дом 11А``), legal form (``Бюджетное``), type and kind of institution, web
  site, and ``Номер телефона секретаря`` (the school secretary's office line): Moscow numbers as
  the register writes them, seven digits without the area code (``712-40-36``) or with it in
  brackets (``(499) 182-78-87``), up to nine numbers joined by ``; `` or ``,``
  (``(495) 312-62-38; (495) 311-05-60``, ``(495) 939-07-86,939-00-54``).

A school is kept where its phone field holds a number of seven digits or more whose digits (the
field's, or any one number's in it) no earlier Russian part's data holds and no school kept
before it has (the first of schools sharing a field); the kept schools are a seeded sample of
``CAP``, in the file's order. Each is kept as the mapping of all of the file's columns to the
published strings (the file names no person: the phone is the secretary's office, not a name).

    python scripts/ru_mos_schools_data.py RU_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract
from ru_polyclinics_data import _rows

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ru_mos_schools.json"
CAP = 300
PATH = "old/thedata/516_srednyaya_obscheobrazovatelnaya_shkola.csv"
PHONE = "Номер телефона секретаря"
# the earlier Russian parts' data (no number of theirs is taken again)
EARLIER = ("pii_ru_polyclinics.json", "pii_ru_mos_bars.json", "pii_ru_rostov_courts.json")
SOURCES = {
    "RU": {
        "repository": "infoculture/mosopendata",
        "commit": "cbfa6b259fa838d68bb30e225f47c5faf71f02a5",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Moscow Government's open data portal data.mos.ru (data set 516, "
        "'Средняя общеобразовательная школа', of the Moscow Department of Education), as "
        "mirrored by Infoculture's mosopendata parser (read at cbfa6b2, 24 August 2014); the "
        "repository's README says the data are given on an unofficial basis and that the "
        "originals are at data.mos.ru",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the portal's own terms of use were not read",
        "language": "ru",
        "roles": {"name": "Название", "phone": [PHONE], "address": "Адрес", "site": "Сайт"},
    },
}  # fmt: skip


def pieces(field: str) -> list[str]:
    """The digits of each number the field writes (``numbers``), seven digits or more."""
    found = [digits_of(field[s:e]) for s, e in numbers(field)]
    return [d for d in found if len(d) >= 7]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept schools of the register, with the commit it was read at."""
    meta = SOURCES["RU"]
    raw = _git(gits["RU"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "7"), set()
    found = []
    for row in _rows(raw):
        tel = digits_of(row[PHONE])
        own = pieces(row[PHONE])
        if not own or tel in seen or tel in earlier or any(d in earlier for d in own):
            continue
        seen.add(tel)
        path = f"{PATH}#{row['№ строки']}"
        found.append({"country": "RU", "path": path, "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "RU", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
