"""Extract the real register that ``pii_held_out_65.py`` writes its records around into
``scripts/data/pii_tz_hfr_facilities.json``: the phone fields of a country whose register no
earlier part used (Tanzania), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``TZ``: Tanzanian health facilities in the Ministry of Health's Health Facility Registry
  (HFR), its export "All Operating Health Facilities in Tanzania As of 20-04-2022 18:34:47"
  (an HTML table saved as ``.xls``, 10,209 facilities), as the repository
  MARS-Group-HAW/esida-db committed it: the ``Official Phone Number`` column as each facility
  gave it, mostly national without separators (``0752339933``), many without the trunk ``0``
  (``754376424``), some international (``+255784534596``, ``255754061058``, ``+255(0)713...``
  with the trunk in brackets), grouped (``0754 578 205``, ``022-2150302``), a letter ``O`` or ``o``
  for the trunk, several numbers in one field after ``/``, ``,``, ``&`` or ``OR``, a
  few with a blank digit (``0769 150 08_``); beside the row's ids (``ID``, ``Facility Number``
  ``113310-7``), coordinates, region, district, council, ward, village, type, opening date,
  postal address (``P. O. Box ...``) and web site.

Every row with a number of six digits or more in its ``Official Phone Number`` (3,904), a seeded
sample of ``CAP``, in the file's order. Each row is kept as a mapping of the table's headings to
the published cell texts (the file escapes no character), without ``Common Name`` and
``Ownership`` (many name a person: a doctor's nickname, the private owner after ``Private``),
and with ``OfficialEmail`` only where it is one address whose local part names an office
(``ded@``, ``info@``, ``dmo@``: ``ROLE``) on a domain of its own (most addresses of the register
are personal ones on free mail services).

    python scripts/tz_hfr_facilities_data.py TZ_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tz_hfr_facilities.json"
CAP = 600
# columns that name persons in many rows: a nickname of the doctor, the owner after "Private"
DROPPED = frozenset({"Common Name", "Ownership"})
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# local parts that name an office (Swahili and English): District Executive Director, District
# and Town Medical Officer, "afya" (health), "mkurugenzi manispaa" (municipal director) ...
ROLE = frozenset({"ded", "info", "dmo", "tmo", "rmo", "afya", "mkurugenzimanispaa", "admin",
                  "administration", "communications", "ceo", "md", "rector", "principal",
                  "dispensary", "td", "hospital", "clinic"})  # fmt: skip
# free mail services: an address there is no institution's own
FREE_MAIL = frozenset({"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "ymail.com",
                       "yahoo.co.uk", "live.com", "icloud.com"})  # fmt: skip
SOURCES = {
    "TZ": {
        "repository": "MARS-Group-HAW/esida-db",
        "commit": "b13236672efbd02e02bcc9fbda1995492a4d73af",
        "path": "input/data.local/tza_hfr/"
        "All_Operating_Health_Facilities_in_Tanzania-2022-Apr-20__18_38_38.xls",
        "encoding": "utf-8",
        "publisher": "the Ministry of Health's Tanzania Health Facility Registry (HFR, "
        "hfrportal.moh.go.tz), its export 'All Operating Health Facilities in Tanzania As of "
        "20-04-2022 18:34:47', as the ESIDA project (MARS Group, HAW Hamburg) committed it in "
        "b132366 ('local data sources', 27 April 2022)",
        "licence": "not confirmed: the repository's LICENSE is the MIT licence (Copyright (c) "
        "2023 Jonathan Ströbele / MARS Group, HAW Hamburg) for its code; no terms of the "
        "Health Facility Registry for its export were found in the repository",
        "language": "sw",
        "roles": {"name": "Facility Name", "phone": ["Official Phone Number"],
                  "email": "OfficialEmail", "register": "Facility Number",
                  "lat": "Latitude", "lon": "Longitude", "region": "Region"},
    },
}  # fmt: skip


def _office_email(value: str) -> bool:
    """One well-formed address whose local part names an office, on a domain of its own."""
    value = value.strip()
    if not ADDRESS.fullmatch(value):
        return False
    local, domain = value.split("@")
    return local.lower() in ROLE and domain.lower() not in FREE_MAIL


def _table(text: str) -> list[dict[str, str]]:
    """The rows of the HTML table: each ``<tr>`` of ``<td>`` cells as a mapping of the ``<th>``
    headings to the cells' texts as written."""
    heads = re.findall(r"<th>(.*?)</th>", text)  # the title is a <th colspan> of its own
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", text, re.S):
        cells = re.findall(r"<td>(.*?)</td>", tr, re.S)
        if cells:
            assert len(cells) == len(heads), tr[:80]
            rows.append(dict(zip(heads, cells, strict=True)))
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = []
        for i, row in enumerate(_table(raw.decode(meta["encoding"]))):
            if not _has_phone(row, meta["roles"]["phone"]):
                continue
            fields = {
                k: v
                for k, v in row.items()
                if k not in DROPPED and (k != "OfficialEmail" or _office_email(v))
            }
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
