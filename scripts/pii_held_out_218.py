"""held_out_218 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Statistics Sweden's register of government agencies, Myndighetsregistret; Sweden's
earlier part took Systembolaget's shops) exactly as the register gives them, in layouts no
earlier part has, beside the register's own names, organisation numbers, SFS numbers and
addresses.

The procedure of ``held_out_153``, on another register and other layouts; earlier parts took
national numbers from registers of SE, NO, DK, FI and many others; here:

* the values are the ``phone`` and ``email`` fields of 360 agencies, courts and missions
  abroad, a seeded sample of the 418 with a number (``scripts/data/pii_se_scb_agencies.json``,
  written by ``scripts/se_scb_agencies_data.py``; source and licence in that file): Swedish
  numbers as the register writes them, one run of digits with the trunk ``0``
  (``087000800``, ``0771670670``), and the missions' numbers in international form
  (``+93 20 210 49 12``, ``+33 (0)1 44 18 88 00``, ``+45 (-) 33 36 03 70``), each whole
  field one number (two fields hold two, after `` / ``, each labelled on its own), each copy
  labelled; the agency's e-mail address (``registrator@bth.se``, ``ambassaden.kabul@gov.se``;
  two that name a person were left out of the data, one web address in the field is never
  labelled), each copy labelled;
* the text around them is the same row's real fields: the name, the ten-digit organisation
  number (``202100-4011``, and the forms derived from it: ``2021004011``, ``162021004011``,
  ``SE202100401101``), the SFS instruction (``1993:100``), the postal and visiting addresses
  with five-digit postcodes (``371 41``), the web address, with invented accounts, amounts,
  verification, customer and ad numbers, periods and dates, unlabelled and scored;
* in layouts no earlier part has, Swedish accounting, payroll-reporting, bookkeeping-API and
  job-board formats, text in Swedish: SIE 4 files (``#FLAGGA``, ``#PROGRAM``, ``#ORGNR``,
  ``#ADRESS`` with the number as its ``tel``, ``#FNAMN``, ``#RAR``, ``#KONTO``, ``#IB``,
  ``#VER`` with ``#TRANS`` rows, a ``#PROSA`` repeating the number and the address),
  Skatteverket's arbetsgivardeklaration på individnivå (AGI) XML files (``Avsandare`` with
  ``TekniskKontaktperson``, ``Blankettgemensamt/Arbetsgivare/Kontaktperson``, each with
  ``Telefon`` and ``Epostadress``, one ``HU`` main form with its ``faltkod`` fields), Fortnox
  API v3 customer responses (``GET /3/customers/{CustomerNumber}``: ``Phone1``, ``Email``,
  ``OrganisationNumber``, ``VATNumber``, a ``Comments`` line) and job ads as
  Arbetsförmedlingen's JobTech JobSearch API returns them (``GET /ad/{id}``: ``employer`` with
  ``phone_number`` and ``email``, a ``description`` whose ``text`` and ``text_formatted``
  repeat the number, the workplace address). The missions abroad have no organisation number,
  so they take the Fortnox and JobTech layouts only.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_218.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_se_scb_agencies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_218.jsonl.gz"
SPLIT = "held_out_218"

LAYOUTS = ("sie4_file", "agi_xml", "fortnox_customer", "jobtech_ad")
# the layouts of a row without an organisation number (the missions abroad)
ABROAD = ("fortnox_customer", "jobtech_ad")
PHONE = "phone"
EMAIL = "email"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
CET = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented supplier invoices of a SIE file's one verification: text, cost account and its name
PURCHASES = (
    ("Kontorsmaterial", "5460", "Förbrukningsmaterial"),
    ("Konsulttjänst IT-drift", "6550", "Konsultarvoden"),
    ("Lokalhyra kvartal 1", "5010", "Lokalhyra"),
    ("Resor tjänsteärende", "5800", "Resekostnader"),
    ("Tidskrifter och facklitteratur", "6970", "Tidningar och facklitteratur"),
)  # fmt: skip
# invented job ads: headline start, occupation label, conditions
JOBS = (
    ("Handläggare", "Handläggare", "Tillsvidareanställning med provanställning om sex månader."),
    ("Registrator", "Registrator", "Tidsbegränsad anställning i ett år, heltid."),
    ("Controller", "Controller", "Tillsvidareanställning, heltid, tillträde snarast."),
    ("Utredare", "Utredare", "Tillsvidareanställning, heltid."),
    ("IT-tekniker", "Drifttekniker, data", "Tillsvidareanställning, heltid."),
    ("Jurist", "Jurist", "Tidsbegränsad anställning, vikariat under ett år."),
)  # fmt: skip
JOBS_ABROAD = (
    ("Lokalanställd assistent", "Administrativ assistent",
     "Lokal anställning enligt ortens villkor, heltid."),
    ("Lokalanställd chaufför", "Chaufför", "Lokal anställning enligt ortens villkor, heltid."),
    ("Lokalanställd handläggare för migrationsärenden", "Handläggare",
     "Lokal anställning enligt ortens villkor, tidsbegränsad i ett år."),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as the data keeps it, stripped ("" where the row has no such string)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published (never with blanks around it)."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published ("" where the data kept none, or where the field
    holds no address: one holds a web address)."""
    value = _f(row, EMAIL)
    return value if "@" in value else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (the missions' are, with ``+``)."""
    return value.startswith("+")


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a ``phone`` field: the whole field, or each side of
    `` / `` (``+66 2 263 72 00 / +66 2 263 72 11`` holds two numbers). A bracketed area code
    or trunk after the country code is part of its number (``+33 (0)1 44 18 88 00``)."""
    out, at = [], 0
    for piece in field.split(" / "):
        out.append((at, at + len(piece)))
        at += len(piece) + 3
    return out


def abroad(row: dict[str, Any]) -> bool:
    """Whether the row is a mission abroad (no organisation number)."""
    return not _f(row, "org_nr")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index (the missions' among ``ABROAD``)."""
    return ABROAD[n % len(ABROAD)] if abroad(row) else LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each number of each copy of its phone field labelled on its own (one no person holds is a
    distractor), its kind by ``international``, each e-mail address labelled."""
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
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def postal(row: dict[str, Any]) -> tuple[str, str, str]:
    """(street or box, postcode, town) the agency is written to: its postal address, else its
    visiting address ("" for a part the register leaves empty or as ``000 00``)."""
    for kind in ("postal_address", "office_address"):
        street = _f(row, f"{kind}.address")
        if street:
            postcode = _f(row, f"{kind}.postcode")
            postcode = "" if postcode == "000 00" else postcode
            return street, postcode, _f(row, f"{kind}.city")
    return "", "", _f(row, "office_address.city") or _f(row, "postal_address.city")


def visiting(row: dict[str, Any]) -> tuple[str, str, str]:
    """(street, postcode, town) of the visiting address, else of the postal address."""
    street = _f(row, "office_address.address")
    if street:
        postcode = _f(row, "office_address.postcode")
        return street, ("" if postcode == "000 00" else postcode), _f(row, "office_address.city")
    return postal(row)


def digits(org_nr: str) -> str:
    """The organisation number's ten digits (``2021004011``)."""
    return org_nr.replace("-", "")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of early 2024 (Swedish winter time), to the minute."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=CET)
    return start + dt.timedelta(minutes=rng.randint(0, 70 * 24 * 60))


def _sie(value: str) -> str:
    """``value`` as a SIE field in quotes (a quote escaped with a backslash)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _money(amount: int) -> str:
    """An amount in öre as SIE writes it (``1562.50``, ``-1562.50``)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(amount) // 100}.{abs(amount) % 100:02d}"


def sie4_file(row: dict[str, Any], rng: random.Random) -> str:
    """An SIE 4 file (typ 4, transactions) the agency's financial system exports: ``#FLAGGA``,
    ``#PROGRAM``, ``#FORMAT``, ``#GEN``, ``#SIETYP``, a ``#PROSA`` naming the registry's
    address and number, ``#ORGNR``, ``#ADRESS`` (contact, street or box, postcode and town,
    the number as ``tel``), ``#FNAMN``, two ``#RAR`` years, the accounts of one invented
    supplier invoice, an opening balance and the invoice as one ``#VER`` with three
    ``#TRANS`` rows."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    when = _when(rng)
    street, postcode, town = postal(row)
    text, account, account_name = rng.choice(PURCHASES)
    net = rng.randint(20, 4000) * 125
    vat = net // 4
    invoice = rng.randint(10000, 99999)
    prosa = "Underlag till ESV:s Hermes. Frågor om filen: "
    prosa += f"{mail}, tfn {tel}" if mail else f"tfn {tel}"
    lines = [
        "#FLAGGA 0",
        '#PROGRAM "Unit4 ERP" "7.4"',
        "#FORMAT PC8",
        f'#GEN {when:%Y%m%d} "ekonomi"',
        "#SIETYP 4",
        f"#PROSA {_sie(prosa)}",
        f"#ORGNR {_f(row, 'org_nr')}",
        f"#ADRESS {_sie('Ekonomienheten')} {_sie(street)} "
        f"{_sie(f'{postcode} {town}'.strip())} {_sie(tel)}",
        f"#FNAMN {_sie(name)}",
        "#RAR 0 20240101 20241231",
        "#RAR -1 20230101 20231231",
        "#VALUTA SEK",
        '#KONTO 1930 "Avräkning med statsverket"',
        '#KONTO 2641 "Ingående mervärdesskatt"',
        '#KONTO 2441 "Leverantörsskulder"',
        f"#KONTO {account} {_sie(account_name)}",
        f"#IB 0 1930 {_money(rng.randint(100000, 9000000) * 100)}",
        f'#VER "A" {rng.randint(12, 480)} {when:%Y%m%d} {_sie(f"{text}, faktura {invoice}")}',
        "{",
        f"#TRANS {account} {{}} {_money(net)}",
        f"#TRANS 2641 {{}} {_money(vat)}",
        f"#TRANS 2441 {{}} {_money(-(net + vat))}",
        "}",
        "",
    ]
    return "\n".join(lines)


def agi_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Skatteverket arbetsgivardeklaration på individnivå (AGI) file, schema 1.1: the
    ``Avsandare`` (program name, the organisation number in twelve digits, a
    ``TekniskKontaktperson`` with the agency's number and address, the creation time), the
    ``Blankettgemensamt`` with the employer's ``Kontaktperson`` (its payroll unit, the number
    and address again) and one ``Blankett`` whose ``HU`` main form gives the period and
    invented sums of contributions and deducted tax under their ``faltkod``s."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    when = _when(rng)
    period = f"{when.year}{when.month:02d}"
    agid = "16" + digits(_f(row, "org_nr"))
    staff = rng.randint(8, 900)
    pay = staff * rng.randint(32000, 52000)

    def contact(tag: str, who: str, indent: str) -> list[str]:
        lines = [
            f"{indent}<agd:{tag}>",
            f"{indent}  <agd:Namn>{escape(who)}</agd:Namn>",
            f"{indent}  <agd:Telefon>{escape(tel)}</agd:Telefon>",
        ]
        if mail:
            lines.append(f"{indent}  <agd:Epostadress>{escape(mail)}</agd:Epostadress>")
        return [*lines, f"{indent}</agd:{tag}>"]

    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<Skatteverket xmlns:agd="http://xmls.skatteverket.se/se/skatteverket/da/komponent/'
        'schema/1.1" xmlns="http://xmls.skatteverket.se/se/skatteverket/da/instans/schema/1.1" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://xmls.skatteverket.se/se/skatteverket/da/instans/schema/1.1 '
        "http://xmls.skatteverket.se/se/skatteverket/da/arbetsgivardeklaration/"
        'arbetsgivardeklaration_1.1.xsd" omrade="Arbetsgivardeklaration">',
        "  <agd:Avsandare>",
        "    <agd:Programnamn>Primula PS</agd:Programnamn>",
        f"    <agd:Organisationsnummer>{agid}</agd:Organisationsnummer>",
        *contact("TekniskKontaktperson", f"Lönesupport, {name}", "    "),
        f"    <agd:Skapad>{when:%Y-%m-%dT%H:%M:%S}</agd:Skapad>",
        "  </agd:Avsandare>",
        "  <agd:Blankettgemensamt>",
        "    <agd:Arbetsgivare>",
        f"      <agd:AgRegistreradId>{agid}</agd:AgRegistreradId>",
        *contact("Kontaktperson", f"Löneenheten, {name}", "      "),
        "    </agd:Arbetsgivare>",
        "  </agd:Blankettgemensamt>",
        "  <agd:Blankett>",
        "    <agd:Arendeinformation>",
        f"      <agd:Arendeagare>{agid}</agd:Arendeagare>",
        f"      <agd:Period>{period}</agd:Period>",
        "    </agd:Arendeinformation>",
        "    <agd:Blankettinnehall>",
        "      <agd:HU>",
        "        <agd:ArbetsgivareHUGROUP>",
        f'          <agd:AgRegistreradId faltkod="201">{agid}</agd:AgRegistreradId>',
        "        </agd:ArbetsgivareHUGROUP>",
        f'        <agd:RedovisningsPeriod faltkod="006">{period}</agd:RedovisningsPeriod>',
        f'        <agd:SummaArbAvgSlf faltkod="487">{pay * 3142 // 10000}</agd:SummaArbAvgSlf>',
        f'        <agd:SummaSkatteavdr faltkod="497">{pay * 29 // 100}</agd:SummaSkatteavdr>',
        "      </agd:HU>",
        "    </agd:Blankettinnehall>",
        "  </agd:Blankett>",
        "</Skatteverket>",
        "",
    ]
    return "\n".join(lines)


def _json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def fortnox_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Fortnox API v3 response to ``GET /3/customers/{CustomerNumber}``: the ``Customer``
    with its ``@url``, invented customer number, the agency's name, postal address
    (``Address1``, ``ZipCode``, ``City``), visiting address, ``Phone1``, ``Email``,
    ``OrganisationNumber`` and ``VATNumber`` (none for a mission abroad), web address, terms
    and a ``Comments`` line."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    number = str(rng.randint(1001, 4999))
    street, postcode, town = postal(row)
    vstreet, vpostcode, vtown = visiting(row)
    org = _f(row, "org_nr")
    comment = f"Statlig myndighet ({_f(row, 'group')}), e-faktura via Peppol."
    if abroad(row):
        comment = "Utlandsmyndighet, faktura skickas med post."
    customer = {
        "@url": f"https://api.fortnox.se/3/customers/{number}",
        "Active": True,
        "Address1": street,
        "Address2": None,
        "City": town or None,
        "Comments": comment,
        "CostCenter": None,
        "Country": None if abroad(row) else "Sverige",
        "CountryCode": None if abroad(row) else "SE",
        "Currency": "SEK",
        "CustomerNumber": number,
        "DefaultDeliveryTypes": {"Invoice": "ELECTRONICINVOICE" if org else "PRINT",
                                 "Offer": "EMAIL", "Order": "EMAIL"},
        "Email": mail or None,
        "EmailInvoice": "",
        "Fax": None,
        "GLN": None,
        "Name": name,
        "OrganisationNumber": org,
        "OurReference": "",
        "Phone1": tel,
        "Phone2": None,
        "PriceList": "A",
        "TermsOfPayment": "30",
        "Type": "COMPANY",
        "VATNumber": f"SE{digits(org)}01" if org else "",
        "VATType": "SEVAT" if org else "EXPORT",
        "VisitingAddress": vstreet if vstreet != street else None,
        "VisitingCity": vtown if vstreet != street else None,
        "VisitingZipCode": vpostcode if vstreet != street else None,
        "WWW": _f(row, "website"),
        "YourReference": "",
        "ZipCode": postcode or None,
    }  # fmt: skip
    return _json({"Customer": customer})


def jobtech_ad(row: dict[str, Any], rng: random.Random) -> str:
    """A job ad as Arbetsförmedlingen's JobTech JobSearch API returns it from ``GET
    /ad/{id}``: an invented id, web page, headline, deadline and dates, a ``description``
    whose text names the agency and repeats its number, ``employment_type``,
    ``working_hours_type``, the ``employer`` (``phone_number``, ``email``, ``url``,
    ``organization_number`` in ten digits, ``name``, ``workplace``), ``application_details``
    with an invented reference, ``occupation`` and the ``workplace_address``."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    when = _when(rng)
    ad = str(rng.randint(28000000, 28999999))
    headline, occupation, conditions = rng.choice(JOBS_ABROAD if abroad(row) else JOBS)
    street, postcode, town = visiting(row)
    deadline = (when + dt.timedelta(days=rng.choice((14, 21, 28)))).date()
    reference = f"{when.year}/{rng.randint(100, 4999)}"
    text = (
        f"{name} söker en {headline.lower()}. Du kommer att arbeta i en verksamhet med "
        f"höga krav på service och rättssäkerhet.\n\n{conditions}\n\nVälkommen med din ansökan "
        f"senast {deadline:%Y-%m-%d}. Har du frågor om tjänsten är du välkommen att ringa "
        f"vår växel på {tel}."
    )
    org = _f(row, "org_nr")
    doc = {
        "id": ad,
        "external_id": None,
        "original_id": None,
        "label": [],
        "webpage_url": f"https://arbetsformedlingen.se/platsbanken/annonser/{ad}",
        "logo_url": None,
        "headline": f"{headline} till {name}",
        "application_deadline": f"{deadline:%Y-%m-%d}T23:59:59",
        "number_of_vacancies": rng.choice((1, 1, 1, 2)),
        "description": {
            "text": text,
            "text_formatted": text,
            "company_information": None,
            "needs": None,
            "requirements": None,
            "conditions": conditions,
        },
        "employment_type": {"concept_id": "kpPX_CNN_gDU", "label": "Vanlig anställning",
                            "legacy_ams_taxonomy_id": "1"},
        "salary_type": {"label": "Fast månads- vecko- eller timlön"},
        "salary_description": "Individuell lönesättning tillämpas.",
        "working_hours_type": {"concept_id": "6YE1_gAC_R2G", "label": "Heltid",
                               "legacy_ams_taxonomy_id": "1"},
        "scope_of_work": {"min": 100, "max": 100},
        "employer": {
            "phone_number": tel,
            "email": mail or None,
            "url": _f(row, "website") or None,
            "organization_number": digits(org) if org else None,
            "name": name,
            "workplace": name,
        },
        "application_details": {
            "information": None,
            "reference": reference,
            "email": None,
            "via_af": False,
            "url": f"https://{_f(row, 'website') or 'www.swedenabroad.se'}/jobb",
            "other": None,
        },
        "experience_required": True,
        "access_to_own_car": False,
        "driving_license_required": occupation == "Chaufför",
        "occupation": {"label": occupation},
        "workplace_address": {
            "municipality": None,
            "region": None,
            "country": None if abroad(row) else "Sverige",
            "street_address": street,
            "postcode": postcode or None,
            "city": town or None,
        },
        "publication_date": f"{when:%Y-%m-%dT%H:%M:%S}",
        "last_publication_date": f"{deadline:%Y-%m-%d}T23:59:59",
        "removed": False,
        "removed_date": None,
        "source_type": "VIA_ANNONSERA",
        "timestamp": int(when.timestamp() * 1000),
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sie4_file": sie4_file,
    "agi_xml": agi_xml,
    "fortnox_customer": fortnox_customer,
    "jobtech_ad": jobtech_ad,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of
    its e-mail address labelled."""
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
