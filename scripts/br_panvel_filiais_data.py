"""Extract the real list that ``pii_held_out_243.py`` writes its records around into
``scripts/data/pii_br_panvel_filiais.json``: the phone fields of a register no earlier part used
(the store list of Panvel, a pharmacy chain of Brazil's South and São Paulo, as its health-hub
pages publish it; Brazil's earlier parts took INEP's schools, Fortaleza's primary-care posts, the
CNJ's cartórios, São Paulo's municipal facilities, Florianópolis's contacts directory, Bahia's
hospitals and the ANS's health-plan operators), exactly as the pages write them.

One list, read from a git checkout at a named commit, values unchanged:

* ``pages/covid/filiais-15.js``: the array ``dataPanvel`` of the repository
  allanrsgomes/panvel-clinic (the health hub of Panvel's web site, 'Projeto do Hub de Saúde do
  site da panvel'), the stores that run COVID tests, one JavaScript object per store with
  ``Filial`` (the store number, ``"4"``, ``"778"``), ``Estado`` (``Rio Grande do Sul``), ``UF``
  (``RS``, ``PR``, ``SC`` among the kept stores: 168, 59 and 19), ``Cidade`` (``Porto
  Alegre``; 43 with a trailing blank), ``Endereço`` (``Av. Borges de Medeiros, 589- e 595``),
  ``Bairro`` and ``Telefone``: the
  store's mobile line as the page writes it, the area code and the nine-digit number joined by
  a hyphen (``51-995794726``; 242 of them), and four written otherwise (``(51)99...``, ``51 -
  99...-....``, ``51 - 99...``, ``51- 99...``). The other arrays of the file (the laboratory
  units' saliva, antibody, IgG/IgM and RT-PCR lists) carry no number.

Each object is read as JSON (the array is a JSON array inside the script). Every store whose
``Telefone`` holds a number of six digits or more is kept (6 of 252 have no ``Telefone``, the
four stores of São Paulo among them), in the file's order, as a mapping of its keys to the
published strings (the list names no person; a store's number is its own WhatsApp line).

    python scripts/br_panvel_filiais_data.py BR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_panvel_filiais.json"
PATH = "pages/covid/filiais-15.js"
ARRAY = "const dataPanvel = "
SOURCES = {
    "BR": {
        "repository": "allanrsgomes/panvel-clinic",
        "commit": "1088a3975d3b55eb027ade405683f647dc44383b",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "Panvel (Panvel Farmácias, a pharmacy chain of Rio Grande do Sul, Santa "
        "Catarina, Paraná and São Paulo), its list of the stores that run COVID tests, with "
        "each store's number, address, district and mobile line, as the health-hub pages of "
        "its web site publish it (the array dataPanvel of pages/covid/filiais-15.js, last "
        "changed in a8ef682, 'Atualização: Filiais panvel fazendo teste COVID', 7 July 2021; "
        "the repository's README: 'Projeto do Hub de Saúde do site da panvel')",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; Panvel's terms for its web site were not read here",
        "language": "pt",
        "roles": {"name": "Filial", "phone": ["Telefone"], "address": ["Endereço"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stores of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode(meta["encoding"])
        start = raw.index(ARRAY) + len(ARRAY)
        end = raw.index("\n]", start) + 2
        for i, fields in enumerate(json.loads(raw[start:end])):
            if _has_phone(fields, meta["roles"]["phone"]):
                rows.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
