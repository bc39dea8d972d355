"""Which characters belong to a word of a space-separated script.

An e-mail's local part and the check that a rewritten span does not cut a word in half both
need it: next to an ideograph or a Thai letter there is a word boundary without a space.
"""

from __future__ import annotations

import re

# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, CJK, kana, Hangul,
# full-width forms): a letter of these next to an e-mail is not part of it, and a span that
# touches one does not cut a word in half.
NO_SPACE_SCRIPTS = (
    "\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff"
    "\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
)
SPACED_WORD_CHAR = rf"[^\W{NO_SPACE_SCRIPTS}]"
_SPACED_WORD_RE = re.compile(SPACED_WORD_CHAR)


# where a camelCase name's next word starts ("WorkPhone", "hasTelephone")
_CAMEL_START_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def camel_words(name: str) -> str:
    """``name`` with its camelCase words apart ("Work Phone"), as label words are read."""
    return _CAMEL_START_RE.sub(" ", name)


def is_spaced_word_char(char: str) -> bool:
    return bool(_SPACED_WORD_RE.match(char))
