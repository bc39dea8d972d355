"""The later numbers of a phone field that writes the area code once, and numbers joined by
slashes.

Directories and registers list a place's lines after one area code ("0866  2477067 ,
2484448", "(04) 2345678, 2345679"): each later number is a local number of the same length as
the first's, with no area code and no cue of its own, so no recognizer takes it alone. Here a
number right after a found phone, with only a comma, a slash or a semicolon between, is a
phone when the found one has an area code apart from its local number and the later one has
exactly that local number's digits (seven or more: a shorter run is as likely an extension or
a shortened alternative ending, "4121-0700 / 0800").

Registers also join a place's numbers with slashes and no space ("62447652/62447657",
"2482619/ 2482621"): the run reads as one number too long for any plan, so no recognizer takes
it. Each number of such a run, seven to fifteen digits, is a phone when the run has a phone cue
(a phone word on its line, a phone label above: ``phone_cue``).
"""

from __future__ import annotations

import re

from filters.pii.phone_formats import MIN_PHONE_DIGITS, phone_cue

# the found number's last digit group after a separate group (its area code)
_LOCAL_PART_RE = re.compile(r"\d[^\d]+(\d+)\D*\Z")
# the next number: a list separator, then a run of digits that no digit or glue continues
_NEXT_RE = re.compile(r"[ \t]*[,/;][ \t]*(\d+)(?![\d./@-])")
# two or more runs of 7 to 15 digits joined by slashes, nothing glued on either end
_SLASHED_RE = re.compile(r"(?<![\w./@-])\d{7,15}(?:[ \t]?/[ \t]?\d{7,15})+(?![\w./@-])")
_DIGITS_RE = re.compile(r"\d+")
# what every such run holds: a slash, then seven digits (re skips to the slashes)
_SLASH_HINT_RE = re.compile(r"/[ \t]?\d{7}")


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


def slashed_runs(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """(run, its numbers) for each slash-joined run of ``text`` (``_SLASHED_RE``) that has a
    phone cue."""
    if not _SLASH_HINT_RE.search(text):
        return []
    found = []
    for run in _SLASHED_RE.finditer(text):
        if phone_cue(text, *run.span()):
            numbers = _DIGITS_RE.finditer(text, run.start(), run.end())
            found.append((run.span(), [m.span() for m in numbers]))
    return found
