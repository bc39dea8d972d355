"""Extract the real register that ``pii_held_out_504.py`` writes its records around into
``scripts/data/pii_ph_lgu_offices.json``: the contact and e-mail fields of a register no earlier
part used (the Philippines, whose earlier parts took the Department of Health's National Health
Facility Registry and the Department of Budget and Management's government directory's
executive departments' offices and diplomatic missions; this one is the same directory's local
government units: the offices of the mayors and vice mayors of the country's cities and
municipalities, another kind of institution), exactly as the directory gives them.

The regional files of BetterGov.ph's ``bettergov`` repository, read from a git checkout at a
named commit, values unchanged:

* ``src/data/directory/lgu/*.json``: one file per region (19 files: ``national-capital-region``
  to ``special-geographic-area``), each with the region's provinces and, under each, its
  ``cities`` and ``municipalities`` (the National Capital Region's and the Special Geographic
  Area's directly under the region), each city or municipality a mapping with its name
  (``city``, ``municipality``), a ``zip_code`` for most municipalities, and its ``mayor`` and
  ``vice_mayor``, each with the official's ``name`` and, where the directory gives them, the
  office's ``contact`` (one or more numbers as the directory writes them, ``;`` between them,
  with local extensions: ``(036) 621-2049``, ``(062) 992-3137; 992-2385; 992-3813``,
  ``5310-8531; 8288-8811 loc. 2223, 2224``, ``(074) 627-5064 loc. 800``) and ``email``
  (``mayor@sanvicentepalawan.gov.ph``; 18 in all).

Each office (a city's or municipality's mayor's office and its vice mayor's office) is an
entry; one is kept by the rules of the directory's other lists
(``ph_dbm_directory_offices_data.kept_entries``): its ``contact`` holds a number of seven digits
or more that a person's line could be, no number of it stands in a list of extensions after
``loc.``, its ``email`` is empty or well-formed, and none of its numbers is one the earlier
Philippine parts' data holds or an office kept before it has (the first of offices sharing a
line: a vice mayor's office on the mayor's switchboard is dropped), and every number of it has
seven digits or more (``whole_numbers``: seven fields hold a line cut short, ``513-500``,
``137-135 loc. 114``, an extension alone, ``loc. 2060``, or a range of extensions read as a
short number, ``loc. 700-702``, ``Local 265/266``); 541 of the files' 574 offices with a contact
are kept by these rules, and the kept offices are a seeded sample of ``CAP``, in the files'
order (the files by name). Each is kept as the office's ``contact`` and ``email`` with its
region, province, the city's or municipality's name, its kind, its ZIP code and which office it
is; the officials' names are left out (the register is of offices).

    python scripts/ph_lgu_offices_data.py PH_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ph_dbm_directory_offices_data import kept_entries
from ph_diplomatic_missions_data import earlier_lines
from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ph_lgu_offices.json"
CAP = 300
FOLDER = "src/data/directory/lgu"
# the earlier Philippine parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_ph_nhfr.json",
    "pii_ph_dbm_directory_offices.json",
    "pii_ph_diplomatic_missions.json",
)
OFFICES = (("mayor", "Office of the Mayor"), ("vice_mayor", "Office of the Vice Mayor"))
KINDS = (("cities", "city", "City"), ("municipalities", "municipality", "Municipality"))
SOURCES = {
    "PH": {
        "repository": "bettergovph/bettergov",
        "commit": "5b57be2212db6f03c94c883a33b305dfa103a698",
        "paths": [f"{FOLDER}/*.json"],
        "encoding": "utf-8",
        "publisher": "Department of Budget and Management (DBM), its government directory's "
        "local government units (the mayors and vice mayors of the cities and municipalities, "
        "with their offices' numbers), as BetterGov.ph's bettergov repository turned the "
        "directory's PDF into one JSON file per region (src/data/directory/README.txt: "
        "'Download the latest version from DBM')",
        "licence": "CC0 1.0 Universal for the repository (its LICENSE file); terms for the "
        "DBM's directory itself not confirmed",
        "language": "en",
        "roles": {"name": "lgu", "phone": ["contact"], "email": "email", "office": "office",
                  "address": ["lgu", "province", "region", "zip_code"]},
    },
}  # fmt: skip


def offices(name: str, doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(pointer, fields) of every mayor's and vice mayor's office of one regional file, in the
    file's order: the office's contact and e-mail with its city or municipality, province and
    region."""
    out = []
    provinces = doc.get("provinces")
    groups = [(f"/provinces/{p}", g) for p, g in enumerate(provinces)] if provinces else [("", doc)]
    for base, group in groups:
        for key, kind_key, kind in KINDS:
            for j, lgu in enumerate(group.get(key, [])):
                for role, office in OFFICES:
                    item = lgu.get(role) or {}
                    fields = {"region": doc["region"], "province": group.get("province", ""),
                              "lgu": lgu[kind_key], "lgu_type": kind,
                              "zip_code": lgu.get("zip_code", ""), "office": office}  # fmt: skip
                    fields.update({k: item[k] for k in ("contact", "email") if k in item})
                    out.append((f"{name}#{base}/{key}/{j}/{role}", fields))
    return out


def whole_numbers(fields: dict[str, Any]) -> bool:
    """Whether every number of the office's contact field has seven digits or more (seven
    offices' fields hold a line cut short, ``513-500``, an extension alone or a range of
    extensions: no such office is kept, nor one with no contact)."""
    found = numbers(fields.get("contact", ""))
    return bool(found) and all(len(digits_of(fields["contact"][s:e])) >= 7 for s, e in found)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the directory, with the commit they were read at."""
    meta = SOURCES["PH"]
    listing = _git(gits["PH"], "ls-tree", "--name-only", meta["commit"], f"{FOLDER}/")
    items = []
    for name in sorted(listing.decode().split()):
        raw = _git(gits["PH"], "show", f"{meta['commit']}:{name}").decode(meta["encoding"])
        items += offices(name.rsplit("/", 1)[1], json.loads(raw))
    items = [(pointer, fields) for pointer, fields in items if whole_numbers(fields)]
    found = kept_entries(items, earlier_lines(EARLIER), FOLDER)
    return {"sources": SOURCES, "rows": seeded_sample(found, "PH", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
