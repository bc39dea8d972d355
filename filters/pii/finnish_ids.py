"""Finland's business id (Y-tunnus) where no label names it.

A business id is seven digits, a hyphen and a check digit (``0852968-9``): the seven weighted
7, 9, 10, 5, 8, 4, 2, their sum modulo 11 gives the check digit (0 for 0, 11 minus the rest
otherwise; no id has the rest 1). Finvoice's ``<EpiBei>``, e-invoice addresses and registers
write it bare; a Finnish phone is never written seven digits, a hyphen and one digit, so a
value of that shape whose check digit holds is the business id. A phone word or label before
the value outweighs the check (``bait._phone_named``).
"""

from __future__ import annotations

import re

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_BUSINESS_ID_RE = re.compile(r"\d{7}-\d")


def finnish_business_id(value: str) -> bool:
    """Is ``value`` a Finnish business id whose check digit holds?"""
    if not _BUSINESS_ID_RE.fullmatch(value):
        return False
    rest = sum(int(d) * w for d, w in zip(value, _WEIGHTS, strict=False)) % 11
    return rest != 1 and int(value[-1]) == (11 - rest) % 11
