"""Extract the real list that ``pii_held_out_496.py`` writes its records around into
``scripts/data/pii_jp_kohoku_childcare.json``: the phone and fax fields of a list no earlier
part used (Japan, whose earlier parts took Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's,
Yuzawa's, Kumamoto's, Koriyama's, Chiba's, Kawasaki's, Hachioji's, Namegata's and Nara's city
lists, the Hokkaido, Tokyo, Kyoto and Osaka governments' lists and national ones; this one is
another publisher's, Yokohama City's, for two of its wards, Kohoku and Tsurumi, and beside its
nurseries another kind of institution: the day services for children with disabilities,
障害児通所支援事業所), exactly as the list gives them.

One GeoJSON file, read from a git checkout at a named commit, values unchanged:

* ``data/nurseryFacilities.geojson``: Code for Kohoku's data of the childcare facilities of
  Yokohama's Kohoku ward (港北区) and, from its 2020 update, of Tsurumi ward (鶴見区) for its
  nursery map (Codefor港北の保育園マップ, a fork of Code for Sapporo's papamama map, made by
  the ward's project on childcare information from open data, 港北区 オープンデータを活用した子
  育て情報サービス検討プロジェクト), one feature per facility with coordinates: 258 day services
  for children with disabilities (障害児通所支援事業: child development support, 児童発達支援,
  and after-school day services, 放課後等デイサービス), 167 private and 16 public licensed
  nurseries (私立・公立認可保育所), 42 small and workplace nurseries (小規模・事業所内保育事業),
  39 kindergartens (幼稚園), 28 unlicensed nurseries (認可外保育施設), 20 Yokohama nursery rooms
  (横浜保育室) and 52 after-school clubs (学童保育). Each has its ``TEL`` (``045-531-0034``:
  Yokohama's area code ``045``, the exchange and the line joined by hyphens; free dials,
  ``0120-355-149``, and a few mobiles) and 187 a ``FAX`` in the same shape, beside the id
  (``HID``), kind, name and short label, ages taken, capacity, hours, flags (extended hours,
  24 hours, temporary care, the two services a disability day service offers), remarks,
  address (``Add1``, empty for most day services) and web page.

A feature is kept where its ``TEL`` is ASCII digits joined by ASCII hyphens, seven digits or
more, whose digits no earlier Japanese part's data holds and no feature kept before it has (the
first of facilities that share a number: an operator's free dial, a building's two rooms), and
whose ``FAX`` is empty or in the same shape. Left out so: four whose ``TEL`` is written
otherwise (a full-width hyphen, ``045ｰ421-3577``; a trailing space; two fields holding two
numbers each marked ``(児)`` and ``(放)``, whose halves no one label covers), one whose ``FAX``
ends in an ideographic space, one nursery whose number an earlier part (Kawasaki's nurseries)
holds, and 16 repeats: 600 kept, of which a seeded sample of ``CAP``, in the file's order.
Each is kept as the mapping of its properties to the published strings but for ``Owner``, left
out: it names the operators of a few facilities, among them private persons (``木村 繁``); and
with the feature's point as published (``[139.63055, 35.52758]``, longitude first).

    python scripts/jp_kohoku_childcare_data.py JP_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_jp_kohoku_childcare.json"
CAP = 400
PATH = "data/nurseryFacilities.geojson"
DROPPED = ("Owner",)
ASCII_NUMBER = re.compile(r"\d+(?:-\d+)+")
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
    "pii_jp_hydrogen_stations.json", "pii_jp_hachioji_childcare.json",
    "pii_jp_mext_universities.json", "pii_jp_regular_patrol_care.json",
    "pii_jp_namegata_lists.json", "pii_jp_takamatsu_organization.json",
    "pii_jp_takamatsu_bag_dealers.json", "pii_jp_nara_nurseries.json",
)  # fmt: skip
SOURCES = {
    "JP": {
        "repository": "CodeforKohoku/papamama",
        "commit": "33f0d234f7b35857c4c2b519a529d7251908a50a",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Yokohama City (横浜市, Kanagawa Prefecture), its Kohoku and Tsurumi "
        "wards' childcare facilities (the ward's lists of nurseries, www.city.yokohama.lg.jp/"
        "kohoku/, and of day services for children with disabilities), as Code for Kohoku's "
        "nursery map (Codefor港北の保育園マップ, by the ward's project 港北区 オープンデータを活用"
        "した子育て情報サービス検討プロジェクト, a fork of Code for Sapporo's papamama) stores "
        "them in one GeoJSON file with coordinates; the file last changed in 349af5b "
        "('2020年度新園追加', 16 February 2020), the repository's head 33f0d23 (18 August 2020)",
        "licence": "not confirmed for the data: the repository's LICENSE.txt is the MIT "
        "licence, 'Copyright (c) 2014 Code for Sapporo', of the map's code; no terms are named "
        "for the data, and Yokohama City's terms for its lists were not read here",
        "language": "ja",
        "roles": {"name": "Name", "phone": ["TEL", "FAX"], "address": ["Add1", "Add2"]},
    },
}  # fmt: skip


def _shaped(value: str) -> bool:
    """A number as ASCII digits joined by ASCII hyphens, seven digits or more."""
    return bool(ASCII_NUMBER.fullmatch(value)) and len(digits_of(value)) >= 7


def kept(props: dict[str, str], earlier: set[str], seen: set[str]) -> bool:
    """Whether a feature is kept: its ``TEL`` in shape, new to the earlier parts and to the
    features kept before it; its ``FAX`` empty or in shape and new to the earlier parts."""
    tel, fax = props.get("TEL") or "", props.get("FAX") or ""
    if not _shaped(tel) or (fax and not _shaped(fax)):
        return False
    return digits_of(tel) not in earlier | seen and digits_of(fax) not in earlier


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept features of the list, with the commit they were read at."""
    meta = SOURCES["JP"]
    raw = _git(gits["JP"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "81"), set()
    found = []
    for i, feature in enumerate(json.loads(raw)["features"]):
        props = feature["properties"]
        if not kept(props, earlier, seen):
            continue
        seen.add(digits_of(props["TEL"]))
        fields = {k: v for k, v in props.items() if k not in DROPPED}
        point = feature["geometry"]["coordinates"]
        found.append({"country": "JP", "path": f"{PATH}#{i}", "fields": fields, "point": point})
    return {"sources": SOURCES, "rows": seeded_sample(found, "JP", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
