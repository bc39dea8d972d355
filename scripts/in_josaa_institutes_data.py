"""Extract the real list that ``pii_held_out_278.py`` writes its records around into
``scripts/data/pii_in_josaa_institutes.json``: the phone and fax fields of a register no earlier
part used (the participating institutes of the Joint Seat Allocation Authority's 2022 counselling,
India: IITs, NITs, IIEST, IIITs and other government-funded technical institutes; India's earlier
parts took hospitals, blood banks, CBSE schools, a crowdsourced Telangana list, RBI's bank
branches and a list of Madhya Pradesh's COVID facilities), exactly as the list gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``backend/data/colleges.js``: a JavaScript module whose ``data`` is a JSON array of the 114
  institutes of JoSAA 2022's list of participating institutes, each with its serial number, kind
  (``Iit``, ``Nit``, ``Iiit``, ``Gfti``), the list's institute code and name (``"101 \\r\\n Indian
  Institute  of Technology Bhubaneswar"``), its address and one ``Phone`` field that holds three
  lines as JoSAA's page prints them: ``Phone: ...``, ``Fax: ...`` and ``Website: ...``, the
  numbers written with or without the country code ``91``, the STD code apart after hyphens
  (``91-22-25767916``, ``0495-2286110,2286118``, ``0-3222-282074``, ``01744 238050``,
  ``91-3842- 224797``), several to a line after commas, mobiles of ten digits (``7588133009``),
  a fax noted ``(WhatsApp text only)``, six-digit local pieces (``231113``).

Every institute whose ``Phone`` or ``Fax`` line holds a number of six digits or more and whose
address holds no number of seven digits or more (two print their switchboard there), in the
file's order; each kept as the mapping of the file's keys to the published values, ``Email`` and
``Contact`` left out (they name the institutes' officers and their own mobiles and mailboxes).

    python scripts/in_josaa_institutes_data.py IN_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_in_josaa_institutes.json"
CAP = 150
PATH = "backend/data/colleges.js"
LEFT_OUT = ("Email", "Contact")
LINES = re.compile(r"Phone: (?P<phone>.*)\r\nFax: (?P<fax>.*)\r\nWebsite: (?P<website>.*)")
SOURCES = {
    "IN": {
        "repository": "anshuvermaa/study_point",
        "commit": "c7572d46da60a1c10de16afaba96312e390634cf",
        "paths": [PATH],
        "publisher": "Joint Seat Allocation Authority (JoSAA, set up by the Ministry of "
        "Education, Government of India), its list of participating institutes of the 2022 "
        "counselling (josaa.nic.in: 23 IITs, 31 NITs and IIEST Shibpur, 26 IIITs and 33 other "
        "government-funded technical institutes), each with the institute code, address, "
        "phone, fax and website lines the page prints; copied into the repository (a college "
        "review app) in c7572d4 ('adding to github', 16 January 2023)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; JoSAA's own terms for its list were not read",
        "language": "en",
        "roles": {"name": "Institute", "phone": ["Phone"], "address": ["Address"]},
    },
}  # fmt: skip


def institutes(source: str) -> list[dict[str, Any]]:
    """The institutes of the module: the JSON array its ``data`` is assigned."""
    assert source.startswith("const data =["), source[:40]
    return json.loads(source[source.index("[") : source.rindex("]") + 1])


def lines(phone: str) -> dict[str, str]:
    """The ``Phone``, ``Fax`` and ``Website`` lines of a ``Phone`` field, as printed."""
    m = LINES.fullmatch(phone)
    assert m, phone
    return m.groupdict()


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def kept(row: dict[str, Any]) -> bool:
    """A number of six digits or more on the phone or fax line, none of seven or more in the
    address."""
    found = lines(row["Phone"])
    has_number = any(_digits(p) >= 6 for p in (*found["phone"].split(","), found["fax"]))
    in_address = any(_digits(m) >= 7 for m in re.findall(r"[+\d][\d \-|]*\d", row["Address"]))
    return has_number and not in_address


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept institutes, with the commit they were read at."""
    meta = SOURCES["IN"]
    raw = _git(gits["IN"], "show", f"{meta['commit']}:{PATH}").decode("utf-8")
    found = [
        {
            "country": "IN",
            "path": f"{PATH}#{i}",
            "fields": {k: v for k, v in row.items() if k not in LEFT_OUT},
        }
        for i, row in enumerate(institutes(raw))
        if kept(row)
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "IN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
