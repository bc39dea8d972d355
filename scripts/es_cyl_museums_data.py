"""Extract the real directory that ``pii_held_out_319.py`` writes its records around into
``scripts/data/pii_es_cyl_museums.json``: the phone, fax and e-mail fields of a register no
earlier part used (the Junta de Castilla y León's directory of museums; Spain's earlier parts
took other registers, among them the same publisher's directory of libraries), exactly as the
directory gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``input_files/Directorio de Museos de Castilla y León.json`` (the name's ``ó`` stored
  decomposed, ``o`` and U+0301): the Junta de Castilla y León's 'Directorio de Museos de
  Castilla y León' as its open-data portal exported it on 26 March 2021 (``"date":
  "2021-03-26 (06:31:15)"``), 459 entries of the region's museums, museum collections,
  interpretation centres, cathedral and monastery museums, archaeological parks and house
  museums, each an ``element`` of ``attribute`` objects (``name`` with ``string``, ``valor``
  (a string or a list of ``{"string": ...}``) or ``LocalidadPadre``); ``Telefono`` (one or
  two values, Spanish nine-digit numbers as the directory writes them: ``920 211641``,
  ``947 265 875``, ``920380001``, ``921 54 08 10``, two joined by `` / `` or `` - ``
  (``983.20.44.65/983.21.16.09``), some with a note before or after the number,
  ``980 662 635 (Ayuntamiento)``, ``Turismo en Zamora: 980.536.135``, ``923 294400 (ext.
  1150)``), ``Fax`` and
  ``FaxOficial`` (the same shapes), ``Email``, beside the entry's id (``1260887614172``),
  name, address line, street, postcode (``05001``), locality and its id, coordinates with
  the zoom level (``40.65599686889035#-4.69789981842041#88``), province (``Directorio
  Superior``) and its id, web pages, last update (``20130603``) and the link to the entry.

Every entry with a number of six digits or more in ``Telefono`` (456 of 459) but the one whose
number is noted as the parish priest's (``(párroco)``: a person's line), in the file's order;
each kept as a mapping of its attribute names to the published values (a string, or a list of
strings where the directory gives a list), less ``DatosPersonales`` (the director's name),
``Descripcion_es`` (free text that may name persons) and the e-mail addresses listed in
``PERSONAL`` (each read: a local part that names, abbreviates or nicknames a person, or a
value that is no address), so the kept addresses are the museums', foundations', town halls'
and services'.

    python scripts/es_cyl_museums_data.py ES_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from es_cyl_libraries_data import attribute_value
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_cyl_museums.json"
CAP = 600
PATH = "input_files/Directorio de Museos de Castilla y Leo\u0301n.json"
DROPPED = ("DatosPersonales", "Descripcion_es")
PERSON_NOTE = "(párroco)"  # a number noted as the parish priest's: the entry is left out
# e-mail addresses left out, each read: a person's name, initials or nickname in the local part,
# or a value that is no address (``info@museofadriquedebasilea``, no top-level domain)
PERSONAL = frozenset({
    "Id@luisdelgado.net", "Josema_56@hotmail.com", "a.sernandez@wanadoo.es",
    "aalmarza@terra.es", "ahernandez@ava.es", "alba@bcj.es", "anabamat@yahoo.es",
    "atosbu@gmail.com", "benedicsah@wanadoo.es", "carenhe@terra.es", "dlilc@argored.com",
    "dullae@hotmail.es", "eusebio48@gmail.com", "info@museofadriquedebasilea",
    "jesus@realmuseodesanjoaquinysantaana.es", "jfcm@usal.es", "jmpesetos@yahoo.es",
    "jp.museopuertoseguro@gmail.com", "juanjotula@hotmail.com", "lagarero@telefonica.net",
    "licet@retemail.es", "marisaayuntamiento@hotmail.com", "mihacale@gmail.com",
    "nmaisterra@yahoo.com", "revandma@jcyl.es", "rom@santamarialareala.org",
})  # fmt: skip
SOURCES = {
    "ES": {
        "repository": "rantoncuadrado/udacity_capstone_project",
        "commit": "c5497c57ccb64092456f01a9a5024d27f14cb297",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Junta de Castilla y León (Consejería de Cultura y Turismo), its "
        "'Directorio de Museos de Castilla y León' as exported from the region's open-data "
        "portal (datosabiertos.jcyl.es) on 26 March 2021; the entries link to "
        "cultura.jcyl.es; committed unchanged into the repository (a data-engineering course "
        "project) in 202a407 ('Add files via upload', 13 May 2021), whose 'Datasources "
        "Description.md' names datosabiertos.jcyl.es as the source",
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
            tel = " ".join(fields["Telefono"])
            if _has_phone({"Telefono": tel}, ["Telefono"]) and PERSON_NOTE not in tel:
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
