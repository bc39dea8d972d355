"""Extract the real list that ``pii_held_out_262.py`` writes its records around into
``scripts/data/pii_ca_ab_schools.json``: the phone fields of a list no earlier part used
(Alberta's schools, one page per school of the Ventilate Schools project's Alberta site; Canada's
earlier parts took other registers), exactly as the pages give them.

One list, read from a git checkout at a named commit, values unchanged: the repository
ventilate-schools/AB, a Jekyll site of one Markdown page per school in a folder per school
division or area (``Calgary/Acadia_School.md``), each page with a front matter ``title`` and a
bold ``**Key**: value`` line per field: the school's ``Address``
(``9603 5 Street SE, Calgary, Alberta T2J 1K4``), its ``Phone`` (``403-777-8440``: area code,
exchange and line joined by hyphens; five in parentheses, ``(403) 777-6100``, two with ``+1``,
four ``TODO``), its ``Website`` and, on some pages, its ``Type`` (``Public``, ``Catholic``,
``Francophone``, ...) and ``Student Count``; the other lines are the project's ventilation
survey (``TODO`` on most pages) and are not kept.

Every school page (no ``index.md``) whose ``Phone`` holds a number of six digits or more, in
the order of their paths; a school that stands in two folders (one number on two pages) kept
once, at its first page; a seeded sample of 480. Each row keeps the folder, the page's title,
its heading and the five fields above where the page has them, as published (the pages name no
person: the title is the school's name; principals and staff are not on them).

    python scripts/ca_ab_schools_data.py CA_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ca_ab_schools.json"
CAP = 480
KEYS = ("Type", "Address", "Phone", "Website", "Student Count")
SOURCES = {
    "CA": {
        "repository": "ventilate-schools/AB",
        "commit": "cfd979e12c35b3b1bdb8ab8f60decf06b58f6dcd",
        "paths": ["<division>/<school>.md"],
        "encoding": "utf-8",
        "publisher": "the Ventilate Schools project (ventilate-schools.github.io), its Alberta "
        "site 'Alberta Schools Ventilation Progress' (ventilate-schools.github.io/AB): one page "
        "per school of Alberta's public, Catholic, francophone, charter and independent school "
        "authorities, with the school's address, main telephone and web site as the schools "
        "and their authorities publish them (the repository's make_markdown.py lists the "
        "Edmonton Public Schools' entries with their epsb.ca sites); a scraped public directory",
        "licence": "not confirmed: the repository has no LICENSE file and its pages and "
        "_config.yml name no terms",
        "language": "en",
        "roles": {"name": "title", "phone": ["Phone"], "address": ["Address"]},
    },
}  # fmt: skip

FIELD = re.compile(r"^\*\*([^*]+)\*\*: ?(.*)$")


def page_fields(path: str, text: str) -> dict[str, str]:
    """The kept fields of one school page: its folder, front matter title, heading and the
    bold ``**Key**: value`` lines of ``KEYS``, as the page writes them."""
    fields = {"division": path.split("/", 1)[0]}
    lines = text.split("\n")
    for line in lines:
        if line.startswith("title: ") and "title" not in fields:
            fields["title"] = line[len("title: ") :]
        elif line.startswith("# ") and line != "# Navigation" and "heading" not in fields:
            fields["heading"] = line[2:]
        else:
            m = FIELD.match(line)
            if m and m.group(1) in KEYS and m.group(1) not in fields:
                fields[m.group(1)] = m.group(2)
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept school pages, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        listing = _git(git_dir, "ls-tree", "-r", "-z", "--name-only", meta["commit"])
        paths = sorted(
            p
            for p in listing.decode("utf-8").split("\0")
            if p.count("/") == 1 and p.endswith(".md") and not p.endswith("/index.md")
        )
        found, seen = [], set()
        for i, path in enumerate(paths):
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            fields = page_fields(path, raw.decode(meta["encoding"]))
            if not _has_phone(fields, meta["roles"]["phone"]) or fields["Phone"] in seen:
                continue
            seen.add(fields["Phone"])
            found.append({"country": country, "path": f"{path}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
