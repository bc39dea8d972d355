"""Extract the real register that ``pii_held_out_258.py`` writes its records around into
``scripts/data/pii_us_nps_parks.json``: the phone, fax, TTY and e-mail fields of a register no
earlier part used (the United States, whose earlier parts took CMS's hospitals, New York City's
high schools, Puerto Rico's voter centres, the Texas Education Agency's schools, HIFLD's
colleges, Cambridge's facilities, New York State's health facilities, the federal FOIA offices,
IMLS's museums and HUD's public housing agencies; this one is another publisher and another
kind of institution: the National Park Service's Data API, the parks, monuments, historic
sites, trails and heritage areas of the National Park System and its affiliated areas), exactly
as the copy read gives them.

One file, read from a git checkout at a named commit:

* ``misc/parks-orig.json`` of bxyoung89/nsnationalparks: a response of the NPS Data API's
  ``/parks`` endpoint (``"total":"497"``, ``"limit":"500"``), one object per park with its
  full name, park code, designation, states, coordinates, addresses and ``contacts``: a list of
  ``phoneNumbers`` (each ``phoneNumber`` typed ``Voice``, ``Fax`` or ``TTY``, with its own
  ``extension`` field) and a list of ``emailAddresses``. The numbers are North American numbers
  as the parks typed them, most with no separator (``2703583137``), others ``617-770-1175``,
  ``(202) 543-2240``, ``202.426.6924``, ``(830)775-7491``, ``(229) 824 - 4104``, toll-free with
  the trunk ``1`` (``18003057417``), and a few fields with two numbers (``706-823-0440 /
  1-888-659-8926``, ``5302600537or5306678113``) or a word after the number (``4356883388
  fax``).

Every park whose voice, fax or TTY number holds six digits or more, in the file's order, but one
(Fort Monroe's ``757-722-FORT (3678)``, a number spelt in letters, left out), a seeded sample of
``CAP``; each kept as a flat mapping of strings: its name, code, designation, states, URL,
coordinates, physical address (street, city, state, ZIP code; empty where the park has none),
its one voice number with its extension field, its fax and TTY numbers and its e-mail address
(``""`` where it has none; the placeholder ``0@0`` of one park dropped). The e-mail is the
park's office address (``acadia_information@nps.gov``) for most parks and a named staff
member's work address at the NPS or a heritage area's partner for some, as the API publishes
them; all are kept. The parks are places and offices; no field is a private person's line.

    python scripts/us_nps_parks_data.py US_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_nps_parks.json"
CAP = 330
PATH = "misc/parks-orig.json"
SOURCES = {
    "US": {
        "repository": "bxyoung89/nsnationalparks",
        "commit": "f53e5287e35b2fc8a66503b29f3a5a4eb9ff2829",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "U.S. National Park Service (NPS), its Data API (developer.nps.gov, "
        "'/parks' endpoint: the units of the National Park System and affiliated areas with "
        "their contacts), a response saved whole by the repository (a map of the parks a "
        "user has visited) as misc/parks-orig.json",
        "licence": "not confirmed: the repository has no LICENSE file; the data is a work of "
        "a United States government agency (NPS), but the NPS's terms for its API were not "
        "read here",
        "language": "en",
        "roles": {
            "name": "fullName",
            "phone": ["voice", "fax", "tty"],
            "email": "email",
            "address": ["line1", "city", "stateCode", "postalCode"],
        },
    },
}  # fmt: skip

TYPES = {"Voice": "voice", "Fax": "fax", "TTY": "tty"}
_SPELT = re.compile(r"[A-Z]{3,}")  # a number spelt in letters (``757-722-FORT``)


def flat(park: dict[str, Any]) -> dict[str, str]:
    """A park's kept fields as published, flat, every value a string."""
    address = next((a for a in park["addresses"] if a["type"] == "Physical"), {})
    out = {
        key: park[key]
        for key in ("fullName", "name", "parkCode", "designation", "states", "url",
                    "latitude", "longitude")
    }  # fmt: skip
    for key in ("line1", "city", "stateCode", "postalCode"):
        out[key] = address.get(key, "")
    out.update({"voice": "", "voice_extension": "", "fax": "", "tty": "", "email": ""})
    for entry in park["contacts"]["phoneNumbers"]:
        kind = TYPES[entry["type"]]
        out[kind] = entry["phoneNumber"]
        if kind == "voice":
            out["voice_extension"] = entry["extension"]
    emails = [e["emailAddress"] for e in park["contacts"]["emailAddresses"]]
    if emails and "." in emails[0]:
        out["email"] = emails[0]
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept parks of the file, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{meta['path']}")
    parks = json.loads(raw.decode(meta["encoding"]))["data"]
    found = [
        {"country": "US", "path": f"{meta['path']}#{i}", "fields": flat(park)}
        for i, park in enumerate(parks)
        if _has_phone(flat(park), meta["roles"]["phone"])
        and not any(_SPELT.search(p["phoneNumber"]) for p in park["contacts"]["phoneNumbers"])
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
