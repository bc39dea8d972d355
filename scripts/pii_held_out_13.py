"""held_out_13 of the PII evaluation set: real phone fields of two countries no earlier part
used (India, Taiwan) exactly as public bodies published them, in layouts no earlier part has.

A procedure different from the twelve parts before it: ``held_out_11`` and ``held_out_12`` took
national numbers from registers of GB, JP, FR, KR, DE, AR, US and AU; here:

* the values are the registers' own phone fields, unchanged (``scripts/data/
  pii_asia_registers.json``, written by ``scripts/asia_registers_data.py``; sources and
  licences in that file): India's hospital directory writes an STD code and a local number
  padded with runs of spaces (``08554    274194``), local numbers with no STD code
  (``2360660``), several numbers in a field, later ones without the STD code of the first
  (``0866  2477067 , 2484448``), slashes (``229940/200345``), mobiles; Taiwan's health-insurance
  list writes the area code in brackets and the number unbroken (``(02)27653147``); each number
  of a field labelled on its own; the country is the register's;
* the text around them is the same row's real fields (serial numbers, PIN codes, ten-digit
  institution codes, house numbers such as ``12-2-979``, stock counts, time stamps) with
  invented appointment dates and times, token, patient, invoice and tax-registration numbers,
  ratings and distances: unlabelled and scored;
* in layouts no earlier part has, in the country's language: a map search result card
  (rating, reviews, kind, distance, address, hours, the number after a middle dot, no label),
  an SMS appointment reminder (English or Hindi; Chinese), a tax invoice's header (``Ph:``,
  GSTIN, invoice number; ``電話：``, 統一編號, 發票號碼), a pandas ``Series`` as a notebook
  prints one row of the register (column names padded, values right-aligned, ``Name: 5, dtype:
  object``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (India's six-digit local
numbers are shorter than any of its subscriber numbers: unlabelled distractors). The street
field may hold real numbers the part does not label (``Phone- (011) 43191333``): by
``held_out_5``'s rule (``make_pii_eval.unscored_spans``) its e-mail-shaped tokens and numbers of
seven or more digits are scored neither way. Each record is seeded by its own (split, locale,
layout, index).

    python scripts/pii_held_out_13.py   # rewrites the committed file
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from make_pii_eval import register_rows
from pii_held_out_11 import Block, numbers

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_asia_registers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_13.jsonl.gz"
SPLIT = "held_out_13"

LAYOUTS = ("maps_card", "sms_reminder", "invoice_header", "pandas_series")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _role(row: dict[str, Any], name: str) -> Any:
    return data()["sources"][row["country"]]["roles"][name]


def _field(row: dict[str, Any], name: str) -> str:
    """The value of the column that plays ``name``, its white space collapsed."""
    return " ".join(row["fields"][_role(row, name)].split())


def _phone(b: Block, row: dict[str, Any]) -> None:
    b.phone(_role(row, "phone"), row["fields"][_role(row, "phone")])


def _address(b: Block, row: dict[str, Any]) -> None:
    """The street field as free text (it may hold a real number), then the area fields and
    the postcode where the register has them."""
    b.free_text(_field(row, "street").strip(" ,"))
    for column in _role(row, "area"):
        b.add(f", {row['fields'][column].strip()}")
    if _role(row, "postcode"):
        b.add(f" {_field(row, 'postcode')}")


def _date(rng: random.Random, country: str) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    if country == "TW":
        return f"{rng.choice((2020, 2021))}/{month:02d}/{day:02d}"
    return f"{day:02d}/{month:02d}/{rng.choice((2023, 2024, 2025))}"


# per country: the card's kinds, distance unit, hours and actions
CARD = {
    "IN": (("Hospital", "Nursing home", "Eye care center", "Medical clinic"), "km",
           ("Open 24 hours", "Closes 9 pm", "Opens 10 am Mon"),
           ("Directions", "Website  Directions  Save", "Call  Directions")),
    "TW": (("藥局", "藥妝店", "診所", "衛生所"), "公里",
           ("營業中 · 晚上9:30 休息", "24 小時營業", "已打烊 · 明天上午8:30 開始營業"),
           ("路線", "網站  路線  儲存", "致電  路線")),
}  # fmt: skip


def maps_card(row: dict[str, Any], rng: random.Random) -> Block:
    """A map search result card: name, rating and review count, kind, distance, address, then
    opening hours and the number after a middle dot, no label."""
    kinds, unit, hours, actions = CARD[row["country"]]
    b = Block()
    b.add(f"{_field(row, 'name')}\n")
    b.add(f"{rng.randint(30, 49) / 10} ★★★★☆ ({rng.randint(3, 2400):,}) · ")
    b.add(f"{rng.choice(kinds)} · {rng.randint(2, 199) / 10} {unit}\n")
    _address(b, row)
    b.add(f"\n{rng.choice(hours)} · ")
    _phone(b, row)
    b.add(f"\n{rng.choice(actions)}")
    return b


SMS = {
    "en": (
        "Dear Patient, your OPD appointment at {name} is on {date} at {time}. Token No. {token}. "
        "For queries call ",
        ". Please carry your UHID {uhid}.",
    ),
    "hi": (
        "प्रिय मरीज़, {name} में आपकी ओपीडी अपॉइंटमेंट {date} को {time} बजे है। टोकन संख्या {token}। "
        "जानकारी के लिए ",
        " पर कॉल करें। यूएचआईडी {uhid} साथ लाएँ।",
    ),
    "zh": (
        "【{name}】您預約的領藥時間為 {date} {time}，號碼牌 {token} 號，"
        "請攜帶健保卡。如需更改請來電 ",
        "，病歷號 {uhid}。",
    ),
}
SMS_LANGUAGES = {"IN": ("en", "hi"), "TW": ("zh",)}
SMS_SENDERS = {"IN": ("VM-HSPTL", "AD-CARESM", "JD-OPDAPT"), "TW": ("簡訊", "")}


def sms_reminder(row: dict[str, Any], rng: random.Random) -> Block:
    """An SMS appointment reminder as hospitals and pharmacies send them, in the country's
    language: date, time, token and patient numbers before and after the phone field."""
    b = Block()
    before, after = SMS[rng.choice(SMS_LANGUAGES[row["country"]])]
    values = {
        "name": _field(row, "name"),
        "date": _date(rng, row["country"]),
        "time": f"{rng.randint(9, 16)}:{rng.choice(('00', '15', '30', '45'))}",
        "token": rng.randint(1, 180),
        "uhid": rng.randint(10**9, 10**10 - 1),
    }
    sender = rng.choice(SMS_SENDERS[row["country"]])
    b.add(f"{sender}\n" if sender else "")
    b.add(before.format(**values))
    _phone(b, row)
    b.add(after.format(**values))
    return b


def _gstin(rng: random.Random) -> str:
    """An Indian GST identification number's shape: state code, PAN shape, entity, Z, check."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5))
    state, digits = rng.randint(1, 37), rng.randint(1000, 9999)
    return f"{state:02d}{letters}{digits}{rng.choice('ABCDEFZ')}1Z{rng.randint(0, 9)}"


def invoice_header(row: dict[str, Any], rng: random.Random) -> Block:
    """A tax invoice's header as a billing program prints it: name, address, the phone after
    its label, the tax registration (GSTIN; 統一編號), invoice number and date."""
    b = Block()
    country = row["country"]
    if country == "IN":
        b.add(f"TAX INVOICE\n{_field(row, 'name').upper()}\n")
        _address(b, row)
        b.add(f"\n{rng.choice(('Ph:', 'Ph.', 'Phone :', 'Tel:'))} ")
        _phone(b, row)
        b.add(f"\nGSTIN: {_gstin(rng)}\n")
        b.add(f"Invoice No: {rng.choice(('INV', 'PH', 'OP'))}/{rng.randint(1, 99999):05d}")
        b.add(f"    Date: {_date(rng, country)}\n")
        b.add(f"Patient ID {rng.randint(100000, 999999)}    Bed No: {rng.randint(1, 120)}")
    else:
        b.add(f"{_field(row, 'name')}\n統一發票（收銀機）\n")
        b.add(
            f"發票號碼：{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}-"
        )
        b.add(f"{rng.randint(10**7, 10**8 - 1)}\n")
        b.add(f"統一編號：{rng.randint(10**7, 10**8 - 1)}\n地址：")
        _address(b, row)
        b.add(f"\n{rng.choice(('電話：', 'TEL：', '電話 '))}")
        _phone(b, row)
        b.add(f"\n{_date(rng, country)} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}")
        b.add(f"  機號 {rng.randint(1, 9)}  序號 {rng.randint(1, 99999):05d}")
    return b


def pandas_series(row: dict[str, Any], rng: random.Random) -> Block:
    """One row of the register as a notebook prints a pandas ``Series`` (``df.loc[i]``):
    column names padded to the longest, values right-aligned to the widest, then its name."""
    b = Block()
    fields = row["fields"]
    key_width, value_width = max(map(len, fields)), max(map(len, fields.values()))
    for column, value in fields.items():
        b.add(f"{column:<{key_width}}    {' ' * (value_width - len(value))}")
        if column == _role(row, "phone"):
            b.phone(column, value)
        elif column == _role(row, "street"):
            b.free_text(value)
        else:
            b.add(value)
        b.add("\n")
    b.add(f"Name: {int(row['path'].rsplit('#', 1)[1])}, dtype: object")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Block]] = {
    "maps_card": maps_card,
    "sms_reminder": sms_reminder,
    "invoice_header": invoice_header,
    "pandas_series": pandas_series,
}


def _without_placeholder(field: str, start: int, end: int) -> tuple[int, int]:
    """A number's span without a placeholder zero the register put after it, apart
    (``6698666  0``: the directory writes ``0`` for a field with no number)."""
    m = re.search(r"[ \xa0]+0+$", field[start:end])
    return (start, start + m.start()) if m else (start, end)


def record(locale: str, layout: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in ``layout``: each number of its phone field labelled
    on its own, the rest of the field (words) and the address line unscored."""
    from make_pii_eval import (
        coordinates_rng,
        page_languages,
        personal_phone,
        record_fields,
        unscored_spans,
    )

    rng = coordinates_rng(SPLIT, locale, layout, n)
    row = by_locale()[locale][n]
    block = BLOCKS[layout](row, rng)
    text = block.text
    spans, distractors, unscored = [], [], []
    for at, column, field in block.phones:
        found = [_without_placeholder(field, s, e) for s, e in numbers(field)]
        for s, e in found:
            value = field[s:e]
            kind = "international" if re.match(r"\+|00[1-9]", value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
        for s, e in unscored_spans(field, (0, 0)):
            if not any(a < e and s < b for a, b in found):
                unscored.append([at + s, at + e])
    for lo, hi in block.free:
        unscored += [[lo + s, lo + e] for s, e in unscored_spans(text[lo:hi], (0, 0))]
    fields = record_fields(
        (SPLIT, locale, layout, n), text, sorted(spans), sorted(distractors), (0, len(text))
    )
    return {
        **fields,
        "unscored": sorted(unscored),
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def generate() -> Iterator[dict[str, Any]]:
    """Every row of the data once, in the layout its index gives."""
    for locale, found in sorted(by_locale().items()):
        for n in range(len(found)):
            yield record(locale, LAYOUTS[n % len(LAYOUTS)], n)


def committed(path: Path = DATA) -> list[dict[str, Any]]:
    """The records as committed before the part was first scored."""
    from make_pii_eval import read_part

    return read_part(path)


def write(path: Path) -> None:
    """The part's records, one JSON line each, gzipped with no timestamp and no file name: the
    same bytes on every run, wherever written."""
    from make_pii_eval import write_part

    write_part(path, generate())


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    write(DATA)
    print(DATA)


if __name__ == "__main__":
    main()
