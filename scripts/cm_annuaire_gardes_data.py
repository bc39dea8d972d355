"""Extract the real list that ``pii_held_out_474.py`` writes its records around into
``scripts/data/pii_cm_annuaire_gardes.json``: the phone fields of Cameroon's pharmacies on duty
as the Annuaire-Médical and DocHelp-CM listings give them, exactly as published.

One list, read from a git checkout at a named commit, values unchanged:

* ``CM``: the daily list of pharmacies on duty (``public/data/gardes_du_jour.json`` of the
  repository dascomsoft/pharmacam, scraped by the app's daily job from the Annuaire-Médical and
  DocHelp-CM listings): Cameroonian numbers of nine digits in groups (``222 04 85 38``,
  ``699 68 59 35``), one field with three joined by `` / ``; beside the entry's id, address,
  district, town, region, coordinates, hours, services, rating, source and scrape times.

The entries with a number of six digits or more in ``tel``, in the list's order, one per
distinct ``tel`` value (the list repeats numbers across towns), none whose name the scrape
mangled (three digits or more in ``nom``: part of a number glued to it, or CSS), less those
whose number an earlier part of Cameroon already holds (``pii_cm_pharmacies.json``). Values
as the file writes them (numbers as their text).

    python scripts/cm_annuaire_gardes_data.py CM_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, digits_of, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cm_annuaire_gardes.json"
EARLIER = Path(__file__).resolve().parent / "data" / "pii_cm_pharmacies.json"
CAP = 600
SOURCES = {
    "CM": {
        "repository": "dascomsoft/pharmacam",
        "commit": "c6dcc34e79355d24e366fa25640b28d245c48212",
        "path": "public/data/gardes_du_jour.json",
        "encoding": "utf-8",
        "publisher": "the Annuaire-Médical and DocHelp-CM (dochelp-cm.org) listings of "
        "pharmacies on duty in Cameroon's ten regions, as the Pharmacam app's daily job scraped "
        "them into its gardes_du_jour.json (commit c6dcc34, 'Mise à jour quotidienne "
        "2026-08-22')",
        "licence": "not confirmed: the repository has no LICENSE file and names no terms; the "
        "two listings' terms were not read",
        "language": "fr",
        "roles": {"name": "nom", "phone": ["tel"], "address": "adresse",
                  "lat": "latitude", "lon": "longitude"},
    },
}  # fmt: skip


def _as_published(value: Any) -> Any:
    """A value as the file writes it: strings as they are, others as their JSON text."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def earlier_numbers() -> set[str]:
    """The digits of every number Cameroon's earlier part holds."""
    rows = json.loads(EARLIER.read_text(encoding="utf-8"))["rows"]
    found = set()
    for row in rows:
        for part in str(row["fields"].get("tel", "")).split("/"):
            if digits_of(part):
                found.add(digits_of(part))
    return found


def garbled(row: dict[str, Any]) -> bool:
    """A name the scrape mangled: three digits or more in it (part of a number glued to the
    name, ``Délégation du Travail696 39 93``, or a line of CSS)."""
    return sum(c.isdigit() for c in row.get("nom", "")) >= 3


def keep(entries: list[dict[str, Any]], earlier: set[str]) -> list[tuple[int, dict[str, Any]]]:
    """The entries with a phone, one per distinct ``tel``, none an earlier part holds."""
    seen, kept = set(), []
    for i, entry in enumerate(entries):
        row = {key: _as_published(value) for key, value in entry.items()}
        if not _has_phone(row, ["tel"]) or row["tel"] in seen or garbled(row):
            continue
        seen.add(row["tel"])
        if any(digits_of(part) in earlier for part in row["tel"].split("/")):
            continue
        kept.append((i, row))
    return kept


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        entries = json.loads(raw.decode(meta["encoding"]), parse_float=str)["pharmacies"]
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in keep(entries, earlier_numbers())
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
