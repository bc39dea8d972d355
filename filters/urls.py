"""URL normalisation and the choice among crawls of one URL (URL dedup, the per-document half).

A crawl archive holds the same page more than once (re-crawls, http and https, with and without
``www.``, tracking parameters appended by the link that led there). URL dedup keeps one record
per normalised URL; ``pipelines/url_dedup.py`` groups the records, this module says what the key
of a record is and which record of a key wins.

The normalisation is deliberately conservative: it only folds differences that do not change
which resource a server returns in practice (RFC 3986 case and percent-encoding rules, default
ports, dot segments, fragments), plus the three that crawls are full of and that users expect
folded: the scheme (http vs https), a leading ``www.`` and well-known tracking parameters. Path
case and trailing slashes are kept: servers do tell those apart.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

DEFAULT_DROP_PARAMS = (
    "utm_*",
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "yclid",
    "igshid",
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# RFC 3986 unreserved characters: percent-encoding them changes nothing.
_SAFE_PATH = "/:@!$&'()*+,;=-._~"
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


class UrlNormaliser:
    """A configured URL normalisation; ``key(url)`` is None for what is not an http(s) URL."""

    def __init__(
        self,
        *,
        ignore_scheme: bool = True,
        ignore_www: bool = True,
        drop_params: Sequence[str] = DEFAULT_DROP_PARAMS,
        sort_query: bool = True,
    ):
        self.ignore_scheme = ignore_scheme
        self.ignore_www = ignore_www
        self.drop_params = tuple(p.lower() for p in drop_params)
        self.sort_query = sort_query

    def key(self, url: str | None) -> str | None:
        if not url:
            return None
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError:
            return None
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").rstrip(".")
        if scheme not in _DEFAULT_PORTS or not host:
            return None
        if self.ignore_www and host.startswith("www."):
            host = host[4:]
        if port is not None and port != _DEFAULT_PORTS[scheme]:
            host = f"{host}:{port}"
        path = _remove_dot_segments(_normalise_escapes(parts.path) or "/")
        query = self._query(parts.query)
        prefix = "" if self.ignore_scheme else f"{scheme}://"
        return f"{prefix}{host}{path}" + (f"?{query}" if query else "")

    def _query(self, query: str) -> str:
        if not query:
            return ""
        pairs = [
            (name, value)
            for name, value in parse_qsl(query, keep_blank_values=True)
            if not any(fnmatch.fnmatchcase(name.lower(), p) for p in self.drop_params)
        ]
        if self.sort_query:
            pairs.sort()
        return urlencode(pairs, quote_via=quote, safe=_SAFE_PATH)


def _normalise_escapes(path: str) -> str:
    """Decode what needs no escaping, escape what does, upper-case the hex (RFC 3986 6.2.2)."""
    if "%" not in path and path.isascii():
        return path
    return quote(unquote(path), safe=_SAFE_PATH)


def _remove_dot_segments(path: str) -> str:
    """``/a/./b/../c`` → ``/a/c`` (RFC 3986 5.2.4), keeping a trailing slash."""
    if "/." not in path:
        return path
    out: list[str] = []
    segments = path.split("/")
    for segment in segments[1:]:
        if segment == "..":
            if out:
                out.pop()
        elif segment != ".":
            out.append(segment)
    trailing = "/" if segments[-1] in (".", "..") else ""
    return "/" + "/".join(out) + trailing


def crawl_time(date: str | None) -> float | None:
    """Seconds since the epoch of an ISO 8601 date (WARC-Date, JSONL ``date``); None if absent
    or unreadable (such a record counts as the oldest)."""
    if not date:
        return None
    try:
        parsed = datetime.fromisoformat(date.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def crawl_rank(doc_id: str, date: str | None, n_bytes: int, keep: str) -> tuple:
    """Sort key among the records of one URL: the smallest wins. ``newest``: latest crawl date,
    then longest text; ``longest``: longest text, then latest date. The id breaks ties, so the
    choice never depends on input order."""
    when = crawl_time(date)
    newest = (when is None, -(when or 0.0))
    longest = -int(n_bytes or 0)
    if keep == "longest":
        return (longest, *newest, doc_id)
    return (*newest, longest, doc_id)
