"""Extract the real register that ``pii_held_out_521.py`` writes its records around into
``scripts/data/pii_gb_prison_visits.json``: the phone and e-mail fields of a register no
earlier part used (the United Kingdom, whose earlier parts took NHS England's pharmacies, GP
practices, hospitals, opticians and dentists, HM Courts & Tribunals Service's court and
tribunal finder, the CQC's Greater Manchester care homes, Sport England's Active Places, the
Charity Commission's Trafford charities, the RQIA's Northern Ireland services, Scotland's
schools, the Electoral Commission's electoral services offices, Greggs' shops, the Trussell
and independent food banks and NHS Greater Glasgow and Clyde's health services; this one is
the Ministry of Justice's (HM Prison and Probation Service's) register of the prisons of
England and Wales as its Prison Visits Booking service holds them, another publisher and
another kind of institution: the prisons' social-visits booking lines and mailboxes), exactly
as the service's seed files give them.

One folder of the Ministry of Justice's ``prison-visits-2`` repository (the Prison Visits
Booking staff application and API behind GOV.UK's 'Visit someone in prison'), read from a git
checkout at a named commit, values unchanged:

* ``db/seeds/prisons/*.yml``: 132 prisons, one YAML file each (``LEI-leeds.yml``), with the
  prison's ``name`` (``Leeds``), NOMIS ``nomis_id`` (``LEI``), ``address`` (street and town
  on lines of their own), ``postcode`` (``LS12 2TJ``), the visits booking line ``phone_no``
  (``0113 203 2570``, ``01296 444 102``, ``0208 331 4760``; ``Unavailable`` in four) and
  mailbox ``email_address`` (``socialvisits.leeds@justice.gov.uk``; ``Unavailable`` in 38),
  the flags ``enabled``, ``private`` and ``closed``, ``adult_age``, and the visiting slots
  (``recurring``: ``1400-1500`` by weekday; ``anomalous`` and ``unbookable`` dates); 24 files
  (closed or never-enabled prisons) have no contact fields at all.

A prison is kept where its ``phone_no`` holds a number of seven digits or more whose digits no
earlier British part's data holds and no prison kept before it has (the first, in file-name
order, of the prisons that share a booking line, such as ``0300 060 6513``). Each is kept as
the file's mapping read with YAML's base loader (every scalar the string the file writes,
``true`` not a boolean, ``1400-1500`` as written), with the file's name as its path. The
register names no person: the mailboxes are the prisons' shared visits mailboxes.

    python scripts/gb_prison_visits_data.py GB_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_gb_prison_visits.json"
CAP = 400
FOLDER = "db/seeds/prisons"
PHONE, EMAIL = "phone_no", "email_address"
# the earlier British parts' data (no number of theirs is taken again); the national-phones
# file holds NHS England's pharmacies among other countries' rows
EARLIER = (
    "pii_national_phones.json", "pii_gb_hmcts_courts.json", "pii_gb_gp_practices.json",
    "pii_gb_cqc_care_homes.json", "pii_gb_active_places.json",
    "pii_gb_trafford_charities.json", "pii_gb_rqia_services.json",
    "pii_gb_scottish_schools.json", "pii_gb_electoral_services.json",
    "pii_gb_nhs_hospitals.json", "pii_gb_greggs_shops.json", "pii_gb_fud_foodbanks.json",
    "pii_gb_nhs_opticians.json", "pii_gb_nhs_dentists.json", "pii_gb_ggc_health_services.json",
)  # fmt: skip
SOURCES = {
    "GB": {
        "repository": "ministryofjustice/prison-visits-2",
        "commit": "a0f2a53844cb76de6426d088dd942205a3ebf7fa",
        "paths": [f"{FOLDER}/*.yml"],
        "encoding": "utf-8",
        "publisher": "Ministry of Justice (HM Prison and Probation Service), the prisons of "
        "England and Wales as its Prison Visits Booking service (the staff application and "
        "API behind GOV.UK's 'Visit someone in prison') seeds them: one YAML file per prison "
        "under db/seeds/prisons, with its visits booking telephone and mailbox",
        "licence": "MIT for the repository (its LICENSE file, 'The MIT Licence (MIT) Copyright "
        "(C) 2015-2018 Crown copyright (Ministry of Justice)'); no separate terms for the seed "
        "data are stated, so terms for the data themselves not confirmed",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "email": EMAIL, "register": "nomis_id",
                  "address": ["address", "postcode"]},
    },
}  # fmt: skip


def prison_files(git_dir: Path, commit: str) -> list[str]:
    """The seed files of the folder at ``commit``, in file-name order."""
    out = _git(git_dir, "ls-tree", "--name-only", f"{commit}:{FOLDER}").decode().split()
    return sorted(name for name in out if name.endswith(".yml"))


def kept(fields: dict[str, Any], earlier: set[str], seen: set[str]) -> bool:
    """Whether a prison is kept: its booking line a number of seven digits or more that no
    earlier part holds and no prison kept before it has."""
    tel = digits_of(str(fields.get(PHONE) or ""))
    return len(tel) >= 7 and tel not in earlier and tel not in seen


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept prisons of the register, with the commit they were read at."""
    meta = SOURCES["GB"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "44"), set()
    found = []
    for name in prison_files(gits["GB"], meta["commit"]):
        path = f"{FOLDER}/{name}"
        text = _git(gits["GB"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        fields = yaml.load(text, Loader=yaml.BaseLoader)
        if not kept(fields, earlier, seen):
            continue
        seen.add(digits_of(fields[PHONE]))
        found.append({"country": "GB", "path": f"{path}#0", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "GB", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
