"""held_out_132 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (South Africa's municipalities with their contact details as National Treasury's
Municipal Money project keeps them; South Africa's earlier part took the Department of Basic
Education's schools masterlist) exactly as published, in layouts no earlier part has, beside
the register's own codes, names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, ZA (schools) and many
others; here:

* the values are the ``phone_number`` and ``fax_number`` fields of 290 municipalities, every
  one of the table's 292 rows with a number in its phone field
  (``scripts/data/pii_za_municipalities.json``, written by ``scripts/za_municipalities_data.py``;
  source and licence in that file): South African numbers as the contact list writes them,
  the area code, the exchange and the line with blanks (``045 807 2606``; a few with more
  lines after a slash, ``014 543 2004/5/6``, ``045 846 0033/0077/0270``, one joined by a
  hyphen, ``033-5031035``), no ``+27``; the fax in the same shape where the row has one (3
  have none; 4 give the phone's number again, those copies labelled under the phone), each
  copy labelled;
* the text around them is the same row's real fields: the demarcation code (``EC139``), the
  parent district's (``DC13``), the table's id, name and long name, category and MIIF category
  (``B2``), province, the postal and street address lines with their four-digit postal codes,
  the web site, the area in square kilometres (``13595.2259765481504``) and, where the row has
  it, the 2011 population, with invented notebook versions, cell ids, UUIDs, dates, run times
  and revision numbers, unlabelled and scored;
* in layouts no earlier part has, notebook and literate-programming formats of a municipal
  contacts audit, text in South African English: Quarto documents (``.qmd``: YAML front matter
  with ``params`` holding the numbers, prose repeating them, a ``{python}`` chunk with ``#|``
  options building a pandas frame, a ``callout-note`` div), Pluto.jl notebooks (``### A
  Pluto.jl notebook ###``, ``# ╔═╡`` cells of ``md`` strings repeating the numbers and a
  ``NamedTuple`` of the row, the ``Cell order``), marimo apps (``marimo.App``, ``@app.cell``
  functions, an ``mo.md`` cell repeating the numbers and a dict literal of the row) and
  Livebook notebooks (``.livemd``: ``livebook`` metadata comments, ``elixir`` cells with
  ``Mix.install`` and a map of the row, the persisted output repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_132.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_za_municipalities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_132.jsonl.gz"
SPLIT = "held_out_132"

LAYOUTS = ("quarto_qmd", "pluto_notebook", "marimo_app", "livebook_livemd")
PHONE, FAX = "phone_number", "fax_number"
EDGES = {"phone": r"\d", "fax": r"\d"}
COLUMNS = {"phone": PHONE, "fax": FAX}
SAST = dt.timezone(dt.timedelta(hours=2))  # South African Standard Time

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the register's category codes, in words
CATEGORIES = {
    "A": "metropolitan municipality",
    "B": "local municipality",
    "C": "district municipality",
}
# the keys of the row that each notebook's record of the municipality holds, in this order
KEYS = (
    "id", "geo_code", "name", "long_name", "category", "miif_category", "province_name",
    "parent_code", "phone_number", "fax_number", "url", "square_kms", "population",
)  # fmt: skip
# invented questions of the contacts audit (no real audit is meant)
CHECKS = (
    "Does the switchboard answer within five rings?",
    "Is the fax line still in service?",
    "Does the web site give the same numbers?",
    "Is an after-hours number published for water and electricity faults?",
    "Do the postal and street addresses match the latest demarcation?",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has none: the dump's NULL)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published ("" where it has none)."""
    return _f(row, FAX)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled (each
    copy stands apart: no digit next to it); a fax that repeats the phone is the phone's."""
    values = [("phone", phone(row)), ("fax", fax(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _s(value: str) -> str:
    """``value`` as a double-quoted string literal (JSON's escapes, which YAML, Python, Julia
    and Elixir read alike; ``$`` and ``#{`` escaped for Julia and Elixir)."""
    return json.dumps(value, ensure_ascii=False).replace("$", "\\$").replace("#{", "\\#{")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of office hours in 2024 (SAST, 08:00 to 16:29)."""
    start = dt.datetime(2024, 1, 15, 8, 0, tzinfo=SAST)
    return start + dt.timedelta(days=rng.randint(0, 320), minutes=rng.randint(0, 509))


def _kind(row: dict[str, Any]) -> str:
    """What the municipality is, in words (``local municipality``)."""
    return CATEGORIES.get(_f(row, "category"), "municipality")


def _postal(row: dict[str, Any]) -> str:
    """The postal address lines, joined by commas."""
    lines = [_f(row, f"postal_address_{i}") for i in (1, 2, 3)]
    return ", ".join(line for line in lines if line)


def _street(row: dict[str, Any]) -> str:
    """The street address lines in the table's column order (1 to 4), joined by commas."""
    lines = [_f(row, f"street_address_{i}") for i in (1, 2, 3, 4)]
    return ", ".join(line for line in lines if line)


def _items(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The (key, value) pairs of the row that the notebooks' record of it holds."""
    return [(key, _f(row, key)) for key in KEYS if _f(row, key)]


def _numbers_line(row: dict[str, Any]) -> str:
    """A sentence giving the phone and, where the row has one, the fax."""
    line = f"switchboard {phone(row)}"
    if fax(row):
        line += f", fax {fax(row)}"
    return line


def quarto_qmd(row: dict[str, Any], rng: random.Random) -> str:
    """A Quarto document (``.qmd``) of the contacts audit: YAML front matter (title, author
    organisation, an invented date, ``format: html``, ``jupyter: python3``, ``params`` with the
    demarcation code, phone and fax), a heading and prose repeating the numbers, a ``{python}``
    chunk with ``#|`` options building a pandas frame of the row, and a ``callout-note`` div
    with the area, population and an invented revision."""
    name, code = _f(row, "name"), _f(row, "geo_code")
    when = _when(rng)
    params = [f"  geo_code: {_s(code)}", f"  phone: {_s(phone(row))}"]
    if fax(row):
        params.append(f"  fax: {_s(fax(row))}")
    pairs = ",\n".join(f"            {_s(k)}: {_s(v)}" for k, v in _items(row))
    note = f"Area {_f(row, 'square_kms')} km²"
    if _f(row, "population"):
        note += f"; population {_f(row, 'population')} (Census 2011)"
    lines = [
        "---",
        f"title: {_s('Contact details: ' + _f(row, 'long_name'))}",
        'author: "Municipal contacts audit"',
        f"date: {when:%Y-%m-%d}",
        "format:",
        "  html:",
        "    toc: true",
        "    code-fold: true",
        "jupyter: python3",
        "params:",
        *params,
        "---",
        "",
        f"## {name} ({code})",
        "",
        f"{name} is a {_kind(row)} in {_f(row, 'province_name')}. The contact list gives its "
        f"{_numbers_line(row)}.",
        "",
        f"Postal address: {_postal(row)}. Street address: {_street(row)}.",
        "",
        "```{python}",
        "#| label: tbl-contacts",
        f"#| tbl-cap: {_s(name + ' as the contact list gives it')}",
        "#| echo: false",
        "import pandas as pd",
        "",
        "contacts = pd.DataFrame(",
        "    [",
        "        {",
        pairs + ",",
        "        }",
        "    ]",
        ")",
        'contacts.set_index("geo_code")',
        "```",
        "",
        f"- [ ] {rng.choice(CHECKS)}",
        f"- [ ] Call {phone(row)} between 08:00 and 16:30 on a weekday.",
        "",
        "::: {.callout-note}",
        f"{note}. Revision {rng.randint(2, 19)} of this sheet, checked {when:%d %B %Y}.",
        ":::",
        "",
    ]
    return "\n".join(lines)


def _pluto_id(rng: random.Random) -> str:
    """An invented cell id of a Pluto notebook (a version 1 UUID, as Pluto makes them)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-11ef-{'89ab'[rng.randint(0, 3)]}{h[17:20]}-{h[20:]}"


def pluto_notebook(row: dict[str, Any], rng: random.Random) -> str:
    """A Pluto.jl notebook file: the header with an invented Pluto version, ``using
    Markdown``/``InteractiveUtils``, a ``md`` cell naming the municipality and its numbers, a
    cell binding a ``NamedTuple`` of the row (numbers as strings, area and population as
    numbers), a ``md`` cell of the audit's note repeating the phone, and the ``Cell order``
    (the ``md`` cells' code hidden)."""
    name, code = _f(row, "name"), _f(row, "geo_code")
    ids = [_pluto_id(rng) for _ in range(3)]
    fields = []
    for key, value in _items(row):
        literal = value if key in ("square_kms", "population", "id") else _s(value)
        fields.append(f"\t{key} = {literal},")
    lines = [
        "### A Pluto.jl notebook ###",
        f"# v0.19.{rng.randint(36, 46)}",
        "",
        "using Markdown",
        "using InteractiveUtils",
        "",
        f"# ╔═╡ {ids[0]}",
        'md"""',
        f"# {name} ({code})",
        "",
        f"{_f(row, 'long_name')}, a {_kind(row)}: **{_numbers_line(row)}**.",
        "",
        f"Postal address: {_postal(row)}",
        '"""',
        "",
        f"# ╔═╡ {ids[1]}",
        "municipality = (",
        *fields,
        ")",
        "",
        f"# ╔═╡ {ids[2]}",
        'md"""',
        f'!!! note "Audit {rng.randint(100, 999)}"',
        f"    {rng.choice(CHECKS)} Residents were told to call {name} on {phone(row)}.",
        '"""',
        "",
        "# ╔═╡ Cell order:",
        f"# ╟─{ids[0]}",
        f"# ╠═{ids[1]}",
        f"# ╟─{ids[2]}",
        "",
    ]
    return "\n".join(lines)


def marimo_app(row: dict[str, Any], rng: random.Random) -> str:
    """A marimo app (a Python file): ``import marimo``, an invented ``__generated_with``
    version, ``marimo.App(width="medium")``, an ``@app.cell`` importing ``marimo as mo``, an
    ``mo.md`` cell naming the municipality and its numbers, a cell binding a dict literal of
    the row, a cell showing it as ``mo.ui.table`` with the phone in the label, and the
    ``app.run()`` guard."""
    name, code = _f(row, "name"), _f(row, "geo_code")
    when = _when(rng)
    pairs = "\n".join(f"        {_s(k)}: {_s(v)}," for k, v in _items(row))
    md = [
        f"        # {name} ({code})",
        "",
        f"        {_f(row, 'long_name')} ({_kind(row)}), {_numbers_line(row)}.",
        "",
        f"        Street address: {_street(row)}. Checked {when:%Y-%m-%d %H:%M}.",
    ]
    lines = [
        "import marimo",
        "",
        f'__generated_with = "0.{rng.randint(6, 10)}.{rng.randint(0, 20)}"',
        'app = marimo.App(width="medium")',
        "",
        "",
        "@app.cell",
        "def __():",
        "    import marimo as mo",
        "",
        "    return (mo,)",
        "",
        "",
        "@app.cell",
        "def __(mo):",
        "    mo.md(",
        '        r"""',
        *md,
        '        """',
        "    )",
        "    return",
        "",
        "",
        "@app.cell",
        "def __():",
        "    municipality = {",
        pairs,
        "    }",
        "    return (municipality,)",
        "",
        "",
        "@app.cell",
        "def __(mo, municipality):",
        f"    mo.ui.table([municipality], label={_s('Call ' + phone(row) + ' to confirm')})",
        "    return",
        "",
        "",
        'if __name__ == "__main__":',
        "    app.run()",
        "",
    ]
    return "\n".join(lines)


def _inspect(row: dict[str, Any]) -> list[str]:
    """The row's map as Elixir's ``inspect`` prints it (atom keys in order, one a line)."""
    lines = [f"  {key}: {_s(value)}," for key, value in sorted(_items(row))]
    lines[-1] = lines[-1].rstrip(",")
    return ["%{", *lines, "}"]


def livebook_livemd(row: dict[str, Any], rng: random.Random) -> str:
    """A Livebook notebook (``.livemd``): the ``persist_outputs`` metadata comment, a title,
    a setup ``elixir`` cell with ``Mix.install`` of an invented Kino version, a section whose
    prose names the numbers, an ``elixir`` cell binding a map of the row, its persisted output
    (the map as ``inspect`` prints it), and a section of the audit's note repeating the
    phone."""
    name, code = _f(row, "name"), _f(row, "geo_code")
    when = _when(rng)
    pairs = [f"  {k}: {_s(v)}," for k, v in _items(row)]
    pairs[-1] = pairs[-1].rstrip(",")
    lines = [
        '<!-- livebook:{"persist_outputs":true} -->',
        "",
        f"# {name} municipal contacts",
        "",
        "```elixir",
        f'Mix.install([{{:kino, "~> 0.{rng.randint(10, 14)}.{rng.randint(0, 3)}"}}])',
        "```",
        "",
        "## Contact details",
        "",
        f"{name} ({code}) is a {_kind(row)} in {_f(row, 'province_name')}: "
        f"{_numbers_line(row)}. Postal address: {_postal(row)}.",
        "",
        "```elixir",
        "municipality = %{",
        *pairs,
        "}",
        "```",
        "",
        '<!-- livebook:{"output":true} -->',
        "",
        "```",
        *_inspect(row),
        "```",
        "",
        "## Audit note",
        "",
        f"{rng.choice(CHECKS)} Called {phone(row)} on {when:%d %B %Y} at {when:%H:%M}; "
        f"ticket {rng.randint(10000, 99999)}.",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "quarto_qmd": quarto_qmd,
    "pluto_notebook": pluto_notebook,
    "marimo_app": marimo_app,
    "livebook_livemd": livebook_livemd,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    labelled."""
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
