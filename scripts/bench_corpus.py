"""Build the benchmark corpus of ``scripts/bench.py`` reproducibly from ``../shared/data``.

Two parts, because datatrove reads only WARC and a fair comparison needs the same input bytes on
both sides:

``web/``    the 1,032 real HTML pages of trafilatura's evaluation set wrapped as gzipped WARC
            response records (fixed record ids and dates, as scripts/make_samples.py does),
            split round-robin into shards so N workers can extract in parallel, plus the real
            Common Crawl / wget WARC samples that datatrove's WarcReader can read.
``other/``  everything else the pipeline reads: the real Wikipedia dumps, the CC WET sample,
            the Dolma JSONL sample and the ClueWeb09 WARC with odd headers (datatrove's reader
            yields nothing from it, so it is kept out of the comparison subset).

Files are copied or written once; ``manifest.json`` records uncompressed sizes and the build
parameters, and a second call with the same parameters reuses the cache.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import random
import re
import shutil
import tarfile
from pathlib import Path
from typing import Any

from make_samples import write_html_response
from warcio.warcwriter import WARCWriter

BUILD_VERSION = 1
PAGES_TAR = "html/trafilatura-pages.tar.gz"
# Real WARC samples that datatrove's WarcReader reads completely (FINDINGS: it yields nothing
# from the ClueWeb09 quirk file, which therefore goes to ``other/``).
WEB_WARCS = (
    "cc/dolma_sample-0000.warc.gz",
    "cc/dolma_sample-0001.warc.gz",
    "cc/resiliparse_warcfile.warc.gz",
    "cc/ccwhirlwind_whirlwind.warc.gz",
)
OTHER_FILES = {
    "cc/resiliparse_clueweb-quirk.warc.gz": "clueweb/resiliparse_clueweb-quirk.warc.gz",
    "cc/ccwhirlwind_whirlwind.warc.wet.gz": "wet/ccwhirlwind_whirlwind.warc.wet.gz",
    "cc/dolma_cc_en_head-0091.jsonl.gz": "jsonl/dolma_cc_en_head-0091.jsonl.gz",
    "cc/dolma_cc_en_head-0174.jsonl.gz": "jsonl/dolma_cc_en_head-0174.jsonl.gz",
    "wiki/enwiki-sample.xml.bz2": "wiki/enwiki-sample.xml.bz2",
    "wiki/elwiki-truncated.xml.xz": "wiki/elwiki-truncated.xml.xz",
    "wiki/ukwiki-truncated.xml.xz": "wiki/ukwiki-truncated.xml.xz",
    "wiki/viwiki-truncated.xml.xz": "wiki/viwiki-truncated.xml.xz",
    "wiki/jawiki-truncated.xml.xz": "wiki/jawiki-truncated.xml.xz",
}
QUICK_OTHER = ("clueweb/", "wet/", "jsonl/", "wiki/enwiki")
# corpus-prep inputs over the corpus: (sub-glob, format, source label)
INPUTS = (
    ("web/*.warc.gz", "warc", "web"),
    ("other/clueweb/*.warc.gz", "warc", "clueweb"),
    ("other/wet/*.warc.wet.gz", "wet", "commoncrawl-wet"),
    ("other/wiki/*.xml.*", "wikipedia", "wikipedia"),
    ("other/jsonl/*.jsonl.gz", "jsonl", "dolma-cc"),
)


def _opener(path: Path) -> Any:
    if path.suffix == ".gz":
        return gzip.open
    if path.suffix == ".bz2":
        return bz2.open
    if path.suffix == ".xz":
        return lzma.open
    return open


def uncompressed_size(path: Path) -> int:
    """Bytes after decompression: the unit of the MB/s figures."""
    total = 0
    with _opener(path)(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            total += len(chunk)
    return total


def page_members(tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
    """The HTML pages of the archive, sorted by name so shards do not depend on tar order."""
    members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".html")]
    return sorted(members, key=lambda m: m.name)


def write_pages(tar: tarfile.TarFile, members: list[tarfile.TarInfo], out: Path) -> int:
    """Wrap pages as WARC response records; the record id derives from the member path."""
    html_bytes = 0
    with out.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for member in members:
            body = tar.extractfile(member).read()
            html_bytes += len(body)
            name = Path(member.name).name.removesuffix(".html")
            write_html_response(writer, f"https://{name}/", member.name, body)
    return html_bytes


def build_corpus(shared: Path, root: Path, shards: int, quick: bool) -> dict[str, Any]:
    """Build (or reuse) the corpus under ``root``; returns its manifest."""
    params = {"version": BUILD_VERSION, "shards": shards, "quick": quick}
    manifest_path = root / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if manifest["params"] == params:
            return manifest
    if root.exists():
        shutil.rmtree(root)
    (root / "web").mkdir(parents=True)
    files: dict[str, int] = {}
    with tarfile.open(shared / PAGES_TAR) as tar:
        members = page_members(tar)
        # quick: every 13th page keeps the language and site mix of the whole set
        if quick:
            members = members[::13]
        for shard in range(shards):
            out = root / "web" / f"pages-{shard:02d}-of-{shards:02d}.warc.gz"
            write_pages(tar, members[shard::shards], out)
            files[str(out.relative_to(root))] = uncompressed_size(out)
    for src in WEB_WARCS:
        out = root / "web" / Path(src).name
        shutil.copyfile(shared / src, out)
        files[str(out.relative_to(root))] = uncompressed_size(out)
    for src, dst in OTHER_FILES.items():
        if quick and not dst.startswith(QUICK_OTHER):
            continue
        out = root / "other" / dst
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shared / src, out)
        files[str(out.relative_to(root))] = uncompressed_size(out)
    manifest = {"params": params, "pages": len(members), "files": files}
    manifest_path.write_text(json.dumps(manifest, indent=2))
    return manifest


# Replica corpora (``replicas-K/``): the web pages K times, one WARC file per copy.
REPLICA_VERSION = 1
REPLICA_SEED = 22
# Markup and the insides of script/style are kept as they are; text between tags is a paragraph.
_MARKUP = re.compile(rb"(<script.*?</script>|<style.*?</style>|<!--.*?-->|<[^>]*>)", re.I | re.S)
_WORD = re.compile(rb"[A-Za-z]{4,}")
MIN_PARAGRAPH_WORDS = 8


def vary_page(body: bytes, rng: random.Random) -> bytes:
    """One ASCII word changed in every text run of at least ``MIN_PARAGRAPH_WORDS`` words.

    Why this edit: the copy's extracted text differs from the original (exact dedup keeps both)
    while most word 5-grams survive (MinHash must cluster them), as with a re-crawl of a page
    whose counters, dates or ads changed. Bytes outside the changed words are untouched, so the
    page decodes as before in whatever charset it declares.
    """
    parts = _MARKUP.split(body)
    for index in range(0, len(parts), 2):  # even items are text between tags
        words = list(_WORD.finditer(parts[index]))
        if len(words) < MIN_PARAGRAPH_WORDS:
            continue
        word = words[rng.randrange(len(words))]
        letters = bytearray(word.group())
        letters[rng.randrange(1, len(letters))] = ord(rng.choice("aeiouxz"))
        text = parts[index]
        parts[index] = text[: word.start()] + bytes(letters) + text[word.end() :]
    return b"".join(parts)


def replica_name(copy: int) -> str:
    return f"pages-copy{copy:03d}.warc.gz"


def build_replicas(shared: Path, root: Path, copies: int) -> dict[str, Any]:
    """(Or reuse) one WARC file of every web page per copy, for copies 0 .. ``copies`` - 1.

    Copy 0 is the original pages; copy c has one word per paragraph changed (seeded by
    ``REPLICA_SEED``, the page and c) and URLs and record ids of its own, so every copy is a
    distinct document and a near duplicate of the others. A copy's bytes do not depend on how
    many copies are asked for, so the 10x corpus is the first ten files of the 30x one.
    """
    params = {"version": REPLICA_VERSION, "seed": REPLICA_SEED}
    manifest_path = root / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    if manifest.get("params") != params:
        if root.exists():
            shutil.rmtree(root)
        manifest = {"params": params, "pages_per_copy": 0, "files": {}}
    root.mkdir(parents=True, exist_ok=True)
    missing = [c for c in range(copies) if replica_name(c) not in manifest["files"]]
    if not missing:
        return manifest
    with tarfile.open(shared / PAGES_TAR) as tar:
        members = page_members(tar)
        bodies = [tar.extractfile(member).read() for member in members]
    for copy in missing:
        out = root / replica_name(copy)
        with out.open("wb") as handle:
            writer = WARCWriter(handle, gzip=True)
            for member, body in zip(members, bodies, strict=True):
                name = Path(member.name).name.removesuffix(".html")
                if copy:
                    body = vary_page(body, random.Random(f"{REPLICA_SEED}/{member.name}/{copy}"))
                url = f"https://{name}/" + (f"copy{copy}/" if copy else "")
                write_html_response(writer, url, f"{member.name}#{copy}", body)
        manifest["files"][out.name] = uncompressed_size(out)
        manifest["pages_per_copy"] = len(members)
        manifest_path.write_text(json.dumps(manifest, indent=2))
    return manifest


def replica_view(root: Path, copies: int) -> Path:
    """A folder of links to the first ``copies`` files of a replica corpus: one glob for both
    tools (one corpus-prep input, as a user would configure it, and datatrove's input folder)."""
    view = root.parent / f"{root.name}-view-{copies}"
    shutil.rmtree(view, ignore_errors=True)
    view.mkdir(parents=True)
    for copy in range(copies):
        (view / replica_name(copy)).symlink_to(root / replica_name(copy))
    return view


def replica_inputs(view: Path) -> list[dict[str, Any]]:
    """corpus-prep ``inputs`` over a replica view: one WARC input, source ``web``."""
    return [{"path": str(view / "*.warc.gz"), "format": "warc", "source": "web"}]


def part_bytes(manifest: dict[str, Any], prefix: str = "") -> int:
    """Uncompressed bytes of the corpus files under ``prefix`` (``web/`` or all)."""
    return sum(size for name, size in manifest["files"].items() if name.startswith(prefix))


def corpus_inputs(root: Path, web_only: bool, replicas: int = 1) -> list[dict[str, Any]]:
    """corpus-prep ``inputs`` over the corpus, ``replicas`` times.

    Replica r > 0 reads the same files under the source label ``<source>-r<r>``: record ids are
    ``<source>/...``, so every replica document has an id of its own while the bytes, and so
    the work per document, stay those of the real data (exact dedup then removes the copies,
    as it would remove a re-crawl).
    """
    inputs = []
    for replica in range(replicas):
        suffix = f"-r{replica}" if replica else ""
        for pattern, fmt, source in INPUTS:
            if web_only and not pattern.startswith("web/"):
                continue
            if not any(root.glob(pattern)):
                continue
            item = {"path": str(root / pattern), "format": fmt, "source": source + suffix}
            if fmt == "jsonl":
                item.update(text_field="text", id_field="id")
            inputs.append(item)
    return inputs
