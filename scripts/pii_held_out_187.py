"""held_out_187 of the PII evaluation set: real telephone, fax and e-mail fields of a register no
earlier part used (Universitas Terbuka's regional offices, UPBJJ-UT, Indonesia; Indonesia's
earlier parts took a list of COVID-19 referral hospitals and the tax service offices) exactly as
published, in layouts no earlier part has, beside the list's own names, codes and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, ID (referral hospitals, tax offices) and
many others; here:

* the values are the contacts in the ``alamat_ut`` fields of Universitas Terbuka's 39 regional
  offices (Unit Program Belajar Jarak Jauh; ``scripts/data/pii_id_ut_regional_offices.json``,
  written by ``scripts/id_ut_regional_offices_data.py``; source and licence in that file): the
  list writes them after the street address under their labels, so each is cut from the
  address at its label, characters unchanged: the telephone line after ``Telp.`` or ``Tlp.``
  (``0651-44749, 44750``, ``021-29613751, 29613753, 29622059``, ``0811 660 1414``, ``0951 -
  321107, 321056, 321054``), the fax line after ``Faks.`` (``0741-755 5572``; 2 offices have
  none) and the mailbox after ``E-mail:`` (``ut-bandaaceh@ecampus.ut.ac.id``); each copy
  labelled under its label (``Telp``, ``Faks``; a fax copy that lies inside a telephone copy,
  ``0561-736107``, is the telephone's), each number in it by ``personal_phone`` (short tails
  after a comma are plain text or distractors, as ``numbers`` splits the line), each mailbox as
  an e-mail address;
* the text around them is the same row's real fields: the office's name (``UPBJJ-UT Banda
  Aceh``), its long name, its branch and procurement-unit codes, its street address as the
  lines before ``<br>`` joined (``Jl. Bromo No. 29 Medan, Kelurahan Binjai, Kecamatan Medan
  Denai 20228``), its postcode (the address's last five-digit group) and its web site, with
  invented NPWP tax ids, invoice and order numbers, ISSNs, amounts, dates and times, unlabelled
  and scored;
* every office in each of four layouts no earlier part has, Indonesian invoicing, payment,
  accounting and scholarly-publishing formats, text in Indonesian: e-Faktur import CSV files of
  the DJP's e-Faktur desktop application (the ``FK``, ``LT`` and ``OF`` header lines, an
  invoice to the office as ``FK``, the office as ``LT`` counterparty with ``NOMOR_TELEPON``,
  one to three ``OF`` goods lines), Midtrans Snap API transaction requests (the office as
  ``customer_details`` and its ``billing_address``, the fax in ``custom_field1``), Open Journal
  Systems 3.3 REST API context (journal) objects of an invented journal of the office
  (``contactPhone``, ``supportPhone``, ``mailingAddress`` with the numbers, ``contactEmail``,
  ``supportEmail``, an Indonesian ``description`` repeating the mailbox and telephone line)
  and Jurnal by Mekari API customer bodies (``phone``, ``email``, the fax in
  ``other_detail``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_187.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_id_ut_regional_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_187.jsonl.gz"
SPLIT = "held_out_187"

LAYOUTS = ("efaktur_csv", "midtrans_snap", "ojs_context", "jurnal_customer")
# the labels the list writes before its contacts, and the columns their copies are labelled under
LABELS = {"phone": re.compile(r"\b(?:Telp|Tlp)\. "), "fax": re.compile(r"\bFaks\. ")}
EMAIL = re.compile(r"\bE-mail: (\S+)")
COLUMNS = {"phone": "Telp", "fax": "Faks"}
# the characters that may not stand next to a copy: a digit by a number, an address character
# by a mailbox
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@'+-]"}
# Western Indonesia Time, the offset of the invented times
WIB = dt.timezone(dt.timedelta(hours=7))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods and services a supplier bills an office for (no real invoice is meant)
GOODS = (
    ("Jasa cetak naskah ujian", 850000, 12500000), ("Kertas HVS A4 70 gsm (rim)", 48000, 62000),
    ("Toner printer laser", 650000, 1450000), ("Sewa ruang ujian (hari)", 750000, 2500000),
    ("Jasa pengiriman bahan ajar", 150000, 900000), ("Konsumsi tutorial tatap muka", 25000, 45000),
    ("Map dan amplop ujian", 1500, 4500), ("Jasa perawatan pendingin ruangan", 200000, 650000),
)  # fmt: skip
# invented journals of the offices (no real journal is meant)
JOURNALS = (
    ("Jurnal Pembelajaran Jarak Jauh", "Journal of Distance Learning", "JPJJ"),
    ("Jurnal Pendidikan Terbuka", "Journal of Open Education", "JPT"),
    ("Jurnal Layanan Mahasiswa", "Journal of Student Services", "JLM"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return row["fields"][key].strip()


def _after(address: str, label: re.Pattern[str]) -> str:
    """The line after ``label`` in the address, up to its ``<br`` tag or line end, stripped
    ("" where the address has no such label)."""
    m = label.search(address)
    return address[m.end() :].split("\n")[0].split("<br")[0].strip() if m else ""


def phone(row: dict[str, Any]) -> str:
    """The row's telephone line, as published."""
    return _after(_f(row, "alamat_ut"), LABELS["phone"])


def fax(row: dict[str, Any]) -> str:
    """The row's fax line, as published ("" where it has none)."""
    return _after(_f(row, "alamat_ut"), LABELS["fax"])


def email(row: dict[str, Any]) -> str:
    """The row's mailbox, as published."""
    m = EMAIL.search(_f(row, "alamat_ut"))
    return m.group(1) if m else ""


def street(row: dict[str, Any]) -> str:
    """The street address, the lines before the first ``<br`` joined by ", " (by " " after a
    line that ends in a comma or before one that goes on in lower case)."""
    lines = [line.strip() for line in _f(row, "alamat_ut").split("<br")[0].split("\n")]
    out = ""
    for line in filter(None, lines):
        joined = not out or out.endswith(",") or line[0].islower()
        out += ("" if not out else " " if joined else ", ") + line
    return out


def postcode(row: dict[str, Any]) -> str:
    """The street address's last five-digit group (the postcode)."""
    return re.findall(r"\b\d{5}\b", street(row))[-1]


def city(row: dict[str, Any]) -> str:
    """The office's town, its name after ``UPBJJ-UT``."""
    return _f(row, "cabang_ut").removeprefix("UPBJJ-UT ").strip()


def international(value: str) -> bool:
    """Whether a labelled number is written with a country code (none of this list's are)."""
    return value.startswith("+")


def slots() -> dict[str, list[tuple[dict[str, Any], str]]]:
    """Every row in each layout, by locale: (row, layout) for the ``n``-th record."""
    return {
        locale: [(row, layout) for row in rows for layout in LAYOUTS]
        for locale, rows in by_locale().items()
    }


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and fax lines and of its
    mailbox labelled (each copy stands apart); the longer number line first, so a fax copy that
    lies inside a telephone copy is the telephone's (the telephone's where the two are the
    same)."""
    numbers = sorted((("phone", phone(row)), ("fax", fax(row))), key=lambda kv: -len(kv[1]))
    values = [("email", email(row)), *numbers]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (WIB), in office hours."""
    day = dt.datetime(2024, 1, 8, tzinfo=WIB) + dt.timedelta(days=rng.randint(0, 330))
    return day + dt.timedelta(hours=rng.randint(8, 15), minutes=rng.randint(0, 59))


def _npwp(rng: random.Random) -> str:
    """An invented 15-digit NPWP of a government office (``00`` first, the branch ``000``)."""
    return f"00{rng.randint(100000, 999999)}{rng.randint(0, 9)}{rng.randint(100, 999)}000"


def _npwp_dotted(value: str) -> str:
    """An NPWP as it is printed (``00.123.456.7-891.000``)."""
    return f"{value[:2]}.{value[2:5]}.{value[5:8]}.{value[8]}-{value[9:12]}.{value[12:]}"


def _issn(rng: random.Random) -> str:
    """An invented ISSN with its check character (``1234-567X``)."""
    body = [rng.randint(0, 9) for _ in range(7)]
    check = (11 - sum(d * (8 - i) for i, d in enumerate(body)) % 11) % 11
    digits = "".join(map(str, body)) + ("X" if check == 10 else str(check))
    return f"{digits[:4]}-{digits[4:]}"


def _goods(rng: random.Random) -> list[tuple[str, int, int]]:
    """One to three invented goods lines: (name, unit price, quantity)."""
    out = []
    for name, low, high in rng.sample(GOODS, rng.randint(1, 3)):
        price = rng.randint(low // 500, high // 500) * 500
        out.append((name, price, rng.randint(1, 40) if price < 100000 else rng.randint(1, 6)))
    return out


def _slug(row: dict[str, Any]) -> str:
    return re.sub(r"[^a-z]+", "", city(row).lower())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def efaktur_csv(row: dict[str, Any], rng: random.Random) -> str:
    """An e-Faktur import CSV file of output tax invoices (Faktur Pajak Keluaran) as the DJP's
    e-Faktur desktop application reads it: the ``FK``, ``LT`` and ``OF`` header lines, then one
    invoice to the office (transaction code ``02``, to a government treasurer; an invented
    13-digit invoice number, date, NPWP and reference), the office as ``LT`` counterparty with
    its street, postcode and ``NOMOR_TELEPON``, and one to three ``OF`` goods lines, PPN 11 %;
    every field quoted, as the application writes it."""
    when, npwp = _when(rng), _npwp(rng)
    goods = _goods(rng)
    dpp = sum(price * qty for _, price, qty in goods)
    number = f"{rng.randint(10, 99):03d}{when:%y}{rng.randint(1, 99999999):08d}"
    ref = f"SPK-{rng.randint(1, 999):03d}/UPBJJ-UT/{_f(row, 'kode_cabang_ut')}/{when:%Y}"
    lines = [
        ["FK", "KD_JENIS_TRANSAKSI", "FG_PENGGANTI", "NOMOR_FAKTUR", "MASA_PAJAK",
         "TAHUN_PAJAK", "TANGGAL_FAKTUR", "NPWP", "NAMA", "ALAMAT_LENGKAP", "JUMLAH_DPP",
         "JUMLAH_PPN", "JUMLAH_PPNBM", "ID_KETERANGAN_TAMBAHAN", "FG_UANG_MUKA",
         "UANG_MUKA_DPP", "UANG_MUKA_PPN", "UANG_MUKA_PPNBM", "REFERENSI",
         "KODE_DOKUMEN_PENDUKUNG"],
        ["LT", "NPWP", "NAMA", "JALAN", "BLOK", "NOMOR", "RT", "RW", "KECAMATAN", "KELURAHAN",
         "KABUPATEN", "PROPINSI", "KODE_POS", "NOMOR_TELEPON"],
        ["OF", "KODE_OBJEK", "NAMA", "HARGA_SATUAN", "JUMLAH_BARANG", "HARGA_TOTAL", "DISKON",
         "DPP", "PPN", "TARIF_PPNBM", "PPNBM"],
        ["FK", "02", "0", number, str(when.month), str(when.year), f"{when:%d/%m/%Y}", npwp,
         _f(row, "cabang_ut"), street(row), str(dpp), str(dpp * 11 // 100), "0", "", "0", "0",
         "0", "0", ref, ""],
        ["LT", npwp, _f(row, "cabang_ut"), street(row), "-", "-", "000", "000", "-", "-",
         city(row), "-", postcode(row), phone(row)],
    ]  # fmt: skip
    for name, price, qty in goods:
        total = price * qty
        lines.append(
            ["OF", "", name, str(price), str(qty), str(total), "0", str(total),
             str(total * 11 // 100), "0", "0"]
        )  # fmt: skip
    return "".join('"' + '","'.join(line) + '"\n' for line in lines)


def midtrans_snap(row: dict[str, Any], rng: random.Random) -> str:
    """A Midtrans Snap API transaction request (``POST /snap/v1/transactions``) of a
    supplier's checkout the office pays: ``transaction_details`` (an invented order id and the
    gross amount), ``item_details``, ``customer_details`` (the office's name, mailbox and
    telephone line, and its ``billing_address`` repeating them with the street, town and
    postcode), ``enabled_payments``, the fax line and branch code in ``custom_field1`` and
    ``custom_field2``, and an ``expiry``."""
    when = _when(rng)
    goods = _goods(rng)
    items = [
        {"id": f"BRG-{rng.randint(100, 999)}", "price": price, "quantity": qty, "name": name}
        for name, price, qty in goods
    ]
    name = _f(row, "cabang_ut")
    customer = {
        "first_name": name,
        "email": email(row),
        "phone": phone(row),
        "billing_address": {
            "first_name": name,
            "email": email(row),
            "phone": phone(row),
            "address": street(row),
            "city": city(row),
            "postal_code": postcode(row),
            "country_code": "IDN",
        },
    }
    body: dict[str, Any] = {
        "transaction_details": {
            "order_id": f"INV-{when:%Y%m}-{rng.randint(1, 99999):05d}",
            "gross_amount": sum(price * qty for _, price, qty in goods),
        },
        "item_details": items,
        "customer_details": customer,
        "enabled_payments": rng.sample(["bca_va", "bni_va", "bri_va", "echannel", "permata_va"], 3),
    }
    if fax(row):
        body["custom_field1"] = f"Faks. {fax(row)}"
    body["custom_field2"] = f"Kode cabang UT {_f(row, 'kode_cabang_ut')}"
    body["expiry"] = {
        "start_time": f"{when:%Y-%m-%d %H:%M:%S} +0700",
        "unit": "day",
        "duration": rng.choice((1, 3, 7)),
    }
    return _json(body)


def ojs_context(row: dict[str, Any], rng: random.Random) -> str:
    """An Open Journal Systems 3.3 REST API context (``GET /api/v1/contexts/{id}``) of an
    invented journal the office publishes: its ``_href``, ``id``, ``urlPath`` and ``url`` on the
    office's web site, ``acronym`` and ``name`` in ``id_ID`` and ``en_US``, the office as
    ``publisherInstitution``, ``contactName`` and ``contactPhone``, ``contactEmail``, a
    ``description`` whose Indonesian text repeats the mailbox and telephone line, the
    ``mailingAddress`` (street, telephone and fax lines), the ``support`` contact repeating the
    telephone line and mailbox, an invented online ISSN, ``country`` and locales."""
    title, english, acronym = rng.choice(JOURNALS)
    name, site = _f(row, "cabang_ut"), _f(row, "website")
    cid, path = rng.randint(2, 40), f"{acronym.lower()}-{_slug(row)}"
    address = f"{street(row)}\nTelp. {phone(row)}" + (f"\nFaks. {fax(row)}" if fax(row) else "")
    body = {
        "_href": f"https://{site}/jurnal/index.php/{path}/api/v1/contexts/{cid}",
        "acronym": {"en_US": f"{acronym}-{_slug(row).upper()[:3]}",
                    "id_ID": f"{acronym}-{_slug(row).upper()[:3]}"},
        "contactEmail": email(row),
        "contactName": f"Sekretariat Redaksi {name}",
        "contactPhone": phone(row),
        "country": "ID",
        "description": {
            "en_US": f"<p>{english} is published by {name}, Universitas Terbuka.</p>",
            "id_ID": f"<p>{title} diterbitkan oleh {name}, Universitas Terbuka. Naskah dan "
            f"pertanyaan dapat dikirim melalui surel {email(row)} atau telepon "
            f"{phone(row)}.</p>",
        },
        "enabled": True,
        "id": cid,
        "mailingAddress": address,
        "name": {"en_US": f"{english} ({name})", "id_ID": f"{title} {name}"},
        "onlineIssn": _issn(rng),
        "primaryLocale": "id_ID",
        "publisherInstitution": f"{_f(row, 'upbjj_ut')}, Universitas Terbuka",
        "supportEmail": email(row),
        "supportName": f"Admin Jurnal {name}",
        "supportPhone": phone(row),
        "supportedLocales": ["id_ID", "en_US"],
        "url": f"https://{site}/jurnal/index.php/{path}",
        "urlPath": path,
    }  # fmt: skip
    return _json(body)


def jurnal_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Jurnal by Mekari API customer body (``POST /core/api/v1/customers``) of a supplier's
    books: the office as ``display_name`` with Universitas Terbuka as ``associate_company``, its
    mailbox, telephone line, invented NPWP as ``tax_no``, street as ``address`` and
    ``billing_address``, and ``other_detail`` naming its long name, fax line, branch code and
    web site."""
    detail = f"{_f(row, 'upbjj_ut')}."
    if fax(row):
        detail += f" Faks. {fax(row)}."
    detail += f" Kode cabang {_f(row, 'kode_cabang_ut')}, laman {_f(row, 'website')}."
    customer = {
        "display_name": _f(row, "cabang_ut"),
        "associate_company": "Universitas Terbuka",
        "email": email(row),
        "phone": phone(row),
        "tax_no": _npwp_dotted(_npwp(rng)),
        "address": street(row),
        "billing_address": street(row),
        "other_detail": detail,
    }
    return _json({"customer": customer})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "efaktur_csv": efaktur_csv,
    "midtrans_snap": midtrans_snap,
    "ojs_context": ojs_context,
    "jurnal_customer": jurnal_customer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th (row, layout) of the list: each copy of its telephone and fax lines and of
    its mailbox labelled."""
    from make_pii_eval import coordinates_rng

    row, layout = slots()[locale][n]
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row in each layout, the committed records, a rebuild, the command line
# (``register_part``)
generate, committed, write, main = register_part(DATA, slots, record, __doc__)

if __name__ == "__main__":
    main()
