"""held_out_77 of the PII evaluation set: real phone and fax fields of a country whose register
no earlier part used (Russia) exactly as published, in layouts no earlier part has, beside the
row's own number, address, district and merger note.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Телефон`` and ``Факс`` fields of Moscow's city polyclinics in data set
  441 of the Moscow Government's open data portal data.mos.ru
  (``scripts/data/pii_ru_polyclinics.json``, written by ``scripts/ru_polyclinics_data.py``;
  source and licence in that file): Moscow numbers as each row gave them (``(495)134-5411``,
  ``(499) 126-2545``, ``(495)326-01-66``, ``8-499-137-7389``, one phone field with two after
  ``,``; faxes such as ``(495)7051881`` and ``(499 )121-9400``), each number of each copy
  labelled; a fax field that is the phone's own number is labelled with the phone, a phone
  field inside its fax (``8 (499) 780-51-17``) with the fax; the register gives no e-mail
  addresses;
* the text around them is the same row's real fields: its number in the register, name,
  address with postcode (``115533``), district (``ЮАО``) and the note of its 2012 merger
  (``С 15.09.2012г. присоединяется к «ГП № 67»``), with invented line numbers, timeouts,
  versions, hashes, dates, sizes and masks, unlabelled and scored;
* in layouts no earlier part has, texts in Russian (the register's language): a Qt Linguist
  ``.ts`` translation file of a registration kiosk whose Russian sources and English
  translations give the numbers, a .NET ``.resx`` resource file of a clinic app whose
  ``ReceptionPhone`` and ``ReceptionFax`` entries hold them, a Frictionless Data
  ``datapackage.json`` whose inline resource is the register row, and a Samba ``smb.conf`` of
  the clinic's file server whose comments and ``server string`` give the numbers.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_77.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ru_polyclinics.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_77.jsonl.gz"
SPLIT = "held_out_77"

LAYOUTS = ("qt_linguist_ts", "resx_resources", "frictionless_datapackage", "samba_smb_conf")
NOTE = "Дополнительная информация"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``Телефон`` field as published, stripped."""
    return _f(row, "Телефон")


def fax(row: dict[str, Any]) -> str:
    """The row's ``Факс`` field as published, stripped ("" where it has none)."""
    return _f(row, "Факс")


def number(row: dict[str, Any]) -> str:
    """The row's number in the register (``№ строки``)."""
    return _f(row, "№ строки")


def international(value: str) -> bool:
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the phone field and of the fax field labelled (each
    number in it by ``labelled_record``). Each copy stands apart (no digit next to it); the
    longer field is found first, so a field that stands inside a copy of the other (the same
    number in both, or ``(499) 780-51-17`` inside the fax ``8 (499) 780-51-17``) is labelled
    with it; of two equal fields the phone."""
    values = [("phone", phone(row)), ("fax", fax(row))]
    values.sort(key=lambda cv: -len(cv[1]))
    edges = {"phone": r"\d", "fax": r"\d"}
    columns = {"phone": "phone", "fax": "fax"}
    return field_copies(text, values, edges, columns, row["path"], nested=True)


def _x(value: str) -> str:
    """XML character data (``&``, ``<`` and ``>`` escaped)."""
    return escape(value)


def _message(source: str, translation: str, line: int, comment: str = "") -> list[str]:
    out = [
        "    <message>",
        f'        <location filename="../src/kiosk/registrywindow.cpp" line="{line}"/>',
        f"        <source>{_x(source)}</source>",
    ]
    out += [f"        <translatorcomment>{_x(comment)}</translatorcomment>"] if comment else []
    return [*out, f"        <translation>{_x(translation)}</translation>", "    </message>"]


def qt_linguist_ts(row: dict[str, Any], rng: random.Random) -> str:
    """The registration kiosk's English translation as a Qt Linguist ``.ts`` file: one
    ``RegistryWindow`` context whose messages (at invented source lines) give the clinic's name
    (left untranslated), address, the phone field in a Russian source and its English
    translation, the fax field the same way, the district and the merger note, and a message
    with the kiosk's invented idle timeout."""
    line = rng.randint(40, 90)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="en_GB" sourcelanguage="ru_RU">',
        "<context>",
        "    <name>RegistryWindow</name>",
        "    <message>",
        f'        <location filename="../src/kiosk/registrywindow.cpp" line="{line}"/>',
        f"        <source>{_x(_f(row, 'Название'))}</source>",
        '        <translation type="unfinished"></translation>',
        "    </message>",
    ]
    line += rng.randint(3, 12)
    lines += _message(f"Адрес: {_f(row, 'Адрес')}", f"Address: {_f(row, 'Адрес')}", line)
    line += rng.randint(3, 12)
    lines += _message(
        f"Запись к врачу по телефону {phone(row)}",
        f"Book an appointment by phone: {phone(row)}",
        line,
        "Телефон регистратуры из реестра data.mos.ru",
    )
    if fax(row):
        line += rng.randint(3, 12)
        lines += _message(f"Факс: {fax(row)}", f"Fax: {fax(row)}", line)
    line += rng.randint(3, 12)
    district = _f(row, "Административный округ")
    lines += _message(f"Административный округ: {district}", f"Administrative okrug: {district}",
                      line)  # fmt: skip
    if _f(row, NOTE):
        line += rng.randint(3, 12)
        lines += _message(_f(row, NOTE), _f(row, NOTE), line, "не переводить: название учреждения")
    seconds = rng.choice((45, 60, 90, 120))
    line += rng.randint(10, 40)
    lines += _message(
        f"Сеанс завершится через {seconds} с",
        f"The session will end in {seconds} s",
        line,
    )
    return "\n".join([*lines, "</context>", "</TS>", ""])


def _data(name: str, value: str, comment: str = "") -> list[str]:
    out = [f'  <data name="{name}" xml:space="preserve">', f"    <value>{_x(value)}</value>"]
    out += [f"    <comment>{_x(comment)}</comment>"] if comment else []
    return [*out, "  </data>"]


RESX_HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>',
    "<root>",
    '  <resheader name="resmimetype">',
    "    <value>text/microsoft-resx</value>",
    "  </resheader>",
    '  <resheader name="version">',
    "    <value>2.0</value>",
    "  </resheader>",
    '  <resheader name="reader">',
    "    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, "
    "Culture=neutral, PublicKeyToken=b77a5c561934e089</value>",
    "  </resheader>",
    '  <resheader name="writer">',
    "    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, "
    "Culture=neutral, PublicKeyToken=b77a5c561934e089</value>",
    "  </resheader>",
)


def resx_resources(row: dict[str, Any], rng: random.Random) -> str:
    """The clinic app's Russian strings as a .NET ``Strings.ru.resx`` resource file: the four
    ``resheader`` entries, then ``data`` entries for the clinic's name (its register number in
    the comment), address, district, ``ReceptionPhone`` and ``ReceptionFax``, the merger note,
    a call-centre hint repeating the phone field, and an invented ``KioskId`` and timeout."""
    lines = list(RESX_HEADER)
    lines += _data(
        "ClinicName", _f(row, "Название"), f"data.mos.ru, набор 441, строка {number(row)}"
    )
    lines += _data("ClinicAddress", _f(row, "Адрес"))
    lines += _data("ClinicDistrict", _f(row, "Административный округ"))
    lines += _data("ReceptionPhone", phone(row), "Телефон регистратуры")
    lines += _data("ReceptionFax", fax(row), "Факс") if fax(row) else []
    lines += _data("MergerNote", _f(row, NOTE)) if _f(row, NOTE) else []
    lines += _data("CallCentreHint", f"Не получилось записаться онлайн? Позвоните: {phone(row)}")
    lines += _data("KioskId", f"MSK-{rng.randint(1000, 9999)}", "не переводить")
    lines += _data("SessionTimeoutSeconds", str(rng.choice((30, 45, 60, 90))))
    return "\n".join([*lines, "</root>", ""])


FIELDS = (
    ("№ строки", "row", "integer"),
    ("Название", "name", "string"),
    ("Адрес", "address", "string"),
    ("Административный округ", "okrug", "string"),
    ("Телефон", "phone", "string"),
    ("Факс", "fax", "string"),
    (NOTE, "note", "string"),
)


def frictionless_datapackage(row: dict[str, Any], rng: random.Random) -> str:
    """The clinic's row as a Frictionless Data ``datapackage.json``: a tabular data package
    named by the register's row number, with an invented version, creation time and hash, the
    portal as its source, and one inline resource whose schema's fields carry the register's
    Russian column titles and whose one data row is the row's published values (the row number
    as an integer)."""
    created = (
        f"2013-{rng.randint(7, 12):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )
    values = [int(number(row)), *(_f(row, key) for key, _, _ in FIELDS[1:])]
    package = {
        "profile": "tabular-data-package",
        "name": f"moscow-city-polyclinic-{number(row)}",
        "title": _f(row, "Название"),
        "version": f"1.{rng.randint(0, 9)}.{rng.randint(0, 30)}",
        "created": created,
        "licenses": [],
        "sources": [{"title": "Портал открытых данных Правительства Москвы",
                     "path": "https://data.mos.ru/opendata/441"}],
        "resources": [
            {
                "name": "polyclinic",
                "profile": "tabular-data-resource",
                "title": "Городские поликлиники",
                "hash": "md5:" + "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                "schema": {
                    "fields": [
                        {"name": name, "title": title, "type": kind}
                        for title, name, kind in FIELDS
                    ],
                    "primaryKey": "row",
                },
                "data": [values],
            }
        ],
    }  # fmt: skip
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


def samba_smb_conf(row: dict[str, Any], rng: random.Random) -> str:
    """The clinic's file server as a Samba ``/etc/samba/smb.conf``: comments naming the clinic,
    its address, its phone and fax fields and its merger note, a ``[global]`` section whose
    ``server string`` gives the registry's phone and whose NetBIOS name is the register's row
    number, with an invented log size, a ``[scans]`` share for faxed referrals with the fax
    field (or the phone's) in its ``comment`` and invented masks, and a ``[printers]``
    share."""
    line = fax(row) or phone(row)
    lines = [
        "# /etc/samba/smb.conf",
        f"# {_f(row, 'Название')}",
        f"# {_f(row, 'Адрес')} ({_f(row, 'Административный округ')})",
        f"# Регистратура: {phone(row)}" + (f", факс: {fax(row)}" if fax(row) else ""),
        *([f"# {_f(row, NOTE)}"] if _f(row, NOTE) else []),
        "",
        "[global]",
        "   workgroup = POLIKLINIKA",
        f"   netbios name = GP-{number(row)}",
        f"   server string = Регистратура, тел. {phone(row)}",
        "   security = user",
        "   map to guest = bad user",
        "   log file = /var/log/samba/log.%m",
        f"   max log size = {rng.choice((1000, 2000, 5000, 10000))}",
        "   dns proxy = no",
        "",
        "[scans]",
        f"   comment = Направления, принятые по факсу {line}",
        "   path = /srv/samba/scans",
        "   read only = no",
        f"   create mask = 0{rng.choice((640, 660))}",
        f"   directory mask = 0{rng.choice((750, 770))}",
        "   valid users = @registratura",
        "",
        "[printers]",
        "   comment = Принтер регистратуры",
        "   path = /var/spool/samba",
        "   printable = yes",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "qt_linguist_ts": qt_linguist_ts,
    "resx_resources": resx_resources,
    "frictionless_datapackage": frictionless_datapackage,
    "samba_smb_conf": samba_smb_conf,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    labelled."""
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
