"""Extract the real directory that ``pii_held_out_219.py`` writes its records around into
``scripts/data/pii_es_cgpj_courts.json``: the phone, fax and e-mail fields of a register no
earlier part used (the Consejo General del Poder Judicial's directory of Spain's judicial
bodies, Directorio de Órganos Judiciales; Spain's earlier parts took Catalonia's and Madrid's
schools, Eurostat GISCO's hospitals, Castilla y León's libraries and Galicia's education
centres), exactly as the directory's pages give them.

One file, read from a git checkout at a named commit, values unchanged:

* ``dataset/juzgados.json``: a JSON array of Spain's 52 provinces, each with its ``juzgados``,
  the courts, sections and offices of the CGPJ's directory (poderjudicial.es), as a master's
  project of the Universitat Oberta de Catalunya scraped them on 7 November 2025: each body's
  ``nombre``, directory ``url``, ``municipio``, ``direccion``, ``codigopostal``, ``provincia``,
  coordinates, ``telefonos`` (Spanish nine-digit numbers in groups, ``881 99 60 03`` or
  ``91 397 12 00``; where the page lists two numbers the scraper joined them with nothing
  between, ``881 99 60 03881 99 60 04``), ``fax`` (one number) and ``email`` (the office's
  address, ``mixto1.arzua@xustiza.gal``), and ``jueces``, the judges' names.

Kept: every body whose ``telefonos`` is one or two whole numbers of those two shapes (4,350 of
the 4,367; the 7 whose pieces do not split into them are left out), whose ``fax`` is empty or
one such number and whose ``email`` is empty or one well-formed address, and whose numbers are
all distinct; a seeded sample of 300 of them, in the file's order. Each row as a mapping of the
body's keys to the published values, less ``jueces`` (persons' names: left out).

    python scripts/es_cgpj_courts_data.py ES_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_es_cgpj_courts.json"
CAP = 300
PATH = "dataset/juzgados.json"
# one Spanish number as the directory writes it: ``881 99 60 03`` or ``91 397 12 00``
NUMBER = r"(?:\d{3} \d{2} \d{2} \d{2}|\d{2} \d{3} \d{2} \d{2})"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LEFT_OUT = ("jueces",)
SOURCES = {
    "ES": {
        "repository": "UOC-Tipologia-y-ciclo-vida-datos/UOC-PRA1-Juzgados-de-Espanna",
        "commit": "7f49a510e9ce0876b18a39558414d1865c42e5bb",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Consejo General del Poder Judicial (CGPJ), its Directorio de Órganos "
        "Judiciales on poderjudicial.es, as scraped on 7 November 2025 by a master's project "
        "of the Universitat Oberta de Catalunya (UOC, Tipología y ciclo de vida de los datos, "
        "PRA1); the file as last changed in fe45523 ('Ajustes finales', 10 November 2025)",
        "licence": "not confirmed for the data: the repository's README distributes the "
        "project under CC BY-NC-SA 4.0 and says the extracted data are the CGPJ's, used for "
        "academic and research purposes only; the CGPJ's own terms for its directory were not "
        "read here",
        "language": "es",
        "roles": {
            "name": "nombre",
            "phone": ["telefonos"],
            "fax": ["fax"],
            "email": ["email"],
            "address": ["direccion", "codigopostal", "municipio", "provincia"],
        },
    },
}  # fmt: skip


def split_numbers(field: str) -> list[str]:
    """The numbers of a ``telefonos`` or ``fax`` field, in order ([] if it is not one or two
    whole numbers of the directory's shapes, joined with nothing between)."""
    if not re.fullmatch(f"(?:{NUMBER}){{1,2}}", field or ""):
        return []
    return re.findall(NUMBER, field)


def kept(body: dict[str, Any]) -> bool:
    """Whether a body's phone, fax and e-mail fields are kept (see the module's docstring)."""
    phones = split_numbers(body.get("telefonos") or "")
    fax = body.get("fax") or ""
    faxes = split_numbers(fax) if fax else []
    if not phones or (fax and len(faxes) != 1):
        return False
    email = body.get("email") or ""
    if email and not EMAIL.fullmatch(email):
        return False
    return len(set(phones + faxes)) == len(phones + faxes)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept bodies of the directory, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        bodies = [body for province in json.loads(raw.decode("utf-8")) for body in
                  province["juzgados"]]  # fmt: skip
        found = [
            {
                "country": country,
                "path": f"{PATH}#{i}",
                "fields": {k: v for k, v in body.items() if k not in LEFT_OUT},
            }
            for i, body in enumerate(bodies)
            if kept(body)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
