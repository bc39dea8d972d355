"""Language identification: one fastText LID model, one canonical language code, one verdict.

Three things decide how good the stage is, besides the model itself:

- **One code per language.** Models and users spell languages differently: lid.176 uses
  Wikipedia codes (``__label__no``, ``__label__sh``, ``__label__als`` for Alemannic), GlotLID uses
  ISO 639-3 plus script (``__label__nob_Latn``), users write ``pt_BR`` or ``zh-Hans``. A wrong
  mapping looks like a bad model (Norwegian Bokmål scores 0 when ``no`` is not read as ``nb``), so
  every code in the project goes through :func:`normalize_language_code`.
- **What the config knows.** Most errors on clean sentences are close languages (Bosnian read as
  Croatian, Malay as Indonesian, Nynorsk as Bokmål). A job that keeps ``[bs, hr, sr]`` can pick
  the best *configured* label among the model's top labels (``restrict_to_languages``), and a job
  that does not care to tell variants apart can merge them (``merge_variants``): variants are
  reported under one code whose score is the sum of their probabilities, so that a document split
  40/35/20 between Croatian, Serbian and Bosnian is confidently Serbo-Croatian instead of
  unconfidently anything.
- **Bounded work.** fastText's cost is linear in the text; a 50 MB page is predicted on a few
  evenly spread slices of at most ``max_chars`` characters in total, which is also enough text for
  a confident answer.

Restriction never invents confidence: the configured label is only taken when its own probability
passes its threshold; otherwise the document keeps the model's top label and is rejected as
``language_not_allowed``. So ``language`` stays truthful in ``mode: annotate``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from filters.base import KEEP, DocFilter, Record, Verdict

log = logging.getLogger(__name__)

UNKNOWN_LANGUAGE = "und"  # the schema's code for "no language" (pipelines.schema)
DEFAULT_MODEL = "lid.176.ftz"  # inside the ``filters`` package, under models/

LABEL_PREFIX = "__label__"
NOT_ALLOWED = "language_not_allowed"
BELOW_THRESHOLD = "language_score_below_threshold"

# ISO 639-3 and 639-2 (terminology and bibliographic) codes of the languages that have an ISO 639-1
# code, from the ISO 639 tables (Debian iso-codes). Serbo-Croatian (hbs) and Norwegian (nor) are
# left out on purpose, see _LEGACY.
_ISO639_PAIRS = """
aar:aa abk:ab afr:af aka:ak alb:sq amh:am ara:ar arg:an arm:hy asm:as ava:av ave:ae aym:ay
aze:az bak:ba bam:bm baq:eu bel:be ben:bn bis:bi bod:bo bos:bs bre:br bul:bg bur:my cat:ca
ces:cs cha:ch che:ce chi:zh chu:cu chv:cv cor:kw cos:co cre:cr cym:cy cze:cs dan:da deu:de
div:dv dut:nl dzo:dz ell:el eng:en epo:eo est:et eus:eu ewe:ee fao:fo fas:fa fij:fj fin:fi
fra:fr fre:fr fry:fy ful:ff geo:ka ger:de gla:gd gle:ga glg:gl glv:gv gre:el grn:gn guj:gu
hat:ht hau:ha heb:he her:hz hin:hi hmo:ho hrv:hr hun:hu hye:hy ibo:ig ice:is ido:io
iii:ii iku:iu ile:ie ina:ia ind:id ipk:ik isl:is ita:it jav:jv jpn:ja kal:kl kan:kn kas:ks
kat:ka kau:kr kaz:kk khm:km kik:ki kin:rw kir:ky kom:kv kon:kg kor:ko kua:kj kur:ku lao:lo
lat:la lav:lv lim:li lin:ln lit:lt ltz:lb lub:lu lug:lg mac:mk mah:mh mal:ml mao:mi mar:mr
may:ms mkd:mk mlg:mg mlt:mt mon:mn mri:mi msa:ms mya:my nau:na nav:nv nbl:nr nde:nd ndo:ng
nep:ne nld:nl nno:nn nob:nb nya:ny oci:oc oji:oj ori:or orm:om oss:os pan:pa per:fa
pli:pi pol:pl por:pt pus:ps que:qu roh:rm ron:ro rum:ro run:rn rus:ru sag:sg san:sa sin:si
slk:sk slo:sk slv:sl sme:se smo:sm sna:sn snd:sd som:so sot:st spa:es sqi:sq srd:sc srp:sr
ssw:ss sun:su swa:sw swe:sv tah:ty tam:ta tat:tt tel:te tgk:tg tgl:tl tha:th tib:bo tir:ti
ton:to tsn:tn tso:ts tuk:tk tur:tr twi:tw uig:ug ukr:uk urd:ur uzb:uz ven:ve vie:vi vol:vo
wel:cy wln:wa wol:wo xho:xh yid:yi yor:yo zha:za zho:zh zul:zu
"""
_ISO639_1_OF = dict(pair.split(":") for pair in _ISO639_PAIRS.split())

# The individual language that *is* the written standard of a macrolanguage, as GlotLID and
# FineWeb-2 label it, mapped to the macrolanguage's ISO 639-1 code that lid.176 uses for the same
# text, so that switching models does not rename languages. Other members of a macrolanguage
# (yue, wuu, arz, azb, prs, ...) stay apart: lid.176 tells them apart too.
_STANDARD_VARIETY = {
    "als": "sq",  # Tosk Albanian, the basis of standard Albanian (GlotLID's als_Latn)
    "arb": "ar",
    "azj": "az",
    "cmn": "zh",
    "ekk": "et",
    "gug": "gn",
    "khk": "mn",
    "kmr": "ku",  # lid.176's "ku" is Kurmanji (Latin script); Sorani stays ckb
    "lvs": "lv",
    "npi": "ne",
    "ory": "or",
    "pbt": "ps",
    "pes": "fa",
    "plt": "mg",
    "swh": "sw",
    "uzn": "uz",
    "ydd": "yi",
    "zlm": "ms",
    "zsm": "ms",
}

# Deprecated or ambiguous codes, whatever model or user wrote them.
# - iw, in, ji, jw, mo: withdrawn ISO 639-1 codes still emitted by old software (Java, Android).
# - sh: Serbo-Croatian was withdrawn from ISO 639-1; lid.176 still predicts it (for text it cannot
#   assign to bs, hr or sr), so it becomes the ISO 639-3 macrolanguage code hbs, which is also the
#   natural name for a ``merge_variants`` group of bs/hr/sr.
# - no, nor: the Norwegian macrolanguage. lid.176's "no" was trained on no.wikipedia.org, which is
#   written in Bokmål (Nynorsk has its own wiki and label "nn"), Bokmål is ~90% of written
#   Norwegian, and GlotLID and FineWeb-2 label the two standards nob/nno. So "no" means nb here;
#   a job that wants all Norwegian merges nn into nb (``merge_variants: {nb: [nn]}``).
# - bh: the withdrawn "Bihari" code; lid.176's bh is bh.wikipedia.org, which is Bhojpuri.
_LEGACY = {
    "iw": "he",
    "in": "id",
    "ji": "yi",
    "jw": "jv",
    "mo": "ro",
    "sh": "hbs",
    "no": "nb",
    "nor": "nb",
    "bh": "bho",
}

# lid.176 uses Wikipedia's codes, and one of them collides with ISO 639-3: Wikipedia's "als" is
# Alemannic (ISO gsw) while ISO's als is Tosk Albanian. A code without a script subtag (lid.176,
# users) is read the Wikipedia way; GlotLID's "als_Latn" the ISO way.
_WIKIPEDIA_ONLY = {"als": "gsw"}

_SUBTAG_SEPARATOR = re.compile(r"[-_]")


def normalize_language_code(code: str) -> str:
    """The project's one spelling of a language: ISO 639-1 where one exists, else ISO 639-3.

    Accepts fastText labels (``__label__en``), GlotLID labels (``__label__eng_Latn``), ISO 639-3
    and 639-2/B codes (``deu``, ``ger``) and BCP-47-like tags (``zh-Hans``, ``pt_BR``): the region
    and script are dropped because every stage keys its rules on the language alone. Empty input
    is ``und``.
    """
    code = code.strip()
    if code.startswith(LABEL_PREFIX):
        code = code[len(LABEL_PREFIX) :]
    subtags = _SUBTAG_SEPARATOR.split(code)
    primary = subtags[0].lower()
    if not primary:
        return UNKNOWN_LANGUAGE
    has_script = len(subtags) > 1 and len(subtags[1]) == 4 and subtags[1].isalpha()
    if not has_script and primary in _WIKIPEDIA_ONLY:
        return _WIKIPEDIA_ONLY[primary]
    primary = _LEGACY.get(primary, primary)
    return _ISO639_1_OF.get(primary) or _STANDARD_VARIETY.get(primary, primary)


# Slices a long text is sampled with: spread over the document so that a page with an English
# header and a German body is judged on both, few enough that each slice is a real passage.
SAMPLE_SLICES = 4
# How many labels to read when the answer may not be the top one (restriction, merging): the
# probability mass beyond the tenth label of lid.176 is negligible on real text.
TOP_K = 10
# Characters fastText cannot take in one line: "\n" raises, NUL silently ends the text.
_FLATTEN = str.maketrans({"\n": " ", "\x00": " "})


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
            empty keeps every language (still subject to the score threshold).
        min_score: the model probability a document's language needs to be kept.
        model: path to a fastText LID model (lid.176.bin/.ftz, GlotLID); ``None`` is the
            lid.176.ftz shipped inside the ``filters`` package.
        language_min_scores: per-language thresholds overriding ``min_score`` (keys normalised
            and merged like ``languages``).
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
    ) -> None:
        if max_chars <= 0:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        self.model_path = model
        self.max_chars = max_chars
        self.min_score = min_score
        self._merged = self._merge_table(merge_variants or {})
        self.languages = frozenset(map(self.code_of, languages))
        self.language_min_scores = self._thresholds(language_min_scores or {})
        self.restrict = restrict_to_languages and bool(self.languages)
        # Only read past the top label when the answer may be another one: k=1 is cheaper.
        self._k = TOP_K if self.restrict or self._merged else 1
        self._model: Any = None
        self._label_codes: dict[str, str] = {}

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
        """The code this filter reports for a language spelled ``code`` (normalised, merged)."""
        normal = normalize_language_code(code)
        return self._merged.get(normal, normal)

    @property
    def model_languages(self) -> frozenset[str]:
        """Every code the loaded model can report; documents in other languages never get theirs."""
        self.setup()
        return frozenset(self._label_codes.values())

    def threshold(self, language: str) -> float:
        """The score ``language`` (a normalised, merged code) needs to be kept."""
        return self.language_min_scores.get(language, self.min_score)

    def __getstate__(self) -> dict[str, Any]:
        # Workers load their own copy in setup(); the fastText object does not pickle anyway.
        state = self.__dict__.copy()
        state["_model"] = None
        state["_label_codes"] = {}
        return state

    def setup(self) -> None:
        """Load the model once per worker and precompute each of its labels' project code."""
        if self._model is not None:
            return
        import fasttext  # here, not at import: the Beam graph builder never needs the model

        if self.model_path is None:
            resource = resources.files("filters").joinpath("models", DEFAULT_MODEL)
            with resources.as_file(resource) as path:
                self._model = fasttext.load_model(str(path))
        else:
            self._model = fasttext.load_model(self.model_path)
        self._label_codes = {label: self.code_of(label) for label in self._model.get_labels()}
        unknown = self.languages - set(self._label_codes.values())
        if unknown:
            log.warning(
                "langid: the model never predicts %s; documents in them cannot be kept",
                ", ".join(sorted(unknown)),
            )

    def annotate(self, doc: Record) -> Record:
        return self.annotate_batch([doc])[0]

    def annotate_batch(self, docs: list[Record]) -> list[Record]:
        """One fastText call for the batch; empty or blank texts get ``und`` without a call."""
        self.setup()
        texts: list[str] = []
        todo: list[Record] = []
        for doc in docs:
            text = doc["text"]
            if not text or text.isspace():
                doc["language"], doc["language_score"] = UNKNOWN_LANGUAGE, 0.0
                continue
            texts.append(sample_text(text, self.max_chars).translate(_FLATTEN))
            todo.append(doc)
        if texts:
            for doc, labels, probs in zip(todo, *self._predict(texts), strict=True):
                doc["language"], doc["language_score"] = self._decide(labels, probs)
        return docs

    def _predict(self, texts: list[str]) -> tuple[list[list[str]], list[Any]]:
        try:
            return self._model.predict(texts, k=self._k)
        except TypeError:
            # The binding cannot encode lone surrogates (bytes a reader decoded with
            # surrogateescape); replacing them cannot change which language the text is in.
            clean = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]
            return self._model.predict(clean, k=self._k)

    def _decide(self, labels: list[str], probs: Any) -> tuple[str, float]:
        """(language, score) from the model's top labels, best first.

        The model's own ranking of labels decides; merging only renames. Choosing by the merged
        sums instead would let a group outvote an unrelated language (a Slovene sentence split
        between Croatian and Serbian becomes Serbo-Croatian: 12% of the Slovene lingua sentences),
        so merging variants would change the results for languages outside the group.
        """
        if not labels:
            return UNKNOWN_LANGUAGE, 0.0
        codes = [self._label_codes.get(label) or self.code_of(label) for label in labels]
        # The score of a language is the probability of all its labels: merged variants, and
        # labels of one language in two scripts (GlotLID's srp_Cyrl, srp_Latn).
        scores: dict[str, float] = {}
        for code, prob in zip(codes, probs.tolist(), strict=True):
            scores[code] = scores.get(code, 0.0) + prob
        language = codes[0]
        if self.restrict and language not in self.languages:
            allowed = next((code for code in codes if code in self.languages), None)
            if allowed is not None and scores[allowed] >= self.threshold(allowed):
                language = allowed
        # Hierarchical softmax probabilities can exceed 1 by rounding.
        return language, min(scores[language], 1.0)

    def keep(self, doc: Record) -> Verdict:
        language, score = doc["language"], doc["language_score"] or 0.0
        if self.languages and language not in self.languages:
            return Verdict(False, NOT_ALLOWED, score, detail=language)
        if score < self.threshold(language):
            return Verdict(False, BELOW_THRESHOLD, score, detail=language)
        return KEEP
