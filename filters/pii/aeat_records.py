"""Spain's informative tax declarations as the fixed-width files the tax agency (AEAT) takes.

Modelos 180, 190, 193, 347, 349 and the other informative declarations share one declarant
record (type 1): its type ``1``, the model's number and the year, the declarant's NIF and
name padded to 40 characters, the support type (``T`` telematic, ``C`` or ``D``) and, in
positions 59-67, the nine digits of the contact's phone, then the contact's name, with no
separator anywhere (``13472024P0100400AAYUNTAMIENTO DE ARTZINIEGA``, padding, then
``T945396353SECRETARIA INTERVENCION``). The phone is glued to a letter on either side, so no
shape or word finds it: only its place does. A record is a line of 250 characters or more.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.line_starts import after_newline, line_start_matches

# the declarant record up to its phone: type 1, a model of three digits, the year, the NIF, the
# name, the support type; the phone a Spanish number of nine digits, the line a record's length
_DECLARANT_PHONE_RE = re.compile(
    r"(?m)^1\d{3}(?:19|20)\d\d[0-9A-Z]{9}[^\r\n]{40}[TCD ]([6-9]\d{8})(?=[^\r\n]{183})"
)
_DECLARANT_PHONE_AFTER_NEWLINE_RE = after_newline(_DECLARANT_PHONE_RE)


@lru_cache(maxsize=2)
def aeat_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the phones of the declarant records of an AEAT informative declaration (kept
    for the checks that ask about one document's numbers one after another)."""
    records = line_start_matches(_DECLARANT_PHONE_RE, _DECLARANT_PHONE_AFTER_NEWLINE_RE, text)
    return tuple(m.span(1) for m in records)


def aeat_named(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the phone of an AEAT declarant record?"""
    return (start, end) in aeat_phone_values(text)
