"""Extract the real register that ``pii_held_out_208.py`` writes its records around into
``scripts/data/pii_it_piemonte_accommodation.json``: the phone, fax and e-mail fields of a
register no earlier part used (Regione Piemonte's list of accommodation businesses, elenco delle
strutture ricettive; Italy's earlier parts took ICCU's libraries, Lombardia's care homes, the
comuni's contacts and Pugliapromozione's accommodation list), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``IT``: Regione Piemonte's accommodation businesses (4,712 rows: municipality, province, the
  local tourist board ``denominazione atl``, stars, kind, the business's name, street and door
  number, postcode, ``telefono``, ``fax``, ``indirizzo posta elettronica``, altitudes, quality
  marks and services), as a phpMyAdmin SQL dump of 22 July 2021 (database ``opendata``, table
  ``pie_elenco_delle_strutture_ricettive``) in the repository lukes1582/dati_sql keeps it:
  Italian numbers as each business gave them, with or without a separator after the area code
  (``0173/638139``, ``0324 619190``, ``+39 0143 648986``), many that lost their trunk ``0``
  where a spreadsheet held them as figures (``122980799`` for ``0122 980799``), mobile numbers
  (``339 6989660``), two or three in one field after `` - ``, ``/``, ``,`` or ``;``, or a
  second ending after a slash (``0142 933575/933236``).

Only the kinds that are businesses or institutions with a desk of their own are read: hotels and
tourist residences, holiday homes and youth hostels, mountain huts, campsites (1,465 rows; bed
and breakfasts, room lets, holiday flats, farm stays and holiday lodgings, most run from a
private home, are left out). Of these, every row whose ``telefono`` holds a number of six digits
or more, less those whose ``telefono`` or ``fax`` a spreadsheet spoiled (an exponent,
``4.32399E+11``) or joined two numbers without a blank (``3463520415-3467129286``,
``+39 0144322748/0144440222``: read apart as a number of more than 13 digits), a seeded sample
of 360. Each row is kept as a mapping of the dump's column names to the published strings (the
dump's ``\\'`` escapes read as quotes; no column names a person). The e-mail address is kept
only where its local part is a desk's word (``info``, ``hotel``, ``booking``, ``rifugio``...) or
names the business (a word of its name); others, most a manager's own mailbox
(``nome.cognome@...``), are set to ``None``, and their count is kept in the data.

    python scripts/it_piemonte_accommodation_data.py IT_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from it_comuni_contacts_data import _tuples
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_it_piemonte_accommodation.json"
CAP = 360
PATH = "pie_elenco_delle_strutture_ricettive.sql"
COLUMNS = (
    "comune", "provincia", "denominazione atl", "stelle", "qualifica", "tipologia",
    "denominazione struttura", "indirizzo", "numero civico", "cap", "telefono", "fax",
    "indirizzo posta elettronica", "altitudine comune", "altitudine struttura",
    "marchio ecolabel europeo", "marchio q", "marchio yes", "idoneita' diversamente abili",
    "animali in camera", "assegno", "bancomat", "carta credito", "garage", "ascensore",
    "parcheggio riservato", "aria condizionata camere", "aria condizionata appartamenti",
)  # fmt: skip
KINDS = (
    "Alberghi e residenze turistico-alberghiere",
    "Case per Ferie e Ostelli per la Gioventu'",
    "Rifugi Alpini, Escurs., non gestiti e Bivacchi",
    "Campeggi e Villaggi Turistici",
)
EMAIL = "indirizzo posta elettronica"
SOURCES = {
    "IT": {
        "repository": "lukes1582/dati_sql",
        "commit": "2a9cd37243b2d23ea3830eca329e2c2470403b9b",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "Regione Piemonte, its list of accommodation businesses (elenco delle "
        "strutture ricettive: hotels, holiday homes and hostels, mountain huts, campsites and "
        "others, by municipality and local tourist board, ATL), as the phpMyAdmin dump of the "
        "database 'opendata' committed to the repository on 22 July 2021 "
        "('dati_sql_2020_2021') holds it (table 'pie_elenco_delle_strutture_ricettive', the "
        "prefix naming Piemonte); the repository names no origin for the list (its README says "
        "only 'dati SQL per import e prove')",
        "licence": "not confirmed: the repository carries the Apache License 2.0 (LICENSE); the "
        "region's terms for the list were not read",
        "language": "it",
        "roles": {"name": "denominazione struttura", "phone": ["telefono"], "fax": "fax",
                  "email": EMAIL, "kind": "tipologia", "municipality": "comune",
                  "postcode": "cap"},
    },
}  # fmt: skip

# a desk's word in an address's local part
DESK = re.compile(
    r"info|hotel|albergo|alberg|recept|ricevim|book|prenot|rifug|camping|campeggio|ostell|"
    r"casa|ferie|direz|contatt|segret|resid|villag|soggiorn|accogl|commerc|amminist|sales|"
    r"welcome|posta|mail|front|relais|locanda|residence|ristor|turism|\bpec\b",
    re.IGNORECASE,
)
ADDRESS = re.compile(r"[^\s@]+@[^\s@]+\.[a-z]{2,}", re.IGNORECASE)


def _letters(value: str) -> str:
    return re.sub(r"[^a-z]", "", value.lower())


def desk_address(address: str | None, name: str) -> bool:
    """Whether ``address`` is one well-formed address whose local part is a desk's word or
    holds a word of the business's ``name`` (its first five letters, a word of four or more)."""
    if not address or not ADDRESS.fullmatch(address):
        return False
    local = _letters(address.split("@")[0])
    words = [_letters(w) for w in re.split(r"[\s'\-]+", name)]
    named = any(len(w) >= 4 and w[:5] in local for w in words)
    return bool(DESK.search(address.split("@")[0])) or named


def _spoiled(value: str) -> bool:
    """A phone or fax field a spreadsheet spoiled (an exponent) or that joins numbers without
    a blank: a number of more than 13 digits as the part's labelling reads the field apart
    (``pii_held_out_11.numbers``)."""
    from pii_held_out_11 import numbers

    lengths = [sum(c.isdigit() for c in value[s:e]) for s, e in numbers(value)]
    return "E+" in value or any(n > 13 for n in lengths)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    meta = SOURCES["IT"]
    raw = _git(gits["IT"], "show", f"{meta['commit']}:{meta['path']}")
    found = []
    for i, values in enumerate(_tuples(raw.decode(meta["encoding"]))):
        fields = dict(zip(COLUMNS, values, strict=True))
        if fields["tipologia"] not in KINDS:
            continue
        if not _has_phone({k: v or "" for k, v in fields.items()}, meta["roles"]["phone"]):
            continue
        if _spoiled(fields["telefono"] or "") or _spoiled(fields["fax"] or ""):
            continue
        found.append({"country": "IT", "path": f"{PATH}#{i}", "fields": fields})
    rows = seeded_sample(found, "IT", CAP)
    dropped = 0
    for row in rows:
        fields = row["fields"]
        if fields[EMAIL] and not desk_address(fields[EMAIL], fields["denominazione struttura"]):
            fields[EMAIL] = None
            dropped += 1
    return {"sources": SOURCES, "dropped": {EMAIL: dropped}, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
