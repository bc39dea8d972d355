"""Extract the real register that ``pii_held_out_185.py`` writes its records around into
``scripts/data/pii_be_abb_contacts.json``: the phone and e-mail fields of a register no earlier
part used (the Flemish Agency for Home Affairs' register of local governments, Belgium; the
country's earlier parts took Eurostat's hospital sites and OpenStreetMap objects), exactly as
the register gives them.

One register, read from a git checkout at a named commit, values unchanged: the contact data
that the Agentschap Binnenlands Bestuur (ABB, the Flemish government's agency for local
government) keeps for the local governments in its organisation register (the
OrganisatiePortaal, "organisaties.abb.vlaanderen.be"), as the portal's backend
lblod/app-organization-portal loads it, one SPARQL Update migration per kind of government, each
a run of ``DELETE``/``INSERT``/``WHERE`` blocks that sets one government's primary contact point
(``schema:telephone``, ``schema:email``, ``foaf:page``), the government found by its KBO number
(Crossroads Bank for Enterprises, ten digits: ``0207437468``):

* ``gemeente``: the four parts of ``20231212101609-import-sharepoint-data`` (municipalities,
  OCMWs (public centres for social welfare), provinces and districts, imported from ABB's
  SharePoint list; the number as a ``tel:`` URI, ``tel:+3253779300``);
* ``agb_apb``: ``20230803111914-contact-info`` (autonomous municipal and provincial companies;
  the national number in one run with its trunk ``0``, ``053732496``; one in the file written
  in groups, ``016 53 66 68``, is not in the sample);
* ``igs``: ``20230913102813-import-sharepoint-data`` (intermunicipal associations; mostly
  ``+3278353534``, some national runs);
* ``pz_hvz``: ``20231108142833-import-sharepoint-data`` (police zones and emergency zones; the
  national run, ``092780412``).

Every block that sets a telephone of seven digits or more is kept (the blocks of four-digit
service numbers, ``1777``, are left out), less the four whose number is a Belgian mobile (a
ten-digit national ``04..`` or ``+324..``: a line an official may hold as his or her own), in
the files' order, a seeded sample of 320 of the 996 (186 ``gemeente``, 60 ``agb_apb``, 33
``igs``, 41 ``pz_hvz``; ``kind`` names the migration a row comes from). Each row is the
mapping of the block's fields to the published strings: ``KBO nummer``, ``telefoon``,
``e-mail`` and ``website`` (absent where the block sets none: 10 kept rows have no e-mail, 5 no
web page); the e-mail is left out where its local part names a person (``PERSONAL``, every
kept address read: the rest name an office, a service or the government, ``info@``,
``PZ.Aalst@``, ``secretariaat@``, ``onthaal.sociaalhuis@``).

    python scripts/be_abb_contacts_data.py BE_GIT
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_be_abb_contacts.json"
CAP = 320
MIGRATIONS = "config/migrations/2023/"
KINDS = {
    "gemeente": [
        f"{MIGRATIONS}20231212101609-import-sharepoint-data/"
        f"20231212101609-import-sharepoint-data-part-{i}.sparql"
        for i in (1, 2, 3, 4)
    ],
    "agb_apb": [
        f"{MIGRATIONS}20230320135902-onboarding-agb-apb/20230803111914-contact-info.sparql"
    ],
    "igs": [
        f"{MIGRATIONS}20230704112900-onboarding-igs/20230913102813-import-sharepoint-data.sparql"
    ],
    "pz_hvz": [
        f"{MIGRATIONS}20231005111600-onboarding-pz-hvz/20231108142833-import-sharepoint-data.sparql"
    ],
}
# e-mail local parts of the register that name a person (each read), left out
PERSONAL = frozenset({"bart.hendrix", "jurgen.demets", "leonlowet"})
SOURCES = {
    "BE": {
        "repository": "lblod/app-organization-portal",
        "commit": "c133c4e0d910364f88d5e2772c9580da6ff1b16e",
        "paths": [p for paths in KINDS.values() for p in paths],
        "encoding": "utf-8",
        "publisher": "Agentschap Binnenlands Bestuur (ABB, the Flemish government's agency "
        "for home affairs and local government), the contact data of its organisation "
        "register of local governments (OrganisatiePortaal), as the portal's backend loads it "
        "in SPARQL Update migrations: 17f7c04 ('Import contact data from sharepoint', 12 "
        "December 2023; municipalities, OCMWs, provinces, districts), 913fd54 ('Import "
        "contact info of AGBs and APBs', 4 August 2023), 190374c ('Import igs contact data', "
        "13 September 2023), 7128591 ('Add contact info PZ & HVZ', 8 November 2023); "
        "unchanged since, read at the repository's head of 24 July 2026",
        "licence": "not confirmed: the repository's LICENSE.md is the MIT License "
        "('Copyright 2021 Vlaamse Overheid') and names no other terms for the data in its "
        "migrations; the terms under which ABB publishes the register's contact data were "
        "not read",
        "language": "nl",
        "roles": {"phone": ["telefoon"], "email": "e-mail", "website": "website",
                  "register": "KBO nummer"},
    },
}  # fmt: skip

_LITERAL = r'<{}> "([^"]*)"'
_PHONE = _LITERAL.format("http://schema.org/telephone")
_EMAIL = _LITERAL.format("http://schema.org/email")
_PAGE = _LITERAL.format("http://xmlns.com/foaf/0.1/page")
_KBO = r'lokaleIdentificator> "(\d{10})"'


def _mobile(phone: str) -> bool:
    """A Belgian mobile number (``04`` and eight digits, or ``+324`` and eight)."""
    digits = re.sub(r"\D", "", phone)
    return bool(re.fullmatch(r"04\d{8}|324\d{8}", digits))


def blocks(text: str) -> list[dict[str, str]]:
    """Each ``DELETE``/``INSERT``/``WHERE`` block's fields that the block sets: the KBO number
    it finds the government by, its telephone, e-mail and web page as the block writes them."""
    out = []
    for block in re.split(r"\n\s*DELETE \{", text)[1:]:
        fields = {}
        for key, pattern in (
            ("KBO nummer", _KBO),
            ("telefoon", _PHONE),
            ("e-mail", _EMAIL),
            ("website", _PAGE),
        ):
            found = re.findall(pattern, block)
            assert len(found) <= 1, block[:200]
            if found:
                fields[key] = found[0]
        out.append(fields)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    meta = SOURCES["BE"]
    found = []
    for kind, paths in KINDS.items():
        for path in paths:
            raw = _git(gits["BE"], "show", f"{meta['commit']}:{path}")
            for i, fields in enumerate(blocks(raw.decode(meta["encoding"]))):
                phone = fields.get("telefoon", "")
                if sum(c.isdigit() for c in phone) < 7 or _mobile(phone):
                    continue
                if fields.get("e-mail", "").split("@")[0] in PERSONAL:
                    del fields["e-mail"]
                found.append(
                    {"country": "BE", "kind": kind, "path": f"{path}#{i}", "fields": fields}
                )
    # a sample seeded as ``seeded_sample`` seeds it, drawn over all four kinds' blocks and
    # kept in the files' order (the block numbers restart in each file)
    if len(found) > CAP:
        keep = set(random.Random("register:BE").sample(range(len(found)), CAP))
        found = [row for n, row in enumerate(found) if n in keep]
    return {"sources": SOURCES, "rows": found}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
