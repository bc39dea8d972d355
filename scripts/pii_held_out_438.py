"""held_out_438 of the PII evaluation set: real phone fields of a register no earlier part used
(the Seoul Metropolitan Government's licensing data of entertainment bars, 서울시 유흥주점영업
인허가 정보; Korea's earlier parts took other registers) exactly as published, in layouts no
earlier part has, beside the register's own names, kinds, licence numbers, district codes and
addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses, campsites, performances and events,
tourist information centres, Seoul Metro's stations, 119 safety centres, Seoul's hospitals,
women's safe houses and large stores) and many others; here:

* the values are the ``전화번호`` (telephone) field of 400 entertainment bars open for business
  in Seoul (room salons, stand bars, cabarets, beer salons, clubs and hotel night clubs), a
  seeded sample of the first row of each distinct number of the kept shape, none an earlier
  Korean part's (``scripts/data/pii_kr_seoul_entertainment_bars.json``, written by
  ``scripts/kr_seoul_entertainment_bars_data.py``; source and licence in that file): South
  Korean numbers as the district offices typed them (``02 8745637``, ``222695901``,
  ``02  519 2800``, ``02587 8883``, ``26788126``); each copy labelled;
* the text around them is the same row's real fields: the bar's name, kind, licence
  (management) number, licence date, floor area, district office code, road (or lot-number)
  address and postcode, with invented ids, time stamps, versions and coordinates, unlabelled
  and scored;
* in layouts no earlier part has, of a graph database, a GraphQL engine, an analytics API and
  a TypeScript ORM, the register's Korean in their values: Dgraph JSON mutations (``POST
  /mutate?commitNow=true``: ``set`` of one node with a blank-node ``uid``, ``dgraph.type``
  ``Venue``, the number as ``phone``, a GeoJSON ``location``), Hasura GraphQL insert requests
  (``operationName``, a ``mutation`` of ``insert_venues_one`` with an ``on_conflict`` clause,
  the bar as ``variables.object`` with the number as ``phone``), Segment HTTP tracking API
  ``group`` calls (``POST /v1/group``: an invented ``userId``, the bar as the group by its
  licence number, ``traits`` with ``name``, ``industry``, the number as ``phone``, an
  ``address`` object and ``createdAt``; ``context.library``, ``messageId``, ``timestamp``)
  and Drizzle ORM seed scripts (``db.insert(venues).values({...}).onConflictDoNothing(...)``
  in TypeScript, the values as JSON string literals, the number as ``phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_438.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record
from pii_held_out_421 import (  # the same LOCALDATA columns, read the same way
    _f,
    _iso,
    _moment,
    _parts,
    _point,
    international,
    kind,
    name,
    office,
    phone,
    postcode,
)

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_seoul_entertainment_bars.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_438.jsonl.gz"
SPLIT = "held_out_438"

LAYOUTS = ("dgraph_mutation_json", "hasura_insert_graphql_json", "segment_group_json",
           "drizzle_seed_ts")  # fmt: skip
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
LIBRARIES = (("analytics-node", "2.1.2"), ("analytics-python", "2.3.3"),
             ("@segment/analytics-node", "2.2.1"))  # fmt: skip

data, by_locale = register_rows(ROWS)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled under its column;
    each copy stands apart: no digit next to it."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def licence(row: dict[str, Any]) -> str:
    """The bar's licence (management) number as published (``3010000-102-2004-00016``)."""
    return _f(row, "관리번호")


def licensed(row: dict[str, Any]) -> str:
    """The licence date as published (``2004-11-12``)."""
    return _f(row, "인허가일자")


def area(row: dict[str, Any]) -> str:
    """The floor area in square metres as published (``93.6``; "" where there is none)."""
    return _f(row, "소재지면적")


def _venue(row: dict[str, Any]) -> dict[str, Any]:
    """The bar's published fields under snake_case column names, the number as ``phone``."""
    p = _parts(row)
    venue = {
        "license_no": licence(row),
        "name": name(row),
        "category": kind(row),
        "phone": phone(row),
        "road_address": p["line"],
        "address_detail": p["rest"] or None,
        "district": p["district"],
        "postcode": postcode(row) or None,
        "district_office_code": office(row),
        "licensed_on": licensed(row) or None,
        "floor_area_m2": float(area(row)) if re.fullmatch(r"\d+(\.\d+)?", area(row)) else None,
    }
    return venue


def dgraph_mutation_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Dgraph JSON mutation (``POST /mutate?commitNow=true``, two-space indents): ``set`` of
    one node with a blank-node ``uid``, ``dgraph.type`` ``Venue``, the bar's fields with the
    number as ``phone``, a GeoJSON point as ``location`` and an invented import stamp."""
    lon, lat = _point(rng)
    node = {"uid": f"_:venue{rng.randint(1000, 99999)}", "dgraph.type": "Venue"}
    node.update({k: v for k, v in _venue(row).items() if v is not None})
    node["location"] = {"type": "Point", "coordinates": [lon, lat]}
    node["imported_at"] = _iso(_moment(rng))
    return json.dumps({"set": [node]}, ensure_ascii=False, indent=2) + "\n"


HASURA = """mutation InsertVenue($object: venues_insert_input!) {
  insert_venues_one(
    object: $object
    on_conflict: {constraint: venues_license_no_key, update_columns: [name, phone, category]}
  ) {
    id
    license_no
    updated_at
  }
}"""


def hasura_insert_graphql_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Hasura GraphQL request body (``POST /v1/graphql``, JSON on one line): ``operationName``
    ``InsertVenue``, the ``insert_venues_one`` mutation with an ``on_conflict`` clause, the bar
    as ``variables.object`` with the number as ``phone``."""
    obj = {k: v for k, v in _venue(row).items() if v is not None}
    obj["source_batch"] = f"seoul-localdata-{_moment(rng):%Y%m%d}"
    body = {"operationName": "InsertVenue", "query": HASURA, "variables": {"object": obj}}
    return json.dumps(body, ensure_ascii=False) + "\n"


def segment_group_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Segment HTTP tracking API ``group`` call (``POST /v1/group``, two-space indents): an
    invented ``userId``, the bar as the group by its licence number, ``traits`` with its name,
    kind as ``industry``, the number as ``phone``, an ``address`` object and the licence date
    as ``createdAt``; ``context.library``, ``messageId`` and ``timestamp``."""
    moment = _moment(rng)
    p = _parts(row)
    library, version = rng.choice(LIBRARIES)
    address_ = {"street": p["line"], "city": "서울특별시", "state": p["district"],
                "postalCode": postcode(row), "country": "KR"}  # fmt: skip
    traits = {
        "name": name(row),
        "industry": kind(row),
        "phone": phone(row),
        "address": {k: v for k, v in address_.items() if v},
        "createdAt": f"{licensed(row)}T00:00:00+09:00" if licensed(row) else None,
        "districtOfficeCode": office(row),
        "plan": rng.choice(("basic", "pos-plus", "pos-pro")),
    }
    body = {
        "type": "group",
        "userId": f"usr_{rng.getrandbits(64):016x}",
        "groupId": licence(row),
        "traits": {k: v for k, v in traits.items() if v is not None},
        "context": {"library": {"name": library, "version": version}, "locale": "ko-KR",
                    "timezone": "Asia/Seoul"},
        "messageId": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "timestamp": _iso(moment),
    }  # fmt: skip
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


DRIZZLE = """import {{ drizzle }} from "drizzle-orm/node-postgres";
import {{ venues }} from "../db/schema";

// {stamp} 서울시 유흥주점영업 인허가 정보 동기화
const db = drizzle(process.env.DATABASE_URL!);

async function main() {{
  await db
    .insert(venues)
    .values({{
{values}
    }})
    .onConflictDoNothing({{ target: venues.licenseNo }});
}}

main().catch((err) => {{
  console.error(err);
  process.exit(1);
}});
"""


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.capitalize() for part in rest)


def drizzle_seed_ts(row: dict[str, Any], rng: random.Random) -> str:
    """A Drizzle ORM seed script (TypeScript, two-space indents): ``db.insert(venues)
    .values({...})`` with the bar's fields under camelCase keys, each a JSON literal (the
    number as ``phone``), ``onConflictDoNothing`` on the licence number."""
    venue = {_camel(k): v for k, v in _venue(row).items() if v is not None}
    lines = [f"      {k}: {json.dumps(v, ensure_ascii=False)}," for k, v in venue.items()]
    stamp = _moment(rng).strftime("%Y-%m-%d %H:%M")
    return DRIZZLE.format(stamp=stamp, values="\n".join(lines))


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "dgraph_mutation_json": dgraph_mutation_json,
    "hasura_insert_graphql_json": hasura_insert_graphql_json,
    "segment_group_json": segment_group_json,
    "drizzle_seed_ts": drizzle_seed_ts,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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
