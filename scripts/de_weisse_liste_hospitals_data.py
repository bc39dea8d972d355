"""Extract the real register that ``pii_held_out_367.py`` writes its records around into
``scripts/data/pii_de_weisse_liste_hospitals.json``: the phone and e-mail fields of a register no
earlier part used (Germany, whose earlier parts took Berlin's, North Rhine-Westphalia's and
Hamburg's schools, the day-care centres of Chemnitz and Berlin, farm shops on OpenStreetMap, the
HRK's Hochschulkompass, the RKI's health offices, the BZSt's tax offices and the care portal of
the Landkreis Ludwigslust-Parchim; this one is another publisher and another kind of
institution: the hospitals of the Weisse Liste's hospital search, Krankenhaussuche, of the
Bertelsmann Stiftung's patient portal), exactly as the portal's profiles gave them.

One file of the krankenhausnavi project's ``database-feed`` (a hackathon project of March 2020,
#WirVsVirus), read from a git checkout at a named commit, values unchanged:

* ``scraper/hospitals_from_weisse_liste.json``: 2,288 hospitals as the scraper
  ``scraper/hospitals_weisse_liste.py`` read them from www.weisse-liste.de (the result list of
  a search of every hospital by name, then each hospital's profile page), each an object with
  ``name``, ``type`` (``hospital`` throughout), ``street``, ``city``, ``postcode`` (five
  digits, ``80336``), ``phone`` (the number of the profile's contact block, area code, slash,
  number, hyphen and extension, each part set off by spaces: ``089 / 51409 - 270``), ``email``
  (the contact block's mailbox), ``website`` (or null), ``comment`` (null throughout) and the
  coordinates ``lat`` and ``lon`` as strings.

A hospital is kept where its ``phone`` holds a number of seven digits or more whose digits no
earlier German part's data holds and no hospital kept before it has (the first of hospitals
that share a line); the kept hospitals are a seeded sample of ``CAP``, in the file's order. Each
is kept as the mapping of the object's keys to the published values (strings, or null where
the file has null), less its ``email`` where that does not name an office (``OFFICE`` matches
its local part: ``info``, ``verwaltung``, ``geschaeftsfuehrung``, ``sekretariat`` ...) or
names a person beside the office (``PERSONAL``, each read): most of the contact blocks'
mailboxes are a manager's own (``michael.kneis@artemed.de``), and those are left out. The file
names no person in any other key (a hospital's name may honour one, ``Albert-Schweitzer-
Therapeutikum``).

    python scripts/de_weisse_liste_hospitals_data.py DE_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_de_weisse_liste_hospitals.json"
CAP = 300
PATH = "scraper/hospitals_from_weisse_liste.json"
PHONE, EMAIL = "phone", "email"
# the earlier German parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_de_berlin_kitas.json", "pii_de_chemnitz_kitas.json", "pii_de_finanzaemter.json",
    "pii_de_hamburg_schools.json", "pii_de_hochschulkompass.json",
    "pii_de_lup_pflegeportal.json", "pii_de_nrw_schools.json", "pii_de_rki_health_offices.json",
    "pii_national_phones.json",
)  # fmt: skip
# the OpenStreetMap objects of the farm shops' part (their phones, with the +49 written as 0)
OSM = "pii_osm_pois.json"
# a mailbox's local part that names an office, a function or the hospital, not a person
OFFICE = re.compile(
    r"info|kontakt|verwaltung|gesch(?:ae|ä)f|^gf|vorstand|leitung|sekr|direkt|klinik|"
    r"krankenhaus|^kh|^mail$|^post|office|service|^kfm|buero|management|^gl$"
)
# office mailboxes that name a person beside the office (each read), left out too
PERSONAL = frozenset({
    "achim.grinschgl", "gf-dollen", "gf.grupp", "leske.pflegedirektion",
    "mpr.geschaeftsfuehrer", "sekr.w.schreiber",
})  # fmt: skip
SOURCES = {
    "DE": {
        "repository": "krankenhausnavi/database-feed",
        "commit": "78a3239c9f961ba40f30d701a2d294934f428cb3",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Weisse Liste (the Bertelsmann Stiftung's patient portal with the "
        "patient and consumer organisations), its hospital search, Krankenhaussuche "
        "(www.weisse-liste.de), as the krankenhausnavi project's scraper read every hospital's "
        "profile (scraper/hospitals_weisse_liste.py; the file committed in 07e6e1a, 'update "
        "hospital json', 22 March 2020, unchanged at the head 78a3239)",
        "licence": "BSD 3-Clause for the repository (its LICENSE file, 'Copyright (c) 2020, "
        "krankenhausnavi'); terms for the Weisse Liste's hospital data themselves not "
        "confirmed",
        "language": "de",
        "roles": {"name": "name", "phone": [PHONE], "email": EMAIL,
                  "address": ["street", "postcode", "city"], "coordinates": ["lat", "lon"]},
    },
}  # fmt: skip


def office_mailbox(value: str | None) -> bool:
    """Whether ``value`` is one well-formed address whose local part names an office."""
    if not value or not re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value):
        return False
    local = value.split("@")[0].lower()
    return bool(OFFICE.search(local)) and local not in PERSONAL


def osm_numbers() -> set[str]:
    """The digits of the German OpenStreetMap objects' phones (``pii_osm_pois.json``), also
    with the trunk 0 in the place of ``49``."""
    out = set()
    for poi in json.loads((DATA / OSM).read_text(encoding="utf-8"))["pois"]:
        for _, value in poi["phones"] if poi["country"] == "DE" else ():
            digits = digits_of(value)
            out |= {digits, "0" + digits[2:]} if digits.startswith("49") else {digits}
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept hospitals of the file, with the commit they were read at."""
    meta = SOURCES["DE"]
    raw = _git(gits["DE"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "49") | osm_numbers(), set()
    found = []
    for i, item in enumerate(json.loads(raw)):
        tel = digits_of(item.get(PHONE) or "")
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        fields = dict(item)
        if not office_mailbox(fields.get(EMAIL)):
            del fields[EMAIL]
        found.append({"country": "DE", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "DE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
