"""Extract the real register that ``pii_held_out_396.py`` writes its records around into
``scripts/data/pii_pt_carris_escolas.json``: the phone and e-mail fields of a register no
earlier part used (Portugal, whose earlier parts took its hospitals in Eurostat GISCO's
healthcare-services list, the Ministry of Internal Administration's police stations, the
Ministry of Justice's services and the Direção-Geral das Autarquias Locais' municipalities; this
one is Carris Metropolitana's georeferenced dataset of the schools of the Lisbon Metropolitan
Area, another publisher, a metropolitan transport agency, and another kind of institution),
exactly as the dataset gives them.

One file of Carris Metropolitana's open ``datasets`` repository (the public bus operator of
the Área Metropolitana de Lisboa, TML), read from a git checkout at a named commit, values
unchanged:

* ``facilities/schools/schools.csv``: 2,097 schools, from kindergartens to universities, each
  with its ``id`` (the Ministry of Education's school code for the public and private schools,
  ``200098``; a five-digit id for the universities), ``name``, coordinates, the TML zone flags
  ``A1`` to ``A4``, ``is_active``, ``validation_date``, ``nature`` (``public``, ``private``),
  ``grouping`` (the agrupamento de escolas), the levels taught (``pre_school`` to
  ``university``, ``0``/``1``), ``address``, ``postal_code`` (``2660-001``), ``locality``,
  parish, municipality, district and NUTS region codes and names, ``url``, ``email`` (the
  school's mailbox, ``eb1.adaslebres@escolas.min-edu.pt``; two mailboxes joined by ``|`` for
  some agrupamentos' head schools, a trailing ``;`` in a few), ``phone`` (nine digits, no
  spaces, ``219832364``; three of eight digits) and ``stops`` (the Carris Metropolitana stops
  that serve it, joined by ``|``).

A school is kept where its ``phone`` holds a number of seven digits or more whose digits no
earlier Portuguese part's data holds (with or without the country code 351) and no school kept
before it has (the first of schools that share a switchboard), and where the dataset does not
mark it inactive (``is_active`` ``0``); the kept schools are a seeded sample of ``CAP``, in the
file's order. Each is kept as the mapping of all of the file's columns to the published
strings (the file names no person; a school's name may honour one, ``Escola Básica Professor
Reynaldo dos Santos``).

    python scripts/pt_carris_escolas_data.py PT_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_pt_carris_escolas.json"
CAP = 300
PATH = "facilities/schools/schools.csv"
PHONE = "phone"
# the earlier Portuguese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_pt_hospitals.json", "pii_pt_police_stations.json", "pii_pt_justice_services.json",
    "pii_pt_municipalities.json",
)  # fmt: skip
SOURCES = {
    "PT": {
        "repository": "carrismetropolitana/datasets",
        "commit": "2d5c2ba664fbe58ad732813fd167b50e72690bf4",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Carris Metropolitana (the public bus operator of the Área Metropolitana "
        "de Lisboa, Transportes Metropolitanos de Lisboa), its open georeferenced dataset of "
        "the schools of the Lisbon Metropolitan Area (facilities/schools, also served by its "
        "API at /v2/datasets/facilities/schools), the commit of 21 October 2024",
        "licence": "ODC Open Database License (ODbL) 1.0 (the repository's LICENSE file; its "
        "README: 'Estes recursos são totalmente abertos e gratuitos')",
        "language": "pt",
        "roles": {"name": "name", "phone": [PHONE], "email": "email",
                  "address": ["address", "postal_code", "locality", "municipality_name"]},
    },
}  # fmt: skip


def earlier_pt(names: tuple[str, ...]) -> set[str]:
    """The digits of the earlier Portuguese parts' numbers, each also without its country
    code (``351``, ``00351``), as the dataset writes its numbers."""
    out = earlier_numbers(DATA, names, "351")
    for digits in list(out):
        for code in ("00351", "351"):
            if digits.startswith(code) and len(digits) - len(code) >= 7:
                out.add(digits[len(code) :])
    return out


def keep(row: dict[str, str], earlier: set[str], seen: set[str]) -> bool:
    """Whether a school is kept: a phone of seven digits or more that no earlier part and no
    school kept before holds, and not marked inactive."""
    tel = digits_of(row[PHONE])
    if len(tel) < 7 or tel in seen or tel in earlier:
        return False
    return row["is_active"].strip() != "0"


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept schools of the dataset, with the commit they were read at."""
    meta = SOURCES["PT"]
    raw = _git(gits["PT"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_pt(EARLIER), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        if not keep(row, earlier, seen):
            continue
        seen.add(digits_of(row[PHONE]))
        found.append({"country": "PT", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "PT", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
