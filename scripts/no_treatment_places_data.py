"""Extract the real register that ``pii_held_out_28.py`` writes its records around into
``scripts/data/pii_no_treatment_places.json``: the phone fields of a country whose register no
earlier part used (Norway), exactly as its public bodies published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``NO``: Norway's places of specialist treatment (hospitals, district psychiatric centres,
  outpatient clinics, private treatment places with a public contract) that helsenorge.no
  lists for its waiting-time service ("velg behandlingssted"), as Eurostat's GISCO team
  gathered them for its healthcare-services dataset (``data/healthcare/csv/NO.csv`` of the
  repository eurostat/basic-services, reference date 01/01/2020, published 16/04/2020):
  Norwegian eight-digit numbers as each place gave them, mostly in pairs (``73 95 45 50``),
  some in one run (``51577550``), a few grouped otherwise (``22 93 40 00``, ``+47 ...``);
  beside the place's nine-digit organisation number of the Central Coordinating Register
  for Legal Entities (``id``: ``972149519``, also in the helsenorge address ``url``), its
  four-digit postcode, the health trust it belongs to (``site_name``), coordinates and the
  dataset's reference and publication dates. The register has no e-mail field with a value.

Every row with a number of six digits or more in its ``tel`` column, ``CAP`` of them drawn
with a fixed seed, kept in the file's order. Each row is kept as a mapping of the file's column
names to the published strings; the register names no person (its names are the treatment
places' and health trusts', its addresses their premises), so no column is left out.

    python scripts/no_treatment_places_data.py NO_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_no_treatment_places.json"
CAP = 600
SOURCES = {
    "NO": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/NO.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Norwegian file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are the treatment places of "
        "helsenorge.no's waiting-time service (the Norwegian Directorate of Health, "
        "Helsedirektoratet; each row's url is https://helsenorge.no/velg-behandlingssted/"
        "ventetider-for-behandlingssted?orgnr=<id>), reference date 01/01/2020, published "
        "16/04/2020",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms under which Eurostat re-publishes helsenorge.no's list were not found",
        "language": "no",
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
