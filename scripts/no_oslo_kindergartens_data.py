"""Extract the real list that ``pii_held_out_196.py`` writes its records around into
``scripts/data/pii_no_oslo_kindergartens.json``: the phone and e-mail fields of a register no
earlier part used (Oslo kommune's kindergarten finder, "Finn barnehage i Oslo"; Norway's
earlier part took helsenorge.no's places of specialist treatment), exactly as published.

One file, read from a git checkout at a named commit, values unchanged:

* ``data/kindergartens.json``: the kindergartens of three of Oslo's boroughs (bydel
  Grünerløkka, Sagene and St. Hanshaugen) as an Oslo kindergarten explorer scraped them from
  the municipality's pages (``www.oslo.kommune.no/barnehage/finn-barnehage-i-oslo/...``) and
  exported them, one JSON object a line inside one array: 104 kindergartens, 92 with a
  ``phone`` (Norwegian eight-digit numbers as the pages give them, in pairs, ``99 41 41 90``,
  ``23 36 58 00``; no ``+47``), 73 with an ``email``.

Every row with a number of six digits or more in ``phone``, less the seven family
kindergartens (``familiebarnehage`` in the name: day care in a private home, whose number may
be the home's), in the file's order: 85 rows. Each row is kept as a mapping of the object's
keys to the published values as strings (a string as published; an integer or a real as its
JSON number text, ``881503972``, ``59.919595``; null left out): the municipality's
``object_id``, the kindergarten's name and page, its organisation number
(``organization_id``, nine digits), owner type (``Kommunal``/``Privat``), borough, category,
street address, postcode, city, ``phone``, age range, number of children, coordinates, opening
hours and the page's creation and update times. Left out: ``leader_name`` (it names the head
of the kindergarten), the survey figures and staff ratios, prices, the thumbnail and the
explorer's own ``id`` and ``website``, and the ``email`` where it may be a person's (kept only
where it is not on ``oslo.kommune.no``, whose addresses are all a member of staff's
``first.last@...``, and where no word of three letters or more of the row's ``leader_name``
stands in its local part: 23 rows keep one, ``akersveien@kanvas.no``,
``dl.brodfabrikken@bhg.no``, ``post@seilduken.no``).

    python scripts/no_oslo_kindergartens_data.py NO_GIT
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_no_oslo_kindergartens.json"
PATH = "data/kindergartens.json"
KEPT = (
    "object_id", "name", "url", "organization_id", "type", "district", "category",
    "subcategory", "address", "postal_code", "city", "phone", "email", "age_range",
    "num_children", "latitude", "longitude", "opening_hours_from", "opening_hours_to",
    "created_at", "updated_at",
)  # fmt: skip
SOURCES = {
    "NO": {
        "repository": "rix1/barnehageutforsker",
        "commit": "3eb09a40b8e67b8b30513c656443f9d7ff7e127b",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Oslo kommune, its kindergarten finder 'Finn barnehage i Oslo' "
        "(www.oslo.kommune.no/barnehage/finn-barnehage-i-oslo/), the kindergartens of bydel "
        "Grünerløkka, Sagene and St. Hanshaugen, as the repository's scrape.ts read the "
        "municipality's search index and pages into SQLite and exported them; the file "
        "added in b238950 ('re-add kindergarten export', 10 February 2026), unchanged at "
        "3eb09a4 ('add example to readme', 31 May 2026)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms (it says the data are scraped from oslo.kommune.no); Oslo kommune's terms for "
        "its kindergarten pages were not read here",
        "language": "nb",
        "roles": {
            "name": "name",
            "phone": ["phone"],
            "email": "email",
            "address": ["address"],
            "postcode": "postal_code",
            "register": "organization_id",
        },
    },
}  # fmt: skip


def _words(value: str) -> list[str]:
    """The lowercased words of three letters or more of ``value``, accents folded."""
    folded = unicodedata.normalize("NFKD", value.lower()).encode("ascii", "ignore").decode()
    return [w for w in re.findall(r"[a-z]+", folded) if len(w) >= 3]


def office_email(entry: dict[str, Any]) -> str:
    """The entry's ``email`` where it names no person: not on ``oslo.kommune.no`` (all of
    those are a member of staff's ``first.last``) and with no word of the entry's
    ``leader_name`` in its local part; "" otherwise."""
    value = entry.get("email") or ""
    if "@" not in value or value.lower().endswith("oslo.kommune.no"):
        return ""
    local = value.rsplit("@", 1)[0].lower()
    leader = entry.get("leader_name") or ""
    return "" if any(w in local for w in _words(leader)) else value


def fields(entry: dict[str, Any]) -> dict[str, str]:
    """The kept keys of one kindergarten, as published (null left out)."""
    out = {}
    for key in KEPT:
        value = office_email(entry) if key == "email" else entry.get(key)
        if value is None or value == "":
            continue
        out[key] = value if isinstance(value, str) else json.dumps(value)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        entries = json.loads(raw.decode(meta["encoding"]))
        rows += [
            {"country": country, "path": f"{PATH}#{i}", "fields": fields(entry)}
            for i, entry in enumerate(entries)
            if _has_phone(fields(entry), meta["roles"]["phone"])
            and "familiebarnehage" not in entry["name"].lower()
        ]
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
