"""Extract the real register that ``pii_held_out_519.py`` writes its records around into
``scripts/data/pii_tr_kizilay_subeleri.json``: the phone fields of a register no earlier part
used (Turkey, whose earlier parts took the pharmacies of Edirne, Istanbul Metropolitan
Municipality's health institutions and Açık Yazılım Ağı's health points of the 2023 earthquake
region; this one is the Turkish Red Crescent's (Türk Kızılay) list of its provincial branches
taking blood donations and of its stem-cell donation centres, a humanitarian society's
offices), exactly as the afetbilgi.com project publishes them.

One file of the afetbilgi.com project (alpaylan/afetbilgi.com, a site a group of METU students
and graduates built after the 6 February 2023 earthquakes), read from a git checkout at a named
commit, values unchanged:

* ``fe/public/all.json``: the site's question tree; its option ``Kızılay Kan Bağış
  Noktaları`` (``datasets/blood.json``) holds one entry per province, the same ``data`` in
  ``value_tr``, ``value_en`` and ``value_ku`` (``dataType`` ``blood-donation``): ``city``,
  ``name`` (``Türk Kızılayı ADANA İl Merkezi``), ``head`` (the branch head's name),
  ``address``, ``phone_number``, ``cell_phone_number`` and ``fax``, numbers written with the
  country code and the area code in brackets (``+90 (322) 457 19 23``); its option ``Kök
  Hücre Bağış Noktaları`` holds the stem-cell donation centres (``stem-cell-donation``: ``area``
  ``BATI AKDENİZ KHBM``, ``city``, ``address`` a map link, ``phone`` ``0242 310 55 55``).

A branch is read from ``value_tr``; it is kept where its ``phone_number`` holds a number of
seven digits or more whose digits no earlier Turkish part's data holds and no entry kept before
it has; a centre likewise by its ``phone``. Each is kept as the mapping of its fields to the
published strings, except ``head`` (a person's name, which no record writes) and ``dataType``;
``list`` names the list it came from. No sample: the lists are short.

    python scripts/tr_kizilay_subeleri_data.py TR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tr_kizilay_subeleri.json"
PATH = "fe/public/all.json"
BLOOD, STEM = "Kızılay Kan Bağış Noktaları", "Kök Hücre Bağış Noktaları"
DROPPED = ("head", "dataType")
# the earlier Turkish parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_tr_edirne_pharmacies.json",
    "pii_tr_ibb_health_institutions.json",
    "pii_tr_afet_saglik_noktalari.json",
)
SOURCES = {
    "TR": {
        "repository": "alpaylan/afetbilgi.com",
        "commit": "2a23d22058fc2930cd20b9d85a283b0ed01d66bd",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Türk Kızılay (the Turkish Red Crescent), its provincial branches taking "
        "blood donations and its stem-cell donation centres (KHBM), as the afetbilgi.com "
        "project (a group of METU students and graduates, after the 6 February 2023 "
        "earthquakes) lists them in its site's data file",
        "licence": "not confirmed (the repository states no licence; the Red Crescent's "
        "directory terms not stated)",
        "language": "tr",
        "roles": {"name": "name", "phone": ["phone_number", "cell_phone_number", "phone"],
                  "fax": ["fax"], "address": ["address", "city"]},
    },
}  # fmt: skip


def _option(tree: dict[str, Any], name: str) -> dict[str, Any]:
    return next(o for o in tree["options"] if o.get("name_tr") == name)


def _entries(tree: dict[str, Any]) -> list[tuple[str, str, dict[str, str]]]:
    """(list, path, fields) of every branch, then every centre, in the file's order."""
    out = []
    for i, opt in enumerate(_option(tree, BLOOD)["value"]["options"]):
        out.append(("kan", f"{PATH}#{BLOOD}/{i}", opt["value_tr"]["data"]))
    for i, item in enumerate(_option(tree, STEM)["value"]["data"]["items"]):
        out.append(("kok_hucre", f"{PATH}#{STEM}/{i}", item))
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept branches and centres, with the commit they were read at."""
    meta = SOURCES["TR"]
    tree = json.loads(_git(gits["TR"], "show", f"{meta['commit']}:{PATH}").decode("utf-8"))
    earlier, seen = earlier_numbers(DATA, EARLIER, "90"), set()
    rows = []
    for kind, path, data in _entries(tree):
        tel = digits_of(data.get("phone_number") or data.get("phone") or "")
        national = "0" + tel[2:] if tel.startswith("90") else tel
        if len(tel) < 7 or tel in seen or tel in earlier or national in earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in data.items() if k not in DROPPED and isinstance(v, str)}
        rows.append({"country": "TR", "path": path, "fields": {"list": kind, **fields}})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
