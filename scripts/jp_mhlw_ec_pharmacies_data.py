"""Extract the real list that ``pii_held_out_281.py`` writes its records around into
``scripts/data/pii_jp_mhlw_ec_pharmacies.json``: the phone fields of a register no earlier part
used (the Ministry of Health, Labour and Welfare's list of the pharmacies that may sell the
emergency contraceptive as a pharmacist-guided drug, all of Japan; Japan's earlier parts took
other registers, among them the same ministry's care facilities and telemedicine clinics),
exactly as the repository stores them.

One publisher's list, read from a git checkout at a named commit, values unchanged:

* ``data/mhlw_ec_pharmacies_cleaned_2026-02-10.csv`` (UTF-8 with a BOM): the MHLW's list of
  pharmacies and drug stores that may sell the emergency contraceptive (要指導医薬品である緊急
  避妊薬の販売が可能な薬局等の一覧) as it stood on 10 February 2026, compiled from the
  prefectures' reports and published as an XLSX file on the ministry's page, as the repository
  odakin/mhlw-ec-pharmacy-finder read it into CSV (its ``scripts/update_data.py``): each row a
  pharmacy with its ``電話番号`` (ten or eleven digits run together as the XLSX holds them,
  ``0166213269``, a few in full-width digits) and, for many, its ``時間外の電話番号``, the
  number for calls outside opening hours (a landline or a mobile, written as the pharmacies
  typed it: run together, with hyphens or full-width hyphens, some with a word such as
  ``（転送）``), beside the list's number (``薬局等番号``), prefecture, name, address, counts of
  the pharmacists who may sell it, web page, opening hours, whether calls outside hours are
  taken, the privacy measures, whether to call ahead, remarks and the repository's derived
  columns (digits only, normalised address, municipality, the date and the source URLs);
* ``data/geocode_cache.json``: the repository's geocoding of the same addresses (the CSIS
  geocoder of the University of Tokyo), keyed by the list's number, its ``lat``, ``lng``,
  ``lvl`` and ``addr``.

Every row whose ``電話番号`` holds a number of six digits or more, that the list has not marked
deleted (``削除日`` empty) and that the cache geocoded at the same normalised address
(``addr`` equal to ``住所_正規化``), a seeded sample (``CAP``) in the file's order. Each row kept
as a mapping of all of the file's 28 columns to the published strings, with its cache entry
as ``geocode`` (the list names no person: ``薬局等名称`` is the pharmacy's name; a few ``HP``
fields hold an e-mail address typed as a web page, kept in the data, never written in a
record).

    python scripts/jp_mhlw_ec_pharmacies_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_mhlw_ec_pharmacies.json"
CAP = 420
PATH = "data/mhlw_ec_pharmacies_cleaned_2026-02-10.csv"
GEOCODE = "data/geocode_cache.json"
SOURCES = {
    "JP": {
        "repository": "odakin/mhlw-ec-pharmacy-finder",
        "commit": "935d8751e901459ab40cef9fe2a023a8277cd1a1",
        "paths": [PATH, GEOCODE],
        "encoding": "utf-8-sig",
        "publisher": "the Ministry of Health, Labour and Welfare (厚生労働省), its list of the "
        "pharmacies that may sell the emergency contraceptive as a pharmacist-guided drug "
        "(要指導医薬品である緊急避妊薬の販売が可能な薬局等の一覧), compiled from the "
        "prefectures' reports and published as XLSX on "
        "www.mhlw.go.jp/stf/kinnkyuuhininnyaku_00005.html (the file "
        "www.mhlw.go.jp/content/11120000/001654062.xlsx, as of 10 February 2026); read into "
        "CSV by the repository's scripts/update_data.py, the file as added in e6e1fd5 ('Auto: "
        "update data (2026-02-11)'), read at the repository's head (22 August 2026); the "
        "coordinates are the repository's geocoding (CSIS), not the ministry's",
        "licence": "MIT for the repository (its LICENSE, 'Copyright (c) 2026 odakin'); the "
        "ministry's terms of use for its list were not read here, so for the data: not "
        "confirmed",
        "language": "ja",
        "roles": {
            "name": "薬局等名称",
            "phone": ["電話番号", "時間外の電話番号"],
            "address": ["住所"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        geocode = json.loads(_git(git_dir, "show", f"{meta['commit']}:{GEOCODE}"))
        found = []
        for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
            where = geocode.get(row["薬局等番号"])
            if (
                _has_phone(row, ["電話番号"])
                and not row["削除日"]
                and where is not None
                and where["addr"] == row["住所_正規化"]
            ):
                found.append(
                    {
                        "country": country,
                        "path": f"{PATH}#{i}",
                        "fields": dict(row),
                        "geocode": where,
                    }
                )
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
