"""Extract the real register that ``pii_held_out_400.py`` writes its records around into
``scripts/data/pii_vn_leisure_transport.json``: the phone and e-mail fields of three tables no
earlier part used (Vietnam's sports facilities, tourist transport businesses and entertainment
venues serving tourists in the tourism database; Vietnam's earlier parts took the same
database's accommodation establishments, licensed travel businesses, restaurants and shopping
establishments, Vietnam Post's post offices, VNPT's transaction points and the Trang Vàng
directory's businesses), exactly as published.

Three tables, read from a git checkout at a named commit, values unchanged:

* ``data/Thể thao.csv``: 116 golf courses, stadiums, gyms, swimming pools, tennis and football
  grounds (cơ sở thể thao), each with its name (``Tên cơ sở``), address with the province
  appended, ``Điện thoại``, ``Email``, ``Website`` and an unnamed column some rows fill with
  ``Website: ...`` again;
* ``data/Vận tải.csv``: 90 tourist transport businesses (coach and minibus operators, car and
  motorbike rentals, taxi firms, transfer services: cơ sở vận tải khách du lịch);
* ``data/Vui chơi giải trí.csv``: 123 amusement parks, museums, theatres, beaches, eco-parks
  and other entertainment venues (cơ sở vui chơi giải trí);

the numbers as each business gave them, many with the province's area code written before
them, even before a mobile number or a number that already carries it (``0274 097 822 46 78``,
``024 024 3368 6555``), some fields of two or three numbers.

The rows kept are those whose ``Điện thoại`` holds a number of seven digits or more that
``vn_travel_businesses_data.clean_phone`` keeps (numbers and separators only), none of whose
numbers (nor the whole field's digits) an earlier Vietnamese part's data holds, and whose
number no row kept before it has (the first of rows that share a line: two branches of one
rental firm), in the tables' order (fewer than ``CAP``, so no sample is drawn). Each row is
kept as a mapping of the file's named columns to the published strings (the unnamed column
left out), less its ``Email`` where the field is not one address whose local part names an
office, the trade or the business (``OFFICE_WORDS``: ``booking@...``, ``sales@...``,
``info@...``; most of the others are a person's own mailbox) and less its ``Website`` where
that is no web address. A row whose name or address holds an e-mail address is left out. No
other column names a person.

    python scripts/vn_leisure_transport_data.py VN_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract
from vn_travel_businesses_data import ADDRESS, clean_phone

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_vn_leisure_transport.json"
CAP = 400
PATHS = ("data/Thể thao.csv", "data/Vận tải.csv", "data/Vui chơi giải trí.csv")
NAME, ADDRESS_COLUMN = "Tên cơ sở", "Địa chỉ"
PHONE, EMAIL, WEB_COLUMN = "Điện thoại", "Email", "Website"
WEB = re.compile(r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:/[^\s@]*)?")
# the earlier Vietnamese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_vn_accommodation.json", "pii_vn_post_offices.json", "pii_vn_restaurants.json",
    "pii_vn_shopping.json", "pii_vn_trangvang_businesses.json",
    "pii_vn_travel_businesses.json", "pii_vn_vnpt_transaction_points.json",
)  # fmt: skip
SOURCES = {
    "VN": {
        "repository": "Ti4nL4/Vietnamese-Travel-Chatbot",
        "commit": "dbe5877670515832eb9d745915fc53f7c6cd06fe",
        "path": list(PATHS),
        "encoding": "utf-8",
        "publisher": "the tourism database's tables of sports facilities (cơ sở thể thao), "
        "tourist transport businesses (cơ sở vận tải khách du lịch) and entertainment venues "
        "(cơ sở vui chơi giải trí) of Vietnam's tourism authorities, most likely the Vietnam "
        "National Authority of Tourism's (Tổng cục Du lịch) public database of tourism "
        "establishments, which the repository's data_vietnamtourism.xlsx is named after; "
        "copied into a travel chatbot's repository in dbe5877 ('Clean version - removed large "
        "files', 24 April 2025), beside the same database's tables of accommodation "
        "establishments (held_out_51), licensed travel businesses (held_out_224), restaurants "
        "(held_out_247) and shopping establishments (held_out_360), which are other lists of "
        "other kinds of business; the repository does not name the database's address",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; the tourism authority's database lists the businesses to anyone",
        "language": "vi",
        "roles": {"name": NAME, "address": ADDRESS_COLUMN, "phone": [PHONE],
                  "web": WEB_COLUMN, "email": EMAIL},
    },
}  # fmt: skip

# words that name an office, the trade or a business in an e-mail address's local part
OFFICE_WORDS = (
    "info", "sales", "sale", "contact", "lienhe", "cskh", "hotline", "office", "admin",
    "booking", "reservation", "marketing", "kinhdoanh", "support", "service", "golf", "club",
    "park", "travel", "tour", "dulich", "transfer", "taxi", "thuexe", "xedulich", "nhaxe",
    "vantai", "motorbike", "fitness", "gym", "baotang", "museum", "nhahat", "theatre",
    "beach", "resort", "city", "congty", "company", "group",
)  # fmt: skip


def office_email(field: str) -> bool:
    """One e-mail address whose local part names an office, the trade or the business
    (``OFFICE_WORDS``)."""
    value = field.strip()
    if not ADDRESS.fullmatch(value):
        return False
    local = re.sub(r"[^a-z]", "", value.split("@")[0].lower())
    return any(word in local for word in OFFICE_WORDS)


def web_address(field: str) -> bool:
    """A ``Website`` field that is one web address."""
    return bool(WEB.fullmatch(field.strip()))


def keep(row: dict[Any, Any]) -> dict[str, str]:
    """The row's named fields as published, less an ``Email`` that names no office and a
    ``Website`` that is no web address (the unnamed column and any overflow left out)."""
    return {
        k: v
        for k, v in row.items()
        if isinstance(k, str)
        and k
        and isinstance(v, str)
        and (k != EMAIL or office_email(v))
        and (k != WEB_COLUMN or web_address(v))
    }


def identities(field: str) -> set[str]:
    """The digits of each number of a phone field and of the whole field."""
    return {digits_of(field[s:e]) for s, e in numbers(field)} | {digits_of(field)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the three tables, with the commit they were read at."""
    meta = SOURCES["VN"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "84"), set()
    found = []
    for path in PATHS:
        raw = _git(gits["VN"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
            field = row[PHONE] or ""
            if len(digits_of(field)) < 7 or not clean_phone(field):
                continue
            if "@" in (row[NAME] or "") + (row[ADDRESS_COLUMN] or ""):
                continue
            ids = identities(field)
            if ids & earlier or ids & seen:
                continue
            seen |= ids
            found.append({"country": "VN", "path": f"{path}#{i}", "fields": keep(row)})
    rows = found if len(found) <= CAP else seeded_sample(found, "VN", CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
