"""Extract the real directory that ``pii_held_out_173.py`` writes its records around into
``scripts/data/pii_es_cyl_libraries.json``: the phone, fax and e-mail fields of a register no
earlier part used (the Junta de Castilla y León's directory of libraries; Spain's earlier parts
took the XTEC and Comunidad de Madrid school registers and Eurostat's hospitals), exactly as
the directory gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``input_files/Directorio de Bibliotecas de Castilla y León.json`` (the name's ``ó`` stored
  decomposed, ``o`` and U+0301): the Junta de Castilla y León's 'Directorio de Bibliotecas de
  Castilla y León' as its open-data portal exported it on 26 March 2021 (``"date":
  "2021-03-26 (06:47:40)"``), 369 entries of the region's public, municipal, university,
  specialised and school libraries, each an ``element`` of ``attribute`` objects (``name``
  with ``string``, ``valor`` (a string or a list of ``{"string": ...}``) or
  ``LocalidadPadre``); ``Telefono`` (one or two numbers, Spanish nine-digit numbers as the
  directory writes them: ``921 551 920``, ``921551920``, ``987 21 14 54``, many with a note
  after the number, ``983 684 034 (Ayto.)``, ``979 165 800 - Ext. 1234``), ``Fax`` and
  ``FaxOficial`` (the same shapes), ``Email``, beside the entry's id (``1191909671559``),
  name, street, postcode (``40500``), locality and its id, coordinates with the zoom level
  (``41.27903202153456#-3.4773874282836914#88``), province (``Directorio Superior``) and its
  id, web pages, last update (``20150910``) and the link to the entry.

Every entry with a number of six digits or more in ``Telefono`` (367 of 369), in the file's
order; each kept as a mapping of its attribute names to the published values (a string, or a
list of strings where the directory gives a list), less ``DatosPersonales`` (the librarian's
name), ``Descripcion_es`` (free text that may name persons) and the e-mail addresses listed in
``PERSONAL`` (each read: a local part that names or abbreviates a person, a nickname, or no
address at all), so the kept addresses are the libraries', town halls' and services'.

    python scripts/es_cyl_libraries_data.py ES_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_cyl_libraries.json"
CAP = 600
PATH = "input_files/Directorio de Bibliotecas de Castilla y Leo\u0301n.json"
DROPPED = ("DatosPersonales", "Descripcion_es")
# e-mail addresses left out, each read: a person's name, initials or nickname in the local part,
# or a value that is no address (``rosachacelrosachacel.org``, ``rtoril@oapn.s``)
PERSONAL = frozenset({
    "Jlsanchez.cds@mail.com", "acab@et.mde.es", "acafernangonzalez@gmail.com",
    "admonvillarino@terra.es", "afuentese@laley-actualidad.es", "ahdza@planalfa.es",
    "alcaldefo@microshopnet.net", "amarlo9@hotmail.com", "ana.diez@aytoleon.es",
    "aortega@camaraburgos.com", "bcardedal@ayuntavila.com", "bibliojesus@hotmail.com",
    "bjlozano@ayuntavila.com", "bmsegundoduran@gmail.com", "carolina.bartolome@aytoleon.es",
    "casmar1962@hotmail.com", "chuchibiblioteca@hotmail.com", "conso1957@hotmail.com",
    "covadonga.dossantos@aytoleon.es", "crefes@jcyl.es", "ctamames@frah.es",
    "curso1011.05.stb@gmail.com", "ecolomaordax@burgos.uned.es", "educacion.jbs@aytoleon.com",
    "educacion.jmc@aytoleon.com", "educacion.mcc@aytoleon.com", "frayconrado@hotmail.com",
    "graciapacheco@hotmail.com", "guillermo.revuelta@aytoleon.es", "ibaframa@jcyl.es",
    "inmagarciacis@hotmail.com", "isabel.martinez@aytoleon.com", "lobcasev@jcyl.es",
    "mariadolores.martinez@aytoleon.com", "marianvela17@hotmail.com",
    "maripazisla@hotmail.com", "mj_vn@hotmail.com", "mjperez@benavente.es",
    "nati.cega@cajarural.com", "pgmpuri@hotmail.com", "pilarmm62@hotmail.com",
    "posada@ayuntavila.com", "rosachacelrosachacel.org", "rtoril@oapn.s",
    "svilches@dipsegovia.es", "tirsobiblio@hotmail.com", "tomfersu@jcyl.es",
    "tomibibli@hotmail.com", "vanessa.santos@aytoleon.es", "vilescbe@jcyl.es",
})  # fmt: skip
SOURCES = {
    "ES": {
        "repository": "rantoncuadrado/udacity_capstone_project",
        "commit": "c5497c57ccb64092456f01a9a5024d27f14cb297",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Junta de Castilla y León (Consejería de Cultura y Turismo), its "
        "'Directorio de Bibliotecas de Castilla y León' as exported from the region's open-data "
        "portal (datosabiertos.jcyl.es) on 26 March 2021; the entries link to "
        "cultura.jcyl.es; committed unchanged into the repository (a data-engineering course "
        "project) in 202a407, whose 'Datasources Description.md' names "
        "datosabiertos.jcyl.es as the source",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Junta de Castilla y León's terms for the directory on its open-data portal "
        "were not read here",
        "language": "es",
        "roles": {
            "name": "NombreOrganismo",
            "phone": ["Telefono"],
            "fax": ["Fax", "FaxOficial"],
            "email": "Email",
            "address": ["Calle", "CodigoPostal", "Localidad_NombreLocalidad"],
        },
    },
}  # fmt: skip


def attribute_value(attribute: dict[str, Any]) -> str | list[str]:
    """An attribute's published value in the Junta de Castilla y León's open-data directory
    exports: its string, or the strings of its list (the museums' extractor reads the same
    export format)."""
    for key in ("string", "valor", "LocalidadPadre", "text"):
        if key in attribute:
            value = attribute[key]
            return [v["string"] for v in value] if isinstance(value, list) else value
    return ""


def _fields(element: dict[str, Any]) -> dict[str, str | list[str]]:
    fields = {
        a["name"]: attribute_value(a) for a in element["attribute"] if a["name"] not in DROPPED
    }
    fields["Email"] = [e for e in fields["Email"] if e.strip() not in PERSONAL]
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the directory, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        entries = json.loads(raw.decode(meta["encoding"]))["document"]["list"]
        found = []
        for i, entry in enumerate(entries):
            fields = _fields(entry["element"])
            if _has_phone({"Telefono": " ".join(fields["Telefono"])}, ["Telefono"]):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
