"""Extract the real register that ``pii_held_out_224.py`` writes its records around into
``scripts/data/pii_vn_travel_businesses.json``: the phone and e-mail fields of a register no
earlier part used (Vietnam's licensed travel businesses, doanh nghiệp kinh doanh dịch vụ lữ
hành; Vietnam's earlier parts took the tourism database's accommodation establishments, Vietnam
Post's post offices and VNPT's transaction points), exactly as the register gives them.

One table, read from a git checkout at a named commit, values unchanged:

* ``data/Doanh nghiệp lữ hành quốc tế.csv``: 6,524 travel businesses holding a travel-service
  licence, each with its licence number (``01-2731/2024/TCDL-GP LHQT``: the province's code, a
  serial, the year and the issuer, the Vietnam National Authority of Tourism (``TCDL``) for
  international travel, a provincial department (``SDL``, ``SVHTTDL``) for domestic travel),
  its Vietnamese and English names, address, ``Số điện thoại``, web site and ``Email``; the
  numbers as each business gave them: the area code unbroken or apart (``02439724899``,
  ``(028) 3838 9597``), dotted (``0235.3.836.789``, ``0914.943366``), mobile numbers in one run
  or in groups (``0919 164 679``), with ``84`` and no ``+`` (``84968912550``), a ``1900``
  number, two or three numbers in one field after ``/``, ``-``, ``–``, ``,`` or ``;``.

The rows kept are those whose ``Số điện thoại`` holds a number of six digits or more (6,383
of the 6,524) and no other text (no letter, label, apostrophe or person's name: 6 fields such
as ``'0829333379``, ``Điện thoại: 0225.3602.194`` or ``... : Mr. Tú GĐ`` are left out), whose
every number, as ``pii_held_out_11.numbers`` reads it, starts and ends with a digit or a
bracket (23 such as ``0913103199/ 0919541852`` are left out) and holds one whole number (130
that join two with no blank, ``0917489839/0919723063``, ``0987898678-0995078686``, are left
out): 6,224 rows, of which ``CAP``, a seeded sample, in the file's order. Each row is kept as a
mapping of the file's columns to the published strings, less its ``Email`` where the field is
not one address that names the office
(``OFFICE_WORDS``: ``info@...``, ``sales.pptours@gmail.com``, ``avaxtravel@gmail.com``; 3,809 of
the file's 5,746 e-mail fields would be kept); most of the others are a person's own mailbox,
named after them (``npnam2000@gmail.com``). No other column names a person.

    python scripts/vn_travel_businesses_data.py VN_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_vn_travel_businesses.json"
CAP = 400
PATH = "data/Doanh nghiệp lữ hành quốc tế.csv"
PHONE, EMAIL = "Số điện thoại", "Email"
SOURCES = {
    "VN": {
        "repository": "Ti4nL4/Vietnamese-Travel-Chatbot",
        "commit": "dbe5877670515832eb9d745915fc53f7c6cd06fe",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "the register of licensed travel businesses (doanh nghiệp kinh doanh dịch "
        "vụ lữ hành) of Vietnam's tourism authorities: the Vietnam National Authority of Tourism "
        "(Tổng cục Du lịch), which licenses international travel (licences ending 'TCDL-GP "
        "LHQT'), and the provincial departments of tourism or of culture, sports and tourism "
        "(Sở Du lịch, Sở Văn hóa, Thể thao và Du lịch), which license domestic travel ('SDL-GP "
        "LHNĐ', 'SVHTTDL-GP LHNĐ'), as published in the tourism authority's public database of "
        "travel businesses; copied into a travel chatbot's repository in dbe5877 ('Clean "
        "version - removed large files', 24 April 2025), beside the same database's table of "
        "accommodation establishments that held_out_51 took (another list, of another kind "
        "of business); the repository does not name the database's address",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; the tourism authority's database lists the businesses to anyone",
        "language": "vi",
        "roles": {"name": "Tên tiếng Việt", "name_en": "Tên tiếng Anh",
                  "licence": "Số giấy phép", "address": "Địa chỉ", "phone": [PHONE],
                  "web": "Website", "email": EMAIL},
    },
}  # fmt: skip

# a phone field of numbers and separators only (no letter, label or name)
CLEAN = re.compile(r"[0-9 ().+/\-\u2013;,\t]+")
# words that name an office, a trade or a service in an e-mail address's local part
OFFICE_WORDS = (
    "info", "sales", "sale", "booking", "contact", "lienhe", "cskh", "hotline", "office",
    "admin", "ketoan", "visa", "travel", "tour", "dulich", "trip", "holiday", "voyage",
    "reservation", "support", "marketing", "operation", "ticket", "service", "company",
    "congty", "group", "vietnam", "hello", "vanphong", "dieuhanh", "chamsockhachhang",
    "operator",
)  # fmt: skip
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def clean_phone(field: str) -> bool:
    """A phone field of numbers and separators only, each number starting and ending with a
    digit or bracket as ``numbers`` reads it, none of them two whole numbers joined by ``/``,
    ``-``, ``–``, ``,`` or ``;`` with no blank (``0917489839/0919723063``, one to ``numbers``)."""
    if not CLEAN.fullmatch(field.strip()):
        return False
    found = [field[s:e] for s, e in numbers(field)]
    whole = [
        sum(sum(c.isdigit() for c in p) >= 7 for p in re.split(r"[/\-\u2013,;]", n)) for n in found
    ]
    return (
        bool(found) and all(re.fullmatch(r"[\d(+].*[\d)]|\d", n) for n in found) and max(whole) <= 1
    )


def office_email(field: str) -> bool:
    """One e-mail address whose local part names an office or the trade (``OFFICE_WORDS``)."""
    value = field.strip()
    if not ADDRESS.fullmatch(value):
        return False
    local = re.sub(r"[^a-z]", "", value.split("@")[0].lower())
    return any(word in local for word in OFFICE_WORDS)


def keep(row: dict[str, str]) -> dict[str, str]:
    """The row's fields as published, less an ``Email`` that names no office."""
    return {k: v for k, v in row.items() if k != EMAIL or office_email(v)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": keep(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"]) and clean_phone(row[PHONE])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
