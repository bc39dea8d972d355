"""Extract the real directory that ``pii_held_out_73.py`` writes its records around into
``scripts/data/pii_ug_health_directory.json``: the phone fields of a country whose register no
earlier part used (Uganda), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``UG``: Ugandan hospitals, health centres, clinics and medical centres as the BloodMatch
  blood-donation app lists them (the ``hospitals`` array of
  ``src/components/common/DataHospitals.js`` of the repository jjingofarouk/saveme, whose
  entries link the Uganda Health Directory, ughealthdirectory.com): Ugandan numbers as each
  entry gives them, national with a space after the four-digit prefix (``0414 345235``), two
  after ``;`` (``0393 264953; 0414 345235``), a shared ending (``0772/0712 435835``), and
  international without spaces (``+256701126721``); beside the facility's name, address and
  description.

Every entry of the array with a number of six digits or more in its ``phone`` field (``No phone
number`` is none), less entries repeating an earlier one in every key, in the array's order.
Each row is kept as a mapping of the array's keys to the published strings; the ``email`` key
is kept only where it is one address whose local part is a role word (``info@``) on a domain
that is no free mail service (most are staff members' own addresses), and the ``profile_url``
key only where it is the directory's path (``/kampala/providers/...``; 124 entries hold
something else there, most an e-mail address); the directory's names are the facilities', its
addresses their premises, so no other key is left out.

    python scripts/ug_health_directory_data.py UG_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ae_sheryan_data import _office_email
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ug_health_directory.json"
CAP = 600
OPENING = "export const hospitals = ["
SOURCES = {
    "UG": {
        "repository": "jjingofarouk/saveme",
        "commit": "0db4e461afa19ebb9278dd831a957a10b555694c",
        "path": "src/components/common/DataHospitals.js",
        "encoding": "utf-8",
        "publisher": "the BloodMatch blood-donation web app's 'hospitals' array as committed in "
        "0db4e46 ('Rename datahospitals.js to DataHospitals.js', 10 May 2025); its entries' "
        "photos and profile links point at the Uganda Health Directory "
        "(ughealthdirectory.com), from which the list appears to be taken; no official "
        "register is named",
        "licence": "not confirmed: the README says the project is under the MIT licence (for "
        "its code; no LICENSE file is in the tree); the Uganda Health Directory's terms were "
        "not found",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "email": "email", "address": "address",
                  "description": "description"},
    },
}  # fmt: skip


def _entries(text: str) -> list[dict[str, str]]:
    """The ``hospitals`` array of the JavaScript module: a JSON array from its opening bracket
    to its last closing one."""
    start = text.index(OPENING) + len(OPENING) - 1
    end = text.rindex("]") + 1
    return json.loads(text[start:end])


def _kept(key: str, value: str) -> bool:
    """Whether a key is kept: ``email`` only as a role address, ``profile_url`` only as the
    directory's path (in some entries it holds an e-mail address instead, most of them staff
    members' own), every other key."""
    if key == "email":
        return _office_email(value)
    if key == "profile_url":
        return not value or value.startswith("/")
    return True


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found, seen = [], set()
        for i, row in enumerate(_entries(raw.decode(meta["encoding"]))):
            key = tuple(row.items())
            if not _has_phone(row, meta["roles"]["phone"]) or key in seen:
                continue
            seen.add(key)
            fields = {k: v for k, v in row.items() if _kept(k, v)}
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
