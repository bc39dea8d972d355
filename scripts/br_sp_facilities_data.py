"""Extract the real lists that ``pii_held_out_179.py`` writes its records around into
``scripts/data/pii_br_sp_facilities.json``: the phone and e-mail fields of a register no earlier
part used (the City of São Paulo's georeferenced municipal public facilities: basic health units,
libraries, hospitals, emergency rooms, specialist clinics, museums and reading points; Brazil's
earlier parts took INEP's schools, Fortaleza's primary-care posts and the CNJ's cartórios),
exactly as the city gives them.

Seven JSON lists of one publisher, read from a git checkout at a named commit, values unchanged:
``ubs.json`` (Unidades Básicas de Saúde), ``bibliotecas.json``, ``hospitais.json``,
``pronto-socorros.json``, ``ambulatorios_de_especialidades.json``, ``museus.json`` and
``bosques_e_pontos_de_leitura.json``, each an array of the map's entries (``id``, ``nome``,
``descricao``, ``subCategoria``, ``latitude``, ``longitude``, ``status``, ``dataCadastro``...).
The city's map writes each place's contacts into ``descricao``, its fields joined by hyphens:
the address, the neighbourhood, the telephone numbers, the e-mail address and the opening
hours (``Rua Conde das Gauveia, 103-Jardim Santa - Fé-5921-9504-admrecanto@gmail.com-segunda a
sexta das 08h às 17h``). São Paulo's eight-digit local numbers with no area code, the halves
joined by a hyphen (``5921-9504``), a few of seven digits from before 1999 (``273-4602``), a
few after ``(11)``; several joined by ``/``, `` / ``, ``, ``, `` e `` or `` E `` (``2191-7000 /
2191-5320/  2191-7499``).

Kept: every entry whose ``descricao`` holds a number of that shape and whose numbers stand in
one run, only separators between them (``phone`` is that run, as published: 696 of the 737
entries). 31 hold no number of that shape: most none at all, a few only a half-written one
(``2521- 6914``, ``3975-23.05``, ``3315-88843ª``, ``6221- 5177`` after a CEP). Left out are the
10 where an extension or another digit group stands in the run or beside it, so that the run
cannot be told from its neighbours: an extension (``ramal 113``, ``(Ramal 214)``, ``ramais:239,
249``), a URL ending in digits right after the number (``.../monteiro_lobato/0004-2ª``), a
half-written number in the run (``2273-23.90 e 2063-0901``), two runs apart
(``2211-2772/2216-3746 - AMA - 2918-4645``, ``3984-9329/(Público)3859-4562``). A
run may end before a note on its last number (``(PABX)``, ``(orelhão)``, ``(tel público)``: a
public payphone by the unit), which stays with the hours after it. A number is found past a
house number glued to it (``108-6163-4228``: the number ``6163-4228``). ``emails`` are the
addresses of the entry's ``descricao`` (one field holds two after `` / ``), less one whose local
part names a person the place's name does not (``PERSONAL``; read). A seeded sample of ``CAP``
(350) of the kept entries, sorted by their index in their list; each entry kept as a mapping of
its scalar keys to the published values as strings (``subCategoria`` as its name; the nested
``midia`` record left out). The lists name no person in ``nome``: a unit named after someone
the city honours is named so (``UBS Alcina Pimentel Piza``), as its mailbox may be
(``alcina.ubs@gmail.com``).

    python scripts/br_sp_facilities_data.py BR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_sp_facilities.json"
CAP = 350
PATHS = (
    "ubs.json",
    "bibliotecas.json",
    "hospitais.json",
    "pronto-socorros.json",
    "ambulatorios_de_especialidades.json",
    "museus.json",
    "bosques_e_pontos_de_leitura.json",
)
SOURCES = {
    "BR": {
        "repository": "prefeiturasp/dados-espaciais-json",
        "commit": "cd36e99adec66d46f83a12058526b007ff52b28b",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "Prefeitura de São Paulo (the City of São Paulo), its georeferenced "
        "municipal public facilities (Equipamentos Públicos Municipais da Cidade de São Paulo "
        "Georreferenciados) as the city's map (capital.sp.gov.br/portal/mapa) gave them, "
        "published by the city's own GitHub organisation in 9d67670 ('Primeiro Commit', 16 April "
        "2015); the README's last change, cd36e99, 17 April 2015",
        "licence": "public domain as the repository's README states it ('Os dados são de "
        "domínio público e podem ser utilizados por quem quiser'); the repository has no "
        "LICENSE file",
        "language": "pt",
        "roles": {"name": "nome", "phone": ["descricao"], "address": ["descricao"]},
    },
}  # fmt: skip

# one number of the city's: an optional ``(11)``, three or four digits, a hyphen and four
NUMBER = re.compile(r"(?<![\d.])(?:\(11\) )?\d{3,4}-\d{4}(?!\d)(?!-\d{4}(?!\d))")
# what may stand between two numbers of one run
SEPARATOR = re.compile(r"\s*(?:/|,|[eE])?\s*|\s+-")
# a digit group that is no number of the run and no CEP, time or house number
STRAY = re.compile(r"\d+ ?[-./] ?\d+")
HARMLESS = re.compile(r"\d{1,4}/\d{1,4}|\d{1,2}[.:]\d{2}|\d{1,2}\.\d{3}")
CEP = re.compile(r"\d{5}-\d{3}")
EMAIL = re.compile(r"(?<![A-Za-z0-9._@])[A-Za-z][A-Za-z0-9._]*@[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)+")
PERSONAL = frozenset({"robertopsf"})  # UBS Chácara do Conde's address names a Roberto


def phone_run(text: str) -> tuple[int, int] | None:
    """(start, end) of the one run of numbers in ``text``, or None where there is none or it
    cannot be told from its neighbours."""
    found = list(NUMBER.finditer(text))
    if not found:
        return None
    if any(
        not SEPARATOR.fullmatch(text[a.end() : b.start()])
        for a, b in zip(found, found[1:], strict=False)
    ):
        return None
    rest = CEP.sub("CEP", NUMBER.sub("#", text))
    if any(not HARMLESS.fullmatch(m.group()) for m in STRAY.finditer(rest)):
        return None
    if "@" in text and not EMAIL.search(text):
        return None
    if re.search(r"(?i)\bramal", text):  # an extension, which the run would not carry
        return None
    return found[0].start(), found[-1].end()


def _scalar(value: Any) -> str:
    if isinstance(value, dict):
        return value.get("subCategoria", "")
    return "" if value is None else str(value)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the seven lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            for i, entry in enumerate(json.loads(raw.decode(meta["encoding"]))):
                text = entry.get("descricao") or ""
                run = phone_run(text)
                if run is None:
                    continue
                emails = [
                    m.group()
                    for m in EMAIL.finditer(text)
                    if m.group().split("@")[0] not in PERSONAL
                ]
                found.append(
                    {
                        "country": country,
                        "path": f"{path}#{i}",
                        "fields": {k: _scalar(v) for k, v in entry.items()},
                        "phone": text[run[0] : run[1]],
                        "emails": emails,
                    }
                )
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
