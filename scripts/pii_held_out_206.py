"""held_out_206 of the PII evaluation set: real phone fields of a register no earlier part used
(the Croatian Ministry of Social Policy and Youth's directory of social welfare institutions;
Croatia's earlier part took the Information Commissioner's register of public authorities)
exactly as published, in layouts no earlier part has, beside the directory's own names,
addresses, kinds and counties.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, HR (public authorities), RS, BG, RO, GR,
UA and many others; here:

* the values are the ``telefon`` fields of 346 centres for social welfare, their branch offices
  and homes for the elderly, for adults with mental illness, for persons with disabilities and
  for children (``scripts/data/pii_hr_social_welfare.json``, written by
  ``scripts/hr_social_welfare_data.py``; source and licence in that file): Croatian numbers as
  the ministry wrote them, the area code and the number joined by a slash and a hyphen
  (``01/4577-211``), several in one field (``043/331-868; 043/331-083``, ``020/323-899,
  020/414-700 i 020/414-711``), with a shortened range (``020/690-999 (020/690-981,
  82...89)``) or an extension in brackets (``047/613-960 (102)``), a few with hyphens only or
  no area code (``047-753-141``, ``3745-444``), each copy labelled;
* the text around them is the same row's real fields: the name, the address (street, postcode
  and town, often on two lines), the kind of institution and the county, with invented message
  tokens, routing keys, ticket and customer numbers, sensor readings, timestamps, local
  identifiers and positions (the county seat's approximate coordinates: the directory gives
  none), unlabelled and scored;
* in layouts no earlier part has, text in Croatian: Viber REST Bot API ``send_message``
  requests of a directory chatbot (a ``text`` message with the entry and a ``keyboard`` whose
  call button repeats the number), PagerDuty Events API v2 ``trigger`` events of a building
  monitor (the number in the ``summary`` and in ``custom_details``), Zammad REST API ticket
  requests of a helpdesk (an ``article`` of ``type`` ``phone``, the number in the ticket's
  ``title`` and the article's ``body``) and INSPIRE Governmental Services (``us-govserv`` 4.0)
  GML features in a WFS 2.0 ``FeatureCollection`` (``pointOfContact`` as ``base2:Contact`` with
  ``telephoneVoice`` and ``contactInstructions`` repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_206.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_hr_social_welfare.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_206.jsonl.gz"
SPLIT = "held_out_206"

LAYOUTS = ("viber_bot_message", "pagerduty_event", "zammad_ticket", "inspire_govserv")
PHONE = "telefon"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# each county's seat, roughly (latitude, longitude): the directory gives no coordinates
SEATS = {
    "Bjelovarsko-bilogorska županija": (45.8986, 16.8423),
    "Brodsko-posavska županija": (45.1603, 18.0156),
    "Dubrovačko-neretvanska županija": (42.6507, 18.0944),
    "Grad Zagreb": (45.8150, 15.9819),
    "Istarska županija": (45.2403, 13.9361),
    "Karlovačka županija": (45.4929, 15.5553),
    "Koprivničko-križevačka županija": (46.1628, 16.8275),
    "Krapinsko-zagorska županija": (46.1608, 15.8789),
    "Ličko-senjska županija": (44.5461, 15.3747),
    "Međimurska županija": (46.3844, 16.4339),
    "Osječko-baranjska županija": (45.5550, 18.6955),
    "Požeško-slavonska županija": (45.3403, 17.6856),
    "Primorsko-goranska županija": (45.3271, 14.4422),
    "Sisačko-moslavačka županija": (45.4661, 16.3781),
    "Splitsko-dalmatinska županija": (43.5081, 16.4402),
    "Šibensko-kninska županija": (43.7350, 15.8952),
    "Varaždinska županija": (46.3044, 16.3378),
    "Virovitičko-podravska županija": (45.8319, 17.3839),
    "Vukovarsko-srijemska županija": (45.3511, 19.0025),
    "Zadarska županija": (44.1194, 15.2314),
    "Zagrebačka županija": (45.8150, 15.9819),
}

# invented building alarms of the monitor (component, summary text, severity)
ALARMS = (
    ("grijanje", "pad temperature u prostorijama", "error"),
    ("napajanje", "nestanak električne energije", "critical"),
    ("dojava požara", "aktiviran javljač dima", "critical"),
    ("dizalo", "dizalo zaustavljeno između katova", "warning"),
    ("voda", "pad tlaka u vodovodnoj mreži", "warning"),
)
# invented reasons a citizen's call was logged at the helpdesk
CALLS = (
    "Korisnik traži radno vrijeme i broj telefona ustanove.",
    "Pozivatelj prijavljuje da se na navedeni broj nitko ne javlja.",
    "Upit o smještaju: korisnik traži kontakt ustanove.",
    "Provjera podataka u imeniku prije slanja dopisa.",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped (of the trailing no-break space many
    have)."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number carries a calling code (none of the directory's does)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 6, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _one_line(value: str) -> str:
    """A field on one line (the address's line breaks as ", ")."""
    return ", ".join(part.strip() for part in value.splitlines() if part.strip())


def _slug(value: str) -> str:
    """An ASCII slug of a name (``dom-za-starije-i-nemocne-osobe-vodice``)."""
    ascii_ = unicodedata.normalize("NFKD", value.replace("đ", "d").replace("Đ", "D"))
    ascii_ = ascii_.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")[:48]


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def viber_bot_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Viber REST Bot API ``send_message`` request of an invented directory chatbot: an
    invented ``receiver`` id, ``min_api_version``, the bot as ``sender``, ``tracking_data``
    with an invented query number, a ``text`` message with the entry (name, address, kind,
    county, telephone) and a ``keyboard`` of two buttons, one a call button repeating the
    number, one a new search."""
    name, tel = _f(row, "naziv"), phone(row)
    query = rng.randint(10000, 99999)
    receiver = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                       for _ in range(22)) + "=="  # fmt: skip
    text = "\n".join([
        f"🏠 {name}",
        f"Adresa: {_one_line(_f(row, 'adresa'))}",
        f"Vrsta: {_f(row, 'vrsta')}",
        f"Županija: {_f(row, 'zupanija')}",
        f"Telefon: {tel}",
        "Podaci su iz adresara Ministarstva socijalne politike i mladih.",
    ])  # fmt: skip
    doc = {
        "receiver": receiver,
        "min_api_version": rng.choice((1, 3, 7)),
        "sender": {"name": "Imenik socijalne skrbi", "avatar": "https://imenik-skrb.hr/bot.png"},
        "tracking_data": f"upit-{query}",
        "type": "text",
        "text": text,
        "keyboard": {
            "Type": "keyboard",
            "DefaultHeight": False,
            "Buttons": [
                {
                    "Columns": 6,
                    "Rows": 1,
                    "ActionType": "reply",
                    "ActionBody": f"poziv-{query}",
                    "Text": f"📞 Nazovi {tel}",
                    "TextSize": "regular",
                },
                {
                    "Columns": 6,
                    "Rows": 1,
                    "ActionType": "reply",
                    "ActionBody": "nova-pretraga",
                    "Text": "🔎 Nova pretraga",
                    "TextSize": "regular",
                },
            ],
        },
    }
    return _json(doc)


def pagerduty_event(row: dict[str, Any], rng: random.Random) -> str:
    """A PagerDuty Events API v2 ``trigger`` event of an invented building monitor: an
    invented ``routing_key`` and ``dedup_key``, the ``payload`` with a ``summary`` naming the
    place, the alarm and the number to call, the monitor host as ``source``, ``severity``,
    ``timestamp``, ``component``, the county as ``group``, the kind as ``class`` and
    ``custom_details`` (name, address, telephone, an invented sensor and reading), the
    ``client`` and a link."""
    name, tel = _f(row, "naziv"), phone(row)
    component, what, severity = rng.choice(ALARMS)
    when = _when(rng)
    sensor = f"S-{rng.randint(100, 999)}-{rng.randint(10, 99)}"
    slug = _slug(name)
    details: dict[str, Any] = {
        "ustanova": name,
        "adresa": _one_line(_f(row, "adresa")),
        "telefon": tel,
        "senzor": sensor,
    }
    if component == "grijanje":
        details["temperatura_c"] = round(rng.uniform(9.0, 15.5), 1)
    elif component == "voda":
        details["tlak_bar"] = round(rng.uniform(0.4, 1.6), 1)
    doc = {
        "routing_key": _hex(rng, 32),
        "event_action": "trigger",
        "dedup_key": f"{slug}-{component.replace(' ', '-')}-{when:%Y%m%d}",
        "payload": {
            "summary": f"{name}: {what}. Nazvati ustanovu na {tel} i provjeriti stanje.",
            "source": f"nadzor-{rng.randint(1, 40):02d}.{slug[:20].strip('-')}.lan",
            "severity": severity,
            "timestamp": when.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
            "component": component,
            "group": _f(row, "zupanija"),
            "class": _f(row, "vrsta"),
            "custom_details": details,
        },
        "client": "Nadzor objekata socijalne skrbi",
        "client_url": f"https://nadzor.imenik-skrb.hr/objekti/{rng.randint(1000, 9999)}",
        "links": [
            {
                "href": f"https://nadzor.imenik-skrb.hr/senzori/{sensor}",
                "text": f"Senzor {sensor}",
            }
        ],
    }
    return _json(doc)


def zammad_ticket(row: dict[str, Any], rng: random.Random) -> str:
    """A Zammad REST API ticket request (``POST /api/v1/tickets``) of an invented helpdesk: the
    ``title`` naming the place and its number, the ``group``, an invented ``customer_id``,
    ``state`` and ``priority``, tags, and the first ``article`` of ``type`` ``phone`` (a logged
    call) whose ``body`` gives the entry and repeats the number."""
    name, tel = _f(row, "naziv"), phone(row)
    reason = rng.choice(CALLS)
    body = "\n".join([
        reason,
        "",
        f"Ustanova: {name}",
        f"Adresa: {_one_line(_f(row, 'adresa'))}",
        f"Vrsta ustanove: {_f(row, 'vrsta')}",
        f"Županija: {_f(row, 'zupanija')}",
        f"Telefon iz adresara: {tel}",
    ])  # fmt: skip
    doc = {
        "title": f"Upit o ustanovi: {name} (tel. {tel})",
        "group": rng.choice(("Imenik", "Korisnička podrška", "Socijalna skrb")),
        "customer_id": rng.randint(1200, 48000),
        "state": rng.choice(("new", "open")),
        "priority": rng.choice(("1 low", "2 normal", "2 normal")),
        "tags": "imenik,telefon",
        "article": {
            "subject": "Telefonski upit",
            "body": body,
            "type": "phone",
            "sender": "Customer",
            "internal": False,
            "content_type": "text/plain",
        },
    }
    return _json(doc)


def inspire_govserv(row: dict[str, Any], rng: random.Random) -> str:
    """A WFS 2.0 ``FeatureCollection`` of one INSPIRE Governmental Services (``us-govserv``
    4.0) feature: its ``gml:id``, a ``geometry`` point at the county seat's approximate
    position, an ``inspireId`` (an invented local id in the ministry's namespace, a version),
    the ``serviceType`` as a code-list reference, ``pointOfContact`` as ``base2:Contact`` (the
    name, address, county and number in ``contactInstructions``, the number in
    ``telephoneVoice``), the ``serviceLocation`` by geometry and ``beginLifespanVersion``."""
    name, tel = _f(row, "naziv"), phone(row)
    lat, lon = SEATS[_f(row, "zupanija")]
    when = _when(rng)
    local = f"HR-MSPM-{rng.randint(10000, 99999)}"
    place = f"{_one_line(_f(row, 'adresa'))}, {_f(row, 'zupanija')}"
    instructions = f"{name}, {place}; telefon {tel}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" '
        'xmlns:gml="http://www.opengis.net/gml/3.2" '
        'xmlns:us-govserv="http://inspire.ec.europa.eu/schemas/us-govserv/4.0" '
        'xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" '
        'xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0" '
        'xmlns:gco="http://www.isotc211.org/2005/gco" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'timeStamp="{when:%Y-%m-%dT%H:%M:%SZ}" numberMatched="1" numberReturned="1">',
        "  <wfs:member>",
        f'    <us-govserv:GovernmentalService gml:id="GS.{local}">',
        "      <us-govserv:geometry>",
        f'        <gml:Point gml:id="P.{local}" srsName="http://www.opengis.net/def/crs/EPSG/0/4326">',
        f"          <gml:pos>{lat:.4f} {lon:.4f}</gml:pos>",
        "        </gml:Point>",
        "      </us-govserv:geometry>",
        "      <us-govserv:inspireId>",
        "        <base:Identifier>",
        f"          <base:localId>{local}</base:localId>",
        "          <base:namespace>hr.mspm.adresar</base:namespace>",
        f"          <base:versionId>{rng.randint(1, 6)}</base:versionId>",
        "        </base:Identifier>",
        "      </us-govserv:inspireId>",
        '      <us-govserv:serviceType xlink:href="http://inspire.ec.europa.eu/codelist/'
        f'ServiceTypeValue/socialService" xlink:title="{escape(_f(row, "vrsta"))}"/>',
        "      <us-govserv:pointOfContact>",
        "        <base2:Contact>",
        "          <base2:contactInstructions>",
        f"            <gco:CharacterString>{escape(instructions)}</gco:CharacterString>",
        "          </base2:contactInstructions>",
        f"          <base2:telephoneVoice>{escape(tel)}</base2:telephoneVoice>",
        "        </base2:Contact>",
        "      </us-govserv:pointOfContact>",
        "      <us-govserv:serviceLocation>",
        "        <us-govserv:ServiceLocationType>",
        "          <us-govserv:serviceLocationByGeometry>",
        f'            <gml:Point gml:id="L.{local}" srsName="http://www.opengis.net/def/crs/EPSG/0/4326">',
        f"              <gml:pos>{lat:.4f} {lon:.4f}</gml:pos>",
        "            </gml:Point>",
        "          </us-govserv:serviceLocationByGeometry>",
        "        </us-govserv:ServiceLocationType>",
        "      </us-govserv:serviceLocation>",
        f"      <us-govserv:beginLifespanVersion>{when:%Y-%m-%dT%H:%M:%SZ}"
        "</us-govserv:beginLifespanVersion>",
        "    </us-govserv:GovernmentalService>",
        "  </wfs:member>",
        "</wfs:FeatureCollection>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "viber_bot_message": viber_bot_message,
    "pagerduty_event": pagerduty_event,
    "zammad_ticket": zammad_ticket,
    "inspire_govserv": inspire_govserv,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
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
