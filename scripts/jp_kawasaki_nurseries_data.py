"""Extract the real list that ``pii_held_out_337.py`` writes its records around into
``scripts/data/pii_jp_kawasaki_nurseries.json``: the phone fields of a register no earlier part
used (Kawasaki City's licensed nurseries, Kanagawa; Japan's earlier parts took other registers,
among them the nurseries of Toyama, Sapporo, Tokyo, Koriyama and Chiba), exactly as the list
gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``output/all.json``: Kawasaki City's licensed nurseries (認可保育所) of all seven wards
  (川崎区, 幸区, 中原区, 高津区, 宮前区, 多摩区, 麻生区, in that order), as the repository's
  ``index.js`` scraped them from the city's web site (www.city.kawasaki.jp, the ward pages of
  category 17-2-10-1 and each nursery's page), each an object of ``name``, ``link`` (the
  nursery's page on the city's site), ``address`` (the ward and street, as the ward page gives
  it, notes in brackets kept), ``postcode`` (``210-0834``) and ``phone``: the number of the
  nursery's page, which the scraper joined again with hyphens (``044-222-7252``: the area code
  ``044``, the exchange and the line; where the page wrote the number without its area code,
  the scraper put ``044-`` before it).

Every object with a number of six digits or more in ``phone`` (all 394), in the file's order, no
sampling; each kept as the mapping of all of its keys to the published strings (the list names
no person: ``name`` is the nursery's name).

    python scripts/jp_kawasaki_nurseries_data.py JP_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_kawasaki_nurseries.json"
CAP = 600
PATH = "output/all.json"
SOURCES = {
    "JP": {
        "repository": "piuccio/open-data-jp-kanagawa-kawasaki-nurseries",
        "commit": "170a78986f7825b30171f6b5ed20435e89cb4482",
        "paths": [PATH],
        "publisher": "Kawasaki City (川崎市, Kanagawa Prefecture), its pages of licensed "
        "nurseries (認可保育所) by ward on the city's web site (www.city.kawasaki.jp, category "
        "17-2-10-1), as the repository's index.js scraped them into one list ('Generate the "
        "list of the whole kawasaki', 7245ee0, 8 September 2020; the repository's head "
        "170a789, 'Add description', the same day), whose README names the city's site as the "
        "source",
        "licence": "not confirmed: the repository's LICENSE is the ISC licence (Fabio Crisci) "
        "of its code; no terms are named for the data, and Kawasaki City's terms for its pages "
        "were not read here",
        "language": "ja",
        "roles": {"name": "name", "phone": ["phone"], "address": ["address"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept objects of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(item)}
                for i, item in enumerate(json.loads(raw.decode("utf-8")))
                if _has_phone(item, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
