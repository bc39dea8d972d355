"""Rebuild the bundled sample in ``samples/`` from the real data in ``../shared/data``.

The sample is committed so that ``make run`` works on a machine without ``../shared``; this
script documents exactly how it was cut and rebuilds it byte for byte (fixed page lists, fixed
WARC dates and record ids). Sources and licences: samples/README.md.
"""

from __future__ import annotations

import argparse
import bz2
import io
import lzma
import shutil
import tarfile
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
COPIED = {
    "cc/dolma_sample-0000.warc.gz": "cc/dolma_sample-0000.warc.gz",
    "cc/resiliparse_warcfile.warc.gz": "cc/resiliparse_warcfile.warc.gz",
    "cc/ccwhirlwind_whirlwind.warc.wet.gz": "cc/ccwhirlwind_whirlwind.warc.wet.gz",
    "cc/dolma_cc_en_head-0091.jsonl.gz": "jsonl/dolma_cc_en_head-0091.jsonl.gz",
}
# German and English pages from trafilatura's evaluation set, wrapped as WARC responses.
HTML_PAGES = [
    "adac.de.kindersitze.html",
    "austria.info.radfahren.html",
    "bmjv.de.konsum.html",
    "brandenburg.de.homo-brandenburgensis.html",
    "brigitte.de.ikigai.html",
    "cdu-fraktion-erfurt.de.waldorfschule.html",
    "chip.de.beef.html",
    "cnet.de.schutz.html",
    "blog.python.org.html",
    "boingboing.net.millenials.html",
    "caktusgroup.com.django.html",
    "befifty.montauk.html",
]
WIKI_PAGES = {"enwiki-sample.xml.bz2": 75, "elwiki-truncated.xml.xz": 8}


WARC_DATE = "2024-01-01T00:00:00Z"


def write_html_response(writer: WARCWriter, url: str, id_seed: str, body: bytes) -> None:
    """One HTTP 200 text/html response record with a fixed date and an id derived from a seed,
    so the same pages always give the same bytes (shared with scripts/bench_corpus.py)."""
    http = StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, id_seed)}>"
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Record-ID": record_id, "WARC-Date": WARC_DATE},
    )
    writer.write_record(record)


def wrap_pages(tar_path: Path, out: Path) -> None:
    """HTML files → one gzipped WARC of response records with deterministic headers."""
    with tarfile.open(tar_path) as tar, out.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for name in HTML_PAGES:
            body = tar.extractfile(tar.getmember(f"tests/cache/{name}")).read()
            url = f"https://{name.removesuffix('.html')}/"
            write_html_response(writer, url, url, body)


def slice_dump(src: Path, out: Path, pages: int, truncate: bool) -> None:
    """The first ``pages`` pages of a dump; cut mid-page like the originals when ``truncate``."""
    opener = bz2.open if src.suffix == ".bz2" else lzma.open
    text = opener(src, "rt", encoding="utf-8").read(40_000_000)
    end = 0
    for _ in range(pages):
        end = text.index("</page>", end) + len("</page>")
    head = text[:end]
    if truncate:
        next_page = text.index("<page>", end)
        head += text[end : next_page + 400]
    else:
        head += "\n</mediawiki>\n"
    writer = bz2.open if out.suffix == ".bz2" else lzma.open
    with writer(out, "wt", encoding="utf-8") as handle:
        handle.write(head)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "samples")
    args = parser.parse_args()
    for sub in ("cc", "jsonl", "wiki"):
        (args.out / sub).mkdir(parents=True, exist_ok=True)
    for src, dst in COPIED.items():
        shutil.copyfile(args.shared / src, args.out / dst)
    wrap_pages(args.shared / "html" / "trafilatura-pages.tar.gz", args.out / "cc" / "pages.warc.gz")
    for name, pages in WIKI_PAGES.items():
        truncated = "truncated" in name
        out_name = name.replace("-sample", "-slice").replace("-truncated", "-slice-truncated")
        slice_dump(args.shared / "wiki" / name, args.out / "wiki" / out_name, pages, truncated)
    for path in sorted(args.out.rglob("*")):
        if path.is_file():
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
