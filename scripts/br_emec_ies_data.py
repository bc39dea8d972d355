"""Extract the real register that ``pii_held_out_455.py`` writes its records around into
``scripts/data/pii_br_emec_ies.json``: the phone and e-mail fields of a register no earlier part
used (Brazil, whose earlier parts took INEP's schools, Fortaleza's health posts, the CNJ's
cartórios, São Paulo's facilities, Florianópolis's contacts, Bahia's hospitals, the ANS's
operators, Panvel's pharmacies, IBRAM's museums, the SNBP's libraries, the PCPE's police units,
the CVM's companies, the Interlegis houses, the Banco do Nordeste's branches and the TJSP's
court units; this one is the Ministério da Educação's e-MEC register of higher-education
institutions, the Cadastro Nacional de Cursos e Instituições de Educação Superior: universities,
university centres, faculdades, federal institutes and government schools), exactly as the
register's export gives them.

One file of the repository marceladumas/university-list, read from a git checkout at a named
commit, values unchanged:

* ``lista_universidades_2021.csv``: 3,031 institutions as the e-MEC's Consulta Avançada export
  gave them in 2021 (comma-separated, one header line of 28 columns: ``Código Mantenedora``,
  ``Razão Social`` and ``CNPJ`` of the maintaining body, its ``Natureza Jurídica``, ``Código
  IES``, ``Instituição(IES)``, ``Sigla``, ``Telefone``, ``Sitio``, ``e-Mail``, ``Endereço Sede``
  (``Rua Itaiara - 301 - CEP: 26113-400 - Centro``), ``Município``, ``UF``, ``Organização
  Acadêmica``, ``Tipo de Credenciamento``, ``Categoria``, ``Categoria Administrativa``, ``Data
  do Ato de Criação da IES``, the CI, CI-EaD and IGC grades and their years, ``Reitor/Dirigente
  Principal``, ``Representante Legal``, ``Sinalizações Vigentes`` and ``Situação da IES``,
  then four columns with no name). 910 of its rows do not keep the columns in place: a value
  with an unquoted comma (``(11) 4979-3308, 4979-3309``, a Razão Social) pushes the rest to the
  right, into the unnamed columns. The institutions write their numbers as they please:
  ``(21) 2104-0460``, ``(27) 3041 0111``, ``48-32872800``, ``2433884500``, ``61 2024-8800``,
  ``(12) 99620.3344``, ``0019 3801-8688``, a few toll-free ``0800`` lines and one ``+55 (45)
  3522-9695``.

An institution is kept where its row keeps its columns in place (the four unnamed columns
empty, ``UF`` a state's two letters, ``Organização Acadêmica`` one of the register's
``ORGANISATIONS``: 2,104 rows) and its ``Telefone`` holds one number (only digits, brackets, spaces,
dots, hyphens and a leading ``+``; eight to thirteen digits: not two numbers joined by ``/``,
`` e `` or ``;``, not a fragment such as ``(86)``) whose digits no earlier Brazilian part's data
holds and no institution kept before it has (the first of institutions sharing a switchboard,
such as a group's central line). Its ``e-Mail`` is kept only where it is one address whose local
part names an office, not a person: every word of it (split at ``.``, ``_``, ``-``; digits
aside) is one of ``ROLE_WORDS`` (``secretaria``, ``reitoria``, ``secretaria.geral``), or it is
the institution's acronym or the first label of its own domain (``cesut@cesut.edu.br``);
otherwise the key is left out (``lima.neto@...``, ``clodis@...`` name people); so is a
``Sitio`` that holds a mailbox in place of a site (``ffmascarenhas@uol.com.br``). The two columns
that name people, ``Reitor/Dirigente Principal`` and ``Representante Legal``, are left out of
every row. The kept institutions are a seeded sample of ``CAP``, in the file's order; each is
the mapping of the other named columns to the published strings.

    python scripts/br_emec_ies_data.py BR_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_br_emec_ies.json"
CAP = 300
PATH = "lista_universidades_2021.csv"
PHONE, EMAIL = "Telefone", "e-Mail"
PEOPLE = ("Reitor/Dirigente Principal", "Representante Legal")
# the earlier Brazilian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_inep_schools.json", "pii_br_fortaleza_uaps.json", "pii_br_cnj_cartorios.json",
    "pii_br_sp_facilities.json", "pii_br_florianopolis_contatos.json",
    "pii_br_ba_hospitais.json", "pii_br_ans_operadoras.json", "pii_br_panvel_filiais.json",
    "pii_br_ibram_museus.json", "pii_br_snbp_bibliotecas.json", "pii_br_pcpe_unidades.json",
    "pii_br_cvm_companhias.json", "pii_br_interlegis_casas.json", "pii_br_bnb_agencias.json",
    "pii_br_tjsp_unidades.json",
)  # fmt: skip
# words of a mailbox's local part that name an office or a role, not a person
ROLE_WORDS = frozenset(
    (
        "academica", "academico", "adm", "administracao", "administrativo", "atendimento",
        "avaliacao", "biblioteca", "contato", "coordenacao", "coordenacaoacademica", "cpa",
        "diretor", "diretora", "diretorgeral", "diretoria", "diretoriaacademica",
        "diretoriaexecutiva", "diretoriageral", "direcao", "direcaoacademica", "direcaogeral",
        "emec", "ensino", "escola", "executiva", "faculdade", "faleconosco", "financeiro",
        "fundacao", "gabinete", "geral", "graduacao", "info", "institucional", "instituto",
        "juridico", "mec", "normas", "ouvidoria", "pesquisa", "pesquisador",
        "pesquisadorinstitucional", "presidencia", "presidente", "procuradoria", "protocolo",
        "regulacao", "regulatorio", "reitor", "reitoria", "sec", "secretaria",
        "secretariaacademica", "secretariageral", "secreitoria", "validacao", "vestibular",
    )
)  # fmt: skip
ORGANISATIONS = frozenset(
    (
        "Faculdade",
        "Centro Universitário",
        "Universidade",
        "Instituto Federal de Educação, Ciência e Tecnologia",
        "Instituição Especialmente Credenciada para oferta de cursos lato sensu",
        "Escola de Governo",
        "Centro Federal de Educação Tecnológica",
    )
)
STATES = frozenset(
    (
        "AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO", "MA", "MG", "MS", "MT", "PA",
        "PB", "PE", "PI", "PR", "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO",
    )
)  # fmt: skip
ONE_NUMBER = re.compile(r"\+?[\d()\s.-]+")
MAILBOX = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
SOURCES = {
    "BR": {
        "repository": "marceladumas/university-list",
        "commit": "00593cc597df681965a6e06f00c00aea4332c3c4",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministério da Educação (MEC), the e-MEC register of higher-education "
        "institutions (Cadastro Nacional de Cursos e Instituições de Educação Superior, "
        "emec.mec.gov.br), its Consulta Avançada export of the institutions as the repository "
        "committed it in ec36bd4 ('atualizando lista de universidades', 22 September 2021; "
        "first in 3652e8b, 10 September 2021)",
        "licence": "not confirmed: the repository names no licence and has no LICENSE file; "
        "the register is the ministry's public consultation (emec.mec.gov.br), whose terms "
        "for reuse were not confirmed",
        "language": "pt",
        "roles": {"name": "Instituição(IES)", "phone": [PHONE], "email": EMAIL,
                  "address": ["Endereço Sede", "Município", "UF"], "register": "Código IES"},
    },
}  # fmt: skip


def one_number(value: str) -> bool:
    """Whether a phone field holds one number: only digits, brackets, spaces, dots and
    hyphens after an optional ``+``, eight to thirteen digits."""
    value = value.strip()
    return bool(ONE_NUMBER.fullmatch(value)) and 8 <= len(digits_of(value)) <= 13


def office_mailbox(value: str, sigla: str) -> bool:
    """Whether an e-mail field is one address whose local part names an office: its words all
    role words, or the institution's acronym, or the first label of its domain."""
    m = MAILBOX.fullmatch(value.strip())
    if not m:
        return False
    local, domain = m.group(1).lower(), m.group(2).lower()
    words = [w for w in re.split(r"[._-]+", re.sub(r"\d", "", local)) if w]
    acronym = re.sub(r"\W", "", sigla).lower()
    return bool(words) and (
        all(w in ROLE_WORDS for w in words) or local in (acronym, domain.split(".")[0])
    )


def in_place(header: list[str], values: list[str]) -> bool:
    """Whether a row keeps its columns in place: nothing in the unnamed columns, the state and
    the academic organisation where the header puts them."""
    row = dict(zip(header, values, strict=True))
    return (
        not any(v for k, v in zip(header, values, strict=True) if not k)
        and row["UF"] in STATES
        and row["Organização Acadêmica"] in ORGANISATIONS
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept institutions of the register, with the commit they were read at."""
    meta = SOURCES["BR"]
    raw = _git(gits["BR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "55"), set()
    found = []
    header, *lines = csv.reader(io.StringIO(raw, newline=""))
    for i, values in enumerate(lines):
        if not in_place(header, values):
            continue
        row = dict(zip(header, values, strict=True))
        tel = digits_of(row[PHONE])
        if not one_number(row[PHONE]) or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in row.items() if k and k not in PEOPLE}
        if not office_mailbox(fields[EMAIL], fields["Sigla"]):
            del fields[EMAIL]
        if "@" in fields["Sitio"]:
            del fields["Sitio"]
        found.append({"country": "BR", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "BR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
