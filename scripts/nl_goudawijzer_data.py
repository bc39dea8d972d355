"""Extract the real list that ``pii_held_out_336.py`` writes its records around into
``scripts/data/pii_nl_goudawijzer.json``: the phone and e-mail fields of a directory no earlier
part used (the GoudaWijzer, the municipality of Gouda's social map of organisations; the
Netherlands' earlier parts took DUO's schools, the municipalities' general numbers, the LRK's
day-care centres, the Museumkaart's museums, the ZBO-register and ZorgkaartNederland's lists),
exactly as the site gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``result/alle_organisaties.csv``: the organisations of www.goudawijzer.nl (``/is/organisaties``),
  the social map ("sociale kaart") of Gouda, Zuid-Holland, as a student project's Scrapy spider
  saved its search results (columns ``naam``, ``beschrijving``, ``telefoon``, ``email``,
  ``website``, ``adres``): welfare and care organisations, GP and dental practices, schools and
  day-care groups, clubs, churches, helplines and public services of Gouda and the region, each
  with the number the site prints after its ``tel:`` link (``0182 570 404``, ``088 0234 225``,
  ``0800 935 9456``, ``0900 8844``; the site sets the area code off by a blank and groups the
  rest in threes and fours), its e-mail address, web site and street address with postcode
  (``Groningenweg 8a, 2803PV Gouda``).

The file holds the site's search results twice over (the scrape run twice, a second header line
between); each row is kept once, at its first line, indexed by its place among the file's
records. Kept: the rows whose ``telefoon`` holds a number of seven digits or more that is no
mobile (``06``: a line a person may carry), whose name names no person by initials or a title
and whose ``email`` is on no free mail service (a practice's or club's private line may be
behind those). Left out: the second copy of every row, 41 rows with no number or a short one
(``140182``, the municipality's service number), 154 mobiles, 4 names with initials (``R.F.G.
Lugten, arts``, ``Tandartspraktijk R.J. Meinardi``), 8 rows with a free-mail address
(``...@gmail.com``, ``...@planet.nl``). Of each kept row: ``naam``, ``telefoon``, ``website`` and
``adres`` as published; ``email`` only where its local part names the organisation, a desk or a
place (``info@``, ``secretariaat@``, ``plaswijckschool@``, ``receptie.gouda@``), else empty;
``beschrijving`` not kept (its prose names practitioners and staff).

    python scripts/nl_goudawijzer_data.py NL_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nl_goudawijzer.json"
PATH = "result/alle_organisaties.csv"
SOURCES = {
    "NL": {
        "repository": "Adel-Atzouza/ProjectD-Scraper",
        "commit": "397a771723dceb87942c4d49ba96097e8edf9dca",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Gemeente Gouda's GoudaWijzer (www.goudawijzer.nl), the municipality's "
        "social map of organisations in welfare, care, youth, education, sport and leisure, "
        "its /is/organisaties search results as the Scrapy spider "
        "GoudaScraper/spiders/GoudaWijzerOrganisaties.py of a Hogeschool Rotterdam student "
        "project saved them; the file added in b82f6f0 ('added directory fix', 6 May 2025), "
        "kept unchanged to 397a771 ('Merge pull request #39', 26 June 2025)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the GoudaWijzer's terms for its directory were not read here",
        "language": "nl",
        "roles": {"name": "naam", "phone": ["telefoon"], "email": "email", "address": ["adres"]},
    },
}  # fmt: skip

# free mail services: a row whose address is on one may be a person's own line
FREE_MAIL = frozenset(
    (
        "gmail.com",
        "hotmail.com",
        "hotmail.nl",
        "live.nl",
        "live.com",
        "outlook.com",
        "outlook.nl",
        "yahoo.com",
        "yahoo.nl",
        "freeler.nl",
        "ziggo.nl",
        "kpnmail.nl",
        "kpnplanet.nl",
        "planet.nl",
        "home.nl",
        "hetnet.nl",
        "xs4all.nl",
        "casema.nl",
        "chello.nl",
        "upcmail.nl",
        "icloud.com",
        "me.com",
        "msn.com",
        "tele2.nl",
        "online.nl",
        "zonnet.nl",
        "quicknet.nl",
        "solcon.nl",
        "telfort.nl",
        "caiway.nl",
        "kabelfoon.nl",
        "hccnet.nl",
        "gmx.net",
        "protonmail.com",
    )  # fmt: skip
)
# words of a desk's, a role's or a place's mailbox (a token of an address's local part)
ROLE_WORDS = frozenset(
    (
        "info",
        "mail",
        "contact",
        "klantcontact",
        "communicatie",
        "secretariaat",
        "secretaris",
        "secretaresse",
        "administratie",
        "adm",
        "coordinator",
        "praktijk",
        "huisartsenpost",
        "bestuur",
        "voorzitter",
        "president",
        "zorgbemiddeling",
        "directie",
        "support",
        "aanmeldingzorg",
        "aanmelden",
        "aanmelding",
        "aanmeldingen",
        "planbureau",
        "verkoop",
        "balie",
        "receptie",
        "ambulant",
        "hulp",
        "hulplijn",
        "ledenservice",
        "servicebureau",
        "servicepunt",
        "service",
        "teamondersteuner",
        "ombudswerk",
        "klanten",
        "klantenservice",
        "klantadvies",
        "preventie",
        "zorgaanvraag",
        "revalidatie",
        "contractbeheer",
        "contractbeheerwmojeugd",
        "vraagbaak",
        "vraag",
        "toegang",
        "welkom",
        "woonzorgadvies",
        "stichting",
        "postbus",
        "meldpunt",
        "contactteam",
        "landelijkbureau",
        "ambulatorium",
        "wlz",
        "vmbo",
        "vso",
        "gouda",
        "rotterdam",
        "denhaag",
        "leiden",
        "capelle",
        "lopik",
        "zuid",
        "noord",
        "mh",
    )  # fmt: skip
)
# a person named by initials or a title (``R.F.G. Lugten``, ``Dr. ...``)
PERSON = re.compile(r"\b(?:Dr|Drs|Dhr|Mevr|Mw|Mr)\.|(?<![\w.])[A-Z]\.(?:\s?[A-Z]\.)*\s")


def _letters(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


def _token_ok(token: str, haystack: str) -> bool:
    """Whether one token of an address's local part names a desk, a role, a place or the
    organisation itself (found in its name, street address or mail domain)."""
    if token in ROLE_WORDS or (len(token) >= 3 and token in haystack):
        return True
    for word in ("info", "adm"):
        for rest in (token.removeprefix(word), token.removesuffix(word)):
            if rest != token and (rest in ROLE_WORDS or (len(rest) >= 2 and rest in haystack)):
                return True
    return False


def role_email(row: dict[str, str]) -> str:
    """The row's e-mail address where its local part names the organisation, a desk or a
    place, else ""."""
    value = row["email"].strip()
    if value.count("@") != 1:
        return ""
    local, domain = value.lower().split("@")
    haystack = _letters(row["naam"] + row["adres"] + domain.split(".")[0])
    tokens = [t for t in re.split(r"[._-]", local) if t]
    ok = bool(tokens) and all(len(t) > 1 and _token_ok(t, haystack) for t in tokens)
    return value if ok else ""


def kept(row: dict[str, str]) -> bool:
    """A row with a number of seven digits or more that is no mobile, a name that names no
    person, and no free-mail address."""
    tel = row["telefoon"].strip()
    domain = row["email"].strip().lower().rsplit("@", 1)[-1]
    return (
        sum(c.isdigit() for c in tel) >= 7
        and not tel.startswith("06")
        and not PERSON.search(row["naam"])
        and domain not in FREE_MAIL
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    meta = SOURCES["NL"]
    raw = _git(gits["NL"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    seen, rows = set(), []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        key = tuple(row.values())
        if row["naam"] == "naam" or key in seen:
            continue
        seen.add(key)
        if kept(row):
            fields = {k: row[k] for k in ("naam", "telefoon", "email", "website", "adres")}
            fields["email"] = role_email(row)
            rows.append({"country": "NL", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
