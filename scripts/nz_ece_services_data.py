"""Extract the real register that ``pii_held_out_160.py`` writes its records around into
``scripts/data/pii_nz_ece_services.json``: the phone, fax and e-mail fields of a register no
earlier part used (New Zealand's early childhood services in the Ministry of Education's Early
Childhood Services Directory; New Zealand's earlier part took the same ministry's directory of
schools, another list of another kind of institution), exactly as the directory gives them.

One CSV file, read from a git checkout at a named commit, values unchanged:

* ``data/Directory-ECE-Current.csv``: the directory as Education Counts published it (roll data
  as at 1 July 2019, "Report data last updated on: 22 - June - 2020"), Windows-1252, ten lines
  of title and notes above the header row, one row per licensed service, copied into the New
  Zealand Herald's repository for its ECE map. ``Telephone`` and ``Fax No`` are national
  numbers with the trunk ``0`` and the area code apart (``09 408 1110``, ``03 313 9270``),
  mobiles (``021 171 5454``) and free-phone numbers (``0800 843 522``) in the same spacing;
  ``Email^`` holds the addresses of the services that agreed to have them published.

Kept: the services of the five kinds a centre or kindergarten runs (education and care
services, free kindergartens, kōhanga reo, hospital-based and casual education and care
services; playgroups' playcentres and home-based networks, whose numbers may be a parent's or
an educator's own, left out) whose ``Telephone`` holds one number of seven digits or more in
digits, spaces and ``/`` only (vanity numbers such as ``0800 CRE ATORS`` and notes left out);
a seeded sample of ``CAP`` of them, in the file's order. Each row is kept as a mapping of the
file's columns to the published strings, less the management contact's name, addresses and
numbers (a person, or numbers that may be a manager's own) and the roll's age and ethnic
breakdown; ``Fax No`` dropped where it holds no number; ``Email^`` dropped unless it is one
address whose local part holds a word of an office or of the service's name or place
(``OFFICE``, ``_words``) and is not one of ``PERSONAL`` (each kept address was read).

    python scripts/nz_ece_services_data.py NZ_GIT
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nz_ece_services.json"
CAP = 320
PATH = "data/Directory-ECE-Current.csv"
HEADER = "Number,Name,Telephone,"
PHONE, FAX, EMAIL = "Telephone", "Fax No", "Email^"
KINDS = frozenset({
    "Education and Care Service", "Free Kindergarten", "Te Kohanga Reo", "Hospital Based",
    "Casual-Education and Care",
})  # fmt: skip
# the management contact (a person's name, and addresses and numbers that may be theirs) and
# the roll's breakdown by age and ethnicity
DROPPED = frozenset({
    "Management Contact Details", "Management Location Address", "Management Postal Address",
    "Management Postal Suburb", "Management Postal City", "Management Contact Phone",
    "Management Contact Fax", "Under 2's", "Age 0", "Age 1", "Age 2", "Age 3", "Age 4", "Age 5",
    "Maori", "Pacific", "Asian*", "European Pakeha*", "Other*",
})  # fmt: skip
# words (matched anywhere in the local part) of an office, a desk or a kind of service
OFFICE = (
    "info", "office", "admin", "enquir", "reception", "manager", "centre", "center", "kindy",
    "kinder", "preschool", "childcare", "playcentre", "education", "learning", "kids",
    "questions", "contact", "hello", "team", "kohanga", "creche", "nursery", "montessori",
    "school", "childrens", "tamariki", "aoga", "puna", "reo",
)  # fmt: skip
# addresses the rule keeps whose local part names a person (a manager's or teacher's given
# name, a full name) or may, each read and left out
PERSONAL = frozenset({"terito.hailey@gmail.com"})


def _words(value: str) -> set[str]:
    """The words of four letters or more of ``value``, lower case and unaccented."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return {w for w in re.split(r"[^a-z]+", plain) if len(w) >= 4}


def service_email(row: dict[str, str]) -> bool:
    """Whether the row's e-mail field is one well-formed address whose local part holds a word
    of ``OFFICE`` or of the service's name, suburb or town, and that is not one of
    ``PERSONAL``."""
    value = row[EMAIL].strip()
    if value in PERSONAL or not re.fullmatch(r"[^@\s/;,]+@[^@\s/;,]+\.[A-Za-z]{2,}", value):
        return False
    local = value.split("@")[0].lower()
    own = _words(f"{row['Name']} {row['Suburb']} {row['Town / City']}")
    return any(word in local for word in (*OFFICE, *own))


def one_number(value: str) -> bool:
    """A field of one number or more of seven digits or more, in digits, spaces and ``/``."""
    return bool(re.fullmatch(r"[\d /]+", value.strip())) and sum(c.isdigit() for c in value) >= 7


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The row less ``DROPPED``, less its fax field where it holds no number and less its
    e-mail field where it is no service's address."""
    return {
        k: v
        for k, v in row.items()
        if k not in DROPPED and (k != FAX or one_number(v)) and (k != EMAIL or service_email(row))
    }


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode(meta["encoding"])
        table = raw[raw.index(HEADER) :]
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _kept(row)}
            for i, row in enumerate(csv.DictReader(io.StringIO(table, newline="")))
            if row["Number"].strip() and row["Institution Type"] in KINDS and one_number(row[PHONE])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


SOURCES = {
    "NZ": {
        "repository": "nzherald/ece-map",
        "commit": "c3428209fb2c52e2cb2acd87f793eb209e426076",
        "path": PATH,
        "encoding": "cp1252",
        "publisher": "New Zealand Ministry of Education, its Early Childhood Services "
        "Directory as published on Education Counts (educationcounts.govt.nz, 'Early "
        "Childhood Services Directory', roll data as at 1 July 2019, report data last "
        "updated on 22 June 2020); copied into the New Zealand Herald's repository for its "
        "ECE map in 91aca2d ('previousl version', 22 June 2020), unchanged since",
        "licence": "not confirmed: the file names no licence and the repository's MIT "
        "licence covers its code; the Ministry of Education publishes its Education Counts "
        "directories under CC BY 4.0 (Crown copyright), as recorded for its directory of "
        "schools (pii_nz_schools.json), but the site's terms for this directory were not read "
        "here",
        "language": "en",
        "roles": {"name": "Name", "phone": [PHONE], "fax": [FAX], "email": EMAIL,
                  "register": "Number", "address": ["Street", "Suburb", "Town / City"]},
    },
}  # fmt: skip


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
