"""Poland's tax number (NIP) and statistical number (REGON) where no label names them.

A NIP has ten digits, written in its official groups ``123-456-78-90`` (a company's) or
``123-45-67-890`` (a person's), and ends in a check digit; a Polish phone number has nine
digits, so a ten-digit number in those groups in a Polish text is a NIP when its check digit
holds. A bookkeeping export's contractor row (Subiekt GT's EDI++ ``KONTRAHENCI`` section) gives
the NIP, then the nine-digit REGON, with no header: a REGON whose check digit holds, in the
cell right after such a NIP, is the company's, not a mobile number. A phone word or label
before the value outweighs both checks (``bait._phone_named``).
"""

from __future__ import annotations

import re
from functools import lru_cache

_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
_REGON_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)
# a NIP in one of its two official groupings (no tax office's code starts with 0)
_NIP_GROUPS_RE = re.compile(r"[1-9]\d{2}-(?:\d{3}-\d{2}-\d{2}|\d{2}-\d{2}-\d{3})")
# the cell before a value: a NIP (grouped or in one run), a closing quote, the delimiter
_NIP_CELL_BEFORE_RE = re.compile(
    r"""(?<![\w\-])([1-9]\d{2}-?(?:\d{3}-?\d{2}-?\d{2}|\d{2}-?\d{2}-?\d{3}))["']?[ \t]*[,;\t|]"""
    r"""[ \t]*["']?\Z"""
)
# letters only Polish writes among the languages of Latin script ("ł", "ą", "ę", "ś", "ź", "ż",
# "ń"), which a Polish name, street or word carries
_POLISH_LETTERS_RE = re.compile(r"[łŁąĄęĘśŚźŹżŻńŃ]")


@lru_cache(maxsize=2)
def _polish(text: str) -> bool:
    """Does ``text`` write Polish (a letter only Polish uses)?"""
    return _POLISH_LETTERS_RE.search(text) is not None


def _checked(digits: str, weights: tuple[int, ...]) -> bool:
    """Is the last of ``digits`` the check digit that ``weights`` give the others (modulo 11;
    a NIP whose rest is 10 has no valid check digit, a REGON's 10 counts as 0)?"""
    rest = sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
    if rest == 10 and len(digits) == 10:
        return False
    return rest % 10 == int(digits[-1])


def polish_tax_number(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a NIP in its official groups, or a REGON in the cell right after a
    NIP, whose check digit holds, in a Polish text?"""
    core = text[start:end]
    if _NIP_GROUPS_RE.fullmatch(core):
        return _polish(text) and _checked(core.replace("-", ""), _NIP_WEIGHTS)
    if len(core) != 9 or not core.isascii() or not core.isdigit():
        return False
    nip = _NIP_CELL_BEFORE_RE.search(text, max(0, start - 24), start)
    return (
        nip is not None
        and _checked(nip.group(1).replace("-", ""), _NIP_WEIGHTS)
        and _checked(core, _REGON_WEIGHTS)
        and _polish(text)
    )
