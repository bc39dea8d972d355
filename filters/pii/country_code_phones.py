"""International numbers written without their "+": a country code, a hyphen, the rest.

Registers and exports drop the "+" and keep the country code apart with a hyphen
("971-50-3039478", "971-569975711", "7-495-123-45-67"): no national shape fits (the country
code is no trunk 0, the groups are too long for hyphenated blocks), and phonenumbers, which
reads digits without "+" as a national number of its regions, does not take it. Such a run is
a phone when the digits before the first hyphen are a country code that phonenumbers knows,
and the digits together, read after a "+", are a valid number of that country. A hyphen and
no space: "48 123 456 789" is a Polish number or an amount written with spaces between its
thousands, and only a phone word decides (``phone_context``). North America's "1-" belongs to
the NANP shape of ``format_phones``.
"""

from __future__ import annotations

import re

# the country code's first digit first, then what may not stand before it (a pattern that starts
# with a character class is looked for only where such a character is; one that starts with a
# look-behind, at every position)
_RUN_RE = re.compile(
    r"(?P<cc>[2-9](?<![\w+.\-/].)(?<![0-9][ .\-].)\d{0,2})-\d{1,12}(?:[-. ]\d{1,12}){0,4}"
    r"(?![\w]|[ \-/][0-9]|\.[0-9])"
)
_MIN_DIGITS, _MAX_DIGITS = 9, 15  # a country code and a national number of 7 or more; E.164


def country_code_phones(text: str) -> list[tuple[int, int]]:
    """Spans of numbers that start with a known country code and a hyphen, valid as such."""
    if "-" not in text:
        return []
    found = []
    for match in _RUN_RE.finditer(text):
        digits = "".join(c for c in match.group() if c.isdigit())
        if _MIN_DIGITS <= len(digits) <= _MAX_DIGITS and _valid(digits, int(match.group("cc"))):
            found.append(match.span())
    return found


def _valid(digits: str, country_code: int) -> bool:
    """Is "+digits" a valid number whose country code is exactly ``country_code``?"""
    import phonenumbers

    if country_code not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return False
    try:
        number = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return False
    return number.country_code == country_code and phonenumbers.is_valid_number(number)
