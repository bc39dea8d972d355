"""URL filtering: UT1 from datatrove's package, banned words, user lists, switches, the reader's
hook before extraction, and the stage in both modes."""

from __future__ import annotations

import json
import tarfile
from importlib import resources
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from filters.url_filter import UrlFilter, parent_domains, url_key, ut1_lists
from pipelines.config import DEFAULT_MAX_RECORD_BYTES, ConfigError, parse_config
from pipelines.run import run
from pipelines.sources.files import open_input
from pipelines.sources.warc_frames import WarcRecord, read_records
from pipelines.url_filter import UrlFilterStage
from tests.conftest import TEST_DATA

WARC = TEST_DATA / "cc" / "dolma_sample-0000.warc.gz"


def ut1_entries(member: str, every: int = 400_000) -> list[str]:
    """Real entries of the installed UT1 list, spread over the file."""
    archive = resources.files("datatrove").joinpath("assets", "url_filterblacklistsv0_3_0.tar.gz")
    with resources.as_file(archive) as path, tarfile.open(path, "r:gz") as tar:
        lines = tar.extractfile(member).read().decode().split("\n")
    return [line for line in lines[::every] if line]


@pytest.fixture(scope="module")
def default() -> UrlFilter:
    url_filter = UrlFilter()
    url_filter.setup()
    return url_filter


def test_ut1_domains_and_their_subdomains_are_blocked(default):
    domains, _ = ut1_lists()
    assert domains.hashes.size > 4_000_000
    for domain in ut1_entries("domains"):
        for url in (f"http://{domain}/", f"https://www.{domain}/a?b=c", f"https://x.y.{domain}"):
            verdict = default.check(url)
            assert not verdict.keep and verdict.reason == "domain:ut1", url
            assert verdict.detail.startswith(domain)


def test_ut1_urls_match_whatever_the_scheme(default):
    for entry in ut1_entries("urls", every=4000):
        verdict = default.check("https://" + entry)
        assert not verdict.keep, entry
        assert verdict.reason in ("url:ut1", "domain:ut1") or verdict.reason.endswith("datatrove")


def test_ut1_whole_tld_entries_apply(default):
    verdict = default.check("http://anything.xxx/page")
    assert (verdict.keep, verdict.reason, verdict.detail) == (
        False,
        "domain:ut1",
        "xxx (host anything.xxx)",
    )


def response_urls(path: Path) -> list[str]:
    """The URLs of a real WARC file's responses."""
    with open_input(str(path)) as stream:
        return [
            r.url
            for r in read_records(stream, str(path), "t", DEFAULT_MAX_RECORD_BYTES)
            if isinstance(r, WarcRecord) and r.type == "response" and r.url
        ]


def test_clean_real_urls_pass(default):
    urls = [
        url for path in sorted((TEST_DATA / "cc").glob("*.warc.gz")) for url in response_urls(path)
    ]
    assert len(urls) > 30
    assert [u for u in urls if not default.check(u).keep] == []


@pytest.mark.parametrize(
    ("url", "reason", "detail"),
    [
        ("https://example.com/videos/bukkake-party", "banned_word:datatrove", "bukkake"),
        ("https://example.com/naked/lesbian", "soft_banned_words:datatrove", "lesbian,naked"),
        ("https://example.com/free-sex-videos", "banned_subword:datatrove", "freesex"),
    ],
)
def test_word_rules_name_list_and_match(default, url, reason, detail):
    verdict = default.check(url)
    assert (verdict.keep, verdict.reason, verdict.detail) == (False, reason, detail)


def test_one_soft_word_and_no_url_pass(default):
    assert default.check("https://en.wikipedia.org/wiki/Sex_education").keep
    assert default.check(None).keep
    assert default.check("").keep
    assert default.keep({"url": None, "text": "x"}).keep


def test_every_rule_switches_off():
    url_filter = UrlFilter(
        ut1=False, banned_words=False, banned_subwords=False, soft_banned_words=False
    )
    for url in (
        "http://anything.xxx/",
        "https://e.com/bukkake",
        "https://e.com/naked/lesbian",
        "https://e.com/free-sex-videos",
    ):
        assert url_filter.check(url).keep, url


def test_url_key_and_parents():
    assert url_key("HTTPS://WWW.Example.com/a/b/?q=1") == "example.com/a/b/?q=1"
    assert url_key("example.com/a/") == "example.com/a"
    assert parent_domains("a.b.c") == ["a.b.c", "b.c", "c"]


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_user_lists_block_and_allow(tmp_path):
    stage = UrlFilterStage(
        ut1=False,
        block_domains=[_write(tmp_path / "bad_domains.txt", ["# comment", "*.Bad.example", ""])],
        block_urls=[_write(tmp_path / "bad_urls.txt", ["https://ok.example/one-page/"])],
        block_regexes=[_write(tmp_path / "bad_regex.txt", [r"/wp-admin/"])],
        allow_domains=[_write(tmp_path / "good.txt", ["fine.bad.example"])],
        allow_urls=[],
        allow_regexes=[_write(tmp_path / "good_regex.txt", [r"^https://ok\.example/sex/"])],
    )
    stage.setup()
    cases = {
        "http://shop.bad.example/x": (
            "domain:bad_domains.txt",
            "bad.example (host shop.bad.example)",
        ),
        "http://ok.example/one-page": ("url:bad_urls.txt", "ok.example/one-page"),
        "http://ok.example/wp-admin/x": ("regex:bad_regex.txt", "/wp-admin/"),
        "http://ok.example/naked/lesbian": ("soft_banned_words:datatrove", "lesbian,naked"),
    }
    for url, (reason, detail) in cases.items():
        verdict = stage.check(url)
        assert (verdict.keep, verdict.reason, verdict.detail) == (False, reason, detail), url
    assert stage.check("http://fine.bad.example/x").keep  # allow-listed subdomain
    assert stage.check("https://ok.example/sex/naked/lesbian").keep  # allow regex beats words
    assert stage.check("http://ok.example/other").keep


def test_bad_list_files_fail_before_the_run(tmp_path):
    bad = _write(tmp_path / "rx.txt", ["ok", "(unclosed"])
    with pytest.raises(ConfigError, match=r"rx.txt line 2: bad regex"):
        UrlFilterStage.check_run({"block_regexes": [bad]})
    with pytest.raises(ConfigError, match="url_filter"):
        UrlFilterStage.check_run({"block_domains": [str(tmp_path / "missing.txt")]})


@pytest.fixture(scope="module")
def blocked_host(tmp_path_factory) -> tuple[Path, str]:
    host = url_key(response_urls(WARC)[0]).split("/", 1)[0]
    directory = tmp_path_factory.mktemp("lists")
    return Path(_write(directory / "hosts.txt", [host])), host


def _run(tmp_path: Path, blocked: Path, mode: str) -> Path:
    config = parse_config(
        {
            "inputs": [{"path": str(WARC), "format": "warc", "source": "crawl"}],
            "output": str(tmp_path / "out"),
            "mode": mode,
            "stages": {
                "url_filter": {"block_domains": [str(blocked)]},
                **{
                    name: {"enabled": False}
                    for name in ("langid", "quality", "toxicity", "pii", "exact_dedup", "minhash")
                },
            },
        }
    )
    run(config, [])
    return tmp_path / "out"


def test_reader_rejects_blocked_pages_before_extraction(tmp_path, blocked_host, monkeypatch):
    blocked, host = blocked_host
    from filters.extract import HtmlExtractor

    extracted: list[str | None] = []
    original = HtmlExtractor.extract

    def spy(self, payload, charset, url):
        extracted.append(url)
        return original(self, payload, charset, url)

    monkeypatch.setattr(HtmlExtractor, "extract", spy)
    out = _run(tmp_path, blocked, "filter")
    rejects = pq.read_table(out / "rejects").to_pylist()
    mine = [r for r in rejects if r["stage"] == "url_filter"]
    assert mine and all(r["reason"] == "domain:hosts.txt" for r in mine)
    assert all(host in r["url"] and r["source"] == "crawl" for r in mine)
    assert not any(host in (url or "") for url in extracted)  # never extracted
    assert extracted  # the other pages were
    funnel = [row["stage"] for row in json.loads((out / "report.json").read_text())["funnel"]]
    assert funnel[:2] == ["read", "url_filter"]


def test_annotate_mode_extracts_and_records_the_verdict(tmp_path, blocked_host):
    blocked, host = blocked_host
    out = _run(tmp_path, blocked, "annotate")
    rows = pq.read_table(out / "data").to_pylist()
    marked = [r for r in rows if "url_filter:domain:hosts.txt" in r["verdicts"]]
    assert marked and all(host in r["url"] and r["text"] for r in marked)
