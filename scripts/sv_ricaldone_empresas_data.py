"""Extract the real register that ``pii_held_out_506.py`` writes its records around into
``scripts/data/pii_sv_ricaldone_empresas.json``: the telephone fields of a register no earlier
part used (El Salvador, which no earlier part took; no government or city register of
Guatemala, Costa Rica, Honduras, Panama, El Salvador or Nicaragua with its phone fields was
found in the searched repositories, so this one is the client register of a Salvadoran
vocational-training centre), exactly as the register writes them.

One table of a phpMyAdmin dump of ``bd cfp``, the administrative platform of the Centro de
Formación Profesional Don Pedro Ricaldone (Soyapango, San Salvador; cfp.ricaldone.edu.sv),
read from a git checkout at a named commit, values unchanged:

* ``cfp.sql`` (commit ``e866442``, 1 March 2021), table ``tb_empresa``: 387 employers whose
  staff the centre trains (INSAFORP's in-company training: companies, cooperatives, banks,
  municipalities and public bodies), each with its ``Nombre``, ``Direccion`` (or ``-``),
  ``Tel`` (Salvadoran eight-digit numbers in two hyphenated groups of four, ``2250-3389``;
  two numbers one per line where the employer gave two, ``2526-7700\\r\\n2528-7806``; ``-``
  or NULL where it gave none), ``Actividad_eco`` (an id of the platform's activity table or
  NULL), ``NIT`` (``0614-180898-164-8``), ``Aportacion_insaforp``, ``Num_Patronal``,
  ``Num_Empleados`` and ``Estado``.

An employer is kept where its ``Tel`` holds a number of seven digits or more (a line of the
field) that no employer kept before it has (the first of employers sharing a switchboard),
and where its name marks it an organisation (a company form such as ``S.A. de C.V.`` or
``de R.L.``, or a word such as Alcaldía, Asociación, Banco, Ministerio): a name with neither
may be a person's (``Castaneda Puente Jorge Antonio``), so it is not kept; brand names alone
(``ADOC``, ``Tigo``), a bank's branch, an embassy, the national lottery and two NGOs whose
names carry no such mark go with them. Of the 387, 369 hold a number,
39 of those names mark no organisation and 30 more share a number with one kept before: the
300 left are all kept (a seeded sample of ``CAP`` where more qualify), in the dump's order, each
the mapping of the table's columns to the values the dump holds (strings, NULL as null; only
one kept row has a NIT and the INSAFORP columns). No earlier Salvadoran part exists, so no
number is dropped for being in one.

    python scripts/sv_ricaldone_empresas_data.py SV_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mx_jesus_maria_data import _table
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_sv_ricaldone_empresas.json"
CAP = 300
PATH = "cfp.sql"
TABLE = "tb_empresa"
PHONE = "Tel"
# the earlier Salvadoran parts' data (none: no number is dropped for being in one)
EARLIER: tuple[str, ...] = ()
# a name that marks an organisation: a company form or a word for a body
ORGANISATION = re.compile(
    r"S\.\s?A\.|\bS\.?A\.?\b|de C\.\s?V|C\.V\.|R\.\s?L\.|\bLTDA\b|\bS\.E\.M\.|Ltd|Inc\b|"
    r"Alcald|Asociaci|Banco|Ministerio|Instituto|Fundaci|Cooperativ|Caja |Compañ|Corporaci|"
    r"Centro|Comisi|Consejo|Universidad|Colegio|Academia|Administraci|Autoridad|Direcci|"
    r"Defensor|Hospital|Superintendencia|Fondo|Tribunal|Escuela|Sociedad|Federaci|Cámara|"
    r"Club|Círculo|Iglesia|Grupo|Agencia|Almacenes|Industria|Hotel|Distribuidor|Comercial|"
    r"Cementerio|Registro|Asamblea|Corte|Policía|Procuradur|Unidad|Empresa|Servicio|Aldeas",
    re.IGNORECASE,
)
SOURCES = {
    "SV": {
        "repository": "franjoro/CFP",
        "commit": "e866442188d909aa4f165d402ab96ed5053bb3bc",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Centro de Formación Profesional Don Pedro Ricaldone (Soyapango, San "
        "Salvador; cfp.ricaldone.edu.sv), the employers register (table tb_empresa) of its "
        "administrative platform as a phpMyAdmin dump committed to the platform's repository "
        "(franjoro/CFP, 'Plataforma de gestión adminitrativa para el Centro de Formación "
        "profesional Don Pedro Ricaldone'; cfp.sql at e866442, 1 March 2021, later removed)",
        "licence": "not confirmed (the repository has no licence file and states no terms)",
        "language": "es",
        "roles": {"name": "Nombre", "phone": [PHONE], "address": ["Direccion"]},
    },
}  # fmt: skip


def lines(value: str | None) -> list[str]:
    """The lines of a phone field as the dump writes them (two numbers stand one per line)."""
    return [line for line in (value or "").splitlines() if line.strip()]


def numbers_of(value: str | None) -> list[str]:
    """The lines of a phone field that hold a number of seven digits or more."""
    return [line for line in lines(value) if len(digits_of(line)) >= 7]


def organisation(name: str | None) -> bool:
    """Whether an employer's name marks it an organisation (a company form or a body's word)."""
    return bool(ORGANISATION.search(name or ""))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept employers of the register, with the commit they were read at."""
    meta = SOURCES["SV"]
    dump = _git(gits["SV"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "503"), set()
    found = []
    for i, row in enumerate(_table(dump, TABLE)):
        found_numbers = {digits_of(n) for n in numbers_of(row[PHONE])}
        if not found_numbers or found_numbers & (seen | earlier):
            continue
        if not organisation(row["Nombre"]):
            continue
        seen |= found_numbers
        found.append({"country": "SV", "path": f"{PATH}#{TABLE}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "SV", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
