"""held_out_358 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the City of Vilnius Municipality's list of the city's kindergartens,
lopšeliai-darželiai; Lithuania, which no earlier part took a register of) exactly as published,
in layouts no earlier part has, beside the list's own names, addresses, legal entity codes,
wards and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the numbers of each kindergarten's ``PHONE`` field (one or more, as the office
  typed them, comma-separated: ``247 1732``, ``+370 5 247 1732``, ``(8-5) 2416045``, ``8 620 42
  370``; each number of seven digits or more a value of its own, the notes after it,
  ``(dir.)``, not part of it), of its ``FAX`` (each number of it that is not written as one of
  the telephones; a few hold further lines, ``865081026, darbo 864563207``), its ``EMAIL``
  (``rastine@aitvaras.vilnius.lm.lt``) and the two mailboxes that two ``PHONE`` fields also
  hold (``247 2141, daigelis@yahoo.co.uk,``)
  (``scripts/data/pii_lt_vilnius_kindergartens.json``, written by
  ``scripts/lt_vilnius_kindergartens_data.py``; source and licence in that file); every copy
  labelled, the ``PHONE`` field written whole (trailing comma and notes kept) where a layout
  quotes it, each number in it labelled;
* the text around them is the same row's real fields: the kindergarten's name, address, legal
  entity code (``190032931``, nine digits, unlabelled), type, ward (seniūnija) and LKS-94
  coordinates (``579323``, ``6066674``), with invented CPV codes (eight digits), notice ids,
  Pipedrive, Asana and SCIM ids, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, text in Lithuanian: eForms contract notices (the EU's
  standard forms for public procurement, UBL 2.3 ``ContractNotice`` of the eForms SDK, subtype
  16: the kindergarten as the buyer organisation ``ORG-0001`` with its legal entity code,
  address, NUTS ``LT011`` and contact point, BT-503 ``Telephone``, BT-739 ``Telefax``, BT-506
  ``ElectronicMail``, and a procurement of supplies, services or works whose description gives
  every number and mailbox for the site visit), SCIM 2.0 ``User`` resources (RFC 7643, with the
  enterprise extension: the office's shared account, ``userName`` its mailbox,
  ``phoneNumbers`` of types ``work`` and ``fax``, ``emails``, the address, the legal entity code
  as ``costCenter``), Pipedrive API v1 person answers (``GET /v1/persons/{id}``: the office
  as a person of the kindergarten's organisation in an invented supplier's CRM, ``phone`` and
  ``email`` arrays of ``value``/``label``/``primary``, ``primary_email``) and Asana API task
  answers (``GET /api/1.0/tasks/{task_gid}``: a maintenance visit of an invented contractor,
  ``notes`` and ``html_notes`` quoting the list's fields, the ``PHONE`` field whole, and
  custom fields with the legal entity code and ward).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every value is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_358.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_lt_vilnius_kindergartens.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_358.jsonl.gz"
SPLIT = "held_out_358"

LAYOUTS = ("eforms_contract_notice", "scim_user", "pipedrive_person", "asana_task")
PHONE, FAX, EMAIL = "PHONE", "FAX", "EMAIL"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
NUMBER = re.compile(r"\+?\(?\d[\d\s()\-]*\d")
MAILBOX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EET = dt.timezone(dt.timedelta(hours=2))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented procurements of a kindergarten: (name, contract nature, CPV code)
PURCHASES = (
    ("Maisto produktų pirkimas", "supplies", "15000000"),
    ("Žaislų ir ugdymo priemonių pirkimas", "supplies", "37520000"),
    ("Vaikų baldų pirkimas", "supplies", "39160000"),
    ("Patalpų valymo paslaugų pirkimas", "services", "90911200"),
    ("Grupių patalpų remonto darbų pirkimas", "works", "45453000"),
)
# invented maintenance visits of a contractor
VISITS = (
    "Metinė lauko žaidimų aikštelės įrangos patikra",
    "Smėlio dėžių smėlio keitimas",
    "Gesintuvų patikra ir pildymas",
    "Vėdinimo sistemos filtrų keitimas",
)
LABELS = ("Klientai", "Potencialūs klientai", "Sutartis galioja")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def numbers(value: str) -> list[str]:
    """The numbers of a phone or fax field as written, in order, each once: every run of
    digits, spaces, hyphens and brackets with seven digits or more (``247 1732`` and ``247 17
    48`` of ``+370 5 247 1732, 247 17 48(dir.)``; ``(8-5) 2416045``)."""
    found = [m.group() for m in NUMBER.finditer(value)]
    return list(dict.fromkeys(n for n in found if sum(c.isdigit() for c in n) >= 7))


def phones(row: dict[str, Any]) -> list[str]:
    """The kindergarten's telephone numbers as published."""
    return numbers(_f(row, PHONE))


def faxes(row: dict[str, Any]) -> list[str]:
    """The fax numbers of the row that are not also one of its telephones."""
    return [n for n in numbers(_f(row, FAX)) if n not in phones(row)]


def email(row: dict[str, Any]) -> str:
    """The kindergarten's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if MAILBOX.fullmatch(value) else ""


def phone_emails(row: dict[str, Any]) -> list[str]:
    """The mailboxes the phone field itself holds, other than the row's own (two fields:
    ``247 2141, daigelis@yahoo.co.uk,``)."""
    return [m for m in dict.fromkeys(MAILBOX.findall(_f(row, PHONE))) if m != email(row)]


def emails(row: dict[str, Any]) -> list[str]:
    """Every mailbox of the row: its own, then those of its phone field."""
    return [m for m in (email(row), *phone_emails(row)) if m]


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+370 5 247 1732``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephones, faxes and mailboxes."""
    found = [(PHONE, p) for p in phones(row)] + [(FAX, f) for f in faxes(row)]
    return found + [("email", m) for m in emails(row)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and mailboxes labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def street(row: dict[str, Any]) -> str:
    """The address without its town (``Pašilaičių g. 10``; ``Kovo 11-osios g. 54,
    Grigiškės``)."""
    address = _f(row, "ADDRESS")
    head, _, tail = address.rpartition(",")
    return head.strip() if head and tail.strip() == "Vilnius" else address


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Vilnius winter time)."""
    day = dt.datetime(2024, 1, 8, 8, tzinfo=EET) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(0, 8), minutes=rng.randint(0, 59))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _utc(moment: dt.datetime, fmt: str = "%Y-%m-%dT%H:%M:%S.000Z") -> str:
    return moment.astimezone(dt.UTC).strftime(fmt)


def _gid(rng: random.Random) -> str:
    """An invented Asana gid (sixteen digits)."""
    return str(rng.randint(1_200_000_000_000_000, 1_209_999_999_999_999))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def contacts(row: dict[str, Any]) -> str:
    """The row's numbers and mailboxes as a phrase (``tel. 247 1732, 247 17 48, faksu ...,
    el. paštu ...``)."""
    parts = [f"tel. {', '.join(phones(row))}"]
    if faxes(row):
        parts.append(f"faksu {', '.join(faxes(row))}")
    if emails(row):
        parts.append(f"el. paštu {', '.join(emails(row))}")
    return ", ".join(parts)


def eforms_contract_notice(row: dict[str, Any], rng: random.Random) -> str:
    """An eForms contract notice (UBL 2.3 ``ContractNotice``, eForms SDK 1.10, notice subtype
    16, open procedure under Directive 2014/24/EU): the kindergarten as the only organisation
    (``ORG-0001``: name, street, Vilnius, NUTS ``LT011``, ``LTU``, its legal entity code as
    ``CompanyID``, a contact point with its first telephone, its first fax where it has one and
    its mailbox), the buyer a local authority's body, one procurement and one lot (invented
    name, CPV code, estimated value, duration and deadline) whose description asks tenderers to
    arrange a visit by every number and mailbox of the row."""
    when = _when(rng)
    deadline = when + dt.timedelta(days=rng.randint(15, 35))
    name, nature, cpv = rng.choice(PURCHASES)
    label = _f(row, "LABEL")
    desc = (
        f"{name} darželio „{label}“ ({_f(row, 'ADDRESS')}) reikmėms. Tiekėjai gali apžiūrėti "
        f"patalpas iš anksto susitarę ({contacts(row)}) darbo dienomis nuo 9 iki 12 val."
    )
    ref = f"VP-{when.year}/{rng.randint(1, 60)}"
    amount = f"{rng.randint(30, 900) * 100}.00"
    contact = [
        '<cbc:Name languageID="LIT">Raštinė</cbc:Name>',
        f"<cbc:Telephone>{escape(phones(row)[0])}</cbc:Telephone>",
    ]
    if faxes(row):
        contact.append(f"<cbc:Telefax>{escape(faxes(row)[0])}</cbc:Telefax>")
    if email(row):
        contact.append(f"<cbc:ElectronicMail>{escape(email(row))}</cbc:ElectronicMail>")
    pad = "\t" * 9
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
        'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
        'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
        'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" '
        'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2">',
        "\t<ext:UBLExtensions>",
        "\t\t<ext:UBLExtension>",
        "\t\t\t<ext:ExtensionContent>",
        "\t\t\t\t<efext:EformsExtension>",
        "\t\t\t\t\t<efac:NoticeSubType>",
        '\t\t\t\t\t\t<cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode>',
        "\t\t\t\t\t</efac:NoticeSubType>",
        "\t\t\t\t\t<efac:Organizations>",
        "\t\t\t\t\t\t<efac:Organization>",
        "\t\t\t\t\t\t\t<efac:Company>",
        "\t\t\t\t\t\t\t\t<cac:PartyIdentification>",
        '\t\t\t\t\t\t\t\t\t<cbc:ID schemeName="organization">ORG-0001</cbc:ID>',
        "\t\t\t\t\t\t\t\t</cac:PartyIdentification>",
        "\t\t\t\t\t\t\t\t<cac:PartyName>",
        f'\t\t\t\t\t\t\t\t\t<cbc:Name languageID="LIT">{escape(label)}</cbc:Name>',
        "\t\t\t\t\t\t\t\t</cac:PartyName>",
        "\t\t\t\t\t\t\t\t<cac:PostalAddress>",
        f"\t\t\t\t\t\t\t\t\t<cbc:StreetName>{escape(street(row))}</cbc:StreetName>",
        "\t\t\t\t\t\t\t\t\t<cbc:CityName>Vilnius</cbc:CityName>",
        '\t\t\t\t\t\t\t\t\t<cbc:CountrySubentityCode listName="nuts">LT011'
        "</cbc:CountrySubentityCode>",
        "\t\t\t\t\t\t\t\t\t<cac:Country>",
        '\t\t\t\t\t\t\t\t\t\t<cbc:IdentificationCode listName="country">LTU'
        "</cbc:IdentificationCode>",
        "\t\t\t\t\t\t\t\t\t</cac:Country>",
        "\t\t\t\t\t\t\t\t</cac:PostalAddress>",
        "\t\t\t\t\t\t\t\t<cac:PartyLegalEntity>",
        f"\t\t\t\t\t\t\t\t\t<cbc:CompanyID>{escape(_f(row, 'SCHOOLNO'))}</cbc:CompanyID>",
        "\t\t\t\t\t\t\t\t</cac:PartyLegalEntity>",
        "\t\t\t\t\t\t\t\t<cac:Contact>",
        *(pad + c for c in contact),
        "\t\t\t\t\t\t\t\t</cac:Contact>",
        "\t\t\t\t\t\t\t</efac:Company>",
        "\t\t\t\t\t\t</efac:Organization>",
        "\t\t\t\t\t</efac:Organizations>",
        "\t\t\t\t</efext:EformsExtension>",
        "\t\t\t</ext:ExtensionContent>",
        "\t\t</ext:UBLExtension>",
        "\t</ext:UBLExtensions>",
        "\t<cbc:UBLVersionID>2.3</cbc:UBLVersionID>",
        "\t<cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>",
        f'\t<cbc:ID schemeName="notice-id">{_uuid(rng)}</cbc:ID>',
        f"\t<cbc:ContractFolderID>{_uuid(rng)}</cbc:ContractFolderID>",
        f"\t<cbc:IssueDate>{when:%Y-%m-%d}+02:00</cbc:IssueDate>",
        f"\t<cbc:IssueTime>{when:%H:%M:00}+02:00</cbc:IssueTime>",
        "\t<cbc:VersionID>01</cbc:VersionID>",
        "\t<cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>",
        '\t<cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>',
        "\t<cbc:NoticeLanguageCode>LIT</cbc:NoticeLanguageCode>",
        "\t<cac:ContractingParty>",
        "\t\t<cac:ContractingPartyType>",
        '\t\t\t<cbc:PartyTypeCode listName="buyer-legal-type">body-pl-la</cbc:PartyTypeCode>',
        "\t\t</cac:ContractingPartyType>",
        "\t\t<cac:Party>",
        "\t\t\t<cac:PartyIdentification>",
        '\t\t\t\t<cbc:ID schemeName="organization">ORG-0001</cbc:ID>',
        "\t\t\t</cac:PartyIdentification>",
        "\t\t</cac:Party>",
        "\t</cac:ContractingParty>",
        "\t<cac:TenderingProcess>",
        '\t\t<cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>',
        "\t</cac:TenderingProcess>",
        "\t<cac:ProcurementProject>",
        f"\t\t<cbc:ID>{ref}</cbc:ID>",
        f'\t\t<cbc:Name languageID="LIT">{escape(name)}</cbc:Name>',
        f'\t\t<cbc:Description languageID="LIT">{escape(desc)}</cbc:Description>',
        f'\t\t<cbc:ProcurementTypeCode listName="contract-nature">{nature}'
        "</cbc:ProcurementTypeCode>",
        "\t\t<cac:MainCommodityClassification>",
        f'\t\t\t<cbc:ItemClassificationCode listName="cpv">{cpv}</cbc:ItemClassificationCode>',
        "\t\t</cac:MainCommodityClassification>",
        "\t</cac:ProcurementProject>",
        "\t<cac:ProcurementProjectLot>",
        '\t\t<cbc:ID schemeName="Lot">LOT-0001</cbc:ID>',
        "\t\t<cac:TenderingProcess>",
        "\t\t\t<cac:TenderSubmissionDeadlinePeriod>",
        f"\t\t\t\t<cbc:EndDate>{deadline:%Y-%m-%d}+02:00</cbc:EndDate>",
        "\t\t\t\t<cbc:EndTime>10:00:00+02:00</cbc:EndTime>",
        "\t\t\t</cac:TenderSubmissionDeadlinePeriod>",
        "\t\t</cac:TenderingProcess>",
        "\t\t<cac:ProcurementProject>",
        f'\t\t\t<cbc:Name languageID="LIT">{escape(name)}</cbc:Name>',
        f'\t\t\t<cbc:ProcurementTypeCode listName="contract-nature">{nature}'
        "</cbc:ProcurementTypeCode>",
        "\t\t\t<cac:RequestedTenderTotal>",
        f'\t\t\t\t<cbc:EstimatedOverallContractAmount currencyID="EUR">{amount}'
        "</cbc:EstimatedOverallContractAmount>",
        "\t\t\t</cac:RequestedTenderTotal>",
        "\t\t\t<cac:PlannedPeriod>",
        f'\t\t\t\t<cbc:DurationMeasure unitCode="MONTH">{rng.choice((6, 12, 24))}'
        "</cbc:DurationMeasure>",
        "\t\t\t</cac:PlannedPeriod>",
        "\t\t</cac:ProcurementProject>",
        "\t</cac:ProcurementProjectLot>",
        "</ContractNotice>",
        "",
    ]
    return "\n".join(lines)


def scim_user(row: dict[str, Any], rng: random.Random) -> str:
    """A SCIM 2.0 ``User`` resource (RFC 7643, ``GET /scim/v2/Users/{id}`` of an invented
    identity service of the city's kindergartens): the office's shared account, ``userName``
    its mailbox (``rastine-<ID>`` where it has none), ``phoneNumbers`` (each telephone of type
    ``work``, the first primary; each fax of type ``fax``), ``emails`` (its mailbox, primary,
    and those of its phone field, ``other``), the address, the enterprise extension with the
    kindergarten's name, ward and legal entity code, and ``meta``."""
    when = _when(rng)
    uid = _uuid(rng)
    label = _f(row, "LABEL")
    numbers_ = [
        {"value": p, "type": "work", "primary": i == 0} for i, p in enumerate(phones(row))
    ] + [{"value": f, "type": "fax"} for f in faxes(row)]
    mails = [{"value": m, "type": "work" if m == email(row) else "other",
              "primary": m == email(row)} for m in emails(row)]  # fmt: skip
    doc = {
        "schemas": [
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        ],
        "id": uid,
        "externalId": f"darzelis-{_f(row, 'ID')}",
        "userName": email(row) or f"rastine-{_f(row, 'ID')}",
        "name": {"formatted": f"{label} – raštinė"},
        "displayName": f"{label} (raštinė)",
        "userType": "Bendra paskyra",
        "preferredLanguage": "lt-LT",
        "locale": "lt-LT",
        "timezone": "Europe/Vilnius",
        "active": True,
        "emails": mails,
        "phoneNumbers": numbers_,
        "addresses": [
            {
                "type": "work",
                "formatted": _f(row, "ADDRESS"),
                "streetAddress": street(row),
                "locality": "Vilnius",
                "country": "LT",
                "primary": True,
            }
        ],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "organization": label,
            "division": _f(row, "ELDERATE"),
            "department": "Raštinė",
            "costCenter": _f(row, "SCHOOLNO"),
        },
        "meta": {
            "resourceType": "User",
            "created": _utc(when - dt.timedelta(days=rng.randint(30, 900))),
            "lastModified": _utc(when),
            "location": f"https://tapatybe.darzeliai.example/scim/v2/Users/{uid}",
            "version": f'W/"{rng.getrandbits(40):010x}"',
        },
    }
    return _json(doc)


def pipedrive_person(row: dict[str, Any], rng: random.Random) -> str:
    """A Pipedrive API v1 person answer (``GET /v1/persons/{id}``) of an invented supplier's
    CRM: ``success`` and ``data``, the person ``Raštinė`` (the office) of the kindergarten's
    organisation (``org_id`` with its name and address), ``phone`` (each telephone ``work``,
    a mobile line ``mobile``, each fax ``other``; the first primary) and ``email`` arrays,
    ``primary_email``, counters and times, and ``related_objects`` with the organisation (its
    address and, under a custom field's hash key, its legal entity code)."""
    when = _when(rng)
    pid, oid, owner = rng.randint(100, 9000), rng.randint(50, 4000), rng.randint(10**7, 10**8)
    label = _f(row, "LABEL")

    def kind(number: str) -> str:
        return "mobile" if re.match(r"(\+370|8)[\s-]*6", number) else "work"

    tel = [{"label": kind(p), "value": p, "primary": i == 0} for i, p in enumerate(phones(row))]
    tel += [{"label": "other", "value": f, "primary": False} for f in faxes(row)]
    mails = [{"label": "work" if m == email(row) else "other", "value": m,
              "primary": m == email(row)} for m in emails(row)]  # fmt: skip
    org = {
        "name": label,
        "people_count": 1,
        "owner_id": owner,
        "address": _f(row, "ADDRESS"),
        "active_flag": True,
        "value": oid,
    }
    deals = rng.randint(0, 4)
    added = when - dt.timedelta(days=rng.randint(20, 700))
    person = {
        "id": pid,
        "company_id": rng.randint(10**6, 10**7),
        "owner_id": {"id": owner, "name": "Pardavimų komanda", "has_pic": 0, "pic_hash": None,
                     "active_flag": True, "value": owner},
        "org_id": org,
        "name": "Raštinė",
        "first_name": "Raštinė",
        "last_name": None,
        "open_deals_count": deals,
        "closed_deals_count": rng.randint(0, 6),
        "activities_count": rng.randint(0, 12),
        "active_flag": True,
        "phone": tel,
        "email": mails,
        "first_char": "r",
        "update_time": _utc(when, "%Y-%m-%d %H:%M:%S"),
        "delete_time": None,
        "add_time": _utc(added, "%Y-%m-%d %H:%M:%S"),
        "visible_to": "3",
        "picture_id": None,
        "label_ids": [rng.randint(1, 3)],
        "org_name": label,
        "owner_name": "Pardavimų komanda",
        "primary_email": email(row) or None,
    }  # fmt: skip
    # the organisation's custom field "Įmonės kodas" (Pipedrive keys custom fields by a hash)
    code_key = f"{rng.getrandbits(160):040x}"
    related = {"organization": {str(oid): {"active_flag": True, "id": oid, "name": label,
                                           "people_count": 1, "owner_id": owner,
                                           "address": _f(row, "ADDRESS"),
                                           code_key: _f(row, "SCHOOLNO")}}}  # fmt: skip
    return _json({"success": True, "data": person, "related_objects": related})


def asana_task(row: dict[str, Any], rng: random.Random) -> str:
    """An Asana API task answer (``GET /api/1.0/tasks/{task_gid}``) of an invented maintenance
    contractor's workspace: a visit to the kindergarten (invented gids, times, due date,
    project and section), ``notes`` and ``html_notes`` quoting the list's fields (type,
    address, ward, legal entity code, LKS-94 coordinates, the ``PHONE`` field whole as the list
    writes it, the fax and the mailbox) and custom fields with the legal entity code and
    ward."""
    when = _when(rng)
    gid, project, section, workspace = (_gid(rng) for _ in range(4))
    label = _f(row, "LABEL")
    visit = rng.choice(VISITS)
    lines = [
        ("Objektas", f"{label} ({_f(row, 'SCHOOL_TYPE')})"),
        ("Adresas", _f(row, "ADDRESS")),
        ("Seniūnija", _f(row, "ELDERATE")),
        ("Įmonės kodas", _f(row, "SCHOOLNO")),
        ("Koordinatės (LKS-94)", f"{_f(row, 'GIS_X')}, {_f(row, 'GIS_Y')}"),
        ("Tel. (savivaldybės sąraše)", _f(row, PHONE)),
    ]
    if faxes(row):
        lines.append(("Faksas", ", ".join(faxes(row))))
    if email(row):
        lines.append(("El. paštas", email(row)))
    closing = "Atvykimo laiką suderinti su raštine; darbai nevykdomi pietų miego metu (13–15 val.)."
    notes = "\n".join(f"{k}: {v}" for k, v in lines) + f"\n\n{closing}"
    html = "".join(f"<strong>{escape(k)}:</strong> {escape(v)}\n" for k, v in lines)
    html = f"<body>{html}\n<em>{escape(closing)}</em></body>"
    due = when + dt.timedelta(days=rng.randint(5, 40))
    task = {
        "gid": gid,
        "resource_type": "task",
        "name": f"{visit} – {label}",
        "resource_subtype": "default_task",
        "assignee": None,
        "assignee_status": "upcoming",
        "completed": False,
        "completed_at": None,
        "created_at": _utc(when),
        "due_at": None,
        "due_on": f"{due:%Y-%m-%d}",
        "start_on": None,
        "html_notes": html,
        "notes": notes,
        "liked": False,
        "num_likes": 0,
        "memberships": [
            {
                "project": {"gid": project, "resource_type": "project",
                            "name": f"Darželių aptarnavimas {when.year}"},
                "section": {"gid": section, "resource_type": "section", "name": "Suplanuota"},
            }
        ],
        "modified_at": _utc(when + dt.timedelta(minutes=rng.randint(1, 600))),
        "parent": None,
        "permalink_url": f"https://app.asana.com/0/{project}/{gid}",
        "projects": [{"gid": project, "resource_type": "project",
                      "name": f"Darželių aptarnavimas {when.year}"}],
        "tags": [],
        "followers": [],
        "workspace": {"gid": workspace, "resource_type": "workspace", "name": "Aikštelių servisas"},
        "custom_fields": [
            {"gid": _gid(rng), "resource_type": "custom_field", "name": "Įmonės kodas",
             "resource_subtype": "text", "type": "text", "enabled": True,
             "text_value": _f(row, "SCHOOLNO"), "display_value": _f(row, "SCHOOLNO")},
            {"gid": _gid(rng), "resource_type": "custom_field", "name": "Seniūnija",
             "resource_subtype": "text", "type": "text", "enabled": True,
             "text_value": _f(row, "ELDERATE"), "display_value": _f(row, "ELDERATE")},
        ],
    }  # fmt: skip
    return _json({"data": task})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "eforms_contract_notice": eforms_contract_notice,
    "scim_user": scim_user,
    "pipedrive_person": pipedrive_person,
    "asana_task": asana_task,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and mailboxes
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
