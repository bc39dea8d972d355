"""Extract the real list that ``pii_held_out_249.py`` writes its records around into
``scripts/data/pii_in_ifsc_branches.json``: the phone fields of a register no earlier part used
(India, whose earlier parts took the National Health Portal's hospitals and blood banks, CBSE's
schools and a crowdsourced Telangana list; this one is another publisher and another kind of
institution: the Reserve Bank of India's list of bank branches by IFSC, as Razorpay's IFSC
project republishes it), exactly as the files give them.

One register, read from a git checkout at a named commit, values unchanged:

* ``data/<BANK>.json`` of razorpay/ifsc-api: one JSON object per bank (its four-letter IFSC
  prefix), each branch keyed by its IFSC code with ``BANK``, ``IFSC``, ``BRANCH``, ``ADDRESS``,
  ``CITY``, ``DISTRICT``, ``STATE``, ``CENTRE``, ``MICR``, ``CONTACT`` and the payment systems
  it takes (``NEFT``, ``RTGS``, ``IMPS``, ``UPI``), ``SWIFT`` and ``ISO3166``. ``CONTACT`` is
  the branch's number as the project writes it from RBI's lists: mostly E.164 without spaces
  (``+912224702643``, ``+919653261383``), some as RBI's files give them, with the trunk ``0``
  (``02262307000``), a bare mobile (``9310898326``) or a local number without its STD code
  (``28803811``, ``2454824``).

The files of the six largest banks (SBI, HDFC, Bank of Baroda, PNB, Canara, Union Bank) are not
in the mirror's snapshot (stored apart) and are left out, as is ``data/.DS_Store``: 97,834
branches in 276 files. Of the others' branches, those whose
``CONTACT`` has one of the five shapes above (``+91`` and ten digits; ``0`` and ten digits; ten
digits from ``6``; eight or seven digits; the rest are truncated or run together, ``+91831``,
``+91495354226899777``), each value once (its first branch in file order): a seeded sample of
240 of the E.164 numbers and 60 of each other shape, in file order (banks by name, branches as
the file lists them); each row kept as a mapping of all of its branch's keys to the published
values (the list names no person: ``BRANCH`` is the branch's name).

    python scripts/in_ifsc_branches_data.py IN_GIT
"""

from __future__ import annotations

import json
import random
import re
import subprocess
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_in_ifsc_branches.json"
SHAPES = {
    "e164": (re.compile(r"\+91\d{10}"), 240),
    "trunk": (re.compile(r"0\d{10}"), 60),
    "mobile": (re.compile(r"[6-9]\d{9}"), 60),
    "local8": (re.compile(r"[1-9]\d{7}"), 60),
    "local7": (re.compile(r"[1-9]\d{6}"), 60),
}
SOURCES = {
    "IN": {
        "repository": "razorpay/ifsc-api",
        "commit": "c61accb6cfee935f7913c755c96c0c54890e67c3",
        "paths": ["data/*.json"],
        "publisher": "the Reserve Bank of India's lists of bank branches by IFSC (NEFT/RTGS "
        "participants' IFSC and MICR codes with each branch's address and contact number), "
        "as Razorpay's IFSC project (razorpay/ifsc, its data served by razorpay/ifsc-api) "
        "republishes them, one JSON file per bank",
        "licence": "the repository's LICENSE is MIT (Copyright 2020 Razorpay); RBI's own terms "
        "for the lists it publishes were not read here",
        "language": "en",
        "roles": {"name": "BRANCH", "phone": ["CONTACT"], "address": ["ADDRESS"]},
    },
}  # fmt: skip


def shape(contact: str) -> str | None:
    """Which kept shape ``contact`` has (``None`` for the rest)."""
    for name, (pattern, _) in SHAPES.items():
        if pattern.fullmatch(contact):
            return name
    return None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    meta = SOURCES["IN"]
    git_dir = gits["IN"]
    listing = _git(git_dir, "ls-tree", "--name-only", meta["commit"], "data/").decode()
    found: dict[str, list[dict[str, Any]]] = {name: [] for name in SHAPES}
    seen: set[str] = set()
    order = 0
    for path in sorted(listing.split()):
        try:
            bank = json.loads(_git(git_dir, "show", f"{meta['commit']}:{path}").decode("utf-8"))
        except (subprocess.CalledProcessError, ValueError):  # stored apart, or no JSON
            continue
        for code, branch in bank.items():
            contact = branch.get("CONTACT") or ""
            kind = shape(contact)
            if kind and contact not in seen:
                seen.add(contact)
                found[kind].append(
                    {"country": "IN", "path": f"{path}#{code}", "order": order, "fields": branch}
                )
            order += 1
    rows = []
    for kind, (_, cap) in SHAPES.items():
        rows += random.Random(f"register:IN:{kind}").sample(found[kind], cap)
    rows.sort(key=lambda r: r["order"])
    return {
        "sources": SOURCES,
        "rows": [{k: v for k, v in r.items() if k != "order"} for r in rows],
    }


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
