"""held_out_461 of the PII evaluation set: real telephone fields of a register no earlier part
used (Etatsbasen, the register of Norway's public bodies that Difi kept for norge.no and
published on its Datahotell: municipalities, county administrations, state agencies, courts,
police districts, embassies, libraries; Norway's earlier parts took helsenorge.no's places of
specialist treatment, Oslo kommune's kindergarten finder and Utdanningsdirektoratet's upper
secondary schools) exactly as published, in layouts no earlier part has, beside the register's
own names, organisation numbers, municipality numbers, addresses and web addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the first telephone of 300 public bodies and a second one of 30 of them
  (``scripts/data/pii_no_difi_etatsbasen.json``, written by
  ``scripts/no_difi_etatsbasen_data.py``; source and licence in that file): Norwegian
  eight-digit numbers as the register writes them, in pairs (``35 02 80 00``, two with two
  spaces in their middle) or as ``466 15 650``, and one embassy's second number of seven
  digits (``9501072``), no country code (the register keeps ``+47`` in a column of its own,
  which no layout writes); every copy labelled;
  the register has no e-mail addresses, and no layout invents one;
* the text around them is the same row's real fields: the body's names, its nine-digit
  organisation number (``964963649``), its municipality's number (``0827``), its visiting
  address and postcode (``3692``), its web address and the register's comments on a number
  (``fra utlandet``, ``sentralbord``), with invented Altinn party ids (eight digits, as a
  Norwegian number has), eInnsyn ids, property numbers (gårds- and bruksnummer), case numbers,
  dates and counts, unlabelled and scored;
* in layouts no earlier part has, formats of Norway's public registers and services, text in
  Norwegian Bokmål: answers of the Brønnøysund Register Centre's open Enhetsregisteret API
  (``GET /enhetsregisteret/api/enheter/{orgnr}``: the unit with ``organisasjonsform``,
  ``forretningsadresse``, ``telefon`` and ``mobil``, ``naeringskode1``,
  ``institusjonellSektorkode``, ``_links``), Altinn Register party lookups (``POST
  /register/api/v1/parties/lookup``: a ``Party`` of ``partyTypeName`` 2 with its
  ``organization``, ``telephoneNumber`` and ``mobileNumber``, ``mailingAddress``,
  ``businessAddress``), eInnsyn API ``Enhet`` objects (``GET /enhet/{id}``: ``navn``,
  ``navnNynorsk``, ``navnEngelsk``, ``orgnummer``, ``kontaktpunktAdresse``,
  ``kontaktpunktTelefon`` with the numbers and the register's comments, ``enhetstype``) and
  DiBK building applications in one step (Fellestjenester BYGG's ``ettrinn`` v4 XML: the body
  as ``tiltakshaver`` and as its own ``ansvarligSoeker``, each with ``organisasjonsnummer``,
  ``navn``, ``adresse``, ``telefonnummer`` and ``mobilnummer``, beside an invented property
  of the municipality and a small extension of the body's building).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of seven or eight digits, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_461.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_no_difi_etatsbasen.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_461.jsonl.gz"
SPLIT = "held_out_461"

LAYOUTS = ("brreg_enhet", "altinn_party", "einnsyn_enhet", "dibk_ettrinn")
PHONES = ("phone_1", "phone_2")
EDGES = {key: r"\d" for key in PHONES}
COLUMNS = {key: key for key in PHONES}
OSLO = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# organisasjonsform of the Enhetsregisteret by the register's kind of body (``orgstructid``)
FORMS = {
    "66": ("KOMM", "Kommune"),
    "59": ("FYLK", "Fylkeskommune"),
    "77": ("UTLA", "Utenlandsk enhet"),
    "81": ("FLI", "Forening/lag/innretning"),
    "82": ("FLI", "Forening/lag/innretning"),
}
ORGL = ("ORGL", "Organisasjonsledd")
# næringskode (SN2007) by kind of body
TRADES = {
    "76": ("84.210", "Utenrikssaker"),
    "77": ("84.210", "Utenrikssaker"),
    "19": ("84.230", "Retts- og fengselsvesen"),
    "73": ("91.011", "Bibliotek og arkiver"),
    "81": ("94.990", "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted"),
    "82": ("94.990", "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted"),
}
PUBLIC_ADMIN = ("84.110", "Generell offentlig administrasjon")
# small works a public body applies for (DiBK's tiltakstype codes)
WORKS = (
    ("tilbyggunder50m2", "Tilbygg med samlet areal mindre enn 50 m2", "Tilbygg til inngangsparti"),
    ("fasadeendring", "Vesentlig endring av fasade", "Nye vinduer og ny kledning"),
    ("skiltreklamefrittstaaende", "Skilt/reklame (frittstående)", "Informasjonsskilt"),
    ("garasjeunder70m2", "Garasje, uthus, anneks under 70 m2", "Bod for driftsutstyr"),
    ("rampe", "Rampe", "Rampe for universell utforming av hovedinngangen"),
)
CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[str]:
    """The body's kept telephones as published (one or two)."""
    return [v for v in (_f(row, k) for k in PHONES) if v]


def landline_and_mobile(row: dict[str, Any]) -> tuple[str, str]:
    """The body's numbers as a register with one telephone and one mobile field holds them:
    where of two numbers only the second is a mobile's (eight digits from 4 or 9), it is the
    mobile; else the first is the telephone and the second (or "") the mobile."""
    first, second = _f(row, "phone_1"), _f(row, "phone_2")

    def mobile(value: str) -> bool:
        digits = "".join(c for c in value if c.isdigit())
        return len(digits) == 8 and digits[0] in "49"

    if second and mobile(first) and not mobile(second):
        return second, first
    return first, second


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the kept ones is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephones labelled (each copy stands
    apart: no digit next to a number)."""
    values = [(key, _f(row, key)) for key in PHONES]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    return escape(value)


def name(row: dict[str, Any]) -> str:
    """The body's name in Bokmål."""
    return _f(row, "name_nb")


def orgnr(row: dict[str, Any]) -> str:
    """The body's organisation number."""
    return _f(row, "orgid")


def kind(row: dict[str, Any]) -> str:
    return _f(row, "orgstructid")


def lines(row: dict[str, Any]) -> list[str]:
    """The visiting address's lines (the empty ones left out)."""
    return [v for v in (_f(row, f"address{i}") for i in range(1, 5)) if v]


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "postalcode")


def city(row: dict[str, Any]) -> str:
    return _f(row, "city")


def abroad(row: dict[str, Any]) -> bool:
    """Whether the visiting address is outside Norway."""
    return _f(row, "country") not in ("", "Norge")


def address_line(row: dict[str, Any]) -> str:
    """The visiting address in one line (``Kommunehuset, 3692 Sauland``), "" where the register
    has none."""
    place = " ".join(v for v in (postcode(row), city(row)) if v)
    return ", ".join([*lines(row), place] if place else lines(row))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Norwegian time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=OSLO) + dt.timedelta(days=rng.randint(0, 330))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 15), minutes=rng.randint(0, 59))


def _ulid(rng: random.Random) -> str:
    """An invented id in eInnsyn's shape: 26 characters of Crockford's base 32, lower case."""
    return "01" + "".join(rng.choice(CROCKFORD) for _ in range(24))


def brreg_enhet(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of the Brønnøysund Register Centre's open Enhetsregisteret API (``GET
    https://data.brreg.no/enhetsregisteret/api/enheter/{orgnr}``, HAL JSON): the
    organisation number and name, ``organisasjonsform`` by the body's kind, ``hjemmeside``,
    ``forretningsadresse`` (the visiting address, with the municipality's number where the
    register gives one), ``telefon`` and ``mobil`` (``landline_and_mobile``),
    invented registration date and staff count, ``naeringskode1`` and
    ``institusjonellSektorkode`` by kind, the flags and ``_links``."""
    code, form = FORMS.get(kind(row), ORGL)
    trade = TRADES.get(kind(row), PUBLIC_ADMIN)
    sector = (
        ("6500", "Kommuneforvaltningen")
        if kind(row) in ("66", "59")
        else ("7000", "Ideelle organisasjoner")
        if kind(row) in ("81", "82")
        else ("9000", "Utlandet")
        if kind(row) == "77"
        else ("6100", "Statsforvaltningen")
    )
    doc: dict[str, Any] = {
        "organisasjonsnummer": orgnr(row),
        "navn": name(row),
        "organisasjonsform": {
            "kode": code,
            "beskrivelse": form,
            "_links": {
                "self": {
                    "href": f"https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/{code}"
                }
            },
        },
    }
    if _f(row, "url"):
        doc["hjemmeside"] = _f(row, "url")
    if address_line(row):
        address: dict[str, Any] = {"land": _f(row, "country") or "Norge"}
        if not abroad(row):
            address["landkode"] = "NO"
        if postcode(row):
            address["postnummer"] = postcode(row)
        if city(row):
            address["poststed"] = city(row).upper()
        address["adresse"] = lines(row)
        if _f(row, "kommunenummer") and kind(row) == "66":
            address["kommunenummer"] = _f(row, "kommunenummer")
        doc["forretningsadresse"] = address
    telefon, mobil = landline_and_mobile(row)
    doc["telefon"] = telefon
    if mobil:
        doc["mobil"] = mobil
    registered = dt.date(1995, 2, 20) + dt.timedelta(days=rng.randint(0, 6000))
    doc.update(
        {
            "registreringsdatoEnhetsregisteret": f"{registered:%Y-%m-%d}",
            "registrertIMvaregisteret": rng.random() < 0.4,
            "naeringskode1": {"kode": trade[0], "beskrivelse": trade[1]},
            "antallAnsatte": rng.randint(4, 900),
            "harRegistrertAntallAnsatte": True,
            "institusjonellSektorkode": {"kode": sector[0], "beskrivelse": sector[1]},
            "registrertIForetaksregisteret": False,
            "registrertIStiftelsesregisteret": False,
            "registrertIFrivillighetsregisteret": kind(row) in ("81", "82"),
            "konkurs": False,
            "underAvvikling": False,
            "underTvangsavviklingEllerTvangsopplosning": False,
            "maalform": "Bokmål",
            "_links": {
                "self": {"href": f"https://data.brreg.no/enhetsregisteret/api/enheter/{orgnr(row)}"}
            },
        }
    )
    return _json(doc)


def altinn_party(row: dict[str, Any], rng: random.Random) -> str:
    """An Altinn Register party lookup answer (``POST /register/api/v1/parties/lookup`` with
    the ``orgNo``): a ``Party`` of ``partyTypeName`` 2 (an organisation), an invented
    ``partyId`` (eight digits) and ``partyUuid``, the organisation number, ``unitType`` and
    name, and its ``organization`` with ``telephoneNumber`` and ``mobileNumber``
    (``landline_and_mobile``, null where the body has one number), no fax or e-mail address,
    ``internetAddress``, the visiting address as both ``mailingAddress`` and
    ``businessAddress``, and ``unitStatus`` ``N``."""
    code, _ = FORMS.get(kind(row), ORGL)
    street = ", ".join(lines(row)) or None
    telefon, mobil = landline_and_mobile(row)
    org = {
        "orgNumber": orgnr(row),
        "name": name(row),
        "unitType": code,
        "telephoneNumber": telefon,
        "mobileNumber": mobil or None,
        "faxNumber": None,
        "eMailAddress": None,
        "internetAddress": _f(row, "url") or None,
        "mailingAddress": street,
        "mailingPostalCode": postcode(row) or None,
        "mailingPostalCity": city(row).upper() or None,
        "businessAddress": street,
        "businessPostalCode": postcode(row) or None,
        "businessPostalCity": city(row).upper() or None,
        "unitStatus": "N",
    }
    doc = {
        "partyId": rng.randint(50_000_000, 51_999_999),
        "partyUuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "partyTypeName": 2,
        "orgNumber": orgnr(row),
        "ssn": None,
        "unitType": code,
        "name": name(row),
        "isDeleted": False,
        "onlyHierarchyElementWithNoAccess": False,
        "person": None,
        "organization": org,
        "childParties": None,
    }
    return _json(doc)


def contact_phones(row: dict[str, Any]) -> str:
    """The body's numbers as one contact field, each with the register's comment on it in
    brackets (``22 96 55 55 (Oslo) / 73 59 30 00 (Trondheim)``)."""
    out = []
    for i, key in enumerate(PHONES, 1):
        if _f(row, key):
            note = _f(row, f"phonecomment_{i}")
            out.append(f"{_f(row, key)} ({note})" if note else _f(row, key))
    return " / ".join(out)


def einnsyn_enhet(row: dict[str, Any], rng: random.Random) -> str:
    """An eInnsyn API ``Enhet`` (``GET https://api.einnsyn.no/enhet/{id}``): an invented id,
    ``created`` and ``updated``, ``entity`` ``Enhet``, the names in Bokmål, Nynorsk and English,
    ``orgnummer``, ``kontaktpunktAdresse`` (the visiting address in one line),
    ``kontaktpunktTelefon`` (the numbers with the register's comments), no e-mail address,
    ``enhetstype`` by kind, the flags and an invented ``parent`` where the register gives the
    body a parent."""
    created = _when(rng) - dt.timedelta(days=rng.randint(200, 900))
    updated = _when(rng)
    etype = {"66": "KOMMUNE", "59": "FYLKE"}.get(kind(row), "VIRKSOMHET")
    doc = {
        "id": f"enhet_{_ulid(rng)}",
        "created": f"{created:%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "Z",
        "updated": f"{updated:%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "Z",
        "entity": "Enhet",
        "navn": name(row),
        "navnNynorsk": _f(row, "name_nn") or None,
        "navnEngelsk": _f(row, "name_en") or None,
        "orgnummer": orgnr(row),
        "kontaktpunktAdresse": address_line(row) or None,
        "kontaktpunktEpost": None,
        "kontaktpunktTelefon": contact_phones(row),
        "innsynskravEpost": None,
        "enhetstype": etype,
        "skjult": False,
        "eFormidling": rng.random() < 0.7,
        "teknisk": False,
        "visToppnode": False,
        "parent": f"enhet_{_ulid(rng)}" if _f(row, "parentid") else None,
    }
    return _json(doc)


def _party(row: dict[str, Any], tag: str) -> list[str]:
    """The body as a party of the application (``tiltakshaver``, ``ansvarligSoeker``)."""
    kind_code = "Organisasjon" if kind(row) in ("81", "82", "77") else "Offentlig myndighet"
    out = [
        f"  <{tag}>",
        "    <partstype>",
        f"      <kodeverdi>{kind_code}</kodeverdi>",
        f"      <kodebeskrivelse>{kind_code}</kodebeskrivelse>",
        "    </partstype>",
        '    <foedselsnummer xsi:nil="true" />',
        f"    <organisasjonsnummer>{orgnr(row)}</organisasjonsnummer>",
        f"    <navn>{_x(name(row))}</navn>",
    ]
    if address_line(row):
        out.append("    <adresse>")
        for i, line in enumerate(lines(row)[:3], 1):
            out.append(f"      <adresselinje{i}>{_x(line)}</adresselinje{i}>")
        if postcode(row):
            out.append(f"      <postnr>{_x(postcode(row))}</postnr>")
        if city(row):
            out.append(f"      <poststed>{_x(city(row))}</poststed>")
        out.append(f"      <landkode>{'NO' if not abroad(row) else ''}</landkode>")
        out.append("    </adresse>")
    else:
        out.append('    <adresse xsi:nil="true" />')
    telefon, mobil = landline_and_mobile(row)
    out.append(f"    <telefonnummer>{_x(telefon)}</telefonnummer>")
    if mobil:
        out.append(f"    <mobilnummer>{_x(mobil)}</mobilnummer>")
    else:
        out.append('    <mobilnummer xsi:nil="true" />')
    out += ['    <epost xsi:nil="true" />', f"  </{tag}>"]
    return out


def dibk_ettrinn(row: dict[str, Any], rng: random.Random) -> str:
    """A DiBK building application in one step (Fellestjenester BYGG, ``ettrinn`` v4 XML): an
    invented property of the site (the municipality's number where the register gives one,
    gårds- and bruksnummer), the site's address (the body's visiting address), the works (a
    small extension, façade, sign, shed or ramp of the body's building, an invented area), the
    body as ``tiltakshaver`` and as its own ``ansvarligSoeker`` (organisation number, name,
    address, ``telefonnummer`` and ``mobilnummer``, no e-mail address), the municipality's
    invented case number and the sending system."""
    when = _when(rng)
    code, text, purpose = rng.choice(WORKS)
    municipality = _f(row, "kommunenummer") if kind(row) == "66" else ""
    site = [
        "  <eiendomByggested>",
        "    <eiendom>",
        "      <eiendomsidentifikasjon>",
        (
            f"        <kommunenummer>{municipality}</kommunenummer>"
            if municipality
            else '        <kommunenummer xsi:nil="true" />'
        ),
        f"        <gaardsnummer>{rng.randint(1, 220)}</gaardsnummer>",
        f"        <bruksnummer>{rng.randint(1, 600)}</bruksnummer>",
        "        <festenummer>0</festenummer>",
        "        <seksjonsnummer>0</seksjonsnummer>",
        "      </eiendomsidentifikasjon>",
    ]
    if lines(row):
        site += [
            "      <adresse>",
            f"        <adresselinje1>{_x(lines(row)[0])}</adresselinje1>",
            f"        <postnr>{_x(postcode(row))}</postnr>",
            f"        <poststed>{_x(city(row))}</poststed>",
            "      </adresse>",
        ]
    site += ["    </eiendom>", "  </eiendomByggested>"]
    doc = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ettrinn xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns="https://skjema.ft.dibk.no/ettrinn/v4">',
        *site,
        "  <beskrivelseAvTiltak>",
        "    <type>",
        "      <type>",
        f"        <kodeverdi>{code}</kodeverdi>",
        f"        <kodebeskrivelse>{_x(text)}</kodebeskrivelse>",
        "      </type>",
        "    </type>",
        f"    <bruk><beskrivPlanlagtFormaal>{_x(purpose)} for {_x(name(row))}"
        f" ({rng.randint(6, 48)} m2)</beskrivPlanlagtFormaal></bruk>",
        "  </beskrivelseAvTiltak>",
        *_party(row, "tiltakshaver"),
        *_party(row, "ansvarligSoeker"),
        "  <kommunensSaksnummer>",
        f"    <saksaar>{when.year}</saksaar>",
        f"    <sakssekvensnummer>{rng.randint(100, 9999)}</sakssekvensnummer>",
        "  </kommunensSaksnummer>",
        "  <metadata>",
        "    <fraSluttbrukersystem>Byggesøknaden</fraSluttbrukersystem>",
        f"    <ftbId>{uuid.UUID(int=rng.getrandbits(128), version=4)}</ftbId>",
        f"    <prosjektnavn>{_x(purpose)}</prosjektnavn>",
        "  </metadata>",
        "</ettrinn>",
        "",
    ]
    return "\n".join(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "brreg_enhet": brreg_enhet,
    "altinn_party": altinn_party,
    "einnsyn_enhet": einnsyn_enhet,
    "dibk_ettrinn": dibk_ettrinn,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephones labelled."""
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
