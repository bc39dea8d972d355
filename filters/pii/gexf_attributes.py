"""GEXF graphs' attribute values, named by the attribute declared for them.

GEXF (Gephi's graph exchange format) declares a node's or an edge's attributes once, each with
an id and a title (``<attribute id="2" title="telefon" type="string"/>``), and writes each
node's values by that id alone (``<attvalue for="2" value="53120663"/>``): no word on a
value's line names it; its declaration does, as a GraphML key names a data element
(``element_keys``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.cell_labels import is_label
from filters.pii.phone_words import PHONE_WORD_RE

_DECLARATION_RE = re.compile(
    r"""<attribute\b(?=[^<>]*\bid=["']([^"'<>]{1,40})["'])"""
    r"""(?=[^<>]*\btitle=["']([^"'<>]{1,60})["'])"""
)
_VALUE_RE = re.compile(
    r"""<attvalue\b(?=[^<>]*\bfor=["']([^"'<>]{1,40})["'])"""
    r"""(?=[^<>]*\bvalue=["']([^"'<>]{1,80})["'])"""
)


@lru_cache(maxsize=2)
def gexf_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the attribute values whose declared title is a phone label (kept for the bait
    checks that ask about one document's numbers one after another)."""
    return tuple((lo, hi) for lo, hi, title in _values(text) if is_label(title, PHONE_WORD_RE))


def gexf_named(text: str, start: int) -> bool:
    """Does an attribute value whose declared title names a phone start at ``start``?"""
    return any(lo == start for lo, _ in gexf_phone_values(text))


def _values(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, title) of each attribute value of a GEXF document. An id declared twice
    with two titles (a node's and an edge's attribute) names none of its values."""
    if "<attvalue" not in text:
        return ()
    titles: dict[str, str | None] = {}
    for declared in _DECLARATION_RE.finditer(text):
        known = titles.setdefault(declared[1], declared[2])
        if known != declared[2]:
            titles[declared[1]] = None
    return tuple(
        (*value.span(2), title)
        for value in _VALUE_RE.finditer(text)
        if (title := titles.get(value[1])) is not None
    )
