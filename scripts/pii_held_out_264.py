"""held_out_264 of the PII evaluation set: real phone fields of a register no earlier part used
(the National Health Mission Madhya Pradesh's list of COVID-19 treatment facilities on its
Sarthak bed-occupancy dashboard; India's earlier parts took hospitals, blood banks, CBSE
schools, a crowdsourced Telangana list and RBI's bank branches) exactly as published, in
layouts no earlier part has, beside the list's own facility names, districts, kinds, bed counts,
update times and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IN (the National Health Portal's directories, CBSE, RBI) and
many others; here:

* the values are the ``CONTACT_1`` to ``CONTACT_3`` fields of 320 facilities
  (``scripts/data/pii_in_mp_covid_facilities.json``, written by
  ``scripts/in_mp_covid_facilities_data.py``; source and licence in that file): ten-digit
  mobile numbers as the portal prints them after ``Mob:`` (``Mob: 9425985071``), one to three
  distinct numbers a facility (602 in all), each number labelled on its own wherever it stands,
  the bare number where a format's field takes a number, the published field (``Mob:`` and the
  number) where a note quotes the portal;
* the text around them is the same row's real fields: the facility's name, district, kind
  (``Government``, ``Private``), serial number, isolation, oxygen and ICU beds (total and
  available), last update (``27-04-2021, 20:32:08``) and coordinates, with invented message
  and call ids (32 hex digits), TRAI DLT entity and template ids (19 digits), Mappls eLoc codes,
  distances, lead ids (UUIDs) and times, unlabelled and scored;
* in layouts no earlier part has, Indian telephony, maps and CRM payloads, text in Hindi and
  English: Exotel SMS API exchanges (a ``curl`` request to ``Sms/send.json`` with the facility's
  first number as ``To``, the DLT ids and a Hindi Unicode ``Body`` naming every number, then the
  ``SMSMessage`` response), Mappls (MapmyIndia) Nearby API responses (the facility as a POI of
  ``suggestedLocations``, its numbers joined by commas in ``mobileNo``), LeadSquared
  ``Lead.Capture`` requests (``Attribute``/``Value`` pairs: ``Phone`` the first number,
  ``Mobile`` the second, a ``Notes`` value quoting the published contact fields) and Ozonetel
  KooKoo IVR responses (XML: a Hindi ``playtext`` reading the facility's beds and numbers, a
  ``dial`` of its first number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_264.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shlex
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_in_mp_covid_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_264.jsonl.gz"
SPLIT = "held_out_264"

LAYOUTS = ("exotel_sms", "mappls_nearby", "leadsquared_lead", "kookoo_ivr")
CONTACTS = ("CONTACT_1", "CONTACT_2", "CONTACT_3")
LABEL = "Mob: "
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# an invented Exotel account and TRAI DLT sender of the state's health mission (no real one)
EXOTEL_SID = "nhmmpsarthak2"
SENDER = "NHMMPC"
KIND_HI = {"Government": "शासकीय", "Private": "निजी"}


def _f(row: dict[str, Any], key: str) -> Any:
    """A field as published (strings stripped)."""
    value = row["fields"][key]
    return value.strip() if isinstance(value, str) else value


def numbers_of(row: dict[str, Any]) -> list[str]:
    """The distinct numbers of the row's contact fields, in column order (the part after
    ``Mob:``, unchanged)."""
    out: list[str] = []
    for column in CONTACTS:
        value = _f(row, column)
        if value:
            assert value.startswith(LABEL), value
            number = value[len(LABEL) :]
            if number not in out:
                out.append(number)
    return out


def column_of(row: dict[str, Any], number: str) -> str:
    """The first contact column that holds ``number``."""
    return next(c for c in CONTACTS if _f(row, c) == LABEL + number)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's numbers labelled under the
    first column that holds it (each copy stands apart: no digit next to it)."""
    values = [(column_of(row, number), number) for number in numbers_of(row)]
    edges = {column: r"\d" for column in CONTACTS}
    return field_copies(text, values, edges, {c: c for c in CONTACTS}, row["path"])


def updated(row: dict[str, Any]) -> dt.datetime:
    """The facility's last update (``27-04-2021, 20:32:08``), IST."""
    return dt.datetime.strptime(_f(row, "LAST_UPDATED"), "%d-%m-%Y, %H:%M:%S").replace(tzinfo=IST)


def coordinates(row: dict[str, Any]) -> tuple[str, str] | None:
    """The latitude and longitude of the row's map link as written (``?q=lat,lon``, or a place
    link's ``@lat,lon,``), None where it has none."""
    link = _f(row, "LOCATION")
    m = re.search(r"\?q=(-?\d+\.\d+),(-?\d+\.\d+)$", link) or re.search(
        r"/@(-?\d+\.\d+),(-?\d+\.\d+),", link
    )
    return (m.group(1), m.group(2)) if m else None


def beds(row: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """The row's beds by kind: (total, available)."""
    return {
        kind: (_f(row, f"{kind}_BEDS_TOTAL"), _f(row, f"{kind}_BEDS_AVAILABLE"))
        for kind in ("ISOLATION", "OXYGEN", "ICU")
    }


def _hex(rng: random.Random, n: int = 32) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _dlt(rng: random.Random, prefix: str) -> str:
    """An invented 19-digit TRAI DLT id (entity ids start ``1201``, template ids ``1207``)."""
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(19 - len(prefix)))


def _js(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def hindi_beds(row: dict[str, Any]) -> str:
    """The beds as a Hindi sentence: ``आइसोलेशन बेड 150/186, ऑक्सीजन बेड 10/110, आईसीयू बेड
    0/10 (उपलब्ध/कुल)``."""
    b = beds(row)
    return (
        f"आइसोलेशन बेड {b['ISOLATION'][1]}/{b['ISOLATION'][0]}, "
        f"ऑक्सीजन बेड {b['OXYGEN'][1]}/{b['OXYGEN'][0]}, "
        f"आईसीयू बेड {b['ICU'][1]}/{b['ICU'][0]} (उपलब्ध/कुल)"
    )


def exotel_sms(row: dict[str, Any], rng: random.Random) -> str:
    """An Exotel SMS API exchange: the ``curl`` request to ``/v1/Accounts/<sid>/Sms/send.json``
    (``From`` the DLT header, ``To`` the facility's first number, ``SmsType`` transactional,
    ``DltEntityId`` and ``DltTemplateId`` invented, a Hindi ``Body`` naming the facility, its
    district, beds and every number, ``EncodingType`` unicode) and the ``SMSMessage`` of its
    JSON response (an invented ``Sid``, ``To`` again, ``Status`` queued), as a shell session."""
    name, district, tel = _f(row, "HOSPITAL_NAME"), _f(row, "DISTRICT"), numbers_of(row)
    sent = updated(row) + dt.timedelta(minutes=rng.randint(20, 600), seconds=rng.randint(0, 59))
    body = (
        f"सार्थक कोविड पोर्टल: {name} ({district}, {KIND_HI[_f(row, 'TYPE')]}) की "
        f"{_f(row, 'LAST_UPDATED')} की प्रविष्टि: {hindi_beds(row)}। कृपया आज रात 8 बजे तक बेड "
        f"की स्थिति अपडेट करें। दर्ज संपर्क नंबर: {', '.join(tel)} - NHM MP"
    )
    sid = _hex(rng)
    url = f"https://api.exotel.com/v1/Accounts/{EXOTEL_SID}/Sms/send.json"
    response = {
        "SMSMessage": {
            "Sid": sid,
            "AccountSid": EXOTEL_SID,
            "From": f"VM-{SENDER}",
            "To": tel[0],
            "DateCreated": f"{sent:%Y-%m-%d %H:%M:%S}",
            "DateUpdated": f"{sent:%Y-%m-%d %H:%M:%S}",
            "DateSent": None,
            "Body": body,
            "Direction": "outbound-api",
            "Uri": f"/v1/Accounts/{EXOTEL_SID}/SMS/Messages/{sid}.json",
            "ApiVersion": None,
            "Price": None,
            "Status": "queued",
            "DetailedStatusCode": 21010,
            "DetailedStatus": "PENDING_TO_OPERATOR",
            "SmsUnits": None,
        }
    }
    lines = [
        f"$ curl -s -X POST {url} \\",
        '    -u "$EXOTEL_API_KEY:$EXOTEL_API_TOKEN" \\',
        f"    -d From={SENDER} \\",
        f"    -d To={tel[0]} \\",
        "    -d SmsType=transactional \\",
        "    -d EncodingType=unicode \\",
        f"    -d DltEntityId={_dlt(rng, '1201')} \\",
        f"    -d DltTemplateId={_dlt(rng, '1207')} \\",
        f"    --data-urlencode Body={shlex.quote(body)}",
        json.dumps(response, ensure_ascii=False, indent=2),
        "",
    ]
    return "\n".join(lines)


def mappls_nearby(row: dict[str, Any], rng: random.Random) -> str:
    """A Mappls (MapmyIndia) Nearby API response (``/api/places/nearby/json`` for the keyword
    ``HSPCOV``): the facility as the one POI of ``suggestedLocations`` (``placeName``,
    ``placeAddress`` its district and state, its coordinates as ``latitude``/``longitude`` and
    entry point where the row has them, ``mobileNo`` its numbers joined by commas, empty
    ``landlineNo`` and ``email``, an invented ``eLoc``, ``distance`` and ``orderIndex``,
    ``richInfo`` with its kind, beds and last update) and ``pageInfo``."""
    place: dict[str, Any] = {
        "distance": rng.randint(180, 24000),
        "eLoc": "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
        "email": "",
        "keywords": ["HSPCOV", "HSPGOV" if _f(row, "TYPE") == "Government" else "HSPPVT"],
        "landlineNo": "",
        "mobileNo": ",".join(numbers_of(row)),
        "orderIndex": 1,
        "placeAddress": f"{_f(row, 'DISTRICT')}, Madhya Pradesh",
        "placeName": _f(row, "HOSPITAL_NAME"),
        "type": "POI",
    }
    where = coordinates(row)
    if where:
        lat, lon = (float(v) for v in where)
        place.update(
            entryLatitude=round(lat + rng.uniform(-3e-4, 3e-4), 6),
            entryLongitude=round(lon + rng.uniform(-3e-4, 3e-4), 6),
            latitude=lat,
            longitude=lon,
        )
    b = beds(row)
    place["richInfo"] = {
        "facilityType": _f(row, "TYPE"),
        "isolationBeds": f"{b['ISOLATION'][1]} of {b['ISOLATION'][0]} available",
        "oxygenBeds": f"{b['OXYGEN'][1]} of {b['OXYGEN'][0]} available",
        "icuBeds": f"{b['ICU'][1]} of {b['ICU'][0]} available",
        "lastUpdated": _f(row, "LAST_UPDATED"),
        "source": "sarthak.nhmmp.gov.in",
    }
    doc = {
        "suggestedLocations": [dict(sorted(place.items()))],
        "userAddedLocations": [],
        "pageInfo": {"pageCount": 1, "totalHits": 1, "totalPages": 1, "pageSize": 10},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def leadsquared_lead(row: dict[str, Any], rng: random.Random) -> str:
    """A LeadSquared ``Lead.Capture`` request of an oxygen supplier's CRM (the Indian data
    centre's host, the keys left as Postman variables): the facility as a lead, a JSON array of
    ``Attribute``/``Value`` pairs (``Company`` and ``FirstName`` its name, ``Phone`` its first
    number, ``Mobile`` its second where it has one, ``mx_City`` the district, ``mx_State``,
    ``mx_Facility_Type``, the beds as custom fields, ``Source``, ``Notes`` quoting the published
    contact fields and update time, ``SearchBy`` Phone), then the response (``Status`` Success,
    an invented ``Message.Id``)."""
    tel = numbers_of(row)
    b = beds(row)
    quoted = "; ".join(f"{c}: {_f(row, c)}" for c in CONTACTS if _f(row, c))
    pairs = [
        ("FirstName", _f(row, "HOSPITAL_NAME")),
        ("Company", _f(row, "HOSPITAL_NAME")),
        ("Phone", tel[0]),
        *([("Mobile", tel[1])] if len(tel) > 1 else []),
        ("mx_City", _f(row, "DISTRICT")),
        ("mx_State", "Madhya Pradesh"),
        ("mx_Facility_Type", _f(row, "TYPE")),
        ("mx_Oxygen_Beds", str(b["OXYGEN"][0])),
        ("mx_ICU_Beds", str(b["ICU"][0])),
        ("Source", "Sarthak COVID bed dashboard"),
        ("Notes", f"Sarthak S.No. {_f(row, 'SNO')}, updated {_f(row, 'LAST_UPDATED')}. {quoted}"),
        ("SearchBy", "Phone"),
    ]
    body = [{"Attribute": k, "Value": v} for k, v in pairs]
    response = {
        "Status": "Success",
        "Message": {"Id": str(uuid.UUID(int=rng.getrandbits(128), version=4))},
    }
    lines = [
        "POST https://api-in21.leadsquared.com/v2/LeadManagement.svc/Lead.Capture"
        "?accessKey={{accessKey}}&secretKey={{secretKey}}",
        "Content-Type: application/json",
        "",
        json.dumps(body, ensure_ascii=False, indent=2),
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: application/json; charset=utf-8",
        "",
        json.dumps(response, ensure_ascii=False),
        "",
    ]
    return "\n".join(lines)


def kookoo_ivr(row: dict[str, Any], rng: random.Random) -> str:
    """An Ozonetel KooKoo IVR response of a COVID bed helpline (the XML an app returns for a
    caller's ``GotDTMF`` event, an invented ``sid``): a Hindi ``playtext`` reading the
    facility's name, district, beds and every number, then a ``dial`` of its first number."""
    name, district, tel = _f(row, "HOSPITAL_NAME"), _f(row, "DISTRICT"), numbers_of(row)
    text = (
        f"{name}, जिला {district}। {hindi_beds(row)}। यह जानकारी {_f(row, 'LAST_UPDATED')} "
        f"की है। अस्पताल के संपर्क नंबर हैं {', '.join(tel)}। अब आपकी कॉल अस्पताल से जोड़ी जा "
        "रही है, कृपया प्रतीक्षा करें।"
    )
    sid = f"{rng.randint(10**15, 10**16 - 1)}{rng.randint(100, 999)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<response sid={quoteattr(sid)}>",
        f'  <playtext type="ggl" quality="best" speed="3">{escape(text)}</playtext>',
        f'  <dial record="true" limittime="{rng.choice((600, 900, 1200))}" timeout="30" '
        f'moh="ring">{tel[0]}</dial>',
        "</response>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "exotel_sms": exotel_sms,
    "mappls_nearby": mappls_nearby,
    "leadsquared_lead": leadsquared_lead,
    "kookoo_ivr": kookoo_ivr,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of each of its numbers labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's does)."""
    return value.startswith("+")


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
