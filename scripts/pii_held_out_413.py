"""held_out_413 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (NHS Choices' register of the opticians in England that hold an NHS General
Ophthalmic Services contract; the United Kingdom's earlier parts took other kinds of
institution) exactly as published, in layouts no earlier part has, beside the register's own
names, addresses, postcodes, web pages and NHS England area teams.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB (ODS's pharmacies and GP practices, HMCTS's courts, the
CQC's care homes, Sport England's Active Places, the Charity Commission's register, RQIA's
services, Scotland's schools, Democracy Club's electoral services offices, the NHS website's
hospitals, Greggs's shops, a list of food banks) and many others; here:

* the values are the ``Phone`` of 400 opticians, their ``Fax`` where it is one number of its
  own (written like the phone, not the phone again: 139 of the 184 fax fields; 41 repeat the
  phone as written, three give its digits spaced otherwise, one is written with no-break spaces)
  and their ``Email`` where it is one well-formed address of a practice's mailbox, not a person's
  (54 of the 94 e-mail fields; ``scripts/data/pii_gb_nhs_opticians.json``, written by
  ``scripts/gb_nhs_opticians_data.py``; source and licence in that file): British numbers as
  the practices gave them, the area code and the line (``01253 697385``, ``0161 278 2472``,
  ``0845 6779051``, ``0207 584 2697``), and mailboxes such as ``info@...``,
  ``nhsoptical@...`` or a branch's (``chorlton@...``); an e-mail field whose local part names a
  person (``andy@``, ``g.m.price@``), or is no role, trade word or word of the practice's own
  address by which a practice's mailbox is told from a person's (``bf3@``), or that is not one
  address (``mailto:enquiries@...``) is not written; every copy written is labelled;
* the text around them is the same row's real fields: the practice's name, address lines,
  town, county, postcode (``FY3 9TN``), web page and its NHS England area team (``Q47``,
  ``Lancashire Area Team``), with invented job references, account numbers, VAT registration
  numbers (``GB`` and nine digits, check digits right), merchant codes, ids, weights,
  amounts and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Britain's and the optical trade's suppliers,
  text in English: Despatch Bay shipping API (v16) ``AddShipment`` SOAP requests (a
  prescription lab's parcel of glazed spectacles to the practice: ``RecipientTelephone``,
  ``RecipientEmail`` and the ``AddressType`` of the practice), SumUp merchant API answers
  (``GET /v1/merchants/{merchant_code}``: the practice's ``business_profile`` with its
  ``phone_number``, ``email``, ``website`` and address, merchant category code 8043,
  opticians), Nylas Contacts API (v3) answers (``GET /v3/grants/{grant_id}/contacts/{id}``:
  the practice as an address-book contact, ``phone_numbers``, ``emails``,
  ``physical_addresses``, ``web_pages`` and ``notes`` naming the fax) and Invoice Ninja (v5)
  client requests (``POST /api/v1/clients``: a lab's account for the practice, its ``phone``,
  a primary contact with the mailbox and the phone again, the fax in ``private_notes``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_413.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_gb_nhs_opticians.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_413.jsonl.gz"
SPLIT = "held_out_413"

LAYOUTS = ("despatchbay_shipment", "sumup_merchant", "nylas_contact", "invoiceninja_client")
PHONE, FAX, EMAIL = "Phone", "Fax", "Email"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@+\-]"}
COLUMNS = {"phone": PHONE, "fax": FAX}
# a number as the register writes it: digits and single spaces, ten or eleven digits
ONE_NUMBER = re.compile(r"0\d+(?: \d+)*")
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# local parts of a practice's mailbox (a role, not a person)
ROLES = frozenset({
    "info", "enquiries", "enquiry", "nhsoptical", "reception", "customer-services",
    "customerservices", "mail", "admin", "sales", "office", "help", "contactus", "contact",
    "orders", "eyecare", "hello", "appointments", "bookings", "post", "optical", "optics",
    "specs", "eyes", "practice", "clinic", "optometry",
})  # fmt: skip
TRADE = ("optic", "optom", "eye", "vision", "specs", "sight")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented lab work sent to the practices (no patient is named)
JOBS = (
    "Glazed spectacles, single vision",
    "Glazed spectacles, varifocal",
    "Glazed spectacles, bifocal",
    "Uncut lenses, single vision",
    "Reglaze, customer's own frame",
)
# Despatch Bay services of a lab's account (invented ids)
SERVICES = (9992, 9901, 9904, 9916)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def one_number(value: str) -> bool:
    """Whether a field is one number of ten or eleven digits, digits and single spaces."""
    return bool(ONE_NUMBER.fullmatch(value)) and len(_digits(value)) in (10, 11)


def phone(row: dict[str, Any]) -> str:
    """The optician's phone as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The optician's fax where it is one number of its own (written like the phone, not the
    phone again), else ""."""
    value = _f(row, FAX)
    return value if one_number(value) and _digits(value) != _digits(phone(row)) else ""


def _address_words(row: dict[str, Any]) -> set[str]:
    keys = ("Address1", "Address2", "Address3", "City", "County")
    return {w for k in keys for w in re.findall(r"[a-z]+", _f(row, k).lower())}


def practice_mailbox(row: dict[str, Any], value: str) -> bool:
    """Whether an address is a practice's mailbox: its local part a role (``info``,
    ``nhsoptical``), a word of the optical trade (``walshopticians``, ``tootingeyes``) or,
    word by word, a place of the practice's own address (``chorlton``, ``nv.rustington``)."""
    local = value.split("@")[0].lower()
    if local in ROLES or any(t in local for t in TRADE):
        return True
    words = [w for w in re.split(r"[^a-z]+", local) if w]
    return bool(words) and all(len(w) >= 4 and w in _address_words(row) for w in words)


def email(row: dict[str, Any]) -> str:
    """The optician's e-mail where the field is one well-formed address of a practice's
    mailbox, else "" (a person's address, or a field that is not one address, is not
    written)."""
    value = _f(row, EMAIL)
    return value if ADDRESS.fullmatch(value) and practice_mailbox(row, value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's phone, fax and mailbox (empty ones are skipped), longest
    first, so a number that another begins with is labelled only where it stands alone."""
    found = [("phone", phone(row)), ("fax", fax(row)), ("email", email(row))]
    return sorted(found, key=lambda kv: -len(kv[1]))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone, fax and mailbox labelled (each
    copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def name(row: dict[str, Any]) -> str:
    return _f(row, "OrganisationName")


def lines(row: dict[str, Any]) -> list[str]:
    """The address lines that are not empty (the town apart)."""
    return [v for v in (_f(row, k) for k in ("Address1", "Address2", "Address3")) if v]


def town(row: dict[str, Any]) -> str:
    return _f(row, "City")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "Postcode")


def website(row: dict[str, Any]) -> str:
    """The web page as published, where it is one (``http://...``), else ""."""
    value = _f(row, "Website")
    return value if re.fullmatch(r"https?://\S+", value) else ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (UTC)."""
    day = dt.datetime(2024, 1, 8, tzinfo=dt.UTC) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def vat_number(rng: random.Random) -> str:
    """An invented UK VAT registration number (``GB`` and nine digits), its two check digits
    by the weights 8 to 2, modulus 97."""
    body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
    total = sum(d * w for d, w in zip(body, range(8, 1, -1), strict=True))
    return "GB" + "".join(map(str, body)) + f"{-total % 97:02d}"


def _x(value: str) -> str:
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _el(depth: int, tag: str, xtype: str, value: Any) -> str:
    """One element of an RPC/encoded SOAP body, typed, at ``depth`` (two spaces a level)."""
    return f'{"  " * depth}<{tag} xsi:type="{xtype}">{value}</{tag}>'


def despatchbay_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Despatch Bay shipping API (v16) ``AddShipment`` SOAP request (RPC/encoded, namespace
    ``urn:despatchbay``): a prescription lab's parcel to the practice (an invented service id,
    one ``ParcelType`` of glazed spectacles with its weight, size and value, the lab's job
    number as ``ClientReference``, a collection date, the lab's ``SenderAddressID``) and the
    ``RecipientAddress``: the practice's name, telephone and mailbox (where it has one) and its
    ``AddressType`` (company, street, locality, town, county, postcode, ``GB``)."""
    s, f, i = "xsd:string", "xsd:float", "xsd:int"
    when = _when(rng)
    job = f"RX{when:%y%m%d}-{rng.randint(1000, 9999)}"
    pairs = rng.randint(1, 3)
    rest = lines(row)[1:]
    recipient = [
        _el(5, "RecipientName", s, _x(name(row))),
        _el(5, "RecipientTelephone", s, phone(row)),
    ]
    if email(row):
        recipient.append(_el(5, "RecipientEmail", s, email(row)))
    address = [_el(6, "CompanyName", s, _x(name(row)))]
    if lines(row):
        address.append(_el(6, "Street", s, _x(lines(row)[0])))
    if rest:
        address.append(_el(6, "Locality", s, _x(", ".join(rest))))
    if town(row):
        address.append(_el(6, "TownCity", s, _x(town(row))))
    if _f(row, "County"):
        address.append(_el(6, "County", s, _x(_f(row, "County"))))
    address += [_el(6, "PostalCode", s, _x(postcode(row))), _el(6, "CountryCode", s, "GB")]
    service = rng.choice(SERVICES)
    weight = f"{0.15 * pairs + rng.randint(5, 20) / 100:.2f}"
    size = [rng.choice((20, 22, 25)), rng.choice((12, 15, 16)), rng.choice((6, 8, 10))]
    contents = f"{rng.choice(JOBS)} x{pairs}, job {job}"
    value = f"{rng.randint(2500, 19000) / 100 * pairs:.2f}"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soapenv:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:despatchbay" '
        'xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/">',
        "  <soapenv:Header/>",
        "  <soapenv:Body>",
        '    <urn:AddShipment soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">',
        '      <Shipment xsi:type="urn:ShipmentRequestType">',
        _el(4, "ServiceID", i, service),
        '        <Parcels xsi:type="urn:ArrayOfParcelType" soapenc:arrayType="urn:ParcelType[1]">',
        '          <item xsi:type="urn:ParcelType">',
        _el(6, "Weight", f, weight),
        _el(6, "Length", f, size[0]),
        _el(6, "Width", f, size[1]),
        _el(6, "Height", f, size[2]),
        _el(6, "Contents", s, contents),
        _el(6, "Value", f, value),
        "          </item>",
        "        </Parcels>",
        _el(4, "ClientReference", s, job),
        '        <CollectionDate xsi:type="urn:CollectionDateType">',
        _el(5, "CollectionDate", s, f"{when + dt.timedelta(days=1):%Y-%m-%d}"),
        "        </CollectionDate>",
        '        <SenderAddress xsi:type="urn:SenderAddressType">',
        _el(5, "SenderAddressID", i, rng.randint(100000, 999999)),
        "        </SenderAddress>",
        '        <RecipientAddress xsi:type="urn:RecipientAddressType">',
        *recipient,
        '          <RecipientAddress xsi:type="urn:AddressType">',
        *address,
        "          </RecipientAddress>",
        "        </RecipientAddress>",
        _el(4, "FollowShipment", "xsd:boolean", "true"),
        "      </Shipment>",
        "    </urn:AddShipment>",
        "  </soapenv:Body>",
        "</soapenv:Envelope>",
        "",
    ]
    return "\n".join(out)


def _sumup_address(row: dict[str, Any]) -> dict[str, Any]:
    """The practice's address as SumUp's ``Address`` writes a British one (``post_town`` for
    the town)."""
    out: dict[str, Any] = {"street_address": lines(row)}
    if town(row):
        out["post_town"] = town(row)
    if _f(row, "County"):
        out["county"] = _f(row, "County")
    out["post_code"] = postcode(row)
    out["country"] = "GB"
    return out


def descriptor(row: dict[str, Any]) -> str:
    """The statement descriptor SumUp allows (letters, digits, spaces and ``+'_.-``, 30 at
    most) made from the practice's name."""
    return re.sub(r"[^a-zA-Z0-9 +'_.-]", "", name(row)).strip()[:30].strip() or "OPTICIANS"


def sumup_merchant(row: dict[str, Any], rng: random.Random) -> str:
    """A SumUp merchant API answer (``GET /v1/merchants/{merchant_code}``): an invented
    merchant code, ``company`` (the practice's name, merchant category code 8043, opticians,
    and its address), ``business_profile`` (the name, a statement descriptor, the web page
    where the register gives one, the mailbox where it has one, ``phone_number`` and the
    address), country, currency, locale and invented times."""
    created = _when(rng)
    code = "M" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    profile: dict[str, Any] = {"name": name(row), "dynamic_descriptor": descriptor(row)}
    if website(row):
        profile["website"] = website(row)
    if email(row):
        profile["email"] = email(row)
    profile["phone_number"] = phone(row)
    profile["address"] = _sumup_address(row)
    doc = {
        "merchant_code": code,
        "company": {
            "name": name(row),
            "merchant_category_code": "8043",
            "address": _sumup_address(row),
        },
        "business_profile": profile,
        "country": "GB",
        "default_currency": "GBP",
        "default_locale": "en-GB",
        "sandbox": False,
        "created_at": f"{created:%Y-%m-%dT%H:%M:%SZ}",
        "updated_at": f"{created + dt.timedelta(days=rng.randint(1, 200)):%Y-%m-%dT%H:%M:%SZ}",
        "version": str(rng.randint(2, 40)),
    }
    return _json(doc)


def nylas_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Nylas Contacts API (v3) answer (``GET /v3/grants/{grant_id}/contacts/{contact_id}``):
    ``request_id`` and the ``contact`` (invented id and grant, ``source`` ``address_book``, the
    practice as ``company_name``, ``emails`` of type ``work`` where it has a mailbox,
    ``phone_numbers`` of type ``work``, a ``physical_addresses`` entry, ``web_pages`` where
    the register gives one, ``notes`` naming its NHS England area team and its fax where it
    has one, an invented contact group)."""
    contact: dict[str, Any] = {
        "id": "".join(rng.choice("0123456789abcdef") for _ in range(16)),
        "grant_id": _uuid(rng),
        "object": "contact",
        "source": "address_book",
        "company_name": name(row),
        "job_title": "Opticians",
    }
    if email(row):
        contact["emails"] = [{"email": email(row), "type": "work"}]
    contact["phone_numbers"] = [{"number": phone(row), "type": "work"}]
    contact["physical_addresses"] = [
        {
            "type": "work",
            "street_address": ", ".join(lines(row)),
            "city": town(row),
            "state": _f(row, "County"),
            "postal_code": postcode(row),
            "country": "United Kingdom",
        }
    ]
    if website(row):
        contact["web_pages"] = [{"url": website(row), "type": "work"}]
    notes = f"NHS GOS contractor, {_f(row, 'ParentName')} ({_f(row, 'ParentODSCode')})."
    if fax(row):
        notes += f" Fax: {fax(row)}"
    contact["notes"] = notes
    contact["groups"] = [{"id": "".join(rng.choice("0123456789abcdef") for _ in range(14))}]
    return _json({"request_id": _uuid(rng), "data": contact})


def invoiceninja_client(row: dict[str, Any], rng: random.Random) -> str:
    """An Invoice Ninja (v5) client request (``POST /api/v1/clients``): a prescription lab's
    account for the practice (its name, ``phone``, web page, address lines, town, county,
    postcode, ``country_id`` 826, an invented account ``id_number`` and VAT registration
    number, ``custom_value1`` its NHS England area team's code, ``private_notes`` with the fax
    where it has one, the account's currency, GBP) and one primary contact with the mailbox
    (where it has one) and the phone again."""
    opened = _when(rng)
    rest = lines(row)[1:]
    private = f"Trade account opened {opened:%d/%m/%Y}; statements monthly."
    if fax(row):
        private += f" Practice fax {fax(row)}"
    contact: dict[str, Any] = {"first_name": "", "last_name": ""}
    if email(row):
        contact["email"] = email(row)
    contact.update({"phone": phone(row), "is_primary": True, "send_email": bool(email(row))})
    doc = {
        "name": name(row),
        "phone": phone(row),
        "website": website(row),
        "address1": lines(row)[0] if lines(row) else "",
        "address2": ", ".join(rest),
        "city": town(row),
        "state": _f(row, "County"),
        "postal_code": postcode(row),
        "country_id": "826",
        "id_number": f"ACC{rng.randint(10000, 99999)}",
        "vat_number": vat_number(rng),
        "custom_value1": _f(row, "ParentODSCode"),
        "public_notes": "",
        "private_notes": private,
        "settings": {"currency_id": "2", "payment_terms": "30"},
        "contacts": [contact],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "despatchbay_shipment": despatchbay_shipment,
    "sumup_merchant": sumup_merchant,
    "nylas_contact": nylas_contact,
    "invoiceninja_client": invoiceninja_client,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone, fax and mailbox
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
