"""Values that the key of the object around them names: a JSON field written per locale or as
a wrapped value.

Headless CMSs write each field as an object of its translations (Contentful's ``"fax": {
"pt-BR": "32245119" }``), and many APIs wrap a value in an object of one generic key
(``"phone": { "value": "..." }``). The value's own key is a locale code or a word that says
nothing; the key that opens its object, on the line above, names it: a phone word there
vouches for the number, and ``cep`` makes it a postcode. A label pass over the whole document.
"""

from __future__ import annotations

import re
from functools import lru_cache

# a key on its own line opening an object, then the object's first key, a locale code
# ("pt-BR", "en", "zh-Hans") or a generic one, and where its number starts
_PARENT_VALUE_RE = re.compile(
    r"""(?m)^[ \t]*"([^"\n]{1,60})"[ \t]*:[ \t]*\{[ \t]*\r?\n[ \t]*"""
    r""""(?:[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?|value|valor|valeur|wert|text|number)"[ \t]*:[ \t]*"?"""
    r"""(?=[+(]?\d)"""
)


@lru_cache(maxsize=2)
def parent_keyed(text: str) -> dict[int, str]:
    """Where each such value starts, and the key of the object around it."""
    if '": {' not in text and '":{' not in text:
        return {}
    return {m.end(): m[1] for m in _PARENT_VALUE_RE.finditer(text)}


def parent_key(text: str, start: int) -> str | None:
    """The key of the object around the value that starts at ``start``, if its own key is a
    locale or a generic one."""
    return parent_keyed(text).get(start)
