"""Typed, validated run configuration (the public YAML contract of DESIGN.md).

Every section forbids unknown keys: a typo such as ``min_scor`` must fail before a cluster spins
up, with the key named and the closest valid key suggested, not be silently ignored.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from filters.minhash import DEFAULT_CHAR_LANGUAGES


class ConfigError(ValueError):
    """A config problem, phrased as one line per problem for the person who wrote the YAML."""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class InputConfig(Section):
    path: str = Field(description="glob; local or any Beam filesystem (gs://, s3://)")
    format: Literal["warc", "wet", "wikipedia", "jsonl", "parquet"]
    source: str = Field(description="label carried on every record (balancing, reports)")
    text_field: str = "text"
    id_field: str = "id"
    url_field: str = Field(
        "url", description="dotted path; Dolma-style metadata.url is tried when this is absent"
    )
    extractor: Literal["trafilatura", "resiliparse"] = Field(
        "trafilatura", description="HTML extractor for warc inputs"
    )


class StageConfig(Section):
    enabled: bool = True


class LangIdConfig(StageConfig):
    languages: list[str] = Field(default_factory=list, description="empty keeps every language")
    min_score: float = Field(0.65, ge=0.0, le=1.0)
    model: str | None = Field(None, description="fastText LID model path; null = bundled lid.176")
    language_min_scores: dict[str, float] = Field(default_factory=dict)
    max_chars: int = Field(10_000, gt=0, description="long texts are predicted on a sample")
    restrict_to_languages: bool = Field(
        True, description="choose the best-scoring configured language among the top labels"
    )


class QualityConfig(StageConfig):
    gopher: bool = True
    c4: bool = True
    fineweb: bool = True


class ToxicityConfig(StageConfig):
    threshold: float = Field(0.5, ge=0.0, le=1.0, description="drop when toxicity_score is above")
    model: str | None = Field(
        None,
        description="fastText model path (e.g. Dolma's jigsaw_fasttext_bigrams_hatespeech_final"
        ".bin); null = bundled filters/models/toxicity_davidson.ftz",
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
    window_chars: int = Field(700, gt=0, description="characters per scored window (half overlap)")
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


DEFAULT_PII_ENTITIES = [
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
]


class PiiConfig(StageConfig):
    entities: list[str] = Field(default_factory=lambda: list(DEFAULT_PII_ENTITIES))


class DedupConfig(StageConfig):
    lowercase: bool = Field(True, description="compare texts case-insensitively")
    strip_punctuation: bool = Field(True, description="punctuation and symbols count as spaces")
    normalise_digits: bool = Field(True, description="every digit compares as 0")
    unicode_nfkc: bool = Field(True, description="fold compatibility forms (NFKC)")
    keep: Literal["smallest_id", "longest"] = Field(
        "smallest_id", description="survivor of a cluster: smallest id, or longest text"
    )
    prefer_sources: list[str] = Field(
        default_factory=list, description="sources whose copy survives first, in this order"
    )


class ExactDedupConfig(DedupConfig):
    pass


class MinhashConfig(DedupConfig):
    ngram_size: int = Field(5, gt=0, description="words per shingle")
    num_bands: int = Field(14, gt=0)
    rows_per_band: int = Field(8, gt=0)
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
        "num_bands*rows_per_band permutations; also the verify threshold",
    )
    verify: bool = Field(False, description="drop candidate pairs below the exact Jaccard")
    max_rounds: int = Field(8, ge=1, le=64, description="unrolled connected-component rounds")


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
    langid: LangIdConfig = Field(default_factory=LangIdConfig)
    quality: QualityConfig = Field(default_factory=QualityConfig)
    toxicity: ToxicityConfig = Field(default_factory=ToxicityConfig)
    pii: PiiConfig = Field(default_factory=PiiConfig)
    exact_dedup: ExactDedupConfig = Field(default_factory=ExactDedupConfig)
    minhash: MinhashConfig = Field(default_factory=MinhashConfig)
    balance: BalanceConfig = Field(default_factory=BalanceConfig)


class ShardsConfig(Section):
    num_shards: int = Field(0, ge=0, description="per language; 0 = sized by target_shard_bytes")
    compression: Literal["zstd", "snappy", "gzip", "brotli", "lz4", "none"] = "zstd"
    target_shard_bytes: int = Field(256 * 1024 * 1024, gt=0)
    row_group_rows: int = Field(10_000, gt=0)


class HookConfig(Section):
    name: str = Field(description="built-in hook name or module:Class")
    options: dict[str, Any] = Field(default_factory=dict)


class Config(Section):
    inputs: list[InputConfig] = Field(min_length=1)
    output: str
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
        node: Any = data
        parts = key.split(".")
        for part in parts[:-1]:
            node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
        last = parts[-1]
        value = yaml.safe_load(raw) if raw else ""
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return data


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
        raise ConfigError(f"{path}: invalid YAML: {exc}") from None
    return parse_config(apply_overrides(data, list(overrides)))
