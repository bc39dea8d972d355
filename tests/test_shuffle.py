"""The run's graph shuffles ids, hashes and payloads, never document text.

The shuffles are watched in the DirectRunner itself (``scripts/bench_shuffle.py``'s meter over
the FnApiRunner's grouping buffers): every byte any GroupByKey receives is searched for the
documents' texts. The corpus has exact and near duplicates, so both dedup stages and balance
decide something.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pyarrow.parquet as pq

from pipelines.config import load_config
from pipelines.run import run
from scripts.bench_shuffle import ShuffleMeter, text_probes
from tests.conftest import ROOT, SAMPLES

# A document the langid stage rejects (the run keeps English only): a per-document stage's reject.
GERMAN = (
    "Die Stadtverwaltung hat am Montag angekündigt, dass die Bibliothek im Zentrum nach der "
    "Renovierung wieder geöffnet wird. Die Besucher können dort wieder Bücher ausleihen, in "
    "den Lesesälen arbeiten und an den Veranstaltungen für Kinder und Familien teilnehmen."
)


def _corpus(path: Path) -> list[dict]:
    """The bundled Dolma documents, an exact copy of each and a copy with one word changed;
    one German document."""
    with gzip.open(SAMPLES / "jsonl" / "dolma_cc_en_head-0091.jsonl.gz", "rt") as handle:
        originals = [json.loads(line) for line in handle]
    rnd = random.Random(22)
    docs = []
    for doc in originals:
        words = doc["text"].split(" ")
        words[rnd.randrange(len(words))] = "changed"
        docs += [
            {"id": doc["id"], "text": doc["text"]},
            {"id": doc["id"] + "#exact", "text": doc["text"]},
            {"id": doc["id"] + "#near", "text": " ".join(words)},
        ]
    docs.append({"id": "german", "text": GERMAN})
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc) + "\n")
    return docs


def test_no_text_crosses_a_shuffle(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    docs = _corpus(tmp_path / "docs.jsonl.gz")
    out = tmp_path / "out"
    config = load_config(
        ROOT / "configs" / "local.yaml",
        [
            f"output={out}",
            f"inputs=[{{path: '{tmp_path}/docs.jsonl.gz', format: jsonl, source: dolma}}]",
            "stages.quality.enabled=false",
            "stages.toxicity.enabled=false",
            "stages.pii.enabled=false",
            "stages.langid.languages=[en]",
            "stages.balance.enabled=true",
            "stages.balance.weights={en: 1.0}",
            "stages.balance.ledger_downsampled=true",
        ],
    )
    probes = text_probes([d["text"] for d in docs])
    assert len(probes) >= 8  # the search looks for something
    meter = ShuffleMeter()
    with meter.installed():
        run(config, [])
    assert meter.grouped  # the meter saw the shuffles
    assert meter.text_seen(probes) == {}
    assert meter.text_seen({b"dolma/"})  # it does find what is there (the ids)
    # Nor does any text wait in the runner between fused stages (a Flatten is materialised
    # there: the per-document stages' rejects were, text and all, until they were spilled
    # before their Flatten).
    assert meter.text_seen(probes, materialised=True) == {}
    assert meter.text_seen({b"dolma/"}, materialised=True)
    data = pq.read_table(out / "data", columns=["id", "text"]).to_pylist()
    rejects = pq.read_table(out / "rejects", columns=["id", "stage", "text"]).to_pylist()
    ids = sorted([r["id"] for r in data] + [r["id"] for r in rejects])
    assert ids == sorted(f"dolma/{d['id']}" for d in docs)  # in output or rejects, once
    stages = {r["stage"] for r in rejects}
    assert {"langid", "exact_dedup", "minhash"} <= stages
    texts = {f"dolma/{d['id']}": d["text"] for d in docs}
    assert all(r["text"] == texts[r["id"]] for r in rejects if r["stage"] != "read")
