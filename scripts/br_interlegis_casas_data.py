"""Extract the real register that ``pii_held_out_320.py`` writes its records around into
``scripts/data/pii_br_interlegis_casas.json``: the phone and e-mail fields of a register no
earlier part used (Brazil, whose earlier parts took INEP's schools, Fortaleza's health posts,
the CNJ's cartórios, São Paulo's facilities, Florianópolis's contacts, Bahia's hospitals, the
ANS's operators, Panvel's pharmacies, IBRAM's museums, the SNBP's libraries, the PCPE's police
units and the CVM's companies; this one is the Interlegis programme's (Senado Federal) register
of the Casas Legislativas, the country's municipal councils and state assemblies), exactly as
the register gives them.

Two fixture files of the Interlegis SIGI (Sistema de Informações Gerenciais do Interlegis),
read from a git checkout at one named commit, values unchanged:

* ``sigi/fixtures/casas_20081120.json``: the register's 4,491 legislative houses as of
  November 2008 (4,458 câmaras municipais, 27 state assemblies and the Distrito Federal's,
  the two houses of Congress and a few others), each with its name, kind (``CM``, ``AL``...),
  street, district, postcode, IBGE municipality code, web page and e-mail field;
* ``sigi/fixtures/contatos.json`` (as updated in ``5c5653a1``, 'Atualizado fixtures de
  contatos (dados do Portal)', January 2009): the municipalities and states, and 4,118
  telephones of 3,742 houses (``contatos.telefone`` of ``content_type`` 9, the house as
  ``object_id``; one to three a house), noted 'Telefone importado de base de dados do Portal.'
  (the Interlegis portal's directory), each number as one string as the portal had it
  (``(44) 568-1202``, ``( 31) 3845-1233``, ``(31) 3855 - 1463``, ``532-0146``; 7-digit lines
  of before the 2005 renumbering beside 8-digit ones).

A house is kept where it has a telephone and every one of its telephones is a clean number of
seven digits or more (digits, spaces, brackets, hyphens, dots, slashes: 38 telephones carry
words, ``ramal`` notes or ``0xx`` carrier codes and leave their houses out); the kept houses
are a seeded sample of ``CAP``, in the file's order. Each is kept as the mapping of its fixture
fields to the published strings (the long ``historico`` text and the photo fields left out:
the history names people), with its municipality's name and state from the municipalities'
list and its telephones in the register's order as ``telefone_1`` to ``telefone_3`` (the
register names no person in these fields: ``nome`` is the house's name; an ``email`` may be a
desk's or a mailbox at a free provider, kept as published).

    python scripts/br_interlegis_casas_data.py BR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_interlegis_casas.json"
CAP = 320
CASAS = "sigi/fixtures/casas_20081120.json"
CONTATOS = "sigi/fixtures/contatos.json"
CASA_TYPE = 9  # the content type of ``casas.casalegislativa`` in the fixtures' database
PHONES = ("telefone_1", "telefone_2", "telefone_3")
DROPPED = ("historico", "foto", "foto_largura", "foto_altura")
CLEAN = re.compile(r"[\d\s().\-/]+")
SOURCES = {
    "BR": {
        "repository": "interlegis/sigi",
        "commit": "5c5653a1d2cc0c3d15c8ed71a8dba6649ff1bfdd",
        "paths": [CASAS, CONTATOS],
        "publisher": "Programa Interlegis (Instituto Legislativo Brasileiro, Senado Federal), "
        "its register of the Casas Legislativas (câmaras municipais and state assemblies) "
        "and their telephones as the Interlegis portal's directory held them, loaded into "
        "the SIGI (Sistema de Informações Gerenciais do Interlegis) as fixtures: the houses "
        "'Informações de 11/2008' (4c4dfa8, 21 November 2008), the telephones 'dados do "
        "Portal' (5c5653a, 8 January 2009)",
        "licence": "GNU GPL for the repository's code (its COPYING file at this commit is the "
        "GPL v3 text, its later LICENSE file GPL-2.0); terms for the register's data "
        "themselves not confirmed (the fixtures carry none)",
        "language": "pt",
        "roles": {"name": "nome", "phone": list(PHONES), "email": "email",
                  "address": ["logradouro", "bairro", "cep", "municipio_nome", "uf"]},
    },
}  # fmt: skip


def _clean(number: str) -> bool:
    """A telephone of digits and separators only, with seven digits or more (a subscriber's
    line)."""
    return bool(CLEAN.fullmatch(number.strip())) and sum(c.isdigit() for c in number) >= 7


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept houses of the register, with the commit they were read at."""
    meta = SOURCES["BR"]
    git_dir = gits["BR"]
    casas = json.loads(_git(git_dir, "show", f"{meta['commit']}:{CASAS}"))
    contatos = json.loads(_git(git_dir, "show", f"{meta['commit']}:{CONTATOS}"))
    states = {x["pk"]: x["fields"]["sigla"] for x in contatos
              if x["model"] == "contatos.unidadefederativa"}  # fmt: skip
    towns = {x["pk"]: x["fields"] for x in contatos if x["model"] == "contatos.municipio"}
    phones: dict[int, list[tuple[int, str]]] = {}
    for x in contatos:
        if x["model"] == "contatos.telefone" and x["fields"]["content_type"] == CASA_TYPE:
            phones.setdefault(x["fields"]["object_id"], []).append((x["pk"], x["fields"]["numero"]))
    found = []
    for i, casa in enumerate(casas):
        numbers = [n for _, n in sorted(phones.get(casa["pk"], []))]
        if not numbers or not all(_clean(n) for n in numbers):
            continue
        town = towns[casa["fields"]["municipio"]]
        fields = {k: v for k, v in casa["fields"].items() if k not in DROPPED}
        fields["municipio"] = str(fields["municipio"])
        fields["municipio_nome"] = town["nome"]
        fields["uf"] = states[town["uf"]]
        fields.update(zip(PHONES, numbers, strict=False))
        assert all(isinstance(v, str) for v in fields.values()), casa["pk"]
        found.append({"country": "BR", "path": f"{CASAS}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "BR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
