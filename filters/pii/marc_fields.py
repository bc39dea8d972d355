"""MARC 21 records (library catalogues and community information records): the Address field
(270) names its phone numbers by subfield code, no word: ``$k`` telephone, ``$l`` fax, ``$n``
TDD or TTY.

MarcEdit's mnemonic text (``.mrk``) glues each code letter to its value
(``=270  \\\\$aVienības gatve 45$bRīga$kTālr.67064499$zReģistratūra``), so the value's first
letter or digit follows a letter and no phone word starts a word there; MARCXML writes
``<subfield code="k">`` inside ``<datafield tag="270">``. The value may begin with a word of
its own ("Tālr.", "Tel."): its number is the run of digits after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# the subfields of field 270 that hold a phone, TTY or fax number
_PHONE_CODES = "kln"
_MNEMONIC_FIELD_RE = re.compile(r"(?m)^=270  [^\n]*")
_MNEMONIC_SUBFIELD_RE = re.compile(rf"\$[{_PHONE_CODES}]([^$\n]*)")
_XML_FIELD_RE = re.compile(
    r'<(?:marc:)?datafield\b[^>]*\btag="270"[^>]*>(.*?)</(?:marc:)?datafield>', re.S
)
_XML_SUBFIELD_RE = re.compile(rf'<(?:marc:)?subfield\b[^>]*\bcode="[{_PHONE_CODES}]"[^>]*>([^<]*)<')
# a value's number: from its first "+", "(" or digit to its last digit or bracket
_NUMBER_RE = re.compile(r"[+(]?\d(?:[\d ()+.\-/]*[\d)])?")


@lru_cache(maxsize=2)
def marc_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers in field 270's phone, TTY and fax subfields (kept for the bait
    checks that ask about one document's numbers one after another)."""
    spans = []
    if "=270  " in text:
        for field in _MNEMONIC_FIELD_RE.finditer(text):
            spans += _numbers(text, _MNEMONIC_SUBFIELD_RE.finditer(text, *field.span()))
    if 'tag="270"' in text:
        for field in _XML_FIELD_RE.finditer(text):
            spans += _numbers(text, _XML_SUBFIELD_RE.finditer(text, *field.span(1)))
    return tuple(spans)


def _numbers(text: str, subfields: Iterator[re.Match]) -> list[tuple[int, int]]:
    """The number of each subfield value (its first run of number characters)."""
    found = []
    for subfield in subfields:
        number = _NUMBER_RE.search(text, *subfield.span(1))
        if number is not None:
            found.append(number.span())
    return found


def marc_named(text: str, start: int) -> bool:
    """Does a number of field 270's phone, TTY or fax subfields start at ``start``?"""
    return any(lo == start for lo, _ in marc_phone_values(text))
