"""Extract the real list that ``pii_held_out_245.py`` writes its records around into
``scripts/data/pii_ro_notaries.json``: the phone and e-mail fields of a register no earlier
part used (Romania's public notaries' offices, as the National Union of Public Notaries of
Romania (UNNPR) lists them; Romania's earlier part took the town halls), exactly as published.

One list, read from a git checkout at a named commit, values unchanged:

* ``Scrapper/scrapped/notaries_list.json``: the notaries' offices (birouri notariale) of the
  UNNPR's public register, scraped by the repository IonitaCatalin/now-web-project (a student
  map of notaries and translators), one JSON object per office: the notary's name, the chamber
  (``room``, ``BACĂU``), the address, locality and county, the register's one-sentence
  description (``Biroul notarial ... îşi desfăşoară activitatea în cadrul Camerei notarilor
  publici ...``), ``phone_numbers`` (a list of the register's lines, each with its kind as the
  register labels it: ``Fix: 0234 265 696``, ``Mobil: 0741 265 360``, ``RDS: 0330 193 997``,
  a second fixed line bare, ``0231 515 111``; the scraper also caught an ``E-mail...`` line
  there, which is no number), ``email_addr`` (one or more addresses joined by ``, `` or
  ``; ``) and the office's languages.

Kept: every office with at least one number whose every number line holds ten digits in the
register's shapes (``0234 265 696``, ``021 319 61 20``, ``021303.19.14``); offices repeated in
the file (the same name, numbers and e-mail) kept once, the first; a seeded sample of 240, in
the file's order. Each row keeps the office's fields as published, but the scraper's geocoded
``coordinates`` and its ``py/object`` tag, which are not the register's.

    python scripts/ro_notaries_data.py RO_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ro_notaries.json"
CAP = 240
PATH = "Scrapper/scrapped/notaries_list.json"
KEPT = ("name", "room", "address", "city", "county", "description", "phone_numbers",
        "email_addr", "languages")  # fmt: skip
# a number line: its kind as the register labels it (none for a second fixed line), then ten
# digits in one of the register's shapes
LINE = re.compile(
    r"(?:(Fix|Mobil|RDS|Tel/Fax): )?(\d{4} \d{3} \d{3}|\d{3} \d{3} \d{2} \d{2}|\d{6}\.\d{2}\.\d{2})"
)
SOURCES = {
    "RO": {
        "repository": "IonitaCatalin/now-web-project",
        "commit": "6595fba8aa2e7761db5052b3de2799c4b492a9a6",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Uniunea Națională a Notarilor Publici din România (UNNPR), its public "
        "register of notaries' offices (birouri notariale) by chamber, as the repository's "
        "scraper (Scrapper/notary_scrapper.py) read it into this JSON file (first committed "
        "in 863e94a 'first json with notaries', last changed in 4447c29)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the UNNPR's terms for its register were not read here",
        "language": "ro",
        "roles": {"name": "name", "phone": ["phone_numbers"], "email": "email_addr",
                  "address": ["address", "city", "county"]},
    },
}  # fmt: skip


def number_lines(office: dict[str, Any]) -> list[tuple[str, str]] | None:
    """(kind, number) of each number line of an office ("" for a bare second line), the
    scraper's ``E-mail`` lines left out; None where a line is not a number of the register's
    shapes (none of those offices is kept)."""
    out = []
    for line in office.get("phone_numbers") or []:
        if line.startswith("E-mail"):
            continue
        m = LINE.fullmatch(line)
        if not m:
            return None
        out.append((m.group(1) or "", m.group(2)))
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the list, with the commit it was read at."""
    meta = SOURCES["RO"]
    offices = json.loads(_git(gits["RO"], "show", f"{meta['commit']}:{PATH}").decode("utf-8"))
    found, seen = [], set()
    for i, office in enumerate(offices):
        lines = number_lines(office)
        key = (office["name"], tuple(office["phone_numbers"]), office["email_addr"])
        if not lines or key in seen:
            continue
        seen.add(key)
        found.append({"country": "RO", "path": f"{PATH}#{i}",
                      "fields": {k: office[k] for k in KEPT}})  # fmt: skip
    return {"sources": SOURCES, "rows": seeded_sample(found, "RO", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
