"""Extract the real lists that ``pii_held_out_201.py`` writes its records around into
``scripts/data/pii_mx_jesus_maria.json``: the phone fields of a register no earlier part used
(the municipality of Jesús María, Aguascalientes: its directory of offices and its catalogue of
procedures; Mexico's earlier parts took the Secretaría de Cultura's museums, INEGI's DENUE and
Chiapas's schools), exactly as the municipality's web site gives them.

Two lists of one publisher, read from a git checkout at a named commit, values unchanged:

* ``view/gobierno/directorio.php``: the municipality's institutional directory ("Directorio
  Institucional", "Dependencias"), an HTML table of four columns, ``Secretaria``, ``Área``,
  ``Télefono`` (so spelt) and ``Extensión``: each office of the municipal government with the
  switchboard or direct numbers as the page writes them (``449 965-00-88``; up to three joined
  by `` , ``, ``449 965-06-03 , 449 965-06-81 , 449 963-55-02``; a leading blank kept) and its
  extensions (``1039, 1055``, ``NA`` where none); every row with a number (one has ``NA --``);
* the ``tramites`` table of ``assets/BD/adminjm_jm (3).sql`` (a MySQL dump of the site's
  database): the municipality's catalogue of procedures and services (trámites), each with the
  telephone of the office that attends it (``telefono_pcorp``, as the staff entered it, in many
  shapes: ``4499650088 Ext. 1072 y 1081``, ``9650224``, ``(449) 361 90 41 y 42``,
  ``44996368-88 , 4499639237 , 4499639665``, ``9 65 00 88 Ext. 1037``) and the office's
  address (``direccion_pcorp``), beside its id, the ids of its secretariat and area, its name,
  cost, the paths of its form and of its page, its kind and permission ids and whether it takes
  appointments on line; the secretariat's and area's names joined from the dump's
  ``secretarias`` and ``areas`` tables (as ``secretaria`` and ``area``); every row with a number
  of six digits or more in ``telefono_pcorp``. The ``requisitos`` column (HTML lists of the
  documents a procedure asks for) is left out. The dump's other tables are not read (among
  them the site's mailbox and appointment tables, which hold residents' own names and numbers).

The lists name no person: ``Área`` and ``nombre`` are offices' and procedures' names.

    python scripts/mx_jesus_maria_data.py MX_GIT
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_mx_jesus_maria.json"
CAP = 600
DIRECTORY = "view/gobierno/directorio.php"
DUMP = "assets/BD/adminjm_jm (3).sql"
DIRECTORY_COLUMNS = ("Secretaria", "Área", "Télefono", "Extensión")
SOURCES = {
    "MX": {
        "repository": "hosce/principal",
        "commit": "735f69c288e4eb8fe1c3fd27d4c3bbb80cb02a92",
        "paths": [DIRECTORY, DUMP],
        "encoding": "utf-8",
        "publisher": "the municipality of Jesús María (Aguascalientes, Mexico), the "
        "'Directorio Institucional' page of its web site and the catalogue of procedures "
        "(trámites) of the site's database, as the repository of that site holds them "
        "(README: 'Página prinicipal Jesús María'); both files as added in 7e34fbe ('Agrega "
        "archivos al repositorio', 20 March 2020)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the municipality's terms for its site were not read here",
        "language": "es",
        "roles": {
            "name": "Área",
            "phone": ["Télefono", "telefono_pcorp"],
            "address": ["direccion_pcorp"],
        },
    },
}  # fmt: skip


def _directory(text: str) -> list[dict[str, str]]:
    """The directory table's rows: each ``<tr>`` of four ``<td>`` as a mapping of the
    table's column names to the cells' text (entities decoded, blanks kept)."""
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", text, re.S):
        cells = re.findall(r"<td>(.*?)</td>", tr, re.S)
        if cells:
            assert len(cells) == len(DIRECTORY_COLUMNS), cells
            rows.append(dict(zip(DIRECTORY_COLUMNS, map(html.unescape, cells), strict=True)))
    return rows


def _sql_string(s: str, i: int) -> tuple[str, int]:
    """The SQL string literal starting at ``s[i]`` (a quote), unescaped, and the index after
    it."""
    out, j = [], i + 1
    escapes = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}
    while True:
        c = s[j]
        if c == "\\":
            out.append(escapes.get(s[j + 1], s[j + 1]))
            j += 2
        elif c == "'" and s[j + 1 : j + 2] == "'":
            out.append("'")
            j += 2
        elif c == "'":
            return "".join(out), j + 1
        else:
            out.append(c)
            j += 1


def _table(dump: str, table: str) -> list[dict[str, str | None]]:
    """Every row of the dump's ``INSERT INTO `table``` statements as a mapping of its columns
    to the values (strings as written, numbers as their digits, ``NULL`` as None)."""
    rows: list[dict[str, str | None]] = []
    head = re.compile(rf"INSERT INTO `{re.escape(table)}` \(([^)]*)\) VALUES\n")
    for m in head.finditer(dump):
        columns = [c.strip(" `") for c in m.group(1).split(",")]
        i = m.end()
        while True:
            assert dump[i] == "(", dump[i : i + 40]
            i += 1
            values: list[str | None] = []
            while True:
                if dump[i] == "'":
                    value, i = _sql_string(dump, i)
                    values.append(value)
                else:
                    j = i
                    while dump[j] not in ",)":
                        j += 1
                    raw = dump[i:j].strip()
                    values.append(None if raw == "NULL" else raw)
                    i = j
                if dump[i] == ",":
                    i += 1
                    while dump[i] == " ":
                        i += 1
                    continue
                assert dump[i] == ")"
                i += 1
                break
            rows.append(dict(zip(columns, values, strict=True)))
            if dump[i] == ";":
                break
            assert dump[i] == ",", dump[i : i + 40]
            i += 1
            while dump[i] in "\r\n ":
                i += 1
    return rows


def _read(git_dir: Path, commit: str, path: str) -> str:
    """A file of the checkout at ``commit``, as UTF-8 text."""
    return _git(git_dir, "show", f"{commit}:{path}").decode("utf-8")


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = [
            {"country": country, "path": f"{DIRECTORY}#{i}", "fields": row}
            for i, row in enumerate(_directory(_read(git_dir, meta["commit"], DIRECTORY)))
            if _has_phone(row, ["Télefono"])
        ]
        dump = _read(git_dir, meta["commit"], DUMP)
        secretarias = {r["idsecretaria"]: r["secretaria"] for r in _table(dump, "secretarias")}
        areas = {r["idarea"]: r["area"] for r in _table(dump, "areas")}
        for i, row in enumerate(_table(dump, "tramites")):
            if not _has_phone({"t": row["telefono_pcorp"] or ""}, ["t"]):
                continue
            kept = {k: v for k, v in row.items() if k != "requisitos"}
            kept["secretaria"] = secretarias.get(row["idsecretaria"])
            kept["area"] = areas.get(row["idarea"])
            found.append({"country": country, "path": f"{DUMP}#tramites/{i}", "fields": kept})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
