"""Extract the real register that ``pii_held_out_45.py`` writes its records around into
``scripts/data/pii_th_chiang_dao_health.json``: the phone fields of a country whose register no
earlier part used (Thailand), exactly as published.

One list, read from a git checkout at a named commit, values unchanged:

* ``TH``: the health facilities of Chiang Dao district (Chiang Mai province) as the app
  ``tun_rokh_demo`` lists them (``lib/data/hospital_language.dart`` of ommpawin/tun_rokh_demo):
  the district hospital, its sub-district health-promoting hospitals (รพ.สต.) and a community
  health post, each with its name, its address (``หมู่ 3 บ้านนาหวาย``) and its contact field
  (``053-455-074``, ``063-784-6123``, two numbers after ``,``).

Every entry of the file's Dart map, in its order, as a mapping of its keys (the map key as
``key``) to the published strings; the list names no person (its names are the facilities',
its addresses their villages), so no key is left out.

    python scripts/th_chiang_dao_health_data.py TH_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_th_chiang_dao_health.json"
SOURCES = {
    "TH": {
        "repository": "ommpawin/tun_rokh_demo",
        "commit": "9bacec678f02f8b1370f11072d4becc1f000d9fe",
        "path": "lib/data/hospital_language.dart",
        "encoding": "utf-8",
        "publisher": "the health facilities of Chiang Dao district, Chiang Mai, as the Flutter "
        "app tun_rokh_demo lists them (commit 'Final Demo Version Update', 11 December 2021); "
        "the official list it was taken from is not named in the repository",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms",
        "language": "th",
        "roles": {"name": "hospital_name", "phone": ["hospital_contact"],
                  "register": "key", "address": "hospital_address"},
    },
}  # fmt: skip
ENTRY = re.compile(r'"(\d+)": \{\n((?:    "\w+": "[^"\n]*",\n)+)  \}')
FIELD = re.compile(r'    "(\w+)": "([^"\n]*)",\n')


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The entries of the Dart map that have a phone field, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode(meta["encoding"])
        for m in ENTRY.finditer(text):
            fields = {"key": m.group(1), **dict(FIELD.findall(m.group(2)))}
            if _has_phone(fields, meta["roles"]["phone"]):
                rows.append({"country": country, "path": f"{meta['path']}#{m.group(1)}",
                             "fields": fields})  # fmt: skip
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
