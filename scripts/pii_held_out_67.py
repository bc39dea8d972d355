"""held_out_67 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (the United Arab Emirates) exactly as published, in layouts no earlier part
has, beside the row's own register id, coordinates, area and licence dates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telephone_1`` fields of Dubai health facilities in the Dubai Health
  Authority's Sheryan register (``scripts/data/pii_ae_sheryan.json``, written by
  ``scripts/ae_sheryan_data.py``; source and licence in that file): UAE numbers as each
  facility gave them (``042661090``, ``04 388 1313``, ``971-50-4331894`` without the ``+``,
  ``+971 4 338 8904``, ``00971526410764``, ``971508748071+``, two in one field after ``/``),
  each number of each copy labelled, and the facility's e-mail address where the register gives
  a role address (``info@...``), labelled; the register's fax column is empty;
* the text around them is the same row's real fields: its register id (``0000547``), its
  coordinates (``25.080140248712627``), area id, area and P.O. box, with invented object ids,
  stack names, times and counters, unlabelled and scored;
* in layouts no earlier part has: a MongoDB shell script (``mongosh``) inserting the facility
  into a directory collection (English keys), an AWS CloudFormation YAML template of SSM
  parameters holding the facility's contact points, a Vue single-file component of the
  facility's contact card with Arabic labels (``هاتف``) and a ``tel:`` link, and a Sieve mail
  filter (RFC 5228) filing the facility's SMS-gateway mail by the number in its subject.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_67.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ae_sheryan.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_67.jsonl.gz"
SPLIT = "held_out_67"

LAYOUTS = ("mongosh_insert", "cloudformation_template", "vue_component", "sieve_script")
PHONE = "phone"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telephone_1")


def email(row: dict[str, Any]) -> str:
    """The row's kept (role) e-mail address, "" where the extract left none."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The facility's English name as an identifier: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z]+", _f(row, "f_name_english").lower())
    return "-".join(words[:5]) or "facility"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the phone field (each number in it by
    ``labelled_record``) and of the e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _js(value: str) -> str:
    """A JavaScript (and JSON) string literal, non-ASCII kept."""
    return json.dumps(value, ensure_ascii=False)


def _oid(rng: random.Random) -> str:
    """An invented MongoDB ObjectId (24 hex digits)."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(24))


def mongosh_insert(row: dict[str, Any], rng: random.Random) -> str:
    """The facility as a ``mongosh`` script: ``use`` of the directory database, an
    ``insertOne`` into ``facilities`` of a document with an invented ``_id``, the register id,
    the English and Arabic names, category, area, P.O. box, its phone under ``contact.phone``
    (and its e-mail where kept), its coordinates as a GeoJSON point, the licence status and an
    invented import counter, then an index on the location."""
    contact = {"phone": phone(row)}
    if email(row):
        contact["email"] = email(row)
    doc = {
        "_id": f"ObjectId({_js(_oid(rng))})",
        "registerId": _js(_f(row, "unique_id")),
        "name": _js(_f(row, "f_name_english")),
        "nameAr": _js(_f(row, "f_name_arabic")),
        "category": _js(_f(row, "facility_category_name_english")),
        "subCategory": _js(_f(row, "facilitysubcategorynameenglish")),
        "area": {"id": _f(row, "area_id") or "null", "name": _js(_f(row, "area_english"))},
        "poBox": _js(_f(row, "po_box")),
        "contact": {k: _js(v) for k, v in contact.items()},
        "location": {
            "type": '"Point"',
            "coordinates": f"[{_f(row, 'y_coordinate')}, {_f(row, 'x_coordinate')}]",
        },
        "status": _js(_f(row, "status")),
        "importBatch": str(rng.randint(100, 999)),
    }

    def show(value: Any, depth: int) -> str:
        if not isinstance(value, dict):
            return value
        pad = "  " * (depth + 1)
        inner = ",\n".join(f"{pad}{k}: {show(v, depth + 1)}" for k, v in value.items())
        return "{\n" + inner + "\n" + "  " * depth + "}"

    lines = [
        f"// import of DHA Sheryan facility {_f(row, 'unique_id')} ({_slug(row)})",
        "use('health_directory');",
        "",
        f"db.facilities.insertOne({show(doc, 0)});",
        "",
        "db.facilities.createIndex({ location: '2dsphere' });",
        "",
    ]
    return "\n".join(lines)


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def cloudformation_template(row: dict[str, Any], rng: random.Random) -> str:
    """An AWS CloudFormation template (YAML) of SSM parameters holding the facility's contact
    points for its booking service: a description naming the facility, a ``FacilityId``
    parameter defaulting to the register id, ``AWS::SSM::Parameter`` resources for the phone,
    the e-mail where kept and the coordinates, an invented log retention and ``Outputs``."""
    stack = _slug(row)
    lines = [
        'AWSTemplateFormatVersion: "2010-09-09"',
        f"Description: {_yaml('Contact points of ' + _f(row, 'f_name_english'))}",
        "Parameters:",
        "  FacilityId:",
        "    Type: String",
        f"    Default: {_yaml(_f(row, 'unique_id'))}",
        "Resources:",
        "  FacilityPhone:",
        "    Type: AWS::SSM::Parameter",
        "    Properties:",
        f"      Name: {_yaml('/booking/' + stack + '/phone')}",
        "      Type: String",
        f"      Value: {_yaml(phone(row))}",
        "      Description: Facility telephone as licensed by DHA",
    ]
    if email(row):
        lines += [
            "  FacilityEmail:",
            "    Type: AWS::SSM::Parameter",
            "    Properties:",
            f"      Name: {_yaml('/booking/' + stack + '/email')}",
            "      Type: String",
            f"      Value: {_yaml(email(row))}",
        ]
    lines += [
        "  FacilityLocation:",
        "    Type: AWS::SSM::Parameter",
        "    Properties:",
        f"      Name: {_yaml('/booking/' + stack + '/location')}",
        "      Type: String",
        f"      Value: {_yaml(_f(row, 'x_coordinate') + ',' + _f(row, 'y_coordinate'))}",
        "  BookingLogGroup:",
        "    Type: AWS::Logs::LogGroup",
        "    Properties:",
        f"      LogGroupName: {_yaml('/booking/' + stack)}",
        f"      RetentionInDays: {rng.choice((14, 30, 90, 365))}",
        "Outputs:",
        "  PhoneParameter:",
        "    Value:",
        "      Ref: FacilityPhone",
        "",
    ]
    return "\n".join(lines)


def _html(value: str) -> str:
    """Text or an attribute value in HTML: ``&``, ``<``, ``>`` and ``"`` escaped."""
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def vue_component(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's contact card as a Vue single-file component (right to left, Arabic
    labels): its Arabic name, area, ``هاتف`` with a ``tel:`` link whose text repeats the field,
    the e-mail where kept, the register id and licence expiry, and a ``<script>`` whose
    ``data()`` gives the coordinates and an invented refresh interval."""
    value = _html(phone(row))
    lines = [
        "<template>",
        '  <section class="facility-card" dir="rtl" lang="ar">',
        f"    <h2>{_html(_f(row, 'f_name_arabic') or _f(row, 'f_name_english'))}</h2>",
        f"    <p>المنطقة: {_html(_f(row, 'area_arabic'))}</p>",
        f'    <p>هاتف: <a href="tel:{value}">{value}</a></p>',
    ]
    if email(row):
        lines.append(
            f'    <p>البريد الإلكتروني: <a href="mailto:{email(row)}">{email(row)}</a></p>'
        )
    lines += [
        f"    <p>رقم المنشأة: {_html(_f(row, 'unique_id'))}</p>",
        f"    <p>تاريخ انتهاء الترخيص: {_html(_f(row, 'expiry_date') or 'غير محدد')}</p>",
        "  </section>",
        "</template>",
        "",
        "<script>",
        "export default {",
        f"  name: {_js(''.join(w.title() for w in _slug(row).split('-')) + 'Card')},",
        "  data() {",
        "    return {",
        f"      lat: {_f(row, 'x_coordinate')},",
        f"      lng: {_f(row, 'y_coordinate')},",
        f"      refreshMs: {rng.choice((30000, 60000, 120000))},",
        "    };",
        "  },",
        "};",
        "</script>",
        "",
    ]
    return "\n".join(lines)


def _sieve(value: str) -> str:
    """A Sieve quoted string: ``"`` and ``\\`` escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sieve_script(row: dict[str, Any], rng: random.Random) -> str:
    """A Sieve mail filter (RFC 5228) of the facility's mailbox: comments naming the facility,
    its area, line and coordinates, ``require``, a rule filing the SMS gateway's mail whose
    subject holds the phone field into a folder, a rule flagging mail from the kept e-mail, and
    an invented size limit."""
    name = _f(row, "f_name_english")
    lines = [
        f"# sieve filter for {name} ({_f(row, 'area_english')}, DHA {_f(row, 'unique_id')})",
        f"# main line: {phone(row)}",
        f"# site: {_f(row, 'x_coordinate')},{_f(row, 'y_coordinate')}",
        'require ["fileinto", "imap4flags"];',
        "",
        f'if header :contains "subject" {_sieve(phone(row))} {{',
        f'    fileinto "SMS/{_slug(row)}";',
        "    stop;",
        "}",
    ]
    if email(row):
        lines += [
            f'if address :is "from" {_sieve(email(row))} {{',
            '    addflag "\\\\Flagged";',
            "}",
        ]
    lines += [
        f"if size :over {rng.choice((5, 10, 20))}M {{",
        '    fileinto "Large";',
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mongosh_insert": mongosh_insert,
    "cloudformation_template": cloudformation_template,
    "vue_component": vue_component,
    "sieve_script": sieve_script,
}


def international(value: str) -> bool:
    """A number written with the country code: after ``+`` or ``00``, or starting ``971``."""
    return value.startswith(("+", "00", "971"))


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
    e-mail address labelled."""
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
