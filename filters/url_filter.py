"""URL filtering: block-lists, allow-lists, the UT1 lists and banned words in URLs.

The rules are those FineWeb and RefinedWeb apply before anything else (datatrove's ``URLFilter``
was read to learn them; this is our own code): a page is dropped when its host or one of its
parent domains is on a domain block-list, when the URL itself is on a URL block-list, when a
block-list regex matches it, when one of its words (split on non-alphanumerics) is a banned
word, when it holds at least ``soft_word_threshold`` "soft" banned words, or when a banned
sub-word occurs anywhere in its letters and digits run together (``freesexvideos``). An
allow-list match (domain, URL or regex) passes the URL whatever the block rules say. A record
without a URL (a Wikipedia page, most JSONL) passes.

Lists are held as sorted 64-bit hashes (xxh3), not as Python strings: the UT1 list that datatrove
ships has 4.56 million domains, 36 MB as hashes against ~500 MB as a ``set`` of ``str``, and a
lookup of a URL's few candidate domains is one ``searchsorted``. A false match needs a hash
collision (~4.6·10⁶ / 2⁶⁴ per lookup). Unlike datatrove, which checks only the registered domain
and the full host, every parent domain is checked (``a.b.example.com``, ``b.example.com``,
``example.com``, ``com``): a block-listed domain blocks its subdomains, and UT1's whole-TLD
entries (``xxx``, ``sex``, ``porn``, ``adult``) take effect. UT1's URL entries have no scheme,
so URLs are compared as ``host/path?query`` without scheme, ``www.`` or a trailing slash.
"""

from __future__ import annotations

import functools
import io
import re
import tarfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import numpy as np
import xxhash

from filters import disk_cache
from filters.base import KEEP, DocFilter, Record, Verdict

STAGE = "url_filter"
UT1 = "ut1"
WORD_LISTS = "datatrove"  # the word lists' name in reasons
_UT1_ARCHIVE = "url_filterblacklistsv0_3_0.tar.gz"
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_CHUNK = 1 << 23
_INDEX_PREFIX = "ut1-"  # the cached index's file name: this, a digest, .npy


_hash = xxhash.xxh3_64_intdigest  # str is hashed as its UTF-8 bytes


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (``np.unique`` takes 8 s on UT1's 4.6 M hashes, this 0.1 s)."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if values.size else values


def hash_lines(stream: IO[bytes], clean=None) -> np.ndarray:
    """Sorted unique hashes of a stream's lines, read in chunks (bounded memory).

    ``clean`` maps a decoded line to the string to hash (or None to skip it); without it, raw
    lines are hashed as they are, which is what the machine-written UT1 files need (lowercase,
    no comments) and is 5x faster.
    """
    parts, rest = [], b""
    while chunk := stream.read(_CHUNK):
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        parts.append(_hash_many(lines, clean))
    parts.append(_hash_many([rest], clean))
    return sorted_unique(np.concatenate(parts))


def _hash_many(lines: list[bytes], clean) -> np.ndarray:
    if clean is None:
        return np.fromiter(map(_hash, filter(None, lines)), np.uint64)
    cleaned = (clean(line.decode("utf-8", "replace")) for line in lines)
    return np.fromiter((_hash(text) for text in cleaned if text), np.uint64)


def clean_domain(line: str) -> str | None:
    """A block-list line as a bare lowercase domain: ``*.Example.com.`` → ``example.com``."""
    line = line.split("#", 1)[0].strip().lower()
    if "://" in line:
        line = urlsplit(line).hostname or ""
    return line.strip(".").removeprefix("*.").removeprefix("www.") or None


def url_key(url: str) -> str | None:
    """How URLs are compared: ``host/path?query``; lowercase host; no scheme, ``www.``, final /."""
    try:
        parts = urlsplit(url.strip() if "://" in url else "//" + url.strip())
        host = (parts.hostname or "").strip(".")
    except ValueError:
        return None
    if not host:
        return None
    key = host.removeprefix("www.") + parts.path
    if parts.query:
        key += "?" + parts.query
    return key.rstrip("/")


def clean_url(line: str) -> str | None:
    line = line.strip()
    return None if not line or line.startswith("#") else url_key(line)


def parent_domains(host: str) -> list[str]:
    """``a.b.example.com`` → itself, ``b.example.com``, ``example.com``, ``com``."""
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


@dataclass
class HashedList:
    """One named list as sorted hashes."""

    name: str
    hashes: np.ndarray

    def first_match(self, keys: list[str]) -> str | None:
        """The first of ``keys`` on the list, or None."""
        if not keys or not self.hashes.size:
            return None
        values = np.array([_hash(key) for key in keys], dtype=np.uint64)
        at = np.minimum(self.hashes.searchsorted(values), self.hashes.size - 1)
        for key, hit in zip(keys, (self.hashes[at] == values).tolist(), strict=True):
            if hit:
                return key
        return None


def _hash_ut1(archive: bytes) -> np.ndarray:
    """UT1's index from its archive: ``[n_domains, n_urls, *domains, *urls]``, sorted hashes."""
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
        hashed = {}
        for member in ("domains", "urls"):
            with tar.extractfile(member) as stream:
                hashed[member] = hash_lines(stream, None if member == "domains" else clean_url)
    return _join_index(hashed["domains"], hashed["urls"])


def _join_index(domains: np.ndarray, urls: np.ndarray) -> np.ndarray:
    """Two sorted hash lists as one index array: ``[n_domains, n_urls, *domains, *urls]``."""
    sizes = np.array([domains.size, urls.size], dtype=np.uint64)
    return np.concatenate([sizes, domains, urls])


def _split_index(index: np.ndarray) -> tuple[HashedList, HashedList] | None:
    """The two lists of an index (views, no copy), or None if it is not a whole index."""
    if index.dtype != np.uint64 or index.ndim != 1 or index.size < 2:
        return None
    domains, urls = int(index[0]), int(index[1])
    if index.size != 2 + domains + urls:
        return None
    return HashedList(UT1, index[2 : 2 + domains]), HashedList(UT1, index[2 + domains :])


def _cached_index(name: str) -> tuple[HashedList, HashedList] | None:
    """The machine's cached index ``name``, mapped; None when absent, unwritable or damaged."""
    index = disk_cache.load(name)
    return None if index is None else _split_index(index)


def ut1_index_name(archive: bytes) -> str:
    """The cached index's file name: a digest of the archive and of this module's source (the
    rules that decide what is hashed), so a new list or a changed rule is never served stale."""
    digest = xxhash.xxh3_128(archive)
    digest.update(Path(__file__).read_bytes())
    return f"{_INDEX_PREFIX}{digest.hexdigest()}.npy"


def load_ut1_index(archive: bytes) -> tuple[HashedList, HashedList]:
    """UT1's hashed lists for ``archive`` (a UT1 ``.tar.gz``'s bytes): memory-mapped from the
    machine's cache (``filters.disk_cache``), hashed and cached there on first use."""
    name = ut1_index_name(archive)
    if (lists := _cached_index(name)) is not None:
        return lists
    index = _hash_ut1(archive)
    disk_cache.store(name, disk_cache.array_bytes(index), replaces=_INDEX_PREFIX)
    return _cached_index(name) or _split_index(index)  # type: ignore[return-value]


def ut1_archive() -> bytes:
    """The UT1 archive datatrove's installed package ships (18 MB; no download)."""
    return resources.files("datatrove").joinpath("assets", _UT1_ARCHIVE).read_bytes()


@functools.cache
def installed_ut1_index_name() -> str:
    """``ut1_index_name`` of the archive datatrove ships: its 18 MB read and digested once per
    process (the launcher needs the name for the job as well as the lists)."""
    return ut1_index_name(ut1_archive())


@functools.cache
def ut1_lists() -> tuple[HashedList, HashedList]:
    """UT1's domain and URL lists, once per process: ~0.03 s from the machine's cache, ~2.5 s
    the first time (the archive is 18 MB, 124 MB unpacked)."""
    return _cached_index(installed_ut1_index_name()) or load_ut1_index(ut1_archive())


def ut1_to_bytes(lists: tuple[HashedList, HashedList]) -> bytes:
    """UT1's hashed lists as one ``.npy`` index (36 MB), the form the cache holds."""
    return disk_cache.array_bytes(_join_index(lists[0].hashes, lists[1].hashes))


def ut1_from_bytes(data: bytes) -> tuple[HashedList, HashedList]:
    lists = _split_index(np.load(io.BytesIO(data), allow_pickle=False))
    if lists is None:
        raise ValueError("not a UT1 index")
    return lists


def ut1_from_launcher(name: str, fetch: Callable[[], bytes]) -> tuple[HashedList, HashedList]:
    """The index the launcher built, by its name: from this machine's cache when it holds it
    (the launcher's own machine always does), else ``fetch``ed once and cached for the next
    worker here."""
    if (lists := _cached_index(name)) is not None:
        return lists
    data = fetch()
    disk_cache.store(name, data, replaces=_INDEX_PREFIX)
    return _cached_index(name) or ut1_from_bytes(data)


def _datatrove_words(name: str) -> frozenset[str]:
    """A datatrove word list, as its URL filter reads it: # lines off, non-alphanumerics out."""
    text = resources.files("datatrove").joinpath("assets", name).read_text(encoding="utf-8")
    words = (_NON_ALNUM.sub("", line.lower()) for line in text.splitlines() if line[:1] != "#")
    return frozenset(word for word in words if word)


_PREFIX = 3  # the shortest banned sub-word has this many characters


def _by_prefix(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Sub-words by their first characters: a URL's letters are scanned once, position by
    position, instead of once per sub-word (4x faster on 135 sub-words)."""
    table: dict[str, list[str]] = {}
    for word in sorted(words):
        if len(word) < _PREFIX:
            raise ValueError(f"banned sub-word {word!r} is shorter than {_PREFIX} characters")
        table.setdefault(word[:_PREFIX], []).append(word)
    return {prefix: tuple(found) for prefix, found in table.items()}


@dataclass
class UserLists:
    """The lists a user configured, by kind, each already hashed or compiled."""

    block_domains: list[HashedList] = field(default_factory=list)
    block_urls: list[HashedList] = field(default_factory=list)
    block_regexes: list[tuple[str, list[re.Pattern]]] = field(default_factory=list)
    allow_domains: list[HashedList] = field(default_factory=list)
    allow_urls: list[HashedList] = field(default_factory=list)
    allow_regexes: list[tuple[str, list[re.Pattern]]] = field(default_factory=list)


def compile_regexes(name: str, lines: Iterable[str]) -> tuple[str, list[re.Pattern]]:
    """A regex list file: one pattern per line, # comments; a bad pattern names its line."""
    patterns = []
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            patterns.append(re.compile(line))
        except re.error as exc:
            raise ValueError(f"{name} line {number}: bad regex {line!r}: {exc}") from None
    return name, patterns


class UrlFilter(DocFilter):
    """Decide on a URL from the lists; ``check`` is the reader's hook, ``keep`` the stage's.

    Reasons name the rule and the list (``domain:ut1``, ``url:my_list.txt``,
    ``banned_word:datatrove``); the detail names what matched.
    """

    name = STAGE

    def __init__(
        self,
        *,
        ut1: bool = True,
        banned_words: bool = True,
        banned_subwords: bool = True,
        soft_banned_words: bool = True,
        soft_word_threshold: int = 2,
        lists: UserLists | None = None,
    ):
        self.ut1 = ut1
        self.use_banned_words = banned_words
        self.use_banned_subwords = banned_subwords
        self.use_soft_words = soft_banned_words
        self.soft_word_threshold = soft_word_threshold
        self.lists = lists
        self._ready = False

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.update(_ready=False, _domains=None, _urls=None)  # rebuilt per worker in setup
        return state

    def load_lists(self) -> UserLists:
        """The user's lists; the pipeline's subclass reads them from files."""
        return self.lists or UserLists()

    def load_ut1(self) -> tuple[HashedList, HashedList]:
        """UT1's lists; the pipeline's subclass loads the copy its launcher hashed."""
        return ut1_lists()

    def setup(self) -> None:
        if self._ready:
            return
        self.lists = self.load_lists()
        ut1_domains, ut1_urls = self.load_ut1() if self.ut1 else (None, None)
        self._domains = [x for x in (ut1_domains, *self.lists.block_domains) if x is not None]
        self._urls = [x for x in (ut1_urls, *self.lists.block_urls) if x is not None]
        self._banned = _datatrove_words("banned_words.txt") if self.use_banned_words else set()
        self._soft = _datatrove_words("soft_banned_words.txt") if self.use_soft_words else set()
        self._subwords = _by_prefix(
            _datatrove_words("banned_subwords.txt") if self.use_banned_subwords else ()
        )
        self._ready = True

    def check(self, url: str | None) -> Verdict:
        """The verdict on one URL (KEEP when there is none or it cannot be parsed)."""
        self.setup()
        if not url:
            return KEEP
        key = url_key(url)
        if key is None:
            return KEEP
        host = key.split("/", 1)[0].split("?", 1)[0]
        domains = parent_domains(host)
        keys = [key, key.split("?", 1)[0]] if "?" in key else [key]
        lists = self.lists
        if (
            any(allowed.first_match(domains) for allowed in lists.allow_domains)
            or any(allowed.first_match(keys) for allowed in lists.allow_urls)
            or any(p.search(url) for _, patterns in lists.allow_regexes for p in patterns)
        ):
            return KEEP
        for blocked in self._domains:
            if (match := blocked.first_match(domains)) is not None:
                return Verdict(False, f"domain:{blocked.name}", detail=f"{match} (host {host})")
        for blocked in self._urls:
            if (match := blocked.first_match(keys)) is not None:
                return Verdict(False, f"url:{blocked.name}", detail=match)
        for name, patterns in lists.block_regexes:
            for pattern in patterns:
                if pattern.search(url):
                    return Verdict(False, f"regex:{name}", detail=pattern.pattern)
        return self._check_words(url.lower())

    def _check_words(self, url: str) -> Verdict:
        words = set(_NON_ALNUM.split(url))
        if banned := sorted(words & self._banned):
            return Verdict(False, f"banned_word:{WORD_LISTS}", detail=banned[0])
        soft = sorted(words & self._soft)
        if self._soft and len(soft) >= self.soft_word_threshold:
            return Verdict(
                False, f"soft_banned_words:{WORD_LISTS}", score=len(soft), detail=",".join(soft)
            )
        if self._subwords:
            letters = _NON_ALNUM.sub("", url)
            for at in range(len(letters) - _PREFIX + 1):
                for subword in self._subwords.get(letters[at : at + _PREFIX], ()):
                    if letters.startswith(subword, at):
                        return Verdict(False, f"banned_subword:{WORD_LISTS}", detail=subword)
        return KEEP

    def keep(self, doc: Record) -> Verdict:
        return self.check(doc.get("url"))


def hashed_list(name: str, kind: str, lines: Iterable[str]) -> HashedList:
    """A user's domain or URL list from its lines."""
    clean = clean_domain if kind == "domains" else clean_url
    values = [value for value in map(clean, lines) if value]
    hashes = sorted_unique(np.fromiter(map(_hash, values), np.uint64, len(values)))
    return HashedList(name, hashes)


def user_lists(files: Mapping[str, list[tuple[str, Iterable[str]]]]) -> UserLists:
    """``{"block_domains": [(name, lines), ...], ...}`` → UserLists."""
    lists = UserLists()
    for kind, named in files.items():
        for name, lines in named:
            if kind.endswith("regexes"):
                getattr(lists, kind).append(compile_regexes(name, lines))
            else:
                getattr(lists, kind).append(hashed_list(name, kind.split("_", 1)[1], lines))
    return lists
