"""Extract the real register that ``pii_held_out_209.py`` writes its records around into
``scripts/data/pii_nl_lrk_childcare.json``: the phone and e-mail fields of a register no earlier
part used (the Netherlands' national childcare register, the Landelijk Register Kinderopvang en
Peuterspeelzalen; the Netherlands' earlier parts took DUO's schools and the municipalities'
general numbers), exactly as the register gives them.

One repository's copy, read from a git checkout at a named commit, values unchanged:

* ``kinderopvang/risicoprofielen_kdv_amsterdam.csv`` and ``..._haarlem.csv``: the day-care
  centres (kinderdagverblijven) of Amsterdam and Haarlem with their GGD inspection colour per
  year, joined by Open State Foundation to each centre's entry of the register (the LRK
  number, the centre's name, places, address, postcode, coordinates, the holder's name, its
  Chamber of Commerce number and legal form, the contact's telephone, e-mail address and web
  site), one line per centre and inspection year. The telephone column ends in the
  spreadsheet export's text marker, an apostrophe (``023-5277577'``): it is no part of the
  number and is left out; the number before it is kept as written (``020-3446130``,
  ``020 4471451``, ``023 5379290``, ``0800 4422345``).

Each centre once (its first line, in the file's order, Amsterdam first), without the
inspection's columns (year, date, colour, kind of visit) and without ``contact_persoon`` (a
person's name). Kept: the centres whose holder is an organisation (``BV``, ``Stichting``,
``CV``, ``Vereniging``: not ``Eenmanszaak`` or ``VOF``, whose holder is a person or persons)
and whose telephone holds a number, none of them a mobile (``06``: a line a person may carry);
an e-mail address whose local part names a person (``h.cakmakci@``, ``erik@``) or that sits at
a free mail service under a person's handle is left out (the field then empty).

    python scripts/nl_lrk_childcare_data.py NL_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nl_lrk_childcare.json"
PATHS = (
    "kinderopvang/risicoprofielen_kdv_amsterdam.csv",
    "kinderopvang/risicoprofielen_kdv_haarlem.csv",
)
PHONE = "contact_telefoon"
EMAIL = "contact_emailadres"
# the register's columns kept (the inspection's per-year columns and the contact person not)
COLUMNS = (
    "LRK nummer", "actuele_naam_oko", "aantal_kindplaatsen", "vve", "inschrijfdatum",
    "opvanglocatie_adres", "opvanglocatie_postcode", "opvanglocatie_woonplaats", "longitude",
    "latitude", "naam_houder", "kvk_nummer_houder", "rechtsvorm_houder", PHONE, EMAIL,
    "contact_website",
)  # fmt: skip
ORGANISATIONS = ("BV", "BeslotenVennootschap", "Stichting", "CV", "Vereniging")
# e-mail addresses of the kept centres whose local part names a person, or a person's handle
# at a free mail service: left out
PERSONAL_EMAILS = frozenset({
    "Melinda.Scholten@pinkstergemeenteamsterdamzuidoost.nl", "annette.dewit@impuls.nl",
    "erik@deklelinewereld.nl", "gusta.deboer@impuls.nl", "h.cakmakci@moedersschoot.nl",
    "indiana87@hotmail.com", "jennifer@kinderfortje.nl", "jvanbronkhorst@smallsociety.nl",
    "k.devries@compananny.nl", "petrab@zigzagzorg.nl", "ymaas@dynamo-amsterdam.nl",
})  # fmt: skip
SOURCES = {
    "NL": {
        "repository": "openstate/datasets",
        "commit": "3800f80f7ad465034663205a068b055735366274",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "the Landelijk Register Kinderopvang en Peuterspeelzalen (LRK, the "
        "Netherlands' national register of childcare, kept by DUO for the Ministry of Social "
        "Affairs and Employment), its entries of Amsterdam's and Haarlem's day-care centres "
        "as Open State Foundation joined them to the GGD's risk profiles (a freedom-of-"
        "information request); the files added in e8b0424 (8 June 2016) and 3800f80 (15 June "
        "2016) and deleted in 6f508d2 and bc1bf84 (30 June 2016), read here at 3800f80",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the register's own terms of re-use were not read here",
        "language": "nl",
        "roles": {"name": "actuele_naam_oko", "phone": [PHONE], "email": [EMAIL]},
    },
}  # fmt: skip


def published_phone(value: str) -> str:
    """The telephone column less the export's trailing text marker (``'``)."""
    return value.removesuffix("'")


def _mobile(value: str) -> bool:
    return re.search(r"(?<!\d)06", value) is not None


def kept(row: dict[str, str]) -> dict[str, str] | None:
    """The row's kept columns, or None where the centre is not kept."""
    fields = {column: row[column] for column in COLUMNS}
    fields[PHONE] = published_phone(fields[PHONE])
    if fields["rechtsvorm_houder"] not in ORGANISATIONS or _mobile(fields[PHONE]):
        return None
    if not _has_phone(fields, [PHONE]):
        return None
    if fields[EMAIL] in PERSONAL_EMAILS:
        fields[EMAIL] = ""
    return fields


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres of the two files, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            seen: set[str] = set()
            for i, row in enumerate(csv.DictReader(io.StringIO(raw.decode(meta["encoding"])))):
                if row["LRK nummer"] in seen:
                    continue
                seen.add(row["LRK nummer"])
                fields = kept(row)
                if fields is not None:
                    rows.append({"country": country, "path": f"{path}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
