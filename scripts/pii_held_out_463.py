"""held_out_463 of the PII evaluation set: real phone fields of a register no earlier part used
(the Seoul Metropolitan Government's licensing data of cinemas, 서울시 영화상영관 인허가 정보;
Korea's earlier parts took other registers) exactly as published, in layouts no earlier part
has, beside the register's own screen names, licence numbers, district codes, statuses, dates
and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses, campsites, performances and events,
tourist information centres, Seoul Metro's stations, 119 safety centres, Seoul's hospitals,
women's safe houses, large stores and entertainment bars) and many others; here:

* the values are the ``전화번호`` (telephone) field of 158 cinemas of Seoul, one licensed screen
  of each distinct number of the kept shape, of every business status (open, closed,
  cancelled), none an earlier Korean part's (``scripts/data/pii_kr_seoul_cinemas.json``,
  written by ``scripts/kr_seoul_cinemas_data.py``; source and licence in that file): South
  Korean numbers as the district offices typed them (``02-3147-3891``, ``1544-1122``,
  ``766-3211``, ``02)2670-8240``, ``02- 541-8888``); each copy labelled;
* the text around them is the same row's real fields: the screen's name, licence (management)
  number, licence date, business status and its detail, closing date, district office code,
  road (or lot-number) address and postcode, with invented ids, time stamps and coordinates,
  unlabelled and scored;
* in layouts no earlier part has, of a TypeScript ORM, a Go ORM, a Python SQL toolkit and an
  API-mocking library, the register's Korean in their values and comments: TypeORM seed
  functions (``dataSource.createQueryBuilder().insert().into(Cinema).values({...})
  .orIgnore().execute()``, the values as JSON literals, the number as ``phone``), GORM seed
  functions in Go (a ``model.Cinema`` composite literal aligned as gofmt writes it, the number
  as ``Phone``, ``db.Clauses(clause.OnConflict{...DoNothing: true}).Create(&cinema)``),
  SQLAlchemy 2.0 scripts (``insert(Cinema).values(...)`` of the PostgreSQL dialect with
  ``on_conflict_do_nothing(index_elements=[Cinema.license_no])`` run in ``engine.begin()``,
  the number as ``phone=``) and Mock Service Worker 2 handlers (``http.get(...)`` of the
  screen's path returning ``HttpResponse.json({...})`` with the number as ``phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_463.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
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
    name,
    office,
    phone,
    postcode,
)

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_seoul_cinemas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_463.jsonl.gz"
SPLIT = "held_out_463"

LAYOUTS = ("typeorm_seed_ts", "gorm_seed_go", "sqlalchemy_insert_py", "msw_handler_ts")
PHONE = "전화번호"
EDGES = {"phone": r"\d"}

data, by_locale = register_rows(ROWS)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled under its column;
    each copy stands apart: no digit next to it."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def licence(row: dict[str, Any]) -> str:
    """The screen's licence (management) number as published (``CDFF4220002009000007``)."""
    return _f(row, "관리번호")


def licensed(row: dict[str, Any]) -> str:
    """The licence date as published (``2009-09-25``)."""
    return _f(row, "인허가일자")


def status(row: dict[str, Any]) -> str:
    """The business status as published (``영업/정상``, ``폐업``)."""
    return _f(row, "영업상태명")


def detail(row: dict[str, Any]) -> str:
    """The detailed status as published (``영업중``, ``폐업``, ``직권말소``)."""
    return _f(row, "상세영업상태명")


def closed(row: dict[str, Any]) -> str:
    """The closing date as published ("" where the cinema is open)."""
    return _f(row, "폐업일자")


def _cinema(row: dict[str, Any]) -> dict[str, Any]:
    """The screen's published fields under snake_case column names, the number as ``phone``
    (None where the register leaves a field empty)."""
    p = _parts(row)
    return {
        "license_no": licence(row),
        "name": name(row),
        "phone": phone(row),
        "road_address": p["line"],
        "address_detail": p["rest"] or None,
        "district": p["district"],
        "postcode": postcode(row) or None,
        "district_office_code": office(row),
        "licensed_on": licensed(row) or None,
        "status": status(row),
        "status_detail": detail(row) or None,
        "closed_on": closed(row) or None,
    }


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _pascal(key: str) -> str:
    return "".join(part.capitalize() for part in key.split("_"))


TYPEORM = """import {{ DataSource }} from "typeorm";
import {{ Cinema }} from "../entity/Cinema";

// {stamp} 서울시 영화상영관 인허가 정보 동기화 (관리번호 {licence})
export async function seedCinema(dataSource: DataSource): Promise<void> {{
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(Cinema)
    .values({{
{values}
    }})
    .orIgnore()
    .execute();
}}
"""


def typeorm_seed_ts(row: dict[str, Any], rng: random.Random) -> str:
    """A TypeORM seed function (TypeScript, two-space indents): the insert query builder
    ``.insert().into(Cinema).values({...}).orIgnore().execute()`` with the screen's fields
    under camelCase keys, each a JSON literal (the number as ``phone``), an invented id and
    sync stamp."""
    cinema = {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4))}
    cinema.update({_camel(k): v for k, v in _cinema(row).items() if v is not None})
    lines = [f"      {k}: {json.dumps(v, ensure_ascii=False)}," for k, v in cinema.items()]
    stamp = _moment(rng).strftime("%Y-%m-%d %H:%M")
    return TYPEORM.format(stamp=stamp, licence=licence(row), values="\n".join(lines))


GORM = """package seed

import (
\t"gorm.io/gorm"
\t"gorm.io/gorm/clause"

\t"example.com/cinema-sync/internal/model"
)

// SeedCinema 는 서울시 영화상영관 인허가 정보의 한 행을 넣는다 ({stamp} 동기화).
func SeedCinema(db *gorm.DB) error {{
\tcinema := model.Cinema{{
{values}
\t}}
\treturn db.Clauses(clause.OnConflict{{
\t\tColumns:   []clause.Column{{{{Name: "license_no"}}}},
\t\tDoNothing: true,
\t}}).Create(&cinema).Error
}}
"""


def gorm_seed_go(row: dict[str, Any], rng: random.Random) -> str:
    """A GORM seed function in Go (tabs, as gofmt writes it): a ``model.Cinema`` composite
    literal with the screen's fields under PascalCase names, the keys' values aligned, each a
    Go string literal (the number as ``Phone``), invented coordinates, then
    ``db.Clauses(clause.OnConflict{...DoNothing: true}).Create(&cinema)``."""
    lon, lat = _point(rng)
    fields = {_pascal(k): json.dumps(v, ensure_ascii=False) for k, v in _cinema(row).items()
              if v is not None}  # fmt: skip
    fields["Longitude"], fields["Latitude"] = f"{lon}", f"{lat}"
    width = max(len(k) for k in fields) + 1
    lines = [f"\t\t{(k + ':').ljust(width)} {v}," for k, v in fields.items()]
    stamp = _moment(rng).strftime("%Y-%m-%d %H:%M")
    return GORM.format(stamp=stamp, values="\n".join(lines))


SQLALCHEMY = '''"""서울시 영화상영관 인허가 정보 동기화 ({stamp}, batch {batch})."""

from sqlalchemy import create_engine
from sqlalchemy.dialects.postgresql import insert

from app.models import Cinema

engine = create_engine("postgresql+psycopg://cinema_sync@localhost:5432/cinemas")

stmt = (
    insert(Cinema)
    .values(
{values}
    )
    .on_conflict_do_nothing(index_elements=[Cinema.license_no])
)

with engine.begin() as conn:
    conn.execute(stmt)
'''


def sqlalchemy_insert_py(row: dict[str, Any], rng: random.Random) -> str:
    """A SQLAlchemy 2.0 script (Python, four-space indents): ``insert(Cinema).values(...)`` of
    the PostgreSQL dialect with the screen's fields as keyword arguments, each a string literal
    (the number as ``phone=``), ``on_conflict_do_nothing`` on the licence number, run in
    ``engine.begin()``; an invented batch id in the docstring."""
    lines = [f"        {k}={json.dumps(v, ensure_ascii=False)},"
             for k, v in _cinema(row).items() if v is not None]  # fmt: skip
    moment = _moment(rng)
    return SQLALCHEMY.format(
        stamp=moment.strftime("%Y-%m-%d %H:%M"), batch=f"{rng.getrandbits(32):08x}",
        values="\n".join(lines),
    )  # fmt: skip


MSW = """import {{ http, HttpResponse }} from "msw";

// 서울시 영화상영관 인허가 정보 목업 ({stamp})
export const cinemaHandlers = [
  http.get("/api/cinemas/{licence}", () => {{
    return HttpResponse.json({body});
  }}),
];
"""


def msw_handler_ts(row: dict[str, Any], rng: random.Random) -> str:
    """Mock Service Worker 2 handlers (TypeScript, two-space indents): ``http.get`` of the
    screen's path by its licence number returning ``HttpResponse.json({...})``: the screen's
    fields under camelCase keys (the number as ``phone``), an invented point and update
    stamp."""
    lon, lat = _point(rng)
    moment = _moment(rng)
    body = {_camel(k): v for k, v in _cinema(row).items() if v is not None}
    body["location"] = {"lat": lat, "lng": lon}
    body["updatedAt"] = _iso(moment)
    text = json.dumps(body, ensure_ascii=False, indent=2).replace("\n", "\n    ")
    return MSW.format(stamp=moment.strftime("%Y-%m-%d"), licence=licence(row), body=text)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "typeorm_seed_ts": typeorm_seed_ts,
    "gorm_seed_go": gorm_seed_go,
    "sqlalchemy_insert_py": sqlalchemy_insert_py,
    "msw_handler_ts": msw_handler_ts,
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
