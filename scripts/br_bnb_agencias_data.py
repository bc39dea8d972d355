"""Extract the real register that ``pii_held_out_335.py`` writes its records around into
``scripts/data/pii_br_bnb_agencias.json``: the phone fields of a register no earlier part used
(the Banco Central do Brasil's register of bank branches, its ``Informes_Agencias`` open-data
service, as it lists the branches of the Banco do Nordeste do Brasil; Brazil's earlier parts
took INEP's schools, Fortaleza's primary-care posts, the CNJ's cartórios, the City of São
Paulo's facilities, Florianópolis's contacts directory, Bahia's hospitals, the ANS's
health-plan operators, Panvel's pharmacies, IBRAM's museums, the SNBP's public libraries, the
PCPE's police units, the CVM's publicly held companies and the Interlegis houses, other
publishers and other kinds of institution), exactly as the register gives them.

``data/agencias.csv`` of the repository blahxjr/sisenccontas (a prototype of a bank's digital
account-closing service), as first committed in ``eb21b9d``: six comment lines (``#``) naming
the source, the Banco Central's ``Informes_Agencias`` OData service on olinda.bcb.gov.br
(ODbL), the date of the copy (05/04/2026), the count (300 branches) and the bank's CNPJ and
COMPE code (``004``), then a comma-separated table, UTF-8, 300 rows, one per branch of the
Banco do Nordeste do Brasil in thirteen states: the branch's code (``codigo``, ``6``), name
(``Arapiraca``, ``Fortaleza Aldeota``), municipality (unaccented, ``Maceio``), state
(``AL``), postcode (``57300-070``), street line (``Rua Fernandes Lima``, some with the
building number, ``Praca Sen Eneas Araujo, 38``), district (``Centro``), and its number as
the register gives it: the area code on its own in ``ddd`` (``82``) and the line in
``telefone`` with no separator (``35228550``, 289 of eight digits; mobiles of nine digits,
``988013746``, 8; three of seven digits, ``3261422``); no fax or e-mail column. Later commits
of the repository rename the bank in the comment lines and drop its CNPJ there; the rows
read here are those of ``eb21b9d``.

Every row whose ``telefone`` holds a number (all 300), in the file's order (a seeded sample
of ``CAP`` where there would be more), each kept as the mapping of the file's nine columns to
the published strings (the register names no person: ``nome`` is the branch's name, after
its town or district).

    python scripts/br_bnb_agencias_data.py BR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_bnb_agencias.json"
CAP = 600
PATH = "data/agencias.csv"
SOURCES = {
    "BR": {
        "repository": "blahxjr/sisenccontas",
        "commit": "eb21b9d188d344bbc084bb70ddf53d9e8a64be37",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "Banco Central do Brasil, its register of bank branches as the "
        "Informes_Agencias open-data service (olinda.bcb.gov.br/olinda/servico/"
        "Informes_Agencias/versao/v1) gives it, the branches of the Banco do Nordeste do "
        "Brasil (COMPE 004); copied into the repository in eb21b9d ('feat: fases 1-4 — "
        "catalogo agencias, ...', 5 April 2026: '300 agencias reais BNB (fonte BCB/ODbL)'), "
        "the file's comment lines naming the service and the copy's date, 05/04/2026",
        "licence": "not confirmed for this copy: the repository has no LICENSE file and its "
        "README names no terms; the file's comment lines give the Banco Central's data as "
        "ODbL (Open Database License), not read here",
        "language": "pt",
        "roles": {"name": "nome", "phone": ["telefone"], "address": ["endereco", "bairro"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode(meta["encoding"])
        lines = [line for line in raw.splitlines(keepends=True) if not line.startswith("#")]
        table = csv.DictReader(io.StringIO("".join(lines), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
