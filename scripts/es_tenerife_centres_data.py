"""Extract the real list that ``pii_held_out_287.py`` writes its records around into
``scripts/data/pii_es_tenerife_centres.json``: the phone, fax and e-mail fields of a list no
earlier part used (Tenerife's education and culture centres: schools, nursery schools,
institutes, adult and vocational centres, academies, libraries, museums and cultural centres
of the island's 31 municipalities; Spain's earlier parts took other lists), exactly as the list
gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``js/centros.js``: a JavaScript module (CRLF line ends) holding one GeoJSON
  ``FeatureCollection`` as an object literal (unquoted keys, single-quoted strings, one
  double-quoted where the name holds an apostrophe, ``null`` for none), 1,044 point features
  of ``clase`` ``'7'`` (education and culture) with the fields of a points-of-interest layer:
  the municipality's INE code (``mun``, ``38038``), the name (``nombre``, ``CEIP Julio
  Delgado``), the street type's abbreviation (``sigla``, ``Cl``, ``Av``, ``Cr``), street
  (``dir``), number (``num``), locality (``ref``), postcode (``cp``, a number, ``38430``), web
  site, e-mail, the phone (``tf``, a number literal of nine digits, ``922810294``: a Canary
  Islands fixed line ``922``, a mobile ``6xx`` or a freephone ``900``; ``0`` in 12 features,
  ``null`` in 153), the fax (``fax``, a string, ``'922812332'``; ``'0'`` in 26, one of ten
  digits), a photo, a fee, an activity code (``act``, ``'121'``) and the point's coordinates
  (longitude, latitude);
* ``js/municipios.js``: the same repository's list of the 31 municipalities by their INE code
  (``CodMun``, ``NombreMun``), read to name each feature's municipality.

Both files are in the repository fsanchezdev/mapaFirebase (a Leaflet map of Tenerife's
education and culture centres with a Firebase sign-in), which does not name where the layer
came from. Every feature whose ``tf`` holds a number of six digits or more; a seeded sample of
``CAP`` of them, in the file's order; each kept as a mapping of all of its properties to the
published literals (a string's text without its quotes, a number literal's digits as written,
``None`` for ``null``), with its coordinates as written (``longitude``, ``latitude``) and its
municipality's name (``municipio``), with ``email`` kept only where it is one well-formed
address that is a centre's own mailbox: the Canary Islands education department's mailbox of
a centre by its eight-digit code (``38001930@gobiernodecanarias.org``), or, on a domain that
is no free mail service (``FREE_MAIL``), a local part that is a role word (``info@``,
``secretaria@``, ``cultura@``; ``ROLE_WORDS``) or begins with a word naming the centre's kind
(``biblioteca@adeje.es``, ``colegio@...``; ``KIND_PREFIXES``). The other addresses (a
person's name or nickname on gmail, hotmail or a university's domain, or malformed:
``centroinfantilpiolyn@-gmail.com``) are blanked (""). The list names no person otherwise:
``nombre`` is the centre's name.

    python scripts/es_tenerife_centres_data.py ES_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_tenerife_centres.json"
CAP = 400
PATH = "js/centros.js"
MUNICIPALITIES = "js/municipios.js"
# one point feature of the collection, and one ``key: literal`` property line of it
FEATURE = re.compile(
    r"\{\s*type: 'Feature',\s*geometry: \{\s*type: 'Point',\s*coordinates: "
    r"\[(?P<lon>-?\d+(?:\.\d+)?),\s*(?P<lat>-?\d+(?:\.\d+)?)\s*\]\s*\},\s*"
    r"properties: \{(?P<props>[^{}]*)\}\s*\}"
)
PROPERTY = re.compile(r"\s*(\w+): ('[^']*'|\"[^\"]*\"|null|-?\d+(?:\.\d+)?),?\r?\n")
MUNICIPALITY = re.compile(r"CodMun: (\d+),\s*NombreMun: '([^']*)'")
# the education department's mailbox of a centre: its eight-digit code
CENTRE_MAILBOX = re.compile(r"\d{8}@gobiernodecanarias\.org")
# local parts that name a role, and beginnings of local parts that name a centre's kind (not a
# person)
ROLE_WORDS = frozenset({
    "administracion", "contacto", "cultura", "direccion", "educacion", "info", "secretaria",
})  # fmt: skip
KIND_PREFIXES = (
    "archivo", "auditorio", "biblio", "casa", "centro", "colegio", "escuela", "museo",
)  # fmt: skip
FREE_MAIL = frozenset({
    "gmail.com", "hotmail.com", "hotmail.es", "yahoo.com", "yahoo.es", "outlook.com",
    "live.com", "msn.com", "telefonica.net", "terra.es", "worldonline.com", "ono.com",
})  # fmt: skip
WELL_FORMED = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")
SOURCES = {
    "ES": {
        "repository": "fsanchezdev/mapaFirebase",
        "commit": "0492925bc1613f439a53f8e6b7b97859c3e8cc56",
        "paths": [PATH, MUNICIPALITIES],
        "encoding": "utf-8",
        "publisher": "not named: a points-of-interest layer of Tenerife (Canary Islands) of "
        "class 7, education and culture (schools, nursery schools, institutes, adult and "
        "vocational centres, academies, libraries, museums and cultural centres of the "
        "island's 31 municipalities, each with the INE code of its municipality, street type "
        "abbreviations and activity codes), as the repository's JavaScript module holds it; "
        "added in 0492925 ('Add files via upload', 3 July 2020), the repository's one commit, "
        "a Leaflet map of the centres with a Firebase sign-in; its files name no source",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the "
        "terms of the layer's publisher were not found",
        "language": "es",
        "roles": {
            "name": "nombre",
            "phone": ["tf"],
            "fax": ["fax"],
            "email": "email",
            "address": ["sigla", "dir", "num", "ref", "cp"],
        },
    },
}  # fmt: skip


def _literal(text: str) -> str | None:
    """A property's published value: a string's text without its quotes, a number literal's
    digits as written, ``None`` for ``null``."""
    if text == "null":
        return None
    if text[0] in "'\"":
        return text[1:-1]
    return text


def _digits(value: str | None) -> int:
    return sum(c.isdigit() for c in value or "")


def kept_email(value: str | None) -> str:
    """The address if it is a centre's own mailbox, else "" (see the module's description)."""
    if not value or not WELL_FORMED.fullmatch(value):
        return ""
    local, domain = value.split("@")
    if CENTRE_MAILBOX.fullmatch(value):
        return value
    if domain in FREE_MAIL or domain.startswith("gobiernodecanarias"):
        return ""
    return value if local in ROLE_WORDS or local.startswith(KIND_PREFIXES) else ""


def features(text: str) -> list[dict[str, Any]]:
    """Every feature of the module, in order: its properties and coordinates as written."""
    out = []
    for m in FEATURE.finditer(text):
        props: dict[str, str | None] = {}
        at = 0
        for p in PROPERTY.finditer(m["props"]):
            assert p.start() == at, m["props"][at : at + 60]
            props[p[1]] = _literal(p[2])
            at = p.end()
        assert not m["props"][at:].strip(), m["props"][at:]
        out.append({**props, "longitude": m["lon"], "latitude": m["lat"]})
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept features of the list, with the commit they were read at."""
    meta = SOURCES["ES"]
    git_dir = gits["ES"]
    read = lambda path: _git(git_dir, "show", f"{meta['commit']}:{path}").decode("utf-8")  # noqa: E731
    names = dict(MUNICIPALITY.findall(read(MUNICIPALITIES)))
    assert len(names) == 31
    found = []
    for i, props in enumerate(features(read(PATH))):
        if _digits(props["tf"]) < 6:
            continue
        fields = {**props, "email": kept_email(props["email"]), "municipio": names[props["mun"]]}
        found.append({"country": "ES", "path": f"{PATH}#{i}", "fields": fields})
    assert len(found) == 879
    return {"sources": SOURCES, "rows": seeded_sample(found, "ES", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
