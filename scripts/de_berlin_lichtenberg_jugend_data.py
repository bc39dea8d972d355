"""Extract the real register that ``pii_held_out_513.py`` writes its records around into
``scripts/data/pii_de_berlin_lichtenberg_jugend.json``: the phone and e-mail fields of a
register no earlier part used (Germany, whose earlier parts took Berlin's Kitas, schools,
Heimaufsicht, Hilf-mir and LEZ city guides, Chemnitz's Kitas, the Finanzämter, Hamburg's and
North Rhine-Westphalia's schools, the Hochschulkompass, the LUP care portal, the RKI's health
offices, the Weisse Liste's hospitals, Datenanfragen.de's companies and Hesse's test stations;
this one is a district office, the Bezirksamt Lichtenberg von Berlin, and its two lists of
youth work: the district's youth leisure facilities and projects for children, young people
and families, and the school social work and school-based youth work at its schools), exactly
as the district published them on daten.berlin.de.

Two JSON exports of the portal (``messages``, ``results``, ``index``) as the kiez-karte
project (Thomas Tursics) downloaded them, read from a git checkout at a named commit, values
unchanged:

* ``rawdata/freizeit-sport-jfe.json`` ('Einrichtungen und Projekte für Kinder, Jugendliche und
  Familien'): 71 facilities, each with ``stadtteile``, ``einrichtung`` (the facility's name,
  ``JFE "Die Arche“``), ``strasse``, ``plz``, ``ort``, ``telefon``, ``e_mail``, ``internet``,
  ``traeger`` (the operator: the district office itself or an association, ``pad e.V.``) and
  ``angebote``;
* ``rawdata/freizeit-sport-ja-jsa.json`` ('Angebote der schulbezogenen Jugendarbeit und
  Jugendsozialarbeit'): 32 projects at schools, each with ``schultyp``, ``projekt``
  (``Schulstation``, ``Schulsozialarbeit``), ``schule``, ``strasse``, ``plz``, ``ort`` (null in
  every row), ``telefon``, ``e_mail``, ``traeger`` and ``angebote``.

A row is kept where its ``telefon`` is one Berlin landline as the lists write it (``030``, a
space and the line, in groups or not, an extension after a hyphen: ``030 98695843``, ``030 920
92878``, ``030 52280899-11``; a leading space kept in the field), whose digits no earlier German
part's data holds (nor German OpenStreetMap objects' phones) and no row kept before it has; the
rows whose field gives two numbers (``030 5125119/ 030 5123006``, ``... oder 0162 2439026``), a
shortened second line (``030 97606063/64``) or a fax (``Fax: ...``) are left out, and so are the
rows with only a mobile number (``0177 713544``), which may be a worker's own phone. The
``e_mail`` is kept where it is one well-formed address whose local part names no person: no
``.`` or ``_`` in it (``m.bautz@``, ``Birgit.Schreiber@``, ``I.vonluebke_caritas@`` are left
out) and not on the private ISP domain ``t-online.de``; else it is emptied (its key stays).
Every other field is kept as published (a null as ""), with ``liste`` naming the file.

    python scripts/de_berlin_lichtenberg_jugend_data.py KIEZ_KARTE_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from de_weisse_liste_hospitals_data import osm_numbers
from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_de_berlin_lichtenberg_jugend.json"
PATHS = ("rawdata/freizeit-sport-jfe.json", "rawdata/freizeit-sport-ja-jsa.json")
PHONE, EMAIL = "telefon", "e_mail"
# the earlier German parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_de_berlin_heimaufsicht.json", "pii_de_berlin_hilfmir.json", "pii_de_berlin_kitas.json",
    "pii_de_berlin_lez_stadtfuehrer.json", "pii_de_chemnitz_kitas.json",
    "pii_de_datenanfragen.json", "pii_de_finanzaemter.json", "pii_de_hamburg_schools.json",
    "pii_de_hessen_teststellen.json", "pii_de_hochschulkompass.json",
    "pii_de_lup_pflegeportal.json", "pii_de_nrw_schools.json",
    "pii_de_rki_health_offices.json", "pii_de_weisse_liste_hospitals.json",
    "pii_national_phones.json",
)  # fmt: skip
# one Berlin landline: 030, a space, the line in groups of digits, an extension after a hyphen
LANDLINE = re.compile(r"030 +\d+(?: +\d+)*(?:-\d+)?")
MAILBOX = re.compile(r"[A-Za-z0-9+-]+@[\w-]+(?:\.[\w-]+)+")
SOURCES = {
    "DE": {
        "repository": "tursics/kiez-karte",
        "commit": "a0ae35aa597b2d78a7e53478a4cd7f32648cd9be",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "Bezirksamt Lichtenberg von Berlin (the district office), its lists "
        "'Einrichtungen und Projekte für Kinder, Jugendliche und Familien' and 'Angebote der "
        "schulbezogenen Jugendarbeit und Jugendsozialarbeit' on daten.berlin.de as the "
        "kiez-karte project (Thomas Tursics) downloaded their JSON exports (both files last "
        "changed in 5cfaa84, 25 April 2014; head a0ae35a of 26 April 2017)",
        "licence": "CC BY 3.0 DE as the project's rawdata/README.md gives both data sets' "
        "licence on daten.berlin.de (not confirmed at the portal itself); the repository "
        "states no licence of its own",
        "language": "de",
        "roles": {"name": "einrichtung", "phone": [PHONE], "email": EMAIL,
                  "address": ["strasse", "plz", "ort"]},
    },
}  # fmt: skip


def landline(value: str | None) -> str:
    """``value`` stripped where it is one Berlin landline in the lists' form; else ""."""
    value = (value or "").strip()
    return value if LANDLINE.fullmatch(value) else ""


def mailbox(value: str | None) -> str:
    """``value`` stripped where it is one address whose local part names no person; else ""."""
    value = (value or "").strip()
    if not MAILBOX.fullmatch(value) or value.lower().endswith("@t-online.de"):
        return ""
    return value


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
    meta = SOURCES["DE"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "49") | osm_numbers(), set()
    rows = []
    for path in PATHS:
        raw = _git(gits["DE"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        for i, item in enumerate(json.loads(raw)["index"]):
            digits = digits_of(landline(item.get(PHONE)))
            if len(digits) < 7 or digits in seen or {digits, "49" + digits[1:]} & earlier:
                continue
            seen.add(digits)
            fields = {key: "" if value is None else value for key, value in item.items()}
            fields["liste"] = path.rsplit("/", 1)[1].removesuffix(".json")
            if not mailbox(fields.get(EMAIL)):
                fields[EMAIL] = ""
            rows.append({"country": "DE", "path": f"{path}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
