"""held_out_407 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the DKI Jakarta provincial government's list of the province's health
facilities, its kecamatan puskesmas and its hospitals, as its open data portal published it;
Indonesia stands for the Philippines and Malaysia, whose regions' and cities' open-data
registers the tools did not find, and its earlier parts took a list of COVID-19 referral
hospitals, the Directorate General of Taxes' offices, the IDX's listed companies, Universitas
Terbuka's regional offices, Bandung's puskesmas and the emergency services' contacts) exactly as
published, in layouts no earlier part has, beside the list's own names, streets, kinds and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telp`` of 143 facilities, their ``fax`` where the list gives one that is
  a line of its own (not the telephone again, not a line the telephone field already holds, not
  the telephone with ``021`` before it) and the well-formed mailboxes of their ``email`` field
  (``scripts/data/pii_id_jakarta_faskes.json``, written by ``scripts/id_jakarta_faskes_data.py``;
  source and licence in that file): Jakarta lines as the list writes them, most without the area
  code (``7864707``, ``564 8379``), some with it (``021-7868172``), runs of lines in one field
  (``3909513 ; 3909514``, ``6260208 - 6490090``, ``4721336 - 37``, ``3904422 Ext.1900 ;1919``),
  each number of a field labelled on its own; the facilities' mailboxes, one or several to a
  field (``pkmcilandak@yahoo.com``, ``kusmedi@gmail.com, rsd_tarakan@yahoo.com``), each address
  labelled, the malformed ones (``info@rsia_evasari@yahoo.com``, ``humas_pksc.or.id``) never
  written; every copy labelled;
* the text around them is the same row's real fields: the facility's name, street, kind
  (puskesmas or hospital), web site, coordinates and the list's row id, with invented ids,
  UUIDs, NPWP tax numbers (fifteen digits), reference numbers, amounts and dates, unlabelled and
  scored;
* in layouts no earlier part has, formats of Indonesia's own services, text in Indonesian:
  Satu Data Jakarta answers (the province's open data portal's ``POST /backend/api/v2/satudata/
  get-table-data``: ``data`` with the facility's row, ``total``), Kledo contact details (the
  Indonesian accounting service's ``GET /finance/contacts/{id}``: the facility as a customer,
  ``phone``, ``fax``, ``email``, ``npwp`` and a ``description`` repeating the line and the
  mailboxes), Paper.id partner objects (the Paper.id Open API's partner: ``object``
  ``partner``, ``type`` ``CLIENT``, ``phone``, ``email``, ``address``) and Mekari Qontak CRM
  company requests (``POST /api/v3.1/companies``: ``telephone``, the fax and the mailboxes as
  ``additional_fields`` with their ``value`` and ``value_name``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (each number of a field on
its own: ``labelled_record``). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_407.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_id_jakarta_faskes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_407.jsonl.gz"
SPLIT = "held_out_407"

LAYOUTS = ("sdi_table_data", "kledo_contact", "paperid_partner", "qontak_company")
PHONE, FAX, EMAIL = "telp", "fax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
WIB = dt.timezone(dt.timedelta(hours=7))
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
KINDS = {"puskesmas": "Puskesmas", "rs": "Rumah Sakit"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where it is null); not stripped, so that a copy is the value
    the list gives."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The facility's telephone field as published."""
    return _f(row, PHONE)


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def fax(row: dict[str, Any]) -> str:
    """The facility's fax where it is a line of its own: not empty, not the telephone again (as
    written or with ``021`` before it), not a line the telephone field holds; else ""."""
    value, tel = _f(row, FAX), phone(row)
    digits = _digits(value)
    if len(digits) < 7 or value.strip() in tel or digits in (_digits(tel), "021" + _digits(tel)):
        return ""
    return value


def emails(row: dict[str, Any]) -> list[str]:
    """The well-formed mailboxes of the ``email`` field, in its order (the field may hold
    several after commas or semicolons; a malformed piece is left out)."""
    pieces = re.split(r"[,;]", _f(row, EMAIL))
    return [p.strip(" \xa0") for p in pieces if ADDRESS.fullmatch(p.strip(" \xa0"))]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's telephone, fax and each mailbox (empty ones are skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), *((EMAIL, m) for m in emails(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailboxes labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "nama").strip()


def street(row: dict[str, Any]) -> str:
    """The street as the list writes it, its runs of blanks kept (``Jalan  Pedati Nomor 3``)."""
    return _f(row, "alamat").strip()


def kind(row: dict[str, Any]) -> str:
    """``Puskesmas`` or ``Rumah Sakit``."""
    return KINDS[_f(row, "type")]


def website(row: dict[str, Any]) -> str:
    return _f(row, "website").strip()


def coordinates(row: dict[str, Any]) -> tuple[float, float]:
    return float(_f(row, "latitude")), float(_f(row, "longitude"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Jakarta time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=WIB) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def npwp(rng: random.Random) -> str:
    """An invented NPWP as Kledo stores it: fifteen digits, no separators."""
    return f"0{rng.randint(1, 9)}" + "".join(str(rng.randint(0, 9)) for _ in range(13))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def sdi_table_data(row: dict[str, Any], rng: random.Random) -> str:
    """A Satu Data Jakarta answer (the DKI Jakarta open data portal's ``POST
    /backend/api/v2/satudata/get-table-data`` for the facilities' dataset, one row a page):
    ``data`` with the facility's row (the list's id, name, kind, street, telephone, fax,
    mailboxes, web site and coordinates, the data's period and invented upload and update
    dates) and the dataset's ``total``."""
    when = _when(rng)
    lat, lng = coordinates(row)
    item = {
        "id": _f(row, "id"),
        "nama_fasyankes": name(row),
        "jenis_fasyankes": kind(row),
        "alamat": street(row),
        "telepon": phone(row),
        "faksimili": fax(row),
        "email": ", ".join(emails(row)),
        "website": website(row),
        "latitude": lat,
        "longitude": lng,
        "periode_data": "2017",
        "tanggal_upload": f"{when - dt.timedelta(days=rng.randint(30, 400)):%Y-%m-%d}",
        "tanggal_update": f"{when:%Y-%m-%d}",
    }
    return _json({"data": [item], "total": len(data()["rows"])})


def kledo_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Kledo contact detail (the accounting service's ``GET /finance/contacts/{id}``:
    ``success`` and ``data``): the facility as a customer of an invented medical supplier
    (``company`` the facility, ``name`` its procurement unit), its street, ``email`` (its first
    mailbox), ``phone``, ``fax`` (where it has one of its own), an invented NPWP, ids and
    reference number, and a ``description`` that gives every mailbox the invoices go to and
    the line again, last; ``receivable`` one invented open invoice."""
    when = _when(rng)
    mails = emails(row)
    note = f"Pelanggan {kind(row).lower()} ({name(row)})."
    if mails:
        note += f" Faktur dikirim ke {', '.join(mails)};"
    note += f" konfirmasi pesanan ke telp {phone(row)}"
    amount = rng.randint(12, 480) * 25_000
    cid = rng.randint(200, 4800)
    invoice = f"INV/{when:%y}/{when:%b}/{rng.randint(100, 9999):05d}".upper()
    doc = {
        "success": True,
        "data": {
            "id": cid,
            "name": "Bagian Pengadaan",
            "company": name(row),
            "address": f"{street(row)}\nDKI Jakarta",
            "email": mails[0] if mails else None,
            "phone": phone(row),
            "type_id": 1,
            "receivable_account_id": 21,
            "payable_account_id": 81,
            "group_id": rng.randint(2, 9),
            "npwp": npwp(rng),
            "is_archive": 0,
            "country_id": 1,
            "province_id": 6,
            "city_id": rng.randint(150, 160),
            "district_id": None,
            "village_id": None,
            "secondary_phone": None,
            "fax": fax(row) or None,
            "ref_number": f"CUST/{rng.randint(1000, 9999)}",
            "birthday": None,
            "max_payable": None,
            "max_receivable": amount * 4,
            "taxable": 1,
            "photo": None,
            "id_card_type_id": None,
            "id_card_number": None,
            "description": note,
            "salutation_id": None,
            "receivable": {
                "current_page": 1,
                "data": [
                    {
                        "id": rng.randint(10_000, 99_999),
                        "ref_number": invoice,
                        "trans_date": f"{when:%Y-%m-%d}",
                        "due_date": f"{when + dt.timedelta(days=30):%Y-%m-%d}",
                        "amount_after_tax": amount,
                        "due": amount,
                        "status_id": 1,
                        "contact_id": cid,
                    }
                ],
                "total": 1,
            },
            "payable": {"current_page": 1, "data": [], "total": 0},
        },
    }
    return _json(doc)


def paperid_partner(row: dict[str, Any], rng: random.Random) -> str:
    """A Paper.id partner object (the Open API's ``GET /api/v1/partners/{partner_id}``): an
    invented UUID, ``object`` ``partner``, the facility's name, an invented partner number,
    ``type`` ``CLIENT``, ``business_type`` ``others``, its first mailbox, its ``phone``, no
    mobile, its ``address`` (street, province), invented timestamps."""
    when = _when(rng)
    mails = emails(row)
    doc = {
        "id": _uuid(rng),
        "object": "partner",
        "name": name(row),
        "number": f"FASKES-{_f(row, 'id').zfill(4)}",
        "type": "CLIENT",
        "business_type": "others",
        "email": mails[0] if mails else None,
        "phone": phone(row),
        "mobile_phone": None,
        "address": {
            "address_line_1": street(row),
            "address_line_2": kind(row),
            "province": "DKI Jakarta",
            "country": "Indonesia",
        },
        "created_at": f"{when:%Y-%m-%dT%H:%M:%S%z}",
        "updated_at": f"{when + dt.timedelta(days=rng.randint(1, 90)):%Y-%m-%dT%H:%M:%S%z}",
    }
    return _json(doc)


def qontak_company(row: dict[str, Any], rng: random.Random) -> str:
    """A Mekari Qontak CRM company request (``POST /api/v3.1/companies``): the facility's name,
    web site, ``telephone``, street, country, province, an invented creator, ``crm_type_id``
    and source, and its fax, mailboxes, kind and coordinates as ``additional_fields`` (each with
    its ``value`` and ``value_name``)."""
    lat, lng = coordinates(row)
    extra = []
    if fax(row):
        extra.append(("faksimili", fax(row)))
    if emails(row):
        extra.append(("email_instansi", ", ".join(emails(row))))
    extra += [("jenis_fasyankes", kind(row)), ("koordinat", f"{lat},{lng}")]
    base = rng.randint(13_400_000, 14_200_000)
    doc = {
        "name": name(row),
        "website": website(row),
        "creator_id": rng.randint(100_000, 999_999),
        "creator_name": "Admin CRM",
        "telephone": phone(row),
        "address": street(row),
        "country": "Indonesia",
        "province": "DKI Jakarta",
        "city": "Jakarta",
        "zipcode": "",
        "industry_id": None,
        "business_reg_number": "",
        "industry_name": "Kesehatan",
        "crm_type_id": rng.randint(1_000_000, 1_099_999),
        "crm_type_name": "Fasilitas Kesehatan",
        "number_of_employees": None,
        "crm_source_id": None,
        "crm_source_name": "Satu Data Jakarta",
        "annual_revenue": None,
        "crm_deal_ids": [],
        "crm_deal_name": [],
        "crm_person_ids": [],
        "crm_person_name": [],
        "ancestry": None,
        "additional_fields": [
            {"id": base + i, "name": key, "value": value, "value_name": value}
            for i, (key, value) in enumerate(extra)
        ],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sdi_table_data": sdi_table_data,
    "kledo_contact": kledo_contact,
    "paperid_partner": paperid_partner,
    "qontak_company": qontak_company,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone, fax and
    mailboxes labelled, each number of a phone field on its own."""
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
