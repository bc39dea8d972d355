"""A small learned line classifier that drops boilerplate lines from resiliparse's output.

resiliparse's main-content heuristics keep most of what trafilatura drops (navigation, bylines,
share prompts, related-article lists), but line by line: every output line is one block of the
page. Which of those lines are boilerplate is predictable from cheap signals: length, sentence
punctuation, digits and capitals, whether the line is exactly the text of a link on the page,
the same signals for its neighbours (boilerplate comes in runs), its position and a few
multilingual boilerplate words. A boosted ensemble of depth-3 trees over these features, trained
by ``scripts/train_boilerplate.py`` on the labelled lines of trafilatura's evaluation pages, is
stored as plain numbers in ``filters/models/boilerplate_lines.json`` and evaluated with numpy
(docs/extract.md has the cross-validated figures).

Everything here is per-page Python/numpy on the already extracted text (plus one regex pass over
the HTML for link texts): about 2 ms a page on top of resiliparse's ~2.6 ms (decoding included),
so the ``learned`` extractor still runs at ~5x trafilatura's speed.
"""

from __future__ import annotations

import functools
import html as html_lib
import json
import math
import re
from pathlib import Path
from typing import Any

import numpy as np

from filters.text_lines import SENTENCE_END

MODEL_PATH = Path(__file__).resolve().parent / "models" / "boilerplate_lines.json"

# Words that mark navigation, sharing, legal and comment blocks in the set's languages (mostly
# de/en, some fr/es/pl), matched anywhere in the lower-cased first _PREFIX characters of a line.
_KEYWORD_LIST = [
    *("cookie", "copyright", "©", "impressum", "datenschutz", "newsletter", "share", "teilen"),
    *("kommentar", "comment", "login", "anmelden", "registr", "weiterlesen", "tag:", "tags:"),
    *("kategorie", "categor", "posted", "veröffentlicht", "facebook", "twitter", "whatsapp"),
    *("drucken", "print", "startseite", "kontakt", "contact", "menü", "menu", "suche", "search"),
    *("related", "ähnliche", "zurück", "back", "next", "weiter", "previous", "vorherige"),
    *("nächste", "more", "abonn", "subscribe", "rss", "home", "e-mail", "email", "agb", "faq"),
    *("hilfe", "help", "autor", "author", "read more", "mehr zum", "all rights", "alle rechte"),
    *("von ", "by "),
]


def _trie_alternation(words: list[str]) -> str:
    """One regex alternation factored by common prefixes ("co(?:mment|okie)").

    Python's re tries the branches of an alternation one after the other at every position;
    factored, a position costs a few first-character tests instead of one per word (a plain
    alternation of these words cost ~2 ms a page with re.I, ~0.2 ms lower-cased, this ~0.1 ms).
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


_KEYWORDS = re.compile(_trie_alternation(_KEYWORD_LIST))
_PREFIX = 120
# Unrolled ("[^<]*(?:<(?!...)[^<]*)*") rather than a lazy ".*?": half the time on real pages.
# Possessive ("*+": no backtracking state kept): a match ends at the first "</a>" after its start
# tag whatever the quantifiers give back, so they find the same links, in ~0.6x the time.
_ANCHOR = re.compile(r"<[aA][\s>][^>]*+>([^<]*+(?:<(?!/[aA]>)[^<]*+)*+)</[aA]>")
_TAG = re.compile(r"<[^>]*>")
_BLOCK = 4096  # rows scored at once by TreeEnsemble.log_odds
_LIST_MARK = re.compile(r"^\s*(?:•|\d+\.)\s*")

FEATURES = (
    "log_chars",
    "log_words",
    "ends_like_sentence",
    "digit_share",
    "upper_share",
    "indented",
    "commas_per_word",
    "periods_per_word",
    "relative_position",
    "log_lines_before",
    "log_lines_after",
    "char_position",
    "ctx2_sentence_share",
    "ctx2_log_words",
    "ctx6_sentence_share",
    "ctx6_log_words",
    "prev_log_chars",
    "prev_ends_like_sentence",
    "next_log_chars",
    "next_ends_like_sentence",
    "page_sentence_share",
    "page_log_lines",
    "is_link_text",
    "ctx2_link_text_share",
    "ctx6_link_text_share",
    "keywords",
    "page_link_text_share",
)


def link_texts(page: str) -> set[str]:
    """The visible texts of the page's ``<a>`` elements, white space collapsed.

    A regex rather than the DOM: reading an element's text through resiliparse's Python API
    costs about a millisecond per element, this costs well under one per page.
    """
    texts = set()
    for inner in set(_ANCHOR.findall(page)):  # menus repeat: each distinct one once
        if "<" in inner:
            inner = _TAG.sub(" ", inner)
        if "&" in inner:
            inner = html_lib.unescape(inner)
        text = " ".join(inner.split())
        if text:
            texts.add(text)
    return texts


def portable_log1p(values: np.ndarray) -> np.ndarray:
    """``log(1 + x)`` of each element by the C library's ``log1p``, not numpy's.

    numpy picks its float64 log/exp kernels by CPU (AVX-512 or not), and the two disagree in the
    last bit of some results. Features are compared with thresholds that are themselves feature
    values of the training lines, so both must be the same numbers on every machine: for the
    model file to rebuild byte for byte and for a page to keep the same lines on every worker
    of a mixed cluster.
    """
    return np.fromiter(map(math.log1p, values.tolist()), dtype=np.float64, count=len(values))


def _exp(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def portable_sigmoid(scores: np.ndarray) -> np.ndarray:
    """``1 / (1 + exp(-score))`` of each element, with the C library's ``exp`` (see
    ``portable_log1p``)."""
    exps = np.fromiter(map(_exp, (-scores).tolist()), dtype=np.float64, count=len(scores))
    return 1.0 / (1.0 + exps)


def _window_means(columns: np.ndarray, ks: tuple[int, ...]) -> list[np.ndarray]:
    """Per k: mean of each column over the k lines either side of each line, the line itself
    excluded (one running sum serves every k)."""
    n = len(columns)
    index = np.arange(n)
    sums = np.vstack((np.zeros((1, columns.shape[1])), np.cumsum(columns, axis=0)))
    means = []
    for k in ks:
        low, high = np.maximum(index - k, 0), np.minimum(index + k + 1, n)
        means.append((sums[high] - sums[low] - columns) / np.maximum(high - low - 1, 1)[:, None])
    return means


# log1p of the small counts most features take it of (characters, words, line numbers), looked up
# instead of computed element by element: the same C-library values as ``portable_log1p``.
_LOG1P_COUNTS = np.array([math.log1p(k) for k in range(4096)])


def _log1p_counts(values: np.ndarray) -> np.ndarray:
    """``portable_log1p`` of non-negative whole numbers (as floats)."""
    if len(values) and values.max() < len(_LOG1P_COUNTS):
        return _LOG1P_COUNTS[values.astype(np.intp)]
    return portable_log1p(values)


def _may_start_with_list_mark(line: str) -> bool:
    """Whether ``_LIST_MARK`` can match a stripped line: it starts with "•" or a ``\\d``."""
    return line[:1] == "•" or line[:1].isdecimal()


def _link_key(line: str) -> str:
    """A stripped line as ``link_texts`` writes a link's text: list mark off, white space
    collapsed (the list-mark regex only runs where the line can start with one)."""
    if _may_start_with_list_mark(line):
        line = _LIST_MARK.sub("", line)
    return " ".join(line.split())


def _code_point_classes() -> np.ndarray:
    """Bit flags per code point (index min(code, 0x500)): see ``_char_counts``."""
    code = np.arange(0x501)
    upper = (
        ((code >= 65) & (code <= 90))
        | ((code >= 0xC0) & (code <= 0xDE) & (code != 0xD7))
        | ((code >= 0x391) & (code <= 0x3A9))
        | ((code >= 0x400) & (code <= 0x42F))
    )
    letter = upper | ((code >= 97) & (code <= 122)) | ((code >= 0xDF) & (code != 0xF7))
    space = (code == 32) | (code == 10) | (code == 9) | (code == 0xA0)
    # str.isspace() (what str.split() splits at); every code point from U+0500 on may be one
    may_be_space = np.array([chr(c).isspace() for c in range(0x500)] + [True])
    flags = (
        (code >= 48) & (code <= 57),
        upper,
        letter,
        code == 44,
        code == 46,
        space,
        may_be_space,
    )
    return sum((f.astype(np.uint8) << (7 - bit) for bit, f in enumerate(flags)), np.uint8(0))


_CLASSES = _code_point_classes()


def _char_counts(lines: list[str]) -> np.ndarray:
    """Per line: digits, upper-case letters, letters, commas, periods, words (columns 0-5), and
    characters that may be white space (column 6; with the newline after the line).

    Counted over code points with numpy in one pass over the joined text (a table lookup, the
    flag bits unpacked, one segmented sum): per-line regexes cost more than all the other
    features together. Letters and capitals are Latin, Greek and Cyrillic by code point range;
    code points from U+0500 on count as letters without case.
    """
    text = "\n".join(lines)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bits = np.unpackbits(_CLASSES[np.minimum(codes, 0x500)][:, None], axis=1)
    space = bits[:, 5].astype(bool)
    bits[:, 5] = ~space & np.concatenate(([True], space[:-1]))  # a word starts here
    starts = np.cumsum([0] + [len(line) + 1 for line in lines[:-1]])
    return np.add.reduceat(bits[:, :7], starts, axis=0, dtype=np.int64).astype(np.float64)


def line_features(lines: list[str], anchors: set[str]) -> np.ndarray:
    """The feature matrix (one row per line, columns as ``FEATURES``) of a page's lines.

    Filled column by column into one array: a page has ~40 lines, so numpy's per-call cost,
    not the arithmetic, is most of the time here.
    """
    n = len(lines)
    counts = _char_counts(lines)
    stripped = [line.strip() for line in lines]
    chars = np.array([len(s) for s in stripped], dtype=np.float64)
    words = counts[:, 5]
    ends = np.array([s.endswith(SENTENCE_END) for s in stripped], dtype=np.float64)
    heads = [s[:_PREFIX] for s in stripped]
    line_starts = np.cumsum([0] + [len(h) + 1 for h in heads[:-1]])
    found = [m.start() for m in _KEYWORDS.finditer("\n".join(heads).lower())]
    keywords = np.bincount(np.searchsorted(line_starts, found, side="right") - 1, minlength=n)
    is_link = np.zeros(n)
    if anchors:
        # A line's link key keeps every character that is not white space (after a list mark):
        # lines with more such characters than the longest link text skip building their key.
        longest = max(map(len, anchors))
        solid = (np.array([len(line) for line in lines]) - counts[:, 6]).tolist()
        is_link[:] = [
            (least <= longest or _may_start_with_list_mark(s)) and _link_key(s) in anchors
            for s, least in zip(stripped, solid, strict=True)
        ]
    log_chars, log_words = _log1p_counts(chars), _log1p_counts(words)
    log_index = _log1p_counts(np.arange(n, dtype=np.float64))
    centre = np.cumsum(chars) - chars / 2
    near, far = _window_means(np.column_stack((ends, log_words, is_link)), (2, 6))
    x = np.empty((n, len(FEATURES)))
    x[:, 0] = log_chars
    x[:, 1] = log_words
    x[:, 2] = ends
    x[:, 3] = counts[:, 0] / np.maximum(chars, 1)
    x[:, 4] = counts[:, 1] / np.maximum(counts[:, 2], 1)
    x[:, 5] = [line.startswith(" ") for line in lines]
    x[:, 6] = counts[:, 3] / np.maximum(words, 1)
    x[:, 7] = counts[:, 4] / np.maximum(words, 1)
    x[:, 8] = np.arange(n) / max(n - 1, 1)
    x[:, 9] = log_index
    x[:, 10] = log_index[::-1]  # log1p(n - 1 - index)
    x[:, 11] = centre / max(chars.sum(), 1.0)
    x[:, 12:14] = near[:, :2]
    x[:, 14:16] = far[:, :2]
    x[0, 16], x[1:, 16] = 0.0, log_chars[:-1]
    x[0, 17], x[1:, 17] = 0.0, ends[:-1]
    x[:-1, 18], x[-1, 18] = log_chars[1:], 0.0
    x[:-1, 19], x[-1, 19] = ends[1:], 0.0
    x[:, 20] = ends.mean()
    x[:, 21] = math.log1p(n)
    x[:, 22] = is_link
    x[:, 23] = near[:, 2]
    x[:, 24] = far[:, 2]
    x[:, 25] = np.minimum(keywords, 3)
    x[:, 26] = is_link.mean()
    return x


class TreeEnsemble:
    """Boosted complete binary trees of one depth; node k's children are 2k+1 and 2k+2.

    A split sends a row right when ``x[feature] >= threshold``; a padded node (no useful split
    left) has threshold 1e308, so every row goes left. The score is ``base + sum of leaf
    values``, a log-odds of "main text".
    """

    def __init__(self, model: dict[str, Any]) -> None:
        if model["features"] != list(FEATURES):
            raise ValueError("boilerplate model was trained on other features; retrain it")
        self.depth = int(model["depth"])
        self.base = float(model["base"])
        self.feature = np.array(model["feature"], dtype=np.int64)  # trees x internal nodes
        self.threshold = np.array(model["threshold"], dtype=np.float64)
        self.leaf = np.array(model["leaf"], dtype=np.float64)  # trees x 2**depth
        self.line_threshold = float(model["line_threshold"])
        self.route_threshold = float(model["route_threshold"])
        # the same numbers, flattened for _block: node k of tree t is at t * internal nodes + k
        n_trees, n_internal = self.feature.shape
        self._feature_flat = self.feature.ravel()
        self._threshold_flat = self.threshold.ravel()
        self._leaf_flat = self.leaf.ravel()
        self._node_offset = np.arange(n_trees) * n_internal
        self._leaf_offset = np.arange(n_trees) * self.leaf.shape[1] - (2**self.depth - 1)

    def log_odds(self, x: np.ndarray) -> np.ndarray:
        """One score per row of ``x`` (all trees at once: depth steps of numpy gathers).

        Rows go in blocks so that a page of a million lines needs megabytes, not gigabytes.
        """
        return np.concatenate(
            [self._block(x[start : start + _BLOCK]) for start in range(0, len(x), _BLOCK)]
            or [np.zeros(0)]
        )

    def _block(self, x: np.ndarray) -> np.ndarray:
        # flat 1-d takes with precomputed offsets: half the time of 2-d fancy indexing
        values = np.ascontiguousarray(x).ravel()
        row_offset = (np.arange(len(x)) * x.shape[1])[:, None]
        node = np.zeros((len(x), len(self._node_offset)), dtype=np.int64)
        for _ in range(self.depth):
            split = node + self._node_offset
            value = values.take(self._feature_flat.take(split) + row_offset)
            node = 2 * node + 1 + (value >= self._threshold_flat.take(split))
        return self.base + self._leaf_flat.take(node + self._leaf_offset).sum(axis=1)


@functools.lru_cache(maxsize=8)
def load_model(path: Path = MODEL_PATH) -> TreeEnsemble:
    """A model file, read once per process (the bundled one by default)."""
    return TreeEnsemble(json.loads(path.read_text(encoding="utf-8")))


def keep_probabilities(lines: list[str], page: str, model: TreeEnsemble) -> np.ndarray:
    """P(main text) of each line (lines as resiliparse wrote them, blank ones removed)."""
    if not lines:
        return np.zeros(0)
    scores = model.log_odds(line_features(lines, link_texts(page)))
    return portable_sigmoid(scores)


def uncertainty(lines: list[str], probabilities: np.ndarray) -> float:
    """Character-weighted mean of p(1-p): high when many lines are near the decision boundary.

    The learned cascade sends such pages to trafilatura; 1.0 for a page without lines.
    """
    if not lines:
        return 1.0
    weights = np.array([len(line) for line in lines], dtype=np.float64)
    return float((weights * probabilities * (1.0 - probabilities)).sum() / weights.sum())
