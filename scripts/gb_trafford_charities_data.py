"""Extract the real register rows that ``pii_held_out_254.py`` writes its records around into
``scripts/data/pii_gb_trafford_charities.json``: the phone and e-mail fields of a register no
earlier part used (the United Kingdom, whose earlier parts took NHS England's pharmacies and GP
practices in the ODS files, HM Courts & Tribunals Service's court and tribunal finder, the Care
Quality Commission's care homes and Sport England's Active Places; this one is the Charity
Commission for England and Wales' register of charities, another publisher and another kind of
institution: the registered charities whose area of operation includes Trafford), exactly as the
register gives them.

One file, read from a git checkout at a named commit, values unchanged:
``charities/charities_operating_in_trafford.csv``, Trafford Data Lab's subset of the Charity
Commission's register extract (currently registered main charities that name Trafford in their
area of operation), one row per charity with its registered number, company number, name, type,
activities, date of registration, contact address, postcode, phone, e-mail address and web site.

Kept, in the file's order, so that the contact details are the charity's office and no person's
own: rows whose ``charity_contact_phone`` holds a number of six digits or more that is not a
mobile (``07``, also after ``+44`` or ``0044``: 211 rows, most of them small charities run from
a trustee's own phone, left out), with an e-mail address at a domain that is not a free-mail
or consumer provider's (``gmail.com``, ``btinternet.com``, ``me.com``...) and whose local part
names a role or an office, not a person (``info@``, ``admin@``, ``enquiries@``, ``office@``,
``finance@``, ``cfcsecretary@``, ``circuitoffice@``; ``john.hannen@`` or ``lucy@`` left out).
Each kept row is a mapping of all eleven of the file's columns to the published strings (the
register's names are the charities').

    python scripts/gb_trafford_charities_data.py GB_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_trafford_charities.json"
CAP = 600
PATH = "charities/charities_operating_in_trafford.csv"
SOURCES = {
    "GB": {
        "repository": "traffordDataLab/open_data",
        "commit": "833c7deefcfc22e98010b80aeaad9590136de891",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Charity Commission for England and Wales, its register of charities "
        "(the register extract, full register download) as Trafford Data Lab subset it to the "
        "currently registered main charities whose area of operation names Trafford, updated "
        "4 April 2023 ('Updated with the latest data available.', the file's last version at "
        "the mirror's snapshot); the dataset's charities/README.md names the Charity "
        "Commission for England and Wales as source and publisher",
        "licence": "Open Government Licence v3.0 as the dataset's README states; the "
        "repository's LICENSE.txt is the Open Government Licence 3.0",
        "language": "en",
        "roles": {
            "name": "charity_name",
            "phone": ["charity_contact_phone"],
            "email": ["charity_contact_email"],
            "address": ["charity_contact_address", "charity_contact_postcode"],
        },
    },
}  # fmt: skip

# consumer and free-mail providers: an address there is a person's own, not the charity's office
FREE_MAIL = re.compile(
    r"@(gmail|googlemail|hotmail|yahoo|btinternet|btopenworld|me|mac|icloud|outlook|live|msn|"
    r"aol|sky|talktalk|ntlworld|virginmedia|blueyonder|tiscali|protonmail|gmx|homecall|mail)\.",
    re.I,
)
# a local part that names a role or an office (the register's own words for its mailboxes)
ROLE = re.compile(
    r"info|admin|enquir|office|finance|mail|secretary|hello|contact|manager|property|charit|"
    r"trust|membership|learning|scouts|pta|county|reception|accounts|team|circuit",
    re.I,
)


def _kept(row: dict[str, str]) -> bool:
    """A row whose phone is a number that is not a mobile and whose e-mail address is an
    office's mailbox at the charity's own (or its parent body's) domain."""
    phone = row["charity_contact_phone"].strip()
    if not _has_phone(row, ["charity_contact_phone"]):
        return False
    if re.sub(r"^(?:\+|00)44", "0", re.sub(r"[^\d+]", "", phone)).startswith("07"):
        return False
    mail = row["charity_contact_email"].strip()
    if "@" not in mail or FREE_MAIL.search(mail):
        return False
    return bool(ROLE.search(mail.split("@", 1)[0]))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register's file, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _kept(row)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
