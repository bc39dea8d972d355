"""held_out_120 of the PII evaluation set: real phone fields of a register no earlier part used
(Ireland's hospitals, as Eurostat's GISCO team gathered them; Ireland's earlier part took Dublin
primary schools) exactly as published, in layouts no earlier part has, beside the register's
own ids, names, addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE (schools)
and many others; here:

* the values are the ``tel`` fields of 179 hospitals, community hospitals, mental health units
  and hospices (``scripts/data/pii_ie_hospitals.json``, written by
  ``scripts/ie_hospitals_data.py``; source and licence in that file): Irish numbers as the
  register writes them, trunk ``0`` and area code, then the subscriber number
  (``01 4142000``, ``029 70003``, ``074-9135104``, ``057 93 21501``, ``07 19620011``), three
  fields with a second number, two marked for the emergency department (``01 8032000,
  01 8607089 (A/E)``), each copy labelled, and the one e-mail address of the register labelled too;
* the text around them is the same row's real fields: the register's id (``20036``), the
  hospital's name, street, Eircode (``V94 F858``), town, coordinates and facility type, with
  invented bed counts, review dates, change tickets and sync times, unlabelled and scored;
* in layouts no earlier part has, programming-language data literals of a hospital
  directory's seed code, text in Irish English: Scala case class instances (a ``final case
  class Site`` and an ``object`` with named arguments, ``Option`` fields), Haskell record
  values (a module with a record-syntax ``Site``, ``Maybe`` fields, a Haddock comment), Julia
  named tuples (a ``const`` ``NamedTuple`` with a nested coordinates tuple and ``nothing``) and
  C# object initializers (a ``static readonly`` ``Site`` in a namespace, an XML doc comment,
  ``null`` fields).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_120.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ie_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_120.jsonl.gz"
SPLIT = "held_out_120"

LAYOUTS = ("scala_case_class", "haskell_record", "julia_named_tuple", "csharp_initializer")
PHONE = "tel"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The hospital's e-mail address where the register has one ("" if not)."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _q(value: str) -> str:
    """``value`` as a double-quoted string literal of all four languages."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _invented(rng: random.Random) -> dict[str, Any]:
    """The invented values beside the row's: beds, a review date, a change ticket, a sync
    time (epoch seconds) and a revision number."""
    reviewed = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 330))
    return {
        "beds": rng.randint(12, 640),
        "reviewed": reviewed,
        "ticket": f"CHG{rng.randint(1000000, 9999999):07d}",
        "synced": 1_704_067_200 + rng.randint(0, 330 * 86400),
        "revision": rng.randint(2, 48),
    }


def _ident(row: dict[str, Any]) -> str:
    """The row's id as a code identifier's tail (``20036``)."""
    return re.sub(r"\W", "_", _f(row, "id"))


def _note(row: dict[str, Any]) -> str:
    """A comment line naming the switchboard (after the e-mail address where there is one)."""
    if email(row):
        return f"Queries to <{email(row)}>, switchboard {phone(row)}"
    return f"Switchboard {phone(row)}"


def scala_case_class(row: dict[str, Any], rng: random.Random) -> str:
    """A Scala source file of a directory's seed data: a ``final case class Site`` and an
    ``object`` holding the hospital as a ``Site`` built with named arguments (``Option``
    fields for the street, Eircode and e-mail), a Scaladoc comment naming the switchboard."""
    inv = _invented(rng)
    opt = lambda v: f"Some({_q(v)})" if v else "None"  # noqa: E731 - an Option literal
    when = inv["reviewed"]
    lines = [
        "package ie.health.directory.seed",
        "",
        "import java.time.LocalDate",
        "",
        "final case class Site(",
        "    id: String,",
        "    name: String,",
        "    kind: String,",
        "    street: Option[String],",
        "    eircode: Option[String],",
        "    town: String,",
        "    lat: Double,",
        "    lon: Double,",
        "    phone: String,",
        "    email: Option[String],",
        "    beds: Int,",
        "    reviewed: LocalDate,",
        "    ticket: String",
        ")",
        "",
        "/** " + _f(row, "hospital_name") + f" ({_f(row, 'facility_type')}).",
        "  *",
        f"  * {_note(row)}. Generated from the GISCO list of {_f(row, 'ref_date')},",
        f"  * revision {inv['revision']}.",
        "  */",
        f"object Site{_ident(row)} {{",
        "  val site: Site = Site(",
        f"    id = {_q(_f(row, 'id'))},",
        f"    name = {_q(_f(row, 'hospital_name'))},",
        f"    kind = {_q(_f(row, 'facility_type'))},",
        f"    street = {opt(_f(row, 'street'))},",
        f"    eircode = {opt(_f(row, 'postcode'))},",
        f"    town = {_q(_f(row, 'city'))},",
        f"    lat = {_f(row, 'lat')},",
        f"    lon = {_f(row, 'lon')},",
        f"    phone = {_q(phone(row))},",
        f"    email = {opt(email(row))},",
        f"    beds = {inv['beds']},",
        f"    reviewed = LocalDate.of({when.year}, {when.month}, {when.day}),",
        f"    ticket = {_q(inv['ticket'])}",
        "  )",
        "",
        f"  val syncedAt: Long = {inv['synced']}L",
        "}",
        "",
    ]
    return "\n".join(lines)


def haskell_record(row: dict[str, Any], rng: random.Random) -> str:
    """A Haskell module of a directory's seed data: the hospital as a value of a record-syntax
    ``Site`` (``Maybe Text`` for the street, Eircode and e-mail, a coordinates pair, a
    ``Day``), a Haddock comment naming the switchboard."""
    inv = _invented(rng)
    mb = lambda v: f"Just {_q(v)}" if v else "Nothing"  # noqa: E731 - a Maybe literal
    lat, lon = _f(row, "lat"), _f(row, "lon")
    coords = f"({lat}, {lon})"
    module = f"Directory.Seed.Site{_ident(row)}"
    lines = [
        "{-# LANGUAGE OverloadedStrings #-}",
        "",
        f"-- | {_f(row, 'hospital_name')} ({_f(row, 'facility_type')}).",
        f"-- {_note(row)}.",
        f"-- Revision {inv['revision']}, change {inv['ticket']}.",
        f"module {module} (site, syncedAt) where",
        "",
        "import Data.Time.Calendar (fromGregorian)",
        "import Directory.Types (Site (..))",
        "",
        "site :: Site",
        "site =",
        "  Site",
        f"    {{ siteId = {_q(_f(row, 'id'))}",
        f"    , siteName = {_q(_f(row, 'hospital_name'))}",
        f"    , siteKind = {_q(_f(row, 'facility_type'))}",
        f"    , siteStreet = {mb(_f(row, 'street'))}",
        f"    , siteEircode = {mb(_f(row, 'postcode'))}",
        f"    , siteTown = {_q(_f(row, 'city'))}",
        f"    , siteCoords = {coords}",
        f"    , sitePhone = {_q(phone(row))}",
        f"    , siteEmail = {mb(email(row))}",
        f"    , siteBeds = {inv['beds']}",
        "    , siteReviewed = fromGregorian "
        f"{inv['reviewed'].year} {inv['reviewed'].month} {inv['reviewed'].day}",
        "    }",
        "",
        "syncedAt :: Integer",
        f"syncedAt = {inv['synced']}",
        "",
    ]
    return "\n".join(lines)


def julia_named_tuple(row: dict[str, Any], rng: random.Random) -> str:
    """A Julia source file of a directory's seed data: the hospital as a ``const`` named tuple
    (a nested ``(lat = ..., lon = ...)``, ``nothing`` for a missing street, Eircode or e-mail,
    a ``Date``), pushed onto the directory's vector; comments naming the switchboard."""
    inv = _invented(rng)
    jl = lambda v: _q(v) if v else "nothing"  # noqa: E731 - a String or nothing
    when = inv["reviewed"]
    name = f"SITE_{_ident(row)}"
    lines = [
        f"# Hospital directory seed data, generated from the GISCO list of {_f(row, 'ref_date')}.",
        f"# {_f(row, 'hospital_name')}: {_note(row)}.",
        "using Dates",
        "",
        f"const {name} = (",
        f"    id = {_q(_f(row, 'id'))},",
        f"    name = {_q(_f(row, 'hospital_name'))},",
        f"    kind = {_q(_f(row, 'facility_type'))},",
        f"    street = {jl(_f(row, 'street'))},",
        f"    eircode = {jl(_f(row, 'postcode'))},",
        f"    town = {_q(_f(row, 'city'))},",
        f"    coords = (lat = {_f(row, 'lat')}, lon = {_f(row, 'lon')}),",
        f"    phone = {_q(phone(row))},",
        f"    email = {jl(email(row))},",
        f"    beds = {inv['beds']},",
        f"    reviewed = Date({when.year}, {when.month}, {when.day}),",
        f"    ticket = {_q(inv['ticket'])},",
        f"    synced = {inv['synced']},",
        ")",
        "",
        f"push!(SITES, {name})  # revision {inv['revision']}",
        "",
    ]
    return "\n".join(lines)


def _xml(value: str) -> str:
    """``value`` as XML doc-comment text."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def csharp_initializer(row: dict[str, Any], rng: random.Random) -> str:
    """A C# source file of a directory's seed data: the hospital as a ``static readonly``
    ``Site`` built by an object initializer in a ``partial`` class (``null`` for a missing
    street, Eircode or e-mail, a ``GeoPoint``, a ``DateOnly``), an XML doc comment naming the
    switchboard."""
    inv = _invented(rng)
    cs = lambda v: _q(v) if v else "null"  # noqa: E731 - a string or null
    when = inv["reviewed"]
    lines = [
        "// <auto-generated>",
        f"//   Hospital directory seed data, revision {inv['revision']} ({inv['ticket']}).",
        "// </auto-generated>",
        "using System;",
        "",
        "namespace Health.Directory.Seed",
        "{",
        "    public static partial class Sites",
        "    {",
        "        /// <summary>",
        f"        /// {_xml(_f(row, 'hospital_name'))} ({_xml(_f(row, 'facility_type'))}).",
        f"        /// {_xml(_note(row))}.",
        "        /// </summary>",
        f"        public static readonly Site Site{_ident(row)} = new Site",
        "        {",
        f"            Id = {_q(_f(row, 'id'))},",
        f"            Name = {_q(_f(row, 'hospital_name'))},",
        f"            Kind = {_q(_f(row, 'facility_type'))},",
        f"            Street = {cs(_f(row, 'street'))},",
        f"            Eircode = {cs(_f(row, 'postcode'))},",
        f"            Town = {_q(_f(row, 'city'))},",
        f"            Location = new GeoPoint({_f(row, 'lat')}, {_f(row, 'lon')}),",
        f"            Phone = {_q(phone(row))},",
        f"            Email = {cs(email(row))},",
        f"            Beds = {inv['beds']},",
        f"            Reviewed = new DateOnly({when.year}, {when.month}, {when.day}),",
        f"            SyncedAt = DateTimeOffset.FromUnixTimeSeconds({inv['synced']}L),",
        "        };",
        "    }",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "scala_case_class": scala_case_class,
    "haskell_record": haskell_record,
    "julia_named_tuple": julia_named_tuple,
    "csharp_initializer": csharp_initializer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of
    its e-mail address labelled."""
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
