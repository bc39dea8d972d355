"""held_out_27 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (the Philippines) exactly as its public body published them, in
layouts no earlier part has, beside the country's own identifiers.

The procedure of ``held_out_23``, on another register and other layouts; ``held_out_11`` to
``held_out_25`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT and ES; here:

* the values are the phone, fax and e-mail fields of the health facilities of Western Visayas
  in the Department of Health's National Health Facility Registry
  (``scripts/data/pii_ph_nhfr.json``, written by ``scripts/ph_nhfr_facilities_data.py``;
  source and licence in that file): numbers as each facility entered them, in many shapes
  (``+63 333612882``, ``(033) 337 0223``, ``036-641-0791``, ``2778704``, ``+639171609088``),
  each copy labelled; the facility's address where it names an office
  (``rhutapaz@gmail.com``), each copy labelled; the country is the register's;
* the text around them is the same row's real fields: the NHFR code (``DOH000000000018658``),
  the short code (``18658``), the ten-digit PSGC codes of the barangay, the city or
  municipality, the province and the region (``0603007001``, ``0603007000``), the ZIP code,
  the bed capacity and the licence's validity date, with invented resource and message ids,
  control ids, page ids, follower counts and dates, unlabelled and scored;
* in layouts no earlier part has: an HL7 FHIR R4 ``Organization`` resource as a server answers
  a read (``telecom`` entries of ``system`` phone, fax and email, the NHFR codes as
  ``identifier`` values, the PSGC codes as address extensions), an HL7 v2.5 ``MFN^M05``
  location master file message (segments ended by carriage returns only, the numbers and the
  address as ``XTN`` repetitions of ``LOC-6``, the PSGC codes in ``LCH`` segments), a
  facility profile sheet as ``pdftotext -layout`` writes it (labels and values padded into two
  columns, a form feed at the page's end), and a Facebook page's About tab
  copied as text with the interface in Filipino (each value on its line, its caption on the
  next: ``Mobile``, ``Email``, ``Tirahan``; the page's id and creation date under
  ``Transparency ng Page``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_27.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import html
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ph_nhfr.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_27.jsonl.gz"
SPLIT = "held_out_27"

LAYOUTS = ("fhir_organization", "hl7v2_mfn_m05", "pdftotext_profile", "facebook_about_fil")
PHONES = {"Landline Number": "phone", "Landline Number 2": "phone", "Fax Number": "fax"}
EMAILS = ("Email Address", "Alternate Email Address")
ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# the characters of a value next to which a copy of it would be part of a longer value
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
PSGC = (
    ("Region PSGC", "Region Name"),
    ("Province PSGC", "Province Name"),
    ("City/Municipality PSGC", "City/Municipality Name"),
    ("Barangay PSGC", "Barangay Name"),
)
MONTHS_FIL = (
    "Enero",
    "Pebrero",
    "Marso",
    "Abril",
    "Mayo",
    "Hunyo",
    "Hulyo",
    "Agosto",
    "Setyembre",
    "Oktubre",
    "Nobyembre",
    "Disyembre",
)
# a Facebook page's category (in Filipino) by the facility's type
CATEGORIES = {
    "Hospital": "Ospital",
    "Rural Health Unit": "Klinika ng medisina",
    "Barangay Health Station": "Serbisyong pangkalusugan",
}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phones(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's phone fields with a number, (column, field as published), each value once."""
    out: list[tuple[str, str]] = []
    for column in PHONES:
        value = _f(row, column)
        if re.search(r"\d", value) and value not in (v for _, v in out):
            out.append((column, value))
    return out


def emails(row: dict[str, Any]) -> list[str]:
    """The row's e-mail fields that are one well-formed address each, each address once."""
    out: list[str] = []
    for column in EMAILS:
        value = _f(row, column)
        if ADDRESS.fullmatch(value) and value not in out:
            out.append(value)
    return out


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented time of the months after the register's copy (June 2026)."""
    day = datetime.date(2026, 7, 1) + datetime.timedelta(days=rng.randint(0, 140))
    return datetime.datetime(
        day.year, day.month, day.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59)
    )


def _licence(row: dict[str, Any]) -> str:
    """The licensing status without the export's markup (``With License``), "" if none."""
    return re.sub(r".*>([^<>]+)</span>.*", r"\1", _f(row, "Licensing Status"))


def _name(row: dict[str, Any]) -> str:
    """The facility's name, the export's HTML entities (``&AMP;``) read."""
    return html.unescape(_f(row, "Facility Name"))


def _ownership(row: dict[str, Any]) -> str:
    sub = _f(row, "Ownership Sub-Classification for Government facilities") or _f(
        row, "Ownership Sub-Classification for private facilities"
    )
    return " - ".join(p for p in (_f(row, "Ownership Major Classification"), sub) if p)


def _title(value: str) -> str:
    """A name as a page writes it (``Agcuyawan Calsada``), Roman numerals kept (``III``)."""
    return " ".join(
        w if re.fullmatch(r"[IVX]+", w) else w[:1] + w[1:].lower() for w in value.split(" ")
    )


def _street(row: dict[str, Any]) -> str:
    return ", ".join(p for p in (_f(row, "Building name and #"), _f(row, "Street Name and #")) if p)


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone fields and e-mail addresses
    labelled. Each copy stands apart (no digit next to a number, no address character next to
    an address), so a copy is never part of another value; a value found inside a longer one
    (``3153036`` in ``+63 3153036``) is the longer one's."""
    values = [*phones(row), *(("email", a) for a in emails(row))]
    values = sorted(values, key=lambda v: -len(v[1]))
    return field_copies(
        text,
        values,
        {**dict.fromkeys(PHONES, EDGES["phone"]), "email": EDGES["email"]},
        {c: c for c in PHONES},
        row["path"],
        nested=True,
    )


def fhir_organization(row: dict[str, Any], rng: random.Random) -> str:
    """The facility as an HL7 FHIR R4 ``Organization`` resource, as a server answers a read
    (``GET [base]/Organization/{id}``): pretty-printed JSON, the NHFR code and short code as
    ``identifier`` values, the type, the old names as ``alias``, each phone, fax and e-mail
    field a ``telecom`` entry (the value as published), the address with the PSGC codes of
    barangay, city or municipality, province and region as extensions."""
    code = _f(row, "Health Facility Code")
    telecom = [
        {"system": PHONES[column], "value": value, "use": "work", "rank": i}
        for i, (column, value) in enumerate(phones(row), 1)
    ]
    telecom += [{"system": "email", "value": value, "use": "work"} for value in emails(row)]
    address = {
        "use": "work",
        "type": "physical",
        "line": [_street(row)] if _street(row) else [],
        "city": _f(row, "City/Municipality Name"),
        "district": _f(row, "Province Name"),
        "state": _f(row, "Region Name"),
        "postalCode": _f(row, "Zip Code"),
        "country": "PH",
        "extension": [
            {
                "url": "https://nhfr.doh.gov.ph/fhir/StructureDefinition/psgc-"
                + key.split()[0].split("/")[0].lower(),
                "valueCoding": {
                    "system": "https://psa.gov.ph/classification/psgc",
                    "code": _f(row, key),
                    "display": _f(row, name),
                },
            }
            for key, name in reversed(PSGC)
            if _f(row, key)
        ],
    }
    if not address["line"]:
        del address["line"]
    if not address["postalCode"]:
        del address["postalCode"]
    resource = {
        "resourceType": "Organization",
        "id": f"{rng.randint(10**5, 10**6 - 1)}",
        "meta": {
            "versionId": str(rng.randint(1, 9)),
            "lastUpdated": f"{_moment(rng).isoformat()}.{rng.randint(0, 999):03d}+08:00",
            "source": f"#{rng.getrandbits(64):016x}",
        },
        "identifier": [
            {"use": "official", "system": "https://nhfr.doh.gov.ph", "value": code},
            {
                "use": "secondary",
                "system": "https://nhfr.doh.gov.ph/short-code",
                "value": _f(row, "Health Facility Code Short"),
            },
        ],
        "active": True,
        "type": [
            {
                "coding": [
                    {
                        "system": "https://nhfr.doh.gov.ph/CodeSystem/facility-type",
                        "display": _f(row, "Health Facility Type"),
                    }
                ],
                "text": _f(row, "Facility Major Type"),
            }
        ],
        "name": _name(row),
        "alias": [
            _f(row, f"Old Health Facility Name {i}")
            for i in (1, 2, 3)
            if _f(row, f"Old Health Facility Name {i}")
        ],
        "telecom": telecom,
        "address": [address],
    }
    if not resource["alias"]:
        del resource["alias"]
    return json.dumps(resource, ensure_ascii=False, indent=2) + "\n"


def _hl7(value: str) -> str:
    """A value with HL7 v2's escapes for its delimiters (``\\E\\ \\F\\ \\S\\ \\R\\ \\T\\``)."""
    for char, esc in (
        ("\\", "\\E\\"),
        ("|", "\\F\\"),
        ("^", "\\S\\"),
        ("~", "\\R\\"),
        ("&", "\\T\\"),
    ):
        value = value.replace(char, esc)
    return value


def hl7v2_mfn_m05(row: dict[str, Any], rng: random.Random) -> str:
    """An HL7 v2.5 ``MFN^M05`` message (patient location master file) that the registry sends
    a hospital information system when the facility's entry changes: ``MSH``, ``MFI``,
    ``MFE``, the ``LOC`` segment (the facility's name, address as ``XAD`` and every phone, fax
    and e-mail field as a repetition of ``XTN`` in ``LOC-6``) and ``LCH`` characteristics
    (the PSGC codes, the bed capacity, the licence); segments end in carriage returns only,
    as the standard has them."""
    at = _moment(rng)
    stamp = f"{at:%Y%m%d%H%M%S}+0800"
    short, code = _f(row, "Health Facility Code Short"), _f(row, "Health Facility Code")
    key = f"{short}^^^{code}"
    xtn = [
        f"{_hl7(value)}^WPN^{'FX' if PHONES[column] == 'fax' else 'PH'}"
        for column, value in phones(row)
    ]
    xtn += [f"^NET^Internet^{_hl7(value)}" for value in emails(row)]
    address = "^".join(
        [
            _hl7(_street(row)),
            _hl7(_f(row, "Barangay Name")),
            _hl7(_f(row, "City/Municipality Name")),
            _hl7(_f(row, "Province Name")),
            _f(row, "Zip Code"),
            "PHL",
            "B",
        ]
    )
    kind = {"Hospital": "H", "Rural Health Unit": "C"}.get(_f(row, "Health Facility Type"), "O")
    segments = [
        f"MSH|^~\\&|NHFR|DOH^2.16.608.1.2.1^ISO|IHOMIS|CHD-WV|{stamp}||MFN^M05^MFN_M05|"
        f"{rng.randint(10**9, 10**10 - 1)}|P|2.5|||AL|NE|PHL",
        "MFI|LOC^Location Master File^HL70175||UPD|||AL",
        f"MFE|MUP|{rng.randint(10**5, 10**6 - 1)}|{stamp}|{key}|PL",
        f"LOC|{key}|{_hl7(_f(row, 'Health Facility Type'))}|{kind}|{_hl7(_name(row))}|"
        f"{address}|{'~'.join(xtn)}",
    ]
    characteristics = [(f"PSGC-{k.split()[0][:3].upper()}", _f(row, k)) for k, _ in PSGC]
    characteristics += [
        ("BEDS", _f(row, "Bed Capacity")),
        ("LICSTAT", _hl7(_licence(row))),
        ("LICEXP", _f(row, "License Validity Date")),
    ]
    segments += [
        f"LCH|{key}||{i}|{name}^{name}^L|{value}"
        for i, (name, value) in enumerate(((n, v) for n, v in characteristics if v), 1)
    ]
    return "\r".join(segments) + "\r"


WIDTH = 92  # the page's width in characters as pdftotext -layout sets its text


def _pair(label: str, value: str, label2: str = "", value2: str = "") -> str:
    """A line of the sheet: a label and its value padded to a column, perhaps a second pair
    at the right."""
    left = f"  {label:<22}{value}"
    if not label2:
        return left
    right = f"{label2:<14}{value2}"
    return f"{left:<{WIDTH - 36}}{right}" if len(left) < WIDTH - 37 else f"{left}   {right}"


def pdftotext_profile(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's profile sheet printed from the registry to PDF and read back by
    ``pdftotext -layout``: the centred letterhead, the title, the label and value pairs in two
    columns padded with spaces (each phone, fax and e-mail field on its line), the PSGC codes,
    the footer with the print time and page number, a form feed at the page's end."""
    at = _moment(rng)
    numbers = phones(row)
    lines = [
        "Republic of the Philippines".center(WIDTH).rstrip(),
        "DEPARTMENT OF HEALTH".center(WIDTH).rstrip(),
        "Center for Health Development - Western Visayas".center(WIDTH).rstrip(),
        "",
        "NATIONAL HEALTH FACILITY REGISTRY".center(WIDTH).rstrip(),
        "HEALTH FACILITY PROFILE".center(WIDTH).rstrip(),
        "",
        _pair("Facility Name:", _name(row)),
        _pair(
            "Facility Type:",
            _f(row, "Health Facility Type"),
            "NHFR Code:",
            _f(row, "Health Facility Code"),
        ),
        _pair(
            "Major Type:",
            _f(row, "Facility Major Type"),
            "Short Code:",
            _f(row, "Health Facility Code Short"),
        ),
        _pair("Ownership:", _ownership(row), "Bed Capacity:", _f(row, "Bed Capacity")),
        "",
        _pair("Street / Building:", _street(row) or "-"),
        _pair("Barangay:", _f(row, "Barangay Name"), "PSGC:", _f(row, "Barangay PSGC")),
        _pair(
            "City/Municipality:",
            _f(row, "City/Municipality Name"),
            "PSGC:",
            _f(row, "City/Municipality PSGC"),
        ),
        _pair("Province:", _f(row, "Province Name"), "PSGC:", _f(row, "Province PSGC")),
        _pair("Region:", _f(row, "Region Name"), "ZIP Code:", _f(row, "Zip Code") or "-"),
        "",
    ]
    labels = {
        "Landline Number": "Landline No.:",
        "Landline Number 2": "Landline No. 2:",
        "Fax Number": "Fax No.:",
    }
    lines += [_pair(labels[column], value) for column, value in numbers]
    lines += [_pair("E-mail Address:", value) for value in emails(row)]
    if _licence(row):
        lines += [
            "",
            _pair(
                "Licensing Status:",
                _licence(row),
                "Valid Until:",
                _f(row, "License Validity Date") or "-",
            ),
        ]
    if _f(row, "Service Capability"):
        lines.append(_pair("Service Capability:", _f(row, "Service Capability")))
    printed = f"Date Printed: {at:%m/%d/%Y %I:%M %p}"
    lines += ["", "", f"{printed}{'Page 1 of 1':>{WIDTH - len(printed)}}"]
    return "\n".join(lines) + "\n\f"


def _fil_date(day: datetime.date) -> str:
    return f"{MONTHS_FIL[day.month - 1]} {day.day}, {day.year}"


def _count(n: int) -> str:
    """A count as Facebook abbreviates it (``1.2K``)."""
    return f"{n / 1000:.1f}K".replace(".0K", "K") if n >= 1000 else str(n)


def facebook_about_fil(row: dict[str, Any], rng: random.Random) -> str:
    """The About tab of the facility's Facebook page selected and copied as text, the
    interface in Filipino: the page's name, likes and followers, the tab's sections, each
    value on its line and its caption on the next (the address, each number as ``Mobile`` or
    ``Telepono``, each address as ``Email``), the category, then ``Transparency ng Page``
    with the page's id and the day it was made."""
    followers = rng.randint(150, 9000)
    likes = int(followers * rng.uniform(0.7, 0.95))
    created = datetime.date(2013, 1, 1) + datetime.timedelta(days=rng.randint(0, 4200))
    place = ", ".join(
        p
        for p in (
            _street(row),
            f"Brgy. {_title(_f(row, 'Barangay Name'))}",
            _title(_f(row, "City/Municipality Name")),
            _title(_f(row, "Province Name")),
        )
        if p
    )
    place += f", Philippines{', ' + _f(row, 'Zip Code') if _f(row, 'Zip Code') else ''}"
    category = CATEGORIES.get(_f(row, "Health Facility Type"), "Ahensya ng gobyerno")
    lines = [
        _title(_name(row)),
        f"{_count(likes)} likes • {_count(followers)} followers",
        "",
        "Tungkol sa",
        "Pangkalahatang-ideya",
        "Impormasyon sa pakikipag-ugnayan at pangunahing impormasyon",
        "",
        "Impormasyon sa pakikipag-ugnayan",
        place,
        "Tirahan",
    ]
    for _, value in phones(row):
        mobile = re.sub(r"\D", "", value).startswith(("639", "09"))
        lines += [value, "Mobile" if mobile else "Telepono"]
    for value in emails(row):
        lines += [value, "Email"]
    lines += [
        "",
        "Pangunahing impormasyon",
        f"Pahina · {category}",
        "Kategorya",
        f"Opisyal na page ng {_title(_name(row))}. NHFR Code: {_f(row, 'Health Facility Code')}"
        f" · PSGC {_f(row, 'Barangay PSGC')}",
        "Intro",
        "",
        "Transparency ng Page",
        f"{rng.randint(100063 * 10**9, 100095 * 10**9)}",
        "ID ng Page",
        _fil_date(created),
        "Petsa ng paggawa",
    ]
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "fhir_organization": fhir_organization,
    "hl7v2_mfn_m05": hl7v2_mfn_m05,
    "pdftotext_profile": pdftotext_profile,
    "facebook_about_fil": facebook_about_fil,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax numbers
    and e-mail addresses labelled."""
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
