"""Extract the real list that ``pii_held_out_402.py`` writes its records around into
``scripts/data/pii_es_madrid_embajadas.json``: the phone, fax and e-mail fields of a register no
earlier part used (the Ayuntamiento de Madrid's open-data list of the embassies and consulates
in the city, Embajadas y consulados; Spain's earlier parts took XTEC's, the Comunidad de
Madrid's and Galicia's schools, GISCO's hospitals, Castilla y León's libraries, restaurants and
museums, the CGPJ's courts, the BDGEL's councils, the Ayuntamiento de Madrid's elderly centres,
registered entities and medical care centres, Tenerife's education and culture centres,
Euskadi's restaurants and Madrid's hotels; no Spanish or Italian part took diplomatic
missions), exactly as the city gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``HandsOn/Group04/csv/201000-0-embajadas-consulados.csv``: the city's data set 201000
  (Embajadas y consulados) as datos.madrid.es published it in 2014, ``;``-separated CSV in
  Windows-1252, every line ending in ``;``: 160 embassies and consulates (121 ``Embajada de
  ...``, 39 ``Consulado de ...``), each with its ``TELEFONO`` (``914 025 115``: nine digits in
  groups of three, some with trailing blanks; 54 fields of two to four numbers joined by `` / ``
  or ``/``, some with the line's use in brackets, ``915 422 627  / 915 421 626 (Sección
  Consular)``, ``699 999 463 (Emergencia)``; mobile lines among them, ``626 909 015``; one
  ``902`` line; three empty), its ``FAX`` (146 filled, a few of two numbers, one with a telex
  after the number, ``913 451 190 / 22322-IRANA-E (Telex)``), its ``EMAIL`` (122 filled:
  missions' mailboxes, ``embajada@portalargentino.net``, ``madrid@mfa.md``, some on free mail
  services, ``emb.macedonia@gmail.com``, two whose local part is the mission's number,
  ``915970399@embanic.e.telefonica.net``; four fields of two addresses joined by ``, ``),
  beside the name, transport, accessibility, the street in its parts, postcode (``28046``),
  neighbourhood and district, UTM and geographic coordinates, the city's record id (``PK``,
  ``4597``) and the kind (``TIPO``, ``/contenido/entidadesYorganismos/OrganismosInternacionales/
  EmbajadasConsulados``).

A mission is kept where its ``TELEFONO`` holds a number of seven digits or more, no number of
its ``TELEFONO`` or ``FAX`` is one an earlier Spanish part's data holds (the number as a run of
digits and blanks of seven digits or more, or the field's digits together), and no mission kept
before it has the same ``TELEFONO`` digits (the Consulado and the Embajada de Costa Rica share
one switchboard: the consulate, first in the file, is kept); every kept mission, in the file's
order (fewer than ``CAP``). Each is kept as the mapping of the file's named columns to the
published strings (the header's last, unnamed column, made by the trailing ``;``, is left out),
less ``DESCRIPCION-ENTIDAD`` and ``DESCRIPCION`` (free text that may name persons) and less the
``EMAIL`` of the four missions whose address names a person (``PERSONAL``: a local part that is
a person's name), so the kept addresses are the missions' own.

    python scripts/es_madrid_embajadas_data.py ES_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from es_madrid_atencion_medica_data import earlier_runs, runs
from register_contacts_data import _git, digits_of, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_es_madrid_embajadas.json"
CAP = 300
PATH = "HandsOn/Group04/csv/201000-0-embajadas-consulados.csv"
PHONE, FAX, EMAIL = "TELEFONO", "FAX", "EMAIL"
# free text that may name persons (ambassadors, consuls), not kept
DROPPED = ("DESCRIPCION-ENTIDAD", "DESCRIPCION")
# e-mail fields whose address names a person, not kept
PERSONAL = frozenset({
    "acanosa@rree.gob.sv", "jaime.ensenaat@consuladogambiamadrid.es",
    "philippeguillaumet@gmail.com", "claudiomes@yahoo.com",
})  # fmt: skip
# the earlier Spanish parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_xtec_schools.json", "pii_es_madrid_schools.json", "pii_es_hospitals.json",
    "pii_es_cyl_libraries.json", "pii_es_galicia_schools.json", "pii_es_cgpj_courts.json",
    "pii_es_bdgel_ayuntamientos.json", "pii_es_madrid_elderly_centres.json",
    "pii_es_cyl_restaurants.json", "pii_es_tenerife_centres.json",
    "pii_es_madrid_entities.json", "pii_es_cyl_museums.json",
    "pii_es_euskadi_restaurants.json", "pii_es_madrid_hotels.json",
    "pii_es_madrid_atencion_medica.json",
)  # fmt: skip
SOURCES = {
    "ES": {
        "repository": "FacultadInformatica-LinkedData/Curso2014-2015",
        "commit": "5bfcbf632bfb31a7407fea0132f717d9fc3172a6",
        "paths": [PATH],
        "encoding": "cp1252",
        "publisher": "Ayuntamiento de Madrid (the City of Madrid), its open-data portal "
        "datos.madrid.es: data set 201000 'Embajadas y consulados' (the embassies and "
        "consulates in the city), as CSV; copied into the course repository of the Universidad "
        "Politécnica de Madrid's Facultad de Informática by a student group (HandsOn/Group04, "
        "an open-data exercise; file added in 16383ad, 24 October 2014, last touched in "
        "b264362, 12 January 2015)",
        "licence": "Apache-2.0 for the repository (its LICENSE file); the city's own terms for "
        "the data set on datos.madrid.es not confirmed here",
        "language": "es",
        "roles": {"name": "NOMBRE", "phone": [PHONE], "fax": [FAX], "email": EMAIL,
                  "address": ["CLASE-VIAL", "NOMBRE-VIA", "NUM", "CODIGO-POSTAL", "LOCALIDAD"],
                  "register": "PK", "kind": "TIPO"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept missions of the list, with the commit they were read at."""
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
        fields = {k: v for k, v in row.items() if k and k not in DROPPED}
        if fields[EMAIL].strip() in PERSONAL:
            del fields[EMAIL]
        found.append({"country": "ES", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "ES", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
