"""held_out_522 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the District of Columbia's "Human Service Locations", the city's open-data directory
of human-service programs: charities' programs, clinics, shelters, senior and youth programs and
the DC government's own service offices; the United States' earlier parts took hospitals,
schools, voter centres, colleges, health facilities, FOIA offices, museums, housing agencies,
parks, health centers, treatment locators, fuel stations, breweries, stores, congressional
offices, child care, libraries, assisted living, farmers' markets, health departments, food
sites and town clerks) exactly as published, in layouts no earlier part has, beside the
directory's own names, streets, ZIP codes, program ids and web pages.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``PHONE`` of 300 programs and their ``FAX`` where the directory gives one
  that is a line of its own (not the phone again) (``scripts/data/pii_us_dc_human_services.json``,
  written by ``scripts/us_dc_human_services_data.py``; source and licence in that file): US
  numbers as the directory writes them, the area code in brackets and the line hyphenated
  (``(202) 635-5923``); every copy labelled. The directory's e-mail field is not taken (it is
  often a named staff member's own mailbox), nor the one ``WEB_URL`` that holds a mailbox, so no
  record carries an e-mail address;
* the text around them is the same row's real fields: the program's name, street, suite, ZIP
  code, quadrant, program and agency ids, web page, keyword and the phone's description, with
  invented EINs (``53-`` and seven digits, written with and without the hyphen), SAM UEIs, FAC
  report ids, Assistance Listing numbers, funding opportunity numbers, Intacct vendor and control
  ids, session tokens, amounts, dates and coordinates, unlabelled and scored (the nine-digit EINs
  and the ten-digit sequence of a FAC report id are number-shaped on purpose);
* in layouts no earlier part has, formats of the US federal-grant and nonprofit trade, text in
  English: Grants.gov SF-424 4.0 form XML (``SF424_4_0``: the applicant organisation, the
  District as a state for its own programs and a nonprofit for the others, its address in the
  GlobalLibrary elements, ``PhoneNumber``, ``Fax`` and the authorized
  representative's phone again; no person named), Federal Audit Clearinghouse API answers
  (``GET api.fac.gov/general`` with a ``select`` of the auditee's and the audit's columns,
  PostgREST's JSON array: ``auditee_phone``), Sage Intacct XML API requests (a ``create`` of a
  ``VENDOR`` whose ``DISPLAYCONTACT`` has ``PHONE1`` and ``FAX`` and whose ``COMMENTS`` repeat
  the phone with its description) and CareerOneStop American Job Center finder answers (an
  ``OneStopCenterList`` of one center: ``Phone``, ``Fax``). The formats' fields were written from
  the helper's memory of their documentation, which could not be read when the part was made.

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one number
of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_522.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_dc_human_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_522.jsonl.gz"
SPLIT = "held_out_522"

LAYOUTS = ("sf424_grants_gov", "fac_general", "intacct_vendor", "careeronestop_ajc")
PHONE, FAX = "PHONE", "FAX"
EDGES = {"phone": r"\d", "fax": r"\d"}
COLUMNS = {"phone": "phone", "fax": "fax"}
SHAPE = re.compile(r"\(\d{3}\) \d{3}-\d{4}")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

ACF = "Administration for Children and Families"
# invented federal programs a DC human-service provider applies for (Assistance Listings)
PROGRAMS = (
    ("93.569", "Community Services Block Grant", "Administration for Children and Families"),
    ("93.558", "Temporary Assistance for Needy Families", ACF),
    ("93.243", "Substance Abuse and Mental Health Services Projects of Regional and National "
     "Significance", "Substance Abuse and Mental Health Services Administration"),
    ("93.044", "Special Programs for the Aging, Title III, Part B, Grants for Supportive "
     "Services and Senior Centers", "Administration for Community Living"),
    ("14.267", "Continuum of Care Program", "Department of Housing and Urban Development"),
    ("17.259", "WIOA Youth Activities", "Employment and Training Administration"),
    ("10.559", "Summer Food Service Program for Children", "Food and Nutrition Service"),
)  # fmt: skip
AGENCY_CODES = {
    "Administration for Children and Families": "HHS-ACF",
    "Substance Abuse and Mental Health Services Administration": "HHS-SAMHSA",
    "Administration for Community Living": "HHS-ACL",
    "Department of Housing and Urban Development": "HUD",
    "Employment and Training Administration": "DOL-ETA",
    "Food and Nutrition Service": "USDA-FNS",
}
UEI_CHARS = "".join(c for c in string.ascii_uppercase + string.digits if c not in "IO")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    value = row["fields"].get(key)
    return "" if value is None else str(value).strip()


def phone(row: dict[str, Any]) -> str:
    """The program's phone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The program's fax where it is a line of its own in the directory's shape (not the phone
    again), else ""."""
    value = _f(row, FAX)
    return value if SHAPE.fullmatch(value) and value != phone(row) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's phone and fax (an empty fax is skipped)."""
    return [("phone", phone(row)), ("fax", fax(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax labelled (each copy
    stands apart: no digit next to a number)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _day(rng: random.Random, start: dt.date = dt.date(2024, 1, 8)) -> dt.date:
    """An invented working day of 2024 or 2025."""
    day = start + dt.timedelta(days=rng.randint(0, 600))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


def ein(rng: random.Random) -> str:
    """An invented EIN of the Washington, DC campus prefix 53 (``53-1234567``)."""
    return f"53-{rng.randint(0, 9_999_999):07d}"


def uei(rng: random.Random) -> str:
    """An invented SAM.gov Unique Entity ID: twelve characters, no ``I`` or ``O``, a letter
    first."""
    first = rng.choice([c for c in UEI_CHARS if c.isalpha()])
    return first + "".join(rng.choice(UEI_CHARS) for _ in range(11))


def web(row: dict[str, Any]) -> str:
    """The program's web page; "" where the field holds an e-mail address instead (a few
    programs' ``WEB_URL`` is a mailbox, ``tradin@dcbirthcenter.org``, and no record writes the
    directory's mailboxes)."""
    value = _f(row, "WEB_URL")
    return "" if "@" in value else value


def street(row: dict[str, Any]) -> str:
    """The street as the directory writes it (``1001 LAWRENCE STREET NE``)."""
    return _f(row, "ADDRESS")


def suite(row: dict[str, Any]) -> str:
    """The suite or second line, "" where none."""
    return _f(row, "ADDRESS2")


def zipcode(row: dict[str, Any]) -> str:
    return _f(row, "ZIPCODE")


def description(row: dict[str, Any]) -> str:
    """What the directory calls the phone (``Main Number``), ``Main Number`` where it says
    nothing."""
    return _f(row, "PHONE1_DESCRIPTION") or "Main Number"


def government(row: dict[str, Any]) -> bool:
    """Whether the program is the District government's own (the directory's ``DCG - `` names)."""
    return _f(row, "NAME").startswith("DCG")


def applicant_type(row: dict[str, Any]) -> str:
    """The SF-424 applicant type: the District (a state for the form) for its own programs, a
    501(c)(3) nonprofit for the others."""
    if government(row):
        return "A: State Government"
    return "M: Nonprofit with 501C3 IRS Status (Other than Institution of Higher Education)"


def sf424_grants_gov(row: dict[str, Any], rng: random.Random) -> str:
    """A Grants.gov SF-424 4.0 form (``SF424_4_0``, FormVersion 4.0) as an application package
    carries it: a new application of the program's organisation (its name, an invented EIN and
    UEI, its street, suite, city, state and ZIP code in the GlobalLibrary elements), its phone as
    ``PhoneNumber`` and its fax as ``Fax``, its applicant type (the
    District as a state for its own programs, a nonprofit for the others), an invented Assistance
    Listing, funding opportunity, project, period and funding, the E.O. 12372 and debt answers,
    the authorized representative's title and phone (the program's line again) and the date
    signed; no person is named."""
    received = _day(rng)
    number, title, agency = rng.choice(PROGRAMS)
    start = dt.date(received.year + (received.month > 6), 7, 1)
    federal = rng.randint(40, 900) * 500
    match = rng.choice((0, 0, federal // 10, federal // 4))
    opportunity = f"{AGENCY_CODES[agency]}-{start.year}-{rng.randint(1, 999):03d}"
    ns = "SF424_4_0"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<{ns}:SF424_4_0 xmlns:{ns}="http://apply.grants.gov/forms/SF424_4_0-V4.0" '
        'xmlns:globLib="http://apply.grants.gov/system/GlobalLibrary-V2.0" '
        f'{ns}:FormVersion="4.0">',
        f"  <{ns}:SubmissionType>Application</{ns}:SubmissionType>",
        f"  <{ns}:ApplicationType>New</{ns}:ApplicationType>",
        f"  <{ns}:DateReceived>{received.isoformat()}</{ns}:DateReceived>",
        f"  <{ns}:ApplicantID>{_x(_f(row, 'PROGRAM_ID'))}</{ns}:ApplicantID>",
        f"  <{ns}:OrganizationName>{_x(_f(row, 'NAME'))}</{ns}:OrganizationName>",
        f"  <{ns}:EmployerTaxpayerIdentificationNumber>{ein(rng)}"
        f"</{ns}:EmployerTaxpayerIdentificationNumber>",
        f"  <{ns}:SAMUEI>{uei(rng)}</{ns}:SAMUEI>",
        f"  <{ns}:Applicant>",
        f"    <globLib:Street1>{_x(street(row))}</globLib:Street1>",
    ]
    if suite(row):
        lines.append(f"    <globLib:Street2>{_x(suite(row))}</globLib:Street2>")
    lines += [
        "    <globLib:City>Washington</globLib:City>",
        "    <globLib:State>DC: District of Columbia</globLib:State>",
        f"    <globLib:ZipPostalCode>{_x(zipcode(row))}</globLib:ZipPostalCode>",
        "    <globLib:Country>USA: UNITED STATES</globLib:Country>",
        f"  </{ns}:Applicant>",
        f"  <{ns}:DepartmentName>{_x(_f(row, 'KEYWORD') or 'Programs')}</{ns}:DepartmentName>",
        f"  <{ns}:Title>Program Director</{ns}:Title>",
        f"  <{ns}:OrganizationAffiliation>{_x(_f(row, 'NAME'))}</{ns}:OrganizationAffiliation>",
        f"  <{ns}:PhoneNumber>{_x(phone(row))}</{ns}:PhoneNumber>",
    ]
    if fax(row):
        lines.append(f"  <{ns}:Fax>{_x(fax(row))}</{ns}:Fax>")
    lines += [
        f"  <{ns}:ApplicantTypeCode1>{applicant_type(row)}</{ns}:ApplicantTypeCode1>",
        f"  <{ns}:AgencyName>{_x(agency)}</{ns}:AgencyName>",
        f"  <{ns}:AssistanceListingNumber>{number}</{ns}:AssistanceListingNumber>",
        f"  <{ns}:AssistanceListingProgramTitle>{_x(title)}</{ns}:AssistanceListingProgramTitle>",
        f"  <{ns}:FundingOpportunityNumber>{opportunity}</{ns}:FundingOpportunityNumber>",
        f"  <{ns}:FundingOpportunityTitle>{_x(title)} - District of Columbia"
        f"</{ns}:FundingOpportunityTitle>",
        f"  <{ns}:AffectedAreas>District of Columbia, {_x(_f(row, 'QUADRANT') or 'all')} "
        f"quadrant</{ns}:AffectedAreas>",
        f"  <{ns}:ProjectTitle>{_x(_f(row, 'NAME'))}: {_x(title)}</{ns}:ProjectTitle>",
        f"  <{ns}:CongressionalDistrictApplicant>DC-098</{ns}:CongressionalDistrictApplicant>",
        f"  <{ns}:CongressionalDistrictProgramProject>DC-098"
        f"</{ns}:CongressionalDistrictProgramProject>",
        f"  <{ns}:ProjectStartDate>{start.isoformat()}</{ns}:ProjectStartDate>",
        f"  <{ns}:ProjectEndDate>{start.replace(year=start.year + 1) - dt.timedelta(days=1)}"
        f"</{ns}:ProjectEndDate>",
        f"  <{ns}:FederalEstimatedFunding>{federal:.2f}</{ns}:FederalEstimatedFunding>",
        f"  <{ns}:ApplicantEstimatedFunding>{match:.2f}</{ns}:ApplicantEstimatedFunding>",
        f"  <{ns}:StateEstimatedFunding>0.00</{ns}:StateEstimatedFunding>",
        f"  <{ns}:LocalEstimatedFunding>0.00</{ns}:LocalEstimatedFunding>",
        f"  <{ns}:OtherEstimatedFunding>0.00</{ns}:OtherEstimatedFunding>",
        f"  <{ns}:ProgramIncomeEstimatedFunding>0.00</{ns}:ProgramIncomeEstimatedFunding>",
        f"  <{ns}:TotalEstimatedFunding>{federal + match:.2f}</{ns}:TotalEstimatedFunding>",
        f"  <{ns}:StateReview>c. Program is not covered by E.O. 12372.</{ns}:StateReview>",
        f"  <{ns}:DelinquentFederalDebt>N: No</{ns}:DelinquentFederalDebt>",
        f"  <{ns}:CertificationAgree>Y: Yes</{ns}:CertificationAgree>",
        f"  <{ns}:AuthorizedRepresentativeTitle>Executive Director"
        f"</{ns}:AuthorizedRepresentativeTitle>",
        f"  <{ns}:AuthorizedRepresentativePhoneNumber>{_x(phone(row))}"
        f"</{ns}:AuthorizedRepresentativePhoneNumber>",
        f"  <{ns}:DateSigned>{received.isoformat()}</{ns}:DateSigned>",
        f"</{ns}:SF424_4_0>",
        "",
    ]
    return "\n".join(lines)


def fac_general(row: dict[str, Any], rng: random.Random) -> str:
    """A Federal Audit Clearinghouse API answer (``GET https://api.fac.gov/general?auditee_uei=
    eq.<UEI>&select=...``, PostgREST's JSON array): one single audit of the organisation, an
    invented report id (``2024-06-GSAFAC-0000054321``), UEI, EIN as nine digits, audit year,
    fiscal period and dates, its name, street, city, state and ZIP code and its phone as
    ``auditee_phone``, the audit's type, cognizant agency, amounts expended and the answers of
    the general information form; the contacts' names are not selected."""
    year = rng.choice((2022, 2023, 2024))
    end_month = rng.choice((6, 9, 12))
    fy_end = dt.date(year, end_month, 30 if end_month in (6, 9) else 31)
    after = fy_end + dt.timedelta(days=1)
    fy_start = after.replace(year=after.year - 1)
    submitted = fy_end + dt.timedelta(days=rng.randint(120, 270))
    accepted = submitted + dt.timedelta(days=rng.randint(0, 3))
    expended = rng.randint(750_000, 25_000_000)
    _, _, agency = rng.choice(PROGRAMS)
    doc = [
        {
            "report_id": f"{year}-{end_month:02d}-GSAFAC-{rng.randint(10_000, 99_999):010d}",
            "auditee_uei": uei(rng),
            "audit_year": str(year),
            "auditee_name": _f(row, "NAME"),
            "auditee_ein": ein(rng).replace("-", ""),
            "auditee_address_line_1": " ".join(p for p in (street(row), suite(row)) if p),
            "auditee_city": "WASHINGTON",
            "auditee_state": "DC",
            "auditee_zip": zipcode(row),
            "auditee_phone": phone(row),
            "entity_type": "state" if government(row) else "non-profit",
            "fy_start_date": fy_start.isoformat(),
            "fy_end_date": fy_end.isoformat(),
            "audit_type": "single-audit",
            "audit_period_covered": "annual",
            "type_audit_code": "UG",
            "cognizant_agency": "",
            "oversight_agency": AGENCY_CODES[agency].split("-")[0],
            "submitted_date": submitted.isoformat(),
            "fac_accepted_date": accepted.isoformat(),
            "dollar_threshold": 750000,
            "is_low_risk_auditee": rng.choice(("Yes", "No")),
            "is_going_concern_included": "No",
            "is_internal_control_deficiency_disclosed": rng.choice(("Yes", "No")),
            "is_internal_control_material_weakness_disclosed": "No",
            "is_material_noncompliance_disclosed": "No",
            "gaap_results": "unmodified_opinion",
            "total_amount_expended": expended,
            "is_public": True,
            "data_source": "GSAFAC",
        }
    ]
    return _json(doc)


def intacct_vendor(row: dict[str, Any], rng: random.Random) -> str:
    """A Sage Intacct XML API request (``dtdversion`` 3.0): the ``control`` block (sender id,
    a masked password, an invented control id), a session id, and one ``function`` that
    ``create``s a ``VENDOR`` of the organisation (an invented vendor id, its name, ``VENDTYPE``
    Grantee, an invented tax id, its ``DISPLAYCONTACT`` with the name as ``PRINTAS`` and
    ``COMPANYNAME``, ``PHONE1`` the phone, ``FAX`` the fax, ``URL1`` its web page and its
    ``MAILADDRESS``), payment terms and ``COMMENTS`` that repeat the phone with the directory's
    description of it."""
    control = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    session = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(40))
    vendor = f"V-{_f(row, 'AGENCY_ID') or rng.randint(1000, 9999)}"
    contact = [
        f"              <PRINTAS>{_x(_f(row, 'NAME'))}</PRINTAS>",
        f"              <COMPANYNAME>{_x(_f(row, 'NAME'))}</COMPANYNAME>",
        "              <TAXABLE>false</TAXABLE>",
        f"              <PHONE1>{_x(phone(row))}</PHONE1>",
    ]
    if fax(row):
        contact.append(f"              <FAX>{_x(fax(row))}</FAX>")
    if web(row):
        contact.append(f"              <URL1>{_x(web(row))}</URL1>")
    contact += [
        "              <MAILADDRESS>",
        f"                <ADDRESS1>{_x(street(row))}</ADDRESS1>",
        *([f"                <ADDRESS2>{_x(suite(row))}</ADDRESS2>"] if suite(row) else []),
        "                <CITY>Washington</CITY>",
        "                <STATE>DC</STATE>",
        f"                <ZIP>{_x(zipcode(row))}</ZIP>",
        "                <COUNTRY>United States</COUNTRY>",
        "              </MAILADDRESS>",
    ]
    comments = (
        f"Subrecipient program {_f(row, 'PROGRAM_ID')} ({_f(row, 'KEYWORD') or 'General'}). "
        f"{description(row)}: {phone(row)}"
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<request>",
        "  <control>",
        "    <senderid>dcgrantsmgmt</senderid>",
        "    <password>********</password>",
        f"    <controlid>{control[:8]}</controlid>",
        "    <uniqueid>false</uniqueid>",
        "    <dtdversion>3.0</dtdversion>",
        "    <includewhitespace>false</includewhitespace>",
        "  </control>",
        "  <operation>",
        "    <authentication>",
        f"      <sessionid>{session}</sessionid>",
        "    </authentication>",
        "    <content>",
        f'      <function controlid="{control}">',
        "        <create>",
        "          <VENDOR>",
        f"            <VENDORID>{_x(vendor)}</VENDORID>",
        f"            <NAME>{_x(_f(row, 'NAME'))}</NAME>",
        "            <VENDTYPE>Grantee</VENDTYPE>",
        f"            <TAXID>{ein(rng)}</TAXID>",
        "            <DISPLAYCONTACT>",
        *contact,
        "            </DISPLAYCONTACT>",
        f"            <TERMNAME>{rng.choice(('Net 30', 'Net 15', 'Due on receipt'))}</TERMNAME>",
        "            <PAYMENTPRIORITY>Normal</PAYMENTPRIORITY>",
        f"            <COMMENTS>{_x(comments)}</COMMENTS>",
        "            <STATUS>active</STATUS>",
        "          </VENDOR>",
        "        </create>",
        "      </function>",
        "    </content>",
        "  </operation>",
        "</request>",
        "",
    ]
    return "\n".join(lines)


def careeronestop_ajc(row: dict[str, Any], rng: random.Random) -> str:
    """A CareerOneStop American Job Center finder answer (``GET /v1/ajcfinder/{userId}/
    {location}/{radius}/...``): an ``OneStopCenterList`` of one center, the program (an invented
    center id, its name, street, suite, city, state, ZIP code, ``Phone``, an empty ``ExtPhone``,
    ``Fax`` where it has one, no e-mail, its web page, an affiliate center type, invented
    coordinates in the District and a distance), with ``RecordCount`` and the radius."""
    center = {
        "ID": str(rng.randint(10_000, 99_999)),
        "Name": _f(row, "NAME"),
        "Address1": street(row),
        "Address2": suite(row),
        "City": "Washington",
        "StateAbbr": "DC",
        "StateName": "District of Columbia",
        "Zip": zipcode(row),
        "Phone": phone(row),
        "ExtPhone": "",
        "Fax": fax(row),
        "Email": "",
        "WebSiteUrl": web(row),
        "OneStopCenterType": "Affiliate",
        "OneStopCenterTypeDescription": f"Affiliate partner: {_f(row, 'KEYWORD') or 'Services'}",
        "Latitude": f"{rng.uniform(38.82, 38.99):.6f}",
        "Longitude": f"{rng.uniform(-77.11, -76.91):.6f}",
        "Distance": f"{rng.uniform(0.2, 9.5):.1f}",
    }
    doc = {
        "OneStopCenterList": [center],
        "RecordCount": 1,
        "Radius": rng.choice((5, 10, 25)),
        "Location": zipcode(row),
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sf424_grants_gov": sf424_grants_gov,
    "fac_general": fac_general,
    "intacct_vendor": intacct_vendor,
    "careeronestop_ajc": careeronestop_ajc,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
