"""Extract the real list that ``pii_held_out_366.py`` writes its records around into
``scripts/data/pii_es_madrid_atencion_medica.json``: the phone, fax and e-mail fields of a
register no earlier part used (the Ayuntamiento de Madrid's open-data list of medical care
centres, Centros de atención médica: the Comunidad de Madrid's primary care centres, specialist
and mental-health centres, the city's community-health and prevention centres and addiction
treatment centres, hospitals and clinics of the city; Spain's earlier parts took XTEC's, the
Comunidad de Madrid's and Galicia's schools, GISCO's hospitals, Castilla y León's libraries,
restaurants and museums, the CGPJ's courts, the BDGEL's councils, the Ayuntamiento de Madrid's
elderly centres and registered entities, Tenerife's education and culture centres, Euskadi's
restaurants and Madrid's hotels), exactly as the city gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``Centros_atencion_medica.csv``: the city's data set 212769 (Centros de atención médica) as
  datos.madrid.es publishes it, ``;``-separated CSV in ISO-8859-1, every value quoted, each
  line ending in ``;`` and a blank: 273 centres of the city of Madrid, each with its
  ``TELEFONO`` (``915 886 186``: nine digits in groups of three; a few ``91 588 96 77``; 66
  fields of two or three numbers joined by `` / `` or ``y``, some after a word
  (``CITACIONES: 917 791 312 / 913 807 910``, ``Centralita: 915 868 000 / Atención al
  paciente: 915 868 556 y 915 868 557``), with the line's use in brackets (``915 867 307
  (Información)``), a shortened alternative ending (``917 609 656/47``, ``915 885 100 / 06
  (Citas)``), three fields of two lines; ``901``, ``900`` and ``800`` lines among them), its
  ``FAX`` (44, one of two numbers), its ``EMAIL`` (62 filled: 60 desks' addresses,
  ``cadlatina@madrid.es``, ``info@hospitalrosario.com``; one holds a blank inside,
  ``cadhortaleza@madrid. es``, one a path of the city's web site instead of an address; two
  centres have no number), beside the name, description, hours, services, transport,
  accessibility, the street in its parts, postcode (``28045``), neighbourhood and district
  with their codes, UTM and geographic coordinates, the city's record id (``PK``, ``11867``)
  and the kind of centre (``TIPO``, a path ending ``/CentrosSalud``).

A centre is kept where its ``TELEFONO`` holds a number of seven digits or more, no number of
its ``TELEFONO`` or ``FAX`` is one an earlier Spanish part's data holds (the number as a run of
digits and blanks of seven digits or more, or the field's digits together), and no centre kept
before it has the same ``TELEFONO`` digits; every kept centre, in the file's order (fewer than
``CAP``). Each is kept as the mapping of the file's named columns to the published strings (the
header's last, unnamed column, made by the trailing ``;``, holds only the blank and is left out;
the list names no person: ``NOMBRE`` is the centre's name, which may honour one, ``Hospital
Universitario Nuestra Señora del Rosario``).

    python scripts/es_madrid_atencion_medica_data.py ES_GIT
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_es_madrid_atencion_medica.json"
CAP = 300
PATH = "HandsOn/Group05/csv/Centros_atencion_medica.csv"
PHONE, FAX = "TELEFONO", "FAX"
# the earlier Spanish parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_xtec_schools.json", "pii_es_madrid_schools.json", "pii_es_hospitals.json",
    "pii_es_cyl_libraries.json", "pii_es_galicia_schools.json", "pii_es_cgpj_courts.json",
    "pii_es_bdgel_ayuntamientos.json", "pii_es_madrid_elderly_centres.json",
    "pii_es_cyl_restaurants.json", "pii_es_tenerife_centres.json",
    "pii_es_madrid_entities.json", "pii_es_cyl_museums.json",
    "pii_es_euskadi_restaurants.json", "pii_es_madrid_hotels.json",
)  # fmt: skip
SOURCES = {
    "ES": {
        "repository": "FacultadInformatica-LinkedData/Curso2023-2024-ODKG",
        "commit": "4c389c8e6de5a60f40f68d087cc309be332e1d09",
        "paths": [PATH],
        "encoding": "latin-1",
        "publisher": "Ayuntamiento de Madrid (the City of Madrid), its open-data portal "
        "datos.madrid.es: data set 212769 'Centros de atención médica' (medical care centres "
        "of the city), as CSV; copied into the course repository by a student group in 4c389c8 "
        "('Add files via upload', 5 October 2023; HandsOn/Group05, an open-data knowledge-graph "
        "exercise)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the city's terms for the data set on datos.madrid.es were not read here",
        "language": "es",
        "roles": {"name": "NOMBRE", "phone": [PHONE], "fax": [FAX], "email": "EMAIL",
                  "address": ["CLASE-VIAL", "NOMBRE-VIA", "NUM", "CODIGO-POSTAL", "LOCALIDAD"],
                  "register": "PK", "kind": "TIPO"},
    },
}  # fmt: skip


def runs(value: str) -> set[str]:
    """The digits of each run of digits and blanks in ``value`` with seven digits or more
    (``915 885 801`` of ``915 885 801 / 915 885 810``), and of the whole value."""
    out = {digits_of(m) for m in re.findall(r"\d[\d ]*\d", value)}
    out.add(digits_of(value))
    return {d for d in out if len(d) >= 7}


def earlier_runs(earlier: tuple[str, ...]) -> set[str]:
    """Every number (``runs``) of every string value of the earlier Spanish parts' data (the
    extracts named in ``earlier``), also written with the country code ``34`` dropped."""
    out: set[str] = set()
    for name in earlier:
        rows = json.loads((DATA / name).read_text(encoding="utf-8"))["rows"]
        for value in (v for row in rows for v in row["fields"].values() if isinstance(v, str)):
            for d in runs(value):
                out.add(d)
                if d.startswith("34") and len(d) == 11:
                    out.add(d[2:])
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres of the list, with the commit they were read at."""
    meta = SOURCES["ES"]
    raw = _git(gits["ES"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_runs(EARLIER), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""), delimiter=";")):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen:
            continue
        if (runs(row[PHONE]) | runs(row[FAX])) & earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in row.items() if k}
        found.append({"country": "ES", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "ES", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
