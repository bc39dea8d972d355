"""National phone numbers of the countries whose official language a document is written in.

``phone_regions`` makes phonenumbers accept the national formats of a fixed list of countries in
every document. A document in Estonian or Maltese holds Estonian or Maltese numbers, written
without a country code and often with no phone word ("5124 4205 (after 6 pm)"); the countries
where a language is official come from Unicode CLDR (babel's territory data), the formats and
number ranges from libphonenumber's metadata, so no country list is written by hand. Languages
official in more than ``MAX_LANGUAGE_REGIONS`` countries (English, French, Spanish, Arabic,
Portuguese) are left to ``phone_regions`` and the phone words: dozens of numbering plans would
accept almost any digit run.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from filters.pii.phone_formats import MIN_PHONE_DIGITS

MAX_LANGUAGE_REGIONS = 8
# phonenumbers' own matcher score in Presidio's PhoneRecognizer
NATIONAL_PHONE_SCORE = 0.4
# With no phone word to vouch for it, a number must be written as phones are: one run of digits,
# or groups joined by one kind of separator, a space or a hyphen, the whole token (phonenumbers
# also reads "(1996). 736", "2647/1998", a law and its year, and "8.000-9.000" as Vietnamese or
# Greek numbers; Wikipedia is full of such citations and ranges); a comma is a boundary, as a
# CSV field's delimiter, unless a digit is on its other side (a decimal, a list of numbers) ...
# The pattern is "(?<![\w+./\-])(?<!\d,)(?<!\d[ \-])\+?\d+(?:([ \-])\d+(?:\1\d+)*)?" then the
# look-ahead, written to start with its first character, "+" or a digit, with the look-behinds
# widened by that character: Python's re only skips ahead fast to a pattern's first character
# when the pattern starts with one, and this scan runs over every document of such a language
# (tests/test_pii_formats.py checks the two forms agree).
_PLAIN_NUMBER_RE = re.compile(
    r"[+\d](?<![\w+./\-].)(?<!\d,.)(?<!\d[ \-].)(?:(?<=\+)\d+|(?<=\d)\d*)"
    r"(?:([ \-])\d+(?:\1\d+)*)?"
    r"(?![\w/\-]|\.\w|,\d|[ \-]\d)"
)
# ... and not start with a year and a month: "Biol. Lett. 13: 20170484" is an article number
_DATE_STAMP_RE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])")


@lru_cache(maxsize=1)
def _regions_by_language() -> dict[str, tuple[str, ...]]:
    import phonenumbers
    from babel.languages import get_official_languages

    table: dict[str, set[str]] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for language in get_official_languages(region, de_facto=True):
            table.setdefault(language.split("_")[0], set()).add(region)
    return {lang: tuple(sorted(regions)) for lang, regions in table.items()}


def language_regions(language: str | None) -> tuple[str, ...]:
    """The phone regions of ``language`` (an ISO 639 code, "et", "de-AT", "sr_Latn"), or none
    when it is official in no country or in more than ``MAX_LANGUAGE_REGIONS``."""
    base = (language or "").replace("-", "_").split("_")[0].lower()
    regions = _regions_by_language().get(base, ())
    return regions if len(regions) <= MAX_LANGUAGE_REGIONS else ()


@lru_cache(maxsize=256)
def six_digit_lines(language: str | None) -> bool:
    """May a six-digit number be a subscriber's line in a document of ``language``? So when a
    country where the language is official (CLDR, every one, not only the first
    ``MAX_LANGUAGE_REGIONS``) has six-digit fixed-line or mobile numbers in libphonenumber's
    metadata (its national lengths, not the local-only ones dialled without an area code):
    Bulgarian, Slovak, Catalan (Andorra), Faroese, German, English (the Philippines, South
    Africa...), not Croatian, Serbian or Danish, whose six-digit numbers are short codes or
    local parts. A document of no known language keeps the rule."""
    from phonenumbers.phonemetadata import PhoneMetadata

    base = (language or "").replace("-", "_").split("_")[0].lower()
    regions = _regions_by_language().get(base)
    if not regions:
        return True
    for region in regions:
        meta = PhoneMetadata.metadata_for_region(region)
        for desc in (meta.fixed_line, meta.mobile):
            if desc is not None and 6 in (desc.possible_length or ()):
                return True
    return False


# scripts that one language alone writes: a line in one of them is in that language, whatever
# a language detector made of the document around it (a Misskey note's Japanese text inside
# its JSON, which the detector reads as English by its keys)
_SCRIPT_LANGUAGES = (
    ("\u3040", "\u30ff", "ja"),  # hiragana and katakana
    ("\uac00", "\ud7a3", "ko"),  # Hangul syllables
    ("\u0e00", "\u0e7f", "th"),
    ("\u0590", "\u05ff", "he"),
    ("\u0370", "\u03ff", "el"),
    ("\u10a0", "\u10ff", "ka"),
    ("\u0530", "\u058f", "hy"),
)


def line_language(text: str, start: int) -> str | None:
    """The language of the script that the line holding ``start`` is written in
    (``_SCRIPT_LANGUAGES``: kana is Japanese), or None where no such script is on it."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    line = text[lo : len(text) if hi < 0 else hi]
    for first, last, language in _SCRIPT_LANGUAGES:
        if any(first <= c <= last for c in line):
            return language
    return None


def _amount(text: str, start: int, end: int) -> bool:
    """Is the number a sum of money or a share: a currency sign before it, or a currency sign
    or ``%`` after it ("US$ 1375000", "1375000 €"), as phonenumbers' own matcher rules out?"""
    before = text[max(0, start - 3) : start].rstrip()
    after = text[end : end + 3].lstrip()
    return bool(before and unicodedata.category(before[-1]) == "Sc") or bool(
        after and (after[0] == "%" or unicodedata.category(after[0]) == "Sc")
    )


def national_phones(text: str, regions: tuple[str, ...], leniency: int) -> list[tuple[int, int]]:
    """Spans of plainly written numbers (``_PLAIN_NUMBER_RE``) of 7 to 15 digits, not starting
    with a year and a month (``_DATE_STAMP_RE``) nor an amount (``_amount``), that phonenumbers
    parses as a valid number of one of ``regions`` (a possible one at ``leniency`` 0). Each
    whole token is parsed once per region, which is far cheaper than phonenumbers' matcher; the
    tokens it would split further are not plain anyway."""
    if not regions:
        return []
    import phonenumbers

    from filters.pii.phone_matcher import cannot_be_valid, plain_digits

    check = phonenumbers.is_valid_number if leniency else phonenumbers.is_possible_number
    found = []
    for match in _PLAIN_NUMBER_RE.finditer(text):
        raw = match.group()
        digits = sum(c.isdigit() for c in raw)
        if not MIN_PHONE_DIGITS <= digits <= 15 or _DATE_STAMP_RE.match(raw):
            continue
        if _amount(text, *match.span()):
            continue
        # ASCII digits, no "+": the verdict of the pruned matcher, remembered across documents
        plain = leniency and plain_digits(raw) is not None
        for region in regions:
            if plain:
                if not cannot_be_valid(raw, region):
                    found.append(match.span())
                    break
                continue
            try:
                number = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if check(number):
                found.append(match.span())
                break
    return found
