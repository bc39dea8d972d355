"""Extract the real lists that ``pii_held_out_216.py`` writes its records around into
``scripts/data/pii_us_foia_contacts.json``: the phone, fax and e-mail fields of a register no
earlier part used (the FOIA contact directory of United States federal agencies and their
components; the country's earlier parts took hospitals, schools, colleges, health facilities and
a city's facilities), exactly as the directory gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``contacts/data/<AGENCY>.yaml``, 116 YAML files, one per federal agency (``DOJ.yaml``,
  ``FDIC.yaml``, ``Ex-Im Bank.yaml``), each with its ``departments``: the agency's Freedom of
  Information Act requester offices (components: bureaus, regional offices, inspectors general),
  each with a ``phone`` and a ``fax`` as strings (``202-898-7021``: area code, exchange and line
  joined by hyphens; a few with an extension, ``928-779-2727 x145``, or a note,
  ``202-663-7026 (TTY)``; six of Defense's offices in Germany with a malformed prefix,
  ``+490 711-729-4287``), a ``service_center`` whose ``phone`` is a list of such strings, a list
  of ``emails``, the postal ``address`` and the web and request-form addresses.

The files are 18F's FOIA contacts data set (GSA's digital service, with the Department of
Justice's Office of Information Policy), built from the FOIA.gov request form and the agencies'
FOIA pages and hand-curated, in the repository 18F/2015-foia. Every office with a number of six
digits or more in ``phone``, ``fax`` or ``service_center.phone`` (419 of the 424), in file
(path) order and each file's order, of which a seeded sample of 300 (of 89 agencies) is kept in
that order; each row keeps the agency's abbreviation and name and the office's fields named
below as the file gives them (strings, lists of strings for ``service_center_phone`` and
``emails``). The office's ``public_liaison``,
``foia_officer`` and ``misc`` entries and its ``address_lines``, which often name staff, are not
kept (the e-mail addresses are kept as published, some of them a staff member's).

    python scripts/us_foia_contacts_data.py US_GIT
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml
from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_foia_contacts.json"
CAP = 300
FOLDER = "contacts/data"
SOURCES = {
    "US": {
        "repository": "18F/2015-foia",
        "commit": "f9503d261c0c1613d95504bc8ac26ce8822cbfa4",
        "paths": [f"{FOLDER}/*.yaml"],
        "encoding": "utf-8",
        "publisher": "18F (U.S. General Services Administration) with the U.S. Department of "
        "Justice's Office of Information Policy: the FOIA contacts of federal agencies and "
        "their components, scraped from the FOIA.gov request form and the agencies' FOIA "
        "pages and curated by hand (contacts/README.md), as used by the FOIA.gov hub",
        "licence": "CC0 1.0 (LICENSE.md: a work of the United States Government, public "
        "domain within the United States, copyright waived worldwide by CC0 1.0)",
        "language": "en",
        "roles": {
            "name": "name",
            "phone": ["phone", "service_center_phone"],
            "fax": ["fax"],
            "email": "emails",
        },
    },
}  # fmt: skip

# the office's fields kept, as the file gives them
ADDRESS_KEYS = ("street", "city", "state", "zip")
OFFICE_KEYS = ("phone", "fax", "website", "request_form")


def _office(agency: dict[str, Any], path: str, office: dict[str, Any]) -> dict[str, Any]:
    """The kept fields of one office of ``agency`` (the file's top mapping)."""
    address = office.get("address") or {}
    fields: dict[str, Any] = {
        "agency": agency.get("abbreviation") or path.rsplit("/", 1)[1].removesuffix(".yaml"),
        "agency_name": agency.get("name") or "",
        "name": office.get("name") or "",
        "top_level": "true" if office.get("top_level") else "false",
    }
    fields.update({k: str(address.get(k) or "") for k in ADDRESS_KEYS})
    fields.update({k: str(office.get(k) or "") for k in OFFICE_KEYS})
    fields["service_center_phone"] = list((office.get("service_center") or {}).get("phone") or [])
    fields["emails"] = list(office.get("emails") or [])
    return fields


def _numbered(fields: dict[str, Any]) -> bool:
    flat = {
        "phone": fields["phone"],
        "fax": fields["fax"],
        **{f"sc{i}": v for i, v in enumerate(fields["service_center_phone"])},
    }
    return _has_phone(flat, list(flat))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices, with the commit they were read at."""
    meta = SOURCES["US"]
    git_dir = gits["US"]
    listing = _git(git_dir, "ls-tree", "--name-only", f"{meta['commit']}:{FOLDER}")
    names = sorted(n for n in listing.decode().splitlines() if n.endswith(".yaml"))
    found = []
    for name in names:
        path = f"{FOLDER}/{name}"
        agency = yaml.safe_load(_git(git_dir, "show", f"{meta['commit']}:{path}").decode())
        for i, office in enumerate(agency.get("departments") or []):
            fields = _office(agency, path, office)
            if _numbered(fields):
                found.append({"country": "US", "path": f"{path}#{i}", "fields": fields})
    keep = sorted(random.Random("register:US").sample(range(len(found)), min(CAP, len(found))))
    return {"sources": SOURCES, "rows": [found[k] for k in keep]}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
