"""Extract the real directory that ``pii_held_out_85.py`` writes its records around into
``scripts/data/pii_mm_tourism.json``: the phone fields of a country whose register no earlier
part used (Myanmar), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``MM``: Myanmar's licensed inbound and outbound tour companies and the hotels, motels and
  guest houses of Naypyitaw and Pyinmana, as the Ministry of Hotels and Tourism lists them on
  its web site, in the data modules of the repository MayHua59/tourism-gov-nextjs (a Next.js
  rebuild of that site): the arrays ``inboundCompanies`` and ``OutboundCompanies`` and the
  hotel arrays ``HotelsNPW``, ``HotelsPMA``, ``HotelsLW`` and ``HotelsTK``. Myanmar numbers as
  each entry gives them: mobile numbers with the ``09`` prefix apart (``09-5017373``) or run on
  (``0949266000``), Yangon and Naypyitaw lines with their area code (``01-229245``,
  ``067-414141``), several in one field after commas, semicolons or slashes, shortened
  alternative endings after ``/`` and ranges after ``~`` (``067-420724~26/414123``); beside the
  company's or hotel's address with its township, its e-mail address (one or two) and web site.

Every entry of those arrays with a number of six digits or more in its ``phone`` field, in the
files' order. Each row is kept as a mapping of the entry's keys to the published strings; the
directory names no person (its names are the companies' and hotels', its addresses their
premises), so no key is left out.

    python scripts/mm_tourism_data.py MM_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_mm_tourism.json"
CAP = 600
SOURCES = {
    "MM": {
        "repository": "MayHua59/tourism-gov-nextjs",
        "commit": "45a5bf9e97059ac4949bf48190775e63932358b6",
        "paths": {
            "src/data/inboundCompanies.js": ["inboundCompanies"],
            "src/data/outboundCompanies.js": ["OutboundCompanies"],
            "src/data/hotels.js": ["HotelsNPW", "HotelsPMA", "HotelsLW", "HotelsTK"],
        },
        "encoding": "utf-8",
        "publisher": "the Ministry of Hotels and Tourism of Myanmar's lists of licensed inbound "
        "and outbound tour companies and of the hotels of Naypyitaw and Pyinmana, as the "
        "repository's Next.js rebuild of the ministry's web site (tourism.gov.mm) carries them "
        "in src/data (arrays added in 95932af, 'add new pages', 18 August 2025; read at the "
        "head 45a5bf9, 'fix eslint errors', 3 December 2025)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the ministry's terms for the lists on its web site were not found",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "email": "email", "address": "address",
                  "id": "no", "web": "website"},
    },
}  # fmt: skip

OBJECT = re.compile(r"\{([^{}]*)\}")
KEY = re.compile(r"^\s*\w+\s*:", re.M)
FIELD = re.compile(r'^\s*(\w+)\s*:\s*"([^"\\]*)"\s*,?\s*$', re.M)


def _entries(text: str, name: str) -> list[dict[str, str]]:
    """The entries of the array ``export const <name> = [``: each object literal's keys and
    their double-quoted string values as written (the modules hold nothing else)."""
    start = text.index(f"export const {name} = [")
    end = text.index("\n]", start)
    out = []
    for m in OBJECT.finditer(text, start, end):
        body = m.group(1)
        fields = {k: v for k, v in FIELD.findall(body)}
        assert len(fields) == len(KEY.findall(body)), (name, body)
        out.append(fields)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path, arrays in meta["paths"].items():
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
            for name in arrays:
                found += [
                    {"country": country, "path": f"{path}#{name}[{i}]", "fields": row}
                    for i, row in enumerate(_entries(raw, name))
                    if _has_phone(row, meta["roles"]["phone"])
                ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
