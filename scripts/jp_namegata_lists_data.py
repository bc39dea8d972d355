"""Extract the real lists that ``pii_held_out_394.py`` writes its records around into
``scripts/data/pii_jp_namegata_lists.json``: the phone and fax fields of nine open-data lists
of a publisher no earlier part used (Japan, whose earlier parts took Takamatsu's, Toyama's,
Iizuka's, Yaizu's, Sapporo's, Yuzawa's, Kumamoto's, Koriyama's, Chiba's, Kawasaki's and
Hachioji's city lists, the Hokkaido, Tokyo, Kyoto and Osaka governments' lists and ministries'
registers; these are Namegata City's, 行方市, Ibaraki Prefecture, among them two kinds no
Japanese part took, its AED sites and its public Wi-Fi spots), exactly as the city publishes
them.

The city's CSV files (Shift_JIS, the national recommended data-set columns) as the
kouya-group/namegata-open-data site downloaded them unchanged (``public/data/raw``), read
from a git checkout at a named commit, values unchanged: AED sites (``電話番号``), shops
(``連絡先電話番号``), care service offices (``電話番号``, ``FAX番号``), medical institutions,
public facilities, tourist facilities (``連絡先電話番号``), childcare facilities (``電話番号``,
``FAX番号``), evacuation sites and Wi-Fi spots (``電話番号``).

A row is kept where its phone field holds a number of seven digits or more whose digits no
earlier Japanese part's data holds; each is kept as the mapping of all of its list's columns
to the published strings (the lists name facilities, not persons), with its list's name.

    python scripts/jp_namegata_lists_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_jp_namegata_lists.json"
CAP = 400
# list file -> (its title, its phone column, its fax column or "")
LISTS = {
    "aed": ("AED設置箇所一覧", "電話番号", ""),
    "shops": ("お店一覧", "連絡先電話番号", ""),
    "care": ("介護サービス事業所一覧", "電話番号", "FAX番号"),
    "medical": ("医療機関一覧", "電話番号", ""),
    "public-facilities": ("公共施設一覧", "電話番号", ""),
    "tourism": ("観光施設一覧", "連絡先電話番号", ""),
    "childcare": ("子育て施設一覧", "電話番号", "FAX番号"),
    "shelters": ("指定緊急避難場所一覧", "電話番号", ""),
    "wifi": ("公衆無線LANアクセスポイント一覧", "電話番号", ""),
}
# the earlier Japanese parts' data (no number of theirs is taken again)
EARLIER = tuple(sorted(p.name for p in DATA.glob("pii_jp_*.json") if p.name != OUT.name))
SOURCES = {
    "JP": {
        "repository": "kouya-group/namegata-open-data",
        "commit": "eee36a83f86c6efa8101647faea4db0b1fe1f8cf",
        "paths": [f"public/data/raw/{name}.csv" for name in LISTS],
        "encoding": "cp932",
        "publisher": "Namegata City (行方市, Ibaraki Prefecture), its open-data lists "
        "(www.city.namegata.ibaraki.jp/opendata.php, CSV downloads opendata_download.php), "
        "as the kouya-group/namegata-open-data site's fetch script (scripts/fetch-data.mjs) "
        "stored the downloaded bytes unchanged in public/data/raw",
        "licence": "CC BY 2.1 JP for the city's data as the repository's README and fetch "
        "script state it ('行方市由来データ: CC BY 2.1 JP'); MIT for the repository's code; "
        "the city's own terms page was not read here (not confirmed)",
        "language": "ja",
        "roles": {"name": ["名称", "介護サービス事業所名称"],
                  "phone": ["電話番号", "連絡先電話番号"], "fax": ["FAX番号"],
                  "address": ["住所", "方書"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the lists, with the commit they were read at."""
    meta = SOURCES["JP"]
    earlier = earlier_numbers(DATA, EARLIER, "81")
    found = []
    for name, (title, tel, fax) in LISTS.items():
        path = f"public/data/raw/{name}.csv"
        raw = _git(gits["JP"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
            digits = digits_of(row.get(tel) or "")
            if len(digits) < 7 or digits in earlier:
                continue
            found.append(
                {
                    "country": "JP",
                    "path": f"{path}#{i}",
                    "list": title,
                    "phone_column": tel,
                    "fax_column": fax,
                    "fields": {k: v for k, v in row.items() if k is not None},
                }
            )
    return {"sources": SOURCES, "rows": seeded_sample(found, "JP", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
