"""Extract the real list that ``pii_held_out_182.py`` writes its records around into
``scripts/data/pii_dz_ciar_agencies.json``: the phone, fax and mobile fields of a register no
earlier part used (Algeria's network of CIAR insurance agencies, as Transformatek collected it
from the insurer's web site; Algeria's earlier parts took the Banque Nationale d'Algérie's
branch list and the tax administration's structures in Algérie Télécom's directory, other
publishers and other kinds of institution), exactly as the file gives them.

``dz-datasets/insurance/ciar/ciar_branches.csv`` of the repository
transformatek/geo-enabled-datasets: the 319 points of sale of the Compagnie Internationale
d'Assurance et de Réassurance (CIAR), a private Algerian insurer (general agencies ``A.G``,
annexes ``ANX``, a few ``A.C``, ``A.D``, ``A.P`` and regional directorates ``D.R``), each with
its ``tel``, ``fax`` and ``mobile`` as published: Algerian numbers with the trunk ``0`` written
in groups of three joined by dots (``033.577.917``; mobiles of the insurer's fleet as
``0.561.604.588``), some with alternative last digits after ``/`` (``024.741.298/76``,
``0.561.604.671/72/73``), a few with two or three numbers after ``/`` or `` / ``
(``0.676.649.654 / 0.560.035.196``), a blank inside some (``023. 237.322``, ``031.477 126``)
and after two (``029.281.098 ``); beside the agency's code, type, address, commune, start date
(``6/1/13``), opening and closing hours (``08:00:00.000``), coordinates and wilaya number (of
the 48 wilayas). Every row with a number of six digits or more in ``tel``, ``fax`` or
``mobile``, in the file's order, each kept as a mapping of all of the file's columns to the
published strings (the list names no person: rows are agencies, known by code and place).

    python scripts/dz_ciar_agencies_data.py DZ_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_dz_ciar_agencies.json"
CAP = 600
SOURCES = {
    "DZ": {
        "repository": "transformatek/geo-enabled-datasets",
        "commit": "da4a3fa82bd05d8ee8302f449cce32afb18ce3ed",
        "path": "dz-datasets/insurance/ciar/ciar_branches.csv",
        "encoding": "utf-8",
        "publisher": "the Compagnie Internationale d'Assurance et de Réassurance (CIAR, "
        "laciar.com), its network of agencies as its web site lists them, collected, "
        "converted to CSV and checked by hand in QGIS by Transformatek, whose data set README "
        "names the site as the source and gives 01/05/2021 as its date; the file as committed "
        "in e0b0dd8 ('Add GAM assurance - Insurance company Dataset (#15)', 15 May 2021), "
        "unchanged since, read at the repository's head da4a3fa ('Update README.md', 8 July "
        "2021)",
        "licence": "CC BY 4.0 per the data set's README (dz-datasets/insurance/ciar/README.md, "
        "'Terms and conditions': 'Datasets are provided to you under a Creative Commons "
        "Attribution 4.0 International License'), attribution Transformatek (the repository's "
        "LICENSE file is CC0 1.0); CIAR's own terms for its agency list were not confirmed "
        "here",
        "language": "fr",
        "roles": {"phone": ["tel", "fax", "mobile"], "address": "address",
                  "commune": "commune", "code": "code_agence", "wilaya": "code_wil",
                  "register": "num"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
