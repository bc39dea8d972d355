"""Extract the real register that ``pii_held_out_471.py`` writes its records around into
``scripts/data/pii_au_qld_public_hospitals.json``: the phone and fax fields of a register no
earlier part used (Australia, whose earlier parts took Western Australia's schools list, the NSW
Department of Education's public schools, the Australian Library Map's public libraries,
Victoria's school locations, a sign-up list of community pharmacies, the Queensland Department
of Transport and Main Roads' customer service centres, the Queensland DJAG's JP signing sites
and the covid-19-au project's clinics; this one is Queensland Health's list of the state's
public hospitals and health centres by Hospital and Health Service, another kind of institution
from another publisher), exactly as the register gives them.

One Excel 97-2003 workbook read from a git checkout at a named commit, values unchanged:
``service-location-source-data/130711-public-hospitals.xls`` of Stephen-Gates/service-locations
(downloaded from data.qld.gov.au's dataset "Queensland public hospitals" on 26 January 2018),
one sheet ``Pubhosp`` titled "PUBLIC HOSPITALS: by Hospital and Health Services, Queensland, as
at APRIL 2013": a heading row per Hospital and Health Service (``Cairns and Hinterland``,
``Cape York``, ... ``Wide Bay``; the Mater's public hospitals and Children's Health Queensland
among them) and under it one row per facility with its ``Fac No`` (Queensland Health's facility
number, ``211``), ``Facility Name`` (``ATHERTON HOSPITAL``, ``AURUKUN PRIMARY HEALTH CARE
CENTRE``, ``DIMBULAH OUTPATIENTS CLINIC``), ``Address`` (``Cnr Louise and Jack Sts, ATHERTON,
4883``), ``Phone Number`` and ``Fax Number`` (``(07)40911211``: the area code in brackets and
the eight-digit line in one run, a few ``(07)4913 3000`` with a space, one ``(02)67532166`` of
a border town, one ``(07)406932711`` with a digit too many, as published). The sheet has no
e-mail column. The workbook is read with the BIFF8 reader of ``ar_santafe_policia_data``.

A facility row is kept where it has a name and its ``Phone Number`` holds a number of seven
digits or more, and where neither its phone nor its fax is a number that an earlier Australian
part's data holds or that a row kept before it has (the Mater's three public hospitals share one
switchboard, the Royal Brisbane and Women's and the Royal Children's another, Thursday Island's
hospital and its Island Medical Service a third, Windorah's and Yaraka's clinics a fourth: the
first of them is kept); of the sheet's 188 facilities, six have no phone, four (Caboolture,
Princess Alexandra, Nambour and Ipswich hospitals) have a number an earlier part's data holds
and five share a number with a row before them: 173 kept, every one, in the sheet's order
(fewer than ``CAP``). Each is kept as the mapping of the sheet's columns to
the shown strings, with its Hospital and Health Service from the heading above it (the register
names no person: a facility's name is a town's or a building's).

    python scripts/au_qld_public_hospitals_data.py AU_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ar_santafe_policia_data import ole_stream, sheets, shown
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_au_qld_public_hospitals.json"
CAP = 300
PATH = "service-location-source-data/130711-public-hospitals.xls"
SHEET = "Pubhosp"
# the sheet's columns, as its header row (row 2) names them
COLUMNS = ("HHS 2012", "Fac No", "Facility Name", "Address", "Phone Number", "Fax Number")
PHONE, FAX, NAME = "Phone Number", "Fax Number", "Facility Name"
# the earlier Australian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_au_nsw_schools.json", "pii_au_public_libraries.json",
    "pii_au_vic_school_locations.json", "pii_au_pharmacy_finder.json",
    "pii_au_qld_tmr_centres.json", "pii_au_qld_jp_sites.json", "pii_au_covid_clinics.json",
)  # fmt: skip
SOURCES = {
    "AU": {
        "repository": "Stephen-Gates/service-locations",
        "commit": "27aa44fbf7f86d62801e07b52e829b5f8acaee4a",
        "paths": [PATH],
        "encoding": "BIFF8 (Excel 97-2003)",
        "publisher": "Queensland Health, its dataset 'Queensland public hospitals' on "
        "data.qld.gov.au (public hospitals, outpatients clinics and primary health care "
        "centres by Hospital and Health Service, as at April 2013), as Stephen Gates' "
        "service-locations repository downloaded it on 26 January 2018 for its study of "
        "Queensland's service-location data (source-data README)",
        "licence": "not confirmed: the repository states no licence (no LICENSE file) and the "
        "copy does not carry the dataset's terms (data.qld.gov.au publishes most datasets under "
        "CC BY 4.0, not checked for this one)",
        "language": "en",
        "roles": {"name": NAME, "phone": [PHONE], "fax": [FAX], "email": "",
                  "address": ["Address"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept facilities of the sheet, with the commit they were read at."""
    meta = SOURCES["AU"]
    xls = _git(gits["AU"], "show", f"{meta['commit']}:{PATH}")
    cells = sheets(ole_stream(xls, "Workbook"))[SHEET]
    earlier, seen = earlier_numbers(DATA, EARLIER, "61"), set()
    found, service = [], ""
    for r in range(3, max(row for row, _ in cells) + 1):
        row = {name: shown(cells.get((r, c), "")) for c, name in enumerate(COLUMNS)}
        if row["HHS 2012"] and not row[NAME]:
            service = row["HHS 2012"]
            continue
        tel, fax = digits_of(row[PHONE]), digits_of(row[FAX])
        if not row[NAME] or len(tel) < 7:
            continue
        numbers = {tel} | ({fax} if len(fax) >= 7 else set())
        if numbers & (seen | earlier):
            continue
        seen |= numbers
        fields = {**row, "HHS 2012": service}
        found.append({"country": "AU", "path": f"{PATH}#{SHEET}!{r}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "AU", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
