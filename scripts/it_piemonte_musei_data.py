"""Extract the real register that ``pii_held_out_357.py`` writes its records around into
``scripts/data/pii_it_piemonte_musei.json``: the contact fields of a register no earlier part
used (Italy, whose earlier parts took ICCU's libraries, Regione Lombardia's care homes, the
comuni's contacts list, Puglia's and Piemonte's accommodation lists, the Ministry of Justice's
offices of the justices of the peace and its prisons, the Ministry of Health's consultori and
the prefectures' contacts; this one is Regione Piemonte's list of the region's museums,
ecomuseums and collections, another kind of institution), exactly as the list published them.

One file, read from a git checkout at a named commit, values unchanged:

* ``musei.csv`` (Windows-1252, ``;``-separated, every field quoted): the 469 museums of the
  dataset that the repository's ``link_musei.txt`` names (dati.piemonte.it, catalogue entry
  100439), each with its ``info_utili``, a free-text contact line as the region's museum pages
  print it (``Tel. +39.011.4365832 - Fax: +39.011.4319275 E-mail: museo@sindone.org
  www.sindone.org``): Italian numbers after ``+39.`` with points between the area code and the
  line (``+39.0173.262159``), some with blanks (``+39.011 94191``, ``+ 39 011.837.688 int.
  3``), some with the area code before a slash (``011/9492578``), some with alternative lines
  or endings after ``/`` or `` - `` (``+39.0175.940233/987186/945063``, ``+39.011.677666 - 667
  - 668``), a toll-free ``800`` number, mobile lines (``+39.335.7071584``), notes in brackets
  (``(Comune)``, ``(Ufficio Turistico)``), one or more e-mail addresses and web addresses;
  beside the museum's id, name (the town in brackets), kind and category, street, house
  number, postcode, coordinates, the town's ISTAT code, town and province, and the date the
  entry was last changed.

A museum is kept where its ``info_utili`` holds a number of seven digits or more
(``phone_numbers``) none of whose numbers any earlier Italian part's data holds or a museum
kept before it has (the first of museums that share a line), and where the field names no
person: neither a person's line (``(sig. Martellotto)``) nor an e-mail address that is a
person's name (``PERSONAL``; every address of the file was read). Every kept museum, in the
file's order (no sampling). Each is kept as the mapping of the file's columns that
``COLUMNS`` names to the published strings; the long descriptions, the opening hours and
prices (``info_utili_sire``), the pictures and the site's internal ids are left out.

    python scripts/it_piemonte_musei_data.py IT_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_it_piemonte_musei.json"
PATH = "musei.csv"
FIELD = "info_utili"
COLUMNS = (
    "id", "nome", "nome_tipologia", "nome_categoria", FIELD, "modified", "indirizzo",
    "numero_civico", "CAP", "latitudine", "longitudine", "istat_comune", "nome_comune",
    "nome_provincia", "sigla_provincia",
)  # fmt: skip
# the earlier Italian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_it_libraries.json", "pii_it_lombardia_rsa.json", "pii_it_comuni_contacts.json",
    "pii_it_puglia_accommodation.json", "pii_it_piemonte_accommodation.json",
    "pii_it_giudici_di_pace.json", "pii_it_prisons.json", "pii_it_consultori.json",
    "pii_it_prefetture.json",
)  # fmt: skip
# e-mail addresses of the file that are a person's name (a museum naming one is left out)
PERSONAL = (
    "alessandro.bracco@", "annaleoctb@", "barbara.ruaro@", "consolata.siniscalco@",
    "denial.o_o@", "e.trinchero@", "francesca.sassu@", "giuseppateresa.scalva@",
    "graziano.cardellino@", "iturotti@", "margherita.bongiovanni@", "marisa.pesce@",
    "martinap@", "nandoianniello@", "r.belmondo@", "renzo_turco@", "simonachiosso@",
    "simone.fassi@", "stefano.martini@", "valeria.casini@", "valeria.fossa@", "acronys61@",
)  # fmt: skip
# a person named beside a line (``(sig. Martellotto)``, ``(Sig. Stefano Rigamonti)``)
NAMED = re.compile(r"\((?:sig|sig\.ra|dott|prof)\.? [^)]*\)", re.IGNORECASE)
# a run of digits with points and single blanks inside, after an optional ``+`` (``+39.011
# 94191``, ``+ 39 011.837.688``, ``+.39.0131.740802``), or an area code before a slash and its
# line (``011/9492578``)
_RUN = re.compile(r"0\d{1,3}/\d+(?![\d.])|(?:\+[ .]?)?\d(?:[\d.]|[ \xa0](?=\d))*\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SOURCES = {
    "IT": {
        "repository": "ManlioMichelin/M_MSL_II",
        "commit": "1dbbf024f8727bf5cce0bee9e1aefe8dc2ecb5fa",
        "paths": [PATH],
        "encoding": "cp1252",
        "publisher": "Regione Piemonte's list of the region's museums, ecomuseums and "
        "collections (dati.piemonte.it, catalogue entry 100439, the link the repository's "
        "link_musei.txt gives), as the CSV committed to the repository on 25 December 2017 "
        "(a course exercise of the Master in Management del Software libero) holds it; each "
        "entry's info_utili is the contact line of the museum's page on the region's site",
        "licence": "not confirmed: the repository carries the GNU GPL v3 (LICENSE) for its "
        "own work; the terms of the region's open-data entry were not read here",
        "language": "it",
        "roles": {"name": "nome", "phone": [FIELD], "email": FIELD, "address": "indirizzo",
                  "postcode": "CAP", "register": "id"},
    },
}  # fmt: skip


def phone_numbers(text: str) -> list[str]:
    """The numbers a contact line writes, each as it stands, in order: each run of digits
    (points and single blanks inside, ``+39.`` or ``+ 39`` before, an area code and a slash
    before its line) with six digits or more; a shorter run is no number of its own (an
    ending that shortens the line before it, ``/107``, ``- 02``; a postcode; an hour,
    ``15.00-18.00``), and alternative lines after ``/`` are numbers of their own."""
    out = []
    for m in _RUN.finditer(text):
        value = m.group().strip()
        if sum(c.isdigit() for c in value) >= 6:
            out.append(value)
    return out


def identity(number: str) -> str:
    """A number's digits, less the country code where it is written with one."""
    digits = "".join(c for c in number if c.isdigit())
    return digits[2:] if number.startswith("+") and digits.startswith("39") else digits


def personal(text: str) -> bool:
    """Whether a contact line names a person (a person's line, a person's address)."""
    emails = [m.lower() for m in EMAIL.findall(text)]
    return bool(NAMED.search(text)) or any(m.startswith(PERSONAL) for m in emails)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept museums of the list, with the commit they were read at."""
    meta = SOURCES["IT"]
    raw = _git(gits["IT"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = earlier_numbers(DATA, EARLIER)
    earlier |= {d[2:] for d in earlier if d.startswith("39") and len(d) >= 9}
    seen: set[str] = set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""), delimiter=";")):
        text = row[FIELD]
        numbers = {identity(n) for n in phone_numbers(text)}
        if not any(len(n) >= 7 for n in numbers) or personal(text):
            continue
        if numbers & (earlier | seen):
            continue
        seen |= numbers
        fields = {k: row[k] for k in COLUMNS}
        found.append({"country": "IT", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": found}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
