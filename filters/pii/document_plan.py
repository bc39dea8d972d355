"""A document's own numbering plan, as its vouched-for phones show it.

An uncued run of digits is a phone only by a plan that takes it, and ``phone_regions`` tries a
dozen plans: Italy's and Germany's take almost any run of nine digits that starts with 0. A
Texas school record whose phone and fax are labelled "(903) 584-3401" also holds its campus
number, ``number: "001906102"``; in Italian numbering that is a number, in the record's own it
is none. When the phones that a label, a key or a phone word vouches for all belong to one set
of plans, an uncued bare run (no "+", no separator: nothing of a phone's own shape) that none
of those plans takes is the record's other number. Where no phone is vouched for, the phones
written in a phone's shape (digit groups, separators) stand for the document's plan. And a
document that writes every such phone after the trunk prefix 0 (Japan's "080-4141-9583")
writes none without it: a run without the 0 counts only by the plans that have no such prefix,
unless it follows another number in a list (a local number after its area's) or is one of the
nationwide service numbers that such a plan writes without it (Vietnam's "1900636818").
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.phone_formats import phone_cue

# a phone that a label, a key, a phone word or a column header vouches for scores this or more
# (Presidio's context enhancement lifts phonenumbers' 0.4 to 0.75); a bare format find is 0.45
VOUCHED_SCORE = 0.75
# a number right before a run, in one list ("022-7801791, 7801792, 87820554": a local number
# after its area's, written without the area code and its trunk prefix)
_LISTED_AFTER_RE = re.compile(r"\d[ \t]*[,;/][ \t]*\Z")
# a number as the North American plan writes it: "(903) 584-3401", "903-584-3401", "903.584.3401"
_NANP_SHAPE_RE = re.compile(r"(?:\+?1[ .\-]?)?(?:\(\d{3}\) ?|\d{3}[.\-])\d{3}[.\-]\d{4}")


@lru_cache(maxsize=4096)
def _valid_in(number: str, regions: tuple[str, ...]) -> frozenset[str]:
    """The regions of ``regions`` whose plan takes ``number`` as a valid number (every country's
    plan is tried here: the matcher's bounded cache is left to the matcher's candidates)."""
    from filters.pii.phone_matcher import parses_valid

    return frozenset(region for region in regions if parses_valid(number, region))


@lru_cache(maxsize=1)
def _all_regions() -> tuple[str, ...]:
    import phonenumbers

    return tuple(sorted(phonenumbers.SUPPORTED_REGIONS))


@lru_cache(maxsize=1)
def _nanp_regions() -> frozenset[str]:
    import phonenumbers

    return frozenset(phonenumbers.region_codes_for_country_code(1))


def _plans_of(number: str) -> frozenset[str]:
    """The plans a vouched-for phone belongs to: the North American plan's countries where it
    is written as that plan writes its numbers ("(281) 475-8060", whose ten digits Germany's
    plan would take too), else every country whose plan takes it."""
    if _NANP_SHAPE_RE.fullmatch(number):
        return _nanp_regions() & _valid_in(number, tuple(sorted(_nanp_regions())))
    return _valid_in(number, _all_regions())


def off_plan_runs(
    text: str, spans: list[tuple[int, int, str, float]]
) -> set[tuple[int, int, str, float]]:
    """The uncued bare digit runs among ``spans`` that no plan of the document's vouched-for
    phones (one or more, with at least one plan common to all) takes. Every country's plan is
    tried, not only ``phone_regions``: "052/460170" in a Bulgarian list read as English is
    Bulgarian as well as German and Italian, and so is the mobile "0879487878" after it."""
    runs = [
        s
        for s in spans
        if s[2] == "PHONE_NUMBER" and s[3] < VOUCHED_SCORE and text[s[0] : s[1]].isdigit()
    ]
    # (a phone word, label or key on the run's line vouches for it whatever its score: "TEL
    # 07781378", a number of an older plan)
    runs = [s for s in runs if not phone_cue(text, s[0], s[1])]
    if not runs:
        return set()
    phones = [text[s[0] : s[1]] for s in spans if s[2] == "PHONE_NUMBER"]
    vouched = {text[s[0] : s[1]] for s in spans if s[2] == "PHONE_NUMBER" and s[3] >= VOUCHED_SCORE}
    # (where nothing vouches for a phone, those written in a phone's shape show the plan: a
    # Pleasanter record's "ClassB": "080-41419583" and "ClassF": "050-37401515" beside its
    # "ClassA": "2623000763", a provider number that the North American plan takes)
    vouched = vouched or {p for p in phones if not p.isdigit()}
    if not vouched or any(v.startswith(("+", "00")) for v in vouched):
        return set()
    plans = frozenset(_all_regions())
    for number in vouched:
        plans &= _plans_of(number)
        if not plans:
            return set()
    # (a run that no plan at all takes was found by a list or a layout, not by a plan)
    plans_in_order = tuple(sorted(plans))
    # (a document that writes its phones after the trunk prefix 0, "080-4141-9583", writes none
    # without it: a plan whose national numbers take that prefix takes no run without it)
    without_zero = plans_in_order
    if all(v.lstrip("(").startswith("0") for v in vouched):
        without_zero = tuple(sorted(plans - _trunk_zero_regions()))
    return {
        s
        for s in runs
        if _valid_in(text[s[0] : s[1]], _all_regions())
        and not _valid_in(
            text[s[0] : s[1]],
            without_zero
            if text[s[0]] != "0" and not _LISTED_AFTER_RE.search(text, max(0, s[0] - 8), s[0])
            else plans_in_order,
        )
        and not _service_in(text[s[0] : s[1]], plans_in_order)
    }


# a nationwide service number written in one run, as the plans with a trunk prefix write theirs
# without it: ten digits or more after a 1 ("1900636818", "1800 ..." in Vietnam, Australia's
# "1300...", India's "1860...")
_SERVICE_RUN_RE = re.compile(r"1\d{9,}")


@lru_cache(maxsize=1024)
def _service_in(number: str, regions: tuple[str, ...]) -> bool:
    """Does a plan of ``regions`` take ``number``, a run of ten digits or more after a 1, as a
    toll-free, premium-rate or shared-cost number ("1900636818" beside "(028) 62580800": a
    Vietnamese firm's order line)? Shorter runs, and a plan's universal access numbers, are
    too many plans' other numbers (Finland's take "3001000", an Israeli postcode)."""
    if not _SERVICE_RUN_RE.fullmatch(number):
        return False
    import phonenumbers
    from phonenumbers import PhoneNumberType

    service = (PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST)
    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) in service:
            return True
    return False


@lru_cache(maxsize=1)
def _trunk_zero_regions() -> frozenset[str]:
    """The countries whose numbers are dialled at home after the trunk prefix 0 (Japan's,
    Germany's: libphonenumber's national prefix)."""
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    return frozenset(
        region
        for region in phonenumbers.SUPPORTED_REGIONS
        if PhoneMetadata.metadata_for_region(region).national_prefix == "0"
    )
