"""held_out_283 of the PII evaluation set: real phone fields of a register no earlier part used
(the Financial Supervisory Commission's Banking Bureau's basic data of financial institutions,
Taiwan; Taiwan's earlier parts took other publishers' registers) exactly as published, in
layouts no earlier part has, beside the list's own names, codes, addresses and dates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of TW (the NHIA's lists, elementary schools, Hsinchu's clinics,
police stations, Taipei's elder care and hotels, post offices) and many other countries; here:

* the values are the ``電話`` fields of 480 head offices and branches of banks (371, one of a
  foreign bank), securities firms (61), credit co-operatives (39), bills finance firms (7) and
  card companies (2) (``scripts/data/pii_tw_fsc_financial_institutions.json``, written by
  ``scripts/tw_fsc_financial_institutions_data.py``; source and licence in that file):
  Taiwanese numbers as the bureau writes them, the area code before a hyphen and the line in
  one run or two groups (``03-3352801``, ``02-8780-5277``, ``04-775-1211``, a few with the area
  code in brackets, ``(04)2252-1010``), and 26 foreign branches' numbers led by ``+``
  (``+66 2853-3930``, ``+1-646-213-3258``), each copy labelled; 480 distinct numbers, none of
  the earlier Taiwanese parts';
* the text around them is the same row's real fields: the name, the three-digit head office
  and seven-digit branch codes (``004``, ``0040266``; the securities firms' ``S980000``,
  ``S989S00``), the address (some led by a three-digit postcode, ``505彰化縣...``), the kind of
  institution, the date of the last change (``2023-07-04``) and the head offices' web sites,
  with invented OSM node ids, SWIFT session and sequence numbers, BIC-shaped addresses, trade
  ids, LEIs, amounts, rates and dates, unlabelled and scored;
* in layouts no earlier part has, banking and reference formats, text in Chinese (Traditional)
  where the format carries it: Overpass API JSON answers (``out tags``: an ``amenity=bank`` or
  ``office=financial`` element with ``name``, ``phone``, ``addr:full``, ``ref``, ``website``,
  ``source`` and a ``note`` repeating the number), Anki plain-text note files of a bank
  clerk's deck (file headers ``#separator:tab``, ``#html:true``, ``#notetype column:1``...; a
  ``Basic`` note of the institution's card and a ``Cloze`` note hiding the number in
  ``{{c1::...}}``), SWIFT MT199 free-format messages (basic, application, user and trailer
  blocks; ``:20:``, ``:21:`` and a ``:79:`` narrative giving the institution's codes and
  repeating its number, in SWIFT's Latin character set, so in English with no Chinese name or
  address) and FpML 5.12 confirmation-view ``dataDocument``s of a term deposit (the
  institution as a ``party`` with its code as ``partyId``, its ``partyName`` and
  ``contactInfo`` ``telephone`` and ``address``, a ``businessUnit`` repeating the number; an
  invented company as the other party).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_283.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_fsc_financial_institutions.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_283.jsonl.gz"
SPLIT = "held_out_283"

LAYOUTS = ("overpass_json", "anki_notes", "swift_mt199", "fpml_deposit")
PHONE = "電話"
KIND = "類別"
# the kinds that take deposits (the others place them with a bank)
DEPOSIT_TAKERS = ("本國銀行", "外國銀行", "信用合作社")
# the foreign branches' countries by the calling code their numbers lead with
COUNTRIES = {
    "1": "US", "62": "ID", "63": "PH", "66": "TH", "81": "JP", "86": "CN", "95": "MM",
    "855": "KH",
}  # fmt: skip
# invented companies of the term deposits (no real company is meant)
COMPANIES = (
    "岳昇光電股份有限公司", "禾晉物流股份有限公司", "澄原食品股份有限公司",
    "朗譽紡織股份有限公司", "沛祥建設股份有限公司", "聿恆精機股份有限公司",
)  # fmt: skip
# an invented bank for the deposits that an institution which takes none places
BANK = "示範商業銀行股份有限公司"
# invented correspondents' places for the MT199s' receivers (country and location codes)
PLACES = ("US33", "JPJT", "HKHH", "SGSG", "GB2L", "DEFF", "AU2S", "CNSH")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with its country's calling code (led by ``+``)."""
    return value.startswith("+")


def country(row: dict[str, Any]) -> str:
    """The ISO code of the country the row's number is of (``TW`` for a national number)."""
    tel = phone(row)
    if not international(tel):
        return "TW"
    code = tel[1:].split("-")[0].split(" ")[0]
    return COUNTRIES[code]


def code(row: dict[str, Any]) -> str:
    """The row's own code: its branch code, or its head office's code for a head office."""
    return _f(row, "分支機構代號") or _f(row, "總機構代號")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text (or HTML text)."""
    return escape(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def overpass_json(row: dict[str, Any], rng: random.Random) -> str:
    """An Overpass API answer in JSON (``[out:json]`` with ``out tags``: elements without
    coordinates): the version, generator and ``osm3s`` block with an invented database time,
    and one invented node of the institution tagged ``amenity=bank`` (or ``office=financial``
    for firms that are no bank), its ``name``, ``phone``, ``addr:full``, ``ref`` (its code),
    ``website`` (the head offices'), ``check_date`` (invented), ``source`` and a ``note``
    repeating the number with the date of the list's last change."""
    tel = phone(row)
    when = _when(rng)
    tags = {
        "amenity": "bank" if _f(row, KIND) in DEPOSIT_TAKERS else None,
        "office": None if _f(row, KIND) in DEPOSIT_TAKERS else "financial",
        "name": _f(row, "機構名稱"),
        "phone": tel,
        "addr:full": _f(row, "地址"),
        "ref": code(row),
        "website": _f(row, "金融機構網址") or None,
        "check_date": f"{when - dt.timedelta(days=rng.randint(20, 400)):%Y-%m-%d}",
        "source": "金管會銀行局金融機構基本資料",
        "note": f"{_f(row, KIND)}；電話 {tel}（資料異動日期 {_f(row, '異動日期')}）",
    }
    stamp = f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}"
    answer = {
        "version": 0.6,
        "generator": "Overpass API 0.7.62.1 084b4234",
        "osm3s": {
            "timestamp_osm_base": stamp,
            "timestamp_areas_base": stamp,
            "copyright": "The data included in this document is from www.openstreetmap.org. "
            "The data is made available under ODbL.",
        },
        "elements": [
            {
                "type": "node",
                "id": rng.randint(1_200_000_000, 12_999_999_999),
                "tags": {k: v for k, v in tags.items() if v is not None},
            }
        ],
    }
    return _json(answer)


def anki_notes(row: dict[str, Any], rng: random.Random) -> str:
    """An Anki plain-text notes file of a bank clerk's deck (file headers: tab separator, HTML,
    the note type, deck and tags in columns 1, 2 and 5): a ``Basic`` note whose front is the
    name and code and whose back the address and number, and a ``Cloze`` note hiding the number
    in ``{{c1::...}}``, its extra field the date of the list's last change; the kind and head
    office code as tags."""
    name, tel = _x(_f(row, "機構名稱")), phone(row)
    deck = f"金融機構通訊錄::{_f(row, KIND)}"
    tags = f"{_f(row, KIND)} 總機構{_f(row, '總機構代號')}"
    lead = rng.choice(("電話：", "電話 ", "TEL："))
    lines = [
        "#separator:tab",
        "#html:true",
        "#notetype column:1",
        "#deck column:2",
        "#tags column:5",
        f"Basic\t{deck}\t{name}<br><small>代號 {code(row)}</small>\t"
        f"{_x(_f(row, '地址'))}<br>{lead}{tel}\t{tags}",
        f"Cloze\t{deck}\t{name}的電話是 {{{{c1::{tel}}}}}\t"
        f"資料異動日期：{_f(row, '異動日期')}\t{tags}",
        "",
    ]
    return "\n".join(lines)


def _bic(rng: random.Random, place: str) -> str:
    """An invented BIC-shaped address of eight letters (four of a bank, then ``place``)."""
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + place


def swift_mt199(row: dict[str, Any], rng: random.Random) -> str:
    """A SWIFT MT199 free-format message, as the FIN network carries it (CR LF line ends): the
    basic header (an invented sender BIC of Taipei, session and sequence numbers), the
    application header (input, an invented correspondent as receiver, normal priority), a
    user header with an invented message reference, the text block (``:20:`` an invented
    reference, ``:21:`` ``NONREF``, ``:79:`` a narrative in SWIFT's Latin character set giving
    the institution's head office and own codes, its number, the date of the list's last
    change and the number again), and the trailer with an invented checksum."""
    tel = phone(row)
    when = _when(rng)
    sender = _bic(rng, "TWTP")
    receiver = _bic(rng, rng.choice(PLACES))
    ref = f"TW{when:%y%m%d}{rng.randint(1000, 9999)}"
    head = _f(row, "總機構代號")
    own = _f(row, "分支機構代號")
    changed = _f(row, "異動日期").replace("-", "")
    narrative = [
        "/BRANCH CONTACT/",
        "RE YOUR ENQUIRY ON OUR OFFICE",
        f"HEAD OFFICE CODE {head}",
        f"BRANCH CODE {own}" if own else "HEAD OFFICE (NO BRANCH CODE)",
        f"TELEPHONE {tel}",
        f"AS REGISTERED WITH THE FSC {changed}",
        "FOR URGENT MATTERS PLEASE CALL",
        f"{tel} DURING BUSINESS HOURS",
        "BEST REGARDS",
    ]
    assert all(len(line) <= 50 for line in narrative), narrative
    body = [":20:" + ref, ":21:NONREF", ":79:" + narrative[0], *narrative[1:], "-}"]
    checksum = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    return (
        f"{{1:F01{sender}AXXX{rng.randint(1000, 9999)}{rng.randint(100000, 999999)}}}"
        f"{{2:I199{receiver}XXXXN}}{{3:{{108:{ref}}}}}{{4:\r\n"
        + "\r\n".join(body)
        + f"{{5:{{CHK:{checksum}}}}}\r\n"
    )


def _lei(rng: random.Random) -> str:
    """An invented LEI: an 18-character prefix and its ISO 7064 MOD 97-10 check digits."""
    chars = string.ascii_uppercase + string.digits
    body = "".join(rng.choice(string.digits) for _ in range(4)) + "00"
    body += "".join(rng.choice(chars) for _ in range(12))
    number = int("".join(str(int(c, 36)) for c in body + "00"))
    return body + f"{98 - number % 97:02d}"


def fpml_deposit(row: dict[str, Any], rng: random.Random) -> str:
    """An FpML 5.12 confirmation-view ``dataDocument`` of a term deposit: the trade header
    (the institution's invented trade id, the trade date), the ``termDeposit`` (payer and
    receiver, start and maturity dates, principal, fixed rate, day count), the institution as
    ``party1`` (its code as ``partyId``, ``partyName``, ``contactInfo`` with the number as
    ``telephone`` and its address, a ``businessUnit`` repeating the number) and an invented
    company (or, where the institution takes no deposits, an invented bank) as ``party2`` with
    an invented LEI."""
    name, tel = _f(row, "機構名稱"), phone(row)
    taker = _f(row, KIND) in DEPOSIT_TAKERS
    when = _when(rng)
    start = when.date() + dt.timedelta(days=2)
    months = rng.choice((1, 3, 6, 12))
    maturity = start + dt.timedelta(days=round(months * 30.4))
    currency = "TWD" if country(row) == "TW" else "USD"
    amount = rng.choice((5, 10, 20, 30, 50, 80, 100)) * (1_000_000 if currency == "TWD" else 50_000)
    rate = f"{rng.randint(120, 185) / 10000:.4f}" if currency == "TWD" else "0.0475"
    other = rng.choice(COMPANIES) if taker else BANK
    payer, receiver = ("party2", "party1") if taker else ("party1", "party2")
    unit = "存匯業務" if taker else "財務部"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<dataDocument xmlns="http://www.fpml.org/FpML-5/confirmation" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" fpmlVersion="5-12">',
        "  <trade>",
        "    <tradeHeader>",
        "      <partyTradeIdentifier>",
        '        <partyReference href="party1"/>',
        f'        <tradeId tradeIdScheme="urn:tw:bank:{code(row)}:trade-id">'
        f"TD{when:%y%m%d}{rng.randint(100, 999)}</tradeId>",
        "      </partyTradeIdentifier>",
        f"      <tradeDate>{when:%Y-%m-%d}</tradeDate>",
        "    </tradeHeader>",
        "    <termDeposit>",
        f'      <payerPartyReference href="{payer}"/>',
        f'      <receiverPartyReference href="{receiver}"/>',
        f"      <startDate>{start:%Y-%m-%d}</startDate>",
        f"      <maturityDate>{maturity:%Y-%m-%d}</maturityDate>",
        "      <principal>",
        f"        <currency>{currency}</currency>",
        f"        <amount>{amount}</amount>",
        "      </principal>",
        f"      <fixedRate>{rate}</fixedRate>",
        f"      <dayCountFraction>{'ACT/365.FIXED' if currency == 'TWD' else 'ACT/360'}"
        "</dayCountFraction>",
        "    </termDeposit>",
        "  </trade>",
        '  <party id="party1">',
        '    <partyId partyIdScheme="http://www.banking.gov.tw/coding-scheme/institution-code">'
        f"{code(row)}</partyId>",
        f"    <partyName>{_x(name)}</partyName>",
        "    <contactInfo>",
        "      <telephone>",
        "        <type>Work</type>",
        f"        <number>{tel}</number>",
        "      </telephone>",
        "      <address>",
        "        <streetAddress>",
        f"          <streetLine>{_x(_f(row, '地址'))}</streetLine>",
        "        </streetAddress>",
        f"        <country>{country(row)}</country>",
        "      </address>",
        "    </contactInfo>",
        '    <businessUnit id="unit1">',
        f"      <name>{unit}</name>",
        "      <contactInfo>",
        "        <telephone>",
        "          <type>Work</type>",
        f"          <number>{tel}</number>",
        "        </telephone>",
        "      </contactInfo>",
        "    </businessUnit>",
        "  </party>",
        '  <party id="party2">',
        '    <partyId partyIdScheme="http://www.fpml.org/coding-scheme/external/iso17442">'
        f"{_lei(rng)}</partyId>",
        f"    <partyName>{other}</partyName>",
        "  </party>",
        "</dataDocument>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "overpass_json": overpass_json,
    "anki_notes": anki_notes,
    "swift_mt199": swift_mt199,
    "fpml_deposit": fpml_deposit,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
