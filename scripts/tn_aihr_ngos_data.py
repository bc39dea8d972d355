"""Extract the real directory that ``pii_held_out_56.py`` writes its records around into
``scripts/data/pii_tn_aihr_ngos.json``: the phone and e-mail fields of a country whose register
no earlier part used (Tunisia), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``TN``: Tunisian associations (cultural, development, rights, women's, charitable and
  environmental associations, most founded in 2011 and 2012) in the NGO database of the Arab
  Institute for Human Rights (AIHR, المعهد العربي لحقوق الإنسان, aihr-resourcescenter.org), as
  Andrew Heiss's scraper saved it (``aihr-full.csv`` of the repository andrewheiss/scrape-aihr,
  4 December 2014): Tunisian eight-digit numbers as each association gave them, most after the
  country code with a space inside it or not (``+216 93477581``, ``+ 216 75 630561``), later
  entries bare (``24550446``, ``71 241 700``), up to three in one field after ``, `` or
  `` / ``, a few with a short or broken code (``+ 23 675638``, ``+216 680700``); beside the
  directory's entry id, the date the entry was added (``2014-11-06 21:49:27.636632``), the
  association's founding date (``2011-12-12``, ``0000-00-00`` where none was given), its
  address, governorate, type and target groups, in Arabic.

Every entry of the file whose ``country`` is one of the Tunisian spellings of ``TUNISIA`` (as
typed: ``تونس/Tunisia``, ``تونس``, ``تزنس``, a town's name...) and whose ``phone`` field has a
number of six digits or more, in the file's order (fewer than ``CAP``, so no sample is drawn).
Each entry is kept as a mapping of the file's column names to the published strings, with
these exceptions: the four officers (``president``, ``director``, ``secretary_general``,
``treasurer``: natural persons) and the free-text answers of the directory's form
(``missions_and_goals`` to ``exchange_of_information_know-how_and_experience``, which name
officers and other persons in places) are left out; the ``email`` field is kept only where it
is one well-formed address whose local part holds a word of the association's own kind
(``ORG_WORDS``: ``association``, ``contact``, ``info``, ``ong``, ``forum``, ...) and is none
of the two ``PERSONAL`` ones, and is left out otherwise (most addresses of the directory are an
officer's own, ``name.surname@...``). Names are the associations', addresses their premises.

    python scripts/tn_aihr_ngos_data.py TN_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tn_aihr_ngos.json"
CAP = 600
# the ``country`` values of the Tunisian entries, as typed into the directory's form
TUNISIA = frozenset({
    "تونس/Tunisia", "تونس", "تونس/Tunisie", "تونس / Tunisie", "تزنس", "تونس/Sfax", "نابل",
    "تونس/Tunisa", "نابل ، الجمهورية التونسية", "صفاقس", "تونس / Tunisia", "أريانة",
    "تونس /Tunis", "تونس/Tunis", "تونس /Tunisie", "تونس/Ariana", "تونس/Tuinisia",
    "Tunisia/تونس", "دار الجمعيات نادي فرح بنابل",
})  # fmt: skip
# the columns that name persons: the officers, and the form's free-text answers
DROPPED = frozenset({
    "president", "director", "secretary_general", "treasurer", "missions_and_goals",
    "impact_of_ong", "activities", "building_networks_and_alliances", "other", "publications",
    "training_and_capacity_building", "research_resources_and_production",
    "exchange_of_information_know-how_and_experience",
})  # fmt: skip
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
# words of an association's own address (``association.dev.local``, ``contact``, ``accum.ong``)
ORG_WORDS = re.compile(
    r"assoc|contact|info|ong|forum|club|ligue|union|reseau|solidaire|volontariat|enfant"
    r"|femme|droit|jeune|hilal|federal|tounes|tunisie"
)
# addresses those words let through that are a person's own (a name before ``club``, a
# nickname holding ``ong``), each read here
PERSONAL = frozenset({"noureddine.club@yahoo.com", "moongamra81@gmail.com"})
SOURCES = {
    "TN": {
        "repository": "andrewheiss/scrape-aihr",
        "commit": "b63d24cdfc23d89a1c44c078b4082b595e64b454",
        "path": "aihr-full.csv",
        "encoding": "utf-8",
        "publisher": "the Arab Institute for Human Rights (AIHR, المعهد العربي لحقوق الإنسان, "
        "Tunis), its NGO database (aihr-resourcescenter.org), downloaded by Andrew Heiss's "
        "scraper aihr.py on 6 November 2014 and committed in b63d24c ('Initial commit', "
        "4 December 2014); the associations entered their own details in the database's form",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms of AIHR's database were not found",
        "language": "ar",
        "roles": {"name": "arabic_name", "phone": ["phone"], "email": "email",
                  "address": "address", "region": "governorate"},
    },
}  # fmt: skip


def _office_email(value: str) -> bool:
    """One well-formed address whose local part holds a word of an association's own."""
    value = value.strip()
    if not ADDRESS.fullmatch(value) or value in PERSONAL:
        return False
    return bool(ORG_WORDS.search(value.split("@")[0].lower()))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = raw.decode(meta["encoding"])
        found = []
        for i, row in enumerate(csv.DictReader(io.StringIO(text, newline=""))):
            if row["country"] not in TUNISIA or not _has_phone(row, meta["roles"]["phone"]):
                continue
            fields = {
                k: v
                for k, v in row.items()
                if k not in DROPPED and (k != "email" or _office_email(v))
            }
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
