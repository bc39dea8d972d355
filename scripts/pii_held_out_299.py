"""held_out_299 of the PII evaluation set: real phone fields of a register no earlier part used
(the Taiwan Stock Exchange's list of securities brokers' head offices and branches, Taiwan;
Taiwan's earlier parts took other publishers' registers) exactly as published, in layouts no
earlier part has, beside the list's own names, codes, addresses and opening days.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of TW (the NHIA's lists, elementary schools, Hsinchu's clinics,
police stations, Taipei's elder care and hotels, post offices, the FSC's financial institutions,
the Tourism Bureau's restaurants) and many other countries; here:

* the values are the ``電話`` fields of 480 securities brokers' head offices and branches
  (``scripts/data/pii_tw_twse_securities_branches.json``, written by
  ``scripts/tw_twse_securities_branches_data.py``; source and licence in that file): Taiwanese
  numbers as the exchange writes them, the area code before a hyphen and the line in one run or
  two groups (``06-2260148``, ``02-2977-9588``, ``037-262888``, ``049-298-9988``), a few with
  the area code in brackets (``(02)87525959``, ``(03)657-2758``), in one run (``033475188``) or
  an eight-digit line with no area code (``8726-9000``), each copy labelled; 480 distinct
  numbers, none of the earlier Taiwanese parts';
* the text around them is the same row's real fields: the broker's code (``1022``, ``585s``),
  its name (``合庫-台南``: the firm's short name and the branch's), the address and the day it
  opened in the Republic of China calendar (``100/12/02``), with invented message sequence
  numbers, sending times, body lengths and checksums, confirmation and trade ids, stock codes,
  quantities, prices, amounts, announcement numbers, dates and times, unlabelled and scored;
* in layouts no earlier part has, the securities trade's and Taiwan's market formats, text in
  Chinese (Traditional) where the format carries it: the Taiwan Stock Exchange's OpenAPI
  ``/opendata/OpenData_BRK02`` (broker branches' basic data) as a shell session with ``curl``
  and ``jq`` prints it (the branch's object picked out by its code, then its number alone by
  ``jq -r``), material information announcements of the Market Observation Post System
  (公開資訊觀測站 重大訊息: the header, 主旨, 符合條款, 事實發生日 and the numbered 說明 of a
  branch's relocation, the number in its items 6 and 7), FIX 4.4 sessions as a FIX engine's
  message log writes them (a ``Heartbeat`` and a ``Confirmation``, ``35=AK``, fields separated
  by SOH, body length and checksum right; the branch as the executing firm in ``Parties``, its
  number as a ``PartySubID`` of type 7, phone number, and again in ``Text``; ASCII only, so no
  Chinese name or address) and FIXML 5.0 SP2 trade capture reports (``TrdCaptRpt`` with the
  instrument, a ``RptSide`` whose ``Pty`` is the branch with ``Sub`` elements of types 5, 6
  and 7: name, address, phone number, and a ``Txt`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_299.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_twse_securities_branches.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_299.jsonl.gz"
SPLIT = "held_out_299"

LAYOUTS = ("twse_openapi_jq", "mops_announcement", "fix44_log", "fixml_trade_capture")
PHONE = "電話"
SOH = "\x01"
OPENAPI = "https://openapi.twse.com.tw/v1/opendata/OpenData_BRK02"
# listed stocks the invented trades are in (code, price range in NT$)
STOCKS = (
    ("2330", 520, 1080), ("2317", 95, 210), ("2454", 780, 1400), ("2412", 110, 130),
    ("2882", 38, 65), ("1301", 38, 80), ("2603", 120, 220), ("0050", 120, 200),
)  # fmt: skip
# invented reasons a branch moves (no real announcement is meant)
REASONS = (
    "為提升客戶服務品質及營業空間運用效率", "因原營業處所租約到期",
    "配合營運規劃整合營業據點", "為改善營業處所之交通便利性及無障礙設施",
)  # fmt: skip

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


def firm(row: dict[str, Any]) -> str:
    """The firm's short name: the name before its branch's (``合庫`` of ``合庫-台南``)."""
    return _f(row, "證券商名稱").split("-")[0].strip()


def branch(row: dict[str, Any]) -> str:
    """The branch's name (``台南`` of ``合庫-台南``), or ``總公司`` for a head office."""
    name = _f(row, "證券商名稱")
    return name.split("-", 1)[1].strip() if "-" in name else "總公司"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a 2024 trading day (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    when = start + dt.timedelta(days=rng.randint(0, 330), seconds=rng.randint(0, 16200))
    while when.weekday() >= 5:
        when += dt.timedelta(days=1)
    return when


def _roc(when: dt.datetime) -> str:
    """A date in the Republic of China calendar as the exchange writes it (``113/05/21``)."""
    return f"{when.year - 1911}/{when:%m/%d}"


def _trade(rng: random.Random) -> tuple[str, int, str]:
    """An invented trade: a listed stock's code, a quantity in whole lots and a price."""
    code, low, high = rng.choice(STOCKS)
    qty = rng.randint(1, 40) * 1000
    price = f"{rng.randint(low * 10, high * 10) / 10:.2f}"
    return code, qty, price


def twse_openapi_jq(row: dict[str, Any], rng: random.Random) -> str:
    """A shell session with the exchange's OpenAPI of broker branches' basic data: ``curl``
    piped to ``jq`` selecting the branch by its code (the object as ``jq`` pretty-prints it,
    the keys in the API's order), then its number alone by ``jq -r``."""
    code, tel = _f(row, "證券商代號"), phone(row)
    obj = {key: row["fields"][key] for key in ("證券商代號", "證券商名稱", "開業日", "地址", PHONE)}
    pretty = json.dumps(obj, ensure_ascii=False, indent=2)
    prompt = rng.choice(("$ ", "~ $ ", "user@desktop:~$ "))
    query = f'.[] | select(.證券商代號 == "{code}")'
    lines = [
        f"{prompt}curl -s {OPENAPI} \\",
        f"  | jq '{query}'",
        pretty,
        f"{prompt}curl -s {OPENAPI} | jq -r '{query} | .電話'",
        tel,
        prompt.rstrip(),
    ]
    return "\n".join(lines) + "\n"


def mops_announcement(row: dict[str, Any], rng: random.Random) -> str:
    """A material information announcement of the Market Observation Post System as its detail
    page reads (公開資訊觀測站 重大訊息): the provider line, serial number, date and time of
    the statement, 主旨 (the branch's relocation), 符合條款 and 事實發生日, then the seven
    numbered items of 說明, the new address and the number in item 6 and the number again in
    item 7 beside the branch's code and opening day."""
    name, tel, code = _f(row, "證券商名稱"), phone(row), _f(row, "證券商代號")
    when = _when(rng)
    happened = when - dt.timedelta(days=rng.randint(0, 3))
    moved = when + dt.timedelta(days=rng.randint(10, 45))
    company = f"{firm(row)}證券" if not firm(row).endswith("證券") else firm(row)
    unit = "總公司" if branch(row) == "總公司" else f"{branch(row)}分公司"
    lines = [
        f"本資料由　(公開發行公司) {company}　公司提供",
        f"序號\t{rng.randint(1, 6)}\t發言日期\t{_roc(when)}\t發言時間\t{when:%H:%M:%S}",
        f"主旨\t{company}{unit}營業處所遷址公告",
        f"符合條款\t第{rng.choice(('49', '51'))}款\t事實發生日\t{_roc(happened)}",
        "說明",
        f"1.事實發生日:{_roc(happened)}",
        f"2.公司名稱:{company}",
        "3.與公司關係(請輸入本公司或子公司):本公司",
        "4.相互持股比例:不適用",
        f"5.發生緣由:{rng.choice(REASONS)}，{name}將自{_roc(moved)}起於新址營業。",
        f"6.因應措施:新址：{_f(row, '地址')}；電話：{tel}。",
        f"7.其他應敘明事項:證券商代號{code}，原開業日{_f(row, '開業日')}；"
        f"客戶如有疑問請洽{unit}，電話 {tel}。",
    ]
    return "\n".join(lines) + "\n"


def _fix(fields: list[tuple[int, str]]) -> str:
    """A FIX 4.4 message of ``fields`` (header after ``BeginString`` and ``BodyLength``, body),
    SOH-separated, its body length and checksum computed over its bytes."""
    body = "".join(f"{tag}={value}{SOH}" for tag, value in fields)
    head = f"8=FIX.4.4{SOH}9={len(body.encode('ascii'))}{SOH}"
    total = sum((head + body).encode("ascii")) % 256
    return f"{head}{body}10={total:03d}{SOH}"


def fix44_log(row: dict[str, Any], rng: random.Random) -> str:
    """A FIX engine's message log of two outgoing FIX 4.4 messages, each line led by the time
    it was sent: a ``Heartbeat`` and a ``Confirmation`` (``35=AK``) of an invented trade, the
    branch as executing firm in ``Parties`` (its code as ``PartyID``, its number as
    ``PartySubID`` of type 7, phone number) and its number again in ``Text``."""
    code, tel = _f(row, "證券商代號"), phone(row)
    when = _when(rng).astimezone(dt.UTC)
    seq = rng.randint(120, 9800)
    sender, target = f"TW{code.upper()}", rng.choice(("CUSTIM01", "FUNDOMS2", "INSTCLNT"))
    stock, qty, price = _trade(rng)
    gross = f"{qty * float(price):.2f}"
    beat = when - dt.timedelta(seconds=rng.randint(5, 29))

    def stamp(moment: dt.datetime) -> str:
        return f"{moment:%Y%m%d-%H:%M:%S}.{moment.microsecond // 1000:03d}"

    header = [(35, "0"), (49, sender), (56, target), (34, str(seq)), (52, stamp(beat))]
    confirm = [
        (35, "AK"), (49, sender), (56, target), (34, str(seq + 1)), (52, stamp(when)),
        (664, f"C{when:%Y%m%d}{rng.randint(100000, 999999)}"), (666, "0"), (773, "1"),
        (665, "4"), (797, "N"), (453, "1"), (448, code), (447, "D"), (452, "1"), (802, "1"),
        (523, tel), (803, "7"), (55, stock), (207, "XTAI"), (54, "1"), (80, str(qty)),
        (6, price), (75, f"{when:%Y%m%d}"), (60, stamp(when)), (381, gross), (15, "TWD"),
        (118, gross), (58, f"Branch {code} contact tel {tel}"),
    ]  # fmt: skip
    lines = [
        f"{stamp(beat)}: {_fix(header)}",
        f"{stamp(when)}: {_fix(confirm)}",
    ]
    return "\n".join(lines) + "\n"


def fixml_trade_capture(row: dict[str, Any], rng: random.Random) -> str:
    """A FIXML 5.0 SP2 trade capture report (``TrdCaptRpt``) of an invented trade on the
    exchange: report and trade ids, trade and business dates, last quantity and price, the
    instrument, and a ``RptSide`` whose ``Pty`` is the branch (its code as ``ID``, role 1,
    executing firm) with ``Sub`` elements of types 5, 6 and 7 (its name, address and number)
    and a ``Txt`` repeating the number."""
    code, tel = _f(row, "證券商代號"), phone(row)
    when = _when(rng)
    stock, qty, price = _trade(rng)
    subs = [(_f(row, "證券商名稱"), "5"), (_f(row, "地址"), "6"), (tel, "7")]
    side, note = rng.choice(("1", "2")), quoteattr(f"成交回報聯絡電話 {tel}")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<FIXML xmlns="http://www.fixprotocol.org/FIXML-5-0-SP2" v="5.0" xv="2" cv="TWSE">',
        f'  <TrdCaptRpt RptID="{when:%Y%m%d}{rng.randint(10000000, 99999999)}" '
        f'TrdID="{rng.randint(100000000, 999999999)}" TransTyp="0" RptTyp="0" '
        f'TrdDt="{when:%Y-%m-%d}" BizDt="{when:%Y-%m-%d}" LastQty="{qty}" LastPx="{price}" '
        f'TxnTm="{when.isoformat(timespec="milliseconds")}">',
        f'    <Instrmt Sym="{stock}" ID="{stock}" Src="8" Exch="XTAI"/>',
        f'    <RptSide Side="{side}" Txt={note}>',
        f'      <Pty ID="{escape(code)}" Src="D" R="1">',
        *(f'        <Sub ID={quoteattr(value)} Typ="{typ}"/>' for value, typ in subs),
        "      </Pty>",
        "    </RptSide>",
        "  </TrdCaptRpt>",
        "</FIXML>",
    ]
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "twse_openapi_jq": twse_openapi_jq,
    "mops_announcement": mops_announcement,
    "fix44_log": fix44_log,
    "fixml_trade_capture": fixml_trade_capture,
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
