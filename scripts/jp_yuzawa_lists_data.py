"""Extract the real lists that ``pii_held_out_211.py`` writes its records around into
``scripts/data/pii_jp_yuzawa_lists.json``: the phone, fax and e-mail fields of a register no
earlier part used (Yuzawa City's open-data lists, Akita; Japan's earlier parts took other
publishers' registers), exactly as the city gives them.

Twelve lists of one publisher, Yuzawa City (湯沢市, Akita Prefecture), as the city publishes
them as Excel workbooks on its open-data page (www.city-yuzawa.jp/site/opendata/), each
converted cell for cell to JSON by the repository y-yamagata/YuzawaExcelConverter
(``data/output/*_2022.json``: the workbook's URL as ``origin``, its credit line as ``source``,
the column titles as ``header``, a sheet's or table's rows as ``data`` or ``data_01`` ... with
the table titles as ``index``), read from a git checkout at a named commit, values unchanged:
the board of education's facilities (schools, halls; ``0183-73-2162``), the designated
emergency evacuation sites and evacuation shelters (each with the number of the body that
manages it), the immunisation clinics of 2022 (``0182-35-2666``), the libraries (with their
e-mail addresses, three written with a full-width ``ｌ`` in ``city.yuzawa.ｌg.jp``), the
playgrounds (``湯沢市都市計画課（0183-73-2156）`` as ``contact``), the consultation desks for
life events, the after-school clubs, nurseries, child-care support centres, support offices
for the disabled (``TEL　0183-72-5855``, ``FAX　0183-78-0067``) and the social welfare
facilities in 28 tables (養護老人ホーム ... 児童館); most of the last five write a local
number without the area code (``72-3501``, six digits).

Every row with a number of six digits or more in ``tel``, ``fax`` or ``contact``, the files in
the order of ``PATHS``, each table and row in the file's order, but three left out
(``LEFT_OUT``): two after-school clubs whose ``tel`` names the private person holding the
mobile (``080-1677-3651（小松田）``) and one clinic whose number is written with a superscript
and a subscript minus (``0182⁻47₋2308``), whose groups no ASCII separator joins. Each row kept
as a mapping of all of its keys to the published JSON values (strings, integers, booleans,
``null``), with its table's title and column titles (the lists name no person but the two left
out; ``contact_name`` is the managing body's name).

    python scripts/jp_yuzawa_lists_data.py JP_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_yuzawa_lists.json"
CAP = 600
PATHS = tuple(
    f"data/output/{name}_2022.json"
    for name in (
        "educational_institutions", "emergnecy_evacuation", "evacuation",
        "medical_institutions", "libraries", "playgrounds", "life_event", "kids_club",
        "nurseries", "childcare_support", "support_for_handicapped",
        "social_welfare_facilties",
    )
)  # fmt: skip
LEFT_OUT = {
    "data/output/kids_club_2022.json:data#2": "tel names the person holding the mobile",
    "data/output/kids_club_2022.json:data#11": "tel names the person holding the mobile",
    "data/output/medical_institutions_2022.json:data#91": "0182⁻47₋2308: no ASCII separator",
}
SOURCES = {
    "JP": {
        "repository": "y-yamagata/YuzawaExcelConverter",
        "commit": "31930d868890f95047945a79a133c22bee2419b9",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "Yuzawa City (湯沢市, Akita Prefecture), twelve of its open-data lists as "
        "the city publishes them as Excel workbooks (www.city-yuzawa.jp/site/opendata/, each "
        "file's 'origin'), converted cell for cell to JSON by y-yamagata/YuzawaExcelConverter "
        "(data/output, 24-25 October 2022)",
        "licence": "the lists credit 'Data by 湯沢市 - <list> / クリエイティブ・コモンズ 表示 "
        "4.1日本' (sic: Creative Commons Attribution); data/output/README.md offers the "
        "converted data under CC BY 4.0; the repository's LICENSE is MIT (© 2022 "
        "y-yamagata) for its code; the city's own terms page was not read here",
        "language": "ja",
        "roles": {"name": "name", "phone": ["tel", "contact"], "fax": ["fax"],
                  "email": ["email"], "address": ["address"]},
        "left_out": LEFT_OUT,
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the twelve lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            doc = json.loads(_git(git_dir, "show", f"{meta['commit']}:{path}"))
            title = doc["source"].split(" - ", 1)[1].split(" / ", 1)[0]
            for key in [k for k in doc if k.startswith("data")]:
                header = doc["header"].get(key, doc["header"])
                table = (doc.get("index") or {}).get(key, "")
                for i, row in enumerate(doc[key]):
                    where = f"{path}:{key}#{i}"
                    strings = {k: v for k, v in row.items() if isinstance(v, str)}
                    phones = meta["roles"]["phone"] + meta["roles"]["fax"]
                    if where in LEFT_OUT or not _has_phone(strings, phones):
                        continue
                    found.append(
                        {
                            "country": country,
                            "path": where,
                            "list": title,
                            "table": table,
                            "header": header,
                            "fields": row,
                        }
                    )
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
