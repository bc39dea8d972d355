"""held_out_30 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Poland) exactly as published, in layouts no earlier part has,
beside the country's own identifiers.

The procedure of ``held_out_29``, on another register and other layouts; ``held_out_11`` to
``held_out_29`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO and PE; here:

* the values are the phone and e-mail fields of Polish hospitals in Eurostat GISCO's
  healthcare-services data (``scripts/data/pii_pl_hospitals.json``, written by
  ``scripts/pl_hospitals_data.py``; source and licence in that file): numbers as each hospital
  gave them, in many shapes (``85 83 18 328``, ``67 2826700``, ``618739000``, ``(58) 349 20
  00``, ``(052)395 67 69``, ``48 378-35-92``, two or three in one field, an extension after
  some, ``wew. 331``), each number of each copy labelled, and each copy of the hospital's
  e-mail address labelled;
* the text around them is the same row's real fields: its register id (``00078/20/2017``), its
  postcode (``15-276``), its coordinates and the dataset's reference and publication dates,
  with invented unique ids, citation keys, access dates and row numbers, unlabelled and
  scored;
* in layouts no earlier part has, labels in Polish: an Apple Contacts card as an XML property
  list (the numbers under ``Phone`` with a Polish label, the register id in ``Note``), a PHP
  ``var_export`` of the row as an array with Polish keys (``'telefon' => '...'``), a BibTeX
  ``@misc`` entry whose ``note`` gives ``tel.`` and ``e-mail``, and a TEI P5 ``<place>`` of a
  ``<listPlace>`` (``<idno>``, ``<postCode>``, ``<geo>``, the phone in an ``<addrLine>``
  after ``tel.``, the address in ``<email>``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_30.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pl_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_30.jsonl.gz"
SPLIT = "held_out_30"

LAYOUTS = ("contacts_plist", "php_var_export", "bibtex_misc", "tei_place")
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
    """The row's e-mail address as published, stripped."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _street(row: dict[str, Any]) -> str:
    return " ".join(p for p in (_f(row, "street"), _f(row, "house_number")) if p)


def _day(rng: random.Random) -> datetime.date:
    """An invented day of the months after the dataset's publication (April 2020)."""
    return datetime.date(2020, 5, 1) + datetime.timedelta(days=rng.randint(0, 400))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field (each number in it by
    ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def contacts_plist(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a card of Apple Contacts exported as an XML property list: the
    organisation's name, the phone field under ``Phone`` with the Polish label ``służbowy``,
    the address under ``Email`` and ``Address`` (street, ZIP, city, country), the coordinates,
    a ``Note`` in Polish with the register id and the dataset's dates, an invented unique id."""
    uid = "-".join(f"{rng.getrandbits(b):0{b // 4}X}" for b in (32, 16, 16, 16, 48))
    note = (
        f"Szpital, nr w rejestrze {_f(row, 'id')}. Dane na dzień {_f(row, 'ref_date')}, "
        f"opublikowane {_f(row, 'pub_date')}."
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
        '<plist version="1.0">',
        "<dict>",
        "\t<key>ABPersonFlags</key>",
        "\t<integer>1</integer>",
        "\t<key>Organization</key>",
        f"\t<string>{escape(_f(row, 'hospital_name'))}</string>",
        "\t<key>Phone</key>",
        "\t<array>",
        "\t\t<dict>",
        "\t\t\t<key>label</key>",
        "\t\t\t<string>służbowy</string>",
        "\t\t\t<key>value</key>",
        f"\t\t\t<string>{escape(phone(row))}</string>",
        "\t\t</dict>",
        "\t</array>",
        "\t<key>Email</key>",
        "\t<array>",
        "\t\t<dict>",
        "\t\t\t<key>label</key>",
        "\t\t\t<string>służbowy</string>",
        "\t\t\t<key>value</key>",
        f"\t\t\t<string>{escape(email(row))}</string>",
        "\t\t</dict>",
        "\t</array>",
        "\t<key>Address</key>",
        "\t<dict>",
        "\t\t<key>Street</key>",
        f"\t\t<string>{escape(_street(row))}</string>",
        "\t\t<key>ZIP</key>",
        f"\t\t<string>{_f(row, 'postcode')}</string>",
        "\t\t<key>City</key>",
        f"\t\t<string>{escape(_f(row, 'city'))}</string>",
        "\t\t<key>Country</key>",
        "\t\t<string>Polska</string>",
        "\t\t<key>CountryCode</key>",
        "\t\t<string>pl</string>",
        "\t</dict>",
        "\t<key>Latitude</key>",
        f"\t<real>{_f(row, 'lat')}</real>",
        "\t<key>Longitude</key>",
        f"\t<real>{_f(row, 'lon')}</real>",
        "\t<key>Note</key>",
        f"\t<string>{escape(note)}</string>",
        "\t<key>UID</key>",
        f"\t<string>{uid}:ABPerson</string>",
        "</dict>",
        "</plist>",
        "",
    ]
    return "\n".join(lines)


def _php(value: str) -> str:
    """A PHP single-quoted string as ``var_export`` writes it."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def php_var_export(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital's row as PHP's ``var_export`` prints an array (two-space indents, ``=>``,
    a nested ``array (`` on the line after its key, a comma after every element), Polish keys:
    an invented row number, the register id, name, address, phone, e-mail, coordinates and the
    dataset's dates."""
    top = [
        ("lp", str(rng.randint(1, 9000))),
        ("nr_ksiegi", _php(_f(row, "id"))),
        ("nazwa", _php(_f(row, "hospital_name"))),
    ]
    address = [
        ("ulica", _php(_f(row, "street"))),
        ("nr_domu", _php(_f(row, "house_number"))),
        ("kod_pocztowy", _php(_f(row, "postcode"))),
        ("miejscowosc", _php(_f(row, "city"))),
    ]
    rest = [
        ("telefon", _php(phone(row))),
        ("email", _php(email(row))),
        ("szerokosc", _f(row, "lat")),
        ("dlugosc", _f(row, "lon")),
        ("data_stanu", _php(_f(row, "ref_date"))),
        ("data_publikacji", _php(_f(row, "pub_date"))),
    ]
    lines = ["array ("]
    lines += [f"  '{k}' => {v}," for k, v in top]
    lines += ["  'adres' => ", "  array ("]
    lines += [f"    '{k}' => {v}," for k, v in address]
    lines += ["  ),"]
    lines += [f"  '{k}' => {v}," for k, v in rest]
    lines += [")"]
    return "\n".join(lines)


def bibtex_misc(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a BibTeX ``@misc`` entry of a bibliography of health services (a
    reference manager's export): an invented citation key, the name in double braces as
    ``author`` and ``title``, ``howpublished`` in Polish, the address with its postcode, a
    ``note`` giving ``tel.`` and ``e-mail`` and the register id, the dataset's year and an
    invented access date."""
    slug = re.sub(r"[^a-z]+", "", _f(row, "city").lower().encode("ascii", "ignore").decode())
    key = f"szpital_{slug or 'pl'}_{rng.randint(100, 999)}"
    name = _f(row, "hospital_name")
    fields = [
        ("author", f"{{{name}}}"),
        ("title", f"{{{name}}}"),
        ("howpublished", "Rejestr szpitali, dane Eurostatu (GISCO)"),
        ("address", f"{_street(row)}, {_f(row, 'postcode')} {_f(row, 'city')}"),
        (
            "note",
            f"Nr księgi rejestrowej: {_f(row, 'id')}; tel. {phone(row)}; "
            f"e-mail: {email(row)}; stan na {_f(row, 'ref_date')}",
        ),
        ("year", _f(row, "pub_date")[-4:]),
        ("urldate", _day(rng).isoformat()),
        ("language", "polish"),
    ]
    body = ",\n".join(f"  {k:<12} = {{{v}}}" for k, v in fields)
    return f"@misc{{{key},\n{body}\n}}\n"


def tei_place(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a TEI P5 ``<place>`` of a ``<listPlace>`` in a gazetteer's ``<body>``:
    an invented ``xml:id``, ``<placeName>``, ``<idno type="ksiega">`` with the register id,
    ``<location>`` with ``<geo>`` and an ``<address>`` (street, ``<postCode>``,
    ``<settlement>``, country, the phone in an ``<addrLine>`` after ``tel.``, the e-mail in an
    ``<addrLine>`` as ``<email>``), and a ``<note>`` in Polish with the dataset's dates."""
    xml_id = f"pl_szp_{rng.randint(10000, 99999)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="pl">',
        "  <teiHeader>",
        "    <fileDesc>",
        "      <titleStmt><title>Szpitale w Polsce – wykaz</title></titleStmt>",
        "      <publicationStmt><p>Dane Eurostatu (GISCO), opublikowane "
        f"{_f(row, 'pub_date')}</p></publicationStmt>",
        "      <sourceDesc><p>healthcare services, PL</p></sourceDesc>",
        "    </fileDesc>",
        "  </teiHeader>",
        "  <text>",
        "    <body>",
        '      <listPlace type="szpitale">',
        f'        <place xml:id="{xml_id}" type="szpital">',
        f"          <placeName>{escape(_f(row, 'hospital_name'))}</placeName>",
        f'          <idno type="ksiega">{escape(_f(row, "id"))}</idno>',
        "          <location>",
        f"            <geo>{_f(row, 'lat')} {_f(row, 'lon')}</geo>",
        "            <address>",
        f"              <street>{escape(_street(row))}</street>",
        f"              <postCode>{_f(row, 'postcode')}</postCode>",
        f"              <settlement>{escape(_f(row, 'city'))}</settlement>",
        "              <country>Polska</country>",
        f"              <addrLine>tel. {escape(phone(row))}</addrLine>",
        f"              <addrLine>e-mail: <email>{escape(email(row))}</email></addrLine>",
        "            </address>",
        "          </location>",
        f"          <note>Stan na {_f(row, 'ref_date')}.</note>",
        "        </place>",
        "      </listPlace>",
        "    </body>",
        "  </text>",
        "</TEI>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "contacts_plist": contacts_plist,
    "php_var_export": php_var_export,
    "bibtex_misc": bibtex_misc,
    "tei_place": tei_place,
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
