"""Extract the real register that ``pii_held_out_277.py`` writes its records around into
``scripts/data/pii_nl_zorgkaart_nursing_homes.json``: the phone fields of a directory no earlier
part used (the Netherlands' nursing-home locations as ZorgkaartNederland lists them; the
country's earlier parts took DUO's secondary and primary schools, the municipalities, the LRK's
day-care centres, the Museumkaart's museums and the ZBO-register), exactly as the directory
published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``NL``: the care providers of ZorgkaartNederland (zorgkaartnederland.nl, the directory and
  rating site of the Patientenfederatie Nederland, the Dutch patients' federation), as the
  repository JLSchol/zorginstellingen-scraper scraped its ``/zorginstelling`` pages in November
  2023 and joined them in ``output_deel_123_gecombineerd.csv`` (UTF-8, comma-separated, no
  header, 22,320 rows): per provider the scraper's fields ``company`` (the page's title),
  ``marked_segment`` (the page's market segment, ``Verpleeghuiszorg``, ``Wijkverpleging``,
  ``Fysiotherapie``...), ``address`` (street, house number and place, ``Spoorstraat 1,
  Brummen``), ``phone_number`` and ``website``. Dutch national numbers with the trunk ``0`` and
  no ``+31``, the area code set off by a hyphen (``0499-365959``, ``088-9901700``), a few with
  the subscriber's number in groups (``085-064 59 10``) or a blank after the hyphen
  (``050- 2069292``).

Only the segment ``Verpleeghuiszorg`` (nursing-home care: nursing homes, residential care
centres, small-scale homes for people with dementia; 1,917 rows): the rows whose
``phone_number`` is one Dutch number of ten digits, written as the area code, a hyphen (a blank
after it allowed) and the subscriber's number, and no mobile (``06``, a line a person may carry:
105 left out), 440 of the 1,576 drawn with a fixed seed, kept in the file's order. Left out
besides: 89 fields of eight digits (``0900`` and ``0800`` numbers, ``0900-8662``), 84 of eleven
or more (``0900`` and ``0800`` numbers of seven digits, ``0900-2453453``), 46 holding a web
address, 8 a number with a note (``(centrale bereikbaarheid)``), 7 whose area code is set off
by an en dash (``0578–668449``), one with a byte-order mark after the number and one empty.
Each row is kept as a mapping of the scraper's field names to the published strings; the
directory gives no e-mail addresses and its kept fields name no person (the names are the
homes' and their operators', ``Amaliazorg, Kempenhaeve``, ``Laverhof, locatie Het
Retraitehuis``).

    python scripts/nl_zorgkaart_nursing_homes_data.py NL_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nl_zorgkaart_nursing_homes.json"
CAP = 440
SEGMENT = "Verpleeghuiszorg"
# the scraper's field names (``get_instelling_info`` of scrape_data.py), the file's column order
COLUMNS = ("company", "marked_segment", "address", "phone_number", "website")
SOURCES = {
    "NL": {
        "repository": "JLSchol/zorginstellingen-scraper",
        "commit": "33431932cd8a2a43118fc41b47fe74732783cd0b",
        "path": "output_deel_123_gecombineerd.csv",
        "encoding": "utf-8",
        "publisher": "ZorgkaartNederland (zorgkaartnederland.nl, Patientenfederatie "
        "Nederland): the directory's care-provider pages (/zorginstelling), scraped by the "
        "repository's scrape_data.py (requests and BeautifulSoup) and committed as three parts "
        "and their join in 3343193 ('added shit', 21 November 2023); the CSV files removed "
        "from the tree in 50ae27a ('cleaned', 21 November 2023) and ignored since",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; ZorgkaartNederland's own terms of re-use were not read here",
        "language": "nl",
        "roles": {"name": "company", "phone": ["phone_number"], "segment": "marked_segment",
                  "address": "address", "web": "website"},
    },
}  # fmt: skip

# one Dutch number: the area code (with the trunk 0), a hyphen, a blank allowed
# after it, the subscriber's number (single blanks inside allowed)
NUMBER = re.compile(r"0\d{2,3}- ?\d[\d ]*\d")


def _rows(text: str) -> list[dict[str, str]]:
    """The rows of the file as published: comma-separated, no header, quoted where a field
    holds a comma."""
    return [dict(zip(COLUMNS, row, strict=True)) for row in csv.reader(io.StringIO(text))]


def mobile(value: str) -> bool:
    """A Dutch mobile number (``06`` and eight digits), a line a person may carry."""
    return value.strip().startswith("06")


def one_number(value: str) -> bool:
    """Whether a phone field is one Dutch number of ten digits as described above."""
    return bool(NUMBER.fullmatch(value)) and sum(c.isdigit() for c in value) == 10


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
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
