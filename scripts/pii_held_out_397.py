"""held_out_397 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Ministry of the Interior's Department of Household Registration's
directory of Taiwan's household registration offices, 戶政機關通訊; Taiwan's earlier parts took
the National Health Insurance Administration's mask-stock list and home-care institutions, the
Ministry of Education's schools, preschools and universities, Hsinchu City's medical
institutions, the National Police Agency's stations, Taipei's elder-care providers and hotels,
Chunghwa Post's post offices, the Financial Supervisory Commission's financial institutions,
the Tourism Bureau's restaurants, the Taiwan Stock Exchange's securities branches, cram
schools, infant child-care centres, national civil associations, MOS Burger's stores,
veterinary practices, the DGPA's list of government agencies and Kaohsiung's temples) exactly
as published, in layouts no earlier part has, beside the directory's own office ids, names,
addresses and web sites.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``tel`` of 280 offices, their ``fax`` where the directory gives one number
  in the same shape that is not the telephone again and their ``email`` where it holds an
  address (``scripts/data/pii_tw_ris_household_offices.json``, written by
  ``scripts/tw_ris_household_offices_data.py``; source and licence in that file): Taiwanese
  numbers as the directory writes them, the area code and the line joined by a hyphen
  (``06-2232609``, ``049-2222171``), and the offices' mailboxes (``tnccg@ms1.gsn.gov.tw``);
  each copy labelled whole, every copy;
* the text around them is the same row's real fields: the eight-digit office id (``orgId``,
  ``67000370``: a phone-shaped number, unlabelled on purpose), the name, the address and the
  web site as published, with invented row ids, service-counter counts, dates and times,
  unlabelled and scored; the directory's opening hours are not written (one office's hours
  repeat its numbers);
* in layouts no earlier part has, text in Chinese (Traditional) in the formats of the software
  built on such open data: PostgREST insert requests (``POST /household_offices?select=...``
  with ``Prefer: return=representation`` and the office as a one-element JSON array), Protocol
  Buffers text format files (``.textproto``: the office as a message with one ``contact`` a
  channel), Doctrine data fixtures (a Symfony ``src/DataFixtures`` class extending ``Fixture``
  whose ``load(ObjectManager $manager)`` builds, persists and flushes the office) and Rails
  seed files (``db/seeds.rb``: ``HouseholdOffice.find_or_create_by!`` on the office id, its
  block setting the attributes).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_397.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_ris_household_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_397.jsonl.gz"
SPLIT = "held_out_397"

LAYOUTS = ("postgrest_insert", "protobuf_textproto", "doctrine_fixture", "rails_seeds")
PHONE, FAX, EMAIL = "tel", "fax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
# the directory's shape of one number (the extractor's ``SHAPE``)
SHAPE = re.compile(r"0\d{1,3}-\d{5,8}")
MAILBOX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
TZ = dt.timezone(dt.timedelta(hours=8))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented notes on the counters (no number in them)
NOTES = (
    "臨櫃辦理請攜帶國民身分證",
    "戶籍謄本可跨所申辦",
    "結婚登記請事先預約",
    "提供新住民諮詢服務",
    "設有無障礙服務櫃檯",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The office's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The office's fax where it is one number of ``SHAPE`` that is not the telephone again;
    else ""."""
    value = _f(row, FAX)
    return value if SHAPE.fullmatch(value) and value != phone(row) else ""


def email(row: dict[str, Any]) -> str:
    """The office's mailbox where the field holds one well-formed address (not ``0``), else
    ""."""
    value = _f(row, EMAIL)
    return value if MAILBOX.fullmatch(value) else ""


def international(value: str) -> bool:
    """Whether a number is written with its country code (none of this directory's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the office's telephone, fax and mailbox (empty ones are skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailbox labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def org_id(row: dict[str, Any]) -> str:
    """The office's eight-digit id (``67000370``)."""
    return _f(row, "orgId")


def name(row: dict[str, Any]) -> str:
    return _f(row, "orgname")


def address(row: dict[str, Any]) -> str:
    return _f(row, "address")


def website(row: dict[str, Any]) -> str:
    """The web site as published, "" where the directory writes ``0``."""
    value = _f(row, "website")
    return "" if value == "0" else value


def county(row: dict[str, Any]) -> str:
    """The county or city the name or address opens with, else ""."""
    m = re.match(r"..[縣市]", name(row)) or re.match(r"..[縣市]", address(row))
    return m.group(0) if m else ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented working-day moment of 2025 (Taiwan time)."""
    day = dt.datetime(2025, 1, 6, 8, 0, tzinfo=TZ) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(minutes=rng.randint(0, 9 * 60), seconds=rng.randint(0, 59))


def _dq(value: str) -> str:
    """``value`` as a double-quoted string of the text format and of Ruby (no interpolation)."""
    out = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + out.replace("#{", "\\#{") + '"'


def _sq(value: str) -> str:
    """``value`` as a PHP single-quoted string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def postgrest_insert(row: dict[str, Any], rng: random.Random) -> str:
    """A PostgREST insert request as its API reference shows one (``POST`` to the table's path
    with ``select`` naming the columns to return, ``Content-Type: application/json``,
    ``Prefer: return=representation``): the office as a one-element JSON array of its id,
    name, county, address, telephone, fax and mailbox where it has them, web site, an invented
    counter count and note naming the telephone, and the update time."""
    when = _when(rng)
    body: dict[str, Any] = {
        "org_id": org_id(row),
        "name": name(row),
        "county": county(row),
        "address": address(row),
        "tel": phone(row),
    }
    if fax(row):
        body["fax"] = fax(row)
    if email(row):
        body["email"] = email(row)
    if website(row):
        body["website"] = website(row)
    body["counters"] = rng.randint(3, 18)
    body["note"] = f"{rng.choice(NOTES)}；洽詢電話 {phone(row)}"
    body["updated_at"] = f"{when:%Y-%m-%dT%H:%M:%S}+08:00"
    payload = json.dumps([body], ensure_ascii=False, separators=(",", ":"))
    lines = [
        "POST /household_offices?select=id,org_id,updated_at HTTP/1.1",
        f"Host: {rng.choice(('localhost:3000', 'api.internal:3000', 'db-rest:3000'))}",
        "Content-Type: application/json",
        "Prefer: return=representation",
        f"Content-Length: {len(payload.encode('utf-8'))}",
        "",
        payload,
        "",
    ]
    return "\n".join(lines)


def protobuf_textproto(row: dict[str, Any], rng: random.Random) -> str:
    """A Protocol Buffers text format file (``.textproto``, ``#`` comments, ``field: value``
    lines, nested messages in braces, strings in double quotes as UTF-8): the office as a
    ``HouseholdOffice`` message with its id, name, county, address, one ``contact`` per
    channel (``PHONE``, ``FAX``, ``EMAIL``; those it has), web site, an invented counter
    count and the date the entry was checked."""
    when = _when(rng)
    lines = [
        f"# testdata/household_offices/{org_id(row)}.textproto",
        "# 戶政事務所通訊資料（內政部戶政司「戶政機關通訊」）",
        f"org_id: {_dq(org_id(row))}",
        f"name: {_dq(name(row))}",
    ]
    if county(row):
        lines.append(f"county: {_dq(county(row))}")
    lines.append(f"address: {_dq(address(row))}")
    for kind, value in (("PHONE", phone(row)), ("FAX", fax(row)), ("EMAIL", email(row))):
        if value:
            lines += ["contact {", f"  type: {kind}", f"  value: {_dq(value)}", "}"]
    if website(row):
        lines.append(f"website: {_dq(website(row))}")
    lines += [
        f"counter_count: {rng.randint(3, 18)}",
        f"checked_on: {_dq(f'{when:%Y-%m-%d}')}",
        "",
    ]
    return "\n".join(lines)


def doctrine_fixture(row: dict[str, Any], rng: random.Random) -> str:
    """A Doctrine data fixture of a Symfony application (``src/DataFixtures``, a class
    extending ``Fixture`` with ``load(ObjectManager $manager): void``): a new
    ``HouseholdOffice`` given the office's id, name, address, telephone, fax and mailbox
    where it has them, web site and an invented update time, persisted and flushed, then
    stored as a reference for other fixtures."""
    when = _when(rng)
    const = f"OFFICE_{org_id(row)}"
    setters = [
        ("setOrgId", _sq(org_id(row))),
        ("setName", _sq(name(row))),
        ("setAddress", _sq(address(row))),
        ("setTel", _sq(phone(row))),
    ]
    if fax(row):
        setters.append(("setFax", _sq(fax(row))))
    if email(row):
        setters.append(("setEmail", _sq(email(row))))
    if website(row):
        setters.append(("setWebsite", _sq(website(row))))
    setters.append(
        ("setUpdatedAt", f"new \\DateTimeImmutable('{when:%Y-%m-%d %H:%M:%S}')"),
    )
    calls = [f"        $office->{method}({arg});" for method, arg in setters]
    lines = [
        "<?php",
        "",
        "namespace App\\DataFixtures;",
        "",
        "use App\\Entity\\HouseholdOffice;",
        "use Doctrine\\Bundle\\FixturesBundle\\Fixture;",
        "use Doctrine\\Persistence\\ObjectManager;",
        "",
        "// 資料來源：內政部戶政司「戶政機關通訊」",
        "class HouseholdOfficeFixtures extends Fixture",
        "{",
        f"    public const {const} = 'office-{org_id(row)}';",
        "",
        "    public function load(ObjectManager $manager): void",
        "    {",
        "        $office = new HouseholdOffice();",
        *calls,
        "        $manager->persist($office);",
        "        $manager->flush();",
        "",
        f"        $this->addReference(self::{const}, $office);",
        "    }",
        "}",
        "",
    ]
    return "\n".join(lines)


def rails_seeds(row: dict[str, Any], rng: random.Random) -> str:
    """A Rails seed file (``db/seeds.rb``, the comment Rails writes at its top, loaded by
    ``bin/rails db:seed``): ``HouseholdOffice.find_or_create_by!`` on the office id, its block
    setting the name, county, address, telephone, fax and mailbox where it has them, web site
    and an invented counter count; a ``puts`` names the office."""
    attrs = [("name", _dq(name(row)))]
    if county(row):
        attrs.append(("county", _dq(county(row))))
    attrs += [("address", _dq(address(row))), ("tel", _dq(phone(row)))]
    if fax(row):
        attrs.append(("fax", _dq(fax(row))))
    if email(row):
        attrs.append(("email", _dq(email(row))))
    if website(row):
        attrs.append(("website", _dq(website(row))))
    attrs.append(("counters", str(rng.randint(3, 18))))
    lines = [
        "# This file should ensure the existence of records required to run the application in",
        "# every environment (production, development, test). The code here should be idempotent",
        "# so that it can be executed at any point in every environment.",
        "# The data can then be loaded with the bin/rails db:seed command (or created alongside",
        "# the database with db:setup).",
        "",
        "# 戶政事務所：內政部戶政司「戶政機關通訊」",
        f"HouseholdOffice.find_or_create_by!(org_id: {_dq(org_id(row))}) do |office|",
        *(f"  office.{k} = {v}" for k, v in attrs),
        "end",
        "",
        f"puts {_dq(f'seeded {name(row)}')}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "postgrest_insert": postgrest_insert,
    "protobuf_textproto": protobuf_textproto,
    "doctrine_fixture": doctrine_fixture,
    "rails_seeds": rails_seeds,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone, fax and
    mailbox labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
