"""Extract the real directory that ``pii_held_out_68.py`` writes its records around into
``scripts/data/pii_cn_universities.json``: the phone fields of a country whose register no
earlier part used (China), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``CN``: Chinese universities and colleges as the uni-soket-ai campus-map application lists
  them (the ``universityList`` array of ``util/universityList.js`` of the repository
  whr810012/uni-soket-ai; its entries have the fields of a Baidu Maps place search result:
  ``uid``, ``street_id``, ``location``, ``province``, ``city``, ``area``, ``telephone``):
  Chinese numbers as each entry gives them, most with the area code in brackets and no
  separator (``(0513)81050200``, ``(010)62282023``), several in one field after commas
  (``(0772)2685979,(0772)2686186,0772-2687608``), some with a hyphen (``010-64771000``), a few
  ``400`` numbers (``4000431585``) and mobile numbers (``13721426816``); beside the entry's
  coordinates (``44.083711141069294``), Baidu ids and place names.

Every entry of the array with a number of six digits or more in its ``telephone`` field, in the
array's order, a seeded sample of ``CAP``. Each row is kept as a mapping of the array's keys to
the published values as they are written in the file (a JSON number as its digits), the
``location`` object's two keys as ``location.lat`` and ``location.lng``; the directory names
no person (its names are the institutions', its addresses their premises or web sites), so no
key is left out.

    python scripts/cn_universities_data.py CN_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cn_universities.json"
CAP = 600
OPENING = "export const universityList = ["
SOURCES = {
    "CN": {
        "repository": "whr810012/uni-soket-ai",
        "commit": "3fb9f5a4bcdc9e366de017d1b74f23d0d237df60",
        "path": "util/universityList.js",
        "encoding": "utf-8",
        "publisher": "the uni-soket-ai campus-map application (a uni-app project), its "
        "'universityList' array as committed in 3fb9f5a "
        "('优化样式，选择学校，空判断，坐标校验精准', "
        "20 January 2025; first added in 15d579b, '增加学校集', 10 September 2024); its entries "
        "carry Baidu Maps place ids and fields, so the list was most likely gathered from Baidu "
        "Maps' place search; no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file of its own (only the "
        "bundled uview-ui component library's) and its README names no terms; Baidu Maps' terms "
        "for its place data were not read",
        "language": "zh",
        "roles": {"name": "name", "phone": ["telephone"], "address": "address",
                  "lat": "location.lat", "lon": "location.lng", "register": "uid"},
    },
}  # fmt: skip


def _entries(text: str) -> list[dict[str, Any]]:
    """The ``universityList`` array of the JavaScript module: a JSON array from its opening
    bracket to the last ``]``, each value kept as written (numbers as their digits)."""
    start = text.index(OPENING) + len(OPENING) - 1
    end = text.rindex("]") + 1
    return json.loads(text[start:end], parse_int=str, parse_float=str)


def _flat(entry: dict[str, Any]) -> dict[str, str]:
    """An entry's keys and values, the ``location`` object's keys as ``location.<key>``."""
    out = {}
    for key, value in entry.items():
        if isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            out[key] = value
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _flat(entry)}
            for i, entry in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(entry, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
