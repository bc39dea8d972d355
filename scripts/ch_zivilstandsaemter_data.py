"""Extract the real register that ``pii_held_out_495.py`` writes its records around into
``scripts/data/pii_ch_zivilstandsaemter.json``: the phone and e-mail fields of a register no
earlier part used (Switzerland, whose earlier parts took SIX Interbank Clearing's bank master
of the banks' branches and farm shops on OpenStreetMap; this one is another publisher and
another kind of institution: the civil registry offices, Zivilstandsämter, offices de l'état
civil and uffici dello stato civile, of the 26 cantons' civil registry districts), exactly as
the list gives them.

One table of the hochzeitstandesamt.ch project (robinschmidli-star/hochzeitstandesamt), read
from a git checkout at a named commit, values unchanged:

* ``lib/registry-data.ts``: the ``swissRegistryOffices`` array (a JSON array in a TypeScript
  module) of 143 offices, one per civil registry district (Zivilstandskreis), built from the
  federal list of the districts (``zivilstandskreise (1).xls``: per municipality its canton,
  office, postcode, town, street, post box, telephone, fax and e-mail; the project's README)
  and completed by the project from the offices' own pages (official page, opening hours);
  each with its ``phone`` (Swiss numbers as the list writes them, ``062 869 11 30`` or
  ``+41 56 648 74 90``), ``email`` (``zivilstandsamt@laufenburg.ch``) and an empty ``fax``,
  beside the office's name, canton, postcode, town, street, post box, the municipalities it
  serves, its official page and opening hours.

An office is kept where its ``phone`` holds a number of seven digits or more whose digits (in
national form, the calling code as the trunk 0) no earlier Swiss part's data holds and no
office kept before it has (the first of offices that share a switchboard: Geneva's
arrondissements stand twice in the array, once with a straight and once with a curly
apostrophe, and seven of Fribourg's offices give the canton's one number). Each is kept as the
mapping of the columns ``COLUMNS`` to the published values (the list names no person; the many
columns the project added from its own research, ceremony days, venues, media and notes, are
left out).

    python scripts/ch_zivilstandsaemter_data.py CH_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ch_zivilstandsaemter.json"
PATH = "lib/registry-data.ts"
PHONE = "phone"
START = "export const swissRegistryOffices = "
END = " satisfies SwissRegistryOffice[];"
# the columns kept: the federal list's and the office's official page and opening hours
COLUMNS = (
    "id", "name", "canton", "cantonName", "postalCode", "city", "addressLine1", "postBox",
    "phone", "fax", "email", "officialUrl", "openingHours", "responsibleMunicipalities",
)  # fmt: skip
# the earlier Swiss parts' data (no number of theirs is taken again)
EARLIER = ("pii_ch_bank_master.json",)
OSM = "pii_osm_pois.json"
SOURCES = {
    "CH": {
        "repository": "robinschmidli-star/hochzeitstandesamt",
        "commit": "cad8f7aa55dafffdf22e240387bcf788c4370dab",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Swiss cantons' civil registry offices (Zivilstandsämter) as the "
        "federal list of the civil registry districts (zivilstandskreise.xls) gives them, "
        "imported and completed by the hochzeitstandesamt.ch project (Robin Schmidli; "
        "lib/registry-data.ts, last changed in 728ccac, 21 August 2026)",
        "licence": "not confirmed (the repository states no licence; the federal list's "
        "terms are not stated there either)",
        "language": "de",
        "roles": {"name": "name", "phone": [PHONE], "fax": ["fax"], "email": "email",
                  "address": ["addressLine1", "postBox", "postalCode", "city"]},
    },
}  # fmt: skip


def offices(text: str) -> list[dict[str, Any]]:
    """The ``swissRegistryOffices`` array of the module's text, parsed as JSON."""
    start = text.index(START) + len(START)
    return json.loads(text[start : text.index(END, start)])


def national(value: str) -> str:
    """A number's digits in national form: ``+41 56 648 74 90`` as ``0566487490`` (the list
    writes some numbers with the calling code, some with the trunk 0)."""
    digits = digits_of(value)
    if value.strip().startswith(("+41", "0041")):
        return "0" + digits[4 if digits.startswith("0041") else 2 :]
    return digits


def osm_numbers() -> set[str]:
    """The digits of every phone of seven digits or more of ``held_out_10``'s OpenStreetMap
    objects (``pii_osm_pois.json``, whose file keeps them under ``pois``), also in national
    form."""
    pois = json.loads((DATA / OSM).read_text(encoding="utf-8"))["pois"]
    numbers = (number for p in pois for _, number in p["phones"])
    return {form for n in numbers if len(digits_of(n)) >= 7 for form in (digits_of(n), national(n))}


def kept(found: list[dict[str, Any]], earlier: set[str]) -> list[dict[str, Any]]:
    """The offices kept (see the module's description), each as its path and columns."""
    seen: set[str] = set()
    out = []
    for i, office in enumerate(found):
        tel = national(office.get(PHONE) or "")
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        fields = {column: office[column] for column in COLUMNS}
        out.append({"country": "CH", "path": f"{PATH}#{i}", "fields": fields})
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the list, with the commit they were read at."""
    meta = SOURCES["CH"]
    raw = _git(gits["CH"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    return {
        "sources": SOURCES,
        "rows": kept(offices(raw), earlier_numbers(DATA, EARLIER, "41") | osm_numbers()),
    }


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
