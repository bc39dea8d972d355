"""held_out_390 of the PII evaluation set: real telephone and e-mail fields of a register no
earlier part used (the Indonesia Stock Exchange's profiles of its listed companies, the emiten;
Indonesia's earlier parts took COVID-19 referral hospitals, the Directorate General of Taxes'
tax offices, Universitas Terbuka's regional offices, Bandung's puskesmas and an emergency app's
police and fire services) exactly as published, in layouts no earlier part has, beside the
register's own names, tickers, addresses and tax numbers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Telepon`` of 300 listed companies, as each company filed it with the
  exchange (``(021) 2553 3065``, ``021-3973 3232, 021-3973 3322``, ``(62-21) 5744848``,
  ``+62 21 65314710``; a field may hold several numbers, each labelled on its own by
  ``labelled_record``, one no person could hold only a distractor), and the first address of
  its ``Email`` (the corporate secretary's mailbox, ``corsec@adaroindonesia.com``; the other
  addresses of the dozen fields that hold two or three are not written)
  (``scripts/data/pii_id_idx_emiten.json``, written by ``scripts/id_idx_emiten_data.py``;
  source and licence in that file); every copy labelled; the register's faxes are not written
  (no payment message carries one);
* the text around them is the same row's real fields: the company's name, ticker
  (``KodeEmiten``), head-office address and its postcode, tax number (NPWP, fifteen digits,
  phone-shaped and left unlabelled on purpose: it is no phone), sector and listing board, with
  invented order numbers, payment references, virtual-account numbers, amounts in rupiah,
  signatures and dates, unlabelled and scored;
* in layouts no earlier part has, the messages of four Indonesian payment gateways, as a vendor
  of a listed company's annual-meeting and disclosure services bills it (newspaper
  announcements of the RUPS, printing of the annual report, a public expose venue), text in
  Indonesian: Tripay closed-payment answers (``POST /api/transaction/create``: ``success``,
  ``message`` and ``data`` with ``reference``, ``merchant_ref``, the payment channel, the
  ``customer_name``, ``customer_email`` and ``customer_phone``, amounts and fees, a
  virtual-account ``pay_code``, ``checkout_url``, ``status`` ``UNPAID``, ``expired_time``,
  ``order_items`` and payment ``instructions``), Duitku POP ``createInvoice`` request bodies
  (``paymentAmount``, ``merchantOrderId``, ``productDetails``, ``additionalParam``,
  ``merchantUserInfo``, ``customerVaName``, ``email``, ``phoneNumber``, ``itemDetails`` and
  ``customerDetail`` with its ``billingAddress`` and ``shippingAddress``, each with the
  ``phone``), iPaymu API v2 redirect-payment request bodies (``POST /api/v2/payment``:
  parallel ``product``, ``qty``, ``price`` and ``description`` arrays, ``referenceId``, the
  return, notify and cancel URLs, ``buyerName``, ``buyerEmail``, ``buyerPhone``, ``expired`` and
  ``feeDirection``) and Faspay Debit post data (``POST /cvr/300011/10``, ``request``
  ``Transmisi Info Detil Pembelian``: the bill's number, dates, description and amounts in
  cents, ``cust_no``, ``cust_name``, ``msisdn``, ``email``, the ``billing_*`` and
  ``shipping_*`` fields with their ``msisdn``, ``item``, ``reserve1``, ``reserve2`` and a
  ``signature``).

Phones are labelled by the policy of ``labelled_record`` (each number of a field on its own).
Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_390.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_id_idx_emiten.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_390.jsonl.gz"
SPLIT = "held_out_390"

LAYOUTS = ("tripay_transaksi", "duitku_invoice", "ipaymu_payment", "faspay_debit")
PHONE, EMAIL = "Telepon", "Email"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
WIB = dt.timezone(dt.timedelta(hours=7))
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented services a vendor bills a listed company for (name, unit price range in rupiah)
SERVICES = (
    ("Pemasangan iklan Pengumuman RUPS Tahunan di surat kabar harian nasional", 9, 28),
    ("Pemasangan iklan Pemanggilan RUPS Tahunan di surat kabar harian nasional", 9, 28),
    ("Cetak Laporan Tahunan (Annual Report) edisi bahasa Indonesia dan Inggris", 35, 120),
    ("Sewa ruang dan perlengkapan Public Expose Tahunan", 18, 65),
    ("Jasa penerjemahan tersumpah keterbukaan informasi", 4, 15),
    ("Siaran langsung (live streaming) RUPS melalui eASY.KSEI", 6, 22),
)
CHANNELS = (
    ("BRIVA", "BRI Virtual Account"),
    ("BNIVA", "BNI Virtual Account"),
    ("MANDIRIVA", "Mandiri Virtual Account"),
    ("PERMATAVA", "Permata Virtual Account"),
    ("BCAVA", "BCA Virtual Account"),
)
MERCHANT = "Mitra Publikasi Emiten"
SITE = "https://mitrapublikasi.co.id"
CITIES = (
    "Jakarta Pusat", "Jakarta Selatan", "Jakarta Barat", "Jakarta Timur", "Jakarta Utara",
    "Jakarta", "Tangerang Selatan", "Tangerang", "Bekasi", "Bogor", "Depok", "Bandung",
    "Surabaya", "Sidoarjo", "Semarang", "Medan", "Denpasar", "Makassar", "Batam", "Malang",
    "Palembang", "Balikpapan", "Yogyakarta", "Pekanbaru", "Gresik", "Karawang", "Cikarang",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The company's ``Telepon`` as published (stripped)."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The first address of the company's ``Email`` field, else ""."""
    found = ADDRESS.findall(_f(row, EMAIL))
    return found[0] if found else ""


def international(value: str) -> bool:
    """Whether a number is written with Indonesia's country code (``+62 21 ...``, ``(62-21)
    ...``, ``(+62-21) ...``, ``62 21 ...``)."""
    bare = value.strip().lstrip("(")
    return bare.startswith(("+", "0062")) or bool(re.match(r"62(?:\D|\d{8,})", bare))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone field (each number in it by
    ``labelled_record``) and mailbox labelled (each copy stands apart: no digit next to the
    field, no address character next to the address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def name(row: dict[str, Any]) -> str:
    """The company's name as the register writes it."""
    return _f(row, "NamaEmiten")


def ticker(row: dict[str, Any]) -> str:
    """The company's four-letter ticker (``KodeEmiten``)."""
    return _f(row, "KodeEmiten")


def address(row: dict[str, Any]) -> str:
    """The head office's address in one line (the register's line breaks and runs of spaces as
    one space)."""
    return " ".join(_f(row, "Alamat").split())


def postcode(row: dict[str, Any]) -> str:
    """The last five-digit group of the address (its postcode), else ""."""
    found = re.findall(r"(?<!\d)\d{5}(?!\d)", address(row))
    return found[-1] if found else ""


def city(row: dict[str, Any]) -> str:
    """The first city of ``CITIES`` the address names, else "Jakarta"."""
    text = address(row).lower()
    return next((c for c in CITIES if c.lower() in text), "Jakarta")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Western Indonesian Time)."""
    day = dt.datetime(2025, 2, 3, tzinfo=WIB) + dt.timedelta(days=rng.randint(0, 280))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _items(rng: random.Random) -> list[tuple[str, int, int]]:
    """One or two invented services: (name, unit price in rupiah, quantity)."""
    picked = rng.sample(SERVICES, rng.choice((1, 1, 2)))
    return [(s, rng.randint(lo, hi) * 500_000, rng.choice((1, 1, 2))) for s, lo, hi in picked]


def _order(rng: random.Random, when: dt.datetime, row: dict[str, Any]) -> str:
    """An invented order number of the vendor (``INV/2025/05/AALI/0142``)."""
    return f"INV/{when:%Y/%m}/{ticker(row)}/{rng.randint(1, 9999):04d}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def tripay_transaksi(row: dict[str, Any], rng: random.Random) -> str:
    """A Tripay closed-payment answer (``POST /api/transaction/create``): ``success``,
    ``message`` and ``data`` (an invented ``reference`` and ``merchant_ref``, a virtual-account
    channel, the company as ``customer_name`` with its mailbox and telephone, the order's
    ``amount``, fees and ``amount_received``, an invented virtual-account ``pay_code``, the
    checkout URL, ``UNPAID``, ``expired_time``, the ``order_items`` and the channel's payment
    ``instructions``)."""
    when = _when(rng)
    method, label = rng.choice(CHANNELS)
    items = _items(rng)
    amount = sum(p * q for _, p, q in items)
    fee = 4250
    ref = f"T{rng.randint(10000, 99999)}{rng.randint(10**9, 10**10 - 1)}"
    pay_code = f"{rng.randint(10**14, 10**15 - 1)}"
    doc = {
        "success": True,
        "message": "",
        "data": {
            "reference": ref,
            "merchant_ref": _order(rng, when, row),
            "payment_selection_type": "static",
            "payment_method": method,
            "payment_name": label,
            "customer_name": name(row),
            "customer_email": email(row) or None,
            "customer_phone": phone(row),
            "callback_url": f"{SITE}/tripay/callback",
            "return_url": f"{SITE}/emiten/{ticker(row).lower()}/pesanan",
            "amount": amount,
            "fee_merchant": fee,
            "fee_customer": 0,
            "total_fee": fee,
            "amount_received": amount - fee,
            "pay_code": pay_code,
            "pay_url": None,
            "checkout_url": f"https://tripay.co.id/checkout/{ref}",
            "status": "UNPAID",
            "expired_time": int((when + dt.timedelta(days=1)).timestamp()),
            "order_items": [
                {
                    "sku": f"{ticker(row)}-{i + 1:02d}",
                    "name": s,
                    "price": p,
                    "quantity": q,
                    "subtotal": p * q,
                    "product_url": None,
                    "image_url": None,
                }
                for i, (s, p, q) in enumerate(items)
            ],
            "instructions": [
                {
                    "title": "Internet Banking",
                    "steps": [
                        "Login ke internet banking perusahaan Anda",
                        f"Pilih menu Transfer lalu {label}",
                        f"Masukkan nomor Virtual Account <b>{pay_code}</b>",
                        "Periksa detail tagihan, lalu konfirmasi pembayaran",
                        "Simpan bukti transaksi Anda",
                    ],
                }
            ],
            "qr_string": None,
            "qr_url": None,
        },
    }
    return _json(doc)


def duitku_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A Duitku POP ``createInvoice`` request body (``POST /api/merchant/createInvoice``): the
    order's ``paymentAmount``, an invented ``merchantOrderId``, ``productDetails``, the company's
    tax number (NPWP) in ``additionalParam``, its ticker as ``merchantUserInfo``, its name as
    ``customerVaName``, its mailbox and telephone, ``itemDetails``, and ``customerDetail`` whose
    ``billingAddress`` and ``shippingAddress`` give the head office, its city and postcode and
    the telephone again; the callback and return URLs and ``expiryPeriod``."""
    when = _when(rng)
    items = _items(rng)
    amount = sum(p * q for _, p, q in items)
    where = {
        "firstName": name(row),
        "lastName": "",
        "address": address(row),
        "city": city(row),
        "postalCode": postcode(row),
        "phone": phone(row),
        "countryCode": "ID",
    }
    doc = {
        "paymentAmount": amount,
        "merchantOrderId": _order(rng, when, row),
        "productDetails": f"Tagihan jasa korporasi {ticker(row)}: {items[0][0]}",
        "additionalParam": f"npwp={_f(row, 'NPWP')}",
        "merchantUserInfo": ticker(row),
        "customerVaName": name(row)[:20],
        "email": email(row),
        "phoneNumber": phone(row),
        "itemDetails": [{"name": s, "price": p * q, "quantity": q} for s, p, q in items],
        "customerDetail": {
            "firstName": name(row),
            "lastName": "",
            "email": email(row),
            "phoneNumber": phone(row),
            "billingAddress": where,
            "shippingAddress": dict(where),
        },
        "callbackUrl": f"{SITE}/duitku/callback",
        "returnUrl": f"{SITE}/emiten/{ticker(row).lower()}/pesanan",
        "expiryPeriod": rng.choice((60, 720, 1440)),
    }
    return _json(doc)


def ipaymu_payment(row: dict[str, Any], rng: random.Random) -> str:
    """An iPaymu API v2 redirect-payment request body (``POST /api/v2/payment``): parallel
    ``product``, ``qty``, ``price`` and ``description`` arrays (the description naming the
    company's board and sector), an invented ``referenceId``, the return, notify and cancel
    URLs, the company as ``buyerName`` with its mailbox and telephone, ``expired`` hours and
    ``feeDirection``."""
    when = _when(rng)
    items = _items(rng)
    board, sector = _f(row, "PapanPencatatan"), _f(row, "Sektor")
    doc = {
        "product": [s for s, _, _ in items],
        "qty": [str(q) for _, _, q in items],
        "price": [str(p) for _, p, _ in items],
        "description": [f"Emiten {ticker(row)} (Papan {board}, sektor {sector})" for _ in items],
        "referenceId": _order(rng, when, row),
        "returnUrl": f"{SITE}/emiten/{ticker(row).lower()}/pesanan",
        "notifyUrl": f"{SITE}/ipaymu/notify",
        "cancelUrl": f"{SITE}/emiten/{ticker(row).lower()}/batal",
        "buyerName": name(row),
        "buyerEmail": email(row),
        "buyerPhone": phone(row),
        "expired": rng.choice((6, 24, 48)),
        "feeDirection": "MERCHANT",
    }
    return _json(doc)


def faspay_debit(row: dict[str, Any], rng: random.Random) -> str:
    """Faspay Debit post data (``POST /cvr/300011/10``, ``Transmisi Info Detil Pembelian``): an
    invented merchant id and bill number, the bill's date and expiry, description and amounts
    in cents, the company's ticker as ``cust_no`` and name as ``cust_name``, its telephone as
    ``msisdn`` and mailbox, a virtual-account channel, the ``billing_*`` and ``shipping_*``
    fields (head office, city, postcode, the telephone as their ``msisdn``), the ``item``
    lines, the NPWP in ``reserve1`` and an invented signature."""
    when = _when(rng)
    items = _items(rng)
    amount = sum(p * q for _, p, q in items)
    bill = f"{when:%Y%m%d}{rng.randint(100000, 999999)}"
    merchant_id = str(rng.randint(31000, 39999))
    user, pwd = f"bot{merchant_id}", _hex(rng, 8)
    sig = hashlib.sha1(hashlib.md5(f"{user}{pwd}{bill}".encode()).hexdigest().encode())
    doc = {
        "request": "Transmisi Info Detil Pembelian",
        "merchant_id": merchant_id,
        "merchant": MERCHANT,
        "bill_no": bill,
        "bill_reff": _order(rng, when, row),
        "bill_date": f"{when:%Y-%m-%d %H:%M:%S}",
        "bill_expired": f"{when + dt.timedelta(days=2):%Y-%m-%d %H:%M:%S}",
        "bill_desc": f"Tagihan jasa korporasi {name(row)}",
        "bill_currency": "IDR",
        "bill_gross": f"{amount * 100}",
        "bill_miscfee": "0",
        "bill_total": f"{amount * 100}",
        "cust_no": ticker(row),
        "cust_name": name(row),
        "payment_channel": rng.choice(("402", "408", "801", "802")),
        "pay_type": "1",
        "bank_userid": "",
        "msisdn": phone(row),
        "email": email(row),
        "terminal": "10",
        "billing_name": name(row),
        "billing_lastname": "",
        "billing_address": address(row),
        "billing_address_city": city(row),
        "billing_address_region": "",
        "billing_address_state": "Indonesia",
        "billing_address_poscode": postcode(row),
        "billing_msisdn": phone(row),
        "billing_address_country_code": "ID",
        "receiver_name_for_shipping": name(row),
        "shipping_lastname": "",
        "shipping_address": address(row),
        "shipping_address_city": city(row),
        "shipping_address_region": "",
        "shipping_address_state": "Indonesia",
        "shipping_address_poscode": postcode(row),
        "shipping_msisdn": phone(row),
        "shipping_address_country_code": "ID",
        "item": [
            {
                "product": s,
                "qty": str(q),
                "amount": f"{p * q * 100}",
                "payment_plan": "01",
                "merchant_id": merchant_id,
                "tenor": "00",
            }
            for s, p, q in items
        ],
        "reserve1": f"NPWP {_f(row, 'NPWP')}",
        "reserve2": f"Papan {_f(row, 'PapanPencatatan')}",
        "signature": sig.hexdigest(),
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tripay_transaksi": tripay_transaksi,
    "duitku_invoice": duitku_invoice,
    "ipaymu_payment": ipaymu_payment,
    "faspay_debit": faspay_debit,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone field and
    mailbox labelled."""
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
