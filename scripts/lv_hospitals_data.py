"""Extract the real list that ``pii_held_out_139.py`` writes its records around into
``scripts/data/pii_lv_hospitals.json``: the phone fields of a register no earlier part used
(Latvia's hospitals in Eurostat GISCO's healthcare-services list; Latvia's earlier part took the
State Education Information System's education institutions, another publisher and another kind
of institution), exactly as the file gives them.

``data/healthcare/csv/LV.csv`` of the repository eurostat/basic-services: Latvian hospitals and
their sites (``hospital_name``, ``site_name``), each with its ``tel`` as published, the Latvian
eight digits after ``Tālr.`` (``Tālr.67064499``; four with a blank after the point, ``Tālr.
65307603``; three with two or three numbers joined by commas, ``Tālr. 63924696, 63923433,
63923153``; three numbers given for two sites each; one with a note, ``Tālr.67069600 -
uzziņas``), beside the address, postcode (``LV-1004``), city, coordinates, bed count, reference
and publication dates. Every row with a number of six digits or more in ``tel``, in the file's
order, each kept as a mapping of all of the file's columns to the published strings (the list
names no person). Some rows give further numbers in the ``email`` and ``url`` columns (the
file's columns shifted there); those columns are kept in the data but never written into a
record.

    python scripts/lv_hospitals_data.py LV_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_lv_hospitals.json"
CAP = 600
SOURCES = {
    "LV": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/LV.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Latvian file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are Latvian hospitals and "
        "their sites, reference date 04/15/2020, published 17/04/2020; the Latvian body "
        "Eurostat took them from is not named in the file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Latvian source were not found",
        "language": "lv",
        "roles": {"name": "hospital_name", "phone": ["tel"], "register": "id",
                  "postcode": "postcode", "city": "city"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
