"""held_out_56 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Tunisia) exactly as published, in layouts no earlier part has,
beside the row's own directory id, dates, address and governorate.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY and LV; here:

* the values are the phone and e-mail fields of Tunisian associations in the NGO database of
  the Arab Institute for Human Rights (AIHR; ``scripts/data/pii_tn_aihr_ngos.json``, written
  by ``scripts/tn_aihr_ngos_data.py``; source and licence in that file): eight-digit numbers
  as each association gave them, after ``+216`` or ``+ 216`` with the number whole or in two
  groups (``+216 93477581``, ``+ 216 75 630561``) or bare (``24550446``, ``71 241 700``), up
  to three in one field after ``, `` or `` / ``, a few with a short or broken code
  (``+ 23 675638``, ``+216 680700``), each number of each copy labelled, and the association's
  own e-mail address where the row keeps one;
* the text around them is the same row's real fields: its directory id, the time its entry was
  added (``2014-11-06 21:49:27.636632``), its founding date (``2011-12-12``, or
  ``0000-00-00``), its address (with a four-digit postcode in some), governorate, type and
  target groups, with invented activity ids, budgets, submission ids, registration references
  in the form of the Official Journal's (``2011T04386APSF1``), domain ids and IANA ids,
  unlabelled and scored;
* in layouts no earlier part has, names and labels in Arabic where the format lets them be: an
  IATI activity file (``iati-activities`` 2.03) whose ``contact-info`` gives the association's
  ``telephone`` and ``email``, a KoboToolbox API v2 ``data`` response of a survey of
  associations (``"group_contact/phone"`` and its confirmation), a DokuWiki page with the
  association's card as a ``^ header | value |`` table, and a whois answer for the
  association's domain (``Registrant Phone:``, ``Admin Phone:``, personal names redacted).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_56.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tn_aihr_ngos.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_56.jsonl.gz"
SPLIT = "held_out_56"

LAYOUTS = ("iati_activity", "kobo_submission", "dokuwiki_page", "whois_record")
PHONE = "phone"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# the day the directory was scraped (6 November 2014), the invented times' base
SCRAPED = datetime(2014, 11, 6, 21, 0, 0)
# the letters and digits of KoboToolbox's asset uids and form versions
KOBO_ID = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def email(row: dict[str, Any]) -> str:
    """The association's own e-mail address as published ("" where the row keeps none)."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field (each number in it by
    ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _name(row: dict[str, Any]) -> str:
    """The association's Arabic name, its Latin one where the Arabic is empty."""
    return _f(row, "arabic_name") or _f(row, "latin_name")


def _slug(row: dict[str, Any]) -> str:
    """The association's domain: the host of its web address where it is one, else its Latin
    name as lower-case ASCII letters under ``.org``."""
    host = re.match(r"(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", _f(row, "website"))
    if host and "facebook" not in host.group(1):
        return host.group(1)
    words = re.findall(r"[a-z]+", _f(row, "latin_name").lower())
    return ("".join(words[:3]) or f"jamaia{_f(row, 'ngo_id')}") + ".org"


def _jort(rng: random.Random, row: dict[str, Any]) -> str:
    """An invented registration reference in the form of the Official Journal's (``JORT``)
    notices of associations: year, ``T``, five digits, ``APSF1``."""
    year = _f(row, "date_of_creation")[:4]
    year = year if year.isdigit() and year != "0000" else "2011"
    return f"{year}T{rng.randint(0, 99999):05d}APSF{rng.randint(1, 2)}"


def _when(rng: random.Random) -> datetime:
    return SCRAPED + timedelta(seconds=rng.randint(0, 30 * 86400))


def _x(value: str) -> str:
    """Text of an XML element."""
    return escape(value)


def iati_activity(row: dict[str, Any], rng: random.Random) -> str:
    """An IATI activity file (``iati-activities`` version 2.03) of one of the association's
    projects: an invented identifier under the association's directory id, the reporting
    organisation (its names in Arabic and French), a title and description in Arabic naming
    the entry's founding date and the time it was added to AIHR's directory, the
    ``contact-info`` with the association's ``telephone``, ``email`` (where the row keeps one),
    ``website`` (where it gives one) and ``mailing-address``, the recipient country and region,
    and an invented budget in dinars."""
    ngo_id = _f(row, "ngo_id")
    ref = f"TN-AIHR-{ngo_id}"
    start = _when(rng)
    amount = rng.randint(5, 400) * 500
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<iati-activities version="2.03" generated-datetime="{start:%Y-%m-%dT%H:%M:%S}Z">',
        f' <iati-activity xml:lang="ar" default-currency="TND" '
        f'last-updated-datetime="{start:%Y-%m-%dT%H:%M:%S}Z">',
        f"  <iati-identifier>{ref}-{rng.randint(1, 40):03d}</iati-identifier>",
        f'  <reporting-org ref="{ref}" type="22">',
        f"   <narrative>{_x(_name(row))}</narrative>",
        f'   <narrative xml:lang="fr">{_x(_f(row, "latin_name"))}</narrative>',
        "  </reporting-org>",
        "  <title>",
        f"   <narrative>{_x(_f(row, 'type_of_organization'))}: "
        f"{_x(_f(row, 'target_group'))}</narrative>",
        "  </title>",
        '  <description type="1">',
        f"   <narrative>{_x(_name(row))} — تاريخ التأسيس {_x(_f(row, 'date_of_creation'))}؛ "
        f"أضيفت إلى قاعدة بيانات المعهد العربي لحقوق الإنسان في "
        f"{_x(_f(row, 'date_added'))}</narrative>",
        "  </description>",
        '  <participating-org role="4" type="22">',
        f"   <narrative>{_x(_name(row))}</narrative>",
        "  </participating-org>",
        '  <activity-status code="2"/>',
        f'  <activity-date type="2" iso-date="{start:%Y-%m-%d}"/>',
        '  <contact-info type="1">',
        "   <organisation>",
        f"    <narrative>{_x(_name(row))}</narrative>",
        "   </organisation>",
        f"   <telephone>{_x(phone(row))}</telephone>",
    ]
    if email(row):
        lines.append(f"   <email>{_x(email(row))}</email>")
    if _f(row, "website"):
        lines.append(f"   <website>{_x(_f(row, 'website'))}</website>")
    lines += [
        "   <mailing-address>",
        f"    <narrative>{_x(_f(row, 'address'))}، {_x(_f(row, 'governorate'))}</narrative>",
        "   </mailing-address>",
        "  </contact-info>",
        '  <recipient-country code="TN" percentage="100"/>',
        '  <budget type="1" status="1">',
        f'   <period-start iso-date="{start:%Y-%m-%d}"/>',
        f'   <period-end iso-date="{start.year + 1}-{start:%m-%d}"/>',
        f'   <value currency="TND" value-date="{start:%Y-%m-%d}">{amount}</value>',
        "  </budget>",
        " </iati-activity>",
        "</iati-activities>",
        "",
    ]
    return "\n".join(lines)


def kobo_submission(row: dict[str, Any], rng: random.Random) -> str:
    """A KoboToolbox API v2 ``/api/v2/assets/<uid>/data/`` response (``count``, ``next``,
    ``previous``, ``results``) holding one submission of a survey of associations: the form's
    groups as ``group_org/...`` and ``group_contact/...`` keys (the association's directory id,
    names, type, governorate, address, founding date, the time its entry was added, its phone
    field and the phone field again as ``phone_confirm``, its e-mail address where the row
    keeps one), and the submission's invented meta data (ids, uuids, version, times)."""
    started = _when(rng)
    ended = started + timedelta(seconds=rng.randint(120, 1800))
    instance = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    entry: dict[str, Any] = {
        "_id": rng.randint(10_000_000, 99_999_999),
        "formhub/uuid": f"{rng.getrandbits(128):032x}",
        "start": f"{started:%Y-%m-%dT%H:%M:%S.000+01:00}",
        "end": f"{ended:%Y-%m-%dT%H:%M:%S.000+01:00}",
        "group_org/ngo_id": _f(row, "ngo_id"),
        "group_org/arabic_name": _f(row, "arabic_name"),
        "group_org/latin_name": _f(row, "latin_name"),
        "group_org/type": _f(row, "type_of_organization"),
        "group_org/governorate": _f(row, "governorate"),
        "group_org/address": _f(row, "address"),
        "group_org/date_of_creation": _f(row, "date_of_creation"),
        "group_org/aihr_date_added": _f(row, "date_added"),
        "group_contact/phone": phone(row),
        "group_contact/phone_confirm": phone(row),
    }
    if email(row):
        entry["group_contact/email"] = email(row)
    entry.update({
        "__version__": "v" + "".join(rng.choice(KOBO_ID) for _ in range(22)),
        "meta/instanceID": f"uuid:{instance}",
        "_xform_id_string": "a" + "".join(rng.choice(KOBO_ID) for _ in range(21)),
        "_uuid": instance,
        "_attachments": [],
        "_status": "submitted_via_web",
        "_geolocation": [None, None],
        "_submission_time": f"{ended + timedelta(seconds=rng.randint(1, 90)):%Y-%m-%dT%H:%M:%S}",
        "_tags": [],
        "_notes": [],
        "_validation_status": {},
        "_submitted_by": None,
    })  # fmt: skip
    page = {"count": 1, "next": None, "previous": None, "results": [entry]}
    return json.dumps(page, ensure_ascii=False, indent=2) + "\n"


def _wiki(value: str) -> str:
    """A DokuWiki table cell's text: no ``|`` or ``^`` to end the cell early."""
    assert "|" not in value and "^" not in value, value
    return value or " "


def dokuwiki_page(row: dict[str, Any], rng: random.Random) -> str:
    """A DokuWiki page of a wiki of Tunisian associations: the Arabic name as level-one
    heading, the Latin name in italics, the association's card as a table of ``^ header |
    value |`` rows (directory id, invented registration reference, type, governorate, address,
    phone, e-mail as a ``<...>`` link where the row keeps one, founding date, target groups), a
    section with the phone field again and the web address, the source with the time the entry
    was added and an invented edit time, and tags."""
    rows = [
        ("رقم المدخل", _f(row, "ngo_id")),
        ("مرجع الرائد الرسمي", _jort(rng, row)),
        ("الصنف", _f(row, "type_of_organization")),
        ("الولاية", _f(row, "governorate")),
        ("العنوان", _f(row, "address")),
        ("الهاتف", phone(row)),
    ]
    if email(row):
        rows.append(("البريد الإلكتروني", f"<{email(row)}>"))
    rows += [
        ("تاريخ التأسيس", _f(row, "date_of_creation")),
        ("الفئات المستهدفة", _f(row, "target_group")),
    ]
    lines = [f"====== {_name(row)} ======", ""]
    if _f(row, "latin_name"):
        lines += [f"//{_f(row, 'latin_name')}//", ""]
    lines += [f"^ {k} | {_wiki(v)} |" for k, v in rows]
    lines += ["", "===== الاتصال =====", "", f"  * الهاتف: {phone(row)}"]
    if _f(row, "website"):
        lines.append(f"  * الموقع: {_f(row, 'website')}")
    edited = _when(rng)
    lines += [
        "",
        "===== المصدر =====",
        "",
        f"قاعدة بيانات المعهد العربي لحقوق الإنسان، أضيفت في {_f(row, 'date_added')}. "
        f"آخر تعديل: {edited:%Y/%m/%d %H:%M}",
        "",
        "{{tag>جمعيات " + re.sub(r"\s+", "_", _f(row, "governorate") or "تونس") + "}}",
        "",
    ]
    return "\n".join(lines)


def whois_record(row: dict[str, Any], rng: random.Random) -> str:
    """A whois answer for the association's domain in the registries' key-value form: a
    ``%`` comment naming the directory entry and the time it was added, the domain's invented
    registry id, registrar, IANA id and dates, the registrant's organisation (the Latin name),
    street (the address), city (the governorate), postcode (the four-digit one of the address
    where it gives one) and country, the person's name redacted, the phone field as
    ``Registrant Phone`` and ``Admin Phone``, the e-mail address where the row keeps one (the
    registry's contact-form note otherwise), name servers and the database's update line."""
    domain = _slug(row)
    created = _when(rng) - timedelta(days=rng.randint(30, 900))
    updated = _when(rng)
    postcode = re.findall(r"(?<!\d)\d{4}(?!\d)", _f(row, "address"))
    mail = email(row) or "Please query the RDDS service of the Registrar of Record"
    lines = [
        f"% AIHR directory entry {_f(row, 'ngo_id')}, added {_f(row, 'date_added')}",
        "",
        f"Domain Name: {domain.upper()}",
        f"Registry Domain ID: D{rng.randint(100_000_000, 999_999_999)}-LROR",
        "Registrar WHOIS Server: whois.registrar.tn",
        f"Updated Date: {updated:%Y-%m-%dT%H:%M:%S}Z",
        f"Creation Date: {created:%Y-%m-%dT%H:%M:%S}Z",
        f"Registrar IANA ID: {rng.randint(100, 3999)}",
        "Domain Status: clientTransferProhibited",
        "Registrant Name: REDACTED FOR PRIVACY",
        f"Registrant Organization: {_f(row, 'latin_name') or _name(row)}",
        f"Registrant Street: {_f(row, 'address')}",
        f"Registrant City: {_f(row, 'governorate')}",
        f"Registrant Postal Code: {postcode[-1] if postcode else ''}",
        "Registrant Country: TN",
        f"Registrant Phone: {phone(row)}",
        f"Registrant Email: {mail}",
        "Admin Name: REDACTED FOR PRIVACY",
        f"Admin Phone: {phone(row)}",
        f"Admin Email: {mail}",
        f"Name Server: NS{rng.randint(1, 2)}.{domain.upper()}",
        "DNSSEC: unsigned",
        f">>> Last update of WHOIS database: {updated:%Y-%m-%dT%H:%M:%S}Z <<<",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "iati_activity": iati_activity,
    "kobo_submission": kobo_submission,
    "dokuwiki_page": dokuwiki_page,
    "whois_record": whois_record,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field and
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
