"""Extract the real register that ``pii_held_out_457.py`` writes its records around into
``scripts/data/pii_ng_kurudu_businesses.json``: the phone fields of a register no earlier part
used (Nigeria, whose earlier parts took a volunteer team's hospital directory, the Federal
Ministry of Health's Health Facility Registry for Kebbi and a food manufacturer's store
locator; this one is another publisher and another kind of list, no health register and no
retailer's own network: a neighbourhood business directory of Kurudu, in the Abuja Municipal
Area Council of the Federal Capital Territory, its churches, schools, clinics, shops, salons,
restaurants, laundries, POS agents and workshops), exactly as the directory gives them.

One JavaScript file of the ``education_software`` repository (ziko278), read from a git
checkout at a named commit, values unchanged:

* ``website/static/website/js/business-categories.js``: the ``raw_categories`` array that the
  site's business directory page filters by category, 318 entries, each with its ``id``,
  ``name`` (lower case as typed: ``abuja breakthrough church``), three address lines
  (``block industry-bakery road``, ``opposite catholic church``; many empty), ``business``
  (its category: ``church``, ``school``, ``healthcare``, ``cosmetics``, ``pos``...) and
  ``phone``: a Nigerian mobile number of eleven digits with its trunk ``0``, unspaced
  (``08037491032``), or empty; seven are a digit short or long as typed (``0803554936``,
  ``070366334002``).

An entry is kept where its ``phone`` holds a number of seven digits or more whose digits no
earlier Nigerian part's data holds and no entry kept before it has (the first of the entries
that share a number); all kept, in the file's order (fewer than ``CAP``). Each is kept as the
mapping of the entry's keys to the published values (``id`` as its digits). The entries name
businesses, not persons, though a few businesses bear their owner's name (``alh. Abubakar
enterprises``, ``madam latest``); the array has no e-mail field.

    python scripts/ng_kurudu_businesses_data.py NG_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ng_kurudu_businesses.json"
CAP = 400
PATH = "website/static/website/js/business-categories.js"
OPENING = "raw_categories ="
PHONE = "phone"
# the earlier Nigerian parts' data (no number of theirs is taken again)
EARLIER = ("pii_ng_hospitals.json", "pii_ng_kebbi_hfr.json", "pii_ng_store_locator.json")
SOURCES = {
    "NG": {
        "repository": "Ziko278/education_software",
        "commit": "df821515b2932b499c6e3d75922c421dba166c92",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the business directory page of the education_software site (ziko278), "
        "its 'raw_categories' array of the businesses, churches, schools and clinics of "
        "Kurudu (Abuja Municipal Area Council, FCT), as committed in 20c0730 (25 January "
        "2025) and unchanged at df82151 (23 February 2025); no official register is named",
        "licence": "not confirmed: the repository has no LICENSE file and names no terms",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "address": ["address1", "address2",
                  "address3"], "kind": "business", "register": "id"},
    },
}  # fmt: skip


def entries(text: str) -> list[dict[str, str]]:
    """The ``raw_categories`` array of the script: the JSON array after its opening, up to its
    own closing bracket (the script goes on after it), each value kept as written (numbers as
    their digits)."""
    start = text.index("[", text.index(OPENING))
    found, _ = json.JSONDecoder(parse_int=str, parse_float=str).raw_decode(text, start)
    return found


def kept(found: list[dict[str, str]], earlier: set[str]) -> list[tuple[int, dict[str, str]]]:
    """(index, entry) of the entries whose phone holds a number of seven digits or more that
    ``earlier`` does not hold and no entry kept before it has, in the array's order."""
    seen: set[str] = set()
    out = []
    for i, row in enumerate(found):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        out.append((i, row))
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the directory, with the commit it was read at."""
    meta = SOURCES["NG"]
    raw = _git(gits["NG"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = earlier_numbers(DATA, EARLIER, "234")
    found = [
        {"country": "NG", "path": f"{PATH}#raw_categories[{i}]", "fields": row}
        for i, row in kept(entries(raw), earlier)
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "NG", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
