"""Extract the real register that ``pii_held_out_458.py`` writes its records around into
``scripts/data/pii_tr_afet_saglik_noktalari.json``: the phone fields of a register no earlier
part used (Turkey, whose earlier parts took the pharmacies of the province of Edirne on a
duty-pharmacy application's list and Istanbul Metropolitan Municipality's health institutions;
this one is Açık Yazılım Ağı's list of the health points of the February 2023 earthquake
region: hospitals, pharmacies, field pharmacies and veterinary clinics of Adana, Adıyaman,
Diyarbakır, Gaziantep, Hatay, Kahramanmaraş, Malatya, Osmaniye, Şanlıurfa and their
neighbours), exactly as the list gives them.

One file of the volunteer network's ``eczane-backend`` (the data behind its earthquake
pharmacy and hospital map), read from a git checkout at a named commit, values unchanged:

* ``data/locations.json``: 214 locations, each with its ``name``, ``phone`` (mostly with the
  country code, ``+904145033503``; some with the trunk 0, ``03428622035``; two spaced,
  ``+90 342 ...``; empty where the list has none), ``address``, ``additionalAddressDetails``,
  ``workingHours``, coordinates, the list's ``cityId``/``districtId``, ``typeId`` (1
  hospital, 2 pharmacy, 4 veterinary clinic) and ``subTypeId`` (4 pharmacy, 6 field
  pharmacy, 2 hospital, 10 clinic), ``createdAt``, ``source`` and validation flags.

* ``data/cities-with-districts.json``: the ten provinces of the list (``id`` its licence-plate
  code, ``key`` its name) with their districts (``id``, ``key``), the names that the list's
  ``cityId`` and ``districtId`` stand for.

A location is kept where its ``phone`` holds a number of seven digits or more whose digits no
earlier Turkish part's data holds and no location kept before it has. Each is kept as the
mapping of all of the file's fields to the published values; beside the rows, ``places`` maps
each kept row's ``cityId`` to its province's name and ``districtId`` to its district's, as the
second file gives them (the list names places, not
persons; a few pharmacies bear their pharmacist's name, ``Mehmet Doğru Eczanesi``, as their
trade name, and some lines are mobile numbers, as the list publishes them).

    python scripts/tr_afet_saglik_noktalari_data.py TR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tr_afet_saglik_noktalari.json"
CAP = 400
PATH = "data/locations.json"
PLACES = "data/cities-with-districts.json"
PHONE = "phone"
# the earlier Turkish parts' data (no number of theirs is taken again)
EARLIER = ("pii_tr_edirne_pharmacies.json", "pii_tr_ibb_health_institutions.json")
SOURCES = {
    "TR": {
        "repository": "acikyazilimagi/eczane-backend",
        "commit": "4ec66d7ad7ee45253143048483c15e488059bbe5",
        "paths": [PATH, PLACES],
        "encoding": "utf-8",
        "publisher": "Açık Yazılım Ağı (the volunteer open-source network of the February "
        "2023 earthquakes), the list of health points of its earthquake pharmacy and hospital "
        "map (eczane-backend, data/locations.json, last changed 23 February 2023)",
        "licence": "Apache-2.0 for the repository (its LICENSE file); terms for the list's "
        "data themselves not confirmed",
        "language": "tr",
        "roles": {"name": "name", "phone": [PHONE], "address": ["address"]},
    },
}  # fmt: skip


def national(digits: str) -> str:
    """A Turkish number's digits with the trunk 0 in place of the country code 90."""
    return "0" + digits[2:] if digits.startswith("90") and len(digits) == 12 else digits


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept locations of the list, with the commit they were read at."""
    meta = SOURCES["TR"]
    raw = _git(gits["TR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "90"), set()
    found = []
    for i, row in enumerate(json.loads(raw)):
        tel = national(digits_of(row[PHONE] or ""))
        if len(tel) < 7 or tel in seen or tel in earlier or "90" + tel[1:] in earlier:
            continue
        seen.add(tel)
        found.append({"country": "TR", "path": f"{PATH}#{i}", "fields": dict(row)})
    rows = seeded_sample(found, "TR", CAP)
    return {"sources": SOURCES, "places": places(gits["TR"], rows), "rows": rows}


def places(git_dir: Path, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The names of the kept rows' provinces and districts: ``cities`` by ``cityId`` and
    ``districts`` by ``districtId`` (ids as strings), as the repository's second file gives
    them."""
    meta = SOURCES["TR"]
    raw = _git(git_dir, "show", f"{meta['commit']}:{PLACES}").decode(meta["encoding"])
    cities = {c["id"]: c for c in json.loads(raw)}
    used = {(r["fields"]["cityId"], r["fields"]["districtId"]) for r in rows}
    districts = {}
    for city, district in sorted(used):
        (name,) = [d["key"] for d in cities[city]["districts"] if d["id"] == district]
        districts[str(district)] = name
    return {
        "cities": {str(c): cities[c]["key"] for c in sorted({c for c, _ in used})},
        "districts": districts,
    }


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
