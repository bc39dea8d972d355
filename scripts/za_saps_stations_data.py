"""Extract the real list that ``pii_held_out_194.py`` writes its records around into
``scripts/data/pii_za_saps_stations.json``: the phone, fax and e-mail fields of a register no
earlier part used (the South African Police Service's contact list of its police stations;
South Africa's earlier parts took the Department of Basic Education's schools, National
Treasury's municipalities and the Department of Health's facilities), exactly as published.

One file, read from a git checkout at a named commit, values unchanged:

* ``saps/refined_data.json``: the SAPS contact pages (``www.saps.gov.za/contacts``) of the nine
  provinces as a scrape stored them, each province's ``police_stations.stations`` a list of the
  station pages, each with its ``contacts`` (``Phone``, ``Fax``, ``Email``), ``addresses``
  (``Postal``), ``map_coordinates`` and ``additonal_contacts`` (sic). 1,153 stations, every one
  with a ``Phone`` (South African numbers as SAPS writes them, the area code and the line joined
  by a hyphen, ``040-6551925``; 570 with a second number, 562 after ``, ``, ``040-6551925,
  040-6556632``, the rest after ``;``, ``,``, two blanks or one, or with a shared ending after
  ``/``, ``021-9183012/14``), 1,100 with a ``Fax`` in the same shapes (three in one run,
  ``0864903063``, one ``056-216-5771``).

A seeded sample of 300 of the stations (all have a number of six digits or more in ``Phone``),
in the file's order (province by province, as the scrape stored them): 139 phone fields with
two numbers, 286 faxes (24 with two numbers), 240 e-mail addresses kept; five stations give
one number as both phone and fax (or the fax among the phone's numbers). Each row is kept as a
mapping of the station page's labels to the published strings: ``province``, ``name`` (the
station and its province, ``Zwelitsha (Eastern Cape)``), ``page_url`` (the page, with SAPS's
station id ``sid``), ``Phone``, ``Fax`` (where the page has one), ``Email``, ``Postal`` (the
street and postal addresses run together, with postcodes and box numbers) and ``latitude`` and
``longitude`` (as published, blanks and all). Left out: the province commissioner's details
(they name the commissioner), the ``additonal_contacts`` (numbers of named posts, many of them
mobile numbers that may be the officers' own) and the ``Email`` of a station where it is not
one address on ``saps.gov.za`` whose local part names the station, ``saps``, ``sc`` or
``station`` (222 of 1,153: most are an officer's surname and initials, ``SithongaT@...``; seven
are no valid address, ``FS:Ladybrandsaps@...``, ``...@saps.gov.za/``).

    python scripts/za_saps_stations_data.py ZA_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_za_saps_stations.json"
CAP = 300
PATH = "saps/refined_data.json"
SOURCES = {
    "ZA": {
        "repository": "Kebalepile/Goverment-Service-Locator",
        "commit": "11be7c169eb89183132462443b8f11d2f843ddf8",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "South African Police Service (SAPS), the contact pages of its police "
        "stations, province by province (www.saps.gov.za/contacts/provdetails.php and "
        "stationdetails.php), as the repository's Scrapy spider (saps/saps/spiders/"
        "contacts.py) scraped them and its saps/refine_scraped_data.py kept one list per "
        "province; the file added in 11be7c1 ('Add files via upload', 15 June 2023)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; SAPS's terms for its contact pages were not read here",
        "language": "en",
        "roles": {
            "name": "name",
            "phone": ["Phone"],
            "fax": ["Fax"],
            "email": "Email",
            "address": ["Postal"],
        },
    },
}  # fmt: skip


def station_email(station: dict[str, Any]) -> str:
    """The station's ``Email`` where it is one address on ``saps.gov.za`` whose local part
    names the station (a word of four letters or more of its name), ``saps``, ``sc`` or
    ``station``; "" where it is not (an officer's own address, or no valid address)."""
    value = station["contacts"].get("Email", "")
    m = re.fullmatch(r"([A-Za-z0-9._'-]+)@saps\.gov\.za", value)
    if not m:
        return ""
    local = m.group(1).lower()
    words = [w for w in re.findall(r"[a-z]+", re.sub(r"\(.*?\)", "", station["name"].lower()))]
    if "saps" in local or any(len(w) >= 4 and w in local for w in words):
        return value
    return value if re.search(r"(^|\.)(sc|station)(\.|$)", local) else ""


def fields(province: str, station: dict[str, Any]) -> dict[str, str]:
    """The kept labels of one station page, as published."""
    out = {"province": province, "name": station["name"], "page_url": station["page_url"]}
    for key in ("Phone", "Fax"):
        if key in station["contacts"]:
            out[key] = station["contacts"][key]
    if station_email(station):
        out["Email"] = station_email(station)
    if "Postal" in station["addresses"]:
        out["Postal"] = station["addresses"]["Postal"]
    for key in ("latitude", "longitude"):
        if station["map_coordinates"].get(key) is not None:
            out[key] = station["map_coordinates"][key]
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        stations = [
            fields(province["province"], station)
            for province in json.loads(raw.decode(meta["encoding"]))
            for station in province["police_stations"]["stations"]
        ]
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": row}
            for i, row in enumerate(stations)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
