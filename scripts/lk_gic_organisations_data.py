"""Extract the real directory that ``pii_held_out_52.py`` writes its records around into
``scripts/data/pii_lk_gic_organisations.json``: the phone, fax and e-mail fields of a country
whose register no earlier part used (Sri Lanka), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``LK``: Sri Lankan government organisations (ministries, departments, boards, authorities,
  corporations, state banks, provincial-council offices ...) in the organisation directory of
  the Government Information Center (gic.gov.lk), as the English pages' text was scraped into
  ``data/T<n>.txt`` by the repository ErangaD/CS4642-GOV_INFO_Search: the page's "General
  Information" line gives ``Telephones : ...Fax Nos : ...Email : ...Website : ...`` as the
  organisation's office entered it, in every national and international form at once
  (``0112861331``, ``011-2392607``, ``+94 11 2 695301``, ``+94-11-2605326 / 2605394``,
  ``0094-11-2369804``, ``+94-011-2324471-8``, ``011-2875916 to 2875920``), beside the page's
  breadcrumb (category and name), the postal address, the services offered and the date the
  page was last updated.

Every English page (its breadcrumb begins ``Home``) with a number of six digits or more in its
``Telephones`` field, in the files' numeric order, a page whose breadcrumb and contact line
repeat an earlier page's left out. Each row is kept as a mapping of the page's labels to the
published text: ``Category`` and ``Name`` (the breadcrumb), ``Address`` (the lines between the
name and "Head of the Organization"; the name, a ``Location Map`` link text and an MS Word
style sheet pasted into ten of them taken off), ``Telephones``, ``Fax Nos``, ``Email``,
``Website``, ``Services Offered`` and ``Page Last Updated Date``, each stripped. The page's
head of the organisation and its contact person (their names, designations and own numbers)
are left out: they name persons.

    python scripts/lk_gic_organisations_data.py LK_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_lk_gic_organisations.json"
CAP = 600
SOURCES = {
    "LK": {
        "repository": "ErangaD/CS4642-GOV_INFO_Search",
        "commit": "36655a49d2085d6885ccf70e351a339dc7f5a26d",
        "path": "data/T<n>.txt",
        "encoding": "utf-8",
        "publisher": "the Government Information Center of Sri Lanka (gic.gov.lk, 'developed "
        "in association with ICTA'), its organisation directory's pages in English as the "
        "text of each was scraped for a university search-engine assignment (CS4642) and "
        "committed in 36655a4 ('data files added', 20 June 2018); the pages show 'Last "
        "Update : 2018-06-19' and each its own 'Page Last Updated Date'",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the scraped pages' footer reads '© COPYRIGHT 2009 GIC (ALL RIGHTS RESERVED)'",
        "language": "en",
        "roles": {"name": "Name", "phone": ["Telephones"], "fax": ["Fax Nos"],
                  "email": "Email", "address": "Address"},
    },
}  # fmt: skip
ENGLISH = "YOU ARE HERE:\nHome  "
GENERAL = re.compile(
    r"General InformationTelephones :(?P<Telephones>.*?)Fax Nos :(?P<fax>.*?)"
    r"Email :(?P<Email>.*?)Website :(?P<Website>.*?)(?:Other Office Details:.*)?\n",
    re.S,
)
SERVICES = re.compile(r"\nServices Offered:(.*)\n")
UPDATED = re.compile(r"\nPage Last Updated Date :(.*)\n")
# the text of an MS Word style sheet pasted into an address (``Normal 0 false false false ...
# /* Style Definitions */ table.MsoNormalTable {...}``): the address ends where it begins
WORD_STYLES = re.compile(r"(?:800x600\s+)?Normal\s+0\s+false\s+false\s+false")


def _files(git_dir: Path, commit: str) -> list[str]:
    """The scraped pages' paths at ``commit``, in their numeric order (``T2`` before ``T10``)."""
    names = _git(git_dir, "ls-tree", "--name-only", f"{commit}:data").decode().split()
    return [f"data/{n}" for n in sorted(names, key=lambda n: int(re.sub(r"\D", "", n)))]


def _page(text: str) -> dict[str, str] | None:
    """The kept fields of an English organisation page (None for any other page)."""
    if ENGLISH not in text or "General InformationTelephones" not in text:
        return None
    start = text.index(ENGLISH) + len("YOU ARE HERE:\n")
    crumb, _, rest = text[start:].partition("\n")
    _, category, name = crumb.split("  ", 2)
    head = rest[: rest.index("Head of the Organization")]
    address = head.removeprefix(name).removesuffix("Location Map")
    address = WORD_STYLES.split(address, maxsplit=1)[0].strip()
    general = GENERAL.search(text)
    services, updated = SERVICES.search(text), UPDATED.search(text)
    return {
        "Category": category.strip(),
        "Name": name.strip(),
        "Address": address,
        "Telephones": general["Telephones"].strip(),
        "Fax Nos": general["fax"].strip(),
        "Email": general["Email"].strip(),
        "Website": general["Website"].strip(),
        "Services Offered": services[1].strip() if services else "",
        "Page Last Updated Date": updated[1].strip() if updated else "",
    }


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found, seen = [], set()
        for path in _files(git_dir, meta["commit"]):
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            fields = _page(raw.decode(meta["encoding"]))
            if fields is None or not _has_phone(fields, meta["roles"]["phone"]):
                continue
            key = tuple(fields[k] for k in ("Category", "Name", "Telephones", "Fax Nos", "Email"))
            if key in seen:
                continue
            seen.add(key)
            found.append({"country": country, "path": f"{path}#{len(found)}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
