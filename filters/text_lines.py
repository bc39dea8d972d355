"""Lines of extracted page text: which end like a sentence; trimming navigation at the edges.

resiliparse keeps, line by line, much of what trafilatura drops (breadcrumbs, bylines, link lists);
such lines are short and rarely end like a sentence. The cascade extractor (``filters.extract``)
and the boilerplate line model's features (``filters.boilerplate``) both rest on that signal, so
it lives here, apart from both.
"""

from __future__ import annotations

# A line "ends like a sentence" when it ends with one of these; lines that do not are the
# navigation, bylines and link lists that resiliparse keeps and trafilatura drops.
SENTENCE_END = (
    ".",
    "!",
    "?",
    ":",
    ";",
    ")",
    '"',
    "\u201c",
    "\u201d",
    "\u00bb",
    "\u00ab",
    "\u3002",
)
# Edge trimming removes at most this many leading lines (titles live there; footers are longer).
_MAX_LEADING_TRIM = 3


def _is_boilerplate_line(line: str, max_words: int) -> bool:
    line = line.strip()
    return len(line.split()) <= max_words and not line.endswith(SENTENCE_END)


def trim_edges(text: str, max_words: int) -> str:
    """Drop short unpunctuated lines at the start (at most three) and at the end of a text.

    What resiliparse keeps and trafilatura does not is mostly there: breadcrumbs, dates and
    "Share"/"Kontakt" links before the article, "Mehr zum Thema" and newsletter prompts after it.
    Blank lines go too. ``max_words`` 0 only removes blank lines.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    start = 0
    while start < min(_MAX_LEADING_TRIM, len(lines) - 1) and _is_boilerplate_line(
        lines[start], max_words
    ):
        start += 1
    end = len(lines)
    while end > start + 1 and _is_boilerplate_line(lines[end - 1], max_words):
        end -= 1
    return "\n".join(lines[start:end])


def unpunctuated_share(text: str) -> float:
    """The share of non-empty lines that do not end like a sentence (1.0 for no lines)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return 1.0
    return sum(not line.endswith(SENTENCE_END) for line in lines) / len(lines)
