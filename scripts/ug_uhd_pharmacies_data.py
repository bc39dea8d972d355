"""Extract the real directory that ``pii_held_out_401.py`` writes its records around into
``scripts/data/pii_ug_uhd_pharmacies.json``: the phone fields of a directory no earlier part
used (Uganda, whose earlier part took the BloodMatch app's hospitals, health centres and clinics
of the Uganda Health Directory; this one is the same app's other list, the directory's
pharmacies, drug shops and pharmaceutical wholesalers), exactly as the directory writes them.

One list, read from a git checkout at a named commit, values unchanged:

* ``UG``: Ugandan pharmacies, drug shops and pharmaceutical wholesalers as the BloodMatch
  blood-donation app lists them (the ``pharmacies`` array of
  ``src/components/common/DataPharmacies.js`` of the repository jjingofarouk/saveme, 574
  entries, each linking its page of the Uganda Health Directory, ughealthdirectory.com, under
  the specialty ``General Pharmacy, Pharmacy``): the ``phone`` field as the directory's call
  button writes it, ``Call:`` and the number in the international format without spaces
  (``Call:+256772947163``), ``N/A`` or empty where the directory gives none; beside the
  entry's name (the premises' trading name, some with its street: ``3Doc Pharmacy,Opposite
  Total Petrol Station Main street,Hoima City``; a few entries of the category are other
  businesses, ``Aina Furniture Workshop``), its town and region (``Hoima, Western Region,
  Uganda``), its directory link, specialty and image link.

An entry is kept where its ``phone`` holds a number of seven digits or more whose digits no
earlier Ugandan part's data holds (with the calling code or the trunk ``0``) and no entry kept
before it has (the first of entries that share a number: 12 numbers stand in two or more
entries), in the array's order, all of them (``CAP`` is above their count). Each is kept as a
mapping of the entry's keys to the published strings, without its ``description`` (free text
of the pharmacy's own, in which some give further numbers and WhatsApp lines) and the
``rating`` and ``reviews`` of the ten entries that carry them (the reviews name their authors).

    python scripts/ug_uhd_pharmacies_data.py UG_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ug_uhd_pharmacies.json"
CAP = 500
OPENING = "export const pharmacies = ["
PATH = "src/components/common/DataPharmacies.js"
PHONE = "phone"
# free text of the pharmacy's own (more numbers), and the reviews (their authors' names)
DROPPED = frozenset({"description", "rating", "reviews"})
# the earlier Ugandan parts' data (no number of theirs is taken again)
EARLIER = ("pii_ug_health_directory.json",)
SOURCES = {
    "UG": {
        "repository": "jjingofarouk/saveme",
        "commit": "bd52bc928dd9ad333922a561f7a8e0bce42d68db",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the BloodMatch blood-donation web app's 'pharmacies' array as committed "
        "in bd52bc9 ('Rename datapharmacies.js to DataPharmacies.js', 10 May 2025); every "
        "entry links its page of the Uganda Health Directory (ughealthdirectory.com), from "
        "which the list appears to be taken; no official register is named",
        "licence": "not confirmed: the README says the project is under the MIT licence (for "
        "its code; no LICENSE file is in the tree); the Uganda Health Directory's terms were "
        "not found",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "address": "address", "link": "link",
                  "kind": "specialties"},
    },
}  # fmt: skip


def _entries(text: str) -> list[dict[str, Any]]:
    """The ``pharmacies`` array of the JavaScript module: a JSON array from its opening
    bracket to its last closing one."""
    start = text.index(OPENING) + len(OPENING) - 1
    end = text.rindex("]") + 1
    return json.loads(text[start:end])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the list, with the commit it was read at."""
    meta = SOURCES["UG"]
    raw = _git(gits["UG"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "256"), set()
    found = []
    for i, entry in enumerate(_entries(raw)):
        number = digits_of(entry.get(PHONE, ""))
        national = "0" + number[3:] if number.startswith("256") else number
        if len(number) < 7 or number in seen or {number, national} & earlier:
            continue
        seen.add(number)
        fields = {k: v for k, v in entry.items() if k not in DROPPED}
        found.append({"country": "UG", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "UG", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
