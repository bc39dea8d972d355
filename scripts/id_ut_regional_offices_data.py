"""Extract the real list that ``pii_held_out_187.py`` writes its records around into
``scripts/data/pii_id_ut_regional_offices.json``: the address fields of a register no earlier
part used (Universitas Terbuka's regional offices, the Unit Program Belajar Jarak Jauh, UPBJJ-UT,
of Indonesia's state open university; Indonesia's earlier parts took a list of COVID-19 referral
hospitals and the Directorate General of Taxes' tax service offices), whose telephone, fax and
e-mail contacts stand inside the address as the list gives it.

One list, read from a git checkout at a named commit, values unchanged:

* ``files/sql/insert/ref_cabang_ut.sql``: the ``INSERT`` statements of the table
  ``ref_cabang_ut`` of SIDAPET, Universitas Terbuka's register of selected suppliers (its
  procurement units by branch), one per branch: ``kode_cabang_ut`` (``1``), ``kode_ppk``
  (``24``), ``upbjj_ut`` (``Unit Program Belajar Jarak Jauh (UPBJJ-UT) Banda Aceh``),
  ``cabang_ut`` (``UPBJJ-UT Banda Aceh``), ``alamat_ut`` (the street address, then after
  ``<br>`` the numbers under their labels and the mailbox: ``Telp. 0651-44749, 44750``,
  ``Faks. 0651-44757``, ``E-mail: ut-bandaaceh@ecampus.ut.ac.id``; one writes ``Tlp.``, two
  give no fax) and ``website`` (``aceh.ut.ac.id``).

Every row whose ``alamat_ut`` has a telephone number of six digits or more (the 39 regional
offices; the central units after them give a street address only), in the file's order; each
kept as a mapping of the table's six columns to the strings the statement writes (numbers as
their digits; the list names no person: ``cabang_ut`` is the office's name).

    python scripts/id_ut_regional_offices_data.py ID_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_id_ut_regional_offices.json"
CAP = 600
PATH = "files/sql/insert/ref_cabang_ut.sql"
COLUMNS = ("kode_cabang_ut", "kode_ppk", "upbjj_ut", "cabang_ut", "alamat_ut", "website")
# one statement: two numbers (or NULL) and four single-quoted strings ('' an escaped quote)
_STRING = r"'((?:[^']|'')*)'"
STATEMENT = re.compile(
    r"INSERT INTO ref_cabang_ut \([^)]*\) VALUES \((\d+|NULL), (\d+|NULL), "
    + ", ".join([_STRING] * 4)
    + r"\);"
)
# the telephone label the list writes before its numbers
TELP = re.compile(r"\b(?:Telp|Tlp)\. ")
SOURCES = {
    "ID": {
        "repository": "misterdan911/sidapet_db_migration",
        "commit": "cd5d14b570731a6950c775378dcaaa7a1878c274",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Universitas Terbuka (Indonesia's state open university), its regional "
        "offices (Unit Program Belajar Jarak Jauh, UPBJJ-UT) with their addresses, telephone "
        "and fax numbers and mailboxes, as the reference table ref_cabang_ut of SIDAPET, the "
        "university's register of selected suppliers, holds them; the SQL file as committed "
        "in cd5d14b ('update sql file', 17 January 2025) of a migration repository for that "
        "system",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the university's own terms for the office list were not read",
        "language": "id",
        "roles": {"name": "cabang_ut", "phone": ["alamat_ut"], "address": ["alamat_ut"]},
    },
}  # fmt: skip


def _has_telp(address: str) -> bool:
    """Whether the address gives a telephone line of six digits or more after its label."""
    m = TELP.search(address)
    line = address[m.end() :].split("\n")[0] if m else ""
    return sum(c.isdigit() for c in line) >= 6


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = []
        for i, m in enumerate(STATEMENT.finditer(text)):
            values = [v.replace("''", "'") if k > 1 else v for k, v in enumerate(m.groups())]
            fields = dict(zip(COLUMNS, values, strict=True))
            if not _has_telp(fields["alamat_ut"]):
                continue
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
