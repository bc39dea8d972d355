"""Hostile input at realistic size through the default pipeline: exit code, accounting, peak memory.

    PYTHONPATH=. python scripts/bench_hostile.py [--workdir DIR] [--bomb-gib 1] [--nested-mb 20]

Builds one file per attack (each with good records before and after the bad one), runs
``python -m pipelines.cli run`` on them with the default stages and reader limits, and checks
what issue 23 asks: the run exits 0, its log has no traceback, every good record is in
``data/`` or ``rejects/`` exactly once, and the peak memory of the whole process tree (sampled
every 0.2 s, RSS and PSS summed over the pipeline and its extraction children) stays under 3 GB.
Prints one JSON line with the figures and exits 1 if a check fails.

The attacks: a gzip bomb (a ~1 MB .jsonl.gz holding one line of ``--bomb-gib`` GiB), JSON nested
200,000 deep, lone surrogates and control characters in every text field, a WARC Content-Length
of 100 GB, a billion-laughs DTD, ``--nested-mb`` MB of nested markup in one WARC page, wrong-typed
and non-UTF-8 Parquet columns, zero-byte and trailing-garbage gzip. The files are generated as
they are written (the bomb never exists uncompressed) and deleted afterwards unless ``--keep``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from bench_measure import machine, run_measured  # noqa: E402

from tests.robustness.corpus import (  # noqa: E402
    ENGLISH,
    billion_laughs,
    http_response,
    jsonl_line,
    page,
    uid,
    unvalidated_strings,
    warc_record,
    wiki_dump,
    wiki_page,
)

MAX_TREE_MB = 3000
DOLMA = sorted((ROOT / "tests" / "data" / "hooks").glob("dolma_cc_en_head-*.jsonl.gz"))


class Corpus:
    """Writes the hostile files and remembers the id of every good record in them."""

    def __init__(self, root: Path):
        self.root = root
        self.good: list[str] = []
        self.n = 0
        self._texts = [
            json.loads(line)["text"] for path in DOLMA for line in gzip.open(path) if line.strip()
        ]

    def path(self, fmt: str, name: str) -> Path:
        path = self.root / fmt / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def text(self) -> str:
        """A real web page's text (Dolma CC, cycled; numbered so no two are exact duplicates),
        so good records also pass the filters and reach the writer."""
        self.n += 1
        return f"Record {self.n}. " + self._texts[self.n % len(self._texts)]

    def jsonl_good(self, prefix: str) -> bytes:
        doc_id = f"{prefix}-{self.n + 1}"
        self.good.append(f"js/{doc_id}")
        return jsonl_line(doc_id, self.text())

    def warc_good(self, file_no: int) -> bytes:
        record_id = uid(file_no, self.n + 1)
        self.good.append(f"web/{record_id}")
        return warc_record("response", http_response(page(self.text())), record_id)


def write_jsonl(corpus: Corpus, bomb_bytes: int) -> None:
    with gzip.open(corpus.path("jsonl", "gzip-bomb.jsonl.gz"), "wb", compresslevel=9) as out:
        out.write(corpus.jsonl_good("bomb"))
        out.write(b'{"id": "bomb", "text": "')
        block = b"a" * (1 << 20)
        for _ in range(bomb_bytes // len(block) + 1):
            out.write(block)
        out.write(b'"}\n')
        out.write(corpus.jsonl_good("bomb"))
    deep = 200_000
    lines = [
        corpus.jsonl_good("deep"),
        b'{"id": "deep", "text": ' + b"[" * deep + b"]" * deep + b"}\n",
        corpus.jsonl_good("deep"),
    ]
    # JSON escapes that decode to lone surrogates (in id, url, title and text) and control
    # characters, raw and escaped: good records that must come out with valid Unicode
    for prefix, bad in (
        ("surrogate", "\\ud800 lone \\udfff surrogates, a pair \\ud83d\\ude00"),
        ("control", "raw \x01\x02\x7f and escaped \\u0000\\u001b controls"),
    ):
        number = corpus.n + 1
        corpus.good.append(f"js/{prefix}-\ufffd-{number}")
        fields = {"id": "@ID", "url": "@URL", "title": "@TITLE", "text": "@TEXT " + corpus.text()}
        row = json.dumps(fields)
        for placeholder, raw in (
            ("@ID", f"{prefix}-\\udc80-{number}"),
            ("@URL", "http://x/\\ud800"),
            ("@TITLE", "t\\udfff"),
            ("@TEXT", bad),
        ):
            row = row.replace(placeholder, raw, 1)
        lines += [row.encode() + b"\n", corpus.jsonl_good(prefix)]
    corpus.path("jsonl", "hostile.jsonl").write_bytes(b"".join(lines))
    corpus.path("jsonl", "zero-byte.jsonl.gz").write_bytes(b"")
    good = corpus.jsonl_good("tg") + corpus.jsonl_good("tg")
    garbage = gzip.compress(good, mtime=0) + b"\x00trailing garbage" * 64
    corpus.path("jsonl", "trailing-garbage.jsonl.gz").write_bytes(garbage)


def write_warc(corpus: Corpus, nested_bytes: int) -> None:
    liar = warc_record("response", http_response(page(ENGLISH)), uid(70, 0), 100_000_000_000)
    records = [corpus.warc_good(70), liar, corpus.warc_good(70), corpus.warc_good(70)]
    corpus.path("warc", "content-length-100gb.warc.gz").write_bytes(
        gzip.compress(b"".join(records), mtime=0)
    )
    depth = nested_bytes // len(b"<div></div>")
    nested_html = b"<html><body>" + b"<div>" * depth + b"<p>deep</p>" + b"</div>" * depth
    nested = warc_record("response", http_response(nested_html), uid(71, 0))
    with gzip.open(corpus.path("warc", "nested-markup.warc.gz"), "wb") as out:
        out.write(corpus.warc_good(71) + nested + corpus.warc_good(71))
    corpus.path("warc", "zero-byte.warc.gz").write_bytes(b"")
    good = corpus.warc_good(72) + corpus.warc_good(72)
    garbage = gzip.compress(good, mtime=0) + b"not gzip at all " * 64
    corpus.path("warc", "trailing-garbage.warc.gz").write_bytes(garbage)


def write_wiki(corpus: Corpus) -> None:
    pages = []
    for n in range(1, 6):
        text = corpus.text()
        if n == 3:
            text = f"Laughing: &lol9; {text}"
        else:
            corpus.good.append(f"wiki/testwiki/{n}")
        pages.append(wiki_page(n, text))
    corpus.path("wiki", "billion-laughs.xml").write_bytes(
        wiki_dump("".join(pages), billion_laughs())
    )


def write_parquet(corpus: Corpus) -> None:
    def table_file(name: str, table: pa.Table) -> None:
        pq.write_table(table, corpus.path("parquet", name))

    good_ids = [f"g{n}" for n in range(4)]
    corpus.good += [f"pq/{doc_id}" for doc_id in good_ids]
    table_file(
        "wrong-typed-fields.parquet",
        pa.table(
            {
                "id": good_ids[:2],
                "text": [corpus.text(), corpus.text()],
                "title": pa.array([[1, 2], [3]]),
                "url": pa.array([7, 8]),
                "date": pa.array([{"y": 2024}, None]),
            }
        ),
    )
    table_file("int-text.parquet", pa.table({"id": ["i1", "i2"], "text": [1, 2]}))
    table_file("list-text.parquet", pa.table({"id": ["l1"], "text": [["a", "b"]]}))
    table_file(
        "invalid-utf8.parquet",
        pa.table(
            {
                "id": good_ids[2:] + ["bad-utf8"],
                "text": unvalidated_strings(
                    [corpus.text().encode(), corpus.text().encode(), b"bad \xc3("]
                ),
            }
        ),
    )


def build(root: Path, bomb_bytes: int, nested_bytes: int) -> Corpus:
    corpus = Corpus(root)
    write_jsonl(corpus, bomb_bytes)
    write_warc(corpus, nested_bytes)
    write_wiki(corpus)
    write_parquet(corpus)
    return corpus


def config(root: Path, output: Path) -> dict:
    """The default stages and reader limits; only the inputs are this benchmark's."""
    inputs = [
        {"path": str(root / "jsonl" / "*"), "format": "jsonl", "source": "js"},
        {"path": str(root / "warc" / "*"), "format": "warc", "source": "web"},
        {"path": str(root / "wiki" / "*"), "format": "wikipedia", "source": "wiki"},
        {"path": str(root / "parquet" / "*"), "format": "parquet", "source": "pq"},
    ]
    return {"inputs": inputs, "output": str(output)}


def accounting(output: Path, good: list[str]) -> dict:
    ids: Counter[str] = Counter()
    if (output / "data").exists():
        ids.update(pq.read_table(output / "data", columns=["id"]).column("id").to_pylist())
    kept = sum(ids.values())
    rejects = pq.read_table(output / "rejects", columns=["id", "stage", "reason"]).to_pylist()
    ids.update(row["id"] for row in rejects)
    report = json.loads((output / "report.json").read_text())
    return {
        "good_records": len(good),
        "good_missing": [doc_id for doc_id in good if ids[doc_id] == 0],
        "good_twice": [doc_id for doc_id in good if ids[doc_id] > 1],
        "rows": sum(ids.values()),
        "kept": kept,
        "input_records": report["totals"]["input_records"],
        "read_rejects": dict(
            Counter(row["reason"] for row in rejects if row["stage"] == "read").most_common()
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, default=None, help="default: a temporary dir")
    parser.add_argument("--bomb-gib", type=float, default=1.0, help="size of the bomb's line")
    parser.add_argument("--nested-mb", type=float, default=20.0, help="nested markup page size")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench_hostile-"))
    try:
        corpus = build(workdir / "in", int(args.bomb_gib * 2**30), int(args.nested_mb * 1e6))
        config_path = workdir / "config.yaml"
        config_path.write_text(yaml.safe_dump(config(workdir / "in", workdir / "out")))
        log = workdir / "run.log"
        cmd = [sys.executable, "-m", "pipelines.cli", "run", str(config_path), "--overwrite"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        failure = None
        try:
            measured = run_measured(cmd, ROOT, log)
        except RuntimeError as exc:
            measured, failure = {}, str(exc)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_s = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        text = log.read_text(errors="replace")
        result = {
            "input_mb": round(sum(p.stat().st_size for p in workdir.rglob("in/*/*")) / 1e6, 1),
            "bomb_line_bytes": int(args.bomb_gib * 2**30),
            "nested_markup_bytes": int(args.nested_mb * 1e6),
            "exit_ok": failure is None,
            "traceback_in_log": "Traceback" in text,
            "cpu_s": round(cpu_s, 1),
            **{k: round(v, 1) for k, v in measured.items()},
        }
        if failure is None:
            result |= accounting(workdir / "out", corpus.good)
        result["machine"] = machine()
        ok = (
            failure is None
            and not result["traceback_in_log"]
            and not result["good_missing"]
            and not result["good_twice"]
            and result["rows"] == result["input_records"]
            and result["peak_rss_mb"] <= MAX_TREE_MB
        )
        result["ok"] = ok
        print(json.dumps(result))
        if failure:
            print(failure, file=sys.stderr)
        return 0 if ok else 1
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
