"""Extract the real list that ``pii_held_out_288.py`` writes its records around into
``scripts/data/pii_br_pcpe_unidades.json``: the phone fields of a register no earlier part used
(Brazil, whose earlier parts took INEP's schools, Fortaleza's health posts, the CNJ's cartórios,
São Paulo's facilities, Florianópolis's contacts, Bahia's hospitals, the ANS's operators,
Panvel's pharmacies, IBRAM's museums and the SNBP's libraries: this is the Polícia Civil de
Pernambuco's directory of the addresses and telephones of its units), exactly as published.

One list of one publisher, read from a git checkout at a named commit, values unchanged: the
table of the PCPE's page of unit addresses and telephones ("Endereços e Telefones"), police
stations (delegacias de polícia of each circunscrição, the women's, children's and other
specialised delegacias), the seccional and regional delegacias, the chief's office and its
departments, institutes and desks, as the HTML ``<tbody>`` of that page, pasted whole into a
template literal of a Node script (``extrairUnidades.js``) that turned it into the data of a
small directory app. Each ``<tr>`` has three cells: the unit's name (``DP 48ª CIRC./11ª
DESEC/GCOI 1 - DELEGACIA DE POLÍCIA DA 48ª CIRCUNSCRIÇÃO - ALIANÇA``), its address led by the
label ``Endereço:`` (``Endereço: Rua Juvino Gomes, nº 68, Centro, Aliança/PE - CEP: 55890-000``)
and its telephones (``(81) 3637-5806 / (81) 3637-5803``: Pernambuco's area codes ``81`` and
``87`` in brackets, a space, the line's two groups joined by a hyphen, several joined by
`` / ``; some with another separator or none, ``(81)3755-1906``, ``(81) 31843651``, a line
without its area code, ``3662-0111``, one mistyped with nine digits, ``(81) 36226-8683``).

Every row whose telephone cell holds a number of six digits or more (of 399: 13 read
``Aguardando instalação``, 5 ``&nbsp;``, 2 ``.``), a seeded sample of ``CAP`` in the table's
order; each row kept as the mapping of its three cells to their published text (the cells hold
no markup; the list names no person: a unit's name is its office's).

    python scripts/br_pcpe_unidades_data.py BR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_pcpe_unidades.json"
CAP = 320
PATH = "teste_chat_gpt/agenda_unidades_pcpe/js/extrairUnidades.js"
COLUMNS = ("unidade", "endereco", "telefones")
SOURCES = {
    "BR": {
        "repository": "tthiagocarlosdev/TESTES",
        "commit": "18d6b32531617d6316512c917f28821d63c93f9f",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "Polícia Civil de Pernambuco (PCPE), the table of its page of the "
        "addresses and telephones of its units (Endereços e Telefones), pasted whole as HTML "
        "into the template literal ``dataString`` of a Node script of a directory app (Agenda "
        "Unidades PCPE, 'Endereços e Telefones PCPE') in 18d6b32 ('arquivo com todas as "
        "unidades criado', 18 March 2024), unchanged since; the app's folder keeps a "
        "screenshot of the PCPE's page (img/tela_de_enrderecos_pcpe.png)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the PCPE's terms for its page were not read here",
        "language": "pt",
        "columns": list(COLUMNS),
        "roles": {"name": "unidade", "phone": ["telefones"], "address": ["endereco"]},
    },
}  # fmt: skip


def table_rows(script: str) -> list[dict[str, str]]:
    """The rows of the ``<tbody>`` in the script's ``dataString`` literal, each as the mapping
    of ``COLUMNS`` to its cells' text (no cell holds markup)."""
    body = script[script.index("`<tbody>") + 1 : script.index("</tbody>`")]
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)
        assert len(cells) == len(COLUMNS), tr
        assert not any(re.search(r"[<>]", c) for c in cells), tr
        rows.append(dict(zip(COLUMNS, cells, strict=True)))
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the table, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = table_rows(raw.decode(meta["encoding"]))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
