"""held_out_131 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministry of Education's directory of Taiwan's elementary schools; Taiwan's earlier part
took the National Health Insurance Administration's mask-stock list) exactly as published, in
layouts no earlier part has, beside the directory's own codes, names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, TW (pharmacies and health centres) and
many others; here:

* the values are the ``電話`` fields of 600 elementary schools
  (``scripts/data/pii_tw_moe_elementary.json``, written by
  ``scripts/tw_moe_elementary_data.py``; source and licence in that file): Taiwanese numbers as
  the ministry writes them, the area code in brackets and the subscriber's digits with no
  separator (``(02)86716836``, ``(037)981013``, Matsu's ``(0836)22192``), each copy labelled;
* the text around them is the same row's real fields: the six-digit school code (``013601``),
  the name, public or private, the county with its list code (``[01]新北市``), the address with
  its three-digit postcode (``[237]新北市三峽區國光街100號``), the web site and the school year
  (``112``), with invented feature ids, UUIDs, dates, versions, byte counts and positions (the
  directory gives no coordinates: each school is put at an invented point near its county's
  seat), unlabelled and scored;
* in layouts no earlier part has, geospatial and GIS interchange formats, text in Traditional
  Chinese: TopoJSON topologies of one school layer (a quantized ``Point`` with its
  ``transform``, the number in ``電話`` and a ``說明`` sentence), GeoPackage SQL dumps as
  ``sqlite3 .dump`` prints them (the ``gpkg_*`` tables, the feature table with a
  GeoPackage-binary point and the number in ``電話`` and ``備註``), Shapefile attribute tables
  as Perl XBase's ``dbfdump`` prints them (``--info`` then the record, the number in ``TEL`` and
  ``NOTE``) and ISO 19139 metadata records of a campus-map data set (the school as
  ``pointOfContact`` with ``gmd:voice``, the ``abstract`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_131.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import struct
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_moe_elementary.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_131.jsonl.gz"
SPLIT = "held_out_131"

LAYOUTS = ("topojson", "geopackage_sql", "dbfdump", "iso19139")
PHONE = "電話"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# a rough position (latitude, longitude) of each county's seat, the centre of the invented
# points (the directory gives no coordinates)
SEATS = {
    "臺北市": (25.038, 121.564), "新北市": (25.012, 121.466), "桃園市": (24.993, 121.301),
    "臺中市": (24.162, 120.647), "臺南市": (22.999, 120.227), "高雄市": (22.627, 120.301),
    "基隆市": (25.128, 121.742), "新竹市": (24.804, 120.969), "嘉義市": (23.480, 120.449),
    "新竹縣": (24.827, 121.013), "苗栗縣": (24.560, 120.821), "彰化縣": (24.076, 120.544),
    "南投縣": (23.903, 120.687), "雲林縣": (23.708, 120.543), "嘉義縣": (23.459, 120.293),
    "屏東縣": (22.670, 120.488), "宜蘭縣": (24.730, 121.763), "花蓮縣": (23.992, 121.601),
    "臺東縣": (22.756, 121.144), "澎湖縣": (23.569, 119.579), "金門縣": (24.437, 118.318),
    "連江縣": (26.157, 119.950),
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def county(row: dict[str, Any]) -> tuple[str, str]:
    """(list code, county name) of ``縣市名稱`` (``[01]新北市`` -> ``01``, ``新北市``)."""
    m = re.fullmatch(r"\[(\d+)\](.+)", _f(row, "縣市名稱"))
    assert m, row["path"]
    return m.group(1), m.group(2)


def address(row: dict[str, Any]) -> tuple[str, str]:
    """(postcode, street address) of ``地址`` (``[237]新北市...`` -> ``237``, ``新北市...``)."""
    m = re.fullmatch(r"\[(\d+)\](.+)", _f(row, "地址"))
    assert m, row["path"]
    return m.group(1), m.group(2)


def position(row: dict[str, Any], rng: random.Random) -> tuple[float, float]:
    """An invented point (longitude, latitude) near the county's seat, six decimals."""
    lat, lon = SEATS[county(row)[1]]
    return (
        round(lon + rng.uniform(-0.03, 0.03), 6),
        round(lat + rng.uniform(-0.03, 0.03), 6),
    )


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _sql(value: str) -> str:
    """``value`` as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def topojson(row: dict[str, Any], rng: random.Random) -> str:
    """A TopoJSON topology of one school layer: an invented ``bbox`` about the point, the
    ``transform`` that quantizes it (``scale``, ``translate``), one ``GeometryCollection``
    object whose ``Point`` has the school code as ``id``, quantized ``coordinates`` and the
    row's fields as ``properties`` (with ``電話`` and a ``說明`` sentence repeating it), no
    arcs."""
    tel = phone(row)
    lon, lat = position(row, rng)
    code, name = county(row)
    postcode, street = address(row)
    west, south = round(lon - rng.uniform(0.05, 0.4), 6), round(lat - rng.uniform(0.05, 0.4), 6)
    east, north = round(lon + rng.uniform(0.05, 0.4), 6), round(lat + rng.uniform(0.05, 0.4), 6)
    steps = 99999
    sx, sy = (east - west) / steps, (north - south) / steps
    qx, qy = round((lon - west) / sx), round((lat - south) / sy)
    when = _when(rng)
    props = {
        "學年度": _f(row, "學年度"),
        "代碼": _f(row, "代碼"),
        "學校名稱": _f(row, "學校名稱"),
        "公私立": _f(row, "公/私立"),
        "縣市代碼": code,
        "縣市": name,
        "郵遞區號": postcode,
        "地址": street,
        "電話": tel,
        "網址": _f(row, "網址"),
        "說明": f"{_f(row, '學校名稱')}位於{street}，聯絡電話{tel}。",
        "更新日期": f"{when:%Y-%m-%d}",
    }
    topology = {
        "type": "Topology",
        "bbox": [west, south, east, north],
        "transform": {"scale": [sx, sy], "translate": [west, south]},
        "objects": {
            f"e1_{code}": {
                "type": "GeometryCollection",
                "geometries": [
                    {
                        "type": "Point",
                        "id": _f(row, "代碼"),
                        "coordinates": [qx, qy],
                        "properties": props,
                    }
                ],
            }
        },
        "arcs": [],
    }
    return json.dumps(topology, ensure_ascii=False, indent=rng.choice((1, 2))) + "\n"


def gpkg_point(lon: float, lat: float, srs: int = 4326) -> bytes:
    """A GeoPackage binary point: the ``GP`` header (version 0, little-endian, no envelope,
    the SRS id) and the WKB point."""
    return b"GP" + struct.pack("<BBi", 0, 1, srs) + struct.pack("<BIdd", 1, 1, lon, lat)


def geopackage_sql(row: dict[str, Any], rng: random.Random) -> str:
    """A GeoPackage 1.3 file as ``sqlite3 schools.gpkg .dump`` prints it: its application id
    and user version, the ``gpkg_spatial_ref_sys``, ``gpkg_contents`` (an invented last
    change and the bounds) and ``gpkg_geometry_columns`` tables, and the feature table with
    one row: an invented ``fid``, the GeoPackage-binary point, the row's fields and a
    ``備註`` repeating the number."""
    tel = phone(row)
    lon, lat = position(row, rng)
    _, name = county(row)
    postcode, street = address(row)
    when = _when(rng)
    fid = rng.randint(1, 2700)
    table = "e1_schools"
    geom = gpkg_point(lon, lat).hex().upper()
    note = f"{_f(row, '學年度')}學年度國民小學名錄；聯絡電話{tel}，郵遞區號{postcode}"
    values = ", ".join(
        [
            str(fid),
            f"X'{geom}'",
            _sql(_f(row, "代碼")),
            _sql(_f(row, "學校名稱")),
            _sql(_f(row, "公/私立")),
            _sql(_f(row, "縣市名稱")),
            _sql(_f(row, "地址")),
            _sql(tel),
            _sql(_f(row, "網址")),
            _sql(note),
        ]
    )
    wgs84 = (
        'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
        'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]'
    )
    lines = [
        "PRAGMA application_id=1196444487;",
        "PRAGMA user_version=10300;",
        "PRAGMA foreign_keys=OFF;",
        "BEGIN TRANSACTION;",
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY "
        "KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, "
        "definition TEXT NOT NULL, description TEXT);",
        f"INSERT INTO gpkg_spatial_ref_sys VALUES('WGS 84 geodetic',4326,'EPSG',4326,"
        f"'{wgs84}','longitude/latitude coordinates in decimal degrees on the WGS 84 "
        "spheroid');",
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT "
        "NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT "
        "NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, "
        "max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);",
        f"INSERT INTO gpkg_contents VALUES('{table}','features','{table}',"
        f"{_sql(name + '國民小學位置')},"
        f"'{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z',"
        f"{lon},{lat},{lon},{lat},4326);",
        "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT "
        "NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, "
        "m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));",
        f"INSERT INTO gpkg_geometry_columns VALUES('{table}','geom','POINT',4326,0,0);",
        f'CREATE TABLE IF NOT EXISTS "{table}" ( "fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT '
        'NULL, "geom" POINT, "代碼" TEXT(6), "學校名稱" TEXT, "公/私立" TEXT, "縣市名稱" TEXT, '
        '"地址" TEXT, "電話" TEXT, "網址" TEXT, "備註" TEXT);',
        f'INSERT INTO "{table}" VALUES({values});',
        "DELETE FROM sqlite_sequence;",
        f"INSERT INTO sqlite_sequence VALUES('{table}',{fid});",
        "COMMIT;",
        "",
    ]
    return "\n".join(lines)


# the attribute table's fields: (name, type, decimals) with the row's column or a role
DBF_FIELDS = (
    ("CODE", "C", 0), ("NAME", "C", 0), ("PUB_PRIV", "C", 0), ("COUNTY", "C", 0),
    ("ZIP", "C", 0), ("ADDRESS", "C", 0), ("TEL", "C", 0), ("URL", "C", 0),
    ("NOTE", "C", 0), ("LON", "N", 6), ("LAT", "N", 6),
)  # fmt: skip
FS = " | "


def dbf_values(row: dict[str, Any], lon: float, lat: float) -> list[str]:
    """The record's values, in ``DBF_FIELDS``' order, as ``dbfdump`` prints them."""
    _, name = county(row)
    postcode, street = address(row)
    note = f"{_f(row, '學年度')}學年度名錄 聯絡電話 {phone(row)}"
    return [
        _f(row, "代碼"), _f(row, "學校名稱"), _f(row, "公/私立"), name, postcode, street,
        phone(row), _f(row, "網址"), note, f"{lon:.6f}", f"{lat:.6f}",
    ]  # fmt: skip


def dbfdump(row: dict[str, Any], rng: random.Random) -> str:
    """A shell session over a one-school Shapefile: its ``.cpg`` (``UTF-8``), then
    ``dbfdump --info`` (Perl XBase: file name, version, record count, header and record
    lengths, an invented last change, the field table with each character field as long as
    its value's UTF-8 bytes and up to 8 more) and ``dbfdump --fs ' | '`` printing the record:
    the row's fields, the number in ``TEL`` and again in ``NOTE``, and the invented point's
    ``LON`` and ``LAT``."""
    lon, lat = position(row, rng)
    values = dbf_values(row, lon, lat)
    when = _when(rng)
    stem = f"e1_{_f(row, '代碼')}"
    lengths = [
        (12 if kind == "N" else max(1, min(254, len(value.encode("utf-8")) + rng.randint(0, 8))))
        for (_, kind, _), value in zip(DBF_FIELDS, values, strict=True)
    ]
    header = 32 + 32 * len(DBF_FIELDS) + 1
    record = 1 + sum(lengths)
    table = [
        f"{i}.\t{name:<10}\t{kind}\t{length}\t{decimals}"
        for i, ((name, kind, decimals), length) in enumerate(
            zip(DBF_FIELDS, lengths, strict=True), 1
        )
    ]
    lines = [
        f"$ cat {stem}.cpg",
        "UTF-8",
        f"$ dbfdump --info {stem}.dbf",
        f"Filename:\t{stem}.dbf",
        "Version:\t0x03 (ver. 3)",
        "Num of records:\t1",
        f"Header length:\t{header}",
        f"Record length:\t{record}",
        f"Last change:\t{when.year}/{when.month}/{when.day}",
        f"Num fields:\t{len(DBF_FIELDS)}",
        "Field info:",
        "Num\tName\t\tType\tLen\tDecimal",
        *table,
        f"$ dbfdump --fs '{FS}' {stem}.dbf",
        FS.join(values),
        "",
    ]
    return "\n".join(lines)


def iso19139(row: dict[str, Any], rng: random.Random) -> str:
    """An ISO 19139 (ISO 19115:2003) metadata record of an invented campus-map data set of
    the school: an invented file identifier (a UUID) and date stamp, the ministry's statistics
    department as metadata contact (no number), EPSG 4326 as reference system, and the data
    identification: its title, creation date and school code, an ``abstract`` repeating the
    number, the school as ``pointOfContact`` (``organisationName``, ``gmd:voice``, the address
    with its postcode, the web site), topic ``education`` and a geographic bounding box about
    the invented point."""
    tel, school = phone(row), _f(row, "學校名稱")
    lon, lat = position(row, rng)
    _, name = county(row)
    postcode, street = address(row)
    when = _when(rng)
    ident = uuid.UUID(int=rng.getrandbits(128), version=4)
    pad = rng.uniform(0.001, 0.004)
    box = [round(v, 6) for v in (lon - pad, lon + pad, lat - pad, lat + pad)]

    def cs(tag: str, value: str, indent: int) -> list[str]:
        sp = " " * indent
        return [f"{sp}<gmd:{tag}>", f"{sp}  <gco:CharacterString>{_x(value)}</gco:CharacterString>",
                f"{sp}</gmd:{tag}>"]  # fmt: skip

    abstract = (
        f"{school}（{_f(row, '地址')}）校園平面圖，含校舍、運動場及出入口位置。"
        f"資料洽詢電話：{tel}。"
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" '
        'xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gml="http://www.opengis.net/gml">',
        *cs("fileIdentifier", str(ident), 2),
        "  <gmd:language>",
        '    <gmd:LanguageCode codeList="http://www.loc.gov/standards/iso639-2/" '
        'codeListValue="chi">chi</gmd:LanguageCode>',
        "  </gmd:language>",
        "  <gmd:characterSet>",
        '    <gmd:MD_CharacterSetCode codeList="http://standards.iso.org/iso/19139/resources/'
        'gmxCodelists.xml#MD_CharacterSetCode" codeListValue="utf8">utf8</gmd:MD_CharacterSetCode>',
        "  </gmd:characterSet>",
        "  <gmd:hierarchyLevel>",
        '    <gmd:MD_ScopeCode codeList="http://standards.iso.org/iso/19139/resources/'
        'gmxCodelists.xml#MD_ScopeCode" codeListValue="dataset">dataset</gmd:MD_ScopeCode>',
        "  </gmd:hierarchyLevel>",
        "  <gmd:contact>",
        "    <gmd:CI_ResponsibleParty>",
        *cs("organisationName", "教育部統計處", 6),
        "      <gmd:role>",
        '        <gmd:CI_RoleCode codeList="http://standards.iso.org/iso/19139/resources/'
        'gmxCodelists.xml#CI_RoleCode" codeListValue="publisher">publisher</gmd:CI_RoleCode>',
        "      </gmd:role>",
        "    </gmd:CI_ResponsibleParty>",
        "  </gmd:contact>",
        "  <gmd:dateStamp>",
        f"    <gco:DateTime>{when:%Y-%m-%dT%H:%M:%S}</gco:DateTime>",
        "  </gmd:dateStamp>",
        *cs("metadataStandardName", "ISO 19115:2003/19139", 2),
        *cs("metadataStandardVersion", "1.0", 2),
        "  <gmd:referenceSystemInfo>",
        "    <gmd:MD_ReferenceSystem>",
        "      <gmd:referenceSystemIdentifier>",
        "        <gmd:RS_Identifier>",
        *cs("code", "4326", 10),
        *cs("codeSpace", "EPSG", 10),
        "        </gmd:RS_Identifier>",
        "      </gmd:referenceSystemIdentifier>",
        "    </gmd:MD_ReferenceSystem>",
        "  </gmd:referenceSystemInfo>",
        "  <gmd:identificationInfo>",
        "    <gmd:MD_DataIdentification>",
        "      <gmd:citation>",
        "        <gmd:CI_Citation>",
        *cs("title", f"{school}校園平面圖", 10),
        "          <gmd:date>",
        "            <gmd:CI_Date>",
        "              <gmd:date>",
        f"                <gco:Date>{when:%Y-%m-%d}</gco:Date>",
        "              </gmd:date>",
        "              <gmd:dateType>",
        '                <gmd:CI_DateTypeCode codeList="http://standards.iso.org/iso/19139/'
        'resources/gmxCodelists.xml#CI_DateTypeCode" codeListValue="creation">creation'
        "</gmd:CI_DateTypeCode>",
        "              </gmd:dateType>",
        "            </gmd:CI_Date>",
        "          </gmd:date>",
        "          <gmd:identifier>",
        "            <gmd:MD_Identifier>",
        *cs("code", f"{_f(row, '學年度')}-{_f(row, '代碼')}", 14),
        "            </gmd:MD_Identifier>",
        "          </gmd:identifier>",
        "        </gmd:CI_Citation>",
        "      </gmd:citation>",
        *cs("abstract", abstract, 6),
        "      <gmd:pointOfContact>",
        "        <gmd:CI_ResponsibleParty>",
        *cs("organisationName", school, 10),
        "          <gmd:contactInfo>",
        "            <gmd:CI_Contact>",
        "              <gmd:phone>",
        "                <gmd:CI_Telephone>",
        *cs("voice", tel, 18),
        "                </gmd:CI_Telephone>",
        "              </gmd:phone>",
        "              <gmd:address>",
        "                <gmd:CI_Address>",
        *cs("deliveryPoint", street, 18),
        *cs("city", name, 18),
        *cs("postalCode", postcode, 18),
        *cs("country", "臺灣", 18),
        "                </gmd:CI_Address>",
        "              </gmd:address>",
        "              <gmd:onlineResource>",
        "                <gmd:CI_OnlineResource>",
        "                  <gmd:linkage>",
        f"                    <gmd:URL>{_x(_f(row, '網址'))}</gmd:URL>",
        "                  </gmd:linkage>",
        "                </gmd:CI_OnlineResource>",
        "              </gmd:onlineResource>",
        "            </gmd:CI_Contact>",
        "          </gmd:contactInfo>",
        "          <gmd:role>",
        '            <gmd:CI_RoleCode codeList="http://standards.iso.org/iso/19139/resources/'
        'gmxCodelists.xml#CI_RoleCode" codeListValue="pointOfContact">pointOfContact'
        "</gmd:CI_RoleCode>",
        "          </gmd:role>",
        "        </gmd:CI_ResponsibleParty>",
        "      </gmd:pointOfContact>",
        "      <gmd:language>",
        '        <gmd:LanguageCode codeList="http://www.loc.gov/standards/iso639-2/" '
        'codeListValue="chi">chi</gmd:LanguageCode>',
        "      </gmd:language>",
        "      <gmd:topicCategory>",
        "        <gmd:MD_TopicCategoryCode>education</gmd:MD_TopicCategoryCode>",
        "      </gmd:topicCategory>",
        "      <gmd:extent>",
        "        <gmd:EX_Extent>",
        "          <gmd:geographicElement>",
        "            <gmd:EX_GeographicBoundingBox>",
        *[
            line
            for tag, value in zip(
                (
                    "westBoundLongitude",
                    "eastBoundLongitude",
                    "southBoundLatitude",
                    "northBoundLatitude",
                ),
                box,
                strict=True,
            )  # fmt: skip
            for line in (
                f"              <gmd:{tag}>",
                f"                <gco:Decimal>{value}</gco:Decimal>",
                f"              </gmd:{tag}>",
            )
        ],
        "            </gmd:EX_GeographicBoundingBox>",
        "          </gmd:geographicElement>",
        "        </gmd:EX_Extent>",
        "      </gmd:extent>",
        "    </gmd:MD_DataIdentification>",
        "  </gmd:identificationInfo>",
        "</gmd:MD_Metadata>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "topojson": topojson,
    "geopackage_sql": geopackage_sql,
    "dbfdump": dbfdump,
    "iso19139": iso19139,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
