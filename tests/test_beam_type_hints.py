"""The type hints Beam takes from this project's annotations describe the values they type.

Beam 2.78 resolves postponed annotations (every module here has ``from __future__ import
annotations``) into type hints, where earlier versions read them as strings, that is Any. The
hints now choose each PCollection's coder and are checked when the graph is built, so a hint
that is loose in Python's sense is wrong in Beam's: ``int`` (VarIntCoder, signed 64-bit) for an
unsigned 64-bit hash overflows, ``float`` (FloatCoder) for a bool or an int changes its type.
The coder tests encode real values with the coder the hints pick, so they fail on a wrong hint
under any Beam version.
"""

from __future__ import annotations

import logging
import typing
from collections.abc import Callable, Iterator
from typing import Any

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.typehints.native_type_compatibility import convert_to_beam_type

from filters.paragraphs import ParagraphHasher
from pipelines import paragraph_dedup
from pipelines.balance import PlanRates, plan_rates
from pipelines.build import build_pipeline
from pipelines.config import BalanceConfig, ParagraphDedupConfig, load_config
from pipelines.paragraph_dedup import ParagraphDedup
from pipelines.schema import new_doc

# Its normalised form hashes to 2**63 or more (a negative key): half of all paragraphs do.
HIGH_LINE = "Impressum und Kontakt fuer Seite aaaa anzeigen"


def element_coder(fn: Callable[..., Any]) -> beam.coders.Coder:
    """The coder Beam gives what ``fn`` returns (or yields) once it reads the annotations."""
    hint = typing.get_type_hints(fn)["return"]
    if typing.get_origin(hint) is Iterator:
        (hint,) = typing.get_args(hint)
    return beam.coders.registry.get_coder(convert_to_beam_type(hint))


def _high_hash() -> int:
    (occurrence,) = ParagraphHasher(min_chars=20).occurrences(HIGH_LINE)
    assert occurrence.hash >= 1 << 63
    return occurrence.hash


def _top_entries() -> list:
    # (key, (count, rank, survivor, (bucket, reader))) as JoinKeyStats hands them over
    return [paragraph_dedup._top_entry((key, (3, (), "a", (0, "a")))) for key in (-1, 0, 1)]


def _prefixes() -> list:
    doc = {"id": "a", "text": f"Intro\n{HIGH_LINE}"}
    found = list(paragraph_dedup.prefixes_of(doc, {_high_hash()}, ParagraphDedupConfig()))
    assert found == [(_high_hash(), HIGH_LINE)]
    return found


def _plan() -> list:
    sizes, weights = {"en": 1200, "de": 600, "fr": 200}, {"en": 0.2, "de": 0.3, "fr": 0.5}
    plan = plan_rates(sizes, BalanceConfig(weights=weights))
    assert plan["fr"]["capped"] is True and isinstance(plan["fr"]["size"], int)
    return [plan]


@pytest.mark.parametrize(
    "fn, values",
    [
        (paragraph_dedup._top_entry, _top_entries),
        (paragraph_dedup.prefixes_of, _prefixes),
        (paragraph_dedup._prefixes, _prefixes),
        (paragraph_dedup._read_prefixes, _prefixes),
        (plan_rates, _plan),
    ],
    ids=lambda item: getattr(item, "__name__", None),
)
def test_the_coder_a_hint_picks_keeps_the_values(fn, values) -> None:
    coder = element_coder(fn)
    for value in values():
        # repr, not ==: True == 1.0 and 3 == 3.0, but the report would show 1.0 and 3.0
        assert repr(coder.decode(coder.encode(value))) == repr(value), coder


@pytest.mark.parametrize("overrides", [[], ["mode=annotate", "stages.balance.enabled=true"]])
def test_the_run_graph_builds_without_ignored_hints(tmp_path, caplog, overrides) -> None:
    """Beam checks the hints as it builds the graph; the annotations of ``expand`` name
    PCollections, which Beam 2.78 would read as element types and warn about on the terminal
    (``@beam.typehints.no_annotations`` keeps it from reading them)."""
    config = load_config("configs/local.yaml", [f"output={tmp_path}", *overrides])
    with caplog.at_level(logging.WARNING):
        build_pipeline(beam.Pipeline(), config, checked=True)
    assert not [r.getMessage() for r in caplog.records if "type hint" in r.getMessage()]


def test_elements_meet_their_hints_under_the_runtime_type_check() -> None:
    """Beam's ``--runtime_type_check`` checks every element and argument against the hints
    (which Beam 2.78 reads): paragraph dedup with an exclusion list (``WithoutIds``) and the
    balance plan, whose sizes are ints."""
    footers = [f"Impressum und Kontakt fuer Seite {name} anzeigen" for name in ("aaaa", "aaac")]
    docs = [
        new_doc(id=f"site/{d}", text="\n".join([f"Artikel {d}", *footers]), source="web")
        for d in range(4)
    ]
    sizes = [("en", 3), ("en", 4), ("fr", 2)]
    weights = BalanceConfig(weights={"en": 0.5, "fr": 0.5})
    with beam.Pipeline(options=PipelineOptions(runtime_type_check=True)) as pipeline:
        exclude = pipeline | "Exclude" >> beam.Create(["site/0"])
        result = (
            pipeline
            | "Docs" >> beam.Create(docs, reshuffle=False)
            | ParagraphDedup(ParagraphDedupConfig(min_count=3, min_doc_words=0), exclude=exclude)
        )
        assert_that(result["decisions"] | beam.Keys(), equal_to(["site/2", "site/3"]))
        plan = pipeline | "Sizes" >> beam.Create(sizes) | PlanRates(weights)
        assert_that(plan, equal_to([plan_rates({"en": 7, "fr": 2}, weights)]), label="Plan")
