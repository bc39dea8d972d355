"""held_out_271 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Norway's upper secondary schools in Utdanningsdirektoratet's national school
register, NSR, as Geonorge distributes it; Norway's earlier parts took helsenorge.no's places
of specialist treatment and Oslo kommune's kindergartens) exactly as published, in layouts no
earlier part has, beside the register's own names, addresses and identifiers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
Nordic numbers from registers of Denmark's Ministry of Education, Finland's libraries,
Systembolaget, Statistics Sweden and Gothenburg; here:

* the values are the schools' ``kontaktinformasjon_kontaktinformasjon_telefonnummer`` and
  e-mail fields and their owners' (``eier_skoleeier_telefonnummer``,
  ``eier_skoleeier_epostadresse``) of 400 schools
  (``scripts/data/pii_no_udir_upper_secondary.json``, written by
  ``scripts/no_udir_upper_secondary_data.py``; source and licence in that file): Norwegian
  numbers of eight digits with no ``+47`` and no spacing (``32246100``), each copy labelled;
  the owners' four-digit numbers (``5557``, ``2180``) written where the layout names the owner's
  number, short numbers no person holds: unlabelled distractors; each copy of an e-mail
  address labelled;
* the text around them is the same row's real fields: the school's and owner's names and
  nine-digit organisation numbers (``974605937``), seven-digit NSR ids (``1005722``), postcodes,
  municipality and county numbers, the lowest and highest grade, pupil and staff counts, web
  addresses, the register's UUIDs and update times, with invented contact ids, customer
  numbers, ad references, STYRK-08 occupation codes and dates, unlabelled and scored;
* in layouts no earlier part has, of the Norwegian school sector and its suppliers, text in
  Norwegian: FINT ``Skole`` resources (the information model of Felles IKT i fylkeskommunene,
  the counties' common API, as its consumer API returns one school in HAL JSON:
  ``kontaktinformasjon.telefonnummer``, ``epostadresse``, ``_links``), NSR API ``enhet``
  responses (Udir's own register API: ``Telefon``, ``Epost``, ``ForeldreRelasjoner`` naming the
  owner), NAV arbeidsplassen.no import-API job ads (``pam-import-api``: the school as
  ``employer``, ``contactList`` with ``phone`` and ``email``, an ``adText`` HTML paragraph and
  an ``employerdescription`` naming the owner's number in prose), and Fiken API v2 contacts (the
  Norwegian accounting service: the school as a customer, ``phoneNumber``, ``email``,
  ``organizationNumber``, its owner as ``contactPerson`` for invoices).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_271.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_no_udir_upper_secondary.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_271.jsonl.gz"
SPLIT = "held_out_271"

LAYOUTS = ("fint_skole", "nsr_enhet", "arbeidsplassen_ad", "fiken_contact")
PHONE = "kontaktinformasjon_kontaktinformasjon_telefonnummer"
EMAIL = "kontaktinformasjon_kontaktinformasjon_epostadresse"
OWNER_PHONE = "eier_skoleeier_telefonnummer"
OWNER_EMAIL = "eier_skoleeier_epostadresse"
EDGES = {"phone": r"\d", "owner_phone": r"\d", "email": r"[\w.@-]", "owner_email": r"[\w.@-]"}
CET = dt.timezone(dt.timedelta(hours=1))
NULL = "\\N"  # the dump's NULL

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented vacancies: title, STYRK-08 code and its name, extent, engagement type
JOBS = (
    ("Lektor i norsk", "2330", "Lektorer og lærere i videregående skole", "Heltid", "Fast"),
    ("Lærer i matematikk og naturfag", "2330", "Lektorer og lærere i videregående skole",
     "Heltid", "Vikariat"),
    ("Lærer i helse- og oppvekstfag", "2330", "Lektorer og lærere i videregående skole",
     "Deltid", "Fast"),
    ("Rådgiver, karriereveiledning", "2359", "Annet undervisningspersonale", "Heltid", "Fast"),
    ("Konsulent, skolens administrasjon", "4110", "Kontormedarbeidere", "Heltid", "Engasjement"),
    ("IKT-koordinator", "3512", "IKT-brukerstøtte", "Heltid", "Fast"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the dump has NULL)."""
    value = row["fields"].get(key, NULL).strip()
    return "" if value == NULL else value


def phone(row: dict[str, Any]) -> str:
    """The school's phone field as published (eight digits)."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The school's e-mail address as published ("" where it has none)."""
    return _f(row, EMAIL)


def owner_phone(row: dict[str, Any]) -> str:
    """The owner's phone field as published (eight or four digits; "" where it has none)."""
    return _f(row, OWNER_PHONE)


def owner_email(row: dict[str, Any]) -> str:
    """The owner's e-mail address as published ("" where it has none)."""
    return _f(row, OWNER_EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the school's and the owner's phone fields and
    e-mail addresses labelled (each copy stands apart: no digit next to a number, no address
    character next to an address); where the owner's field equals the school's, its copies are
    the school's (taken first)."""
    values = [
        ("phone", phone(row)),
        ("owner_phone", owner_phone(row)),
        ("email", email(row)),
        ("owner_email", owner_email(row)),
    ]
    columns = {"phone": PHONE, "owner_phone": OWNER_PHONE, "owner_email": OWNER_EMAIL}
    block = field_copies(text, values, EDGES, columns, row["path"], nested=True)
    # ``field_copies`` takes the kind "email" alone as an address: the owner's too
    return _owner_emails_as_emails(block)


def _owner_emails_as_emails(block: Record) -> Record:
    """``block`` with the copies ``field_copies`` took as the owner's e-mail column turned into
    e-mail labels."""
    out = Record()
    out.text = block.text
    out.emails = sorted(
        [*block.emails]
        + [(at, at + len(value)) for at, column, value in block.phones if column == OWNER_EMAIL]
    )
    out.phones = [p for p in block.phones if p[1] != OWNER_EMAIL]
    return out


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each copy of a phone field (one number each) labelled, one no person holds (the owners'
    four-digit numbers) a distractor, its kind by ``international``, each e-mail address
    labelled."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, value in block.phones:
        kind = "international" if international(value) else "national"
        span = [at, at + len(value), "PHONE_NUMBER", f"{kind}:{column}"]
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


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (CET), to the second."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=CET)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented UUID (version 4 bits set)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    """``doc`` as the APIs answer it: UTF-8 JSON, two-space indent."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _or_none(value: str) -> str | None:
    return value or None


def _site(row: dict[str, Any]) -> str:
    """The school's web address as published ("" where it has none, or where the field holds
    an e-mail address behind ``www.``: one row's does)."""
    site = _f(row, "webside")
    return "" if "@" in site else site


def _web(row: dict[str, Any]) -> str:
    """The school's web address with a scheme ("" where it has none)."""
    site = _site(row)
    if not site:
        return ""
    return site if site.startswith("http") else f"https://{site}"


def _grades(row: dict[str, Any]) -> str:
    """``Vg1–Vg3`` from the lowest and highest grade (11 to 13), "" where the row has none."""
    low, high = _f(row, "lavestetrinn"), _f(row, "hoyestetrinn")
    if not (low.isdigit() and high.isdigit()):
        return ""
    return f"Vg{int(low) - 10}–Vg{int(high) - 10}" if low != high else f"Vg{int(low) - 10}"


def _visit(row: dict[str, Any]) -> tuple[str, str, str]:
    return (
        _f(row, "besoksadresse_besoksadresse_adressenavn"),
        _f(row, "besoksadresse_besoksadresse_postnummer"),
        _f(row, "besoksadresse_besoksadresse_poststed"),
    )


def _post(row: dict[str, Any]) -> tuple[str, str, str]:
    return (
        _f(row, "postadresse_postadresse_adressenavn"),
        _f(row, "postadresse_postadresse_postnummer"),
        _f(row, "postadresse_postadresse_poststed"),
    )


def _updated(row: dict[str, Any]) -> str:
    """The register's update time in ISO 8601 (``2022-11-13T09:56:08+01:00``)."""
    stamp = _f(row, "oppdateringsdato")
    return stamp.replace(" ", "T") + ":00" if stamp else ""


def fint_skole(row: dict[str, Any], rng: random.Random) -> str:
    """A FINT ``Skole`` resource of the utdanning/utdanningsprogram domain as the counties'
    consumer API returns one (HAL JSON): ``kontaktinformasjon`` with ``epostadresse``,
    ``nettsted`` and ``telefonnummer``, the name, ``organisasjonsnummer`` and ``skolenummer``
    identifiers (the NSR id), the visiting address as ``forretningsadresse`` and the postal
    address, an invented ``systemId`` and ``_links`` to the owner and programme resources."""
    name = _f(row, "skolenavn")
    system_id = _uuid(rng)
    root = "https://api.felleskomponent.no/utdanning"
    base = f"{root}/utdanningsprogram"
    street, code, town = _visit(row)
    pstreet, pcode, ptown = _post(row)
    site = _web(row)
    programme = rng.choice(("ST", "HO", "EL", "BA", "IM"))
    doc = {
        "domenenavn": site.split("//", 1)[1].split("/", 1)[0] if site else None,
        "juridiskNavn": name,
        "kontaktinformasjon": {
            "epostadresse": _or_none(email(row)),
            "mobiltelefonnummer": None,
            "nettsted": _or_none(site),
            "sip": None,
            "telefonnummer": phone(row),
        },
        "navn": name,
        "organisasjonsnavn": name,
        "organisasjonsnummer": {"identifikatorverdi": _f(row, "organisasjonsnummer")},
        "forretningsadresse": {
            "adresselinje": [street] if street else [],
            "postnummer": _or_none(code),
            "poststed": _or_none(town),
        },
        "postadresse": {
            "adresselinje": [pstreet] if pstreet else [],
            "postnummer": _or_none(pcode),
            "poststed": _or_none(ptown),
        },
        "skolenummer": {"identifikatorverdi": _f(row, "nsrid")},
        "systemId": {"identifikatorverdi": system_id},
        "_links": {
            "self": [{"href": f"{base}/skole/systemid/{system_id}"}],
            "skoleeiertype": [
                {"href": f"{root}/kodeverk/skoleeiertype/systemid/"
                 f"{'OFF' if _f(row, 'eierforhold') == 'Offentlig' else 'PRI'}"}
            ],
            "utdanningsprogram": [
                {"href": f"{base}/utdanningsprogram/systemid/{programme}"}
            ],
        },
    }  # fmt: skip
    return _json(doc)


def nsr_enhet(row: dict[str, Any], rng: random.Random) -> str:
    """An NSR API response for one unit (``GET /v3/enhet/{orgnr}``, Udir's school register):
    ``Organisasjonsnummer``, ``NSRId``, ``Navn``, ``Epost``, ``Telefon``, ``Url``, the
    school flags, grades, pupil and staff counts, visiting and postal addresses, municipality
    and county numbers, the owner in ``ForeldreRelasjoner`` (its name and organisation number)
    and the update time."""
    street, code, town = _visit(row)
    pstreet, pcode, ptown = _post(row)
    public = _f(row, "eierforhold") == "Offentlig"
    relations = []
    if _f(row, "eier_skoleeier_organisasjonsnummer"):
        relations.append({
            "Enhet": {
                "Organisasjonsnummer": _f(row, "eier_skoleeier_organisasjonsnummer"),
                "Navn": _f(row, "organisasjonsnavn"),
            },
            "Relasjonstype": {"Id": "1", "Navn": "Eierstruktur"},
        })  # fmt: skip
    pupils, staff = _f(row, "antallelever"), _f(row, "antallansatte")
    doc = {
        "NSRId": int(_f(row, "nsrid")),
        "Organisasjonsnummer": _f(row, "organisasjonsnummer"),
        "Navn": _f(row, "skolenavn"),
        "Karakteristikk": "",
        "Epost": email(row),
        "Telefon": phone(row),
        "Url": _site(row),
        "ErAktiv": _f(row, "idrift") == "Ja",
        "ErSkole": True,
        "ErSkoleEier": False,
        "ErGrunnSkole": False,
        "ErVideregaaendeSkole": True,
        "ErOffentligSkole": public,
        "ErPrivatskole": not public,
        "SkoleTrinnFra": int(_f(row, "lavestetrinn") or 0),
        "SkoleTrinnTil": int(_f(row, "hoyestetrinn") or 0),
        "Elevtall": int(pupils) if pupils else None,
        "AntallAnsatte": int(staff) if staff else None,
        "Besoksadresse": {"Adress": street, "Postnr": code, "Poststed": town, "Land": "Norge"},
        "Postadresse": {"Adress": pstreet, "Postnr": pcode, "Poststed": ptown, "Land": "Norge"},
        "Kommune": {"Kommunenr": _f(row, "kommunenummer")},
        "Fylke": {"Fylkesnr": _f(row, "fylkesnummer")},
        "ForeldreRelasjoner": relations,
        "DatoEndret": _updated(row),
    }
    return _json(doc)


def arbeidsplassen_ad(row: dict[str, Any], rng: random.Random) -> str:
    """A job ad as NAV's arbeidsplassen.no import API takes it (``pam-import-api``, one ad of
    an upload): an invented reference, title and dates, the school as ``employer`` (name,
    organisation number, visiting address), a STYRK-08 ``categoryList`` entry, ``properties``
    (extent, engagement type, sector, application due date, an ``employerdescription`` naming
    the owner and its number where it has one), the ad text as an HTML paragraph
    naming the school's number and address, and the school's office in ``contactList``
    (``phone``, ``email``)."""
    name, tel, mail = _f(row, "skolenavn"), phone(row), email(row)
    title, styrk, styrk_name, extent, engagement = rng.choice(JOBS)
    published = _when(rng)
    due = published + dt.timedelta(days=rng.choice((14, 21, 28)))
    street, code, town = _visit(row)
    ask = f"Spørsmål om stillingen kan rettes til skolens kontor (telefon {tel}"
    ask += f", e-post {escape(mail)})." if mail else ")."
    grades, pupils = _grades(row), _f(row, "antallelever")
    about = (
        f"Skolen har {pupils} elever{f' på {grades}' if grades else ''} og ligger"
        if pupils
        else "Skolen ligger"
    )
    text = (
        f"<p>{escape(name)} søker {escape(title.lower())}"
        f"{f' fra {due + dt.timedelta(days=30):%d.%m.%Y}' if rng.random() < 0.5 else ''}. "
        f"{about} i {escape(street)}, {code} {escape(town.title())}.</p><p>{ask}</p>"
    )
    owner = _f(row, "organisasjonsnavn")
    description = f"{name} eies av {owner}." if owner else f"{name} er en videregående skole."
    if owner and owner_phone(row):
        description += f" Sentralbord {owner}: {owner_phone(row)}."
    properties = {
        "extent": extent,
        "engagementtype": engagement,
        "sector": "Offentlig" if _f(row, "eierforhold") == "Offentlig" else "Privat",
        "applicationdue": f"{due:%Y-%m-%d}",
        "starttime": "Etter avtale",
        "jobtitle": title,
        "employerdescription": description,
    }
    contact = {"name": "Skolens kontor", "title": "Ekspedisjonen", "phone": tel}
    if mail:
        contact["email"] = mail
    doc = {
        "reference": f"vgs-{_f(row, 'nsrid')}-{published:%Y}-{rng.randint(1, 99):02d}",
        "positions": rng.choice((1, 1, 1, 2)),
        "title": f"{title} ved {name}",
        "adText": text,
        "privacy": "SHOW_ALL",
        "published": f"{published:%Y-%m-%dT%H:%M:%S}",
        "expires": f"{due:%Y-%m-%dT23:59:00}",
        "employer": {
            "reference": _f(row, "organisasjonsnummer"),
            "businessName": name,
            "orgnr": _f(row, "organisasjonsnummer"),
            "location": {
                "address": street,
                "postalCode": code,
                "city": town,
                "country": "NORGE",
            },
        },
        "categoryList": [{"code": styrk, "categoryType": "STYRK08", "name": styrk_name}],
        "properties": properties,
        "contactList": [contact],
    }
    return _json(doc)


def fiken_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A contact as Fiken's API v2 returns it (``GET /companies/{slug}/contacts/{id}``) from
    an invented supplier's books: the school as customer with invented ``contactId`` and
    ``customerNumber``, ``email``, ``organizationNumber``, ``phoneNumber``, its postal address,
    its owner as the ``contactPerson`` for invoices (the owner's number and e-mail where the
    register has them) and invented creation and change dates."""
    created = _when(rng)
    pstreet, pcode, ptown = _post(row)
    street, code, town = _visit(row)
    person: dict[str, Any] = {
        "contactPersonId": rng.randint(1_000_000, 9_999_999),
        "name": f"Fakturamottak {_f(row, 'organisasjonsnavn') or _f(row, 'skolenavn')}",
    }
    if owner_email(row):
        person["email"] = owner_email(row)
    if owner_phone(row):
        person["phoneNumber"] = owner_phone(row)
    doc = {
        "contactId": rng.randint(1_000_000_000, 9_999_999_999),
        "createdDate": f"{created:%Y-%m-%d}",
        "lastModifiedDate": f"{created + dt.timedelta(days=rng.randint(0, 40)):%Y-%m-%d}",
        "name": _f(row, "skolenavn"),
        "email": email(row),
        "organizationNumber": _f(row, "organisasjonsnummer"),
        "customerNumber": rng.randint(10001, 10999),
        "customer": True,
        "supplier": False,
        "phoneNumber": phone(row),
        "address": {
            "streetAddress": pstreet or street,
            "streetAddressLine2": "",
            "city": ptown or town,
            "postCode": pcode or code,
            "country": "Norge",
        },
        "groups": ["Skoler"],
        "contactPerson": [person],
        "currency": "NOK",
        "language": "Norwegian",
        "inactive": False,
        "daysUntilInvoicingDueDate": rng.choice((14, 30)),
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "fint_skole": fint_skole,
    "nsr_enhet": nsr_enhet,
    "arbeidsplassen_ad": arbeidsplassen_ad,
    "fiken_contact": fiken_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and e-mail
    fields labelled."""
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
