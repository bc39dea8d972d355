"""US social security numbers below an SSN label: a form's value ("SSN/TIN" on one line, the
number on the next) or a table cell under an "SSN" column header (delimited rows, a Markdown
table, an HTML ``<th>SSN</th>`` column; ``cell_labels``).

Presidio's SSN recognizer reads context words on the number's own line only, so a bare
nine-digit run below its label scores less than phonenumbers' reading of it as a phone of some
region; the label above decides, as it does for phones (``label_above``). Like
``labelled_phones``, this runs on the whole document, outside Presidio and the pre-scan.
"""

from __future__ import annotations

import re

from filters.pii.entities import CONTEXT_WORDS
from filters.pii.phone_formats import alone_values, label_above

_SSN_WORDS = CONTEXT_WORDS["en"]["US_SSN"]
_SSN_WORD_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(_SSN_WORDS) + r")(?!\w)")
# the three shapes an SSN is written in: 123-45-6789, 123 45 6789, 123456789
SSN_SHAPE_RE = re.compile(r"(\d{3})([- ]?)(\d{2})\2(\d{4})")
# The label decides: above a phone's score even where Presidio's context words raise it (0.4 or
# 0.45 plus 0.35: a table's phone column header in the same window reaches the SSN column's
# value too), so a one-run SSN under an SSN header is no phone; a tie goes to the SSN.
LABELLED_SSN_SCORE = 0.8


def _issued(area: str, group: str, serial: str) -> bool:
    """Could the Social Security Administration have issued it: no area 000, 666 or 9xx, no
    group 00, no serial 0000."""
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def labelled_ssns(text: str, values: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of SSN-shaped values alone on their line or cell below a label with an SSN word.
    ``values`` (``alone_values``) may be shared with the phones' pass: given them, looking at
    the few SSN-shaped values costs less than looking for an SSN word first ("security" is in
    one web page of seven)."""
    found = []
    for start, end in alone_values(text) if values is None else values:
        match = SSN_SHAPE_RE.fullmatch(text, start, end)
        if (
            match
            and _issued(match[1], match[3], match[4])
            and label_above(text, start, end, _SSN_WORD_RE)
        ):
            found.append((start, end))
    return found
