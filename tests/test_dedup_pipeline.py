"""URL and paragraph dedup in the run's graph: real crawls and real boilerplate, end to end.

The corpus (JSONL, read as a web source so that URL dedup takes part): the 7 real crawl records
of tests/data/neardup/url_crawls.jsonl (https://allenai.org/ fetched three times,
https://creativecommons.org/ twice), the 14 real pages of boilerplate_pages.jsonl (WordPress's
German cookie notice on five of them), and the 10 real English documents of the bundled Dolma
sample, each with a shop footer appended; two more documents are little but that footer. One run in
each DirectRunner mode: the in-memory one under the shuffle meter.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipelines.config import load_config
from pipelines.run import run
from scripts.bench_shuffle import ShuffleMeter, text_probes
from tests.conftest import ROOT, SAMPLES, TEST_DATA

NEARDUP = TEST_DATA / "neardup"
COOKIES = "Datenschutz & Cookies: Diese Website verwendet Cookies."
FOOTER = "Alle Preise inkl. MwSt., zzgl. Versandkosten. Lieferzeit 2-3 Werktage."
SOURCE = "web"
THIN = (
    "Handgefertigte Tasse aus Steingut, spülmaschinenfest, in drei Farben erhältlich.",
    "Kleiner Teller aus Porzellan mit blauem Rand, ideal für Frühstück und Kuchen.",
)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _corpus() -> list[dict]:
    with gzip.open(SAMPLES / "jsonl" / "dolma_cc_en_head-0091.jsonl.gz", "rt") as handle:
        dolma = [json.loads(line) for line in handle]
    docs = _jsonl(NEARDUP / "url_crawls.jsonl") + _jsonl(NEARDUP / "boilerplate_pages.jsonl")
    docs += [
        {"id": f"shop/{doc['id']}", "text": f"{doc['text'].rstrip()}\n{FOOTER}"} for doc in dolma
    ]
    docs += [{"id": f"shop/thin-{i}", "text": f"{line}\n{FOOTER}"} for i, line in enumerate(THIN)]
    return docs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    path = tmp_path_factory.mktemp("corpus") / "web.jsonl"
    docs = _corpus()
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    return path, docs


def _run(corpus, out: Path, beam_args: list[str]):
    path, _ = corpus
    config = load_config(
        ROOT / "configs" / "local.yaml",
        [
            f"output={out}",
            f"inputs=[{{path: '{path}', format: jsonl, source: {SOURCE}}}]",
            "stages.langid.languages=[]",
            "stages.quality.enabled=false",
            "stages.toxicity.enabled=false",
            "stages.pii.enabled=false",
            "stages.url_dedup.formats=[jsonl]",
            "stages.paragraph_dedup.formats=[jsonl]",
        ],
    )
    return run(config, beam_args)


@pytest.fixture(scope="module")
def in_memory(corpus, tmp_path_factory):
    """The in-memory run, with every byte its GroupByKeys receive searched for text."""
    out = tmp_path_factory.mktemp("in_memory") / "out"
    meter = ShuffleMeter()
    with meter.installed():
        report = _run(corpus, out, ["--direct_running_mode=in_memory"])
    return out, report, meter


@pytest.fixture(scope="module")
def multi(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("multi") / "out"
    _run(corpus, out, ["--direct_running_mode=multi_processing", "--direct_num_workers=2"])
    return out


def _rows(out: Path, part: str, columns: list[str]) -> list[dict]:
    return pq.read_table(out / part, columns=columns).to_pylist()


def test_every_document_is_kept_or_rejected_once(corpus, in_memory):
    out, _, _ = in_memory
    data = _rows(out, "data", ["id"])
    rejects = _rows(out, "rejects", ["id"])
    ids = sorted(r["id"] for r in data + rejects)
    assert ids == sorted(f"{SOURCE}/{d['id']}" for d in corpus[1])


def test_older_crawls_are_rejected_for_the_newest(corpus, in_memory):
    out, _, _ = in_memory
    crawls = _jsonl(NEARDUP / "url_crawls.jsonl")
    expected = {}
    for url in ("https://allenai.org/", "https://creativecommons.org/"):
        ranked = sorted((d for d in crawls if d["url"] == url), key=lambda d: d["date"])
        expected |= {f"{SOURCE}/{d['id']}": f"{SOURCE}/{ranked[-1]['id']}" for d in ranked[:-1]}
    rejects = _rows(out, "rejects", ["id", "stage", "reason", "kept_id"])
    found = {r["id"]: r["kept_id"] for r in rejects if r["stage"] == "url_dedup"}
    assert found == expected and len(expected) == 3
    assert {r["reason"] for r in rejects if r["stage"] == "url_dedup"} == {"duplicate_url"}
    kept = {r["id"] for r in _rows(out, "data", ["id"])}
    assert set(expected.values()) <= kept  # the newest crawl is not lost to exact/MinHash


def test_repeated_paragraphs_stay_in_one_document(in_memory):
    out, report, _ = in_memory
    data = _rows(out, "data", ["id", "text", "n_bytes", "quality_signals"])
    for paragraph in (FOOTER, COOKIES):
        holders = [r["id"] for r in data if paragraph in r["text"]]
        assert len(holders) == 1, (paragraph, holders)
    rewritten = [
        r for r in data if r["id"].startswith(f"{SOURCE}/shop/") and FOOTER not in r["text"]
    ]
    assert rewritten and all(r["n_bytes"] == len(r["text"].encode()) for r in rewritten)
    assert all(dict(r["quality_signals"])["repeated_paragraph_fraction"] > 0 for r in rewritten)
    rejects = _rows(out, "rejects", ["id", "stage", "reason", "score"])
    thin = {r["id"]: r for r in rejects if r["stage"] == "paragraph_dedup"}
    # a Dolma document ("shop/http://...") has the smallest id, so it keeps the footer; the
    # 55-word gnaur.wordpress.com page is left with too little once its cookie notice goes
    gnaur = f"{SOURCE}/web/557711e0-8ad7-52f6-a80c-df92a1877800"
    assert set(thin) == {f"{SOURCE}/shop/thin-{i}" for i in range(2)} | {gnaur}
    assert {r["reason"] for r in thin.values()} == {"too_short_after_paragraph_dedup"}
    summary = report["paragraph_dedup"]
    assert summary["top"][0]["text"] == FOOTER and summary["top"][0]["documents"] == 12
    assert any(t["text"].startswith(COOKIES) for t in summary["top"])
    assert summary["docs_too_short"] == 3
    assert summary["paragraphs_removed"] >= 11 + 4
    funnel = [row["stage"] for row in report["funnel"]]
    assert funnel.index("url_dedup") < funnel.index("exact_dedup") < funnel.index("minhash")
    assert funnel.index("minhash") < funnel.index("paragraph_dedup")
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Paragraph dedup" in html and "Alle Preise inkl. MwSt." in html


def test_no_text_crosses_a_shuffle(corpus, in_memory):
    _, _, meter = in_memory
    probes = text_probes([d["text"] for d in corpus[1]])
    probes |= {COOKIES.encode(), FOOTER.encode()}  # what the report's prefixes are read from
    assert meter.grouped and meter.text_seen(probes) == {}


def test_runner_modes_write_the_same_bytes(in_memory, multi):
    out, _, _ = in_memory
    files = sorted(p.relative_to(out) for p in out.rglob("*.parquet"))
    assert files == sorted(p.relative_to(multi) for p in multi.rglob("*.parquet"))
    assert all((out / f).read_bytes() == (multi / f).read_bytes() for f in files)
