"""Benchmark decontamination: real GSM8K and HellaSwag examples planted into real pages, verbatim
and with 10% of their words edited, must all be found; the clean pages must not be flagged."""

from __future__ import annotations

import json
import pickle
import random
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from filters.decontaminate import (
    META_BENCHMARKS,
    META_EXAMPLES,
    META_MATCH,
    BenchmarkIndex,
    Decontaminator,
    Example,
    aligned_span,
    lcs_profile,
    seed_size,
)
from pipelines.build import STAGE_ORDER
from pipelines.config import ConfigError, parse_config
from pipelines.decontaminate import DecontaminateStage
from pipelines.run import run
from pipelines.sources.files import open_input
from scripts.eval_decontaminate import edit_words, gsm8k, hellaswag, plant
from tests.conftest import TEST_DATA

DATA = TEST_DATA / "decontaminate"
GSM8K = DATA / "gsm8k_test_head200.jsonl"
HELLASWAG = DATA / "hellaswag_val_head300.jsonl"


@pytest.fixture(scope="module")
def benchmarks():
    return {"gsm8k": gsm8k(GSM8K), "hellaswag": hellaswag(HELLASWAG)}


@pytest.fixture(scope="module")
def index(benchmarks) -> BenchmarkIndex:
    return BenchmarkIndex.build(e for bench in benchmarks.values() for e, _ in bench)


@pytest.fixture(scope="module")
def pages() -> list[dict]:
    """Real pages: Dolma's Common Crawl documents, news articles, wiki pages in five languages."""
    docs = []
    with open_input(str(TEST_DATA / "quality" / "dolma_cc_en_head-0091.jsonl.gz")) as stream:
        for line in stream:
            row = json.loads(line)
            docs.append({"id": row["id"], "text": row["text"], "language": "en"})
    for number, line in enumerate((TEST_DATA / "toxicity" / "news_articles.txt").open()):
        docs.append({"id": f"news{number}", "text": line.split(" ", 1)[1], "language": "en"})
    for line in (TEST_DATA / "pii" / "real_pages.jsonl").open():
        row = json.loads(line)
        docs.append({"id": row["id"], "text": row["text"], "language": row["language"]})
    assert len(docs) == 38
    return docs


def _annotate(decon: Decontaminator, docs: list[dict]) -> list[dict]:
    return decon.annotate_batch([dict(d, metadata={}) for d in docs])


def test_clean_pages_are_not_flagged(index, pages):
    out = _annotate(Decontaminator(index), pages)
    assert [d["metadata"] for d in out if META_BENCHMARKS in d["metadata"]] == []


@pytest.mark.parametrize("edited", [False, True], ids=["verbatim", "edited"])
@pytest.mark.parametrize("name", ["gsm8k", "hellaswag"])
def test_every_planted_passage_is_found(benchmarks, index, pages, name, edited):
    rng = random.Random(f"{name}/{edited}")
    bench = benchmarks[name]
    docs, expected = [], []
    for number in rng.sample(range(len(bench)), 40):
        example, passage = bench[number]
        host = rng.choice(pages)
        text = edit_words(passage, host["text"], rng) if edited else passage
        assert edited == (text != passage)
        docs.append(plant(host, text, rng)[0])
        expected.append(example.ref)
    decon = Decontaminator(index)
    out = _annotate(decon, docs)
    for doc, ref in zip(out, expected, strict=True):
        assert name in doc["metadata"].get(META_BENCHMARKS, ""), ref
        verdict = decon.keep(doc)
        assert not verdict.keep and verdict.reason.startswith("benchmark:")
        assert verdict.reason == f"benchmark:{name}"
        # the planted example is among those named (HellaSwag's examples overlap one another)
        assert f"{name} {ref}" in doc["metadata"][META_EXAMPLES].split(", ")
        assert verdict.score >= 0.85


def test_drop_paragraphs_removes_exactly_the_planted_lines(benchmarks, index, pages):
    rng = random.Random(7)
    decon = Decontaminator(index, "drop_paragraphs")
    for number in range(10):
        example, passage = benchmarks["gsm8k"][number]
        host = pages[number]
        doc, lines = plant(host, passage, rng)
        out = decon.annotate(dict(doc, metadata={}))
        assert out["text"] == "\n".join(host["text"].split("\n")).strip()
        assert out["metadata"]["decontaminate.paragraphs_removed"] == str(len(lines))
        assert decon.keep(out).keep
        assert out["n_words"] == len(out["text"].split())


def test_a_document_of_only_benchmark_text_is_dropped_even_by_paragraphs(benchmarks, index):
    decon = Decontaminator(index, "drop_paragraphs")
    out = decon.annotate({"text": benchmarks["hellaswag"][3][1], "metadata": {}, "language": "en"})
    assert out["text"] == ""
    assert decon.keep(out).reason == "benchmark:hellaswag"


def test_annotate_action_keeps_and_records(benchmarks, index, pages):
    decon = Decontaminator(index, "annotate")
    doc = plant(pages[0], benchmarks["gsm8k"][5][1], random.Random(1))[0]
    out = decon.annotate(dict(doc, metadata={}))
    assert decon.keep(out).keep
    assert out["text"] == doc["text"]
    assert out["metadata"][META_MATCH].startswith("gsm8k gsm8k_test_head200.jsonl:6 ")


def test_edits_beyond_the_tolerance_are_not_matched(benchmarks, index, pages):
    """A passage with every fifth word replaced keeps no 13-gram and falls below 90%."""
    passage = benchmarks["gsm8k"][0][1]
    words = passage.split()
    text = " ".join("zzz" if i % 5 == 2 else w for i, w in enumerate(words))
    out = _annotate(Decontaminator(index), [{"text": text, "language": "en"}])
    assert META_BENCHMARKS not in out[0]["metadata"]


def test_seed_size_is_the_pigeonhole_bound():
    assert seed_size(0.1, 13) == 6
    assert seed_size(0.0, 13) == 13
    rng = random.Random(0)
    for width in range(13, 200):
        edits = int(width * 0.1)
        for _ in range(20):
            cut = sorted(rng.sample(range(width), edits))
            runs = np.diff([-1, *cut, width]) - 1
            assert runs.max() >= seed_size(0.1, 13)


def test_lcs_matches_the_textbook_table():
    rng = random.Random(3)
    for _ in range(200):
        a = [rng.randrange(5) for _ in range(rng.randrange(1, 30))]
        b = [rng.randrange(5) for _ in range(rng.randrange(0, 30))]
        table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                table[i + 1][j + 1] = (
                    table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
                )
        assert lcs_profile(a, b) == [table[-1][j + 1] for j in range(len(b))]
        total, first, end = aligned_span(a, b)
        assert total == table[-1][-1]
        if total:  # the stretch an LCS needs: nothing before first or from end on is needed
            assert lcs_profile(a, b[first:end])[-1] == total
            assert lcs_profile(a, b[first + 1 : end])[-1:] != [total]
            assert lcs_profile(a, b[first : end - 1])[-1:] != [total]


def test_index_round_trip_and_bloom(benchmarks, index, pages):
    examples = [e for bench in benchmarks.values() for e, _ in bench]
    loaded = BenchmarkIndex.from_bytes(index.to_bytes())
    bloom = BenchmarkIndex.build(examples, kind="bloom", max_edits=0.0, bloom_fp_rate=1e-4)
    bloom = BenchmarkIndex.from_bytes(bloom.to_bytes())
    docs = [plant(pages[i], benchmarks["hellaswag"][i][1], random.Random(i))[0] for i in range(10)]
    for idx in (index, loaded, bloom):
        out = _annotate(Decontaminator(idx), docs + pages)
        flagged = [d["metadata"].get(META_BENCHMARKS) for d in out]
        assert flagged[:10] == ["hellaswag"] * 10
        assert flagged[10:] == [None] * len(pages)
    with pytest.raises(ValueError, match="max_edits"):
        BenchmarkIndex(kind="bloom", max_edits=0.1)


def test_unspaced_scripts_are_matched_by_characters():
    """A Japanese 'benchmark' (sentences of one jawiki page) planted into another, edited."""
    rows = [json.loads(x) for x in (TEST_DATA / "quality" / "jawiki-slice.jsonl").open()]
    texts = [r["wikitext"] for r in rows if len(r["wikitext"]) > 2000]
    source, host = "".join(texts[::2]), texts[1]
    sentences = [
        s + "。"
        for s in source.split("。")
        if 50 <= len(s) <= 150 and sum(c.isascii() for c in s) < len(s) / 10
    ][:5]
    assert len(sentences) == 5
    index = BenchmarkIndex.build(Example("jbench", f"s{i}", (s,)) for i, s in enumerate(sentences))
    rng = random.Random(5)
    for sentence in sentences:
        chars = list(sentence)
        tokens = int(index.tokens([sentence], ["ja"]).counts[0])
        kana_kanji = [i for i, c in enumerate(chars) if ord(c) >= 0x3040]  # one token each
        for i in rng.sample(kana_kanji, tokens // 10):  # 10% of the tokens
            chars[i] = "国"
        doc = {"text": host[:500] + "\n" + "".join(chars) + "\n" + host[500:1500], "language": "ja"}
        assert _annotate(Decontaminator(index), [doc])[0]["metadata"][META_BENCHMARKS] == "jbench"
    clean = _annotate(Decontaminator(index), [{"text": t, "language": "ja"} for t in texts[1::2]])
    assert all(META_BENCHMARKS not in d["metadata"] for d in clean)


def test_too_short_examples_are_counted_not_indexed():
    index = BenchmarkIndex.build(
        [Example("b", "1", ("too short to index",)), Example("b", "2", (" ".join(["w"] * 20),))]
    )
    assert index.stats["b"]["examples"] == 2
    assert index.stats["b"]["too_short"] == 1


# ----- config and pipeline ----------------------------------------------------------------------


def _config(tmp_path: Path, data: Path, mode: str = "filter", **stage) -> dict:
    section = {
        "enabled": True,
        "benchmarks": [
            {"name": "gsm8k", "path": str(GSM8K), "fields": ["question", "answer"]},
            {
                "name": "hellaswag",
                "path": str(DATA / "hellaswag_*.jsonl"),
                "fields": ["ctx", "endings"],
                "id_field": "ind",
            },
        ],
        **stage,
    }
    # every other stage off (read always runs), so only decontamination decides
    off = [name for name in STAGE_ORDER if name not in ("read", "decontaminate")]
    return {
        "inputs": [{"path": str(data), "format": "jsonl", "source": "planted"}],
        "output": str(tmp_path / "out"),
        "mode": mode,
        "stages": {"decontaminate": section, **{name: {"enabled": False} for name in off}},
    }


def test_config_errors():
    with pytest.raises(ConfigError, match="benchmarks"):
        parse_config(
            {
                "inputs": [{"path": "x", "format": "jsonl", "source": "s"}],
                "output": "o",
                "stages": {"decontaminate": {"enabled": True}},
            }
        )
    with pytest.raises(ConfigError, match="max_edits"):
        parse_config(
            {
                "inputs": [{"path": "x", "format": "jsonl", "source": "s"}],
                "output": "o",
                "stages": {"decontaminate": {"index": "bloom"}},
            }
        )


def test_benchmark_files_errors_name_the_file(tmp_path):
    config = parse_config(_config(tmp_path, GSM8K))
    section = config.stages.decontaminate.model_dump(exclude={"enabled"})
    section["benchmarks"][0]["fields"] = ["problem"]
    with pytest.raises(ConfigError, match="gsm8k_test_head200.jsonl has no field 'problem'"):
        DecontaminateStage.check_run(section)
    section["benchmarks"][0].update(path=str(tmp_path / "nothing"), fields=["question"])
    with pytest.raises(ConfigError, match="no file matches"):
        DecontaminateStage.check_run(section)


def test_a_directory_of_benchmark_files(tmp_path):
    from pipelines.config import BenchmarkConfig
    from pipelines.decontaminate import read_examples

    (tmp_path / "a.jsonl").write_text(GSM8K.read_text().split("\n", 3)[0] + "\n")
    (tmp_path / "b.jsonl").write_text(GSM8K.read_text().split("\n", 3)[1] + "\n")
    (tmp_path / "notes.txt").write_text("not a benchmark")
    cfg = BenchmarkConfig(name="g", path=str(tmp_path), fields=["question", "answer"])
    assert [e.ref for e in read_examples(cfg)] == ["a.jsonl:1", "b.jsonl:1"]


@pytest.fixture(scope="module")
def planted_jsonl(tmp_path_factory, benchmarks, pages) -> tuple[Path, dict[str, str]]:
    """Pages as JSONL: six with a benchmark passage planted (one edited), the rest clean."""
    rng = random.Random(11)
    rows, truth = [], {}
    for i, page in enumerate(pages):
        text = page["text"]
        if i < 6:
            name = "gsm8k" if i % 2 else "hellaswag"
            passage = benchmarks[name][i][1]
            if i == 5:
                passage = edit_words(passage, text, rng)
            text = plant(page, passage, rng)[0]["text"]
            truth[f"doc{i:03d}"] = name
        rows.append({"id": f"doc{i:03d}", "text": text, "url": f"https://example.org/{i}"})
    path = tmp_path_factory.mktemp("planted") / "pages.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path, truth


def test_pipeline_drops_planted_documents_and_reports_them(tmp_path, planted_jsonl):
    data, truth = planted_jsonl
    report = run(parse_config(_config(tmp_path, data)), [])
    out = tmp_path / "out"
    rejects = [
        r for r in pq.read_table(out / "rejects").to_pylist() if r["stage"] == "decontaminate"
    ]
    assert {r["id"]: r["reason"] for r in rejects} == {
        f"planted/{k}": f"benchmark:{v}" for k, v in truth.items()
    }
    assert all(r["url"] and r["source"] == "planted" and r["detail"] for r in rejects)
    stages = [row["stage"] for row in report["funnel"]]
    assert stages == ["read", "decontaminate"]
    summary = report["decontamination"]
    assert summary["benchmarks"]["gsm8k"]["examples"] == 200
    matched = summary["matched"]
    assert {k: v["documents"] for k, v in matched.items()} == {"gsm8k": 3, "hellaswag": 3}
    assert [e["id"] for e in matched["gsm8k"]["examples"]] == sorted(
        f"planted/{k}" for k, v in truth.items() if v == "gsm8k"
    )
    html = (out / "report.html").read_text()
    assert "Benchmark decontamination" in html and "planted/doc001" in html
    assert not (out / "_stage_data").exists()  # the run's index is scratch, deleted at the end


def test_stage_pickles_without_its_index(tmp_path):
    from pipelines.filter_stages import make_filter

    config = parse_config(_config(tmp_path, GSM8K))
    stage = make_filter("decontaminate", config.stages.decontaminate, "filter", str(tmp_path))
    stage.setup()
    assert stage.index is not None
    assert len(pickle.dumps(stage)) < 10_000  # the graph carries a path, not the index
    assert Path(stage.index_path).exists()


def test_pipeline_annotate_mode_and_paragraphs(tmp_path, planted_jsonl):
    data, truth = planted_jsonl
    original = {json.loads(x)["id"]: json.loads(x)["text"] for x in data.open()}
    run(parse_config(_config(tmp_path / "a", data, mode="annotate")), [])
    rows = pq.read_table(tmp_path / "a" / "out" / "data").to_pylist()
    marked = {r["id"]: r["verdicts"] for r in rows if r["verdicts"]}
    assert marked == {f"planted/{k}": [f"decontaminate:benchmark:{v}"] for k, v in truth.items()}
    assert all(r["text"] == original[r["id"].split("/")[1]] for r in rows)  # annotate: no rewrite
    run(parse_config(_config(tmp_path / "p", data, action="drop_paragraphs")), [])
    rows = {r["id"]: r for r in pq.read_table(tmp_path / "p" / "out" / "data").to_pylist()}
    assert len(rows) == len(original)
    for key, row in rows.items():
        meta = dict(row["metadata"])
        if key.split("/")[1] in truth:
            assert int(meta["decontaminate.paragraphs_removed"]) >= 1
            assert len(row["text"]) < len(original[key.split("/")[1]])
        else:
            assert row["text"] == original[key.split("/")[1]]


def test_no_text_crosses_a_shuffle(tmp_path, planted_jsonl):
    """The stage runs fused with the reader; only its summary (matched ids and the matched
    stretch of at most ``report_examples`` documents per benchmark) reaches a GroupByKey."""
    from scripts.bench_shuffle import ShuffleMeter, output_texts, text_probes

    data, truth = planted_jsonl
    config = _config(tmp_path, data, action="drop_paragraphs")
    config["stages"].update(exact_dedup={"enabled": True}, minhash={"enabled": True})
    meter = ShuffleMeter()
    with meter.installed():
        run(parse_config(config), [])
    texts = [json.loads(line)["text"] for line in data.open()] + output_texts(config["output"])
    probes = text_probes(texts)
    assert len(probes) >= 25  # the search looks for something
    assert meter.text_seen(probes) == {}
    # nor waits in the runner between fused stages (where a Flatten is materialised)
    assert meter.text_seen(probes, materialised=True) == {}
    summary = meter.text_seen({b"planted/doc001"})  # ids do cross: keys and the summary
    assert any("DecontaminationSummary" in name for name in summary)


def test_runner_modes_give_the_same_output_and_summary(tmp_path, planted_jsonl):
    lines = planted_jsonl[0].read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "in").mkdir()
    for part in range(3):  # files read by different workers, summaries merged
        (tmp_path / "in" / f"part{part}.jsonl").write_text("".join(lines[part::3]), "utf-8")
    data = tmp_path / "in" / "*.jsonl"
    outputs = {}
    for mode, args in {
        "in_memory": [],
        "multi": ["--direct_running_mode=multi_processing", "--direct_num_workers=2"],
    }.items():
        config = parse_config(_config(tmp_path / mode, data, action="drop_paragraphs"))
        report = run(config, args)
        out = tmp_path / mode / "out"
        files = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}
        outputs[mode] = files, json.dumps(report["decontamination"])
    assert outputs["in_memory"] == outputs["multi"]
