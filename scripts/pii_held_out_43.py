"""held_out_43 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Greece) exactly as published, in layouts no earlier part has,
beside the register's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_42`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID,
PT, CL, HU, KE, BE, CO, MY and RO; here:

* the values are the phone and e-mail fields of Greek hospitals in Eurostat GISCO's
  healthcare-services data (``scripts/data/pii_gr_hospitals.json``, written by
  ``scripts/gr_hospitals_data.py``; source and licence in that file): ten-digit numbers as
  each hospital gave them, in many shapes (``2313312000``, ``2313-323000``, ``23513-50200``,
  ``213-2041-000``, ``22510 57700``, ``2613 600300-301``), two to five in one field after
  ``, ``, an em space, `` & ``, ``/`` or a line break, each number of each copy labelled, and
  each copy of the hospital's office e-mail address labelled where the row keeps one;
* the text around them is the same row's real fields: its id in the file, its postcode
  (``546 42``, ``63100``), its coordinates, web address and the dataset's reference and
  publication dates, with invented build dates, revision dates and source line numbers,
  unlabelled and scored;
* in layouts no earlier part has, mobile apps' string resources of a hospital finder, labels
  in Greek: an Android ``res/values-el/strings.xml`` (the phone in a non-translatable
  ``<string>``, escaped as aapt wants it: ``&amp;``, ``\\n``, ``\\'``), an iOS
  ``el.lproj/Localizable.strings`` (``"key" = "value";`` with ``/* */`` comments), a
  Flutter ``app_el.arb`` (JSON with ``@@locale`` and ``@key`` metadata) and a gettext
  ``el.po`` catalogue of the app's data strings (``msgctxt`` per field, ``#.`` comments with
  the id and postcode, each value in ``msgid`` and again in ``msgstr``, as ``msgcat
  --no-wrap`` writes it).

Each layout writes the fields escaped by its own rules; a field holding a line break
(``2732022374\\n2732022035...``) stands escaped, its numbers unchanged and each labelled. Phones
are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by its
own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_43.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gr_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_43.jsonl.gz"
SPLIT = "held_out_43"

LAYOUTS = ("android_strings_xml", "ios_localizable_strings", "flutter_arb", "gettext_po")
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
    """An invented moment of the months after the dataset's publication (April 2020)."""
    start = datetime.datetime(2020, 5, 1, 8, 0)
    return start + datetime.timedelta(days=rng.randint(0, 400), minutes=rng.randint(0, 600))


def _backslashed(value: str) -> str:
    """A C-style quoted string's body (iOS ``.strings``, gettext): backslash, double quote,
    line break and tab escaped."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def _android(value: str) -> str:
    """A string resource's text as aapt wants it: XML's ``&`` and ``<`` escaped, then a
    backslash before ``'``, ``"`` and ``\\``, a line break as ``\\n``."""
    value = value.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"')
    return escape(value).replace("\n", "\\n")


def _json(value: str) -> str:
    """A JSON string's body, non-ASCII characters kept."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def labelled(row: dict[str, Any], text: str, shown: Callable[[str], str]) -> Record:
    """``text`` as a record: every copy of the row's phone field as the layout escapes it
    (``shown``; each number in it by ``labelled_record``) and of its e-mail address labelled.
    Each copy stands apart (no digit next to a number, no address character next to an
    address), so a copy is never part of another value."""
    values = [("phone", shown(phone(row))), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _strings(row: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(key, Greek comment, value) of each of the row's strings the app ships, in order; the
    e-mail only where the row keeps one."""
    out = [
        ("hospital_name", "Όνομα νοσοκομείου", _name(row)),
        ("hospital_street", "Οδός και αριθμός", _street(row)),
        ("hospital_postcode", "Ταχυδρομικός κώδικας", _f(row, "postcode")),
        ("hospital_city", "Πόλη", _f(row, "city")),
        ("hospital_phone", "Τηλέφωνο", phone(row)),
    ]
    if email(row):
        out.append(("hospital_email", "Ηλεκτρονικό ταχυδρομείο", email(row)))
    if _f(row, "url"):
        out.append(("hospital_url", "Ιστοσελίδα", _f(row, "url")))
    return out


def android_strings_xml(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as an Android app's ``res/values-el/strings.xml``: the screen's Greek
    labels, then the row's fields as non-translatable strings (name, address, phone, e-mail,
    web address), its id in an ``<integer>``, its coordinates and the dataset's dates, each
    field after an XML comment naming it in Greek."""
    n = _f(row, "id")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<resources xmlns:tools="http://schemas.android.com/tools" '
        'tools:ignore="MissingTranslation">',
        '    <string name="title_hospital">Νοσοκομείο</string>',
        '    <string name="label_phone">Τηλέφωνο</string>',
        '    <string name="label_email">Email</string>',
        '    <string name="action_call">Κλήση</string>',
        '    <string name="action_directions">Οδηγίες</string>',
        "",
        f"    <!-- Νοσοκομείο #{n} -->",
        f'    <integer name="hospital_{n}_id">{n}</integer>',
    ]
    for key, comment, value in _strings(row):
        lines += [
            f"    <!-- {comment} -->",
            f'    <string name="{key}_{n}" translatable="false">{_android(value)}</string>',
        ]
    lines += [
        f'    <string name="hospital_lat_{n}" translatable="false">{_f(row, "lat")}</string>',
        f'    <string name="hospital_lon_{n}" translatable="false">{_f(row, "lon")}</string>',
        '    <string name="data_updated" formatted="false">Στοιχεία στις '
        f"{_f(row, 'ref_date')}, δημοσίευση {_f(row, 'pub_date')}</string>",
        f'    <string name="build_stamp" translatable="false">{_day(rng):%Y%m%d.%H%M}</string>',
        "</resources>",
        "",
    ]
    return "\n".join(lines)


def ios_localizable_strings(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as an iOS app's ``el.lproj/Localizable.strings``: a header comment with an
    invented generation date, then ``"key" = "value";`` pairs, each after a ``/* */`` comment
    in Greek, the fields keyed ``hospital.<id>.<field>``, the Greek labels of the screen."""
    n = _f(row, "id")
    lines = [
        "/*",
        "  Localizable.strings",
        "  NosokomeiaGR",
        "",
        f"  Generated {_day(rng):%d/%m/%Y, %H:%M} από το EL.csv της Eurostat.",
        "*/",
        "",
        "/* Τίτλος οθόνης */",
        '"hospital.title" = "Νοσοκομείο";',
        "",
        "/* Κουμπί κλήσης */",
        '"hospital.action.call" = "Κλήση";',
        "",
        f'"hospital.{n}.id" = "{n}";',
        "",
    ]
    for key, comment, value in _strings(row):
        field = key.removeprefix("hospital_")
        lines += [f"/* {comment} */", f'"hospital.{n}.{field}" = "{_backslashed(value)}";', ""]
    lines += [
        "/* Συντεταγμένες */",
        f'"hospital.{n}.coordinates" = "{_f(row, "lat")}, {_f(row, "lon")}";',
        "",
        "/* Ημερομηνία στοιχείων */",
        f'"hospital.{n}.ref_date" = "{_f(row, "ref_date")}";',
        "",
    ]
    return "\n".join(lines)


def flutter_arb(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a Flutter app's ``lib/l10n/app_el.arb``: ``@@locale`` and an invented
    ``@@last_modified``, camelCase keys, each field's ``@key`` with a Greek description, a
    ``callHospital`` message with its ``{phone}`` placeholder, two-space JSON."""
    n = _f(row, "id")
    entries: dict[str, Any] = {
        "@@locale": "el",
        "@@last_modified": _day(rng).isoformat(timespec="seconds"),
        "hospitalTitle": "Νοσοκομείο",
        "callHospital": "Κλήση στο {phone}",
        "@callHospital": {
            "description": "Κουμπί κλήσης",
            "placeholders": {"phone": {"type": "String"}},
        },
        f"hospital{n}Id": n,
    }
    for key, comment, value in _strings(row):
        name = re.sub(r"_(\w)", lambda m: m.group(1).upper(), key) + n
        entries[name] = value
        entries[f"@{name}"] = {"description": comment}
    entries[f"hospitalCoordinates{n}"] = f"{_f(row, 'lat')},{_f(row, 'lon')}"
    entries[f"hospitalRefDate{n}"] = _f(row, "ref_date")
    return json.dumps(entries, ensure_ascii=False, indent=2) + "\n"


def gettext_po(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital's data strings as a gettext ``el.po`` catalogue, as ``msgcat --no-wrap``
    writes it: the header entry (invented creation and revision dates), then one entry per
    field with ``#.`` comments in Greek (id, postcode), a ``#:`` reference to an invented line
    of the app's data file, ``msgctxt`` naming the field, the value as ``msgid`` and again as
    ``msgstr`` (the Greek catalogue filled from the Greek data, as ``msgen`` fills one)."""
    n = _f(row, "id")
    made = _day(rng)
    revised = made + datetime.timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 900))
    line = rng.randint(10, 4000)
    lines = [
        "# Greek translation of NosokomeiaGR data strings.",
        "#",
        'msgid ""',
        'msgstr ""',
        '"Project-Id-Version: nosokomeia-gr 1.4\\n"',
        f'"POT-Creation-Date: {made:%Y-%m-%d %H:%M}+0300\\n"',
        f'"PO-Revision-Date: {revised:%Y-%m-%d %H:%M}+0300\\n"',
        '"Language-Team: Greek\\n"',
        '"Language: el\\n"',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
        "",
    ]
    for i, (key, comment, value) in enumerate(_strings(row)):
        lines += [
            f"#. {comment} — νοσοκομείο {n}, Τ.Κ. {_f(row, 'postcode')}",
            f"#: assets/hospitals_el.json:{line + i}",
            f'msgctxt "{key}"',
            f'msgid "{_backslashed(value)}"',
            f'msgstr "{_backslashed(value)}"',
            "",
        ]
    return "\n".join(lines)


class Layout(NamedTuple):
    """A layout's writer and how it escapes a field's text."""

    build: Callable[[dict[str, Any], random.Random], str]
    shown: Callable[[str], str]


BLOCKS: dict[str, Layout] = {
    "android_strings_xml": Layout(android_strings_xml, _android),
    "ios_localizable_strings": Layout(ios_localizable_strings, _backslashed),
    "flutter_arb": Layout(flutter_arb, _json),
    "gettext_po": Layout(gettext_po, _backslashed),
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
    e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    build, shown = BLOCKS[layout]
    block = labelled(row, build(row, rng), shown)
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
