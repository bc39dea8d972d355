"""Extract the real list that ``pii_held_out_161.py`` writes its records around into
``scripts/data/pii_nl_municipalities.json``: the phone fields of a register no earlier part
used (the Netherlands' municipalities, gemeenten, as of 2018; the country's earlier part took
DUO's register of schools), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``assets/jsonfiles/HostList_2018_4_17.js``: the ``hostList`` array of the Straat.info app's
  back end (a JavaScript module converted from a CSV, ``hosts_2018``), one object per Dutch
  municipality: its name (``Gemeente Aalburg``), its postal address (mostly a ``Postbus``),
  postcode (``4260 AA``) and place in capitals, and its ``phoneNumber`` as the municipalities'
  published contact data write it: the area code in brackets and the subscriber's number in
  pairs (``(0416) 69 87 00``, ``(010) 506 11 11``), a few run together (``(0413) 381818``,
  ``0900 8844``), and the municipalities' own service number ``14`` followed by their area code
  (``14 0592``, ``14 078``, ``14038``, one ``14+ 0511``), a number of five or six digits that
  reaches the town hall, not a subscriber's line.

Every object of ``hostList`` whose ``hostName`` names a municipality (``Gemeente ...``; the
first object, the app's test server, left out) and whose ``phoneNumber`` holds a number of six
digits or more (319 of the 380: 254 with a subscriber's number of seven digits or more, 64 with
a six-digit ``14`` number, ``14 0592``, and ``14+ 0511``; left out: 61 whose field is a
five-digit ``14`` number, ``14 078``, ``14038``), in the array's order; each kept as a mapping of
its keys to the published strings, ``emailAddress`` left out (the app's own routing addresses,
``aalburg@straat.info``, none of the municipalities'). The list names no person.

    python scripts/nl_municipalities_data.py NL_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_nl_municipalities.json"
PATH = "assets/jsonfiles/HostList_2018_4_17.js"
SOURCES = {
    "NL": {
        "repository": "straatinfo/straat-backend-v2",
        "commit": "adc117b5af8954f08622519af7aef833151ab197",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Netherlands' municipalities (gemeenten), their postal addresses and "
        "general telephone numbers as of 2018, in the hostList of the Straat.info app's back "
        "end (a JavaScript module 'base on conversion in http://www.convertcsv.com/"
        "csv-to-json.htm file: hosts_2018'); the file as added in 26b7d54 ('patch latest host "
        "List', 18 April 2018) and last changed in adc117b ('hostlist.json: fullHostlist', 23 "
        "May 2018), unchanged at the repository's head 2e6747b",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the municipalities' contact data are public, the compiler of the CSV is not "
        "named",
        "language": "nl",
        "roles": {"name": "hostName", "phone": ["phoneNumber"],
                  "address": ["address", "postalCode", "cityName"]},
    },
}  # fmt: skip

# one key of an object of the array as the module writes it: single-quoted, or double-quoted
# where the value holds an apostrophe (``"Gemeente 's-Hertogenbosch"``)
PAIR = re.compile(r"^    '(\w+)': (?:'([^'\\]*)'|\"([^\"\\]*)\"),?$")
LEFT_OUT = ("emailAddress",)
PHONES = ["phoneNumber"]


def host_list(text: str) -> list[dict[str, str]]:
    """The objects of the module's ``hostList`` array, in order, as mappings of their keys to
    the published strings."""
    body = text.split("const hostList = [\n", 1)[1].split("\n  }]\n", 1)[0] + "\n  }"
    objects = []
    for chunk in body.split("\n  },\n  {"):
        fields = {}
        for line in chunk.splitlines():
            if line.strip() in ("", "{", "}"):
                continue
            m = PAIR.match(line)
            if not m:
                raise ValueError(f"unexpected line {line!r}")
            fields[m.group(1)] = m.group(2) if m.group(2) is not None else m.group(3)
        objects.append(fields)
    return objects


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    meta = SOURCES["NL"]
    raw = _git(gits["NL"], "show", f"{meta['commit']}:{PATH}")
    rows = [
        {
            "country": "NL",
            "path": f"{PATH}#{i}",
            "fields": {k: v for k, v in obj.items() if k not in LEFT_OUT},
        }
        for i, obj in enumerate(host_list(raw.decode(meta["encoding"])))
        if obj.get("hostName", "").startswith("Gemeente ") and _has_phone(obj, PHONES)
    ]
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
