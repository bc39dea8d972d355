"""The PII stage itself: find spans with Presidio, count them, rewrite them, drop floods."""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from typing import Any

from filters.base import KEEP, DocFilter, Record, Verdict
from filters.doc_sizes import refresh_sizes
from filters.pii.bait import is_bait
from filters.pii.document_plan import off_plan_runs
from filters.pii.entities import (
    ACTIONS,
    CONTEXT_WORDS,
    DEFAULT_ENTITIES,
    DEFAULT_HASH_SALT,
    DEFAULT_PHONE_REGIONS,
    NER_ENTITIES,
    Action,
    check_entities,
)
from filters.pii.id_labels import named_otherwise
from filters.pii.ip_scope import IP_SCOPES, IpScope, is_public_address
from filters.pii.key_values import KEYED_SCORE, email_after_key, keyed_values
from filters.pii.keyed_fields import off_key_runs
from filters.pii.language_regions import (
    NATIONAL_PHONE_SCORE,
    language_regions,
    line_language,
    national_phones,
    six_digit_lines,
)
from filters.pii.marked_numbers import later_marked_phones
from filters.pii.patterns import BASE64_LINES_RE, PRIVATE_KEY_BLOCK_RE
from filters.pii.phone_echoes import repeated_phones
from filters.pii.phone_formats import (
    MIN_GROUPED_PHONE_DIGITS,
    PHONE_FORMAT_SCORE,
    alone_values,
    area_code_before,
    labelled_phones,
    labelled_score,
    with_own_brackets,
    without_stray_brackets,
)
from filters.pii.phone_lists import before_extension, continued_phones, slashed_runs
from filters.pii.prescan import PreScan
from filters.pii.registry import build_registry
from filters.pii.service_numbers import service_in_list
from filters.pii.span_resolution import cuts_a_word, resolve_overlaps
from filters.pii.ssn_labels import LABELLED_SSN_SCORE, labelled_ssns
from filters.pii.token_engine import token_nlp_engine
from filters.pii.windows import Job, candidate_spans, iter_windows, window_job

# Typographic spaces that group a number's digits as a no-break space does: the narrow
# no-break space of French and Finnish publishing ("+358\u202f9\u202f310\u202f74089", a City of
# Helsinki page's), the thin space and the figure space. Phone formats (phonenumbers' among them)
# know only the no-break space, so the analysis reads each as one; one character for one, every
# span found holds for the document's own text.
_GROUPING_SPACES = "\u202f\u2009\u2007"
_AS_NO_BREAK = str.maketrans(dict.fromkeys(_GROUPING_SPACES, "\u00a0"))


# Japanese text writes a number's hyphen full-width ("〒060－0808", "011－716－2111") or as a
# prolonged sound mark ("0263ｰ58ｰ4417"); between two ASCII digits the analysis reads each as
# "-", one character for one, so that a postcode's or a date's rule holds for them as for
# "060-0808" (full-width digits keep theirs: "３－２－１", an address's block numbers)
_JAPANESE_HYPHENS = "\uff0d\uff70\u30fc"
_HYPHEN_BETWEEN_DIGITS_RE = re.compile(f"(?<=[0-9])[{_JAPANESE_HYPHENS}](?=[0-9])")


def _typography_read_plain(doc: Record) -> Record:
    """``doc`` with its text's grouping spaces read as no-break spaces and its Japanese hyphens
    between digits as "-" (the same doc when its text has none)."""
    text = doc["text"]
    spaces = any(c in text for c in _GROUPING_SPACES)
    hyphens = any(c in text for c in _JAPANESE_HYPHENS)
    if not spaces and not hyphens:
        return doc
    if spaces:
        text = text.translate(_AS_NO_BREAK)
    if hyphens:
        text = _HYPHEN_BETWEEN_DIGITS_RE.sub("-", text)
    return {**doc, "text": text}


class PiiFilter(DocFilter):
    """Detect PII and secrets with Presidio, count them per type, rewrite them, drop floods.

    Keyword arguments are the fields of the ``stages.pii`` config section (None = the defaults
    listed at the top of this module). ``actions`` maps an entity to ``replace`` (typed
    placeholder ``<EMAIL_ADDRESS>``), ``mask`` (``*`` per character), ``hash`` (``<TYPE:16 hex>``
    of sha256(salt, value): the same value gives the same token across the corpus) or
    ``drop_document`` (replaced like ``replace``; the document is dropped when it has more than
    ``max_hits`` such hits, Dolma's rule). ``phone_leniency`` is phonenumbers' (0 possible,
    1 valid, 2-3 stricter grouping). ``language_phone_regions`` adds the national formats of the
    countries whose official language a document is in (``language_regions``). ``nlp_model``
    names an installed spaCy model for PERSON/LOCATION; it disables the pre-scan and costs ~10x.
    ``ip_scope``: ``"all"`` IP addresses, or ``"public"`` ones only (``ip_scope`` module).
    """

    name = "pii"

    def __init__(
        self,
        entities: list[str] | None = None,
        actions: dict[str, Action] | None = None,
        default_action: Action = "replace",
        max_hits: int = 5,
        hash_salt: str = DEFAULT_HASH_SALT,
        phone_regions: list[str] | None = None,
        phone_leniency: int = 1,
        language_phone_regions: bool = True,
        min_score: float = 0.4,
        nlp_model: str | None = None,
        prescan: bool = True,
        window_chars: int = 1000,
        batch_windows: int = 512,
        ip_scope: IpScope = "all",
    ):
        self.entities = check_entities(DEFAULT_ENTITIES if entities is None else entities)
        self.actions = dict(actions or {})
        check_entities(self.actions)
        bad = {a for a in [default_action, *self.actions.values()] if a not in ACTIONS}
        if bad:
            raise ValueError(f"unknown PII actions {sorted(bad)}; valid: {', '.join(ACTIONS)}")
        self.default_action = default_action
        self.max_hits = max_hits
        self.hash_salt = hash_salt
        self.phone_regions = list(DEFAULT_PHONE_REGIONS if phone_regions is None else phone_regions)
        self.phone_leniency = phone_leniency
        self.language_phone_regions = language_phone_regions
        self.min_score = min_score
        self.nlp_model = nlp_model
        ner = [e for e in self.entities if e in NER_ENTITIES]
        if ner and not nlp_model:
            raise ValueError(f"entities {ner} need an NER model: set nlp_model")
        # Names can be anywhere: windows cannot be skipped when NER entities are asked for.
        self.prescan = prescan and not ner
        self.window_chars = window_chars
        self.batch_windows = batch_windows
        if ip_scope not in IP_SCOPES:
            raise ValueError(f"unknown ip_scope {ip_scope!r}; valid: {', '.join(IP_SCOPES)}")
        self.ip_scope = ip_scope
        self._analyzer: Any = None

    # -- setup ------------------------------------------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        for key in ("_analyzer", "_batch", "_anonymizer", "_operators", "_prescan_fn"):
            state.pop(key, None)
        state["_analyzer"] = None
        return state

    def setup(self) -> None:
        """Build Presidio's engines (once per worker); no network, no model download."""
        if self._analyzer is not None:
            return
        # Presidio logs one INFO line per recognizer and language on every worker (and one on
        # import): dozens of lines that bury the run's own progress. Warnings and errors show.
        logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
        from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
        from presidio_anonymizer import AnonymizerEngine

        nlp_engine, languages = self._nlp_engine()
        registry = build_registry(
            self.entities, languages, (self.phone_regions, self.phone_leniency), nlp_engine
        )
        self._analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=languages,
            default_score_threshold=self.min_score,
        )
        self._languages = languages
        self._batch = BatchAnalyzerEngine(self._analyzer)
        self._anonymizer = AnonymizerEngine()
        self._operators = {e: self._operator(e) for e in self.entities}
        self._prescan_fn = PreScan() if self.prescan else None

    def _nlp_engine(self) -> tuple[Any, list[str]]:
        if not self.nlp_model:
            languages = list(CONTEXT_WORDS)
            return token_nlp_engine(languages), languages
        import spacy
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        try:
            lang = spacy.load(self.nlp_model, exclude=["parser"]).lang
        except OSError as exc:
            raise RuntimeError(
                f"spaCy model {self.nlp_model!r} is not installed (models are never downloaded "
                "at run time: pip-install the model package or remove nlp_model)"
            ) from exc
        engine = SpacyNlpEngine(models=[{"lang_code": lang, "model_name": self.nlp_model}])
        engine.load()
        return engine, [lang]

    def action_for(self, entity: str) -> str:
        return self.actions.get(entity, self.default_action)

    def _operator(self, entity: str) -> Any:
        from presidio_anonymizer.entities import OperatorConfig

        action = self.action_for(entity)
        if action == "mask":
            return OperatorConfig(
                "mask", {"masking_char": "*", "chars_to_mask": 1 << 30, "from_end": False}
            )
        if action == "hash":
            salt = self.hash_salt
            return OperatorConfig(
                "custom", {"lambda": lambda value: _hash_token(entity, salt, value)}
            )
        return OperatorConfig("replace", {"new_value": f"<{entity}>"})

    # -- analysis ---------------------------------------------------------------------------

    def _language(self, doc: Record) -> str:
        lang = (doc.get("language") or "").split("_")[0].split("-")[0]
        return lang if lang in self._languages else self._languages[0]

    def find_spans(self, docs: list[Record]) -> list[list[tuple[int, int, str, float]]]:
        """Resolved entity spans per document, in document coordinates."""
        if self._analyzer is None:
            self.setup()
        docs = [_typography_read_plain(doc) for doc in docs]
        # Passes over the whole document, outside Presidio, so that the pre-scan cannot change
        # them: a label above a value (a form's line, a table's column header) may lie in
        # another window.
        labelled = [self._labelled(doc["text"]) for doc in docs]
        jobs: list[Job] = []
        for i, doc in enumerate(docs):
            text = doc["text"]
            # a labelled value's line is a candidate too: the label vouches for a number that
            # the pre-scan's bait rules would skip, as it does after Presidio (``is_bait``)
            values = sorted((start, end) for start, end, _, _ in labelled[i])
            for start, end in iter_windows(text, self.window_chars):
                if self._prescan_fn is None:
                    jobs.append((i, *window_job(text, start, end)))
                else:
                    jobs += [
                        (i, *span)
                        for span in candidate_spans(text, start, end, self._prescan_fn, values)
                    ]
        raw: list[list[tuple[int, int, str, float]]] = [list(spans) for spans in labelled]
        languages = [self._language(doc) for doc in docs]
        for chunk_start in range(0, len(jobs), self.batch_windows):
            self._analyze_chunk(
                docs, languages, jobs[chunk_start : chunk_start + self.batch_windows], raw
            )
        if "PHONE_NUMBER" in self.entities:
            # a document's language adds the national formats of its countries
            for doc, spans in zip(docs, raw, strict=True):
                spans += [
                    (start, end, "PHONE_NUMBER", NATIONAL_PHONE_SCORE)
                    for start, end in national_phones(
                        doc["text"], self._extra_regions(doc), self.phone_leniency
                    )
                ]
        return [
            self._finalise(
                doc["text"],
                spans,
                six_digit_lines(doc.get("language")),
                language_regions(doc.get("language")) if self.language_phone_regions else (),
            )
            for doc, spans in zip(docs, raw, strict=True)
        ]

    def _labelled(self, text: str) -> list[tuple[int, int, str, float]]:
        """SSNs and phones that a label above or a column header names (``labelled_ssns``,
        ``labelled_phones``), and values whose ``key=`` names them (``keyed_values``)."""
        spans: list[tuple[int, int, str, float]] = [
            (s, e, entity, KEYED_SCORE)
            for s, e, entity in keyed_values(text)
            if entity in self.entities
        ]
        if "US_SSN" not in self.entities and "PHONE_NUMBER" not in self.entities:
            return spans
        values = alone_values(text)  # both passes look at the same values
        if "US_SSN" in self.entities:
            ssns = labelled_ssns(text, values)
            spans += [(s, e, "US_SSN", LABELLED_SSN_SCORE) for s, e in ssns]
        if "PHONE_NUMBER" in self.entities:
            phones = labelled_phones(text, values)
            spans += [(s, e, "PHONE_NUMBER", labelled_score(text, s, e)) for s, e in phones]
        return spans

    def _extra_regions(self, doc: Record) -> tuple[str, ...]:
        """The document language's phone regions that ``phone_regions`` does not already try."""
        if not self.language_phone_regions:
            return ()
        regions = language_regions(doc.get("language"))
        return tuple(r for r in regions if r not in self.phone_regions)

    def _analyze_chunk(
        self,
        docs: list[Record],
        languages: list[str],
        jobs: list[Job],
        raw: list[list[tuple[int, int, str, float]]],
    ) -> None:
        by_lang: dict[str, list[Job]] = {}
        for job in jobs:
            by_lang.setdefault(languages[job[0]], []).append(job)
        for lang in sorted(by_lang):
            group = by_lang[lang]
            texts = [docs[i]["text"][s:e] for i, s, e, _ in group]
            results = self._batch.analyze_iterator(
                texts, language=lang, entities=self.entities, score_threshold=self.min_score
            )
            for (i, start, _, cores), found in zip(group, results, strict=True):
                raw[i].extend(
                    (start + r.start, start + r.end, r.entity_type, round(r.score, 6))
                    for r in found
                    if any(
                        lo <= start + r.start < hi and start + r.end <= line_hi
                        for lo, hi, line_hi in cores
                    )
                )

    def _finalise(
        self,
        text: str,
        spans: list[tuple[int, int, str, float]],
        six_digits: bool,
        regions: tuple[str, ...],
    ) -> list[tuple[int, int, str, float]]:
        """Drop bait, spans that cut a word, six-digit phones where the document's language
        or the script of their line has no six-digit plan (``_six_digit_line``), and six
        digits in one run that no plan of the countries of the document's language
        (``regions``) takes (``_unplanned_six_digit_run``), and uncued bare runs that no plan
        of the document's vouched-for phones takes (``document_plan``); then resolve
        overlaps."""
        spans = [_extend_private_key(text, s) if s[2] == "PRIVATE_KEY" else s for s in spans]
        # "mail=anna@x.dk": the field's key is no part of the address
        spans = [
            (email_after_key(text, s[0], s[1]), *s[1:]) if s[2] == "EMAIL_ADDRESS" else s
            for s in spans
        ]
        # "(+43 676 6202235)" in a sentence: the brackets are no part of the number; in
        # "(+385 52) 855 375" the first is
        spans = [
            (*before_extension(text, s[0], s[1]), *s[2:]) if s[2] == "PHONE_NUMBER" else s
            for s in spans
        ]
        spans = [
            (*with_own_brackets(text, *without_stray_brackets(text, s[0], s[1])), *s[2:])
            if s[2] == "PHONE_NUMBER"
            else s
            for s in spans
        ]
        spans = [
            s
            for s in spans
            if not cuts_a_word(text, s[0], s[1])
            and not is_bait(text, *s[:3])
            and not (_six_digit_phone(text, s) and not _six_digit_line(text, s[0], six_digits))
            and not _unplanned_six_digit_run(text, s, regions)
            and not (
                s[2] == "IP_ADDRESS"
                and self.ip_scope == "public"
                and not is_public_address(text[s[0] : s[1]])
            )
        ]
        # "number: 001906102" beside "(903) 584-3401": a run no plan of the vouched phones takes
        off_plan = off_plan_runs(text, spans)
        # "<ineDadoSerializado>9507685139<" beside "<fone>(75) 3287-2222<": another field's number
        off_plan |= off_key_runs(text, spans)
        spans = [s for s in spans if s not in off_plan]
        # "0866  2477067 , 2484448": the later local numbers of a list after one area code
        spans += [
            s
            for s in continued_phones(text, spans, bool(regions) and six_digits)
            if not is_bait(text, *s[:3], listed=True)
        ]
        # "(8 0162) т. 32 26 06 т./ф. 32 26 07": a field's later lines after its area code
        firsts = {s[:2] for s in spans if s[2] == "PHONE_NUMBER" and text[s[0]] == "("}
        if firsts:
            spans += [
                (start, end, "PHONE_NUMBER", PHONE_FORMAT_SCORE)
                for start, end in later_marked_phones(text, firsts)
            ]
        # "62447652/62447657": each number of a slash-joined run that has a phone cue (a number
        # is glued to the slash, so the run as a whole is what may be bait)
        for run, numbers in slashed_runs(text):
            if not is_bait(text, *run, "PHONE_NUMBER"):
                # the run's numbers, not a span that reads two of them as one
                spans = [s for s in spans if not _joins_numbers(s, run, numbers)]
                spans += [(s, e, "PHONE_NUMBER", PHONE_FORMAT_SCORE) for s, e in numbers]
        # "simu 255655742339" ... "value": "255655742339": a found phone's other copies
        # (a copy's shape needs no cue of its own: the found copy vouches for it, as a list's
        # first number does for the next; a label that names another number still vetoes)
        spans += repeated_phones(
            text,
            spans,
            lambda start, end: is_bait(text, start, end, "PHONE_NUMBER", listed=True),
            lambda start: named_otherwise(text, start),
        )
        # "(07) 5463 2165 or 13 23 90": six digits that the list's plan gives to a service
        plans = (*self.phone_regions, *regions)
        spans = [s for s in spans if not service_in_list(text, s, spans, plans)]
        return resolve_overlaps(spans, text)

    # -- DocFilter --------------------------------------------------------------------------

    def annotate(self, doc: Record) -> Record:
        return self.annotate_batch([doc])[0]

    def annotate_batch(self, docs: list[Record]) -> list[Record]:
        for doc, spans in zip(docs, self.find_spans(docs), strict=True):
            doc["pii"] = dict(sorted(Counter(s[2] for s in spans).items()))
            if spans:
                doc["text"] = self.rewrite(doc["text"], spans)
                refresh_sizes(doc)
        return docs

    def rewrite(self, text: str, spans: list[tuple[int, int, str, float]]) -> str:
        """Apply each entity's operator through presidio-anonymizer."""
        from presidio_anonymizer.entities import RecognizerResult

        results = [RecognizerResult(e, s, t, score) for s, t, e, score in spans]
        operators = {e: self._operators[e] for e in {s[2] for s in spans}}
        return self._anonymizer.anonymize(
            text=text, analyzer_results=results, operators=operators
        ).text

    def keep(self, doc: Record) -> Verdict:
        counts = doc.get("pii") or {}
        hits = sum(n for e, n in counts.items() if self.action_for(e) == "drop_document")
        if hits > self.max_hits:
            return Verdict(False, "too_many_pii", score=float(hits))
        return KEEP


def _hash_token(entity: str, salt: str, value: str) -> str:
    """Salted, stable: the same value gives the same token in every document and worker."""
    digest = hashlib.sha256(f"{salt}\x00{value}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"<{entity}:{digest[:16]}>"


def _six_digit_phone(text: str, span: tuple[int, int, str, float]) -> bool:
    """A phone span of six digits (the shortest the stage reports), other than a subscriber's
    line after its area code's own field (no service number has an area code)."""
    start, end, entity, _ = span
    digits = sum(c.isdigit() for c in text[start:end])
    return (
        entity == "PHONE_NUMBER"
        and digits == MIN_GROUPED_PHONE_DIGITS
        and area_code_before(text, start) is None
    )


def _six_digit_line(text: str, start: int, six_digits: bool) -> bool:
    """May the line at ``start`` hold a six-digit subscriber's line? So when the document's
    language has six-digit lines (``six_digits``), unless the line is written in a script of a
    language that has none (``line_language``: "電話：55-2862", a Japanese local number
    without its area code, in a note the detector read as English)."""
    if not six_digits:
        return False
    language = line_language(text, start)
    return language is None or six_digit_lines(language)


def _unplanned_six_digit_run(
    text: str, span: tuple[int, int, str, float], regions: tuple[str, ...]
) -> bool:
    """A phone span of six digits in one run ("050707": a label vouches for it,
    ``labelled_six_digits``) that no numbering plan of the countries of the document's language
    holds as a valid number. The run has no shape of a phone of its own, so the document's own
    country must take it: Austria's "050707" in German text, not a Croatian service number in
    English text ("Telephone: 015892"; English, official in too many countries, brings none,
    and ``phone_regions``' plans are no evidence of the document's country: Italy's takes
    "015892"). A run after its area code's own field is a local line of that code's plan
    ("telefonvorwahl = 0221", then "telefon = 311661"), whatever the document's language."""
    start, end, entity, _ = span
    value = text[start:end]
    if entity != "PHONE_NUMBER" or not (value.isdigit() and len(value) == 6):
        return False
    # a subscriber's line after its area code's own field: the code is its plan's
    if area_code_before(text, start) is not None:
        return False
    from filters.pii.phone_matcher import parses_valid

    return not any(parses_valid(value, region) for region in regions)


def _extend_private_key(
    text: str, span: tuple[int, int, str, float]
) -> tuple[int, int, str, float]:
    """Presidio finds the PEM header (windows are lines); the secret is the block after it."""
    start, _, entity, score = span
    block = PRIVATE_KEY_BLOCK_RE.match(text, start)
    if block:
        return (start, block.end(), entity, score)
    body = BASE64_LINES_RE.match(text, span[1])
    return (start, body.end() if body else span[1], entity, score)


def _joins_numbers(
    span: tuple[int, int, str, float], run: tuple[int, int], numbers: list[tuple[int, int]]
) -> bool:
    """Is ``span`` a phone inside a slash-joined ``run`` that covers two of its numbers?"""
    start, end = span[0], span[1]
    inside = run[0] <= start and end <= run[1]
    return (
        span[2] == "PHONE_NUMBER" and inside and sum(s < end and start < e for s, e in numbers) > 1
    )
