"""Extract the real list that ``pii_held_out_128.py`` writes its records around into
``scripts/data/pii_br_fortaleza_uaps.json``: the phone fields of a list no earlier part used
(Fortaleza's municipal primary-care health posts, Ceará, Brazil; no earlier part took a
Brazilian register), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``db-postos.js``: a JavaScript array (``const dbPostos = [...]``) of Fortaleza's Unidades de
  Atenção Primária à Saúde (UAPS, the city's "postos de saúde"), 113 entries, each with its
  ``id`` (the list's number of the unit, 1 to 115), ``unidade`` (the unit's name, most of them
  named after a person the city honours: ``Miriam Porto Mota``; a name of the institution, no
  person's contact), ``endereco`` (street and number), ``bairro`` (the neighbourhood), ``cep``
  (the postcode, ``60135-400``) and ``telefone``: Fortaleza's eight-digit local numbers with no
  area code, the two halves joined by a hyphen (``3452-2315``), one written as a bare JSON
  number (``34522468``, kept as its digits), three ``Sem telefone`` (no number).

The repository EriJohnson/LocPostos-React-Native (a React Native prototype that locates the
posts) holds the array in one commit ("Upload de Arquivos", 23 March 2020) and names no source;
the units are those the Secretaria Municipal da Saúde de Fortaleza runs (the city's own list
was not read here to compare). Every entry with a number of six digits or more in
``telefone``, in the array's order (110 of 113); each kept as a mapping of all of its keys to
the published values as strings (the list names no person but as a unit's name).

    python scripts/br_fortaleza_uaps_data.py BR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_fortaleza_uaps.json"
CAP = 600
PATH = "db-postos.js"
SOURCES = {
    "BR": {
        "repository": "EriJohnson/LocPostos-React-Native",
        "commit": "b6ef6d3398eeef844984da50d314c23a715268b5",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Fortaleza's municipal primary-care health posts (Unidades de Atenção "
        "Primária à Saúde, UAPS, of the Secretaria Municipal da Saúde de Fortaleza, Ceará); "
        "copied as a JavaScript array into the repository in b6ef6d3 ('Upload de Arquivos', "
        "23 March 2020), which names no source",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the "
        "city's terms for its list of UAPS were not read here",
        "language": "pt",
        "roles": {
            "name": "unidade", "phone": ["telefone"], "address": ["endereco", "bairro", "cep"],
        },
    },
}  # fmt: skip


def _array(text: str) -> list[dict[str, Any]]:
    """The entries of the file's one array literal (its keys quoted, JSON-shaped)."""
    return json.loads(text[text.index("[") : text.rindex("]") + 1])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        entries = [{k: str(v) for k, v in entry.items()} for entry in _array(raw)]
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": entry}
            for i, entry in enumerate(entries)
            if _has_phone(entry, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
