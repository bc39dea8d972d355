"""held_out_153 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Finland's municipal public libraries in the Finnish Library Directory of
Kirjastot.fi; no earlier part took a Finnish register) exactly as the directory gives them, in
layouts no earlier part has, beside the directory's own ids, names, addresses, coordinates and
services.

The procedure of ``held_out_150``, on another register and other layouts; earlier parts took
national numbers from registers of EE, LV, SE, NO, DK and many others; here:

* the values are the ``library_phone`` and ``library_email`` fields of 240 libraries and
  branches, a seeded sample of the 578 with a number
  (``scripts/data/pii_fi_public_libraries.json``, written by
  ``scripts/fi_public_libraries_data.py``; source and licence in that file):
  Finnish numbers as the libraries entered them, national with the trunk ``0`` and spaces
  (``09 3108 5032``, ``040 610 1900``; ``(014) 267 1249``, ``044-7426630``, Åland's
  ``018 34 595``; two written ``358504 723364``, the country code without ``+``), each copy
  labelled; the library's e-mail address where the row has one that names no person
  (``kirjasto@alajarvi.fi``, ``etela-haagan_kirjasto@hel.fi``; the others were left out of
  the data), each copy labelled;
* the text around them is the same row's real fields: the name, directory id (``84878``),
  street, five-digit postcode (``00320``), municipality, coordinates, web page and services,
  with invented statistics, counts, dates, times, uids, host names and record ids, unlabelled
  and scored;
* in layouts no earlier part has, statistical, calendar, catalogue-protocol and event-API
  formats, text in Finnish: PC-Axis (PX) files of a monthly lending table of the library
  (``KEYWORD=value;`` lines, ``VALUES``, ``CODES``, the number and address in ``CONTACT``
  and again in ``NOTE``, a ``DATA`` matrix), xCal documents (RFC 6321, iCalendar in XML) of an
  event at the library (the number in ``description`` and ``contact``, the address in
  ``description`` and as ``organizer``'s ``mailto:``, ``geo``, ``location``), SRU 1.2
  ``explainResponse``s of the library's catalogue server with a ZeeRex 2.0 ``explain`` record
  (``serverInfo``, ``databaseInfo`` whose ``description`` and ``contact`` name the number and
  address, ``indexInfo``, ``schemaInfo``, ``configInfo``) and place resources as the Linked
  Events API (the City of Helsinki's open event API) returns them from ``GET
  /v1/place/{id}/`` (``telephone`` and ``email`` fields, multilingual ``name``,
  ``street_address`` and ``description``, a GeoJSON ``position``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_153.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fi_public_libraries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_153.jsonl.gz"
SPLIT = "held_out_153"

LAYOUTS = ("pcaxis_px", "xcal_event", "sru_zeerex_explain", "linked_events_place")
PHONE = "library_phone"
EMAIL = "library_email"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the phone field and the e-mail address (where it has one)
COPIES = {layout: (2, 2) for layout in LAYOUTS}
EET = dt.timezone(dt.timedelta(hours=2))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented events by a service the library lists (else the last ones): summary, audience,
# description
EVENTS = (
    ("Satutunnit", "Satutunti", "Lapset", "Satutunti 3–6-vuotiaille ja heidän aikuisilleen."),
    ("Digituki", "Digitukea kirjastossa", "Aikuiset",
     "Apua älypuhelimen, tabletin ja tietokoneen käyttöön."),
    ("Lautapelit", "Lautapeli-ilta", "Nuoret", "Pelataan kirjaston lautapelejä yhdessä."),
    ("Näyttelytilat", "Näyttelyn avajaiset", "Kaikki",
     "Kuukauden näyttely avautuu kirjaston näyttelytilassa."),
    ("", "Lukupiiri", "Aikuiset", "Keskustellaan kuukauden kirjasta, uudet lukijat tervetuloa."),
    ("", "Kirjavinkkaus", "Kaikki", "Kirjaston henkilökunta vinkkaa uutuuksia."),
)  # fmt: skip
MONTHS = tuple(f"2023M{m:02d}" for m in range(1, 13))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as the data keeps it, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published ("" where the data kept none)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (two of the register's are, ``358``
    without a ``+``)."""
    return value.startswith(("+", "00", "358"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def address(row: dict[str, Any]) -> tuple[str, str, str]:
    """(street, postcode, town) of the address the directory joins as ``street, postcode,
    town`` (a street part may hold a comma: ``Espoon kulttuurikeskus, Kulttuuriaukio 2``)."""
    street, postcode, town = _f(row, "library_address").rsplit(", ", 2)
    return street, postcode, town


def services(row: dict[str, Any]) -> list[str]:
    """The services the directory lists for the library, in its order."""
    return list(row["fields"].get("library_services") or [])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of early 2024 (Finnish winter time), to the minute."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=EET)
    return start + dt.timedelta(minutes=rng.randint(0, 80 * 24 * 60))


def _x(value: str) -> str:
    """``value`` as XML text."""
    return escape(value)


def _px(value: str) -> str:
    """``value`` as a PX string (its double quotes as two single ones, as PX-Edit writes
    them)."""
    return '"' + value.replace('"', "''") + '"'


def pcaxis_px(row: dict[str, Any], rng: random.Random) -> str:
    """A PC-Axis file (PX, the format of PX-Web and Statistics Finland's databases) of an
    invented table of the library's loans, visits and opening hours by month of 2023: the
    keywords in their order (``CODEPAGE``, ``LANGUAGE``, ``CREATION-DATE``, ``MATRIX`` from the
    directory id, ``TITLE``, ``STUB``, ``HEADING``, ``VALUES``, ``CODES``), the library, its
    number and its address in ``CONTACT`` (``#`` a line break, as PX-Web shows it) and again in
    ``NOTE``, the municipality and coordinates in ``SOURCE``, and a ``DATA`` matrix of invented
    counts, one line per month."""
    name, tel, mail = _f(row, "library_branch_name"), phone(row), email(row)
    street, postcode, town = address(row)
    made = _when(rng)
    contact = f"{name}, {street}, {postcode} {town}#puh. {tel}"
    note = f"Luvut ovat kirjaston omia ennakkotietoja. Lisätietoja: {name}, puh. {tel}"
    if mail:
        contact += f"#{mail}#"
        note += f", sähköposti {mail}"
    else:
        contact += "#"
    note += " (kirjaston neuvonta)."
    source = f"{name}, {town} ({_f(row, 'lat')}, {_f(row, 'lon')})"
    base = rng.randint(300, 9000)
    lines = [
        'CHARSET="ANSI";',
        'AXIS-VERSION="2013";',
        'CODEPAGE="utf-8";',
        'LANGUAGE="fi";',
        f'CREATION-DATE="{made:%Y%m%d %H:%M}";',
        "DECIMALS=0;",
        "SHOWDECIMALS=0;",
        f'MATRIX="kirj_{_f(row, "id")}";',
        'SUBJECT-CODE="KIR";',
        'SUBJECT-AREA="Kirjastot";',
        f"DESCRIPTION={_px(f'{name}: lainat, käynnit ja aukiolotunnit kuukausittain 2023')};",
        f"TITLE={_px(f'{name}: lainat, käynnit ja aukiolotunnit muuttujina Kuukausi ja Tiedot')};",
        f"CONTENTS={_px(f'{name}: lainat, käynnit ja aukiolotunnit')};",
        'UNITS="kpl";',
        'STUB="Kuukausi";',
        'HEADING="Tiedot";',
        'VALUES("Kuukausi")=' + ",".join(f'"{m}"' for m in MONTHS) + ";",
        'VALUES("Tiedot")="Lainat","Käynnit","Aukiolotunnit";',
        'CODES("Kuukausi")=' + ",".join(f'"{m}"' for m in MONTHS) + ";",
        'CODES("Tiedot")="lainat","kaynnit","aukiolo";',
        f'LAST-UPDATED="{made:%Y%m%d %H:%M}";',
        f"SOURCE={_px(source)};",
        f"CONTACT={_px(contact)};",
        f"NOTE={_px(note)};",
        "DATA=",
    ]
    for month in range(12):
        loans = int(base * rng.uniform(0.7, 1.3))
        visits = int(loans * rng.uniform(0.5, 1.1))
        hours = rng.randint(60, 260)
        lines.append(f"{loans} {visits} {hours}" + (";" if month == 11 else ""))
    return "\n".join(lines) + "\n"


def _event(row: dict[str, Any], rng: random.Random) -> tuple[str, str, str]:
    """(summary, audience, description) of an invented event fitting a service the library
    lists."""
    offered = set(services(row))
    fitting = [e for e in EVENTS if e[0] in offered] or [e for e in EVENTS if not e[0]]
    _, summary, audience, text = rng.choice(fitting)
    return summary, audience, text


def xcal_event(row: dict[str, Any], rng: random.Random) -> str:
    """An xCal document (RFC 6321, iCalendar in XML) of one invented event at the library: the
    calendar's ``prodid`` and ``version``, a ``vevent`` with an invented ``uid``, ``dtstamp``,
    ``dtstart`` and ``dtend`` in ``Europe/Helsinki``, the summary, a ``description`` naming the
    number and the address, the library and its address as ``location``, its coordinates as
    ``geo``, the audience as ``categories``, ``contact`` with the number, the library as
    ``organizer`` (``cn`` and a ``mailto:`` of its address, where it has one) and its web page
    as ``url``."""
    name, tel, mail = _f(row, "library_branch_name"), phone(row), email(row)
    street, postcode, town = address(row)
    summary, audience, text = _event(row, rng)
    stamp = _when(rng)
    day = (stamp + dt.timedelta(days=rng.randint(7, 40))).date()
    start = dt.datetime.combine(day, dt.time(rng.choice((10, 13, 17, 18)), rng.choice((0, 30))))
    end = start + dt.timedelta(minutes=rng.choice((45, 60, 90, 120)))
    uid = uuid.UUID(int=rng.getrandbits(128), version=4)
    signup = f"Ilmoittautumiset ja lisätiedot: puh. {tel}"
    if mail:
        signup += f" tai {mail}"
    description = f"{text} Paikka: {name}, {street}, {postcode} {town}. {signup}"
    tz = "<parameters><tzid><text>Europe/Helsinki</text></tzid></parameters>"
    props = [
        f"<dtstamp><date-time>{stamp.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}</date-time></dtstamp>",
        f"<uid><text>{uid}</text></uid>",
        f"<dtstart>{tz}<date-time>{start:%Y-%m-%dT%H:%M:%S}</date-time></dtstart>",
        f"<dtend>{tz}<date-time>{end:%Y-%m-%dT%H:%M:%S}</date-time></dtend>",
        f"<summary><text>{_x(f'{summary}: {name}')}</text></summary>",
        f"<description><text>{_x(description)}</text></description>",
        f"<location><text>{_x(f'{name}, {street}, {postcode} {town}')}</text></location>",
        f"<geo><latitude>{_f(row, 'lat')}</latitude><longitude>{_f(row, 'lon')}</longitude></geo>",
        f"<categories><text>{audience}</text><text>Kirjasto</text></categories>",
        f"<contact><text>{_x(f'{name}, puh. {tel}')}</text></contact>",
    ]
    if mail:
        props.append(
            f"<organizer><parameters><cn><text>{_x(name)}</text></cn></parameters>"
            f"<cal-address>mailto:{_x(mail)}</cal-address></organizer>"
        )
    if _f(row, "library_url"):
        props.append(f"<url><uri>{_x(_f(row, 'library_url'))}</uri></url>")
    props.append("<status><text>CONFIRMED</text></status>")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0">',
        "  <vcalendar>",
        "    <properties>",
        "      <prodid><text>-//Kirjastojen tapahtumakalenteri//xCal 1.0//FI</text></prodid>",
        "      <version><text>2.0</text></version>",
        "    </properties>",
        "    <components>",
        "      <vevent>",
        "        <properties>",
        *(f"          {p}" for p in props),
        "        </properties>",
        "      </vevent>",
        "    </components>",
        "  </vcalendar>",
        "</icalendar>",
        "",
    ]
    return "\n".join(lines)


INDEXES = (("nimeke", "dc", "title"), ("tekijä", "dc", "creator"), ("asiasana", "dc", "subject"),
           ("ISBN", "bath", "isbn"), ("julkaisuvuosi", "dc", "date"))  # fmt: skip


def sru_zeerex_explain(row: dict[str, Any], rng: random.Random) -> str:
    """An SRU 1.2 ``explainResponse`` of an invented catalogue server of the library, whose
    record is a ZeeRex 2.0 ``explain`` document: ``serverInfo`` (an invented host and the
    database named by the directory id), ``databaseInfo`` (a title, a ``description`` naming the
    library, its address, number and e-mail address, the library as ``author``, ``contact`` with
    the number and address, an invented ``extent``, ``langUsage`` and ``restrictions``, the web
    page as a ``link``), ``metaInfo``, ``indexInfo`` with CQL indexes, ``schemaInfo`` and
    ``configInfo``."""
    name, tel, mail = _f(row, "library_branch_name"), phone(row), email(row)
    street, postcode, town = address(row)
    lid = _f(row, "id")
    volumes = rng.randint(4, 180) * 1000 + rng.randint(0, 999)
    changed = _when(rng)
    reach = f"Neuvonta puh. {tel}" + (f", sähköposti {mail}" if mail else "")
    description = (
        f"{name} ({street}, {postcode} {town}): kirjaston kokoelmatietokanta SRU-rajapinnan "
        f"kautta. {reach} (arkisin)."
    )
    contact = f"{name}, puh. {tel}" + (f", {mail}" if mail else "")
    indexes = []
    for title, context, index in INDEXES:
        indexes += [
            "          <index>",
            f'            <title lang="fi">{_x(title)}</title>',
            f'            <map><name set="{context}">{index}</name></map>',
            "          </index>",
        ]
    links = []
    if _f(row, "library_url"):
        links = [
            "          <links>",
            f'            <link type="www">{_x(_f(row, "library_url"))}</link>',
            "          </links>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sru:explainResponse xmlns:sru="http://www.loc.gov/zing/srw/">',
        "  <sru:version>1.2</sru:version>",
        "  <sru:record>",
        "    <sru:recordSchema>http://explain.z3950.org/dtd/2.0/</sru:recordSchema>",
        "    <sru:recordPacking>xml</sru:recordPacking>",
        "    <sru:recordData>",
        '      <explain xmlns="http://explain.z3950.org/dtd/2.0/" authoritative="true">',
        '        <serverInfo protocol="SRU" version="1.2" transport="https">',
        f"          <host>sru{rng.randint(1, 4)}.kirjastohaku.example</host>",
        "          <port>443</port>",
        f"          <database>kirkanta{lid}</database>",
        "        </serverInfo>",
        "        <databaseInfo>",
        f'          <title lang="fi" primary="true">{_x(name)}: kokoelmat</title>',
        f'          <description lang="fi" primary="true">{_x(description)}</description>',
        f"          <author>{_x(name)}</author>",
        f"          <contact>{_x(contact)}</contact>",
        f"          <extent>Noin {volumes} nidettä ja tallennetta</extent>",
        '          <langUsage codes="fin swe eng">Aineistoa suomeksi, ruotsiksi ja englanniksi'
        "</langUsage>",
        '          <restrictions lang="fi">Haku on vapaa; lainaaminen edellyttää kirjastokorttia.'
        "</restrictions>",
        *links,
        "        </databaseInfo>",
        "        <metaInfo>",
        f"          <dateModified>{changed:%Y-%m-%d}</dateModified>",
        "        </metaInfo>",
        "        <indexInfo>",
        '          <set identifier="info:srw/cql-context-set/1/dc-v1.1" name="dc"/>',
        '          <set identifier="http://zing.z3950.org/cql/bath/2.0/" name="bath"/>',
        *indexes,
        "        </indexInfo>",
        "        <schemaInfo>",
        '          <schema identifier="info:srw/schema/1/marcxml-v1.1" name="marcxml" '
        'sort="false" retrieve="true">',
        "            <title>MARCXML</title>",
        "          </schema>",
        "        </schemaInfo>",
        "        <configInfo>",
        '          <default type="numberOfRecords">10</default>',
        f'          <setting type="maximumRecords">{rng.choice((50, 100, 200))}</setting>',
        "        </configInfo>",
        "      </explain>",
        "    </sru:recordData>",
        "    <sru:recordPosition>1</sru:recordPosition>",
        "  </sru:record>",
        "</sru:explainResponse>",
        "",
    ]
    return "\n".join(lines)


def linked_events_place(row: dict[str, Any], rng: random.Random) -> str:
    """A place resource as the Linked Events API (the City of Helsinki's open event API)
    returns it from ``GET /v1/place/{id}/`` (JSON, two-space indent): an id of an invented
    ``kirkanta`` data source from the directory id, invented created and modified times and
    event counts, ``email``, ``postal_code``, a GeoJSON ``position`` of the row's coordinates,
    multilingual ``name``, ``info_url``, ``description`` (naming the number and the address),
    ``telephone``, ``street_address`` and ``address_locality``, and the JSON-LD ``@id``,
    ``@context`` and ``@type``."""
    name, tel, mail = _f(row, "library_branch_name"), phone(row), email(row)
    street, postcode, town = address(row)
    pid = f"kirkanta:{_f(row, 'id')}"
    created = _when(rng) - dt.timedelta(days=rng.randint(200, 900))
    modified = _when(rng)
    offered = services(row)
    about = f"{name} sijaitsee osoitteessa {street}, {postcode} {town}."
    if offered:
        about += " Palvelut: " + ", ".join(offered[:4]) + "."
    about += f" Asiakaspalvelu puh. {tel}" + (f" ({mail})" if mail else "")
    n_events = rng.randint(0, 40)

    def iso(moment: dt.datetime) -> str:
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.") + (
            f"{rng.randint(0, 999999):06d}Z"
        )

    doc = {
        "id": pid,
        "data_source": "kirkanta",
        "publisher": f"kirkanta:org-{rng.randint(100, 999)}",
        "divisions": [],
        "created_time": iso(created),
        "last_modified_time": iso(modified),
        "custom_data": None,
        "email": mail or None,
        "contact_type": None,
        "address_region": None,
        "postal_code": postcode,
        "post_office_box_num": None,
        "address_country": None,
        "deleted": False,
        "has_upcoming_events": n_events > 0,
        "n_events": n_events,
        "image": None,
        "parent": None,
        "position": {
            "type": "Point",
            "coordinates": [float(_f(row, "lon")), float(_f(row, "lat"))],
        },
        "replaced_by": None,
        "name": {"fi": name},
        "info_url": {"fi": _f(row, "library_url")} if _f(row, "library_url") else None,
        "description": {"fi": about},
        "telephone": {"fi": tel},
        "street_address": {"fi": street},
        "address_locality": {"fi": town},
        "@id": f"https://api.hel.fi/linkedevents/v1/place/{pid}/",
        "@context": "http://schema.org",
        "@type": "Place",
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "pcaxis_px": pcaxis_px,
    "xcal_event": xcal_event,
    "sru_zeerex_explain": sru_zeerex_explain,
    "linked_events_place": linked_events_place,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of its
    e-mail address labelled."""
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
