"""Extract the real list that ``pii_held_out_351.py`` writes its records around into
``scripts/data/pii_es_madrid_hotels.json``: the phone and e-mail fields of a register no earlier
part used (the Ayuntamiento de Madrid's esmadrid.com directory of tourist accommodation: hotels,
hostales, pensiones, aparthotels, hostels, student residences and a camp site; Spain's earlier
parts took other registers, among them the same city's elderly centres and registered
entities), exactly as the directory gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``alojamientos.json``: the city's open-data export of the accommodation resources of its
  tourism portal (esmadrid.com, datos.madrid.es 'Alojamientos turísticos de la ciudad de
  Madrid'), the JSON form of the portal's XML (``serviceList.service``, attributes as ``@id``,
  ``@name`` items with ``#text``), 665 services in Spanish, each with its ``basicData.phone``:
  Spanish numbers after the country code in brackets (``(+34) 91 490 26 50``), a few in other
  shapes (``912008585``, ``914 20 40 01``, ``(34) 91 2922940``, ``+34 91445 03 00``,
  ``(+ 34) 91 260 84 40``, ``(+34 ) 91 310 75 00``, one with a mistyped code, ``(+345) 91 531
  66 00``), many with trailing blanks or a stray `` /`` after the number, one with a
  byte-order mark after it; ``basicData.email`` in 568 (the businesses' own addresses,
  ``reservas@execentral.com``, some at ``hotmail.com`` or ``gmail.com``, a few with blanks
  around them); ``basicData.fax`` empty in every service.

Every service whose phone field holds a number of six digits or more (all 665), less those
whose number an earlier part's data already holds (none), a seeded sample of 500 in the file's
order; each kept as a flat mapping of its fields to the published strings: ``@id``,
``@fechaActualizacion``, ``basicData``'s ``name``, ``title``, ``phone``, ``email``, ``web``
and ``language``, ``extradata``'s ``Tipo``, ``Categoria``, ``SubCategoria`` and their ids,
``geoData``'s ``address``, ``zipcode``, ``locality``, ``subAdministrativeArea``, ``country``,
``latitude`` and ``longitude`` (a missing value as ``""``). Left out: ``basicData.body`` (the
portal's description, free text that names persons: designers, owners), ``multimedia`` (image
links) and ``basicData.email`` where its local part names a person
(``maria.segoviano@madrid.org``, ``miguelcarracedo@...``, ``trini@...``, ``donato@...``,
``mariarsp@...``, ``Indima_r@...``) or where it is no single address (a web link, an address
with a ``|`` in it, two addresses of which one is malformed, a doubled ``.comcom``).

    python scripts/es_madrid_hotels_data.py ES_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, digits_of, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_es_madrid_hotels.json"
CAP = 500
PATH = "alojamientos.json"
SOURCES = {
    "ES": {
        "repository": "JhonFajardoRodas/X-Nav-Practica-Hoteles",
        "commit": "ef11f9cf3d67039521be22c118347d41dfeba19f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ayuntamiento de Madrid, the accommodation resources of its tourism portal "
        "esmadrid.com as its open-data portal (datos.madrid.es) exports them "
        "('Alojamientos turísticos'), the JSON form of the export; committed in the "
        "repository's 'terminado rama master' (23 May 2016), a student's final project of the "
        "URJC course DAT/AT 2015-2016 (X-Nav-Practica-Hoteles) that maps Madrid's hotels",
        "licence": "not confirmed: the repository's LICENSE file is the GNU GPL v3 for the "
        "project and names no terms for the export; the Ayuntamiento de Madrid's terms for the "
        "data set on datos.madrid.es were not read here",
        "language": "es",
        "roles": {"name": "name", "phone": ["phone"], "email": "email", "address": ["address"]},
    },
}  # fmt: skip

# addresses left out: the local part names a person, or the field is no single address
DROPPED_EMAILS = (
    "maria.segoviano@madrid.org",
    "miguelcarracedo@hostaledreira.com",
    "trini@anayfran.com",
    "donato@hostaldulcinea.com",
    "mariarsp@telefonica.net",
    "Indima_r@yahoo.es",
    "senator.granvia21@playasenator.comcom",
)
_ONE_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _email(value: str | None) -> str:
    """The e-mail field as published, or "" where it is left out."""
    if not value:
        return ""
    if value.strip() in DROPPED_EMAILS or not _ONE_ADDRESS.fullmatch(value.strip()):
        return ""
    return value


def _items(items: list[dict[str, str]]) -> dict[str, str]:
    """``@name`` items as a mapping to their ``#text`` ("" where they have none)."""
    return {item["@name"]: item.get("#text") or "" for item in items}


def flatten(service: dict[str, Any]) -> dict[str, str]:
    """One service's kept fields, as published."""
    basic, geo, extra = service["basicData"], service["geoData"], service["extradata"]
    fields = {"@id": service["@id"], "@fechaActualizacion": service["@fechaActualizacion"]}
    for key in ("name", "title", "phone", "web", "language"):
        fields[key] = basic.get(key) or ""
    fields["email"] = _email(basic.get("email"))
    kinds = _items(extra["item"])
    fields["idTipo"], fields["Tipo"] = kinds.get("idTipo", ""), kinds.get("Tipo", "")
    category = (extra.get("categorias") or {}).get("categoria") or {}
    fields.update(_items(category.get("item", [])))
    sub = ((category.get("subcategorias") or {}).get("subcategoria")) or {}
    fields.update(_items(sub.get("item", [])))
    for key in ("address", "zipcode", "locality", "subAdministrativeArea", "country"):
        fields[key] = geo.get(key) or ""
    fields["latitude"], fields["longitude"] = geo.get("latitude") or "", geo.get("longitude") or ""
    return fields


def _national(digits: str) -> str:
    """A Spanish number's digits without the country code."""
    return digits[2:] if len(digits) == 11 and digits.startswith("34") else digits


def earlier() -> set[str]:
    """The national digits of every value of seven digits or more in the earlier parts' data."""
    out = set()
    for path in sorted(DATA.glob("pii_*.json")):
        if path == OUT:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data.get("rows", []) if isinstance(data, dict) else []
        for row in rows:
            fields = row.get("fields", {}) if isinstance(row, dict) else {}
            for value in fields.values() if isinstance(fields, dict) else ():
                if isinstance(value, str) and len(digits_of(value)) >= 7:
                    out.add(_national(digits_of(value)))
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept services, with the commit they were read at."""
    meta = SOURCES["ES"]
    raw = _git(gits["ES"], "show", f"{meta['commit']}:{PATH}")
    services = json.loads(raw.decode(meta["encoding"]))["serviceList"]["service"]
    seen = earlier()
    found = []
    for i, service in enumerate(services):
        fields = flatten(service)
        if not _has_phone(fields, meta["roles"]["phone"]):
            continue
        if _national(digits_of(fields["phone"])) in seen:
            continue
        found.append({"country": "ES", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "ES", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
