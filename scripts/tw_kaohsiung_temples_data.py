"""Extract the real register that ``pii_held_out_371.py`` writes its records around into
``scripts/data/pii_tw_kaohsiung_temples.json``: the phone fields of a register no earlier part
used (Taiwan, whose earlier parts took the National Health Insurance Administration's
mask-stock list and home-care institutions, the Ministry of Education's elementary schools,
preschools and universities, Hsinchu City's medical institutions, the National Police Agency's
stations, Taipei's elder-care providers and hotels, Chunghwa Post's post offices, the Financial
Supervisory Commission's financial institutions, the Tourism Bureau's restaurants, the Taiwan
Stock Exchange's securities branches, cram schools, infant child-care centres, national civil
associations, MOS Burger's stores, veterinary practices and the Directorate-General of
Personnel Administration's government agencies; this one is another publisher and another kind
of institution: Kaohsiung City Government's Civil Affairs Bureau, 高雄市政府民政局, its open
data list of the registered temples, churches and religious foundations of the city,
宗教團體/寺廟), exactly as the list gives them.

One file of a student project's repository (``jimmy4413i/final``, a map of Kaohsiung's
temples, 'Kaohsiung Temple', 高雄文化地圖), read from a git checkout at a named commit, values
unchanged:

* ``temple.xml``: the bureau's open-data XML as its ``js/all.js`` names the source
  (``http://cabu.kcg.gov.tw/Web/opendata/?category=temple&type=xml``), saved on 19 June 2016:
  1,658 ``<Temple>`` elements, each with ``Name`` (the temple's or foundation's name),
  ``Org`` (the registering authority, ``高雄市政府`` or, for 15 national foundations,
  ``內政部``), ``District`` (``高雄市美濃區``), ``Address`` (the street address within the
  district, as registered, often with the village, ``龍肚里茶頂街16之6號``), ``Religion``
  (``道教``, ``佛教``, ``基督教``, ``一貫道`` and others), ``Tel`` and ``Manager`` (the
  person in charge, 負責人, a private person's name).

A temple is kept where its ``Tel`` is one number in the list's common shapes (``SHAPE``: the
two-digit area code and a line of seven or eight digits joined by a hyphen, ``07-6851321``,
or a mobile number, ``0937-663623``; left out: ``-``, empty fields, an area code alone,
``07-``, a line of six digits, ``07-773711``, two numbers, ``07-6778990、6774344``, an
extension, ``07-2226747轉322``, misplaced hyphens, ``093-7327146``, ``-0922-688688``, and an
address in the field), whose digits no earlier Taiwanese part's data holds, and whose number no
temple kept before it has (the first of temples that share a line); the kept temples are a
seeded sample of ``CAP``, in the file's order. Each is kept as the mapping of the element's
fields to the published strings, **without ``Manager``**: the name of the person in charge is
not taken (the rest of the list names no person; a few temples' names honour a deity or a
family, ``陳府元帥``).

    python scripts/tw_kaohsiung_temples_data.py TW_GIT
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_kaohsiung_temples.json"
CAP = 400
PATH = "temple.xml"
PHONE = "Tel"
# the person in charge (負責人): a private person's name, not taken
PERSON = "Manager"
# one number: an area code and a line of seven or eight digits, or a mobile number
SHAPE = re.compile(r"0[2-8]-\d{7,8}|09\d\d-\d{6}")
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
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "jimmy4413i/final",
        "commit": "b2e2a86bb95825c0c01c794b1d1f9c440c3b6a72",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Kaohsiung City Government, Civil Affairs Bureau (高雄市政府民政局), its "
        "open-data list of the city's registered temples, churches and religious foundations "
        "(cabu.kcg.gov.tw/Web/opendata/?category=temple&type=xml, the URL the repository's "
        "js/all.js reads) as a student project saved it (file added in b2e2a86, 'Add files "
        "via upload', 19 June 2016, unchanged since)",
        "licence": "not confirmed: the repository has no licence file and names none; the "
        "terms Kaohsiung's open-data platform gave the list in 2016 were not read here",
        "language": "zh-Hant",
        "roles": {"name": "Name", "phone": [PHONE], "address": ["District", "Address"],
                  "kind": "Religion", "register": "Org"},
    },
}  # fmt: skip


def kept(fields: dict[str, str]) -> bool:
    """Whether the temple's telephone is one number of ``SHAPE``."""
    return SHAPE.fullmatch(fields.get(PHONE, "")) is not None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept temples of the list, with the commit it was read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    found = []
    for i, element in enumerate(ET.fromstring(raw)):
        fields = {c.tag: c.text or "" for c in element if c.tag != PERSON}
        tel = digits_of(fields.get(PHONE, ""))
        if not kept(fields) or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
