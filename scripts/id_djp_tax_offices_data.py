"""Extract the real list that ``pii_held_out_137.py`` writes its records around into
``scripts/data/pii_id_djp_tax_offices.json``: the address fields of a register no earlier part
used (the Directorate General of Taxes' list of tax service offices, Kantor Pelayanan Pajak,
by their three-digit KPP code; Indonesia's earlier part took a list of COVID-19 referral
hospitals), whose telephone and fax numbers stand inside the address as the list gives it.

One list, read from a git checkout at a named commit, values unchanged:

* ``src/kpp.js``: a JavaScript object of the KPP codes (``"001"``) of the Direktorat Jenderal
  Pajak, each with its ``nama_kantor`` (``KPP Pratama Jakarta Matraman``) and its ``alamat``,
  the street address followed by the numbers under their labels (``Jalan Matraman Raya No. 43
  Jakarta Timur 13140 Telp.021-8566928,8566929 Fax 021-8566927``; newer entries ``, Kode Pos
  12190 , Telpon 021-22775100 , Fax 021-22775058`` and the former address after
  ``*Sebelumnya :``), as the package validatorNPWP copied it from a list of KPP codes and
  addresses (its README names blog.rivaekaputra.com's 'Kode KPP dan Alamat', 2015).

Every entry whose ``alamat`` has a telephone or fax number of six digits or more, in the file's
order; each kept as a mapping of its code, name and address to the published strings (the list
names no person: ``nama_kantor`` is the office's name).

    python scripts/id_djp_tax_offices_data.py ID_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_id_djp_tax_offices.json"
CAP = 600
PATH = "src/kpp.js"
# one entry of the object: its code, its office's name and its address, as the file writes them
ENTRY = re.compile(r'"(\d{3})": \{\s*nama_kantor: "([^"]*)",\s*alamat: "([^"]*)"\s*\}')
SOURCES = {
    "ID": {
        "repository": "Tokorame-Dev/validatorNPWP",
        "commit": "1321482f496aa7fe5de210930def2db7bbdc0649",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Direktorat Jenderal Pajak (Directorate General of Taxes, Ministry of "
        "Finance, Indonesia), its tax service offices (Kantor Pelayanan Pajak) by KPP code "
        "with their addresses, telephone and fax numbers, as the package validatorNPWP "
        "copied them (first committed in 019e9e9, 'initial commit', 9 July 2021), whose "
        "README names blog.rivaekaputra.com's list 'Kode KPP dan Alamat' (27 October 2015) "
        "as its reference",
        "licence": "not confirmed: the repository's package.json and README put the package "
        "under MIT (the software); no terms for the list itself were read",
        "language": "id",
        "roles": {"name": "nama_kantor", "phone": ["alamat"], "address": ["alamat"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = []
        for i, m in enumerate(ENTRY.finditer(text)):
            code, name, address = m.groups()
            numbers = re.split(r"Telp|TELP|Fax|FAX", address, maxsplit=1)[1:]
            if not numbers or sum(c.isdigit() for c in numbers[0]) < 6:
                continue
            fields = {"kode": code, "nama_kantor": name, "alamat": address}
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
