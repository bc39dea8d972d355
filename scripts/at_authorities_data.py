"""Extract the real directory that ``pii_held_out_170.py`` writes its records around into
``scripts/data/pii_at_authorities.json``: the phone, fax and e-mail fields of a directory no
earlier part used (Austria's authorities and public bodies as the volunteers of
auskunftsbegehren.at collected them; Austria's earlier parts took the OeNB's bank directory and
Eurostat GISCO's hospitals, other publishers and other kinds of institution), exactly as the
directory gives them.

Forty-four CSV files of one repository, read from a git checkout at a named commit, values
unchanged; every file but those of ``privat/`` (banks, insurers, retailers, credit agencies,
churches, clubs: not public bodies, and the banks a kind an earlier part took):

* ``bund/*.csv``: federal authorities and ministries, chambers, social-insurance bodies,
  interest groups, parties and state-owned companies;
* ``<state>/*.csv`` for the nine states (``burgenland`` ... ``wien``): the state's government
  offices, its district authorities (Bezirkshauptmannschaften; Vienna's Magistratische
  Bezirksämter and Magistratsabteilungen), its vocational schools (Berufsschulen) and, for
  Vienna, universities and adult-education centres (Volkshochschulen).

Each file has the same columns (``Id``, ``Name``, ``Name_Lang``, ``Branche``, ``Typ``,
``Adresse``, ``PLZ``, ``E-Mail``, ``Homepage``, ``Tel``, ``Fax``, ``Datenquelle``,
``Pruefung``); the numbers are in the form the directory asks of its contributors, the calling
code and the number in one run with no separator (``+431400090309``), some with a slash after
the area code (``+43662/8042``), many with a leading ``'`` or ``‘`` a spreadsheet kept (the text
marker typed so the ``+`` survives). ``CAP`` rows of those with a number of six digits or more in
``Tel``, a seeded sample in the files' order (``bund`` first, then the states, each directory's
files by name); each row kept as a mapping of the file's columns to the published strings, less
``E-Mail`` where its local part names a person (``PERSONAL``: read one by one; the directory's
institutions' own addresses, ``post@...``, ``office@...``, ``direktion@...``, are kept). No
other column names a person: ``Name`` and ``Name_Lang`` are the body's name.

    python scripts/at_authorities_data.py AT_GIT
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_at_authorities.json"
CAP = 500
COMMIT = "63cc65c8ba37d881c67f18db016ca05dc8fe36e0"
DIRECTORIES = (
    "bund", "burgenland", "kaernten", "niederoesterreich", "oberoesterreich", "salzburg",
    "steiermark", "tirol", "vorarlberg", "wien",
)  # fmt: skip
# the e-mail fields whose local part names a person (a first name, a surname or both), left out
PERSONAL = frozenset({
    "a.fuchs@kpoe-steiermark.at", "andreas.gleirscher@lkv-tirol.at", "bruno.dengg@plansee.com",
    "christian.sevcik@bildung-wien.gv.at", "markus.rauscher@vhs.at",
})  # fmt: skip
SOURCES = {
    "AT": {
        "repository": "cyber-perikarp/auskunftsbegehren_at_adressen",
        "commit": COMMIT,
        "paths": [],  # filled in from the tree at COMMIT: every CSV file of DIRECTORIES
        "encoding": "utf-8",
        "publisher": "auskunftsbegehren.at (the association cyber-perikarp), its address data "
        "of Austrian authorities, public-law bodies and state-owned companies that its GDPR "
        "request generator serves, collected by its contributors from the bodies' own pages "
        "and help.gv.at (README: 'Adressdaten österreichischer Behörden, staatsnaher "
        "Unternehmen, öffentlich-rechtlichen Körperschaften ...'); read at the commit before "
        "the repository moved to GitLab (63cc65c, 'sozialversicherung', 16 October 2021)",
        "licence": "CC BY-SA 4.0 (the repository's README and LICENSE.txt, Creative Commons "
        "Attribution-ShareAlike 4.0 International)",
        "language": "de",
        "roles": {"name": "Name", "phone": ["Tel"], "fax": ["Fax"], "email": "E-Mail",
                  "address": ["Adresse", "PLZ"]},
    },
}  # fmt: skip


def csv_paths(git_dir: Path) -> list[str]:
    """Every CSV file of ``DIRECTORIES`` at ``COMMIT``, each directory's files by name."""
    names = _git(git_dir, "ls-tree", "-r", "--name-only", COMMIT).decode().split("\n")
    return [
        p
        for d in DIRECTORIES
        for p in sorted(names)
        if p.startswith(f"{d}/") and p.endswith(".csv")
    ]


def keep(row: dict[str, str]) -> dict[str, str]:
    """The row's columns as published, less an e-mail field that names a person."""
    return {k: v for k, v in row.items() if not (k == "E-Mail" and v.strip() in PERSONAL)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit they were read at."""
    rows = []
    sources = {c: dict(meta) for c, meta in SOURCES.items()}
    for country, git_dir in gits.items():
        meta = sources[country]
        meta["paths"] = csv_paths(git_dir)
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{COMMIT}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": keep(row)}
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": sources, "rows": rows}


def seeded_sample(found: list[dict[str, Any]], country: str, cap: int) -> list[dict[str, Any]]:
    """At most ``cap`` of the rows, a sample seeded by the country, in the files' order
    (``register_contacts_data.seeded_sample`` orders by the row's index, which restarts in
    each file)."""
    if len(found) <= cap:
        return found
    picked = set(map(id, random.Random(f"register:{country}").sample(found, cap)))
    return [row for row in found if id(row) in picked]


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
