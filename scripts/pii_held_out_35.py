"""held_out_35 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Portugal) exactly as published, in layouts no earlier part has,
beside the register's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_34`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ and ID;
here:

* the values are the phone and e-mail fields of Portuguese hospitals' emergency services in
  Eurostat GISCO's healthcare-services data (``scripts/data/pii_pt_hospitals.json``, written
  by ``scripts/pt_hospitals_data.py``; source and licence in that file): nine-digit numbers as
  each hospital gave them (``214345535``, Madeira's ``291705600``, the Azores'
  ``296203000``), each copy labelled, and each copy of each of the hospital's e-mail addresses
  (one, or two after ``; ``; one that names a person left out) labelled;
* the text around them is the same row's real fields: its id in the file (``52``), its
  postcode (``5400-279``), its coordinates, its regional health administration and the
  dataset's reference and publication dates, with invented process ids, times and variable
  names, unlabelled and scored;
* in layouts no earlier part has, all of them values of a program's source or output, keys
  in Portuguese: a Go composite literal as ``gofmt`` lays it out (``Telefone: "..."``), a Ruby
  hash literal with symbol keys (``telefone: "..."``), a Rust struct's pretty ``Debug``
  output (``{:#?}``: ``telefone: Some(`` with the string on the next line), and a Kotlin data
  class's ``toString()`` in an Android logcat line (``telefone=...``, unquoted).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_35.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pt_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_35.jsonl.gz"
SPLIT = "held_out_35"

LAYOUTS = ("go_struct_literal", "ruby_hash_literal", "rust_debug_pretty", "kotlin_logcat")
PHONE = "tel"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# the e-mail addresses of a field that gives one or more (``a@x.pt; b@x.pt``)
ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped (one address or more; "" where the data
    left out a person's address)."""
    return _f(row, "email")


def emails(row: dict[str, Any]) -> list[str]:
    """The addresses of the row's e-mail field, in its order, each once."""
    return list(dict.fromkeys(ADDRESS.findall(email(row))))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field (each number in it by
    ``labelled_record``) and of each of its e-mail addresses labelled. Each copy stands apart
    (no digit next to a number, no address character next to an address), so a copy is never
    part of another value."""
    values = [("phone", phone(row))] + [("email", a) for a in emails(row)]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _quoted(value: str) -> str:
    """A double-quoted string literal as Go, Rust's ``Debug`` and Ruby write one of these
    fields (backslash and quote escaped; the fields hold no other character they escape)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _ascii_words(value: str) -> list[str]:
    """The words of ``value`` without their accents (``Médico-Cirúrgico`` -> ``Medico``,
    ``Cirurgico``), as an identifier spells them."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.findall(r"[A-Za-z]+", plain)


def _slug(row: dict[str, Any]) -> str:
    """The hospital's city as an identifier (``Castelo Branco`` -> ``casteloBranco``)."""
    words = [w.lower() for w in _ascii_words(_f(row, "city"))]
    return (words[0] + "".join(w.title() for w in words[1:])) if words else "hospital"


def go_struct_literal(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a Go composite literal in a test's table of fixtures, as ``gofmt``
    aligns it (a tab's indent, each value one space after the longest key's colon): the file's
    id, name, ARS, address, postcode, city, phone, e-mail field (left out, Go's zero value,
    where the row has none), coordinates and the dataset's dates, keys in Portuguese, under an
    invented variable named after the city."""
    fields = [
        ("ID", _f(row, "id")),
        ("Nome", _quoted(_f(row, "hospital_name"))),
        ("ARS", _quoted(_f(row, "site_name"))),
        ("Tipo", _quoted(_f(row, "facility_type"))),
        ("Morada", _quoted(_f(row, "street"))),
        ("CodigoPostal", _quoted(_f(row, "postcode"))),
        ("Localidade", _quoted(_f(row, "city"))),
        ("Telefone", _quoted(phone(row))),
        *([("Email", _quoted(email(row)))] if email(row) else []),
        ("Latitude", _f(row, "lat")),
        ("Longitude", _f(row, "lon")),
        ("DataRef", _quoted(_f(row, "ref_date"))),
        ("DataPub", _quoted(_f(row, "pub_date"))),
    ]
    width = max(len(k) for k, _ in fields) + 1
    name = f"hosp{_slug(row)[:1].upper()}{_slug(row)[1:]}{rng.randint(1, 99)}"
    lines = [f"var {name} = saude.Hospital{{"]
    lines += [f"\t{k + ':':<{width}} {v}," for k, v in fields]
    lines += ["}", ""]
    return "\n".join(lines)


def _ruby(value: str) -> str:
    """A Ruby double-quoted string (``#{`` escaped so it interpolates nothing)."""
    return _quoted(value).replace("#{", "\\#{")


def ruby_hash_literal(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a frozen Ruby hash constant of a seeds file (``db/seeds/...``), symbol
    keys in Portuguese (``telefone: "..."``), a trailing comma after the last pair, a comment
    naming the dataset, coordinates as floats and the file's id as an integer; the phone and
    the e-mail field unchanged (``nil`` where the row has none)."""
    const = f"HOSPITAL_{_slug(row).upper()}_{rng.randint(1, 999)}"
    pairs = [
        ("id_gisco", _f(row, "id")),
        ("nome", _ruby(_f(row, "hospital_name"))),
        ("ars", _ruby(_f(row, "site_name"))),
        ("tipo_urgencia", _ruby(_f(row, "facility_type"))),
        ("morada", _ruby(_f(row, "street"))),
        ("codigo_postal", _ruby(_f(row, "postcode"))),
        ("localidade", _ruby(_f(row, "city"))),
        ("telefone", _ruby(phone(row))),
        ("email", _ruby(email(row)) if email(row) else "nil"),
        ("coordenadas", f"[{_f(row, 'lat')}, {_f(row, 'lon')}]"),
        ("data_referencia", _ruby(_f(row, "ref_date"))),
    ]
    lines = [
        "# frozen_string_literal: true",
        "",
        f"# Eurostat GISCO, serviços de saúde (publicado em {_f(row, 'pub_date')})",
        f"{const} = {{",
    ]
    lines += [f"  {k}: {v}," for k, v in pairs]
    lines += ["}.freeze", ""]
    return "\n".join(lines)


def rust_debug_pretty(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as Rust's pretty ``Debug`` (``{:#?}``) prints a struct, after the
    ``dbg!`` macro's ``[src/main.rs:LINE:COL] hospital = `` prefix: four spaces per level, a
    trailing comma after every field, optional fields as ``Some(`` with their value on the next
    line (``None`` where the row has no e-mail), the coordinates as a tuple, the type of
    urgency as an enum variant; keys in Portuguese."""
    kind = _f(row, "facility_type").removeprefix("Serviço de Urgência ")
    variant = "".join(w[:1].upper() + w[1:] for w in _ascii_words(kind))
    lines = [
        f"[src/main.rs:{rng.randint(20, 240)}:{rng.choice((5, 9, 13))}] hospital = Hospital {{",
        f"    id: {_f(row, 'id')},",
        f"    nome: {_quoted(_f(row, 'hospital_name'))},",
        f"    ars: {_quoted(_f(row, 'site_name'))},",
        f"    urgencia: {variant},",
        "    morada: Morada {",
        f"        rua: {_quoted(_f(row, 'street'))},",
        f"        codigo_postal: {_quoted(_f(row, 'postcode'))},",
        f"        localidade: {_quoted(_f(row, 'city'))},",
        "    },",
        "    telefone: Some(",
        f"        {_quoted(phone(row))},",
        "    ),",
        *(
            ["    email: Some(", f"        {_quoted(email(row))},", "    ),"]
            if email(row)
            else ["    email: None,"]
        ),
        "    coordenadas: (",
        f"        {_f(row, 'lat')},",
        f"        {_f(row, 'lon')},",
        "    ),",
        f"    data_referencia: {_quoted(_f(row, 'ref_date'))},",
        "}",
        "",
    ]
    return "\n".join(lines)


def kotlin_logcat(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a Kotlin data class's ``toString()`` (``Hospital(id=52, nome=..., ...)``,
    strings unquoted, ``null`` for a missing e-mail, the coordinates as ``Double``) in an
    Android logcat line of the ``threadtime`` format: an invented date and time of the months
    after the dataset's publication, invented process and thread ids, level ``D`` and a tag; a
    second line logs the dataset's dates."""
    when = datetime.datetime(2020, 5, 1, 8) + datetime.timedelta(
        seconds=rng.randint(0, 400 * 86400), milliseconds=rng.randint(0, 999)
    )
    stamp = when.strftime("%m-%d %H:%M:%S.") + f"{when.microsecond // 1000:03d}"
    pid = rng.randint(1200, 32000)
    tid = pid + rng.choice((0, 0, rng.randint(1, 60)))
    obj = (
        f"Hospital(id={_f(row, 'id')}, nome={_f(row, 'hospital_name')}, "
        f"ars={_f(row, 'site_name')}, morada={_f(row, 'street')}, "
        f"codigoPostal={_f(row, 'postcode')}, localidade={_f(row, 'city')}, "
        f"telefone={phone(row)}, email={email(row) or 'null'}, latitude={_f(row, 'lat')}, "
        f"longitude={_f(row, 'lon')})"
    )
    head = f"{stamp} {pid:5d} {tid:5d} D UrgenciasRepo: "
    return (
        f"{head}carregado: {obj}\n"
        f"{head}dados de {_f(row, 'ref_date')}, publicados {_f(row, 'pub_date')}\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "go_struct_literal": go_struct_literal,
    "ruby_hash_literal": ruby_hash_literal,
    "rust_debug_pretty": rust_debug_pretty,
    "kotlin_logcat": kotlin_logcat,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of
    its e-mail addresses labelled."""
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
