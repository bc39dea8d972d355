"""Extract the real register that ``pii_held_out_150.py`` writes its records around into
``scripts/data/pii_sg_ecda_centres.json``: the phone and e-mail fields of a register no earlier
part used (Singapore's pre-school centres as the Early Childhood Development Agency lists them;
Singapore's earlier parts took the Ministry of Education's schools and the Ministry of Health's
CHAS clinics, other publishers and other kinds of institution), exactly as the file gives them.

``data/ListingofCentres.csv`` of the repository aliciatly/capstone-assignment: ECDA's Listing of
Centres as data.gov.sg publishes it (child care centres, kindergartens and early years centres,
each with its operator), 1,993 rows, each with its ``centre_contact_no`` as published: eight
digits in one run with no ``+65`` and no separator (``64558830``; landlines from ``6``, mobiles
from ``8`` and ``9``), beside the centre's code (``PT9406``), its name, operator code and kind,
service model, address with its six-digit postal code (``"21,CHU LIN ROAD,BAMBOO GROVE
PARK,669915"``), postal code again, web site, food, second languages, SPARK certification,
weekday and Saturday hours, scheme, transport, subsidy and GST flags and the date the row was
last updated (``6/10/2024``); and in most rows an e-mail address.

A seeded sample of ``CAP`` of the 1,945 rows with a number in ``centre_contact_no`` (the 48
others give ``00000000``, no number), in the file's order, each kept as a mapping of the file's
columns to the published strings, with these exceptions: the 42 columns of vacancies by level
and month are left out but for the current month's six (``infant_vacancy_current_month``,
``pg_...``, ``n1_...``, ``n2_...``, ``k1_...``, ``k2_...``); the ``centre_email_address`` field
is kept only where it is one well-formed address whose local part names no person: its first
word (before ``.``, ``_``, ``-`` or a digit) is a word of an office or role (``ROLE``:
``info``, ``enquiry``, ``admin``, ``principal``, ...), or its letters, four or more, are a run
of the centre's own name or address (``yishun@`` of a centre in Yishun, ``compassvale@`` of
Agape Little Uni Compassvale); the others, most of them a person's given name and surname, a
code or initials, ``na`` or two addresses in one field, are left out, so no record needs a
person's name; and the ``centre_website`` field is left out where it gives an e-mail address
instead of a site (10 rows of the file). No other column names a person (its names are the
centres' and operators', its addresses their premises).

    python scripts/sg_ecda_centres_data.py SG_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_sg_ecda_centres.json"
CAP = 480
EMAIL = "centre_email_address"
# the first word of the local parts that name an office or a role, not a person
ROLE = frozenset({
    "admin", "contact", "contactus", "director", "enquiries", "enquiry", "hello", "info",
    "mgmt", "office", "preschool", "principal", "sales", "service", "supervisor", "welcome",
})  # fmt: skip
SOURCES = {
    "SG": {
        "repository": "aliciatly/capstone-assignment",
        "commit": "13ea56cf2dda845a6dc6ee85f45b22ea0c892658",
        "path": "data/ListingofCentres.csv",
        "encoding": "utf-8",
        "publisher": "Early Childhood Development Agency (ECDA, Singapore), its Listing of "
        "Centres of pre-school centres (child care centres, kindergartens, early years "
        "centres) as data.gov.sg publishes it, rows last updated between 2023 and 6 October "
        "2024; copied into the repository in its only commit ('first changes', 26 October "
        "2024), a childcare-centre finder whose About page names 'Listing of Centres from "
        "data.gov.sg' as its source",
        "licence": "not confirmed: the repository has no LICENSE file and its pages name no "
        "terms; data.gov.sg offers its datasets under the Singapore Open Data Licence "
        "version 1.0, whose terms for this copy were not read here",
        "language": "en",
        "roles": {"name": "centre_name", "phone": ["centre_contact_no"], "email": EMAIL,
                  "register": "centre_code", "address": "centre_address",
                  "postcode": "postal_code", "operator": "organisation_description"},
    },
}  # fmt: skip


def _letters(value: str) -> str:
    return re.sub(r"[^a-z]", "", value.lower())


def office_email(row: dict[str, str]) -> bool:
    """Whether the row's e-mail field is one well-formed address whose local part names an
    office or role (``ROLE``) or is a run of the centre's own name or address."""
    value = row[EMAIL].strip()
    if not re.fullmatch(r"[^@\s/;,]+@[^@\s/;,]+\.[A-Za-z]{2,}", value):
        return False
    local = value.split("@")[0].lower()
    if re.split(r"[._\-0-9]", local)[0] in ROLE:
        return True
    letters = _letters(local)
    return len(letters) >= 4 and letters in _letters(row["centre_name"] + row["centre_address"])


def _zeros(row: dict[str, str]) -> bool:
    """Whether the row's phone field is the register's placeholder, ``00000000``."""
    return set(re.sub(r"\D", "", row["centre_contact_no"])) == {"0"}


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The row less the vacancy columns but the current month's, less its e-mail field where
    it is no office's one address, and less its web-site field where that is an e-mail
    address."""
    return {
        k: v
        for k, v in row.items()
        if ("_vacancy_" not in k or k.endswith("_current_month"))
        and (k != EMAIL or office_email(row))
        and (k != "centre_website" or not re.fullmatch(r"\S+@\S+", v.strip()))
    }


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _kept(row)}
            for i, row in enumerate(csv.DictReader(text))
            if _has_phone(row, meta["roles"]["phone"]) and not _zeros(row)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
