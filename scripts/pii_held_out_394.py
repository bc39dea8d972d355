"""held_out_394 of the PII evaluation set: real phone and fax fields of nine open-data lists of
a publisher no earlier part used (Namegata City, 行方市, Ibaraki Prefecture: its AED sites,
shops, care service offices, medical institutions, public facilities, tourist facilities,
childcare facilities, evacuation sites and Wi-Fi spots; Japan's earlier parts took other
cities', prefectures' and ministries' lists) exactly as published, in layouts no earlier part
has, beside the lists' own names, addresses and codes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are each kept row's phone field (``電話番号`` or ``連絡先電話番号``) and its
  ``FAX番号`` where the list has one and it is not the phone again
  (``scripts/data/pii_jp_namegata_lists.json``, written by
  ``scripts/jp_namegata_lists_data.py``; source and licence in that file): Japanese numbers
  as the city writes them, hyphenated (``0299-72-0811``); every copy labelled, each number
  by ``labelled_record`` (a number no person could hold, a seven-digit local line, is a
  distractor);
* the text around them is the same row's real fields: the facility's name, address, list and
  the row's number in it, with invented ids, card ids, dates, times and keys, unlabelled;
* in layouts no earlier part has, text in Japanese: records of Sansan's business-card object
  in Salesforce as the REST API returns them (the fields as Sansan's help page on the 名刺
  object's mapping names them, ``Sansan_CI__CompanyName__c``, ``Sansan_CI__Phone__c``,
  ``Sansan_CI__Fax__c``; the object's API name ``Sansan_CI__BizCard__c`` assumed),
  Microsoft Graph To Do task-create requests (``POST /v1.0/me/todo/lists/{id}/tasks``: a
  task to call the facility, the number in ``title`` and ``body.content``), Cloudflare
  Workers KV bulk-write requests (``PUT .../storage/kv/namespaces/{id}/bulk``: one pair
  whose ``value`` is the facility as a JSON string and whose ``metadata`` repeats the
  number) and Cloudflare D1 query requests (``POST .../d1/database/{id}/query``: an
  ``INSERT`` with numbered ``?`` parameters, the row's values in ``params``).

Each record is seeded by its own (split, locale, layout, index). Committed with its data
before it was ever scored.

    python scripts/pii_held_out_394.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_jp_namegata_lists.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_394.jsonl.gz"
SPLIT = "held_out_394"

LAYOUTS = ("sansan_bizcard", "graph_todo_task", "cf_kv_bulk", "cf_d1_query")
EDGES = {"phone": r"\d", "fax": r"\d"}
COLUMNS = {"phone": "phone", "fax": "fax"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published (stripped)."""
    return _f(row, row["phone_column"])


def fax(row: dict[str, Any]) -> str:
    """The row's fax where its list has one and it is not the phone again, else ""."""
    value = _f(row, row["fax_column"]) if row["fax_column"] else ""
    return "" if value == phone(row) else value


def name(row: dict[str, Any]) -> str:
    """The facility's name."""
    return _f(row, "名称") or _f(row, "介護サービス事業所名称")


def address(row: dict[str, Any]) -> str:
    """The facility's address with its 方書 where it has one."""
    return " ".join(v for v in (_f(row, "住所"), _f(row, "方書")) if v)


def street(row: dict[str, Any]) -> str:
    """The address after its prefecture and city (the lists write ``茨城県行方市麻生1561-9``)."""
    return address(row).removeprefix("茨城県").removeprefix("行方市")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the lists' is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax labelled."""
    return field_copies(
        text, [("phone", phone(row)), ("fax", fax(row))], EDGES, COLUMNS, row["path"]
    )


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _when(rng: random.Random) -> str:
    """An invented moment of 2025 (UTC), ISO 8601 with milliseconds."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return f"2025-{month:02d}-{day:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00.000Z"


def sansan_bizcard(row: dict[str, Any], rng: random.Random) -> str:
    """A record of Sansan's business-card object in Salesforce as the REST API returns it
    (``GET /services/data/v59.0/sobjects/Sansan_CI__BizCard__c/{id}``; the fields as Sansan's
    help page on the 名刺 object's field mapping names them, the object's API name assumed):
    ``attributes``, invented record, card and owner ids and exchange date, the facility as
    ``Sansan_CI__CompanyName__c`` with its list as department, its address split as the
    mapping splits it, ``Sansan_CI__Phone__c`` the phone, ``Sansan_CI__Fax__c`` the fax (or
    null), a note naming the list and row, no person's name."""
    sid = "a0" + "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(16)
    )
    doc = {
        "attributes": {
            "type": "Sansan_CI__BizCard__c",
            "url": f"/services/data/v59.0/sobjects/Sansan_CI__BizCard__c/{sid}",
        },
        "Id": sid,
        "Name": name(row),
        "Sansan_CI__BizCardId__c": _hex(rng, 32).upper(),
        "Sansan_CI__CompanyName__c": name(row),
        "Sansan_CI__Department__c": row["list"],
        "Sansan_CI__Title__c": None,
        "Sansan_CI__LastName__c": None,
        "Sansan_CI__FirstName__c": None,
        "Sansan_CI__Phone__c": phone(row),
        "Sansan_CI__Phone2__c": None,
        "Sansan_CI__Mobile__c": None,
        "Sansan_CI__Fax__c": fax(row) or None,
        "Sansan_CI__Email__c": None,
        "Sansan_CI__Url__c": _f(row, "URL") or None,
        "Sansan_CI__CountryCode__c": "JP",
        "Sansan_CI__Address__c": ("" if address(row).startswith("茨城県") else "茨城県")
        + address(row),
        "Sansan_CI__PostalCode__c": None,
        "Sansan_CI__State__c": _f(row, "都道府県名") or "茨城県",
        "Sansan_CI__City__c": _f(row, "市区町村名") or "行方市",
        "Sansan_CI__Street__c": street(row),
        "Sansan_CI__Building__c": None,
        "Sansan_CI__ExchangeDate__c": _when(rng)[:10],
        "Sansan_CI__Note__c": f"行方市オープンデータ「{row['list']}」No.{_f(row, 'NO')}",
        "Sansan_CI__IsVirtualCard__c": False,
        "Sansan_CI__ResignFlag__c": False,
    }
    return _json(doc)


def graph_todo_task(row: dict[str, Any], rng: random.Random) -> str:
    """A Microsoft Graph To Do task-create request (``POST /v1.0/me/todo/lists/{id}/tasks``
    body): a task to call the facility, the number in ``title`` and ``body.content``, a due
    date in Tokyo time, a linked resource of the city's open-data page."""
    line = f"電話: {phone(row)}" + (f" / FAX: {fax(row)}" if fax(row) else "")
    task = {
        "title": f"{name(row)}へ確認の電話 ({phone(row)})",
        "importance": rng.choice(("normal", "high")),
        "isReminderOn": True,
        "body": {
            "contentType": "text",
            "content": f"{row['list']}の掲載内容（所在地: {address(row)}）を確認する。\n{line}",
        },
        "dueDateTime": {
            "dateTime": _when(rng)[:10] + "T00:00:00.0000000",
            "timeZone": "Tokyo Standard Time",
        },
        "categories": [row["list"]],
        "linkedResources": [
            {
                "webUrl": "https://www.city.namegata.ibaraki.jp/opendata.php",
                "applicationName": "行方市オープンデータ",
                "displayName": f"{row['list']} No.{_f(row, 'NO')}",
                "externalId": _hex(rng, 12),
            }
        ],
    }
    return _json(task)


def cf_kv_bulk(row: dict[str, Any], rng: random.Random) -> str:
    """A Cloudflare Workers KV bulk-write request body (``PUT /client/v4/accounts/{id}/storage/
    kv/namespaces/{id}/bulk``): one pair, its key from the list and row, its ``value`` the
    facility as a JSON string, its ``metadata`` repeating the phone."""
    value = {"name": name(row), "address": address(row), "tel": phone(row), "fax": fax(row),
             "list": row["list"]}  # fmt: skip
    pair = {
        "key": f"namegata:{row['path'].rsplit('/', 1)[1].replace('.csv#', ':')}",
        "value": json.dumps(value, ensure_ascii=False),
        "expiration_ttl": rng.choice((86400, 604800, 2592000)),
        "metadata": {"tel": phone(row), "updated": _when(rng)[:10]},
        "base64": False,
    }
    return _json([pair])


def cf_d1_query(row: dict[str, Any], rng: random.Random) -> str:
    """A Cloudflare D1 query request body (``POST /client/v4/accounts/{id}/d1/database/{id}/
    query``): an ``INSERT`` of the facility with numbered parameters, the values in ``params``."""
    sql = (
        "INSERT INTO facilities (id, list, name, address, tel, fax, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET tel = excluded.tel;"
    )
    params = [
        f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}",
        row["list"],
        name(row),
        address(row),
        phone(row),
        fax(row),
        _when(rng),
    ]
    return _json({"sql": sql, "params": params})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sansan_bizcard": sansan_bizcard,
    "graph_todo_task": graph_todo_task,
    "cf_kv_bulk": cf_kv_bulk,
    "cf_d1_query": cf_d1_query,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone and fax labelled."""
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
