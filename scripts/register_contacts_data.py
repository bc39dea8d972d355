"""Extract the real registers that ``pii_held_out_12.py`` writes its records around into
``scripts/data/pii_register_contacts.json``: phone numbers exactly as two public registers of
countries no earlier part used published them, in their national format, with no calling code.

Two registers, each read from a git checkout at a named commit, values unchanged:

* ``US``: the CMS Hospital General Information file (data.medicare.gov, Hospital Compare) as
  the repository carmen52/hospital_info committed it: ten-digit numbers with no ``+1`` and no
  separator (``3347938701``), the Medicare provider number, ZIP code, county, ratings
  (Windows-1252). A work of the United States government (public domain). ``CAP`` rows, a
  seeded sample.
* ``AU``: Western Australia's schools list (Department of Education WA, ``Schools List``,
  published in the DataWA catalogue, data.wa.gov.au, under the Western Australian
  Government's open-data policy) as the repository thenrymy/group-3-project3 committed it:
  trunk-0 numbers in 2-4-4 groups (``08 9796 3000``), school code, postcode, coordinates,
  enrolments per year level. The repository itself names no licence. ``CAP`` rows, a seeded
  sample.

Each row is kept as a mapping of its register's column names to the published strings, with
the names of the columns that play each role. (Two further registers, of Spain and Austria,
were read for the part's one held-out score and removed for their licences: see docs/pii.md.)

    python scripts/register_contacts_data.py US_GIT AU_GIT
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "data" / "pii_register_contacts.json"
CAP = 400  # rows with a phone per country at most, a seeded sample
SOURCES = {
    "US": {
        "repository": "carmen52/hospital_info",
        "commit": "aeccbb70ce9a2ba702d1a0e81a9cee8892c11b0b",
        "paths": ["Hospital General Information.csv"],
        "licence": "public domain: a work of the United States government (Centers for "
        "Medicare & Medicaid Services, Hospital General Information, data.medicare.gov)",
        "language": "en",
        "encoding": "cp1252",
        "roles": {"name": "Hospital Name", "address": ["Address", "City", "State"],
                  "postcode": "ZIP Code", "phone": "Phone Number", "register": "Provider ID",
                  "kind": "Hospital Type", "note": ["Hospital Ownership", "County Name"]},
    },
    "AU": {
        "repository": "thenrymy/group-3-project3",
        "commit": None,
        "paths": ["Resources/SchoolsListExcel0880.csv"],
        "licence": "Department of Education, Western Australia (Schools List), published "
        "in the DataWA catalogue (data.wa.gov.au) under the Western Australian Government's "
        "open-data policy; the repository's copy names no licence",
        "language": "en",
        "roles": {"name": "School Name", "address": ["Street", "Suburb", "State"],
                  "postcode": "Postcode", "phone": "Phone", "register": "Code",
                  "kind": "Broad Classification", "coordinates": ["Latitude", "Longitude"],
                  "count": "Total_Students"},
    },
}  # fmt: skip


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), *args], capture_output=True, check=True
    ).stdout


def _csv_rows(text: str) -> list[dict[str, str]]:
    return [dict(row) for row in csv.DictReader(io.StringIO(text))]


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def _has_phone(row: dict[str, str], columns: list[str]) -> bool:
    """A phone field with a number of six digits or more (``0`` and ``9`` are no number)."""
    return any(sum(c.isdigit() for c in row.get(col, "")) >= 6 for col in columns)


def digits_of(value: str) -> str:
    """The digits of ``value``: a number's identity across the ways it is written."""
    return "".join(c for c in value if c.isdigit())


def earlier_numbers(data: Path, names: Iterable[str], country_code: str = "") -> set[str]:
    """The digits of every string value of seven digits or more in the earlier parts' data
    files ``names`` (under ``data``), which a new part's rows must not repeat; with
    ``country_code``, a number written after that code also with the trunk 0 in its place
    ("886-2-2311-1111" as "0223111111")."""
    out = set()
    for name in names:
        rows = json.loads((data / name).read_text(encoding="utf-8"))["rows"]
        for value in (v for row in rows for v in row["fields"].values() if isinstance(v, str)):
            digits = digits_of(value)
            if len(digits) >= 7:
                out.add(digits)
                if country_code and digits.startswith(country_code):
                    out.add("0" + digits[len(country_code) :])
    return out


def seeded_sample(found: list[dict[str, Any]], country: str, cap: int) -> list[dict[str, Any]]:
    """At most ``cap`` of a register's rows: a sample seeded by its country, in register order,
    so every run keeps the same rows."""
    if len(found) <= cap:
        return found
    return sorted(
        random.Random(f"register:{country}").sample(found, cap),
        key=lambda r: int(r["path"].rsplit("#", 1)[1]),
    )


def extract_csv_files(
    gits: dict[str, Path],
    sources: dict[str, Any],
    cap: int,
    keep: Callable[[dict[str, str]], dict[str, str]] = dict,
    kept: Callable[[dict[str, str]], bool] | None = None,
    distinct: str | None = None,
) -> dict[str, Any]:
    """Each country's one CSV file (``path`` at ``commit``, in ``encoding``): its rows that
    ``kept`` accepts (by default, those whose phone columns hold a number: ``_has_phone``), the
    first of each value of the column ``distinct`` when it is given, each as the mapping of the
    file's columns that ``keep`` makes of it (all of them by default), a seeded sample of at
    most ``cap`` per country; with the sources they were read from."""
    rows = []
    for country, git_dir in gits.items():
        meta = sources[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        text = io.StringIO(raw.decode(meta["encoding"]), newline="")
        found, seen = [], set()
        for i, row in enumerate(csv.DictReader(text)):
            if not (kept(row) if kept else _has_phone(row, meta["roles"]["phone"])):
                continue
            if distinct is not None:
                if row[distinct] in seen:
                    continue
                seen.add(row[distinct])
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": keep(row)})
        rows += seeded_sample(found, country, cap)
    return {"sources": sources, "rows": rows}


def write_extract(
    description: str,
    sources: dict[str, Any],
    extract: Callable[[dict[str, Path]], dict[str, Any]],
    out: Path,
) -> None:
    """The extractors' command line: one git directory per country of ``sources``, in their
    order; the kept rows written to ``out``."""
    parser = argparse.ArgumentParser(description=description)
    for country in sources:
        parser.add_argument(f"{country.lower()}_git", type=Path)
    args = parser.parse_args()
    data = extract({c: getattr(args, f"{c.lower()}_git") for c in sources})
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out, len(data["rows"]))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two registers, with the commit each was read at."""
    sources, rows = {}, []
    for country, git_dir in gits.items():
        meta = dict(SOURCES[country])
        sha = meta["commit"] or _git(git_dir, "rev-parse", "HEAD").decode().strip()
        sources[country] = {**meta, "commit": sha}
        found = []
        for path in meta["paths"]:
            text = _git(git_dir, "show", f"{sha}:{path}").decode(meta.get("encoding", "utf-8-sig"))
            for i, row in enumerate(_csv_rows(text)):
                if _has_phone(row, _as_list(meta["roles"]["phone"])):
                    found.append({"country": country, "path": f"{path}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": sources, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
