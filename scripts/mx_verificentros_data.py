"""Extract the real list that ``pii_held_out_388.py`` writes its records around into
``scripts/data/pii_mx_verificentros.json``: the phone fields of a list no earlier part used
(Mexico, whose earlier parts took the Secretaría de Cultura's museums, INEGI's DENUE, the State
of Chiapas's schools, the municipality of Jesús María, the STPS's employment offices and Mexico
City's information officers; this one is the vehicle emission verification centres, the
verificentros, of the Valley of Mexico's programme of verificación vehicular, in the Distrito
Federal and the Estado de México: another kind of establishment and another publisher),
exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``Resources/verificentros.js``: a JavaScript array (``var datos = [...]``, keys unquoted) of
  the 172 verificentros that the iPhone app of the repository Alfull/VerificacionVehicular
  (a Titanium reminder of the verification calendar, 2011) shows on its list and map, each
  with its ``num`` (the centre's number in the programme: ``9011`` in the Distrito Federal,
  ``ZU921`` in Zumpango), ``calle`` (the street and number, ``PROLONGACION SN.ANTONIO 705``),
  ``colonia`` (``LOMAS DE BECERRA``), ``delegacion`` (the delegación or municipality and its
  entity, ``ALVARO OBREGON, DISTRITO FEDERAL``, ``ZUMPANGO, ESTADO DE MEXICO``),
  ``telefono1`` and ``telefono2`` (the Valley's eight-digit local numbers of before the 2019
  ten-digit dialling, ``54824062``, two of seven digits, ``1991544``; 54 first fields hold two
  numbers and two hold three,
  joined by ``; `` or ``, `` (``56741028; 56740790``); the Estado de México's other towns with
  their long-distance prefix, ``01(722)2716963``, ``(01591)9170220``, ``017222194888``; ten
  second fields hold a number, each written as a bare JavaScript number, ``56622810``, kept as
  the digits written)
  and ``latitud`` and ``longitud`` (numbers, kept as the file writes them, ``19.35070``).

A row is kept where its ``telefono1`` holds a number of seven digits or more and none of the
numbers of its two fields (each piece between ``;`` and ``,`` a number) is held by an earlier
Mexican part's data or by a row kept before it (the first of centres that share a line): 171
of 172 (one Xochimilco centre whose two lines an earlier row of the list holds is left out), in
the file's order, fewer than ``CAP`` so no sample is drawn. Each row is kept as
the mapping of the object's keys to the published strings (``""`` where a field is empty; a
centre's ``num`` and a ``colonia`` end in a space, ``9040 ``, kept); the
list names no person (its centres go by their numbers, their addresses are their premises), so
no key is left out.

    python scripts/mx_verificentros_data.py MX_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from co_bogota_cai_data import objects
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_mx_verificentros.json"
CAP = 300
PATH = "Resources/verificentros.js"
PHONES = ("telefono1", "telefono2")
KEYS = ("num", "calle", "colonia", "delegacion", "telefono1", "telefono2", "latitud", "longitud")
# the earlier Mexican parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_mx_museums.json", "pii_mx_denue_furniture.json", "pii_mx_chiapas_schools.json",
    "pii_mx_jesus_maria.json", "pii_mx_sne_offices.json", "pii_mx_cdmx_info_officers.json",
)  # fmt: skip
SOURCES = {
    "MX": {
        "repository": "Alfull/VerificacionVehicular",
        "commit": "06127d8ab322fcf51495d5f5e1351e9a3d033a15",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the vehicle emission verification centres (verificentros) of the "
        "programme of verificación vehicular of the Distrito Federal and the Estado de México, "
        "as the iPhone app 'Recordatorios para verificación vehicular' (a Titanium Appcelerator "
        "app by omecoatl) lists them with their numbers, streets, colonias, delegaciones or "
        "municipalities, telephones and coordinates (file added in c2fec52, 30 March 2011; "
        "unchanged since)",
        "licence": "not confirmed: the repository's LICENSE file is the Apache License 2.0 text "
        "that Titanium's project template carries ('Copyright 2009 Appcelerator, Inc.') and "
        "its LICENSE.txt the template's placeholder; no terms are given for the list itself",
        "language": "es",
        "roles": {"name": "num", "phone": list(PHONES), "email": None,
                  "address": ["calle", "colonia", "delegacion"], "lat": "latitud",
                  "lng": "longitud"},
    },
}  # fmt: skip


def numbers_of(value: str) -> list[str]:
    """The numbers of a phone field as written: its pieces between ``;`` and ``,``
    (``56741028; 56740790`` gives both)."""
    return [p.strip() for p in re.split(r"[;,]", value) if p.strip()]


def fields(obj: dict[str, Any]) -> dict[str, str]:
    """The object's values as the published strings, under its own keys."""
    return {k: str(obj.get(k) or "") for k in KEYS}


def kept(row: dict[str, str], earlier: set[str], seen: set[str]) -> bool:
    """Whether a row is kept: its first field holds a number of seven digits or more, and no
    number of its fields is in ``earlier`` (the earlier parts') or ``seen`` (the rows kept
    before it)."""
    pieces = [digits_of(n) for col in PHONES for n in numbers_of(row[col])]
    if len(digits_of(row["telefono1"])) < 7:
        return False
    return not any(d in earlier or d in seen for d in pieces)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    meta = SOURCES["MX"]
    raw = _git(gits["MX"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "52"), set()
    found = []
    for i, obj in enumerate(objects(raw)):
        row = fields(obj)
        if not kept(row, earlier, seen):
            continue
        seen.update(digits_of(n) for col in PHONES for n in numbers_of(row[col]))
        found.append({"country": "MX", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "MX", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
