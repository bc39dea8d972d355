"""UT1's hashed index cached on disk (filters.disk_cache): same decisions as hashing the lists,
a new index when the list or the hashing code changes, whole files only, and a worker that maps
the launcher's index instead of hashing or reading it again."""

from __future__ import annotations

import io
import tarfile

import numpy as np
import pytest

from filters import disk_cache
from filters.url_filter import (
    UrlFilter,
    clean_url,
    hash_lines,
    load_ut1_index,
    ut1_from_launcher,
    ut1_index_name,
    ut1_to_bytes,
)
from tests.test_url_filter import ut1_entries


def archive(domains: list[str], urls: list[str]) -> bytes:
    """A UT1-format archive (members ``domains`` and ``urls``) of real UT1 entries."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, lines in (("domains", domains), ("urls", urls)):
            data = ("\n".join(lines) + "\n").encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def entries() -> tuple[list[str], list[str]]:
    return ut1_entries("domains", every=20_000), ut1_entries("urls", every=200)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


class Listed(UrlFilter):
    """The URL filter over a given UT1 index (as the pipeline's stage loads the launcher's)."""

    def __init__(self, lists):
        super().__init__()
        self._ut1 = lists

    def load_ut1(self):
        return self._ut1


def verdicts(lists, domains: list[str], urls: list[str]) -> list[tuple]:
    url_filter = Listed(lists)
    probes = [f"https://www.{d}/x" for d in domains] + [f"http://{u}" for u in urls]
    probes += ["https://example.org/", "https://en.wikipedia.org/wiki/Hash"]
    return [tuple(url_filter.check(url)) for url in probes]


def test_cached_index_decides_as_the_hashed_lists(cache, entries):
    domains, urls = entries
    data = archive(domains, urls)
    built = load_ut1_index(data)  # hashed now, written to the cache
    files = list(cache.iterdir())
    assert [f.name for f in files] == [ut1_index_name(data)]
    mapped = load_ut1_index(data)  # from the file
    assert isinstance(mapped[0].hashes, np.memmap) and isinstance(mapped[1].hashes, np.memmap)
    direct_domains = hash_lines(io.BytesIO(("\n".join(domains) + "\n").encode()))
    direct_urls = hash_lines(io.BytesIO("\n".join(urls).encode()), clean_url)
    for lists in (built, mapped):
        assert np.array_equal(lists[0].hashes, direct_domains)
        assert np.array_equal(lists[1].hashes, direct_urls)
    decided = verdicts(mapped, domains, urls)
    assert decided == verdicts(built, domains, urls)
    assert sum(not keep for keep, *_ in decided) >= len(domains) + len(urls) - 2


def test_a_changed_list_gets_its_own_index(cache, entries):
    domains, urls = entries
    before, after = archive(domains[1:], urls), archive(domains, urls)
    assert ut1_index_name(before) != ut1_index_name(after)
    old, new = load_ut1_index(before), load_ut1_index(after)
    probe = f"https://{domains[0]}/"
    assert Listed(old).check(probe).keep
    assert not Listed(new).check(probe).keep
    # the older index is deleted; a process that still maps it keeps its pages
    assert [f.name for f in cache.iterdir()] == [ut1_index_name(after)]
    assert Listed(old).check(probe).keep and not Listed(old).check(f"https://{domains[1]}").keep


def test_a_damaged_cache_file_is_rebuilt_and_files_are_written_whole(cache, entries):
    domains, urls = entries
    data = archive(domains, urls)
    good = [np.array(hashed.hashes) for hashed in load_ut1_index(data)]  # copies: the test
    # damages the file in place, which the cache itself never does (it replaces files whole)
    path = cache / ut1_index_name(data)
    whole = path.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"not an index", whole[:-8]):
        path.write_bytes(damaged)
        again = load_ut1_index(data)
        assert np.array_equal(again[0].hashes, good[0])
        assert np.array_equal(again[1].hashes, good[1])
        assert path.read_bytes() == whole
    assert [f.name for f in cache.iterdir()] == [path.name]  # no temporary file left behind


def test_worker_maps_the_launchers_index_and_fetches_it_once(cache, entries, tmp_path):
    domains, urls = entries
    data = archive(domains, urls)
    with pytest.MonkeyPatch.context() as patch:  # the launcher's machine: another cache
        patch.setenv(disk_cache.CACHE_ENV, str(tmp_path / "launcher"))
        launcher = load_ut1_index(data)
    name, shipped = ut1_index_name(data), ut1_to_bytes(launcher)
    fetched = []

    def fetch() -> bytes:
        fetched.append(1)
        return shipped

    first = ut1_from_launcher(name, fetch)
    second = ut1_from_launcher(name, fetch)
    assert len(fetched) == 1 and isinstance(second[0].hashes, np.memmap)
    for lists in (first, second):
        assert np.array_equal(lists[0].hashes, launcher[0].hashes)
        assert np.array_equal(lists[1].hashes, launcher[1].hashes)


def test_an_unwritable_cache_still_gives_the_index(tmp_path, monkeypatch, entries):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(blocker / "cache"))
    domains, urls = entries
    lists = load_ut1_index(archive(domains, urls))
    assert not Listed(lists).check(f"https://{domains[0]}/").keep
