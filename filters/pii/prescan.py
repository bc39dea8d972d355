"""The pre-scan: a few compiled regexes that find a permissive superset of what the
recognizers can report, so that Presidio only sees the lines that may hold an entity."""

from __future__ import annotations

import re

from filters.pii.bait import (
    DASH_PAIR_RE,
    DATE_START_RE,
    dash_range,
    doubtful_run,
    page_shape,
    starts_with_date,
)
from filters.pii.patterns import API_KEY_MARK
from filters.pii.phone_formats import (
    COMMA_AREA_CODE,
    MIN_GROUPED_PHONE_DIGITS,
    MIN_PHONE_DIGITS,
    PHONE_PUNCTUATION,
    area_code_before,
    format_phones,
    line_of,
)
from filters.pii.phone_words import PHONE_WORD_RE

_DIGIT_CANDIDATE_RE = re.compile(
    r"\d(?:(?P<iban>\d(?<=(?i:[a-z]{2})\d\d)[ -]?[A-Za-z0-9]{4})"
    r"|(?P<ipv4>\.\d{1,3}\.\d{1,3}\.\d)"
    rf"|(?P<run>(?:[{PHONE_PUNCTUATION}]{{0,4}}\d){{{MIN_GROUPED_PHONE_DIGITS - 1},}}))"
)

# Pre-scan. Python's re only skips ahead fast when a pattern starts with a literal, so each
# candidate kind is anchored on its rarest part: "@" (e-mail, URL credentials); ":" then "::" or
# two more hex groups (an IPv6 address reported needs three groups or "::"); a digit, then an
# IBAN's check digits after two letters, an IPv4 dotted quad, or a long digit run; vendor token
# prefixes, looked for first with one search per shared first letters (a literal-led pattern is
# found about as fast as str.find finds one string, so the five "A" prefixes cost one search).
_AT_RE = re.compile("@")
_IPV6_RE = re.compile(r":(?::|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:)")
# AKIA ASIA ABIA ACCA AIza, ghp_ gho_ ghu_ ghs_ ghr_ github_pat_, xox, k_live_ k_test_, eyJ, PEM
_TOKEN_PREFIX_RES = tuple(
    re.compile(p)
    for p in (
        r"A(?:KIA|SIA|BIA|CCA|Iza)",
        r"g(?:h[pousr]_|ithub_pat_)",
        r"xox",
        r"k_(?:live|test)_",
        r"eyJ",
        r"-----BEGIN",
    )
)
_TOKEN_CANDIDATE_RE = re.compile(f"{API_KEY_MARK}|-----BEGIN")


class PreScan:
    """Cheap candidate finder: where in a window may an entity the stage reports be?

    Every reportable entity lies on one line and holds a candidate: an ``@``, an IP/IBAN/token
    shape, or a digit run (the separators phonenumbers and the format patterns allow) with at
    least ``MIN_PHONE_DIGITS`` digits, or ``MIN_GROUPED_PHONE_DIGITS`` digits in groups, not
    counting a date it starts with. Shorter phones, and phones that are or start with a date,
    are dropped as bait after analysis (a number starting inside a date follows a date
    separator, which is bait too). A run of page numbers (``page_list``) is no candidate
    either unless its line holds a phone format: phonenumbers never sees it, and no other
    recognizer can match it.
    """

    def __init__(self) -> None:
        # (text, does it hold a token prefix anywhere): one tuple, so a thread reads a pair
        self._token_memo: tuple[str | None, bool] = (None, False)

    def candidates(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of candidates in text[start:end], as the slice alone would give them."""
        found = [m.span() for m in _AT_RE.finditer(text, start, end)]
        found += [m.span() for m in _IPV6_RE.finditer(text, start, end)]
        if self._holds_token_prefix(text) and any(
            r.search(text, start, end) for r in _TOKEN_PREFIX_RES
        ):
            found += [m.span() for m in _TOKEN_CANDIDATE_RE.finditer(text, start, end)]
        phone_lines: dict[int, bool] = {}
        for match in _DIGIT_CANDIDATE_RE.finditer(text, start, end):
            if match.lastgroup != "run" or self._reportable_run(
                text, *match.span(), (start, end), phone_lines
            ):
                found.append(match.span())
        return sorted(found)

    def _holds_token_prefix(self, text: str) -> bool:
        """Does any vendor token prefix occur in the whole of ``text``? Asked once per document
        (the last one's answer is kept), not for each of its windows: most pages hold none."""
        memo = self._token_memo
        if memo[0] is not text:
            memo = (text, any(r.search(text) for r in _TOKEN_PREFIX_RES))
            self._token_memo = memo
        return memo[1]

    @staticmethod
    def _reportable_run(
        text: str, run_start: int, run_end: int, window: tuple[int, int], lines: dict[int, bool]
    ) -> bool:
        """Could a recognizer report something in this digit run? Not if it is too short, nor
        if it is a page list (``page_list``) or holds only bait (``doubtful_run``) on a line
        with no phone word and no phone format (``lines`` caches that per line: a table row
        holds hundreds of runs)."""
        if not (
            _long_enough(text[run_start:run_end])
            or _after_area_code(text, run_start, run_end)
            or _after_comma_area_code(text, run_start, run_end)
        ):
            return False
        before = max(window[0], run_start - 5)
        if _RUN_BEFORE_RE.search(text, before, run_start) or not (
            page_shape(text, run_start, run_end, window[0])
            or doubtful_run(text, run_start, run_end, window[0])
        ):
            return True
        line_start, line_end = line_of(text, run_start, run_end, *window)
        if line_start not in lines:
            lines[line_start] = bool(
                PHONE_WORD_RE.search(text, line_start, line_end)
                or format_phones(text[line_start:line_end])
            )
        return lines[line_start]

    def __call__(self, text: str) -> bool:
        return bool(self.candidates(text, 0, len(text)))


def _long_enough(run: str) -> bool:
    """Could this digit run hold a phone number that is not bait?"""
    # "1914–1918": every phone inside is a range or too short ("0487 – 531976" is no range)
    if DASH_PAIR_RE.fullmatch(run) and dash_range(run):
        return False
    if starts_with_date(run):
        run = run[DATE_START_RE.match(run).end() :]
    digits = sum(c.isdigit() for c in run)
    # six digits in groups, or in one run after a trunk 0 ("Tel. 050707": ``labelled_six_digits``)
    six = digits >= MIN_GROUPED_PHONE_DIGITS and (not run.isdigit() or run.startswith("0"))
    return digits >= MIN_PHONE_DIGITS or six


def _after_area_code(text: str, run_start: int, run_end: int) -> bool:
    """Is the run six digits after its area code's own field ("vorwahl = 0221", then
    "telefon = 311661": ``labelled_six_digits``)?"""
    return (
        run_end - run_start == MIN_GROUPED_PHONE_DIGITS
        and text[run_start:run_end].isdigit()
        and area_code_before(text, run_start) is not None
    )


_COMMA_AREA_CODE_BEFORE_RE = re.compile(COMMA_AREA_CODE + r"\Z")


def _after_comma_area_code(text: str, run_start: int, run_end: int) -> bool:
    """Is the run six digits or more after an area code and a comma ("3192,279092", India's
    directories: ``phone_formats._COMMA_JOINED_RE``)?"""
    return (
        run_end - run_start >= MIN_GROUPED_PHONE_DIGITS
        and text[run_start:run_end].isdigit()
        and _COMMA_AREA_CODE_BEFORE_RE.search(text, max(0, run_start - 6), run_start) is not None
    )


# a digit just before a candidate run: the run is the tail of a longer one (after an IBAN shape)
_RUN_BEFORE_RE = re.compile(rf"\d[{PHONE_PUNCTUATION}]{{0,4}}\Z")
