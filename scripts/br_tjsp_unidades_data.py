"""Extract the real register that ``pii_held_out_352.py`` writes its records around into
``scripts/data/pii_br_tjsp_unidades.json``: the phone, fax and e-mail fields of a register no
earlier part used (Brazil, whose earlier parts took INEP's schools, Fortaleza's health posts,
the CNJ's cartórios, São Paulo's facilities, Florianópolis's contacts, Bahia's hospitals, the
ANS's operators, Panvel's pharmacies, IBRAM's museums, the SNBP's libraries, the PCPE's police
units, the CVM's companies, the Interlegis houses and the Banco do Nordeste's branches; this
one is the Tribunal de Justiça do Estado de São Paulo's telephone directory of its court
buildings, the fóruns and foros regionais of the state's comarcas), exactly as the court's
directory gives them.

One table of the open-geodata project's ``sp_tjsp_divadmin`` (Michel Metran), read from a git
checkout at a named commit, values unchanged:

* ``sp_tjsp_divadmin/data/output/tab/Unidades.csv``: 920 court units as the TJSP's Lista
  Telefônica (www.tjsp.jus.br/ListaTelefonica) returned them for the state's 645
  municipalities (fetched by its ``RetornarResultadoBusca`` search, script
  ``04_get_unidades``; 'Dados Atualizados em 23.01.2025'), each with its ``telefone`` and
  ``fax`` (the area code in brackets, the line hyphenated: ``(18) 2106-1718``; eight mobile
  lines of nine digits, ``(18) 98169-5471``; ``Não Informado`` where the directory gives
  none; two faxes a placeholder of zeros, ``(12) 0000-0000``), its ``email`` (the unit's
  administrative mailbox on ``tjsp.jus.br``, ``adamantinaadm@tjsp.jus.br``, or ``Não
  Informado``), beside the unit's name, circunscrição judiciária, number of installed courts
  (varas), entrância, distance from the capital, mains voltage, street address, postcode
  (``17800-000``), municipality and state, and the comarca with its IBGE code.

A unit is kept where its ``telefone`` holds a number of seven digits or more whose digits no
earlier Brazilian part's data holds and no unit kept before it has (the first of units that
share a switchboard), and where the directory does not mark it deactivated (``[Desativado]``,
``- Desativado`` in its name); the kept units are a seeded sample of ``CAP``, in the file's
order. Each is kept as the mapping of all of the table's columns to the published strings (the
table names no person: ``unidade`` is the building's name, which may honour a judge, ``Fórum
Dr. Laudo Ferreira de Camargo``; two street fields end in a note naming a unit's mailbox,
``(e-mail: indaiatuba1cr@tjsp.jus.br)``, kept as published).

    python scripts/br_tjsp_unidades_data.py BR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_br_tjsp_unidades.json"
CAP = 300
PATH = "sp_tjsp_divadmin/data/output/tab/Unidades.csv"
PHONE = "telefone"
# the earlier Brazilian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_inep_schools.json", "pii_br_fortaleza_uaps.json", "pii_br_cnj_cartorios.json",
    "pii_br_sp_facilities.json", "pii_br_florianopolis_contatos.json",
    "pii_br_ba_hospitais.json", "pii_br_ans_operadoras.json", "pii_br_panvel_filiais.json",
    "pii_br_ibram_museus.json", "pii_br_snbp_bibliotecas.json", "pii_br_pcpe_unidades.json",
    "pii_br_cvm_companhias.json", "pii_br_interlegis_casas.json", "pii_br_bnb_agencias.json",
)  # fmt: skip
SOURCES = {
    "BR": {
        "repository": "open-geodata/sp_tjsp_divadmin",
        "commit": "e15e0032dab9ad88ca4fe7f4072ed23ab8a9394e",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Tribunal de Justiça do Estado de São Paulo (TJSP), its telephone "
        "directory of the court's units (Lista Telefônica, www.tjsp.jus.br/ListaTelefonica) "
        "as the open-geodata project's sp_tjsp_divadmin (Michel Metran) fetched it for every "
        "municipality of the state and tabulated it (table last changed in 9422aab, 19 June "
        "2024; README 'Dados Atualizados em 23.01.2025')",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright (c) 2021 Michel "
        "Metran'); terms for the court's directory data themselves not confirmed",
        "language": "pt",
        "roles": {"name": "unidade", "phone": [PHONE], "fax": ["fax"], "email": "email",
                  "address": ["endereco_lougradouro", "endereco_cep", "endereco_municipio",
                              "endereco_uf"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept units of the directory, with the commit they were read at."""
    meta = SOURCES["BR"]
    raw = _git(gits["BR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "55"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier or digits_of(row["fax"]) in earlier:
            continue
        if "desativ" in row["unidade"].lower():
            continue
        seen.add(tel)
        found.append({"country": "BR", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "BR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
