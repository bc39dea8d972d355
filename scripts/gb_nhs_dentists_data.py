"""Extract the real register that ``pii_held_out_433.py`` writes its records around into
``scripts/data/pii_gb_nhs_dentists.json``: the phone, fax and e-mail fields of a register no
earlier part used (the United Kingdom, whose earlier parts took NHS England's pharmacies and GP
practices in the ODS files, HM Courts & Tribunals Service's court and tribunal finder, the
CQC's care homes, Sport England's Active Places, the Charity Commission's register, the RQIA's
services, Scotland's schools, Democracy Club's electoral services offices, the NHS website's
hospitals, Greggs's shops, a list of food banks and NHS Choices' opticians; this one is NHS
Choices' register of the dental practices in England, another kind of institution: general
dental practices, most of them holding an NHS dental contract), exactly as the register gives
them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``sources/Dentists.csv``: NHS Choices' ``Dentists.csv`` (media.nhschoices.nhs.uk/data/foi,
  the 'other services' data sets of the NHS website's predecessor), 7,823 dental practices in
  England with their organisation id and code, name, address lines, city, county, postcode,
  coordinates, ``Phone`` (British numbers as each practice gave them: ``01254691311``,
  ``01908 241000``, ``0121 612 2690``, a few with a note, brackets, hyphens or two numbers:
  ``Ring NHS Direct 0845 4647``, ``(020) 8363 1135``, ``01494-673219``,
  ``01666 500032 or 502414``), ``Email``, ``Website`` and ``Fax``; columns separated by
  ``\u00ac``, lines by CRLF, Windows-1252 text, as NHS Choices published it.

The file was copied into the repository JeniT/nhs-choices (Jeni Tennison's GeoJSON versions of
the NHS Choices data sets) in 91ab9be, 'initial source data' (22 February 2014), unchanged
since. A row is kept where its ``Phone`` is one number written with digits and single spaces
only, of ten or eleven digits beginning with ``0`` (7,431 of the 7,652 rows with seven digits
or more: the fields with a note, brackets, a hyphen, two numbers, a doubled space or another
count of digits are left out), whose digits no earlier British part's data holds (one row's
does) and no row kept before it has (the first of the practices that share a number: a group's
switchboard, a practice listed twice; 335 rows), and whose ``Fax`` digits no earlier British
part's data holds (none does): 7,095 rows, of which the kept rows are a seeded sample of
``CAP``, in the file's order. Each is kept as the mapping of all of
the file's columns to the published strings (the register lists practices; some trade under a
dentist's own name, and some e-mail fields name a person, which the generator does not write).

    python scripts/gb_nhs_dentists_data.py GB_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gb_nhs_opticians_data import FAX, PHONE, kept_rows, one_number  # noqa: F401 - one_number: the rule tests/test_pii_held_out_433.py checks
from register_contacts_data import seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_gb_nhs_dentists.json"
CAP = 400
PATH = "sources/Dentists.csv"
# the earlier British parts' data (no number of theirs is taken again); the national-phones
# file holds NHS England's pharmacies among other countries' rows
EARLIER = (
    "pii_national_phones.json", "pii_gb_hmcts_courts.json", "pii_gb_gp_practices.json",
    "pii_gb_cqc_care_homes.json", "pii_gb_active_places.json",
    "pii_gb_trafford_charities.json", "pii_gb_rqia_services.json",
    "pii_gb_scottish_schools.json", "pii_gb_electoral_services.json",
    "pii_gb_nhs_hospitals.json", "pii_gb_greggs_shops.json", "pii_gb_fud_foodbanks.json",
    "pii_gb_nhs_opticians.json",
)  # fmt: skip
SOURCES = {
    "GB": {
        "repository": "JeniT/nhs-choices",
        "commit": "4e5ac5ca8478e4337472644def8ec58cc5264e43",
        "paths": [PATH],
        "encoding": "cp1252",
        "delimiter": "\u00ac",
        "publisher": "NHS Choices (the NHS website's predecessor, now NHS England), its "
        "Dentists.csv of the dental practices in England, one of the 'other services' data sets "
        "it published at media.nhschoices.nhs.uk/data/foi; copied into the repository as "
        "sources/Dentists.csv in 91ab9be (22 February 2014), unchanged at the commit read",
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


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit they were read at (the opticians'
    extract's rules, ``gb_nhs_opticians_data.kept_rows``)."""
    found = kept_rows(gits["GB"], SOURCES["GB"], PATH, EARLIER)
    return {"sources": SOURCES, "rows": seeded_sample(found, "GB", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
