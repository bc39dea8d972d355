"""Extract the real register that ``pii_held_out_511.py`` writes its records around into
``scripts/data/pii_it_comuni_ita.json``: the phone, fax and e-mail fields of a register no
earlier part used (Italy, whose earlier parts took ICCU's libraries, Regione Lombardia's care
homes and sports centres, the comuni's and the prefectures' contacts lists of the dati_sql
dump, Puglia's and Piemonte's accommodation lists, Piemonte's museums, Lazio's health services,
the Ministry of Justice's offices of the justices of the peace and its prisons, the Ministry of
Health's consultori and Regione Campania's heating-plant firms; this one is another publisher's
register of the comuni, the Comuni-ITA project's ``comuni.json``, the data behind its public
API of Italy's municipalities: a municipality's switchboard, fax, mailbox and PEC beside its
ISTAT code, cadastral code, postcode, province and region; the kind of institution, the comune,
is that of the dati_sql contacts list, whose 200 kept rows' numbers are not taken again),
exactly as the register gives them.

One file of ``Samurai016/Comuni-ITA``, read from a git checkout at a named commit, values
unchanged:

* ``data/comuni.json``: a JSON array of the 7,896 comuni, each an object with ``codice`` (the
  ISTAT code, ``028001``), ``nome``, ``nomeStraniero`` (the name in the second language where
  a comune has one, ``Aldein``), ``codiceCatastale`` (``A001``), ``cap``, ``prefisso`` (the
  area code, ``049``), ``provincia`` (an object: ``nome``, ``sigla``, ``codice``,
  ``regione``), ``email``, ``pec``, ``telefono`` and ``fax`` (Italian numbers after ``+39``,
  the rest in the many ways the comuni wrote them: ``+39 049 8245111``, ``+39 0471/886823``,
  ``+39 0341.910135``, ``+39 0332995000``), ``popolazione`` and ``coordinate``.

A comune is kept where its ``telefono`` holds a number of seven digits or more whose digits no
earlier Italian part's data holds (``it_campania_manutentori_data.earlier``: the files of its
``EARLIER`` and the Italian OpenStreetMap objects, and the Campania firms' numbers) and whose
``fax`` is none of theirs either, and no comune kept before it has (the first of comuni that
share a switchboard); the kept comuni are a seeded sample of ``CAP``, in the file's order. Each
is kept as its object, unchanged (the register names no person beyond what a comune's own
mailbox may spell).

    python scripts/it_comuni_ita_data.py IT_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from it_campania_manutentori_data import earlier
from register_contacts_data import _git, digits_of, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_it_comuni_ita.json"
CAP = 300
PATH = "data/comuni.json"
PHONE, FAX = "telefono", "fax"
SOURCES = {
    "IT": {
        "repository": "Samurai016/Comuni-ITA",
        "commit": "e70ac2e03231ad0dd4453bfda819c482b421e8b2",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Comuni-ITA project (Samurai016), the data file of its public API of "
        "Italy's municipalities (comuni), which its README says is drawn semi-automatically "
        "from ISTAT's archives and completed from Wikidata (repository head, 11 February "
        "2026)",
        "licence": "not confirmed: the repository holds no LICENSE file at this commit (its "
        "README shows only a licence badge); the terms of the contact fields' sources are not "
        "stated",
        "language": "it",
        "roles": {"name": "nome", "phone": [PHONE], "fax": [FAX], "email": ["email", "pec"],
                  "register": "codice", "postcode": "cap"},
    },
}  # fmt: skip


def taken() -> set[str]:
    """Every number an earlier Italian part holds, as digits, with and without ``39`` (the
    Campania firms' data is not among ``EARLIER``'s files, so it is added)."""
    rows = json.loads((DATA / "pii_it_campania_manutentori.json").read_text("utf-8"))["rows"]
    found = earlier() | {digits_of(r["fields"]["telefono"] or "") for r in rows}
    return found | {d[2:] for d in found if d.startswith("39")}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept comuni of the register, with the commit they were read at."""
    meta = SOURCES["IT"]
    raw = _git(gits["IT"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    old, seen = taken(), set()
    found = []
    for i, comune in enumerate(json.loads(raw)):
        tel, fax = digits_of(comune.get(PHONE) or ""), digits_of(comune.get(FAX) or "")
        if len(tel) < 7 or tel in seen or tel in old or (fax and fax in old):
            continue
        seen.add(tel)
        found.append({"country": "IT", "path": f"{PATH}#{i}", "fields": comune})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IT", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
