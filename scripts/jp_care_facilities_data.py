"""Extract the real lists that ``pii_held_out_265.py`` writes its records around into
``scripts/data/pii_jp_care_facilities.json``: the phone fields of a register no earlier part
used (the Ministry of Health, Labour and Welfare's open data of its long-term care service
information system, 介護サービス情報公表システム: Japan's special elderly nursing homes and
long-term care health facilities; Japan's earlier parts took city and prefectural lists, the
roadside stations and the municipal offices), exactly as the ministry gives them.

Two lists of one publisher, read from a git checkout at a named commit, values unchanged:

* ``510_tokuyou_20250601.csv``: the special elderly nursing homes (介護老人福祉施設, 特養) of all
  47 prefectures as of 1 June 2025, each with its ``電話番号`` as the operator entered it;
* ``520_rouken_20250601.csv``: the long-term care health facilities (介護老人保健施設, 老健) in
  the same columns.

Both files are UTF-8 CSV in the columns of the national recommended data set for care
service offices (都道府県コード又は市町村コード, No, 都道府県名, 市区町村名, 事業所名, 事業所名カナ,
サービスの種類, 住所, 方書, 緯度, 経度, 電話番号, 事業所番号, 利用可能曜日, 利用可能曜日特記事項,
定員, URL), as the ministry publishes them (www.mhlw.go.jp/stf/kaigo-kouhyou_opendata.html),
copied into the repository mojitap/helpmesearch. Kept: the rows whose ``電話番号`` is written in
ASCII digits, hyphens, round brackets and blanks only and holds nine digits or more (the
part's labelling reads a number's groups by ASCII separators, so the fields written in
full-width digits or with full-width hyphens, ``０１７－７６３－１０５１``, ``0225－25－7820``,
and the truncated ones, ``[紅梅館]048-579-``, ``TEL:06-6790-1``, are left out); a seeded sample
of ``CAPS`` rows of each file, in the file's order; each row kept as a mapping of all of its
file's columns to the published strings (the lists name no person: ``事業所名`` is the
facility's name).

    python scripts/jp_care_facilities_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_care_facilities.json"
DIR = "data/mhlw/2025-06-01"
CAPS = {f"{DIR}/510_tokuyou_20250601.csv": 380, f"{DIR}/520_rouken_20250601.csv": 180}
PHONE = "電話番号"
# a phone field in ASCII digits and separators only (no full-width character, no label)
CLEAN = re.compile(r"[0-9()\- ]+")
MIN_DIGITS = 9
SOURCES = {
    "JP": {
        "repository": "mojitap/helpmesearch",
        "commit": "3c58ec1ed491c4c30bfd9dbbd28db8a8f712c547",
        "paths": list(CAPS),
        "encoding": "utf-8",
        "publisher": "the Ministry of Health, Labour and Welfare (厚生労働省), the open data of "
        "its long-term care service information system (介護サービス情報公表システム "
        "オープンデータ, www.mhlw.go.jp/stf/kaigo-kouhyou_opendata.html): the special elderly "
        "nursing homes (介護老人福祉施設) and long-term care health facilities (介護老人保健施設) "
        "of all 47 prefectures as of 1 June 2025, in the national recommended data set's "
        "columns; the files as added in 73d8420 ('enrich: 医療データ（全国）MHLW で "
        "name/tel/dept/url/city を補完', 27 September 2025) of a care and medical search app",
        "licence": "not confirmed: the repository has no LICENSE file and its README (the "
        "Next.js template's) names no terms; the ministry's terms of use for the open data "
        "(the government's standard terms, 政府標準利用規約, as its site states) were not read "
        "here",
        "language": "ja",
        "roles": {"name": "事業所名", "phone": [PHONE], "address": ["住所", "方書（ビル名等）"]},
    },
}  # fmt: skip


def kept(value: str) -> bool:
    """A phone field the part keeps: ASCII digits and separators only, nine digits or more."""
    return bool(CLEAN.fullmatch(value)) and sum(c.isdigit() for c in value) >= MIN_DIGITS


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        for path, cap in CAPS.items():
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found = [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if kept(row[PHONE])
            ]
            sample = random.Random(f"register:{country}:{path}").sample(found, cap)
            rows += sorted(sample, key=lambda r: int(r["path"].rsplit("#", 1)[1]))
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
