"""Extract the real register that ``pii_held_out_491.py`` writes its records around into
``scripts/data/pii_bo_farmacias.json``: the contact fields of a register of a country no earlier
part used (Bolivia: the pharmacies of the Ministerio de Salud y Deportes's register as its
``Bolivia Segura`` public-health platform served them), exactly as the register gives them.

One table of a public-health map (mauforonda/unidos_contra_el_covid, a map of the services the
``Unidos contra el COVID`` / ``Bolivia Segura`` platform listed), read from a git checkout at a
named commit, values unchanged:

* ``data/farmacias.csv``: 1,543 pharmacies as the platform's ``ws-farmacias.php`` web service
  (``servicios.boliviasegura.gob.bo/api``, department by department, the repository's
  ``update.py``) returned them, each with its ``nombre_farmacia`` (a trade name: ``MI
  ANGELITO``, ``FARMACORP SUCURSAL Las Americas``), ``direccion`` (``Urriolagoitia Nº 350``),
  ``departamento`` and ``municipio``, coordinates, ``fecha_registro`` and
  ``numero_contacto``: Bolivian numbers as entered, seven-digit lines (``6435254``), the area
  code run on or set apart (``64-58828``, ``64 64656``, ``337 - 0021``, ``33259713``), mobiles of
  eight digits (``67949219``), and 19 fields holding two numbers after a slash, a hyphen or two
  blanks (``78494701/3422520``, ``61588872- 3238933``, ``33228646  71632503``); 921 pharmacies
  have none, and only those of Chuquisaca, Oruro, Potosí, Santa Cruz and Pando have any.

The file is read with the standard library's ``csv``. A pharmacy is kept where its
``numero_contacto`` is written as whole numbers only (``contact_numbers``: digits separated by
blanks, hyphens and slashes, each number seven digits or more; eight of the 622 filled fields
are not: three of six digits, three shorter, one with an apostrophe and one whose first number
has six digits), none of whose numbers a pharmacy kept before it has (the first of pharmacies
that share a line, as a chain's branches do: 19 are dropped, 595 stay); the kept pharmacies
are a seeded sample of ``CAP``, in the file's order, each the
mapping of all of the table's columns to the published strings (the register names no person:
a pharmacy is named by its trade name, which may be a first name, ``FANNY``).

    python scripts/bo_farmacias_data.py BO_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_bo_farmacias.json"
CAP = 320
PATH = "data/farmacias.csv"
PHONE = "numero_contacto"
EARLIER: tuple[str, ...] = ()  # no earlier part is Bolivian
SOURCES = {
    "BO": {
        "repository": "mauforonda/unidos_contra_el_covid",
        "commit": "5612c7a614f30c164c1fb5dc41db4e7c6a9715e5",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministerio de Salud y Deportes del Estado Plurinacional de Bolivia, its "
        "register of pharmacies as the Bolivia Segura / Unidos contra el COVID platform's web "
        "service served it (servicios.boliviasegura.gob.bo/api/ws-farmacias.php), fetched "
        "department by department by the repository's update.py (table last changed in "
        "b31cc01, January 2021)",
        "licence": "not confirmed (the repository states no licence; the platform's terms for "
        "the data are not stated)",
        "language": "es",
        "roles": {"name": "nombre_farmacia", "phone": [PHONE], "fax": [], "email": None,
                  "address": ["direccion", "municipio", "departamento"]},
    },
}  # fmt: skip

# a number as the register writes it: digits, with blanks and hyphens inside
_RUN = re.compile(r"\d(?:[\d-]| (?=[\d-]))*\d")


def contact_numbers(value: str) -> list[str]:
    """The numbers of a contact field as written, or [] where the field is not whole numbers of
    seven digits or more. The field is cut at slashes and at gaps of two blanks; a piece is cut
    again at a hyphen or blank after which seven digits or more stand alone (``61588872-
    3238933``); each part must hold seven digits or more, or the field is refused (``322424 -
    78511983``, ``62630'13``)."""
    value = value.strip()
    if not value or not re.fullmatch(r"[\d /-]+", value):
        return []
    out = []
    for piece in re.split(r"/|\s{2,}", value):
        piece = piece.strip(" -")
        m = re.fullmatch(r"(.*\d)\s*-\s*(\d{7,})", piece)
        parts = [m.group(1), m.group(2)] if m and len(digits_of(m.group(1))) >= 7 else [piece]
        for part in parts:
            part = part.strip(" -")
            if not _RUN.fullmatch(part) or len(digits_of(part)) < 7:
                return []
            out.append(part)
    return out


def kept_rows(raw: str, path: str, held: set[str]) -> list[dict[str, Any]]:
    """The rows of a Bolivia Segura CSV (``raw``, read from ``path``) whose contact field gives
    whole numbers (``contact_numbers``) that neither ``held`` nor an earlier kept row holds."""
    seen: set[str] = set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        lines = contact_numbers(row[PHONE])
        keys = {digits_of(line) for line in lines}
        if not lines or keys & seen or keys & held:
            continue
        seen |= keys
        found.append({"country": "BO", "path": f"{path}#{i}", "fields": dict(row)})
    return found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept pharmacies of the register, with the commit they were read at."""
    meta = SOURCES["BO"]
    raw = _git(gits["BO"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    found = kept_rows(raw, PATH, earlier_numbers(DATA, EARLIER, "591"))
    return {"sources": SOURCES, "rows": seeded_sample(found, "BO", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
