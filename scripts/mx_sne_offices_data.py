"""Extract the real directory that ``pii_held_out_234.py`` writes its records around into
``scripts/data/pii_mx_sne_offices.json``: the phone and e-mail fields of a register no earlier
part used (the offices of Mexico's Servicio Nacional de Empleo, the public employment service
that the Secretaría del Trabajo y Previsión Social (STPS) runs with the states; Mexico's earlier
parts took the Secretaría de Cultura's museums, INEGI's DENUE, the State of Chiapas's schools
and the municipality of Jesús María), exactly as the directory gives them.

One page of the STPS's Portal del Empleo, read from a git checkout at a named commit, values
unchanged: ``ubicacion.jsp`` (Directorio de oficinas del SNE), one panel per office, each
with its state (the page's filter class), its kind (``Unidad Central``, ``Unidad Regional``,
``Módulo``...), the place above it, its ``Domicilio``, ``Municipio o Delegación``, ``Horarios
de atención`` and the lines of its ``Teléfono(s) y extensión`` cell as the page prints them
(``(449) 971-94-01 al 04``, ``01 (844) 412-56-76, 410-52-49``, ``555709 3233``, ``Ext.
115``, ``(613) 1351144 Directo``), its ``Correo electrónico`` links kept only where they are on
a government domain (``.gob.mx``: the offices' and the states' addresses; the page's hotmail
and gmail addresses of named staff are left out). Panels inside HTML comments (closed offices)
are not read; the ``Responsable`` (a person's name) is not kept. Every panel with a line of
seven digits or more, in the page's order.

    python scripts/mx_sne_offices_data.py MX_GIT
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_mx_sne_offices.json"
CAP = 600
PAGE = "web-back/src/main/webapp/jsp/empleo/servicioNacionalDeEmpleo/ubicacion.jsp"
SOURCES = {
    "MX": {
        "repository": "Giovanniflores/STPSEmpleo",
        "commit": "ec8f882a807558e6b403fcd808eb22f66bc5a3db",
        "paths": [PAGE],
        "encoding": "utf-8",
        "publisher": "Secretaría del Trabajo y Previsión Social (STPS), Mexico: the Portal del "
        "Empleo's directory of the Servicio Nacional de Empleo's offices (Directorio de "
        "oficinas del SNE, ubicacion.jsp), in the portal's source code (Java packages "
        "mx.gob.stps.portal) as copied into the repository",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the STPS's terms for the portal's pages were not read here",
        "language": "es",
        "roles": {"name": "lugar", "phone": ["telefonos"], "address": ["domicilio"]},
    },
}  # fmt: skip

PANEL = re.compile(r'<div class="panel panel-default filtro (\w+)">')
GOV = re.compile(r"(?i)\.gob\.mx$")


def _text(fragment: str) -> str:
    """A cell's text: tags dropped, entities read, blanks collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _cell(body: str, label: str) -> str:
    m = re.search(r"<strong>" + label + r".*?</strong>(.*?)</div>", body, re.S)
    return _text(m.group(1)) if m else ""


def _phone_lines(body: str) -> list[str]:
    """The lines of the phone cell as the page prints them (a tag or a line break ends one)."""
    m = re.search(r"<strong>Tel&eacute;fono.*?</strong>(.*?)</div>", body, re.S)
    if not m:
        return []
    pieces = html.unescape(re.sub(r"<[^>]+>", "\n", m.group(1))).split("\n")
    return [p.strip(" \t\r") for p in pieces if p.strip()]


def _emails(body: str) -> list[str]:
    m = re.search(r"Correo electr.*", body, re.S)
    found = re.findall(r"[\w.+-]+@[\w.-]+\.\w+", m.group(0) if m else "")
    return [e for i, e in enumerate(found) if e not in found[:i] and GOV.search(e)]


def offices(page: str) -> list[dict[str, Any]]:
    """Every office panel outside HTML comments with a line of seven digits or more."""
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    parts = PANEL.split(page)
    found = []
    for i in range(1, len(parts), 2):
        state, body = parts[i], parts[i + 1]
        places = re.findall(r"<small>(.*?)</small>", parts[i - 1])
        lines = _phone_lines(body)
        if not any(sum(c.isdigit() for c in line) >= 7 for line in lines):
            continue
        fields = {
            "entidad": state,
            "lugar": _text(places[-1]) if places else "",
            "tipo": _text(re.search(r'panel-heading">(.*?)</div>', body, re.S).group(1)),
            "domicilio": _cell(body, "Domicilio"),
            "municipio": _cell(body, "Municipio"),
            "horario": _cell(body, "Horarios"),
            "telefonos": lines,
            "correos": _emails(body),
        }
        found.append({"country": "MX", "path": f"{PAGE}#{i // 2}", "fields": fields})
    return found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PAGE}").decode(meta["encoding"])
        rows += seeded_sample(offices(raw), country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
