"""Presidio's recognizer registry for the stage: which recognizer finds each entity, per
context language, all offline (no spaCy model unless NER is asked for, no suffix-list download)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from filters.pii.bait import page_list
from filters.pii.cards import find_cards
from filters.pii.entities import CONTEXT_WORDS, NER_ENTITIES, PATTERN_ENTITIES
from filters.pii.iban import find_ibans
from filters.pii.patterns import (
    API_KEY_MARK,
    API_KEY_PATTERNS,
    AT_MARK,
    PRIVATE_KEY_HEADER,
    PRIVATE_KEY_MARK,
    URL_CREDENTIALS,
    email_pattern,
    email_start,
)
from filters.pii.phone_formats import (
    DIGIT_RUN_RE,
    MIN_PHONE_DIGITS,
    PHONE_FORMAT_SCORE,
    format_phones,
)


def build_registry(
    entities: list[str], languages: list[str], phone: tuple[list[str], int], nlp_engine: Any
) -> Any:
    """Presidio recognizers for the requested entities, one set per context language."""
    import regex

    flags = regex.DOTALL | regex.MULTILINE
    registry = _cached_registry_class()(supported_languages=languages, global_regex_flags=flags)
    wanted = set(entities)
    for lang in languages:
        for entity in sorted(wanted & set(PATTERN_ENTITIES)):
            registry.add_recognizer(_recognizer(entity, lang, phone, flags))
        if "PHONE_NUMBER" in wanted:
            registry.add_recognizer(_span_recognizer("PHONE_NUMBER", lang))
    if wanted & set(NER_ENTITIES):
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        for lang in languages:
            registry.add_recognizer(
                SpacyRecognizer(
                    supported_language=lang, supported_entities=sorted(wanted & set(NER_ENTITIES))
                )
            )
    return registry


def _recognizer(entity: str, lang: str, phone: tuple[list[str], int], flags: int) -> Any:
    """One Presidio recognizer for ``entity`` with ``lang``'s context words."""
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import IpRecognizer, UsSsnRecognizer

    context = CONTEXT_WORDS.get(lang, CONTEXT_WORDS["en"]).get(entity) or None
    common = {"supported_language": lang, "context": context}
    if entity == "EMAIL_ADDRESS":
        return _marked(_email_recognizer_class(), AT_MARK)(lang, context)
    if entity == "PHONE_NUMBER":
        regions, leniency = phone
        return _sliced_phone_recognizer_class()(
            supported_regions=tuple(regions), leniency=leniency, **common
        )
    if entity in ("CREDIT_CARD", "IBAN_CODE"):
        return _span_recognizer(entity, lang)
    if entity == "IP_ADDRESS":
        return _marked(IpRecognizer, IP_MARK)(**common)
    if entity == "US_SSN":
        return _marked(UsSsnRecognizer, SSN_MARK)(**common)
    patterns, mark = {
        "URL_CREDENTIALS": ([("url_userinfo", URL_CREDENTIALS, 0.9)], AT_MARK),
        "API_KEY": (API_KEY_PATTERNS, API_KEY_MARK),
        "PRIVATE_KEY": ([("pem_private_key", PRIVATE_KEY_HEADER, 1.0)], PRIVATE_KEY_MARK),
    }[entity]
    return _marked(PatternRecognizer, mark)(
        supported_entity=entity,
        name=f"{entity.title().replace('_', '')}Recognizer",
        patterns=[Pattern(n, p, score) for n, p, score in patterns],
        global_regex_flags=flags,
        **common,
    )


# What every match of Presidio's IP recognizer holds: a hex digit before a colon or two colons
# (each IPv6 form, the IPv4-mapped and -embedded ones included), or four dotted groups of ASCII
# digits (IPv4); and of its US SSN recognizer: three digits, a separator and two more, or nine
# digits in a row. (Presidio's patterns of its installed release: tests check each shape.)
IP_MARK = r"[0-9A-Fa-f]:|::|[0-9]\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]"
SSN_MARK = r"[0-9]{3}[- .][0-9]{2}|[0-9]{9}"


@cache
def _marked(base: type, mark: str) -> type:
    """``base``, a Presidio recognizer whose every match holds ``mark`` (a regex), answering
    "nothing" at once for a text without it. The pre-scan sends windows for any candidate, so
    most of them hold no "@", key prefix or dotted quad, and one search for ``mark`` costs far
    less than running each of the recognizer's patterns (the regex module, with a timeout,
    for every pattern). The class keeps ``base``'s name, which Presidio reports as the
    recognizer's."""
    compiled = re.compile(mark)

    class Marked(base):
        def analyze(self, text: str, entities: list[str], *args: Any, **kwargs: Any) -> list:
            if compiled.search(text) is None:
                return []
            return super().analyze(text, entities, *args, **kwargs)

    Marked.__name__ = Marked.__qualname__ = base.__name__
    return Marked


@cache
def _cached_registry_class() -> type:
    from presidio_analyzer import RecognizerRegistry

    class CachedRecognizerRegistry(RecognizerRegistry):
        """Presidio's registry, answering the engine's "which recognizers serve this language
        and these entities?" once per question instead of once per analysed text: it filters
        every recognizer of every context language each time (1-2% of the stage). A change to
        the recognizers (their number) asks again."""

        def get_recognizers(
            self,
            language: str,
            entities: list[str] | None = None,
            all_fields: bool = False,
            ad_hoc_recognizers: list | None = None,
        ) -> list:
            if ad_hoc_recognizers:
                return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
            cache = self.__dict__.setdefault("_answers", {})
            key = (language, tuple(entities or ()), all_fields, len(self.recognizers))
            if key not in cache:
                cache[key] = super().get_recognizers(language, entities, all_fields)
            return list(cache[key])

    return CachedRecognizerRegistry


# Characters around a digit run that phonenumbers' matcher looks at: a leading "+" or "(" and
# the neighbours it checks for letters (an extension such as " ext. 1234" is left out).
_PHONE_SLICE_MARGIN = 8


def phone_slices(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) slices around digit runs long enough to be a reported phone."""
    slices: list[tuple[int, int]] = []
    for run in DIGIT_RUN_RE.finditer(text):
        if sum(c.isdigit() for c in run.group()) < MIN_PHONE_DIGITS or page_list(text, *run.span()):
            continue
        lo = max(0, run.start() - _PHONE_SLICE_MARGIN)
        hi = min(len(text), run.end() + _PHONE_SLICE_MARGIN)
        if slices and lo <= slices[-1][1]:
            slices[-1] = (slices[-1][0], hi)
        else:
            slices.append((lo, hi))
    return slices


def _sliced_phone_recognizer_class() -> type:
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from filters.pii.phone_matcher import PrunedPhoneNumberMatcher

    class SlicedPhoneRecognizer(PhoneRecognizer):
        """Presidio's PhoneRecognizer run only around digit runs of a reportable length.

        phonenumbers' matcher parses every digit group of the text once per region (years,
        page numbers, ISBNs...), which is 90% of the stage's time on Wikipedia; shorter numbers
        are dropped as bait anyway.
        """

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:
            results = []
            for lo, hi in phone_slices(text):
                for result in self._analyze_slice(text[lo:hi]):
                    result.start += lo
                    result.end += lo
                    results.append(result)
            return EntityRecognizer.remove_duplicates(results)

        def _analyze_slice(self, text: str) -> list:
            """``PhoneRecognizer.analyze`` with ``PrunedPhoneNumberMatcher``, which skips the
            parses that cannot give a valid number of the region (the same matches). The
            explanation names the region whose matcher found the number: Presidio parses each
            match again to name the country of a "+" number, which no output of the stage
            shows. A match's leading white space is no part of it: German numbering reads a
            list's "02886239319 / 07516093030" as a slash-written number and gives its second
            part with the space after the slash."""
            results = [
                self._get_recognizer_result(match, text, region, None)
                for region in self.supported_regions
                for match in PrunedPhoneNumberMatcher(text, region, leniency=self.leniency)
            ]
            for result in results:
                while result.start < result.end and text[result.start].isspace():
                    result.start += 1
            return EntityRecognizer.remove_duplicates(results)

    return SlicedPhoneRecognizer


# Recognizers of our own that find spans with a plain function: (entity, name, finder, score).
# A card or IBAN that passes its checksum is as sure as Presidio's own checked matches (1.0);
# a phone by its format stays above phonenumbers' 0.4 and below a checked SSN's 0.5.
SPAN_FINDERS: dict[str, tuple[str, Any, float]] = {
    "PHONE_NUMBER": ("PhoneFormatRecognizer", format_phones, PHONE_FORMAT_SCORE),
    "CREDIT_CARD": ("CardNumberRecognizer", find_cards, 1.0),
    "IBAN_CODE": ("IbanRecognizer", find_ibans, 1.0),
}


def _span_recognizer(entity: str, language: str) -> Any:
    """A Presidio recognizer around one of ``SPAN_FINDERS``."""
    from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

    name, finder, score = SPAN_FINDERS[entity]

    class SpanRecognizer(EntityRecognizer):
        """Reports what ``finder`` finds. Its evidence (a checksum, a phone word on the line) is
        part of the finder, so Presidio's context enhancer is told to leave the score alone."""

        def load(self) -> None:
            """Nothing to load: the patterns are compiled at import."""

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:
            metadata = {
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            }
            return [
                RecognizerResult(
                    entity,
                    start,
                    end,
                    score,
                    analysis_explanation=AnalysisExplanation(self.name, score),
                    recognition_metadata=dict(metadata),
                )
                for start, end in finder(text)
            ]

    return SpanRecognizer(supported_entities=[entity], name=name, supported_language=language)


@cache  # one class: ``_marked`` remembers the marked class made from it
def _email_recognizer_class() -> type:
    from presidio_analyzer import Pattern, PatternRecognizer

    class EmailRecognizer(PatternRecognizer):
        """Presidio's e-mail recognizer with script-aware boundaries and an offline TLD check.

        Presidio's own pattern uses ``\\b`` and ``\\w``, so in Japanese or Chinese text the
        local part swallows the neighbouring ideographs; its validation calls tldextract,
        which tries to download the public-suffix list.
        """

        def __init__(self, language: str, context: list[str] | None):
            super().__init__(
                supported_entity="EMAIL_ADDRESS",
                name="EmailRecognizer",
                supported_language=language,
                patterns=[Pattern("email_script_aware", email_pattern(_idn_tlds()), 0.5)],
                context=context,
            )

        def validate_result(self, pattern_text: str) -> bool:
            return _offline_tld_extract()(pattern_text.rpartition("@")[2]).suffix != ""

        def analyze(self, text: str, entities: list[str], *args: Any, **kwargs: Any) -> list:
            """The pattern's finds, each started after a field key it took (``email_start``)."""
            results = super().analyze(text, entities, *args, **kwargs)
            for result in results:
                result.start = email_start(text, result.start)
            return results

    return EmailRecognizer


_TLD_EXTRACT: Any = None


def _idn_tlds() -> list[str]:
    """The internationalised top-level domains of tldextract's bundled public-suffix list."""
    return sorted({t for t in _offline_tld_extract().tlds if "." not in t and not t.isascii()})


def _offline_tld_extract() -> Any:
    """A tldextract that only ever reads its bundled public-suffix snapshot (no URLs, no cache)."""
    global _TLD_EXTRACT
    if _TLD_EXTRACT is None:
        import tldextract

        _TLD_EXTRACT = tldextract.TLDExtract(
            cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
        )
    return _TLD_EXTRACT
