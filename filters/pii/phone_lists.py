"""The later numbers of a phone field that writes the area code once.

Directories and registers list a place's lines after one area code ("0866  2477067 ,
2484448", "(04) 2345678, 2345679"): each later number is a local number of the same length as
the first's, with no area code and no cue of its own, so no recognizer takes it alone. Here a
number right after a found phone, with only a comma, a slash or a semicolon between, is a
phone when the found one has an area code apart from its local number and the later one has
exactly that local number's digits (seven or more: a shorter run is as likely an extension or
a shortened alternative ending, "4121-0700 / 0800").
"""

from __future__ import annotations

import re

from filters.pii.phone_formats import MIN_PHONE_DIGITS

# the found number's last digit group after a separate group (its area code)
_LOCAL_PART_RE = re.compile(r"\d[^\d]+(\d+)\D*\Z")
# the next number: a list separator, then a run of digits that no digit or glue continues
_NEXT_RE = re.compile(r"[ \t]*[,/;][ \t]*(\d+)(?![\d./@-])")


def continued_phones(
    text: str, spans: list[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """Phone spans for the later local numbers of the lists that ``spans``' phones start."""
    found = []
    for start, end, entity, score in spans:
        if entity != "PHONE_NUMBER":
            continue
        local = _LOCAL_PART_RE.search(text, start, end)
        if not local or len(local.group(1)) < MIN_PHONE_DIGITS:
            continue
        length, at = len(local.group(1)), end
        while (nxt := _NEXT_RE.match(text, at)) and len(nxt.group(1)) == length:
            found.append((nxt.start(1), nxt.end(1), entity, score))
            at = nxt.end(1)
    return found
