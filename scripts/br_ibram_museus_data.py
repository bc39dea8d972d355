"""Extract the real register that ``pii_held_out_261.py`` writes its records around into
``scripts/data/pii_br_ibram_museus.json``: the phone and e-mail fields of a register no earlier
part used (Brazil's museums as the Instituto Brasileiro de Museus, IBRAM, lists them in its
Cadastro Nacional de Museus; Brazil's earlier parts took INEP's schools, Fortaleza's
primary-care posts, the CNJ's cartórios, the City of São Paulo's facilities, Florianópolis's
contacts directory, a directory of Bahia's hospitals, the ANS's health-plan operators and
Panvel's pharmacies, other publishers and other kinds of institution), exactly as the
register gives them.

``museus.csv`` of the repository mapasculturais/theme-Museus (the Mapas Culturais theme of
IBRAM's Museusbr platform, which replaced the Cadastro Nacional de Museus, CNM, in 2015): the
CNM's export that the theme's import script was written against, tab-separated, UTF-8, no
quoting (one name holds a lone ``"``), 121 columns, 3,507 rows, one per museum: the CNM's
number (``Número na Processada``, ``1.01.04.9936``), name, administrative nature (``Pública
Municipal``, ``Privada``, each with two trailing blanks as published), maintaining institution,
the visiting and postal addresses (street, number, complement, district, postcode with its
hyphen, ``95020-180``, municipality, state), coordinates, ``Telefone``, ``E-mail``, ``Site``,
the themes, opening year and status, the opening hours of each weekday, the entrance fee, the
CNPJ (``88.830.609/0001-39``) and the answers to the CNM's questionnaire. ``Telefone`` holds
Brazilian numbers as the museums gave them: the area code in brackets, the line of eight digits
hyphenated or not (``(54) 3221-2423``, ``(61) 35333800``, ``(37)3521-4238``), several joined
by `` / ``, some with the desk or extension in brackets (``(47) 3622-0609 (Museu)``, ``(51)
3673-1166 (Ramal 215)``), one with no area code after the first (``(85) 3263-1115 / 3212-3566
(EMCETUR)``).

Kept: every row whose ``Telefone`` holds a number of seven digits or more and whose words, if
any, all name a desk, an office or an extension (``DESK_WORDS``: ``Museu``, ``Prefeitura``,
``Secretaria de Cultura``, ``Ramal``, ...), not a person (``(27) 9996-6154 (Rafaela - Guia do
museu)`` and ``(13) 8135-1986 (Funcionária Cláudia)`` are left out with their rows, and so are
the five whose numbers have a blank beside the hyphen, ``(77) 3614 - 3500``, which no reading
of the field could label whole), a seeded
sample of ``CAP`` of them, in the file's order; each kept as a mapping of ``COLUMNS`` (the
CNM's number, name, nature, maintainer, both addresses, coordinates, phone, e-mail, site,
opening year, status, hours, fee and CNPJ; the questionnaire's answers left out) to the
published strings, but ``E-mail``, kept only where every address in it (several are joined by
``;``) has a local part that names the museum or one of its desks, not a person: each of its
words (split at ``.``, ``_`` and ``-``) holds an institution's stem (``STEMS``: ``museu``,
``memori``, ``cultur``, ...) or is a desk's word (``DESK_WORDS``) or a word of the museum's
name or of the address's domain, and at least one holds a stem or is a desk's word
(``museudoimigrante@terra.com.br``, ``cultura@gramado.rs.gov.br``); the others
(``neliavilafccb@gmail.com``, ``estelahugen@hotmail.com``, an institution's initials alone,
``mcha@museus.gov.br``) and the dashes that stand for no address (``  -  ``) are emptied, the
key kept.

    python scripts/br_ibram_museus_data.py BR_GIT
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_ibram_museus.json"
CAP = 240
PATH = "museus.csv"
PHONE, EMAIL, NAME = "Telefone", "E-mail", "Nome do Museu"
COLUMNS = (
    "Número na Processada", NAME, "Natureza Administrativa", "Instituição mantenedora",
    "Endereço Visitação", "Número Visitação", "Complemento Visitação", "Bairro Visitação",
    "CEP Visitação", "Município Visitação", "UF Visitação", "Longitude", "Latitude",
    "Endereço Correspondência", "Número Correspondência", "Complemento Correspondência",
    "Caixa Postal", "Bairro Correspondência", "CEP Correspondência",
    "Município Correspondência", "UF Correspondência", PHONE, EMAIL, "Site",
    "Ano de Abertura", "Situação de funcionamento", "Segunda_feira", "Terça-feira",
    "Quarta-feira", "Quinta-feira", "Sexta-feira", "Sábado", "Domingo",
    "O ingresso ao Museu é cobrado?", "Valor", "1.3 -  CNPJ:",
)  # fmt: skip
# words of a desk, an office, an extension or a museum's kind, as phone notes and mailboxes
# name them (accents taken off, lower case)
DESK_WORDS = frozenset((
    "a", "acervo", "acoes", "adm", "administracao", "administrativo", "agendamento",
    "agendamentos", "ao", "apenas", "arquivo", "as", "artes", "assessoria", "atendimento",
    "biblioteca", "casa", "centro", "cerimonial", "chefia", "comunicacao", "contato",
    "coordenacao", "cultura", "cultural", "culturais", "da", "das", "de", "departamento",
    "diretoria", "direcao", "do", "dos", "e", "educacao", "educativa", "educativas", "educativo",
    "em", "escritorio", "estadual", "eventos", "fax", "fundacao", "geral", "gerencia", "gestao",
    "historico", "imprensa", "info", "informacoes", "instituto", "legislativo", "loja",
    "memorial", "meio", "ambiente", "municipal", "museologia", "museu", "museus", "no", "nucleo",
    "o", "os", "para", "parque", "pesquisa", "portaria", "prefeitura", "presidencia", "protocolo",
    "publico", "ramal", "ramais", "recepcao", "reservas", "sac", "secretaria", "secult", "sede",
    "setor", "social", "somente", "superintendencia", "tel", "telefax", "telefonista", "turismo",
    "visitacao", "visitas",
))  # fmt: skip
# stems of the names of museums, memorials and cultural bodies in a mailbox's local part
STEMS = (
    "museu", "memori", "cultur", "acerv", "arquiv", "bibliot", "pinacot", "galeri", "patrimon",
    "histori", "ecomus", "turism", "prefeit", "fundac", "instituto", "educativ", "secult",
    "contato", "atendimento", "cultura", "parque", "casadacultura", "centrocultural",
)  # fmt: skip
SOURCES = {
    "BR": {
        "repository": "mapasculturais/theme-Museus",
        "commit": "daf6e28b2f75d42cd3f56b01f212bd6aaf2e29cd",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Instituto Brasileiro de Museus (IBRAM, the federal museums agency of "
        "Brazil's Ministry of Culture), its Cadastro Nacional de Museus (CNM), the national "
        "register of museums, as exported for the Museusbr platform (Mapas Culturais) that "
        "replaced it in 2015; committed to the theme's repository in daf6e28 ('script de "
        "importação em desenvolvimento', 12 December 2015) for its import script and removed "
        "in b1275a8 (20 July 2022)",
        "licence": "not confirmed: the repository's LICENSE is the GNU GPL v3 for the theme's "
        "code and names no terms for the register's export; IBRAM's terms for the CNM's data "
        "were not read here",
        "language": "pt",
        "roles": {
            "name": NAME, "phone": [PHONE], "email": EMAIL, "register": "Número na Processada",
            "postcode": "CEP Visitação", "city": "Município Visitação", "state": "UF Visitação",
            "cnpj": "1.3 -  CNPJ:",
        },
    },
}  # fmt: skip


def _plain(value: str) -> str:
    """``value`` in lower case, accents taken off."""
    return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()


def _words(value: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", _plain(value)))


def desk_phone(value: str) -> bool:
    """Whether a phone field holds a number of seven digits or more, written with no blank
    beside a hyphen inside it, and names no person: every word in it is a desk's, an office's
    or an extension's (``DESK_WORDS``)."""
    runs = re.findall(r"\d[\d\s.()-]*\d", value)
    if not any(sum(c.isdigit() for c in run) >= 7 for run in runs):
        return False
    if re.search(r"\d\s+-\s*\d|\d\s*-\s+\d", value):  # a blank beside a number's hyphen
        return False
    return all(w in DESK_WORDS for w in re.findall(r"[a-z]+", _plain(value)))


def desk_email(row: dict[str, str]) -> bool:
    """Whether every address of the row's e-mail field names the museum or one of its desks:
    each word of its local part holds a stem (``STEMS``) or is a desk's word or a word of the
    museum's name or of the domain, and at least one holds a stem or is a desk's word."""
    value = row[EMAIL].strip()
    addresses = [a.strip() for a in value.split(";")]
    if not value or not all(
        re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", a) for a in addresses
    ):
        return False
    for address in addresses:
        local, domain = address.lower().split("@")
        words = [w for w in re.split(r"[._-]", local) if w]
        own = {w for w in _words(row[NAME]) | _words(domain) if len(w) >= 3}

        def named(word: str) -> bool:
            return any(s in word for s in STEMS) or word in DESK_WORDS

        if not any(named(w) for w in words) or not all(named(w) or w in own for w in words):
            return False
    return True


def keep(row: dict[str, str]) -> dict[str, str]:
    """The row's kept columns as published, the e-mail field emptied where it names no desk
    (so every kept row has the same keys)."""
    return {k: (row[k] if k != EMAIL or desk_email(row) else "") for k in COLUMNS}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        table = csv.DictReader(io.StringIO(raw, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": keep(row)}
            for i, row in enumerate(table)
            if desk_phone(row[PHONE])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
