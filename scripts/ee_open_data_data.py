"""Extract the real register that ``pii_held_out_19.py`` writes its records around into
``scripts/data/pii_ee_open_data.json``: the contact fields of a country whose register no
earlier part used (Estonia), exactly as its public bodies published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``EE``: the dataset catalogue of Estonia's national open-data portal (Eesti Avaandmete
  Portaal, opendata.riik.ee, run for the Ministry of Economic Affairs and Communications by
  Open Knowledge Estonia), one Jekyll page per dataset (``_datasets/*.md``) whose front
  matter names its holder (``organization``), the contact person (``maintainer_name``) and
  the contact's ``maintainer_email`` and ``maintainer_phone`` as the holder typed them:
  Estonian national numbers with no ``+372`` and no trunk prefix (``665 0600``, ``6121630``,
  ``6 282 280``), a few with ``+372``, two numbers in one field after a comma or semicolon;
  with, where the holder's name is that of a page of the portal's copy of the Business
  Register's public-sector entries (``_orgregister/<registry code>-<name>.md``, from
  e-Äriregister), the holder's eight-digit registry code (``registrikood``), VAT number
  (``EE100550984``), postcode, address, EHAK code and ADS address id (seven digits).

Every dataset page with an e-mail address or a phone number of six digits or more, in the
catalogue's file order (497, under the cap of 600). Each row is kept as a mapping of the
front matter's keys to the published strings, the holder's registry keys after them.

    python scripts/ee_open_data_data.py EE_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ee_open_data.json"
CAP = 600
DATASET_KEYS = (
    "title", "organization", "maintainer_name", "maintainer_email", "maintainer_phone",
    "license", "update_freq", "date_issued", "date_modified",
)  # fmt: skip
REGISTER_KEYS = (
    "ariregistri_kood", "kmkr_nr", "ettevotja_esmakande_kpv", "asukoht_ettevotja_aadressis",
    "asukoha_ehak_kood", "asukoha_ehak_tekstina", "indeks_ettevotja_aadressis", "ads_adr_id",
)  # fmt: skip
SOURCES = {
    "EE": {
        "repository": "okestonia/opendata.riik.ee",
        "commit": "109492fff604753dbce8dcbae94ca7791c2b2a6d",
        "path": "_datasets",
        "register_path": "_orgregister",
        "publisher": "Estonian Open Government Data Portal (Eesti Avaandmete Portaal, "
        "opendata.riik.ee; Open Knowledge Estonia for the Ministry of Economic Affairs and "
        "Communications): its dataset catalogue, contacts as each holder entered them, and "
        "its copy of the Business Register's (e-Äriregister, Centre of Registers and "
        "Information Systems) public-sector entries, as of 5 February 2021",
        "licence": "the portal's own statement (_config.yml, description): access to "
        "unrestricted public sector data 'with the permission to re-use and redistribute "
        "such data for both commercial and non-commercial purposes'; Estonia's Public "
        "Information Act (§ 3^1, re-use of public information); the Business Register's "
        "entries are its open data, 'with no restrictions limiting their use or "
        "distribution' (Centre of Registers and Information Systems, conditions of use "
        "3.1; the licence terms of its download page not read here); the repository's "
        "LICENSE (MIT, Tim Wisniewski's JKAN) covers the site's code",
        "language": "et",
        "roles": {"name": "organization", "phone": ["maintainer_phone"],
                  "email": "maintainer_email", "register": "ariregistri_kood"},
    },
}  # fmt: skip


def _front_matter(text: str) -> dict[str, Any]:
    """The YAML front matter of a Jekyll page ({} where it has none)."""
    parts = text.split("---", 2)
    found = yaml.safe_load(parts[1]) if len(parts) == 3 else None
    return found if isinstance(found, dict) else {}


def _text(value: Any) -> str:
    """A front-matter value as published: YAML reads an unquoted ``614 7386`` as a string
    but an unquoted run of digits as an integer; ``None`` (an empty key) is ""."""
    return "" if value is None else str(value)


def _register(git_dir: Path, commit: str, path: str) -> dict[str, dict[str, str]]:
    """The register's entries by the holder's name (the page name after the registry code)."""
    out = {}
    names = _git(git_dir, "-c", "core.quotepath=off", "ls-tree", "--name-only", commit, f"{path}/")
    for name in names.decode("utf-8").splitlines():
        entry = _front_matter(_git(git_dir, "show", f"{commit}:{name}").decode("utf-8"))
        if entry.get("nimi"):
            out.setdefault(
                _text(entry["nimi"]).strip(), {k: _text(entry.get(k)) for k in REGISTER_KEYS}
            )
    return out


def _has_contact(fields: dict[str, str]) -> bool:
    return (
        "@" in fields["maintainer_email"]
        or sum(c.isdigit() for c in fields["maintainer_phone"]) >= 6
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the catalogue, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        register = _register(git_dir, meta["commit"], meta["register_path"])
        names = _git(
            git_dir, "-c", "core.quotepath=off", "ls-tree", "--name-only", meta["commit"],
            f"{meta['path']}/",
        )  # fmt: skip
        found = []
        for name in names.decode("utf-8").splitlines():
            if not name.endswith(".md"):
                continue
            page = _front_matter(_git(git_dir, "show", f"{meta['commit']}:{name}").decode("utf-8"))
            fields = {k: _text(page.get(k)) for k in DATASET_KEYS}
            if not _has_contact(fields):
                continue
            holder = register.get(fields["organization"].strip(), dict.fromkeys(REGISTER_KEYS, ""))
            found.append(
                {"country": country, "path": f"{name}#{len(found)}", "fields": fields | holder}
            )
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
