"""Extract the real register that ``pii_held_out_27.py`` writes its records around into
``scripts/data/pii_ph_nhfr.json``: the phone and e-mail fields of a country whose register no
earlier part used (the Philippines), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``PH``: the health facilities of Western Visayas (Region VI) in the National Health Facility
  Registry (NHFR) of the Department of Health (DOH), as its public site (nhfr.doh.gov.ph)
  exports them, committed by the repository chd6ihomis/fhir-spica (``app/nhfr.csv``, June
  2026): barangay health stations, rural health units, hospitals and health offices; phone
  fields as the facilities entered them, in many shapes (``+63 333612882``, ``(033) 337
  0223``, ``036-641-0791``, seven-digit local numbers, ``+639171609088`` mobiles), e-mail
  addresses; beside the 18-character NHFR code (``DOH000000000018658``), the short code
  (``18658``), the ten-digit PSGC codes of region, province, city or municipality and
  barangay (``0603007001``), the four-digit ZIP code, licensing status and validity date.

Every row with a number in a phone field (``Landline Number``, ``Landline Number 2``, ``Fax
Number``) or an e-mail address that names an office (``OFFICE``: ``rhutapaz@gmail.com``,
``cho.iloilocity@gmail.com``) is kept, in the file's order (538 of 1,779; fewer than ``CAP``,
so none is drawn out). Each row is kept as a mapping of the file's column names to its
strings, less every e-mail field whose address names no office: most of those are a staff
member's own address, named after them (``firstnamelastname@gmail.com``), and no record
needs a person's name. No column of the register names a person.

    python scripts/ph_nhfr_facilities_data.py PH_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ph_nhfr.json"
CAP = 600
PHONES = ("Landline Number", "Landline Number 2", "Fax Number")
EMAILS = ("Email Address", "Alternate Email Address")
# a word of an address's local part that names a health office rather than a person: a rural
# health unit, a municipal, city or provincial health office, a hospital, a health centre...
OFFICE = re.compile(
    r"rhu|mho|cho|pho|health|hosp|district|doh|infirmary|lgu|medical|clinic|office|hrh|"
    r"municipal|province|provincial|rural|center|centre",
    re.IGNORECASE,
)
SOURCES = {
    "PH": {
        "repository": "chd6ihomis/fhir-spica",
        "commit": "a25a0bbc6e4339d2e626acededdf3375976f25f8",
        "paths": ["app/nhfr.csv"],
        "publisher": "Department of Health (DOH), Republic of the Philippines: the National "
        "Health Facility Registry (NHFR), nhfr.doh.gov.ph, its facilities of Region VI "
        "(Western Visayas) as the site exports them (the file added in commit bd2eea2, 25 June "
        "2026, by the repository of the DOH Center for Health Development VI's iHOMIS team)",
        "licence": "not confirmed: NHFR's public site lists the facilities to anyone, with no "
        "registration; no licence or terms of re-use for its export were found; the "
        "repository names no licence of its own",
        "language": "en",
        "roles": {"name": "Facility Name", "phone": list(PHONES), "email": list(EMAILS),
                  "register": "Health Facility Code", "city": "City/Municipality Name"},
    },
}  # fmt: skip


def office_address(value: str) -> bool:
    """Is an e-mail field an address whose local part names an office?"""
    local = value.strip().split("@")[0]
    return "@" in value and bool(OFFICE.search(local))


def kept_fields(row: dict[str, str]) -> dict[str, str]:
    """The row less its e-mail fields that name no office."""
    return {k: v for k, v in row.items() if k not in EMAILS or office_address(v)}


def csv_rows(raw: bytes) -> list[dict[str, str]]:
    """The rows of the file (UTF-8 with a byte-order mark), every field quoted."""
    return [dict(row) for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))]


def has_contact(fields: dict[str, str]) -> bool:
    """A number in a phone field, or a kept e-mail address."""
    return any(re.search(r"\d", fields.get(c, "")) for c in PHONES) or any(
        fields.get(c, "").strip() for c in EMAILS
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            for i, row in enumerate(csv_rows(raw)):
                fields = kept_fields(row)
                if has_contact(fields):
                    found.append({"country": country, "path": f"{path}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
