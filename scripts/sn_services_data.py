"""Extract the real directory that ``pii_held_out_70.py`` writes its records around into
``scripts/data/pii_sn_services.json``: the phone, fax and e-mail fields of a country whose
register no earlier part used (Senegal), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``SN``: the public services that Senegal's administrative-procedures portal
  servicepublic.gouv.sn lists under "Les services à contacter" (ministries' directions,
  agencies, public companies' offices, embassies, courts, training centres), one Markdown page
  each in ``data/services/`` of the repository senegalouvert/servicepublic, Senegal Ouvert's
  clone of the portal: Senegalese numbers as each page gives them under ``Téléphone`` and
  ``Télécopie``, most ``33 869 21 39``, often several after ``/`` (``33 869 70 70 /71``,
  ``33 869 42 97 / 94 / 93``), some without the ``33`` (``889 47 00``), a few with ``+221``,
  short numbers (``18 (urgence)``) and a toll-free ``N° vert 800 00 81 81``; beside the
  service's address, e-mail addresses and web site.

Every page of ``data/services/`` with a number of six digits or more in its ``Téléphone``
section, in the folder's order. Each row is kept as a mapping of the page's section headings
to their first paragraph as written (the page's title as ``Nom``; an ``Adresse électronique``
or ``Site web`` link as its text); the paragraphs after the first, which name the service's
director, chair or secretary general (private persons), and the pages' map scripts are left
out.

    python scripts/sn_services_data.py SN_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_sn_services.json"
CAP = 600
FOLDER = "data/services"
SECTIONS = ("Adresse", "Téléphone", "Télécopie", "Adresse électronique", "Site web")
SOURCES = {
    "SN": {
        "repository": "senegalouvert/servicepublic",
        "commit": "b29994d6ee41337573172bf2aa00f2a5f1f934f6",
        "path": "data/services/*.md",
        "encoding": "utf-8",
        "publisher": "servicepublic.gouv.sn, the Senegalese government's portal of "
        "administrative procedures, its directory of the services to contact, as cloned into "
        "Markdown by Senegal Ouvert (the folder added in f200f78 and 4af4bb4, 11 February "
        "2021; read at b29994d, 21 February 2021)",
        "licence": "not confirmed: the repository's LICENSE is the MIT licence (copyright 2021 "
        "Senegal Ouvert); the terms of servicepublic.gouv.sn for its content were not found",
        "language": "fr",
        "roles": {"name": "Nom", "phone": ["Téléphone"], "fax": ["Télécopie"],
                  "email": "Adresse électronique", "address": "Adresse", "web": "Site web"},
    },
}  # fmt: skip

HEADING = re.compile(r"^\*\*([^*\n]+)\*\*\n-+\n", re.M)
LINK = re.compile(r"\[(.*?)\]\([^)]*\)", re.S)


def _paragraph(body: str) -> str:
    """A section's first paragraph, its lines' right ends stripped (Markdown's two-space
    breaks) and blank lines left out; a link as its text."""
    first = body.strip("\n").split("\n\n", 1)[0]
    link = LINK.fullmatch(first)
    if link:
        first = link.group(1)
    return "\n".join(line.rstrip() for line in first.split("\n") if line.strip()).strip()


def page_fields(text: str) -> dict[str, str]:
    """The title and the known sections of one service page."""
    fields = {"Nom": text.split("\n", 1)[0].removeprefix("# ").strip()}
    found = list(HEADING.finditer(text))
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        if m.group(1) in SECTIONS:
            fields[m.group(1)] = _paragraph(text[m.end() : end])
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        names = _git(git_dir, "ls-tree", "--name-only", f"{meta['commit']}:{FOLDER}")
        found = []
        for i, name in enumerate(sorted(names.decode("utf-8").split())):
            raw = _git(git_dir, "show", f"{meta['commit']}:{FOLDER}/{name}")
            fields = page_fields(raw.decode(meta["encoding"]))
            if _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{FOLDER}/{name}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
