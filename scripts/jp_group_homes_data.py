"""Extract the real lists that ``pii_held_out_259.py`` writes its records around into
``scripts/data/pii_jp_group_homes.json``: the phone and fax fields of a register no earlier
part used (Kyoto and Osaka Prefectures' lists of designated group homes for people with
disabilities, 共同生活援助; Japan's earlier parts took other publishers and other kinds of
institution), exactly as the prefectures give them.

Two lists of two prefectural publishers, read from a git checkout at a named commit, values
unchanged:

* ``resources/csv/kyoto.csv``: Kyoto Prefecture's list of designated disability welfare
  service providers, its group homes (京都府 指定障害福祉サービス事業所一覧, 共同生活援助),
  each with its ``事業所電話`` and ``事業所FAX`` (``075-465-0141``: the area code, the exchange
  and the line joined by hyphens; ``0774-73-3668``; a few with one hyphen, ``080-41419583``;
  one fax ``467-3445`` of seven digits, one ``22-9150`` of six), the operating corporation's
  ``法人(設置者)電話`` in the same shapes, beside the home's number (事業所番号), name,
  postcode and address, the designation's state and dates, and the corporation's name,
  postcode and address;
* ``resources/csv/osaka.csv``: Osaka Prefecture's list of group homes (大阪府 共同生活援助
  事業所一覧), each with its ``事業所電話番号`` and ``事業所FAX番号`` (``06-6556-6390``; a
  mobile ``080-8949-0604``; old-style ``0722-47-4914``), beside the number, name, municipality
  (the street left out as the list gives it, ``大阪市都島区（以下略）``), corporation, capacity
  and designation date.

Both files are UTF-8 CSV as the repository puklipo/grouphome (a search site for group homes,
built by users of a type-B employment support office) copied them from the prefectures'
spreadsheets; its README names each prefecture's page. Every row with a number of six digits
or more in its home's phone field (one Kyoto row, its phone ``0``, left out), Kyoto's first,
each in the file's order; each row kept as a mapping of all of its file's columns to the
published strings (the lists name no person: the names are the homes' and corporations').

    python scripts/jp_group_homes_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_group_homes.json"
CAP = 600
PATHS = ("resources/csv/kyoto.csv", "resources/csv/osaka.csv")
PHONES = {
    "resources/csv/kyoto.csv": ["事業所電話", "事業所FAX", "法人(設置者)電話"],
    "resources/csv/osaka.csv": ["事業所電話番号", "事業所FAX番号"],
}
SOURCES = {
    "JP": {
        "repository": "puklipo/grouphome",
        "commit": "6159cd1f6a12c93799bfbe54963ecb2af26ee4ab",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "Kyoto Prefecture (京都府, its list of designated disability welfare service "
        "providers, the group homes: www.pref.kyoto.jp/shogaishien/syogaifukushi.html) and "
        "Osaka Prefecture (大阪府, its list of group homes: "
        "www.pref.osaka.lg.jp/chiikiseikatsu/syougaijisien/itiran.html), as the repository's "
        "README names them; copied into the repository as CSV in 0e9283d ('osaka', 13 December "
        "2021) and 1b10fba ('kyoto', 20 December 2021), and removed in e0a1b65 ('delete', 20 "
        "December 2021) when the site moved to WAM NET's open data; read at the commit before "
        "that removal",
        "licence": "not confirmed: the repository's LICENSE (AGPL-3.0, added after this commit) "
        "covers its code, and its license page says the group homes' data is taken from WAM "
        "NET and the prefectures' sites and edited; the two prefectures' terms for the lists "
        "were not read here",
        "language": "ja",
        "roles": {"name": ["事業所名", "事業所名称"], "phone": PHONES},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if _has_phone(row, PHONES[path][:1])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
