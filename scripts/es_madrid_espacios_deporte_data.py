"""Extract the real list that ``pii_held_out_468.py`` writes its records around into
``scripts/data/pii_es_madrid_espacios_deporte.json``: the phone, fax and e-mail fields of a
register no earlier part used (the Ayuntamiento de Madrid's open-data directory of the sports
centres and spaces in the city that are not its own, Centros y espacios deportivos, data set
212808 of datos.madrid.es: sports clubs and schools, gyms, football grounds and stadiums, pools,
tennis and badminton courts, golf courses, basketball courts and boat houses; Spain's earlier
parts took XTEC's, the Comunidad de Madrid's and Galicia's schools, GISCO's hospitals, Castilla
y León's libraries, restaurants and museums, the CGPJ's courts, the BDGEL's councils, the
Ayuntamiento de Madrid's elderly centres, registered entities, medical care centres, hotels,
embassies, universities and theatres, Tenerife's centres and Euskadi's restaurants; no Spanish
part took sports clubs, gyms or sports grounds), exactly as the city gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``HandsOn/Group22/csv/212808-0-espacio-deporte.csv``: the city's data set 212808 as
  datos.madrid.es published it in 2015, ``;``-separated CSV in Windows-1252, every line ending
  in ``;``: 691 centres and spaces, 211 with a ``TELEFONO`` of seven digits or more (``913 085
  405``: nine digits in groups of three, often with trailing blanks; some in groups of two and
  three, ``91 359 33 39``; mobile lines, ``685534621``; fields of two or three numbers joined by
  `` / `` or `` - ``, some with the line's use in brackets, ``619 889 465 (Club de
  natación)``; twelve spread over two or three lines), its ``FAX`` and its ``EMAIL`` (the
  clubs' and centres' mailboxes, ``idmmoratalaz@madrid.es``, many on free mail services,
  ``arsubcde@gmail.com``; four with a dot before the ``@``), beside the name, transport, the
  street in its parts, postcode, neighbourhood and district, coordinates, the city's record id
  (``PK``) and the kind (``TIPO``, ``/contenido/entidadesYorganismos/CentrosEspaciosDeporte/
  Gimnasios``).

A centre is kept where its ``TELEFONO`` holds a number of seven digits or more, no number of its
``TELEFONO`` or ``FAX`` is one an earlier Spanish part's data holds (the number as a run of
digits and blanks of seven digits or more, or the field's digits together), no centre kept
before it has the same ``TELEFONO`` digits, and neither field spreads over two lines (a line
break at a field's end is written by no layout and does not count); every kept centre, in the
file's order (fewer than ``CAP``). Each is kept as the mapping of the file's named columns to
the published strings (the header's last, unnamed column, made by the trailing ``;``, is left
out), less ``DESCRIPCION-ENTIDAD``, ``DESCRIPCION`` and ``EQUIPAMIENTO`` (free text that may
name persons) and less the ``EMAIL`` of the centres whose address names a person (``PERSONAL``:
a local part that is a person's name or initials and surname), so the kept addresses are the
clubs' and centres' own.

    python scripts/es_madrid_espacios_deporte_data.py ES_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# (the readers' rules, which the part's test checks on the kept rows, re-exported)
from es_madrid_atencion_medica_data import earlier_runs
from es_madrid_atencion_medica_data import runs as runs
from es_madrid_universidades_data import DROPPED as DROPPED
from es_madrid_universidades_data import kept_centres
from register_contacts_data import digits_of as digits_of
from register_contacts_data import seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_es_madrid_espacios_deporte.json"
CAP = 300
PATH = "HandsOn/Group22/csv/212808-0-espacio-deporte.csv"
PHONE, FAX, EMAIL = "TELEFONO", "FAX", "EMAIL"
# e-mail fields whose address names a person, not kept
PERSONAL = frozenset({
    "Imalonso@rcphierro.com", "juancarlos.rodriguez@fmm.es", "jpeces@colegio-arcangel.com",
    "vidala60@gmail.com", "migrodv@telefonica.net", "juan.limia@uam.es",
    "ivanfernandezzamora@gmail.com", "pedro@kunlun.es", "gloria.sanjose@clh.es",
    "pascasibar@yahoo.es", "pacocandela1@yahoo.es", "tsanz@audysa.com", "jj.frechel.@gmail.com",
    "pabloesgrima@gmail.com", "casaresfesp@gmail.com",
})  # fmt: skip
# the earlier Spanish parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_xtec_schools.json", "pii_es_madrid_schools.json", "pii_es_hospitals.json",
    "pii_es_cyl_libraries.json", "pii_es_galicia_schools.json", "pii_es_cgpj_courts.json",
    "pii_es_bdgel_ayuntamientos.json", "pii_es_madrid_elderly_centres.json",
    "pii_es_cyl_restaurants.json", "pii_es_tenerife_centres.json",
    "pii_es_madrid_entities.json", "pii_es_cyl_museums.json",
    "pii_es_euskadi_restaurants.json", "pii_es_madrid_hotels.json",
    "pii_es_madrid_atencion_medica.json", "pii_es_madrid_embajadas.json",
    "pii_es_madrid_universidades.json",
)  # fmt: skip
SOURCES = {
    "ES": {
        "repository": "FacultadInformatica-LinkedData/Curso2015-2016",
        "commit": "8784b0a2294d3b08393d8cbde354f81682bfc4c4",
        "paths": [PATH],
        "encoding": "cp1252",
        "publisher": "Ayuntamiento de Madrid (the City of Madrid), its open-data portal "
        "datos.madrid.es: data set 212808 'Centros y espacios deportivos' (the sports clubs, "
        "gyms, grounds, pools and courts in the city that are not municipal sports centres), "
        "as CSV; copied into the course repository of the Universidad Politécnica de Madrid's "
        "Facultad de Informática by a student group (HandsOn/Group22, file last changed in "
        "3e16f4f, 20 October 2015; open-data exercises)",
        "licence": "not confirmed: the repository states no licence at this commit (no "
        "LICENSE file); the city's own terms for the data set on datos.madrid.es not "
        "confirmed here",
        "language": "es",
        "roles": {"name": "NOMBRE", "phone": [PHONE], "fax": [FAX], "email": EMAIL,
                  "address": ["CLASE-VIAL", "NOMBRE-VIA", "NUM", "CODIGO-POSTAL", "LOCALIDAD"],
                  "register": "PK", "kind": "TIPO"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres of the list, with the commit they were read at."""
    found = kept_centres(gits["ES"], SOURCES["ES"], (PATH,), earlier_runs(EARLIER), PERSONAL)
    return {"sources": SOURCES, "rows": seeded_sample(found, "ES", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
