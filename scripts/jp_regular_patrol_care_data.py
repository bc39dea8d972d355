"""Extract the real list that ``pii_held_out_369.py`` writes its records around into
``scripts/data/pii_jp_regular_patrol_care.json``: the phone fields of a register no earlier part
used (the Ministry of Health, Labour and Welfare's open data of its long-term care service
information system, 介護サービス情報公表システム: Japan's offices of regular-patrol and on-call
home care and nursing, 定期巡回・随時対応型訪問介護看護, the 24-hour home visiting service of
long-term care insurance; Japan's earlier parts took city and prefectural lists, the roadside
stations, the municipal offices, the ministry's nursing homes and care health facilities, its
pharmacies and online-care lists, NII's libraries and MEXT's universities), exactly as the
ministry gives it.

One list, read from a git checkout at a named commit, values unchanged:
``760_regular_patrol_nursing_20250601.csv``, the offices of all 47 prefectures as of 1 June
2025 (1,411 rows), UTF-8 CSV in the columns of the national recommended data set for care
service offices (都道府県コード又は市町村コード, No, 都道府県名, 市区町村名, 事業所名,
事業所名カナ, サービスの種類, 住所, 方書（ビル名等）, 緯度, 経度, 電話番号, 事業所番号,
利用可能曜日, 利用可能曜日特記事項, 定員, URL), as the ministry publishes it
(www.mhlw.go.jp/stf/kaigo-kouhyou_opendata.html), copied into the repository
mojitap/helpmesearch.

Kept: the rows whose ``電話番号`` is written in ASCII digits, hyphens, round brackets and blanks
only and holds seven digits or more, not all zeros (the part's labelling reads a number's groups
by ASCII separators, so the 93 fields written with full-width digits or hyphens, a Unicode
hyphen or a katakana prolonged-sound mark, ``011－676－4517``, ``０１８４－４４－８４４８``,
``070‐3276‐6077``, ``03ｰ6421-1559``, and the placeholder ``000-000-0000`` are left out), and
whose number (its digits) no earlier part of Japan holds (three: ``06-6992-7722``,
``0745-79-5500``, ``0833-45-3100``), 1,314 rows; of those, every row whose ``URL`` column holds
one well-formed e-mail address instead of a web page (five, ``kitamaruinfo@blue-care.net``; two
more such rows have a full-width phone field) and a seeded sample of the others to ``CAP`` rows
in all, in the file's order. Each row is kept as a mapping of all
of the file's columns to the published strings (the list names no person: ``事業所名`` is the
office's name, some bearing the operating corporation's).

    python scripts/jp_regular_patrol_care_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_jp_regular_patrol_care.json"
PATH = "data/mhlw/2025-06-01/760_regular_patrol_nursing_20250601.csv"
CAP = 300
PHONE, URL = "電話番号", "URL"
# a phone field in ASCII digits and separators only (no full-width character, no label)
CLEAN = re.compile(r"[0-9()\- ]+")
MIN_DIGITS = 7
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SOURCES = {
    "JP": {
        "repository": "mojitap/helpmesearch",
        "commit": "3c58ec1ed491c4c30bfd9dbbd28db8a8f712c547",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Ministry of Health, Labour and Welfare (厚生労働省), the open data of "
        "its long-term care service information system (介護サービス情報公表システム "
        "オープンデータ, www.mhlw.go.jp/stf/kaigo-kouhyou_opendata.html): the offices of "
        "regular-patrol and on-call home care and nursing (定期巡回・随時対応型訪問介護看護) of "
        "all 47 prefectures as of 1 June 2025, in the national recommended data set's columns; "
        "the file as added in 73d8420 ('enrich: 医療データ（全国）MHLW で "
        "name/tel/dept/url/city を補完', 27 September 2025) of a care and medical search app",
        "licence": "not confirmed: the repository has no LICENSE file and its README (the "
        "Next.js template's) names no terms; the ministry's terms of use for the open data "
        "were not read here",
        "language": "ja",
        "roles": {
            "name": "事業所名",
            "phone": [PHONE],
            "email": [URL],
            "address": ["住所", "方書（ビル名等）"],
        },
    },
}  # fmt: skip


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def kept(value: str) -> bool:
    """A phone field the part keeps: ASCII digits and separators only, seven digits or more,
    not all zeros."""
    found = digits(value)
    return bool(CLEAN.fullmatch(value)) and len(found) >= MIN_DIGITS and set(found) != {"0"}


def mailbox(row: dict[str, str]) -> bool:
    """Whether the row's ``URL`` column holds one well-formed e-mail address."""
    return bool(EMAIL.fullmatch(row[URL].strip()))


def held_elsewhere() -> set[str]:
    """The digits of every number of nine to eleven digits the earlier parts of Japan hold (in
    the other ``pii_jp_*.json`` extracts)."""
    held: set[str] = set()
    for path in sorted(DATA.glob("pii_jp_*.json")):
        if path == OUT:
            continue
        for value in re.findall(r"\d[\d\-() ]{6,}\d", path.read_text(encoding="utf-8")):
            if 9 <= len(digits(value)) <= 11:
                held.add(digits(value))
    return held


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    held = held_elsewhere()
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if kept(row[PHONE]) and digits(row[PHONE]) not in held
        ]
        mail = [r for r in found if mailbox(r["fields"])]
        rest = [r for r in found if not mailbox(r["fields"])]
        sample = random.Random(f"register:{country}:{PATH}").sample(rest, CAP - len(mail))
        rows += sorted(mail + sample, key=lambda r: int(r["path"].rsplit("#", 1)[1]))
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
