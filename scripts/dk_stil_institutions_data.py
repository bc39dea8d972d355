"""Extract the real register that ``pii_held_out_21.py`` writes its records around into
``scripts/data/pii_dk_institutions.json``: the phone and e-mail fields of a country whose
register no earlier part used (Denmark), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``DK``: the institution register of the Danish Ministry of Education (Institutionsregisteret,
  kept by STIL, Styrelsen for It og Læring: schools, colleges, municipalities and guidance
  centres with their institution numbers) as the repository raunsbaekdk/skoler committed an
  export of it in September 2016 (``skoler.csv``; UTF-8, ``;``-delimited, CRLF lines): Danish
  numbers of eight digits in two groups of four with no ``+45`` (``3366 4950``), an e-mail
  address on every row, beside the six-digit institution number (``101003``), the eight-digit
  CVR number of the legal entity (``64942212``), three-digit municipality numbers, four-digit
  region codes and four-digit postcodes.

Every row with a number of six digits or more in its phone column, 600 of them drawn with a
fixed seed, kept in the file's order. Each row is kept as a mapping of the file's column names
to the published strings, less the head of the institution's name (``INST_LEDER``): a person's
name no record uses, so the repository does not carry it.

    python scripts/dk_stil_institutions_data.py DK_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_dk_institutions.json"
CAP = 600
SOURCES = {
    "DK": {
        "repository": "raunsbaekdk/skoler",
        "commit": "af1b8c3a9a972808771c9392339ae32bf57863ca",
        "path": "skoler.csv",
        "encoding": "utf-8-sig",
        "publisher": "Børne- og Undervisningsministeriet (Danish Ministry of Education), its "
        "institution register (Institutionsregisteret) kept by STIL (Styrelsen for It og "
        "Læring), as the repository's export of September 2016 ('Updated databases')",
        "licence": "STIL's terms for its data (api.uddannelsesstatistik.dk/Terms, as read): "
        "'STIL giver en verdensomspændende, gratis, ikke-eksklusiv, og i øvrigt ubegrænset "
        "brugsret til data, som frit kan: kopieres, distribueres og offentliggøres; "
        "sammensættes med andet materiale; bruges kommercielt og ikke-kommercielt'; 'Data med "
        "STIL som datakilde må ikke ændres, men må gerne indgå som input i videre "
        "databehandling' (values are kept unchanged here); the repository itself names no "
        "licence",
        "language": "da",
        "roles": {"name": "INST_NAVN", "phone": ["TLF_NR"], "email": "E_MAIL",
                  "register": "INST_NR", "authority": "CVR_NR", "postcode": "POSTNR",
                  "city": "POSTDISTRIKT"},
    },
}  # fmt: skip


# columns left out of the kept rows: a person's name (the institution's head)
DROPPED = ("INST_LEDER",)


def _rows(text: str) -> list[dict[str, str]]:
    """The rows of the file as published (``;``-delimited, a quote doubled inside a field),
    less the ``DROPPED`` columns."""
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
    return [{k: v for k, v in row.items() if k not in DROPPED} for row in reader]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_rows(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
