"""Language-ID models behind one interface: texts in, project codes with scores in [0, 1] out.

The langid stage (``filters.langid``) decides on top of whatever model runs here: code merging,
restriction to the configured languages, thresholds and script subtags are the stage's, the same
for every backend. A backend only has to say, per text, which languages it sees and how sure it
is, best first, in the project's codes (:func:`filters.langid_codes.normalize_language_code`).

- :class:`FastTextBackend`: any fastText LID model file (lid.176 bundled; GlotLID or OpenLID by
  path). Scores are the model's softmax probabilities.
- :class:`HeliportBackend`: HPLT's heliport (HeLI-OTS n-gram models, ~200 languages, the model
  inside the wheel). HeLI scores are mean negative log10 probabilities per n-gram, lower is
  better; they become probabilities with a softmax at a temperature fitted once on a dev split
  (``scripts/eval_langid.py --calibrate``), so ``min_score`` means about the same for both.
- :class:`SharedBackend`: either of them, loaded once per machine in a model server
  (:mod:`filters.shared_model`) that every worker process on the machine calls.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from importlib import resources
from typing import Any, Protocol

from filters.langid_codes import UNKNOWN_LANGUAGE, normalize_language_code
from filters.shared_model import SharedModel, SharedModelError

log = logging.getLogger(__name__)

DEFAULT_FASTTEXT_MODEL = "lid.176.ftz"  # inside the ``filters`` package, under models/

Prediction = list[tuple[str, float]]  # (project code, score in [0, 1]), best first

# Characters fastText cannot take in one line: "\n" raises, NUL silently ends the text.
_FLATTEN = str.maketrans({"\n": " ", "\x00": " "})


class LidBackend(Protocol):
    """What the langid stage needs from a model."""

    def load(self) -> None:
        """Load the model (once per worker; the object must pickle before and after)."""

    def languages(self) -> frozenset[str]:
        """Every project code the model can report."""

    def predict(self, texts: list[str], k: int) -> list[Prediction]:
        """At most ``k`` (code, score) per text, best first; ``k=1`` may be cheaper."""


class FastTextBackend:
    """A fastText LID model: lid.176 (bundled), GlotLID, OpenLID-v2 or any by path."""

    def __init__(self, model: str | None = None) -> None:
        self.model_path = model
        self._model: Any = None
        self._codes: dict[str, str] = {}

    def __getstate__(self) -> dict[str, Any]:
        # Workers load their own copy; the fastText object does not pickle anyway.
        return {**self.__dict__, "_model": None, "_codes": {}}

    def load(self) -> None:
        if self._model is not None:
            return
        import fasttext  # here, not at import: the Beam graph builder never needs the model

        if self.model_path is None:
            resource = resources.files("filters").joinpath("models", DEFAULT_FASTTEXT_MODEL)
            with resources.as_file(resource) as path:
                self._model = fasttext.load_model(str(path))
        else:
            self._model = fasttext.load_model(self.model_path)
        self._codes = {label: normalize_language_code(label) for label in self._model.get_labels()}

    def languages(self) -> frozenset[str]:
        self.load()
        return frozenset(self._codes.values())

    def predict(self, texts: list[str], k: int) -> list[Prediction]:
        self.load()
        flat = [text.translate(_FLATTEN) for text in texts]
        try:
            labels, probs = self._model.predict(flat, k=k)
        except TypeError:
            # The binding cannot encode lone surrogates (bytes a reader decoded with
            # surrogateescape); replacing them cannot change which language the text is in.
            clean = [t.encode("utf-8", "replace").decode("utf-8") for t in flat]
            labels, probs = self._model.predict(clean, k=k)
        return [
            # Hierarchical softmax probabilities can exceed 1 by rounding.
            [(self._codes[label], min(float(p), 1.0)) for label, p in zip(ls, ps, strict=True)]
            for ls, ps in zip(labels, probs, strict=True)
        ]


# How heliport's scores become probabilities: a softmax over the top labels and one pseudo-label
# "a language heliport has no model for", whose raw score is HELIPORT_UNKNOWN_SCORE:
#     weight = exp(-TEMPERATURE * ln(10) * (score - best score) * evidence),
#     evidence = (min(chars, EVIDENCE_CAP) / 100) ** EVIDENCE_POWER.
# HeLI scores are *mean* negative log10 probabilities per n-gram (7 = no n-gram known), so a gap
# means the same on 20 characters as on 2,000; the evidence factor makes a long text surer than a
# short one with the same mean gap. Text in a language heliport does not know fits every model
# badly (best score 4.5-7) but one of them least badly, often by a wide gap: the pseudo-label
# takes part of the probability such a text would otherwise give a wrong language. Fitted by
# ``scripts/eval_langid.py --calibrate`` on the dev split (lingua's even sentence groups, half of
# the UDHR translations): temperature and evidence power by the log loss of the top score on
# languages heliport knows, the unknown score as the lowest that costs at most 1% of the right
# answers kept at min_score 0.65. docs/langid.md has the fit and its check on the test split.
HELIPORT_TEMPERATURE = 3.0
HELIPORT_EVIDENCE_POWER = 0.25
HELIPORT_EVIDENCE_CAP = 2_000
HELIPORT_UNKNOWN_SCORE = 5.25
# Labels read per text: the probability mass past the tenth is negligible at any temperature
# fitted so far, and the Rust ranking costs the same for 1 or 10.
HELIPORT_TOP_K = 10
# heliport's macrolanguage labels whose members it has models for but never reports (it collapses
# them): bs/hr/sr into hbs, Malay/Indonesian/Minangkabau into msa. The members, in project codes.
HELIPORT_COLLAPSED = {
    "hbs": frozenset({"bs", "hr", "sr", "hbs"}),
    "ms": frozenset({"ms", "id", "min"}),
}


class HeliportBackend:
    """HPLT's heliport, with its collapsed macrolanguages optionally split by a fastText model.

    heliport reports Bosnian, Croatian and Serbian as ``hbs`` and Malay with Indonesian as
    ``msa``. With ``splitter`` set, texts heliport gives one of those labels are predicted again
    by that fastText model, and the group's probability is shared among the members in the
    proportions the fastText model gives them (a member it does not rank keeps nothing; a group
    it sees none of stays whole). Merging the members again (``merge_variants``) gives back
    heliport's own score.
    """

    def __init__(
        self,
        splitter: FastTextBackend | None = None,
        temperature: float = HELIPORT_TEMPERATURE,
        evidence_power: float = HELIPORT_EVIDENCE_POWER,
        unknown_score: float = HELIPORT_UNKNOWN_SCORE,
    ) -> None:
        if temperature <= 0:
            raise ValueError(f"temperature must be positive, got {temperature}")
        self.splitter = splitter
        self.temperature = temperature
        self.evidence_power = evidence_power
        self.unknown_score = unknown_score
        self._identifier: Any = None
        self._codes: dict[str, str] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_identifier": None, "_codes": {}}

    def load(self) -> None:
        if self._identifier is not None:
            return
        import heliport  # optional dependency; imported where it is used

        self._identifier = heliport.Identifier()
        self._codes = {
            label: normalize_language_code(label, iso=True)
            for label in (*self._identifier.get_confidence_all(), "zxx", "und")
        }
        if self.splitter is not None:
            self.splitter.load()

    def languages(self) -> frozenset[str]:
        self.load()
        codes = set(self._codes.values()) - {UNKNOWN_LANGUAGE}
        if self.splitter is not None:
            for group in HELIPORT_COLLAPSED.values():
                codes |= group & self.splitter.languages()
        return frozenset(codes)

    def ranked(self, text: str) -> list[tuple[str, float]]:
        """heliport's top labels with their raw scores (lower is better), in project codes."""
        ranked = self._identifier.identify_topk_with_score(text, HELIPORT_TOP_K)
        return [
            (self._codes.get(label) or normalize_language_code(label, iso=True), score)
            for label, score in ranked
        ]

    def probabilities(self, ranked: list[tuple[str, float]], chars: int) -> Prediction:
        """Raw scores of one text of ``chars`` characters → probabilities (see the constants)."""
        if not ranked or ranked[0][0] == UNKNOWN_LANGUAGE:
            return [(UNKNOWN_LANGUAGE, 0.0)]
        evidence = (min(chars, HELIPORT_EVIDENCE_CAP) / 100) ** self.evidence_power
        scale = self.temperature * math.log(10) * evidence
        logits = [-scale * score for _, score in ranked]
        top = max(logits[0], -scale * self.unknown_score)  # for exp's range
        weights = [math.exp(logit - top) for logit in logits]
        total = sum(weights) + math.exp(-scale * self.unknown_score - top)
        return [
            (code, weight / total)
            for (code, _), weight in zip(ranked, weights, strict=True)
            if code != UNKNOWN_LANGUAGE
        ]

    def predict(self, texts: list[str], k: int) -> list[Prediction]:
        self.load()
        results = [self.probabilities(self.ranked(text), len(text)) for text in texts]
        if self.splitter is not None:
            self._split(texts, results)
        return [result[:k] for result in results]

    def _split(self, texts: list[str], results: list[Prediction]) -> None:
        """Share each collapsed group's probability among its members, in place."""
        todo = [i for i, result in enumerate(results) if result[0][0] in HELIPORT_COLLAPSED]
        if not todo:
            return
        assert self.splitter is not None
        for i, seen in zip(
            todo, self.splitter.predict([texts[i] for i in todo], k=10), strict=True
        ):
            group, probability = results[i][0]
            members = HELIPORT_COLLAPSED[group]
            shares = _member_shares(seen, members)
            if shares:
                split = [(code, probability * share) for code, share in shares]
                results[i] = sorted(split + results[i][1:], key=lambda item: -item[1])


def _member_shares(seen: Prediction, members: Iterable[str]) -> Prediction:
    """The members' probabilities in ``seen``, renormalised to sum to 1 (empty if none seen)."""
    wanted = set(members)
    found = [(code, p) for code, p in seen if code in wanted]
    total = sum(p for _, p in found)
    return [(code, p / total) for code, p in found] if total > 0 else []


class SharedBackend:
    """A backend loaded once per machine, in a model server, instead of once per worker.

    Gives the same predictions as ``backend`` itself (the server runs it); what it costs is one
    round trip per batch of texts, and what it saves is the model's memory in every worker but
    the server (heliport: ~0.87 GB each). Where no server can be started (no private runtime
    directory, a failed start), the worker loads ``backend`` itself and logs why: the run goes
    on with the memory it would have used without sharing.
    """

    def __init__(self, backend: LidBackend) -> None:
        self.backend = backend
        self._server = SharedModel(backend)
        self._languages: frozenset[str] | None = None
        self._local = False

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_languages": None, "_local": False}

    @property
    def server(self) -> SharedModel:
        """The client of this backend's model server (not connected until ``load``)."""
        return self._server

    def load(self) -> None:
        if self._local:
            return
        try:
            self._server.connect()
        except SharedModelError as exc:
            log.warning(
                "langid: no shared model server (%s); loading the model in this worker", exc
            )
            self.backend.load()
            self._local = True

    def languages(self) -> frozenset[str]:
        if self._local:
            return self.backend.languages()
        if self._languages is None:
            self._languages = self._server.call("languages")
        return self._languages

    def predict(self, texts: list[str], k: int) -> list[Prediction]:
        if self._local:
            return self.backend.predict(texts, k)
        return self._server.call("predict", texts, k)

    def close(self) -> None:
        """Done with the model: disconnect and let the server exit if no other worker is
        connected (a later call starts it again); a model loaded here stays."""
        self._server.release()
