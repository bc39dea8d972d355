"""Extract the real branch list that ``pii_held_out_72.py`` writes its records around into
``scripts/data/pii_np_bank_branches.json``: the phone and e-mail fields of a country whose
register no earlier part used (Nepal), exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``NP``: the branches and extension counters of Muktinath Bikas Bank, a Nepalese development
  bank, as a chatbot project copied them into a Python module (the ``contact`` list of
  ``MuktiBhai_Langgraph_Bot/bank_info/contactnumbers.py`` of the repository
  Apiljungthapa/langgraph-hub): Nepalese numbers as each entry gives them, most with the area
  code and a hyphen (``065-540498``, ``01-5561171``), some with a second number after ``/``
  (``01-4529837/4529838``), one mobile number (``9802306851``), one with a toll-free number
  after it (``01-5970887 Toll Free No. 16600149999``); beside the branch's address with its
  ward number (``Aanbookhaireni Rural Municipality-3``), its district and its role e-mail
  address (``adamghat@muktinathbank.com.np``).

The list was typed in parts, so its entries use different keys: the name under ``branch``,
``branch_name`` or ``name``, the address under ``address`` or ``location``, the number under
``phone`` or ``contact``, the e-mail address under ``email`` or (in the last entries)
``contact``. Every entry with a number of six digits or more under ``phone`` or ``contact``,
in the list's order, each kept as the mapping of its keys to the published values; the list
names no person (its names are the branches', its e-mail addresses their role addresses), so no
key is left out.

    python scripts/np_bank_branches_data.py NP_GIT
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_np_bank_branches.json"
CAP = 600
SOURCES = {
    "NP": {
        "repository": "Apiljungthapa/langgraph-hub",
        "commit": "602ff38832ef049581ed1119087e42acc9165403",
        "path": "MuktiBhai_Langgraph_Bot/bank_info/contactnumbers.py",
        "encoding": "utf-8",
        "publisher": "Muktinath Bikas Bank's branch contacts as the 'contact' list of a "
        "LangGraph chatbot demo ('MuktiBhai'), committed in a5408d4 ('Agentic Approach for "
        "Building Applications', 6 May 2025); the e-mail addresses are under the bank's "
        "domain (muktinathbank.com.np), but the repository names no source, and the list's "
        "last line notes (in Nepali) that some of Palpa is still missing",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the bank's terms for its branch list were not found",
        "language": "en",
        "roles": {"name": ["branch", "branch_name", "name"], "phone": ["phone", "contact"],
                  "address": ["address", "location"], "district": "district",
                  "email": ["email", "contact"]},
    },
}  # fmt: skip


def _entries(text: str) -> list[dict[str, str]]:
    """The module's ``contact`` list: the one assignment's value, read as a Python literal
    (the trailing comment aside)."""
    (assign,) = ast.parse(text).body
    assert isinstance(assign, ast.Assign) and ast.unparse(assign.targets[0]) == "contact"
    return ast.literal_eval(assign.value)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#contact[{i}]", "fields": row}
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
