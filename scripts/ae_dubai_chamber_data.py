"""Extract the real directory that ``pii_held_out_199.py`` writes its records around into
``scripts/data/pii_ae_dubai_chamber.json``: the phone, fax and office e-mail fields of a register
no earlier part used (the Dubai Chamber of Commerce and Industry's commercial directory of its
member companies, United Arab Emirates; the UAE's earlier parts took the Dubai Health Authority's
Sheryan register of health facilities and KHDA's database of Dubai's private schools, other
publishers and other kinds of institution), exactly as the directory gives them.

One CSV file, read from a git checkout at a named commit, values unchanged:

* ``dubaichamber/dubaichamber_OutputFile.csv``: 510 member companies of the Dubai Chamber (traders,
  contractors, transport and shipping firms, jewellers, restaurants, real-estate brokers,
  pharmacies, ...) as a Selenium scraper of the chamber's commercial directory
  (dubaichamber.com/resources/commercial-directory) wrote them in March 2021, one row per
  company in the columns its ``write_csv`` names (``company_name``, ``email``, ``phone``,
  ``fax``, ``url``, ``product``, ``description``; no header row; a blank row after each, the file
  written with ``\\r\\r\\n`` line ends). ``phone`` as the directory writes it: Dubai's area code
  without its trunk ``0`` and the line joined by a hyphen (``4-3935262``, most), mobiles the same
  way (``50-6450153``), national numbers with the trunk ``0`` (``042854565``, ``04-2724071``,
  ``055-4608619``), international ones (``+971-4-5617781``, ``+97165680777``, ``971509920625``);
  ``fax`` mostly with the calling code (``+971-4-3935262``), some with a ``?`` before a kept trunk
  ``0`` (``+971-?04-2582865``) or in a garbled North-American mask (``+971-(497) 127-2407 x9``).

Rows kept: those whose ``phone`` holds a number of seven digits or more, not all zeros (380 of the
510), less 7 repeating an earlier row in every column: 373, all of them (no sample). Each row is
kept as a mapping of the seven columns to the published strings, with the ``email`` field only
where it is one address whose local part is an office's role word (``info@``, ``sales@``,
``accounts@``) on a domain that is no free or ISP mail service (many of the directory's addresses
name a person or sit on such a service). The names are the companies' trade names.

    python scripts/ae_dubai_chamber_data.py AE_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ae_dubai_chamber.json"
PATH = "dubaichamber/dubaichamber_OutputFile.csv"
# the scraper's columns, in the order its ``write_csv`` writes them
COLUMNS = ("company_name", "email", "phone", "fax", "url", "product", "description")
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# local parts that name an office's role, no person
ROLE = frozenset({"info", "sales", "accounts", "admin", "contact", "enquiries", "enquiry",
                  "operations", "customercare", "hr", "legal", "mail", "office",
                  "support"})  # fmt: skip
# free and ISP mail services: an address there is no company's own
FREE_MAIL = frozenset({"gmail.com", "gamil.com", "yahoo.com", "hotmail.com", "outlook.com",
                       "live.com", "emirates.net.ae", "eim.ae", "emirtaes.net.ae"})  # fmt: skip
SOURCES = {
    "AE": {
        "repository": "PyWebChannel/WebScraping",
        "commit": "acefc96e8be8b8978bbd750c9d5ffbe877c47dba",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Dubai Chamber of Commerce and Industry's commercial directory of its "
        "member companies (dubaichamber.com/resources/commercial-directory, 'the updated "
        "information of Dubai Chamber Members'), as the repository's Selenium scraper "
        "dubaichamber/dubaichamber_com.py wrote it (file added in feae6f6, March 2021; read at "
        "acefc96, 21 March 2021)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Dubai Chamber's terms for its directory were not read here",
        "language": "en",
        "roles": {"name": "company_name", "phone": ["phone"], "fax": "fax", "email": "email",
                  "url": "url"},
    },
}  # fmt: skip


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _has_number(value: str) -> bool:
    """A number of seven digits or more, not all zeros."""
    digits = _digits(value)
    return len(digits) >= 7 and set(digits) != {"0"}


def _office_email(value: str) -> bool:
    """One well-formed address whose local part is a role word, on a domain of its own."""
    value = value.strip()
    if not ADDRESS.fullmatch(value):
        return False
    local, domain = value.split("@")
    return local.lower() in ROLE and domain.lower() not in FREE_MAIL


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    meta = SOURCES["AE"]
    raw = _git(gits["AE"], "show", f"{meta['commit']}:{PATH}")
    table = [r for r in csv.reader(io.StringIO(raw.decode(meta["encoding"]), newline="")) if r]
    rows, seen = [], set()
    for i, values in enumerate(table):
        row = dict(zip(COLUMNS, values, strict=True))
        if not _has_number(row["phone"]) or tuple(values) in seen:
            continue
        seen.add(tuple(values))
        fields = {k: v for k, v in row.items() if k != "email" or _office_email(v)}
        rows.append({"country": "AE", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
