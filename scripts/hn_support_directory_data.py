"""Extract the real directory that ``pii_held_out_80.py`` writes its records around into
``scripts/data/pii_hn_support_directory.json``: the phone fields of a country whose register no
earlier part used (Honduras), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``HN``: the support directory of the SEGURAS app (repository memi1492/segurasappio, an Ionic
  app for women facing violence in Honduras): for each of 18 departments and the national
  level, one page (``src/pages/<departamento>/<departamento>.html``) of ``ion-card`` entries
  naming a public service (Ministerio Público offices and fiscalías, juzgados, hospitals and
  Consejerías de Familia, INAM, DINAF, CONADEH, Ciudad Mujer, municipal gender offices,
  women's organisations) with its address and its ``Teléfono(s):``. Honduran numbers of eight
  digits in 4-4 groups, landlines ``2237-6830`` and mobiles ``9548-9170``, most fields listing
  several after commas (``2237-6830,2237-6908``), some with an extension (``2552-1496 Ext 13
  y 30``) or a digit too many (``9739-66988``); no calling code.

Every card whose phone text holds a number of six digits or more, page by page in path order,
card by card in page order. Each row keeps the page's title (``departamento``), the card's
header (``nombre``), the content before ``Teléfono(s):`` (``direccion``) and the content after
it (``telefonos``) as a reader of the page sees them: the text of the HTML with its tags
removed, its entities decoded and each run of white space shown as one space (the ``tel:``
link targets are markup, not kept). The directory names services, not persons, except one
national-level card headed by a person's name alone and one hospital card whose phone field
names the doctor who answers it, which are left out (``_names_person``).

    python scripts/hn_support_directory_data.py HN_GIT
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_hn_support_directory.json"
CAP = 600
PAGES = "src/pages"
PHONE_LABEL = "Teléfono(s):"
PERSONS = ("Carlos Del Cid",)  # cards headed by a private person's name: left out
SOURCES = {
    "HN": {
        "repository": "memi1492/segurasappio",
        "commit": "62956bc0914a0ce1502b1fcc0a6655e99545b50d",
        "path": PAGES,
        "encoding": "utf-8",
        "publisher": "the SEGURAS app's directory of support services for women facing "
        "violence in Honduras, one page per department and one for the national level, as "
        "committed in 62956bc ('Cambios en pages', 17 July 2021; the directory last "
        "rewritten in d2f3997, 'Version app con directorio actualizado', 11 October 2020); "
        "the repository names no publishing organisation and no official register as its "
        "source",
        "licence": "not confirmed: the repository has no LICENSE file and its README names "
        "no terms",
        "language": "es",
        "roles": {"name": "nombre", "phone": ["telefonos"], "address": "direccion",
                  "region": "departamento"},
    },
}  # fmt: skip


def _text(fragment: str) -> str:
    """The text a reader sees of an HTML fragment: line breaks as spaces, other tags removed,
    entities decoded, each run of white space one space, the ends stripped."""
    text = re.sub(r"<[^>]*>", "", re.sub(r"(?i)<br\s*/?>", " ", fragment))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _names_person(card: dict[str, str]) -> bool:
    """A card headed by a private person's name, or whose phone field names the person who
    answers it (``3323-0086 (Dr. Quintero)``): left out."""
    return card["nombre"] in PERSONS or "(Dr" in card["telefonos"]


def _cards(page: str) -> list[tuple[int, dict[str, str]]]:
    """Each ``ion-card`` of a department's page that gives a ``Teléfono(s):``, with its place
    among the page's cards, as its four fields."""
    if PHONE_LABEL not in page:
        return []
    title = _text(re.search(r"<ion-title[^>]*>(.*?)</ion-title>", page, re.S).group(1))
    out = []
    for i, card in enumerate(re.findall(r"<ion-card>(.*?)</ion-card>", page, re.S)):
        if PHONE_LABEL not in card:
            continue
        header = re.search(r"<ion-card-header[^>]*>(.*?)</ion-card-header>", card, re.S)
        content = re.search(r"<ion-card-content>(.*?)</ion-card-content>", card, re.S)
        before, _, after = content.group(1).partition(PHONE_LABEL)
        fields = {
            "departamento": title,
            "nombre": _text(header.group(1)),
            "direccion": _text(before),
            "telefonos": _text(after),
        }
        out.append((i, fields))
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        listing = _git(git_dir, "ls-tree", "-r", "--name-only", meta["commit"], meta["path"])
        found = []
        for path in sorted(p for p in listing.decode().split() if p.endswith(".html")):
            page = _git(git_dir, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
            for i, card in _cards(page):
                if _has_phone(card, meta["roles"]["phone"]) and not _names_person(card):
                    found.append(
                        {"country": country, "path": f"{path}#ion-card[{i}]", "fields": card}
                    )
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
