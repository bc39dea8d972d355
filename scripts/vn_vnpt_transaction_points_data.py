"""Extract the real list that ``pii_held_out_200.py`` writes its records around into
``scripts/data/pii_vn_vnpt_transaction_points.json``: the phone fields of a register no earlier
part used (VNPT VinaPhone's transaction points, điểm giao dịch, across Vietnam's provinces;
Vietnam's earlier parts took the tourism database's accommodation and Vietnam Post's post
offices), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged: ``src/assets/js/map.js``
of the repository nguyenphongpla/cirle-ci-test, a store-locator page whose ``address`` object
holds VNPT's transaction points by provincial centre (``VNPT TTP: An Giang (Tổng số ĐGD: 12)``),
each with its name (``Tên Điểm giao dịch``), address (``Địa chỉ``), ward and district and its
``Điện thoại ĐGD``: ten- or eleven-digit numbers with the area code unbroken (``0763844160``),
after a dot (``0238.3570789``, ``0238. 3511999``), in brackets (``(0711) 3948678``), in groups
(``0203 881 110``), with ``+84`` (``+84393570004``), seven- and eight-digit local numbers with no
area code (``3722888``, ``35723737``), two numbers in one field (``0238.3623111 0238.3625001``,
``0593538888-'0593532000``), some with trailing blanks. The object is a JavaScript literal with
trailing commas, read as JSON once they are dropped.

Every row whose ``Điện thoại ĐGD`` is a string with a number of six digits or more and whose
fields are all strings (one field holds a float, four hold null), a seeded sample of ``CAP``,
in the file's order; each row kept as its five fields as published and its provincial centre's
key (the list names no person: ``Tên Điểm giao dịch`` is the transaction point's name).

    python scripts/vn_vnpt_transaction_points_data.py VN_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_vn_vnpt_transaction_points.json"
CAP = 400
PATH = "src/assets/js/map.js"
SOURCES = {
    "VN": {
        "repository": "nguyenphongpla/cirle-ci-test",
        "commit": "daf23c27346bcc52cd0c06bdcf20170aa722498f",
        "paths": [PATH],
        "publisher": "VNPT (Tập đoàn Bưu chính Viễn thông Việt Nam), VinaPhone's network of "
        "transaction points (điểm giao dịch, ĐGD) by provincial centre as its store locator "
        "lists them; copied into the repository in daf23c2 ('init project', 18 April 2019), a "
        "store-locator page whose file names no source",
        "licence": "not confirmed: the repository has no LICENSE file and its README (an "
        "ngX-Rocket starter kit's) names no terms for the list; VNPT's terms were not read here",
        "language": "vi",
        "roles": {"name": "Tên Điểm giao dịch", "phone": ["Điện thoại ĐGD"],
                  "address": ["Địa chỉ", "Tên phường xã", "Tên quận huyện"]},
    },
}  # fmt: skip


def points(source: str) -> list[tuple[str, dict[str, Any]]]:
    """The (provincial centre, row) pairs of the page's ``address`` object, in its order."""
    start = source.index("var address = ") + len("var address = ")
    end = source.index("\n};", start) + 2
    body = re.sub(r",(\s*[\]}])", r"\1", source[start:end])
    groups = json.loads(body, object_pairs_hook=list)
    return [(group, dict(row)) for group, found in groups for row in found]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode("utf-8")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "group": group, "fields": row}
            for i, (group, row) in enumerate(points(raw))
            if all(isinstance(v, str) for v in row.values())
            and _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
