"""phonenumbers' matcher without the parses that cannot give a valid number of the region.

Presidio's phone recognizer runs phonenumbers' matcher once per configured region over each
digit run's slice; the matcher parses every candidate and, when that fails, each of its digit
groups ("2004/2005" gives "2004/2005", "2004", "2005"), and then checks that the number is
valid. Most of those parses are of groups of two to four digits, which no region with national
numbers of 5 or more digits (France, Spain: 9) can accept, and the rest mostly of the same
dates and years again ("19.05.2007" on every post of a forum page, once per region).
``PrunedPhoneNumberMatcher`` rejects such a candidate before parsing it, and only when
phonenumbers' own rules make the outcome certain, so its matches are the matcher's (tests
compare them on real pages).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from phonenumbers import Leniency, NumberParseException, PhoneNumberMatcher, is_valid_number, parse
from phonenumbers.phonemetadata import PhoneMetadata
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE, region_code_for_country_code

# A candidate made only of ASCII digits, white space and these separators is parsed as its
# digits: no plus sign, no letters (vanity numbers, extension words, "tel:"), no other digit
# scripts, no extension marks ("#", ",", ";", "~").
_PLAIN_CANDIDATE_RE = re.compile(r"[0-9\s\-./()\[\]]*")
_NON_DIGITS_RE = re.compile(r"[^0-9]+")
# (digits, region) pairs remembered by ``valid_number``: a few hundred kB, enough for the dates,
# years and numbers that recur across a bundle's documents
VALID_NUMBER_CACHE_SIZE = 4096
# a digit of a transform rule that is not a back-reference: the rule adds digits
_LITERAL_DIGIT_RE = re.compile(r"(?<!\\)[0-9]")


@cache
def national_bound(region: str | None) -> tuple[int, re.Pattern | None]:
    """(shortest valid national number of ``region``'s country code, its international dialling
    prefix): a plain candidate with fewer digits that does not start with that prefix parses to
    a national number of at most as many digits, which no region of the code holds. (0, None)
    where that does not hold: an unknown region, a region with no length data, or a national
    prefix rule that writes digits in (Jersey's "1534")."""
    meta = PhoneMetadata.metadata_for_region((region or "").upper(), None)
    if meta is None or meta.international_prefix is None:
        return 0, None
    main = PhoneMetadata.metadata_for_region(region_code_for_country_code(meta.country_code), None)
    for rules in (meta, main):
        if rules is None or _LITERAL_DIGIT_RE.search(rules.national_prefix_transform_rule or ""):
            return 0, None
    shortest = []
    for code in COUNTRY_CODE_TO_REGION_CODE[meta.country_code]:
        desc = PhoneMetadata.metadata_for_region(code, None)
        lengths = desc.general_desc.possible_length if desc is not None else ()
        if not lengths or min(lengths) < 1:
            return 0, None
        shortest.append(min(lengths))
    return min(shortest), re.compile(meta.international_prefix)


# (possible lengths, national number pattern) of a region's general description
Description = tuple[frozenset[int], re.Pattern]


@cache
def national_descriptions(region: str | None) -> tuple[Description, ...]:
    """(possible lengths, pattern) of the general description of each region of ``region``'s
    country code: a valid number's national significant number fits one of them. Without an
    international prefix, a plain candidate's national number is its digits less what
    phonenumbers strips from their start (the country code, a national prefix, a carrier
    code): a suffix of them, unless a national prefix transform rule rewrites it. Empty where
    one may (``national_prefix_transform_rule``) or the region is unknown: no suffix test."""
    meta = PhoneMetadata.metadata_for_region((region or "").upper(), None)
    if meta is None:
        return ()
    main = PhoneMetadata.metadata_for_region(region_code_for_country_code(meta.country_code), None)
    if any(rules is None or rules.national_prefix_transform_rule for rules in (meta, main)):
        return ()
    found = []
    for code in COUNTRY_CODE_TO_REGION_CODE[meta.country_code]:
        desc = PhoneMetadata.metadata_for_region(code, None)
        general = desc.general_desc if desc is not None else None
        if general is None or not general.national_number_pattern:
            continue  # no number of this region is valid
        found.append(
            (frozenset(general.possible_length), re.compile(general.national_number_pattern))
        )
    return tuple(found)


def _national_suffix(digits: str, descriptions: tuple[Description, ...]) -> bool:
    """Does some suffix of ``digits`` fit one of ``descriptions`` (its length possible, its
    digits the pattern's)? A description without lengths allows any."""
    for lengths, pattern in descriptions:
        for length in lengths or range(1, len(digits) + 1):
            if length <= len(digits) and pattern.fullmatch(digits[len(digits) - length :]):
                return True
    return False


def plain_digits(candidate: str) -> str | None:
    """The digits of a plain candidate (``_PLAIN_CANDIDATE_RE``), else None. phonenumbers parses
    a plain candidate as it parses its digits alone: it strips no extension and maps no letter,
    and the separators only decide whether it parses at all."""
    if not _PLAIN_CANDIDATE_RE.fullmatch(candidate):
        return None
    return _NON_DIGITS_RE.sub("", candidate)


def parses_valid(number: str, region: str | None) -> bool:
    """Does phonenumbers parse ``number``, with ``region`` as the default region, to a valid
    number?"""
    try:
        return is_valid_number(parse(number, region))
    except NumberParseException:
        return False


@lru_cache(maxsize=VALID_NUMBER_CACHE_SIZE)
def valid_number(digits: str, region: str | None) -> bool:
    """``parses_valid``, remembered for the matcher's candidates. Bounded: the same dates and
    years recur in every bundle."""
    return parses_valid(digits, region)


def cannot_be_valid(candidate: str, region: str | None) -> bool:
    """Is it certain that ``candidate`` parses to no valid number of ``region``? So when it is
    plain (``plain_digits``) and either its digits do not start with the region's international
    prefix (they are then a national number, after the country code or national prefix
    phonenumbers may strip) and there are fewer of them than the shortest national number of
    the country code (``national_bound``) or no suffix of them fits the general description
    of a region of the code (``national_descriptions``; both with no parse), or they parse to
    no valid number (``valid_number``, remembered)."""
    digits = plain_digits(candidate)
    if digits is None:
        return False
    shortest, idd = national_bound(region)
    if idd is not None and idd.match(digits) is None:
        if len(digits) < shortest:
            return True
        descriptions = national_descriptions(region)
        if descriptions and not _national_suffix(digits, descriptions):
            return True
    return not valid_number(digits, region)


class PrunedPhoneNumberMatcher(PhoneNumberMatcher):
    """``phonenumbers.PhoneNumberMatcher`` that skips the parse of a candidate which cannot be
    a valid number of its region (``cannot_be_valid``). Only at leniency VALID or stricter,
    which all require a valid number; a skipped candidate counts as a failed try, as the
    matcher counts one whose parse fails. A candidate that may be valid is parsed and verified
    by phonenumbers as before."""

    def __init__(self, text: str, region: str, leniency: int = Leniency.VALID, **kwargs):
        super().__init__(text, region, leniency=leniency, **kwargs)
        self._prune = leniency >= Leniency.VALID

    def _parse_and_verify(self, candidate: str, offset: int):
        if self._prune and cannot_be_valid(candidate, self.preferred_region):
            return None
        return super()._parse_and_verify(candidate, offset)
