"""Extract the real register that ``pii_held_out_413.py`` writes its records around into
``scripts/data/pii_gb_nhs_opticians.json``: the phone, fax and e-mail fields of a register no
earlier part used (the United Kingdom, whose earlier parts took NHS England's pharmacies and GP
practices in the ODS files, HM Courts & Tribunals Service's court and tribunal finder, the
CQC's care homes, Sport England's Active Places, the Charity Commission's register, the RQIA's
services, Scotland's schools, Democracy Club's electoral services offices, the NHS website's
hospitals, Greggs's shops and a list of food banks; this one is NHS Choices' register of the
opticians in England that hold an NHS General Ophthalmic Services contract, another kind of
institution: optical practices and domiciliary eye-care services), exactly as the register
gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``sources/Optician.csv``: NHS Choices' ``Optician.csv`` (media.nhschoices.nhs.uk/data/foi,
  the 'other services' data sets of the NHS website's predecessor), 6,343 opticians in England
  with their organisation id, contract code, name, address lines, city, county, postcode,
  coordinates, the NHS England area team they answer to (``ParentODSCode`` ``Q47``,
  ``ParentName`` ``Lancashire Area Team``), ``Phone`` (British numbers as each practice gave
  them: ``01253 697385``, ``0161 278 2472``, ``0845 6779051``, ``0207 584 2697``, a few
  with a note or two numbers: ``(Freephone) 0800 854 390``, ``0117 986 2278 (ext. 2)``),
  ``Email``, ``Website`` and ``Fax``; columns separated by ``¬``, lines by CRLF, Windows-1252
  text, as NHS Choices published it.

The file was copied into the repository JeniT/nhs-choices (Jeni Tennison's GeoJSON versions of
the NHS Choices data sets) in 91ab9be, 'initial source data' (22 February 2014), unchanged
since. A row is kept where its ``Phone`` is one number written with digits and single spaces
only, of ten or eleven digits beginning with ``0`` (6,084 of the 6,099 rows with seven digits or
more: the fields with a note, an extension, two numbers, a hyphen, a doubled or no-break space
or more than eleven digits are left out), whose digits no earlier British part's data holds and
no row kept before it has (the first of the practices that share a number: a chain's head
office, a domiciliary service's call centre; 487 rows), and whose ``Fax`` digits no earlier
British part's data holds (four phones are an earlier part's, no fax is): 5,593 rows, of which
the kept rows are a seeded sample of ``CAP``, in the file's order. Each is kept as the mapping
of all of the file's columns to the published strings (the register lists businesses; some trade
under an optometrist's own name, and some e-mail fields name a person, which the generator does
not write).

    python scripts/gb_nhs_opticians_data.py GB_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_gb_nhs_opticians.json"
CAP = 400
PATH = "sources/Optician.csv"
PHONE, FAX = "Phone", "Fax"
# one British number as a practice writes it: digits and single spaces, ten or eleven digits
ONE_NUMBER = re.compile(r"0\d+(?: \d+)*")
# the earlier British parts' data (no number of theirs is taken again); the national-phones
# file holds NHS England's pharmacies among other countries' rows
EARLIER = (
    "pii_national_phones.json", "pii_gb_hmcts_courts.json", "pii_gb_gp_practices.json",
    "pii_gb_cqc_care_homes.json", "pii_gb_active_places.json",
    "pii_gb_trafford_charities.json", "pii_gb_rqia_services.json",
    "pii_gb_scottish_schools.json", "pii_gb_electoral_services.json",
    "pii_gb_nhs_hospitals.json", "pii_gb_greggs_shops.json", "pii_gb_fud_foodbanks.json",
)  # fmt: skip
SOURCES = {
    "GB": {
        "repository": "JeniT/nhs-choices",
        "commit": "4e5ac5ca8478e4337472644def8ec58cc5264e43",
        "paths": [PATH],
        "encoding": "cp1252",
        "delimiter": "\u00ac",
        "publisher": "NHS Choices (the NHS website's predecessor, now NHS England), its "
        "Optician.csv of the opticians in England with an NHS General Ophthalmic Services "
        "contract, one of the 'other services' data sets it published at "
        "media.nhschoices.nhs.uk/data/foi; copied into the repository as sources/Optician.csv "
        "in 91ab9be (22 February 2014), unchanged at the commit read",
        "licence": "Open Government Licence v2.0 as the repository's README states for all of "
        "its NHS Choices data ('All data is made available by NHS Choices under the Open "
        "Government Licence'); the repository itself has no licence file, and the publisher's "
        "own statement of terms was not checked here",
        "language": "en",
        "roles": {
            "name": "OrganisationName",
            "phone": [PHONE],
            "fax": [FAX],
            "email": "Email",
            "address": ["Address1", "Address2", "Address3", "City", "County", "Postcode"],
        },
    },
}  # fmt: skip


def one_number(value: str) -> bool:
    """Whether a phone field is one British number of ten or eleven digits written with digits
    and single spaces only (``01253 697385``, ``0161 278 2472``)."""
    value = value.strip()
    return bool(ONE_NUMBER.fullmatch(value)) and len(digits_of(value)) in (10, 11)


def kept_rows(
    git: Path, meta: dict[str, Any], path: str, earlier_files: tuple[str, ...]
) -> list[dict[str, Any]]:
    """The rows of an NHS Choices 'other services' file (``path`` at ``meta``'s commit) whose
    phone is one British number (``one_number``) that neither ``earlier_files`` nor a row kept
    before it holds, and whose fax ``earlier_files`` do not hold; the dentists' extract
    (``gb_nhs_dentists_data``) keeps its rows by the same rules."""
    raw = _git(git, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
    table = csv.DictReader(io.StringIO(raw, newline=""), delimiter=meta["delimiter"])
    earlier, seen = earlier_numbers(DATA, earlier_files, "44"), set()
    found = []
    for i, row in enumerate(table):
        tel = digits_of(row[PHONE])
        if not one_number(row[PHONE]) or tel in seen or tel in earlier:
            continue
        if digits_of(row[FAX]) in earlier:
            continue
        seen.add(tel)
        found.append({"country": "GB", "path": f"{path}#{i}", "fields": dict(row)})
    return found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit they were read at."""
    found = kept_rows(gits["GB"], SOURCES["GB"], PATH, EARLIER)
    return {"sources": SOURCES, "rows": seeded_sample(found, "GB", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
