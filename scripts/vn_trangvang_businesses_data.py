"""Extract the real rows that ``pii_held_out_312.py`` writes its records around into
``scripts/data/pii_vn_trangvang_businesses.json``: the phone and e-mail fields of a directory no
earlier part used (Vietnam, whose earlier parts took the tourism database's accommodation
establishments, travel businesses and restaurants, Vietnam Post's post offices and VNPT's
transaction points; this one is Trang Vàng Việt Nam, the Yellow Pages of Vietnam,
trangvangvietnam.com, its listings of construction, building-material, industrial-equipment,
transport, logistics, warehousing and import-export businesses of the south), exactly as the
directory gives them.

One CSV file read from a git checkout at a named commit, values unchanged: ``data/company.csv``,
7,306 listings a crawler of the directory's category pages wrote (``Company Name``, ``Website``,
``Address``, ``Phone Number``, ``Customer Name``, ``Position``, ``Customer Phone Number``,
``Email Address``, ``Specialise``: the directory's category), 24 categories of the provinces
around Ho Chi Minh City (TP. Hồ Chí Minh, Bình Dương, Đồng Nai, Bà Rịa-Vũng Tàu, Long An, Tây
Ninh, Tiền Giang, ...). A business listed under several categories is one listing per category;
only its first (by name and phone field) is read here.

Only the business's own fields are kept: ``Company Name``, ``Website``, ``Address``, ``Phone
Number`` (the listing's telephone as the directory prints it: ``(028) 38113811``, ``(0274)
3798 568``, ``0903.164.103``, ``Hotline: 0904 747 427``, mobiles whose trunk ``0`` a
spreadsheet dropped, ``909569987``; a few with two numbers, ``39480007 Hotline: 0909 005
908``, or alternative endings, ``35180161/2/3``, or a foreign number, ``+86 183 20914818``),
``Email Address`` and ``Specialise``; the columns that name a contact person and that person's
own number (``Customer Name``, ``Position``, ``Customer Phone Number``) are left out. A listing
is read if its phone field holds a number of seven digits or more in the shapes the part labels
(no spreadsheet float ``8.68E+12``, formula ``=+86 ...``, masked ``0933xxxxxx``, person's name
``(Mr. ...)``, or ``(+`` before a country code), and no kept field holds a tab or a line break.
The listings fall into four groups by category (``GROUPS``: container carriers and exporters,
freight forwarders and warehouses, builders and designers, material and equipment suppliers);
a seeded sample of 100 of each group is kept, in the file's order.

    python scripts/vn_trangvang_businesses_data.py VN_GIT
"""

from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_vn_trangvang_businesses.json"
PER_GROUP = 100
PATH = "data/company.csv"
KEPT = ("Company Name", "Website", "Address", "Phone Number", "Email Address", "Specialise")
SOURCES = {
    "VN": {
        "repository": "anhduy412/trangvang-data-crawler",
        "commit": "a91bfb9f32297283280d243110672a4d1195cd51",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Trang Vàng Việt Nam (trangvangvietnam.com, the Yellow Pages of Vietnam), "
        "its business listings by category and province as a crawler of the directory's "
        "category pages wrote them (the repository's scraper.py and config.py name the "
        "directory's URLs); the file added in b6d4809 ('add data (company.csv)', 19 March "
        "2025), moved to data/ in 4f2be82 (27 March 2025) and cut by 250 rows in 724d65b ('fix "
        "data', 2 April 2025)",
        "licence": "not confirmed: the repository's LICENSE is the Unlicense (public domain "
        "dedication) for its contents; the directory's own terms for its listings were not "
        "read here",
        "language": "vi",
        "roles": {"name": "Company Name", "phone": ["Phone Number"], "address": ["Address"],
                  "email": "Email Address"},
    },
}  # fmt: skip

# the directory's categories (``Specialise``) by the group, and so the layout, they fall in
GROUPS = {
    "dcsa_ebl": (
        "vận tải container", "container các loại container (10 feet 20 feet 40 feet)",
        "container các loại container (10 feet 20 feet 40 feet) ", "mua bán container",
        "cho thuê container", "công ty vận tải", "xuất nhập khẩu các công ty xuất nhập khẩu",
    ),
    "cargo_xml_xfwb": (
        "vận chuyển hàng hóa", "vận chuyển hàng hóa giao nhận vận chuyển hàng hóa",
        "logistics dịch vụ logistics", "xuất nhập khẩu dịch vụ xuất nhập khẩu",
        "kho bãi cho thuê", "dịch vụ kho bãi",
    ),
    "p6_xer": (
        "nhà thầu xây dựng", "thiết kế xây dựng", "xây dựng dân dụng", "công ty xây dựng",
        "nhà thép tiền chế", "kết cấu thép thiết kế gia công và sản xuất kết cấu thép",
    ),
    "gdsn_cin": (
        "vật liệu xây dựng", "công ty thiết bị công nghiệp",
        "xây dựng máy móc và thiết bị xây dựng", "hàn thiết bị hàn và vật liệu hàn",
        "hàn cơ khí dịch vụ hàn laser gió đá hồ quang điện,.",
    ),
}  # fmt: skip
GROUP_OF = {category: group for group, categories in GROUPS.items() for category in categories}

_NOT_A_NUMBER = re.compile(r"E\+|=|x{3}|Mr|Ms|\(\+")


def clean_phone(field: str) -> bool:
    """Whether a phone field is one the part labels: a number of seven digits or more, in none
    of the shapes a spreadsheet or the crawler broke (``8.68E+12``, ``=+86 ...``,
    ``0933xxxxxx``), naming no person (``(Mr. Cảnh)``), no ``(+`` before a country code."""
    if _NOT_A_NUMBER.search(field):
        return False
    found = numbers(field.strip())
    return bool(found) and all(sum(c.isdigit() for c in field.strip()[s:e]) >= 7 for s, e in found)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept listings, with the commit they were read at."""
    meta = SOURCES["VN"]
    raw = _git(gits["VN"], "show", f"{meta['commit']}:{PATH}")
    table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
    seen: set[tuple[str, str]] = set()
    found: dict[str, list[dict[str, Any]]] = {group: [] for group in GROUPS}
    for i, row in enumerate(table):
        key = (row["Company Name"], row["Phone Number"])
        if key in seen:
            continue
        seen.add(key)
        fields = {column: row[column] for column in KEPT}
        if any("\t" in v or "\n" in v or "\r" in v for v in fields.values()):
            continue
        if not clean_phone(fields["Phone Number"]):
            continue
        found[GROUP_OF[fields["Specialise"]]].append(
            {"country": "VN", "path": f"{PATH}#{i}", "fields": fields}
        )
    rows = []
    for group, listed in found.items():
        rows += random.Random(f"register:VN:{group}").sample(listed, PER_GROUP)
    rows.sort(key=lambda r: int(r["path"].rsplit("#", 1)[1]))
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
