"""Extract the real directory that ``pii_held_out_328.py`` writes its records around into
``scripts/data/pii_mx_cdmx_info_officers.json``: the phone and e-mail fields of a register no
earlier part used (Mexico City's directory of the information officers of its public bodies,
published by the Agencia Digital de Innovación Pública on the city's data-policy portal;
Mexico's earlier parts took the Secretaría de Cultura's museums, INEGI's DENUE, the State of
Chiapas's schools, the municipality of Jesús María and the STPS's employment offices), exactly
as the portal gives them.

One table, read from a git checkout at a named commit, values unchanged:

* ``_includes/directorio_oficiales.html``: the 'Directorio de Oficiales de Información' table
  (columns ``Ente Público``, ``Oficial de Información``, ``Teléfono``, ``Correo``) that the
  portal's page ``/directorio/`` includes, one row per officer of each public body of the
  city's government (secretariats, alcaldías, decentralised bodies, trusts and funds); the
  table is generated from a spreadsheet by the repository's R script
  (``etls/directorio_oi/transforma_tabla_xlsx_html.R``). The ``Teléfono`` cell holds Mexico
  City's ten digits run together, with an extension after some (``5551182800 ext. 310``,
  ``5551410807 ext. 1561 y 5061``, ``5553455916 ext. 5903, 5916``), four of eight digits
  (``56981300 ext. 178``, ``56048730``, ``55335426``, ``52009760 ext. 14090``) and one of
  eight beginning ``13`` (``13286300 ext. 6408``), or ``No Disponible``; the ``Correo`` cell
  one or two addresses joined by ``; `` or ``No Disponible``.

Every row with a number of six digits or more in ``Teléfono`` or an address in ``Correo``, in
the table's order; each kept as a mapping of ``Ente Público`` and ``Teléfono`` to the published
strings and ``correos`` to the list of its addresses, less two: the officer's name
(``Oficial de Información``, a person's) is not kept, and addresses at webmail domains
(``gmail.com``: a person's own mailbox) are left out, so every kept address is on an
institution's domain (``…@finanzas.cdmx.gob.mx``, ``…@paot.org.mx``).

    python scripts/mx_cdmx_info_officers_data.py MX_GIT
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_mx_cdmx_info_officers.json"
CAP = 600
PATH = "_includes/directorio_oficiales.html"
EMPTY = "No Disponible"
WEBMAIL = ("gmail.com", "hotmail.com", "yahoo.com", "yahoo.com.mx", "outlook.com", "live.com")
SOURCES = {
    "MX": {
        "repository": "GobCDMX/politicadedatos",
        "commit": "cc9641deef9cb8d70b24fa1988f349ff2a1fe69f",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "Agencia Digital de Innovación Pública de la Ciudad de México (ADIP), its "
        "Dirección de Coordinación de Proyectos de Datos: the 'Directorio de Oficiales de "
        "Información' of the Portal de la Política de Datos de la Ciudad de México "
        "(politicadedatos.cdmx.gob.mx/directorio/), the information officers of the city "
        "government's public bodies under its data-management policy; the table as last "
        "changed in 0f13d15 ('act dir 2021-02-17', 17 February 2021) and 313bb92/4cf5b8f "
        "(13 April 2021, the search box's classes), read at 'actualizar plantilla "
        "diccionario' (2 June 2021)",
        "licence": "not confirmed: the repository has no LICENSE file of its own (only vendored "
        "node_modules carry one) and its README names no terms; the city's terms for the "
        "portal's pages were not read here",
        "language": "es",
        "roles": {"name": "Ente Público", "phone": ["Teléfono"], "email": "correos"},
    },
}  # fmt: skip

_ROW = re.compile(r"<tr>\s*(.*?)\s*</tr>", re.S)
_CELL = re.compile(r"<td[^>]*>(.*?)</td>", re.S)


def addresses(cell: str) -> list[str]:
    """The addresses of a ``Correo`` cell (``; ``-joined), less those at webmail domains."""
    if cell.strip() == EMPTY:
        return []
    found = [a.strip() for a in cell.split(";") if a.strip()]
    assert all(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", a) for a in found), cell
    return [a for a in found if a.rsplit("@", 1)[1].lower() not in WEBMAIL]


def officers(page: str) -> list[dict[str, Any]]:
    """The kept rows of the table, in its order (``path`` names the row by its index)."""
    found = []
    for i, body in enumerate(_ROW.findall(page.split("<tbody>", 1)[1])):
        name, _officer, phone, mail = (html.unescape(c) for c in _CELL.findall(body))
        fields = {"Ente Público": name, "Teléfono": phone}
        kept = addresses(mail)
        if not (_has_phone(fields, ["Teléfono"]) or kept):
            continue
        found.append(
            {"country": "MX", "path": f"{PATH}#{i}", "fields": {**fields, "correos": kept}}
        )
    return found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode(meta["encoding"])
        rows += seeded_sample(officers(raw), country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
