"""HTML extraction: real labelled pages, odd encodings, the cascade, the per-page time budget.

The pages in tests/data/html come with trafilatura's labels (snippets to keep / to drop), so the
checks below are the evaluation's own scoring on a few pages, not hand-picked strings.
"""

from __future__ import annotations

import json
import pickle
import time
from pathlib import Path

import pytest

from filters.extract import (
    ExtractionTimeout,
    HtmlExtractor,
    decode_html,
    run_trafilatura,
    trim_edges,
    unpunctuated_share,
)
from pipelines.schema import is_reject
from pipelines.sources.files import open_input
from pipelines.sources.warc import iter_warc
from scripts.eval_extract import norm
from tests.conftest import TEST_DATA
from tests.test_warc import CLUEWEB, JAPANESE, _http, _page, _record

HTML = TEST_DATA / "html"
LABELS = json.loads((HTML / "evaldata.json").read_text(encoding="utf-8"))
EXTRACTORS = ("trafilatura", "resiliparse", "cascade")
SLOW_MARKER = "PLEASE-STALL"


def _pages() -> list[tuple[str, bytes, dict]]:
    return [(url, (HTML / item["file"]).read_bytes(), item) for url, item in LABELS.items()]


def _counts(extractor: HtmlExtractor) -> tuple[int, int]:
    """(kept "with" snippets, kept "without" snippets) over the bundled pages."""
    kept = leaked = 0
    for url, html, item in _pages():
        text = norm(extractor.extract(html, url=url))
        kept += sum(norm(s) in text for s in item["with"])
        leaked += sum(norm(s) in text for s in item["without"])
    return kept, leaked


def stall_on_marker(page: str, url: str | None, options: dict) -> str:
    """Runs in the child process: hangs on a marked page, else real trafilatura."""
    if SLOW_MARKER in page:
        time.sleep(60)
    return run_trafilatura(page, url, options)


@pytest.fixture(scope="module")
def extractors():
    made = {name: HtmlExtractor(name) for name in EXTRACTORS}
    yield made
    for extractor in made.values():
        extractor.close()


@pytest.mark.parametrize("name", EXTRACTORS)
def test_real_pages_keep_main_text_and_drop_boilerplate(extractors, name: str):
    kept, leaked = _counts(extractors[name])
    assert kept == 14 and leaked == 0  # of 14 and 13


def test_misdeclared_charset_page_decodes():
    """xinhuanet (archived) declares UTF-8 but is GB2312; maescot is UTF-8 but for one byte."""
    chinese = decode_html((HTML / "archive.org.he.xinhuanet.com.25340717.html").read_bytes())
    assert "一个约定，信守15年" in chinese and "\ufffd" not in chinese
    german = decode_html((HTML / "maescot.de.schafskunde.html").read_bytes())
    assert "Standardausführung, weiß" in german and "Ã" not in german
    latin1 = decode_html((HTML / "next2games.de.anno.html").read_bytes())
    assert "gemäßigten" in latin1


@pytest.mark.parametrize("name", EXTRACTORS)
def test_clueweb_pages_through_the_reader(extractors, name: str):
    with open_input(str(CLUEWEB)) as stream:
        records = iter_warc(stream, str(CLUEWEB), "cc", extractors[name])
        japanese = [next(records) for _ in range(3)]
    assert all(not is_reject(d) and len(JAPANESE.findall(d["text"])) > 20 for d in japanese)


def test_output_is_byte_identical_across_runs_and_pickles(extractors):
    for name in EXTRACTORS:
        fresh = pickle.loads(pickle.dumps(HtmlExtractor(name)))
        for url, html, _ in _pages():
            first = extractors[name].extract(html, url=url)
            assert first.encode() == fresh.extract(html, url=url).encode(), (name, url)
        fresh.close()


def test_extractor_pickles_small_while_its_child_runs(extractors):
    extractors["trafilatura"].extract(_page(), url="http://example.com/")
    assert extractors["trafilatura"]._child is not None
    assert len(pickle.dumps(extractors["trafilatura"])) < 1000


def test_cascade_threshold_routes_between_the_two_extractors():
    fast = HtmlExtractor("resiliparse", timeout_s=None)
    slow = HtmlExtractor("trafilatura", no_fallback=True, timeout_s=None)
    never = HtmlExtractor("cascade", cascade_threshold=1.01, timeout_s=None)
    always = HtmlExtractor("cascade", cascade_threshold=0.0, timeout_s=None)
    for url, html, _ in _pages():
        assert never.extract(html, url=url) == fast.extract(html, url=url)
        assert always.extract(html, url=url) == slow.extract(html, url=url)


def test_trim_edges_drops_navigation_lines_only():
    text = "Home\nNews\n\nThe council met on Monday.\nIt decided nothing.\nKontakt\nImpressum"
    assert trim_edges(text, 3) == "The council met on Monday.\nIt decided nothing."
    assert trim_edges("A title\nBody text.\nMore body text.", 3) == "Body text.\nMore body text."
    assert trim_edges("Only nav\nlinks here", 3) == "links here"  # never empties a page
    assert unpunctuated_share("Home\nNews\nA sentence.\nAnother one!") == 0.5


def test_timeout_on_a_stalling_page_rejects_it_and_recovers():
    extractor = HtmlExtractor("trafilatura", timeout_s=2.0)
    extractor._slow = stall_on_marker
    extractor.extract(_page(), url="http://example.com/warm")  # pays the child's start-up
    started = time.perf_counter()
    with pytest.raises(ExtractionTimeout):
        extractor.extract(_page(f"{SLOW_MARKER} in the text of this page."))
    assert time.perf_counter() - started < 5
    assert "open repository" in extractor.extract(_page())  # a fresh child took over
    extractor.close()


def test_timeout_becomes_a_reject_in_the_warc_reader(tmp_path: Path):
    records = [
        _record("response", _http(_page(f"{SLOW_MARKER} please.")), 0),
        _record("response", _http(_page()), 1),
    ]
    path = tmp_path / "slow.warc"
    path.write_bytes(b"".join(records))
    extractor = HtmlExtractor("cascade", cascade_threshold=0.0, timeout_s=2.0)
    extractor._slow = stall_on_marker
    with open_input(str(path)) as stream:
        out = list(iter_warc(stream, str(path), "cc", extractor))
    extractor.close()
    assert [r.get("reason") for r in out] == ["extraction_timeout", None]
    assert out[0]["url"] == "http://example.com/0"


def test_enormous_generated_page_hits_the_real_time_budget():
    """Real trafilatura on 4 MB of generated markup is far over a 0.3 s budget."""
    cell = "<div><span><a href='/x'>link</a> word word word.</span></div>"
    html = "<html><body>" + "<div>" * 200 + cell * 60_000 + "</div>" * 200 + "</body></html>"
    extractor = HtmlExtractor("trafilatura", timeout_s=0.3)
    extractor.extract(_page())  # start-up is not part of the budget being tested
    with pytest.raises(ExtractionTimeout):
        extractor.extract(html.encode())
    extractor.close()


def test_bad_options_are_refused():
    with pytest.raises(ValueError, match="unknown extractor"):
        HtmlExtractor("boilerpipe")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout_s"):
        HtmlExtractor(timeout_s=0)
