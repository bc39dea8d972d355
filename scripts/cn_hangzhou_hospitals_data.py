"""Extract the real register that ``pii_held_out_478.py`` writes its records around into
``scripts/data/pii_cn_hangzhou_hospitals.json``: the phone fields of a register no earlier part
used (China, whose earlier part took a campus-map application's list of universities; this one
is a list of the hospitals and clinics of Hangzhou, Zhejiang, by district), exactly as the list
gives them.

One object of a WeChat mini-program's page script, read from a git checkout at a named commit,
values unchanged:

* ``pages/call/call.js`` of SYSU-AIlab/Crimson-Diary (a period-diary mini-program of Sun
  Yat-sen University students) as committed in 18787d9 (15 May 2024; later commits cut the list
  to 191 entries): its ``hospitals`` object, 272 hospitals and clinics of Hangzhou under 21
  districts and counties (``上城区``, ``临安市``, ``富阳市`` ...), each with its
  ``hospital_name``, ``hospital_address`` (``浙江省杭州市上城区学士路2号``), ``phone_number``
  and ``hospital_grade`` (``三级甲等``; ``NaN`` where none) and its district again (``区县``).
  The numbers are Hangzhou's: the area code ``0571`` and the line hyphenated
  (``0571-87061501``), a few unbroken (``057163723593``), national ``400`` numbers
  (``400-889-0808``), several in a field joined by a full-width comma (``0571-87062766，
  0571-85459796``); 33 fields glue two or three lines into one run of digits
  (``0571-8778388387022776``) or end in an extension (``0571-88134465-830``), and 6 are ``NaN``.
  The list names no source (its grades and district names, ``下城区`` and ``临安市`` among
  them, are those of before Hangzhou's 2021 redistricting).

A hospital is kept where its ``phone_number`` is one or more numbers of seven to twelve digits
each, joined by ``，`` (no glued run, no extension), none of whose digits an earlier Chinese
part's data holds or a hospital kept before it has (the first of entries that share a
switchboard). Each kept entry is a mapping of the object's keys to the published strings, its
district's key under ``district_key`` (``NaN`` as null), in the file's order (all of them: fewer
than ``CAP``).

    python scripts/cn_hangzhou_hospitals_data.py CN_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_cn_hangzhou_hospitals.json"
CAP = 300
PATH = "pages/call/call.js"
OPENING = "const hospitals = "
PHONE = "phone_number"
SEP = "，"  # the full-width comma the list joins a field's numbers with
# the earlier Chinese parts' data (no number of theirs is taken again)
EARLIER = ("pii_cn_universities.json",)
SOURCES = {
    "CN": {
        "repository": "SYSU-AIlab/Crimson-Diary",
        "commit": "18787d9bd5279ff2efd81be87d22a8a46119a582",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Crimson Diary (红潮日记) WeChat mini-program of Sun Yat-sen University "
        "students (SYSU-AIlab), its call page's 'hospitals' object as committed in 18787d9 "
        "(15 May 2024): Hangzhou's hospitals and clinics by district with their addresses, "
        "telephone numbers and grades; the list names no source and no official register",
        "licence": "not confirmed: the repository has no LICENSE file at that commit (its "
        "initial commit's LGPL-2.1 LICENSE was deleted in 2d5504a, 14 April 2024, before the "
        "list was added) and its README names no terms for the list",
        "language": "zh",
        "roles": {"name": "hospital_name", "phone": [PHONE], "address": "hospital_address",
                  "grade": "hospital_grade", "district": "区县"},
    },
}  # fmt: skip


def _districts(text: str) -> dict[str, list[dict[str, Any]]]:
    """The ``hospitals`` object of the page script: a JSON object from its opening brace to the
    brace that closes it (``NaN`` read as null)."""
    start = text.index(OPENING) + len(OPENING)
    depth = 0
    for at, ch in enumerate(text[start:], start):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth == 0:
            return json.loads(text[start : at + 1], parse_constant=lambda _: None)
    raise ValueError("the hospitals object does not close")


def clean(value: str | None) -> bool:
    """Whether a phone field is one or more numbers of seven to twelve digits joined by the
    list's full-width comma (no run that glues lines together, no extension)."""
    if not value:
        return False
    return all(
        re.fullmatch(r"\d[\d-]*\d", part) and 7 <= len(digits_of(part)) <= 12
        for part in value.split(SEP)
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept hospitals of the list, with the commit it was read at."""
    meta = SOURCES["CN"]
    raw = _git(gits["CN"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "86"), set()
    found, i = [], -1
    for key, entries in _districts(raw).items():
        for entry in entries:
            i += 1
            value = entry[PHONE]
            if not clean(value):
                continue
            numbers = {digits_of(part) for part in value.split(SEP)}
            if numbers & (earlier | seen):
                continue
            seen |= numbers
            found.append({"country": "CN", "path": f"{PATH}#{i}",
                          "fields": {**entry, "district_key": key}})  # fmt: skip
    return {"sources": SOURCES, "rows": seeded_sample(found, "CN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
