"""Extract the real directory that ``pii_held_out_99.py`` writes its records around into
``scripts/data/pii_kg_builders.json``: the phone fields of a country whose register no earlier
part used (Kyrgyzstan), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``KG``: Kyrgyz residential builders (construction companies' public sales contacts) as the
  stroitelniekompaniikyrgyzstan.com project stored them from elitka.kg's builder catalogue
  (the ``sources.elitka.builders`` array of ``scraped/merged-companies.json``): a ``phone``
  in the international form run together (``+996559404444``) and a ``whatsapp`` number
  without the ``+`` (``996559404444``), beside the builder's catalogue id, slug and its
  housing objects (titles, addresses, prices per m², completion dates, MinStroy passport links).

Every builder of the array with a number of six digits or more in ``phone`` or ``whatsapp``,
in the array's order. Each row is kept as a mapping of the builder's keys to the published
values as written (a JSON number as its digits, ``null`` as an empty string), each housing
object's keys as ``objects[<i>].<key>``; the catalogue names companies, not persons, so no key
is left out.

    python scripts/kg_builders_data.py KG_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kg_builders.json"
CAP = 600
SOURCES = {
    "KG": {
        "repository": "nursultanturdaliev/stroitelniekompaniikyrgyzstan.com",
        "commit": "0f2d4a99e8cb10df239060e131740e92660f15ff",
        "path": "scraped/merged-companies.json",
        "encoding": "utf-8",
        "publisher": "the stroitelniekompaniikyrgyzstan.com project's merged scrape as committed "
        "in 0f2d4a9 ('feat: scrape Elitka API, House.kg business catalog, optional 2GIS; add "
        "merged JSON', 29 March 2026): its 'elitka' source, the builder catalogue of the "
        "Kyrgyz real-estate portal elitka.kg (scrapedAt 2026-03-29); no official register is "
        "named",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; elitka.kg's terms were not checked",
        "language": "ru",
        "roles": {"name": "name", "phone": ["phone", "whatsapp"], "id": "builderId",
                  "slug": "slug"},
    },
}  # fmt: skip


def _text(value: Any) -> str:
    """A published value as written: a string unchanged, a number as its digits, ``null`` as
    an empty string."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _fields(builder: dict[str, Any]) -> dict[str, str]:
    """A builder's keys and values, its housing objects' keys as ``objects[<i>].<key>``."""
    out = {k: _text(v) for k, v in builder.items() if k != "objects"}
    for i, obj in enumerate(builder.get("objects") or []):
        out.update({f"objects[{i}].{k}": _text(v) for k, v in obj.items()})
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        builders = json.loads(raw.decode(meta["encoding"]), parse_float=str)
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _fields(b)}
            for i, b in enumerate(builders["sources"]["elitka"]["builders"])
            if _has_phone(_fields(b), meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
