"""Extract the real register that ``pii_held_out_353.py`` writes its records around into
``scripts/data/pii_jp_hachioji_childcare.json``: the phone and fax fields of a register no
earlier part used (Japan, whose earlier parts took Takamatsu's, Toyama's, Iizuka's, Yaizu's,
Sapporo's, Yuzawa's, Kumamoto's, Koriyama's, Chiba's and Kawasaki's city lists, the Hokkaido,
Tokyo, Kyoto and Osaka governments' lists, the roadside stations, the municipal offices, the
health ministry's lists, NII's libraries and Toyota's hydrogen stations; this one is another
publisher: Hachioji City's (八王子市, Tokyo) list of its childcare facilities, 子育て施設一覧, of
its open data on child-rearing), exactly as the city's workbook gives them.

One workbook, read from a git checkout at a named commit, values unchanged:

* ``data_orig/kosodateshisetuitiran.xlsx``: the city's list in the national recommended data
  set's columns (市区町村コード ``132012``, NO, name and its half-width kana reading, kind,
  address and building, coordinates, access, ``電話番号``, ``内線番号``, ``FAX番号``, corporate
  number, operator, date of licence as an Excel serial, capacity, ages, days, opening and
  closing times as day fractions, notes, web page): 172 facilities, licensed public and private
  nurseries, private kindergartens, certified nurseries of the Tokyo Metropolitan Government,
  small-scale and workplace nurseries, one certified centre for early childhood education and
  care, and family day carers; Japanese numbers with the area code, exchange and line joined by
  hyphens, the last one in 86 of them a full-width hyphen-minus (``042-664－6677``, as the city
  typed it).

The workbook's cells carry furigana (``rPh`` runs of its shared strings, which Excel shows only
on request); they are dropped before the rows are read with ``jp_takamatsu_schools_data``'s
reader, so each value is the cell's text as shown. A facility is kept where its ``電話番号``
holds a number of seven digits or more whose digits no earlier Japanese part's data holds and
no facility kept before it has, and where its operator is not an individual (``（個人立）``:
the 18 family day carers, 家庭的保育者, whose names are in some rows the carer's own, and nine
individually run nurseries and kindergartens are left out, so no private person's line is
taken; one row has no telephone; no number is an earlier part's or repeated: 144 of the 172
rows are kept, all of them, in the workbook's order). Each is kept as
the mapping of all of the workbook's columns to the strings it holds (the kept rows name no
person: the names are the facilities' and the operators' corporations and schools).

    python scripts/jp_hachioji_childcare_data.py JP_GIT
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from jp_takamatsu_schools_data import sheet_rows
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_jp_hachioji_childcare.json"
CAP = 400
PATH = "data_orig/kosodateshisetuitiran.xlsx"
PHONE, FAX = "電話番号", "FAX番号"
INDIVIDUAL = "（個人立）"
# the earlier Japanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_national_phones.json", "pii_jp_toyama_nurseries.json", "pii_jp_iizuka_facilities.json",
    "pii_jp_yaizu_coupon_shops.json", "pii_jp_sapporo_nurseries.json",
    "pii_jp_hokkaido_hospitals.json", "pii_jp_tokyo_nurseries.json", "pii_jp_yuzawa_lists.json",
    "pii_jp_michi_no_eki.json", "pii_jp_municipal_offices.json", "pii_jp_kumamoto_lists.json",
    "pii_jp_group_homes.json", "pii_jp_care_facilities.json", "pii_jp_mhlw_online_care.json",
    "pii_jp_mhlw_ec_pharmacies.json", "pii_jp_nii_ill_libraries.json",
    "pii_jp_koriyama_nurseries.json", "pii_jp_takamatsu_lodging.json",
    "pii_jp_tokyo_public_facilities.json", "pii_jp_chiba_nurseries.json",
    "pii_jp_takamatsu_schools.json", "pii_jp_kawasaki_nurseries.json",
    "pii_jp_hydrogen_stations.json",
)  # fmt: skip
SOURCES = {
    "JP": {
        "repository": "jun-s-19/makedata_papamama_hachioji",
        "commit": "3146bf9b1fd6107d68ee4018d02d441cc97d94dd",
        "paths": [PATH],
        "publisher": "Hachioji City (八王子市, Tokyo), its list of childcare facilities "
        "(子育て施設一覧, kosodateshisetuitiran.xlsx, of the city's open data on child-rearing, "
        "八王子市子育て関連オープンデータ, www.city.hachioji.tokyo.jp/contents/open/002/"
        "p005871_d/fil/kosodateshisetuitiran.xlsx) as a data-conversion project for the "
        "'papamama' nursery map committed it (the workbook as added in f6f88ef, 29 June 2019)",
        "licence": "not confirmed: the repository's MIT licence ('Copyright (c) 2019 jun s') "
        "covers its code; the city's terms for its open data were not read here",
        "language": "ja",
        "roles": {"name": "名称", "phone": [PHONE], "fax": [FAX],
                  "address": ["住所", "方書"], "register": "NO"},
    },
}  # fmt: skip


def shown(raw: bytes) -> bytes:
    """The workbook with its shared strings' furigana runs (``rPh``) removed, so a cell's text
    is what the sheet shows."""
    src, out = zipfile.ZipFile(io.BytesIO(raw)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/sharedStrings.xml":
                data = re.sub(rb"<rPh\b.*?</rPh>", b"", data, flags=re.S)
            dst.writestr(name, data)
    return out.getvalue()


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept facilities of the list, with the commit they were read at."""
    meta = SOURCES["JP"]
    raw = _git(gits["JP"], "show", f"{meta['commit']}:{PATH}")
    earlier, seen = earlier_numbers(DATA, EARLIER, "81"), set()
    found = []
    for i, row in enumerate(sheet_rows(shown(raw))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier or digits_of(row[FAX]) in earlier:
            continue
        if row["団体名"].strip() == INDIVIDUAL:
            continue
        seen.add(tel)
        found.append({"country": "JP", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "JP", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
