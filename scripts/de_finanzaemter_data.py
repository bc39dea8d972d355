"""Extract the real list that ``pii_held_out_236.py`` writes its records around into
``scripts/data/pii_de_finanzaemter.json``: the phone, fax and e-mail fields of a register no
earlier part used (Germany's tax offices, Finanzämter, as the Bundeszentralamt für Steuern's
Gemeinsames Finanzamtsverzeichnis lists them; Germany's earlier parts took other publishers'
registers of schools, day-care centres, universities and health offices), exactly as published.

One list, read from a git checkout at a named commit, values unchanged:

* ``data/finanzaemter.json``: the GemFA export (``GemFA_Export_20250423_1036.xml``, the BZSt's
  XML of every tax office with its Bundesfinanzamtsnummer) as the npm package ``finanzamt``
  (kontist/finanzamt) converts it (``scripts/data-convert.js``: each ``Finanzamt`` element's
  ``BuFaNr`` and ``Name``, its ``HausanschriftType`` address and the ``Inhalt`` of its
  ``Kontakt`` entries named ``Tel``, ``Fax``, ``Mail`` and ``URL``, the strings unchanged): 601
  offices, main offices, branch offices (``Außenst.``), offices for corporations, audits, tax
  investigation and real estate, state cash offices; German numbers as each office gave them,
  the trunk ``0``, the area code, a blank or a slash and the number, often with the
  switchboard's ``-0`` (``04551 54-0``, ``07243/5080``, ``(07361) 9578-0``, ``030 9024-13 0``,
  ``0831 256 - 0``), a fax in 445, an office mailbox in 223 (``poststelle@fa-kiel.landsh.de``).

Every office whose ``tel`` holds seven digits or more: the 19 Hamburg offices whose ``tel`` is
``040 115`` (the area code and the public-administration service number ``115``, no line of the
office's own, six digits) are left out. A seeded sample of 400 of the 582, in the file's order
(``register_contacts_data.seeded_sample``). Each office kept as a mapping of its fields to the
published strings, the address's keys under ``hausanschrift.`` (the list names no person: the
mailboxes are the offices', ``poststelle@...``, ``office@...``, ``FAHamburgMitte@...``).

    python scripts/de_finanzaemter_data.py DE_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_de_finanzaemter.json"
CAP = 400
PATH = "data/finanzaemter.json"
SOURCES = {
    "DE": {
        "repository": "kontist/finanzamt",
        "commit": "f0913cc821061e06699d776fa30fcb2cc147af23",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Bundeszentralamt für Steuern (BZSt), the Gemeinsames "
        "Finanzamtsverzeichnis (GemFA: every German tax office, its Bundesfinanzamtsnummer, "
        "address and contact entries) in its export GemFA_Export_20250423_1036.xml, converted "
        "to JSON by the repository's scripts/data-convert.js (values unchanged) in f0913cc "
        "('Update GemFA export (#92)', 24 April 2025), the npm package finanzamt's data",
        "licence": "not confirmed for the data: the repository's LICENSE is the MIT License "
        "(Kontist GmbH, 2020) for its code and names no terms for the BZSt's list; the BZSt's "
        "terms for the GemFA export were not read here",
        "language": "de",
        "roles": {
            "name": "name",
            "phone": ["tel"],
            "fax": ["fax"],
            "email": "mail",
            "address": ["hausanschrift.strasse", "hausanschrift.plz", "hausanschrift.ort"],
        },
    },
}  # fmt: skip


def digits(value: str) -> int:
    """How many digits ``value`` holds."""
    return sum(c.isdigit() for c in value)


def flat(office: dict[str, Any]) -> dict[str, str]:
    """An office's fields as strings, the address's keys under ``hausanschrift.``."""
    out: dict[str, str] = {}
    for key, value in office.items():
        if isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            out[key] = value
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        offices = json.loads(raw.decode(meta["encoding"]))
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": flat(office)}
            for i, office in enumerate(offices)
            if digits(office.get("tel") or "") >= 7
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
