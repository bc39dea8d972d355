"""held_out_51 of the PII evaluation set: real phone, fax and e-mail fields of a country whose
register no earlier part used (Vietnam) exactly as published, in layouts no earlier part has,
beside the row's own room count and price range.

The procedure of ``held_out_46``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH and NG; here:

* the values are the phone, fax and e-mail fields of Vietnamese hotels, resorts, guest houses
  and homestays in a copy of the tourism database's table of accommodation establishments
  (``scripts/data/pii_vn_accommodation.json``, written by ``scripts/vn_accommodation_data.py``;
  source and licence in that file): numbers as each establishment gave them (``0258 3849
  999``, ``028 3520 3040``, ``091 507 56 58``, several after ``,`` or ``/``, the area code
  written twice in ``0236 0236 3627 927``, a tab or a no-break space inside a few), each number
  of each copy labelled; the fax where the row has one of its own (not the phone field again);
  each e-mail address of the field (``a@x.vn/ b@x.vn`` holds two) labelled;
* the text around them is the same row's real fields: its name, address, room count
  (``52``), price range (``300.000 - 400.000``) and web address, with invented ids, echo
  tokens, guest counts, times and dates, unlabelled and scored;
* in layouts no earlier part has, labels in Vietnamese: a Cucumber/Gherkin feature file in
  Vietnamese (``# language: vi``, ``Tính năng:``, a data table and ``Thì ... "<phone>"``
  steps), an OpenTravel ``OTA_HotelDescriptiveContentNotifRQ`` message (``<Phone
  PhoneTechType="1" PhoneNumber="..."/>``), a reStructuredText page of a Sphinx site (a field
  list with ``:Điện thoại: ...``, e-mail addresses as ``mailto:`` links, a ``.. note::``
  quoting the phone as inline literal) and an Entity Framework Core migration seeding the
  establishment with ``migrationBuilder.InsertData``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_51.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_vn_accommodation.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_51.jsonl.gz"
SPLIT = "held_out_51"

LAYOUTS = ("gherkin_feature", "ota_hotel_descriptive", "rst_page", "efcore_seed")
PHONE, FAX, EMAIL = "Điện thoại", "Fax", "Email"
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}
# the day the table was committed (the repository's commit dbe5877)
COMMITTED = datetime.datetime(
    2025, 4, 24, 17, 29, 42, tzinfo=datetime.timezone(datetime.timedelta(hours=7))
)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it is a number of its own: six digits
    or more, and neither the phone field again nor a part of it (nor the phone a part of it),
    so that every copy of each field stands apart; "" otherwise."""
    value, tel = _f(row, FAX), phone(row)
    if sum(c.isdigit() for c in value) < 6 or value in tel or tel in value:
        return ""
    return value


def emails(row: dict[str, Any]) -> list[str]:
    """The e-mail addresses of the row's e-mail field as published, in the field's order (a
    field may hold several, after ``/``, ``,`` or ``;``)."""
    return [p for p in re.split(r"[\s/,;]+", _f(row, EMAIL)) if "@" in p]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _ascii(value: str) -> str:
    """Vietnamese text without its diacritics (``Đà Nẵng`` -> ``Da Nang``)."""
    value = value.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


def _slug(row: dict[str, Any], sep: str = "-") -> str:
    """The establishment's name as an identifier: lower-case ASCII words joined by ``sep``."""
    words = re.findall(r"[a-z0-9]+", _ascii(_f(row, "Tên cơ sở")).lower())
    return sep.join(words[:6]) or "co-so"


def _province(row: dict[str, Any]) -> str:
    """The province or city, the address's last comma-separated part."""
    return _f(row, "Địa chỉ").rsplit(",", 1)[-1].strip()


def _when(rng: random.Random) -> datetime.datetime:
    """An invented moment of the months after the table was committed (Vietnam's time)."""
    return COMMITTED + datetime.timedelta(seconds=rng.randint(86400 * 3, 86400 * 200))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and fax fields (each number in them
    by ``labelled_record``) and of each of its e-mail addresses labelled. Each copy stands apart
    (no digit next to a number, no address character next to an address), so a copy is never
    part of another value."""
    values = [("phone", phone(row)), ("fax", fax(row))] + [("email", a) for a in emails(row)]
    edges = {**EDGES, "fax": EDGES["phone"]}
    return field_copies(text, values, edges, {"phone": "phone", "fax": "fax"}, row["path"])


def _cell(value: str) -> str:
    """A Gherkin data-table cell: ``\\``, ``|`` and a line break escaped."""
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n")


def gherkin_feature(row: dict[str, Any], rng: random.Random) -> str:
    """A Cucumber feature file of a booking site's acceptance tests, in Vietnamese: the
    language comment, tags, ``Tính năng:`` with its user story, a ``Bối cảnh:`` whose data
    table is the establishment's record (name, address, rooms, phone, fax, e-mail, price), and
    ``Kịch bản:`` scenarios that open the page by an invented id and expect the phone, the
    room count and price, and a booking request (invented time, date and guest count) whose
    confirmation goes to the e-mail address and the fax."""
    code = f"LT-{rng.randint(10000, 99999)}"
    heads = ["Tên cơ sở", "Địa chỉ", "Số phòng", "Điện thoại", "Fax", "Email", "Giá"]
    values = [_f(row, h) for h in heads]
    values[heads.index(FAX)] = fax(row)
    widths = [max(len(h), len(_cell(v))) for h, v in zip(heads, values, strict=True)]
    line = "      | " + " | ".join("{:<" + str(w) + "}" for w in widths) + " |"
    lines = [
        "# language: vi",
        f"# features/luu_tru/{_slug(row, '_')}.feature",
        f"@luu-tru @{_slug(row)}",
        f'Tính năng: Trang chi tiết cơ sở lưu trú "{_f(row, "Tên cơ sở")}"',
        "  Là một du khách",
        "  Tôi muốn xem thông tin liên hệ của cơ sở lưu trú",
        "  Để đặt phòng trực tiếp với cơ sở",
        "",
        "  Bối cảnh:",
        f'    Cho cơ sở dữ liệu lưu trú có bản ghi mã "{code}":',
        line.format(*heads),
        line.format(*(_cell(v) for v in values)),
        "",
        "  Kịch bản: Hiển thị số điện thoại đặt phòng",
        f'    Khi du khách mở trang "/luu-tru/{code.lower()}"',
        f'    Thì trang hiển thị số điện thoại "{phone(row)}"',
    ]
    if _f(row, "Số phòng"):
        lines.append(f"    Và trang hiển thị {_f(row, 'Số phòng')} phòng")
    if _f(row, "Giá"):
        lines.append(f'    Và giá tham khảo là "{_f(row, "Giá")}" đồng')
    day = _when(rng)
    lines += [
        "",
        f"  @dat-phong @yc-{rng.randint(100000, 999999)}",
        "  Kịch bản: Gửi yêu cầu đặt phòng",
        f'    Cho hôm nay là ngày "{day:%d/%m/%Y}"',
        f"    Khi du khách đặt {rng.randint(1, 3)} phòng cho {rng.randint(1, 6)} người "
        f'nhận phòng lúc "{rng.choice((12, 13, 14))}:00"',
    ]
    if emails(row):
        lines.append(f'    Thì email xác nhận được gửi tới "{emails(row)[0]}"')
    else:
        lines.append(f'    Thì trang đề nghị du khách gọi "{phone(row)}"')
    if fax(row):
        lines.append(f'    Và bản sao được gửi fax tới "{fax(row)}"')
    lines.append("")
    return "\n".join(lines)


def _attr(value: str) -> str:
    """An XML attribute value in double quotes (a tab stays a tab)."""
    return '"' + escape(value, {'"': "&quot;"}) + '"'


def ota_hotel_descriptive(row: dict[str, Any], rng: random.Random) -> str:
    """The establishment's content as a channel manager sends it to a booking site, an
    OpenTravel ``OTA_HotelDescriptiveContentNotifRQ``: an invented echo token, time stamp and
    hotel code, the room count as a ``TypeRoom``, the address, the phone (``PhoneTechType``
    1) and fax (3) as ``<Phone>`` attributes, the e-mail addresses and web address, and the
    price range and state-management flag in ``TPA_Extensions``."""
    when = _when(rng)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<OTA_HotelDescriptiveContentNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05"'
        f' EchoToken="{rng.getrandbits(64):016x}" TimeStamp="{when.isoformat()}"'
        ' Version="2.001" PrimaryLangID="vi" Target="Production">',
        f'  <HotelDescriptiveContents HotelCode="VN{rng.randint(100000, 999999)}" '
        f"HotelName={_attr(_f(row, 'Tên cơ sở'))}>",
        '    <HotelDescriptiveContent LanguageCode="vi" CurrencyCode="VND">',
    ]
    if _f(row, "Số phòng"):
        lines += [
            "      <FacilityInfo>",
            "        <GuestRooms>",
            f'          <GuestRoom Code="STD" MaxOccupancy="{rng.randint(2, 4)}">',
            f'            <TypeRoom Count="{_f(row, "Số phòng")}" Name="Tổng số phòng"/>',
            "          </GuestRoom>",
            "        </GuestRooms>",
            "      </FacilityInfo>",
        ]
    lines += [
        "      <ContactInfos>",
        '        <ContactInfo ContactProfileType="Property">',
        "          <Addresses>",
        '            <Address UseType="7">',
        f"              <AddressLine>{escape(_f(row, 'Địa chỉ'))}</AddressLine>",
        f"              <StateProv>{escape(_province(row))}</StateProv>",
        '              <CountryName Code="VN">Việt Nam</CountryName>',
        "            </Address>",
        "          </Addresses>",
        "          <Phones>",
        f'            <Phone PhoneTechType="1" PhoneNumber={_attr(phone(row))}/>',
    ]
    if fax(row):
        lines.append(f'            <Phone PhoneTechType="3" PhoneNumber={_attr(fax(row))}/>')
    lines.append("          </Phones>")
    if emails(row):
        lines.append("          <Emails>")
        lines += [f'            <Email EmailType="5">{escape(a)}</Email>' for a in emails(row)]
        lines.append("          </Emails>")
    if _f(row, "Website"):
        lines.append(f"          <URLs><URL>{escape(_f(row, 'Website'))}</URL></URLs>")
    lines += ["        </ContactInfo>", "      </ContactInfos>", "      <TPA_Extensions>"]
    if _f(row, "Giá"):
        lines.append(f"        <GiaThamKhao>{escape(_f(row, 'Giá'))}</GiaThamKhao>")
    lines += [
        f"        <QuanLyNhaNuoc>{escape(_f(row, 'Cơ quan nhà nước quản lý'))}</QuanLyNhaNuoc>",
        "      </TPA_Extensions>",
        "    </HotelDescriptiveContent>",
        "  </HotelDescriptiveContents>",
        "</OTA_HotelDescriptiveContentNotifRQ>",
        "",
    ]
    return "\n".join(lines)


# the characters reStructuredText reads as inline markup, escaped in the free-text fields
RST_SPECIAL = re.compile(r"([\\*`_|])")


def _rst(value: str) -> str:
    """Text in a reStructuredText paragraph: a backslash before each markup character."""
    return RST_SPECIAL.sub(r"\\\1", value)


def rst_page(row: dict[str, Any], rng: random.Random) -> str:
    """The establishment's page of a Sphinx site (``luu-tru/<slug>.rst``) in Vietnamese: a
    reference label with an invented id, the name as a title between over- and underlines, a
    field list (invented id, address, rooms, phone, fax, each e-mail address as a ``mailto:``
    link, web address, price range, an invented update date), and a ``.. note::`` that repeats
    the phone as inline literal with invented booking hours."""
    code = f"LT-{rng.randint(10000, 99999)}"
    title = _rst(_f(row, "Tên cơ sở"))
    rule = "=" * (len(title.expandtabs(8)) + 2)
    lines = [
        f".. _luu-tru-{code.lower()}:",
        "",
        rule,
        f" {title}",
        rule,
        "",
        f":Mã cơ sở: {code}",
        f":Địa chỉ: {_rst(_f(row, 'Địa chỉ'))}",
    ]
    if _f(row, "Số phòng"):
        lines.append(f":Số phòng: {_f(row, 'Số phòng')}")
    lines.append(f":Điện thoại: {phone(row)}")
    if fax(row):
        lines.append(f":Fax: {fax(row)}")
    if emails(row):
        links = ", ".join(f"`{a} <mailto:{a}>`__" for a in emails(row))
        lines.append(f":Email: {links}")
    if _f(row, "Website"):
        lines.append(f":Website: {_rst(_f(row, 'Website'))}")
    if _f(row, "Giá"):
        lines.append(f":Giá tham khảo: {_f(row, 'Giá')} đồng/đêm")
    lines += [
        f":Cập nhật: {_when(rng):%d/%m/%Y}",
        "",
        ".. note::",
        "",
        f"   Nhận đặt phòng qua số ``{phone(row)}`` từ {rng.choice((6, 7, 8))}:00 đến "
        f"{rng.choice((21, 22, 23))}:00 hằng ngày.",
        "",
    ]
    return "\n".join(lines)


def _cs(value: str) -> str:
    """A C# regular string literal: ``\\`` and ``"`` escaped (a tab stays a tab)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _cs_or_null(value: str) -> str:
    return _cs(value) if value else "null"


def efcore_seed(row: dict[str, Any], rng: random.Random) -> str:
    """An Entity Framework Core migration that seeds the establishment into a ``CoSoLuuTru``
    table: the file name with an invented time stamp, a summary naming the establishment and
    its phone, ``InsertData`` with an invented id, the row's fields (the room count as a
    number, empty ones ``null``) and an invented update time, and ``DeleteData`` in
    ``Down``."""
    when = _when(rng).astimezone(datetime.UTC)
    key = rng.randint(1000, 99999)
    stamp = f"{when:%Y%m%d%H%M%S}"
    cls = "SeedCoSoLuuTru" + "".join(w.title() for w in _slug(row, " ").split()[:4])
    columns = ["Id", "TenCoSo", "DiaChi", "SoPhong", "DienThoai", "Fax", "Email", "Website",
               "GiaThamKhao", "CapNhatLuc"]  # fmt: skip
    values = [
        str(key),
        _cs(_f(row, "Tên cơ sở")),
        _cs(_f(row, "Địa chỉ")),
        _f(row, "Số phòng") or "null",
        _cs(phone(row)),
        _cs_or_null(fax(row)),
        _cs_or_null(_f(row, EMAIL)),
        _cs_or_null(_f(row, "Website")),
        _cs_or_null(_f(row, "Giá")),
        f"new DateTime({when.year}, {when.month}, {when.day}, {when.hour}, {when.minute}, "
        f"{when.second}, DateTimeKind.Utc)",
    ]
    summary = f"{_f(row, 'Tên cơ sở')} (ĐT: {phone(row)})"
    summary = escape(summary).replace("\n", " ")
    lines = [
        f"// Migrations/{stamp}_{cls}.cs",
        "using System;",
        "using Microsoft.EntityFrameworkCore.Migrations;",
        "",
        "#nullable disable",
        "",
        "namespace DuLich.Data.Migrations",
        "{",
        "    /// <summary>",
        f"    /// Thêm cơ sở lưu trú {summary}.",
        "    /// </summary>",
        f"    public partial class {cls} : Migration",
        "    {",
        "        /// <inheritdoc />",
        "        protected override void Up(MigrationBuilder migrationBuilder)",
        "        {",
        "            migrationBuilder.InsertData(",
        '                table: "CoSoLuuTru",',
        "                columns: new[] { " + ", ".join(f'"{c}"' for c in columns) + " },",
        "                values: new object[] { " + ", ".join(values) + " });",
        "        }",
        "",
        "        /// <inheritdoc />",
        "        protected override void Down(MigrationBuilder migrationBuilder)",
        "        {",
        "            migrationBuilder.DeleteData(",
        '                table: "CoSoLuuTru",',
        '                keyColumn: "Id",',
        f"                keyValue: {key});",
        "        }",
        "    }",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gherkin_feature": gherkin_feature,
    "ota_hotel_descriptive": ota_hotel_descriptive,
    "rst_page": rst_page,
    "efcore_seed": efcore_seed,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    and e-mail addresses labelled."""
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
