"""Extract the real register that ``pii_held_out_398.py`` writes its records around into
``scripts/data/pii_nl_zorgkaart_pharmacies.json``: the phone fields of a list no earlier part
used (the Netherlands' community and outpatient pharmacies, as ZorgkaartNederland lists them
under ``Farmacie``; the country's earlier parts took DUO's secondary and primary schools, the
municipalities, the LRK's day-care centres, the Museumkaart's museums, the ZBO-register,
ZorgkaartNederland's nursing homes and its providers of medical specialist care, and Gouda's
social map), exactly as the directory published them.

No register of the Netherlands, Flanders or Denmark from a publisher no earlier part used was
found in the stored public repositories in the time this part had (Eurostat GISCO's Danish
hospital list has no phone column; the Open State Foundation's MijnOverheid list is the
municipalities again); this one is another kind of institution, pharmacies, from the file that
``held_out_277`` and ``held_out_295`` read other segments of.

One register, read from a git checkout at a named commit, values unchanged:

* ``NL``: the care providers of ZorgkaartNederland (zorgkaartnederland.nl, the directory and
  rating site of the Patientenfederatie Nederland, the Dutch patients' federation), as the
  repository JLSchol/zorginstellingen-scraper scraped its ``/zorginstelling`` pages in November
  2023 and joined them in ``output_deel_123_gecombineerd.csv`` (UTF-8, comma-separated, no
  header, 22,320 rows): per provider the scraper's fields ``company`` (the page's title),
  ``marked_segment`` (the page's market segment), ``address`` (street, house number and place,
  ``Bijlmerdreef 93, Amsterdam``), ``phone_number`` and ``website``. Dutch national numbers with
  the trunk ``0`` and no ``+31``, the area code set off by a hyphen (``020-2106015``,
  ``0229-228040``).

Only the segment ``Farmacie`` (pharmacies: independent ones, the chains' branches, ``BENU``,
``Service Apotheek``, ``Alphega``, hospitals' outpatient pharmacies; 395 rows): the rows whose
``phone_number`` is one Dutch number in the shape the specialist-care part accepts
(``nl_zorgkaart_specialist_care_data.one_number``: the area code with its trunk ``0``, a hyphen
or a blank, the subscriber's number; 392), no mobile (none in the segment), whose name names no
doctor by a title or initials (one left out, ``Apotheek Dokter aan de Lek``, a place's name the
rule's ``Dokter`` catches), whose number no earlier part's data holds (``earlier_numbers`` over
the country's extracts, and the Dutch numbers of the OpenStreetMap objects of ``held_out_10``,
``+31`` read as the trunk ``0``) and is not a second copy of a kept row's number (none was
either), in the file's order, fewer than ``CAP``: all 391 kept. Left out besides: one field
holding two numbers joined by a semicolon (``0570-640367;0570-616919``) and two holding a web
address. The kept numbers have ten digits but one ``0900`` number of eleven
(``0900-6006666``); 13 rows have no web page. Each row is kept as a mapping of the scraper's
field names to the published strings; the directory gives no e-mail addresses.

    python scripts/nl_zorgkaart_pharmacies_data.py NL_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nl_zorgkaart_specialist_care_data import _rows, mobile, names_a_doctor, one_number
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_nl_zorgkaart_pharmacies.json"
CAP = 400
SEGMENT = "Farmacie"
# the country's earlier parts' data (and the OpenStreetMap objects, Dutch ones among them)
EARLIER = (
    "pii_nl_duo_schools.json",
    "pii_nl_duo_primary_schools.json",
    "pii_nl_municipalities.json",
    "pii_nl_lrk_childcare.json",
    "pii_nl_museumkaart.json",
    "pii_nl_zbo_register.json",
    "pii_nl_zorgkaart_nursing_homes.json",
    "pii_nl_zorgkaart_specialist_care.json",
    "pii_nl_goudawijzer.json",
)
# the OpenStreetMap objects of ``held_out_10`` (Dutch farm shops among them), another shape
OSM = "pii_osm_pois.json"
SOURCES = {
    "NL": {
        "repository": "JLSchol/zorginstellingen-scraper",
        "commit": "33431932cd8a2a43118fc41b47fe74732783cd0b",
        "path": "output_deel_123_gecombineerd.csv",
        "encoding": "utf-8",
        "publisher": "ZorgkaartNederland (zorgkaartnederland.nl, Patientenfederatie "
        "Nederland): the directory's care-provider pages (/zorginstelling) of the market "
        "segment 'Farmacie', scraped by the repository's scrape_data.py (requests and "
        "BeautifulSoup) and committed as three parts and their join in 3343193 ('added shit', "
        "21 November 2023); the CSV files removed from the tree in 50ae27a ('cleaned', 21 "
        "November 2023) and ignored since",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; ZorgkaartNederland's own terms of re-use were not read here",
        "language": "nl",
        "roles": {"name": "company", "phone": ["phone_number"], "segment": "marked_segment",
                  "address": "address", "web": "website"},
    },
}  # fmt: skip


def osm_numbers() -> set[str]:
    """The digits of the Dutch phone values of ``held_out_10``'s OpenStreetMap objects, ``+31``
    also read as the trunk ``0``."""
    out = set()
    for poi in json.loads((DATA / OSM).read_text(encoding="utf-8"))["pois"]:
        for _, value in poi["phones"] if poi["country"] == "NL" else ():
            digits = digits_of(value)
            out |= {digits, "0" + digits[2:]} if digits.startswith("31") else {digits}
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept pharmacies of the directory, with the commit they were read at."""
    meta = SOURCES["NL"]
    raw = _git(gits["NL"], "show", f"{meta['commit']}:{meta['path']}")
    earlier, seen = earlier_numbers(DATA, EARLIER, "31") | osm_numbers(), set()
    found = []
    for i, row in enumerate(_rows(raw.decode(meta["encoding"]))):
        tel = row["phone_number"]
        if row["marked_segment"] != SEGMENT or not one_number(tel) or mobile(tel):
            continue
        if names_a_doctor(row["company"]) or digits_of(tel) in earlier | seen:
            continue
        seen.add(digits_of(tel))
        found.append({"country": "NL", "path": f"{meta['path']}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "NL", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
