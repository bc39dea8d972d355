"""held_out_241 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Netherlands' ZBO-register, the Ministry of the Interior's register of autonomous
administrative authorities; the Netherlands' earlier parts took DUO's schools, the
municipalities' general numbers, the childcare register and the Museumkaart's museums) exactly
as published, in layouts no earlier part has, beside the register's own names, addresses, dates
and parliamentary papers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Telefoon`` and ``E-mail`` fields of 99 ZBOs and parts of clusters
  (``scripts/data/pii_nl_zbo_register.json``, written by ``scripts/nl_zbo_register_data.py``;
  source and licence in that file): Dutch numbers as the register writes them, the trunk ``0``
  and the area code set off by a space (``070 7222000``, ``0513 468111``; two in pairs,
  ``070 337 38 00``; one hyphenated, ``070-7517517``; ``0800 4887243`` and four ``0900``
  numbers, three of eight digits, ``0900 0210``), no ``+31``, each copy labelled; the office's
  e-mail address (77 of them; 22 fields hold a sentence pointing to a contact form instead,
  kept as unlabelled text) labelled wherever it stands;
* the text around them is the same row's real fields: the name and abbreviation, the postal
  and visiting address and postcode (``Postbus 16326``, ``2500 BH``), the web site, the
  ministry, the year founded, the staff in FTE, the date and parliamentary paper of the last
  evaluation (``TK 25268 nr. 132``), legal form, kind and the entry's change date, with invented
  system ids, UUIDs, party numbers, Staatscourant numbers and moments, unlabelled and scored;
* in layouts no earlier part has, Dutch government formats, text in Dutch: the Almanak's
  ``Overheidsorganisaties`` export XML 2.6.1 (``p:zelfstandigBestuursorgaan`` with
  ``p:telefoonnummer``, ``p:emailadres`` and a ``p:aantekening`` repeating them), VNG
  Klantinteracties API (Open Klant 2) ``partijen`` responses (a ``soortPartij`` ``organisatie``
  with its ``digitaleAdressen`` expanded, ``soortDigitaalAdres`` ``telefoonnummer`` and
  ``email``, an ``interneNotitie`` repeating them), VNG Objecten API objects (an invented
  objecttype's ``record.data`` with ``telefoonnummer``, ``emailadres`` and a ``toelichting``
  repeating the number and the address) and KOOP officiële publicaties XML of the Staatscourant (a
  ``mededeling`` of the ZBO whose ``al`` paragraphs name the number twice and the address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_241.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nl_zbo_register.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_241.jsonl.gz"
SPLIT = "held_out_241"

LAYOUTS = ("oo_export_xml", "klantinteracties_partij", "objecten_api_object", "stcrt_mededeling")
PHONE = "Telefoon"
EMAIL = "E-mail"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
AMSTERDAM_TZ = dt.timezone(dt.timedelta(hours=1))
OO_NS = "https://organisaties.overheid.nl/static/schema/oo/export/2.6.1"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subjects of the ZBOs' announcements in the Staatscourant (no real one is meant)
SUBJECTS = (
    "gewijzigde bereikbaarheid van het klantcontactcentrum",
    "verhuizing van de afdeling publieksvoorlichting",
    "openingstijden rond de feestdagen",
    "nieuwe werkwijze bij het indienen van aanvragen",
    "tijdelijke sluiting van de balie",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's telephone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address ("" where the field holds a sentence instead)."""
    value = _f(row, EMAIL)
    return value if "@" in value else ""


def contact_note(row: dict[str, Any]) -> str:
    """The sentence the e-mail field holds instead of an address ("" where it has one)."""
    return "" if email(row) else _f(row, EMAIL)


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and e-mail address labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2016 after the register's export (Amsterdam winter time)."""
    start = dt.datetime(2016, 9, 12, 8, 0, tzinfo=AMSTERDAM_TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 100 * 86400))


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _iso(value: str) -> str:
    """A register date (``05/09/16``, day first) as ISO 8601 (``2016-09-05``); "" stays ""."""
    if not value:
        return ""
    day, month, year = value.split("/")
    return f"20{year}-{month}-{day}"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _short(row: dict[str, Any]) -> str:
    """The abbreviation where the register gives one, else the name."""
    return _f(row, "Afkorting") or _f(row, "Naam")


def _visit(row: dict[str, Any]) -> str:
    """The visiting address on one line ("" where the register has none)."""
    street = _f(row, "Bezoekadres straat")
    rest = " ".join(
        p for p in (_f(row, "Bezoekadres postcode"), _f(row, "Bezoekadres plaats")) if p
    )
    return f"{street}, {rest}" if street and rest else street or rest


def _post(row: dict[str, Any]) -> str:
    """The postal address on one line."""
    line = " ".join(p for p in (_f(row, "Postcode"), _f(row, "Plaats")) if p)
    return f"{_f(row, 'Straat')}, {line}" if _f(row, "Straat") else line


def _oo_address(kind: str, street: str, postcode: str, place: str) -> list[str]:
    """One ``p:adres`` of the export ([] where the register gives no street or place)."""
    if not street and not place:
        return []
    lines = ["        <p:adres>", f"          <p:type>{kind}</p:type>"]
    if street:
        lines.append(f"          <p:straat>{_x(street)}</p:straat>")
    if postcode:
        lines.append(f"          <p:postcode>{_x(postcode)}</p:postcode>")
    if place:
        lines.append(f"          <p:plaats>{_x(place)}</p:plaats>")
    return [*lines, "        </p:adres>"]


def oo_export_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An export of the Almanak (``organisaties.overheid.nl``) in its ``Overheidsorganisaties``
    XML 2.6.1: ``p:overheidsorganisaties`` with an invented export moment and one
    ``p:zelfstandigBestuursorgaan`` of ``p:zelfstandigeBestuursorganen``: an invented
    ``p:systemId``, the name, abbreviation, type, the postal and visiting ``p:adres``, the number
    as ``p:telefoonnummer``, the address as ``p:emailadres`` (``p:email``), the web site, the
    ministry, the framework act's ``ja``/``nee``, legal form, kind, year founded, staff, the last
    evaluation (date, parliamentary paper) and the change date, with a ``p:aantekening`` (CDATA)
    repeating the number and the address or the register's sentence."""
    tel, mail = phone(row), email(row)
    when = _when(rng)
    system_id = rng.randint(120000, 460000)
    note = f"Algemeen telefoonnummer: {tel} (werkdagen 9.00-17.00 uur)"
    note += f"; e-mail: {mail}" if mail else f"; {contact_note(row)}"
    contact = [
        "      <p:telefoonnummers>",
        "        <p:telefoonnummer>",
        "          <p:label>Algemeen</p:label>",
        f"          <p:nummer>{_x(tel)}</p:nummer>",
        "        </p:telefoonnummer>",
        "      </p:telefoonnummers>",
    ]
    if mail:
        contact += [
            "      <p:emailadressen>",
            "        <p:emailadres>",
            f"          <p:email>{_x(mail)}</p:email>",
            "        </p:emailadres>",
            "      </p:emailadressen>",
        ]
    if _f(row, "Internetsite"):
        contact += [
            "      <p:internetadressen>",
            "        <p:internetadres>",
            f"          <p:url>{_x(_f(row, 'Internetsite'))}</p:url>",
            "        </p:internetadres>",
            "      </p:internetadressen>",
        ]
    evaluation = []
    if _f(row, "Datum laatste evaluatieverslag") or _f(
        row, "Kamerstuknummer laatste evaluatieverslag"
    ):
        evaluation = [
            "      <p:evaluatieverslag>",
            f"        <p:datum>{_iso(_f(row, 'Datum laatste evaluatieverslag'))}</p:datum>",
            "        <p:kamerstuknummer>"
            f"{_x(_f(row, 'Kamerstuknummer laatste evaluatieverslag'))}</p:kamerstuknummer>",
            "      </p:evaluatieverslag>",
        ]
    optional_tail = []
    if _f(row, "Jaar van oprichting"):
        optional_tail.append(
            f"      <p:jaarVanOprichting>{_f(row, 'Jaar van oprichting')}</p:jaarVanOprichting>"
        )
    if _f(row, "Personeelsomvang FTE"):
        optional_tail.append(
            f"      <p:personeelsomvang>{_x(_f(row, 'Personeelsomvang FTE'))}</p:personeelsomvang>"
        )
    optional = []
    if _f(row, "Afkorting"):
        optional.append(f"      <p:afkorting>{_x(_f(row, 'Afkorting'))}</p:afkorting>")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<p:overheidsorganisaties xmlns:p="{OO_NS}" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{OO_NS} {OO_NS}/oo-export-2.6.1.xsd" '
        f'p:datumTijdExport="{when:%Y-%m-%dT%H:%M:%S}">',
        "  <p:zelfstandigeBestuursorganen>",
        "    <p:zelfstandigBestuursorgaan>",
        f"      <p:systemId><p:systemId>{system_id}</p:systemId></p:systemId>",
        f"      <p:naam>{_x(_f(row, 'Naam'))}</p:naam>",
        *optional,
        "      <p:types><p:type>Zelfstandig bestuursorgaan</p:type></p:types>",
        "      <p:adressen>",
        *_oo_address("Postadres", _f(row, "Straat"), _f(row, "Postcode"), _f(row, "Plaats")),
        *_oo_address(
            "Bezoekadres",
            _f(row, "Bezoekadres straat"),
            _f(row, "Bezoekadres postcode"),
            _f(row, "Bezoekadres plaats"),
        ),
        "      </p:adressen>",
        *contact,
        f"      <p:relatieMetMinisterie>{_x(_f(row, 'Relatie met ministerie'))}"
        "</p:relatieMetMinisterie>",
        "      <p:kaderwetZboVanToepassing>"
        f"{_f(row, 'Kaderwet van toepassing').lower()}</p:kaderwetZboVanToepassing>",
        f"      <p:rechtsvorm>{_x(_f(row, 'Rechtsvorm'))}</p:rechtsvorm>",
        f"      <p:typeZbo>{_x(_f(row, 'Type ZBO'))}</p:typeZbo>",
        *optional_tail,
        *evaluation,
        f"      <p:aantekening><![CDATA[{note}]]></p:aantekening>",
        f"      <p:datumMutatie>{_iso(_f(row, 'Mutatiedatum'))}</p:datumMutatie>",
        "    </p:zelfstandigBestuursorgaan>",
        "  </p:zelfstandigeBestuursorganen>",
        "</p:overheidsorganisaties>",
        "",
    ]
    return "\n".join(lines)


def _ok_address(street: str, postcode: str, place: str) -> dict[str, str] | None:
    """An address as Klantinteracties writes one (three ``adresregel``s and the RSGB country
    code ``6030``), None where the register gives no street."""
    if not street:
        return None
    return {
        "nummeraanduidingId": "",
        "adresregel1": street,
        "adresregel2": " ".join(p for p in (postcode, place) if p),
        "adresregel3": "",
        "land": "6030",
    }


def klantinteracties_partij(row: dict[str, Any], rng: random.Random) -> str:
    """A VNG Klantinteracties API (Open Klant 2) answer to ``GET /klantinteracties/api/v1/
    partijen/{uuid}?expand=digitaleAdressen``: an invented UUID and ten-digit ``nummer``, the
    ZBO as ``soortPartij`` ``organisatie`` with ``partijIdentificatie.naam``, the visiting and
    postal address as ``bezoekadres`` and ``correspondentieadres``, an ``interneNotitie`` naming
    the number and the address (or the register's sentence), and under ``_expand`` its
    ``digitaleAdressen``: the number (``soortDigitaalAdres`` ``telefoonnummer``, the standard
    address) and the e-mail address (``email``)."""
    tel, mail = phone(row), email(row)
    base = "https://openklant.zbo-contact.nl/klantinteracties/api/v1"
    party = _guid(rng)
    note = f"Algemeen nummer {tel}, op werkdagen bereikbaar"
    note += f"; e-mail {mail} ({_short(row)})" if mail else f". {contact_note(row)}"
    addresses = [
        {
            "uuid": _guid(rng),
            "url": "",
            "verstrektDoorBetrokkene": None,
            "verstrektDoorPartij": {"uuid": party, "url": f"{base}/partijen/{party}"},
            "adres": tel,
            "soortDigitaalAdres": "telefoonnummer",
            "isStandaardAdres": True,
            "omschrijving": "Algemeen telefoonnummer",
            "referentie": "",
        }
    ]
    if mail:
        addresses.append({
            "uuid": _guid(rng),
            "url": "",
            "verstrektDoorBetrokkene": None,
            "verstrektDoorPartij": {"uuid": party, "url": f"{base}/partijen/{party}"},
            "adres": mail,
            "soortDigitaalAdres": "email",
            "isStandaardAdres": False,
            "omschrijving": "Algemeen e-mailadres",
            "referentie": "",
        })  # fmt: skip
    for address in addresses:
        address["url"] = f"{base}/digitaleadressen/{address['uuid']}"
    body = {
        "uuid": party,
        "url": f"{base}/partijen/{party}",
        "nummer": f"{rng.randint(1, 99999):010d}",
        "interneNotitie": note,
        "betrokkenen": [],
        "categorieRelaties": [],
        "digitaleAdressen": [{"uuid": a["uuid"], "url": a["url"]} for a in addresses],
        "voorkeursDigitaalAdres": {"uuid": addresses[0]["uuid"], "url": addresses[0]["url"]},
        "vertegenwoordigden": [],
        "rekeningnummers": [],
        "voorkeursRekeningnummer": None,
        "partijIdentificatoren": [],
        "soortPartij": "organisatie",
        "indicatieGeheimhouding": False,
        "voorkeurstaal": "nld",
        "indicatieActief": True,
        "bezoekadres": _ok_address(
            _f(row, "Bezoekadres straat"),
            _f(row, "Bezoekadres postcode"),
            _f(row, "Bezoekadres plaats"),
        ),
        "correspondentieadres": _ok_address(
            _f(row, "Straat"), _f(row, "Postcode"), _f(row, "Plaats")
        ),
        "partijIdentificatie": {"naam": _f(row, "Naam")},
        "_expand": {"digitaleAdressen": addresses},
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def objecten_api_object(row: dict[str, Any], rng: random.Random) -> str:
    """A VNG Objecten API (v2) object of an invented objecttype ``zbo-contactgegevens``: its
    ``url``, invented ``uuid`` and ``type``, and a ``record`` (``index``, ``typeVersion``,
    ``startAt``, ``registrationAt``, no correction) whose ``data`` holds the name,
    abbreviation, kind, the number as ``telefoonnummer``, the address as ``emailadres``, the web
    site, the postal and visiting address, the ministry, the legal form, the year founded and a
    ``toelichting`` repeating the number and the address (or the register's sentence)."""
    tel, mail = phone(row), email(row)
    when = _when(rng)
    obj, kind = _guid(rng), _guid(rng)
    explain = f"Voor vragen over {_short(row)} belt u {tel}"
    explain += f" of mailt u naar {mail} (werkdagen)." if mail else f". {contact_note(row)}"
    record_data: dict[str, Any] = {
        "naam": _f(row, "Naam"),
        "afkorting": _f(row, "Afkorting") or None,
        "soort": _f(row, "Type ZBO"),
        "telefoonnummer": tel,
        "emailadres": mail or None,
        "website": _f(row, "Internetsite") or None,
        "postadres": {
            "adres": _f(row, "Straat"),
            "postcode": _f(row, "Postcode"),
            "plaats": _f(row, "Plaats"),
        },
        "bezoekadres": {
            "adres": _f(row, "Bezoekadres straat"),
            "postcode": _f(row, "Bezoekadres postcode"),
            "plaats": _f(row, "Bezoekadres plaats"),
        },
        "ministerie": _f(row, "Relatie met ministerie"),
        "rechtsvorm": _f(row, "Rechtsvorm"),
        "oprichtingsjaar": _f(row, "Jaar van oprichting"),
        "toelichting": explain,
    }
    body = {
        "url": f"https://objecten.zbo-contact.nl/api/v2/objects/{obj}",
        "uuid": obj,
        "type": f"https://objecttypen.zbo-contact.nl/api/v2/objecttypes/{kind}",
        "record": {
            "index": rng.randint(1, 6),
            "typeVersion": rng.randint(1, 3),
            "data": record_data,
            "geometry": None,
            "startAt": f"{when:%Y-%m-%d}",
            "endAt": None,
            "registrationAt": f"{when:%Y-%m-%d}",
            "correctionFor": None,
            "correctedBy": None,
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _meta(name: str, content: str) -> str:
    return f"    <meta name={quoteattr(name)} content={quoteattr(content)}/>"


def stcrt_mededeling(row: dict[str, Any], rng: random.Random) -> str:
    """A publication of the Staatscourant in KOOP's XML of the officiële publicaties: the
    ``metadata`` (an invented ``stcrt`` identifier, the ZBO as ``DC.creator``, organisation
    type ``zelfstandig bestuursorgaan``, the issue date) and under ``staatscourant`` a
    ``mededeling`` of the ZBO about an invented subject: the ``intitule``, ``al`` paragraphs
    naming the visiting and postal address, the number twice, the e-mail address or the
    register's sentence, and an ``ondertekening`` in the ZBO's name."""
    tel, mail = phone(row), email(row)
    when = _when(rng)
    number = rng.randint(45000, 79999)
    ident = f"stcrt-{when.year}-{number}"
    subject = rng.choice(SUBJECTS)
    name = _f(row, "Naam")
    title = f"Mededeling van {name} over de {subject}"
    paragraphs = [
        f"{name} maakt bekend wat met ingang van {when.day} {_month(when.month)} {when.year} "
        f"geldt voor de {subject}.",
    ]
    if _visit(row):
        paragraphs.append(
            f"Het bezoekadres is {_visit(row)}; post kunt u richten aan {_post(row)}."
        )
    else:
        paragraphs.append(f"Post kunt u richten aan {_post(row)}.")
    paragraphs.append(
        f"Het algemene telefoonnummer blijft {tel}. U kunt op werkdagen van 9.00 tot 17.00 uur "
        f"bellen met {tel}."
    )
    if mail:
        paragraphs.append(f"Schriftelijke vragen kunt u ook per e-mail stellen: {mail}")
    else:
        paragraphs.append(contact_note(row))
    if _f(row, "Internetsite"):
        paragraphs.append(f"Meer informatie vindt u op {_f(row, 'Internetsite')}")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="https://technische-documentatie.oep.overheid.nl/schema/'
        'op-xsd-2012-2/">',
        "  <metadata>",
        _meta("DC.identifier", ident),
        _meta("DC.title", title),
        _meta("DC.creator", name),
        _meta("OVERHEID.organisationType", "zelfstandig bestuursorgaan"),
        _meta("DC.type", "Staatscourant"),
        _meta("OVERHEIDop.publicationName", "Staatscourant"),
        _meta("OVERHEIDop.publicatienummer", str(number)),
        _meta("DCTERMS.issued", f"{when:%Y-%m-%d}"),
        _meta("DCTERMS.language", "nl"),
        "  </metadata>",
        "  <staatscourant>",
        "    <mededeling>",
        f"      <intitule>{_x(title)}</intitule>",
        "      <vrije-tekst>",
        "        <tekst>",
        *[f"          <al>{_x(p)}</al>" for p in paragraphs],
        "        </tekst>",
        "      </vrije-tekst>",
        "      <ondertekening>",
        f"        <functie>Namens {_x(name)},</functie>",
        "        <functie>het hoofd Communicatie</functie>",
        "      </ondertekening>",
        "    </mededeling>",
        "  </staatscourant>",
        "</officiele-publicatie>",
        "",
    ]
    return "\n".join(lines)


MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip


def _month(month: int) -> str:
    return MONTHS[month - 1]


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "oo_export_xml": oo_export_xml,
    "klantinteracties_partij": klantinteracties_partij,
    "objecten_api_object": objecten_api_object,
    "stcrt_mededeling": stcrt_mededeling,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number and e-mail
    address labelled."""
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
