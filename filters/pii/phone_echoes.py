"""Every copy of a phone number that a document writes more than once.

A page or a record repeats its phone: a link's ``tel:`` target and its text, a sieve
script's comment and its rule, an API payload's description and an attribute's bare
``"value"``. The copy that stands by a phone word or in a phone's shape is found; another
copy of the same characters, under a key or a UUID that says nothing ("value":
"255655742339"), is not, and it is the same personal data. So once a phone is found, each
other occurrence of exactly its characters is a phone too, when nothing glued to it makes it
part of a longer token (a digit, a letter, a dot or a hyphen before a digit, a "+" or a "/"
before it). Only numbers of seven digits or more are copied: a shorter one is as likely a
count or a code that happens to recur.
"""

from __future__ import annotations

import re

from filters.pii.phone_formats import MIN_PHONE_DIGITS

_BEFORE = r"(?<![\w+./\-])"
_AFTER = r"(?![\w]|[.\-/]\d)"


def repeated_phones(
    text: str, spans: list[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """Phone spans for the other copies, in ``text``, of the phones among ``spans``."""
    taken = sorted((s, e) for s, e, *_ in spans)
    phones: dict[str, tuple[str, float]] = {}
    for start, end, entity, score in spans:
        value = text[start:end]
        if (
            entity == "PHONE_NUMBER"
            and sum(c.isdigit() for c in value) >= MIN_PHONE_DIGITS
            and (value not in phones or score > phones[value][1])
        ):
            phones[value] = (entity, score)
    found: list[tuple[int, int, str, float]] = []
    for value in sorted(phones):
        if text.count(value) < 2:
            continue
        entity, score = phones[value]
        for match in re.finditer(_BEFORE + re.escape(value) + _AFTER, text):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                found.append((match.start(), match.end(), entity, score))
    return sorted(set(found))
