"""Extract the real list that ``pii_held_out_205.py`` writes its records around into
``scripts/data/pii_id_bandung_puskesmas.json``: the phone fields of a register no earlier part
used (the Bandung City Health Office's list of its community health centres, puskesmas;
Indonesia's earlier parts took COVID-19 referral hospitals, the tax offices and Universitas
Terbuka's regional offices), exactly as the office's site gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``application/views/pages/puskesmas.php``: the ``PUSKESMAS`` page of a site built for the
  Dinas Kesehatan Kota Bandung (a CodeIgniter view): one HTML table of the city's 73 puskesmas,
  each row's cells ``NO``, ``NAMA PUSKESMAS`` (``UPT CIBUNTU``), ``KODE PUSKESMAS`` (the
  ministry's facility code, ``P3273010201``), ``ALAMAT`` (street and kecamatan), ``TELEPON``
  (a local Bandung number with no area code or trunk ``0``, seven or eight digits, ``6021597``,
  ``70722593``; one with a trailing blank; one with two numbers joined by a slash,
  ``2500334/2509292``; 8 empty) and ``JENIS PUSKESMAS`` (``Non Perawatan``: out-patient).

Every row with a number of six digits or more in ``TELEPON``, in the table's order; each row
kept as a mapping of the table's column names to the cells' text as published (no cell names a
person: ``NAMA PUSKESMAS`` is the centre's name).

    python scripts/id_bandung_puskesmas_data.py ID_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_id_bandung_puskesmas.json"
CAP = 600
PATH = "application/views/pages/puskesmas.php"
SOURCES = {
    "ID": {
        "repository": "Zame31/dinkes",
        "commit": "cd2b095a4ec3881be2e55edd2e3fa7b2087be521",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Dinas Kesehatan Kota Bandung (the Bandung City Health Office, West Java), "
        "its list of the city's community health centres (puskesmas) with their facility codes, "
        "addresses and telephone numbers, as a site built for the office shows it (contact page: "
        "dinkes@bandung.go.id); the page added in e8718bd ('page puskesmas', 26 August 2016), "
        "unchanged at the repository's head cd2b095 ('tambah link', 31 August 2016)",
        "licence": "not confirmed: the repository has no LICENSE file and no README of its own "
        "(the CodeIgniter framework's files only); the office's terms for the list were not "
        "found",
        "language": "id",
        "roles": {"name": "NAMA PUSKESMAS", "phone": ["TELEPON"], "address": ["ALAMAT"]},
    },
}  # fmt: skip

_ROW = re.compile(r"<tr[^>]*>(.*?)</tr>", re.S)
_CELL = re.compile(r"<t([dh])>(.*?)</t[dh]>", re.S)


def table_rows(html: str) -> list[dict[str, str]]:
    """The table's body rows as mappings of its header cells to each row's cells' text, as
    published (the page's cells hold plain text, no markup)."""
    header: list[str] = []
    rows = []
    for tr in _ROW.finditer(html):
        cells = _CELL.findall(tr.group(1))
        if cells and all(kind == "h" for kind, _ in cells):
            header = [text for _, text in cells]
        elif cells:
            assert len(cells) == len(header), cells
            rows.append(dict(zip(header, (text for _, text in cells), strict=True)))
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": row}
                for i, row in enumerate(table_rows(raw.decode(meta["encoding"])))
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
