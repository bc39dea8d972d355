"""Extract the real register that ``pii_held_out_409.py`` writes its records around into
``scripts/data/pii_de_berlin_heimaufsicht.json``: the phone and e-mail fields of a register no
earlier part used (Germany, whose earlier parts took Berlin's, North Rhine-Westphalia's and
Hamburg's schools, the day-care centres of Chemnitz and Berlin, farm shops on OpenStreetMap,
the HRK's Hochschulkompass, the RKI's health offices, the BZSt's tax offices, the care portal
of the Landkreis Ludwigslust-Parchim, the Weisse Liste's hospitals and the LEZ's Stadtführer
Entwicklungspolitik; this one is the Land Berlin's Heimaufsicht, the supervisory authority of
the Landesamt für Gesundheit und Soziales (LAGeSo) under the Wohnteilhabegesetz, and its list
of the supervised residential homes (in-patient care homes and homes of the
Eingliederungshilfe for disabled people) with their inspection reports, another publisher and
another kind of register), exactly as the list writes them.

One file of the kiez-karte project (Thomas Tursics), read from a git checkout at a named
commit, values unchanged:

* ``rawdata/heimaufsicht-pruefberichte.json``: the daten.berlin.de data set of the
  Heimaufsicht's inspection reports (Prüfberichte) as its JSON export, 574 entries of
  ``index``, each with ``id``, the home's ``einrichtung_name``, ``_versorgungsform``,
  ``_wohnform``, ``_platzzahl``, ``_strasse``, ``_hnr``, ``_bezirk``, ``_plz``, ``_ort``,
  ``_telefon``, ``_fax`` and ``_email``, its operator's ``traeger_*`` fields and up to ten
  ``pruefung_N`` links to report PDFs.

An entry is kept where ``einrichtung_telefon`` is ONE number as the list writes Berlin's
numbers, without the area code, in groups of digits, an extension after a hyphen allowed
(``46 40 06 - 0``, ``7 71 09 40``, ``20 45 48 - 100``), of seven digits or more, whose digits
(also with ``030`` or ``4930`` before them) no earlier German part's data holds and no entry
kept before it has. Values with alternatives (``80 40 97 60 / -62``, ``... / 2 25 05 27 11``)
or a note (``(Verw.)``) are not taken. Each is kept as ``id``, ``name``, ``versorgungsform``,
``platzzahl``, ``strasse``, ``hnr``, ``plz``, ``bezirk``, ``traeger``, ``telefon`` (stripped,
otherwise as written) and ``e_mail`` only where it is one address whose local part names an
office, not a person (the rule of ``de_berlin_lez_stadtfuehrer_data.office_mailbox``:
``info@schrippenkirche.de`` kept, ``dbecker@ricam.de`` and two-address fields left out). The
fax, the operators' phones and addresses and the report links are not kept. No sampling: every
kept entry, in the file's order.

    python scripts/de_berlin_heimaufsicht_data.py DE_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from de_berlin_lez_stadtfuehrer_data import office_mailbox
from de_weisse_liste_hospitals_data import osm_numbers
from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_de_berlin_heimaufsicht.json"
PATH = "rawdata/heimaufsicht-pruefberichte.json"
PHONE, EMAIL = "telefon", "e_mail"
# the earlier German parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_de_berlin_kitas.json", "pii_de_berlin_lez_stadtfuehrer.json",
    "pii_de_chemnitz_kitas.json", "pii_de_finanzaemter.json", "pii_de_hamburg_schools.json",
    "pii_de_hochschulkompass.json", "pii_de_lup_pflegeportal.json", "pii_de_nrw_schools.json",
    "pii_de_rki_health_offices.json", "pii_de_weisse_liste_hospitals.json",
    "pii_national_phones.json",
)  # fmt: skip
# one Berlin number without its area code: groups of digits, an extension after a hyphen
ONE_NUMBER = re.compile(r"\d[\d ]*\d(?: ?- ?\d+)?")
SOURCES = {
    "DE": {
        "repository": "tursics/kiez-karte",
        "commit": "a0ae35aa597b2d78a7e53478a4cd7f32648cd9be",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Land Berlin, Landesamt für Gesundheit und Soziales (LAGeSo), "
        "Heimaufsicht: the list of supervised residential homes with their inspection reports "
        "(Prüfberichte der Heimaufsicht) on daten.berlin.de as the kiez-karte project (Thomas "
        "Tursics) downloaded its JSON export (rawdata/, head a0ae35a of 26 April 2017)",
        "licence": "CC BY-SA 3.0 DE as the project's rawdata/README.md gives the data set's "
        "licence on daten.berlin.de (daten.berlin.de/datensaetze/prüfberichte-der-berliner-"
        "heimaufsicht; not confirmed at the portal itself); the repository states no licence "
        "of its own",
        "language": "de",
        "roles": {"name": "name", "phone": [PHONE], "email": EMAIL, "address": ["strasse"]},
    },
}  # fmt: skip


def one_number(value: str) -> str:
    """``value`` stripped where it is one number in the list's form; else ""."""
    value = (value or "").strip()
    return value if ONE_NUMBER.fullmatch(value) else ""


def with_area_code(digits: str) -> set[str]:
    """The ways an earlier part may hold a Berlin number written without its area code."""
    return {digits, "030" + digits, "4930" + digits}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept homes of the list, with the commit they were read at."""
    meta = SOURCES["DE"]
    raw = _git(gits["DE"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "49") | osm_numbers(), set()
    rows = []
    for i, item in enumerate(json.loads(raw)["index"]):
        tel = one_number(item.get("einrichtung_telefon") or "")
        digits = digits_of(tel)
        if len(digits) < 7 or digits in seen or with_area_code(digits) & earlier:
            continue
        seen.add(digits)
        fields = {
            "id": item["id"],
            "name": item["einrichtung_name"].strip(),
            "versorgungsform": (item.get("einrichtung_versorgungsform") or "").strip(),
            "platzzahl": (item.get("einrichtung_platzzahl") or "").strip(),
            "strasse": (item.get("einrichtung_strasse") or "").strip(),
            "hnr": (item.get("einrichtung_hnr") or "").strip(),
            "plz": (item.get("einrichtung_plz") or "").strip(),
            "bezirk": (item.get("einrichtung_bezirk") or "").strip(),
            "traeger": " ".join((item.get("traeger_name") or "").split()),
            PHONE: tel,
        }
        mail = (item.get("einrichtung_email") or "").strip()
        if office_mailbox(mail):
            fields[EMAIL] = mail
        rows.append({"country": "DE", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
