"""held_out_99 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Kyrgyzstan) exactly as published, in layouts no earlier part has, beside the
row's own catalogue id, slug and housing objects.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many other countries; here:

* the values are the ``phone`` and ``whatsapp`` fields of Kyrgyz residential builders in
  elitka.kg's builder catalogue as the stroitelniekompaniikyrgyzstan.com project stored it
  (``scripts/data/pii_kg_builders.json``, written by ``scripts/kg_builders_data.py``; source
  and licence in that file): numbers as each entry gave them (``+996559404444`` run together,
  the WhatsApp number mostly without its ``+``: ``996559404444``, a few with spaces or a
  trailing blank), each number of each copy labelled under its column; the catalogue gives no
  e-mail addresses;
* the text around them is the same row's real fields: the builder's catalogue id (``542``),
  slug and first housing object (title, address, completion date, price per m²), with
  invented account numbers, BIKs, INNs, amounts, dates and document numbers, unlabelled and
  scored;
* in layouts no earlier part has (finance and accounting formats), labels in Russian (an
  official language of Kyrgyzstan and its business language): a Quicken QIF bank register
  (``M`` memo with ``тел.``), a SWIFT MT940 customer statement (``:86:`` narrative with
  ``TEL``, in SWIFT's Latin character set), a 1C ``1CClientBankExchange`` payment-order
  exchange file (``НазначениеПлатежа=`` with the phone) and an XBRL instance document (the
  builder's contact facts).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_99.py   # rewrites the committed file
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kg_builders.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_99.jsonl.gz"
SPLIT = "held_out_99"

LAYOUTS = ("qif_register", "mt940_statement", "client_bank_1c", "xbrl_instance")
# the builder's two numbers, each labelled under its column
COLUMNS = {"phone": "phone", "whatsapp": "whatsapp"}
# SWIFT's x character set, which an MT940 message is written in
SWIFT_X = r"[A-Za-z0-9/\-?:().,'+ \n]*"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def whatsapp(row: dict[str, Any]) -> str:
    """The row's WhatsApp field as published, stripped ("" where it has none)."""
    return _f(row, "whatsapp")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _date(rng: random.Random) -> tuple[int, int, int]:
    """An invented date of 2025 (year, month, day)."""
    return 2025, rng.randint(1, 12), rng.randint(1, 28)


def _account(rng: random.Random) -> str:
    """An invented 16-digit Kyrgyz bank account number."""
    return f"1{rng.randint(10, 99)}" + "".join(str(rng.randint(0, 9)) for _ in range(13))


def _amount(rng: random.Random) -> str:
    """An invented amount in som, two decimals, point-separated."""
    return f"{rng.randint(15000, 2500000)}.{rng.randint(0, 99):02d}"


def _contacts(row: dict[str, Any]) -> str:
    """The numbers as a memo line: the phone, and the WhatsApp number where there is one."""
    wa = whatsapp(row)
    return f"тел. {phone(row)}" + (f", WhatsApp {wa}" if wa else "")


def qif_register(row: dict[str, Any], rng: random.Random) -> str:
    """The builder's payments as a Quicken QIF bank register: ``!Type:Bank``, an opening
    balance, an invented advance payment to the builder (``P`` its name, ``M`` the first
    object and the numbers, ``N`` a cheque number, ``L`` a category) and a second payment
    whose memo repeats the phone and the catalogue id."""
    y, m, d = _date(rng)
    y2, m2, d2 = _date(rng)
    title = _f(row, "objects[0].title") or _f(row, "slug")
    lines = [
        "!Type:Bank",
        f"D{m:02d}/{d:02d}'{y % 100:02d}",
        "T0.00",
        "CX",
        "POpening Balance",
        "L[Расчётный счёт KGS]",
        "^",
        f"D{m:02d}/{d:02d}'{y % 100:02d}",
        f"T-{_amount(rng)}",
        f"N{rng.randint(1000, 9999)}",
        f"P{_f(row, 'name')}",
        f"MАванс: {title}; {_contacts(row)}",
        "LНедвижимость:Долевое участие",
        "^",
        f"D{m2:02d}/{d2:02d}'{y2 % 100:02d}",
        f"T-{_amount(rng)}",
        f"P{_f(row, 'name')}",
        f"MВзнос по графику, застройщик elitka.kg id {_f(row, 'builderId')}, тел. {phone(row)}",
        "LНедвижимость:Долевое участие",
        "^",
        "",
    ]
    return "\n".join(lines)


def _swift(value: str) -> str:
    """A value for an MT940 narrative: upper case, SWIFT's ``x`` set kept as it is."""
    return value.upper()


def _wrap86(words: list[str]) -> list[str]:
    """The ``:86:`` narrative in lines of at most 65 characters, a value never split."""
    lines, line = [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > 65:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return [*lines, line]


def mt940_statement(row: dict[str, Any], rng: random.Random) -> str:
    """The buyer's account statement as a SWIFT MT940 message: the basic and application
    headers (an invented BIC), ``:20:`` an invented reference, ``:25:`` an invented account,
    ``:28C:`` a statement number, balances, one ``:61:`` debit line to the builder and its
    ``:86:`` narrative naming the builder's slug, catalogue id and numbers (``TEL``), the
    closing balance and the trailer."""
    y, m, d = _date(rng)
    ymd = f"{y % 100:02d}{m:02d}{d:02d}"
    opening = _amount(rng)
    paid = _amount(rng)
    wa = whatsapp(row)
    words = ["PAYMENT", "TO", _swift(_f(row, "slug")), "ELITKA", "ID", _f(row, "builderId"),
             "TEL", phone(row)] + (["WHATSAPP", wa] if wa else [])  # fmt: skip
    narrative = _wrap86(words)
    lines = [
        f"{{1:F01KICBKG22AXXX{rng.randint(1000, 9999)}{rng.randint(100000, 999999)}}}"
        "{2:O9401200" + ymd + "KICBKG22AXXX00000000000000000000N}{4:",
        f":20:STM{ymd}{rng.randint(1000, 9999)}",
        f":25:{_account(rng)}",
        f":28C:{rng.randint(1, 250)}/1",
        f":60F:C{ymd}KGS{opening.replace('.', ',')}",
        f":61:{ymd}{m:02d}{d:02d}D{paid.replace('.', ',')}NTRF{rng.randint(100000, 999999)}//"
        f"{rng.randint(1000000, 9999999)}",
        f":86:{narrative[0]}",
        *narrative[1:],
        f":62F:C{ymd}KGS{rng.randint(1000, 99999)},{rng.randint(0, 99):02d}",
        "-}",
        "",
    ]
    return "\n".join(lines)


def client_bank_1c(row: dict[str, Any], rng: random.Random) -> str:
    """A payment order to the builder as a 1C ``1CClientBankExchange`` file: the header
    (format version, encoding, sender, dates, the payer's invented account), one
    ``СекцияДокумент=Платежное поручение`` with an invented number, date, amount, the
    payer's and the builder's invented accounts, BIKs and INNs, the builder's name and phone
    and a purpose naming the object, its address, the catalogue id and the numbers,
    ``КонецДокумента`` and ``КонецФайла``."""
    y, m, d = _date(rng)
    date = f"{d:02d}.{m:02d}.{y}"
    payer, payee = _account(rng), _account(rng)
    title = _f(row, "objects[0].title")
    address = _f(row, "objects[0].address")
    purpose = "Оплата по договору долевого участия"
    if title:
        purpose += f", {title}" + (f" ({address})" if address else "")
    purpose += f"; застройщик elitka.kg id {_f(row, 'builderId')}, {_contacts(row)}"
    lines = [
        "1CClientBankExchange",
        "ВерсияФормата=1.03",
        "Кодировка=Windows",
        "Отправитель=Бухгалтерия предприятия, редакция 3.0",
        "Получатель=",
        f"ДатаСоздания={date}",
        f"ВремяСоздания={rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        f"ДатаНачала={date}",
        f"ДатаКонца={date}",
        f"РасчСчет={payer}",
        "Документ=Платежное поручение",
        "СекцияДокумент=Платежное поручение",
        f"Номер={rng.randint(1, 999)}",
        f"Дата={date}",
        f"Сумма={_amount(rng)}",
        f"ПлательщикСчет={payer}",
        f"ПлательщикИНН={rng.choice('02')}{rng.randint(10**12, 10**13 - 1)}",
        f"ПлательщикБИК=1{rng.randint(10000, 99999)}",
        f"ПолучательСчет={payee}",
        f"Получатель={_f(row, 'name')}",
        f"ПолучательИНН=0{rng.randint(10**12, 10**13 - 1)}",
        f"ПолучательБИК=1{rng.randint(10000, 99999)}",
        f"ПолучательТелефон={phone(row)}",
        "ВидОплаты=01",
        f"НазначениеПлатежа={purpose}",
        "КонецДокумента",
        "КонецФайла",
        "",
    ]
    return "\n".join(lines)


def _x(value: str) -> str:
    """An XML text or attribute value."""
    return escape(value, {'"': "&quot;"})


def xbrl_instance(row: dict[str, Any], rng: random.Random) -> str:
    """The builder's entry in a disclosure filing as an XBRL instance document: the schema
    reference, a context whose entity identifier is the catalogue id (scheme elitka.kg) and
    period an invented date, a ``pure`` unit and a KGS unit, and facts for the builder's
    name, slug, phone, WhatsApp number, first object, its completion date and price per m²,
    and an invented number of flats."""
    y, m, d = _date(rng)
    ctx = f"C{_f(row, 'builderId')}_{y}"
    wa = whatsapp(row)
    facts = [
        f'  <kg-dev:BuilderName contextRef="{ctx}">{_x(_f(row, "name"))}</kg-dev:BuilderName>',
        f'  <kg-dev:BuilderSlug contextRef="{ctx}">{_x(_f(row, "slug"))}</kg-dev:BuilderSlug>',
        f'  <kg-dev:ContactTelephone contextRef="{ctx}">{_x(phone(row))}</kg-dev:ContactTelephone>',
    ]
    if wa:
        facts.append(
            f'  <kg-dev:ContactWhatsApp contextRef="{ctx}">{_x(wa)}</kg-dev:ContactWhatsApp>'
        )
    if _f(row, "objects[0].title"):
        facts.append(
            f'  <kg-dev:ProjectTitle contextRef="{ctx}">{_x(_f(row, "objects[0].title"))}'
            "</kg-dev:ProjectTitle>"
        )
    if _f(row, "objects[0].finish"):
        facts.append(
            f'  <kg-dev:ProjectCompletionDate contextRef="{ctx}">'
            f"{_f(row, 'objects[0].finish')[:10]}</kg-dev:ProjectCompletionDate>"
        )
    if _f(row, "objects[0].price_kgs_m2"):
        facts.append(
            f'  <kg-dev:PricePerSquareMetre contextRef="{ctx}" unitRef="KGS" decimals="0">'
            f"{_f(row, 'objects[0].price_kgs_m2')}</kg-dev:PricePerSquareMetre>"
        )
    facts.append(
        f'  <kg-dev:NumberOfFlats contextRef="{ctx}" unitRef="pure" decimals="0">'
        f"{rng.randint(24, 640)}</kg-dev:NumberOfFlats>"
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- Раскрытие информации застройщика, тел. {_x(phone(row))} -->",
        '<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance"',
        '    xmlns:link="http://www.xbrl.org/2003/linkbase"',
        '    xmlns:xlink="http://www.w3.org/1999/xlink"',
        '    xmlns:iso4217="http://www.xbrl.org/2003/iso4217"',
        '    xmlns:kg-dev="http://example.kg/xbrl/developers/2025">',
        '  <link:schemaRef xlink:type="simple" xlink:href="kg-dev-2025.xsd"/>',
        f'  <xbrli:context id="{ctx}">',
        "    <xbrli:entity>",
        '      <xbrli:identifier scheme="https://elitka.kg/builders">'
        f"{_x(_f(row, 'builderId'))}</xbrli:identifier>",
        "    </xbrli:entity>",
        f"    <xbrli:period><xbrli:instant>{y}-{m:02d}-{d:02d}</xbrli:instant></xbrli:period>",
        "  </xbrli:context>",
        '  <xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>',
        '  <xbrli:unit id="KGS"><xbrli:measure>iso4217:KGS</xbrli:measure></xbrli:unit>',
        *facts,
        "</xbrli:xbrl>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "qif_register": qif_register,
    "mt940_statement": mt940_statement,
    "client_bank_1c": client_bank_1c,
    "xbrl_instance": xbrl_instance,
}


def copies(text: str, row: dict[str, Any]) -> Record:
    """``text`` as a record: every copy of each of the row's numbers (each by
    ``labelled_record``), no digit next to a copy; the longer field first, so a copy of one
    inside a copy of the other (the same number, the phone less its ``+``, a WhatsApp number
    with a trailing blank) is the longer one's, and the phone's where both are equal."""
    values = [("phone", phone(row)), ("whatsapp", whatsapp(row))]
    values.sort(key=lambda kv: -len(kv[1]))
    return field_copies(
        text, values, dict.fromkeys(COLUMNS, r"\d"), COLUMNS, row["path"], nested=True
    )


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its numbers labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = copies(BLOCKS[layout](row, rng), row)
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
