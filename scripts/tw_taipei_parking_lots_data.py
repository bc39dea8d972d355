"""Extract the real register that ``pii_held_out_417.py`` writes its records around into
``scripts/data/pii_tw_taipei_parking_lots.json``: the phone field of a register no earlier part
used (Taiwan, whose earlier parts took the National Health Insurance Administration's
mask-stock list and home-care institutions, the Ministry of Education's elementary schools,
preschools and universities, Hsinchu City's medical institutions, the National Police Agency's
stations, Taipei's elder-care providers and hotels, Chunghwa Post's post offices, the Financial
Supervisory Commission's financial institutions, the Tourism Bureau's restaurants, the Taiwan
Stock Exchange's securities branches, the cram schools, the infant child-care centres, the
national civil associations, MOS Burger's stores, the veterinary practices, the DGPA's code
list of agencies, Kaohsiung's temples and the household registration offices; this one is a
city department's register of another kind of place: Taipei City's parking lots, as the
Department of Transportation's Parking Management and Development Office, 臺北市政府交通局停車
管理工程處, publishes them), exactly as the office gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``TCMSV_alldesc.json``: the office's static description of every parking lot of the city
  (``https://tcgbusfs.blob.core.windows.net/blobtcmsv/TCMSV_alldesc.json``, data set 128435 of
  data.gov.tw; ``UPDATETIME`` 'Sat Jan 28 00:00:00 CST 2023'), copied into the repository
  taurus5650/tw_opendata_taipeiParkingInfo: 1,894 lots under ``data.park``, each with its
  ``id`` (``001``), district (``area``, ``信義區``), ``name``, ``type``, ``summary`` (the
  spaces), ``address`` (mostly without the city, ``松壽路1號地下``), ``tel``, fee text
  (``payex``), ``serviceTime``, TWD97 coordinates (``tw97x``, ``tw97y``), counts of spaces
  (``totalcar``, ``totalmotor``...) and, for 662, flags of priority spaces and amenities; the
  fare table (``FareInfo``) and the entrances' coordinates (``EntranceCoord``) as objects. The
  ``tel`` is a Taipei number without its area code (``2722-0152``, ``27057716``), one with it
  (``02-28234811``, ``(06)263-6288``, ``03-3332157``), a number with an extension
  (``2246-1708#15``), a mobile (``0933723613``, ``0955-631-633``), a toll-free line
  (``0800-88-8924``), two numbers joined, a bare ``02`` or nothing.

A lot is kept where its ``tel`` is one fixed line, with or without its area code, in one of the
shapes of ``SHAPE`` (no extension, no second number: the part labels each copy of the field
whole), that is no mobile (``09``: a mobile of a small private lot may be its keeper's own)
and no toll-free line, whose digits (also with Taipei's ``02`` before them where the field has
no area code) no earlier Taiwanese part's data holds and no lot kept before it has (the first
of the lots an operator's switchboard answers for); the kept lots are a seeded sample of
``CAP``, in the file's order. Each is kept as the mapping of all of the lot's keys to the
published values (strings, numbers and the two nested objects; the register names no person).

    python scripts/tw_taipei_parking_lots_data.py TW_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_taipei_parking_lots.json"
CAP = 400
PATH = "TCMSV_alldesc.json"
PHONE = "tel"
# one fixed line: Taipei's eight digits alone, or an area code (bare or in brackets) and the line
SHAPE = re.compile(r"(?:0[2-8]-?|\(0[2-8]\))?\d{3,4}-?\d{4}")
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json", "pii_tw_fsc_financial_institutions.json",
    "pii_tw_tourism_restaurants.json", "pii_tw_twse_securities_branches.json",
    "pii_tw_ece_preschools.json", "pii_tw_cram_schools.json",
    "pii_tw_sfaa_childcare_centres.json", "pii_tw_moi_civil_associations.json",
    "pii_tw_mos_burger_stores.json", "pii_tw_aphia_vet_hospitals.json",
    "pii_tw_moe_universities.json", "pii_tw_dgpa_agencies.json",
    "pii_tw_kaohsiung_temples.json", "pii_tw_ris_household_offices.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "taurus5650/tw_opendata_taipeiParkingInfo",
        "commit": "7c1b62afe364c0e8a96aa5cc4f5f87a24ae9aed7",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Parking Management and Development Office, Department of "
        "Transportation, Taipei City Government (臺北市政府交通局停車管理工程處), its static "
        "description of the city's parking lots (TCMSV_alldesc.json, data.gov.tw data set "
        "128435; UPDATETIME 'Sat Jan 28 00:00:00 CST 2023') as copied into the repository in "
        "7c1b62a ('Create TCMSV_alldesc.json', 28 January 2023), whose README names the API "
        "and the data set",
        "licence": "not confirmed: the repository has no LICENSE file; the terms of the city's "
        "open data (the Open Government Data License of data.gov.tw) were not read here",
        "language": "zh-Hant",
        "roles": {"name": "name", "phone": [PHONE], "address": ["area", "address"]},
    },
}  # fmt: skip


def is_kept_phone(value: str) -> bool:
    """Whether a ``tel`` is one fixed line the part takes: ``SHAPE``, no mobile, no toll-free."""
    return bool(SHAPE.fullmatch(value)) and not value.startswith(("09", "080"))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept lots of the register, with the commit it was read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    found = []
    for i, lot in enumerate(json.loads(raw)["data"]["park"]):
        tel = (lot.get(PHONE) or "").strip()
        if not is_kept_phone(tel):
            continue
        digits = digits_of(tel)
        keys = {digits} if digits.startswith("0") else {digits, "02" + digits}
        if keys & (earlier | seen):
            continue
        seen |= keys
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": dict(lot)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
