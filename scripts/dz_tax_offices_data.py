"""Extract the real list that ``pii_held_out_147.py`` writes its records around into
``scripts/data/pii_dz_tax_offices.json``: the phone fields of a register no earlier part used
(Algeria's tax offices, directorates, inspections and collection offices of the tax
administration, as Transformatek collected them from Algérie Télécom's telephone directory;
Algeria's earlier part took the Banque Nationale d'Algérie's branch list, another publisher and
another kind of institution), exactly as the file gives them.

``dz-datasets/impots/impots.csv`` of the repository transformatek/geo-enabled-datasets: 849
tax structures (``name`` as the directory lists them, ``. IMPOTS Direction``, ``. DIRECTION
DES IMPOTS``, ``. IMPOTS Recette Contributions Divers``, ``Inspection IMPOTS``...), each with its
``tel`` as published: Algerian numbers with the trunk ``0``, the two- or three-digit area code
and the line in pairs (``049 22 06 64``), several joined by two blanks, a hyphen and a blank
(``029 66 20 16  - 029 66 20 17  - 029 69 45 53``; up to some thirty in one field; one field
joined by single blanks, ``049 37 07 65 - 049 37 07 77``), or eight digits in one run without
the trunk ``0`` (``27541822``); four fields give a number as ``213`` and nine digits
(``213 471243418``); beside the address (the commune, street and wilaya joined by commas), the
coordinates, the wilaya and its official number. Every row with a number of six digits or more
in ``tel`` (819 of 849), a seeded sample of 440 of them in the file's order, each kept as a
mapping of all of the file's columns to the published strings (the list names no person: the
names are the offices').

    python scripts/dz_tax_offices_data.py DZ_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_dz_tax_offices.json"
CAP = 440
SOURCES = {
    "DZ": {
        "repository": "transformatek/geo-enabled-datasets",
        "commit": "da4a3fa82bd05d8ee8302f449cce32afb18ce3ed",
        "path": "dz-datasets/impots/impots.csv",
        "encoding": "utf-8",
        "publisher": "Algérie Télécom's online telephone directory (algerietelecom.dz/fr/"
        "annuaire), its entries of the tax administration's structures (directions, "
        "inspections, recettes and centres des impôts), geocoded with OpenStreetMap "
        "(Geofabrik's Algeria extract) and checked by hand by Transformatek, whose data set "
        "README names both sources and gives 11/04/2021 as its date; the file as committed in "
        "550d5fc ('added dataset', 5 April 2021) and 4edf9c7 ('added Tindouf Wilaya'), "
        "unchanged since, read at the repository's head da4a3fa ('Update README.md', 8 July "
        "2021)",
        "licence": "CC BY 4.0 per the data set's README (dz-datasets/impots/README.md, 'Terms "
        "and conditions': 'Datasets are provided to you under a Creative Commons Attribution "
        "4.0 International License'), attribution Transformatek; the directory's own terms "
        "and the OpenStreetMap part's ODbL were not confirmed here",
        "language": "fr",
        "roles": {"name": "name", "phone": ["tel"], "address": "address",
                  "wilaya": "wilaya", "code": "code", "register": "num"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
