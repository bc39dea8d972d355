"""Extract the real list that ``pii_held_out_213.py`` writes its records around into
``scripts/data/pii_de_rki_health_offices.json``: the phone, fax and e-mail fields of a register
no earlier part used (Germany's local health offices, Gesundheitsämter, as the Robert
Koch-Institut's PLZ-Tool lists them; Germany's earlier parts took Berlin's, North
Rhine-Westphalia's and Hamburg's schools, Chemnitz's day-care centres, farm shops on
OpenStreetMap and the HRK's Hochschulkompass), exactly as the list gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``src/main/resources/TransmittingSiteSearchText.xml``: the RKI's ``TransmittingSites``
  (its PLZ-Tool's list of the offices notifications under the Infektionsschutzgesetz go to,
  namespace ``http://www.rki.de/PlzToolTransmittingSiteSearchText.xsd``) as gematik's DEMIS
  PDF generation service ships it, one ``TransmittingSite`` element per office with its
  attributes: the district or city (``Name``: ``Kreis Plön``), the RKI's office code
  (``Code``: ``1.01.0.57.``), the department (``Department``: ``Amt für Gesundheit``), the
  street, five-digit postcode and place, the ``Phone`` and ``Fax`` (German numbers as each
  office gave them: the trunk ``0``, the area code and the number in groups, ``04522
  743-531``; some with ``+49``, ``+49 4121- 4502-0``; some run together, ``040428042677``; a
  few with a dash between area code and number, ``08421 - 70 2500``, or an alternative
  extension, ``04471 15-436 o.-248``) and the ``Email`` (``gesundheitsamt@kreis-ploen.de``;
  some with a trailing blank), and the pandemic's hotline, e-mail and fax fields (mostly empty).

Every office with a number of six digits or more in ``Phone`` (375 of the file's 381; six
have none), in the file's order; each kept as a mapping of all of the element's attributes to
the published strings (the list names offices, no person).

    python scripts/de_rki_health_offices_data.py DE_GIT
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_de_rki_health_offices.json"
CAP = 600
PATH = "src/main/resources/TransmittingSiteSearchText.xml"
NS = "{http://www.rki.de/PlzToolTransmittingSiteSearchText.xsd}"
SOURCES = {
    "DE": {
        "repository": "gematik/DEMIS-pdfgen-service",
        "commit": "2ef495c2d691c021a2eba68f3b291b7692c583ad",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Robert Koch-Institut (RKI), the PLZ-Tool's list of local health offices "
        "(Gesundheitsämter) that notifications under the Infektionsschutzgesetz go to "
        "(TransmittingSiteSearchText.xml), as gematik GmbH's DEMIS PDF generation service "
        "ships it among its resources (last updated there in 'Release 2.10.3')",
        "licence": "EUPL-1.2 for the repository (its LICENSE.md; the file's header names the "
        "EUPL and gematik GmbH); the RKI's own terms for the list were not read here: "
        "not confirmed for the data",
        "language": "de",
        "roles": {"name": "Name", "phone": ["Phone", "Fax"], "email": "Email",
                  "address": ["Street", "Postalcode", "Place"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        root = ET.fromstring(raw.decode(meta["encoding"]))
        sites = root.findall(f"{NS}TransmittingSite")
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(site.attrib)}
            for i, site in enumerate(sites)
            if _has_phone(site.attrib, ["Phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
