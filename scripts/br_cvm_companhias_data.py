"""Extract the real register that ``pii_held_out_304.py`` writes its records around into
``scripts/data/pii_br_cvm_companhias.json``: the phone, fax and e-mail fields of a register no
earlier part used (Brazil's publicly held companies as the Comissão de Valores Mobiliários,
CVM, registers them; Brazil's earlier parts took INEP's schools, Fortaleza's primary-care posts,
the CNJ's cartórios, the City of São Paulo's facilities, Florianópolis's contacts directory, a
directory of Bahia's hospitals, the ANS's health-plan operators, Panvel's pharmacies, IBRAM's
museums, the SNBP's public libraries and the PCPE's police units, other publishers and other
kinds of institution), exactly as the CVM's open data gives them.

``cad_cia_aberta.csv`` of the repository enok/flowpredict: the CVM's ``Cadastro de Companhias
Abertas`` (dados.cvm.gov.br, data set ``cia_aberta-cad``), a semicolon-separated table with a
header line, ISO-8859-1, CRLF line ends, 2,584 rows, one per company ever registered, beside
the CVM's own field dictionary (``meta_cad_cia_aberta.txt``): the CNPJ (``08.773.135/0001-00``),
legal and trade names, the dates of the registration and the company's constitution
(``2020-10-29``), cancellation date and reason, status (``SIT``: ``ATIVO``, ``CANCELADA``...),
the CVM code (``CD_CVM``, ``25224``), sector, market, category, issuer status, shareholder
control (``PRIVADO``, ``ESTATAL``...), the head office's address (``TP_ENDER`` ``SEDE``,
street, complement, district, city, state, country and the postcode as a number, its leading
zero dropped: ``4711130`` for 04711-130) and its numbers as the CVM gives them: the area code
on its own in ``DDD_TEL`` and ``DDD_FAX`` (``11``; some with a trunk zero, ``011``) and the line
in ``TEL`` and ``FAX`` with no separator (``39579400``; seven digits in a few old rows,
``5355122``, nine in a few), the company's mailbox in ``EMAIL``; then the investor-relations
officer's (``TP_RESP``, ``RESP`` and the officer's address, numbers and mailbox) and the
auditor's CNPJ and name.

Every row of a company whose registration is active (``SIT`` ``ATIVO``: 782) with a ``TEL`` of
seven to nine digits (all of them) and a head office in Brazil (``PAIS`` ``BRASIL`` or empty;
one in Egypt left out), a seeded sample of ``CAP`` of them, in the file's order, each kept as a
mapping of the file's columns to the published strings, with these exceptions: the officer's
columns (``TP_RESP``, ``RESP``, ``DT_INI_RESP`` and every ``*_RESP`` column: a person's name,
office address, numbers and mailbox) are left out, and ``EMAIL`` is kept only where it is one
address whose local part names the company or one of its desks, not a person: each of its
words (split at ``.``, ``_`` and ``-``) is a word of a desk (``DESK``: ``ri``, ``dri``,
``invest``, ``acionistas``, ``juridico``...) or a word of the company's legal or trade name or
of the address's domain, and at least one is a desk's (``ri@2wecobank.com.br``,
``vale.ri@vale.com``); the others, most of them a person's name (``ctilkian@...``,
``suellen.novais@...``) or several addresses in one field, are left out (emptied).

    python scripts/br_cvm_companhias_data.py BR_GIT
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_cvm_companhias.json"
CAP = 320
PATH = "cad_cia_aberta.csv"
PHONE, FAX, EMAIL = "TEL", "FAX", "EMAIL"
# the investor-relations officer's columns, left out
PERSON = ("TP_RESP", "RESP", "DT_INI_RESP")
# words of a desk or an office of a company, as its mailbox names them
DESK = frozenset(
    {
        "ri", "dri", "gri", "ir", "invest", "investidores", "investor", "investors",
        "investorrelations", "relations", "relacoescominvestidores", "invrel", "relinvest",
        "falecomri", "diretorri", "acionistas", "acionista", "cvm", "diretoria", "juridico",
        "mercado", "capitais", "contato", "contabilidade", "controladoria", "inform", "info",
        "notificacao", "relacionamento", "governance", "governancacorporativa", "financeira",
        "financeiro", "societario", "secretaria", "gabinete", "reguladores", "atendimento",
    }
)  # fmt: skip
SOURCES = {
    "BR": {
        "repository": "enok/flowpredict",
        "commit": "7669819928bf0c690efc027a50296bda0fa0e8c3",
        "paths": [PATH],
        "encoding": "latin-1",
        "publisher": "Comissão de Valores Mobiliários (CVM, Brazil's securities regulator), "
        "its register of publicly held companies (Cadastro de Companhias Abertas, "
        "cad_cia_aberta.csv of the open-data portal dados.cvm.gov.br, data set "
        "cia_aberta-cad), copied with the CVM's field dictionary meta_cad_cia_aberta.txt "
        "into the repository in 7669819 ('analising data', 12 September 2023), a thesis "
        "project that forecasts listed companies' free cash flow from the CVM's data",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the CVM's portal publishes its data sets under the Open Database License "
        "(ODbL), which was not read here for this copy",
        "language": "pt",
        "roles": {
            "name": "DENOM_SOCIAL",
            "phone": [PHONE, FAX],
            "area_code": ["DDD_TEL", "DDD_FAX"],
            "email": EMAIL,
            "address": ["LOGRADOURO", "COMPL", "BAIRRO", "MUN", "UF", "CEP"],
        },
    },
}  # fmt: skip


def _words(value: str) -> set[str]:
    """The lower-case words of ``value``, accents taken off."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return set(re.findall(r"[a-z0-9]+", plain))


def desk_email(row: dict[str, str]) -> bool:
    """Whether the row's e-mail field is one address whose local part names a desk of the
    company (a ``DESK`` word) and nothing but desks and the company's own names."""
    value = row[EMAIL].strip()
    if not re.fullmatch(r"[^@\s;,/]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", value):
        return False
    local, domain = value.lower().split("@")
    words = [w for w in re.split(r"[._-]", local) if w]
    own = _words(row["DENOM_SOCIAL"]) | _words(row["DENOM_COMERC"]) | _words(domain)
    return any(w in DESK for w in words) and all(w in DESK or w in own for w in words)


def keep(row: dict[str, str]) -> dict[str, str]:
    """The row's columns as published, but the officer's, and the e-mail field emptied where
    it names no desk."""
    out = {k: v for k, v in row.items() if k not in PERSON and not k.endswith("_RESP")}
    if not desk_email(row):
        out[EMAIL] = ""
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        table = csv.DictReader(io.StringIO(raw, newline=""), delimiter=";")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": keep(row)}
            for i, row in enumerate(table)
            if row["SIT"] == "ATIVO"
            and re.fullmatch(r"\d{7,9}", row[PHONE])
            and row["PAIS"] in ("BRASIL", "")
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
