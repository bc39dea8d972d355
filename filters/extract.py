"""HTML bytes → main text: trafilatura (precise, slow), resiliparse (fast) or a cascade of both.

The extractors trade quality for speed (snippet F1 0.916 vs 0.842 on trafilatura's labelled set,
~10× apart in CPU time; ``scripts/eval_extract.py``), so the choice is config and all sit behind
one ``extract`` call. The cascade runs resiliparse, trims boilerplate lines at the edges of its
output, and sends only pages whose output still looks like navigation (many lines without
sentence punctuation) to trafilatura. ``learned`` drops the lines of resiliparse's output that a
small bundled line classifier (``filters.boilerplate``) takes for boilerplate: close to
trafilatura's F1 at about five times its speed; ``learned_cascade`` also sends the pages that
model is least sure about (~5%) to trafilatura.

Neither library has a time limit (resiliparse's time grows about quadratically with tag nesting:
0.1 MB of nested divs takes 1.6 s, 0.4 MB 25 s) and signals do not work in Beam's worker threads,
so when a ``timeout_s`` is set each step of an extractor (``run_fast``: resiliparse and the line
model, for pages of more than ``INLINE_MAX_TAGS`` tags; ``run_trafilatura``: always) runs in a
long-lived child process fed through a pipe; a page that
overruns raises ``ExtractionTimeout`` (the reader makes it an ``extraction_timeout`` reject) and
that child is killed and restarted for the next page. Decoding is done here rather than left
to the extractors because web pages lie about their charset: a page declared UTF-8 that is really
cp1252 must not turn into mojibake or an exception, and one bad page must never stop a file.

The object holds only its options; the extractor libraries are imported on first use, so it
pickles cheaply to Beam workers.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import multiprocessing
import re
import subprocess
import threading
from pathlib import Path
from typing import Any, Literal

import numpy as np

from filters import extract_child
from filters.boilerplate import MODEL_PATH, keep_probabilities, load_model, uncertainty
from filters.dependencies import require
from filters.text_lines import trim_edges, unpunctuated_share

ExtractorName = Literal["trafilatura", "resiliparse", "cascade", "learned", "learned_cascade"]
EXTRACTORS = ("trafilatura", "resiliparse", "cascade", "learned", "learned_cascade")
_LEARNED = ("learned", "learned_cascade")

# Where browsers honour the declared label but decode with a superset of it (WHATWG encoding
# spec), a page using the superset's extra characters must still pass the strict decode.
_SUPERSETS = {
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "big5": "big5hkscs",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">; the
# HTML spec only looks at the first 1024 bytes, real pages put long <head>s before it.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_META_WINDOW = 4096

# lxml (under trafilatura) returns nothing for a page holding C0 control characters, and NULs
# become U+FFFD; they never carry text, so they are deleted before parsing. The regex is slow, so
# it only runs on pages whose bytes hold such a character (``has_control_bytes``).
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]+")
_ALLOWED_BELOW_SPACE = (ord("\t"), ord("\n"), ord("\r"))
_LT = ord("<")


def _codec(label: str | None) -> str | None:
    """A Python codec for an HTTP/HTML charset label (WHATWG mapping), or None if unknown."""
    if not label:
        return None
    from resiliparse.parse.encoding import map_encoding_to_html5

    name = map_encoding_to_html5(label.strip().strip("\"'"), fallback_utf8=False)
    if name is None:
        return None
    return _SUPERSETS.get(codecs.lookup(name).name.replace("-", "_"), name)


def meta_charset(html: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its start, if any."""
    match = _META_CHARSET.search(html, 0, _META_WINDOW)
    return match.group(1).decode("ascii") if match else None


def _strict(html: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return html.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(html: bytes, content_type_charset: str | None = None) -> str:
    """Decode a page, trusting only what a strict decode confirms.

    Order: a byte-order mark; then UTF-8 if the bytes are valid UTF-8 (a page in a legacy
    encoding with non-ASCII text is practically never valid UTF-8, while pages declared
    ISO-8859-1 that are really UTF-8 are common); then the HTTP header charset, then the <meta>
    charset, each kept only if the page decodes under it without error; last, uchardet's guess
    with invalid bytes replaced (so a page that is UTF-8 but for one stray byte keeps its
    text). Control characters are removed (see ``_CONTROL_CHARS``).
    """
    text = _decode(html, content_type_charset)
    if has_control_bytes(html):
        text = _CONTROL_CHARS.sub("", text)
    return text


def has_control_bytes(html: bytes) -> bool:
    """Whether ``html`` holds a byte below 0x20 other than tab, LF and CR.

    Counted with numpy: bytes below 0x20 less tabs, LFs and CRs, four vectorised passes that
    copy nothing (~0.03 ms for the replica's mean page of 144 KB, where ``bytes.translate``, which
    copies the page, took ~0.06 ms). Every page pays this check.
    """
    codes = np.frombuffer(html, dtype=np.uint8)
    allowed = sum(int(np.count_nonzero(codes == code)) for code in _ALLOWED_BELOW_SPACE)
    return int(np.count_nonzero(codes < 0x20)) > allowed


def extracted_in_process(html: bytes, page: str) -> bool:
    """Whether the decoded ``page`` of ``html`` has at most ``INLINE_MAX_TAGS`` "<"s.

    The bytes are counted first (numpy, ~0.013 ms for a 144 KB page against ~0.05 ms for
    ``str.count``): every codec ``decode_html`` uses writes "<" as the byte 0x3C, and only
    UTF-16 and ISO-2022-JP use that byte inside other characters too, so the page never has more
    "<"s than its bytes have 0x3C. Only a page over the limit in bytes is counted again in its
    text, so the decision is exactly the text's.
    """
    if int(np.count_nonzero(np.frombuffer(html, dtype=np.uint8) == _LT)) <= INLINE_MAX_TAGS:
        return True
    return page.count("<") <= INLINE_MAX_TAGS


def _decode(html: bytes, content_type_charset: str | None) -> str:
    for bom, codec in _BOMS:
        if html.startswith(bom):
            return html[len(bom) :].decode(codec, "replace")
    text = _strict(html, "utf-8")
    if text is None:
        text = _strict(html, _codec(content_type_charset))
    if text is None:
        text = _strict(html, _codec(meta_charset(html)))
    if text is None:
        # Python's own decoder with replacement, not resiliparse's bytes_to_str: that one falls
        # back to another codec when its guess fails, turning a UTF-8 page with one stray
        # Latin-1 byte in a script comment into mojibake throughout.
        from resiliparse.parse.encoding import detect_encoding

        text = html.decode(_codec(detect_encoding(html)) or "utf-8", "replace")
    return text


class ExtractionTimeout(Exception):
    """A page took longer than the extractor's ``timeout_s``."""


class ExtractorUnavailable(RuntimeError):
    """The extractor cannot run at all (not one page): a library or model fails to load."""


def run_trafilatura(page: str, url: str | None, options: dict[str, Any]) -> str:
    import trafilatura

    return trafilatura.extract(page, url=url, **options) or ""


def resiliparse_lines(page: str, options: dict[str, Any]) -> list[str]:
    """resiliparse's output lines for a decoded page, blank ones removed, nothing trimmed."""
    from resiliparse.extract.html2text import extract_plain_text

    text = extract_plain_text(page, **options)
    return [line for line in text.split("\n") if line.strip()]


def run_fast(page: str, url: str | None, options: dict[str, Any]) -> tuple[str, bool]:
    """Everything but trafilatura for one page: (text, whether trafilatura should do it instead).

    resiliparse for ``resiliparse``/``cascade``, plus the boilerplate model's line filter for
    ``learned``/``learned_cascade``; the cascades only decide whether to route. A module-level
    function of plain options, so that a budgeted child process can run it.
    """
    extractor = options["extractor"]
    lines = resiliparse_lines(page, options["resiliparse"])
    if extractor in _LEARNED:
        model_path = options["boilerplate_model"]
        model = load_model(Path(model_path) if model_path else MODEL_PATH)
        probabilities = keep_probabilities(lines, page, model)
        if extractor == "learned_cascade" and (
            uncertainty(lines, probabilities) >= model.route_threshold
        ):
            return "", True
        keep = probabilities >= model.line_threshold
        lines = [line for line, k in zip(lines, keep, strict=True) if k]
    text = trim_edges("\n".join(lines), options["trim_edge_words"]).strip()
    hard = extractor == "cascade" and unpunctuated_share(text) >= options["cascade_threshold"]
    return text, hard


# resiliparse's time grows with elements × nesting depth, both at most the number of tags: a page
# of 10,000 "<" runs in about a second even when fully nested, so such pages stay in process (the
# real pages have 1,366 tags at the median and take ≤ 46 ms); pages with more tags (~0.3% of real
# ones) go through the budgeted child, whose pipe costs ~0.7 ms a page.
INLINE_MAX_TAGS = 10_000


class _Child:
    """A child process running ``function(page, url, options)`` per page, killed on overrun.

    Started fresh (``filters.extract_child``), not forked: forking a process that runs threads
    (Beam's workers) can copy a held lock into the child and hang it, and multiprocessing's
    ``spawn`` would import the parent's ``__main__`` (Beam's worker) again. The constructor waits
    until the child has imported its libraries, so start-up never counts against a page's budget.
    """

    def __init__(self, function: Any, options: dict[str, Any]) -> None:
        self._conn, child_conn = multiprocessing.Pipe()
        fd = child_conn.fileno()
        self._process = subprocess.Popen(
            extract_child.command(fd), pass_fds=(fd,), stdin=subprocess.DEVNULL
        )
        child_conn.close()
        try:
            self._conn.send((function, options))
            status, detail = self._conn.recv()
        except (EOFError, OSError):
            detail = f"it exited with code {self._process.wait()} before its first page"
            status = "failed"
        except BaseException:  # e.g. a function that does not pickle: no child left behind
            self.close()
            raise
        if status != "ready":
            self.close()
            raise ExtractorUnavailable(f"the extractor's child process cannot start: {detail}")

    def call(self, page: str, url: str | None, timeout_s: float) -> str:
        self._conn.send((page, url))
        if not self._conn.poll(timeout_s):
            raise ExtractionTimeout(f"no result within {timeout_s:g} s")
        status, value = self._conn.recv()
        if status == "error":
            raise RuntimeError(value)
        return value

    def close(self) -> None:
        self._process.kill()
        self._process.wait()
        self._conn.close()


@functools.cache
def check_available(extractor: str, boilerplate_model: str | None = None) -> None:
    """Import the libraries ``extractor`` runs and load its model, once per process.

    Called where an extractor is built (on each worker, before its first file), so a library that
    cannot be imported fails the worker with ``MissingDependency`` naming what to install, instead
    of failing every page it reads.
    """
    needed_for = f"the {extractor!r} HTML extractor"
    require("resiliparse.extract.html2text", needed_for)
    if extractor in ("trafilatura", "cascade", "learned_cascade"):
        require("trafilatura", needed_for)
    if extractor in _LEARNED:
        from filters.boilerplate import MODEL_PATH, load_model

        path = Path(boilerplate_model) if boilerplate_model else MODEL_PATH
        try:
            load_model(path)
        except (OSError, ValueError, KeyError) as exc:
            raise ExtractorUnavailable(f"{needed_for} cannot load its model {path}: {exc}") from exc


class HtmlExtractor:
    """Main-text extraction from one HTML page with a configurable library.

    Options of an extractor that is not used are ignored. ``include_comments`` means the same to
    both libraries (user comment sections count as main text). Defaults follow the measurements
    in docs/extract.md: comments and image alt texts off, because both add text that
    the labelled set marks as boilerplate.

    ``deduplicate`` is off by default on purpose: trafilatura then drops paragraphs it has already
    seen in *earlier pages processed by the same worker process*, so the output would depend on
    how the runner distributes and orders documents, breaking reproducible runs.
    ``no_fallback`` skips trafilatura's comparison with its readability/jusText fallbacks, which
    is most of its run time, at some cost in recall; both cascades always set it, since they exist
    for speed.

    ``trim_edge_words`` (all but trafilatura): leading and trailing lines of at most this many
    words that do not end like a sentence are dropped (0: off). ``cascade_threshold``: the share of
    such lines in resiliparse's trimmed output from which the cascade asks trafilatura instead.
    ``timeout_s``: per-page budget for each of the two steps (None: in process, unbounded).
    ``boilerplate_model`` (learned, learned_cascade): path of a model written by
    ``scripts/train_boilerplate.py`` (None: the bundled one); its file also holds the line and
    routing thresholds.
    """

    def __init__(
        self,
        extractor: ExtractorName = "cascade",
        *,
        favor_precision: bool = False,
        include_comments: bool = False,
        include_tables: bool = True,
        deduplicate: bool = False,
        no_fallback: bool = False,
        main_content: bool = True,
        alt_texts: bool = False,
        links: bool = False,
        list_bullets: bool = True,
        trim_edge_words: int = 10,
        cascade_threshold: float = 0.5,
        timeout_s: float | None = 30.0,
        boilerplate_model: str | None = None,
    ) -> None:
        if extractor not in EXTRACTORS:
            raise ValueError(f"unknown extractor {extractor!r}: use one of {', '.join(EXTRACTORS)}")
        if timeout_s is not None and timeout_s <= 0:
            raise ValueError("timeout_s must be positive or None")
        if boilerplate_model is not None and not Path(boilerplate_model).is_file():
            raise ValueError(f"boilerplate_model {boilerplate_model!r} is not a file")
        check_available(extractor, boilerplate_model)
        self.extractor = extractor
        self.trafilatura_options: dict[str, Any] = {
            "favor_precision": favor_precision,
            "include_comments": include_comments,
            "include_tables": include_tables,
            "deduplicate": deduplicate,
            "no_fallback": no_fallback or extractor in ("cascade", "learned_cascade"),
        }
        self.resiliparse_options: dict[str, Any] = {
            "main_content": main_content,
            "alt_texts": alt_texts,
            "links": links,
            "list_bullets": list_bullets,
            "comments": include_comments,
        }
        self.trim_edge_words = trim_edge_words
        self.cascade_threshold = cascade_threshold
        self.timeout_s = timeout_s
        self.boilerplate_model = boilerplate_model
        self.fast_options: dict[str, Any] = {
            "extractor": extractor,
            "resiliparse": self.resiliparse_options,
            "trim_edge_words": trim_edge_words,
            "cascade_threshold": cascade_threshold,
            "boilerplate_model": boilerplate_model,
        }
        # what the children run; tests swap in slow functions
        self._slow = run_trafilatura
        self._fast = run_fast
        self._children: dict[str, _Child] = {}
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        """Options only: child processes and the lock stay with the process that made them."""
        state = self.__dict__.copy()
        state["_children"] = {}
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def __del__(self) -> None:
        # at interpreter shutdown the modules close() needs may already be gone
        with contextlib.suppress(Exception):
            self.close()

    def close(self) -> None:
        """Stop the child processes, if any run (a later page starts new ones)."""
        children, self._children = getattr(self, "_children", {}), {}
        for child in children.values():
            child.close()

    def extract(
        self, html: bytes, content_type_charset: str | None = None, url: str | None = None
    ) -> str:
        """The page's main text ("" when the extractor finds none).

        Raises ``ExtractionTimeout`` when a step overruns ``timeout_s``.
        """
        page = decode_html(html, content_type_charset)
        if not page.strip():
            return ""
        if self.extractor != "trafilatura":
            if extracted_in_process(html, page):
                text, hard = self._fast(page, url, self.fast_options)
            else:
                text, hard = self._budgeted("fast", self._fast, self.fast_options, page, url)
            if not hard:
                return text
        return self._budgeted("slow", self._slow, self.trafilatura_options, page, url).strip()

    def resiliparse_lines(self, page: str) -> list[str]:
        """resiliparse's output lines for a decoded page with this extractor's options."""
        return resiliparse_lines(page, self.resiliparse_options)

    def _budgeted(
        self, role: str, function: Any, options: dict[str, Any], page: str, url: str | None
    ) -> Any:
        """``function(page, url, options)``, in process without a budget, else in this role's
        child process within ``timeout_s`` (resiliparse's time grows ~quadratically with tag
        nesting, so it needs the budget as much as trafilatura)."""
        if self.timeout_s is None:
            return function(page, url, options)
        with self._lock:
            if role not in self._children:
                self._children[role] = _Child(function, options)
            try:
                return self._children[role].call(page, url, self.timeout_s)
            except (ExtractionTimeout, EOFError, OSError):
                self._children.pop(role).close()  # stuck or dead: the next page gets a fresh one
                raise
