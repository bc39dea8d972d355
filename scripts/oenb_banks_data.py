"""Extract the real register that ``pii_held_out_26.py`` writes its records around into
``scripts/data/pii_oenb_banks.json``: the phone and e-mail fields of a country whose register
no earlier part used (Austria), exactly as its public body published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``AT``: the directory of Austria's credit institutions and their bank codes that the
  Oesterreichische Nationalbank (OeNB) publishes for payments (SEPA-Zahlungsverkehrs-
  Verzeichnis, ``sepa-zv-vz_gesamt.csv``), as the repository Yepoleb/sepastatus commits its
  query of 23 September 2022 (Latin-1, ``;``-delimited, five lines of notice before the
  header): Austrian numbers as the banks gave them, mostly with the trunk ``0`` and a slash
  after the area code (``05273/6111``, ``0732/7802``), some with a hyphen before the
  extension (``0505333-0``), some international (``+43 7232 2232 0``), a few six-digit
  corporate ``050`` numbers (``050505``); the bank's e-mail address (``info@raibamatrei.at``);
  beside its five-digit bank code (``Bankleitzahl``: ``36273``), the OeNB's identification
  number (``Identnummer``: five to eight digits, ``263451``), the commercial-register number
  (``Firmenbuchnummer``: ``39856m``), the four-digit postcode, the BIC, the LEI and the date
  of foundation (``02.05.1897``).

Every row with a number of six digits or more in its ``Telefon`` column, ``CAP`` of them drawn
with a fixed seed, kept in the file's order. Each row is kept as a mapping of the file's column
names to the published strings; the directory names no person (its names are the banks', its
addresses the banks' offices), so no column is left out.

    python scripts/oenb_banks_data.py AT_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_oenb_banks.json"
CAP = 600
NOTICE_LINES = 5  # the OeNB's notice, a blank line and the query's date, before the header
SOURCES = {
    "AT": {
        "repository": "Yepoleb/sepastatus",
        "commit": "4029c7c5c6bc84a7dbe168a8b16d920866692849",
        "path": "sepa-zv-vz_gesamt.csv",
        "encoding": "latin-1",
        "publisher": "Oesterreichische Nationalbank (OeNB, Austria's central bank): its "
        "directory of credit institutions and bank codes for payments, "
        "SEPA-Zahlungsverkehrs-Verzeichnis (www.oenb.at/idakilz/kiverzeichnis), the query "
        "of 23 September 2022 ('SEPA-Verzeichnis-Abfrage vom 23.09.2022') as the repository "
        "committed it in 4029c7c ('Update data sources', 25 September 2022)",
        "licence": "not confirmed: the file's own notice reads \"Diese Daten werden "
        "ausschliesslich unter den Bedingungen des Haftungsausschlusses und der "
        "Copyrightbestimmungen der Oesterreichischen Nationalbank zur Verfügung gestellt\" "
        "(given only under the OeNB's disclaimer and copyright terms, "
        "oenb.at/Service/Impressum-und-Haftung.html, not read here); the repository's "
        "README.md names it 'Copyright OeNB' and puts only its own code under the AGPLv3; "
        "the OeNB publishes the directory to anyone on its web site, with no registration",
        "language": "de",
        "roles": {"name": "Bankenname", "phone": ["Telefon"], "email": "E-Mail",
                  "register": "Bankleitzahl", "postcode": "PLZ", "city": "Ort"},
    },
}  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    """The rows of the file as published (``;``-delimited, after the notice lines)."""
    body = text.split("\n", NOTICE_LINES)[NOTICE_LINES]
    return [dict(row) for row in csv.DictReader(io.StringIO(body, newline=""), delimiter=";")]


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
