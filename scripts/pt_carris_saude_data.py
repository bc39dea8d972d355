"""Extract the real register that ``pii_held_out_494.py`` writes its records around into
``scripts/data/pii_pt_carris_saude.json``: the phone and e-mail fields of a register no earlier
part used (Portugal, whose earlier parts took its hospitals' emergency services in Eurostat
GISCO's healthcare-services list, the Ministry of Internal Administration's police stations,
the Ministry of Justice's services, the Direção-Geral das Autarquias Locais' municipalities and
Carris Metropolitana's schools; this one is Carris Metropolitana's georeferenced dataset of the
health centres of the Lisbon Metropolitan Area, another file and another kind of institution:
the primary-care units of the SNS, centros de saúde, unidades de saúde familiar and their
extensions, with a few hospitals), exactly as the dataset gives them.

One file of Carris Metropolitana's open ``datasets`` repository (the public bus operator of
the Área Metropolitana de Lisboa, TML), read from a git checkout at a named commit, values
unchanged:

* ``facilities/health_centers/health_centers.csv``: 214 health facilities, each with its ``id``
  (``HC0001``), ``name``, coordinates, the TML zone flags ``A1`` to ``A4``, ``phone`` (nine
  digits, no spaces, ``212289630``; 13 rows give two numbers joined by ``|``,
  ``212339821|212339829``, some a mobile second, ``212349330|963748709``; 48 hospitals none),
  ``email`` (the unit's mailbox at the Lisbon and Tagus Valley health administration,
  ``ucc.sesimbra@arslvt.min-saude.pt``; three rows two joined by ``|``; five hospitals give
  their web page here instead, ``http://www.chs.min-saude.pt/``), ``url`` (empty),
  ``address``, ``postal_code`` (``2970-635``), ``locality``, parish, municipality, district
  and NUTS region codes and names, and ``stops`` (the Carris Metropolitana stops that serve
  it, six digits each, joined by ``|``).

A facility is kept where every number of its ``phone`` field has seven digits or more and none
is held by an earlier Portuguese part's data (with or without the country code 351) or by a
facility kept before it; the kept facilities are a seeded sample of ``CAP`` (all of them here),
in the file's order. Each is kept as the mapping of all of the file's columns to the published
strings (the file names no person; a unit's name may honour one, ``Hospital Ortopédico
Santiago do Outão``, and its mailbox may be named after its unit, ``usf.djoaov``).

    python scripts/pt_carris_saude_data.py PT_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from pt_carris_escolas_data import earlier_pt
from register_contacts_data import _git, digits_of, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_pt_carris_saude.json"
CAP = 300
PATH = "facilities/health_centers/health_centers.csv"
PHONE = "phone"
# the earlier Portuguese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_pt_hospitals.json", "pii_pt_police_stations.json", "pii_pt_justice_services.json",
    "pii_pt_municipalities.json", "pii_pt_carris_escolas.json",
)  # fmt: skip
SOURCES = {
    "PT": {
        "repository": "carrismetropolitana/datasets",
        "commit": "2d5c2ba664fbe58ad732813fd167b50e72690bf4",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Carris Metropolitana (the public bus operator of the Área Metropolitana "
        "de Lisboa, Transportes Metropolitanos de Lisboa), its open georeferenced dataset of "
        "the health centres of the Lisbon Metropolitan Area (facilities/health_centers, the "
        "file as last changed in 7653bce, 'updated helth centers', 29 January 2024), read at "
        "the commit of 21 October 2024",
        "licence": "ODC Open Database License (ODbL) 1.0 (the repository's LICENSE file; its "
        "README: 'Estes recursos são totalmente abertos e gratuitos'); the health "
        "administration's terms for the contacts were not read here",
        "language": "pt",
        "roles": {"name": "name", "phone": [PHONE], "email": "email",
                  "address": ["address", "postal_code", "locality", "municipality_name"]},
    },
}  # fmt: skip


def numbers(field: str) -> list[str]:
    """The numbers of a phone field, as written (the dataset joins two with ``|``)."""
    return [part.strip() for part in field.split("|") if part.strip()]


def keep(row: dict[str, str], earlier: set[str], seen: set[str]) -> bool:
    """Whether a facility is kept: a phone field whose every number has seven digits or more
    and is held by no earlier part and no facility kept before."""
    tels = [digits_of(n) for n in numbers(row[PHONE])]
    if not tels or any(len(t) < 7 for t in tels):
        return False
    return not any(t in seen or t in earlier for t in tels)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept facilities of the dataset, with the commit they were read at."""
    meta = SOURCES["PT"]
    raw = _git(gits["PT"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_pt(EARLIER), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        if not keep(row, earlier, seen):
            continue
        seen.update(digits_of(n) for n in numbers(row[PHONE]))
        found.append({"country": "PT", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "PT", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
