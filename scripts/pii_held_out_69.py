"""held_out_69 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Ukraine) exactly as published, in layouts no earlier part has,
beside the row's own branch number, reference ids, coordinates and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the phone and e-mail fields of the branches of SAT, a Ukrainian parcel
  carrier (``scripts/data/pii_ua_sat.json``, written by ``scripts/ua_sat_data.py``; source and
  licence in that file): numbers as each branch gave them (``0 800 30 99 09, (067) 217 07 31``,
  two or three numbers after commas or semicolons), each number of each copy labelled, and the
  branch's e-mail address (``info@sat.ua``, ``lviv@sat.ua``) labelled;
* the text around them is the same row's real fields: its branch number (``067``), reference
  uuids, coordinates (``47.6489``) and opening hours, with invented ids, ports and times,
  unlabelled and scored;
* in layouts no earlier part has, labels in Ukrainian: a Nix attribute set of the branch, a
  Puppet manifest with a ``file`` resource, an Elixir ``seeds.exs`` map inserted with Ecto and
  a Hurl file of requests to the branch API.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_69.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ua_sat.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_69.jsonl.gz"
SPLIT = "held_out_69"

LAYOUTS = ("nix_attrset", "puppet_manifest", "elixir_seeds", "hurl_file")
PHONE = "phone"
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published, stripped."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the phone field (each number in it by
    ``labelled_record``) and of the e-mail address labelled. Each copy stands apart, so a copy
    is never part of another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _q(value: str) -> str:
    """A double-quoted string (JSON's escapes; Nix, Puppet and Elixir read them alike here)."""
    return json.dumps(value, ensure_ascii=False).replace("$", "\\$").replace("#{", "\\#{")


def nix_attrset(row: dict[str, Any], rng: random.Random) -> str:
    """The branch as a Nix attribute set (``branches/<number>.nix``): its number, name,
    address, phone, e-mail, reference ids, coordinates, opening hours by day and an invented
    port of its terminal service."""
    lines = [
        f"# branches/{_f(row, 'number')}.nix — відділення SAT {_f(row, 'description')}",
        "{ lib, ... }:",
        "{",
        f"  number = {_q(_f(row, 'number'))};",
        f"  name = {_q(_f(row, 'description'))};",
        f"  address = {_q(_f(row, 'address'))};",
        f"  phone = {_q(phone(row))};",
        f"  email = {_q(email(row))};",
        f"  ref = {_q(_f(row, 'ref'))};",
        f"  cityRef = {_q(_f(row, 'cityRef'))};",
        f"  location = {{ lat = {_f(row, 'latitude')}; lon = {_f(row, 'longitude')}; }};",
        "  schedule = {",
        *(f"    {d} = {_q(_f(row, 'schedule.' + d))};" for d in DAYS),
        "  };",
        f"  terminal.port = {rng.randint(7000, 9999)};",
        "}",
        "",
    ]
    return "\n".join(lines)


def puppet_manifest(row: dict[str, Any], rng: random.Random) -> str:
    """The branch's kiosk as a Puppet manifest: a class with the branch's variables and a
    ``file`` resource writing its contact card, an invented uid and ``cron`` hour."""
    cls = f"sat::branch_{_f(row, 'number')}"
    lines = [
        f"# Відділення {_f(row, 'description')}, {_f(row, 'address')}",
        f"class {cls} {{",
        f"  $branch_phone = {_q(phone(row))}",
        f"  $branch_email = {_q(email(row))}",
        "",
        "  file { '/etc/sat/branch.conf':",
        "    ensure  => file,",
        "    owner   => 'kiosk',",
        "    mode    => '0644',",
        f'    content => "ref={_f(row, "ref")}\\ntel=${{branch_phone}}'
        '\\nmail=${branch_email}\\n",',
        "  }",
        "",
        "  user { 'kiosk':",
        "    ensure => present,",
        f"    uid    => {rng.randint(1001, 1999)},",
        "  }",
        "",
        "  cron { 'sync-parcels':",
        "    command => '/usr/local/bin/sat-sync',",
        f"    hour    => {rng.randint(0, 5)},",
        f"    minute  => {rng.choice((0, 15, 30, 45))},",
        "  }",
        f"  # Тел.: {phone(row)}; координати {_f(row, 'latitude')}, {_f(row, 'longitude')}",
        "}",
        "",
    ]
    return "\n".join(lines)


def elixir_seeds(row: dict[str, Any], rng: random.Random) -> str:
    """The branch as an Elixir ``priv/repo/seeds.exs`` entry: a map of its fields inserted
    with ``Repo.insert!`` and an ``IO.puts`` naming its phone, with an invented weight limit."""
    lines = [
        "# priv/repo/seeds.exs",
        "alias Sat.Repo",
        "alias Sat.Branches.Branch",
        "",
        "branch = %{",
        f"  number: {_q(_f(row, 'number'))},",
        f"  name: {_q(_f(row, 'description'))},",
        f"  address: {_q(_f(row, 'address'))},",
        f"  phone: {_q(phone(row))},",
        f"  email: {_q(email(row))},",
        f"  ref: {_q(_f(row, 'ref'))},",
        f"  latitude: {_f(row, 'latitude')},",
        f"  longitude: {_f(row, 'longitude')},",
        f"  max_weight_kg: {rng.choice((30, 100, 500, 1000))},",
        f"  hours: %{{weekdays: {_q(_f(row, 'schedule.monday'))}, "
        f"saturday: {_q(_f(row, 'schedule.saturday'))}, sunday: {_q(_f(row, 'schedule.sunday'))}}}",
        "}",
        "",
        "Repo.insert!(struct(Branch, branch))",
        f'IO.puts("Додано відділення {_f(row, "number")}, тел. {phone(row)}")',
        "",
    ]
    return "\n".join(lines)


def hurl_file(row: dict[str, Any], rng: random.Random) -> str:
    """Requests to the branch API as a Hurl file: a ``GET`` asserting the branch's phone and
    e-mail, and a ``POST`` of a callback request from the branch with an invented order id."""
    ref = _f(row, "ref")
    lines = [
        f"# Відділення {_f(row, 'number')}: {_f(row, 'description')}, {_f(row, 'address')}",
        f"GET https://api.sat.ua/v1/rsp/{ref}",
        "Accept: application/json",
        "HTTP 200",
        "[Asserts]",
        f'jsonpath "$.data.phone" == {_q(phone(row))}',
        f'jsonpath "$.data.email" == {_q(email(row))}',
        f'jsonpath "$.data.latitude" == {_f(row, "latitude")}',
        "",
        "POST https://api.sat.ua/v1/callback",
        "Content-Type: application/json",
        "{",
        f'  "order": "{rng.randint(10**9, 10**10 - 1)}",',
        f'  "rsp": "{ref}",',
        f'  "from": {_q(phone(row))},',
        f'  "at": "{rng.randint(9, 17):02d}:{rng.choice((0, 20, 40)):02d}"',
        "}",
        "HTTP 201",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nix_attrset": nix_attrset,
    "puppet_manifest": puppet_manifest,
    "elixir_seeds": elixir_seeds,
    "hurl_file": hurl_file,
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
