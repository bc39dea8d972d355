"""held_out_503 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Bulgarian Ministry of Culture's register of the people's community centres, the
narodni chitalishta; Bulgaria's earlier part took the NHIF's hospitals) exactly as published, in
layouts no earlier part has, beside the register's own names, Bulstat codes, provinces,
municipalities, towns, addresses and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Телефон`` and ``E-mail`` fields of 300 active chitalishta
  (``scripts/data/pii_bg_chitalishta.json``, written by ``scripts/bg_chitalishta_data.py``;
  source and licence in that file): Bulgarian numbers as each chitalishte gave them, one to
  three in a field after ``;`` or ``,`` (``0893542266``, ``03142/9118; 0897674976``, ``0570/
  82077``, ``078/ 526395; 0887651034``), each number labelled on its own wherever the field or
  the number stands, and the chitalishte's mailboxes (``chit_sopot@abv.bg``, several after
  ``;`` in a few fields), each address labelled;
* the text around them is the same row's real fields: the chitalishte's name, Bulstat code
  (``000455980``, nine digits, unlabelled), province, municipality, town or village, street
  address and postcode, with invented GUIDs, record and entry numbers, nomenclature codes,
  dates, shipment references, weights and amounts, unlabelled and scored; the register's fax
  field is not written;
* in layouts no earlier part has, formats of Bulgaria's registers and trade, text in Bulgarian:
  RegiX answers of the Registry Agency's Commercial Register and Register of Non-Profit Legal
  Entities (``ActualStateResponseV2``, the ``RegiX.AVTRAdapter``'s schema: one ``Deed`` of
  legal form ``НЧ``, its ``Records`` of the UIC, the legal form and the seat, whose
  ``Contacts`` hold ``Phone`` and ``EMail``), RegiX answers of the BULSTAT register
  (``StateOfPlay``, the ``RegiX.AVBulstat2Adapter``'s schema: a ``Subject`` with its UIC,
  ``LegalEntitySubject``, one ``Communications`` per number (type ``721``) and per mailbox
  (``723``), the seat's ``Addresses``, ``ScopeOfActivity``, ``MainActivity2008``), Speedy
  courier API shipment requests (``POST /v1/shipment``, JSON: the chitalishte as ``recipient``
  with ``phone1`` to ``phone3``, ``email``, ``clientName`` and ``address``; ``service``,
  ``content``, ``payment``, ``ref1``) and RegiX answers of the Ministry of Justice's register
  of non-profit legal entities for public benefit (``NPODetailsResponse``, the
  ``RegiX.MPNPOAdapter``'s schema: ``RegistrationNumber``, ``Name``, ``OrgForm``,
  ``Address``, ``ContactInfo`` with the numbers and mailboxes, ``NationalityCode``, no board
  members).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_503.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bg_chitalishta.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_503.jsonl.gz"
SPLIT = "held_out_503"

LAYOUTS = ("tr_actual_state", "bulstat_state_of_play", "speedy_shipment", "npo_details")
PHONE, EMAIL = "Телефон", "E-mail"
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}
COLUMNS = {"phone": PHONE}
EET = dt.timezone(dt.timedelta(hours=2))
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented contents of the parcels a chitalishte receives (books, costumes, materials)
CONTENTS = (
    "Книги за читалищната библиотека",
    "Носии за самодейния състав",
    "Материали за школата по изобразително изкуство",
    "Музикални инструменти - резервни части",
    "Периодични издания и каталози",
)
SENDERS = (
    "Министерство на културата",
    "Национална библиотека „Св. св. Кирил и Методий“",
    "Регионална библиотека",
    "Издателство - доставка по договор",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return (row["fields"].get(key) or "").strip()


def phone_field(row: dict[str, Any]) -> str:
    """The chitalishte's ``Телефон`` field as published (one to three numbers)."""
    return _f(row, PHONE)


def phones(row: dict[str, Any]) -> list[str]:
    """The numbers of the phone field as ``;`` and ``,`` part them."""
    return [p.strip() for p in re.split(r"[;,]", phone_field(row)) if p.strip()]


def email_field(row: dict[str, Any]) -> str:
    """The ``E-mail`` field as published (an address, several after ``;``, ``-`` or none)."""
    return _f(row, EMAIL)


def emails(row: dict[str, Any]) -> list[str]:
    """The well-formed addresses of the e-mail field, in its order."""
    out = [a.strip() for a in re.split(r"[;,]", email_field(row))]
    return [a for a in out if ADDRESS.fullmatch(a)]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the kept fields' is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the phone field, then of each of its numbers, then of each mailbox,
    longest first: the field first, so a number inside a copy of the field is the field's, and
    a mailbox that ends another (``eldorod@mail.bg`` in ``info_eldorod@mail.bg``) is not
    labelled inside it (``nested``)."""
    nums = [("phone", p) for p in phones(row) if p != phone_field(row)]
    mails = sorted(emails(row), key=len, reverse=True)
    return [("phone", phone_field(row)), *nums, *(("email", a) for a in mails)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field, of each of its numbers and
    of each mailbox labelled (each copy stands apart)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def name(row: dict[str, Any]) -> str:
    return _f(row, "Име на читалище")


def town(row: dict[str, Any]) -> str:
    """The town or village as the register writes it (``СЕЛО БРЕСТОВИЦА``)."""
    return _f(row, "Град/село")


def street(row: dict[str, Any]) -> str:
    """The street address as the register writes it (``Иван Вазов 53, п.к.4330``)."""
    return _f(row, "Адрес")


def postcode(row: dict[str, Any]) -> str:
    """The four-digit postcode the address names after ``п.к.``, else ""."""
    m = re.search(r"п\.\s*к\.[\s,.]*(\d{4})", street(row))
    return m.group(1) if m else ""


def bulstat(row: dict[str, Any]) -> str:
    return _f(row, "Булстат")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Sofia winter time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=EET) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def tr_actual_state(row: dict[str, Any], rng: random.Random) -> str:
    """A RegiX answer of the Registry Agency's Commercial Register and Register of NPLEs
    (``ActualStateResponseV2``, namespace ``http://egov.bg/RegiX/AV/TR/ActualStateResponseV2``):
    one ``Deed`` (status ``N``, the chitalishte's name, an invented GUID, its Bulstat code as
    ``UIC``, legal form ``НЧ``) with three ``Record``s (the UIC, the legal form and the seat,
    each with an invented record id, incoming id, entry number and action date and its
    ``MainField``), the seat's ``Address`` (province, municipality, settlement, postcode,
    street as published) and ``Contacts`` (``Phone`` the phone field, ``EMail`` the e-mail
    field as published), then ``DataValidForDate``."""
    when = _when(rng)
    entry = when - dt.timedelta(days=rng.randint(200, 1500))
    number = f"{entry:%Y%m%d%H%M%S}"
    guid = "".join(rng.choice("0123456789abcdef") for _ in range(32))

    def record(data: list[str], field: str, group: tuple[int, str, int, str], main: str) -> list:
        gid, gname, sid, sname = group
        rid, inc = rng.randint(10**7, 10**8 - 1), rng.randint(10**6, 10**7 - 1)
        return [
            "      <Record>",
            "        <RecordData>",
            *(f"          {line}" for line in data),
            "        </RecordData>",
            f"        <RecordId>{rid}</RecordId>",
            f"        <IncomingId>{inc}</IncomingId>",
            f"        <FieldIdent>{field}</FieldIdent>",
            "        <MainField>",
            f"          <GroupId>{gid}</GroupId>",
            f"          <GroupName>{gname}</GroupName>",
            f"          <SectionId>{sid}</SectionId>",
            f"          <SectionName>{sname}</SectionName>",
            f"          <MainFieldIdent>{field}</MainFieldIdent>",
            f"          <MainFieldCode>{int(field) // 10}</MainFieldCode>",
            f"          <MainFieldName>{main}</MainFieldName>",
            "        </MainField>",
            f"        <FieldEntryNumber>{number}</FieldEntryNumber>",
            f"        <FieldActionDate>{entry:%Y-%m-%dT%H:%M:%S}</FieldActionDate>",
            "      </Record>",
        ]

    basic = (415, "Основни обстоятелства", 1, "Общ статус")
    seat = [
        "<Seat>",
        "  <Address>",
        "    <CountryCode>BGR</CountryCode>",
        "    <Country>БЪЛГАРИЯ</Country>",
        "    <IsForeign>false</IsForeign>",
        f"    <District>{_x(_f(row, 'Област'))}</District>",
        f"    <Municipality>{_x(_f(row, 'Община'))}</Municipality>",
        f"    <Settlement>{_x(town(row))}</Settlement>",
        f"    <PostCode>{postcode(row)}</PostCode>" if postcode(row) else "    <PostCode />",
        f"    <Street>{_x(street(row))}</Street>",
        "  </Address>",
        "  <Contacts>",
        f"    <Phone>{_x(phone_field(row))}</Phone>",
        "    <Fax />",
        f"    <EMail>{_x(email_field(row))}</EMail>" if email_field(row) else "    <EMail />",
        "    <URL />",
        "  </Contacts>",
        "</Seat>",
    ]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ActualStateResponseV2 xmlns="http://egov.bg/RegiX/AV/TR/ActualStateResponseV2" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
        "  <Deed>",
        "    <DeedStatus>N</DeedStatus>",
        f"    <CompanyName>{_x(name(row))}</CompanyName>",
        f"    <GUID>{guid}</GUID>",
        f"    <UIC>{bulstat(row)}</UIC>",
        "    <LegalForm>НЧ</LegalForm>",
        "    <Records>",
        *record(
            [
                f'<UIC uic="{bulstat(row)}" IsNew="false">',
                f"  <CompanyControl>{_x(name(row))}</CompanyControl>",
                "</UIC>",
            ],
            "00010",
            (45, "Идентификация", 414, "Обща информация"),
            "ЕИК/ПИК",
        ),
        *record(
            ['<LegalForm Text="Народно читалище" Code="НЧ" />'], "00030", basic, "Правна форма"
        ),
        *record(seat, "00050", basic, "Седалище и адрес на управление"),
        "    </Records>",
        "  </Deed>",
        f"  <DataValidForDate>{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 9999999):07d}+02:00"
        "</DataValidForDate>",
        "</ActualStateResponseV2>",
        "",
    ]
    return "\n".join(lines)


def bulstat_state_of_play(row: dict[str, Any], rng: random.Random) -> str:
    """A RegiX answer of the BULSTAT register (``StateOfPlay``, namespace
    ``http://www.bulstat.bg/StateOfPlay``, each element in its own ``bulstat.bg`` namespace as
    the adapter's answers write them): a ``Subject`` with invented entry times, its Bulstat
    code as ``UIC``, nomenclature codes for subject type, country, legal form and statute, the
    chitalishte's name as ``CyrillicFullName``, one ``Communications`` per number of the phone
    field (type ``721``) and per mailbox (``723``), the seat's ``Addresses`` (type ``718``,
    postcode, street as published); then ``ScopeOfActivity`` naming the town, municipality and
    province, ``MainActivity2008`` (KID-2008 ``9004``) and ``State``."""
    ns = "http://www.bulstat.bg/"

    def t(tag: str, space: str, value: str, indent: int) -> str:
        return f'{" " * indent}<{tag} xmlns="{ns}{space}">{value}</{tag}>'

    def code(tag: str, space: str, value: int, indent: int) -> list[str]:
        pad = " " * indent
        return [
            f'{pad}<{tag} xmlns="{ns}{space}">',
            t("Code", "NomenclatureEntry", str(value), indent + 2),
            f"{pad}</{tag}>",
        ]

    def at(moment: dt.datetime, indent: int) -> str:
        return t("EntryTime", "Entry", f"{moment:%Y-%m-%dT%H:%M:%S}", indent)

    when = _when(rng)
    made = when - dt.timedelta(days=rng.randint(2000, 7000))
    comms = [(721, p) for p in phones(row)] + [(723, a) for a in emails(row)]
    communications = []
    for kind, value in comms:
        communications += [
            f'    <Communications xmlns="{ns}Subject">',
            at(made + dt.timedelta(days=rng.randint(0, 1500)), 6),
            *code("Type", "Communication", kind, 6),
            t("Value", "Communication", _x(value), 6),
            "    </Communications>",
        ]
    address = [
        f'    <Addresses xmlns="{ns}Subject">',
        at(made + dt.timedelta(days=rng.randint(0, 1500)), 6),
        *code("AddressType", "Address", 718, 6),
        *code("Country", "Address", 100, 6),
    ]
    if postcode(row):
        address.append(t("PostalCode", "Address", postcode(row), 6))
    address += [t("Street", "Address", _x(street(row)), 6), "    </Addresses>"]
    scope = (
        f"Читалищна дейност на територията на {town(row)}, община {_f(row, 'Община')}, "
        f"област {_f(row, 'Област')}: библиотечна дейност, любителско художествено творчество, "
        "школи и клубове."
    )
    lines = [
        f'<StateOfPlay xmlns="{ns}StateOfPlay" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "  <Subject>",
        at(made, 4),
        f'    <UIC xmlns="{ns}Subject">',
        at(made, 6),
        t("UIC", "UIC", bulstat(row), 6),
        *code("UICType", "UIC", 1, 6),
        "    </UIC>",
        *code("SubjectType", "Subject", 897, 4),
        f'    <LegalEntitySubject xmlns="{ns}Subject">',
        at(made, 6),
        *code("Country", "LegalEntity", 100, 6),
        *code("LegalForm", "LegalEntity", 466, 6),
        *code("LegalStatute", "LegalEntity", 436, 6),
        t("CyrillicFullName", "LegalEntity", _x(name(row)), 6),
        "    </LegalEntitySubject>",
        *communications,
        *address,
        "  </Subject>",
        "  <ScopeOfActivity>",
        at(made, 4),
        t("Description", "SubjectPropScopeOfActivity", _x(scope), 4),
        "  </ScopeOfActivity>",
        "  <MainActivity2008>",
        at(made + dt.timedelta(days=rng.randint(0, 900)), 4),
        *code("KID2008", "SubjectPropActivityKID2008", 9004, 4),
        "  </MainActivity2008>",
        "  <State>",
        at(when - dt.timedelta(days=rng.randint(10, 300)), 4),
        *code("State", "SubjectPropState", 571, 4),
        "  </State>",
        "</StateOfPlay>",
        "",
    ]
    return "\n".join(lines)


def speedy_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Speedy courier API shipment request (``POST https://api.speedy.bg/v1/shipment``, JSON,
    language ``BG``): invented API credentials, the chitalishte as ``recipient`` (``phone1`` to
    ``phone3`` the numbers of its phone field, its first mailbox as ``email``, its name as
    ``clientName``, ``privatePerson`` false, ``address`` with ``countryId`` 100, the town as
    ``siteName``, the postcode and the street as published in ``addressNote``), a standard
    ``service`` (``serviceId`` 505), the parcel's ``content`` (invented weight and contents),
    ``payment`` by the sender and an invented ``ref1``."""
    when = _when(rng)
    recipient: dict[str, Any] = {}
    for i, number in enumerate(phones(row), 1):
        recipient[f"phone{i}"] = {"number": number}
    recipient["clientName"] = name(row)
    if emails(row):
        recipient["email"] = emails(row)[0]
    recipient["privatePerson"] = False
    address: dict[str, Any] = {"countryId": 100, "siteName": town(row)}
    if postcode(row):
        address["postCode"] = postcode(row)
    address["addressNote"] = street(row)
    recipient["address"] = address
    doc = {
        "userName": str(rng.randint(10**6, 10**7 - 1)),
        "password": "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(10)),
        "language": "BG",
        "recipient": recipient,
        "service": {
            "pickupDate": f"{when:%Y-%m-%d}",
            "serviceId": 505,
            "autoAdjustPickupDate": True,
        },
        "content": {
            "parcelsCount": 1,
            "totalWeight": round(rng.uniform(0.5, 12.0), 1),
            "contents": rng.choice(CONTENTS),
            "package": "BOX",
        },
        "payment": {"courierServicePayer": "SENDER"},
        "ref1": f"{rng.choice(SENDERS)} / изх. № {rng.randint(100, 9999)}/{when:%d.%m.%Y}",
    }
    return _json(doc)


def npo_details(row: dict[str, Any], rng: random.Random) -> str:
    """A RegiX answer of the Ministry of Justice's register of non-profit legal entities for
    public benefit (``NPODetailsResponse``, namespace ``http://egov.bg/RegiX/MP/
    NPODetailsResponse``): an invented ``RegistrationNumber``, the chitalishte's name,
    ``OrgForm`` ``Народно читалище``, the ``Address`` (province, municipality, town, street
    as published), ``ContactInfo`` (``тел.`` the phone field, ``e-mail`` the mailboxes),
    ``NationalityCode`` 100 and ``Nationality``; no board members."""
    year = rng.randint(2003, 2017)
    number = f"{year}{rng.randint(1, 999):03d}{rng.randint(100, 999)}"
    place = f"обл. {_f(row, 'Област')}, общ. {_f(row, 'Община')}, {town(row)}, {street(row)}"
    contact = f"тел. {phone_field(row)}"
    if emails(row):
        contact += f"; e-mail: {', '.join(emails(row))}"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<NPODetailsResponse xmlns="http://egov.bg/RegiX/MP/NPODetailsResponse">',
        f"  <RegistrationNumber>{number}</RegistrationNumber>",
        f"  <Name>{_x(name(row))}</Name>",
        "  <OrgForm>Народно читалище</OrgForm>",
        f"  <Address>{_x(place)}</Address>",
        f"  <ContactInfo>{_x(contact)}</ContactInfo>",
        "  <NationalityCode>100</NationalityCode>",
        "  <Nationality>Българска</Nationality>",
        "</NPODetailsResponse>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tr_actual_state": tr_actual_state,
    "bulstat_state_of_play": bulstat_state_of_play,
    "speedy_shipment": speedy_shipment,
    "npo_details": npo_details,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field, of each of
    its numbers and of each mailbox labelled."""
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
