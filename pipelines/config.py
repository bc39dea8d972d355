"""Typed, validated run configuration (the public YAML contract of DESIGN.md).

Every section forbids unknown keys: a typo such as ``min_scor`` must fail before a cluster spins
up, with the key named and the closest valid key suggested, not be silently ignored.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from filters.minhash import DEFAULT_CHAR_LANGUAGES
from filters.paragraphs import PARAGRAPH_MIN_CHARS, PARAGRAPH_MIN_COUNT
from filters.pii import (
    DEFAULT_ENTITIES,
    DEFAULT_HASH_SALT,
    DEFAULT_PHONE_REGIONS,
    NER_ENTITIES,
    Action,
    check_entities,
)
from filters.pii.ip_scope import IpScope
from filters.urls import DEFAULT_DROP_PARAMS


class ConfigError(ValueError):
    """A config problem, phrased as one line per problem for the person who wrote the YAML."""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


# The values filters.extract.HtmlExtractor accepts (docs/extract.md).
HtmlExtractorName = Literal["trafilatura", "resiliparse", "cascade", "learned", "learned_cascade"]


class ExtractionConfig(Section):
    """HTML extraction options for warc inputs (docs/extract.md has the measurements)."""

    favor_precision: bool = Field(False, description="trafilatura: drop more borderline text")
    include_comments: bool = Field(
        False, description="keep user comment sections (both extractors)"
    )
    include_tables: bool = Field(True, description="trafilatura: keep table text")
    deduplicate: bool = Field(
        False,
        description="trafilatura: drop paragraphs seen earlier in the same worker; "
        "breaks reproducibility",
    )
    no_fallback: bool = Field(
        False,
        description="trafilatura: skip the readability/jusText comparison (~1.7x faster, "
        "F1 0.908 vs 0.917)",
    )
    main_content: bool = Field(True, description="resiliparse: main-content heuristics")
    alt_texts: bool = Field(False, description="resiliparse: keep image alt texts")
    links: bool = Field(False, description="resiliparse: keep link targets")
    list_bullets: bool = Field(True, description="resiliparse: bullets for list items")
    trim_edge_words: int = Field(
        10,
        ge=0,
        le=100,
        description="all but trafilatura: drop leading/trailing lines of at most this many words "
        "that do not end like a sentence; 0 = off",
    )
    cascade_threshold: float = Field(
        0.5,
        ge=0.0,
        le=1.01,
        description="cascade: share of unpunctuated lines in resiliparse's output from which "
        "trafilatura is asked instead; lower = better and slower",
    )
    timeout_s: float | None = Field(
        30.0,
        gt=0,
        description="per-page trafilatura budget; overruns go to rejects as extraction_timeout; "
        "null = unbounded, in process",
    )


# 64 MiB: far above any real page (Common Crawl truncates payloads at 1 MiB) or article, small
# enough that a worker's memory does not follow the input's worst record (docs/inputs.md).
DEFAULT_MAX_RECORD_BYTES = 64 << 20


class InputConfig(Section):
    path: str = Field(description="glob; local or any Beam filesystem (gs://, s3://)")
    format: Literal["warc", "wet", "wikipedia", "jsonl", "parquet"]
    source: str = Field(description="label carried on every record (balancing, reports)")
    text_field: str = "text"
    id_field: str = "id"
    url_field: str = Field(
        "url", description="dotted path; Dolma-style metadata.url is tried when this is absent"
    )
    extractor: HtmlExtractorName = Field(
        "learned",
        description="HTML extractor for warc inputs: learned (default) = resiliparse minus the "
        "lines a bundled boilerplate model rejects; learned_cascade = learned, pages the model "
        "is unsure about to trafilatura; cascade = resiliparse, hard pages to trafilatura",
    )
    extraction: ExtractionConfig = Field(default_factory=ExtractionConfig)
    max_record_bytes: int = Field(
        DEFAULT_MAX_RECORD_BYTES,
        ge=1024,
        description="largest record read, in decompressed bytes (a JSONL line, a WARC record "
        "block, a wiki page's text, a Parquet row's strings); a larger one becomes a "
        "record_too_large reject without ever being held whole in memory (docs/inputs.md)",
    )


class StageConfig(Section):
    enabled: bool = True


class UrlFilterConfig(StageConfig):
    """URL block/allow lists before extraction (docs/url_filter.md). On by default, as in
    FineWeb and RefinedWeb, whose first step it is; records without a URL pass."""

    ut1: bool = Field(
        True, description="UT1 domain and URL lists as datatrove's installed package ships them"
    )
    banned_words: bool = Field(True, description="a URL word on datatrove's banned_words list")
    banned_subwords: bool = Field(
        True, description="a banned_subwords entry inside the URL's letters and digits"
    )
    soft_banned_words: bool = Field(True, description="soft_word_threshold soft words in a URL")
    soft_word_threshold: int = Field(2, ge=1, description="soft banned words that block a URL")
    block_domains: list[str] = Field(
        default_factory=list, description="files of domains (a domain blocks its subdomains)"
    )
    block_urls: list[str] = Field(default_factory=list, description="files of URLs")
    block_regexes: list[str] = Field(
        default_factory=list, description="files of Python regexes searched in the URL"
    )
    allow_domains: list[str] = Field(
        default_factory=list, description="files of domains whose URLs pass every block rule"
    )
    allow_urls: list[str] = Field(default_factory=list, description="files of URLs that pass")
    allow_regexes: list[str] = Field(
        default_factory=list, description="files of regexes; a matching URL passes"
    )


class LangIdConfig(StageConfig):
    languages: list[str] = Field(default_factory=list, description="empty keeps every language")
    min_score: float = Field(0.65, ge=0.0, le=1.0)
    backend: Literal["heliport", "fasttext"] = Field(
        "heliport",
        description="heliport (HPLT's HeLI-OTS, ~200 languages, model in the wheel) or fasttext "
        "(the model at `model`); docs/langid.md has the measurements",
    )
    model: str | None = Field(
        None,
        description="fastText LID model path (lid.176, GlotLID, OpenLID); null = bundled "
        "lid.176. With backend heliport: the model that splits its hbs/msa labels",
    )
    language_min_scores: dict[str, float] = Field(default_factory=dict)
    max_chars: int = Field(10_000, gt=0, description="long texts are predicted on a sample")
    restrict_to_languages: bool = Field(
        True, description="choose the best-scoring configured language among the top labels"
    )
    merge_variants: dict[str, list[str]] = Field(
        default_factory=dict,
        description="{target: [variants]}: report close variants as one language, scored as "
        "the sum, e.g. {hbs: [bs, hr, sr], ms: [id], nb: [nn]}",
    )
    split_macrolanguages: bool = Field(
        True,
        description="heliport: split its hbs (bs/hr/sr) and msa (ms/id/min) labels with the "
        "fastText model; false reports them as hbs and ms",
    )
    script_subtags: bool = Field(
        True,
        description="report the script of languages written in two (sr-Latn, uz-Cyrl, ...); "
        "false reports the bare code",
    )
    shared_model: bool | Literal["auto"] = Field(
        "auto",
        description="load the model once per machine in a server process the workers call "
        "(same predictions; heliport's ~0.87 GB once instead of in every worker); auto: on "
        "where several local worker processes run (DirectRunner multi_processing)",
    )


class QualityConfig(StageConfig):
    """datatrove's Gopher repetition, Gopher quality, C4 and FineWeb rules, per document language.

    Threshold keys are the constructor arguments of datatrove's filter classes, with its defaults
    (except filter_no_terminal_punct, false as in FineWeb's recipe); null turns a rule off.
    """

    gopher: bool = Field(True, description="both Gopher families")
    c4: bool = Field(True, description="C4 line filtering (rewrites text) and page rules")
    fineweb: bool = Field(True, description="FineWeb line rules")
    gopher_quality: bool = Field(True, description="Gopher quality rules; needs gopher: true")
    gopher_repetition: bool = Field(
        True, description="Gopher repetition rules (the costliest family); needs gopher: true"
    )
    short_circuit: bool = Field(
        True, description="stop at the first failing rule (filter mode); off in annotate mode"
    )
    max_doc_chars: int | None = Field(
        1_000_000,
        gt=0,
        description="longer documents are rejected (quality:doc_too_long) without tokenising "
        "them; far beyond max_doc_words anyway. null = no bound (slow on huge pages)",
    )
    # GopherQualityFilter
    min_doc_words: int | None = Field(50, ge=0)
    max_doc_words: int | None = Field(100_000, ge=0)
    min_avg_word_length: float | None = Field(3, ge=0)
    max_avg_word_length: float | None = Field(10, ge=0)
    max_symbol_word_ratio: float | None = Field(0.1, ge=0, description="'#' or ellipses per word")
    max_bullet_lines_ratio: float | None = Field(0.9, ge=0, le=1)
    max_ellipsis_lines_ratio: float | None = Field(0.3, ge=0, le=1)
    max_non_alpha_words_ratio: float | None = Field(
        0.8, ge=0, le=1, description="minimum share of words with a letter (datatrove's name)"
    )
    min_stop_words: int | None = Field(2, ge=0)
    stop_words: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> stop words, merged over the built-in lists; [] = rule off",
    )
    # GopherRepetitionFilter
    dup_line_frac: float | None = Field(0.3, ge=0, le=1)
    dup_para_frac: float | None = Field(0.3, ge=0, le=1)
    dup_line_char_frac: float | None = Field(0.2, ge=0, le=1)
    dup_para_char_frac: float | None = Field(0.2, ge=0, le=1)
    top_n_grams: list[tuple[int, float]] = Field(
        default_factory=lambda: [(2, 0.2), (3, 0.18), (4, 0.16)]
    )
    dup_n_grams: list[tuple[int, float]] = Field(
        default_factory=lambda: [(5, 0.15), (6, 0.14), (7, 0.13), (8, 0.12), (9, 0.11), (10, 0.10)]
    )
    # C4QualityFilter
    split_paragraph: bool = True
    remove_citations: bool = True
    filter_no_terminal_punct: bool = Field(
        False, description="C4 default is true; FineWeb turns it off"
    )
    min_num_sentences: int = Field(5, ge=-1, description="-1 disables")
    min_words_per_line: int = Field(3, ge=-1)
    max_word_length: int = Field(1000, ge=-1, description="-1 disables")
    filter_lorem_ipsum: bool = True
    filter_javascript: bool = True
    filter_curly_bracket: bool = True
    filter_policy: bool = True
    # FineWebQualityFilter
    line_punct_thr: float = Field(0.12, ge=0, le=1)
    line_punct_exclude_zero: bool = False
    stop_chars: list[str] | None = Field(
        None, description="null = datatrove's TERMINAL_PUNCTUATION"
    )
    short_line_thr: float = Field(0.67, ge=0, le=1)
    short_line_length: int = Field(30, ge=0)
    char_duplicates_ratio: float = Field(0.01, ge=0, le=1)
    new_line_ratio: float = Field(0.3, ge=0)
    language_overrides: dict[str, dict[str, float | int | bool | None]] = Field(
        default_factory=dict,
        description="language -> {threshold key: value}, merged over built-ins (ja, zh)",
    )


class QualityModelConfig(StageConfig):
    """A learned quality score (fastText) and the selection on it (docs/quality_model.md)."""

    enabled: bool = False
    model: str | None = Field(
        None,
        description="fastText model path (e.g. DCLM's openhermes_reddit_eli5_vs_rw_v2_bigram_200k"
        "_train.bin); null = bundled filters/models/quality_reference_vs_web.ftz",
    )
    label: str = Field(
        "__label__hq",
        description="label whose probability is the score (score: probability); checked at setup",
    )
    preprocess: Literal["dclm", "fineweb_edu", "words_lowercase"] = Field(
        "words_lowercase",
        description="the text form the model was trained on: dclm = lines joined by spaces "
        "(DCLM models); fineweb_edu = newline runs to one space (FineWeb-Edu fastText "
        "variants); words_lowercase = lowercase words (bundled model)",
    )
    score: Literal["probability", "expected_label"] = Field(
        "probability",
        description="probability of `label`, or the expected value of numeric labels "
        "(__label__0..__label__5) divided by the largest, for educational-score models",
    )
    max_chars: int = Field(
        100_000, gt=0, description="longer documents are scored on their first max_chars"
    )
    min_score: float | None = Field(
        None, ge=0.0, le=1.0, description="fixed threshold: drop below it; null = no threshold"
    )
    keep_top_fraction: float | None = Field(
        None,
        gt=0.0,
        le=1.0,
        description="keep this best-scoring share of each group (see `by`); cut computed on the "
        "pipeline; null = no cut",
    )
    by: Literal["language", "source", "source_language", "all"] = Field(
        "language",
        description="groups of keep_top_fraction and of the report's histograms "
        "(source_language: 'source/lang'; all: one group)",
    )
    histogram_bins: int = Field(
        20, ge=2, le=1000, description="bins of the per-group score histogram in the report"
    )


class ToxicityConfig(StageConfig):
    threshold: float = Field(0.5, ge=0.0, le=1.0, description="drop when toxicity_score is above")
    model: str | None = Field(
        None,
        description="fastText model path (e.g. Dolma's jigsaw_fasttext_bigrams_hatespeech_final"
        ".bin); null = bundled filters/models/toxicity_multi.ftz (docs/toxicity.md)",
    )
    toxic_label: str = Field(
        "__label__toxic", description="label whose probability is the score; checked at setup"
    )
    preprocess: Literal["normalize", "raw"] = Field(
        "normalize",
        description="normalize: lowercase words, no links/@handles (bundled model); "
        "raw: whitespace collapsed only (Dolma's Jigsaw models)",
    )
    aggregation: Literal["max", "mean"] = Field(
        "max", description="max finds one toxic passage in a long page; mean rates the whole page"
    )
    window_chars: int = Field(700, gt=0, description="characters per scored window, cut at words")
    max_windows: int = Field(
        64, ge=1, description="windows scored per document at most; longer texts are sampled evenly"
    )
    word_lists: bool = Field(
        True, description="add quality_signals.flagged_word_ratio from the shipped LDNOOBW lists"
    )
    max_flagged_word_ratio: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="optional drop rule on flagged_word_ratio; null = signal only",
    )
    toxic_prior: float | None = Field(
        None,
        gt=0.0,
        lt=1.0,
        description="toxic base rate the model's scores are corrected to (Bayes' rule on the "
        "odds, for a model trained on balanced classes); null = 0.005 for the bundled model "
        "(docs/toxicity.md), no correction for a plug-in model",
    )


class PiiConfig(StageConfig):
    entities: list[str] = Field(
        default_factory=lambda: list(DEFAULT_ENTITIES),
        description="entity types; PERSON/LOCATION need nlp_model; unknown names are errors",
    )
    actions: dict[str, Action] = Field(
        default_factory=dict, description="per-entity action; others use default_action"
    )
    default_action: Action = Field("replace", description="replace = typed placeholder <TYPE>")
    max_hits: int = Field(
        5, ge=0, description="drop a document with more hits than this of drop_document entities"
    )
    hash_salt: str = Field(
        DEFAULT_HASH_SALT,
        min_length=16,
        description="salt of the hash action; same value -> same token across the corpus",
    )
    phone_regions: list[str] = Field(
        default_factory=lambda: list(DEFAULT_PHONE_REGIONS),
        description="national phone formats accepted (+-prefixed numbers: all); each costs a pass",
    )
    phone_leniency: int = Field(
        1, ge=0, le=3, description="phonenumbers: 0 possible, 1 valid, 2-3 strict"
    )
    language_phone_regions: bool = Field(
        True,
        description="also accept the national phone formats of the countries where the "
        "document's language is official (CLDR; languages of at most 8 countries)",
    )
    min_score: float = Field(0.4, ge=0.0, le=1.0, description="Presidio score threshold")
    nlp_model: str | None = Field(
        None,
        description="installed spaCy model for PERSON/LOCATION; disables the pre-scan, ~10x slower",
    )
    prescan: bool = Field(True, description="skip windows with no regex candidate (same results)")
    window_chars: int = Field(1000, ge=100, le=1_000_000, description="analysis window size")
    batch_windows: int = Field(512, gt=0, description="windows per Presidio batch")
    ip_scope: IpScope = Field(
        "all",
        description="IP addresses reported: all, or public = globally routable unicast only "
        "(private, shared, link-local, documentation and multicast addresses left in the text)",
    )

    @field_validator("entities")
    @classmethod
    def _known_entities(cls, value: list[str]) -> list[str]:
        return check_entities(value)

    @field_validator("actions")
    @classmethod
    def _known_action_entities(cls, value: dict[str, str]) -> dict[str, str]:
        check_entities(value)
        return value

    @field_validator("phone_regions")
    @classmethod
    def _known_regions(cls, value: list[str]) -> list[str]:
        import phonenumbers

        unknown = [r for r in value if r not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise ValueError(f"unknown phone regions {unknown}")
        return value

    @model_validator(mode="after")
    def _ner_needs_model(self) -> PiiConfig:
        ner = [e for e in self.entities if e in NER_ENTITIES]
        if ner and not self.nlp_model:
            raise ValueError(f"entities {ner} need an NER model: set nlp_model")
        return self


class NormalisationConfig(StageConfig):
    """How texts are normalised before they are compared (filters.text.TextNormaliser)."""

    lowercase: bool = Field(True, description="compare texts case-insensitively")
    strip_punctuation: bool = Field(True, description="punctuation and symbols count as spaces")
    normalise_digits: bool = Field(True, description="every digit compares as 0")
    unicode_nfkc: bool = Field(True, description="fold compatibility forms (NFKC)")


class DedupConfig(NormalisationConfig):
    keep: Literal["smallest_id", "longest"] = Field(
        "smallest_id", description="survivor of a cluster: smallest id, or longest text"
    )
    prefer_sources: list[str] = Field(
        default_factory=list, description="sources whose copy survives first, in this order"
    )


class ExactDedupConfig(DedupConfig):
    pass


class MinhashConfig(DedupConfig):
    """Near-duplicate removal; the defaults are measured in docs/dedup.md ("Choosing the
    defaults": 25 x 5 with signature verification finds 0.999 of the planted pairs it was chosen
    on, and is reported there on held-out sets)."""

    ngram_size: int = Field(5, gt=0, description="words per shingle")
    num_bands: int = Field(25, gt=0, description="LSH bands (with threshold: see there)")
    rows_per_band: int = Field(5, gt=0, description="signature rows per band")
    char_ngram_size: int = Field(5, gt=0, description="characters per shingle (unspaced scripts)")
    char_languages: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CHAR_LANGUAGES),
        description="languages shingled by characters; unknown languages are decided by script",
    )
    hash_bits: Literal[32, 64] = Field(32, description="datasketch scheme affine32 / affine64")
    seed: int = Field(1, ge=0, description="permutation seed, as datasketch.MinHash(seed=...)")
    threshold: float | None = Field(
        None,
        gt=0.0,
        lt=1.0,
        description="target Jaccard: bands/rows from datasketch's optimiser over "
        "num_bands*rows_per_band permutations; also the verify threshold. null: bands/rows as "
        "set, verified at the S-curve midpoint (1/bands)^(1/rows) (0.525 at 25 x 5)",
    )
    verify: bool = Field(
        True, description="drop candidate pairs below the threshold (LSH alone chains them)"
    )
    verify_with: Literal["signature", "exact"] = Field(
        "signature",
        description="signature: share of equal MinHash values (num_perm x 4 bytes per document "
        "shuffled); exact: shingle-set Jaccard (about the text's size, and a second shingling)",
    )
    max_rounds: int = Field(
        4,
        ge=1,
        le=64,
        description="unrolled connected-component rounds; then a union-find fallback",
    )


class BenchmarkConfig(Section):
    """One evaluation benchmark whose text must not be trained on."""

    name: str = Field(
        pattern=r"^[A-Za-z0-9_.+-]+$",
        description="label in rejects (benchmark:<name>) and the report; no spaces",
    )
    path: str = Field(description="a JSONL/Parquet file, a glob, or a directory of them")
    format: Literal["jsonl", "parquet"] | None = Field(
        None, description="null: by file name (.jsonl, .jsonl.gz, .json, .parquet)"
    )
    fields: list[str] = Field(
        min_length=1,
        description="dotted paths of the text fields, in the order a copy would hold them; a "
        "list-valued field (choices, endings) gives one text per element",
    )
    id_field: str | None = Field(
        None, description="dotted path of the example's id, shown in rejects; null: file:line"
    )


class DecontaminateConfig(NormalisationConfig):
    """Benchmark decontamination (docs/decontaminate.md). Off by default: it needs benchmarks."""

    enabled: bool = False
    benchmarks: list[BenchmarkConfig] = Field(
        default_factory=list, description="the benchmarks to find; required when enabled"
    )
    ngram_size: int = Field(13, ge=3, description="words per n-gram of the verbatim rule (GPT-3)")
    char_ngram_size: int = Field(
        25, ge=3, description="characters per n-gram for scripts written without spaces"
    )
    max_edits: float = Field(
        0.1,
        ge=0.0,
        le=0.3,
        description="also find copies with up to this share of a benchmark text's tokens "
        "substituted or deleted (seeds + alignment); 0 = verbatim n-grams only",
    )
    action: Literal["drop_document", "drop_paragraphs", "annotate"] = Field(
        "drop_document",
        description="drop the document, remove only the lines that hold benchmark text, or "
        "only record the match in metadata",
    )
    index: Literal["set", "bloom"] = Field(
        "set",
        description="set: exact 64-bit hashes (and the texts, for edited copies); bloom: one "
        "Bloom filter per benchmark, verbatim rule only (needs max_edits: 0), for huge sets",
    )
    bloom_fp_rate: float = Field(
        1e-4, gt=0.0, lt=0.1, description="bloom: false-positive rate per n-gram lookup"
    )
    report_examples: int = Field(
        5, ge=0, le=100, description="matched documents shown per benchmark in the report"
    )

    @model_validator(mode="after")
    def _usable(self) -> DecontaminateConfig:
        if self.enabled and not self.benchmarks:
            raise ValueError("enabled without benchmarks: list at least one")
        names = [b.name for b in self.benchmarks]
        if len(set(names)) != len(names):
            raise ValueError(f"benchmark names must be unique, got {names}")
        if self.index == "bloom" and self.max_edits:
            raise ValueError("index: bloom finds verbatim n-grams only; set max_edits: 0")
        return self


class ParagraphDedupConfig(DedupConfig):
    """Paragraphs found in many documents are removed from all but the first (docs/dedup.md)."""

    min_chars: int = Field(
        PARAGRAPH_MIN_CHARS,
        ge=1,
        description="normalised characters a paragraph needs to be removable; shorter lines "
        "(headings, 'Share', 'Menu') always stay",
    )
    min_count: int = Field(
        PARAGRAPH_MIN_COUNT,
        ge=2,
        description="documents a paragraph must appear in to be removed from all but the first",
    )
    min_doc_words: int = Field(
        50,
        ge=0,
        description="a document left with fewer words is dropped "
        "(reason too_short_after_paragraph_dedup)",
    )
    formats: list[Literal["warc", "wet", "wikipedia", "jsonl", "parquet"]] = Field(
        default_factory=lambda: ["warc", "wet"],
        description="input formats whose documents take part (web crawls by default: in "
        "Wikipedia dumps the repeated lines are mostly real text, docs/dedup.md)",
    )


class UrlDedupConfig(StageConfig):
    """One record per normalised URL among crawls (docs/dedup.md)."""

    keep: Literal["newest", "longest"] = Field(
        "newest", description="which crawl of a URL stays: latest date, or longest text"
    )
    formats: list[Literal["warc", "wet", "wikipedia", "jsonl", "parquet"]] = Field(
        default_factory=lambda: ["warc", "wet"],
        description="input formats whose documents take part (web crawls by default)",
    )
    ignore_scheme: bool = Field(True, description="http and https are the same URL")
    ignore_www: bool = Field(True, description="a leading 'www.' does not count")
    drop_params: list[str] = Field(
        default_factory=lambda: list(DEFAULT_DROP_PARAMS),
        description="query parameters ignored (fnmatch patterns, case-insensitive)",
    )
    sort_query: bool = Field(True, description="query parameter order does not count")


class BalanceConfig(StageConfig):
    enabled: bool = False
    by: Literal["language", "source", "source_language"] = Field(
        "language", description="the mixture groups; source_language keys are 'source/lang'"
    )
    weights: dict[str, float] = Field(
        default_factory=dict,
        description="target share per group (normalised); groups not listed get none. "
        "Empty: temperature sampling over natural sizes",
    )
    temperature: float = Field(1.0, gt=0.0, description="p ∝ n^(1/T); 1 keeps the natural mix")
    unit: Literal["docs", "bytes"] = "docs"
    total: float | None = Field(None, gt=0, description="budget in `unit`; null = corpus size")
    max_repeats: int = Field(4, ge=1, description="most copies of one document")
    seed: int = 0
    ledger_downsampled: bool = Field(
        False, description="write every down-sampled document to the rejects (can be most)"
    )


class StagesConfig(Section):
    url_filter: UrlFilterConfig = Field(default_factory=UrlFilterConfig)
    langid: LangIdConfig = Field(default_factory=LangIdConfig)
    quality: QualityConfig = Field(default_factory=QualityConfig)
    quality_model: QualityModelConfig = Field(default_factory=QualityModelConfig)
    toxicity: ToxicityConfig = Field(default_factory=ToxicityConfig)
    pii: PiiConfig = Field(default_factory=PiiConfig)
    decontaminate: DecontaminateConfig = Field(default_factory=DecontaminateConfig)
    url_dedup: UrlDedupConfig = Field(default_factory=UrlDedupConfig)
    exact_dedup: ExactDedupConfig = Field(default_factory=ExactDedupConfig)
    minhash: MinhashConfig = Field(default_factory=MinhashConfig)
    paragraph_dedup: ParagraphDedupConfig = Field(default_factory=ParagraphDedupConfig)
    balance: BalanceConfig = Field(default_factory=BalanceConfig)


class ShardsConfig(Section):
    num_shards: int = Field(0, ge=0, description="per language; 0 = sized by target_shard_bytes")
    compression: Literal["zstd", "snappy", "gzip", "brotli", "lz4", "none"] = "zstd"
    target_shard_bytes: int = Field(256 * 1024 * 1024, gt=0)
    row_group_rows: int = Field(10_000, gt=0)
    spill_buckets: int = Field(
        64,
        ge=1,
        le=4096,
        description="hash ranges the document text is spilled in before the shards are "
        "written; a shard writer reads the ranges its shard covers (more: less read per "
        "writer when there are many shards, more files per worker bundle and language)",
    )


class HookConfig(Section):
    name: str = Field(description="built-in hook name or module:Class")
    options: dict[str, Any] = Field(default_factory=dict)


class Config(Section):
    inputs: list[InputConfig] = Field(min_length=1)
    output: str = Field(min_length=1)
    mode: Literal["filter", "annotate"] = "filter"
    stages: StagesConfig = Field(default_factory=StagesConfig)
    shards: ShardsConfig = Field(default_factory=ShardsConfig)
    hooks: list[HookConfig] = Field(default_factory=list)
    beam_options: dict[str, Any] = Field(
        default_factory=dict,
        description="Beam pipeline options (runner, project, ...); command-line options win",
    )

    @field_validator("hooks", mode="before")
    @classmethod
    def _hook_names_as_strings(cls, value: Any) -> Any:
        """Allow the short form ``hooks: [train_proxy_lm]`` beside ``{name: ..., options: ...}``."""
        if isinstance(value, list):
            return [{"name": item} if isinstance(item, str) else item for item in value]
        return value


def _section_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that owns the key at ``loc`` (to suggest its valid keys)."""
    model: type[BaseModel] | None = Config
    for part in loc[:-1]:
        if model is None or isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        annotation = field.annotation
        args = getattr(annotation, "__args__", ())
        candidates = [annotation, *args]
        model = next(
            (c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None
        )
    return model


def _dotted(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _describe(error: dict[str, Any]) -> str:
    loc = tuple(error["loc"])
    where = _dotted(loc)
    if error["type"] == "extra_forbidden":
        section = _section_at(loc)
        valid = list(section.model_fields) if section else []
        close = difflib.get_close_matches(str(loc[-1]), valid, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f"; valid keys: {', '.join(valid)}"
        return f"unknown key '{where}'{hint}"
    if error["type"] == "missing":
        return f"missing required key '{where}'"
    return f"'{where}': {error['msg']} (got {error.get('input')!r})"


def parse_config(data: dict[str, Any]) -> Config:
    """Validate a config dict, turning pydantic's errors into one readable line each."""
    if not isinstance(data, dict):
        raise ConfigError("config must be a YAML mapping at the top level")
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        lines = [_describe(err) for err in exc.errors()]
        raise ConfigError("; ".join(lines)) from None


def apply_overrides(data: dict[str, Any], overrides: list[str]) -> dict[str, Any]:
    """Apply ``dotted.key=value`` overrides; values are parsed as YAML (``false``, ``[en, de]``)."""
    for item in overrides:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise ConfigError(f"--set expects dotted.key=value, got {item!r}")
        try:
            _set_dotted(data, key, yaml.safe_load(raw) if raw else "")
        except (IndexError, ValueError, TypeError, AttributeError, KeyError):
            raise ConfigError(f"--set {item}: no such key path {key!r}") from None
    return data


def _set_dotted(data: dict[str, Any], key: str, value: Any) -> None:
    """Set ``a.b.0.c`` in nested dicts/lists, creating missing dict levels."""
    node: Any = data
    parts = key.split(".")
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def beam_argv(options: dict[str, Any]) -> list[str]:
    """``{"runner": "DataflowRunner", "save_main_session": true}`` → Beam command-line flags."""
    argv = []
    for key, value in options.items():
        if value is True:
            argv.append(f"--{key}")
        elif value is False or value is None:
            continue
        elif isinstance(value, list):
            argv.extend(f"--{key}={item}" for item in value)
        else:
            argv.append(f"--{key}={value}")
    return argv


def load_config(path: str | Path, overrides: list[str] = ()) -> Config:
    """Read, override and validate a YAML config file."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file not found: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"{path}: invalid YAML{where}: {problem}") from None
    return parse_config(apply_overrides(data, list(overrides)))
