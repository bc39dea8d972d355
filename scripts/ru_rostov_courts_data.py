"""Extract the real register that ``pii_held_out_392.py`` writes its records around into
``scripts/data/pii_ru_rostov_courts.json``: the phone and e-mail fields of a register no
earlier part used (Russia, whose earlier parts took Moscow's city polyclinics and Moscow's bars
from the data.mos.ru portal; this one is another publisher and another kind of institution:
the courts of the Rostov region, its magistrates' court sections (судебные участки мировых
судей) and its district and regional courts, as the GAS «Pravosudie» portal sudrf.ru lists
them), exactly as the portal's cards give them.

One file of the Osarxae/Xakaton hackathon project (a court finder for the Rostov region), read
from a git checkout at a named commit, values unchanged:

* ``data/courts_rostov.json``: 273 courts as its scrapers (``parse_courts.py``,
  ``parse_district_courts.py``) took them from sudrf.ru's court search for region 61
  (``index.php?id=300``, the magistrates' search ``go_ms_search`` and the federal courts'
  ``go_search``), geocoded by Yandex: 230 court sections with ``name``, ``code`` (the
  classification code, ``61MS0001``), ``address`` (postcode first, ``344065, г.
  Ростов-на-Дону, ул. Криворожская, д. 56``), ``phone``, ``email`` (the section's mailbox on
  ``donland.ru``, ``vrsh1.msudro@donland.ru``), ``coordinates`` (``lat``, ``lon``),
  ``website`` (``http://vrsh1.ros.msudrf.ru``) and ``electronic_filing`` (``да`` or
  ``неизвестно``); and 43 district and regional courts with ``name``, ``type`` (``районный``,
  ``областной``), ``address``, ``phone``, ``email`` (on ``sudrf.ru``; one field holds two
  addresses joined by a space), ``latitude``, ``longitude``, ``website``, ``polygon`` (empty)
  and ``electronic_filing``. The ``phone`` is written as each court's card gives it: a local
  Rostov-on-Don line (``231-20-87``), a town's code in brackets (``(86354) 5-69-04``,
  ``8(8635)22-21-35``), with ``+7`` or the trunk ``8`` (``+7(86365) 9-41-27``,
  ``8-863-266-88-11``), digits only (``88639260027``), or two or three numbers in one field
  (``(86357) 3-36-33, 3-31-53, (86358) 6-15-42``); ``Не найден телефон`` or ``Не найден
  email`` where the scraper found none.

A court is kept where its ``phone`` holds a number of seven digits or more (``numbers`` of
``pii_held_out_11`` finds the numbers of a field, ``personal_phone`` gives their length's
verdict: a line of five or six digits, ``2-20-16``, ``38-70-98``, is no subscriber's number
in Russia's plan: 17 courts; six phone fields hold an e-mail address and eight say none was
found), none of whose numbers an earlier Russian part's data holds or a court kept before it
has (the first of courts that share a line: one dropped); all 241 kept, in the file's order
(fewer than ``CAP``): 198 sections and all 43 district and regional courts. Each is
kept as the mapping of the file's fields to the published values (strings, the coordinates an
object of two numbers; the file names no person: a court's name is its seat's).

    python scripts/ru_rostov_courts_data.py RU_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from make_pii_eval import personal_phone
from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ru_rostov_courts.json"
CAP = 300
PATH = "data/courts_rostov.json"
PHONE = "phone"
# the earlier Russian parts' data (no number of theirs is taken again)
EARLIER = ("pii_ru_polyclinics.json", "pii_ru_mos_bars.json")
SOURCES = {
    "RU": {
        "repository": "Osarxae/Xakaton",
        "commit": "b5c3a3d235b68b0814d6830f062e4d5e424694ea",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the courts of the Rostov region (the magistrates' court sections and the "
        "district and regional courts) as the GAS «Pravosudie» portal of the Judicial "
        "Department at the Supreme Court of Russia (sudrf.ru, court search, region 61) lists "
        "them, scraped and geocoded by the Osarxae/Xakaton hackathon project (file last changed "
        "in b5c3a3d, 'Финальная версия', 23 March 2025)",
        "licence": "not confirmed: the repository has no LICENSE file; terms for the portal's "
        "court cards themselves not confirmed",
        "language": "ru",
        "roles": {"name": "name", "phone": [PHONE], "email": "email", "address": ["address"]},
    },
}  # fmt: skip


def phone_numbers(field: str) -> list[str]:
    """The digits of each number of seven digits or more in a phone field."""
    found = (field[s:e] for s, e in numbers(field))
    return [digits_of(n) for n in found if personal_phone(n, "RU")]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept courts of the file, with the commit they were read at."""
    meta = SOURCES["RU"]
    raw = _git(gits["RU"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "7"), set()
    found = []
    for i, row in enumerate(json.loads(raw)):
        held = phone_numbers(row[PHONE])
        if not held or any(n in earlier or n in seen for n in held):
            continue
        seen.update(held)
        found.append({"country": "RU", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "RU", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
