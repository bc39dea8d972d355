"""Extract the real register that ``pii_held_out_109.py`` writes its records around into
``scripts/data/pii_es_madrid_schools.json``: the phone, fax and e-mail fields of a register no
earlier part used (the Comunidad de Madrid's directory of schools; Spain's parts so far took
Catalan schools), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``ES``: the schools and other educational centres of the Comunidad de Madrid as its public
  search ("Buscador de Colegios", ``gestiona.comunidad.madrid``) exports them with
  ``DESCARGAR LISTADO``, a ``;``-separated Windows-1252 file committed unchanged by the
  repository joaquinOnSoft/BecasXCentroMadrid (``resources/2023-11-25-(496).csv``): Spanish
  nine-digit numbers run together (``916326518``; Madrid's ``91`` fixed lines, some mobiles
  ``6xx``), a few in the file written otherwise (``+`` and eight digits, ``918 48 42``, eight
  digits; one of eight, ``91714858``, in the sample); ``FAX`` the same way, ``-`` where there
  is none (a few in words, ``sin fax``), often the phone number again; beside the centre's code
  (``28060646``), postcode, address, municipality and district.

Every data row (after the file's title line and header) with a number of six digits or more in
``TELEFONO``, in file order, but one whose fields a stray ``;`` shifted (its ``TITULARIDAD``
holds an e-mail address); a seeded sample of 600. Each row is kept as a mapping of the header's
columns to the published values; the empty column after the trailing ``;`` is left out, and so
is ``EMAIL2`` (a second address the centre gave, often a private webmail one that may name a
person), and ``EMAIL`` where it is not an address of the region's education domain
(``@educa.madrid.org``: private centres' addresses may name a person). The register names no
person otherwise (no head teacher), so no other column is left out.

    python scripts/es_madrid_schools_data.py ES_GIT
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_madrid_schools.json"
CAP = 600
TITLE = "CONSULTA DE CENTROS Y SERVICIOS EDUCATIVOS"
DOMAIN = "@educa.madrid.org"
KINDS = ("Público", "Privado", "Privado Concertado")
SOURCES = {
    "ES": {
        "repository": "joaquinOnSoft/BecasXCentroMadrid",
        "commit": "f06dd050731dc65ad6140661e122d0cfdee6ca02",
        "path": "resources/2023-11-25-(496).csv",
        "encoding": "cp1252",
        "publisher": "Comunidad de Madrid (Consejería de Educación), its public search of "
        "educational centres ('Buscador de Colegios', gestiona.comunidad.madrid, "
        "'DESCARGAR LISTADO' of all five territorial areas) as downloaded on 25 November 2023 "
        "and committed unchanged (Windows-1252) by joaquinOnSoft in f06dd05 ('Improve the way "
        "'null' strings are managed', 26 November 2023); the repository's README describes the "
        "download",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Comunidad de Madrid's terms for the search's export were not found",
        "language": "es",
        "roles": {"name": "CENTRO", "phone": ["TELEFONO"], "fax": ["FAX"], "email": ["EMAIL"],
                  "address": "DOMICILIO", "postcode": "COD. POSTAL", "id": "CODIGO CENTRO"},
    },
}  # fmt: skip


def _rows(text: str) -> list[tuple[int, dict[str, str]]]:
    """The file's data rows with their line numbers: the title line, then the header, then one
    centre a line (``;``-separated, each line ending in ``;``)."""
    lines = text.splitlines()
    assert lines[0].startswith(TITLE), lines[0]
    header = lines[1].split(";")
    out = []
    for number, values in enumerate(csv.reader(lines[2:], delimiter=";"), start=3):
        row = dict(zip(header, values, strict=False))
        out.append((number, {k: v for k, v in row.items() if k}))
    return out


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The row less ``EMAIL2``, and less ``EMAIL`` where it is no education-domain address."""
    out = {k: v for k, v in row.items() if k != "EMAIL2"}
    if not out.get("EMAIL", "").strip().endswith(DOMAIN):
        out.pop("EMAIL", None)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{number}", "fields": _kept(row)}
            for number, row in _rows(raw.decode(meta["encoding"]))
            if _has_phone(row, meta["roles"]["phone"]) and row.get("TITULARIDAD") in KINDS
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
