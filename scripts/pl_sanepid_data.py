"""Extract the real register that ``pii_held_out_280.py`` writes its records around into
``scripts/data/pii_pl_sanepid.json``: the phone and e-mail fields of a register no earlier part
used (Poland's State Sanitary Inspection: the voivodeship and district sanitary-epidemiological
stations, wojewódzkie i powiatowe stacje sanitarno-epidemiologiczne; Poland's earlier parts took
Eurostat GISCO's list of hospitals and the Mobberizer app's list of common courts), exactly as
the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``data/sanepid.js``: a JavaScript module of the mobile app Mobberizer (help for people facing
  workplace mobbing) whose ``const Sanepid = [...]`` holds one object literal per station, each
  with ``id`` (``01`` to ``16`` for the voivodeship stations, a number for the district ones),
  ``title`` (the station's name, ``Powiatowa Stacja Sanitarno-Epidemiologiczna w Wałczu``),
  ``adres`` (street, postcode and town, ``Al. Zdobywców Wału Pomorskiego 54, 78-600 Wałcz``),
  ``tel`` (Polish numbers as the stations publish them: ``67 258 23 31``, ``52 37 618 00``,
  ``34 3131305``, hyphenated ``95 741-22-27``, two or three after commas, mobiles, some with
  ``48`` first and no plus, ``48 698 941 776``, one ``+48 604 218 685``, an extension, ``29 644
  06 80 wew. 31``, a range of lines, ``71 328 30 41 do 49``, ``22 620 90 01-06``), ``email``
  (the station's office address on ``sanepid.gov.pl``, ``psse.walcz@sanepid.gov.pl``; one with
  a trailing blank), ``www`` (its gov.pl page) and ``tag`` (voivodeship and towns served).

Every object of the array (all 342 hold a number of six digits or more in ``tel``), in the
file's order; each kept as a mapping of all of its keys to the published strings
(single-quoted literals without escapes, read as they stand; the register names no person:
``title`` is the station's name).

    python scripts/pl_sanepid_data.py PL_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pl_sanepid.json"
CAP = 600
PATH = "data/sanepid.js"
SOURCES = {
    "PL": {
        "repository": "lukaszchwalisz/mobberizer",
        "commit": "9d768e1d368fd5635f73195cd65321cba5b64a20",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the State Sanitary Inspection of Poland (Państwowa Inspekcja Sanitarna: "
        "the 16 voivodeship and the district sanitary-epidemiological stations under the Chief "
        "Sanitary Inspector), their contact details as each station publishes them on its "
        "gov.pl page, gathered by the author of the mobile app Mobberizer into data/sanepid.js "
        "(added in 5d4c40d, 25 October 2022; last changed in dd198f5, 'corrections in "
        "sanepid', 15 October 2023)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the stations' own terms for their contact pages were not read here",
        "language": "pl",
        "roles": {"name": "title", "phone": ["tel"], "email": "email", "address": ["adres"]},
    },
}  # fmt: skip

OBJECT = re.compile(r"^\t\{\n(.*?)^\t\},?$", re.M | re.S)
FIELD = re.compile(r"^\t\t(\w+):\s?'([^'\n]*)',?[ \t]*$", re.M)


def stations(source: str) -> list[dict[str, str]]:
    """The object literals of the ``Sanepid`` array, each as its keys' strings, in order."""
    body = source[source.index("const Sanepid = [") : source.index("\n]\n")]
    out = []
    for m in OBJECT.finditer(body):
        fields = dict(FIELD.findall(m.group(1)))
        assert len(fields) == len(m.group(1).strip().splitlines()), m.group(1)
        out.append(fields)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stations of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": fields}
            for i, fields in enumerate(stations(raw))
            if _has_phone(fields, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
