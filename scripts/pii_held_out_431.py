"""held_out_431 of the PII evaluation set: real contact-number fields of a register no earlier
part used (Tamil Nadu's Uzhavar Sandhais, the farmers' markets of the state's Department of
Agricultural Marketing and Agri Business; India's earlier parts took the National Health
Portal's Hospital and Blood Bank Directories, CBSE's schools, covid19india.org's Telangana list,
RBI's bank branches by IFSC, NHM Madhya Pradesh's COVID-19 facilities, JoSAA's institutes, NRSC
Bhuvan's vaccination centres, Zomato's Bengaluru restaurants, e-RaktKosh's blood centres, the
Regional Transport Offices and the Bangalore City Police's stations) exactly as published, in
layouts no earlier part has, beside the list's own districts, market names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``contactNumber`` of 179 markets (``scripts/data/
  pii_in_tn_uzhavar_sandhai.json``, written by ``scripts/in_tn_uzhavar_sandhai_data.py``; source
  and licence in that file): Indian numbers as the list writes them, mostly ten-digit mobiles
  (``9486123022``), some STD landlines (``0452 2526844``, ``04633-280622``), one with its trunk
  0 dropped (``4329-294202``), five fields of two numbers (``8610867826, 9894419405``), each
  number of a field labelled on its own (``labelled_record``), every copy of the field labelled;
* the text around them is the same row's real fields: the district, the market's name, street,
  town and PIN code where the list gives one, the officer's designation (``AO``, ``DAO``), with
  invented ids, UUIDs, prices, tonnages, counts, form versions and times, unlabelled and scored;
* in layouts no earlier part has, formats of India's public services and of the food trade:
  Bhashini (ULCA) inference pipeline answers (MeitY's ``POST /services/inference/pipeline`` of a
  ``translation`` task, English to Tamil: one ``output`` whose ``source`` is the market's notice
  and ``target`` its Tamil, each giving the number), Data Food Consortium (DFC) JSON-LD graphs
  (a ``dfc-b:Enterprise`` for the market with its ``dfc-b:Address``, a ``dfc-b:PhoneNumber``
  and the ``dfc-b:SuppliedProduct``s of the day, the description giving the number again),
  SurveyCTO wide-JSON exports (``GET /api/v2/forms/data/wide/json/{form_id}``: one submission of
  a market-inspection form, the officer's number as a field and in the remarks) and Epicollect5
  entries answers (``GET /api/export/entries/{project_slug}``: one entry of a price-watch
  project, EC5_AUTO mapping, the number as an input).

Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_431.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_tn_uzhavar_sandhai.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_431.jsonl.gz"
SPLIT = "held_out_431"

LAYOUTS = ("bhashini_translation", "dfc_enterprise", "surveycto_wide_json", "epicollect5_entries")
PHONE = "contactNumber"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented produce of the day (English, Tamil, a price range in rupees a kilogram)
PRODUCE = (
    ("Tomato", "தக்காளி", (14, 38)),
    ("Brinjal", "கத்தரிக்காய்", (20, 44)),
    ("Onion", "வெங்காயம்", (28, 56)),
    ("Ladies finger", "வெண்டைக்காய்", (24, 48)),
    ("Drumstick", "முருங்கைக்காய்", (40, 90)),
    ("Banana", "வாழைப்பழம்", (30, 60)),
    ("Coconut", "தேங்காய்", (18, 32)),
    ("Beans", "பீன்ஸ்", (36, 70)),
)
DESIGNATIONS = {
    "AO": "Agricultural Officer",
    "DAO": "Deputy Agricultural Officer",
    "AAO": "Assistant Agricultural Officer",
}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The market's contact-number field as published (one number or two)."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's contact-number field labelled (each
    copy stands apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented early-morning moment of 2024 (Indian time), when the markets trade."""
    day = dt.datetime(2024, 1, 8, tzinfo=IST) + dt.timedelta(days=rng.randint(0, 320))
    return day + dt.timedelta(hours=rng.randint(5, 8), minutes=rng.randint(0, 59),
                              seconds=rng.randint(0, 59))  # fmt: skip


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def market(row: dict[str, Any]) -> str:
    """The market's name as a phrase (``Uzhavar Sandhai, Palani``)."""
    return f"Uzhavar Sandhai, {_f(row, 'name')}"


def place(row: dict[str, Any]) -> str:
    """The address in one line: the list's address keys it has, then the state."""
    parts = [_f(row, k) for k in ("address1", "address2", "city", "pincode")]
    return ", ".join([p for p in parts if p] + ["Tamil Nadu"])


def officer(row: dict[str, Any]) -> str:
    """The officer's designation spelled out where the list's abbreviation is known."""
    short = _f(row, "designation")
    return DESIGNATIONS.get(short, short or "market officer")


def _produce(rng: random.Random, k: int) -> list[tuple[str, str, int]]:
    """``k`` invented produce of the day with a price in rupees a kilogram."""
    return [(en, ta, rng.randint(*span)) for en, ta, span in rng.sample(PRODUCE, k)]


def bhashini_translation(row: dict[str, Any], rng: random.Random) -> str:
    """A Bhashini (ULCA) inference pipeline answer (``POST https://dhruva-api.bhashini.gov.in/
    services/inference/pipeline``): one ``pipelineResponse`` of a ``translation`` task (its
    ``config`` with the IndicTrans2 service id and the languages, English to Tamil) whose one
    ``output`` has the market's notice as ``source`` and its Tamil as ``target``, both giving
    the district, market, address, the day's invented arrivals and the officer's number."""
    tonnes = round(rng.uniform(2.0, 38.0), 1)
    farmers = rng.randint(18, 240)
    (en1, ta1, p1), (en2, ta2, p2) = _produce(rng, 2)
    short = f" ({_f(row, 'designation')})" if _f(row, "designation") else ""
    source = (
        f"{market(row)} ({_f(row, 'district')} district), {place(row)}. The market is open "
        f"every day from 5 a.m. to 9 a.m. Today's arrivals: {tonnes} tonnes of vegetables and "
        f"fruits brought by {farmers} farmers; {en1.lower()} Rs. {p1} per kg, {en2.lower()} Rs. "
        f"{p2} per kg. For shop allotment and farmer identity cards, contact the {officer(row)}"
        f"{short} on {phone(row)} during market hours."
    )
    target = (
        f"உழவர் சந்தை, {_f(row, 'name')} ({_f(row, 'district')} மாவட்டம்), {place(row)}. சந்தை "
        f"தினமும் காலை 5 மணி முதல் 9 மணி வரை செயல்படும். இன்றைய வரத்து: {farmers} விவசாயிகள் "
        f"கொண்டு வந்த {tonnes} டன் காய்கறிகள் மற்றும் பழங்கள்; {ta1} கிலோ ரூ. {p1}, {ta2} கிலோ "
        f"ரூ. {p2}. கடை ஒதுக்கீடு மற்றும் விவசாயி அடையாள அட்டைக்கு, சந்தை நேரத்தில் "
        f"{_f(row, 'designation') or 'சந்தை'} அலுவலரை {phone(row)} என்ற எண்ணில் தொடர்பு கொள்ளவும்."
    )
    doc = {
        "pipelineResponse": [
            {
                "taskType": "translation",
                "config": {
                    "serviceId": "ai4bharat/indictrans-v2-all-gpu--t4",
                    "language": {
                        "sourceLanguage": "en",
                        "sourceScriptCode": "Latn",
                        "targetLanguage": "ta",
                        "targetScriptCode": "Taml",
                    },
                },
                "output": [{"source": source, "target": target}],
                "audio": None,
            }
        ]
    }
    return _json(doc)


def dfc_enterprise(row: dict[str, Any], rng: random.Random) -> str:
    """A Data Food Consortium (DFC) JSON-LD graph, as a DFC-connected platform serves an
    enterprise (``@context`` the DFC's, ``@graph`` of): the market as a ``dfc-b:Enterprise``
    (an invented id on a platform's ``/api/dfc/enterprises/``, its name, a description giving
    the officer's number, links to its address, phone number and supplied products), its
    ``dfc-b:Address`` (street, PIN code where the list gives one, town, country), its
    ``dfc-b:PhoneNumber`` (country code 91, the number as published) and two or three
    ``dfc-b:SuppliedProduct``s of the day with invented prices."""
    eid = rng.randint(1000, 99999)
    base = f"https://ofn-tn.example.in/api/dfc/enterprises/{eid}"
    products = _produce(rng, rng.randint(2, 3))
    when = _when(rng)
    enterprise = {
        "@id": base,
        "@type": "dfc-b:Enterprise",
        "dfc-b:name": market(row),
        "dfc-b:description": f"Farmers' market of the Department of Agricultural Marketing and "
        f"Agri Business in {_f(row, 'district')} district, open daily 5 a.m. to 9 a.m. Shop "
        f"allotment: {officer(row)}, {phone(row)}.",
        "dfc-b:hasAddress": f"{base}/addresses/{rng.randint(100, 9999)}",
        "dfc-b:hasPhoneNumber": f"{base}/phone_numbers/1",
        "dfc-b:supplies": [f"{base}/supplied_products/{rng.randint(10000, 99999)}"
                           for _ in products],
    }  # fmt: skip
    address = {
        "@id": enterprise["dfc-b:hasAddress"],
        "@type": "dfc-b:Address",
        "dfc-b:hasStreet": ", ".join(p for p in (_f(row, "address1"), _f(row, "address2")) if p),
        "dfc-b:hasCity": _f(row, "city"),
        "dfc-b:hasCountry": "India",
    }
    if _f(row, "pincode"):
        address["dfc-b:hasPostalCode"] = _f(row, "pincode")
    number = {
        "@id": enterprise["dfc-b:hasPhoneNumber"],
        "@type": "dfc-b:PhoneNumber",
        "dfc-b:countryCode": 91,
        "dfc-b:phoneNumber": phone(row),
    }
    supplied = [
        {
            "@id": pid,
            "@type": "dfc-b:SuppliedProduct",
            "dfc-b:name": f"{en} ({ta})",
            "dfc-b:description": f"Arrival of {when:%d-%m-%Y}, sold by the farmer",
            "dfc-b:hasQuantity": {
                "@type": "dfc-b:QuantitativeValue",
                "dfc-b:hasUnit": "dfc-m:Kilogram",
                "dfc-b:value": 1,
            },
            "dfc-b:hasPrice": {
                "@type": "dfc-b:Price",
                "dfc-b:value": price,
                "dfc-b:hasUnit": "dfc-m:Rupee",
            },
        }  # fmt: skip
        for pid, (en, ta, price) in zip(enterprise["dfc-b:supplies"], products, strict=True)
    ]
    doc = {
        "@context": "https://www.datafoodconsortium.org",
        "@graph": [enterprise, address, number, *supplied],
    }
    return _json(doc)


def _cto(moment: dt.datetime) -> str:
    """A time as SurveyCTO's exports write it (``Oct 10, 2015 6:26:24 PM``)."""
    hour = moment.hour % 12 or 12
    return f"{moment:%b} {moment.day}, {moment.year} {hour}:{moment:%M:%S} {moment:%p}"


def surveycto_wide_json(row: dict[str, Any], rng: random.Random) -> str:
    """A SurveyCTO wide-JSON export (``GET /api/v2/forms/data/wide/json/{form_id}``): an array
    of one submission of an invented market-inspection form, with the server's fields
    (``CompletionDate``, ``SubmissionDate``, ``starttime``, ``endtime``, ``deviceid`` of
    SurveyCTO Collect, empty ``subscriberid``, ``simid`` and ``devicephonenum``, ``instanceID``,
    ``formdef_version``, review fields, ``KEY``) and the form's: district, market, address, the
    officer's designation and number, invented counts and a remark giving the number again."""
    start = _when(rng)
    end = start + dt.timedelta(minutes=rng.randint(6, 40), seconds=rng.randint(0, 59))
    sent = end + dt.timedelta(minutes=rng.randint(1, 300))
    key = f"uuid:{_uuid(rng)}"
    version = start - dt.timedelta(days=rng.randint(3, 90))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    sub = {
        "CompletionDate": _cto(sent),
        "SubmissionDate": _cto(sent),
        "starttime": _cto(start),
        "endtime": _cto(end),
        "deviceid": "collect:" + "".join(rng.choice(alphabet) for _ in range(16)),
        "subscriberid": "",
        "simid": "",
        "devicephonenum": "",
        "district": _f(row, "district"),
        "market_name": _f(row, "name"),
        "market_address": place(row),
        "officer_designation": _f(row, "designation"),
        "officer_phone": phone(row),
        "farmers_present": str(rng.randint(18, 240)),
        "shops_allotted": str(rng.randint(20, 120)),
        "arrivals_tonnes": f"{rng.uniform(2.0, 38.0):.1f}",
        "weighing_scales_ok": rng.choice(("yes", "yes", "no")),
        "remarks": f"Price board updated. Helpline number painted at the gate: {phone(row)}",
        "instanceID": key,
        "formdef_version": f"{version:%y%m%d%H%M}",
        "review_quality": "",
        "review_status": "APPROVED",
        "KEY": key,
    }
    return _json([sub])


def epicollect5_entries(row: dict[str, Any], rng: random.Random) -> str:
    """An Epicollect5 entries answer (``GET https://five.epicollect.net/api/export/entries/
    {project_slug}``): ``links`` (self, first and last pages of an invented form ref),
    ``meta`` (one entry) and ``data`` with one entry of a price-watch project, EC5_AUTO
    mapping (``ec5_uuid``, ``created_at``, ``uploaded_at``, ``title`` and numbered inputs: the
    district, market, address, the officer's number, invented prices and a farmer count)."""
    slug = "tn-uzhavar-sandhai-price-watch"
    ref = f"{rng.getrandbits(128):032x}_{rng.getrandbits(52):013x}"
    created = _when(rng)
    uploaded = created + dt.timedelta(minutes=rng.randint(2, 600), seconds=rng.randint(0, 59))
    (en1, _, p1), (en2, _, p2) = _produce(rng, 2)
    url = (
        f"https://five.epicollect.net/api/export/entries/{slug}?form_ref={ref}&parent_form_ref="
        "&branch=&branch_ref=&branch_owner_uuid=&parent_uuid=&uuid=&input_ref=&per_page=50"
        "&sort_order=DESC&entry_col=created_at&map_index=&page=1"
    )

    def iso(moment: dt.datetime) -> str:
        utc = moment.astimezone(dt.UTC)
        return f"{utc:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z"

    entry = {
        "ec5_uuid": _uuid(rng),
        "created_at": iso(created),
        "uploaded_at": iso(uploaded),
        "title": f"{_f(row, 'name')} {created:%d/%m/%Y}",
        "1_District": _f(row, "district"),
        "2_Market": _f(row, "name"),
        "3_Address": place(row),
        "4_Officer": _f(row, "designation"),
        "5_Contact_number": phone(row),
        "6_Farmers": rng.randint(18, 240),
        f"7_{en1.replace(' ', '_')}_Rs_per_kg": p1,
        f"8_{en2.replace(' ', '_')}_Rs_per_kg": p2,
        "9_Date": f"{created:%d/%m/%Y}",
    }
    doc = {
        "links": {"self": url, "first": url, "prev": None, "next": None, "last": url},
        "meta": {"total": 1, "per_page": 50, "current_page": 1, "last_page": 1, "from": 1,
                 "to": 1},
        "data": {
            "id": slug,
            "type": "entries",
            "entries": [entry],
            "mapping": {"map_name": "EC5_AUTO", "map_index": 0},
        },
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "bhashini_translation": bhashini_translation,
    "dfc_enterprise": dfc_enterprise,
    "surveycto_wide_json": surveycto_wide_json,
    "epicollect5_entries": epicollect5_entries,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its contact-number field
    labelled, each number in it on its own."""
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
