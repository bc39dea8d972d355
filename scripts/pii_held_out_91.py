"""held_out_91 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Belarus) exactly as published, in layouts no earlier part has, beside the
row's own district number, voter count, commission address and district page.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, NG and others; here:

* the values are the contact fields of the 110 district election commissions of Belarus's
  parliamentary elections of 2019 as vybary2019.by published them
  (``scripts/data/pii_by_election_commissions.json``, written by
  ``scripts/by_election_commissions_data.py``; source and licence in that file): the trunk
  ``8`` and area code in brackets, then local numbers marked ``т.`` (telephone), ``ф.`` (fax)
  or ``т./ф.``, several in one field (``(8 016) т. 21 05 41 т./ф. 21 06 16``, ``(8 0232) 75 48
  07 75 07 87 т./ф. 75 48 30``), Minsk's seven digits (``(8 017) т. 207-71-38``); the area
  code in brackets applies to every local number of the field (5 to 7 digits, the nine
  national digits less the code's), each an office line: in each copy of the field the first
  local number is labelled together with the area code before it, from the ``(`` to its last
  digit, its mark included (``(8 0162) т. 32 26 06``), and each later one alone, without its
  mark (``75 48 30``; a repeated area code, ``(8 0212) ф.``, is left unlabelled); numbers
  written one after the other (``75 48 07 75 07 87``) are cut by that local length between
  their digit groups (``local_numbers``; a field that did not read so would keep the older
  policy of ``labelled_record``, none does), so no distractors; the register gives no e-mail
  addresses, and its fax numbers share the one field;
* the text around them is the same row's real fields: the district's number, name and voter
  count (``68801``), the commission's address with its room (``к. 208``), the district's page
  and its borders, with invented document ids, GUIDs, nine-digit payer numbers, feature ids,
  dates and sums, unlabelled and scored;
* in layouts no earlier part has, labels in Russian (the register's language): a FictionBook
  2.0 e-book (``.fb2``) of the commission's card, a CommerceML 2.05 exchange file of 1C with
  the commission as counterparty (``<Контакт><Тип>Телефон рабочий</Тип><Значение>``), a
  MapInfo MIF/MID pair as ``head`` prints two files (the field a quoted ``CONTACT`` column),
  and an API Blueprint (``FORMAT: 1A``) of a district endpoint whose MSON attributes and JSON
  body both carry the field.

Phones are labelled by ``local_numbers``, not ``make_pii_eval.personal_phone``, whose
six-digit rule would leave these office lines unlabelled. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_91.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, numbers, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_by_election_commissions.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_91.jsonl.gz"
SPLIT = "held_out_91"

LAYOUTS = ("fictionbook", "commerceml", "mapinfo_mif_mid", "api_blueprint")
PHONE = "contact"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's contact field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _uuid(rng: random.Random) -> str:
    """An invented UUID (version 4), drawn from the record's random source."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _date(rng: random.Random) -> str:
    """An invented date of the campaign (October or early November 2019)."""
    month = rng.choice((10, 11))
    return f"2019-{month:02d}-{rng.randint(1, 31 if month == 10 else 14):02d}"


def _time(rng: random.Random) -> str:
    return f"{rng.randint(8, 18):02d}:{rng.choice((0, 5, 15, 30, 45)):02d}:{rng.randint(0, 59):02d}"


def _x(value: str) -> str:
    """XML character data."""
    return escape(value)


def _border_lines(row: dict[str, Any]) -> list[str]:
    """The district's borders as the register gives them, split at its ``<br>`` marks."""
    return [part.strip() for part in _f(row, "border").split("<br>") if part.strip()]


def fictionbook(row: dict[str, Any], rng: random.Random) -> str:
    """The commission's card as a FictionBook 2.0 e-book: the description (genre, a nickname
    for author, the district's name as title, an invented program, date, id and version, the
    district's page as source), and a body whose section gives the commission's address, its
    contacts (the field), the voter count and the district's borders."""
    name = _x(_f(row, "name"))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" '
        'xmlns:l="http://www.w3.org/1999/xlink">',
        " <description>",
        "  <title-info>",
        "   <genre>reference</genre>",
        "   <author><nickname>Справочная служба</nickname></author>",
        f"   <book-title>{name}</book-title>",
        "   <annotation><p>Контакты окружной избирательной комиссии. Выборы депутатов Палаты "
        "представителей Национального собрания Республики Беларусь седьмого созыва, 17 ноября "
        "2019 года.</p></annotation>",
        '   <date value="2019-11-17">17 ноября 2019</date>',
        "   <lang>ru</lang>",
        "  </title-info>",
        "  <document-info>",
        "   <author><nickname>vybary2019-fb2</nickname></author>",
        f"   <program-used>{rng.choice(('calibre 3.48.0', 'FB Editor 2.6.7', 'ExportToFB21'))}"
        "</program-used>",
        f'   <date value="{_date(rng)}"/>',
        f"   <src-url>{_x(_f(row, 'url'))}</src-url>",
        f"   <id>{_uuid(rng)}</id>",
        f"   <version>1.{rng.randint(0, 9)}</version>",
        "  </document-info>",
        " </description>",
        " <body>",
        f"  <title><p>{name}</p></title>",
        f'  <section id="okrug-{_f(row, "number")}">',
        "   <title><p>Окружная избирательная комиссия</p></title>",
        f"   <p><strong>Местонахождение:</strong> {_x(_f(row, 'location'))}</p>",
        f"   <p><strong>Контакты:</strong> {_x(phone(row))}</p>",
        f"   <p><strong>Количество избирателей:</strong> {_f(row, 'people')}</p>",
        "   <empty-line/>",
        "   <subtitle>Границы избирательного округа</subtitle>",
        *(f"   <p>{_x(line)}</p>" for line in _border_lines(row)),
        "  </section>",
        " </body>",
        "</FictionBook>",
        "",
    ]
    return "\n".join(lines)


def _payer_number(rng: random.Random) -> str:
    """An invented nine-digit payer number (УНП) of the commission."""
    return str(rng.randint(1, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))


GOODS = (
    ("Бумага офисная А4, 500 л.", "пач", 12.90),
    ("Конверт С4 с окном", "шт", 0.38),
    ("Папка-регистратор 75 мм", "шт", 6.45),
    ("Скрепки 28 мм, 100 шт.", "уп", 1.15),
    ("Ручка шариковая синяя", "шт", 0.52),
)


def commerceml(row: dict[str, Any], rng: random.Random) -> str:
    """A 1C CommerceML 2.05 exchange file: one order document (an invented GUID, number, date,
    time and goods with their sums) whose counterparty is the commission, with an invented
    payer number, the district's number and voter count as requisites, its address (the
    register's) and its contacts (the field, as a work phone)."""
    goods = rng.sample(GOODS, 3)
    items, total = [], 0.0
    for title, unit, price in goods:
        count = rng.randint(2, 40)
        total += round(price * count, 2)
        items.extend(
            [
                "        <Товар>",
                f"          <Ид>{_uuid(rng)}</Ид>",
                f"          <Наименование>{_x(title)}</Наименование>",
                f'          <БазоваяЕдиница НаименованиеПолное="{unit}">{unit}</БазоваяЕдиница>',
                f"          <ЦенаЗаЕдиницу>{price:.2f}</ЦенаЗаЕдиницу>",
                f"          <Количество>{count}</Количество>",
                f"          <Сумма>{price * count:.2f}</Сумма>",
                "        </Товар>",
            ]
        )
    date = _date(rng)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_2" ВерсияСхемы="2.05" '
        f'ДатаФормирования="{date}T{_time(rng)}">',
        "  <Документ>",
        f"    <Ид>{_uuid(rng)}</Ид>",
        f"    <Номер>{rng.randint(100, 4999)}</Номер>",
        f"    <Дата>{date}</Дата>",
        "    <ХозОперация>Заказ товара</ХозОперация>",
        "    <Роль>Продавец</Роль>",
        "    <Валюта>BYN</Валюта>",
        "    <Курс>1</Курс>",
        f"    <Сумма>{total:.2f}</Сумма>",
        "    <Контрагенты>",
        "      <Контрагент>",
        f"        <Ид>{_uuid(rng)}</Ид>",
        f"        <Наименование>ОИК: {_x(_f(row, 'name'))}</Наименование>",
        "        <ПолноеНаименование>Окружная избирательная комиссия "
        f"{_x(_f(row, 'name'))}</ПолноеНаименование>",
        f"        <ИНН>{_payer_number(rng)}</ИНН>",
        "        <Роль>Покупатель</Роль>",
        "        <ЗначенияРеквизитов>",
        "          <ЗначениеРеквизита>",
        "            <Наименование>Номер избирательного округа</Наименование>",
        f"            <Значение>{_f(row, 'number')}</Значение>",
        "          </ЗначениеРеквизита>",
        "          <ЗначениеРеквизита>",
        "            <Наименование>Количество избирателей</Наименование>",
        f"            <Значение>{_f(row, 'people')}</Значение>",
        "          </ЗначениеРеквизита>",
        "        </ЗначенияРеквизитов>",
        "        <АдресРегистрации>",
        f"          <Представление>{_x(_f(row, 'location'))}</Представление>",
        "          <АдресноеПоле>",
        "            <Тип>Страна</Тип>",
        "            <Значение>Беларусь</Значение>",
        "          </АдресноеПоле>",
        "        </АдресРегистрации>",
        "        <Контакты>",
        "          <Контакт>",
        "            <Тип>Телефон рабочий</Тип>",
        f"            <Значение>{_x(phone(row))}</Значение>",
        "            <Комментарий>т. — телефон, ф. — факс</Комментарий>",
        "          </Контакт>",
        "        </Контакты>",
        "      </Контрагент>",
        "    </Контрагенты>",
        f"    <Время>{_time(rng)}</Время>",
        "    <Товары>",
        *items,
        "    </Товары>",
        "  </Документ>",
        "</КоммерческаяИнформация>",
        "",
    ]
    return "\n".join(lines)


MIF_COLUMNS = (
    ("ID", "Integer"),
    ("OKRUG", "SmallInt"),
    ("NAME", "Char(80)"),
    ("VOTERS", "Integer"),
    ("ADDRESS", "Char(100)"),
    ("CONTACT", "Char(80)"),
    ("URL", "Char(60)"),
    ("UPDATED", "Date"),
)


def _mid(value: str) -> str:
    """A quoted MID field (a quote doubled)."""
    return '"' + value.replace('"', '""') + '"'


def mapinfo_mif_mid(row: dict[str, Any], rng: random.Random) -> str:
    """The district's table as a MapInfo MIF/MID pair, as ``head`` prints the two files: the
    MIF header (version, Windows Cyrillic charset, delimiter, coordinate system, the columns,
    a ``none`` object for the row) and the MID line with an invented feature id, the
    district's number, name, voter count, the commission's address, its contacts (the field)
    and page, and an invented update date (``20191105``)."""
    base = f"okrug_{int(_f(row, 'number')):03d}"
    values = [
        str(rng.randint(1000000, 9999999)),
        _f(row, "number"),
        _mid(_f(row, "name")),
        _f(row, "people"),
        _mid(_f(row, "location")),
        _mid(phone(row)),
        _mid(_f(row, "url")),
        _date(rng).replace("-", ""),
    ]
    lines = [
        f"==> {base}.mif <==",
        "Version 300",
        'Charset "WindowsCyrillic"',
        'Delimiter ","',
        "CoordSys Earth Projection 1, 104",
        f"Columns {len(MIF_COLUMNS)}",
        *(f"  {column} {kind}" for column, kind in MIF_COLUMNS),
        "Data",
        "",
        "none",
        "",
        f"==> {base}.mid <==",
        ",".join(values),
        "",
    ]
    return "\n".join(lines)


def api_blueprint(row: dict[str, Any], rng: random.Random) -> str:
    """A district endpoint as an API Blueprint (``FORMAT: 1A``): the API's name and purpose,
    the resource with its parameter (the district's number), a request with an invented
    request id, and a response whose MSON attributes and JSON body give the district's number,
    name, voter count, the commission's address and contacts (the field) and the page."""
    n = _f(row, "number")
    body = {
        "number": int(n),
        "name": _f(row, "name"),
        "voters": int(_f(row, "people")),
        "commission": {"address": _f(row, "location"), "contact": phone(row)},
        "source": _f(row, "url"),
        "updated": f"{_date(rng)}T{_time(rng)}+03:00",
    }
    body_lines = json.dumps(body, ensure_ascii=False, indent=2).splitlines()
    lines = [
        "FORMAT: 1A",
        "HOST: https://api.okruga.example.by/v1",
        "",
        "# Окружные избирательные комиссии 2019",
        "",
        "Справочник окружных избирательных комиссий по выборам депутатов Палаты "
        "представителей 17 ноября 2019 г.: местонахождение комиссии и контакты "
        "(т. — телефон, ф. — факс).",
        "",
        "## Избирательный округ [/okruga/{number}]",
        "",
        "+ Parameters",
        f"    + number: `{n}` (number, required) - номер избирательного округа",
        "",
        "### Получить данные округа [GET]",
        "",
        "+ Request (application/json)",
        "",
        "    + Headers",
        "",
        "            Accept: application/json",
        f"            X-Request-Id: {_uuid(rng)}",
        "",
        "+ Response 200 (application/json; charset=utf-8)",
        "",
        "    + Attributes",
        f"        + number: `{n}` (number)",
        f"        + name: `{_f(row, 'name')}` (string)",
        f"        + voters: `{_f(row, 'people')}` (number)",
        "        + commission (object)",
        f"            + address: `{_f(row, 'location')}` (string)",
        f"            + contact: `{phone(row)}` (string) - т. — телефон, ф. — факс",
        f"        + source: `{_f(row, 'url')}` (string)",
        "",
        "    + Body",
        "",
        *(f"            {line}" for line in body_lines),
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "fictionbook": fictionbook,
    "commerceml": commerceml,
    "mapinfo_mif_mid": mapinfo_mif_mid,
    "api_blueprint": api_blueprint,
}


NATIONAL_DIGITS = 9  # a Belarusian number's digits after the trunk ``8``: area code + local
AREA = re.compile(r"\([^()]*\)")
RUN = re.compile(r"\d+(?:[ -]\d+)*")


def _local_length(area: str) -> int:
    """The length of the local numbers an area code leaves (``(8 0162)`` -> 6, ``(8 017)`` -> 7,
    ``(802353)`` and ``(02339)`` -> 5): the national digits less the code's, trunk ``8`` and
    ``0`` aside."""
    digits = "".join(c for c in area if c.isdigit())
    return NATIONAL_DIGITS - len(re.sub(r"^8?0", "", digits))


def _split_run(field: str, start: int, end: int, length: int) -> list[tuple[int, int]] | None:
    """The local numbers of one run of digit groups (``75 48 07 75 07 87``): itself where it
    has 5 to 7 digits, else pieces of ``length`` digits each cut between its groups; ``None``
    where it cannot be so cut."""
    groups = [(m.start() + start, m.end() + start) for m in re.finditer(r"\d+", field[start:end])]
    total = sum(e - s for s, e in groups)
    if 5 <= total <= 7:
        return [(start, end)]
    if not 5 <= length <= 7 or total % length:
        return None
    pieces, first, count = [], None, 0
    for s, e in groups:
        first = s if first is None else first
        count += e - s
        if count == length:
            pieces.append((first, e))
            first, count = None, 0
        elif count > length:
            return None
    return pieces


def local_numbers(field: str) -> list[tuple[int, int]] | None:
    """The PHONE_NUMBER spans of a contact field: its first local number together with the
    bracketed area code before it, from the ``(`` to the number's last digit, the mark between
    them included (``(8 0162) т. 32 26 06``), then each later local number alone, without its
    mark (``75 48 30``); local numbers written one after the other (``75 48 07 75 07 87``) cut
    by the local length of the field's area code. ``None`` where the field does not read so (no
    bracketed code first, a run that is not local numbers)."""
    areas = list(AREA.finditer(field))
    if not areas:
        return None
    masked = AREA.sub(lambda m: " " * len(m.group()), field)
    length = _local_length(areas[0].group())
    spans: list[tuple[int, int]] = []
    for m in RUN.finditer(masked):
        pieces = _split_run(field, m.start(), m.end(), length)
        if pieces is None:
            return None
        spans += pieces
    if not spans:
        return None
    before = [a for a in areas if a.end() <= spans[0][0]]
    if not before:
        return None
    spans[0] = (before[-1].start(), spans[0][1])
    return spans


def labelled(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one row's block: each copy of the contact field labelled by
    ``local_numbers``; a field that does not read so keeps the older policy (each of
    ``numbers()`` labelled when ``personal_phone`` holds, else a distractor)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        local = local_numbers(field)
        for s, e in local if local is not None else numbers(field):
            span = [at + s, at + e, "PHONE_NUMBER", f"national:{column}"]
            if local is not None or personal_phone(field[s:e], row["country"]):
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


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its contact field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
