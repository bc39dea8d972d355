"""Extract the real register that ``pii_held_out_218.py`` writes its records around into
``scripts/data/pii_se_scb_agencies.json``: the phone and e-mail fields of a register no earlier
part used (Statistics Sweden's register of government agencies, Myndighetsregistret; Sweden's
earlier part took Systembolaget's shops), exactly as the register gives them.

One register, read from a git checkout at a named commit, values unchanged:

* ``SE``: SCB's Myndighetsregistret (myndighetsregistret.scb.se), the state's administrative
  agencies, the agencies under the Riksdag, the public enterprises, the AP funds, the courts
  and the Swedish missions abroad, as the repository civictechsweden/myndighetsdata converts
  the register's six Excel downloads into one JSON object (``data/scb.json``; one entry per
  agency keyed by its name, the register's ``Tfn`` as ``phone`` and ``Epost`` as ``email``,
  agencies that ended or started beside them): Swedish numbers as one run of digits with the
  trunk ``0`` (``087000800``, ``0771670670``, ``0455385000``) and the missions' numbers in
  international form with spaces, a bracketed area code or trunk, or a ``(-)``
  (``+93 20 210 49 12``, ``+33 (0)1 44 18 88 00``, ``+45 (-) 33 36 03 70``; two with a second
  number after `` / ``), beside the agency's ten-digit organisation number (``202100-5943``),
  its SFS instruction (``2007:1216``), postal and visiting addresses with five-digit postcodes
  in two groups (``103 15``), web address and group.

Every entry whose ``phone`` is a string with a number of six digits or more (418 of 534; three
hold a JSON number that lost its trunk ``0`` and are left out), 360 drawn with a fixed seed,
kept in the file's order. Each is kept as the agency's name (``name``) and the entry's fields,
the nested addresses flattened to dotted keys (``postal_address.postcode``), every value as the
file holds it. Two e-mail addresses name a person (a first name, a full name) and are left out
of the data; one ``email`` holds a web address, kept as published and never labelled.

    python scripts/se_scb_agencies_data.py SE_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_se_scb_agencies.json"
CAP = 360
PATH = "data/scb.json"
# the agencies whose e-mail address in the register names a person (a first name, a full
# name): their address is left out of the data
PERSONAL_EMAILS = frozenset({"HARPSUNDSNÄMNDEN", "Svenska FAO-kommittén"})
SOURCES = {
    "SE": {
        "repository": "civictechsweden/myndighetsdata",
        "commit": "e5b5c07e6dd1db93cd4926a3e72f9966a3aecd18",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Statistiska centralbyrån (SCB, Statistics Sweden), its register of "
        "government agencies (Myndighetsregistret, myndighetsregistret.scb.se), downloaded in "
        "its six groups as Excel files and converted to JSON by the repository's "
        "sources/scb.py (data/scb.json last updated in 44c4fe8, 'Update data', 2 January "
        "2026)",
        "licence": "not confirmed: the repository has no LICENSE file; its README says the "
        "code is AGPLv3 and that the data of all its sources is CC0 'either explicitly or "
        "through praxis'; SCB's own terms for the register were not read here",
        "language": "sv",
        "roles": {"name": "name", "phone": ["phone"], "email": ["email"],
                  "address": ["office_address.address", "postal_address.address"]},
    },
}  # fmt: skip


def _flat(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry's fields, a nested mapping's keys joined to its own by a dot."""
    out: dict[str, Any] = {}
    for key, value in entry.items():
        if isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            out[key] = value
    return out


def _has_phone(entry: dict[str, Any]) -> bool:
    """A ``phone`` string with a number of six digits or more."""
    value = entry.get("phone")
    return isinstance(value, str) and sum(c.isdigit() for c in value) >= 6


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the register, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        register = json.loads(raw.decode(meta["encoding"]))
        found = []
        for i, (name, entry) in enumerate(register.items()):
            if not _has_phone(entry):
                continue
            fields = {"name": name, **_flat(entry)}
            if name in PERSONAL_EMAILS:
                del fields["email"]
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
