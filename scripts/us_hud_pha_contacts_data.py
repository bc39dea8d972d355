"""Extract the real register that ``pii_held_out_239.py`` writes its records around into
``scripts/data/pii_us_hud_pha_contacts.json``: the phone, fax and office e-mail fields of a
register no earlier part used (the United States, whose earlier parts took CMS's hospitals, New
York City's high schools, Puerto Rico's voter centres, the Texas Education Agency's schools,
HIFLD's colleges, Cambridge's facilities, New York State's health facilities, the federal FOIA
offices and IMLS's museums; this one is another publisher and another kind of institution: the
Department of Housing and Urban Development's PHA Contact Reports, the public housing agencies
(housing authorities) of every state and territory), exactly as the copy read gives them.

One file, read from a git checkout at a named commit:

* ``backend/data/reference/PHA_Contacts.json`` of GGPrompts/vibe4vets: HUD's PHA Contact
  Report PDFs (``https://www.hud.gov/sites/dfiles/PIH/documents/PHA_Contact_Report_{STATE}.pdf``)
  read by the repository's ``backend/scripts/fetch_pha_contacts.py`` into one object per PHA
  code (3,755 agencies of 53 states and territories), with its name, phone, fax, e-mail,
  street, city, state and ZIP code where the report has them. The numbers are North American
  numbers with no ``+1`` as that copy writes them: ten digits as ``(205) 521-0679`` (the
  repository's script rewrote a ten-digit number to that shape), and, where the report gives
  an extension, the report's string kept, no blank after the area code and the extension after
  `` x`` (``(256)236-1575 x134``); faxes all as ``(256) 236-3981``.

Every agency whose ``phone`` holds a number of six digits or more, in the file's order, a seeded
sample of ``CAP``; each kept as a mapping of its fields to the published strings, but for one
thing: the report's e-mail is most often a named staff member's own address
(``cstone@ahfc.us``), so the ``email`` field is kept only where it is a well-formed address
whose local part names the office, not a person (``office_address``: a housing, office,
information, section 8 or director word, or a short agency acronym ending in ``pha``:
``redbayhousing@gmail.com``, ``info@hatc.net``, ``section8@srcity.org``, ``cpha@graceba.net``),
and dropped otherwise. ``pha_name`` is the agency's name; no field names a person.

    python scripts/us_hud_pha_contacts_data.py US_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_hud_pha_contacts.json"
CAP = 400
PATH = "backend/data/reference/PHA_Contacts.json"
SOURCES = {
    "US": {
        "repository": "GGPrompts/vibe4vets",
        "commit": "78dfaf9630d1562e37f3ddd48ae620ce21c4867f",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "U.S. Department of Housing and Urban Development (HUD), Office of Public "
        "and Indian Housing, its PHA Contact Reports by state (hud.gov, 'PHA Contact "
        "Information'), read from the report PDFs by the repository's "
        "backend/scripts/fetch_pha_contacts.py (its metadata: 'HUD.gov PHA Contact Reports', "
        "extracted 2026-01-20); the file added in 3759580 ('feat: add PHA contact lookup to "
        "HUD-VASH connector', 19 January 2026), its contacts unchanged since",
        "licence": "not confirmed: the repository has no LICENSE file; the reports are a work "
        "of a United States government agency (HUD), but HUD's terms for them were not read "
        "here",
        "language": "en",
        "roles": {
            "name": "pha_name",
            "phone": ["phone"],
            "fax": ["fax"],
            "email": "email",
            "address": ["address", "city", "state", "zip_code"],
        },
    },
}  # fmt: skip

# a local part that names the office (a word of the housing office, or a short acronym ending
# in ``pha``: ``cpha``, ``scpha``), not a person
_OFFICE = re.compile(
    r"housing|hous|info|office|admin|contact|section ?8|sec8|hcv|authority|reception|"
    r"frontdesk|leasing|apply|applications|waitlist|main|director|exec|^[a-z]{1,3}pha$",
    re.I,
)
_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def office_address(value: str) -> bool:
    """Whether an e-mail field is one well-formed address whose local part names the office."""
    return bool(_ADDRESS.fullmatch(value)) and bool(_OFFICE.search(value.split("@")[0]))


def keep(contact: dict[str, str]) -> dict[str, str]:
    """The agency's fields as published, its e-mail only where it names the office."""
    return {k: v for k, v in contact.items() if k != "email" or office_address(v)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept agencies of the file, with the commit they were read at."""
    meta = SOURCES["US"]
    raw = _git(gits["US"], "show", f"{meta['commit']}:{meta['path']}")
    contacts = json.loads(raw.decode(meta["encoding"]))["contacts"]
    found = [
        {"country": "US", "path": f"{meta['path']}#{i}", "fields": keep(contact)}
        for i, contact in enumerate(contacts.values())
        if _has_phone(contact, meta["roles"]["phone"])
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "US", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
