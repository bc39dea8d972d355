"""Extract the real directory that ``pii_held_out_108.py`` writes its records around into
``scripts/data/pii_cd_csdt.json``: the phone fields of a country whose register no earlier part
used (the Democratic Republic of the Congo), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``CD``: Kinshasa's leprosy and tuberculosis screening and treatment health centres (CSDT/CPLT)
  as Action Damien's website maps them, health zone by health zone (the page
  ``resources/views/hosp_map.blade.php`` of the repository silasmas/actiondamien, the site's
  Laravel code, as last written by hand before the map was moved into the database): each
  centre's name, health area (``aire de santé``), address as written (``Av. Kasa-Vubu N°87/BIS,
  Q/Bisengo, C/Bandalungwa``) and Congolese mobile numbers as the page prints them, the country
  code in brackets and the national number without its trunk ``0`` (``(+243) 998 189 705``),
  a second number after `` / `` without the code (``(+243) 851 109 360 / 818 288 808``).

Every entry of the page (an ``<li>`` under a health zone's ``<h3>``) with a number of six digits
or more in its phone paragraph, in the page's order. The page's entries have no keys, so each row
is kept as a mapping of five names given here to the text of the entry's five parts as published
(``zone_de_sante`` the card's ``<h3>``, ``nom`` the ``<h5>``, ``aire_de_sante`` the ``<h6>``,
``adresse`` and ``telephone`` the two paragraphs after their icons), stripped; the page names
no person (its names are the centres', its addresses their premises), so nothing is left out.

    python scripts/cd_csdt_data.py CD_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_cd_csdt.json"
CAP = 600
ZONE = '<h3 class="h3 m-0 fw-normal">'
PARTS = {
    "nom": r"<h5[^>]*>(.*?)</h5>",
    "aire_de_sante": r"<h6[^>]*>(.*?)</h6>",
    "adresse": r'fa-map-marker-alt me-2"></i>(.*?)</p>',
    "telephone": r'fa-phone me-2"></i>(.*?)</p>',
}
SOURCES = {
    "CD": {
        "repository": "silasmas/actiondamien",
        "commit": "b3699b761ec49f78b9c463fdec633dc227ce3e0a",
        "path": "resources/views/hosp_map.blade.php",
        "encoding": "utf-8",
        "publisher": "Action Damien (Damien Foundation), its website's page 'Cartographie des "
        "Centres de Santé de Dépistage et de Traitement de la Lèpre/Tuberculose (CSDT/CPLT "
        "Kin)', as committed in b3699b7 ('ok update', 5 December 2022) to the site's Laravel "
        "repository by its developer; the page's entries were written by hand, health zone by "
        "health zone, before a later commit (391e621, 'ok cartographie') moved the map into "
        "the site's database; no official register or edition is named",
        "licence": "not confirmed: the repository has no LICENSE file and its README (the "
        "Laravel template) names no terms; Action Damien's terms of re-use were not found",
        "language": "fr",
        "roles": {"name": "nom", "phone": ["telephone"], "address": "adresse",
                  "zone": "zone_de_sante", "area": "aire_de_sante"},
    },
}  # fmt: skip


def _entries(text: str) -> list[dict[str, str]]:
    """The page's entries in order: each ``<li>`` of a health zone's card as its five parts."""
    out = []
    for card in text.split(ZONE)[1:]:
        zone = card[: card.index("</h3>")].strip()
        for item in re.findall(r'<li class="list-group-item.*?</li>', card, re.S):
            parts = {k: re.search(p, item, re.S).group(1).strip() for k, p in PARTS.items()}
            out.append({"zone_de_sante": zone, **parts})
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
