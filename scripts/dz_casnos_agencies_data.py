"""Extract the real list that ``pii_held_out_391.py`` writes its records around into
``scripts/data/pii_dz_casnos_agencies.json``: the phone, fax and e-mail fields of a register no
earlier part used (Algeria's network of CASNOS agencies, as Transformatek collected it from the
fund's web site; Algeria's earlier parts took the Banque Nationale d'Algérie's branch list, the
tax administration's structures in Algérie Télécom's directory and CIAR's insurance agencies,
other publishers and other kinds of institution), exactly as the file gives them.

``dz-datasets/casnos/casnos_branches.csv`` of the repository
transformatek/geo-enabled-datasets: the 158 offices of the Caisse Nationale de Sécurité Sociale
des Non-Salariés (CASNOS, the social security fund of the self-employed): its head office
(``Direction Générale``), the agencies of the wilayas and their local offices (``G.S``/``GS``
guichets, antennes), each with its ``tel``, ``fax`` and ``email`` as published: Algerian
numbers with the trunk ``0``, the two- or three-digit area code and the line in pairs
(``027 77 44 58``), a few with alternative last digits after ``/`` (``025 21 54 86/85``), four
fields with two numbers after `` / `` (``031 92 33 70 / 031 91 27 50``); the agency's role
mailbox (``casnos02@casnos.com.dz``, shared by the offices of one wilaya; some written in
capitals, ``casnos38@CASNOS.COM.DZ``, seven with commas for dots, ``casnos26@casnos,com,dz``);
beside the office's id, name, address, coordinates and wilaya number (of the 48 wilayas).

A row is kept where its ``tel`` or ``fax`` holds a number of seven digits or more and no number
of its ``tel`` or ``fax`` is one that an earlier Algerian part's data holds (compared by digits,
the trunk ``0`` aside: the tax offices' directory writes ``27541822`` for ``027 54 18 22``),
in the file's order (fewer than ``CAP``, so no sample is drawn). Each is kept as the mapping
of all of the file's columns to the published strings (the list names no person: rows are
offices, known by place).

    python scripts/dz_casnos_agencies_data.py DZ_GIT
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_dz_casnos_agencies.json"
CAP = 400
PATH = "dz-datasets/casnos/casnos_branches.csv"
PHONES = ("tel", "fax")
# the earlier Algerian parts' data (no number of theirs is taken again)
EARLIER = ("pii_dz_bna_branches.json", "pii_dz_tax_offices.json", "pii_dz_ciar_agencies.json")
SOURCES = {
    "DZ": {
        "repository": "transformatek/geo-enabled-datasets",
        "commit": "da4a3fa82bd05d8ee8302f449cce32afb18ce3ed",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "the Caisse Nationale de Sécurité Sociale des Non-Salariés (CASNOS, "
        "casnos.com.dz), its agencies as its web site lists them (casnos.com.dz/nos-agences/), "
        "scraped, converted to CSV and checked by hand in QGIS by Transformatek, whose data "
        "set README names the site as the source and gives Mar 15, 2021 as its date; the file "
        "as committed in 14e4f74 ('Update Global README file and some file names'), unchanged "
        "since, read at the repository's head da4a3fa ('Update README.md', 8 July 2021)",
        "licence": "CC BY 4.0 per the repository's README ('Datasets are provided to you under "
        "a Creative Commons Attribution 4.0 International License (CC BY 4.0)'), attribution "
        "Transformatek; CASNOS's own terms for its agency list were not confirmed here",
        "language": "fr",
        "roles": {"name": "name", "phone": ["tel"], "fax": ["fax"], "email": "email",
                  "address": "address", "wilaya": "code", "register": "id",
                  "coordinates": ["lat", "lon"]},
    },
}  # fmt: skip


def _key(digits: str) -> str:
    """A number's digits without its trunk ``0`` (``027754182`` and ``27754182`` alike)."""
    return digits.lstrip("0")


def earlier_numbers() -> set[str]:
    """Every number (``numbers`` of each string value) of the earlier Algerian parts' data, as
    ``_key`` writes it, of seven digits or more."""
    out = set()
    for name in EARLIER:
        rows = json.loads((DATA / name).read_text(encoding="utf-8"))["rows"]
        for value in (v for row in rows for v in row["fields"].values() if isinstance(v, str)):
            for s, e in numbers(value):
                digits = digits_of(value[s:e])
                if len(digits) >= 7:
                    out.add(_key(digits))
    return out


def row_numbers(row: dict[str, str]) -> list[str]:
    """The digits of each number of the row's ``tel`` and ``fax``."""
    return [digits_of(f[s:e]) for f in (row[c] for c in PHONES) for s, e in numbers(f)]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the list, with the commit they were read at."""
    meta = SOURCES["DZ"]
    raw = _git(gits["DZ"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = earlier_numbers()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        got = row_numbers(row)
        if not any(len(d) >= 7 for d in got) or any(_key(d) in earlier for d in got):
            continue
        found.append({"country": "DZ", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "DZ", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
