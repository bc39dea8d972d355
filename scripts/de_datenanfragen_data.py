"""Extract the real register that ``pii_held_out_448.py`` writes its records around into
``scripts/data/pii_de_datenanfragen.json``: the phone, fax and e-mail fields of a register no
earlier part used (Germany, whose earlier parts took Berlin's Kitas, Heimaufsicht, Hilf-mir and
LEZ guides, Chemnitz's Kitas, the Finanzämter, Hamburg's and NRW's schools, the Hochschulkompass,
the LUP care portal, the RKI's health offices and the Weisse Liste's hospitals; this one is
another publisher and another kind of organisation: companies, as the Datenanfragen.de
project's database of data controllers lists the contacts for data protection requests).

One folder of ``datenanfragen/data`` (Datenanfragen.de e. V.), read from a git checkout at a
named commit, values unchanged: ``companies/*.json``, one record per company (``slug``,
``name``, ``address`` on several lines, ``phone`` and ``fax`` written with the calling code,
``+49 30 351823260``, ``email``, ``web``, categories, sources).

A company is kept where its address's last line is ``Deutschland`` or ``Germany``, its
``phone`` holds seven digits or more, a number a person could hold (``personal_phone``), that
no earlier German part's data holds and no company kept before it has; the kept companies are
a seeded sample of ``CAP``, in file order. Each is kept as the mapping of its string fields
``slug``, ``name``, ``address``, ``phone``, ``fax``, ``web`` to the published strings, and its
``email`` only where the address is a role mailbox (its local part one word holding a role,
``datenschutz@``, ``privacy@``, ``info@``: ``role_mailbox``), so that no person's address is
kept (``michael@`` and surnames are dropped, the company's row kept without its e-mail).

    python scripts/de_datenanfragen_data.py DE_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from make_pii_eval import personal_phone
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_de_datenanfragen.json"
CAP = 300
FOLDER = "companies"
# the words of a role mailbox's local part (every one the kept rows' mailboxes hold)
ROLES = (
    "datenschutz", "dataprotection", "privacy", "betroffenen", "buergerangelegenheiten",
    "dpo", "dsb", "hello", "info", "kontakt", "kundenservice", "legal", "mail", "mydata",
    "office", "order", "poststelle", "service", "support", "team",
)  # fmt: skip
KEYS = ("slug", "name", "address", "phone", "fax", "web")
# the earlier German parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_de_berlin_heimaufsicht.json", "pii_de_berlin_hilfmir.json", "pii_de_berlin_kitas.json",
    "pii_de_berlin_lez_stadtfuehrer.json", "pii_de_chemnitz_kitas.json",
    "pii_de_finanzaemter.json", "pii_de_hamburg_schools.json", "pii_de_hochschulkompass.json",
    "pii_de_lup_pflegeportal.json", "pii_de_nrw_schools.json",
    "pii_de_rki_health_offices.json", "pii_de_weisse_liste_hospitals.json",
    "pii_national_phones.json",
)  # fmt: skip
SOURCES = {
    "DE": {
        "repository": "datenanfragen/data",
        "commit": "0a29c3d6feee53b02e73204a3dbd312eafe56629",
        "paths": [f"{FOLDER}/*.json"],
        "encoding": "utf-8",
        "publisher": "Datenanfragen.de e. V., its database of companies and their contacts "
        "for data protection requests (datenanfragen/data, companies/)",
        "licence": "CC0 1.0 Universal (the repository's LICENSE file)",
        "language": "de",
        "roles": {"name": "name", "phone": ["phone"], "fax": ["fax"], "email": "email",
                  "address": ["address"]},
    },
}  # fmt: skip


def role_mailbox(value: str) -> bool:
    """Whether an e-mail address is a role mailbox: its local part is one word (no person's
    ``first.last``) that holds one of ``ROLES`` (``datenschutz@``, ``privacy@``, ``info@``; not
    a first name, ``michael@``, nor a surname)."""
    local = value.split("@", 1)[0]
    return bool(re.fullmatch(r"[A-Za-z0-9]+", local)) and any(w in local.lower() for w in ROLES)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept companies of the database, with the commit they were read at."""
    meta = SOURCES["DE"]
    git, commit = gits["DE"], meta["commit"]
    names = _git(git, "ls-tree", "--name-only", f"{commit}:{FOLDER}").decode().split()
    earlier, seen = earlier_numbers(DATA, EARLIER, "49"), set()
    found = []
    for i, name in enumerate(sorted(names)):
        doc = json.loads(_git(git, "show", f"{commit}:{FOLDER}/{name}").decode(meta["encoding"]))
        last = (doc.get("address") or "").strip().split("\n")[-1].strip()
        phone = doc.get("phone") or ""
        tel = digits_of(phone)
        if last not in ("Deutschland", "Germany") or len(tel) < 7 or tel in seen:
            continue
        if tel in earlier or not personal_phone(phone, "DE"):
            continue
        seen.add(tel)
        fields = {k: doc[k] for k in KEYS if isinstance(doc.get(k), str) and doc[k]}
        if isinstance(doc.get("email"), str) and role_mailbox(doc["email"]):
            fields["email"] = doc["email"]
        found.append({"country": "DE", "path": f"{FOLDER}/{name}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "DE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
