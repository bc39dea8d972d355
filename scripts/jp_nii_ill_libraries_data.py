"""Extract the real register that ``pii_held_out_289.py`` writes its records around into
``scripts/data/pii_jp_nii_ill_libraries.json``: the telephone and fax fields of a register no
earlier part used (the National Institute of Informatics' records of the libraries taking part in
NACSIS-CAT/ILL, Japan's union catalogue and interlibrary loan system, as CiNii Books serves them;
Japan's earlier parts took city, prefectural and ministry lists), as the libraries gave them.

One register of one publisher, read from a git checkout at a named commit, values unchanged:
``library_status/fa20200928/FA*.json``, CiNii Books' JSON-LD record of each participating
library (参加組織レコード, ``https://ci.nii.ac.jp/library/FA001007.json``) as the repository
tzhaya/NACSIS_ILL_Status fetched them on 28 September 2020 to count the libraries' ILL service
status (university, junior-college, college-of-technology and research libraries, their branch
and department libraries, a few public and special libraries). Each record's ``v:tel`` and
``v:fax`` values are the strings the library typed into its record: Japanese numbers, the area
code, exchange and line joined by hyphens (``011-706-4095``) or the exchange in brackets
(``011(706)2665``), or run together (``0527893678``), many with a note before or after the
number (``ILL担当: 011-706-4095``, ``011-706-5571(DI)``, ``0166-68-2229:(G3)``,
``042-580-8230(ILL受付)``).

Kept: every record whose ``v:tel`` has a value and whose every ``v:tel`` and ``v:fax`` value is
one number of ten or eleven digits in one of those shapes with a note of no more than three
digits in a row around it (``FIELD``; 1,612 of the 1,781 records; left out: 119 with no
telephone, 50 with two numbers in a value, an extension or line range run on, a bare line number
or a value with no number, and the one file the repository fetched empty), then a seeded sample
of ``CAP``, in the listing's order. Each record is kept as its JSON-LD object (``@graph``'s one
node) with its published keys and values, but ``dc:description``, which holds the ILL staff's
names (private persons) and e-mail addresses, and is never written.

    python scripts/jp_nii_ill_libraries_data.py JP_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_nii_ill_libraries.json"
CAP = 360
FOLDER = "library_status/fa20200928"
# one Japanese number of ten or eleven digits as the libraries type it, with its note
NUMBER = r"0\d{1,4}-\d{1,4}-\d{3,4}|0\d{1,4}\(\d{1,4}\)\d{3,4}|0\d{9,10}"
FIELD = re.compile(rf"(?P<before>\D*?)(?P<number>{NUMBER})(?P<after>(?:\D|\d(?!\d\d\d))*)")
DROPPED = ("dc:description",)
SOURCES = {
    "JP": {
        "repository": "tzhaya/NACSIS_ILL_Status",
        "commit": "674a8a99a82ecc597e3cf7b7f666df2e01f7ed93",
        "paths": [f"{FOLDER}/FA*.json"],
        "encoding": "utf-8",
        "publisher": "the National Institute of Informatics (国立情報学研究所, NII), its records "
        "of the organisations taking part in NACSIS-CAT/ILL (参加組織レコード), each kept by "
        "the library itself, as CiNii Books serves them as JSON-LD "
        "(https://ci.nii.ac.jp/library/<FA number>.json); fetched weekly by the repository to "
        "count the libraries' interlibrary loan service status during COVID-19 (its README), "
        "this snapshot on 28 September 2020 ('update 2020/09/28')",
        "licence": "CC BY 4.0 (クリエイティブ・コモンズ 表示 4.0 国際), as the repository's README "
        "names it for its data, 'the same as the original data' (NII's open data of the union "
        "catalogue database, https://www.nii.ac.jp/CAT-ILL/about/infocat/od/); the repository "
        "has no LICENSE file and NII's page was not read here",
        "language": "ja",
        "roles": {"name": "v:fn", "phone": ["v:tel", "v:fax"], "address": ["v:adr"]},
    },
}  # fmt: skip


def values(node: dict[str, Any], key: str) -> list[str]:
    """The published strings of a record's ``v:tel`` or ``v:fax``, in order."""
    return [item["@value"] for item in node.get(key, [])]


def clean(node: dict[str, Any]) -> bool:
    """A telephone, and each telephone and fax value one number of ten or eleven digits with
    its note (``FIELD``)."""
    fields = values(node, "v:tel") + values(node, "v:fax")
    matches = [FIELD.fullmatch(value) for value in fields]
    return bool(values(node, "v:tel")) and all(
        m and 10 <= sum(c.isdigit() for c in m["number"]) <= 11 for m in matches
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept records of the register, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        listing = _git(git_dir, "ls-tree", "--name-only", meta["commit"], f"{FOLDER}/")
        found = []
        for i, path in enumerate(listing.decode().split()):
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
            if not raw.strip():
                continue
            node = json.loads(raw)["@graph"][0]
            if clean(node):
                fields = {k: v for k, v in node.items() if k not in DROPPED}
                found.append({"country": country, "path": f"{path}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
