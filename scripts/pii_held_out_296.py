"""held_out_296 of the PII evaluation set: real phone fields of the City of Helsinki's errand
services' telephone channels (its service register, Finland; Finland's earlier part took the
Finnish Library Directory's public libraries) exactly as published, with the services' role
mailboxes, in layouts no earlier part has, beside the register's own names, ids and charges.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
numbers from registers of NO, SE, FI (public libraries) and many other countries; here:

* the values are the ``phone`` fields of 158 telephone channels of the city's errand services
  (``scripts/data/pii_fi_helsinki_errand_phones.json``, written by
  ``scripts/fi_helsinki_errand_phones_data.py``; source and licence in that file): Finnish
  numbers as the city's units entered them, national (``09 310 32249``, ``040 198 0778``,
  ``0600 97412``) or with ``+358`` (``+358 9 310 32249``, narrow no-break spaces between the
  groups in some, ``+358 (0)9 310 22111``, ``+358931015454``), the field written stripped of
  its outer blanks and zero-width spaces, its inner spacing unchanged; each number of a field
  its own label (``+358 9 310 111 11, +358 40 922 5126``; ``Puh. +358 (0)9 310 38064 tai
  +358 (0)9 310 31902``; ``09 310 5015 (vaihde)`` labels ``09 310 5015``), every copy
  labelled; the errand service's role mailbox (``tontti@hel.fi``) where the data keeps one,
  every copy labelled;
* the text around them is the same row's real fields: the errand service's and channel's
  names (the Swedish name where there is one), ids, type, call charge (``pvm/mpm``,
  ``arkisin klo 8-16 1,52 eur/min+pvm``) and opening hours, with invented ids, dates, times,
  diary numbers (``HEL 2024-012345``), reference numbers and counts, unlabelled and scored;
  the City of Helsinki's business id ``0201256-6``, e-invoice address ``003702012566`` and
  postal address (``PL 1, 00099 Helsingin kaupunki``) in the accounting layout;
* in layouts no earlier part has, of Finnish software and the city's own open services, text
  in Finnish (and Swedish where the API is bilingual): Netvisor ``customer.nv`` requests (the
  Finnish accounting service's XML of a customer, the city's service as one, its number as
  ``PhoneNumber`` and in ``Comment``), Respa (Varaamo) API resource answers (the city's
  booking API, ``GET /v1/resource/{id}/``: the number in ``reservation_info`` and
  ``responsible_contact_info``), Kerrokantasi API hearing answers (the city's consultation
  platform, ``GET /v1/hearing/{id}/``: the service line as ``contact_persons`` entry with
  ``phone`` and ``email``, the number again in the ``abstract``) and OpenAhjo API agenda
  items (the city's decision API, ``/paatos/v1/agenda_item/{id}/``: HTML ``content`` of a
  decision whose summary and ``Lisätiedot`` name the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_296.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fi_helsinki_errand_phones.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_296.jsonl.gz"
SPLIT = "held_out_296"

LAYOUTS = ("netvisor_customer", "respa_resource", "kerrokantasi_hearing", "openahjo_agenda_item")
PHONE = "phone"
# where a layout writes the phone field and the mailbox (the blocks' text holds these marks)
PHONE_MARK, EMAIL_MARK = "\ue000", "\ue001"
# outer blanks of the published fields: spaces, no-break, narrow no-break and zero-width spaces
BLANKS = " \t\u00a0\u202f\u200b"
# one number of a phone field: a "+" or digit, digits, spaces, brackets and hyphens, a digit
NUMBER = re.compile(r"\+?\d[\d()\u00a0\u202f -]*\d")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented decision-makers of the agenda items (the city's real bodies)
POLICYMAKERS = (
    ("Kaupunginhallitus", "02 05"), ("Kaupunkiympäristölautakunta", "10 03"),
    ("Kasvatus- ja koulutuslautakunta", "12 00"), ("Kulttuuri- ja vapaa-aikalautakunta", "12 06"),
    ("Sosiaali-, terveys- ja pelastuslautakunta", "05 00"),
)  # fmt: skip
# the hearings' title prefix ("feedback survey") by language
TITLE = {"fi": "Palautekysely", "sv": "Responsenkät"}
# invented hearing labels of the consultation platform
LABELS = ("Palvelut", "Asiakaspalvelu", "Kaupunkiympäristö", "Sosiaali- ja terveyspalvelut",
          "Kasvatus ja koulutus", "Kulttuuri ja vapaa-aika")  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped of its outer blanks ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip(BLANKS)


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as the layouts write it: as published, its outer blanks and
    zero-width spaces stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The errand service's mailbox as the layouts write it ("" where the data keeps none)."""
    return _f(row, "email")


def phone_numbers(value: str) -> list[tuple[int, int]]:
    """(start, end) of each number in a phone field: a run of digits, spaces (no-break and
    narrow no-break too), brackets and hyphens from a ``+`` or digit to a digit, so that
    ``Puh.``, ``tai``, ``p.``, ``(vaihde)`` and the comma between two numbers stay outside."""
    return [m.span() for m in NUMBER.finditer(value)]


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Helsinki summer time ignored: UTC+2)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _reference(rng: random.Random) -> str:
    """An invented Finnish creditor reference number (viitenumero) with its 7-3-1 check digit."""
    body = str(rng.randint(1000, 999999))
    weights = (7, 3, 1)
    total = sum(int(c) * weights[i % 3] for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _respa_id(rng: random.Random) -> str:
    """An invented Respa id (twelve lower-case base32 characters, ``av3jzamfbg2a``)."""
    return "a" + "".join(rng.choice(string.ascii_lowercase + "234567") for _ in range(11))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    """``value`` as JSON (non-ASCII kept)."""
    return json.dumps(value, ensure_ascii=False)


def _name(row: dict[str, Any]) -> str:
    """The channel's name, or the errand service's where the channel has none."""
    return _f(row, "channel_name") or _f(row, "errand_name")


def _charge(row: dict[str, Any]) -> str:
    """The call charge as a Finnish phrase (``pvm/mpm`` and ``maksuton`` as the city writes
    them, spelt out)."""
    info = _f(row, "call_charge_info")
    if info == "maksuton":
        return "Puhelu on maksuton."
    if info == "pvm/mpm":
        return "Puhelun hinta: paikallisverkko- tai matkapuhelinmaksu (pvm/mpm)."
    return f"Puhelun hinta: {info}" if info else ""


def _hours(row: dict[str, Any]) -> str:
    """The channel's opening hours as a sentence ("" where it has none)."""
    hours = _f(row, "availability_summary")
    hours = hours.rstrip(".")
    return f"{hours[:1].upper()}{hours[1:]}." if hours else ""


def _json_marked(doc: Any) -> str:
    """``doc`` as indented JSON whose marks stand where the phone field and mailbox go."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def netvisor_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Netvisor API ``customer.nv`` request (``POST /customer.nv?method=add``) of a firm's
    accounting: the city's service as a customer, Helsinki's business id and postal address,
    its e-invoice address, the channel's name, the number as ``PhoneNumber``, the mailbox as
    ``Email`` where there is one, an invented internal id, reference number and payment term,
    and a ``Comment`` repeating the number (and mailbox) with the call charge."""
    name = _name(row)
    comment = f"Asiointi: {_f(row, 'errand_name')}. Puhelinpalvelu {PHONE_MARK}."
    if email(row):
        comment += f" Sähköposti {EMAIL_MARK}."
    comment += f" {_charge(row)} {_hours(row)}".rstrip()
    internal = f"HKI-{rng.randint(1000, 9999)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<Root>",
        "  <Customer>",
        "    <CustomerBaseInformation>",
        f"      <InternalIdentifier>{internal}</InternalIdentifier>",
        "      <ExternalIdentifier>0201256-6</ExternalIdentifier>",
        f"      <Name>Helsingin kaupunki / {_x(name)}</Name>",
        f"      <NameExtension>{_x(_f(row, 'errand_name'))}</NameExtension>",
        "      <StreetAddress>PL 1</StreetAddress>",
        "      <City>Helsingin kaupunki</City>",
        "      <PostNumber>00099</PostNumber>",
        '      <Country type="ISO-3166">FI</Country>',
        "      <CustomerGroupName>Julkinen sektori</CustomerGroupName>",
        f"      <PhoneNumber>{PHONE_MARK}</PhoneNumber>",
        "      <FaxNumber></FaxNumber>",
        f"      <Email>{EMAIL_MARK if email(row) else ''}</Email>",
        "      <HomePageUri>https://www.hel.fi</HomePageUri>",
        "      <IsActive>1</IsActive>",
        "      <IsPrivateCustomer>0</IsPrivateCustomer>",
        "    </CustomerBaseInformation>",
        "    <CustomerFinvoiceDetails>",
        "      <FinvoiceAddress>003702012566</FinvoiceAddress>",
        "      <FinvoiceRouterCode>003721291126</FinvoiceRouterCode>",
        "    </CustomerFinvoiceDetails>",
        "    <CustomerAdditionalInformation>",
        f"      <Comment>{_x(comment)}</Comment>",
        f"      <ReferenceNumber>{_reference(rng)}</ReferenceNumber>",
        f"      <PaymentTermNetDays>{rng.choice((14, 21, 30))}</PaymentTermNetDays>",
        '      <InvoicingLanguage type="ISO-3166">FI</InvoicingLanguage>',
        "    </CustomerAdditionalInformation>",
        "  </Customer>",
        "</Root>",
        "",
    ]
    return "\n".join(lines)


def _translated(row: dict[str, Any], fi: str, sv_key: str = "errand_name_sv") -> dict[str, str]:
    """A translated field of the city's APIs: Finnish, and Swedish where the row has it."""
    out = {"fi": fi}
    if _f(row, sv_key) and fi == _f(row, "errand_name"):
        out["sv"] = _f(row, sv_key)
    return out


def respa_resource(row: dict[str, Any], rng: random.Random) -> str:
    """A Respa (Varaamo) API answer of ``GET /v1/resource/{id}/``: an invented appointment
    resource of the errand service (invented id, unit, type, periods, times and capacity), its
    name in Finnish (and Swedish), a description, ``reservation_info`` giving the number with
    its charge and ``responsible_contact_info`` giving it again (and the mailbox)."""
    name = _f(row, "errand_name")
    created = _when(rng)
    contact = f"{_name(row)}, puh. {PHONE_MARK}"
    if email(row):
        contact += f", {EMAIL_MARK}"
    info = f"Ajan voi varata myös puhelimitse numerosta {PHONE_MARK}. {_charge(row)}"
    if _hours(row):
        info += f" {_hours(row)}"
    doc = {
        "id": _respa_id(rng),
        "name": _translated(row, name),
        "unit": f"tprek:{rng.randint(1000, 79999)}",
        "type": {"id": _respa_id(rng), "name": {"fi": "Palveluaika"}, "main_type": "service"},
        "purposes": [{"id": "ajanvaraus", "name": {"fi": "Ajanvaraus"}, "parent": None}],
        "description": {"fi": f"{name}. Asiointipalvelun tunnus {_f(row, 'errand_id')}."},
        "reservation_info": {"fi": info},
        "responsible_contact_info": {"fi": contact},
        "need_manual_confirmation": rng.random() < 0.5,
        "authentication": rng.choice(("weak", "strong")),
        "min_period": "00:30:00",
        "max_period": rng.choice(("01:00:00", "02:00:00")),
        "slot_size": "00:30:00",
        "people_capacity": rng.randint(1, 4),
        "reservable": True,
        "reservable_max_days_in_advance": rng.choice((30, 60, 90)),
        "reservable_min_days_in_advance": 1,
        "max_reservations_per_user": rng.randint(1, 3),
        "public": True,
        "location": None,
        "images": [],
        "equipment": [],
        "created_at": _iso(created),
        "modified_at": _iso(created + dt.timedelta(days=rng.randint(1, 40))),
    }
    return _json_marked(doc)


def kerrokantasi_hearing(row: dict[str, Any], rng: random.Random) -> str:
    """A Kerrokantasi API answer of ``GET /v1/hearing/{id}/``: an invented hearing on the
    errand service (invented slug id, dates, comment count, label), its title in Finnish (and
    Swedish), an ``abstract`` naming the number for questions, and the service line as the
    one ``contact_persons`` entry with ``phone`` and ``email`` (empty where there is none),
    a main section."""
    name = _f(row, "errand_name")
    opened = _when(rng)
    closes = opened + dt.timedelta(days=rng.choice((14, 21, 28, 30)))
    abstract = (
        f"<p>Kerro mielipiteesi palvelusta {_x(name)}. Kysymyksiin vastaa "
        f"{_x(_name(row))} numerossa {PHONE_MARK}. {_x(_charge(row))}</p>"
    )
    doc = {
        "id": "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32)),
        "slug": f"asiointi-{_f(row, 'errand_id')}",
        "title": {
            lang: f"{TITLE[lang]}: {value}" for lang, value in _translated(row, name).items()
        },
        "abstract": {"fi": abstract},
        "open_at": _iso(opened),
        "close_at": _iso(closes),
        "created_at": _iso(opened - dt.timedelta(days=rng.randint(2, 9))),
        "published": True,
        "closed": False,
        "n_comments": rng.randint(0, 140),
        "labels": [{"id": rng.randint(1, 60), "label": {"fi": rng.choice(LABELS)}}],
        "organization": ["Helsingin kaupunki"],
        "contact_persons": [
            {
                "id": _uuid(rng),
                "name": _name(row),
                "title": {"fi": _f(row, "channel_type")},
                "phone": PHONE_MARK,
                "email": EMAIL_MARK if email(row) else "",
                "organization": "Helsingin kaupunki",
            }
        ],
        "sections": [
            {
                "id": _uuid(rng),
                "type": "main",
                "title": {"fi": ""},
                "abstract": {"fi": ""},
                "content": {"fi": f"<p>{_x(name)}.</p>"},
                "n_comments": 0,
            }
        ],
        "geojson": None,
        "default_to_fullscreen": False,
    }
    return _json_marked(doc)


def openahjo_agenda_item(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenAhjo API answer of ``/paatos/v1/agenda_item/{id}/``: an invented decision on the
    errand service (invented ids, meeting, policymaker, diary number ``HEL 2024-012345``,
    classification code and times), its ``content`` of a resolution and a summary whose HTML
    gives the number, and a ``Lisätiedot`` paragraph repeating it (and the mailbox)."""
    name = _f(row, "errand_name")
    when = _when(rng)
    body, code = rng.choice(POLICYMAKERS)
    register_id = f"HEL {when.year}-{rng.randint(1, 19999):06d}"
    more = f"{_x(_name(row))}, puhelin {PHONE_MARK}"
    if email(row):
        more += f", {EMAIL_MARK}"
    summary = (
        f"<p>Palvelua {_x(name)} koskeva neuvonta annetaan puhelinnumerossa {PHONE_MARK}. "
        f"{_x(_charge(row))} {_x(_hours(row))}</p>".replace(" </p>", "</p>")
    )
    subject = f"{name}: palvelun järjestäminen"
    doc = {
        "id": rng.randint(100000, 999999),
        "index": rng.randint(1, 30),
        "subject": subject,
        "meeting": {
            "id": rng.randint(10000, 99999),
            "policymaker_name": body,
            "number": rng.randint(1, 40),
            "date": f"{when:%Y-%m-%d}",
            "year": when.year,
            "minutes": True,
        },
        "issue": {
            "id": rng.randint(10000, 99999),
            "register_id": register_id,
            "subject": subject,
            "category_origin_id": f"{code} {rng.randint(0, 9):02d}",
            "last_modified_time": _iso(when),
        },
        "content": [
            {
                "type": "resolution",
                "text": f"<p>{_x(body)} päätti hyväksyä esityksen.</p>",
            },
            {
                "type": "summary",
                "text": summary + f"<h3>Lisätiedot</h3><p>{more}</p>",
            },
        ],
        "attachments": [],
        "from_minutes": True,
        "resolution": "PASSED",
        "permalink": "https://paatokset.hel.fi/fi/asia/" + register_id.lower().replace(" ", "-"),
        "last_modified_time": _iso(when + dt.timedelta(days=rng.randint(1, 10))),
    }
    return _json_marked(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "netvisor_customer": netvisor_customer,
    "respa_resource": respa_resource,
    "kerrokantasi_hearing": kerrokantasi_hearing,
    "openahjo_agenda_item": openahjo_agenda_item,
}


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` with the phone field and mailbox written in place of their marks: each number
    of the field labelled on its own under ``phone``, each copy of the mailbox labelled."""
    tel, mail = phone(row), email(row)
    b = Record()
    for piece in re.split(f"([{PHONE_MARK}{EMAIL_MARK}])", text):
        if piece == PHONE_MARK:
            at = 0
            for s, e in phone_numbers(tel):
                b.add(tel[at:s])
                b.phone(PHONE, tel[s:e])
                at = e
            b.add(tel[at:])
        elif piece == EMAIL_MARK:
            assert mail, row["path"]
            b.email(mail)
        else:
            b.add(piece)
    return b


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block: each number labelled if a person could hold it
    (a distractor if not), its kind by ``international``, each mailbox labelled."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    spans, distractors = [], []
    for at, column, value in block.phones:
        kind = "international" if international(value) else "national"
        span = [at, at + len(value), "PHONE_NUMBER", f"{kind}:{column}"]
        if personal_phone(value, row["country"]):
            spans.append(span)
        else:
            distractors.append([*span[:3], "short"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    text = block.text
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each number of its phone field and its
    mailbox labelled wherever written."""
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
