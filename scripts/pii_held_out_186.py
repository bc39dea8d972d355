"""held_out_186 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the New York State Department of Health's Health Facility General Information; the
United States' earlier parts took CMS's hospital file, New York City's high schools, Puerto
Rico's voter centres, the Texas Education Agency's AskTED schools, HIFLD's colleges and the City
of Cambridge's facilities) exactly as published, in layouts no earlier part has, beside the
register's own facility ids, names, descriptions, addresses, counties, certificate numbers,
ownership types and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Facility Phone Number`` and ``Facility Fax Number`` fields of 400
  facilities (hospitals and their extension clinics, nursing homes, diagnostic and treatment
  centres, home care agencies, adult homes, hospices; ``scripts/data/
  pii_us_nys_health_facilities.json``, written by ``scripts/us_nys_health_facilities_data.py``;
  source and licence in that file): North American numbers as the department writes them, ten
  digits with no separator and no ``+1`` (``7164397435``), 200 rows with a fax in the same
  shape; every copy of each labelled (the one fax equal to its phone is not written);
* the text around them is the same row's real fields: the facility id, name, short and long
  description, open date, address, city, county, ZIP code (five digits, a few ZIP+4), regional
  office, operating certificate number (``3101200R``), ownership type and coordinates, with
  invented employer identification numbers, NAICS activity codes, amounts, counts, dates, ids and
  ServiceNow ``sys_id``s, unlabelled and scored;
* in layouts no earlier part has, of the country and of the facilities' field, in English: IRS
  Modernized e-File (MeF) XML returns (the facility as ``Filer`` of a Form 990, 1065 or 1120 by
  its ownership type, its number as ``PhoneNum``; rows owned by a county, municipality, the
  State or a public benefit corporation file no return and take the next layout), ASTM E2369
  Continuity of Care Record (CCR) documents (the facility as an ``Organization`` actor with its
  ``Telephone`` values, an encounter's description repeating the number), AIRS 3.0 XML resource
  records of a 2-1-1 information and referral database (``Phone`` elements of ``Type`` ``Voice``
  and ``Fax``, the agency description repeating the number) and ServiceNow XML unload files of
  a ``cmn_location`` record (``phone``, ``fax_phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_186.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_nys_health_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_186.jsonl.gz"
SPLIT = "held_out_186"

LAYOUTS = ("irs_mef_return", "astm_ccr", "airs_xml", "servicenow_unload")
PHONE, FAX = "Facility Phone Number", "Facility Fax Number"
PHONES = (PHONE, FAX)

# ownership types that file no federal income tax return
PUBLIC = frozenset({"County", "Municipality", "State", "Public Benefit Corporation"})

# invented NAICS activity codes of the short descriptions (2022 NAICS; no real return is meant)
NAICS = {
    "HOSP": "622110", "HOSP-EC": "621498", "HOSP-SB": "622110", "NH": "623110",
    "DTC": "621498", "DTC-EC": "621498", "LHCSA": "621610", "CHHA": "621610",
    "LTHHCP": "621610", "AH": "623312", "EHP": "623312", "HSPC": "621610", "ADHCP": "624120",
}  # fmt: skip

# the 2-1-1 (AIRS/211 LA County taxonomy) top-level term of the short descriptions
TAXONOMY = {"AH": ("B", "Basic Needs"), "EHP": ("B", "Basic Needs"),
            "ADHCP": ("P", "Individual and Family Life")}  # fmt: skip

# the register's rows (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> dict[str, str]:
    """The row's phone and fax fields that hold a number, each as published, stripped."""
    return {c: _f(row, c) for c in PHONES if sum(ch.isdigit() for ch in _f(row, c)) >= 6}


def phone(row: dict[str, Any]) -> str:
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The fax as published ("" where there is none, or where it is the phone's number)."""
    value = phones(row).get(FAX, "")
    return "" if value == phone(row) else value


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index; a publicly owned row files no tax return
    and takes the next layout."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    if layout == "irs_mef_return" and _f(row, "Ownership Type") in PUBLIC:
        return LAYOUTS[(n + 1) % len(LAYOUTS)]
    return layout


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the register's does)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled, the
    phone first so a fax equal to it is the phone's (each copy stands apart: no digit next to
    it)."""
    values = [(PHONE, phone(row)), (FAX, fax(row))]
    return field_copies(
        text, values, {c: r"\d" for c in PHONES}, {c: c for c in PHONES}, row["path"], nested=True
    )


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _a(value: str) -> str:
    """``value`` as an XML attribute value in double quotes."""
    return escape(value, {'"': "&quot;"})


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (New York, EDT)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def opened(row: dict[str, Any]) -> dt.date | None:
    """The facility's open date (``MM/DD/YYYY``), None for the register's placeholder
    ``01/01/1901`` or none."""
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", _f(row, "Facility Open Date"))
    if not m or m.group(3) == "1901":
        return None
    return dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))


def _hex(rng: random.Random, n: int = 32) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _ein(rng: random.Random) -> str:
    """An invented employer identification number (nine digits, a campus prefix)."""
    prefix = rng.choice(("11", "13", "14", "16", "20", "22", "26", "27", "46", "81", "83", "85"))
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(7))


def _irs_text(value: str, limit: int) -> str:
    """``value`` as IRS e-file business name and address text: upper case, only the characters
    its types allow (letters, digits, ``-()&'#`` and single spaces), cut to ``limit``."""
    kept = re.sub(r"[^A-Za-z0-9\-()&'# ]+", " ", value.replace("@", " AT "))
    return re.sub(r" +", " ", kept).strip().upper()[:limit].strip()


def _zip(row: dict[str, Any]) -> str:
    """The ZIP code as IRS e-file writes it: digits only (``145691244`` for ``14569-1244``)."""
    return _f(row, "Facility Zip Code").replace("-", "")


def irs_name(row: dict[str, Any]) -> str:
    return _irs_text(_f(row, "Facility Name"), 75)


def irs_mef_return(row: dict[str, Any], rng: random.Random) -> str:
    """An IRS Modernized e-File XML return of tax year 2023 filed by the facility: Form 990
    (not-for-profit corporations), 1065 (partnerships, LLCs and LLPs) or 1120 (business
    corporations). The ``ReturnHeader`` with invented time stamps, the ``Filer`` (an invented
    EIN, the name in ``BusinessNameLine1Txt`` and its name control, ``PhoneNum``, the
    ``USAddress``), then the form's first lines: the mission or activity naming the facility's
    description, county and operating certificate, invented amounts and counts."""
    owner = _f(row, "Ownership Type")
    form = "990" if owner == "Not for Profit Corporation" else (
        "1120" if owner == "Business Corporation" else "1065")  # fmt: skip
    when = _when(rng)
    name = irs_name(row)
    control = re.sub(r"[^A-Z0-9&\-]", "", name.removeprefix("THE "))[:4]
    street = _irs_text(" ".join(filter(None, (_f(row, "Facility Address 1"),
                                               _f(row, "Facility Address 2")))), 35)  # fmt: skip
    city = _irs_text(_f(row, "Facility City"), 22)
    what = _f(row, "Description") or "health care facility"
    cert = _f(row, "Operating Certificate Number")
    activity = _irs_text(
        f"OPERATES A {what} IN {_f(row, 'Facility County')} COUNTY NEW YORK"
        + (f" UNDER NYS DOH OPERATING CERTIFICATE {cert}" if cert else ""), 400)  # fmt: skip
    revenue = rng.randint(400_000, 60_000_000)
    start = opened(row)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Return xmlns="http://www.irs.gov/efile" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.irs.gov/efile" returnVersion="2023v5.0">',
        '  <ReturnHeader binaryAttachmentCnt="0">',
        f"    <ReturnTs>{when:%Y-%m-%dT%H:%M:%S%z}</ReturnTs>".replace("-0400<", "-04:00<"),
        "    <TaxPeriodEndDt>2023-12-31</TaxPeriodEndDt>",
        f"    <ReturnTypeCd>{form}</ReturnTypeCd>",
        "    <TaxPeriodBeginDt>2023-01-01</TaxPeriodBeginDt>",
        "    <Filer>",
        f"      <EIN>{_ein(rng)}</EIN>",
        "      <BusinessName>",
        f"        <BusinessNameLine1Txt>{_x(name)}</BusinessNameLine1Txt>",
        "      </BusinessName>",
        f"      <BusinessNameControlTxt>{_x(control)}</BusinessNameControlTxt>",
        f"      <PhoneNum>{phone(row)}</PhoneNum>",
        "      <USAddress>",
        f"        <AddressLine1Txt>{_x(street)}</AddressLine1Txt>",
        f"        <CityNm>{_x(city)}</CityNm>",
        "        <StateAbbreviationCd>NY</StateAbbreviationCd>",
        f"        <ZIPCd>{_zip(row)}</ZIPCd>",
        "      </USAddress>",
        "    </Filer>",
        "    <TaxYr>2023</TaxYr>",
        f"    <BuildTS>{when.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S}Z</BuildTS>",
        "  </ReturnHeader>",
        '  <ReturnData documentCnt="1">',
    ]
    if form == "990":
        lines += [
            f'    <IRS990 documentId="RetDoc{rng.randint(1000, 9999)}">',
            f"      <GrossReceiptsAmt>{revenue + rng.randint(0, 90_000)}</GrossReceiptsAmt>",
            "      <GroupReturnForAffiliatesInd>0</GroupReturnForAffiliatesInd>",
            "      <Organization501c3Ind>X</Organization501c3Ind>",
            "      <WebsiteAddressTxt>N/A</WebsiteAddressTxt>",
            "      <TypeOfOrganizationCorpInd>X</TypeOfOrganizationCorpInd>",
            *([f"      <FormationYr>{start.year}</FormationYr>"] if start else []),
            "      <LegalDomicileStateCd>NY</LegalDomicileStateCd>",
            f"      <ActivityOrMissionDesc>{_x(activity)}</ActivityOrMissionDesc>",
            f"      <TotalEmployeeCnt>{rng.randint(6, 900)}</TotalEmployeeCnt>",
            f"      <CYTotalRevenueAmt>{revenue}</CYTotalRevenueAmt>",
            "    </IRS990>",
        ]
    else:
        tag = f"IRS{form}"
        lines += [
            f'    <{tag} documentId="RetDoc{rng.randint(1000, 9999)}">',
            f"      <PrincipalBusinessActivityCd>"
            f"{NAICS.get(_f(row, 'Short Description'), '621999')}</PrincipalBusinessActivityCd>",
            f"      <PrincipalBusinessActivityDesc>{_x(activity)}</PrincipalBusinessActivityDesc>",
            *([f"      <BusinessStartDt>{start:%Y-%m-%d}</BusinessStartDt>"] if start else []),
            f"      <TotalAssetsAmt>{rng.randint(200_000, 40_000_000)}</TotalAssetsAmt>",
            f"      <GrossReceiptsOrSalesAmt>{revenue}</GrossReceiptsOrSalesAmt>",
            f"      <TotalIncomeAmt>{revenue - rng.randint(0, revenue // 3)}</TotalIncomeAmt>",
            f"    </{tag}>",
        ]
    lines += ["  </ReturnData>", "</Return>", ""]
    return "\n".join(lines)


def _address_ccr(row: dict[str, Any]) -> list[str]:
    out = ["      <Address>", "        <Type><Text>Office</Text></Type>",
           f"        <Line1>{_x(_f(row, 'Facility Address 1'))}</Line1>"]  # fmt: skip
    if _f(row, "Facility Address 2"):
        out.append(f"        <Line2>{_x(_f(row, 'Facility Address 2'))}</Line2>")
    out += [
        f"        <City>{_x(_f(row, 'Facility City'))}</City>",
        f"        <County>{_x(_f(row, 'Facility County'))}</County>",
        "        <State>NY</State>",
        "        <Country>US</Country>",
        f"        <PostalCode>{_f(row, 'Facility Zip Code')}</PostalCode>",
        "      </Address>",
    ]
    return out


def astm_ccr(row: dict[str, Any], rng: random.Random) -> str:
    """An ASTM E2369 Continuity of Care Record exchanged on a transfer of care: an invented
    document id and time, a de-identified patient actor, the facility as the ``From`` actor,
    one encounter at the facility whose description repeats its number, and the facility's
    ``Actor`` (``Organization`` name, its department facility id and operating certificate as
    ``IDs``, the address, a ``Telephone`` of type ``Office`` and one of type ``Fax``)."""
    when = _when(rng)
    name = _f(row, "Facility Name")
    org, pt, src = f"ORG{rng.randint(10000, 99999)}", f"PT{rng.randint(10000, 99999)}", "SRC1"
    ids = [
        "      <IDs>",
        "        <Type><Text>NYS DOH Facility ID</Text></Type>",
        f"        <ID>{_f(row, 'Facility ID')}</ID>",
        f"        <Source><Actor><ActorID>{src}</ActorID></Actor></Source>",
        "      </IDs>",
    ]
    if _f(row, "Operating Certificate Number"):
        ids += [
            "      <IDs>",
            "        <Type><Text>Operating Certificate Number</Text></Type>",
            f"        <ID>{_x(_f(row, 'Operating Certificate Number'))}</ID>",
            f"        <Source><Actor><ActorID>{src}</ActorID></Actor></Source>",
            "      </IDs>",
        ]
    tels = [
        "      <Telephone>",
        f"        <Value>{phone(row)}</Value>",
        "        <Type><Text>Office</Text></Type>",
        "      </Telephone>",
    ]
    if fax(row):
        tels += [
            "      <Telephone>",
            f"        <Value>{fax(row)}</Value>",
            "        <Type><Text>Fax</Text></Type>",
            "      </Telephone>",
        ]
    kind = _f(row, "Description") or "Health facility"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ContinuityOfCareRecord xmlns="urn:astm-org:CCR">',
        f"  <CCRDocumentObjectID>{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-"
        f"{_hex(rng, 12)}</CCRDocumentObjectID>",
        "  <Language><Text>English</Text></Language>",
        "  <Version>V1.0</Version>",
        f"  <DateTime><ExactDateTime>{when:%Y-%m-%dT%H:%M:%S}-04:00</ExactDateTime></DateTime>",
        f"  <Patient><ActorID>{pt}</ActorID></Patient>",
        "  <From>",
        "    <ActorLink>",
        f"      <ActorID>{org}</ActorID>",
        "      <ActorRole><Text>Healthcare Facility</Text></ActorRole>",
        "    </ActorLink>",
        "  </From>",
        "  <Purpose><Description><Text>Transfer of care</Text></Description></Purpose>",
        "  <Body>",
        "    <Encounters>",
        "      <Encounter>",
        f"        <CCRDataObjectID>ENC{rng.randint(100000, 999999)}</CCRDataObjectID>",
        "        <DateTime>",
        "          <Type><Text>Encounter Date</Text></Type>",
        f"          <ExactDateTime>{when - dt.timedelta(days=rng.randint(1, 20)):%Y-%m-%d}"
        "</ExactDateTime>",
        "        </DateTime>",
        f"        <Type><Text>{_x(kind)}</Text></Type>",
        f"        <Description><Text>Seen at {_x(name)}, {_x(_f(row, 'Facility City'))}, NY. "
        f"Facility telephone {phone(row)}.</Text></Description>",
        "        <Locations>",
        "          <Location>",
        f"            <Description><Text>{_x(name)}</Text></Description>",
        f"            <Actor><ActorID>{org}</ActorID></Actor>",
        "          </Location>",
        "        </Locations>",
        f"        <Source><Actor><ActorID>{org}</ActorID></Actor></Source>",
        "      </Encounter>",
        "    </Encounters>",
        "  </Body>",
        "  <Actors>",
        "    <Actor>",
        f"      <ActorObjectID>{pt}</ActorObjectID>",
        "      <Person><Name><DisplayName>[de-identified]</DisplayName></Name></Person>",
        f"      <Source><Actor><ActorID>{org}</ActorID></Actor></Source>",
        "    </Actor>",
        "    <Actor>",
        f"      <ActorObjectID>{org}</ActorObjectID>",
        f"      <Organization><Name>{_x(name)}</Name></Organization>",
        *ids,
        *_address_ccr(row),
        *tels,
        f"      <Source><Actor><ActorID>{src}</ActorID></Actor></Source>",
        "    </Actor>",
        "    <Actor>",
        f"      <ActorObjectID>{src}</ActorObjectID>",
        "      <InformationSystem><Name>NYS Health Facilities Information System</Name>"
        "<Type>Repository</Type></InformationSystem>",
        f"      <Source><Actor><ActorID>{src}</ActorID></Actor></Source>",
        "    </Actor>",
        "  </Actors>",
        "</ContinuityOfCareRecord>",
        "",
    ]
    return "\n".join(lines)


def airs_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An AIRS 3.0 XML export of one resource of a 2-1-1 information and referral database:
    the ``Source`` (an invented id and time), the facility as ``Agency`` and its ``Site``
    (invented keys; the name; a description naming its kind, ownership, facility id and
    operating certificate and repeating the number; the physical address; a ``Phone`` of
    ``Type`` ``Voice`` and one of ``Type`` ``Fax``; a ``SiteService`` under a top-level
    taxonomy term)."""
    when = _when(rng)
    name = _f(row, "Facility Name")
    kind = _f(row, "Description") or "Health care facility"
    code, term = TAXONOMY.get(_f(row, "Short Description"), ("L", "Health Care"))
    cert = _f(row, "Operating Certificate Number")
    about = (
        f"{kind} ({_f(row, 'Ownership Type')}) licensed by the New York State Department of "
        f"Health (facility ID {_f(row, 'Facility ID')}"
        + (f", operating certificate {cert}" if cert else "")
        + f"). Call {phone(row)} "
        "for services, eligibility and intake."
    )
    key = rng.randint(100000, 999999)
    address = [
        "      <PhysicalAddress>",
        f"        <Line1>{_x(_f(row, 'Facility Address 1'))}</Line1>",
        *(
            [f"        <Line2>{_x(_f(row, 'Facility Address 2'))}</Line2>"]
            if _f(row, "Facility Address 2")
            else []
        ),  # fmt: skip
        f"        <City>{_x(_f(row, 'Facility City'))}</City>",
        f"        <County>{_x(_f(row, 'Facility County'))}</County>",
        "        <State>NY</State>",
        f"        <ZipCode>{_f(row, 'Facility Zip Code')}</ZipCode>",
        "        <Country>US</Country>",
        "      </PhysicalAddress>",
    ]
    tels = [
        '      <Phone TollFree="false" Confidential="false">',
        f"        <PhoneNumber>{phone(row)}</PhoneNumber>",
        "        <Type>Voice</Type>",
        "      </Phone>",
    ]
    if fax(row):
        tels += [
            '      <Phone TollFree="false" Confidential="false">',
            f"        <PhoneNumber>{fax(row)}</PhoneNumber>",
            "        <Type>Fax</Type>",
            "      </Phone>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<Source SourceID="211-NY-{rng.randint(10, 99)}" '
        f'OriginalDateTime="{when:%Y-%m-%dT%H:%M:%S}" SchemaVersion="3.0">',
        f'  <Agency Status="active" RecordOwner="211NY" UpdatedOn="{when:%Y-%m-%d}">',
        f"    <Key>{key}</Key>",
        f"    <Name>{_x(name)}</Name>",
        f"    <AgencyDescription>{_x(about)}</AgencyDescription>",
        "    <Site>",
        f"      <Key>{key}-1</Key>",
        f"      <Name>{_x(name)}</Name>",
        f"      <SiteDescription>{_x(kind)}</SiteDescription>",
        *address,
        *tels,
        "      <SiteService>",
        f"        <Key>{key}-1-{rng.randint(1, 9)}</Key>",
        f"        <Name>{_x(kind)}</Name>",
        "        <Taxonomy>",
        f"          <Code>{code}</Code>",
        f"          <Name>{term}</Name>",
        "        </Taxonomy>",
        "      </SiteService>",
        "    </Site>",
        "  </Agency>",
        "</Source>",
        "",
    ]
    return "\n".join(lines)


def servicenow_unload(row: dict[str, Any], rng: random.Random) -> str:
    """A ServiceNow XML unload file of one ``cmn_location`` record (a health system's CMDB
    location, as "Export > XML" writes it: the elements in alphabetical order, empty ones
    self-closed, ``sys_`` fields with an invented ``sys_id``, times and counts), with the
    facility's city, coordinates, name, the regional office as ``parent``, ``phone`` and
    ``fax_phone``, street, ZIP code and two custom ``u_`` fields (the department's facility id
    and operating certificate number)."""
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(30, 900))
    name = _f(row, "Facility Name")
    city = _f(row, "Facility City")
    street = " ".join(filter(None, (_f(row, "Facility Address 1"), _f(row, "Facility Address 2"))))
    lat, lon = _f(row, "Facility Latitude"), _f(row, "Facility Longitude")
    parent = _f(row, "Regional Office")

    def el(tag: str, value: str) -> str:
        return f"<{tag}>{_x(value)}</{tag}>" if value else f"<{tag}/>"

    utc = "%Y-%m-%d %H:%M:%S"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<unload unload_date="{when.astimezone(dt.UTC):{utc}}">',
        '<cmn_location action="INSERT_OR_UPDATE">',
        el("city", city),
        el("cmn_location_source", "Imported"),
        el("cmn_location_type", "site"),
        "<company/>",
        "<contact/>",
        el("country", "USA"),
        "<duplicate>false</duplicate>",
        el("fax_phone", fax(row)),
        el("full_name", f"{parent}/{name}" if parent else name),
        el("latitude", lat),
        el("longitude", lon),
        el("name", name),
        f'<parent display_value="{_a(parent)}">{_hex(rng)}</parent>' if parent else "<parent/>",
        el("phone", phone(row)),
        el("state", "NY"),
        el("street", street),
        el("sys_class_name", "cmn_location"),
        el("sys_created_by", "hfis.integration"),
        el("sys_created_on", f"{created.astimezone(dt.UTC):{utc}}"),
        el("sys_id", _hex(rng)),
        el("sys_mod_count", str(rng.randint(0, 14))),
        "<sys_tags/>",
        el("sys_updated_by", "hfis.integration"),
        el("sys_updated_on", f"{when.astimezone(dt.UTC):{utc}}"),
        el("time_zone", "US/Eastern"),
        el("u_nys_facility_id", _f(row, "Facility ID")),
        el("u_operating_certificate", _f(row, "Operating Certificate Number")),
        el("zip", _f(row, "Facility Zip Code")),
        "</cmn_location>",
        "</unload>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "irs_mef_return": irs_mef_return,
    "astm_ccr": astm_ccr,
    "airs_xml": airs_xml,
    "servicenow_unload": servicenow_unload,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone fields
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
