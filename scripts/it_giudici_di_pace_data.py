"""Extract the real list that ``pii_held_out_215.py`` writes its records around into
``scripts/data/pii_it_giudici_di_pace.json``: the phone, fax and e-mail fields of a register no
earlier part used (Italy's offices of the justices of the peace, uffici del Giudice di Pace, as
the Ministry of Justice's Giustizia Map lists them; Italy's earlier parts took ICCU's libraries,
Regione Lombardia's care homes, the comuni's contacts and two regions' accommodation lists),
exactly as the list gives them.

One file, read from a git checkout at a named commit, values unchanged:
``src/utils/giudici-pace.ts``, a TypeScript module whose one export is a template literal
holding the list as Markdown ("LISTA COMPLETA DEI GIUDICI DI PACE IN ITALIA", "Fonte: Ministero
della Giustizia - Giustizia Map", 372 offices): one ``## N. Giudice di Pace di ...`` section an
office, its fields as ``**<emoji> Label:** value`` lines (``Indirizzo``, ``Telefono``, ``Fax``,
``Email``, ``Informazioni``, ``Codice Fiscale``, ``Festività Locale``, ``Ultimo
Aggiornamento``). Each office is kept as a mapping of ``Numero`` (the section's number),
``Ufficio`` (its heading) and each label to the published strings (a character lost in the
list stands as ``?``, unchanged).

Italian numbers as the offices gave them, the area code set off by a hyphen between blanks
(``0862 - 204981``) or not (``071-2899901``), a few in one run (``089856045``), a note in
brackets after some (``(centralino)``), several in one field where the list ran them together
after a note (``0141 - 388600 (centralino)0141 - 388135 (cancelleria civile)``), alternatives
after a slash (``0471 - 982387 / 976911``, six digits or more: a number of its own) and
shortened endings (``0187 - 595122 / 3 / 4``, fewer: no number). Kept: the offices whose
``Telefono``, and ``Fax`` where there is one, read cleanly as such a field (``FIELD``: every
number of it found, nothing else in it but notes without digits, slashes, endings and ``;``):
335 of 372 (left out: fields whose numbers the list ran together digit to digit, ``095 -
686589095 - 686376``, or that hold words outside brackets, ``Civile: ...``); a seeded sample of
``CAP`` of them, in the list's order. The one ``Email`` that names a person (``PERSONAL``; every
address was read: the rest are the offices' own, ``gdp.<place>@giustizia.it``, a protocol
mailbox, the regional ``gdp<place>@regione.taa.it``) is left out of its row.

    python scripts/it_giudici_di_pace_data.py IT_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_it_giudici_di_pace.json"
CAP = 200
PATH = "src/utils/giudici-pace.ts"
PERSONAL = {"75"}  # the ``Numero`` of the office whose ``Email`` names a person
SOURCES = {
    "IT": {
        "repository": "RiccardoRomagnoli/clamo",
        "commit": "c386a7f2700a6290693d4f290629a57bf14f6d23",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministero della Giustizia (Italy's Ministry of Justice), its list of the "
        "offices of the justices of the peace (uffici del Giudice di Pace) in Giustizia Map, as "
        "the repository's module gives it ('Fonte: Ministero della Giustizia - Giustizia Map', "
        "each office's 'Ultimo Aggiornamento' between 2016 and 2022); the file added in 634d053 "
        "('publish', 14 September 2025) and unchanged at the head c386a7f ('up namings', 14 "
        "September 2025), the court finder of Clamo, an app for self-representation before the "
        "Giudice di Pace",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Ministry's terms for Giustizia Map's office data were not read here",
        "language": "it",
        "roles": {"name": "Ufficio", "phone": ["Telefono"], "fax": ["Fax"], "email": "Email",
                  "address": ["Indirizzo"], "register": "Codice Fiscale"},
    },
}  # fmt: skip

# a number as the list writes it: the area code (trunk 0) and the line, a hyphen between them
# with or without blanks, or one run; a mobile's 3xx prefix and line
NUMBER = r"(?:0\d{1,4} ?[-–] ?\d{3,8}|0\d{5,10}|3\d{2} ?- ?\d{6,7})(?!\d)"
_ITEM = NUMBER + r"(?:\s*/\s*\d+)*(?:\s*\([^()\d]*\))?"
# a field: numbers, each with its alternatives after slashes and a note in brackets, the next
# right after a note or after ``;``
FIELD = re.compile(_ITEM + r"(?:(?<=\))" + _ITEM + r"|;\s*" + _ITEM + r")*")
_PIECE = re.compile(r"(" + NUMBER + r")|/\s*(\d+)")
MIN_ALTERNATIVE = 6  # an alternative after a slash with fewer digits is a shortened ending


def clean(field: str) -> bool:
    """Whether a phone or fax field reads cleanly as numbers, notes, slashes and endings."""
    return FIELD.fullmatch(field) is not None


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a clean field: each written number, and each alternative
    after a slash of ``MIN_ALTERNATIVE`` digits or more (a line of the same area code);
    shorter endings are no number of their own and lie outside every span."""
    assert clean(field), field
    out = []
    for m in _PIECE.finditer(field):
        if m.group(1):
            out.append(m.span(1))
        elif len(m.group(2)) >= MIN_ALTERNATIVE:
            out.append(m.span(2))
    return out


def _template(ts: str) -> str:
    """The text of the module's one template literal (no escape or substitution in it)."""
    start, end = ts.index("`") + 1, ts.rindex("`")
    body = ts[start:end]
    assert "\\" not in body and "${" not in body and "`" not in body
    return body


def offices(ts: str) -> list[dict[str, str]]:
    """Each office of the list as the mapping of its number, heading and labelled lines."""
    out = []
    for section in re.split(r"\n---\n\n(?=## )", _template(ts))[1:]:
        head = re.match(r"## (\d+)\. (.+)\n", section)
        fields = {"Numero": head.group(1), "Ufficio": head.group(2)}
        for m in re.finditer(r"^\*\*\S+ ([^*:]+):\*\* (.*)$", section, re.M):
            fields[m.group(1)] = m.group(2)
        out.append(fields)
    return out


def _kept(fields: dict[str, str]) -> bool:
    fax = fields.get("Fax")
    return clean(fields.get("Telefono", "")) and (fax is None or clean(fax))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        ts = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = []
        for i, fields in enumerate(offices(ts)):
            if not _kept(fields):
                continue
            if fields["Numero"] in PERSONAL:
                fields = {k: v for k, v in fields.items() if k != "Email"}
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
