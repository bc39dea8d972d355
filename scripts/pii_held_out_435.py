"""held_out_435 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Małopolska voivodeship's units of the Rejestr Jednostek Pomocy Społecznej: the
communal and municipal ośrodki pomocy społecznej, centra usług społecznych and the counties'
powiatowe centra pomocy rodzinie; Poland, a country beside the region asked for, as no
county's, region's or city's register of Romania, Bulgaria, Hungary or Ukraine was found;
Poland's earlier parts took Eurostat GISCO's hospitals, the Mobberizer app's courts and
sanitary-epidemiological stations, the contact database of local-government units, the State
Forests' offices and the Silesian Voivode's list of social-assistance centres) exactly as
published, in layouts no earlier part has, beside the register's own names, streets, postcodes,
towns, communes and counties.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefon`` and ``email`` fields of 125 units
  (``scripts/data/pii_pl_malopolska_rjps.json``, written by
  ``scripts/pl_malopolska_rjps_data.py``; source and licence in that file): Polish numbers as
  the register writes them, mostly the area code in brackets and the line in hyphenated groups
  (``(12) 256-10-63``), some in spaces, run together or grouped otherwise (``14 688 21 80``,
  ``(18) 3347070``, ``513136082``, ``14-615-39-10``), two or three numbers of one unit joined
  by ``, `` or by spaces as the register holds them (``(12) 386-29-60    517-847-661``), and
  the units' mailboxes (``cus@liszki.pl``); every copy labelled, each number of a field on its
  own;
* the text around them is the same row's real fields: the unit's name, street and number,
  postcode (``33-100``), town, commune and county, with invented merchant, session, campaign,
  field and tag ids, NIPs (check digits right), amounts, signatures and dates, unlabelled and
  scored;
* in layouts no earlier part has, formats of Polish payment and accounting services and of
  e-mail marketing services, text in Polish: Przelewy24 transaction registrations (``POST
  /api/v1/transaction/register``: a training fee paid by the unit, its ``email``, ``client``,
  ``address``, ``zip``, ``city`` and ``phone``), GetResponse contact creations (``POST
  /v3/contacts``: the unit's mailbox added to a campaign, its name, and ``customFieldValues``
  with its telephone, postcode, town, commune and county), ActiveCampaign contact syncs (``POST
  /api/3/contact/sync``: the unit's ``email`` and ``phone``, ``fieldValues`` with its name and
  address) and inFakt client creations (``POST /api/v3/clients.json``: the unit as a
  ``client`` with ``phone_number``, ``email``, an invented NIP, and a ``note`` repeating the
  telephone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_435.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pl_malopolska_rjps.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_435.jsonl.gz"
SPLIT = "held_out_435"

LAYOUTS = ("p24_transaction", "getresponse_contact", "activecampaign_sync", "infakt_client")
PHONE, EMAIL = "telefon", "email"
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}
WARSAW = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented trainings a unit pays for (title, price in PLN)
TRAININGS = (
    ("Szkolenie: praca socjalna z rodziną w kryzysie", 390.00),
    ("Szkolenie: postępowanie administracyjne w pomocy społecznej", 450.00),
    ("Konferencja: usługi społeczne w gminie", 290.00),
    ("Szkolenie: procedura Niebieskiej Karty", 350.00),
    ("Warsztaty: superwizja pracy socjalnej", 520.00),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The unit's telephone field as published (several numbers as the register joins them)."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The unit's mailbox as published."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: each copy of the row's telephone field and of its mailbox
    labelled. Each copy stands apart (no digit next to a number, no address character next to
    an address)."""
    values = [("email", email(row)), ("phone", phone(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Warsaw, CET)."""
    day = dt.datetime(2025, 1, 13, tzinfo=WARSAW) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 15), minutes=rng.randint(0, 59))


def _nip(rng: random.Random) -> str:
    """An invented NIP (ten digits, its check digit right)."""
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = sum(d * w for d, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
        if check != 10:
            return "".join(map(str, body)) + str(check)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def street_line(row: dict[str, Any]) -> str:
    """The unit's street and number (the number alone where the register gives no street)."""
    return " ".join(p for p in (_f(row, "ulica"), _f(row, "numer_domu")) if p)


def p24_transaction(row: dict[str, Any], rng: random.Random) -> str:
    """A Przelewy24 transaction registration (``POST /api/v1/transaction/register``): invented
    ``merchantId`` and ``posId`` (the same), a ``sessionId``, the ``amount`` in grosze, PLN, a
    training fee as ``description``, the unit's ``email``, its name as ``client``, its
    ``address``, ``zip`` and ``city``, ``PL``, its ``phone``, ``pl``, the return and status
    URLs, a time limit, ``regulationAccept`` false, a ``transferLabel`` and an invented
    SHA-384 ``sign``."""
    when = _when(rng)
    title, price = rng.choice(TRAININGS)
    merchant = rng.randint(100000, 399999)
    session = f"SZK-{when:%Y%m%d}-{rng.randint(1000, 9999)}"
    doc = {
        "merchantId": merchant,
        "posId": merchant,
        "sessionId": session,
        "amount": int(round(price * 100)) * rng.randint(1, 3),
        "currency": "PLN",
        "description": f"{title}, {when:%d.%m.%Y}; uczestnik: {_f(row, 'nazwa')}",
        "email": email(row),
        "client": _f(row, "nazwa"),
        "address": street_line(row) or _f(row, "miejscowosc"),
        "zip": _f(row, "kod_pocztowy"),
        "city": _f(row, "miejscowosc"),
        "country": "PL",
        "phone": phone(row),
        "language": "pl",
        "urlReturn": f"https://szkolenia-pomoc-spoleczna.pl/platnosc/powrot/{session}",
        "urlStatus": "https://szkolenia-pomoc-spoleczna.pl/api/p24/status",
        "timeLimit": rng.choice((15, 30, 60)),
        "waitForResult": True,
        "regulationAccept": False,
        "transferLabel": f"Szkolenie {session}",
        "sign": _hex(rng, 96),
    }
    return _json(doc)


def getresponse_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A GetResponse contact creation (``POST /v3/contacts``): the unit's name and mailbox, an
    invented ``campaignId``, ``dayOfCycle`` ``0``, ``customFieldValues`` (invented field ids)
    with its telephone, type, postcode, town, commune and county, and an invented tag."""
    fields = (
        phone(row), _f(row, "typ"), _f(row, "kod_pocztowy"), _f(row, "miejscowosc"),
        _f(row, "gmina"), _f(row, "powiat"),
    )  # fmt: skip
    doc = {
        "name": _f(row, "nazwa"),
        "campaign": {"campaignId": _token(rng, 5)},
        "email": email(row),
        "dayOfCycle": "0",
        "customFieldValues": [
            {"customFieldId": _token(rng, 5), "value": [value]} for value in fields if value
        ],
        "tags": [{"tagId": _token(rng, 5)}],
    }
    return _json(doc)


def activecampaign_sync(row: dict[str, Any], rng: random.Random) -> str:
    """An ActiveCampaign contact sync (``POST /api/3/contact/sync``): a ``contact`` with the
    unit's ``email``, its name as ``firstName``, an empty ``lastName``, its ``phone`` and
    ``fieldValues`` (invented field numbers) with its name, street, postcode, town and
    county."""
    values = (
        _f(row, "nazwa"), street_line(row), _f(row, "kod_pocztowy"), _f(row, "miejscowosc"),
        f"powiat {_f(row, 'powiat')}",
    )  # fmt: skip
    first = rng.randint(1, 20)
    doc = {
        "contact": {
            "email": email(row),
            "firstName": _f(row, "nazwa"),
            "lastName": "",
            "phone": phone(row),
            "fieldValues": [
                {"field": str(first + i), "value": value} for i, value in enumerate(values) if value
            ],
        }
    }
    return _json(doc)


def infakt_client(row: dict[str, Any], rng: random.Random) -> str:
    """An inFakt client creation (``POST /api/v3/clients.json``): a ``client`` with the unit's
    name, street, number, postcode, town, ``PL``, an invented NIP, ``phone_number``, ``email``,
    its website, a bank transfer with an invented term, and a ``note`` naming the commune and
    county and repeating the telephone."""
    doc = {
        "client": {
            "company_name": _f(row, "nazwa"),
            "street": _f(row, "ulica") or _f(row, "miejscowosc"),
            "street_number": _f(row, "numer_domu"),
            "flat_number": "",
            "city": _f(row, "miejscowosc"),
            "country": "PL",
            "postal_code": _f(row, "kod_pocztowy"),
            "nip": _nip(rng),
            "phone_number": phone(row),
            "email": email(row),
            "web_site": _f(row, "www"),
            "payment_method": "transfer",
            "days_to_payment": rng.choice((7, 14, 21, 30)),
            "note": f"Jednostka pomocy społecznej gminy {_f(row, 'gmina')}, powiat "
            f"{_f(row, 'powiat')}; kontakt w sprawie faktur: tel. {phone(row)}.",
        }
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "p24_transaction": p24_transaction,
    "getresponse_contact": getresponse_contact,
    "activecampaign_sync": activecampaign_sync,
    "infakt_client": infakt_client,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone field and
    mailbox labelled, each number of the field on its own."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
