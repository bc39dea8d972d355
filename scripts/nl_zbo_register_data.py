"""Extract the real register that ``pii_held_out_241.py`` writes its records around into
``scripts/data/pii_nl_zbo_register.json``: the phone and e-mail fields of a register no earlier
part used (the Netherlands' register of autonomous administrative authorities, the ZBO-register
of the Ministry of the Interior; the Netherlands' earlier parts took DUO's schools, the
municipalities' general numbers, the childcare register and the Museumkaart's museums), exactly
as the register gives them.

One repository's copy, read from a git checkout at a named commit, values unchanged:

* ``osn/sources/zbo_register/zbo register.csv``: the ZBO-register's export (the register at
  almanak.zboregister.overheid.nl, the Almanak's list of every zelfstandig bestuursorgaan, an
  administrative authority of the central government that no minister directs), one row per
  ZBO, cluster of ZBOs or part of a cluster: the name and abbreviation, the postal and visiting
  address, ``Telefoon`` (the general number with the trunk ``0``, the area code set off by a
  space, ``070 7222000``, ``0513 468111``; a few in pairs, ``070 337 38 00``, or hyphenated,
  ``070-7517517``; ``0800 4887243`` and four ``0900`` numbers, ``0900 0210``), ``E-mail`` (an
  office's address, ``info@afm.nl``, or a sentence pointing to the web site's contact form,
  ``Via de website kunt u contact opnemen met deze organisatie.``), the web site, the ministry it
  answers to, the year it was founded, its staff in FTE (``574,1``, ``1.038``), the date and
  parliamentary paper of its last evaluation (``18/12/15``, ``TK 25268 nr. 132``), legal form,
  kind and the date of the entry's last change (``05/09/16``).

Kept: the rows whose ``Telefoon`` holds a number of six digits or more written as runs of digits
joined by single spaces or hyphens (21 rows, 19 of them clusters of ZBOs, have no number;
left out: one field with a control character and a stray quote in it,
``088 \\x12" 371 30 30``, and one whose area code is set off by a spaced hyphen,
``035 - 621 08 75``), in the file's order; each row as a mapping of the kept columns to the
published strings (the long prose columns, legal basis, tasks, grounds, notes, pension fund and
collective agreement, not kept). The register names no person in the kept columns.

    python scripts/nl_zbo_register_data.py NL_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nl_zbo_register.json"
PATH = "osn/sources/zbo_register/zbo register.csv"
PHONE = "Telefoon"
EMAIL = "E-mail"
# the register's columns kept (the long prose columns not)
COLUMNS = (
    "Naam", "Afkorting", "Straat", "Postcode", "Plaats", "Bezoekadres straat",
    "Bezoekadres postcode", "Bezoekadres plaats", PHONE, EMAIL, "Internetsite",
    "Relatie met ministerie", "Jaar van oprichting", "Personeelsomvang FTE",
    "Datum laatste evaluatieverslag", "Kamerstuknummer laatste evaluatieverslag",
    "Kaderwet van toepassing", "Rechtsvorm", "Type ZBO", "Mutatiedatum",
)  # fmt: skip
# a number as runs of digits joined by single spaces or hyphens
WRITTEN = re.compile(r"\d+(?:[ -]\d+)*")
SOURCES = {
    "NL": {
        "repository": "openstate/datasets",
        "commit": "002e61959fd1760739853c0ed8bb00f21a2dad8f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the ZBO-register (register van zelfstandige bestuursorganen) of the "
        "Netherlands' Ministry of the Interior and Kingdom Relations, published in the "
        "government's Almanak (almanak.zboregister.overheid.nl), its export as Open State "
        "Foundation copied it for its 'open state of the Netherlands' inventory of government "
        "bodies; the file added in 002e619 ('Add files via upload', 7 September 2016), "
        "unchanged at the head d103612",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the register's own terms of re-use were not read here",
        "language": "nl",
        "roles": {"name": "Naam", "phone": [PHONE], "email": [EMAIL]},
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> dict[str, str] | None:
    """The row's kept columns, or None where the row is not kept."""
    fields = {column: row[column] for column in COLUMNS}
    if not _has_phone(fields, [PHONE]) or not WRITTEN.fullmatch(fields[PHONE]):
        return None
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register's export, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        for i, row in enumerate(table):
            fields = kept(row)
            if fields is not None:
                rows.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
