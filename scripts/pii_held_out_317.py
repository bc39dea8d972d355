"""held_out_317 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the NHS website's list of hospitals in England, NHS and independent sector;
the United Kingdom's earlier parts took other publishers' registers) exactly as published, in
layouts no earlier part has, beside the list's own names, ODS codes, addresses, postcodes,
coordinates and web pages.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB (ODS's pharmacies and GP practices, HMCTS's courts, the
CQC's care homes, Sport England's Active Places, the Charity Commission's register, RQIA's
services, Scotland's schools, Democracy Club's electoral services offices) and many others;
here:

* the values are the ``Phone``, ``Fax`` and ``Email`` fields of 600 hospitals
  (``scripts/data/pii_gb_nhs_hospitals.json``, written by ``scripts/gb_nhs_hospitals_data.py``;
  source and licence in that file): British numbers as the hospitals gave them, the area code
  and the line (``01932 414205``, ``0113 388 2000``, ``01763 255 700``, ``02392 456 172``,
  ``(01943) 465522``), a few with an extension after the number (``01392 674310 (ext. 300)``,
  ``01946 853333 (ext. 4)``: the extension is no number of its own and is left unlabelled),
  178 fax fields, 225 e-mail fields (three not written: two whose local part is a person's
  name, one the placeholder ``forename.surname``); each copy of a field labelled, each number
  in it on its own;
* the text around them is the same row's real fields: the hospital's name, its ODS code
  (``NT204``) and its parent's (``NT2``) and name, the address lines, town, county, postcode
  (``CM15 8EH``), coordinates and web page, with invented UPRNs, CQC location and provider ids
  (``1-108574637``), role and relationship ids, ratings, report ids, bed counts, dates,
  Parliament question ids and numbers (``uin``), NaPTAN stop codes, bus service registration
  numbers (``PB0002032:17``) and times, unlabelled and scored;
* in layouts no earlier part has, British health-service, regulator, parliamentary and
  transport formats, text in English: Organisation Data Service ORD API (2-0-0) organisation
  responses (JSON: the hospital as an ``RC2`` site with ``GeoLoc``, ``Contacts`` of ``tel``,
  ``fax``, ``email`` and ``http`` contacts, ``Roles`` and a ``Rels`` relationship to its parent),
  Care Quality Commission public API location responses (JSON: ``mainPhoneNumber`` beside the
  postal address, ONSPD coordinates, regulated activities, service types and ratings), UK
  Parliament Written Questions API responses (JSON: a question to the Department of Health and
  Social Care and its ``answerText`` in HTML naming the switchboard, the fax and a ``mailto:``
  link) and TransXChange 2.4 documents of the hospital's shuttle bus (XML: the hospital as
  ``Operator`` with an ``EnquiryTelephoneNumber`` of ``TelNationalNumber`` and, where the field
  has one, ``TelExtensionNumber``, stop points, a route, a journey pattern and a vehicle
  journey whose ``Note`` gives the e-mail address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_317.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_nhs_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_317.jsonl.gz"
SPLIT = "held_out_317"

LAYOUTS = ("ods_ord_json", "cqc_location_json", "parliament_wq_json", "transxchange_xml")
PHONE, FAX, EMAIL = "Phone", "Fax", "Email"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@+\-]"}
COLUMNS = {"phone": PHONE, "fax": FAX}
# e-mail fields whose local part names a person, or is a placeholder for one: not written
NOT_WRITTEN = ("chris.morgan", "mandy.miller", "forename.surname")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented topics of the written questions (no real question is meant)
TOPICS = (
    ("Telephone Services", "patients and visitors are able to reach {name} by telephone"),
    ("Outpatients", "information is available to patients on how to contact the outpatient "
     "services at {name}"),
    ("Hospital Beds", "arrangements are in place for referrals to {name}"),
    ("Patient Transport", "patients can arrange transport to appointments at {name}"),
    ("Waiting Lists", "patients waiting for treatment at {name} can obtain information about "
     "their appointment"),
)  # fmt: skip

# CQC's service types and regulated activities as its API names them
SERVICE_TYPES = (
    ("Acute services with overnight beds", "Acute services with overnight beds"),
    ("Community healthcare service", "Community health care services"),
    ("Hospital services for people with mental health needs, learning disabilities and "
     "problems with substance misuse", "Mental health hospital services"),
    ("Rehabilitation services", "Rehabilitation services"),
)  # fmt: skip
ACTIVITIES = (
    ("Treatment of disease, disorder or injury", "RA5"),
    ("Diagnostic and screening procedures", "RA2"),
    ("Surgical procedures", "RA7"),
    ("Assessment or medical treatment for persons detained under the Mental Health Act 1983",
     "RA1"),
)  # fmt: skip
RATINGS = ("Outstanding", "Good", "Good", "Requires improvement")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped ("" where it has none, and where its
    local part is a person's name or the placeholder ``forename.surname``: not written)."""
    value = _f(row, EMAIL)
    return "" if value.split("@")[0] in NOT_WRITTEN else value


def nhs(row: dict[str, Any]) -> bool:
    """Whether the hospital is of the NHS sector (else the independent sector)."""
    return _f(row, "Sector") == "NHS Sector"


def extension(value: str) -> tuple[str, str]:
    """A phone field split into its number and the digits of its extension (``01392 674310
    (ext. 300)`` -> ``01392 674310``, ``300``; "" where it has none)."""
    m = re.fullmatch(r"(.*?\d)\s*\(ext\.\s*([\d,]+)\)", value)
    return (m.group(1), m.group(2)) if m else (value, "")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values(row: dict[str, Any], layout: str) -> list[tuple[str, str]]:
    """The (kind, value) pairs whose copies the layout writes: the phone field (in a
    TransXChange document its number, the extension apart), the fax field where the layout has
    a place for it, the e-mail address where the layout has one."""
    tel = extension(phone(row))[0] if layout == "transxchange_xml" else phone(row)
    out = [("phone", tel)]
    if layout in ("ods_ord_json", "parliament_wq_json"):
        out.append(("fax", fax(row)))
    if layout != "cqc_location_json":
        out.append(("email", email(row)))
    return out


def labelled(row: dict[str, Any], layout: str, text: str) -> Record:
    """``text`` as a record with every copy of the row's fields labelled (each copy stands
    apart: no digit next to a number, no address character next to an e-mail address). The
    values are taken longest first, so a phone field that a fax field begins with (``01295
    755000`` and the fax ``01295 7550001``) is labelled only where it stands alone."""
    found = sorted(values(row, layout), key=lambda kv: -len(kv[1]))
    return field_copies(text, found, EDGES, COLUMNS, row["path"], nested=True)


def international(value: str) -> bool:
    """Whether a labelled number carries a calling code."""
    return value.startswith("+")


def _when(rng: random.Random, year: int = 2024) -> dt.datetime:
    """An invented moment of ``year`` (UTC)."""
    start = dt.datetime(year, 1, 8, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _uprn(rng: random.Random) -> str:
    """An invented Unique Property Reference Number (``10002...``, 12 digits)."""
    return f"1000{rng.randint(10**7, 10**8 - 1)}"


def _address(row: dict[str, Any]) -> list[str]:
    """The row's address lines that are not empty, the town last."""
    lines = [_f(row, k) for k in ("Address1", "Address2", "Address3", "City")]
    return [line for line in lines if line]


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def ods_ord_json(row: dict[str, Any], rng: random.Random) -> str:
    """An Organisation Data Service ORD API (2-0-0) response for the hospital's ODS code
    (``GET /ORD/2-0-0/organisations/NT204``): the ``Organisation`` with its name, operational
    date, ``OrgId`` (the HSCIC root OID and the code), status, last change date, record class
    ``RC2`` (a site), ``GeoLoc`` (address lines, town, county, postcode, ``ENGLAND`` and an
    invented UPRN), ``Contacts`` (``tel``, ``fax``, ``email``, ``http`` where the row has
    them), its primary role (an NHS trust site or an independent provider's site) and an
    ``RE6`` relationship (operated by) to the parent's code."""
    when = _when(rng)
    start = dt.date(rng.randint(1990, 2019), rng.randint(1, 12), 1).isoformat()
    root = "2.16.840.1.113883.2.1.3.2.4.18.48"
    location: dict[str, str] = {}
    for key, column in (("AddrLn1", "Address1"), ("AddrLn2", "Address2"), ("AddrLn3", "Address3")):
        if _f(row, column):
            location[key] = _f(row, column)
    location["Town"] = _f(row, "City")
    if _f(row, "County"):
        location["County"] = _f(row, "County")
    location |= {"PostCode": _f(row, "Postcode"), "Country": "ENGLAND", "UPRN": _uprn(rng)}
    contacts = [{"type": "tel", "value": phone(row)}]
    if fax(row):
        contacts.append({"type": "fax", "value": fax(row)})
    if email(row):
        contacts.append({"type": "email", "value": email(row)})
    if _f(row, "Website"):
        contacts.append({"type": "http", "value": _f(row, "Website")})
    site, parent = ("RO198", "RO197") if nhs(row) else ("RO176", "RO172")
    org = {
        "Name": _f(row, "OrganisationName"),
        "Date": [{"Type": "Operational", "Start": start}],
        "OrgId": {"root": root, "assigningAuthorityName": "HSCIC",
                  "extension": _f(row, "OrganisationCode")},
        "Status": "Active",
        "LastChangeDate": f"{when:%Y-%m-%d}",
        "orgRecordClass": "RC2",
        "GeoLoc": {"Location": location},
        "Contacts": {"Contact": contacts},
        "Roles": {"Role": [{
            "id": site, "uniqueRoleId": rng.randint(100000, 999999), "primaryRole": True,
            "Date": [{"Type": "Operational", "Start": start}], "Status": "Active",
        }]},
        "Rels": {"Rel": [{
            "Date": [{"Type": "Operational", "Start": start}], "Status": "Active",
            "Target": {
                "OrgId": {"root": root, "assigningAuthorityName": "HSCIC",
                          "extension": _f(row, "ParentODSCode")},
                "PrimaryRoleId": {"id": parent, "uniqueRoleId": rng.randint(100000, 999999)},
            },
            "id": "RE6", "uniqueRelId": rng.randint(100000, 999999),
        }]},
    }  # fmt: skip
    return json.dumps({"Organisation": org}, ensure_ascii=False, indent=2) + "\n"


def _cqc_id(rng: random.Random) -> str:
    """An invented CQC location or provider id (``1-`` and nine or ten digits)."""
    return f"1-{rng.randint(10**8, 10**10 - 1)}"


def cqc_location_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Care Quality Commission public API response for one location (``GET
    /public/v1/locations/1-...``): invented location and provider ids, the hospital's name and
    ODS code, an invented UPRN, registration date and bed count, the postal address, postcode
    and coordinates (as the ONSPD ones), ``mainPhoneNumber``, the web page, the inspection
    directorate, regulated activities (no named contacts), a service type, the current overall
    rating and its report (invented dates and ids)."""
    when = _when(rng)
    report = _uuid(rng)
    lines = _address(row)[:-1] or [_f(row, "OrganisationName")]
    service, description = rng.choice(SERVICE_TYPES)
    activities = rng.sample(ACTIVITIES[:3], rng.randint(1, 3))
    doc: dict[str, Any] = {
        "locationId": _cqc_id(rng),
        "providerId": _cqc_id(rng),
        "organisationType": "Location",
        "type": "NHS Healthcare Organisation" if nhs(row) else "Independent Healthcare Org",
        "name": _f(row, "OrganisationName"),
        "odsCode": _f(row, "OrganisationCode"),
        "uprn": _uprn(rng),
        "registrationStatus": "Registered",
        "registrationDate": f"{rng.randint(2010, 2019)}-{rng.randint(1, 12):02d}-01",
        "dormancy": "N",
        "numberOfBeds": rng.randint(8, 640),
        "postalAddressLine1": lines[0],
    }
    if len(lines) > 1:
        doc["postalAddressLine2"] = ", ".join(lines[1:])
    doc["postalAddressTownCity"] = _f(row, "City")
    if _f(row, "County"):
        doc["postalAddressCounty"] = _f(row, "County")
    doc |= {
        "postalCode": _f(row, "Postcode"),
        "onspdLatitude": float(_f(row, "Latitude")),
        "onspdLongitude": float(_f(row, "Longitude")),
        "careHome": "N",
        "inspectionDirectorate": "Hospitals",
        "mainPhoneNumber": phone(row),
    }
    if _f(row, "Website"):
        doc["website"] = _f(row, "Website")
    doc |= {
        "regulatedActivities": [
            {"name": name, "code": code, "contacts": []} for name, code in activities
        ],
        "gacServiceTypes": [{"name": service, "description": description}],
        "currentRatings": {
            "overall": {
                "rating": rng.choice(RATINGS),
                "reportDate": f"{when:%Y-%m-%d}",
                "reportLinkId": report,
            }
        },
        "lastInspection": {"date": f"{when - dt.timedelta(days=rng.randint(40, 120)):%Y-%m-%d}"},
        "reports": [{
            "linkId": report, "reportDate": f"{when:%Y-%m-%d}",
            "reportUri": f"/reports/{report}", "reportType": "Location",
        }],
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def parliament_wq_json(row: dict[str, Any], rng: random.Random) -> str:
    """A UK Parliament Written Questions API response (``GET
    /api/writtenquestions/questions/{id}``, members not expanded): an invented question id,
    member ids, ``uin`` and dates, a question to the Secretary of State for Health and Social
    Care about the hospital, the ``heading`` by its county or town, and ``answerText`` (HTML)
    naming the hospital, its operator, address and postcode, its switchboard number, the fax
    where the row has one and a ``mailto:`` link where it has an e-mail address."""
    name = _f(row, "OrganisationName")
    heading, asks = rng.choice(TOPICS)
    tabled = _when(rng).date()
    answered = tabled + dt.timedelta(days=rng.randint(3, 21))
    qid = rng.randint(1_600_000, 1_799_999)
    where = ", ".join(_address(row))
    answer = (
        f"<p>{escape(name)} is run by {escape(_f(row, 'ParentName'))} and is located at "
        f"{escape(where)}, {escape(_f(row, 'Postcode'))}. Patients and visitors can contact the "
        f"hospital on {phone(row)}"
    )
    if fax(row):
        answer += f"; referrals may also be sent by fax to {fax(row)}"
    answer += ".</p>"
    if email(row):
        answer += (
            f'<p>General enquiries can be sent by email to <a href="mailto:{email(row)}">'
            f"{email(row)}</a>.</p>"
        )
    answer += (
        "<p>Information about local services is also available on the NHS website, or by "
        "calling NHS 111.</p>"
    )
    value = {
        "id": qid,
        "askingMemberId": rng.randint(170, 5200),
        "askingMember": None,
        "house": "Commons",
        "memberHasInterest": False,
        "dateTabled": f"{tabled}T00:00:00",
        "dateForAnswer": f"{tabled + dt.timedelta(days=rng.choice((2, 3, 7)))}T00:00:00",
        "uin": str(rng.randint(1000, 49999)),
        "questionText": "To ask the Secretary of State for Health and Social Care, what steps "
        f"her Department is taking to ensure that {asks.format(name=name)}.",
        "answeringBodyId": 17,
        "answeringBodyName": "Department of Health and Social Care",
        "isWithdrawn": False,
        "isNamedDay": False,
        "groupedQuestions": [],
        "answerIsHolding": None,
        "answerIsCorrection": False,
        "answeringMemberId": rng.randint(170, 5200),
        "answeringMember": None,
        "correctingMemberId": None,
        "correctingMember": None,
        "dateAnswered": f"{answered}T00:00:00",
        "answerText": answer,
        "originalAnswerText": None,
        "comparableAnswerText": None,
        "dateAnswerCorrected": None,
        "dateHoldingAnswer": None,
        "attachmentCount": 0,
        "heading": f"{heading}: {_f(row, 'County') or _f(row, 'City')}",
        "attachments": [],
    }
    links = [{"rel": "self", "href": f"/api/writtenquestions/questions/{qid}", "method": "GET"}]
    return json.dumps({"value": value, "links": links}, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    return escape(value)


def _atco(rng: random.Random) -> str:
    """An invented NaPTAN stop code (ATCO area code and a stop reference)."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(3))
    return (
        f"{rng.choice(('0100', '1800', '2500', '3290', '4400'))}{letters}{rng.randint(1000, 9999)}"
    )


def transxchange_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A TransXChange 2.4 document of the hospital's shuttle bus between its main entrance and
    an invented stop in its town: two annotated stop points (invented NaPTAN codes), a route
    section, route, journey pattern section, the hospital as ``Operator`` (its ODS code, its
    parent as the name on the licence, its name as trading name, ``EnquiryTelephoneNumber``
    with the number as ``TelNationalNumber`` and any extension as ``TelExtensionNumber``, its
    address as ``CorrespondenceAddress``), the ``Service`` (an invented registration number,
    line, operating period) and one vehicle journey whose ``Note`` names the e-mail address
    where the row has one."""
    name, town = _f(row, "OrganisationName"), _f(row, "City")
    code = _f(row, "OrganisationCode")
    when = _when(rng)
    tel, ext = extension(phone(row))
    stops = [(_atco(rng), f"{name} Main Entrance"), (_atco(rng), f"{town} Bus Station")]
    line = f"H{rng.randint(1, 9)}"
    service = f"PB{rng.randint(1000, 9999):07d}:{rng.randint(1, 99)}"
    start = dt.date(when.year, when.month, 1)
    depart = f"{rng.randint(6, 9):02d}:{rng.choice((0, 15, 30, 45)):02d}:00"
    minutes = rng.randint(6, 25)
    address = "".join(f"          <Line>{_x(v)}</Line>\n" for v in _address(row))
    enquiry = f"        <TelNationalNumber>{tel}</TelNationalNumber>\n"
    if ext:
        enquiry += f"        <TelExtensionNumber>{ext}</TelExtensionNumber>\n"
    note = ""
    if email(row):
        note = (
            "      <Note>\n"
            "        <NoteCode>E</NoteCode>\n"
            f"        <NoteText>Enquiries about this service: {email(row)}</NoteText>\n"
            "      </Note>\n"
        )
    points = "".join(
        "    <AnnotatedStopPointRef>\n"
        f"      <StopPointRef>{ref}</StopPointRef>\n"
        f"      <CommonName>{_x(common)}</CommonName>\n"
        "    </AnnotatedStopPointRef>\n"
        for ref, common in stops
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TransXChange xmlns="http://www.transxchange.org.uk/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.transxchange.org.uk/ '
        'http://www.transxchange.org.uk/schema/2.4/TransXChange_general.xsd" '
        f'CreationDateTime="{when:%Y-%m-%dT%H:%M:%S}" '
        f'ModificationDateTime="{when:%Y-%m-%dT%H:%M:%S}" Modification="new" '
        f'RevisionNumber="0" FileName="{code}_{line}.xml" SchemaVersion="2.4" '
        'RegistrationDocument="false" xml:lang="en">\n'
        "  <StopPoints>\n"
        f"{points}"
        "  </StopPoints>\n"
        "  <RouteSections>\n"
        '    <RouteSection id="RS1">\n'
        '      <RouteLink id="RL1">\n'
        f"        <From><StopPointRef>{stops[0][0]}</StopPointRef></From>\n"
        f"        <To><StopPointRef>{stops[1][0]}</StopPointRef></To>\n"
        f"        <Distance>{rng.randint(800, 9000)}</Distance>\n"
        "      </RouteLink>\n"
        "    </RouteSection>\n"
        "  </RouteSections>\n"
        "  <Routes>\n"
        '    <Route id="R1">\n'
        f"      <Description>{_x(name)} to {_x(town)} Bus Station</Description>\n"
        "      <RouteSectionRef>RS1</RouteSectionRef>\n"
        "    </Route>\n"
        "  </Routes>\n"
        "  <JourneyPatternSections>\n"
        '    <JourneyPatternSection id="JPS1">\n'
        '      <JourneyPatternTimingLink id="JPTL1">\n'
        '        <From SequenceNumber="1">\n'
        "          <Activity>pickUp</Activity>\n"
        f"          <StopPointRef>{stops[0][0]}</StopPointRef>\n"
        "          <TimingStatus>principalTimingPoint</TimingStatus>\n"
        "        </From>\n"
        '        <To SequenceNumber="2">\n'
        "          <Activity>setDown</Activity>\n"
        f"          <StopPointRef>{stops[1][0]}</StopPointRef>\n"
        "          <TimingStatus>principalTimingPoint</TimingStatus>\n"
        "        </To>\n"
        "        <RouteLinkRef>RL1</RouteLinkRef>\n"
        f"        <RunTime>PT{minutes}M</RunTime>\n"
        "      </JourneyPatternTimingLink>\n"
        "    </JourneyPatternSection>\n"
        "  </JourneyPatternSections>\n"
        "  <Operators>\n"
        f'    <Operator id="O{code}">\n'
        f"      <OperatorCode>{code}</OperatorCode>\n"
        f"      <OperatorShortName>{_x(name)}</OperatorShortName>\n"
        f"      <OperatorNameOnLicence>{_x(_f(row, 'ParentName'))}</OperatorNameOnLicence>\n"
        f"      <TradingName>{_x(name)}</TradingName>\n"
        "      <EnquiryTelephoneNumber>\n"
        f"{enquiry}"
        "      </EnquiryTelephoneNumber>\n"
        "      <OperatorAddresses>\n"
        "        <CorrespondenceAddress>\n"
        f"{address}"
        f"          <PostCode>{_x(_f(row, 'Postcode'))}</PostCode>\n"
        "        </CorrespondenceAddress>\n"
        "      </OperatorAddresses>\n"
        "    </Operator>\n"
        "  </Operators>\n"
        "  <Services>\n"
        "    <Service>\n"
        f"      <ServiceCode>{service}</ServiceCode>\n"
        "      <Lines>\n"
        f'        <Line id="L1"><LineName>{line}</LineName></Line>\n'
        "      </Lines>\n"
        "      <OperatingPeriod>\n"
        f"        <StartDate>{start}</StartDate>\n"
        "      </OperatingPeriod>\n"
        f"      <RegisteredOperatorRef>O{code}</RegisteredOperatorRef>\n"
        "      <Mode>bus</Mode>\n"
        f"      <Description>{_x(name)} shuttle bus</Description>\n"
        "      <StandardService>\n"
        f"        <Origin>{_x(name)}</Origin>\n"
        f"        <Destination>{_x(town)} Bus Station</Destination>\n"
        '        <JourneyPattern id="JP1">\n'
        "          <Direction>outbound</Direction>\n"
        "          <RouteRef>R1</RouteRef>\n"
        "          <JourneyPatternSectionRefs>JPS1</JourneyPatternSectionRefs>\n"
        "        </JourneyPattern>\n"
        "      </StandardService>\n"
        "    </Service>\n"
        "  </Services>\n"
        "  <VehicleJourneys>\n"
        "    <VehicleJourney>\n"
        f"{note}"
        f"      <OperatorRef>O{code}</OperatorRef>\n"
        f"      <VehicleJourneyCode>VJ{rng.randint(100, 999)}</VehicleJourneyCode>\n"
        f"      <ServiceRef>{service}</ServiceRef>\n"
        "      <LineRef>L1</LineRef>\n"
        "      <JourneyPatternRef>JP1</JourneyPatternRef>\n"
        f"      <DepartureTime>{depart}</DepartureTime>\n"
        "    </VehicleJourney>\n"
        "  </VehicleJourneys>\n"
        "</TransXChange>\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ods_ord_json": ods_ord_json,
    "cqc_location_json": cqc_location_json,
    "parliament_wq_json": parliament_wq_json,
    "transxchange_xml": transxchange_xml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its fields labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, layout, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
