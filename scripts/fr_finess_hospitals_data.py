"""Extract the real register that ``pii_held_out_237.py`` writes its records around into
``scripts/data/pii_fr_finess_hospitals.json``: the phone fields of a register no earlier part
used (France, whose earlier parts took the COVID-19 testing sites, farm shops on OpenStreetMap,
DILA's service-public.fr offices, the Annuaire de l'éducation's schools, Montpellier's
associations, the Musées de France and the France services counters: this is the country's
hospitals and other health establishments of the FINESS register as Eurostat GISCO re-publishes
them), exactly as published.

One register, read from a git checkout at a named commit, values unchanged:

* ``FR``: France's health establishments with beds (centres hospitaliers, CHR/CHU, psychiatric
  hospitals, follow-up and rehabilitation, long-stay, private clinics, cancer centres) of the
  Fichier national des établissements sanitaires et sociaux (FINESS, ministère des Solidarités
  et de la Santé / DREES), as Eurostat's GISCO team gathered them for its healthcare-services
  dataset (``data/healthcare/csv/FR.csv`` of the repository eurostat/basic-services, FINESS
  extraction of 06/03/2020, published 16/04/2020): the number in one run of nine digits, its
  trunk ``0`` lost in the conversion (``474454647`` for ``04 74 45 46 47``), beside the FINESS
  establishment number with its leading ``0`` lost too (``id``: ``10000024``, eight or nine
  digits), the name and site, street, house number, five-digit postcode, city, coordinates, the
  FINESS category and the public or private status, and the dataset's reference and publication
  dates. The register has no e-mail field with a value.

Every row with a number of six digits or more in its ``tel`` column, ``CAP`` of them drawn
with a fixed seed, kept in the file's order. Each row is kept as a mapping of the file's column
names to the published strings; the register names no person (its names are the
establishments' and sites', its addresses their premises), so no column is left out.

    python scripts/fr_finess_hospitals_data.py FR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_finess_hospitals.json"
CAP = 600
SOURCES = {
    "FR": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/FR.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "French file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are the health establishments "
        "of the FINESS register (Fichier national des établissements sanitaires et sociaux, "
        "ministère des Solidarités et de la Santé, DREES; data.gouv.fr 'FINESS Extraction du "
        "Fichier des établissements'), as read by the repository's "
        "src/gisco_java/.../healthcare/cntr/FR.java from FR_2020_04_02.csv, reference date "
        "06/03/2020, published 16/04/2020",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; the "
        "FINESS extraction itself is published on data.gouv.fr under the Licence Ouverte "
        "(not read here for this copy)",
        "language": "fr",
        "roles": {"name": "hospital_name", "site": "site_name", "phone": ["tel"],
                  "register": "id", "postcode": "postcode", "city": "city",
                  "kind": "facility_type"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
