"""Where a labelled value stands in a held-out part's text: the part tests check that every
copy of a register's field is labelled, independently of how the generator found them."""

from __future__ import annotations

import re


def copies(text: str, value: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where ``value`` stands in ``text`` outside the ``taken`` places."""
    found = []
    for m in re.finditer(re.escape(value), text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append((m.start(), m.end()))
    return found
