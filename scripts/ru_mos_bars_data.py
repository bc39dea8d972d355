"""Extract the real list that ``pii_held_out_166.py`` writes its records around into
``scripts/data/pii_ru_mos_bars.json``: the phone fields of a register no earlier part used
(Moscow's bars, data set 1796 'Бары' of the Moscow Government's open data portal data.mos.ru;
Russia's earlier part took the same portal's city polyclinics, data set 441), exactly as the
portal gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``bars.json``: the data set's GeoJSON export (version 2, release 2) as a student of the
  devman.org course committed it for the '3_bars' exercise (the closest bar, the biggest and the
  smallest): 533 features, each with its point (longitude, latitude), the row id and the data
  set's version, and its ``Attributes``: ``global_id`` (eight or nine digits), ``Name``,
  ``IsNetObject`` (``да``/``нет``), ``OperatingCompany`` (a chain's name, or null),
  ``AdmArea``, ``District``, ``Address`` (``Нижний Кисельный переулок, дом 3, строение 1``),
  ``PublicPhone`` (a list of one object), ``SeatsCount`` and ``SocialPrivileges``.

``PublicPhone`` holds the bar's public number as the portal writes Moscow numbers, the
three-digit code in brackets and the seven digits in groups of three, two and two
(``(495) 621-19-63``, ``(499) 940-34-49``; mobile codes such as ``(926) 046-43-05``; four
toll-free ``(800) ...``), no trunk ``8`` and no ``+7``; 44 features hold ``нет телефона`` (no
telephone) and one the placeholder ``(000) 000-00-00``, all left out; two have codes as
typed (``(615) 410-13-93``, ``(494) 252-04-09``), kept. Every other feature is kept, in the
file's order (488), as a mapping of its attributes and point to the published strings: the
numbers are read as the file's text (``parse_float``/``parse_int``: ``37.621587946152012`` stays
as written), ``OperatingCompany``'s null as "", ``PublicPhone`` as its one string. The list names
no person: ``Name`` is the bar's name, ``OperatingCompany`` its chain.

    python scripts/ru_mos_bars_data.py RU_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ru_mos_bars.json"
CAP = 600
PATH = "bars.json"
PHONE = "PublicPhone"
SOURCES = {
    "RU": {
        "repository": "AntonGorynya/3_bars",
        "commit": "8436c91cc1e68b0d421d205bf2b952e95390ccec",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Moscow Government's open data portal data.mos.ru, data set 1796 "
        "'Бары' (bars; DatasetId 1796, VersionNumber 2, ReleaseNumber 2 in every feature), "
        "its GeoJSON export as committed in 8436c91 ('first_version', 7 October 2017) for the "
        "devman.org '3_bars' exercise (the file was deleted again in a6bea8b, 12 October 2017)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; data.mos.ru's terms of use for its open data were not read here",
        "language": "ru",
        "roles": {"name": "Name", "phone": ["PublicPhone"], "address": ["Address"]},
    },
}  # fmt: skip


def _row(feature: dict[str, Any]) -> dict[str, str]:
    """A feature's attributes and point as published strings (null as "", the one phone)."""
    props = feature["properties"]
    attrs = props["Attributes"]
    lon, lat = feature["geometry"]["coordinates"]
    fields = {
        "RowId": props["RowId"],
        "DatasetId": props["DatasetId"],
        "VersionNumber": props["VersionNumber"],
        "ReleaseNumber": props["ReleaseNumber"],
    }
    for key, value in attrs.items():
        if key == "PublicPhone":
            (value,) = [item["PublicPhone"] for item in value]
        fields[key] = "" if value is None else value
    return {**fields, "Longitude": lon, "Latitude": lat}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept features of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        doc = json.loads(raw, parse_float=str, parse_int=str)
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": _row(feature)}
            for i, feature in enumerate(doc["features"])
        ]
        found = [row for row in found if _has_phone(row["fields"], meta["roles"]["phone"])]
        found = [row for row in found if set(re.sub(r"\D", "", row["fields"][PHONE])) != {"0"}]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
