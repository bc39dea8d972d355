"""Extract the real register that ``pii_held_out_141.py`` writes its records around into
``scripts/data/pii_es_hospitals.json``: the phone and e-mail fields of a register no earlier
part used (Spain's hospitals in Eurostat GISCO's healthcare-services list; Spain's earlier
parts took Catalonia's and the Comunidad de Madrid's schools, other publishers and another kind
of institution), exactly as the file gives them.

``data/healthcare/csv/ES.csv`` of the repository eurostat/basic-services: Spanish hospitals,
public and private (general hospitals, psychiatric, geriatric and long-stay, surgical,
rehabilitation and other single-speciality hospitals), each with its ``tel`` as published:
nine digits in one run with no ``+34`` and no separator (``945006555``; one of eight digits,
``84842222``; two rows with no number are left out), beside the row's id (the hospital's code
twice, ``010035010035``), its name, street and house number, postcode (``01006``), city,
coordinates, bed count, kind (``facility_type``), ownership and the reference and publication
dates; and in most rows an e-mail address in capitals (``SECRETARIA.GERENCIA@OSAKIDETZA.EUS``).

A seeded sample of ``CAP`` of the 807 rows with a number of six digits or more in ``tel``, in
the file's order, each kept as a mapping of all of the file's columns to the published strings,
with one exception: the ``email`` field is kept only where it is one well-formed address whose
local part begins with a word that names an office (``ROLE``: ``INFO``, ``GERENCIA``,
``DIRECCION``, ``SECRETARIA``, ``ADMISION``, ...; every local part of the file was read) and is
not among ``DROPPED`` (a person's initial and surname after the office word, an address cut
short by the file); the others, most of them a person's name (``JOSECARLOS.MELLADO@...``), two
addresses in one field or one with no domain, are left out, so no record needs a person's
name. No other column names a person (its names are the hospitals', its addresses their
premises).

    python scripts/es_hospitals_data.py ES_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_hospitals.json"
CAP = 400
# the first word (before ``.``, ``_`` or ``-``) of the local parts that name an office, a
# hospital's management, information desk, admissions, secretariat or accounts (read one by one)
ROLE = frozenset({
    "ADMIN", "ADMINISTRACIO", "ADMINISTRACION", "ADMISION", "ATENCIOUSUARI", "CALIDAD",
    "COMUNICACIÓ", "CONTABILIDAD", "CONTACTO", "COORDINACION", "CORREO", "DIRECCIO",
    "DIRECCIOGENERAL", "DIRECCION", "DIRECCIONGERENCIA", "DIRECCIONMEDICA", "DIRECTOR",
    "DIRGENERAL", "DIRGERENCIA", "DIRGESTION", "DIRMEDICA", "FACTURACION", "GENCIA", "GERENCIA",
    "GERENT", "GERENTE", "INFO", "INFORM", "INFORMACION", "INFORMACION2", "INFORMACIÓN",
    "INFORMACÓ", "NOTIFICACIONES", "RECEPCION", "SECDIRECCION", "SECRETARIA",
    "SECRETARIADIRECCION", "SUGERENCIAS",
})  # fmt: skip
# addresses an office word begins that are still left out: a person's initial and surname
# after it, and one whose domain the file cut short (``.OR``)
DROPPED = frozenset({
    "DIRECCION.JNADAL@SARQUAVITAE.ES", "DIRECCIO.ASSISTENCIAL@SANITATINTEGRAL.OR",
})  # fmt: skip
SOURCES = {
    "ES": {
        "repository": "eurostat/basic-services",
        "commit": "f200d0ce0af43a0353ea0f229e1e770a2be26f8d",
        "path": "data/healthcare/csv/ES.csv",
        "encoding": "utf-8",
        "publisher": "Eurostat (GISCO), healthcare services in Europe "
        "(ec.europa.eu/eurostat/web/gisco/geodata/reference-data/healthcare-services), its "
        "Spanish file as the repository committed it in f35f82e ('create healthcare data "
        "folder', 27 October 2020), unchanged since; the rows are Spanish hospitals, public "
        "and private, reference date 31/12/2018, published 16/04/2020, each id the "
        "hospital's six-digit code twice (the code of the national catalogue of hospitals, "
        "it seems); the Spanish body Eurostat took them from is not named in the file",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the metadata document (data/healthcare/metadata.pdf) was not read here; "
        "the terms of the Spanish source were not found",
        "language": "es",
        "roles": {"name": "hospital_name", "phone": ["tel"], "email": "email",
                  "register": "id", "postcode": "postcode", "city": "city",
                  "street": ["street", "house_number"], "kind": "facility_type"},
    },
}  # fmt: skip


def office_email(value: str) -> bool:
    """Whether an ``email`` field is one well-formed address of an office (``ROLE``), not left
    out (``DROPPED``)."""
    value = value.strip()
    if value in DROPPED or not re.fullmatch(r"[^@\s/;,]+@[^@\s/;,]+\.[A-Za-z]{2,}", value):
        return False
    return re.split(r"[._-]", value.split("@")[0])[0] in ROLE


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The row less its e-mail field where it is no office's one address."""
    return {k: v for k, v in row.items() if k != "email" or office_email(v)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP, keep=_kept)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
