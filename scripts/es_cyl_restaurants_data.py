"""Extract the real register that ``pii_held_out_270.py`` writes its records around into
``scripts/data/pii_es_cyl_restaurants.json``: the phone and e-mail fields of a register no
earlier part used (the Junta de Castilla y León's register of tourism businesses, its
restaurants; Spain's earlier parts took school, hospital, library, court, town-council and
elderly-centre registers), exactly as the register gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``input_files/restaurantes.csv`` (Windows-1252, ``;``-separated, every value quoted, CRLF
  line ends, a ``;`` after the last column of every line): the restaurants of the Junta de
  Castilla y León's Registro de Turismo as its open-data portal (datosabiertos.jcyl.es)
  exported them, 5,960 rows of the nine provinces, each with its register number
  (``N.Registro``, ``05/000001``: the province's two digits and a serial), kind (``Restaurante
  / Bar``), category (``3ª - 2 Tenedores``), specialities (``9#Mesón#|``), name, street,
  postcode (``05001``), province, municipality, locality and nucleus, up to three phone fields
  (``Teléfono 1``, ``Teléfono 2``, ``Teléfono 3``: Spanish nine-digit numbers as entered, most
  in one run, ``920255061``, some with a space, hyphen or slash after the area code,
  ``983-334344``, ``987/421869``, ``94725.03.57``, a few in pairs, ``920 22 16 30``, a few
  mistyped with a digit too many or too few, ``6526717751``, ``98702761``), ``Email``,
  ``web``, the ``Q`` quality mark, seats (``Plazas``), coordinates where given
  (``-4,683243``, a decimal comma) and an accessibility flag.

Every row whose phone fields hold a number of six digits or more that is not all zeros, less
the one row (``40/000501``) whose ``Teléfono 2`` holds a national identity number with its
letter rather than a phone; a seeded sample of ``CAP`` of them, in the file's order; each row
kept as a mapping of its columns to the published strings (the empty column after the last
``;`` left out), with ``Email`` kept only where it is one well-formed address whose local part
is a role word (``info@``, ``reservas@``, ``restaurante@``; the list in ``ROLE_WORDS``) on a
domain that is no free mail service (``FREE_MAIL``): the other addresses are mostly a person's
own (a name or nickname on gmail, hotmail or yahoo) and are blanked ("").

    python scripts/es_cyl_restaurants_data.py ES_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_cyl_restaurants.json"
CAP = 440
PATH = "input_files/restaurantes.csv"
PHONES = ("Teléfono 1", "Teléfono 2", "Teléfono 3")
EMAIL = "Email"
# local parts that name a role or the business, not a person
ROLE_WORDS = frozenset({
    "info", "informacion", "reservas", "reserva", "restaurante", "direccion", "hotel",
    "administracion", "admon", "admin", "correo", "contacto", "recepcion", "contabilidad",
    "gerencia", "hola", "hostal", "comercial", "clientes", "eventos", "mail", "oficina",
    "meson", "bodega", "asador", "bar", "cafeteria", "pedidos", "booking", "reception",
})  # fmt: skip
FREE_MAIL = frozenset({
    "gmail.com", "gmail.es", "googlemail.com", "hotmail.com", "hotmail.es", "hotmail.fr",
    "hotmail.co.uk", "live.com", "live.es", "msn.com", "outlook.com", "outlook.es",
    "yahoo.com", "yahoo.es", "yahoo.fr", "yahoo.co.uk", "icloud.com", "me.com", "aol.com",
    "telefonica.net", "terra.es", "terra.com", "ono.com", "wanadoo.es", "orange.es",
    "vodafone.es", "jazztel.es", "movistar.es", "ya.com", "eresmas.com", "mixmail.com",
    "latinmail.com", "infonegocio.com", "gamil.com", "gamail.com",
})  # fmt: skip
_ADDRESS = re.compile(r"([a-z0-9._-]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})")
SOURCES = {
    "ES": {
        "repository": "rantoncuadrado/udacity_capstone_project",
        "commit": "c5497c57ccb64092456f01a9a5024d27f14cb297",
        "paths": [PATH],
        "encoding": "cp1252",
        "publisher": "Junta de Castilla y León (Consejería de Cultura y Turismo), the "
        "restaurants of its Registro de Turismo as exported from the region's open-data "
        "portal (datosabiertos.jcyl.es); committed unchanged into the repository (a "
        "data-engineering course project) in 202a407 (13 May 2021), whose 'Datasources "
        "Description.md' names datosabiertos.jcyl.es as the source of 'Restaurantes.csv'",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Junta de Castilla y León's terms for the register's export on its "
        "open-data portal were not read here",
        "language": "es",
        "roles": {
            "name": "Nombre",
            "phone": list(PHONES),
            "email": EMAIL,
            "address": ["Dirección", "C.Postal", "Localidad"],
        },
    },
}  # fmt: skip


def _number(value: str) -> bool:
    """A number of six digits or more that is not all zeros."""
    digits = [c for c in value if c.isdigit()]
    return len(digits) >= 6 and set(digits) != {"0"}


def _role_address(value: str) -> bool:
    """One well-formed address of a role word on a domain that is no free mail service."""
    m = _ADDRESS.fullmatch(value.strip().lower())
    return bool(m) and m.group(1) in ROLE_WORDS and m.group(2) not in FREE_MAIL


def _kept(row: dict[str, str]) -> bool:
    """A phone field with a number, and no phone field holding a letter (an id, not a
    phone)."""
    values = [row[c] for c in PHONES]
    return any(_number(v) for v in values) and not any(re.search("[A-Za-z]", v) for v in values)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""), delimiter=";")
        found = []
        for i, row in enumerate(table):
            fields = {k: v for k, v in row.items() if k}
            if not _kept(fields):
                continue
            if not _role_address(fields[EMAIL]):
                fields[EMAIL] = ""
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
