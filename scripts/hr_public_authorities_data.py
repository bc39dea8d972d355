"""Extract the real register that ``pii_held_out_22.py`` writes its records around into
``scripts/data/pii_hr_public_authorities.json``: the phone, fax and e-mail fields of a country
whose register no earlier part used (Croatia), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``HR``: the register of public authorities (Popis tijela javne vlasti) that Croatia's
  Information Commissioner (Povjerenik za informiranje) keeps under the Right to Access
  Information Act (tjv.pristupinfo.hr: ministries, courts, towns and municipalities, schools,
  kindergartens, museums, public companies...), as the repository codeforcroatia/open-data
  commits its monthly download (``tjv-snapshot-2026-07-01T06:21:15.486Z.csv``; UTF-8 with a
  BOM, ``;``-delimited, LF lines): international numbers with the calling code and area code
  in brackets (``(+385 52) 855 375``, ``(+385 1) 4898 022``), several in one field after
  ``;`` (``(+385 52) 741 585; (+385 52) 741 350``), a fax field of the same form, the body's
  e-mail address (two after ``;`` on some rows), beside its eleven-digit OIB (the personal
  identification number every legal person has: ``23557321379``), five-digit postcodes, the
  register's row number and the time of the entry's last change.

Every row with a number of six digits or more in its phone column, 600 of them drawn with a
fixed seed, kept in the file's order. Each row is kept as a mapping of the file's column names
to the published strings, less the ``DROPPED`` columns: the name, direct phone and e-mail of
the body's information officer, a person's contact details no record uses, so the repository
does not carry them.

    python scripts/hr_public_authorities_data.py HR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_hr_public_authorities.json"
CAP = 600
SOURCES = {
    "HR": {
        "repository": "codeforcroatia/open-data",
        "commit": "9a534a5b294634adf54aa9cc121e41b3f7ac7a18",
        "path": "tijela_javne_vlasti/tjv-snapshot-2026-07-01T06:21:15.486Z.csv",
        "encoding": "utf-8-sig",
        "publisher": "Povjerenik za informiranje (Croatia's Information Commissioner), its "
        "register of public authorities (Popis tijela javne vlasti, tjv.pristupinfo.hr, the "
        "'realtime' CSV download), as the repository's monthly snapshot of 1 July 2026 "
        "(commit 'Adding tjv csv snapshot'); the entry's last change is in its "
        "'Zadnja izmjena' column",
        "licence": "Otvorena dozvola (the Open Licence of the Republic of Croatia), as the "
        "repository's tijela_javne_vlasti/README.md names it ('license: "
        "http://data.gov.hr/otvorena-dozvola'); its text at data.gov.hr/otvorena-dozvola, as "
        "read: 'Otvorena dozvola omogućava korisniku svaku uporabu informacija na koje se "
        "odnosi, uključujući prostorno i vremenski neograničeno, besplatno, neisključivo i "
        "osobno pravo uporabe'; the information 'mogu se koristiti u komercijalnu i "
        "nekomercijalnu svrhu, a osobito: reproducirati, distribuirati i stavljati na "
        "raspolaganje trećim osobama', the re-user naming the source and the date of its last "
        "change and marking changes as such (here: the officer's name, phone and e-mail "
        "columns left out, values otherwise unchanged); the licence could not be read on "
        "tjv.pristupinfo.hr itself; the repository's own LICENSE is the Unlicense",
        "language": "hr",
        "roles": {"name": "Naziv tijela", "phone": ["Telefon"], "fax": ["Fax"],
                  "email": "E-mail", "register": "OIB", "postcode": "Br. pošte",
                  "city": "Grad"},
    },
}  # fmt: skip


# columns left out of the kept rows: the information officer's name and direct contacts
DROPPED = ("Ime i prezime službenika", "Tel. službenika", "E-mail. službenika")


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
