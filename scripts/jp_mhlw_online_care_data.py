"""Extract the real list that ``pii_held_out_273.py`` writes its records around into
``scripts/data/pii_jp_mhlw_online_care.json``: the phone fields of a register no earlier part
used (the Ministry of Health, Labour and Welfare's lists of the medical institutions that offer
telephone and online consultations, Tokushima, Kagawa and Kochi prefectures; Japan's earlier
parts took other registers, among them the same ministry's care facilities), exactly as the
repository stores them.

One publisher's lists, read from a git checkout at a named commit, values unchanged:

* ``latest/徳島県.json``, ``latest/香川県.json``, ``latest/高知県.json``: the MHLW's lists of
  the medical institutions that offer consultations by telephone or video during the COVID-19
  epidemic (新型コロナウイルス感染症の感染拡大を踏まえたオンライン診療について, the special
  measure of 10 April 2020, 電話や情報通信機器を用いた診療を実施する医療機関リスト), one PDF per
  prefecture, compiled from the prefectures' reports and published by the ministry, as the
  repository mima3/yakusyopdf converted them to JSON (its update of 10 June 2020): each row a
  clinic or hospital with its ``tel`` (``088-678-7727``: the area code, the exchange and the
  line joined by hyphens; five with a full-width hyphen ``－``, a hyphen ``‐`` or a katakana
  prolonged sound mark ``ｰ`` for one or both, as the prefectures typed them), beside its name,
  postcode, address, departments, whether first and repeat visits are seen by telephone, the
  hospital it works with for in-person care and its web page, and the PDF's page, row and list
  numbers.

Every row whose ``tel`` holds a number of ten digits or more that begins with ``0`` (so the
one postcode typed into ``tel``, ``770-0012``, and one nine-digit number, ``088-63-2146``, are
left out), the first of the rows of each name and number (a hospital stands once per
department in the lists), the prefectures in the order above, each in the file's order. Each
row kept as a mapping of its fields to the published strings but ``doctor``, the names of the
doctors, private persons, which is left out.

    python scripts/jp_mhlw_online_care_data.py JP_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_mhlw_online_care.json"
PATHS = ("latest/徳島県.json", "latest/香川県.json", "latest/高知県.json")
DROPPED = ("doctor",)
SOURCES = {
    "JP": {
        "repository": "mima3/yakusyopdf",
        "commit": "1d58ece1944e99f2109ef38ad4be85ee5364eeed",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "the Ministry of Health, Labour and Welfare (厚生労働省), its lists of the "
        "medical institutions offering telephone and online consultations under the special "
        "measure of 10 April 2020 (電話や情報通信機器を用いた診療を実施する医療機関リスト), one "
        "PDF per prefecture compiled from the prefectures' reports, published on "
        "www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryou/rinsyo/index_00014.html; "
        "converted from the PDFs to JSON by the repository (camelot, its analyze_pdf.py), its "
        "'latest' folder as updated in 1d58ece ('2020/06/10 更新', 10 June 2020)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the ministry's terms of use for these PDFs were not read here",
        "language": "ja",
        "roles": {"name": "name", "phone": ["tel"], "address": ["address"]},
    },
}  # fmt: skip


def _kept(row: dict[str, str]) -> bool:
    """A ``tel`` of ten digits or more that begins with the trunk ``0``."""
    tel = row.get("tel", "").strip()
    return tel.startswith("0") and sum(c.isdigit() for c in tel) >= 10


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the three prefectures' lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            seen = set()
            for i, row in enumerate(json.loads(raw.decode(meta["encoding"]))):
                key = (row["name"], row["tel"])
                if not _kept(row) or key in seen:
                    continue
                seen.add(key)
                fields = {k: v for k, v in row.items() if k not in DROPPED}
                rows.append({"country": country, "path": f"{path}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
