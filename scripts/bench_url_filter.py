"""CPU cost of the URL filter per record, and of loading its lists, in one process.

    python scripts/bench_url_filter.py [--repeat 20]

URLs: every real URL of ../shared/data (WARC response records and Dolma's JSONL ``metadata.url``)
as clean traffic, and entries of datatrove's UT1 lists (with a scheme added) as blocked traffic.
Each set is checked ``--repeat`` times with the default rules (UT1, banned words, soft words,
sub-words) and timed with ``time.process_time`` (CPU time: wall time on a shared machine mostly
measures the neighbours). docs/url_filter.md compares the figures with the pipeline's
per-record cost in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import tarfile
import time
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from filters.url_filter import (  # noqa: E402
    UrlFilter,
    _hash_ut1,
    load_ut1_index,
    ut1_archive,
    ut1_from_bytes,
    ut1_to_bytes,
)
from pipelines.config import DEFAULT_MAX_RECORD_BYTES  # noqa: E402
from pipelines.sources.files import open_input  # noqa: E402
from pipelines.sources.warc_frames import WarcRecord, read_records  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def real_urls() -> list[str]:
    urls = []
    for path in sorted((SHARED / "cc").glob("*.warc.gz")):
        with open_input(str(path)) as stream:
            urls += [
                r.url
                for r in read_records(stream, str(path), "bench", DEFAULT_MAX_RECORD_BYTES)
                if isinstance(r, WarcRecord) and r.type == "response" and r.url
            ]
    for path in sorted((SHARED / "cc").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            urls += [json.loads(line)["metadata"]["url"] for line in lines]
    return urls


def ut1_sample(member: str, count: int) -> list[str]:
    archive = resources.files("datatrove").joinpath("assets", "url_filterblacklistsv0_3_0.tar.gz")
    with resources.as_file(archive) as path, tarfile.open(path, "r:gz") as tar:
        lines = [x for x in tar.extractfile(member).read().decode().split("\n") if x]
    step = max(1, len(lines) // count)
    return ["https://" + line for line in lines[::step][:count]]


def per_url_us(url_filter: UrlFilter, urls: list[str], repeat: int) -> tuple[float, int]:
    blocked = sum(not url_filter.check(u).keep for u in urls)
    started = time.process_time()
    for _ in range(repeat):
        for url in urls:
            url_filter.check(url)
    return (time.process_time() - started) / (repeat * len(urls)) * 1e6, blocked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    archive = ut1_archive()
    started = time.process_time()
    _hash_ut1(archive)
    hash_cpu = time.process_time() - started
    load_ut1_index(archive)  # into the machine's cache if it is not there yet
    started = time.process_time()
    lists = load_ut1_index(archive)
    cached_cpu = time.process_time() - started
    data = ut1_to_bytes(lists)
    started = time.process_time()
    ut1_from_bytes(io.BytesIO(data).getvalue())
    load_cpu = time.process_time() - started
    url_filter = UrlFilter()
    url_filter.setup()
    results = {
        "ut1_hash_cpu_s (once per machine and list)": round(hash_cpu, 2),
        "ut1_cached_load_cpu_s (launcher and each worker, mmap)": round(cached_cpu, 3),
        "ut1_index_mb": round(len(data) / 1e6, 1),
        "ut1_stage_copy_load_cpu_s (a worker on another machine, once)": round(load_cpu, 3),
    }
    sets = {
        "clean (real URLs of ../shared/data)": real_urls(),
        "UT1 domains": ut1_sample("domains", 2000),
        "UT1 URLs": ut1_sample("urls", 2000),
    }
    for name, urls in sets.items():
        us, blocked = per_url_us(url_filter, urls, args.repeat)
        results[name] = {"urls": len(urls), "blocked": blocked, "cpu_us_per_url": round(us, 1)}
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
