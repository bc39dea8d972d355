"""Extract the real list that ``pii_held_out_420.py`` writes its records around into
``scripts/data/pii_es_madrid_universidades.json``: the phone, fax and e-mail fields of a register
no earlier part used (two lists of the Ayuntamiento de Madrid's open-data directory of entities
and bodies: the universities, faculties, university schools, colegios mayores and other
higher-education centres in the city, Universidades y centros de educación superior, data set
203166 of datos.madrid.es, and its theatres and performance halls, Teatros; Spain's
earlier parts took XTEC's, the Comunidad de Madrid's and Galicia's schools, GISCO's hospitals,
Castilla y León's libraries, restaurants and museums, the CGPJ's courts, the BDGEL's councils,
the Ayuntamiento de Madrid's elderly centres, registered entities, medical care centres, hotels
and embassies, Tenerife's education and culture centres and Euskadi's restaurants; no Spanish
part took universities or theatres), exactly as the city gives them.

Two lists, read from a git checkout at a named commit, values unchanged:

* ``HandsOn/Group17/csv/203166-0-universidades-educacion.csv``: the city's data set 203166 as
  datos.madrid.es published it in 2017, ``;``-separated CSV in Windows-1252 after four empty
  lines, every line ending in ``;``: 159 centres, each with its ``TELEFONO`` (``913 942 999``:
  nine digits in groups of three, often with trailing blanks; fields of two to five numbers
  joined by `` / ``, ``-``, ``,`` or ``y``, some with the line's use in brackets, ``914 974 331
  (Información y Conserjería)``; a few spread over two lines), its ``FAX`` and its ``EMAIL``
  (the centres' mailboxes, ``info@ucjc.edu``; two fields of two addresses joined by `` / ``),
  beside the name, timetable, transport, the street in its parts, postcode, neighbourhood and
  district, coordinates, the city's record id (``PK``) and the kind (``TIPO``,
  ``/contenido/entidadesYorganismos/Universidades/...``);
* ``HandsOn/Group14/csv/ocio_salas.csv``: the city's list of theatres (``TIPO``
  ``/contenido/entidadesYorganismos/Teatros``) as datos.madrid.es published it in 2017, the
  same columns and encoding: 103 theatres, cafés-teatro, flamenco tablaos, alternative halls
  and concert halls, their ``TELEFONO`` (landlines and the mobile lines of small halls, ``646
  014 165``; some in other groupings, ``636 54 68 50``), ``FAX`` and ``EMAIL`` (the halls'
  mailboxes, some on free mail services, ``sala.la.usina@gmail.com``).

A centre is kept where its ``TELEFONO`` holds a number of seven digits or more, no number of its
``TELEFONO`` or ``FAX`` is one an earlier Spanish part's data holds (the number as a run of
digits and blanks of seven digits or more, or the field's digits together), and no centre kept
before it has the same ``TELEFONO`` digits, and where neither field spreads over two lines
(``Montes 913 367 073 /`` above ``Forestal 913 367 652``; a line break at a field's end is
written by no layout and does not count); every kept centre, the universities' list first,
each in its file's order (fewer than ``CAP``). Each is kept as the mapping of the file's named
columns to the published strings (the header's last, unnamed column, made by the trailing ``;``,
is left out), less ``DESCRIPCION-ENTIDAD``, ``DESCRIPCION`` and ``EQUIPAMIENTO`` (free text that
may name persons) and less the ``EMAIL`` of the five halls whose address names a person
(``PERSONAL``: a local part that is a person's name), so the kept addresses are the centres' and
halls' own.

    python scripts/es_madrid_universidades_data.py ES_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from es_madrid_atencion_medica_data import earlier_runs, runs
from register_contacts_data import _git, digits_of, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_es_madrid_universidades.json"
CAP = 300
PATH = "HandsOn/Group17/csv/203166-0-universidades-educacion.csv"
THEATRES = "HandsOn/Group14/csv/ocio_salas.csv"
PATHS = (PATH, THEATRES)
PHONE, FAX, EMAIL = "TELEFONO", "FAX", "EMAIL"
# free text that may name persons, not kept
DROPPED = ("DESCRIPCION-ENTIDAD", "DESCRIPCION", "EQUIPAMIENTO")
# e-mail fields whose address names a person, not kept
PERSONAL = frozenset({
    "anja@cafeziryab.com", "eva@teatromaravillas.com", "msolatxi@somproduce.com",
    "adan.black@theatreforthepeople.com", "doriamsojoproduce@gmail.com",
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
)  # fmt: skip
SOURCES = {
    "ES": {
        "repository": "FacultadInformatica-LinkedData/Curso2017-2018",
        "commit": "0b6e320042726e1910798c4086c246d241c4f492",
        "paths": list(PATHS),
        "encoding": "cp1252",
        "publisher": "Ayuntamiento de Madrid (the City of Madrid), its open-data portal "
        "datos.madrid.es: data set 203166 'Universidades y centros de educación "
        "superior' (the universities and higher-education centres in the city) and its list of "
        "theatres (Teatros), as CSV; copied into the course repository of the Universidad "
        "Politécnica de Madrid's Facultad de Informática by two student groups (HandsOn/Group17, "
        "file added in 726953f, 29 October 2017; HandsOn/Group14, file added in 6c6eaa6, 30 "
        "October 2017; open-data exercises)",
        "licence": "not confirmed: the repository states no licence at this commit (no "
        "LICENSE file); the city's own terms for the data sets on datos.madrid.es not "
        "confirmed here",
        "language": "es",
        "roles": {"name": "NOMBRE", "phone": [PHONE], "fax": [FAX], "email": EMAIL,
                  "address": ["CLASE-VIAL", "NOMBRE-VIA", "NUM", "CODIGO-POSTAL", "LOCALIDAD"],
                  "register": "PK", "kind": "TIPO"},
    },
}  # fmt: skip


def kept_centres(
    git: Path, meta: dict[str, Any], paths: tuple[str, ...], earlier: set[str], personal: frozenset
) -> list[dict[str, Any]]:
    """The centres of the city's CSV lists at ``paths`` (one set of numbers seen across them)
    that the module's rules keep, in the files' order: a ``TELEFONO`` of seven digits or more
    that no centre before it holds, no number of ``TELEFONO`` or ``FAX`` in ``earlier``, neither
    field spread over two lines; the named columns less ``DROPPED``, and less the ``EMAIL`` in
    ``personal``. The city's other lists of this kind (``es_madrid_espacios_deporte_data``) are
    read the same way."""
    seen: set[str] = set()
    found = []
    for path in paths:
        raw = _git(git, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        reader = csv.DictReader(io.StringIO(raw.lstrip(), newline=""), delimiter=";")
        for i, row in enumerate(reader):
            tel = digits_of(row[PHONE])
            if len(tel) < 7 or tel in seen:
                continue
            if any(c in row[k].strip() for k in (PHONE, FAX) for c in "\r\n"):
                continue
            if (runs(row[PHONE]) | runs(row[FAX])) & earlier:
                continue
            seen.add(tel)
            fields = {k: v for k, v in row.items() if k and k not in DROPPED}
            if fields[EMAIL].strip() in personal:
                del fields[EMAIL]
            found.append({"country": "ES", "path": f"{path}#{i}", "fields": fields})
    return found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres and halls of the two lists, with the commit they were read at."""
    found = kept_centres(gits["ES"], SOURCES["ES"], PATHS, earlier_runs(EARLIER), PERSONAL)
    return {"sources": SOURCES, "rows": seeded_sample(found, "ES", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
