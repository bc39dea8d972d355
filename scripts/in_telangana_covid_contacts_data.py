"""Extract the real list that ``pii_held_out_190.py`` writes its records around into
``scripts/data/pii_in_telangana_covid_contacts.json``: the phone fields of a list no earlier part
used (Telangana's COVID-19 essential-service and helpline contacts in covid19india.org's
crowdsourced resources list; India's earlier parts took the National Health Portal's hospitals
and blood banks and CBSE's schools), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``telangana/src/app/covid19.service.ts``: an Angular service whose ``getResources()`` returns
  the Telangana entries of covid19india.org's "Essentials and Resources" list
  (``api.covid19india.org/resources/resources.json``, a JSON array the TypeScript file holds as
  it is) as of 10 May 2020, each entry an object of seven strings: ``category`` (``Police``,
  ``Hospitals and Centers``, ``Government Helpline``, ``Free Food``, ``Ambulance``,
  ``Transportation``, ``CoVID-19 Testing Lab``, ``Fire Brigade``, ...), ``city``, ``contact``
  (a web page), ``descriptionandorserviceprovided``, ``nameoftheorganisation`` (a department,
  hospital, GHMC's Annapurna meal centres, TSRTC bus stations, the state's district control
  rooms, NGOs: no person), ``phonenumber`` and ``state``. ``phonenumber`` gives one to six
  numbers as the list stores them, ten digits in one run with no trunk ``0`` and no ``+91``
  (Hyderabad's landlines as ``4023232123``, mobiles as ``9490617523``), toll-free numbers in
  eleven digits (``18004251939``), separated by ``,\\n``, ``,\\r`` or ``, ``, with the odd short
  service number beside them (``1077``, ``1468``, ``105711``).

Every entry with a number of six digits or more in ``phonenumber`` (248 of 272; 22 have none,
two only ``1066`` or ``108``), in the file's order, each kept as a mapping of its seven keys to
the published strings.

    python scripts/in_telangana_covid_contacts_data.py IN_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_in_telangana_covid_contacts.json"
CAP = 600
PATH = "telangana/src/app/covid19.service.ts"
SOURCES = {
    "IN": {
        "repository": "kamalesh10/angular",
        "commit": "991deb6bec4ea844729f55c16c68e5b01a640c9d",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "covid19india.org (the volunteer-run COVID-19 tracker of India), its "
        "crowdsourced 'Essentials and Resources' list (resources.json of its API, "
        "api.covid19india.org), the entries of the state of Telangana, most citing the "
        "Government of Telangana's contact pages (telangana.gov.in/Contacts/Hospitals, "
        "/Public-Utility), the Telangana State Police's emergency page and GHMC's list of "
        "Annapurna meal centres; copied into the repository's Angular app in 991deb6 ('update "
        "upto 10.05.2020', 10 May 2020)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; covid19india.org's terms for its crowdsourced resources list were not read here",
        "language": "en",
        "roles": {"name": "nameoftheorganisation", "phone": ["phonenumber"], "address": ["city"]},
    },
}  # fmt: skip


def _entries(source: str) -> list[dict[str, str]]:
    """The array that ``getResources()`` returns: the text from ``return [`` to the last
    ``];`` is JSON as it stands."""
    start = source.index("return [") + len("return ")
    end = source.rindex("];") + 1
    return json.loads(source[start:end])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(entry)}
            for i, entry in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(entry, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
