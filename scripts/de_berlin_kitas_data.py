"""Extract the real register that ``pii_held_out_326.py`` writes its records around into
``scripts/data/pii_de_berlin_kitas.json``: the phone and e-mail fields of a register no earlier
part used (Berlin's register of day-care centres, Kitas, of the Senatsverwaltung für Bildung,
Jugend und Familie; Germany's earlier parts took Berlin's, North Rhine-Westphalia's and
Hamburg's schools, Chemnitz's day-care centres, farm shops on OpenStreetMap, the HRK's
Hochschulkompass, the RKI's health offices and the BZSt's tax offices), exactly as published.

One register, read from a git checkout at a named commit, values unchanged: the detail pages of
Berlin's Kita directory (``KitaDetailsNeu.aspx`` of the Senatsverwaltung's Kita search, 2017),
one JSON file per Kita under ``app/data/individual/``, as the Technologiestiftung Berlin's
Kita-Suche prototype scraped and committed them, and its list ``app/data/kitas.csv`` for each
Kita's name (the detail files hold none). The phone field as the page printed it: Berlin's
area code ``030`` put before the number the Kita entered, so ``0307811927``, ``0306712 0795``,
``030030 6322 8646`` (the code twice where the Kita entered it too), ``030(030) 22502155``,
``0300176 84022731`` (before a mobile number), an extension or a range after a hyphen
(``0304985689-0``, ``03076685878 - 80``), an alternative ending or a second number after a slash
(``03076233844/45``, ``0307821487/325123350``), ``o.`` or ``u.`` between two, seven-digit local
numbers with no code (``782 83 19``), mobile numbers (``0176/62914877``, ``+491706559626``,
``0049015775764079``).

Every Kita whose phone field has a number of six digits or more and no run of sixteen digits
that is no international number (one field, ``6570664565706645``, is a number written twice), a
seeded sample of ``CAP``, in the register's order. Each kept as a mapping of the page's fields
(``id``, ``num``, the Senatsverwaltung's Einrichtungsnummer of seven or eight digits, ``type``,
``parentType``, ``address``, ``district``, ``postcode``, ``phone``, ``geo``, ``structure``, the
places) to the published values, and the list's ``name``. Left out: ``parent`` (the Träger's
name, some a person's), ``link``, ``mapLink``, ``webLink``, ``image``, ``places`` and ``jobs``;
``email`` kept only where its local part names the Kita or a desk (a word of ``DESKS`` or of
the Kita's name, street or Träger kind: ``info@gruene-erdferkel.de``,
``kindergarten.conrad-blenkle-strasse@kigaeno.de``), left out where it may name a person
(``s.meier@...``).

    python scripts/de_berlin_kitas_data.py DE_GIT
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_de_berlin_kitas.json"
CAP = 300
FOLDER = "app/data/individual/"
LIST = "app/data/kitas.csv"
KEEP = ("id", "num", "type", "parentType", "address", "district", "postcode", "phone", "geo",
        "structure")  # fmt: skip
# words of an e-mail address's local part that name a Kita or one of its desks, not a person
DESKS = frozenset({
    "kita", "kitas", "kiga", "kindergarten", "kinderladen", "kinderhaus", "kinder", "kind",
    "kids", "kindertagesstaette", "kindertagesstatte", "kts", "kl", "ekt", "eki", "info",
    "kontakt", "leitung", "kitaleitung", "buero", "buro", "verwaltung", "post", "mail", "office",
    "team", "verein", "ev", "eltern", "elterninitiative", "elternverein", "haus", "gruppe",
    "krippe", "hort", "familie", "familien", "zentrum", "nachbarschaftsheim", "stiftung",
    "gemeinde", "kirche", "evangelisch", "katholisch", "diakonie", "caritas", "awo", "drk",
    "paritaet", "fippe", "leitungsteam",
})  # fmt: skip
SOURCES = {
    "DE": {
        "repository": "technologiestiftung/kita-explorer",
        "commit": "3273e0834c97a8a76b60537a2d9d7c1ca23bd89d",
        "paths": [FOLDER + "*_kitas.json", LIST],
        "publisher": "Senatsverwaltung für Bildung, Jugend und Familie Berlin, its register "
        "of day-care centres as its Kita search printed each Kita's detail page "
        "(KitaDetailsNeu.aspx, 2017); scraped and committed by the Technologiestiftung "
        "Berlin's Kita-Suche prototype (files added in 069a9df, 'add data', 30 November "
        "2017; the repository's README and the Berlin open-source portal name the "
        "Senatsverwaltung's web pages as the source)",
        "licence": "not confirmed: the repository's LICENSE is the GNU GPL v3 for its code and "
        "names no terms for the scraped data; the Senatsverwaltung's terms for its Kita "
        "directory pages were not read here",
        "language": "de",
        "roles": {"name": "name", "phone": ["phone"], "email": "email",
                  "address": ["address", "postcode", "district"], "register": "num"},
    },
}  # fmt: skip


def _words(text: str) -> set[str]:
    """The lower-case words of ``text`` (umlauts and ß spelled out as in mail addresses)."""
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    return {w for w in re.split(r"[^a-z]+", text) if len(w) >= 3 or w in DESKS}


def desk_address(email: str, row: dict[str, Any], name: str) -> bool:
    """Whether ``email`` is one well-formed address (a top-level domain the register's
    addresses use: not ``@gmx.dede``) whose local part has a word of ``DESKS`` or of the
    Kita's name, street or Träger kind (a person's name is none of these)."""
    if not re.fullmatch(r"[^@\s,;]+@[^@\s,;]+\.(de|com|org|net|eu|info|berlin)", email):
        return False
    local = _words(email.split("@")[0])
    own = _words(f"{name} {row['address']} {row['parentType']}")
    return bool(local & (DESKS | own))


def _phone_kept(phone: str) -> bool:
    """A number of six digits or more, and no run of sixteen digits that is no international
    number (a number written twice)."""
    if sum(c.isdigit() for c in phone) < 6:
        return False
    return not any(not m.group().startswith(("00", "+")) for m in re.finditer(r"\+?\d{16,}", phone))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept Kitas of the register, with the commit they were read at."""
    meta = SOURCES["DE"]
    git_dir, commit = gits["DE"], meta["commit"]
    listed = _git(git_dir, "show", f"{commit}:{LIST}").decode("utf-8")
    names = {row["id"]: row["name"] for row in csv.DictReader(io.StringIO(listed, newline=""))}
    files = _git(git_dir, "ls-tree", "--name-only", commit, FOLDER).decode().split()
    found = []
    for i, path in enumerate(sorted(files, key=lambda p: int(Path(p).name.split("_")[0]))):
        page = json.loads(_git(git_dir, "show", f"{commit}:{path}"))
        if not _phone_kept(page["phone"]):
            continue
        fields = {"name": names[str(page["id"])], **{k: page[k] for k in KEEP}}
        email = (page.get("email") or "").strip()
        if email and desk_address(email, page, fields["name"]):
            fields["email"] = page["email"]
        found.append({"country": "DE", "path": f"{path}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "DE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
