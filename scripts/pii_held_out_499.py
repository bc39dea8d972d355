"""held_out_499 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the general-education schools of Azerbaijan's Ministry of Science and Education as
its digital.edu.az platform lists them; Azerbaijan's earlier part took the State Agency on
Mandatory Health Insurance's medical institutions) exactly as published, in layouts no earlier
part has, beside the schools' own names, addresses, regions, UTIS codes and subjections.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the telephones of seven digits or more (``0124401663``, mobiles
  ``0518960541``, a few ``+994517567441``, seven-digit local lines ``2264651``) and the e-mail
  addresses (``164mekteb@bakuedu.gov.az``, ``kocesgerkend1@gmail.com``) of 300 schools' contact
  lists (``scripts/data/pii_az_edu_schools.json``, written by
  ``scripts/az_edu_schools_data.py``; source and licence in that file), each value as the
  platform gives it; a contact entry holding several addresses joined by ``;`` gives each of
  them; entries that hold no usable value are never written: shorter numbers (``62348``) and
  e-mail entries with a malformed address (``maxanovav@mail.ru.``, ``sxavtkbrov94@ gmail.com``,
  ``yoxdur``); every copy labelled;
* the text around them is the same row's real fields: the school's name, address, region,
  kind and type, subjection (its regional education office), UTIS code, platform id and its
  contacts' ids, with invented VÖENs (ten digits, the taxpayer numbers of the school and of a
  supplier, phone-shaped and unlabelled), tender event and document numbers, invoice ids,
  amounts, quantities, fees and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Azerbaijan's public administration, text in
  Azerbaijani: answers of the digital.edu.az platform's school list (``GET /backend-api/
  schools``: the school's object with its ``contacts`` as ``{"id", "value", "typeId"}``),
  VatPortal API requests that import an electronic invoice (qaimə-faktura) into e-taxes.gov.az
  (``POST /api/inv/import_upload_invoices.php``: a supplier's invoice of school supplies to the
  school, its ``add_info`` giving the delivery contact), and two answers of the state
  procurement portal etender.gov.az for a purchase the school announces: ``GET /api/events/
  {id}/contact-persons`` (the school's contact entries, ``phoneNumber`` and ``contact``) and
  ``GET /api/events/{id}/announcements`` (the announcement's text, ending with the contacts).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every written value is
one number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_499.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_az_edu_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_499.jsonl.gz"
SPLIT = "held_out_499"

LAYOUTS = ("edu_az_schools", "vatportal_qaime", "etender_contact_persons", "etender_announcements")
PHONE, EMAIL = "phone", "email"
EDGES = {PHONE: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {PHONE: "contacts_json"}
BAKU = dt.timezone(dt.timedelta(hours=4))
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods a school buys (name, unit, unit price in manat, CPV code of the purchase)
GOODS = (
    ("Şagird partası (ikiyerlik)", "ədəd", 85.0, "39160000"),
    ("Ağ yazı lövhəsi 120x240 sm", "ədəd", 210.0, "39292000"),
    ("A4 ofis kağızı, 80 q/m²", "qutu", 42.5, "30197630"),
    ("Printer kartrici", "ədəd", 64.0, "30125100"),
    ("Tibb dəstəsi (ilk yardım)", "ədəd", 38.0, "33141000"),
    ("Təbaşir (ağ, 100 ədəd)", "qutu", 6.8, "30192130"),
    ("Yanğınsöndürən OP-5", "ədəd", 55.0, "35111300"),
)
WORKS = (
    "məktəb binasının cari təmiri işlərinin",
    "isitmə sisteminə texniki xidmətin",
    "idman zalının döşəməsinin təmiri işlərinin",
    "məktəbin mühafizə siqnalizasiyası sisteminə xidmətin",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _entries(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The school's contact entries as the API gives them (``id``, ``value``, ``typeId``)."""
    return json.loads(row["fields"]["contacts_json"] or "[]")


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def usable(entry: dict[str, Any]) -> bool:
    """Whether a contact entry is written: a telephone of seven digits or more, or an e-mail
    entry each of whose ``;``-joined parts is one well-formed address."""
    value = entry["value"]
    if entry["typeId"] == 1:
        return len(_digits(value)) >= 7
    if entry["typeId"] == 3:
        return all(ADDRESS.fullmatch(part) for part in value.split(";"))
    return False


def entries(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The school's usable contact entries, in the API's order."""
    return [e for e in _entries(row) if usable(e)]


def phones(row: dict[str, Any]) -> list[str]:
    """The school's written telephones, as published, each once, in the API's order."""
    return list(dict.fromkeys(e["value"] for e in entries(row) if e["typeId"] == 1))


def emails(row: dict[str, Any]) -> list[str]:
    """The school's written e-mail addresses, each once, in the API's order (an entry joining
    several by ``;`` gives each)."""
    found = [p for e in entries(row) if e["typeId"] == 3 for p in e["value"].split(";")]
    return list(dict.fromkeys(found))


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+994517567441``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's telephones, longest first (a shorter one inside a longer one
    is the longer one's), then of its e-mail addresses, longest first."""
    found = [(PHONE, p) for p in sorted(phones(row), key=len, reverse=True)]
    return found + [(EMAIL, m) for m in sorted(emails(row), key=len, reverse=True)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephones and addresses labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Baku time)."""
    day = dt.datetime(2025, 1, 13, tzinfo=BAKU) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 17), minutes=rng.choice((0, 15, 30, 45)))


def voen(rng: random.Random) -> str:
    """An invented VÖEN: ten digits, ending in 1 as a legal person's does."""
    return f"{rng.randint(1, 99):02d}{rng.randint(0, 9_999_999):07d}1"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def contact_phrase(row: dict[str, Any]) -> str:
    """The school's telephones and addresses as a phrase (``tel.: 0124401663, 0505084522;
    e-poçt: a@b.az, c@d.ru``), the last address with no character after it."""
    text = f"tel.: {', '.join(phones(row))}"
    if emails(row):
        text += f"; e-poçt: {', '.join(emails(row))}"
    return text


def _number(value: str) -> int | float:
    """A published number as the API's JSON gives it (``1000024``, ``40.384695``)."""
    return float(value) if "." in value else int(value)


def edu_az_schools(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of the digital.edu.az platform's school list (``GET /backend-api/schools``)
    filtered to the school: a JSON array of one object with the platform's fields as the
    register holds them (``address``, ``contacts`` with each usable entry's ``id``, ``value``
    and ``typeId``, the e-journal and meeting flags, ``id``, ``imageToken``, coordinates,
    ``name``, region, kind, type, ``siteUrl``, subjection and ``utisCode``)."""
    f = row["fields"]
    school = {
        "address": f["address"],
        "contacts": [
            {"id": e["id"], "value": e["value"], "typeId": e["typeId"]} for e in entries(row)
        ],
        "hasJurnal": f["hasJurnal"] == "True",
        "hasMeeting": f["hasMeeting"] == "True",
        "id": int(f["id"]),
        "imageToken": f["imageToken"] or None,
        "lat": _number(f["lat"]),
        "lng": _number(f["lng"]),
        "name": f["name"],
        "regionId": int(f["regionId"]),
        "regionName": f["regionName"],
        "schoolKind": f["schoolKind"],
        "schoolKindId": int(f["schoolKindId"]),
        "schoolType": f["schoolType"],
        "schoolTypeId": int(f["schoolTypeId"]),
        "siteUrl": f["siteUrl"] or None,
        "subjection": f["subjection"],
        "subjectionId": int(f["subjectionId"]),
        "utisCode": f["utisCode"],
    }
    return _json([school])


def vatportal_qaime(row: dict[str, Any], rng: random.Random) -> str:
    """A VatPortal API request that imports an electronic invoice into e-taxes.gov.az (``POST
    /api/inv/import_upload_invoices.php``, token in the ``x-vatpapikey`` header): ``upload``,
    ``use_old_sys`` and one invoice (an invented ERP id, ``default`` type, ``main_info`` the
    contract, ``add_info`` the school as buyer with its address, UTIS code and delivery
    contacts, the supplier's and the school's invented VÖENs, items of school supplies with 18%
    VAT and the sums)."""
    when = _when(rng)
    items, sums = [], {"sum_subtotal1": 0.0, "sum_apply_vat_amount": 0.0, "sum_vat_amount": 0.0}
    for name, unit, price, _ in rng.sample(GOODS, rng.randint(1, 3)):
        qty = rng.choice((5, 10, 12, 20, 25, 40))
        net = round(price * qty, 2)
        vat = round(net * 0.18, 2)
        code = f"{rng.randint(10**9, 10**10 - 1)}"
        items.append(
            {
                "id": code,
                "name": name,
                "unit": unit,
                "unit_price": price,
                "quantity": qty,
                "barcode": f"{code}000",
                "subtotal1": net,
                "aksiz": 0,
                "aksizgrade": 0,
                "subtotal2": net,
                "apply_vat_amount": net,
                "skip_vat_amount": 0,
                "vat_zero": 0,
                "vat_free": 0,
                "vat_amount": vat,
                "transport_tax": 0,
                "total": round(net + vat, 2),
            }
        )
        sums["sum_subtotal1"] += net
        sums["sum_apply_vat_amount"] += net
        sums["sum_vat_amount"] += vat
    net, vat = round(sums["sum_subtotal1"], 2), round(sums["sum_vat_amount"], 2)
    contract = f"{rng.randint(1, 480)}/{when.year}"
    add_info = (
        f"Alıcı: {_f(row, 'name')} (UTİS {_f(row, 'utisCode')}), {_f(row, 'address')}. "
        f"Malların təhvili məktəbin binasında; əlaqə {contact_phrase(row)}"
    )
    invoice = {
        "id": f"{when:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}",
        "type": "default",
        "main_info": f"Müqavilə № {contract}; {when:%d.%m.%Y}",
        "add_info": add_info,
        "seller": voen(rng),
        "buyer": voen(rng),
        "sum_subtotal1": net,
        "sum_aksiz": 0,
        "sum_subtotal2": net,
        "sum_apply_vat_amount": net,
        "sum_skip_vat_amount": 0,
        "sum_vat_zero": 0,
        "sum_vat_free": 0,
        "sum_vat_amount": vat,
        "sum_ttax": 0,
        "sum_total": round(net + vat, 2),
        "items": items,
    }
    return _json({"upload": True, "use_old_sys": False, "invoices": [invoice]})


def etender_contact_persons(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of etender.gov.az's ``GET /api/events/{id}/contact-persons`` for a purchase
    the school announces: a JSON array of contact entries (``fullName``, ``contact``,
    ``position``, ``phoneNumber``), one per telephone of the school, the first carrying its
    first address in ``contact``, the others its further addresses in turn (none where none
    is left); ``fullName`` is the school's name (no person is named)."""
    positions = ("Direktor", "Direktor müavini (təsərrüfat işləri üzrə)", "Satınalma üzrə məsul")
    mails = emails(row)
    people = []
    for i, tel in enumerate(phones(row)):
        people.append(
            {
                "fullName": _f(row, "name"),
                "contact": mails[i] if i < len(mails) else "",
                "position": positions[min(i, len(positions) - 1)],
                "phoneNumber": tel,
            }
        )
    for extra in mails[len(people) :]:
        people.append(
            {
                "fullName": _f(row, "name"),
                "contact": extra,
                "position": positions[-1],
                "phoneNumber": phones(row)[0],
            }
        )
    return _json(people)


def etender_announcements(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of etender.gov.az's ``GET /api/events/{id}/announcements``: the
    ``announcementVersion`` and one announcement (an invented id) whose ``text`` is the
    school's request for quotations: its name, invented VÖEN, address, region and subjection,
    the works or goods, the document number, deadline and fees, closing with its telephones
    and addresses."""
    when = _when(rng)
    end = when + dt.timedelta(days=rng.randint(10, 25))
    if rng.random() < 0.5:
        subject = f"{rng.choice(WORKS)} satınalınması"
    else:
        subject = f"{rng.choice(GOODS)[0].split(' (')[0].lower()} satınalınması"
    doc = f"{when.year}/KS/{rng.randint(1, 99999):05d}/V1"
    text = (
        f"{_f(row, 'name')} (VÖEN {voen(rng)}) {subject} məqsədilə kotirovka sorğusu "
        f"elan edir. Sənəd № {doc}. Ünvan: {_f(row, 'address')} ({_f(row, 'regionName')}; "
        f"{_f(row, 'subjection')}). Təkliflər {end:%d.%m.%Y} saat {end:%H}:00-dək elektron "
        f"qaydada qəbul edilir; iştirak haqqı {rng.choice((25, 40, 50))} manatdır. "
        f"Əlaqələndirici şəxs: {contact_phrase(row)}"
    )
    announcement = {"id": rng.randint(1_100_000, 1_299_999), "text": text}
    return _json({"announcementVersion": rng.randint(1, 3), "announcements": [announcement]})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "edu_az_schools": edu_az_schools,
    "vatportal_qaime": vatportal_qaime,
    "etender_contact_persons": etender_contact_persons,
    "etender_announcements": etender_announcements,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephones and
    addresses labelled."""
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
