"""held_out_521 of the PII evaluation set: real phone and e-mail fields of a register no
earlier part used (the Ministry of Justice's register of the prisons of England and Wales as
its Prison Visits Booking service seeds them, each prison's social-visits booking line and
mailbox; the United Kingdom's earlier parts took NHS England's pharmacies, GP practices,
hospitals, opticians and dentists, HMCTS's courts, the CQC's care homes, Sport England's Active
Places, Trafford's charities, the RQIA's services, Scotland's schools, the electoral services
offices, Greggs' shops, food banks and NHS Greater Glasgow and Clyde's services) exactly as
published, in layouts no earlier part has, beside the register's own names, NOMIS codes,
addresses, postcodes and visiting slots.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone_no`` of 96 prisons and their ``email_address`` where it holds an
  address (``scripts/data/pii_gb_prison_visits.json``, written by
  ``scripts/gb_prison_visits_data.py``; source and licence in that file): British numbers as
  the service's seed files write them, with no country code (``0113 203 2570``, ``01903
  663120``, ``0300 060 6513``), and the prisons' shared visits mailboxes
  (``socialvisits.leeds@justice.gov.uk``; ``Unavailable`` and ``Unknown`` are no address and
  are not written); every copy labelled;
* the text around them is the same row's real fields: the prison's name, NOMIS code
  (``LEI``), street and town, postcode (``LS12 2TJ``), adult age, flags and its weekly
  visiting slots (``1400-1500``), with invented UUIDs, ids, order codes, amounts, request ids
  and dates, unlabelled and scored;
* in layouts no earlier part has, formats of the prison service of England and Wales and one
  British payment gateway, text in English: Prison Visits Booking API prison answers (``GET
  /api/prisons/{id}``, the ``prison`` object as the service's ``show.json.jbuilder`` writes
  it), HMPPS Prison Register API department contact details (an HTTP/1.1 exchange: ``PUT
  /secure/prisons/id/{prisonId}/department/contact-details`` with a ``SOCIAL_VISIT``
  ``ContactDetailsDto`` and the answer echoing it), HMPPS Prison API (NOMIS) agency contact
  details (``GET /api/agencies/prison/{agencyId}``: the prison as an ``INST`` agency with its
  ``phones`` and one business address carrying the phone again) and Worldpay XML
  ``paymentService`` orders (version 1.4, a hosted-payment-page ``submit``/``order`` of
  invented visits-hall supplies, the prison as shopper, billing and shipping address with
  ``telephoneNumber``). The last three formats' fields were written from the helper's memory
  of their documentation, which could not be read when the part was made.

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_521.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_prison_visits.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_521.jsonl.gz"
SPLIT = "held_out_521"

LAYOUTS = ("pvb_prison_api", "prison_register_contact", "nomis_agency_contact", "worldpay_order")
PHONE, EMAIL = "phone_no", "email_address"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
WALES = ("CF", "SA", "NP", "LL", "LD")
DAYS = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
        "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}  # fmt: skip
# invented supplies of a visits hall (name, unit price in pence)
SUPPLIES = (
    ("Soft play mat set, 4 pieces", 8950),
    ("Children's activity packs (box of 25)", 3125),
    ("Stackable visits hall chairs", 4399),
    ("Wipe-clean table covers (pack of 10)", 1899),
    ("Board games bundle", 5600),
    ("Baby changing unit liners (roll of 50)", 1245),
)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A scalar field as published, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The prison's visits booking line as published."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The prison's visits mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's booking line and mailbox (an empty one is skipped)."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's booking line and mailbox labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def lines(row: dict[str, Any]) -> list[str]:
    """The address's lines as the register writes them, each stripped."""
    return [part.strip() for part in _f(row, "address").splitlines() if part.strip()]


def town(row: dict[str, Any]) -> str:
    """The last line of the address where it has more than one, else ""."""
    found = lines(row)
    return found[-1] if len(found) > 1 else ""


def country(row: dict[str, Any]) -> str:
    """England or Wales, by the postcode's area."""
    return "Wales" if _f(row, "postcode")[:2].upper() in WALES else "England"


def slots(row: dict[str, Any]) -> str:
    """The prison's weekly visiting slots as one phrase (``Monday 1400-1500, 1530-1630;
    ...``), "" where it has none."""
    recurring = row["fields"].get("recurring") or {}
    return "; ".join(f"{DAYS.get(d, d)} {', '.join(v)}" for d, v in recurring.items() if v)


def slug(row: dict[str, Any]) -> str:
    """The prison's page slug on GOV.UK's prison finder (``leeds-prison``)."""
    return re.sub(r"[^a-z0-9]+", "-", _f(row, "name").lower()).strip("-") + "-prison"


def _flag(row: dict[str, Any], key: str) -> bool:
    return _f(row, key) == "true"


def _json(doc: Any, indent: int | None = 2) -> str:
    """``doc`` as JSON: indented with a final newline, or compact on one line."""
    if indent is None:
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(doc, ensure_ascii=False, indent=indent) + "\n"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (UTC)."""
    day = dt.datetime(2024, 1, 8, tzinfo=dt.UTC) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def pvb_prison_api(row: dict[str, Any], rng: random.Random) -> str:
    """A Prison Visits Booking API answer (``GET /api/prisons/{id}``), the ``prison`` object
    as the service's ``app/views/api/prisons/show.json.jbuilder`` writes it: an invented UUID
    ``id``, the register's ``name``, ``address`` (its lines joined by newlines), ``postcode``,
    ``email_address`` (``null`` where the register gives no address), ``phone_no``, the GOV.UK
    prison finder URL, ``max_visitors`` 6, ``adult_age`` and the flags ``closed``, ``private``
    and ``enabled``."""
    doc = {
        "prison": {
            "id": _uuid(rng),
            "name": _f(row, "name"),
            "address": "\n".join(lines(row)),
            "postcode": _f(row, "postcode"),
            "email_address": email(row) or None,
            "phone_no": phone(row),
            "prison_finder_url": f"https://www.gov.uk/guidance/{slug(row)}",
            "max_visitors": 6,
            "adult_age": int(_f(row, "adult_age") or "18"),
            "closed": _flag(row, "closed"),
            "private": _flag(row, "private"),
            "enabled": _flag(row, "enabled"),
        }
    }
    return _json(doc)


def prison_register_contact(row: dict[str, Any], rng: random.Random) -> str:
    """An HTTP/1.1 exchange with the HMPPS Prison Register API: ``GET /prisons/id/{prisonId}``
    and its ``200`` answer (a ``PrisonDto``: ``prisonId`` the NOMIS code, ``prisonName``,
    ``active`` (not closed), ``contracted`` (the register's ``private``) and one address: an
    invented id, street, town, postcode, country), then ``PUT
    /secure/prisons/id/{prisonId}/department/contact-details`` with a ``ContactDetailsDto`` of
    department ``SOCIAL_VISIT`` (``prisonId``, ``type``, ``emailAddress`` where the prison has
    a mailbox, ``phoneNumber``, ``webAddress`` the prison finder page) and the ``200`` answer
    echoing it; invented request ids and dates."""
    when = _when(rng)
    code = _f(row, "nomis_id")
    found = lines(row)
    prison = {
        "prisonId": code,
        "prisonName": f"HMP {_f(row, 'name')}",
        "active": not _flag(row, "closed"),
        "contracted": _flag(row, "private"),
        "addresses": [
            {
                "id": rng.randint(1, 999),
                "addressLine1": found[0] if found else None,
                "addressLine2": found[1] if len(found) > 2 else None,
                "town": town(row) or None,
                "county": None,
                "postcode": _f(row, "postcode"),
                "country": country(row),
            }
        ],
    }
    dto: dict[str, Any] = {"prisonId": code, "type": "SOCIAL_VISIT"}
    if email(row):
        dto["emailAddress"] = email(row)
    dto["phoneNumber"] = phone(row)
    dto["webAddress"] = f"https://www.gov.uk/guidance/{slug(row)}"
    host = "Host: prison-register.hmpps.service.justice.gov.uk\r\n"

    def answer(body: str, at: dt.datetime) -> str:
        return (
            "HTTP/1.1 200 OK\r\n"
            f"Date: {at:%a, %d %b %Y %H:%M:%S} GMT\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body.encode('utf-8'))}\r\n"
            f"X-Request-Id: {_uuid(rng)}\r\n"
            "\r\n"
            f"{body}"
        )

    sent = _json(dto, None)
    messages = [
        f"GET /prisons/id/{code} HTTP/1.1\r\n{host}Accept: application/json\r\n\r\n",
        answer(_json(prison, None), when),
        f"PUT /secure/prisons/id/{code}/department/contact-details HTTP/1.1\r\n{host}"
        "Content-Type: application/json\r\nAccept: application/json\r\n"
        f"Content-Length: {len(sent.encode('utf-8'))}\r\n\r\n{sent}",
        answer(sent, when + dt.timedelta(seconds=rng.randint(20, 300))),
    ]
    return "\n\n".join(messages) + "\n"


def nomis_agency_contact(row: dict[str, Any], rng: random.Random) -> str:
    """An HMPPS Prison API (NOMIS) answer of ``GET /api/agencies/prison/{agencyId}``: the
    prison as a ``PrisonContactDetail`` (``agencyId``, ``description``, ``agencyType``
    ``INST``, ``addressType`` ``BUS``, ``premise``, ``locality``, ``city``, ``country``,
    ``postCode``), its ``phones`` (the booking line as type ``VISIT``) and one business
    ``addresses`` entry (an invented ``addressId``, street, town, postcode, country, start date
    and the phone again with an invented ``phoneId``)."""
    first = lines(row)[0] if lines(row) else ""
    start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 2500))
    doc = {
        "agencyId": _f(row, "nomis_id"),
        "description": f"{_f(row, 'name')} (HMP)",
        "formattedDescription": f"{_f(row, 'name')} (HMP)",
        "agencyType": "INST",
        "addressType": "BUS",
        "premise": f"HMP {_f(row, 'name')}",
        "locality": first,
        "city": town(row) or None,
        "country": country(row),
        "postCode": _f(row, "postcode"),
        "phones": [{"number": phone(row), "type": "VISIT"}],
        "addresses": [
            {
                "addressId": rng.randint(10000, 999999),
                "addressType": "BUS",
                "premise": f"HMP {_f(row, 'name')}",
                "street": first,
                "town": town(row) or None,
                "postalCode": _f(row, "postcode"),
                "country": country(row),
                "primary": True,
                "noFixedAddress": False,
                "startDate": start.isoformat(),
                "phones": [
                    {"phoneId": rng.randint(100000, 9999999), "number": phone(row), "type": "VISIT"}
                ],
                "addressUsages": [],
            }
        ],
    }
    return _json(doc)


def _x(value: str) -> str:
    return escape(value)


def worldpay_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Worldpay XML ``paymentService`` (version 1.4) order of a hosted payment page: an
    invented merchant code, ``orderCode`` (the NOMIS code, a sequence) and installation id, a
    ``description`` of visits-hall supplies for the prison, the ``amount`` in pence, the
    ``orderContent`` (the lines, the visiting slots the delivery must avoid), the
    ``paymentMethodMask``, the ``shopper`` with the prison's mailbox where it has one, and the
    prison as ``shippingAddress`` and ``billingAddress`` with its ``telephoneNumber``."""
    code = _f(row, "nomis_id")
    items = rng.sample(SUPPLIES, rng.randint(1, 3))
    qty = [rng.randint(1, 6) for _ in items]
    total = sum(price * q for (_, price), q in zip(items, qty, strict=True))
    content = "".join(
        f"<tr><td>{name}</td><td>{q}</td><td>£{price / 100:.2f}</td></tr>"
        for (name, price), q in zip(items, qty, strict=True)
    )
    avoid = slots(row)
    note = f"<p>Deliver outside visiting times: {_x(avoid)}.</p>" if avoid else ""
    content = f"<table>{content}</table>{note}"
    street_lines = lines(row)[:-1] if town(row) else lines(row)[:1]

    premise = f"HMP {_f(row, 'name')}"

    def address(tag: str) -> list[str]:
        out = [f"      <{tag}>", "        <address>"]
        out.append(f"          <address1>{_x(premise)}</address1>")
        for i, part in enumerate(street_lines[:2], start=2):
            out.append(f"          <address{i}>{_x(part)}</address{i}>")
        out += [
            f"          <postalCode>{_x(_f(row, 'postcode'))}</postalCode>",
            *([f"          <city>{_x(town(row))}</city>"] if town(row) else []),
            "          <countryCode>GB</countryCode>",
            f"          <telephoneNumber>{_x(phone(row))}</telephoneNumber>",
            "        </address>",
            f"      </{tag}>",
        ]
        return out

    shopper = (
        [
            "      <shopper>",
            f"        <shopperEmailAddress>{_x(email(row))}</shopperEmailAddress>",
            "      </shopper>",
        ]
        if email(row)
        else []
    )
    merchant = rng.choice(("PLAYSAFESUPPLIESECOM", "VISITSHALLDIRECT", "CAREFURNISHUKECOM"))
    order = f"{code}-VH-{rng.randint(100000, 999999)}"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE paymentService PUBLIC "-//Worldpay//DTD Worldpay PaymentService v1//EN" '
        '"http://dtd.worldpay.com/paymentService_v1.dtd">',
        f'<paymentService version="1.4" merchantCode="{merchant}">',
        "  <submit>",
        f'    <order orderCode="{order}" installationId="{rng.randint(1000000, 9999999)}">',
        f"      <description>{_x(f'Visits hall supplies for {premise}')}</description>",
        f'      <amount currencyCode="GBP" exponent="2" value="{total}"/>',
        f"      <orderContent><![CDATA[{content}]]></orderContent>",
        "      <paymentMethodMask>",
        '        <include code="ALL"/>',
        "      </paymentMethodMask>",
        *shopper,
        *address("shippingAddress"),
        *address("billingAddress"),
        "    </order>",
        "  </submit>",
        "</paymentService>",
        "",
    ]
    return "\n".join(out)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "pvb_prison_api": pvb_prison_api,
    "prison_register_contact": prison_register_contact,
    "nomis_agency_contact": nomis_agency_contact,
    "worldpay_order": worldpay_order,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its booking line and
    mailbox labelled."""
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
