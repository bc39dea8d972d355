"""Extract the real register that ``pii_held_out_156.py`` writes its records around into
``scripts/data/pii_br_cnj_cartorios.json``: the phone, fax and e-mail fields of a register no
earlier part used (Brazil's notarial and registry offices, cartórios, that the Conselho
Nacional de Justiça lists as authorised to issue Hague apostilles; Brazil's earlier parts took
INEP's schools and Fortaleza's primary-care posts, other publishers and other kinds of
institution), exactly as the CNJ's Justiça Aberta service gave them.

``cartorios-autorizados-apostila.csv`` of the repository denilsonsa/cartorios-autorizados-apostila:
the CNJ's list of the cartórios authorised to apostille documents (its SEI Apostila page) with
each office's record in the CNJ's Justiça Aberta directory of extrajudicial services, 777 rows,
one per office: the CNS code (``09.602-4``) and its six-digit form, installation date, the
office's name (``2º Ofício de Registro de Imóveis de Porto Velho``), attributions (``Notas ->
Registro Civil das Pessoas Naturais``), street, complement, district, postcode (eight digits in
one run, ``76804021``), city and state, CNPJ (fourteen digits, ``05910963000146``), the CNJ's
decision on the office's holder (``PROVIDO``, ``VAGO``), and its numbers as the directory gives
them: ``num_telefone_serventia`` and ``num_telefone_serventia_2``, the area code and the line in
one run with no ``+55``, no trunk ``0`` and no separator (``6933020602``; mobiles of eleven
digits, ``69992529559``, and of ten, as numbered before the ninth digit, ``6981608484``), and
``NUM_FAX_SERVENTIA`` in the same shape (some of eight digits with no area code, ``36221497``).

Every row with a number of six digits or more in either phone column (755), a seeded sample of
``CAP`` of them, in the file's order, each kept as a mapping of the file's columns to the
published strings, with these exceptions: ``responsavel`` (the office holder's name),
``DSC_SUB_DISTRITO`` and ``DSC_DISTRITO`` (free fields where some rows give a person's name)
and ``endereco`` (the scraper's concatenation of the address fields, the sub-district among
them) are left out; ``NUM_FAX_SERVENTIA`` is left out where it holds no number
(``2147483647``, the largest 32-bit integer, where a database's field overflowed, 156 rows of
the file; ``0``); and ``DSC_EMAIL_SERVENTIA`` is kept only where it is one well-formed address
whose local part names the office, not a person: it holds a word of an office, a kind of
register or a desk (``OFFICE``: ``cartorio``, ``oficio``, ``tabelionato``, ``notas``,
``imoveis``, ``rcpn``, ``contato``, ``atendimento``, ``financeiro``, ...) and no word of four
letters or more of the holder's name that the office's own name does not hold
(``cartoriogentil@`` of an office held by José Gentil da Silva is left out,
``15cartorioregcivil.maria@`` too); the others, most of them a person's name
(``carlathomas7@``, ``odair@``), initials or a placeholder (``X@TJBA.JUS.BR``,
``naoinstalado@naoinstalado.br``), are left out, and so are the four kept by that rule that
still name a person (``PERSONAL``: each address of the sample was read), so no record needs a
person's name.

    python scripts/br_cnj_cartorios_data.py BR_GIT
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_cnj_cartorios.json"
CAP = 400
PHONES = ["num_telefone_serventia", "num_telefone_serventia_2"]
FAX = "NUM_FAX_SERVENTIA"
EMAIL = "DSC_EMAIL_SERVENTIA"
HOLDER = "responsavel"
# the columns left out: the holder's name, free fields that sometimes give a person's name, and
# the scraper's concatenated address (which carries the sub-district)
DROPPED = frozenset({HOLDER, "DSC_SUB_DISTRITO", "DSC_DISTRITO", "endereco"})
# a fax field that holds no number: a 32-bit integer's overflow, or zero
NO_FAX = frozenset({"2147483647", "0"})
# words (matched anywhere in the local part) of an office, a kind of register or a desk
OFFICE = (
    "cartorio", "oficio", "tabelionato", "notas", "imoveis", "imovel", "protesto",
    "registro", "regcivil", "rcpn", "rcpj", "rtd", "rgi", "titulosdoc", "civilenotas",
    "contato", "atendimento", "secretaria", "financeiro", "administrativo", "juridico",
    "faleconosco", "certidoes", "distribuidor", "distribuicao", "serventia",
)  # fmt: skip
# addresses the rule keeps whose local part or domain names a person (a clerk's or holder's
# given name, a full name), each read and left out
PERSONAL = frozenset({
    "financeiro.everson@cartoriokollet.com.br", "saletetabelionato@hotmail.com",
    "cartoriodora@hotmail.com", "cartorio@cartfabiolourenco.com.br",
})  # fmt: skip
SOURCES = {
    "BR": {
        "repository": "denilsonsa/cartorios-autorizados-apostila",
        "commit": "e745c548f263e3c0324079a522444ec88d865f93",
        "path": "cartorios-autorizados-apostila.csv",
        "encoding": "utf-8",
        "publisher": "Conselho Nacional de Justiça (CNJ, Brazil): its list of the cartórios "
        "(notarial and registry offices) authorised to issue apostilles under the Hague "
        "Apostille Convention (cnj.jus.br/seiapostila) and each office's record in its "
        "Justiça Aberta directory of extrajudicial services "
        "(cnj.jus.br/corregedoria/justica_aberta), read by the repository's notebook "
        "('Cartorios Autorizados.ipynb') and saved as CSV; the file first committed in "
        "27beee4 ('Initial commit. It works!', 19 August 2016), the address concatenated "
        "into a column in e745c54 the same day",
        "licence": "not confirmed: the repository has no LICENSE file and its README names "
        "no terms; the CNJ's terms for the Justiça Aberta directory were not read here",
        "language": "pt",
        "roles": {"name": "DSC_DENOMINACAO_SERVENTIA", "phone": PHONES, "fax": [FAX],
                  "email": EMAIL, "register": "CNS", "postcode": "DSC_CEP_SERVENTIA",
                  "address": "DSC_END_SERVENTIA", "tax_id": "NUM_CNPJ_SERVENTIA"},
    },
}  # fmt: skip


def _words(value: str) -> set[str]:
    """The words of four letters or more of ``value``, lower case and unaccented."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return {w for w in re.split(r"[^a-z]+", plain) if len(w) >= 4}


def office_email(row: dict[str, str]) -> bool:
    """Whether the row's e-mail field is one well-formed address whose local part holds a word
    of ``OFFICE`` and no word of the holder's name that the office's name does not hold, and
    that is not one of ``PERSONAL``."""
    value = row[EMAIL].strip()
    if value in PERSONAL or not re.fullmatch(r"[^@\s/;,]+@[^@\s/;,]+\.[A-Za-z]{2,}", value):
        return False
    local = value.split("@")[0].lower()
    if not any(word in local for word in OFFICE):
        return False
    holder = _words(row[HOLDER]) - _words(row["DSC_DENOMINACAO_SERVENTIA"])
    return not any(word in local for word in holder)


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The row less ``DROPPED``, less its fax field where it holds no number and less its
    e-mail field where it is no office's one address."""
    return {
        k: v
        for k, v in row.items()
        if k not in DROPPED
        and (k != FAX or (v.strip() not in NO_FAX and sum(c.isdigit() for c in v) >= 6))
        and (k != EMAIL or office_email(row))
    }


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _kept(row)}
            for i, row in enumerate(csv.DictReader(text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
