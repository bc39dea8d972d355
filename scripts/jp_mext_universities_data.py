"""Extract the real register that ``pii_held_out_361.py`` writes its records around into
``scripts/data/pii_jp_mext_universities.json``: the phone fields of a register no earlier part
used (Japan, whose earlier parts took city, prefecture and ministry lists of nurseries,
hospitals, care facilities, pharmacies, schools, libraries, roadside stations and offices; this
one is another publisher and another kind of institution: the Ministry of Education, Culture,
Sports, Science and Technology's list of Japan's universities, 全国大学一覧), exactly as the
repository stores them.

One publisher's list, read from a git checkout at a named commit, values unchanged:

* ``university/datas/r4-university-info.json`` (UTF-8 JSON): the 813 national, public and
  private universities of MEXT's 全国大学一覧 (令和4年度, the ministry's XLSX files of 20 April
  2023, ``www.mext.go.jp/a_menu/koutou/ichiran/mext_01853.html``) as the repository
  EJU-Express/University-info-of-Japan converted them (its ``r4-convertor.py``), each with its
  ``tel`` (the head office's number as the ministry typed it, area code, exchange and line
  joined by full-width hyphens ``－`` in most, ``011－716－2111``, ASCII hyphens in some,
  ``098-895-8012``, a katakana prolonged sound mark or its half-width form in two,
  ``06ー6394ー1617``, ``0263ｰ58ｰ4417``), beside the name, English name, kind (``国立``,
  ``公立``, ``私立``), the ministry's university code (``mext_code``, ``F101110100010``) and
  the postal address with its postcode (``〒060－0808 北海道札幌市北区北8条西5丁目``).

A university is kept where its ``tel`` holds seven digits or more and nothing but digits and
those hyphens (left out: one ``tel`` that holds an address, one that names a member of staff in
a note, ``（総務課＜…CP＞）``, and one with ``（代）`` after the number), whose digits no earlier
Japanese part's data holds and no university kept before it has (the first of those that share
a switchboard: 6 numbers of earlier parts and 3 shared ones left out, 801 left); the kept rows
are a seeded sample of ``CAP`` (400), in the file's order. Each is kept
as the mapping of the university's own fields to the published strings but ``president`` and
``term_president`` (the president's name and term, a person's) and the nested tables of
faculties, graduate schools, joint programmes, histories and campuses, which are not read.

    python scripts/jp_mext_universities_data.py JP_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_jp_mext_universities.json"
CAP = 400
PATH = "university/datas/r4-university-info.json"
PHONE = "tel"
KEPT = ("name", "name_eng", "type", "mext_code", "addr", PHONE)
# a number as the ministry typed it: digits joined by ASCII or full-width hyphens or a
# (half-width) katakana prolonged sound mark
SHAPE = re.compile(r"\d+(?:[-－ーｰ]\d+)+|\d{7,}")
# the earlier Japanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_national_phones.json", "pii_jp_care_facilities.json", "pii_jp_chiba_nurseries.json",
    "pii_jp_group_homes.json", "pii_jp_hachioji_childcare.json",
    "pii_jp_hokkaido_hospitals.json", "pii_jp_hydrogen_stations.json",
    "pii_jp_iizuka_facilities.json", "pii_jp_kawasaki_nurseries.json",
    "pii_jp_koriyama_nurseries.json", "pii_jp_kumamoto_lists.json",
    "pii_jp_mhlw_ec_pharmacies.json", "pii_jp_mhlw_online_care.json",
    "pii_jp_michi_no_eki.json", "pii_jp_municipal_offices.json",
    "pii_jp_nii_ill_libraries.json", "pii_jp_sapporo_nurseries.json",
    "pii_jp_takamatsu_lodging.json", "pii_jp_takamatsu_schools.json",
    "pii_jp_tokyo_nurseries.json", "pii_jp_tokyo_public_facilities.json",
    "pii_jp_toyama_nurseries.json", "pii_jp_yaizu_coupon_shops.json",
    "pii_jp_yuzawa_lists.json",
)  # fmt: skip
SOURCES = {
    "JP": {
        "repository": "EJU-Express/University-info-of-Japan",
        "commit": "d55b2d569e0be8422a3e959713c2640685cb67f5",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministry of Education, Culture, Sports, Science and Technology (MEXT), "
        "its list of universities (全国大学一覧, 令和4年度: the XLSX files of 20 April 2023, "
        "www.mext.go.jp/a_menu/koutou/ichiran/mext_01853.html) as the repository "
        "EJU-Express/University-info-of-Japan converted them to JSON (file last changed in "
        "06718cc, 'upload r4-convertor.py', 4 December 2023)",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright (c) 2023 Ko Shoken'; "
        "the README says the data's copyright is the ministry's); MEXT's terms of use for the "
        "list were not read here: not confirmed for the data",
        "language": "ja",
        "roles": {"name": "name", "phone": [PHONE], "fax": [], "email": "",
                  "address": ["addr"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept universities of the list, with the commit they were read at."""
    meta = SOURCES["JP"]
    raw = _git(gits["JP"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "81"), set()
    found = []
    for i, uni in enumerate(json.loads(raw)):
        tel = uni.get(PHONE) or ""
        digits = digits_of(tel)
        if len(digits) < 7 or not SHAPE.fullmatch(tel):
            continue
        if digits in seen or digits in earlier:
            continue
        seen.add(digits)
        fields = {key: uni.get(key) or "" for key in KEPT}
        found.append({"country": "JP", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "JP", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
