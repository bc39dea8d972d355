"""Extract the real register that ``pii_held_out_233.py`` writes its records around into
``scripts/data/pii_br_ans_operadoras.json``: the phone, fax and e-mail fields of a register no
earlier part used (Brazil's health-plan operators as the Agência Nacional de Saúde Suplementar,
ANS, registers them; Brazil's earlier parts took INEP's schools, Fortaleza's primary-care posts,
the CNJ's cartórios, the City of São Paulo's facilities, Florianópolis's contacts directory and
a directory of Bahia's hospitals, other publishers and other kinds of institution), exactly as
the ANS's list gives them.

``Relatorio_cadop.csv`` of the repository levinsousa/relacao-operadoras-ativas-ans: the ANS's
``Relação de Operadoras Ativas ANS`` (the CADOP report of active operators), a title line, a
blank line, then a semicolon-separated table with every field quoted, Windows-1252, 1,155
rows, one per operator: the ANS registration number (``Registro ANS``, six digits,
``418374``), CNPJ (fourteen digits, ``11828089000103``), legal and trade name, modality
(``Autogestão``, ``Cooperativa Médica``, ``Medicina de Grupo``, ``Odontologia de Grupo``,
``Administradora de Benefícios``, ...), street, number, complement, district, city, state,
postcode (eight digits in one run, ``70730630``), and its numbers as the ANS gives them: the
area code on its own in ``DDD`` (``61``) and the line in ``Telefone`` and ``Fax`` with no
separator (``39668300``; mobiles of nine digits, ``982537447``), the e-mail address in
``Endereço eletrônico``, the legal representative's name and office and the date of the
registration (``12/01/2012``).

Every row whose ``Telefone`` is one line of eight or nine digits (1,091; 47 have none, 17 hold
something else: two lines run together, ``3231159088324692``, an area code before the line,
``21999434833``, or four digits), but the one whose line repeats its postcode (``37130000`` in
both, so neither copy could be told for the other), a seeded sample of ``CAP`` of them, in
the file's order, each kept as a mapping of the file's columns to the published strings, with
these exceptions: ``Representante`` and ``Cargo Representante`` (a person's name and office)
are left out, and ``Endereço eletrônico`` is kept only where its local part names the operator
or one of its desks, not a person: each of its words (split at ``.``, ``_`` and ``-``) is a
word of a desk (``DESK``: ``ans``, ``contato``, ``diretoria``, ``juridico``, ``ouvidoria``,
...) or a word of the operator's legal or trade name or of the address's domain, and at least
one is a desk's
(``contato@abbess.com.br``, ``abertta.ans@arcelormittal.com.br``); the others, most of them a
person's name (``leonardo@...``, ``geander.santos@...``), are left out.

    python scripts/br_ans_operadoras_data.py BR_GIT
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_ans_operadoras.json"
CAP = 360
PATH = "Relatorio_cadop.csv"
PHONE, FAX, EMAIL = "Telefone", "Fax", "Endereço eletrônico"
# the columns left out: the legal representative's name and office
PERSON = ("Representante", "Cargo Representante")
# words of a desk or an office of an operator, as its mailbox names them
DESK = frozenset(
    {
        "ans",
        "atendeans",
        "atendimento",
        "administracao",
        "administrativo",
        "adm",
        "assessoria",
        "cadastro",
        "comercial",
        "compliance",
        "contabil",
        "contabilidade",
        "contato",
        "contatoans",
        "controladoria",
        "cpd",
        "diretoria",
        "direcao",
        "falecom",
        "faleconosco",
        "faturamento",
        "financeira",
        "financeiro",
        "gerencia",
        "gerenciaadm",
        "governanca",
        "info",
        "juridico",
        "nucleoans",
        "operadora",
        "ouvidoria",
        "presidencia",
        "produtoseregulacao",
        "regulacao",
        "regulamentacao",
        "regulatorio",
        "relacionamento",
        "representanteans",
        "sac",
        "secretaria",
        "superintendencia",
    }
)
SOURCES = {
    "BR": {
        "repository": "levinsousa/relacao-operadoras-ativas-ans",
        "commit": "2bf932e8b2c26451cee30ee862ebde15677bfa15",
        "paths": [PATH],
        "encoding": "cp1252",
        "publisher": "Agência Nacional de Saúde Suplementar (ANS, Brazil's regulator of private "
        "health plans), its report of active health-plan operators ('Relação de Operadoras "
        "Ativas ANS', the CADOP list the ANS publishes among its open data); committed to the "
        "repository in 2bf932e ('Inicio da implementação do CSV', 1 June 2022) by a Vue "
        "front-end exercise that displays it",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the ANS's terms for its open data were not read here",
        "language": "pt",
        "roles": {
            "name": "Razão Social", "trade_name": "Nome Fantasia", "phone": [PHONE],
            "fax": [FAX], "email": EMAIL, "area_code": "DDD", "register": "Registro ANS",
            "cnpj": "CNPJ", "postcode": "CEP", "city": "Cidade", "state": "UF",
        },
    },
}  # fmt: skip


def _words(value: str) -> set[str]:
    """The lower-case words of ``value``, accents taken off."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return set(re.findall(r"[a-z0-9]+", plain))


def desk_email(row: dict[str, str]) -> bool:
    """Whether the row's e-mail field is one address whose local part names a desk of the
    operator (a ``DESK`` word) and nothing but desks and the operator's own names."""
    value = row[EMAIL].strip()
    if not re.fullmatch(r"[^@\s;,/]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", value):
        return False
    local, domain = value.lower().split("@")
    words = [w for w in re.split(r"[._-]", local) if w]
    own = _words(row["Razão Social"]) | _words(row["Nome Fantasia"]) | _words(domain)
    return any(w in DESK for w in words) and all(w in DESK or w in own for w in words)


def keep(row: dict[str, str]) -> dict[str, str]:
    """The row's columns as published, but the representative's, and the e-mail field where
    it names no desk."""
    return {k: v for k, v in row.items() if k not in PERSON and (k != EMAIL or desk_email(row))}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        title, blank, table = raw.split("\n", 2)
        assert title == "Relação de Operadoras Ativas ANS" and blank == ""
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": keep(row)}
            for i, row in enumerate(csv.DictReader(io.StringIO(table, newline=""), delimiter=";"))
            if re.fullmatch(r"\d{8,9}", row[PHONE]) and row[PHONE] != row["CEP"]
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
