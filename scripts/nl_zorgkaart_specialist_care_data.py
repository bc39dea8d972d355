"""Extract the real register that ``pii_held_out_295.py`` writes its records around into
``scripts/data/pii_nl_zorgkaart_specialist_care.json``: the phone fields of a list no earlier
part used (the Netherlands' providers of medical specialist care, hospitals' main sites and
outpatient clinics, independent treatment centres, dialysis and eye clinics, as
ZorgkaartNederland lists them under ``Medisch specialistische zorg``; the country's earlier
parts took DUO's secondary and primary schools, the municipalities, the LRK's day-care centres,
the Museumkaart's museums, the ZBO-register and ZorgkaartNederland's nursing homes), exactly as
the directory published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``NL``: the care providers of ZorgkaartNederland (zorgkaartnederland.nl, the directory and
  rating site of the Patientenfederatie Nederland, the Dutch patients' federation), as the
  repository JLSchol/zorginstellingen-scraper scraped its ``/zorginstelling`` pages in November
  2023 and joined them in ``output_deel_123_gecombineerd.csv`` (UTF-8, comma-separated, no
  header, 22,320 rows): per provider the scraper's fields ``company`` (the page's title),
  ``marked_segment`` (the page's market segment), ``address`` (street, house number and place,
  ``Oudedijk 15, Rotterdam``), ``phone_number`` and ``website``. Dutch national numbers with
  the trunk ``0`` and no ``+31``, the area code set off by a hyphen (``010-2585000``,
  ``0229-743105``), a few with the subscriber's number in groups (``071-526 91 11``), a blank
  after the hyphen (``020- 8943131``) or a blank instead of it (``088 0100 900``).

Only the segment ``Medisch specialistische zorg`` (medical specialist care; 946 rows; the
nursing homes of ``held_out_277`` are another segment of the same file): the rows whose
``phone_number`` is one Dutch number, written as the area code with its trunk ``0``, a hyphen
(a blank after it allowed) or a blank, and the subscriber's number (single blanks inside
allowed), no mobile (``06``, a line a person may carry: 26 left out), and whose name names no
doctor by a title or initials (``Dokter``, ``Dr.``, ``Drs.``, ``I. Kuijken``: 16 left out,
``Dr. Liem Clinic``, ``Spataderpraktijk Dokter Vafi``, a practice that may be one person's
line), 400 of the 876 drawn with a fixed seed, kept in the file's order. The numbers keep the
lengths the directory gave: ten digits mostly, the eight of a ``0900`` number (``0900-9879``),
the eleven of a long ``0900`` number (``0900-2244112``), one of nine (``085-028280``). Left out
besides: 15 fields holding a web address, 4 a number with a note (``020-3055800 (Algemeen)``,
``024-3659659 (Orthopedie)``), 4 whose area code is set off by a spaced hyphen (``0229 -
257257``) and 2 by an en dash (``024–3657735``), one Swiss number (``0041-814178000
(Zwitserland)``), one with a control character after the hyphen and one empty. Each row is
kept as a mapping of the scraper's field names to the published strings; the directory gives
no e-mail addresses.

    python scripts/nl_zorgkaart_specialist_care_data.py NL_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nl_zorgkaart_specialist_care.json"
CAP = 400
SEGMENT = "Medisch specialistische zorg"
# the scraper's field names (``get_instelling_info`` of scrape_data.py), the file's column order
COLUMNS = ("company", "marked_segment", "address", "phone_number", "website")
SOURCES = {
    "NL": {
        "repository": "JLSchol/zorginstellingen-scraper",
        "commit": "33431932cd8a2a43118fc41b47fe74732783cd0b",
        "path": "output_deel_123_gecombineerd.csv",
        "encoding": "utf-8",
        "publisher": "ZorgkaartNederland (zorgkaartnederland.nl, Patientenfederatie "
        "Nederland): the directory's care-provider pages (/zorginstelling) of the market "
        "segment 'Medisch specialistische zorg', scraped by the repository's scrape_data.py "
        "(requests and BeautifulSoup) and committed as three parts and their join in 3343193 "
        "('added shit', 21 November 2023); the CSV files removed from the tree in 50ae27a "
        "('cleaned', 21 November 2023) and ignored since",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; ZorgkaartNederland's own terms of re-use were not read here",
        "language": "nl",
        "roles": {"name": "company", "phone": ["phone_number"], "segment": "marked_segment",
                  "address": "address", "web": "website"},
    },
}  # fmt: skip

# one Dutch number: the area code (with the trunk 0), a hyphen (a blank allowed after it) or a
# blank, the subscriber's number (single blanks inside allowed)
NUMBER = re.compile(r"0\d{2,3}(?:- ?| )\d(?: ?\d)*")


def _rows(text: str) -> list[dict[str, str]]:
    """The rows of the file as published: comma-separated, no header, quoted where a field
    holds a comma."""
    return [dict(zip(COLUMNS, row, strict=True)) for row in csv.reader(io.StringIO(text))]


def mobile(value: str) -> bool:
    """A Dutch mobile number (``06`` and eight digits), a line a person may carry."""
    return value.strip().startswith("06")


# a doctor's title or a person's initials in a provider's name (``Dr. Liem Clinic``,
# ``Praktijk voor dermatologie I. Kuijken en ...``)
PERSON = re.compile(r"\b(?:Dr|Dokter|Drs)\b\.?\s|\b[A-Z]\.(?:[A-Z]\.)*\s?[A-Z][a-z]")


def names_a_doctor(company: str) -> bool:
    """Whether a provider's name names a doctor by a title or initials."""
    return bool(PERSON.search(company))


def one_number(value: str) -> bool:
    """Whether a phone field is one Dutch number as described above."""
    return bool(NUMBER.fullmatch(value))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_rows(raw.decode(meta["encoding"])))
            if row["marked_segment"] == SEGMENT
            and one_number(row["phone_number"])
            and not mobile(row["phone_number"])
            and not names_a_doctor(row["company"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
