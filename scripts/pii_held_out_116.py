"""held_out_116 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (New York City's public high schools, as the Department of Education's 2017 High
School Directory lists them; the United States' earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the directory's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US (CMS hospitals), AU, IN, TW, SG,
IE, CA, NZ, BR and many others; here:

* the values are the ``phone_number`` and ``fax_number`` fields of 440 high schools
  (``scripts/data/pii_us_nyc_high_schools.json``, written by
  ``scripts/us_nyc_high_schools_data.py``; source and licence in that file): North American
  numbers as the directory writes them, every one ``212-690-6800`` (area code, exchange and
  line joined by hyphens), each copy labelled; the fax where the row has one of its own;
* the text around them is the same row's real fields: the school's DBN (``06M540``), name,
  postcode, coordinates (``40.8185``, ``-73.9499``) and, where the row has one, its ten-digit
  BBL (``1019570078``), with invented request ids, epoch milliseconds, seat counts and run ids,
  unlabelled and scored;
* in layouts no earlier part has, notebook and data-science formats, text in American English:
  R Markdown documents (``.Rmd``: YAML front matter with ``params``, a ``tibble::tribble()``
  chunk holding the contact fields, inline ``r`` code and a sentence repeating the number),
  Databricks source notebooks (``.py`` exported with ``# COMMAND ----------`` cells, ``# MAGIC
  %md`` and ``%sql`` cells, a PySpark ``Row`` list), Apache Zeppelin notes (``note.json``: a
  Markdown and a Spark SQL paragraph whose ``TABLE`` result holds the row as tab-separated
  text) and pandas ``to_json(orient="table")`` output (a Table Schema ``schema`` with
  ``pandas_version`` and two ``data`` records of the school).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_116.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_us_nyc_high_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_116.jsonl.gz"
SPLIT = "held_out_116"

LAYOUTS = ("r_markdown", "databricks_notebook", "zeppelin_note", "pandas_table_json")
PHONE, FAX = "phone_number", "fax_number"


# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it is a number of its own: six
    digits or more, and neither the phone field again nor a part of it; "" otherwise."""
    value, tel = _f(row, FAX), phone(row)
    if sum(c.isdigit() for c in value) < 6 or value in tel or tel in value:
        return ""
    return value


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled (each
    copy stands apart: no digit next to it)."""
    values = [("phone", phone(row)), ("fax", fax(row))]
    edges = {"phone": r"\d", "fax": r"\d"}
    return field_copies(text, values, edges, {"phone": PHONE, "fax": FAX}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2017-18 high school admissions season (UTC)."""
    start = dt.datetime(2017, 9, 11, 13, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 150 * 86400))


def _slug(row: dict[str, Any]) -> str:
    """The school's DBN as a lower-case identifier (``06M540`` -> ``06m540``)."""
    return _f(row, "dbn").lower()


def _r_string(value: str) -> str:
    """A double-quoted R string: ``\\`` and ``"`` escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _py_string(value: str) -> str:
    """A Python string literal (``repr`` of the value)."""
    return repr(value)


def _sql_string(value: str) -> str:
    """A single-quoted SQL string, ``'`` doubled."""
    return "'" + value.replace("'", "''") + "'"


def _contact_fields(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's fields that the layouts list, in the directory's column names: the DBN,
    name, address, postcode, phone, fax (where the row has one of its own), coordinates and
    BBL (where the row has one)."""
    fields = [
        ("dbn", _f(row, "dbn")),
        ("school_name", _f(row, "school_name")),
        ("primary_address_line_1", _f(row, "primary_address_line_1")),
        ("city", _f(row, "city")),
        ("Postcode", _f(row, "Postcode")),
        ("phone_number", phone(row)),
    ]
    if fax(row):
        fields.append(("fax_number", fax(row)))
    fields += [(k, _f(row, k)) for k in ("Latitude", "Longitude", "BBL") if _f(row, k)]
    return fields


def r_markdown(row: dict[str, Any], rng: random.Random) -> str:
    """An R Markdown document (``.Rmd``): YAML front matter (title, date, ``html_document``
    output, the DBN as a ``params`` entry), a ``setup`` chunk, a ``tibble::tribble()`` chunk of
    the school's contact fields, a ``leaflet`` map chunk at the directory's coordinates, and
    prose with inline ``r`` code and the number again (the map where the row has both
    coordinates); an invented request id and seat count."""
    name, tel = _f(row, "school_name"), phone(row)
    when = _when(rng)
    request = f"HSA-{when:%y}-{rng.randint(100000, 999999)}"
    seats = rng.randint(12, 140)
    rows = ",\n".join(f"  {_r_string(k)}, {_r_string(v)}" for k, v in _contact_fields(row))
    lines = [
        "---",
        f"title: {json.dumps('School contact sheet: ' + name, ensure_ascii=False)}",
        f'date: "{when:%Y-%m-%d}"',
        "output:",
        "  html_document:",
        "    toc: true",
        "    df_print: paged",
        "params:",
        f'  dbn: "{_f(row, "dbn")}"',
        f'  request_id: "{request}"',
        "---",
        "",
        "```{r setup, include=FALSE}",
        "knitr::opts_chunk$set(echo = FALSE, message = FALSE, warning = FALSE)",
        "library(tibble)",
        "library(leaflet)",
        "```",
        "",
        "## Contact",
        "",
        "```{r contact}",
        "school <- tribble(",
        "  ~field, ~value,",
        rows,
        ")",
        "knitr::kable(school)",
        "```",
        "",
        f"Request `r params$request_id` asks about the {seats} seats open to new ninth graders "
        f"at school `r params$dbn`. The main office answers at {tel} on school days.",
        "",
    ]
    if _f(row, "Latitude") and _f(row, "Longitude"):
        lines += [
            "```{r map, fig.height=3}",
            f"leaflet() |> addTiles() |> addMarkers(lng = {_f(row, 'Longitude')}, "
            f"lat = {_f(row, 'Latitude')}, popup = {_r_string(name)})",
            "```",
            "",
        ]
    return "\n".join(lines)


def databricks_notebook(row: dict[str, Any], rng: random.Random) -> str:
    """A Databricks notebook exported as source (``.py``): the ``# Databricks notebook source``
    header, cells split by ``# COMMAND ----------``, a ``%md`` cell naming the school and its
    number, a PySpark cell building a one-row DataFrame of the contact fields, and a ``%sql``
    cell filtering a table by the phone; an invented run id and epoch milliseconds."""
    name, tel = _f(row, "school_name"), phone(row)
    when = _when(rng)
    run = rng.randint(10**14, 10**15 - 1)
    millis = int(when.timestamp() * 1000) + rng.randint(0, 999)
    fields = _contact_fields(row)
    cells = [
        "# MAGIC %md\n"
        f"# MAGIC ## Outreach check: {name}\n"
        "# MAGIC \n"
        f"# MAGIC Main office {tel}; run `{run}` of the enrollment-outreach job.",
        "from pyspark.sql import Row\n\n"
        "school = spark.createDataFrame([\n"
        "    Row(\n"
        + "".join(f"        {k}={_py_string(v)},\n" for k, v in fields)
        + f"        checked_at_ms={millis},\n"
        "    )\n"
        "])\n"
        "display(school)",
        "# MAGIC %sql\n"
        "# MAGIC SELECT dbn, school_name, phone_number\n"
        "# MAGIC FROM doe.hs_directory_2017\n"
        f"# MAGIC WHERE phone_number = {_sql_string(tel)}",
    ]
    return "# Databricks notebook source\n" + "\n\n# COMMAND ----------\n\n".join(cells) + "\n"


def _zeppelin_id(rng: random.Random, when: dt.datetime) -> str:
    """A paragraph id as Zeppelin makes them (``20171002-141503_1436590834``)."""
    return f"{when:%Y%m%d-%H%M%S}_{rng.randint(10**8, 2 * 10**9)}"


def zeppelin_note(row: dict[str, Any], rng: random.Random) -> str:
    """An Apache Zeppelin note (``note.json``): a ``%md`` paragraph naming the school and its
    number, and a ``%spark.sql`` paragraph selecting the school by DBN whose ``TABLE`` result
    holds the contact fields as tab-separated text; invented note and paragraph ids, job names
    and times."""
    name, tel = _f(row, "school_name"), phone(row)
    when = _when(rng)
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    note_id = "2" + "".join(rng.choice(alphabet) for _ in range(8))
    fields = _contact_fields(row)
    table = "\t".join(k for k, _ in fields) + "\n" + "\t".join(v for _, v in fields) + "\n"
    paragraphs = []
    texts = [
        ("md", f"%md\n### {name}\nCall the main office at {tel} before the open house."),
        ("sql", "%spark.sql\nSELECT " + ", ".join(k for k, _ in fields)
         + f"\nFROM hs_directory\nWHERE dbn = {_sql_string(_f(row, 'dbn'))}"),
    ]  # fmt: skip
    for i, (kind, text) in enumerate(texts):
        at = when + dt.timedelta(seconds=30 * i + rng.randint(0, 29))
        language = "markdown" if kind == "md" else "sql"
        done = at + dt.timedelta(milliseconds=rng.randint(80, 4000))
        stamp = at.strftime("%Y-%m-%dT%H:%M:%S") + "+0000"
        result = (
            {"code": "SUCCESS", "msg": [{"type": "HTML", "data": f"<div class=\"markdown-body\">"
                                         f"\n<h3>{name}</h3>\n<p>Call the main office at {tel} "
                                         "before the open house.</p>\n</div>"}]}
            if kind == "md"
            else {"code": "SUCCESS", "msg": [{"type": "TABLE", "data": table}]}
        )  # fmt: skip
        paragraphs.append({
            "text": text,
            "user": "anonymous",
            "dateUpdated": stamp,
            "progress": 0 if kind == "md" else 100,
            "config": {"editorSetting": {"language": language, "editOnDblClick": kind == "md"},
                       "colWidth": 12.0, "editorMode": f"ace/mode/{language}",
                       "fontSize": 9.0, "results": {}, "enabled": True},
            "settings": {"params": {}, "forms": {}},
            "results": result,
            "apps": [],
            "runtimeInfos": {},
            "progressUpdateIntervalMs": 500,
            "jobName": f"paragraph_{int(at.timestamp() * 1000)}_{rng.randint(10**8, 2 * 10**9)}",
            "id": _zeppelin_id(rng, at),
            "dateCreated": stamp,
            "dateStarted": stamp,
            "dateFinished": done.strftime("%Y-%m-%dT%H:%M:%S") + "+0000",
            "status": "FINISHED",
        })  # fmt: skip
    note = {
        "paragraphs": paragraphs,
        "name": f"HS admissions/{_f(row, 'dbn')} contact",
        "id": note_id,
        "defaultInterpreterGroup": "spark",
        "version": "0.10.1",
        "noteParams": {},
        "noteForms": {},
        "angularObjects": {},
        "config": {"isZeppelinNotebookCronEnable": False},
        "info": {},
    }
    return json.dumps(note, ensure_ascii=False, indent=2) + "\n"


def pandas_table_json(row: dict[str, Any], rng: random.Random) -> str:
    """The output of pandas' ``DataFrame.to_json(orient="table", indent=2)``: a Table Schema
    ``schema`` (``fields`` with their types, ``primaryKey``, ``pandas_version``) and two
    ``data`` records, one per program application to the school, each with its contact fields;
    invented application ids, seat counts and epoch-millisecond times (``datetime`` fields)."""
    when = _when(rng)
    fields = _contact_fields(row)
    schema = [{"name": "index", "type": "integer"}]
    schema += [{"name": k, "type": "string"} for k, _ in fields]
    schema += [
        {"name": "application_id", "type": "integer"},
        {"name": "seats", "type": "integer"},
        {"name": "received", "type": "datetime", "tz": "UTC"},
    ]
    records = []
    for i in range(2):
        at = when + dt.timedelta(minutes=rng.randint(5, 3000) * (i + 1))
        records.append({
            "index": i,
            **dict(fields),
            "application_id": rng.randint(10**7, 10**8 - 1),
            "seats": rng.randint(12, 140),
            "received": at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z",
        })  # fmt: skip
    out = {
        "schema": {"fields": schema, "primaryKey": ["index"], "pandas_version": "1.4.0"},
        "data": records,
    }
    return json.dumps(out, ensure_ascii=False, indent=2)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "r_markdown": r_markdown,
    "databricks_notebook": databricks_notebook,
    "zeppelin_note": zeppelin_note,
    "pandas_table_json": pandas_table_json,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone and fax fields
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
