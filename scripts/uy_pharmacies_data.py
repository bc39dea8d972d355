"""Extract the real pharmacy list that ``pii_held_out_53.py`` writes its records around into
``scripts/data/pii_uy_pharmacies.json``: the phone fields of a country whose register no
earlier part used (Uruguay), exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``UY``: the pharmacies adhered to Medicina Personalizada (MP), a Uruguayan health-care
  provider, as its web site's "Farmacias adheridas" page lists them (``farma_adheridas.php`` of
  the repository rsantellan/html-medic-simple-site, a copy of that site): Uruguayan numbers as
  each entry gives them after its ``Tel.:`` or ``Tels.:`` label, eight digits in two groups
  (``2604 4161`` in Montevideo, ``4642 6699`` in the interior), two or three in one field after
  `` / ``, one with an extension (``4222 5474 int. 239``), one that lost its leading ``2``
  (``710 1728``); beside the entry's zone (a Montevideo neighbourhood or a town), name, address
  lines and notes (``Servicio nocturno permanente``).

The page gives the same list three times, for three screen widths; the one-column copy (the
``medicos_unac`` block) is read. Each ``<ul>`` is a zone (its ``especialidad`` item); in it,
an entry starts at a ``<strong>`` name, takes the items after it as address lines up to its
``Tel.:`` item, and the items after that as notes. A second ``<strong>`` before the number
(``Lyon``, then ``Urgencia``) is the number's heading; items after a number are its entry's
note, unless another number follows with no name between (Río Negro): then they are the
address of an entry of its own, with no name. Every entry with a number of
six digits or more, in the page's order, as a mapping of those parts to the published text
(stripped); the list names no person (its names are the pharmacies' and a sanatorium's), so
nothing is left out.

    python scripts/uy_pharmacies_data.py UY_GIT
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_uy_pharmacies.json"
CAP = 600
BLOCK = ('<div class="medicos_unac">', "<!-- planilla medica una columnas-->")
SOURCES = {
    "UY": {
        "repository": "rsantellan/html-medic-simple-site",
        "commit": "220508c7317d88f36c432bd06b837f9b786aef2b",
        "path": "farma_adheridas.php",
        "encoding": "utf-8",
        "publisher": "Medicina Personalizada (MP), a Uruguayan health-care provider: the "
        "'Farmacias adheridas' page of its web site as committed in 220508c ('First commit', "
        "9 February 2018) of a copy of the site; the one-column copy of the list "
        "(medicos_unac); no official register is named",
        "licence": "not confirmed for the data: the repository's LICENSE is the MIT licence "
        "(Copyright (c) 2018 Rodrigo Santellan) for the site's copy; no terms of MP for the "
        "list were found",
        "language": "es",
        "roles": {"name": "nombre", "phone": ["telefono"], "zone": "zona",
                  "address": ["direccion", "direccion_2"]},
    },
}  # fmt: skip

_ITEM = re.compile(r'<li(?: class="(?P<cls>[^"]*)")?>(?P<body>.*?)</li>', re.S)
_TEL = re.compile(r"(?P<label>Tels?\.:)\s*(?P<value>.*)", re.S)


def _text(body: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", body)).strip()


def _close(out: list[dict[str, str]], entry: dict[str, str] | None, after: list[str]) -> None:
    """Keep ``entry`` if it has a number, the items ``after`` it as its note."""
    if entry is not None and "telefono" in entry:
        if after:
            entry["nota"] = " ".join(after)
        out.append(entry)


def _entries(page: str) -> list[dict[str, str]]:
    """The entries of the one-column copy, each a mapping of its parts to the published text:
    ``zona``, ``nombre`` (absent where none), ``encabezado`` (a second name before the number),
    ``direccion`` and ``direccion_2`` (the address lines), ``rotulo`` (``Tel.:``/``Tels.:``),
    ``telefono`` and ``nota``."""
    start = page.index(BLOCK[0])
    block = page[start : page.index(BLOCK[1], start)]
    out: list[dict[str, str]] = []
    for ul in re.findall(r"<ul>(.*?)</ul>", block, re.S):
        zone, entry, lines = "", None, []

        for m in _ITEM.finditer(ul):
            body = m.group("body")
            if m.group("cls") == "especialidad":
                zone = _text(body)
            elif "<strong>" in body:
                if entry is not None and "telefono" not in entry:
                    entry["encabezado"] = _text(body)
                    continue
                _close(out, entry, lines)
                entry, lines = {"zona": zone, "nombre": _text(body)}, []
            elif tel := _TEL.match(_text(body)):
                if entry is None or "telefono" in entry:
                    # a number with no name of its own: the items since the last number are
                    # its address
                    address, lines = lines, []
                    _close(out, entry, lines)
                    entry, lines = {"zona": zone}, address
                assert len(lines) <= 2, lines
                for key, line in zip(("direccion", "direccion_2"), lines, strict=False):
                    entry[key] = line
                entry["rotulo"] = tel.group("label")
                entry["telefono"] = tel.group("value").strip()
                lines = []
            else:
                lines.append(_text(body))
        _close(out, entry, lines)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
