"""Extract the real list that ``pii_held_out_291.py`` writes its records around into
``scripts/data/pii_tw_tourism_restaurants.json``: the phone fields of a register no earlier part
used (Taiwan, whose earlier parts took the National Health Insurance Administration's lists, the
Ministry of Education's elementary schools, Hsinchu City's medical institutions, the National
Police Agency's stations, Taipei's Department of Social Welfare's elder-care providers, Taipei's
hotels, Chunghwa Post's post offices and the Financial Supervisory Commission's financial
institutions; this one is another publisher and another kind of institution: the Tourism Bureau
of the Ministry of Transportation and Communications' tourism information database, 觀光資訊資料庫,
its list of restaurants and food shops, 餐飲, across the island and the outlying islands),
exactly as the bureau gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``dataset/restaurant.csv``: the bureau's download ``restaurant_C_f.json``
  (gis.taiwan.net.tw/XMLReleaseALL_public) as the repository's ``GetDataFromWeb.py`` wrote it
  with pandas: UTF-8 with a byte-order mark, no header line, the columns ``Name``,
  ``Description``, ``Add``, ``Region``, ``Town``, ``Lat`` (the bureau's ``Py``), ``Lng``
  (``Px``), ``Opentime``, ``Parkinginfo``, ``Tel``, then the script's own ``url`` (always
  empty) and ``fk_location_id`` (always ``1``); rows with no region, town, address or
  coordinates dropped, one row per name.

Kept are the rows whose ``Tel`` is one number in the bureau's shape: the country code ``886``
without ``+``, the area code without its trunk ``0`` and the subscriber's digits, joined by
hyphens (``886-2-24921291``, ``886-49-2754905``, ``886-836-26999``, mobiles
``886-9-30710512`` and ``886-912-261414``); left out are empty fields, fields with a second
number (after ``,``, ``；``, ``、``, a blank or a slash), an extension (``#123``, ``*12``) or
the line in groups (``886-49-236 7426``), which this part does not take; of a number that
several rows share, only the first row; and any number of the earlier Taiwanese parts' data. A
seeded sample of 480 of them, in the file's order; each row kept as a mapping of the named
columns to the published strings, less ``Description`` (the bureau's prose about the shop,
which names owners and cooks and carries other numbers), which is not copied.

    python scripts/tw_tourism_restaurants_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_tourism_restaurants.json"
CAP = 480
PATH = "dataset/restaurant.csv"
PHONE = "Tel"
COLUMNS = (
    "Name", "Description", "Add", "Region", "Town", "Lat", "Lng", "Opentime", "Parkinginfo",
    "Tel", "url", "fk_location_id",
)  # fmt: skip
LEFT_OUT = "Description"
# one number as the bureau writes it: 886, the area code with no trunk 0, the subscriber's digits
SHAPE = re.compile(r"886-\d{1,3}-\d{5,8}")
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json", "pii_tw_fsc_financial_institutions.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "Manders-Ma/restaurant-finder-TW",
        "commit": "5802c7c0da48de5283b1337f7f3126ebfe278fe7",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Tourism Bureau, Ministry of Transportation and Communications (交通部觀光局, "
        "since 2023 the Tourism Administration, 交通部觀光署, Taiwan), its tourism information "
        "database (觀光資訊資料庫), list of restaurants (餐飲, the download restaurant_C_f.json of "
        "gis.taiwan.net.tw/XMLReleaseALL_public, data.gov.tw dataset 7779), as the repository's "
        "GetDataFromWeb.py wrote it to dataset/restaurant.csv (the file as last changed in "
        "0502843, 'Update Parking', 18 May 2022; unchanged at the commit read), a restaurant "
        "finder built on the list",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the bureau publishes its tourism open data on data.gov.tw, whose data sets are "
        "generally under the Open Government Data License, version 1.0 (政府資料開放授權條款－"
        "第1版), not read here for this dataset",
        "language": "zh-TW",
        "roles": {"name": "Name", "phone": [PHONE], "address": ["Add"],
                  "region": "Region", "town": "Town"},
    },
}  # fmt: skip


def national(tel: str) -> str:
    """The digits of a kept number as dialled at home: the trunk ``0`` for ``886``."""
    return "0" + digits_of(tel)[3:]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER), set()
    found = []
    for i, cells in enumerate(csv.reader(io.StringIO(raw, newline=""))):
        row = dict(zip(COLUMNS, cells, strict=True))
        tel = row[PHONE]
        if not SHAPE.fullmatch(tel) or tel in seen:
            continue
        seen.add(tel)
        if national(tel) in earlier or digits_of(tel) in earlier:
            continue
        fields = {k: v for k, v in row.items() if k != LEFT_OUT}
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
