"""Extract the real directory that ``pii_held_out_83.py`` writes its records around into
``scripts/data/pii_jm_libraries.json``: the phone fields of a country whose register no earlier
part used (Jamaica), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``JM``: the branch libraries of the Jamaica Library Service (the government's public library
  agency) as its parish library pages at jls.gov.jm list them, in the structured copy that the
  jls-library-scraper project committed (``data/jls_parish_libraries.json`` of the repository
  phoeberanger/jls-library-scraper): Jamaican numbers as the pages print them, with the area
  code in brackets (``(876) 987-5525``), some with an alternative line's last digits or a
  second number after a slash (``(876) 956-2205 / 3410``, ``(876) 967-8391 / 402-4863``,
  ``(876)993-2793/993-3931/715-1669``), some without the space (``(876)850-4095``) or with a
  hyphen (``(876)-850-4048``), one without the area code, which the page printed on the line
  before (``975-8402``), up to two strings a branch in the ``phones`` list; beside the
  branch's address, opening hours and status. The list is the scraper's reading of the
  page's lines (kept in ``raw_text``): in three rows it is shorter than the line it came from
  (``(876) 605-2131 /876 520`` of ``... /876 520-3924``, ``(876) 952-4185`` of
  ``(876) 952-4185-6``, ``(876)288-9394`` of ``(876) (876)288-9394``); it is kept as the
  repository published it.

Every entry of the array with a number of six digits or more in one of its ``phones``, in the
array's order. Each row is kept as a mapping of the entry's keys to the published values (the
``phones`` and ``services`` lists as lists of strings), but for ``overview``: the parish
network's history, a long text repeated in each of its branches that may name persons. The
pages' e-mail addresses were hidden by the site's e-mail protection (``[email protected]``),
so the directory gives none.

    python scripts/jm_libraries_data.py JM_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jm_libraries.json"
CAP = 600
LEFT_OUT = ("overview",)
SOURCES = {
    "JM": {
        "repository": "phoeberanger/jls-library-scraper",
        "commit": "f140e70e1112a727d4b6241a4cce01c56335117f",
        "path": "data/jls_parish_libraries.json",
        "encoding": "utf-8",
        "publisher": "the Jamaica Library Service (jls.gov.jm, the public library agency of the "
        "Government of Jamaica), its thirteen parish library network pages as the "
        "jls-library-scraper project parsed them into records and committed them in f140e70 "
        "('Add scraper, dataset, and project files', 8 March 2026; the file is unchanged at the "
        "repository's head 39763b0); the structure (which line is a branch, an address, a "
        "number) is the scraper's, the values are the pages' text",
        "licence": "not confirmed: the repository has no LICENSE file; its README's 'License' "
        "section says only that the data is derived from publicly available information "
        "published by the Jamaica Library Service; the agency's terms were not found",
        "language": "en",
        "roles": {"name": "branch_name", "phone": ["phones"], "address": "address",
                  "hours": "hours", "status": "status", "parish": "parish_name",
                  "url": "parish_page_url"},
    },
}  # fmt: skip


def _has_number(phones: list[str]) -> bool:
    """A ``phones`` list with a number of six digits or more."""
    return any(sum(c.isdigit() for c in p) >= 6 for p in phones)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": {k: v for k, v in entry.items() if k not in LEFT_OUT},
            }
            for i, entry in enumerate(json.loads(raw.decode(meta["encoding"])))
            if _has_number(entry["phones"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
