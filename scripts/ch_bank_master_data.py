"""Extract the real register that ``pii_held_out_47.py`` writes its records around into
``scripts/data/pii_ch_bank_master.json``: the phone and fax fields of a country whose register
no earlier part used (Switzerland), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``CH``: SIX Interbank Clearing's bank master (``BC-Bankenstamm``), the directory of the
  Swiss banks and their branches by bank clearing number, in its fixed-width text format, as
  Microsoft committed a copy of it as a resource of the Swiss Contoso Coffee demo data of
  Business Central (``des_bcbankenstamm.txt`` of the repository microsoft/ALAppExtensions,
  Windows-1252): Swiss numbers as the register gives them, most ``044 631 31 11``, some in
  the old Zurich area code (``01 334 40 20``), business numbers (``0848 223 223``), a few
  mistyped (``044317 41 11``, ``052 260 11 111``); beside each branch's clearing and SIC
  numbers (``001008``), postal account (``*80-2-2``), BIC, postcode and the day its entry took
  effect (``20050210``).

Every record of the file whose ``Telefon`` field holds a number of six digits or more and
whose ``Landcode`` is empty (a Swiss branch; the file's few branches abroad and in
Liechtenstein give their numbers without the country's calling code, which stands in
``Vorwahl``), a seeded sample of ``CAP``. Each row is kept as a mapping of the register's
field names to its fields as published, the fixed width's padding stripped; the register names
no person (its names are the banks', its addresses their branches'), so no field is left out.

    python scripts/ch_bank_master_data.py CH_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ch_bank_master.json"
CAP = 600
# the record's fields and their widths, in the register's order (298 characters a line)
FIELDS = (
    ("Gruppe", 2), ("BC-Nr", 5), ("Filial-ID", 4), ("BC-Nr neu", 5), ("SIC-Nr", 6),
    ("Hauptsitz", 5), ("BC-Art", 1), ("gültig ab", 8), ("SIC", 1), ("euroSIC", 1),
    ("Sprache", 1), ("Kurzbez.", 15), ("Bank/Institut", 60), ("Domizil", 35),
    ("Postadresse", 35), ("PLZ", 10), ("Ort", 35), ("Telefon", 18), ("Fax", 18),
    ("Vorwahl", 5), ("Landcode", 2), ("Postkonto", 12), ("SWIFT", 14),
)  # fmt: skip
WIDTH = sum(width for _, width in FIELDS)
SOURCES = {
    "CH": {
        "repository": "microsoft/ALAppExtensions",
        "commit": "821f23d010c123def2db00b18ac7bbd970834050",
        "path": "Apps/CH/ContosoCoffeeDemoDatasetCH/app/.resources/des_bcbankenstamm.txt",
        "encoding": "cp1252",
        "publisher": "SIX Interbank Clearing's bank master (BC-Bankenstamm) of Swiss banks "
        "and branches by bank clearing number, in its fixed-width text format (entries in "
        "effect from 1997 to 2005), as Microsoft committed a copy of it as a resource of the "
        "Swiss Contoso Coffee demo data of Business Central in 821f23d ('Syncing with version "
        "26.0.29027.0', 17 January 2025)",
        "licence": "not confirmed: the repository's LICENSE is the MIT License (Microsoft "
        "Corporation), which covers the repository; SIX's terms for the bank master it copies "
        "were not found",
        "language": "de",
        "roles": {"name": "Bank/Institut", "phone": ["Telefon"], "fax": "Fax",
                  "address": ["Domizil", "Postadresse", "PLZ", "Ort"],
                  "register": ["BC-Nr", "Filial-ID", "SIC-Nr"], "bic": "SWIFT",
                  "account": "Postkonto", "language": "Sprache"},
    },
}  # fmt: skip


def _record(line: str) -> dict[str, str]:
    """One line of the register as its fields, each cut at its width, the padding stripped."""
    assert len(line) == WIDTH, line
    out, at = {}, 0
    for name, width in FIELDS:
        out[name] = line[at : at + width].strip()
        at += width
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = []
        for i, line in enumerate(raw.decode(meta["encoding"]).splitlines(), 1):
            row = _record(line)
            if not row["Landcode"] and _has_phone(row, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
