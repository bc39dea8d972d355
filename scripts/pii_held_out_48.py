"""held_out_48 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Slovakia) exactly as published, in layouts no earlier part has,
beside the register's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH and NG; here:

* the values are the phone and e-mail fields of Slovak hospitals in Eurostat GISCO's
  healthcare-services data (``scripts/data/pii_sk_hospitals.json``, written by
  ``scripts/sk_hospitals_data.py``; source and licence in that file): Slovak numbers as each
  hospital gave them (``045 6912 316``, ``02 59541 111``, ``036/741 11 24``,
  ``047 / 48 16 222``, ``053 4821 444 - 9``, ``038 7492  201``, ``(34) 69 69 344``,
  ``+421 (0)2 593 71 111``, ``0918 660 660``), each number of each copy labelled, and each copy
  of the hospital's office e-mail address labelled where the row keeps one;
* the text around them is the same row's real fields: its id in the file, its postcode
  (``82556``, ``833 05``), its coordinates, web address and the dataset's reference and
  publication dates, with invented record ids, sequence numbers, time stamps, registry words
  and retrieval dates, unlabelled and scored;
* in layouts no earlier part has, labels in Slovak: an Odoo module's data file
  (``<record model="res.partner">`` with ``<field name="phone">`` and a Slovak note repeating
  the number), a Django ``dumpdata`` fixture (a hospital object and a contact object giving the
  number again, Slovak field names), a Windows Registry export (``.reg``: the hospital's key
  with ``"Telefon"="..."``, ``dword:`` and ``hex(b):`` values, and a ``Kontakty`` subkey whose
  default value is the number) and a Wikidata QuickStatements V1 batch (tab-separated
  ``LAST``/``P1329`` commands, ``@lat/lon`` coordinates, ``mailto:`` addresses, references and
  a ``/* */`` edit summary).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_48.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_sk_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_48.jsonl.gz"
SPLIT = "held_out_48"

LAYOUTS = ("odoo_data_xml", "django_fixture", "windows_reg", "quickstatements")
PHONE = "tel"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's office e-mail address as published, stripped ("" where the row keeps none)."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _street(row: dict[str, Any]) -> str:
    return " ".join(p for p in (_f(row, "street"), _f(row, "house_number")) if p)


def _name(row: dict[str, Any]) -> str:
    """The hospital's name, with its site's where the row names one."""
    return " – ".join(p for p in (_f(row, "hospital_name"), _f(row, "site_name")) if p)


def _day(rng: random.Random) -> datetime.datetime:
    """An invented moment of the months after the dataset's publication (October 2020)."""
    start = datetime.datetime(2020, 11, 2, 7, 0)
    return start + datetime.timedelta(
        days=rng.randint(0, 500), minutes=rng.randint(0, 660), seconds=rng.randint(0, 59)
    )


def _iso(published: str) -> str:
    """A date as the file writes it (``26/10/2020``) in ISO form (``2020-10-26``)."""
    day, month, year = published.split("/")
    return f"{year}-{month}-{day}"


def _web(row: dict[str, Any]) -> str:
    """The row's web address with a scheme ("" where it has none)."""
    url = _f(row, "url")
    return url if not url or "://" in url else f"http://{url}"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field (each number in it by
    ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def odoo_data_xml(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a record of an Odoo module's data file
    (``data/res_partner_nemocnice.xml``): a comment naming the source row and its dates, a
    ``res.partner`` record whose xml id carries the row's id, its name, street, postcode, city,
    Slovakia, phone, e-mail and web address where the row has them, its coordinates, an
    invented sequence number and colour, and a Slovak note repeating the number with an
    invented import batch and time."""
    rid = _f(row, "id")
    batch, when = rng.randint(100, 999), _day(rng)
    fields = [
        f'<field name="name">{escape(_name(row))}</field>',
        '<field name="is_company" eval="True"/>',
        f'<field name="street">{escape(_street(row))}</field>',
        f'<field name="zip">{escape(_f(row, "postcode"))}</field>',
        f'<field name="city">{escape(_f(row, "city"))}</field>',
        '<field name="country_id" ref="base.sk"/>',
        f'<field name="phone">{escape(phone(row))}</field>',
    ]
    if email(row):
        fields.append(f'<field name="email">{escape(email(row))}</field>')
    if _f(row, "url"):
        fields.append(f'<field name="website">{escape(_web(row))}</field>')
    fields += [
        f'<field name="partner_latitude">{_f(row, "lat")}</field>',
        f'<field name="partner_longitude">{_f(row, "lon")}</field>',
        f'<field name="ref">GISCO-{rid}</field>',
        f'<field name="sequence">{rng.randint(10, 400)}</field>',
        f'<field name="color">{rng.randint(1, 11)}</field>',
        '<field name="category_id" eval="[(4, ref(\'partner_category_nemocnica\'))]"/>',
        f'<field name="comment">Nemocnica, ústredňa: {escape(phone(row))}. '
        f"Importované dávkou č. {batch} dňa {when:%d.%m.%Y o %H:%M}.</field>",
    ]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f"<!-- Nemocnice SR, Eurostat GISCO: riadok id {rid}, stav k {_f(row, 'ref_date')}, "
        f"zverejnené {_f(row, 'pub_date')} -->",
        "<odoo>",
        '    <data noupdate="1">',
        f'        <record id="partner_nemocnica_{rid}" model="res.partner">',
        *(f"            {field}" for field in fields),
        "        </record>",
        "    </data>",
        "</odoo>",
        "",
    ]
    return "\n".join(lines)


def django_fixture(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as ``manage.py dumpdata nemocnice --indent 2`` writes it: a
    ``nemocnice.nemocnica`` object keyed by the row's id with Slovak field names (name, site,
    street, postcode, city, coordinates as decimals' strings, web address, the dataset's dates
    in ISO form and an invented creation time), and a ``nemocnice.kontakt`` object with an
    invented key giving the phone (and one more with the e-mail address where the row has
    one)."""
    rid = int(_f(row, "id"))
    created = _day(rng)
    hospital = {
        "model": "nemocnice.nemocnica",
        "pk": rid,
        "fields": {
            "nazov": _f(row, "hospital_name"),
            "pracovisko": _f(row, "site_name"),
            "ulica": _street(row),
            "psc": _f(row, "postcode"),
            "mesto": _f(row, "city"),
            "zemepisna_sirka": _f(row, "lat"),
            "zemepisna_dlzka": _f(row, "lon"),
            "web": _web(row),
            "stav_k": _iso(_f(row, "ref_date")),
            "zverejnene": _iso(_f(row, "pub_date")),
            "vytvorene": f"{created:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
        },
    }
    contact = rng.randint(1000, 9000)
    objects = [
        hospital,
        {
            "model": "nemocnice.kontakt",
            "pk": contact,
            "fields": {"nemocnica": rid, "druh": "telefon", "hodnota": phone(row), "poradie": 1},
        },
    ]
    if email(row):
        objects.append(
            {
                "model": "nemocnice.kontakt",
                "pk": contact + 1,
                "fields": {"nemocnica": rid, "druh": "email", "hodnota": email(row), "poradie": 2},
            }
        )
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


def _reg(value: str) -> str:
    """A ``REG_SZ`` value of a ``.reg`` file: backslash and double quote escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def windows_reg(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a dispatch application's key exported by regedit (``Windows Registry
    Editor Version 5.00``): a comment naming the source and its dates, the key named by the
    row's id with its name, street, postcode, city, phone, e-mail and web address where the row
    has them and coordinates as strings, an invented ``dword:`` order and ``hex(b):`` update
    time, and a ``Kontakty`` subkey whose default value is the phone."""
    key = rf"HKEY_LOCAL_MACHINE\SOFTWARE\ZZS\Dispecing\Nemocnice\{_f(row, 'id')}"
    stamp = rng.getrandbits(56) | (0x01D7 << 48)
    values = [
        ("Nazov", _name(row)),
        ("Ulica", _street(row)),
        ("PSC", _f(row, "postcode")),
        ("Mesto", _f(row, "city")),
        ("Telefon", phone(row)),
    ]
    if email(row):
        values.append(("Email", email(row)))
    if _f(row, "url"):
        values.append(("Web", _f(row, "url")))
    values += [("Sirka", _f(row, "lat")), ("Dlzka", _f(row, "lon"))]
    lines = [
        "Windows Registry Editor Version 5.00",
        "",
        f"; Adresár nemocníc (Eurostat GISCO, stav k {_f(row, 'ref_date')})",
        "",
        f"[{key}]",
        *(f"{_reg(name)}={_reg(value)}" for name, value in values),
        f'"Poradie"=dword:{rng.randint(1, 400):08x}',
        '"Aktualizovane"=hex(b):' + ",".join(f"{b:02x}" for b in stamp.to_bytes(8, "little")),
        "",
        f"[{key}\\Kontakty]",
        f"@={_reg(phone(row))}",
        f'"Linka"=dword:{rng.randint(100, 999):08x}',
        "",
    ]
    return "\r\n".join(lines)


def _qs(value: str) -> str:
    """A QuickStatements string value: in double quotes (the values hold none)."""
    assert '"' not in value and "\t" not in value, value
    return f'"{value}"'


def quickstatements(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a Wikidata QuickStatements V1 batch: ``CREATE``, then ``LAST`` lines
    (tab-separated) with its Slovak label and description, instance of hospital (Q16917),
    country Slovakia (Q214), street address, postcode, coordinates (``@lat/lon``), the phone
    (P1329) with a reference to the source file and an invented retrieval date and a ``/* */``
    edit summary naming the row's id, the e-mail address (``mailto:``) and web address where
    the row has them."""
    retrieved = _day(rng)
    source = "https://github.com/eurostat/basic-services/blob/master/data/healthcare/csv/SK.csv"
    ref = f"S854\t{_qs(source)}\tS813\t+{retrieved:%Y-%m-%d}T00:00:00Z/11"
    city = _f(row, "city").title()
    address = f"{_street(row).title()}, {_f(row, 'postcode')} {city}"
    lines = [
        "CREATE",
        f"LAST\tLsk\t{_qs(_name(row))}",
        f"LAST\tDsk\t{_qs(f'nemocnica v meste {city}, Slovensko')}",
        f"LAST\tP31\tQ16917\t{ref}",
        "LAST\tP17\tQ214",
        f"LAST\tP6375\tsk:{_qs(address)}\t{ref}",
        f"LAST\tP281\t{_qs(_f(row, 'postcode'))}\t{ref}",
        f"LAST\tP625\t@{_f(row, 'lat')}/{_f(row, 'lon')}\t{ref}",
        f"LAST\tP1329\t{_qs(phone(row))}\t{ref}\t"
        f"/* import nemocníc SR, Eurostat GISCO id {_f(row, 'id')}, "
        f"dávka {rng.randint(10, 99)} */",
    ]
    if email(row):
        lines.append(f"LAST\tP968\t{_qs('mailto:' + email(row))}\t{ref}")
    if _f(row, "url"):
        lines.append(f"LAST\tP856\t{_qs(_web(row))}\t{ref}")
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "odoo_data_xml": odoo_data_xml,
    "django_fixture": django_fixture,
    "windows_reg": windows_reg,
    "quickstatements": quickstatements,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
    e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
