"""Extract the real register that ``pii_held_out_275.py`` writes its records around into
``scripts/data/pii_br_snbp_bibliotecas.json``: the phone and e-mail fields of a register no
earlier part used (Brazil's public libraries as the Ministry of Culture's Sistema Nacional de
Bibliotecas Públicas, SNBP, listed them for its Mapa das Bibliotecas, part of the Cadastro
Nacional de Bibliotecas; Brazil's earlier parts took INEP's schools, Fortaleza's primary-care
posts, the CNJ's cartórios, São Paulo's facilities, Florianópolis's contacts directory, Bahia's
hospitals, the ANS's operators, Panvel's pharmacies and IBRAM's museums, other publishers and
other kinds of institution), exactly as the register gives them.

``bibliotecas.json`` of the repository culturagovbr/mapasculturais-bibliotecas (the Mapas
Culturais theme of the SNBP's Mapa das Bibliotecas, bibliotecas.cultura.gov.br): the JSON array
of 6,014 library spaces that the theme's migration ``create json de bibliotecas`` wrote from
the SNBP's register and its import migration read, one object per library: ``name``,
``location`` (``(-38.2127744,-12.1437184)``, longitude first), its PostGIS ``_geo_location``,
timestamps, status and type, and ``__metadata`` with ``telefonePublico``, ``emailPublico``,
``esfera_tipo``, the postcode ``En_CEP`` (``48108-000``) and, in 5,363 of them, the street
(``En_Nome_Logradouro``), number (``En_Num``, ``s/n``), district, municipality and state and
the address joined in one line (``endereco``). ``telefonePublico`` holds Brazilian numbers as
the libraries gave them: the area code in brackets and the line of eight digits hyphenated
(``(11) 2203-5837``), ten digits in one run (``8534561015``), several joined by `` / ``, some
with an extension (``(51) 3571-1122 ramal 217``).

Kept: every library whose name says it is a public library (``Biblioteca Pública``: municipal,
state and district public libraries; 127 others with a number, community, school and personal
libraries among them, are left out) and whose ``telefonePublico`` holds only fixed lines (each
number of eight digits or of ten with its area code, its line opening with 2 to 5: the 527
fields with a mobile, ``(82) 9693-8863``, which a librarian may hold, or a number of another
length, are left out), no word but an extension's (``ramal``) and no blank beside a number's
hyphen; a seeded sample of ``CAP`` of them, in the file's order; each kept as a mapping of
``COLUMNS`` (the name, location and ``__metadata``'s keys; a key the object lacks kept empty)
to the published strings, but ``emailPublico``, kept only where it is one address whose local
part names the library or one of its desks, not a person: each of its words (split at ``.``,
``_`` and ``-``) holds an institution's stem (``STEMS``: ``biblio``, ``cultur``, ``educa``,
...) or is a word of the library's name or of the address's domain, and at least one holds a
stem (``bibliotecamunicipal@saodesiderio.ba.gov.br``, ``educacao@saocarlos.sc.gov.br``); the
others (``helena.carloni@ac.gov.br``, ``bmviniciusdemoraes@yahoo.com.br``, several addresses in
one field) are emptied, the key kept.

    python scripts/br_snbp_bibliotecas_data.py BR_GIT
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_snbp_bibliotecas.json"
CAP = 320
PATH = "bibliotecas.json"
PHONE, EMAIL, NAME = "telefonePublico", "emailPublico", "name"
META = (
    PHONE, EMAIL, "esfera_tipo", "En_CEP", "En_Nome_Logradouro", "En_Num", "En_Bairro",
    "En_Municipio", "En_Estado", "endereco",
)  # fmt: skip
COLUMNS = (NAME, "location", *META)
# the words a kept phone field may hold beside its numbers (an extension's)
PHONE_WORDS = frozenset(("ramal", "ramais", "e"))
# stems of the names of libraries, reading rooms and their municipal offices in a mailbox
STEMS = (
    "biblio", "bib", "leitura", "livro", "cultur", "educa", "secult", "semec", "smec", "sme",
    "prefeit", "contato", "atendimento", "acervo", "memori", "arquivo", "pmbp", "bpm",
)  # fmt: skip
SOURCES = {
    "BR": {
        "repository": "culturagovbr/mapasculturais-bibliotecas",
        "commit": "1757b06bcb7a3cee5f3ee7122668cf186c854a45",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Sistema Nacional de Bibliotecas Públicas (SNBP, of the Fundação "
        "Biblioteca Nacional and Brazil's Ministry of Culture), its register of public "
        "libraries as exported for the Mapa das Bibliotecas (bibliotecas.cultura.gov.br, a "
        "Mapas Culturais installation of the Cadastro Nacional de Bibliotecas); committed to "
        "the theme's repository (culturagovbr, the Ministry of Culture's organisation) in "
        "1757b06 ('script de importação das bibliotecas', 1 December 2015) and unchanged since",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the SNBP's and the Ministry of Culture's terms for the register were not read "
        "here",
        "language": "pt",
        "roles": {
            "name": NAME, "phone": [PHONE], "email": EMAIL, "postcode": "En_CEP",
            "city": "En_Municipio", "state": "En_Estado", "address": "endereco",
        },
    },
}  # fmt: skip


def _plain(value: str) -> str:
    """``value`` in lower case, accents taken off."""
    return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()


def _words(value: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", _plain(value)))


def fixed_lines(value: str) -> bool:
    """Whether a phone field holds numbers, all fixed lines (eight digits, or ten with the area
    code, the line opening with 2 to 5), no word but an extension's and no blank beside a
    number's hyphen."""
    if re.search(r"\d\s+-\s*\d|\d\s*-\s+\d", value):
        return False
    if not set(re.findall(r"[a-z]+", _plain(value))) <= PHONE_WORDS:
        return False
    found = [re.sub(r"\D", "", value[s:e]) for s, e in numbers(value)]

    def fixed(digits: str) -> bool:
        line = {8: digits, 10: digits[2:]}.get(len(digits), "")
        return line[:1] in ("2", "3", "4", "5")

    return bool(found) and all(fixed(d) for d in found)


def desk_email(value: str, name: str) -> bool:
    """Whether an e-mail field is one address whose local part names the library or a desk:
    each word holds a stem (``STEMS``) or is a word of the name or domain, one at least a stem."""
    value = value.strip()
    if not re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", value):
        return False
    local, domain = value.lower().split("@")
    words = [w for w in re.split(r"[._-]", local) if w]
    own = {w for w in _words(name) | _words(domain) if len(w) >= 3}

    def named(word: str) -> bool:
        return any(s in word for s in STEMS)

    return any(named(w) for w in words) and all(named(w) or w in own for w in words)


def public_library(name: str) -> bool:
    return re.search(r"\bBiblioteca P[úu]blica\b", name) is not None


def keep(space: dict[str, Any]) -> dict[str, str]:
    """The library's kept columns as published (a key it lacks, or a null, kept empty), the
    e-mail field emptied where it names no desk."""
    meta = space["__metadata"]
    fields = {NAME: space[NAME], "location": space["location"]}
    fields |= {k: meta.get(k) or "" for k in META}
    if not desk_email(fields[EMAIL], fields[NAME]):
        fields[EMAIL] = ""
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept libraries of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": keep(space)}
            for i, space in enumerate(json.loads(raw))
            if public_library(space[NAME]) and fixed_lines(space["__metadata"][PHONE] or "")
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
