"""held_out_357 of the PII evaluation set: real contact lines of a register no earlier part used
(Regione Piemonte's list of the region's museums, ecomuseums and collections; Italy's earlier
parts took ICCU's libraries, Regione Lombardia's care homes, the comuni's contacts list,
Puglia's and Piemonte's accommodation lists, the Ministry of Justice's offices of the justices
of the peace and its prisons, the Ministry of Health's consultori and the prefectures'
contacts) exactly as published, in layouts no earlier part has, beside the list's own names,
addresses, postcodes and codes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the numbers and e-mail addresses of the ``info_utili`` contact line of 366
  museums (``scripts/data/pii_it_piemonte_musei.json``, written by
  ``scripts/it_piemonte_musei_data.py``; source and licence in that file), each number as the
  line writes it (``+39.011.4365832``, ``+39.011 94191``, ``+ 39 011.837.688``,
  ``011/9492578``, an alternative line after a slash, ``396982``, a mobile, ``+39.335.7071584``,
  a toll-free ``800811800``), read off the line by ``it_piemonte_musei_data.phone_numbers``
  (runs of six digits or more; a shorter ending that shortens the line before it, ``/107``,
  ``- 02``, is no number of its own and stays unlabelled text, as do an extension's digits,
  ``int. 3``), and each address of the line; every copy of each labelled;
* the text around them is the same row's real fields: the museum's name, kind and category,
  street, house number, postcode (``10124``), town, province, the town's ISTAT code
  (``001272``), coordinates and the date the entry was last changed, and the line's own notes
  and web addresses, with invented record ids, GERS ids, HERE place ids, venue ids, hours and
  dates, unlabelled and scored;
* in layouts no earlier part has, machine formats of places and cultural heritage, text in
  Italian: OAI-PMH 2.0 ``GetRecord`` answers with unqualified Dublin Core (``oai_dc``: the
  museum as ``dc:title``, its kind and category as ``dc:type`` and ``dc:subject``, the whole
  contact line in a ``dc:description``, town and province as ``dc:coverage``), Ticketmaster
  Discovery API v2 venue details (``GET /discovery/v2/venues/{id}``: the whole contact line
  as ``boxOfficeInfo.phoneNumberDetail``, beside invented opening hours, payment and
  collection details), HERE Geocoding & Search v7 ``lookup`` results (a ``place`` whose
  ``contacts`` list each number under ``phone``, ``mobile``, ``tollFree`` or ``fax`` by the
  word before it and each address under ``email``) and Overture Maps ``place`` features
  (GeoJSON, ``phones``, ``emails`` and ``websites`` lists, ``addresses`` with
  ``freeform``, ``locality``, ``postcode``, ``region``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number read off a
line has six digits or more, a length of Italy's plan, so each is labelled). Each record is
seeded by its own (split, locale, layout, index). Committed with its data before it was ever
scored.

    python scripts/pii_held_out_357.py   # rewrites the committed file
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

from it_piemonte_musei_data import EMAIL, phone_numbers
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_piemonte_musei.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_357.jsonl.gz"
SPLIT = "held_out_357"

LAYOUTS = ("oai_pmh_dc", "ticketmaster_venue", "here_lookup", "overture_place")
FIELD = "info_utili"
EDGES = {FIELD: r"\d", "email": r"[\w.@-]"}
COLUMNS = {FIELD: FIELD}
CET = dt.timezone(dt.timedelta(hours=1))
WEB = re.compile(r"(?<![\w@.])(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:it|com|org|net|eu|tk)"
                 r"(?:/[\w./-]*)?(?![\w@])")  # fmt: skip
# the kinds of the list's entries as Overture's and HERE's categories
OVERTURE = {
    "arte antica": "art_museum", "arte moderna e contemporanea": "art_museum",
    "storia e archeologia": "history_museum", "scienze": "science_museum",
    "tradizione": "museum", "tematici": "museum",
}  # fmt: skip
PROVINCES = {"To": "TO", "Cn": "CN", "Al": "AL", "At": "AT", "Bi": "BI", "No": "NO",
             "Vb": "VB", "Vc": "VC"}  # fmt: skip
HOURS = (
    "Martedì-domenica 10.00-18.00; lunedì chiuso.",
    "Sabato e domenica 10.00-12.30 e 14.30-18.30; negli altri giorni su prenotazione.",
    "Da aprile a ottobre: giovedì-domenica 9.30-13.00 e 15.00-19.00.",
    "Mercoledì-venerdì 14.00-18.00; sabato e domenica 10.00-19.00.",
)
PAYMENTS = (
    "Contanti, carte di credito e bancomat.",
    "Contanti e carte di debito; Abbonamento Musei Torino Piemonte accettato.",
    "Carte di credito (Visa, Mastercard) e contanti.",
)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    return row["fields"].get(key) or ""


def line(row: dict[str, Any]) -> str:
    """The museum's contact line as published, its outer blanks stripped."""
    return _f(row, FIELD).strip()


def numbers(row: dict[str, Any]) -> list[str]:
    """The numbers of the contact line, each as it stands, in order (``phone_numbers``)."""
    return phone_numbers(line(row))


def emails(row: dict[str, Any]) -> list[str]:
    """The e-mail addresses of the contact line, in order, each once."""
    return list(dict.fromkeys(EMAIL.findall(line(row))))


def websites(row: dict[str, Any]) -> list[str]:
    """The web addresses of the contact line (``www.sindone.org``), in order, each once."""
    text = EMAIL.sub(" ", line(row))
    return list(dict.fromkeys(m.group() for m in WEB.finditer(text)))


def kind_of(row: dict[str, Any], number: str) -> str:
    """What the line calls a number: ``fax`` where the words between it and the number before
    it say fax and not telephone (``Fax: +39.011.4319275``), ``tollFree`` for an ``800`` line,
    ``mobile`` for a mobile line (``3`` after the country code), else ``phone``."""
    text = line(row)
    at = text.index(number)
    before = text[:at]
    for other in numbers(row):
        end = text.find(other)
        if 0 <= end < at:
            before = text[end + len(other) : at]
    digits = identity_digits(number)
    if "fax" in before.lower() and "tel" not in before.lower():
        return "fax"
    if digits.startswith("80"):
        return "tollFree"
    return "mobile" if digits.startswith("3") and len(digits) >= 9 else "phone"


def identity_digits(number: str) -> str:
    """A number's digits less the country code where it is written with one."""
    digits = "".join(c for c in number if c.isdigit())
    return digits[2:] if number.startswith("+") and digits.startswith("39") else digits


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+39.``, ``+ 39``)."""
    return value.startswith("+")


def located(row: dict[str, Any]) -> bool:
    """Whether the entry has coordinates (ten have ``0.00000000``)."""
    return float(_f(row, "latitudine") or 0) != 0


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index; an entry with no coordinates is given one
    of the two layouts that need none (a HERE result and an Overture feature are points)."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    return layout if located(row) or n % 4 < 2 else LAYOUTS[n % 2]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the line's numbers and addresses, longest first (a number found inside
    a longer one is that one's)."""
    found = [(FIELD, v) for v in dict.fromkeys(numbers(row))] + [("email", m) for m in emails(row)]
    return sorted(found, key=lambda kv: -len(kv[1]))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the line's numbers and addresses labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def town(row: dict[str, Any]) -> str:
    return _f(row, "nome_comune")


def province(row: dict[str, Any]) -> str:
    """The province's two-letter code in capitals (``To`` as ``TO``)."""
    code = _f(row, "sigla_provincia")
    return PROVINCES.get(code, code.upper())


def street(row: dict[str, Any]) -> str:
    """Street and house number (``Via Po 55``), or "" where the entry has no street."""
    return " ".join(p for p in (_f(row, "indirizzo").strip(), _f(row, "numero_civico")) if p)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Italian winter time)."""
    return dt.datetime(2024, 1, 8, 8, tzinfo=CET) + dt.timedelta(minutes=rng.randint(0, 500_000))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def oai_pmh_dc(row: dict[str, Any], rng: random.Random) -> str:
    """An OAI-PMH 2.0 ``GetRecord`` answer with unqualified Dublin Core (``oai_dc``): the
    response date, the request (an invented repository's base URL, the record's identifier,
    ``metadataPrefix`` ``oai_dc``), one record whose header has an invented identifier, the
    entry's last change as datestamp and a set of its province; ``dc:title`` the museum,
    ``dc:type`` its kind, ``dc:subject`` its category, two ``dc:description``s (the address,
    then the whole contact line), ``dc:coverage`` the town and province, ``dc:identifier`` the
    list's id, ``dc:publisher``, ``dc:language`` and ``dc:date``."""
    when = _when(rng)
    ident = f"oai:beniculturali.piemonte.example:musei/{_f(row, 'id')}"
    changed = _f(row, "modified").replace(" ", "T") + "Z"
    address = ", ".join(p for p in (street(row), f"{_f(row, 'CAP')} {town(row)}".strip()) if p)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ '
        'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">',
        f"  <responseDate>{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}</responseDate>",
        f'  <request verb="GetRecord" identifier="{ident}" metadataPrefix="oai_dc">'
        "https://beniculturali.piemonte.example/oai</request>",
        "  <GetRecord>",
        "    <record>",
        "      <header>",
        f"        <identifier>{ident}</identifier>",
        f"        <datestamp>{changed}</datestamp>",
        f"        <setSpec>musei:{province(row).lower()}</setSpec>",
        "      </header>",
        "      <metadata>",
        '        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ '
        'http://www.openarchives.org/OAI/2.0/oai_dc.xsd">',
        f"          <dc:title>{escape(_f(row, 'nome'))}</dc:title>",
        f"          <dc:type>{escape(_f(row, 'nome_tipologia'))}</dc:type>",
        f"          <dc:subject>{escape(_f(row, 'nome_categoria'))}</dc:subject>",
        f"          <dc:description>Sede: {escape(address)}</dc:description>",
        f"          <dc:description>Informazioni utili: {escape(line(row))}</dc:description>",
        f"          <dc:coverage>{escape(town(row))} ({province(row)}), Piemonte</dc:coverage>",
        f"          <dc:identifier>{escape(_f(row, 'id'))}</dc:identifier>",
        "          <dc:publisher>Regione Piemonte</dc:publisher>",
        "          <dc:language>ita</dc:language>",
        f"          <dc:date>{_f(row, 'modified')[:10]}</dc:date>",
        "        </oai_dc:dc>",
        "      </metadata>",
        "    </record>",
        "  </GetRecord>",
        "</OAI-PMH>",
        "",
    ]
    return "\n".join(lines)


def ticketmaster_venue(row: dict[str, Any], rng: random.Random) -> str:
    """A Ticketmaster Discovery API v2 venue (``GET /discovery/v2/venues/{id}``, locale
    ``it-it``): an invented id, the museum's name, postcode, town, province, country, street,
    coordinates where it has them, ``boxOfficeInfo`` with the whole contact line as
    ``phoneNumberDetail`` beside invented opening hours, payment and collection details,
    ``generalInfo`` rules in Italian, upcoming events and the venue's link."""
    vid = "Z598xZ" + "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(12))
    venue: dict[str, Any] = {
        "name": _f(row, "nome"),
        "type": "venue",
        "id": vid,
        "test": False,
        "url": f"https://www.ticketmaster.it/venue/{rng.randint(100000, 999999)}",
        "locale": "it-it",
        "postalCode": _f(row, "CAP"),
        "timezone": "Europe/Rome",
        "city": {"name": town(row)},
        "state": {"name": _f(row, "nome_provincia"), "stateCode": province(row)},
        "country": {"name": "Italia", "countryCode": "IT"},
        "address": {"line1": street(row)},
    }
    if located(row):
        venue["location"] = {
            "longitude": _f(row, "longitudine"),
            "latitude": _f(row, "latitudine"),
        }
    venue["boxOfficeInfo"] = {
        "phoneNumberDetail": line(row),
        "openHoursDetail": rng.choice(HOURS),
        "acceptedPaymentDetail": rng.choice(PAYMENTS),
        "willCallDetail": "I biglietti acquistati online si ritirano in biglietteria "
        "presentando il codice di prenotazione almeno 15 minuti prima della visita.",
    }
    venue["generalInfo"] = {
        "generalRule": "Non è consentito introdurre zaini e borse di grandi dimensioni; "
        "fotografie senza flash ammesse.",
        "childRule": "Ingresso gratuito per i minori di 6 anni.",
    }
    venue["upcomingEvents"] = {"_total": (k := rng.randint(0, 6)), "ticketmaster": k}
    venue["_links"] = {"self": {"href": f"/discovery/v2/venues/{vid}?locale=it-it"}}
    return _json(venue)


def here_lookup(row: dict[str, Any], rng: random.Random) -> str:
    """A HERE Geocoding & Search v7 ``lookup`` result (``GET /v1/lookup?id=...&lang=it-IT``):
    an invented ``here:pds:place`` id, ``resultType`` ``place``, the address (label, country,
    state, county and its code, city, street, postcode, house number), position and access
    point, the museum category (``300-3100-0000``), ``contacts`` with each number of the line
    once under ``phone``, ``mobile``, ``tollFree`` or ``fax`` (``kind_of``), each address under
    ``email`` and each web address under ``www``, and invented opening hours."""
    lat, lng = float(_f(row, "latitudine")), float(_f(row, "longitudine"))
    address = {
        "label": ", ".join(
            p for p in (_f(row, "nome"), street(row), f"{_f(row, 'CAP')} {town(row)} "
                        f"{province(row)}".strip(), "Italia") if p
        ),
        "countryCode": "ITA",
        "countryName": "Italia",
        "state": "Piemonte",
        "countyCode": province(row),
        "county": _f(row, "nome_provincia"),
        "city": town(row),
        "street": _f(row, "indirizzo").strip(),
        "postalCode": _f(row, "CAP"),
    }  # fmt: skip
    if _f(row, "numero_civico"):
        address["houseNumber"] = _f(row, "numero_civico")
    contact: dict[str, list[dict[str, str]]] = {}
    for number in dict.fromkeys(numbers(row)):
        contact.setdefault(kind_of(row, number), []).append({"value": number})
    for web in websites(row):
        url = web if web.startswith("http") else f"http://{web}"
        contact.setdefault("www", []).append({"value": url})
    for mail in emails(row):
        contact.setdefault("email", []).append({"value": mail})
    item = {
        "title": _f(row, "nome"),
        "id": f"here:pds:place:380{_hex(rng, 5)}-{_hex(rng, 32)}",
        "language": "it",
        "resultType": "place",
        "address": address,
        "position": {"lat": lat, "lng": lng},
        "access": [{"lat": round(lat + rng.uniform(-2e-4, 2e-4), 5),
                    "lng": round(lng + rng.uniform(-2e-4, 2e-4), 5)}],
        "categories": [{"id": "300-3100-0000", "name": "Museo", "primary": True}],
        "contacts": [contact],
        "openingHours": [{"text": [rng.choice(HOURS)], "isOpen": False}],
    }  # fmt: skip
    return _json(item)


def overture_place(row: dict[str, Any], rng: random.Random) -> str:
    """An Overture Maps ``place`` feature (GeoJSON, schema of the places theme): an invented
    GERS id, the point, ``names.primary`` the museum, ``categories`` by its category
    (``museum``, ``art_museum``, ``history_museum``, ``science_museum``), a confidence,
    ``websites``, ``emails`` and ``phones`` (each number of the line once, as written),
    ``addresses`` (``freeform`` the street and number, ``locality``, ``postcode``, ``region``
    the province's ISO code, ``country``), an invented source record and ``operating_status``
    ``open``."""
    category = OVERTURE.get(_f(row, "nome_categoria"), "museum")
    props: dict[str, Any] = {
        "names": {"primary": _f(row, "nome"), "common": None, "rules": None},
        "categories": {
            "primary": category,
            "alternate": ["museum", "landmark_and_historical_building"]
            if category != "museum"
            else ["landmark_and_historical_building"],
        },
        "confidence": round(rng.uniform(0.55, 0.98), 6),
        "websites": [w if w.startswith("http") else f"http://{w}" for w in websites(row)] or None,
        "socials": None,
        "emails": emails(row) or None,
        "phones": list(dict.fromkeys(numbers(row))),
        "brand": None,
        "addresses": [
            {
                "freeform": street(row) or None,
                "locality": town(row),
                "postcode": _f(row, "CAP") or None,
                "region": f"IT-{province(row)}",
                "country": "IT",
            }
        ],
        "sources": [
            {
                "property": "",
                "dataset": "meta",
                "record_id": str(rng.randint(10**14, 10**15 - 1)),
                "update_time": f"{_when(rng):%Y-%m-%dT%H:%M:%S.000Z}",
                "confidence": None,
            }
        ],
        "operating_status": "open",
        "version": rng.randint(0, 3),
    }
    feature = {
        "type": "Feature",
        "id": f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{rng.choice('89ab')}"
        f"{_hex(rng, 3)}-{_hex(rng, 12)}",
        "geometry": {
            "type": "Point",
            "coordinates": [float(_f(row, "longitudine")), float(_f(row, "latitudine"))],
        },
        "properties": props,
    }
    return _json(feature)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "oai_pmh_dc": oai_pmh_dc,
    "ticketmaster_venue": ticketmaster_venue,
    "here_lookup": here_lookup,
    "overture_place": overture_place,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each number and address of
    its contact line labelled."""
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
