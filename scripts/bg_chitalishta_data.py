"""Extract the real register that ``pii_held_out_503.py`` writes its records around into
``scripts/data/pii_bg_chitalishta.json``: the phone and e-mail fields of a register no earlier
part used (Bulgaria, whose earlier part took the NHIF's hospitals; this one is the Ministry of
Culture's register of the people's community centres, the narodni chitalishta, another
publisher and another kind of institution), exactly as the register gives them.

One table of Data for Good Bulgaria's ``chitalishta`` project, read from a git checkout at a
named commit, values unchanged:

* ``data/chitalishta_main.csv``: 3,718 entries of the Ministry of Culture's public register of
  chitalishta (https://chitalishta.com, the ``Регистър на народните читалища``) as the
  project's crawler (``data/crawler.py``) tabulated it, one row a chitalishte: its register
  number (``Рег. №``), status (``Действащо``, ``Закрито``, ``Неработещо``), name (``Съзнание
  1873г.``), province, municipality, town or village (``СЕЛО БРЕСТОВИЦА``), street address
  with its postcode (``Пл.Съединение 1 А, п.к.4224``), Bulstat (``000455980``), chairman and
  secretary (persons' names), ``E-mail`` (one address or several after ``;``), ``Телефон``
  (Bulgarian numbers as each chitalishte gave them: ``0893542266``, ``03142/9118;
  0897674976``, ``0570/ 82077``, ``078/ 526395; 0887651034``), ``Факс`` and links to the
  register's pages and yearly information cards.

A row is kept where the chitalishte is active (``Действащо``); where its ``Телефон`` holds only
digits and the separators ``/ - ( ) . +`` and spaces between one, two or three numbers that
``;`` or ``,`` part (no name, word or note: ``0897322118 - председател`` and ``0895737871 -
Людмила Стоянова`` are left out), each of seven to ten digits, and the shared number splitter
(``pii_held_out_11.numbers``) reads exactly those numbers from it; and where none of its
numbers is one an earlier Bulgarian part's data holds or a chitalishte kept before it has (the
first of chitalishta that share a number). The kept rows are a seeded sample of ``CAP``, in the
register's order. Each is kept as the mapping of the table's columns to the published strings,
less the chairman's and the secretary's names and the links (the table's only persons' names
are in the two columns left out; a chitalishte's name may honour a person, ``Христо Ботев -
1892``, and an e-mail address's local part may name one, ``filipova_60@abv.bg``, as published).

    python scripts/bg_chitalishta_data.py BG_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_bg_chitalishta.json"
CAP = 300
PATH = "data/chitalishta_main.csv"
PHONE, EMAIL, STATUS = "Телефон", "E-mail", "Статус"
ACTIVE = "Действащо"
KEEP = (
    "Рег. №", STATUS, "Име на читалище", "Област", "Община", "Град/село", "Адрес", "Булстат",
    EMAIL, PHONE, "Факс",
)  # fmt: skip
# the earlier Bulgarian parts' data (no number of theirs is taken again)
EARLIER = ("pii_bg_nhif_hospitals.json",)
SOURCES = {
    "BG": {
        "repository": "data-for-good-bg/chitalishta",
        "commit": "1dbc70e5bbcd21089a939af5ae8a0197e6ab0d8f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministry of Culture of the Republic of Bulgaria, its public register of "
        "the people's community centres (Регистър на народните читалища, chitalishta.com) as "
        "Data for Good Bulgaria's chitalishta project crawled and tabulated it (the table added "
        "in a5f6d46, 21 April 2023)",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright (c) 2023 "
        "data-for-good-bg'); terms for the ministry's register data themselves not confirmed",
        "language": "bg",
        "roles": {"name": "Име на читалище", "phone": [PHONE], "fax": ["Факс"], "email": EMAIL,
                  "address": ["Адрес", "Град/село", "Община", "Област"]},
    },
}  # fmt: skip


def pieces(field: str) -> list[str]:
    """The numbers of a phone field as ``;`` and ``,`` part them, stripped."""
    return [p.strip() for p in re.split(r"[;,]", field) if p.strip()]


def clean(field: str) -> bool:
    """Whether a phone field is one to three numbers of seven to ten digits, written with
    digits and separators only, that the shared number splitter reads exactly."""
    if not field.strip() or re.search(r"[^\d\s/\-+().,;]", field):
        return False
    found = pieces(field)
    if not 1 <= len(found) <= 3 or any(not 7 <= len(digits_of(p)) <= 10 for p in found):
        return False
    return [field[s:e] for s, e in numbers(field)] == found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept chitalishta of the register, with the commit they were read at."""
    meta = SOURCES["BG"]
    raw = _git(gits["BG"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "359"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        if row[STATUS] != ACTIVE or not clean(row[PHONE]):
            continue
        tels = {digits_of(p) for p in pieces(row[PHONE])}
        if tels & (earlier | seen):
            continue
        seen |= tels
        found.append({"country": "BG", "path": f"{PATH}#{i}", "fields": {k: row[k] for k in KEEP}})
    return {"sources": SOURCES, "rows": seeded_sample(found, "BG", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
