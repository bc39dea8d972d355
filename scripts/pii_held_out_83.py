"""held_out_83 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Jamaica) exactly as published, in layouts no earlier part has, beside the
row's own address, opening hours and status.

The procedure of ``held_out_46``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY, LV, RS, TN, PK, CR, GH, MA, BD, DO, TZ, SE, AE,
CN, UA, SN, HK, NP, UG, VE and BA; here:

* the values are the phone fields of the Jamaica Library Service's branch libraries as its
  parish library pages list them (``scripts/data/pii_jm_libraries.json``, written by
  ``scripts/jm_libraries_data.py``; source and licence in that file): numbers as each page
  printed them, the area code in brackets (``(876) 987-5525``, ``(876)850-4095``,
  ``(876)-850-4048``), alternatives after a slash (``(876) 956-2205 / 3410``,
  ``(876)993-2793/993-3931/715-1669``), one without the area code (``975-8402``), up to two
  fields a branch, each number of each copy of each field labelled; a short piece the
  scraper cut off (``/876 520``) is a distractor; the directory gives no e-mail addresses;
* the text around them is the same row's real fields: the branch's name, its parish network,
  address, opening hours (``Monday - Thursday | 9:00 am - 5:00 pm``), status and the network's
  page, with invented control numbers, timestamps, ids, counts and timeouts, unlabelled and
  scored;
* in layouts no earlier part has, labels in English (Jamaica's official language): a MARC 21
  community information record in MARCXML (the branch as an organization, its numbers in
  field 270 ``$k``, hours in 307, a note in 500 repeating the first), a Gemini capsule's
  gemtext page (``* Telephone: ...`` list lines and a quote line repeating the first), a
  Robot Framework test suite of the directory site (``${PHONE}`` variables and an ``Element
  Text Should Be`` step with the first number), and an abook address book file
  (``workphone=`` and ``phone=``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_83.py   # rewrites the committed file
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jm_libraries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_83.jsonl.gz"
SPLIT = "held_out_83"

LAYOUTS = ("marcxml_community", "gemtext_page", "robot_suite", "abook_addressbook")
PHONE = "phones"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[str]:
    """The row's phone fields as published (each string of its ``phones`` list), stripped."""
    return [p.strip() for p in row["fields"]["phones"]]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The branch and its network as an id: lower-case ASCII words joined by ``-``."""
    network = re.findall(r"[a-z]+", _f(row, "parish_name").lower())
    branch = re.findall(r"[a-z]+", _f(row, "branch_name").lower())
    words = [w for w in network if w not in ("network", "and")] + branch
    return "-".join(words[:6]) or "branch"


def _title(row: dict[str, Any]) -> str:
    """The branch's name as a heading: the network's parish library, or the named branch."""
    name = _f(row, "branch_name")
    if name == "Parish Library":
        return _f(row, "parish_page_title")
    return f"{name} Branch Library"


def _hours(row: dict[str, Any]) -> list[str]:
    """The opening hours field's pieces, as the field separates them with ``|``."""
    return [x.strip() for x in _f(row, "hours").split("|") if x.strip()]


def _stamp(rng: random.Random) -> tuple[int, int, int, int, int, int]:
    """An invented time of a record's last change, in 2026."""
    return (
        2026,
        rng.randint(1, 9),
        rng.randint(1, 28),
        rng.randint(7, 18),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )


def _subfield(code: str, value: str) -> str:
    return f'<subfield code="{code}">{escape(value)}</subfield>'


def _datafield(tag: str, ind: str, subfields: list[tuple[str, str]]) -> str:
    inner = "".join(_subfield(c, v) for c, v in subfields)
    return f'    <datafield tag="{tag}" ind1="{ind[0]}" ind2="{ind[1]}">{inner}</datafield>'


def marcxml_community(row: dict[str, Any], rng: random.Random) -> str:
    """The branch as a MARC 21 community information record (leader type ``q``) in MARCXML,
    as an OAI-PMH harvest of a library catalogue gives it: an invented control number and
    timestamp, 040, the branch as a corporate name under the Jamaica Library Service (110), its
    address and every phone field in 270 (``$k``), its hours in 307, a 500 note repeating the
    first phone field for room bookings, its status and services in 500/505 where it has them,
    and the network's page in 856."""
    year, month, day, hour, minute, second = _stamp(rng)
    numbers = phones(row)
    leader = f"{rng.randint(900, 2400):05d}nq  a22{rng.randint(150, 400):05d}n  4500"
    body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<collection xmlns="http://www.loc.gov/MARC21/slim">',
        "  <record>",
        f"    <leader>{leader}</leader>",
        f'    <controlfield tag="001">jls{rng.randint(100000, 999999)}</controlfield>',
        '    <controlfield tag="003">JmKJLS</controlfield>',
        f'    <controlfield tag="005">{year}{month:02d}{day:02d}{hour:02d}{minute:02d}'
        f"{second:02d}.0</controlfield>",
        _datafield("040", "  ", [("a", "JmKJLS"), ("b", "eng"), ("c", "JmKJLS")]),
        _datafield(
            "110",
            "2 ",
            [
                ("a", "Jamaica Library Service."),
                ("b", _f(row, "parish_page_title") + "."),
                ("b", _f(row, "branch_name") + "."),
            ],
        ),  # fmt: skip
        _datafield(
            "270",
            "1 ",
            [("a", _f(row, "address") or _f(row, "parish_name")), ("d", "Jamaica")]
            + [("k", p) for p in numbers],
        ),
    ]
    if _hours(row):
        body.append(_datafield("307", "8 ", [("a", "; ".join(_hours(row)))]))
    body.append(_datafield("500", "  ", [("a", f"Meeting room bookings: call {numbers[0]}.")]))
    if _f(row, "status"):
        body.append(_datafield("500", "  ", [("a", f"Status: {_f(row, 'status')}.")]))
    services = [s.strip() for s in row["fields"].get("services") or [] if s.strip()]
    if services:
        body.append(_datafield("505", "0 ", [("a", " -- ".join(services))]))
    body += [
        _datafield("856", "42", [("u", _f(row, "parish_page_url")), ("z", "Parish network page")]),
        "  </record>",
        "</collection>",
        "",
    ]
    return "\n".join(body)


def gemtext_page(row: dict[str, Any], rng: random.Random) -> str:
    """The branch's page of a Gemini capsule mirroring the library directory (``.gmi``): a
    heading, the network as a subheading, list lines for the address and each phone field
    (``* Telephone: ...``), the hours in a preformatted block, a quote line repeating the
    first phone field, links to the network's page and back, and an invented update date and
    visit count."""
    numbers = phones(row)
    year, month, day, *_ = _stamp(rng)
    lines = [
        f"# {_title(row)}",
        f"## {_f(row, 'parish_page_title')}",
        "",
    ]
    if _f(row, "status"):
        lines += [f"Status: {_f(row, 'status')}", ""]
    lines.append(f"* Address: {_f(row, 'address') or _f(row, 'parish_name')}")
    lines += [f"* Telephone: {p}" for p in numbers]
    lines.append("")
    if _hours(row):
        lines += ["```opening hours", *_hours(row), "```", ""]
    lines += [
        f"> Call {numbers[0]} before you visit: hours change on public holidays.",
        "",
        f"=> {_f(row, 'parish_page_url')} {_f(row, 'parish_page_title')} (jls.gov.jm)",
        "=> index.gmi All branch libraries",
        "",
        f"Page updated {year}-{month:02d}-{day:02d} · {rng.randint(40, 2400)} visits this month",
        "",
    ]
    return "\n".join(lines)


def robot_suite(row: dict[str, Any], rng: random.Random) -> str:
    """The directory web site's acceptance tests for the branch's card as a Robot Framework
    suite (``.robot``): settings with an invented timeout, variables for the network's page,
    the branch, each phone field and the address, and test cases, one checking the card's
    phone element against the first phone field written out again, one the hours."""
    numbers = phones(row)
    card = f"branch-{rng.randint(100, 999)}"
    names = ["${PHONE}", *(f"${{PHONE {i}}}" for i in range(2, len(numbers) + 1))]
    variables = [
        f"${{DIRECTORY URL}}    {_f(row, 'parish_page_url')}",
        f"${{BRANCH}}           {_f(row, 'branch_name')}",
        *(f"{name:<20}{p}" for name, p in zip(names, numbers, strict=True)),
        f"${{ADDRESS}}          {_f(row, 'address') or _f(row, 'parish_name')}",
    ]
    cases = [
        "Branch Card Shows Contact Details",
        "    Wait Until Page Contains    ${BRANCH}    timeout=10s",
        f"    Element Text Should Be    css:#{card} .telephone    {numbers[0]}",
        "    Page Should Contain    ${ADDRESS}",
    ]
    for name in names[1:]:
        cases.append(f"    Page Should Contain    {name}")
    hours = _hours(row)
    if hours:
        cases += ["", "Opening Hours Are Listed"]
        cases += [f"    Element Should Contain    css:#{card} .hours    {h}" for h in hours[:2]]
    lines = [
        "*** Settings ***",
        f"Documentation     Branch card checks: {_title(row)}, {_f(row, 'parish_page_title')}.",
        "Library           SeleniumLibrary",
        "Suite Setup       Open Browser    ${DIRECTORY URL}    headlesschrome",
        "Suite Teardown    Close All Browsers",
        f"Test Timeout      {rng.choice((30, 45, 60, 90))} seconds",
        "",
        "*** Variables ***",
        *variables,
        "",
        "*** Test Cases ***",
        *cases,
        "",
    ]
    return "\n".join(lines)


def abook_addressbook(row: dict[str, Any], rng: random.Random) -> str:
    """The branch's entry in an abook address book file (``~/.abook/addressbook``): the
    file's header and ``[format]`` section, then the entry ``[0]`` with the branch's name,
    address, country, the first phone field as ``workphone=`` and the second as ``phone=``,
    the network's page as ``url=``, the hours and status in ``notes=``, and an invented
    nickname with a branch number."""
    numbers = phones(row)
    notes = "; ".join(x for x in (_f(row, "hours").replace(" | ", " "), _f(row, "status")) if x)
    lines = [
        "# abook addressbook file",
        "",
        "[format]",
        "program=abook",
        "version=0.6.1",
        "",
        "",
        "[0]",
        f"name=Jamaica Library Service, {_title(row)}",
        f"address={_f(row, 'address') or _f(row, 'parish_name')}",
        "country=Jamaica",
        f"workphone={numbers[0]}",
    ]
    if len(numbers) > 1:
        lines.append(f"phone={numbers[1]}")
    lines += [
        f"nick=jls{rng.randint(10, 99)}-{_slug(row)}",
        f"url={_f(row, 'parish_page_url')}",
    ]
    if notes:
        lines.append(f"notes={notes}")
    lines += ["groups=libraries", "", ""]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "marcxml_community": marcxml_community,
    "gemtext_page": gemtext_page,
    "robot_suite": robot_suite,
    "abook_addressbook": abook_addressbook,
}


def phones_copies(text: str, values: list[str], column: str, where: str) -> Record:
    """``text`` as a record with every copy of each of a row's phone fields ``values``
    labelled under ``column`` (each number in it by ``labelled_record``), the longer field
    first where one holds another. Each copy stands apart (no digit next to it); ``where``
    names the row if one does not."""
    pattern = "|".join(re.escape(v) for v in sorted(set(values), key=len, reverse=True))
    b = Record()
    at = 0
    for m in re.finditer(pattern, text):
        assert not re.fullmatch(r"\d", text[m.start() - 1 : m.start()]), where
        assert not re.fullmatch(r"\d", text[m.end() : m.end() + 1]), where
        b.add(text[at : m.start()])
        b.phone(column, m.group())
        at = m.end()
    b.add(text[at:])
    return b


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of each of its phone fields
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phones_copies(BLOCKS[layout](row, rng), phones(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
