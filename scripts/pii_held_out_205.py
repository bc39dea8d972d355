"""held_out_205 of the PII evaluation set: real phone fields of a register no earlier part used
(the Bandung City Health Office's list of its community health centres, puskesmas, West Java;
Indonesia's earlier parts took COVID-19 referral hospitals, the tax offices and Universitas
Terbuka's regional offices) exactly as published, in layouts no earlier part has, beside the
list's own names, facility codes and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, ID and many others; here:

* the values are the ``TELEPON`` fields of 65 puskesmas
  (``scripts/data/pii_id_bandung_puskesmas.json``, written by
  ``scripts/id_bandung_puskesmas_data.py``; source and licence in that file): local
  Bandung numbers as the office writes them, seven or eight digits with no area code or trunk
  ``0`` (``6021597``, ``70722593``), one field of two joined by a slash (``2500334/2509292``:
  each a number of its own), each copy labelled;
* the text around them is the same row's real fields: the centre's name (``UPT CIBUNTU``), its
  facility code (``P3273010201``), its address and kind (``Non Perawatan``), with invented ids,
  customer numbers, chat and message ids, postcodes, dates and amounts, unlabelled and scored;
* every row in each of four layouts no earlier part has, Indonesian services' and the health
  field's API payloads, text in Indonesian: Biteship Locations API (``POST /v1/locations``)
  bodies saving the centre as a delivery destination (``contact_phone``, a ``note`` repeating
  it), Accurate Online API ``customer/save.do`` bodies of a pharmaceutical wholesaler
  (``workPhone``, ``notes`` repeating it), openIMIS GraphQL ``createHealthFacility`` mutations
  (``phone`` in the variables, the ``clientMutationLabel`` repeating it) and Telegram Bot API
  ``sendContact`` bodies of the office's information bot (``phone_number`` and a ``vcard``
  whose ``TEL`` repeats it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_205.py   # rewrites the committed file
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
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_id_bandung_puskesmas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_205.jsonl.gz"
SPLIT = "held_out_205"

LAYOUTS = ("biteship_location", "accurate_customer", "openimis_graphql", "telegram_contact")
PHONE = "TELEPON"

# the list's data file (read once) and its rows by country (``register_rows``)
data, _rows_by_locale = register_rows(ROWS)


def by_locale() -> dict[str, list[dict[str, Any]]]:
    """Every row of the list four times in a row, once for each layout, by ``reg:<country>``."""
    return {
        locale: [row for row in rows for _ in LAYOUTS] for locale, rows in _rows_by_locale().items()
    }


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The centre as the office's site names it, ``Puskesmas`` before the list's name."""
    return f"Puskesmas {_f(row, 'NAMA PUSKESMAS')}"


def address(row: dict[str, Any]) -> str:
    """The list's address, the city and province after it."""
    return f"{_f(row, 'ALAMAT')}, Kota Bandung, Jawa Barat"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th record: each row's four records take the four layouts."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    return value.startswith("+")


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a ``TELEPON`` field: the whole field, or each side of a
    slash (``2500334/2509292`` holds two numbers)."""
    out, at = [], 0
    for piece in field.split("/"):
        if piece:
            out.append((at, at + len(piece)))
        at += len(piece) + 1
    return out


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each number of each copy of its phone field labelled on its own (one no person holds is a
    distractor), national (none begins with ``+``)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (WIB, UTC+7)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _postcode(rng: random.Random) -> str:
    """An invented Bandung postcode (``40xxx``)."""
    return f"40{rng.randint(111, 295)}"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def biteship_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Biteship Locations API request body (``POST /v1/locations``), the centre saved as a
    delivery destination of the city's medicine shipments: ``name``, ``contact_name`` (the
    centre's pharmacy desk), ``contact_phone``, ``address``, a ``note`` repeating the number
    and naming the facility code, an invented ``postal_code``, ``type`` ``destination``."""
    tel = phone(row)
    hours = rng.choice(("Senin-Jumat 08.00-14.00", "Senin-Kamis 08.00-15.00, Jumat 08.00-11.00"))
    body = {
        "name": name(row),
        "contact_name": f"Ruang Farmasi {name(row)}",
        "contact_phone": tel,
        "address": address(row),
        "note": f"Kode puskesmas {_f(row, 'KODE PUSKESMAS')}. Penerimaan barang {hours}; "
        f"hubungi {tel} sebelum kurir datang.",
        "postal_code": int(_postcode(rng)),
        "type": "destination",
    }
    return _json(body)


def accurate_customer(row: dict[str, Any], rng: random.Random) -> str:
    """An Accurate Online API ``customer/save.do`` request body of an invented pharmaceutical
    wholesaler (PBF) saving the centre as a customer: an invented ``customerNo`` and
    ``transDate`` (``dd/MM/yyyy``), ``name``, the billing street, city, province, invented
    zip code and country, ``workPhone``, the ``IDR`` currency, a category, an invented credit
    limit and ``notes`` repeating the number beside the facility code and kind."""
    tel = phone(row)
    when = _when(rng)
    body = {
        "customerNo": f"C.{rng.randint(1, 2999):05d}",
        "name": name(row),
        "transDate": f"{when:%d/%m/%Y}",
        "billStreet": _f(row, "ALAMAT"),
        "billCity": "Bandung",
        "billProvince": "Jawa Barat",
        "billZipCode": _postcode(rng),
        "billCountry": "Indonesia",
        "workPhone": tel,
        "currencyCode": "IDR",
        "categoryName": "Puskesmas",
        "creditLimit": rng.choice((5_000_000, 10_000_000, 15_000_000, 25_000_000)),
        "notes": f"{_f(row, 'JENIS PUSKESMAS')}, kode {_f(row, 'KODE PUSKESMAS')}. "
        f"Konfirmasi pesanan ke telepon {tel}.",
    }
    return _json(body)


MUTATION = """mutation ($input: CreateHealthFacilityMutationInput!) {
  createHealthFacility(input: $input) {
    clientMutationId
    internalId
  }
}"""


def openimis_graphql(row: dict[str, Any], rng: random.Random) -> str:
    """An openIMIS GraphQL request (``query`` and ``variables``) of a ``createHealthFacility``
    mutation: an invented ``clientMutationId`` and eight-character ``code``, the centre's
    ``name``, government legal form, ``level`` ``C`` (health centre), ``careType`` ``O``
    (out-patient: ``Non Perawatan``), an invented ``locationId``, the ``address``, ``phone``,
    and a ``clientMutationLabel`` naming the facility code and repeating the number."""
    tel = phone(row)
    care = "O" if _f(row, "JENIS PUSKESMAS") == "Non Perawatan" else "B"
    body = {
        "query": MUTATION,
        "variables": {
            "input": {
                "clientMutationId": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "clientMutationLabel": f"Tambah fasilitas kesehatan {name(row)} "
                f"({_f(row, 'KODE PUSKESMAS')}, telp. {tel})",
                "code": f"BDG{rng.randint(10000, 99999)}",
                "name": name(row),
                "legalFormId": "G",
                "level": "C",
                "careType": care,
                "locationId": rng.randint(1200, 1899),
                "address": address(row),
                "phone": tel,
                "offline": False,
                "catchments": [],
            }
        },
    }
    return _json(body)


def telegram_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Telegram Bot API ``sendContact`` request body of the office's information bot: an
    invented supergroup ``chat_id``, ``phone_number``, ``first_name`` ``Puskesmas`` and the
    list's name as ``last_name``, a ``vcard`` (vCard 3.0: ``FN``, ``ORG``, ``TEL``, ``ADR``,
    ``NOTE`` with the facility code) repeating the number, and an inline keyboard button."""
    tel = phone(row)
    code = _f(row, "KODE PUSKESMAS")
    vcard = "\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{_f(row, 'NAMA PUSKESMAS')};Puskesmas;;;",
            f"FN:{name(row)}",
            "ORG:Dinas Kesehatan Kota Bandung",
            f"TEL;TYPE=WORK,VOICE:{tel}",
            f"ADR;TYPE=WORK:;;{_f(row, 'ALAMAT')};Bandung;Jawa Barat;;Indonesia",
            f"NOTE:Kode puskesmas {code}",
            "END:VCARD",
        ]
    )
    body = {
        "chat_id": -1001000000000 - rng.randint(10_000_000, 99_999_999),
        "phone_number": tel,
        "first_name": "Puskesmas",
        "last_name": _f(row, "NAMA PUSKESMAS"),
        "vcard": vcard,
        "disable_notification": rng.random() < 0.5,
        "reply_markup": {
            "inline_keyboard": [
                [{"text": "Jadwal layanan", "callback_data": f"jadwal:{code}"}],
            ]
        },
    }
    return _json(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "biteship_location": biteship_location,
    "accurate_customer": accurate_customer,
    "openimis_graphql": openimis_graphql,
    "telegram_contact": telegram_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th record of the list: its row in its layout, each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every record once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
