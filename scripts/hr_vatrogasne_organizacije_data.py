"""Extract the real register that ``pii_held_out_373.py`` writes its records around into
``scripts/data/pii_hr_vatrogasne_organizacije.json``: the telephone, fax and e-mail fields of a
register no earlier part used (Croatia, whose earlier parts took the Information Commissioner's
register of public authorities and the Ministry of Social Policy and Youth's directory of
social welfare institutions; this one is another publisher and another kind of organisation:
the directory of the country's firefighting organisations, the county and city firefighting
associations (vatrogasne zajednice), the public fire brigades (javne vatrogasne postrojbe) and
the voluntary fire societies (dobrovoljna vatrogasna društva, DVD)), exactly as published.

One Java source of the ``vatrogasne-intervencije1`` project (iloncari, a Vaadin application
for recording fire interventions), read from a git checkout at a named commit, values unchanged:

* ``vatrogasne-intervencije1/src/main/java/hr/tvz/vi/util/OrganziationConstants.java``: the
  directory as four string constants, one entry after another, each ended by a line ``Next``
  (the application's ``TestView`` splits them there to seed its database):
  ``vatroganeZajedniceZupanija`` (the 20 county associations: name, address), then
  ``vatroganeZajedniceGradaOpcine`` (220 city and municipal associations and public fire
  brigades) and ``orgDVD`` (858 voluntary fire societies), whose entries open with the county
  association they belong to, then the name and the address (``Trenkova 44, 42000
  Varaždin``); after them lines ``tel:``, ``mob:``, ``fax:``, ``email:`` and ``url:`` where
  the directory gives them (numbers as it writes them: ``+38542230440``, ``0038521603980``,
  ``38521842271``, ``051231448``; several on a line after a comma, ``+38544543122,
  +38544543347``; a fax ``385`` where it gives none), and lines naming the president,
  commander and secretary with their own mobiles and mailboxes (``Predsjednik: ...``). The
  fourth constant, ``gradOpcina``, lists settlements and holds no contact.

An entry is kept where its ``tel:`` line holds a number of seven digits or more, no number on
that line is one an earlier Croatian part's data holds (as written, or with the trunk 0 in
place of the country code) or one of an entry kept before it (the first of entries sharing a
switchboard); the kept entries are a seeded sample of ``CAP``, in the file's order. Each is
kept as the mapping of the section it stands in (``vrsta``), the county association it
belongs to (``zajednica``, empty for a county association itself), its name and address, and
its ``tel``, ``fax``, ``email`` and ``url`` lines' values as published (empty where the
directory gives none). The ``mob:`` lines (often the officers' own phones again) and the
lines naming persons are not kept: the extract holds no person's name, phone or mailbox
beyond what a society publishes as its own ``email``.

    python scripts/hr_vatrogasne_organizacije_data.py HR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_hr_vatrogasne_organizacije.json"
CAP = 300
PATH = "vatrogasne-intervencije1/src/main/java/hr/tvz/vi/util/OrganziationConstants.java"
# the sections with contacts, in the file's order, and what their entries are
SECTIONS = {
    "vatroganeZajedniceZupanija": "zupanijska_zajednica",
    "vatroganeZajedniceGradaOpcine": "gradska_opcinska",
    "orgDVD": "dvd",
}
KEYS = ("tel", "fax", "email", "url")
# the earlier Croatian parts' data (no number of theirs is taken again)
EARLIER = ("pii_hr_public_authorities.json", "pii_hr_social_welfare.json")
# the OpenStreetMap objects of the farm shops' part (its Croatian phones)
OSM = "pii_osm_pois.json"
SOURCES = {
    "HR": {
        "repository": "iloncari/vatrogasne-intervencije1",
        "commit": "099f1e3fb00f7c7ac2e71adf0726a788848cf934",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the directory of Croatia's firefighting organisations (county and city "
        "firefighting associations, public fire brigades and voluntary fire societies, by "
        "county association) as the vatrogasne-intervencije1 project (iloncari, 19 August "
        "2021) holds it in string constants to seed its database; that it copies the Croatian "
        "Firefighting Association's (Hrvatska vatrogasna zajednica) directory is likely but "
        "not confirmed: the file names no source",
        "licence": "the Unlicense for the repository (vatrogasne-intervencije1/LICENSE.md, a "
        "public-domain dedication); terms for the directory data themselves not confirmed",
        "language": "hr",
        "columns": ["vrsta", "zajednica", "naziv", "adresa", *KEYS],
        "roles": {"name": "naziv", "phone": ["tel"], "fax": ["fax"], "email": "email",
                  "address": ["adresa"]},
    },
}  # fmt: skip


def _sections(java: str) -> dict[str, str]:
    """Each string constant of the class as its text (the literals joined, escapes undone)."""
    out = {}
    for name, body in re.findall(r"public static String (\w+) = (.*?);\r?\n", java, re.S):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', body)
        out[name] = "".join(parts).replace("\\r\\n", "\n").replace('\\"', '"')
    return out


def entry_fields(kind: str, text: str) -> dict[str, str]:
    """One entry of a section as its fields: the county association (not for a county's own
    entry), name and address, then the value after each of ``KEYS``' labels ("" if none)."""
    lines = [line for line in text.split("\n") if line.strip()]
    head = [line for line in lines if not re.match(r"[\w ]+: ", line)]
    fields = {"vrsta": kind, "zajednica": ""}
    if kind != "zupanijska_zajednica":
        fields["zajednica"] = head.pop(0) if head else ""
    fields["naziv"] = head[0] if head else ""
    fields["adresa"] = head[1] if len(head) > 1 else ""
    for key in KEYS:
        found = [line[len(key) + 2 :] for line in lines if line.startswith(f"{key}: ")]
        fields[key] = found[0] if found else ""
    return fields


def numbers(value: str) -> list[str]:
    """The numbers of a ``tel:`` line, as written (several after a comma)."""
    return [n.strip() for n in value.split(",") if n.strip()]


def forms(number: str) -> set[str]:
    """A number's digits as written, without an international prefix ``00``, and with the
    trunk 0 in place of the country code 385: the ways an earlier part may hold it."""
    digits = digits_of(number)
    out = {digits, digits.removeprefix("00")}
    for d in list(out):
        if d.startswith("385"):
            out.add("0" + d[3:])
    return out


def osm_numbers() -> set[str]:
    """The forms of the Croatian OpenStreetMap objects' phones (``pii_osm_pois.json``)."""
    out: set[str] = set()
    for poi in json.loads((DATA / OSM).read_text(encoding="utf-8"))["pois"]:
        for _, value in poi["phones"] if poi["country"] == "HR" else ():
            out |= forms(value)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the directory, with the commit they were read at."""
    meta = SOURCES["HR"]
    java = _git(gits["HR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    sections = _sections(java)
    earlier, seen = earlier_numbers(DATA, EARLIER, "385") | osm_numbers(), set()
    found = []
    i = 0
    for name, kind in SECTIONS.items():
        for text in sections[name].split("Next\n"):
            fields = entry_fields(kind, text)
            at, i = i, i + 1
            tels = numbers(fields["tel"])
            if not tels or any(len(digits_of(t)) < 7 for t in tels):
                continue
            every = set().union(*(forms(t) for t in tels))
            if every & earlier or every & seen:
                continue
            seen |= every
            found.append({"country": "HR", "path": f"{PATH}#{at}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "HR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
