"""Extract the real lists that ``pii_held_out_123.py`` writes its records around into
``scripts/data/pii_pt_police_stations.json``: the phone and e-mail fields of a register no
earlier part used (the places where Portugal's two police forces, the PSP and the GNR, receive
the public; Portugal's earlier part took Eurostat's list of its hospitals), exactly as the
Ministry of Internal Administration's lists give them.

Two lists of the ministry's data set of the public administration's places of attendance
(``Locais de atendimento da AP - MAI``), read from a git checkout at a named commit, values
unchanged:

* ``res/police-contacts/PSP.csv``: the 532 places of the Polícia de Segurança Pública (its
  national and district commands, divisions, esquadras, traffic, criminal-investigation and
  airport units, schools), each with its ``telefone`` as the list writes it: Portuguese
  nine-digit numbers with no separator (``234302510``), often several joined by `` - ``
  (``218111000 - 965989000``), two fields joined by a bare hyphen (``291208600-291208438``), one
  in groups of three (``265 545 000 - 265 522 022``), alternative endings after a slash
  (``253613252/3``, ``273938023/24``), a word number (``21POLICIA``), a toll-free line after its
  name (``Linha Azul 800 205 146``), a ten-digit number (``2233944387``) and an eleven-digit
  one repeated in five rows (``96963497596``); beside its name, kind, the ministry's place id
  (``idatend``), parish code (``dicofre``), address, postcode, town, opening hours, e-mail
  address (the unit's mailbox at ``psp.pt`` or the internal ``rnsi.local``; ``0`` or ``Não
  Tem`` where it has none), web site, coordinates and the ids of the ministry and the force;
* ``res/police-contacts/QUARTEIS GNR.csv``: the 700 quarters (``Quartel GNR``: territorial
  commands, detachments and posts) of the Guarda Nacional Republicana's list in the same
  columns but the hours, each with one nine-digit ``telefone`` (two cross-border centres give a
  Spanish number with its country code and no ``+``, ``34924286507``) and its mailbox
  (``ct.avr.dagd@gnr.pt``; 11 empty, 2 without a domain, 4 ending at ``@gnr``, 3 with the
  domain mistyped).

Both are UTF-8 CSV in the repository jfoclpf/police-finder (a mobile app that finds the nearest
police station), beside the ministry's spreadsheets they were saved from
(``LOCAISATENDIMENTODAAPMAIPSP.xlsx``, 532 rows; ``QUARTEIS GNR.xlsx``, the 700 rows of kind
``Quartel GNR`` of ``LOCAISATENDIMENTODAAPMAIGNR.xlsx``). Every row has a number of six digits
or more in ``telefone``; a seeded sample of 600 of the 1,232, the PSP's list first, each in the
file's order; each row kept as a mapping of all of its file's columns to the published strings
(the lists name no person: ``designacao`` is the unit's name, the e-mail addresses are the
units' mailboxes).

    python scripts/pt_police_stations_data.py PT_GIT
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pt_police_stations.json"
CAP = 600
PATHS = ("res/police-contacts/PSP.csv", "res/police-contacts/QUARTEIS GNR.csv")
SOURCES = {
    "PT": {
        "repository": "jfoclpf/police-finder",
        "commit": "e6bb45c3287b9fe1603ce41fd310ae0119308252",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "Portugal's Ministry of Internal Administration (Ministério da "
        "Administração Interna), its data set of the public administration's places of "
        "attendance (Locais de atendimento da AP - MAI) for the Polícia de Segurança Pública "
        "(PSP) and the Guarda Nacional Republicana (GNR), whose spreadsheets "
        "(LOCAISATENDIMENTODAAPMAIPSP.xlsx, LOCAISATENDIMENTODAAPMAIGNR.xlsx, 2016) the "
        "repository keeps beside the two CSV files saved from them (for the GNR, its 700 "
        "quarters); both added in 9411e98 ('update', 18 January 2021)",
        "licence": "not confirmed: the repository's README says GNU GPLv3 for the project "
        "(its package.json 'GPL-3.0') and names no terms for the lists; the ministry's terms "
        "for the data set were not read here",
        "language": "pt",
        "roles": {"name": "designacao", "phone": ["telefone"], "email": "email",
                  "address": ["morada"], "postcode": "codigopostal",
                  "lat": "latitude", "lon": "longitude"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at: a sample of at most
    ``CAP`` seeded by the country, in the lists' order (the PSP's first)."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"])
            ]
        order = {id(row): k for k, row in enumerate(found)}
        kept = random.Random(f"register:{country}").sample(found, min(CAP, len(found)))
        rows += sorted(kept, key=lambda row: order[id(row)])
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
