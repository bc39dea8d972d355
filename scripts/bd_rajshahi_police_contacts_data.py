"""Extract the real register that ``pii_held_out_387.py`` writes its records around into
``scripts/data/pii_bd_rajshahi_police_contacts.json``: the mobile, phone, fax and e-mail fields
of a register no earlier part used (Bangladesh, whose earlier part took a mobile phone brand's
list of retail outlets; this one is another publisher and another kind of institution: the
contact directory of the police offices and police stations (thanas) of Bangladesh Police's
Rajshahi Range), exactly as the range's website gives them.

One table of the Laravel website of the Deputy Inspector General's office of Rajshahi Range
(``sumonweb/digrajshahi``, a MySQL dump committed with the site's code), read from a git
checkout at a named commit, values unchanged:

* ``dig.sql``, table ``jurisdiction_contacts``: the site's "contacts" of each jurisdiction
  (``jurisdiction_level_id`` 1 the DIG's office, 2 a district police office or unit, 3 a
  thana), each with its ``designation`` (the post, mostly in Bengali: ``অফিসার ইনচার্জ,
  গোদাগাড়ী মডেল থানা``; some in English, ``Addl. DIG (Crime & Operations)``), its ``mobile``
  (the post's official mobile line, mostly in Bengali digits with a hyphen after the operator
  code, ``০১৭১৩-৩৭৩৮০১``; some in ASCII digits, ``01713-373813``, ``01713 373788``,
  ``01769- 691564``; two fields hold two lines, ``০১৭৬৫-৯৩০৯৩৮, ০১৭৪১-০৯৮৭০২``), its
  ``phone`` and ``fax`` (landlines with the district's area code, ``০৭২২৫-৫৬০০৩``,
  ``051-78266``; one a placeholder of zeros, ``০৭২১-০০০০০০``), its ``email`` (the post's
  mailbox on ``police.gov.bd``, ``ocraj.god@police.gov.bd``), beside the district and thana
  the row belongs to (``district_id``, ``thana_id``: the dump's ``districts`` and ``thanas``
  tables give their names, kept beside the row as ``district``, ``district_english`` and
  ``thana``).

A row is kept where the site still shows it (``deleted_at`` is NULL) and its ``mobile`` holds
a number of seven digits or more whose digits (Bengali digits read as their values) no earlier
Bangladeshi part's data holds and no row kept before it has (the first of the posts that share
a line); the kept rows are a seeded sample of ``CAP``, in the table's order. Each is kept as
the mapping of the columns ``KEPT`` to the published strings (NULL columns left out), with the
names of its district and thana. Not kept: ``person_name`` (the officer then in the post: the
part takes the posts' lines, not persons), ``user_id`` and the timestamps (the site's own
bookkeeping), and an ``email`` that is not on ``police.gov.bd`` (15 officers' personal webmail
addresses, ``...@gmail.com``). No other table of the dump is read (it also holds the site's
users and the public's complaints).

    python scripts/bd_rajshahi_police_contacts_data.py BD_GIT
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from mx_jesus_maria_data import _table
from register_contacts_data import _git, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_bd_rajshahi_police_contacts.json"
CAP = 300
PATH = "dig.sql"
TABLE = "jurisdiction_contacts"
KEPT = (
    "id", "jurisdiction_level_id", "district_id", "thana_id", "designation", "mobile",
    "phone", "fax", "email",
)  # fmt: skip
OFFICIAL = "@police.gov.bd"
# the earlier Bangladeshi parts' data (no number of theirs is taken again)
EARLIER = ("pii_bd_outlets.json",)
SOURCES = {
    "BD": {
        "repository": "sumonweb/digrajshahi",
        "commit": "3c78e53e2728403f01752b831c126f6edd53128f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Bangladesh Police, Rajshahi Range: the contact directory of the DIG's "
        "office, the district police offices and units and the thanas of the range (Rajshahi, "
        "Chapai Nawabganj, Natore, Bogura, Naogaon, Pabna, Sirajganj, Joypurhat, RRF, CID, PBI, "
        "Highway Police) as the range's Laravel website held it (table "
        "jurisdiction_contacts of the MySQL dump dig.sql, rows entered from November 2018 to "
        "August 2019, committed in ba18fa2 on 21 August 2019)",
        "licence": "not confirmed (the repository has no licence file; its README only names "
        "the site, 'digrajshahi website, developed with Laravel 5.5'); the directory is the "
        "police's published contact list",
        "language": "bn",
        "roles": {"name": "designation", "phone": ["mobile", "phone", "fax"], "email": "email",
                  "address": ["thana", "district"]},
    },
}  # fmt: skip


def ascii_digits(value: str) -> str:
    """The digits of ``value`` as ASCII digits (a Bengali ``০১৭`` is ``017``): a number's
    identity across the scripts it is written in."""
    return "".join(str(unicodedata.digit(c)) for c in value if c.isdigit())


def first_line(value: str) -> str:
    """The digits of the first number of a field (a field may hold two, after a comma)."""
    return ascii_digits(value.split(",")[0])


def kept_fields(
    row: dict[str, str | None],
    districts: dict[str, dict[str, str | None]],
    thanas: dict[str, dict[str, str | None]],
) -> dict[str, str]:
    """The row's ``KEPT`` columns as published (NULL ones and a mailbox off ``police.gov.bd``
    left out), with its district's and thana's names."""
    out = {k: row[k] for k in KEPT if row[k] is not None}
    if not out.get("email", OFFICIAL).endswith(OFFICIAL):
        del out["email"]
    district = districts.get(row["district_id"] or "")
    if district:
        out["district"], out["district_english"] = district["name"], district["name_english"]
    thana = thanas.get(row["thana_id"] or "")
    if thana:
        out["thana"] = thana["name"]
    return {k: v for k, v in out.items() if v is not None}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit they were read at."""
    meta = SOURCES["BD"]
    dump = _git(gits["BD"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    districts = {r["id"]: r for r in _table(dump, "districts")}
    thanas = {r["id"]: r for r in _table(dump, "thanas")}
    earlier = {ascii_digits(n) for n in earlier_numbers(DATA, EARLIER, "880")}
    seen: set[str] = set()
    found = []
    for i, row in enumerate(_table(dump, TABLE)):
        line = first_line(row["mobile"] or "")
        if row["deleted_at"] is not None or len(line) < 7 or line in seen or line in earlier:
            continue
        seen.add(line)
        fields = kept_fields(row, districts, thanas)
        found.append({"country": "BD", "path": f"{PATH}:{TABLE}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "BD", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
