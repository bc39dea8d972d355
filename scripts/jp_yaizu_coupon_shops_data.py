"""Extract the real list that ``pii_held_out_142.py`` writes its records around into
``scripts/data/pii_jp_yaizu_coupon_shops.json``: the phone fields of a list no earlier part used
(Yaizu City's shops and restaurants that take the city's digital coupon, Shizuoka; Japan's
earlier parts took other registers, among them Iizuka City's medical institutions and public
facilities), exactly as the city gives them.

One list of one publisher, read from a git checkout at a named commit, values unchanged:

* ``data/焼津市デジタルクーポン対象店舗/digital_coupon.csv``: Yaizu City's list of the shops
  that take its digital coupon (焼津市デジタルクーポン対象店舗), retailers, restaurants, a few
  inns and other businesses, each with its ``電話番号`` (``054-627-6666``: the area code
  ``054``, the exchange and the line joined by hyphens; mobiles ``090-4238-8087``, IP phones
  ``050-1195-0242``, free dials ``0120-956-940``, a Navi Dial ``0570-000-090``, other area codes
  ``0547-46-4545``, one seven-digit local number with no area code ``631-5417``), beside its
  sort number, coupon name and kana reading, trade, discount, postcode (``425-0022``), address,
  description (hours, closing days; two repeat the shop's number), web page, Instagram account,
  picture and coordinates.

The file is UTF-8 CSV with a byte-order mark as the city's open-data catalogue publishes it in
its own repository, yaizu-city/opendata. Every row whose ``電話番号`` holds a number of six
digits or more that is not all zeros (15 have none or ``非公開``, one the placeholder
``000-0000-0000``), in the file's order; each row kept as a mapping of all of its file's columns
to the published strings (the list names no person: ``クーポン名`` is the shop's name).

    python scripts/jp_yaizu_coupon_shops_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_yaizu_coupon_shops.json"
CAP = 600
PATH = "data/焼津市デジタルクーポン対象店舗/digital_coupon.csv"
SOURCES = {
    "JP": {
        "repository": "yaizu-city/opendata",
        "commit": "e2393df49f76c121b65e95650222f99d329e349c",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Yaizu City (焼津市, Shizuoka Prefecture), its list of the shops that take "
        "the city's digital coupon (焼津市デジタルクーポン対象店舗) in the city's open-data "
        "catalogue (焼津オープンデータカタログ, yaizu-smartcity.jp), which the city keeps in its "
        "own repository; the file as last changed in caad67c ('Update digital_coupon.csv', 28 "
        "January 2026)",
        "licence": "Public Data License (Japan) v1.0 (公共データ利用規約 第1.0版, compatible with "
        "CC BY 4.0), as the repository's README names it for its data; the repository's LICENSE "
        "file is CC BY 4.0; the README also points to the city's terms of use of the catalogue "
        "(yaizuopendatacatalog_kiyaku.pdf), not read here",
        "language": "ja",
        "roles": {"name": "クーポン名", "phone": ["電話番号"], "address": ["店舗住所"]},
    },
}  # fmt: skip


def _has_number(value: str) -> bool:
    """A phone field with a number of six digits or more that is not all zeros."""
    digits = [c for c in value if c.isdigit()]
    return len(digits) >= 6 and set(digits) != {"0"}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if any(_has_number(row[c]) for c in meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
