"""Extract the real list that ``pii_held_out_177.py`` writes its records around into
``scripts/data/pii_vn_post_offices.json``: the phone fields of a register no earlier part used
(Vietnam Post's post offices, bưu cục; Vietnam's earlier part took the tourism database's
accommodation establishments), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``app/_lib/PostOfficeLocation.tsx``: a TypeScript module whose default export is an array of
  1,677 object literals, one per post office of Vietnam Post (Tổng công ty Bưu điện Việt Nam,
  VNPost) across the 63 provinces, each with an ``id``, the post office's code (``code``,
  ``100000``, the six-digit code of VNPost's network, the postcode of its place), its ``name``
  (``Giao dịch Trung tâm``), ``province``, ``district``, ``ward``, ``detailAddress`` and, in
  1,652 of them, a ``phone``. The phone is written as the list's maker left it: most as a bare
  number literal whose trunk ``0`` was lost (``2438256686``, ``912577456``, seven-digit local
  numbers ``3685500``), some as a decimal literal where a spreadsheet read a dot as a decimal
  point (``2213.932932``), the rest as strings (``"0257 3819696"``, ``"02203.853.501"``,
  ``"3828188 (ext.456)"``, ``"02223.776.333 \\/02223"``, a leading blank or a left-to-right
  mark kept).

Every object with a number of six digits or more in ``phone``, in the file's order, the first
of each repeated (code, name, phone) only, then a seeded sample of ``CAP``; each kept as a
mapping of its keys to the published text: a string literal decoded (JSON escapes), a number
literal as it is written (the lists name no person: ``name`` is the post office's).

    python scripts/vn_post_offices_data.py VN_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_vn_post_offices.json"
CAP = 400
PATH = "app/_lib/PostOfficeLocation.tsx"
SOURCES = {
    "VN": {
        "repository": "HThanh-how/order-management",
        "commit": "af20a8a0482055e2fa0c4f18a41698e5e877ecb7",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Vietnam Post Corporation (Tổng công ty Bưu điện Việt Nam, VNPost), its "
        "network of post offices (bưu cục) with their six-digit codes, addresses and "
        "telephone numbers, as the repository's order-management app lists them to find the "
        "post office of a ward; added in 7389dc3 ('xong phần bưu cục', 18 May 2024) and fixed "
        "in af20a8a ('Fix Bug Sa đéc', 19 May 2024); the repository does not name where the "
        "list was taken from (VNPost publishes its post offices on vnpost.vn)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; VNPost's terms for its post-office list were not read here",
        "language": "vi",
        "roles": {"name": "name", "phone": ["phone"], "address": ["detailAddress"]},
    },
}  # fmt: skip

# one object literal of the array, and one ``key: value`` line of it
_OBJECT = re.compile(r"\{\n(.*?)\n\s*\}", re.S)
_PAIR = re.compile(r"^\s*(\w+): (\".*\"|[-0-9.]+),?$")


def parse(text: str) -> list[dict[str, str]]:
    """The array's objects, each key mapped to its published text: a string literal decoded, a
    number literal as written."""
    out = []
    for block in _OBJECT.finditer(text):
        fields = {}
        for line in block.group(1).splitlines():
            m = _PAIR.match(line)
            if not m:
                raise ValueError(f"unread line: {line!r}")
            key, value = m.groups()
            fields[key] = json.loads(value) if value.startswith('"') else value
        out.append(fields)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept objects of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found, seen = [], set()
        for i, fields in enumerate(parse(raw)):
            key = (fields.get("code"), fields.get("name"), fields.get("phone"))
            if not _has_phone(fields, meta["roles"]["phone"]) or key in seen:
                continue
            seen.add(key)
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
