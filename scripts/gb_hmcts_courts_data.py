"""Extract the real list that ``pii_held_out_134.py`` writes its records around into
``scripts/data/pii_gb_hmcts_courts.json``: the phone and fax fields of a register no earlier
part used (HM Courts & Tribunals Service's court and tribunal finder, England and Wales; the
United Kingdom's earlier parts took NHS England's pharmacies), exactly as the service gives them.

One list of one publisher, read from a git checkout at a named commit, values unchanged:

* ``data/courts.json``: the courts and tribunals of the ministry's "Court and tribunal finder"
  as its search application imported them (548 entries), each with its ``contacts``, a list of
  ``{"sort", "name", "number"}`` whose ``name`` is the role of the line (``Switchboard``,
  ``General Fax``, ``Fines Enquiries``, ``Witness Service``, ``Court Manager``...) and whose
  ``number`` is the number as the service typed it: British numbers with the trunk ``0``, the
  area code and the line in groups of varying width, often two blanks after the area code
  (``01254  687500``, ``020  7947 6000``, ``0300 123 5577``), some with a second number or a
  short extension after ``/``, ``or`` or ``Ext`` (``01553 778730 or 01603 230403``,
  ``01685 727648/9``, ``01634 830232 Ext 200``), some led by a word or followed by a note
  (``Mobile Tel: 07717 271882``, ``0870 324 0127 (Goldfax)``), some with the area code split
  wrongly (``015  5477 6282``); 19 contacts have fewer than six digits (most empty); this
  version of the file has no ``DX`` entries.

Every entry with a contact number of six digits or more, in the file's order (all 548: no sampling
is needed under the cap). Each entry is kept as a mapping of the kept keys to the published values,
numbers as the strings the file's numbers read as: the name, slug, court number, admin id,
coordinates, update time, court types, areas of law, the addresses (``address`` lines, ``town``,
``county``, ``postcode``, ``type``) and the contacts (``name`` and ``number``, all of them, in the
file's order). Left out: ``emails`` (four in the file), ``postcodes`` (the catchment lists),
``facilities``, ``info`` and the opening times. No contact names a person: every ``name`` is a role
or an office.

    python scripts/gb_hmcts_courts_data.py GB_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_hmcts_courts.json"
CAP = 600
PATH = "data/courts.json"
SOURCES = {
    "GB": {
        "repository": "hmcts/courtfinder-search",
        "commit": "04b7e2a69993a25415e47791cabac5aeccd3f4e6",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "HM Courts & Tribunals Service (Ministry of Justice), its Court and "
        "tribunal finder (courttribunalfinder.service.gov.uk) of the courts and tribunals of "
        "England and Wales, as the finder's search application (hmcts/courtfinder-search) "
        "kept its import file; the file at 04b7e2a ('CF-58 Further information import and "
        "display.', 19 January 2017), the last full version before the file was untracked",
        "licence": "not confirmed for the data: the repository's LICENSE.txt puts the software "
        "under the Open Government Licence v2.0 (Crown copyright, Ministry of Justice); no "
        "separate terms for courts.json were read here",
        "language": "en",
        "roles": {"name": "name", "phone": ["contacts"], "address": ["addresses"]},
    },
}  # fmt: skip

KEPT = ("name", "slug", "court_number", "admin_id", "lat", "lon", "updated_at")


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _text(value: Any) -> str:
    """A scalar of the file as the string it reads as (``None`` as "")."""
    return "" if value is None else str(value)


def kept(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry's kept keys, values as published (scalars as strings)."""
    return {
        **{key: _text(entry.get(key)) for key in KEPT},
        "court_types": [str(t) for t in entry.get("court_types") or []],
        "areas_of_law": [str(a["name"]) for a in entry.get("areas_of_law") or []],
        "addresses": [
            {key: _text(a.get(key)) for key in ("type", "address", "town", "county", "postcode")}
            for a in entry.get("addresses") or []
        ],
        "contacts": [
            {"name": _text(c.get("name")), "number": _text(c.get("number"))}
            for c in entry.get("contacts") or []
        ],
    }


def has_phone(entry: dict[str, Any]) -> bool:
    """A contact with a number of six digits or more."""
    return any(_digits(c["number"]) >= 6 for c in entry["contacts"])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": kept(entry)}
            for i, entry in enumerate(json.loads(raw.decode(meta["encoding"])))
        ]
        rows += seeded_sample([r for r in found if has_phone(r["fields"])], country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
