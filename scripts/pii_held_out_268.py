"""held_out_268 of the PII evaluation set: real phone fields of a register no earlier part used
(the Regulation and Quality Improvement Authority's register of Northern Ireland's regulated care
services; the United Kingdom's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the register's own names, addresses and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
numbers from registers of GB (NHS England's pharmacies and GP practices, HMCTS's courts, the
CQC's Greater Manchester care homes, Sport England's and the Charity Commission's Trafford
lists) and many other countries; here:

* the values are the ``Tel`` fields of 450 of RQIA's services, nursing and residential homes,
  dental practices, domiciliary care and nursing agencies, day care settings and clinics
  (``scripts/data/pii_gb_rqia_services.json``, written by ``scripts/gb_rqia_services_data.py``;
  source and licence in that file), each written as the service gave it: Northern Ireland's
  ``028`` numbers in one run (``02890245729``) or in groups (``028 9041 0045``, ``02890 601177``,
  ``028 96 152 552``, ``(028) 9504 0580``), some with a mobile or a second line after a slash, a
  comma, a dash or ``or`` (each number labelled on its own), a short alternative ending after a
  slash (``02885549320/321``) or an extension (``ext 218126``) that no person holds alone, an
  ``Option 7`` or ``( option 4 )`` after the number, one Dublin number in international form
  (``+353 1 901 5270``); every copy of the field labelled;
* the text around them is the same row's real fields: the service's name, address, town and
  postcode (``BT9 7AS``), its RQIA category and its approved places and categories of care,
  with invented ids (GoCardless ``CU`` ids, Dataverse GUIDs and account numbers, NHS search
  keys, Cronofy calendar and event ids), times and relevance scores, unlabelled and scored;
* in layouts no earlier part has, British health-service, payment, CRM and calendar formats,
  text in English: NHS website Service Search API responses (the service as the one OData
  ``value`` of an organisation search, its number as the ``ContactValue`` of the ``Telephone``
  contact and in a ``ServiceDescription``), GoCardless API customer resources (the service as
  ``company_name``, its number as ``phone_number`` and in a ``metadata`` note), Microsoft
  Dataverse (Dynamics 365, UK region ``crm11``) Web API ``account`` entities (``telephone1`` and
  the ``description``) and Cronofy API event upserts to its UK data centre (an HTTP request
  whose JSON body names the number in the ``description`` and the ``location``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``; the field is split into
its numbers by ``numbers`` here. Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_268.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_rqia_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_268.jsonl.gz"
SPLIT = "held_out_268"

LAYOUTS = ("nhs_service_search", "gocardless_customer", "dataverse_account", "cronofy_event")
PHONE = "Tel"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# a candidate number: digits with spaces and brackets between them, an optional leading ``+``
_CANDIDATE = re.compile(r"\+?\(?\d[\d() ]*\d")
_ALNUM = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``Tel`` field as published, stripped."""
    return _f(row, PHONE)


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a ``Tel`` field with two digits or more: a run of digits,
    spaces and brackets (a ``/``, ``,``, ``-`` or word ends it), split again at a gap of two
    spaces or more between two pieces of seven digits or more, and at single spaces where every
    piece has seven digits or more. A short piece (``321`` after a slash, an extension) is a
    number of its own that no person holds; a lone digit (``Option 7``) is none."""
    out = []
    for m in _CANDIDATE.finditer(field):
        pieces = [(p.start(), p.end()) for p in re.finditer(r"\S+", m.group())]
        groups = [[pieces[0]]]
        all_long = all(_digits(m.group()[s:e]) >= 7 for s, e in pieces)
        for (_, before_end), (start, end) in zip(pieces, pieces[1:], strict=False):
            group_digits = sum(_digits(m.group()[s:e]) for s, e in groups[-1])
            wide = start - before_end >= 2
            long_pair = group_digits >= 7 and _digits(m.group()[start:end]) >= 7
            if (wide and long_pair) or all_long:
                groups.append([(start, end)])
            else:
                groups[-1].append((start, end))
        out += [(m.start() + g[0][0], m.start() + g[-1][1]) for g in groups]
    return out


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a block with every copy of the row's phone field marked (each copy stands
    apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    return value.startswith("+")


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record):
    """The evaluation record of one row's block: each number of each copy of its ``Tel``
    field (``numbers``) labelled on its own where a person could hold it, a distractor where
    not (``short``)."""
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


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_ALNUM) for _ in range(n))


def _address_lines(row: dict[str, Any]) -> list[str]:
    return [v for v in (_f(row, "AddressLine1"), _f(row, "AddressLine2")) if v]


def _address(row: dict[str, Any]) -> str:
    """The one-line address, town and postcode (``31 Ulster Avenue, Belfast BT9 7AS``)."""
    town = " ".join(v for v in (_f(row, "Town"), _f(row, "Postcode")) if v)
    return ", ".join([*_address_lines(row), town])


def _category(row: dict[str, Any]) -> str:
    return _f(row, "Category")


def _dental(row: dict[str, Any]) -> bool:
    return "Dental" in _category(row)


def _places(row: dict[str, Any]) -> str:
    """``approved for 35 places`` where the register gives a number of places, else ""."""
    places = _f(row, "Max Approved Places")
    return f"approved for {places} places" if places else ""


def _summary(row: dict[str, Any]) -> str:
    """The register's category, places and categories of care in a sentence."""
    text = f"Registered with RQIA as {_category(row)}"
    if _places(row):
        text += f", {_places(row)}"
    if _f(row, "Categories of Care"):
        text += f" (categories of care: {_f(row, 'Categories of Care')})"
    return text + "."


def _json(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def nhs_service_search(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the NHS website's Service Search API (v2, organisation search, OData): one
    ``value`` with an invented ``@search.score`` and ``SearchKey``, no ODS code, the service's
    name, its kind as ``OrganisationType`` and RQIA category as ``OrganisationSubType``, its
    address lines, town and postcode, one ``Contacts`` entry of method ``Telephone`` with the
    number as ``ContactValue``, a ``Services`` entry whose description repeats it, and an
    invented ``LastUpdatedDate``."""
    name, tel = _f(row, "ServiceName"), phone(row)
    when = _when(rng)
    lines = _address_lines(row)
    kind = "Dentists" if _dental(row) else "Social care provider"
    call = "to book an appointment" if _dental(row) else "to ask about places and visiting"
    organisation = {
        "@search.score": round(rng.uniform(3, 30), 6),
        "SearchKey": f"X{rng.randint(10000000, 99999999)}",
        "ODSCode": None,
        "OrganisationName": name,
        "OrganisationTypeId": "DEN" if _dental(row) else "SCL",
        "OrganisationType": kind,
        "OrganisationSubType": _category(row),
        "OrganisationStatus": "Visible",
        "Address1": lines[0] if lines else "",
        "Address2": lines[1] if len(lines) > 1 else "",
        "Address3": "",
        "City": _f(row, "Town"),
        "County": "",
        "Postcode": _f(row, "Postcode"),
        "Contacts": [
            {
                "ContactType": "Primary",
                "ContactAvailabilityType": "Office hours",
                "ContactMethodType": "Telephone",
                "ContactValue": tel,
            }
        ],
        "Services": [
            {
                "ServiceName": _category(row),
                "ServiceCode": f"SRV{rng.randint(1000, 9999):04d}",
                "ServiceDescription": f"{_summary(row)} Call {tel} {call}.",
            }
        ],
        "LastUpdatedDate": _iso(when),
    }
    return _json(
        {
            "@odata.context": "https://api.nhs.uk/service-search/$metadata#search",
            "@odata.count": 1,
            "value": [organisation],
        }
    )


def gocardless_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A GoCardless API customer resource (``GET /customers/CU...``): an invented ``CU`` id and
    creation time, no e-mail or personal names, the service as ``company_name``, its address
    lines, town and postcode, ``country_code`` ``GB``, the number as ``phone_number``, and three
    string ``metadata`` values: the RQIA category, an invented account reference and a note
    repeating the number."""
    name, tel = _f(row, "ServiceName"), phone(row)
    when = _when(rng)
    lines = _address_lines(row)
    customer = {
        "id": f"CU{_code(rng, 12)}",
        "created_at": _iso(when),
        "email": None,
        "given_name": None,
        "family_name": None,
        "company_name": name,
        "address_line1": lines[0] if lines else None,
        "address_line2": lines[1] if len(lines) > 1 else None,
        "address_line3": None,
        "city": _f(row, "Town") or None,
        "region": "Northern Ireland",
        "postal_code": _f(row, "Postcode"),
        "country_code": "GB",
        "language": "en",
        "phone_number": tel,
        "swedish_identity_number": None,
        "danish_identity_number": None,
        "metadata": {
            "rqia_category": _category(row),
            "account_ref": f"NI-{rng.randint(10000, 99999)}",
            "contact_note": f"Accounts queries: {tel}",
        },
    }
    return _json({"customers": customer})


def dataverse_account(row: dict[str, Any], rng: random.Random) -> str:
    """A Microsoft Dataverse (Dynamics 365) Web API ``account`` entity of an organisation on the
    UK region (``crm11``): ``@odata.context`` and an invented ``@odata.etag``, an invented
    ``accountid`` GUID and ``accountnumber``, the service as ``name``, the number as
    ``telephone1``, the address as ``address1_*`` (the postcode as ``address1_postalcode``), a
    ``description`` with the register's category, places and the number, invented
    ``createdon`` and ``modifiedon``, ``statecode`` 0 and ``statuscode`` 1."""
    name, tel = _f(row, "ServiceName"), phone(row)
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 86399))
    lines = _address_lines(row)
    org = rng.choice(("nihscpartners", "carelinkni", "niproviders"))
    account = {
        "@odata.context": f"https://{org}.crm11.dynamics.com/api/data/v9.2/$metadata#accounts/$entity",
        "@odata.etag": f'W/"{rng.randint(1000000, 99999999)}"',
        "accountid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "accountnumber": f"ACC-{rng.randint(100000, 999999)}",
        "name": name,
        "telephone1": tel,
        "address1_line1": lines[0] if lines else None,
        "address1_line2": lines[1] if len(lines) > 1 else None,
        "address1_city": _f(row, "Town") or None,
        "address1_stateorprovince": "Northern Ireland",
        "address1_postalcode": _f(row, "Postcode"),
        "address1_country": "United Kingdom",
        "description": f"{_summary(row)} Main line: {tel}",
        "createdon": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "modifiedon": modified.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "statecode": 0,
        "statuscode": 1,
    }  # fmt: skip
    return _json(account)


def cronofy_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Cronofy API event upsert to its UK data centre: ``POST /v1/calendars/cal_.../events``
    (an invented calendar id) to ``api-uk.cronofy.com`` with an invented bearer token, then the
    JSON body: an invented ``event_id``, a ``summary`` naming the service, a ``description`` of
    the visit that names the number, invented ``start`` and ``end`` in working hours
    (``Europe/London``), and a ``location`` whose description is the name, the address and the
    number."""
    name, tel = _f(row, "ServiceName"), phone(row)
    start = _when(rng).replace(
        hour=rng.randint(9, 15), minute=rng.choice((0, 15, 30, 45)), second=0
    )
    end = start + dt.timedelta(minutes=rng.choice((45, 60, 90, 120)))
    purpose = "Practice visit" if _dental(row) else "Care review visit"
    body = {
        "event_id": f"visit-{rng.randint(100000, 999999)}",
        "summary": f"{purpose}: {name}",
        "description": f"{_summary(row)} Ring {tel} on arrival; reception will sign you in.",
        "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tzid": "Europe/London",
        "location": {"description": f"{name}, {_address(row)} (tel. {tel})"},
    }
    text = json.dumps(body, ensure_ascii=False, indent=2)
    lines = [
        f"POST /v1/calendars/cal_{_code(rng, 10).lower()}_{_code(rng, 13).lower()}/events HTTP/1.1",
        "Host: api-uk.cronofy.com",
        f"Authorization: Bearer {_code(rng, 32)}",
        "Content-Type: application/json; charset=utf-8",
        f"Content-Length: {len(text.encode('utf-8'))}",
        "",
        text,
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nhs_service_search": nhs_service_search,
    "gocardless_customer": gocardless_customer,
    "dataverse_account": dataverse_account,
    "cronofy_event": cronofy_event,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
