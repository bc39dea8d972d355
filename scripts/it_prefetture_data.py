"""Extract the real register that ``pii_held_out_327.py`` writes its records around into
``scripts/data/pii_it_prefetture.json``: the phone, fax and e-mail fields of a register no
earlier part used (Italy, whose earlier parts took ICCU's libraries, Regione Lombardia's care
homes, the comuni's contacts list, Puglia's and Piemonte's accommodation lists, the Ministry of
Justice's offices of the justices of the peace and its prisons, and the Ministry of Health's
consultori; this one is the contacts list of the prefectures, the Prefetture - Uffici
territoriali del Governo of the Ministry of the Interior, another kind of institution),
exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``IT``: the contacts of the 106 prefectures (``prefettura``, the seat's address with its
  town and province code, ``cap``, ordinary e-mail ``mail``, certified e-mail ``pec``,
  ``telefono``, ``fax``), one row per prefecture (Aosta's functions are the Region's, Bolzano's
  and Trento's the Commissariati del Governo's, each with its own row), as a phpMyAdmin SQL
  dump of 22 July 2021 (database ``opendata``) in the repository lukes1582/dati_sql keeps it
  (``bb_elenco_contatti_prefetture_italia.sql``): Italian numbers with the country code and a
  blank before the national number as the office wrote it (``+39 0922 483111``,
  ``+39 0131/310111``, ``+39 05753181``, ``+39 0372 /4881``), one with a trailing comma
  (``+39 071 22821,``), one with a second number (``+39 0371/4471 0371/447409``), faxes with
  an extension or a second ending (``+39 030 3743666 493``, ``+39 019 821755-8416400``);
  office addresses at ``interno.it`` and ``pec.interno.it`` (``prefettura.agrigento@...``,
  ``protocollo.prefag@...``, ``gabsicurezza.pref_bologna@...``), Aosta's at the Region's
  domain.

Every row (all have a number in ``telefono``), in the dump's order. Each row is kept as a
mapping of the dump's column names to the published strings (SQL ``NULL`` as ``None``; the
dump's ``\\'`` escapes read as quotes; a blank ``mail``, two rows, kept as published). No
column names a person: every address's local part names the prefecture or one of its offices
(``prefettura``, ``protocollo``, ``gabinetto``, ``urp``, ``elettorale``, ``informatica``...).

    python scripts/it_prefetture_data.py IT_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from it_comuni_contacts_data import _tuples
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_it_prefetture.json"
CAP = 600
PATH = "bb_elenco_contatti_prefetture_italia.sql"
COLUMNS = ("id_elenco", "prefettura", "indirizzo", "cap", "mail", "pec", "telefono", "fax")
SOURCES = {
    "IT": {
        "repository": "lukes1582/dati_sql",
        "commit": "2a9cd37243b2d23ea3830eca329e2c2470403b9b",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "the contacts list of the Italian prefectures (Prefetture - Uffici "
        "territoriali del Governo, the Ministry of the Interior's offices in each province: "
        "address, ordinary and certified e-mail, telephone and fax of each), as the phpMyAdmin "
        "dump of the database 'opendata' committed to the repository on 22 July 2021 "
        "('dati_sql_2020_2021') holds it; the repository names no origin for the list (its "
        "README says only 'dati SQL per import e prove'); the addresses are the Ministry of "
        "the Interior's (interno.it, pec.interno.it)",
        "licence": "not confirmed: the repository carries the Apache License 2.0 (LICENSE), "
        "the list's own publisher and terms are not named",
        "language": "it",
        "roles": {"name": "prefettura", "phone": ["telefono"], "fax": "fax", "email": "mail",
                  "pec": "pec", "address": "indirizzo", "postcode": "cap",
                  "register": "id_elenco"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    meta = SOURCES["IT"]
    raw = _git(gits["IT"], "show", f"{meta['commit']}:{meta['path']}")
    found = []
    for values in _tuples(raw.decode(meta["encoding"])):
        fields = dict(zip(COLUMNS, values, strict=True))
        if _has_phone({k: v or "" for k, v in fields.items()}, meta["roles"]["phone"]):
            found.append(
                {"country": "IT", "path": f"{PATH}#{fields['id_elenco']}", "fields": fields}
            )
    return {"sources": SOURCES, "rows": seeded_sample(found, "IT", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
