"""Language identification: one model behind a backend, one canonical language code, one verdict.

Four things decide how good the stage is, besides the model itself:

- **The model.** ``backend: heliport`` (HPLT's HeLI-OTS n-gram identifier, ~200 languages, model
  inside the wheel) or ``backend: fasttext`` (lid.176 bundled, or GlotLID/OpenLID by path), see
  :mod:`filters.langid_backends`; docs/langid.md has the measurements that chose the default.
- **One code per language.** Every label of every model and every code a user writes goes through
  :func:`filters.langid_codes.normalize_language_code` (ISO 639-1, else 639-3; macrolanguages
  mapped on purpose; a script subtag where one language is written in two scripts, read from
  the text itself so that every backend reports it the same way).
- **What the config knows.** Most errors on clean text are close languages (Bosnian read as
  Croatian, Malay as Indonesian, Nynorsk as Bokmål). A job that keeps ``[bs, hr, sr]`` can pick
  the best *configured* label among the model's top labels (``restrict_to_languages``), and a job
  that does not care to tell variants apart can merge them (``merge_variants``): variants are
  reported under one code whose score is the sum of their probabilities, so that a document split
  40/35/20 between Croatian, Serbian and Bosnian is confidently Serbo-Croatian instead of
  unconfidently anything.
- **Bounded work.** A model's cost is linear in the text; a 50 MB page is predicted on a few
  evenly spread slices of at most ``max_chars`` characters in total, which is also enough text for
  a confident answer.

Restriction never invents confidence: the configured label is only taken when its own probability
passes its threshold; otherwise the document keeps the model's top label and is rejected as
``language_not_allowed``. So ``language`` stays truthful in ``mode: annotate``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from filters.base import KEEP, DocFilter, Record, Verdict
from filters.langid_backends import (
    FastTextBackend,
    HeliportBackend,
    LidBackend,
    Prediction,
    SharedBackend,
)
from filters.langid_codes import (
    DEFAULT_SCRIPT,
    UNKNOWN_LANGUAGE,
    base_language,
    dominant_script,
    normalize_language_code,
    with_script,
)
from filters.shared_model import SharedModel

__all__ = ["LanguageId", "normalize_language_code", "sample_text", "UNKNOWN_LANGUAGE"]

log = logging.getLogger(__name__)

Backend = Literal["fasttext", "heliport"]
BACKENDS: tuple[Backend, ...] = ("fasttext", "heliport")
DEFAULT_BACKEND: Backend = "heliport"

NOT_ALLOWED = "language_not_allowed"
BELOW_THRESHOLD = "language_score_below_threshold"

# Slices a long text is sampled with: spread over the document so that a page with an English
# header and a German body is judged on both, few enough that each slice is a real passage.
SAMPLE_SLICES = 4
# How many labels to read when the answer may not be the top one (restriction, merging): the
# probability mass beyond the tenth label of lid.176 is negligible on real text.
TOP_K = 10


def sample_text(text: str, max_chars: int) -> str:
    """At most ``max_chars`` characters of ``text``: the text itself or evenly spread slices.

    Deterministic (same text, same sample), so reruns and annotate/filter runs agree.
    """
    if len(text) <= max_chars:
        return text
    width = max(1, max_chars // SAMPLE_SLICES)
    step = (len(text) - width) / (SAMPLE_SLICES - 1)
    return " ".join(
        text[start : start + width] for start in (round(i * step) for i in range(SAMPLE_SLICES))
    )


class LanguageId(DocFilter):
    """Sets ``language`` and ``language_score``; keeps configured languages above their threshold.

    Args:
        languages: languages to keep, any spelling :func:`normalize_language_code` accepts;
            empty keeps every language (still subject to the score threshold). A language
            without script subtag keeps it in every script (``sr`` keeps ``sr-Latn`` too); one
            with a subtag keeps only that script.
        min_score: the score (a probability, see :mod:`filters.langid_backends`) a document's
            language needs to be kept.
        model: path to a fastText LID model (lid.176.bin/.ftz, GlotLID, OpenLID); ``None`` is the
            lid.176.ftz shipped inside the ``filters`` package. With ``backend: heliport`` it is
            the model that splits heliport's collapsed macrolanguages.
        language_min_scores: per-language thresholds overriding ``min_score`` (keys normalised
            and merged like ``languages``; ``sr`` also sets ``sr-Latn`` unless that has its own).
        max_chars: longer texts are predicted on :data:`SAMPLE_SLICES` spread slices totalling
            this many characters.
        restrict_to_languages: when the model's top label is not a configured language, take the
            best configured language among its top labels instead, if that one's own probability
            passes its threshold. Only acts when ``languages`` is set. With a threshold above 0.5
            this only matters together with ``merge_variants`` (a label below the top one has less
            than half the probability); its full effect is for closed sets at low thresholds.
        merge_variants: ``{target: [variant, ...]}``; variants are reported as ``target`` and the
            group's score is the sum of its members' probabilities, e.g.
            ``{"hbs": ["bs", "hr", "sr"], "ms": ["id"], "nb": ["nn"]}``.
        backend: ``heliport`` or ``fasttext`` (the model at ``model``).
        split_macrolanguages: heliport only: split its ``hbs`` (bs/hr/sr) and ``msa`` (ms/id/min)
            labels with the fastText model; off, those documents are ``hbs`` and ``ms``.
        script_subtags: report the script of languages written in two (``sr-Latn``, see
            :data:`filters.langid_codes.DEFAULT_SCRIPT`); off, every script is the bare code.
        shared_model: load the model once per machine in a server process that the workers
            call (:class:`filters.langid_backends.SharedBackend`) instead of once per worker.
            Same predictions; the pipeline turns it on where several local workers run.
    """

    name = "langid"

    def __init__(
        self,
        languages: Iterable[str] = (),
        min_score: float = 0.65,
        model: str | None = None,
        language_min_scores: Mapping[str, float] | None = None,
        max_chars: int = 10_000,
        restrict_to_languages: bool = True,
        merge_variants: Mapping[str, Iterable[str]] | None = None,
        backend: Backend = DEFAULT_BACKEND,
        split_macrolanguages: bool = True,
        script_subtags: bool = True,
        shared_model: bool = False,
    ) -> None:
        if max_chars <= 0:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        if backend not in BACKENDS:
            raise ValueError(f"unknown backend {backend!r}: use one of {', '.join(BACKENDS)}")
        self.max_chars = max_chars
        self.min_score = min_score
        self.script_subtags = script_subtags
        self._merged = self._merge_table(merge_variants or {})
        self.languages = frozenset(map(self.code_of, languages))
        self.language_min_scores = self._thresholds(language_min_scores or {})
        self.restrict = restrict_to_languages and bool(self.languages)
        # Only read past the top label when the answer may be another one: k=1 is cheaper.
        self._k = TOP_K if self.restrict or self._merged else 1
        self.backend: LidBackend
        if backend == "fasttext":
            self.backend = FastTextBackend(model)
        else:
            self.backend = HeliportBackend(FastTextBackend(model) if split_macrolanguages else None)
        if shared_model:
            self.backend = SharedBackend(self.backend)
        self._set_up = False

    @staticmethod
    def _merge_table(merge_variants: Mapping[str, Iterable[str]]) -> dict[str, str]:
        """variant code → group code; a code in two groups is a config error, not a coin toss."""
        table: dict[str, str] = {}
        for target, variants in merge_variants.items():
            group = normalize_language_code(target)
            for code in {group, *map(normalize_language_code, variants)}:
                if table.get(code, group) != group:
                    raise ValueError(f"merge_variants: {code!r} is in two groups")
                table[code] = group
        return table

    def _thresholds(self, language_min_scores: Mapping[str, float]) -> dict[str, float]:
        thresholds: dict[str, float] = {}
        for code, score in language_min_scores.items():
            group = self.code_of(code)
            if thresholds.get(group, score) != score:
                raise ValueError(f"language_min_scores: two thresholds for {group!r}")
            thresholds[group] = score
        return thresholds

    def code_of(self, code: str) -> str:
        """The code this filter reports for a language spelled ``code`` (normalised, merged).

        A script variant of a merged language is merged with it (``sr-Latn`` → ``hbs``).
        """
        normal = normalize_language_code(code)
        return self._merged.get(normal) or self._merged.get(base_language(normal), normal)

    @property
    def model_languages(self) -> frozenset[str]:
        """Every code the model can report; documents in other languages never get theirs."""
        self.setup()
        return frozenset(map(self.code_of, self.backend.languages()))

    def allowed(self, language: str) -> bool:
        """Whether ``language`` (a reported code) is configured, itself or without its script."""
        return language in self.languages or base_language(language) in self.languages

    def threshold(self, language: str) -> float:
        """The score ``language`` (a reported code) needs: its own, its language's, or min_score."""
        for code in (language, base_language(language)):
            if code in self.language_min_scores:
                return self.language_min_scores[code]
        return self.min_score

    def setup(self) -> None:
        """Load the model once per worker."""
        if self._set_up:
            return
        self.backend.load()
        self._set_up = True
        known = self.model_languages
        unknown = {c for c in self.languages if c not in known and base_language(c) not in known}
        if unknown:
            log.warning(
                "langid: the model never predicts %s; documents in them cannot be kept",
                ", ".join(sorted(unknown)),
            )

    def teardown(self) -> None:
        """Release the model server (if shared), which exits once no worker's stage is
        connected instead of holding ~0.66 GB through the decision stages and the writers; a
        later call connects again, starting it anew."""
        if isinstance(self.backend, SharedBackend):
            self.backend.close()
        self._set_up = False

    def shared_models(self) -> list[SharedModel]:
        """The model server ``setup`` connects to, when the model is shared."""
        return [self.backend.server] if isinstance(self.backend, SharedBackend) else []

    def __getstate__(self) -> dict[str, Any]:
        # Workers load their own model in setup(); the backend pickles without it.
        return {**self.__dict__, "_set_up": False}

    def annotate(self, doc: Record) -> Record:
        return self.annotate_batch([doc])[0]

    def annotate_batch(self, docs: list[Record]) -> list[Record]:
        """One model call for the batch; empty or blank texts get ``und`` without a call."""
        self.setup()
        texts: list[str] = []
        todo: list[Record] = []
        for doc in docs:
            text = doc["text"]
            if not text or text.isspace():
                doc["language"], doc["language_score"] = UNKNOWN_LANGUAGE, 0.0
                continue
            texts.append(sample_text(text, self.max_chars))
            todo.append(doc)
        if texts:
            for doc, text, found in zip(
                todo, texts, self.backend.predict(texts, self._k), strict=True
            ):
                doc["language"], doc["language_score"] = self._decide(found, text)
        return docs

    def _with_scripts(self, found: Prediction, text: str) -> Prediction:
        """Script subtags for the languages written in two scripts (read once per text)."""
        if not self.script_subtags:  # a model that labels scripts (GlotLID's srp_Latn) too
            return [(base_language(code), p) for code, p in found]
        if not any(code in DEFAULT_SCRIPT for code, _ in found):
            return found
        script = dominant_script(text)
        return [(with_script(code, script), p) for code, p in found]

    def _decide(self, found: Prediction, text: str) -> tuple[str, float]:
        """(language, score) from the model's top labels, best first.

        The model's own ranking of labels decides; merging only renames. Choosing by the merged
        sums instead would let a group outvote an unrelated language (a Slovene sentence split
        between Croatian and Serbian becomes Serbo-Croatian: 12% of the Slovene lingua sentences),
        so merging variants would change the results for languages outside the group.
        """
        if not found:
            return UNKNOWN_LANGUAGE, 0.0
        found = self._with_scripts(found, text)
        codes = [self.code_of(code) for code, _ in found]
        # The score of a language is the probability of all its labels: merged variants, and
        # labels of one language in two scripts (GlotLID's srp_Cyrl, srp_Latn on one text).
        scores: dict[str, float] = {}
        for code, (_, prob) in zip(codes, found, strict=True):
            scores[code] = scores.get(code, 0.0) + prob
        language = codes[0]
        if self.restrict and not self.allowed(language):
            allowed = next((code for code in codes if self.allowed(code)), None)
            if allowed is not None and scores[allowed] >= self.threshold(allowed):
                language = allowed
        return language, min(scores[language], 1.0)

    def keep(self, doc: Record) -> Verdict:
        language, score = doc["language"], doc["language_score"] or 0.0
        if self.languages and not self.allowed(language):
            return Verdict(False, NOT_ALLOWED, score, detail=language)
        if score < self.threshold(language):
            return Verdict(False, BELOW_THRESHOLD, score, detail=language)
        return KEEP
