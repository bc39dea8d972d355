"""Extract the real register that ``pii_held_out_382.py`` writes its records around into
``scripts/data/pii_us_hi_school_facilities.json``: the phone, fax and e-mail fields of a
register no earlier part used (Hawaii, a Pacific island state, taken because no Fijian, Papua
New Guinean, Samoan or other Pacific island country's register with enough numbers was found;
the United States' earlier parts took CMS's hospitals, New York City's and Texas's and
California's schools, HIFLD's colleges, the IMLS's museums and libraries and others, none of
them Hawaii's own; this one is the facility table of the Hawaii Department of Health's school
immunization reporting application: the state's public and public charter schools, with the
department itself), exactly as the application's database holds them.

One table of a MySQL dump in AgileVentures' ``depthealth`` (a Django application built in
2015 for the Hawaii State Department of Health's school health-requirement reports), read
from a git checkout at a named commit, values unchanged:

* ``Create.sql``: the dump of the ``depthealth`` database; its ``facility`` table holds 292
  rows (``CREATE TABLE `facility``` names the columns): the school's ``name`` (``Kaimuki
  High``, ``Ka 'Umeke Ka'eo PCS``), ``street``, ``zip`` (``96816``) and ``city``, whether it
  has or only has pre-kindergarten, its ``phone`` and ``fax`` (``bigint``: the ten digits of
  the number, area code 808 included, unformatted, ``8087334900``; a fax of ``0`` or ``NULL``
  where the school has none), its ``email`` (``webmail@doh.hawaii.gov`` on the department's
  row, ``''`` or ``NULL`` elsewhere), enrolment counts, an immunization flag, the ids of its
  district (``3``: Honolulu, Oahu) and of its highest and lowest grades, a count and a
  compliance flag. The dump's other tables are not read (among them the application's users,
  persons and test students).

A row is kept where its ``phone`` has ten digits or more, whose digits (with or without the
country code 1) no earlier United States part's data holds and no row kept before it has (the
first of rows that share a number); all the kept rows are written (fewer than ``CAP``), in the
table's order. Each is kept as the mapping of all of the table's columns to the values as
dumped (numbers as their digits, strings unescaped, ``NULL`` as null). The table names no
person: ``name`` is a school's name, which may honour one (``Wallace Rider Farrington
High``).

    python scripts/us_hi_school_facilities_data.py US_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mx_jesus_maria_data import _sql_string
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_us_hi_school_facilities.json"
CAP = 300
PATH = "Create.sql"
TABLE = "facility"
# the earlier United States parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_us_afdc_stations.json", "pii_us_ca_cde_schools.json",
    "pii_us_cambridge_facilities.json", "pii_us_chicago_health_centers.json",
    "pii_us_congress_district_offices.json", "pii_us_foia_contacts.json",
    "pii_us_hifld_colleges.json", "pii_us_hud_pha_contacts.json", "pii_us_imls_museums.json",
    "pii_us_me_hrsa_health_centers.json", "pii_us_nps_parks.json",
    "pii_us_nyc_high_schools.json", "pii_us_nyc_restaurants.json",
    "pii_us_nys_health_facilities.json", "pii_us_open_brewery_db.json",
    "pii_us_public_libraries.json", "pii_us_samhsa_locator.json",
    "pii_us_starbucks_stores.json", "pii_us_target_stores.json",
    "pii_us_tx_askted_schools.json", "pii_us_tx_dfps_child_care.json",
)  # fmt: skip
SOURCES = {
    "US": {
        "repository": "AgileVentures/depthealth",
        "commit": "2c9c88c347b85a7154ccb496a266d1caef69f74c",
        "paths": [PATH],
        "encoding": "latin-1",
        "publisher": "the Hawaii State Department of Health's school immunization reporting "
        "application (AgileVentures' depthealth, a Django project of 2015): the facility table "
        "of its MySQL dump, Hawaii's public and public charter schools with their telephone "
        "and fax numbers as the Department of Education lists them (Create.sql as changed in "
        "2c9c88c, 'fixed somethings', 3 December 2015, the last version before the file was "
        "dropped in c6bdbfe)",
        "licence": "not confirmed: the repository has no LICENSE file; its readme.txt says "
        "'This project is open source' and names no terms; the schools' directory data's own "
        "terms were not read here",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "fax": ["fax"], "email": "email",
                  "address": ["street", "city", "zip"]},
    },
}  # fmt: skip


def columns_of(dump: str, table: str) -> list[str]:
    """The column names of ``CREATE TABLE `table```, in order."""
    body = dump.split(f"CREATE TABLE `{table}` (", 1)[1].split("\n) ", 1)[0]
    return re.findall(r"^  `(\w+)` ", body, re.M)


def table_rows(dump: str, table: str) -> list[dict[str, str | None]]:
    """Every row of the dump's ``INSERT INTO `table` VALUES (...),(...);`` statements as the
    mapping of its columns to the values (strings unescaped, numbers as their digits, ``NULL``
    as None)."""
    columns, rows = columns_of(dump, table), []
    for m in re.finditer(rf"INSERT INTO `{re.escape(table)}` VALUES ", dump):
        i = m.end()
        while True:
            assert dump[i] == "(", dump[i : i + 40]
            i += 1
            values: list[str | None] = []
            while True:
                if dump[i] == "'":
                    value, i = _sql_string(dump, i)
                    values.append(value)
                else:
                    j = i
                    while dump[j] not in ",)":
                        j += 1
                    values.append(None if dump[i:j] == "NULL" else dump[i:j])
                    i = j
                if dump[i] == ",":
                    i += 1
                    continue
                assert dump[i] == ")"
                i += 1
                break
            rows.append(dict(zip(columns, values, strict=True)))
            if dump[i] == ";":
                break
            assert dump[i] == ",", dump[i : i + 40]
            i += 1
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the facility table, with the commit they were read at."""
    meta = SOURCES["US"]
    dump = _git(gits["US"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER), set()
    found = []
    for i, row in enumerate(table_rows(dump, TABLE)):
        tel = digits_of(row["phone"] or "")
        if len(tel) < 10 or tel in seen or tel in earlier or "1" + tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "US", "path": f"{PATH}#{TABLE}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
