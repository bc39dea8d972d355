"""Extract the real list that ``pii_held_out_207.py`` writes its records around into
``scripts/data/pii_es_galicia_schools.json``: the phone fields of a register no earlier part
used (Galicia's public schools and institutes; Spain's earlier parts took the XTEC and Comunidad
de Madrid school registers, Eurostat's hospitals and the Junta de Castilla y León's libraries),
exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``js/db/centros.js``: a JavaScript array (``var db_centros_galicia_raw = [...]``, trailing
  commas in its objects) of 1,090 of the Xunta de Galicia's education centres (Consellería de
  Educación's public schools: ``CEIP``, ``IES``, ``EEI``, ``CPI``, ``CRA``, ``CEP``, ``CIFP``,
  ``CEE``, adult centres ``EPAPU``, art schools ``CFEA``), each with its ``tlf``: a Spanish
  nine-digit number as a bare JSON number (``988788339``; ``88x``/``98x`` fixed lines, about
  fifty ``6xx`` mobiles), beside the centre's eight-digit code (``cod``, ``32016790``), name,
  street address (``enderezo``), municipality (``concello``), province, postcode (``cp``),
  coordinates and taught stages (``ensinanzas``); 368 entries also give a nine-digit
  locality code (``codlocal``, ``320851400``) and the locality's name (``local``).

The array is read as JSON once its trailing commas are dropped; every number is kept as the
literal the file writes (``parse_int``/``parse_float``: ``tlf`` and ``cp`` as their digits,
the coordinates as written), strings as they stand. Every entry with a number of six digits
or more in ``tlf`` (one has ``-``), the first of each centre code (five entries repeat an
earlier one), in the file's order; a seeded sample of 600 of the 1,084 kept. Each kept entry
is a mapping of all of its keys to the published values (the list names no person: ``nombre``
is the centre's name).

    python scripts/es_galicia_schools_data.py ES_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_galicia_schools.json"
CAP = 600
PATH = "js/db/centros.js"
SOURCES = {
    "ES": {
        "repository": "chavaone/centros-galicia",
        "commit": "a7df8f656561da041331b37a57ad0d72595a5713",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Xunta de Galicia's education centres (Consellería de Educación, "
        "Universidade e Formación Profesional: public schools, institutes, nursery, adult, "
        "special-education and art schools of the four Galician provinces) as compiled into "
        "the map app 'Centros educativos de Galicia' (the list last changed in f7014e0, "
        "'Eliminar máis centros duplicados', 17 November 2017; the repository names no source "
        "for it beyond the centres' own codes, names and contacts)",
        "licence": "not confirmed: the repository's LICENSE is the GNU GPL v3 (added in "
        "21b470a, 'Create LICENSE', 29 October 2017) and names no terms for the list apart "
        "from the code; the Xunta's terms for its directory of centres were not read here",
        "language": "gl",
        "roles": {"name": "nombre", "phone": ["tlf"], "address": ["enderezo"]},
    },
}  # fmt: skip


def entries(raw: bytes) -> list[dict[str, Any]]:
    """The array's objects: the ``var`` statement's brackets read as JSON once trailing commas
    go, numbers kept as the literals the file writes."""
    text = raw.decode("utf-8")
    body = text[text.index("[") : text.rindex("]") + 1]
    body = re.sub(r",(\s*[\]}])", r"\1", body)
    return json.loads(body, parse_int=str, parse_float=str)


def _has_phone(entry: dict[str, Any]) -> bool:
    return sum(c.isdigit() for c in entry.get("tlf", "")) >= 6


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found, seen = [], set()
        for path in meta["paths"]:
            for i, entry in enumerate(entries(_git(git_dir, "show", f"{meta['commit']}:{path}"))):
                if not _has_phone(entry) or entry["cod"] in seen:
                    continue
                seen.add(entry["cod"])
                found.append({"country": country, "path": f"{path}#{i}", "fields": entry})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
