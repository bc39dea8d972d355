"""W3C Extended Log File Format (IIS, CDN and proxy access logs): a line of fields set apart by
single spaces, named by the ``#Fields:`` directive above.

A data line's numeric fields stand side by side ("... POST /a/3863 - 303 38134 52 Mozilla/5.0
..." gives the status, the bytes sent and the time taken), and phonenumbers reads three of them
as one number ("303 38134 52", a Denver number by its digits). In such a log a space outside a
quoted string ends a field, so a span that holds one reads across fields: no number of a
field, whatever its column. A number with spaces in a quoted field ("+36 74 510 797" in an
``x-telefon`` column) stays whole.
"""

from __future__ import annotations

import re

# the directive that names a W3C log's fields, at a line's start
_FIELDS_RE = re.compile(r"(?m)^#Fields:[ \t]")


def is_w3c_log(text: str) -> bool:
    """Does ``text`` hold a W3C extended log (a ``#Fields:`` directive line)?"""
    return "#Fields:" in text and _FIELDS_RE.search(text) is not None


def crosses_w3c_fields(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a field separator of a W3C log's data line: a space, outside a
    quoted string, on a line that is no directive?"""
    if " " not in text[start:end] or not is_w3c_log(text):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text.startswith("#", line_start):
        return False
    return text.count('"', line_start, start) % 2 == 0
