"""held_out_392 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the courts of the Rostov region as the GAS «Pravosudie» portal sudrf.ru lists them:
its magistrates' court sections and its district and regional courts; Russia's earlier parts
took Moscow's city polyclinics and Moscow's bars from data.mos.ru) exactly as published, in
layouts no earlier part has, beside the register's own names, court codes, addresses, sites
and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 241 courts and their ``email`` where the field holds an
  address (``scripts/data/pii_ru_rostov_courts.json``, written by
  ``scripts/ru_rostov_courts_data.py``; source and licence in that file): Russian numbers as
  each court's card writes them, a local Rostov-on-Don line (``231-20-87``), a town's code in
  brackets (``(86354) 5-69-04``, ``8(8635)22-21-35``), with ``+7`` or the trunk ``8``
  (``+7(86365) 9-41-27``, ``8-863-266-88-11``), digits only (``88639260027``), or two or three
  numbers in one field (``(86357) 3-36-33, 3-31-53, (86358) 6-15-42``), and the courts'
  mailboxes (``vrsh1.msudro@donland.ru``, ``azovsky.ros@sudrf.ru``; one field holds two, each
  labelled); every copy of the field written whole, each number in it labelled on its own
  (``labelled_record``; a shortened alternative ending, ``4-10-37`` after ``(86342) 4-09-74,``,
  is no number of its own and stays unlabelled, as the policy has it);
* the text around them is the same row's real fields: the court's name, classification code
  (``61MS0001``), address with its postcode (``344065``), site and coordinates, with invented
  INNs, KPPs and OGRNs (check digits right), purchase numbers, registry numbers, OKPD2 codes,
  UUIDs, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, Russian formats of public administration and trade, text in
  Russian: universal transfer documents (УПД) in the Federal Tax Service's XML format 5.01
  (``ON_NSCHFDOPPR``, ``Функция="СЧФДОП"``: a supply of office paper and toner to the court,
  the court as consignee and buyer, each with ``Контакт Тлф`` and ``ЭлПочта``), notices of the
  Unified Information System in procurement (zakupki.gov.ru, 44-FZ ``fcsNotificationZK``: the
  court as customer, ``responsibleInfo`` with ``contactEMail`` and ``contactPhone``, the
  telephone again in ``addInfo``, the court's address as the place of delivery), vacancies of
  the «Работа России» open-data API (``opendata.trudvsem.ru/api/v1/vacancies``: one
  ``vacancy`` of a court secretary, ``company`` with ``phone`` and ``email``, ``contact_list``
  entries ``Телефон`` and ``Эл. почта``, the address with its coordinates) and SMEV 3
  ``SendRequestRequest`` SOAP messages (the interagency exchange's envelope, namespace
  ``urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.1``, ``MessageID`` and
  ``MessagePrimaryContent``; the content, an update of the court's card in a directory of
  courts, is an invented schema: no public schema of such a message was found).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_392.py   # rewrites the committed file
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
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ru_rostov_courts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_392.jsonl.gz"
SPLIT = "held_out_392"

LAYOUTS = ("upd_xml", "eis_notice", "trudvsem_vacancy", "smev3_request")
PHONE = "phone"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
MSK = dt.timezone(dt.timedelta(hours=3))
NONE_FOUND = ("Не найден телефон", "Не найден email")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods of the supplies and purchases: (name, OKPD2 code, unit, OKEI code, price)
GOODS = (
    ("Бумага для офисной техники А4, 80 г/м2, 500 листов", "17.12.14.129", "пачка", "728", 389.0),
    ("Картридж лазерный для принтера, ресурс 3000 страниц", "20.59.12.120", "штука", "796", 4290.0),
    ("Конверт почтовый С4 с литерой «Судебное»", "17.23.11.110", "штука", "796", 14.5),
    ("Папка-регистратор 75 мм", "17.23.13.199", "штука", "796", 236.0),
    ("Тонер-картридж для многофункционального устройства", "20.59.12.120", "штука", "796", 5870.0),
)
SUPPLIERS = ("ООО «Канцелярский центр «Дон»", "ООО «ОфисТорг-Юг»", "АО «Ростовбумпром»")


def _f(row: dict[str, Any], key: str) -> Any:
    """A field as published ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ("" if value is None else value)


def phone(row: dict[str, Any]) -> str:
    """The court's phone field as published."""
    return _f(row, PHONE)


def emails(row: dict[str, Any]) -> list[str]:
    """The mailboxes of the court's e-mail field, in its order (one field holds two, joined by a
    space; ``Не найден email`` holds none)."""
    return re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", _f(row, "email"))


def email(row: dict[str, Any]) -> str:
    """The court's first mailbox ("" where it has none)."""
    found = emails(row)
    return found[0] if found else ""


def all_emails(row: dict[str, Any]) -> str:
    """The court's mailboxes as one phrase (``a@x.ru, b@x.ru``)."""
    return ", ".join(emails(row))


def international(value: str) -> bool:
    """Whether a number is written with the country code (``+7(86365) 9-41-27``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and mailboxes labelled
    (each copy stands apart: no digit next to the field, no address character next to a
    mailbox)."""
    values = [(PHONE, phone(row)), *(("email", m) for m in emails(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "name")


def code(row: dict[str, Any]) -> str:
    """The court section's classification code (``61MS0001``; "" for the district courts)."""
    return _f(row, "code")


def section(row: dict[str, Any]) -> bool:
    """Whether the court is a magistrates' court section (else a district or regional court)."""
    return "type" not in row["fields"]


def address(row: dict[str, Any]) -> str:
    return _f(row, "address")


def postcode(row: dict[str, Any]) -> str:
    """The six-digit postcode the address opens with, as written (``344 002`` in six courts'
    addresses; "" where it has none)."""
    m = re.match(r"\d{3} ?\d{3}\b", address(row))
    return m.group(0) if m else ""


def place(row: dict[str, Any]) -> tuple[float, float] | None:
    """The court's (latitude, longitude) as the file gives them, None where it has none."""
    if isinstance(row["fields"].get("coordinates"), dict):
        c = row["fields"]["coordinates"]
        return (c["lat"], c["lon"]) if c.get("lat") is not None else None
    lat, lon = row["fields"].get("latitude"), row["fields"].get("longitude")
    return (lat, lon) if lat is not None and lon is not None else None


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Moscow time)."""
    day = dt.datetime(2024, 1, 15, tzinfo=MSK) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))


def inn(rng: random.Random) -> str:
    """An invented INN of an organisation (ten digits, Rostov's 61 first), check digit right."""
    body = [6, 1] + [rng.randint(0, 9) for _ in range(7)]
    check = sum(d * w for d, w in zip(body, (2, 4, 10, 3, 5, 9, 4, 6, 8), strict=True)) % 11 % 10
    return "".join(map(str, [*body, check]))


def kpp(rng: random.Random) -> str:
    """An invented KPP of a Rostov organisation (``616401001``)."""
    return f"61{rng.randint(1, 68):02d}01001"


def ogrn(rng: random.Random) -> str:
    """An invented OGRN (thirteen digits), its check digit right."""
    body = f"1{rng.randint(2, 24):02d}61{rng.randint(0, 9_999_999):07d}"
    return body + str(int(body) % 11 % 10)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _goods(rng: random.Random) -> list[tuple[str, str, str, str, float, int]]:
    """Two or three invented lines of goods: (name, OKPD2, unit, OKEI, price, quantity)."""
    return [(*g, rng.randint(2, 40)) for g in rng.sample(GOODS, rng.randint(2, 3))]


def upd_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A universal transfer document in the Federal Tax Service's XML format 5.01
    (``ON_NSCHFDOPPR``, KND 1115131, ``Функция="СЧФДОП"``): the file's id, the EDI operator
    (``СвОЭДОтпр``), the invoice's number and date, an invented supplier (INN, KPP, address),
    the court as consignee (``ГрузПолуч``) and buyer (``СвПокуп``), each with its name, an
    invented INN and KPP, the address as ``АдрИнф`` text and ``Контакт Тлф`` and ``ЭлПочта``,
    the lines of goods with VAT at 20 % and their totals, and the transfer's facts."""
    when = _when(rng)
    seller_inn, seller_kpp, buyer_inn, buyer_kpp = inn(rng), kpp(rng), inn(rng), kpp(rng)
    sender = "2BE" + uuid.UUID(int=rng.getrandbits(128)).hex
    receiver = "2BE" + uuid.UUID(int=rng.getrandbits(128)).hex
    file_id = f"ON_NSCHFDOPPR_{receiver}_{sender}_{when:%Y%m%d}_{_uuid(rng)}"
    number = f"УТ-{rng.randint(100, 9999)}"
    contact = f"<Контакт Тлф={quoteattr(phone(row))}"
    contact += f" ЭлПочта={quoteattr(email(row))}/>" if email(row) else "/>"

    def party(tag: str, inn_: str, kpp_: str) -> list[str]:
        return [
            f"      <{tag}>",
            "        <ИдСв>",
            f'          <СвЮЛУч НаимОрг={quoteattr(name(row))} ИННЮЛ="{inn_}" КПП="{kpp_}"/>',
            "        </ИдСв>",
            "        <Адрес>",
            f'          <АдрИнф КодСтр="643" АдрТекст={quoteattr(address(row))}/>',
            "        </Адрес>",
            f"        {contact}",
            f"      </{tag}>",
        ]

    lines, total, tax = [], 0.0, 0.0
    for i, (good, _okpd, unit, okei, price, qty) in enumerate(_goods(rng), 1):
        net = round(price * qty / 1.2, 2)
        vat = round(price * qty - net, 2)
        total, tax = total + net, tax + vat
        lines += [
            f'      <СведТов НомСтр="{i}" НаимТов={quoteattr(good)} ОКЕИ_Тов="{okei}" '
            f'КолТов="{qty}" ЦенаТов="{price / 1.2:.2f}" СтТовБезНДС="{net:.2f}" '
            f'НалСт="20%" СтТовУчНал="{net + vat:.2f}">',
            "        <Акциз><БезАкциз>без акциза</БезАкциз></Акциз>",
            f"        <СумНал><СумНал>{vat:.2f}</СумНал></СумНал>",
            f'        <ДопСведТов НаимЕдИзм="{unit}"/>',
            "      </СведТов>",
        ]
    doc = [
        '<?xml version="1.0" encoding="windows-1251"?>',
        f'<Файл ИдФайл="{file_id}" ВерсФорм="5.01" ВерсПрог="1С:Бухгалтерия 3.0">',
        f'  <СвУчДокОбор ИдОтпр="{sender}" ИдПол="{receiver}">',
        '    <СвОЭДОтпр НаимОрг="ООО &quot;Компания &quot;Тензор&quot;" ИННЮЛ="7605016030" '
        'ИдЭДО="2BE"/>',
        "  </СвУчДокОбор>",
        f'  <Документ КНД="1115131" Функция="СЧФДОП" ПоФактХЖ="Документ об отгрузке товаров '
        f'(выполнении работ), передаче имущественных прав (документ об оказании услуг)" '
        f'НаимДокОпр="Счет-фактура и документ об отгрузке товаров (выполнении работ), передаче '
        f'имущественных прав (документ об оказании услуг)" ДатаИнфПр="{when:%d.%m.%Y}" '
        f'ВремИнфПр="{when:%H.%M.%S}" НаимЭконСубСост={quoteattr(rng.choice(SUPPLIERS))}>',
        f'    <СвСчФакт НомерСчФ="{number}" ДатаСчФ="{when:%d.%m.%Y}" КодОКВ="643">',
        "      <СвПрод>",
        "        <ИдСв>",
        f"          <СвЮЛУч НаимОрг={quoteattr(rng.choice(SUPPLIERS))} "
        f'ИННЮЛ="{seller_inn}" КПП="{seller_kpp}"/>',
        "        </ИдСв>",
        "        <Адрес>",
        f'          <АдрИнф КодСтр="643" АдрТекст="344{rng.randint(0, 99):03d}, г. '
        f'Ростов-на-Дону, ул. Шолохова, д. {rng.randint(1, 300)}"/>',
        "        </Адрес>",
        "      </СвПрод>",
        "      <ГрузОт>",
        "        <ОнЖе>он же</ОнЖе>",
        "      </ГрузОт>",
        *party("ГрузПолуч", buyer_inn, buyer_kpp),
        *party("СвПокуп", buyer_inn, buyer_kpp),
        "    </СвСчФакт>",
        "    <ТаблСчФакт>",
        *lines,
        f'      <ВсегоОпл СтТовБезНДСВсего="{total:.2f}" СтТовУчНалВсего="{total + tax:.2f}">',
        f"        <СумНалВсего><СумНал>{tax:.2f}</СумНал></СумНалВсего>",
        "      </ВсегоОпл>",
        "    </ТаблСчФакт>",
        "    <СвПродПер>",
        f'      <СвПер СодОпер="Товары переданы" ДатаПер="{when:%d.%m.%Y}">',
        f'        <ОснПер НаимОсн="Государственный контракт" НомОсн="{rng.randint(1, 300)}" '
        f'ДатаОсн="{when - dt.timedelta(days=rng.randint(10, 60)):%d.%m.%Y}"/>',
        "      </СвПер>",
        "    </СвПродПер>",
        "  </Документ>",
        "</Файл>",
        "",
    ]
    return "\n".join(doc)


def eis_notice(row: dict[str, Any], rng: random.Random) -> str:
    """A notice of the Unified Information System in procurement (zakupki.gov.ru, 44-FZ
    ``fcsNotificationZK``, a request for quotations): its id, purchase number (the customer's
    registry number, the year and a sequence), publication time, links, the object, the court
    as ``responsibleOrg`` (registry number, name, addresses, an invented INN and KPP) and
    ``responsibleInfo`` (addresses, ``contactEMail``, ``contactPhone``, ``addInfo`` with the
    telephone again), the placing way, the collection of bids, the lot (price, source of
    finance, the court's address as the place of delivery) and its goods with OKPD2 and OKEI
    codes."""
    when = _when(rng)
    reg = f"0358{rng.randint(0, 9_999_999):07d}"
    number = f"{reg}{when.year % 100:02d}{rng.randint(1, 999999):06d}"
    nid = rng.randint(30_000_000, 39_999_999)
    goods = _goods(rng)
    total = round(sum(price * qty for *_, price, qty in goods), 2)
    objects = []
    for good, okpd, unit, okei, price, qty in goods:
        objects += [
            "          <purchaseObject>",
            f"            <OKPD2><code>{okpd}</code></OKPD2>",
            f"            <name>{escape(good)}</name>",
            f"            <OKEI><code>{okei}</code><nationalCode>{unit}</nationalCode></OKEI>",
            f"            <price>{price:.2f}</price>",
            f"            <quantity><value>{qty}</value></quantity>",
            f"            <sum>{price * qty:.2f}</sum>",
            "          </purchaseObject>",
        ]
    contact = [f"        <contactEMail>{escape(email(row))}</contactEMail>"] if email(row) else []
    ends = when + dt.timedelta(days=rng.randint(5, 9))
    doc = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ns2:export xmlns="http://zakupki.gov.ru/oos/types/1" '
        'xmlns:ns2="http://zakupki.gov.ru/oos/export/1">',
        '  <ns2:fcsNotificationZK schemeVersion="9.2">',
        f"    <id>{nid}</id>",
        f"    <purchaseNumber>{number}</purchaseNumber>",
        f"    <docPublishDate>{when.isoformat()}</docPublishDate>",
        "    <href>https://zakupki.gov.ru/epz/order/notice/zk44/view/common-info.html?"
        f"regNumber={number}</href>",
        "    <printForm>",
        "      <url>https://zakupki.gov.ru/44fz/filestore/public/1.0/download/priz/file.html?"
        f"uid={uuid.UUID(int=rng.getrandbits(128)).hex.upper()}</url>",
        "    </printForm>",
        f"    <purchaseObjectInfo>Поставка канцелярских товаров для нужд: "
        f"{escape(name(row))}</purchaseObjectInfo>",
        "    <purchaseResponsible>",
        "      <responsibleOrg>",
        f"        <regNum>{reg}</regNum>",
        f"        <fullName>{escape(name(row))}</fullName>",
        f"        <postAddress>{escape(address(row))}</postAddress>",
        f"        <factAddress>{escape(address(row))}</factAddress>",
        f"        <INN>{inn(rng)}</INN>",
        f"        <KPP>{kpp(rng)}</KPP>",
        "      </responsibleOrg>",
        "      <responsibleRole>CU</responsibleRole>",
        "      <responsibleInfo>",
        f"        <orgPostAddress>{escape(address(row))}</orgPostAddress>",
        f"        <orgFactAddress>{escape(address(row))}</orgFactAddress>",
        *contact,
        f"        <contactPhone>{escape(phone(row))}</contactPhone>",
        "        <addInfo>Разъяснения положений извещения даются в рабочие дни с 9:00 до 18:00 "
        f"по телефону {escape(phone(row))}</addInfo>",
        "      </responsibleInfo>",
        "    </purchaseResponsible>",
        "    <placingWay>",
        "      <code>ZK44</code>",
        "      <name>Запрос котировок</name>",
        "    </placingWay>",
        "    <procedureInfo>",
        "      <collecting>",
        f"        <startDate>{when:%Y-%m-%dT%H:%M:%S}</startDate>",
        f"        <place>{escape(address(row))}</place>",
        "        <order>в форме электронного документа</order>",
        f"        <endDate>{ends:%Y-%m-%d}T09:00:00</endDate>",
        "      </collecting>",
        "    </procedureInfo>",
        "    <lot>",
        f"      <maxPrice>{total:.2f}</maxPrice>",
        "      <currency><code>RUB</code><name>Российский рубль</name></currency>",
        "      <financeSource>Областной бюджет Ростовской области</financeSource>",
        "      <customerRequirements>",
        "        <customerRequirement>",
        f"          <customer><regNum>{reg}</regNum></customer>",
        f"          <maxPrice>{total:.2f}</maxPrice>",
        f"          <deliveryPlace>{escape(address(row))}</deliveryPlace>",
        "          <deliveryTerm>в течение 10 рабочих дней с даты заключения контракта"
        "</deliveryTerm>",
        "        </customerRequirement>",
        "      </customerRequirements>",
        "      <purchaseObjects>",
        *objects,
        f"        <totalSum>{total:.2f}</totalSum>",
        "      </purchaseObjects>",
        "    </lot>",
        "  </ns2:fcsNotificationZK>",
        "</ns2:export>",
        "",
    ]
    return "\n".join(doc)


def trudvsem_vacancy(row: dict[str, Any], rng: random.Random) -> str:
    """A vacancy of the «Работа России» open-data API (``GET opendata.trudvsem.ru/api/v1/
    vacancies``): ``status``, ``request``, ``meta`` and one ``vacancy`` of a court secretary
    (an invented id, the region, the court as ``company`` with an invented OGRN as its
    ``companycode``, INN and KPP and its ``phone``, ``email`` and site, the salary, duties and
    requirements, the address with its coordinates, ``contact_list`` entries ``Телефон`` and
    ``Эл. почта``)."""
    when = _when(rng)
    vid, code_ = _uuid(rng), ogrn(rng)
    low = rng.randrange(22000, 30000, 500)
    high = low + rng.randrange(3000, 9000, 500)
    job = "Секретарь судебного заседания" if rng.random() < 0.6 else "Секретарь судебного участка"
    if not section(row):
        job = rng.choice(("Секретарь судебного заседания", "Помощник судьи", "Консультант"))
    company = {"companycode": code_, "email": all_emails(row), "hr-agency": False,
               "inn": inn(rng), "kpp": kpp(rng), "name": name(row), "ogrn": code_,
               "phone": phone(row), "url": _f(row, "website")}  # fmt: skip
    where = {"location": address(row)}
    if place(row):
        where.update(lng=str(place(row)[1]), lat=str(place(row)[0]))
    contacts = [{"contact_type": "Телефон", "contact_value": phone(row)}]
    if email(row):
        contacts.append({"contact_type": "Эл. почта", "contact_value": all_emails(row)})
    vacancy = {
        "id": vid,
        "source": "Работа России",
        "region": {"region_code": "6100000000000", "name": "Ростовская область"},
        "company": company,
        "creation-date": f"{when:%Y-%m-%d}",
        "salary": f"от {low} до {high}",
        "salary_min": low,
        "salary_max": high,
        "job-name": job,
        "vac_url": f"https://trudvsem.ru/vacancy/card/{code_}/{vid}",
        "employment": "Полная занятость",
        "schedule": "Полный рабочий день",
        "duty": "Ведение протоколов судебных заседаний, извещение участников процесса, "
        "оформление и отправка судебной корреспонденции, работа в ГАС «Правосудие».",
        "category": {"specialisation": "Государственная служба, некоммерческие организации"},
        "requirement": {"education": "Высшее", "experience": rng.choice((0, 1))},
        "addresses": {"address": [where]},
        "social_protected": "",
        "contact_list": contacts,
        "contact_person": "Отдел кадров",
        "work_places": 1,
        "code_profession": str(rng.choice((26541, 25934, 23163))),
        "currency": "«руб.»",
    }
    return _json(
        {
            "status": "200",
            "request": {"api": "v1"},
            "meta": {"total": 1, "limit": 100},
            "results": {"vacancies": [{"vacancy": vacancy}]},
        }
    )


def smev3_request(row: dict[str, Any], rng: random.Random) -> str:
    """A SMEV 3 ``SendRequestRequest`` SOAP message (namespace ``urn://x-artefacts-smev-gov-ru/
    services/message-exchange/types/1.1``): ``SenderProvidedRequestData`` with a
    ``MessageID`` and ``MessagePrimaryContent``, whose content (an invented schema) updates
    the court's card in a directory of courts: the code or an invented id, the name, kind,
    address, coordinates, telephone, mailboxes, site and electronic filing, and a note with
    the telephone again; an empty ``CallerInformationSystemSignature``."""
    when = _when(rng)
    court_id = code(row) or f"61RS{rng.randint(1, 9999):04d}"
    kind = "мировой судья" if section(row) else _f(row, "type") + " суд"
    body = [
        '          <crt:CourtCardUpdateRequest xmlns:crt="urn://x-artefacts-court-directory/'
        f'card-update/1.0.2" requestDate="{when:%Y-%m-%dT%H:%M:%S}+03:00">',
        f"            <crt:CourtCode>{court_id}</crt:CourtCode>",
        f"            <crt:Name>{escape(name(row))}</crt:Name>",
        f"            <crt:Kind>{escape(kind)}</crt:Kind>",
        "            <crt:Region>61</crt:Region>",
        f"            <crt:Address>{escape(address(row))}</crt:Address>",
    ]
    if place(row):
        lat, lon = place(row)
        body.append(f'            <crt:Point lat="{lat}" lon="{lon}"/>')
    body.append(f"            <crt:Phone>{escape(phone(row))}</crt:Phone>")
    body += [f"            <crt:Email>{escape(m)}</crt:Email>" for m in emails(row)]
    body += [
        f"            <crt:Site>{escape(_f(row, 'website'))}</crt:Site>",
        f"            <crt:ElectronicFiling>{escape(_f(row, 'electronic_filing'))}"
        "</crt:ElectronicFiling>",
        "            <crt:Note>Приём граждан по предварительной записи по телефону "
        f"{escape(phone(row))}</crt:Note>",
        "          </crt:CourtCardUpdateRequest>",
    ]
    doc = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <S:Body>",
        '    <ns2:SendRequestRequest xmlns:ns2="urn://x-artefacts-smev-gov-ru/services/'
        'message-exchange/types/1.1">',
        '      <ns:SenderProvidedRequestData Id="SIGNED_BY_CONSUMER" '
        'xmlns:ns="urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.1" '
        'xmlns:ns2="urn://x-artefacts-smev-gov-ru/services/message-exchange/types/basic/1.1">',
        f"        <ns:MessageID>{_uuid(rng)}</ns:MessageID>",
        "        <ns2:MessagePrimaryContent>",
        *body,
        "        </ns2:MessagePrimaryContent>",
        "      </ns:SenderProvidedRequestData>",
        "      <ns2:CallerInformationSystemSignature/>",
        "    </ns2:SendRequestRequest>",
        "  </S:Body>",
        "</S:Envelope>",
        "",
    ]
    return "\n".join(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "upd_xml": upd_xml,
    "eis_notice": eis_notice,
    "trudvsem_vacancy": trudvsem_vacancy,
    "smev3_request": smev3_request,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field (each
    number in it) and mailboxes labelled."""
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
