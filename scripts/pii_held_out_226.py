"""held_out_226 of the PII evaluation set: real phone fields of a register no earlier part used
(South Africa's lower courts, the Department of Justice and Constitutional Development's list of
magistrates' courts and their branch, detached and periodical courts; South Africa's earlier
parts took the Department of Basic Education's schools, National Treasury's municipalities, the
Department of Health's facilities and SAPS's police stations) exactly as published, in layouts
no earlier part has, beside the list's own names, districts, addresses and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of ZA (schools, municipalities, health facilities, police
stations), IN and many others; here:

* the values are the ``Tel`` fields of 400 courts (``scripts/data/pii_za_lower_courts.json``,
  written by ``scripts/za_lower_courts_data.py``; source and licence in that file): South
  African numbers as the list writes them, the area code, exchange and line apart (``046 684
  0025``; a few in one run, ``043-7085000``, or with two blanks, ``053 996  2385/ 1796``); other
  lines of the same exchange shortened to their last digits after a slash or as a range, which
  stay with the number before them (``015 516 0181/2/3``, ``013 932 2901-3``, ``051 432 4728 /
  4729 /`` are one label each, a trailing slash no part of it), while a whole second number is
  one of its own (``053 384 0041/ 313 1155``: ``053 384 0041`` and ``313 1155``; ``053 683 000/
  203 0000``: the first cut short by the list); pieces after ``;`` or a new area code after a
  blank stand alone (``011 786 5181/2971; 011``: the last ``011`` is a short distractor); each
  copy of the field labelled, each number in it by ``make_pii_eval.personal_phone``;
* the text around them is the same court's real fields: its office name, court type, province,
  magisterial district, small-claims (``SCC``) and MOVIT flags, postal and physical address
  (four-digit postcodes, ``Private Bag x 310``) and coordinates, with invented case numbers,
  filing ids, amounts, waybill references, parcel sizes, organisation ids and dates, unlabelled
  and scored;
* in layouts no earlier part has, formats of the courts' field and of South African services,
  text in English and Afrikaans: OASIS LegalXML Electronic Court Filing 4.01
  ``ReviewFilingRequestMessage``s (the court as ``j:CaseCourt`` with its
  ``nc:TelephoneNumberFullID``, the lead document's description repeating it), Ship Logic
  shipment requests as The Courier Guy's API takes them (``POST /v2/shipments``: the court as
  the collection address and contact, ``mobile_number`` and the collection instructions
  carrying the number), Alaveteli public-body import CSV files of a PAIA request site (the
  court's ``notes`` in English and ``notes.af`` in Afrikaans, each naming the number) and
  Zendesk Support API organization records of a court-services help desk (the number in
  ``notes`` and in an ``organization_fields`` entry).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_226.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_za_lower_courts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_226.jsonl.gz"
SPLIT = "held_out_226"

LAYOUTS = ("ecf_review_filing", "shiplogic_shipment", "alaveteli_bodies_csv", "zendesk_org")
PHONE = "Tel"
EDGES = {"phone": r"\d"}
SAST = dt.timezone(dt.timedelta(hours=2))  # South African Standard Time

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# a piece of a ``Tel`` field: the text between ``/``, ``;``, ``[`` and `` or ``
_PIECE = re.compile(r"(?:(?!\bor\b)[^/;\[])+")
# a blank before a new area code (``018 464 9200 018 464``: a second number after the first)
_NEW_AREA = re.compile(r"\s+(?=0\d{2}\s)")
# the four-digit postcode that ends an address as the list writes it
_POSTCODE = re.compile(r"(?<![\d-])(\d{4})\W*$")

PROVINCES_AF = {
    "Eastern Cape": "Oos-Kaap", "Free State": "Vrystaat", "Gauteng": "Gauteng",
    "KwaZulu-Natal": "KwaZulu-Natal", "Limpopo": "Limpopo", "Mpumalanga": "Mpumalanga",
    "North West": "Noordwes", "Northern Cape": "Noord-Kaap", "Western Cape": "Wes-Kaap",
}  # fmt: skip
COURT_TYPES_AF = {
    "Magistrate Court": "Landdroshof", "Branch Court": "Takhof",
    "Detached Court": "Afgesonderde hof", "Periodical Court": "Periodieke hof",
}  # fmt: skip
# what a court sends to the department's archive (invented consignments)
CONSIGNMENTS = (
    "Closed criminal case files for archiving",
    "Maintenance case records (closed)",
    "Small claims court registers",
    "Civil records and J-forms for the regional office",
    "Exhibit register and court books",
)
# the filings of the e-filing layout: (case category, lead document) by the court's flags
FILINGS = {
    "scc": ("Small Claims", "Summons in the Small Claims Court"),
    "movit": ("Maintenance", "Application for a maintenance order (Form A)"),
    "civil": ("Civil", "Summons commencing action (Form 2)"),
}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The court's ``Tel`` field as published, stripped."""
    return _f(row, PHONE)


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _pieces(field: str) -> list[tuple[int, int, str]]:
    """(start, end, separator before it) of each piece of a ``Tel`` field that holds a digit,
    from its first digit to its last; a piece is also split at a blank before a new area code
    once it holds nine digits or more."""
    out = []
    for m in _PIECE.finditer(field):
        sep = field[: m.start()].rstrip()[-1:] or ""
        if field[: m.start()].rstrip().endswith("or"):
            sep = "or"
        text, base = m.group(), m.start()
        cuts = [0]
        for gap in _NEW_AREA.finditer(text):
            if _digits(text[cuts[-1] : gap.start()]) >= 9:
                cuts.append(gap.end())
        cuts.append(len(text))
        for i, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
            part = text[a:b]
            found = [j for j, c in enumerate(part) if c.isdigit()]
            if found:
                start, end = base + a + found[0], base + a + found[-1] + 1
                out.append((start, end, sep if i == 0 else " "))
    return out


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a ``Tel`` field: its pieces (``_pieces``), a piece of
    seven digits or more, or one opening with an area code (``039 972``), starting a number; a
    shorter piece after ``/`` (other lines' last digits, ``015 516 0181/2/3``) staying with the
    number before it; a piece after ``;``, ``[``, `` or `` or a blank standing alone (``011
    786 5181/2971; 011``: ``011`` is no part of the number before it)."""
    groups: list[list[int]] = []
    for start, end, sep in _pieces(field):
        piece = field[start:end]
        opens = _digits(piece) >= 7 or re.match(r"0\d{2}\s", piece) is not None
        if not groups or opens or sep != "/":
            groups.append([start, end])
        else:
            groups[-1][1] = end
    return [(s, e) for s, e in groups]


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the court's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one court's block (``where`` = split, locale, layout, index):
    each number of each copy of its phone field labelled on its own (one no person holds is a
    distractor), national (none begins with ``+``)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def office(row: dict[str, Any]) -> str:
    """The court's office (town) without the list's bracketed province (``Balfour [MP]``)."""
    return re.sub(r"\s*\[[^\]]*\]$", "", _f(row, "Office"))


def court_name(row: dict[str, Any]) -> str:
    """The court as its office and type name it (``Alice Magistrate Court``)."""
    return f"{office(row)} {_f(row, 'CourtType')}"


def postcode(row: dict[str, Any]) -> str:
    """The four-digit postcode that ends the physical address, else the postal one ("" where
    neither ends with one)."""
    for key in ("Physical", "Postal"):
        m = _POSTCODE.search(_f(row, key))
        if m:
            return m.group(1)
    return ""


def _flag(row: dict[str, Any], key: str) -> bool:
    return _f(row, key).lower().startswith("yes")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (SAST)."""
    day = dt.datetime(2024, 1, 15, 8, 0, tzinfo=SAST) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(minutes=rng.randint(0, 8 * 60))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def ecf_review_filing(row: dict[str, Any], rng: random.Random) -> str:
    """An OASIS LegalXML Electronic Court Filing 4.01 ``ReviewFilingRequestMessage`` that an
    invented e-filing front end sends the court's filing review service: the message's
    identification and post date, the sending MDE, the ``CoreFilingMessage`` with the case
    (an invented case number, its category by the court's small-claims and maintenance flags,
    the court as ``j:CaseCourt`` with its ``nc:OrganizationIdentification``,
    ``nc:OrganizationLocation`` (the physical address, the district and the coordinates), its
    primary contact (the ``nc:TelephoneNumberFullID`` and the postal address) and
    ``j:CourtName``), an invented filed amount, and the lead document whose description repeats
    the number."""
    tel, name = phone(row), court_name(row)
    when = _when(rng)
    kind = "scc" if _flag(row, "SCC") else "movit" if _flag(row, "MOVIT") else "civil"
    category, document = FILINGS[kind]
    case_no = f"{rng.randint(12, 2400)}/{when.year}"
    filing_id = f"EF{when:%Y%m%d}{rng.randint(100000, 999999)}"
    amount = f"{rng.randint(800, 19900)}.00" if kind == "scc" else f"{rng.randint(6, 60) * 100}.00"
    code = re.sub(r"[^A-Z0-9]+", "-", office(row).upper()).strip("-")
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<ReviewFilingRequestMessage "
        'xmlns="urn:oasis:names:tc:legalxml-courtfiling:schema:xsd:ReviewFilingRequestMessage-4.0" '
        'xmlns:core="urn:oasis:names:tc:legalxml-courtfiling:schema:xsd:CoreFilingMessage-4.0" '
        'xmlns:ecf="urn:oasis:names:tc:legalxml-courtfiling:schema:xsd:CommonTypes-4.0" '
        'xmlns:j="http://niem.gov/niem/domains/jxdm/4.0" '
        'xmlns:nc="http://niem.gov/niem/niem-core/2.0" '
        'xmlns:s="http://niem.gov/niem/structures/2.0">',
        "  <nc:DocumentIdentification>",
        f"    <nc:IdentificationID>{filing_id}</nc:IdentificationID>",
        "  </nc:DocumentIdentification>",
        "  <nc:DocumentPostDate>",
        f"    <nc:DateTime>{when.isoformat()}</nc:DateTime>",
        "  </nc:DocumentPostDate>",
        "  <ecf:SendingMDELocationID>",
        "    <nc:IdentificationID>https://efiling.courts.example.org.za/fam</nc:IdentificationID>",
        "  </ecf:SendingMDELocationID>",
        "  <ecf:SendingMDEProfileCode>urn:oasis:names:tc:legalxml-courtfiling:schema:xsd:"
        "WebServicesMessaging-2.0</ecf:SendingMDEProfileCode>",
        "  <core:CoreFilingMessage>",
        "    <nc:DocumentIdentification>",
        f"      <nc:IdentificationID>{filing_id}-1</nc:IdentificationID>",
        "    </nc:DocumentIdentification>",
        "    <ecf:Case>",
        f"      <nc:CaseTitleText>{_x(category)} matter {case_no}</nc:CaseTitleText>",
        f"      <nc:CaseCategoryText>{_x(category)}</nc:CaseCategoryText>",
        f"      <nc:CaseTrackingID>{case_no}</nc:CaseTrackingID>",
        "      <j:CaseAugmentation>",
        "        <j:CaseCourt>",
        "          <nc:OrganizationIdentification>",
        f"            <nc:IdentificationID>ZA-{code}-{rng.randint(100, 999)}</nc:IdentificationID>",
        "          </nc:OrganizationIdentification>",
        "          <nc:OrganizationLocation>",
        "            <nc:LocationAddress>",
        f"              <nc:AddressFullText>{_x(_f(row, 'Physical'))}</nc:AddressFullText>",
        "            </nc:LocationAddress>",
        f"            <nc:LocationDescriptionText>{_x(_f(row, 'MagDistrict'))}, "
        f"{_x(_f(row, 'Province'))}</nc:LocationDescriptionText>",
        "            <nc:LocationTwoDimensionalGeographicCoordinate>",
        f"              <nc:GeographicCoordinateLatitude><nc:LatitudeDegreeValue>{lat}"
        "</nc:LatitudeDegreeValue></nc:GeographicCoordinateLatitude>",
        f"              <nc:GeographicCoordinateLongitude><nc:LongitudeDegreeValue>{lon}"
        "</nc:LongitudeDegreeValue></nc:GeographicCoordinateLongitude>",
        "            </nc:LocationTwoDimensionalGeographicCoordinate>",
        "          </nc:OrganizationLocation>",
        "          <nc:OrganizationPrimaryContactInformation>",
        "            <nc:ContactTelephoneNumber>",
        "              <nc:FullTelephoneNumber>",
        f"                <nc:TelephoneNumberFullID>{_x(tel)}</nc:TelephoneNumberFullID>",
        "              </nc:FullTelephoneNumber>",
        "            </nc:ContactTelephoneNumber>",
        "            <nc:ContactMailingAddress>",
        f"              <nc:AddressFullText>{_x(_f(row, 'Postal'))}</nc:AddressFullText>",
        "            </nc:ContactMailingAddress>",
        "          </nc:OrganizationPrimaryContactInformation>",
        f"          <j:CourtName>{_x(name)}</j:CourtName>",
        "        </j:CaseCourt>",
        "      </j:CaseAugmentation>",
        "    </ecf:Case>",
        '    <ecf:FilingLeadDocument s:id="lead1">',
        "      <nc:DocumentDescriptionText>"
        f"{_x(document)}, {_x(name)}. Enquiries: the clerk of the court, tel. {_x(tel)}."
        "</nc:DocumentDescriptionText>",
        "      <nc:DocumentFileControlID>lead1.pdf</nc:DocumentFileControlID>",
        f"      <nc:DocumentFiledDate><nc:Date>{when:%Y-%m-%d}</nc:Date></nc:DocumentFiledDate>",
        "      <ecf:DocumentAttachment>",
        "        <nc:BinaryFormatStandardName>application/pdf</nc:BinaryFormatStandardName>",
        f"        <nc:BinarySizeValue>{rng.randint(40000, 900000)}</nc:BinarySizeValue>",
        "      </ecf:DocumentAttachment>",
        "    </ecf:FilingLeadDocument>",
        "  </core:CoreFilingMessage>",
        "  <ecf:Payment>",
        f'    <ecf:FeeAmount currencyCode="ZAR">{amount}</ecf:FeeAmount>',
        "  </ecf:Payment>",
        "</ReviewFilingRequestMessage>",
        "",
    ]
    return "\n".join(lines)


def shiplogic_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Ship Logic shipment request as The Courier Guy's API takes it (``POST
    /v2/shipments``): the court as the collection address (business, its physical address,
    town, province, ``ZA``, postcode and coordinates) and collection contact (the clerk's
    desk, ``mobile_number`` the court's number), the department's archive as the delivery
    address and contact, one parcel of an invented consignment, collection instructions
    repeating the number, an invented reference, dates and service level."""
    tel = phone(row)
    when = _when(rng)
    day = when.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    body = {
        "collection_address": {
            "type": "business",
            "company": court_name(row),
            "street_address": _f(row, "Physical"),
            "local_area": office(row),
            "city": office(row),
            "zone": _f(row, "Province"),
            "country": "ZA",
            "code": postcode(row),
            "lat": float(lat),
            "lng": float(lon),
        },
        "collection_contact": {
            "name": f"Clerk of the Court, {office(row)}",
            "mobile_number": tel,
            "email": "",
        },
        "delivery_address": {
            "type": "business",
            "company": "Department of Justice and Constitutional Development: Archives",
            "street_address": "329 Pretorius Street",
            "local_area": "Pretoria Central",
            "city": "Pretoria",
            "zone": "Gauteng",
            "country": "ZA",
            "code": "0002",
        },
        "delivery_contact": {"name": "Records Management", "mobile_number": "", "email": ""},
        "parcels": [
            {
                "parcel_description": rng.choice(CONSIGNMENTS),
                "submitted_length_cm": rng.choice((40, 45, 60)),
                "submitted_width_cm": rng.choice((30, 35, 40)),
                "submitted_height_cm": rng.choice((25, 30, 35)),
                "submitted_weight_kg": rng.randint(4, 24),
            }
        ],
        "opt_in_rates": [],
        "opt_in_time_based_rates": [],
        "special_instructions_collection": f"Collect at the clerk's counter of the "
        f"{_f(row, 'CourtType').lower()}; phone {tel} before arrival.",
        "special_instructions_delivery": "Deliver to the records registry, ground floor.",
        "declared_value": 0,
        "collection_min_date": f"{day:%Y-%m-%dT%H:%M:%S}.000Z",
        "collection_after": "08:00",
        "collection_before": "15:30",
        "delivery_min_date": f"{day + dt.timedelta(days=2):%Y-%m-%dT%H:%M:%S}.000Z",
        "delivery_after": "08:00",
        "delivery_before": "16:00",
        "custom_tracking_reference": "",
        "customer_reference": f"DOJ-ARC-{when:%y}{rng.randint(10000, 99999)}",
        "service_level_code": rng.choice(("ECO", "ECO", "LOX")),
        "mute_notifications": False,
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


ALAVETELI_COLUMNS = (
    "#id", "name", "short_name", "request_email", "notes", "publication_scheme",
    "disclosure_log", "home_page", "tag_string", "name.af", "notes.af",
)  # fmt: skip


def _tag(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")


def alaveteli_bodies_csv(row: dict[str, Any], rng: random.Random) -> str:
    """An Alaveteli public-body import CSV file of an invented PAIA request site (the admin's
    "Import from CSV": a header line of the body's columns, ``#id`` empty for a new body, and
    its Afrikaans translations as ``name.af`` and ``notes.af``): the court's name, no request
    address, its notes in English and Afrikaans, each naming its type, district, addresses and
    number, and its tags (type, province, small-claims and MOVIT flags)."""
    tel, name = phone(row), court_name(row)
    kind, province = _f(row, "CourtType"), _f(row, "Province")
    kind_af, province_af = COURT_TYPES_AF[kind], PROVINCES_AF[province]
    extra = "; small claims court" if _flag(row, "SCC") else ""
    notes = (
        f"{kind} in the magisterial district {_f(row, 'MagDistrict')}, {province}{extra}. "
        f"Physical address: {_f(row, 'Physical')}. Postal address: {_f(row, 'Postal')}. "
        f"Telephone: {tel}. Send PAIA requests to the court manager; the Department of Justice "
        "and Constitutional Development's information officer handles appeals."
    )
    extra_af = "; kleineeisehof" if _flag(row, "SCC") else ""
    notes_af = (
        f"{kind_af} in die landdrosdistrik {_f(row, 'MagDistrict')}, {province_af}{extra_af}. "
        f"Straatadres: {_f(row, 'Physical')}. Posadres: {_f(row, 'Postal')}. "
        f"Telefoon: {tel}. Rig PAIA-versoeke aan die hofbestuurder; die Departement van "
        "Justisie en Staatkundige Ontwikkeling se inligtingsbeampte hanteer appèlle."
    )
    tags = ["court", _tag(kind), _tag(province)]
    if _flag(row, "SCC"):
        tags.append("small_claims")
    if _flag(row, "MOVIT"):
        tags.append("movit")
    tags.append(f"dojcd_lc:{rng.randint(1000, 9999)}")
    values = (
        "", name, office(row), "", notes, "https://www.justice.gov.za/paia/paia.htm", "",
        "https://www.justice.gov.za/", " ".join(tags),
        f"{office(row)} {kind_af}", notes_af,
    )  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ALAVETELI_COLUMNS)
    writer.writerow(values)
    return out.getvalue()


def zendesk_org(row: dict[str, Any], rng: random.Random) -> str:
    """A Zendesk Support API organization as ``GET /api/v2/organizations/{id}.json`` returns
    it, of an invented court-services help desk: an invented id, url and external id, the
    court's name, ``details`` (type, district, province, addresses), ``notes`` telling agents
    to put callers through to the court's number, tags, and ``organization_fields`` (court
    type, magisterial district, the number, coordinates, small-claims and MOVIT flags)."""
    tel, name = phone(row), court_name(row)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(20, 300), minutes=rng.randint(0, 600))
    org_id = rng.randint(10**13, 10**14 - 1)
    base = "https://courtservices-help.zendesk.com/api/v2/organizations"
    tags = [_tag(_f(row, "CourtType")), _tag(_f(row, "Province"))]
    if _flag(row, "SCC"):
        tags.append("small_claims")
    body = {
        "organization": {
            "url": f"{base}/{org_id}.json",
            "id": org_id,
            "name": name,
            "shared_tickets": False,
            "shared_comments": False,
            "external_id": f"LC-{rng.randint(1000, 9999)}",
            "created_at": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "updated_at": updated.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "domain_names": [],
            "details": f"{_f(row, 'CourtType')}, {_f(row, 'MagDistrict')}, "
            f"{_f(row, 'Province')}. Physical: {_f(row, 'Physical')}. "
            f"Postal: {_f(row, 'Postal')}.",
            "notes": f"Put callers about case enquiries through to the court: {tel}. "
            "Maintenance and small claims questions go to the clerk's office.",
            "group_id": None,
            "tags": tags,
            "organization_fields": {
                "court_type": _tag(_f(row, "CourtType")),
                "magisterial_district": _f(row, "MagDistrict"),
                "court_telephone": tel,
                "latitude": _f(row, "latitude"),
                "longitude": _f(row, "longitude"),
                "small_claims_court": _flag(row, "SCC"),
                "movit": _flag(row, "MOVIT"),
            },
        }
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ecf_review_filing": ecf_review_filing,
    "shiplogic_shipment": shiplogic_shipment,
    "alaveteli_bodies_csv": alaveteli_bodies_csv,
    "zendesk_org": zendesk_org,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th court of the list in its layout: each copy of its phone field labelled,
    each number in it on its own."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
