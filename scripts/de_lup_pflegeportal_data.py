"""Extract the real register that ``pii_held_out_350.py`` writes its records around into
``scripts/data/pii_de_lup_pflegeportal.json``: the phone and e-mail fields of a register no
earlier part used (the care portal of the Landkreis Ludwigslust-Parchim, Mecklenburg-Vorpommern:
its care services, care homes, day care, assisted living, clinics, pharmacies and hospice
services; Germany's earlier parts took Berlin's, North Rhine-Westphalia's and Hamburg's schools,
the day-care centres of Chemnitz and Berlin, the HRK's Hochschulkompass, the RKI's health
offices, the BZSt's tax offices and farm shops on OpenStreetMap), exactly as the district gives
them.

One file, read from a git checkout at a named commit, values unchanged: ``wfs/data.gml``, the
answer of the district's geoportal to a WFS 1.0.0 ``GetFeature`` request for the feature type
``pflegeportal:Sozialpflege`` (geoportal.kreis-lup.de/wfs/pflegeportal/sp, a MapServer WFS: 488
features of 2015), as the repository pkorduan/wfs2json (a converter of that WFS to the JSON of
the district's care map, Pflegemap) committed it before it stopped tracking the file.

Each feature's properties are kept as a mapping of the feature type's element names to the
published strings (XML entities resolved: ``&quot;`` is ``"``), its point as ``koordinaten``
(the ``gml:coordinates`` of EPSG:25833, ETRS89 / UTM zone 33N, ``295317.197594,5950086.015925``)
and its ``fid`` as ``fid``, of every feature that is no doctor's practice (the 181 of ``angebot``
``Arzt`` are named after the doctor, a person, and left out) and whose ``telefon`` holds a number
of six digits or more (301 of the other 307; the six without one left out): German national
numbers as the providers gave them, the area code and the line apart (``03874 22042``, 290),
some with a slash (``038729/22170``, ``038847 / 36125``), the line in groups (``03869 76 030``),
one with two numbers (``038735 81025 / 03871 45 18 93``), one run together (``038729224122``),
one with a no-break space. ``ansprechpartner`` (the contact person's name, ``Frau ...``) is
left out of every row; ``email`` is kept only where it names the provider or a desk
(``heimleitung@...``, ``sozialstation@awo-parchim.de``, also where the provider's business name
is its owner's surname, ``haunschildpflege@aol.com``; 176 rows), and left out where it names a
person (``PERSONAL``, 24 addresses in 49 rows, each read: ``danilo.wahl@drk-parchim.de``) or
holds two addresses joined by a slash (one row).

    python scripts/de_lup_pflegeportal_data.py DE_GIT
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_de_lup_pflegeportal.json"
CAP = 600
PATH = "wfs/data.gml"
NS = {
    "gml": "http://www.opengis.net/gml",
    "pflegeportal": "http://geoportal.kreis-lup.de/regismv/",
}
# the feature type's properties left out of every row: the contact person's name
DROPPED = ("ansprechpartner",)
# e-mail addresses that name a person (each read), left out of their rows
PERSONAL = frozenset({
    "a-gressi@web.de", "akarstaedt.drk-sb@t-online.de", "c.baumert@drk-lwl.de",
    "christiane.block@drk-parchim.de", "christof.ide@lares-pflege.de",
    "d.pfeiffer@asb-boizenburg.de", "danilo.wahl@drk-parchim.de", "drewes@asb-boizenburg.de",
    "e.sorgenfrei@wobau-parchim.de", "h.lutzke@vewoba.de", "Hannelore.Strosche@wvlluebz.de",
    "ibrueckner@neues-ufer.de", "JPingel-Stephans@neues-ufer.de",
    "k.wein@volkssolidaritaet-hagenow.de", "kretschmar.hoffmann@web.de",
    "m.hasche@hagenower-wobau.de", "mdamro-drk-sb@t-online.de", "MDamro-drk-sb@t-online.de",
    "pflegedienst.arite.stellmacher@t-online.de", "susanne.quade@gmx.de",
    "susanne.weinberg@pflege-online.de", "ulla.riemann@drk-parchim.de",
    "volker.moering@wohnen-in-ludwigslust.de", "wbeutin@lhw-verbund.de",
})  # fmt: skip
SOURCES = {
    "DE": {
        "repository": "pkorduan/wfs2json",
        "commit": "11cf41fbca8e8df0edbf011e2e2435932f5aa79c",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Landkreis Ludwigslust-Parchim (Mecklenburg-Vorpommern), its care portal "
        "(Pflegeportal) as its geoportal's WFS serves it (geoportal.kreis-lup.de/wfs/"
        "pflegeportal/sp, feature type pflegeportal:Sozialpflege, the year 2015 in every "
        "feature): care services, care homes, day and short-term care, assisted and "
        "barrier-free living, clinics, pharmacies and hospice services; the GetFeature answer "
        "committed by Peter Korduan (GDI-Service, Rostock) in 11cf41f (14 January 2016), the "
        "file's last version before 50eb668 stopped tracking it",
        "licence": "not confirmed: the repository's Lizenz.txt is the GNU GPL v2 or later "
        "('Copyright (C) 2015 Peter Korduan') for its converter; no terms of the Landkreis "
        "for the WFS's data were found",
        "language": "de",
        "roles": {"name": "einrichtung", "phone": ["telefon"], "email": "email"},
    },
}  # fmt: skip


def _text(element: ET.Element) -> str:
    return element.text or ""


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept features of the WFS answer, with the commit they were read at."""
    meta = SOURCES["DE"]
    raw = _git(gits["DE"], "show", f"{meta['commit']}:{PATH}")
    root = ET.fromstring(raw)
    found = []
    for i, feature in enumerate(root.iterfind("gml:featureMember/pflegeportal:Sozialpflege", NS)):
        fields = {"fid": feature.get("fid", "")}
        for child in feature:
            name = child.tag.split("}", 1)[1]
            if name == "msGeometry":
                fields["koordinaten"] = _text(child.find("gml:Point/gml:coordinates", NS))
            elif name != "boundedBy" and name not in DROPPED:
                fields[name] = _text(child)
        if fields["angebot"].strip() == "Arzt" or not _has_phone(fields, ["telefon"]):
            continue
        address = fields["email"].strip()
        if address in PERSONAL or "/" in address:
            del fields["email"]
        found.append({"country": "DE", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "DE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
