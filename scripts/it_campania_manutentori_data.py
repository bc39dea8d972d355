"""Extract the real register that ``pii_held_out_477.py`` writes its records around into
``scripts/data/pii_it_campania_manutentori.json``: the phone fields of a register no earlier
part used (Italy, whose earlier parts took ICCU's libraries, Regione Lombardia's care homes and
sports centres, the comuni's and the prefectures' contacts lists, Puglia's and Piemonte's
accommodation lists, Piemonte's museums, Lazio's health services, the Ministry of Justice's
offices of the justices of the peace and its prisons, and the Ministry of Health's consultori;
this one is Regione Campania's list of the firms that maintain heating plants of more than
35 kW, another publisher and another kind of institution: private firms of a trade), exactly as
the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``IT``: the 192 firms (``ditta``, the firm's registered name; ``indirizzo``, ``comune``,
  ``telefono``, ``latitudine``, ``longitudine``, ``regione`` ``campania``, ``nazione``
  ``italia``) of the list of firms for the maintenance of heating plants over 35 kW, as a
  phpMyAdmin SQL dump of 22 July 2021 (database ``opendata``) in the repository
  lukes1582/dati_sql keeps it (``cam_elenco_ditte_oltre_35kw.sql``): Italian numbers as ten,
  nine or eleven digits in one run with the trunk 0 and no separator (``0810118261``,
  ``081906119``, ``08119972343``), ``nd`` where the list gives none (nine rows).

A firm is kept where its ``telefono`` holds a number of seven digits or more whose digits no
earlier Italian part's data holds (the files of ``EARLIER``, and the Italian objects of the
OpenStreetMap part's ``pii_osm_pois.json``; a number there written after ``+39`` is compared
without it) and no firm kept before it has (the first of firms that share a line), in the
dump's order; all of them (fewer than ``CAP``). Each is kept as the mapping of the dump's
columns to the published strings (the dump's ``\\'`` escapes read as quotes). The list holds
no e-mail column. ``ditta`` is the registered name of the firm: companies (``NEW TERMOIDRICA
SNC``, ``EUROTECNO SRLS``) and sole traders, whose business name is, as Italian law has it,
the owner's (``THERMICA DI CUOMO DAVIDE``, ``MEMOLI GIUSEPPE``); kept as published, the list
names no other person.

    python scripts/it_campania_manutentori_data.py IT_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from it_comuni_contacts_data import _tuples
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_it_campania_manutentori.json"
CAP = 500
PATH = "cam_elenco_ditte_oltre_35kw.sql"
PHONE = "telefono"
COLUMNS = ("ditta", "indirizzo", "comune", PHONE, "latitudine", "longitudine", "regione",
           "nazione")  # fmt: skip
# the earlier Italian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_it_comuni_contacts.json", "pii_it_consultori.json", "pii_it_giudici_di_pace.json",
    "pii_it_lazio_sanimapp.json", "pii_it_libraries.json",
    "pii_it_lombardia_centri_sportivi.json", "pii_it_lombardia_rsa.json",
    "pii_it_piemonte_accommodation.json", "pii_it_piemonte_musei.json",
    "pii_it_prefetture.json", "pii_it_prisons.json", "pii_it_puglia_accommodation.json",
)  # fmt: skip
SOURCES = {
    "IT": {
        "repository": "lukes1582/dati_sql",
        "commit": "2a9cd37243b2d23ea3830eca329e2c2470403b9b",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Regione Campania's list of the firms for the maintenance of heating "
        "plants of more than 35 kW (ditte di manutenzione degli impianti termici oltre 35 kW: "
        "firm, address, municipality, telephone, coordinates), as the phpMyAdmin dump of the "
        "database 'opendata' committed to the repository on 22 July 2021 holds it (table "
        "cam_elenco_ditte_oltre_35kw, every row's regione 'campania'); the repository names no "
        "origin for the list (its README says only 'dati SQL per import e prove')",
        "licence": "not confirmed: the repository carries the Apache License 2.0 (LICENSE), "
        "the list's own publisher and terms are not named",
        "language": "it",
        "roles": {"name": "ditta", "phone": [PHONE], "address": ["indirizzo", "comune"],
                  "coordinates": ["latitudine", "longitudine"]},
    },
}  # fmt: skip


def osm_numbers(data: Path = DATA) -> set[str]:
    """The digits of the Italian OpenStreetMap objects' phone tags (``pii_osm_pois.json``),
    each also without a leading ``39``."""
    pois = json.loads((data / "pii_osm_pois.json").read_text(encoding="utf-8"))["pois"]
    out = set()
    for poi in (p for p in pois if p["country"] == "IT"):
        for _, value in poi["phones"]:
            digits = digits_of(value)
            out |= {digits, digits[2:] if digits.startswith("39") else digits}
    return out


def earlier() -> set[str]:
    """Every number an earlier Italian part holds, as digits, with and without ``39``."""
    found = earlier_numbers(DATA, EARLIER) | osm_numbers()
    return found | {d[2:] for d in found if d.startswith("39")}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept firms of the list, with the commit they were read at."""
    meta = SOURCES["IT"]
    raw = _git(gits["IT"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    taken, seen = earlier(), set()
    found = []
    for i, values in enumerate(_tuples(raw)):
        fields = dict(zip(COLUMNS, values, strict=True))
        tel = digits_of(fields[PHONE] or "")
        if len(tel) < 7 or tel in seen or tel in taken:
            continue
        seen.add(tel)
        found.append({"country": "IT", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IT", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
