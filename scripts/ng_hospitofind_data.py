"""Extract the real register that ``pii_held_out_505.py`` writes its records around into
``scripts/data/pii_ng_hospitofind.json``: the phone and e-mail fields of a register no earlier
part used (Nigeria, whose earlier parts took a volunteer team's hospital directory, mostly of
Zamfara, the Federal Ministry of Health's Health Facility Registry for Kebbi, a food
manufacturer's store locator and Kurudu's business directory; this one is another publisher:
the HospitoFind project's directory of hospitals, a kind only the first of them took, spread
over the whole country), exactly as the directory gives them.

One file of the HospitoFind backend (MikkyPrestige/hospitoFind-server), read from a git
checkout at a named commit, values unchanged:

* ``data/hospitals.json``: the project's seed list of 281 hospitals, one JSON object each with
  ``id``, ``name``, ``address`` (``street``, ``city``, and ``state``, which holds the country:
  ``Nigeria`` for 182 of them, then Ghana, the United States, the United Kingdom and others),
  ``phoneNumber`` (one field, as the entry's compiler typed it: one number or several joined
  by ``, ``, Nigerian mobiles with the trunk ``0`` in groups (``0803 4954 556``, ``0808-202-
  3154``) or in one run (``08037418928``), with the country code (``+234 706 397 4807``,
  ``+2348038089468``, ``234 82 230974``), landlines with their area code (``082-234441``,
  ``082233714``)), ``website``, ``email`` (one address or several joined by ``, ``; the
  hospital's mailbox, on its own domain or a free mail service), ``photoUrl``, ``type``
  (``Public``, ``Private``, ``Missionary``...), ``services``, ``comments`` and ``hours``.

Kept: the Nigerian entries (``address.state`` ``Nigeria``) whose ``phoneNumber`` holds a number
of seven digits or more, none of whose numbers an earlier Nigerian part's data holds (by the
numbers' digits, a ``234`` country code also read as the trunk ``0``) or an entry kept before
it has (the first of entries that share a number), all of them, in the file's order. Each is
kept as the mapping of ``id``, ``name``, the three address fields, ``phoneNumber``,
``website``, ``email``, ``type`` and ``services`` to the published values (``photoUrl`` is an
image link, ``comments`` and ``hours`` free notes and opening times, left out; the list names
hospitals, no person is an entry, though some mailboxes on free services carry a doctor's
name, which the part does not write).

    python scripts/ng_hospitofind_data.py NG_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ng_hospitofind.json"
PATH = "data/hospitals.json"
PHONE = "phoneNumber"
COUNTRY = "Nigeria"
# the earlier Nigerian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_ng_hospitals.json", "pii_ng_kebbi_hfr.json", "pii_ng_store_locator.json",
    "pii_ng_kurudu_businesses.json",
)  # fmt: skip
SOURCES = {
    "NG": {
        "repository": "MikkyPrestige/hospitoFind-server",
        "commit": "d4b0698ad5820bff661d8bb13e4e4d63b21b3163",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the HospitoFind project (Mikky Prestige), the seed list of hospitals of "
        "its hospital-finder's backend, compiled from hospitals' own pages and public "
        "directories such as nigerianhospitaldirectory.com.ng (file last changed in 3d61d9b, "
        "18 June 2026; read at d4b0698, 24 July 2026)",
        "licence": "not confirmed: the repository has no LICENSE file and names no terms for "
        "its data",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "email": "email",
                  "address": ["street", "city", "state"]},
    },
}  # fmt: skip
KEYS = ("id", "name", "street", "city", "state", PHONE, "website", "email", "type", "services")


def numbers_of(value: str) -> list[str]:
    """The digits of each number a phone field holds (``numbers``), of seven digits or more."""
    found = [digits_of(value[s:e]) for s, e in numbers(value)]
    return [d for d in found if len(d) >= 7]


def earlier(country_code: str = "234") -> set[str]:
    """The digits of every number in the earlier Nigerian parts' string values (whole values and
    each number in them), a number after the country code also with the trunk 0 in its place."""
    out = set(earlier_numbers(DATA, EARLIER, country_code))
    for name in EARLIER:
        rows = json.loads((DATA / name).read_text(encoding="utf-8"))["rows"]
        for value in (v for row in rows for v in row["fields"].values() if isinstance(v, str)):
            out.update(numbers_of(value))
    return out | {"0" + d[len(country_code) :] for d in out if d.startswith(country_code)}


def variants(digits: str) -> set[str]:
    """A number's digits and, written after the country code, with the trunk 0 instead."""
    return {digits, "0" + digits[3:]} if digits.startswith("234") else {digits}


def fields(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry's kept values under their own keys (the address flattened)."""
    flat = {**entry, **(entry.get("address") or {})}
    return {k: flat.get(k, "") for k in KEYS}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the directory, with the commit they were read at."""
    meta = SOURCES["NG"]
    raw = _git(gits["NG"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    taken, seen = earlier(), set()
    rows = []
    for i, entry in enumerate(json.loads(raw)):
        if (entry.get("address") or {}).get("state") != COUNTRY:
            continue
        found = {v for d in numbers_of(entry.get(PHONE) or "") for v in variants(d)}
        if not found or found & taken or found & seen:
            continue
        seen |= found
        rows.append({"country": "NG", "path": f"{PATH}#{i}", "fields": fields(entry)})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
