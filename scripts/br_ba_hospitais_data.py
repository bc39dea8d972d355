"""Extract the real list that ``pii_held_out_217.py`` writes its records around into
``scripts/data/pii_br_ba_hospitais.json``: the phone fields of a register no earlier part used
(a scraped public directory of the hospitals, emergency units and mixed health units of the
municipalities of the State of Bahia; Brazil's earlier parts took INEP's schools, Fortaleza's
primary-care posts, the CNJ's cartórios, São Paulo's municipal facilities and Florianópolis's
contacts directory), exactly as the directory writes them.

One list, read from a git checkout at a named commit, values unchanged:

* ``dados_hospitais.js``: the array ``hospitais`` of the repository HugoMolAraujo11/Save_life2
  (a hospital finder: pick a state, then a municipality, and the page lists its hospitals),
  one JavaScript object per unit with ``id`` (the directory's running number, ``"1."``,
  ``"8"``; some numbers skipped), ``nome`` (``Hospital Municipal Odin Melo``, ``UPA de
  Caetité``, ``Hospital São João de Deus (Santa Casa de Misericórdia de Cachoeira)``),
  ``municipio``, ``estado`` (``BA`` throughout), ``endereco`` (street, number and district,
  ``Av. Carlito Costa, 16 - Centro``; ``Dr.ua`` where the copy's ``R.`` was replaced) and
  ``telefone``: Brazilian numbers as the directory writes them, the area code in brackets, a
  space, the line's two groups joined by a hyphen (``(77) 3476-2496``), alternative lines of
  the same exchange shortened to their last four digits after a slash (``(75)
  3287-2222/2470``, ``(75) 3423-8376/3421-1004/1474``, ``(74) 3627-2119/ 1990``), a few with a
  space for the hyphen (``(74) 3634 2426``), two spaces after the bracket (``(77)
  3262-1929``), a space after the hyphen (``(75) 3487- 2153``) or a note (``(73) 3532-1295 (
  Não funciona mais)``).

Each object is read as JSON (the file's objects are JSON objects inside a JavaScript array).
Every object whose ``telefone`` holds a number of six digits or more is kept (11 are ``não
disponível``, 6 the placeholder ``TELEFONE``), in the file's order, as a mapping of its keys to
the published strings (the list names no person: ``nome`` is the unit's name, many units named
after a person the municipality honours, as Brazilian hospitals are).

    python scripts/br_ba_hospitais_data.py BR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_ba_hospitais.json"
PATH = "dados_hospitais.js"
SOURCES = {
    "BR": {
        "repository": "HugoMolAraujo11/Save_life2",
        "commit": "37e797b3b95428192ed10492e90227119a526dda",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "a scraped public directory of the hospitals, emergency units (UPA) and "
        "mixed health units of Bahia's municipalities (name, municipality, address, "
        "telephone), as copied into the hospital-finder page of the repository "
        "HugoMolAraujo11/Save_life2 in its first commit ('primeiro commit', 4 November 2024); "
        "the page names no source for the list",
        "licence": "not confirmed: the repository has no LICENSE file and no README, and the "
        "list's own source and terms are not named",
        "language": "pt",
        "roles": {"name": "nome", "phone": ["telefone"], "address": ["endereco"]},
    },
}  # fmt: skip

_OBJECT = re.compile(r"\{[^{}]*\}")


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept units of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode(meta["encoding"])
        for i, m in enumerate(_OBJECT.finditer(raw)):
            fields = json.loads(m.group())
            if _has_phone(fields, meta["roles"]["phone"]):
                rows.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
