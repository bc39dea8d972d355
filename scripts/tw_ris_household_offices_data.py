"""Extract the real register that ``pii_held_out_397.py`` writes its records around into
``scripts/data/pii_tw_ris_household_offices.json``: the phone, fax and e-mail fields of a
register no earlier part used (Taiwan, whose earlier parts took the National Health Insurance
Administration's mask-stock list and home-care institutions, the Ministry of Education's
elementary schools, preschools and universities, Hsinchu City's medical institutions, the
National Police Agency's stations, Taipei's elder-care providers and hotels, Chunghwa Post's
post offices, the Financial Supervisory Commission's financial institutions, the Tourism
Bureau's restaurants, the Taiwan Stock Exchange's securities branches, cram schools, infant
child-care centres, national civil associations, MOS Burger's stores, veterinary practices,
the Directorate-General of Personnel Administration's code list of government agencies and
Kaohsiung's temples; this one is another publisher and one kind of office: the Ministry of the
Interior's Department of Household Registration's directory of the household registration
offices, 戶政機關通訊, with each office's mailbox), exactly as the directory gives them.

One file of the g0v community's ``addressbook-data-converter``, read from a git checkout at a
named commit, values unchanged:

* ``rawdata/organization/source-twgovdata-7437.xml``: the directory as data.gov.tw served it
  (data set 7437, ``www.ris.gov.tw/AS2/infocenter/org.xml``; the repository's
  ``data-index.json`` names it ``戶政機關通訊``), 342 ``org`` elements, each with an
  eight-digit office id (``orgId``, ``67000370``), name, address, telephone (``tel``) and fax
  as the directory writes them (the area code and the line joined by a hyphen, ``06-2232609``,
  a few with an extension after a second hyphen, ``06-7833844-24``), mailbox (``email``, on
  ``ms1.gsn.gov.tw`` or a city's domain; ``0`` where there is none), web site and opening
  hours (``description``).

An office is kept where its ``tel`` is one number of ``SHAPE`` (an area code and a line of
five to eight digits joined by a hyphen; numbers with an extension are left out), whose digits,
and the fax's, no earlier Taiwanese part's data holds (the DGPA's agency list held some
household registration offices' switchboards), and whose telephone no office kept before it
has. All kept offices are written (``CAP`` is above their number), in the file's order, each as
the mapping of the element's children to their published text (the directory names no
person).

    python scripts/tw_ris_household_offices_data.py TW_GIT
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_ris_household_offices.json"
CAP = 400
PATH = "rawdata/organization/source-twgovdata-7437.xml"
PHONE, FAX, EMAIL = "tel", "fax", "email"
FIELDS = ("orgId", "orgname", "address", "tel", "fax", "email", "website", "description")
# one number: an area code and a line joined by a hyphen, no extension
SHAPE = re.compile(r"0\d{1,3}-\d{5,8}")
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_ece_preschools.json",
    "pii_tw_taipei_hotels.json", "pii_tw_chunghwa_post_offices.json",
    "pii_tw_fsc_financial_institutions.json", "pii_tw_tourism_restaurants.json",
    "pii_tw_twse_securities_branches.json", "pii_tw_cram_schools.json",
    "pii_tw_sfaa_childcare_centres.json", "pii_tw_moi_civil_associations.json",
    "pii_tw_mos_burger_stores.json", "pii_tw_aphia_vet_hospitals.json",
    "pii_tw_moe_universities.json", "pii_tw_dgpa_agencies.json",
    "pii_tw_kaohsiung_temples.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "g0v/addressbook-data-converter",
        "commit": "a056289ee8a43a552c8cc3c7ec9ef5c64b2dcbf5",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministry of the Interior, Department of Household Registration "
        "(內政部戶政司), its directory of the household registration offices (戶政機關通訊, "
        "www.ris.gov.tw/AS2/infocenter/org.xml, data.gov.tw data set 7437) as the g0v "
        "community's addressbook-data-converter fetched it (file added in 8b83d13, 'refactory.', "
        "17 April 2014, unchanged since; the repository's data-index.json names the source)",
        "licence": "not confirmed: the repository has no licence file; the terms data.gov.tw "
        "gave the directory in 2014 were not read here",
        "language": "zh-Hant",
        "roles": {"name": "orgname", "phone": [PHONE], "fax": [FAX], "email": [EMAIL],
                  "address": ["address"]},
    },
}  # fmt: skip


def kept(org: dict[str, str]) -> bool:
    """Whether the office's telephone is one number of ``SHAPE``."""
    return SHAPE.fullmatch(org[PHONE]) is not None


def offices(xml: str) -> list[dict[str, str]]:
    """The directory's ``org`` elements as mappings of their children's text ("" if empty)."""
    root = ET.fromstring(xml)
    return [{k: org.findtext(k) or "" for k in FIELDS} for org in root.iter("org")]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the directory, with the commit it was read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    found = []
    for i, org in enumerate(offices(raw)):
        tel, fax = digits_of(org[PHONE]), digits_of(org[FAX])
        if not kept(org) or tel in seen or tel in earlier or fax in earlier:
            continue
        seen.add(tel)
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": org})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
