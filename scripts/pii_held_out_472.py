"""held_out_472 of the PII evaluation set: real phone fields of a register no earlier part used
(the general-education schools of the Moscow Department of Education, data set 516 of the Moscow
Government's open data portal data.mos.ru; Russia's earlier parts took Moscow's city
polyclinics and bars from the same portal and the Rostov region's courts) exactly as published,
in layouts no earlier part has, beside the register's own names, addresses and web sites.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Номер телефона секретаря`` of 300 schools (the secretary's office line;
  ``scripts/data/pii_ru_mos_schools.json``, written by ``scripts/ru_mos_schools_data.py``;
  source and licence in that file): Moscow numbers as the register writes them, seven digits
  without the area code (``712-40-36``) or with it in brackets (``(499) 182-78-87``), up to nine
  numbers in one field joined by ``; `` or ``,``, the field written whole wherever it stands and
  each number in it labelled on its own (``labelled_record``); the one mailbox that a school's
  web-site field holds (``http://dou2071@sinergi.ru``) labelled wherever the site stands; every
  copy labelled;
* the text around them is the same row's real fields: the school's full name, address with its
  postcode (``117216, г. Москва, ...``), legal form, type, kind and web site, with invented
  portal ids, INNs, KPPs and OGRNs (check digits right), Yandex rubric and company ids, VK
  community ids, hh.ru vacancy and employer ids, salaries and dates, unlabelled and scored
  (INNs and OGRNs are ten and thirteen digits: phone-shaped, left unlabelled on purpose);
* in layouts no earlier part has, formats of Russia's own platforms, text in Russian, each
  written from memory of its documentation (no schema could be read in this session): answers of
  the Moscow open data portal's API (``GET apidata.mos.ru/v1/datasets/{id}/rows``: one row with
  ``global_id``, ``Number`` and ``Cells``, the phone as ``PublicPhone``), Yandex Business
  organisation feeds (the ``<companies>`` XML of Яндекс Бизнес, one ``<company>`` with a
  ``<phone>`` of type ``phone``), VK API ``groups.getById`` answers (the school's community with
  ``contacts`` and a ``description`` repeating the phone) and hh.ru API vacancy answers (``GET
  /vacancies/{id}``: a teacher's vacancy whose HTML ``description`` gives the secretary's phone,
  ``contacts`` null).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number of the
register has seven digits or more). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_472.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ru_mos_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_472.jsonl.gz"
SPLIT = "held_out_472"

LAYOUTS = ("mos_apidata_rows", "yandex_business_feed", "vk_groups_getbyid", "hh_vacancy")
PHONE = "Номер телефона секретаря"
NAME, ADDRESS, SITE = "Название", "Адрес", "Сайт"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
COLUMNS = {"phone": PHONE}
MSK = dt.timezone(dt.timedelta(hours=3))
MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented vacancies of the hh.ru layout: (title, key skills)
SUBJECTS = (
    ("Учитель математики", ("Математика", "Подготовка к ОГЭ и ЕГЭ")),
    ("Учитель русского языка и литературы", ("Русский язык", "Литература")),
    ("Учитель начальных классов", ("Начальное образование", "ФГОС")),
    ("Учитель английского языка", ("Английский язык", "Подготовка к ОГЭ и ЕГЭ")),
    ("Учитель физики", ("Физика", "Проектная деятельность")),
    ("Педагог дополнительного образования", ("Дополнительное образование", "Работа с детьми")),
    ("Учитель информатики", ("Информатика", "Python")),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The school's phone field as published (one number or several)."""
    return _f(row, PHONE)


def site(row: dict[str, Any]) -> str:
    """The school's web site as published ("" where it has none)."""
    return _f(row, SITE)


def site_emails(row: dict[str, Any]) -> list[str]:
    """The mailboxes the web-site field holds (one school's, ``http://dou2071@sinergi.ru``):
    labelled wherever the site stands."""
    return list(dict.fromkeys(re.findall(MAIL, site(row))))


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def number(row: dict[str, Any]) -> str:
    """The school's number in its name (``школа № 1174``), "" where it has none."""
    m = re.search(r"№\s*(\d+)", _f(row, NAME))
    return m.group(1) if m else ""


def postcode(row: dict[str, Any]) -> str:
    """The six-digit postcode that opens the address, "" where it has none."""
    m = re.match(r"\s*(\d{6})", _f(row, ADDRESS))
    return m.group(1) if m else ""


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of a mailbox its site
    holds labelled (each copy stands apart)."""
    values = [("phone", phone(row)), *(("email", m) for m in site_emails(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Moscow time)."""
    day = dt.datetime(2024, 1, 15, tzinfo=MSK) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 17), minutes=rng.randrange(60))


def inn(rng: random.Random) -> str:
    """An invented ten-digit INN of a Moscow organisation, its check digit right."""
    body = "77" + "".join(str(rng.randrange(10)) for _ in range(7))
    weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10)


def inn_valid(value: str) -> bool:
    """Whether a ten-digit INN's check digit is right."""
    weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    total = sum(int(d) * w for d, w in zip(value[:9], weights, strict=True))
    return len(value) == 10 and total % 11 % 10 == int(value[9])


def ogrn(rng: random.Random) -> str:
    """An invented thirteen-digit OGRN of a Moscow organisation, its check digit right."""
    body = (
        rng.choice(("102", "103", "112")) + "77" + "".join(str(rng.randrange(10)) for _ in range(7))
    )
    return body + str(int(body) % 11 % 10)


def ogrn_valid(value: str) -> bool:
    """Whether a thirteen-digit OGRN's check digit is right."""
    return len(value) == 13 and int(value[:12]) % 11 % 10 == int(value[12])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def mos_apidata_rows(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of the Moscow open data portal's API (``GET /v1/datasets/{id}/rows``): one row
    with an invented ``global_id``, the register's row number as ``Number`` and ``Cells`` with
    the school's full name, legal form, type, kind, address, invented INN, KPP and OGRN, the
    phone as the one ``PublicPhone`` and the web site."""
    gid = rng.randint(10**8, 10**9 - 1)
    tax = inn(rng)
    cells: dict[str, Any] = {
        "global_id": gid,
        "FullName": _f(row, NAME),
        "OrgForm": _f(row, "Организационно-правовая форма"),
        "OrgType": _f(row, "Тип учреждения"),
        "OrgKind": _f(row, "Вид учреждения"),
        "Address": _f(row, ADDRESS),
        "INN": tax,
        "KPP": f"{tax[:4]}01001",
        "OGRN": ogrn(rng),
        "PublicPhone": [{"PublicPhone": phone(row)}],
        "WebSite": site(row),
        "is_deleted": 0,
    }
    return _json([{"global_id": gid, "Number": int(_f(row, "№ строки")), "Cells": cells}])


def yandex_business_feed(row: dict[str, Any], rng: random.Random) -> str:
    """A Yandex Business organisation feed (``<companies>`` XML): one ``<company>`` with an
    invented ``company-id``, the school's name, country, address, a ``<phone>`` of type
    ``phone`` whose ``info`` names the secretary's office, the web site, an invented rubric id,
    working hours and an invented actualization time in milliseconds."""
    when = _when(rng)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<companies version="2.1">',
        "  <company>",
        f"    <company-id>msk-sch-{number(row) or rng.randint(1000, 9999)}</company-id>",
        f'    <name lang="ru">{escape(_f(row, NAME))}</name>',
        '    <country lang="ru">Россия</country>',
        f'    <address lang="ru">{escape(_f(row, ADDRESS))}</address>',
        "    <phone>",
        f"      <number>{escape(phone(row))}</number>",
        "      <type>phone</type>",
        "      <info>Приёмная (секретарь)</info>",
        "    </phone>",
    ]
    if site(row):
        lines.append(f"    <url>{escape(site(row))}</url>")
    lines += [
        f"    <rubric-id>{rng.choice((184106240, 184106242))}</rubric-id>",
        f'    <working-time lang="ru">пн-пт 08:00-{rng.choice(("17:00", "18:00", "19:00"))}'
        "</working-time>",
        f"    <actualization-date>{int(when.timestamp()) * 1000}</actualization-date>",
        "  </company>",
        "</companies>",
        "",
    ]
    return "\n".join(lines)


def vk_groups_getbyid(row: dict[str, Any], rng: random.Random) -> str:
    """A VK API ``groups.getById`` answer (``fields=description,site,contacts,activity``): the
    school's community with an invented id, its ``screen_name``, the full name in its
    ``description`` with the address and ``Телефон секретаря:`` and the phone again in the one
    ``contacts`` entry (no user: the office's line), the web site, invented members count."""
    gid = rng.randint(10**7, 2 * 10**8)
    num = number(row)
    title = f"ГБОУ Школа № {num}" if num else _f(row, NAME)
    description = (
        f"Официальное сообщество. {_f(row, NAME)}. Адрес: {_f(row, ADDRESS)}. "
        f"Телефон секретаря: {phone(row)}."
    )
    group: dict[str, Any] = {
        "id": gid,
        "name": title,
        "screen_name": f"school{num}" if num else f"club{gid}",
        "is_closed": 0,
        "type": "group",
        "activity": "Школа",
        "description": description,
        "site": site(row),
        "contacts": [{"desc": "Приёмная (секретарь)", "phone": phone(row)}],
        "members_count": rng.randint(150, 4800),
        "verified": 0,
        "photo_50": f"https://sun9-{rng.randint(10, 80)}.userapi.com/c{rng.randint(10**5, 10**6)}"
        f"/v{rng.randint(10**5, 10**6)}/{rng.randint(1, 999):x}.jpg",
    }
    return _json({"response": {"groups": [group], "profiles": []}})


def hh_vacancy(row: dict[str, Any], rng: random.Random) -> str:
    """An hh.ru API vacancy answer (``GET /vacancies/{id}``): a teacher's vacancy of the school
    (invented id, salary, dates and employer id), its address as ``raw``, its HTML
    ``description`` naming the school and giving the secretary's phone (and the web site),
    ``contacts`` null."""
    when = _when(rng)
    vid = str(rng.randint(9 * 10**7, 10**8 - 1))
    eid = str(rng.randint(10**5, 10**7))
    title, skills = rng.choice(SUBJECTS)
    low = rng.randrange(70_000, 110_000, 5_000)
    description = (
        f"<p><strong>{escape(_f(row, NAME))}</strong> приглашает на работу: {title.lower()}."
        "</p><p><strong>Обязанности:</strong></p><ul><li>проведение уроков по утверждённой "
        "программе;</li><li>ведение электронного журнала;</li><li>классное руководство (по "
        "желанию).</li></ul><p><strong>Условия:</strong> оформление по ТК РФ, полный "
        f"социальный пакет, школа по адресу: {escape(_f(row, ADDRESS))}.</p>"
        f"<p>Собеседование по предварительной записи по телефону секретаря: "
        f"{escape(phone(row))}.</p>"
    )
    if site(row):
        description += f"<p>Сайт школы: {escape(site(row))}</p>"
    doc = {
        "id": vid,
        "premium": False,
        "name": title,
        "area": {"id": "1", "name": "Москва", "url": "https://api.hh.ru/areas/1"},
        "salary": {"from": low, "to": low + 30_000, "currency": "RUR", "gross": False},
        "type": {"id": "open", "name": "Открытая"},
        "address": {"city": "Москва", "raw": _f(row, ADDRESS), "lat": None, "lng": None},
        "experience": {"id": "between1And3", "name": "От 1 года до 3 лет"},
        "schedule": {"id": "fullDay", "name": "Полный день"},
        "employment": {"id": "full", "name": "Полная занятость"},
        "description": description,
        "key_skills": [{"name": s} for s in skills],
        "contacts": None,
        "employer": {
            "id": eid,
            "name": _f(row, NAME),
            "url": f"https://api.hh.ru/employers/{eid}",
            "alternate_url": f"https://hh.ru/employer/{eid}",
            "trusted": True,
        },
        "published_at": f"{when:%Y-%m-%dT%H:%M:%S%z}",
        "created_at": f"{when:%Y-%m-%dT%H:%M:%S%z}",
        "archived": False,
        "alternate_url": f"https://hh.ru/vacancy/{vid}",
        "apply_alternate_url": f"https://hh.ru/applicant/vacancy_response?vacancyId={vid}",
        "professional_roles": [{"id": "132", "name": "Учитель, преподаватель, педагог"}],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mos_apidata_rows": mos_apidata_rows,
    "yandex_business_feed": yandex_business_feed,
    "vk_groups_getbyid": vk_groups_getbyid,
    "hh_vacancy": hh_vacancy,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field (each number
    in it on its own) and of a mailbox its site holds labelled."""
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
