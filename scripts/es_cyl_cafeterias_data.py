"""Extract the real register that ``pii_held_out_493.py`` writes its records around into
``scripts/data/pii_es_cyl_cafeterias.json``: the phone and e-mail fields of a file no earlier
part used (the cafés of the Junta de Castilla y León's Registro de Turismo; ``held_out_270``
took the same register's restaurants, another file of another kind of business), exactly as
the register gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``input_files/cafeterias.csv`` (Windows-1252, ``;``-separated, every value quoted, CRLF line
  ends, a ``;`` after the last column of every line): the cafés of the Junta de Castilla y
  León's Registro de Turismo as its open-data portal (datosabiertos.jcyl.es) exported them,
  1,447 rows of the nine provinces, each with its register number (``N.Registro``,
  ``05/000040``: the province's two digits and a serial), kind (``Cafetería``), category
  (``1ª - 2 Tazas``), name, street, postcode (``05000``), province, municipality, locality and
  nucleus, up to three phone fields (``Teléfono 1``, ``Teléfono 2``, ``Teléfono 3``: Spanish
  nine-digit numbers as entered, most in one run, ``979727998``, some with a space, hyphen,
  slash or dots after the area code, ``920 221487``), ``Email``, ``web``, the ``Q`` quality
  mark, seats (``Plazas``), coordinates where given (a decimal comma) and an accessibility
  flag.

Every row whose phone fields hold a number of seven digits or more that is not all zeros and
none of which holds a letter (an identity number, not a phone); less each row one of whose
numbers an earlier Spanish part's data already holds (``EARLIER``: the same register's
restaurants among them, where a business is registered as both) or an earlier kept row of this
file holds; a seeded sample of ``CAP`` of them, in the file's order; each row kept as a mapping
of its columns to the published strings (the empty column after the last ``;`` left out), with
``Email`` kept only where it is one well-formed address whose local part is a role word
(``info@``, ``cafeteria@``; the restaurants' extractor's ``ROLE_WORDS``) on a domain that is no
free mail service (its ``FREE_MAIL``): the other addresses are mostly a person's own (a name
or nickname on gmail, hotmail or yahoo) and are blanked ("").

    python scripts/es_cyl_cafeterias_data.py ES_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from es_cyl_restaurants_data import _role_address
from es_madrid_atencion_medica_data import earlier_runs, runs
from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_cyl_cafeterias.json"
CAP = 400
PATH = "input_files/cafeterias.csv"
PHONES = ("Teléfono 1", "Teléfono 2", "Teléfono 3")
EMAIL = "Email"
# the earlier Spanish parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_xtec_schools.json", "pii_es_madrid_schools.json", "pii_es_hospitals.json",
    "pii_es_cyl_libraries.json", "pii_es_galicia_schools.json", "pii_es_cgpj_courts.json",
    "pii_es_bdgel_ayuntamientos.json", "pii_es_madrid_elderly_centres.json",
    "pii_es_cyl_restaurants.json", "pii_es_tenerife_centres.json",
    "pii_es_madrid_entities.json", "pii_es_cyl_museums.json",
    "pii_es_euskadi_restaurants.json", "pii_es_madrid_hotels.json",
    "pii_es_madrid_atencion_medica.json", "pii_es_madrid_embajadas.json",
    "pii_es_madrid_universidades.json", "pii_es_madrid_espacios_deporte.json",
)  # fmt: skip
SOURCES = {
    "ES": {
        "repository": "rantoncuadrado/udacity_capstone_project",
        "commit": "c5497c57ccb64092456f01a9a5024d27f14cb297",
        "paths": [PATH],
        "encoding": "cp1252",
        "publisher": "Junta de Castilla y León (Consejería de Cultura y Turismo), the cafés "
        "of its Registro de Turismo as exported from the region's open-data portal "
        "(datosabiertos.jcyl.es); committed unchanged into the repository (a data-engineering "
        "course project) in 202a407 (13 May 2021), whose 'Datasources Description.md' names "
        "datosabiertos.jcyl.es as the source of 'Cafeterias.csv'",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Junta de Castilla y León's terms for the register's export on its "
        "open-data portal were not read here",
        "language": "es",
        "roles": {
            "name": "Nombre",
            "phone": list(PHONES),
            "email": EMAIL,
            "address": ["Dirección", "C.Postal", "Localidad"],
            "register": "N.Registro",
            "kind": "Categoría",
        },
    },
}  # fmt: skip


def number(value: str) -> bool:
    """A number of seven digits or more that is not all zeros."""
    digits = [c for c in value if c.isdigit()]
    return len(digits) >= 7 and set(digits) != {"0"}


def kept(row: dict[str, str]) -> bool:
    """A phone field with a number, and no phone field holding a letter (an id, not a
    phone)."""
    values = [row[c] for c in PHONES]
    return any(number(v) for v in values) and not any(re.search("[A-Za-z]", v) for v in values)


def numbers_of(row: dict[str, str]) -> set[str]:
    """The numbers (``runs``) of the row's phone fields."""
    return {d for c in PHONES for d in runs(row[c])}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit they were read at."""
    meta = SOURCES["ES"]
    raw = _git(gits["ES"], "show", f"{meta['commit']}:{PATH}")
    table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""), delimiter=";")
    earlier, seen = earlier_runs(EARLIER), set()
    found = []
    for i, row in enumerate(table):
        fields = {k: v for k, v in row.items() if k}
        if not kept(fields):
            continue
        numbers = numbers_of(fields)
        if numbers & (earlier | seen):
            continue
        seen |= numbers
        if not _role_address(fields[EMAIL]):
            fields[EMAIL] = ""
        found.append({"country": "ES", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "ES", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
