"""held_out_336 of the PII evaluation set: real phone and e-mail fields of a directory no earlier
part used (the GoudaWijzer, the municipality of Gouda's social map of organisations; the
Netherlands' earlier parts took other registers) exactly as published, in layouts no earlier part
has, beside the directory's own names, web sites and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of the Netherlands (DUO's schools, the municipalities' general
numbers, the LRK's day-care centres, the Museumkaart's museums, the ZBO-register,
ZorgkaartNederland's lists) and many other countries; here:

* the values are the ``telefoon`` fields of 528 organisations of Gouda and its region, welfare
  and care organisations, practices, schools and day-care groups, clubs, helplines and public
  services (``scripts/data/pii_nl_goudawijzer.json``, written by
  ``scripts/nl_goudawijzer_data.py``; source and licence in that file): Dutch numbers as the
  site prints them, the area code with its trunk ``0`` set off by a blank and the rest in
  groups (``0182 570 404``, ``088 0234 225``, ``0800 935 9456``, ``0900 8844``, two of nine
  digits, ``085 6459 10``), no mobiles, each copy labelled; and the ``email`` field where the
  data keeps it (455 rows: ``info@paletwelzijn.nl``, ``receptie.gouda@eleos.nl``), each copy
  labelled;
* the text around them is the same row's real fields: the name, web site and street address
  with postcode (``Groningenweg 8a, 2803PV Gouda``), with invented record ids, UUIDs, customer
  numbers, coordinates near Gouda and dates, unlabelled and scored;
* in layouts no earlier part has, Dutch formats, text in Dutch: organisation pages of a
  municipal social map built with NL Design System's Utrecht components (``utrecht-heading-1``,
  a ``utrecht-data-list`` with the number, a paragraph repeating it, a ``mailto:`` link),
  Signalen meldingen (the Dutch municipalities' open-source reporting system) as its private
  API returns a signal (the organisation as ``reporter`` with ``phone`` and ``email``, a
  ``location`` with the address and a point), Picqer customer objects (``telephone``,
  ``emailaddress``, a delivery and invoice address) and Simplicate CRM organization objects
  (``phone``, ``email``, ``url``, ``visiting_address``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_336.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nl_goudawijzer.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_336.jsonl.gz"
SPLIT = "held_out_336"

LAYOUTS = ("nlds_page", "signalen_signal", "picqer_customer", "simplicate_organization")
PHONE = "telefoon"
EMAIL_EDGE = r"[\w.+@-]"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented reports of the Signalen layout: (main category, sub category slug, text)
REPORTS = (
    ("afval", "grofvuil", "Bij de ingang van {naam} staat sinds enkele dagen grofvuil op de "
     "stoep. Wilt u het laten ophalen?"),
    ("wegen-verkeer-straatmeubilair", "lantaarnpaal-straatverlichting", "De lantaarnpaal voor "
     "{naam} brandt al een week niet; 's avonds is de ingang slecht verlicht."),
    ("openbaar-groen-en-water", "boom", "Een tak van de boom naast {naam} hangt los boven het "
     "fietspad."),
    ("wegen-verkeer-straatmeubilair", "bestrating", "Losse stoeptegels voor de deur van {naam}; "
     "bezoekers met een rollator blijven erachter haken."),
    ("afval", "container-is-vol", "De container bij {naam} is vol en er staan zakken naast."),
)  # fmt: skip
# invented remarks of a webshop's customer record (Picqer) and a CRM's note (Simplicate)
REMARKS = (
    "Leveren via de hoofdingang, niet op woensdagmiddag.",
    "Graag de pakbon bij de zending; factuur per e-mail.",
    "Bestellingen vóór 14.00 uur worden dezelfde dag verzonden.",
    "Levering bij de receptie melden.",
)
NOTES = (
    "Partner in het netwerk van de sociale kaart; contact loopt via het algemene nummer.",
    "Aangemeld via de GoudaWijzer. Jaarlijks gegevens laten controleren.",
    "Doorverwijzing mogelijk; gegevens overgenomen van de sociale kaart.",
    "Contactgegevens gecontroleerd bij de laatste update van de sociale kaart.",
)
RELATION_TYPES = (
    "Maatschappelijke organisatie", "Zorgaanbieder", "Onderwijs", "Vereniging", "Partner",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's kept e-mail address ("" where none is kept)."""
    return _f(row, "email")


def international(value: str) -> bool:
    """Whether a labelled number is written with a calling code (none of the list's is)."""
    return value.startswith(("+", "00"))


def address(row: dict[str, Any]) -> dict[str, str]:
    """The row's street address as its parts (``street``, ``number``, ``postcode``, ``city``)
    where it reads as ``Street 12a, 1234AB City``; ``{}`` otherwise. The parts are the
    published text, split."""
    m = re.fullmatch(r"(.+?) (\d+\S*), (\d{4} ?[A-Z]{2}) (.+)", _f(row, "adres"))
    if not m:
        return {}
    return dict(zip(("street", "number", "postcode", "city"), m.groups(), strict=True))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    return field_copies(
        text,
        [("phone", phone(row)), ("email", email(row))],
        {"phone": r"\d", "email": EMAIL_EDGE},
        {"phone": PHONE},
        row["path"],
    )


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 or early 2025 (CET)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 400 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _point(rng: random.Random) -> list[float]:
    """An invented point near Gouda (longitude, latitude)."""
    return [round(4.68 + rng.random() * 0.06, 6), round(52.00 + rng.random() * 0.035, 6)]


def _x(value: str) -> str:
    """``value`` as HTML text or attribute value."""
    return escape(value, {'"': "&quot;"})


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def nlds_page(row: dict[str, Any], rng: random.Random) -> str:
    """An organisation page of a municipal social map built with NL Design System's Utrecht
    components: a ``utrecht-page`` with a breadcrumb, the name as ``utrecht-heading-1``, a
    ``utrecht-data-list`` of the address, the number, the e-mail address (a ``mailto:`` link
    whose text says so) and the web site, a ``utrecht-paragraph`` repeating the number, and an
    invented last-checked date and page id."""
    name, tel, mail = _f(row, "naam"), phone(row), email(row)
    when = _when(rng)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    pid = rng.randint(10000, 99999)
    items = []
    if _f(row, "adres"):
        items.append(("Adres", _x(_f(row, "adres"))))
    items.append(("Telefoon", tel))
    if mail:
        items.append(
            ("E-mail", f'<a class="utrecht-link" href="mailto:{mail}">Stuur een e-mail</a>')
        )
    if _f(row, "website"):
        site = _x(_f(row, "website"))
        items.append(("Website", f'<a class="utrecht-link utrecht-link--external" '
                                 f'href="{site}" rel="external">{site}</a>'))  # fmt: skip
    data_list = []
    for key, value in items:
        data_list += [
            '          <div class="utrecht-data-list__item">',
            f'            <dt class="utrecht-data-list__item-key">{key}</dt>',
            f'            <dd class="utrecht-data-list__item-value">{value}</dd>',
            "          </div>",
        ]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="nl" dir="ltr">',
        "  <head>",
        '    <meta charset="utf-8">',
        f"    <title>{_x(name)} | Sociale kaart Gouda</title>",
        '    <link rel="stylesheet" href="/assets/utrecht-design-tokens.css">',
        '    <link rel="stylesheet" href="/assets/utrecht-components.css">',
        "  </head>",
        '  <body class="utrecht-document utrecht-theme">',
        '    <div class="utrecht-page">',
        '      <nav class="utrecht-breadcrumb-nav" aria-label="Kruimelpad">',
        '        <ol class="utrecht-breadcrumb-nav__list">',
        '          <li class="utrecht-breadcrumb-nav__item">'
        '<a class="utrecht-breadcrumb-nav__link" href="/">Home</a></li>',
        '          <li class="utrecht-breadcrumb-nav__item">'
        '<a class="utrecht-breadcrumb-nav__link" href="/organisaties">Organisaties</a></li>',
        "        </ol>",
        "      </nav>",
        f'      <main class="utrecht-page-content" id="organisatie-{pid}">',
        f'        <h1 class="utrecht-heading-1">{_x(name)}</h1>',
        '        <dl class="utrecht-data-list">',
        *data_list,
        "        </dl>",
        f'        <p class="utrecht-paragraph">Heeft u een vraag? Bel {_x(name)} op {tel} '
        "of kom langs tijdens de openingstijden.</p>",
        f'        <p class="utrecht-paragraph utrecht-paragraph--small">Gegevens gecontroleerd op '
        f'<time datetime="{when:%Y-%m-%d}">{when.day} {_MONTHS[when.month - 1]} {when.year}'
        "</time>.</p>",
        f'        <a class="utrecht-link" href="/organisaties/{slug}/wijzigen">Wijziging '
        "doorgeven</a>",
        "      </main>",
        "    </div>",
        "  </body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip


def signalen_signal(row: dict[str, Any], rng: random.Random) -> str:
    """A signal of Signalen as its private API (``/signals/v1/private/signals/{id}``) returns
    it: an invented id and ``signal_id``, source, the Dutch report naming the organisation, the
    status ``m`` (Gemeld), a ``location`` with the address (where it reads as one) and an
    invented point near Gouda, the ``category`` link, the organisation as ``reporter`` (its
    number as ``phone``, its address as ``email`` where one is kept), priority, type and
    invented times."""
    name, tel = _f(row, "naam"), phone(row)
    when = _when(rng)
    main, sub, text = rng.choice(REPORTS)
    signal_id = rng.randint(10000, 99999)
    parts = address(row)
    location: dict[str, Any] = {
        "id": rng.randint(100000, 999999),
        "stadsdeel": None,
        "buurt_code": None,
        "area_type_code": None,
        "area_code": None,
        "area_name": None,
        "address": None,
        "address_text": None,
        "geometrie": {"type": "Point", "coordinates": _point(rng)},
        "extra_properties": None,
        "created_by": None,
        "bag_validated": bool(parts),
    }
    if parts:
        location["address"] = {
            "openbare_ruimte": parts["street"],
            "huisnummer": parts["number"],
            "postcode": parts["postcode"].replace(" ", ""),
            "woonplaats": parts["city"],
        }
        location["address_text"] = (
            f"{parts['street']} {parts['number']} {parts['postcode']} {parts['city']}"
        )
    base = "https://api.meldingen.gouda.nl/signals/v1"
    doc = {
        "_links": {
            "self": {"href": f"{base}/private/signals/{signal_id}"},
            "archives": {"href": f"{base}/private/signals/{signal_id}/history"},
        },
        "_display": f"{signal_id} - m - {sub} - {_uuid(rng)}",
        "id": signal_id,
        "id_display": f"SIG-{signal_id}",
        "signal_id": _uuid(rng),
        "source": "online",
        "text": text.format(naam=name),
        "text_extra": "",
        "status": {
            "text": None,
            "user": None,
            "state": "m",
            "state_display": "Gemeld",
            "created_at": when.isoformat(),
        },
        "location": location,
        "category": {
            "sub": sub,
            "sub_slug": sub,
            "main": main,
            "main_slug": main,
            "category_url": f"{base}/public/terms/categories/{main}/sub_categories/{sub}",
            "departments": "",
        },
        "reporter": {
            "email": email(row) or None,
            "phone": tel,
            "sharing_allowed": False,
            "allows_contact": True,
        },
        "priority": {"priority": "normal", "created_by": None},
        "type": {"code": "SIG", "created_at": when.isoformat(), "created_by": None},
        "created_at": when.isoformat(),
        "updated_at": (when + dt.timedelta(minutes=rng.randint(1, 90))).isoformat(),
        "incident_date_start": (when - dt.timedelta(hours=rng.randint(1, 72))).isoformat(),
        "incident_date_end": None,
    }
    return _json(doc)


def picqer_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A customer of Picqer (the Dutch warehouse and order system) as its API
    (``GET /api/v1/customers/{idcustomer}``) returns it: an invented ``idcustomer`` and
    ``customerid``, the organisation's name, its number as ``telephone``, its address as
    ``emailaddress`` (where one is kept), remarks in Dutch, and one address for invoice and
    delivery (where it reads as one)."""
    name, tel = _f(row, "naam"), phone(row)
    when = _when(rng)
    idcustomer = rng.randint(2000000, 9999999)
    parts = address(row)
    addresses = []
    if parts:
        addresses.append(
            {
                "idcustomer_address": rng.randint(3000000, 9999999),
                "name": name,
                "contactname": None,
                "address": f"{parts['street']} {parts['number']}",
                "address2": None,
                "zipcode": parts["postcode"],
                "city": parts["city"],
                "region": None,
                "country": "NL",
                "defaultinvoice": True,
                "defaultdelivery": True,
            }
        )
    doc = {
        "idcustomer": idcustomer,
        "idtemplate": None,
        "idfulfilment_customer": None,
        "customerid": f"C{rng.randint(10000, 99999)}",
        "name": name,
        "contactname": None,
        "telephone": tel,
        "emailaddress": email(row) or None,
        "discount": rng.choice((0, 0, 5, 10)),
        "vatnumber": None,
        "calculatevat": True,
        "default_order_remarks": rng.choice(REMARKS),
        "auto_split": False,
        "language": "nl",
        "addresses": addresses,
        "tags": {},
        "created": f"{when:%Y-%m-%d %H:%M:%S}",
        "updated": f"{when + dt.timedelta(days=rng.randint(0, 60)):%Y-%m-%d %H:%M:%S}",
    }
    return _json(doc)


def simplicate_organization(row: dict[str, Any], rng: random.Random) -> str:
    """An organization of Simplicate (the Dutch CRM and project software) as its API v2
    (``GET /api/v2/crm/organization/{id}``) returns it in its ``data`` envelope: an invented
    ``organization:`` id, the name, a relation type, the number as ``phone``, the address as
    ``email`` (where one is kept), the web site as ``url``, a Dutch note, the
    ``visiting_address`` (where it reads as one) and invented times."""
    name, tel = _f(row, "naam"), phone(row)
    when = _when(rng)
    oid = f"{rng.getrandbits(128):032x}"
    parts = address(row)
    doc: dict[str, Any] = {
        "id": f"organization:{oid}",
        "name": name,
        "relation_type": {
            "id": f"relationtype:{rng.getrandbits(128):032x}",
            "label": rng.choice(RELATION_TYPES),
            "color": "#2c6ad9",
        },
        "phone": tel,
        "email": email(row),
        "url": _f(row, "website"),
        "note": rng.choice(NOTES),
        "is_active": True,
        "relation_number": str(rng.randint(1000, 9999)),
        "simplicate_url": f"https://welzijngouda.simplicate.nl/crm/organizations/view/{oid}",
        "created": f"{when:%Y-%m-%d %H:%M:%S}",
        "updated": f"{when + dt.timedelta(days=rng.randint(0, 60)):%Y-%m-%d %H:%M:%S}",
    }
    if parts:
        doc["visiting_address"] = {
            "line_1": f"{parts['street']} {parts['number']}",
            "postal_code": parts["postcode"],
            "locality": parts["city"],
            "country": "Nederland",
            "country_code": "NL",
        }
    return _json({"data": doc, "errors": None, "debug": None})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nlds_page": nlds_page,
    "signalen_signal": signalen_signal,
    "picqer_customer": picqer_customer,
    "simplicate_organization": simplicate_organization,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field and e-mail
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
