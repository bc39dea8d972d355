"""Values that the key of the object around them names: a JSON field written per locale or as
a wrapped value.

Headless CMSs write each field as an object of its translations (Contentful's ``"fax": {
"pt-BR": "32245119" }``), and many APIs wrap a value in an object of one generic key
(``"phone": { "value": "..." }``). The value's own key is a locale code or a word that says
nothing; the key that opens its object, on the line above, names it: a phone word there
vouches for the number, and ``cep`` makes it a postcode. An array of strings is named the same
way (``"notification_phones": ["080 26687733", "18602100000"]``), and so is the number of an
array's object (``"phones": [{"area": "11", "number": "41974925"}]``). A label pass over the
whole document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.element_keys import GENERIC_KEYS

# a key on its own line opening an object, then the object's first key, a locale code
# ("pt-BR", "en", "zh-Hans") or a generic one, and where its number starts
_PARENT_VALUE_RE = re.compile(
    r"""(?m)^[ \t]*"([^"\n]{1,60})"[ \t]*:[ \t]*\{[ \t]*\r?\n[ \t]*"""
    r""""(?:[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?|value|valor|valeur|wert|text|number)"[ \t]*:[ \t]*"?"""
    r"""(?=[+(]?\d)"""
)


# a key opening an array of strings ('"notification_phones": [', an UrbanPiper store's), and
# each string of it: an element has no key of its own, the array's names it
_ARRAY_OPEN_RE = re.compile(r""""([^"\n]{1,60})"[ \t]*:[ \t]*\[""")
_ARRAY_STRING_RE = re.compile(r"""[ \t\r\n]*"([^"\\\n]{0,80})"[ \t\r\n]*([,\]])""")
_NUMBER_START_RE = re.compile(r"[+(]?\d")
# ... and a key opening an array of objects ('"phones": [{"country": "55", "area": "11",
# "number": "41974925"}]', a PagBank order's; SCIM's '"phoneNumbers": [{"value": ...}]'): a
# member of an element object under a generic key, or a number's own word, is named by the
# array's key
_OBJECTS_ARRAY_OPEN_RE = re.compile(r""""([^"\n]{1,60})"[ \t]*:[ \t]*\[[ \t\r\n]*\{""")
_JSON_TOKEN_RE = re.compile(r'"((?:[^"\\\n]|\\.){0,80})"|[\[\]{}]')
_MEMBER_VALUE_RE = re.compile(r"""[ \t]*:[ \t]*"(?=[+(]?\d)""")
_ARRAY_REACH = 4000  # characters of an array walked at most
_MEMBER_KEYS = GENERIC_KEYS | {"numero", "número", "nummer", "numer", "num", "nro", "nr", "no"}
# ... unless the array's key tells what a call did to the objects ('"created": [{..., "number":
# "02 51 06 07 07"}]', a Wazo phonebook import's answer): such a key lists records and names none
# of their members ("created" and "updated" would otherwise read as a time stamp's keys)
_ACTION_KEYS = frozenset(
    ("created", "updated", "modified", "deleted", "added", "removed", "imported", "inserted")
)


@lru_cache(maxsize=2)
def parent_keyed(text: str) -> dict[int, str]:
    """Where each such value starts, and the key of the object or array of strings around it."""
    keyed: dict[int, str] = {}
    if '": {' in text or '":{' in text:
        keyed.update((m.end(), m[1]) for m in _PARENT_VALUE_RE.finditer(text))
    if '": [' in text or '":[' in text:
        for array in _ARRAY_OPEN_RE.finditer(text):
            at = array.end()
            while (element := _ARRAY_STRING_RE.match(text, at)) is not None:
                if _NUMBER_START_RE.match(element[1]):
                    keyed[element.start(1)] = array[1]
                if element[2] == "]":
                    break
                at = element.end()
        for array in _OBJECTS_ARRAY_OPEN_RE.finditer(text):
            if array[1].lower() in _ACTION_KEYS:
                continue
            keyed.update(dict.fromkeys(_object_members(text, array.end() - 1), array[1]))
    return keyed


def _object_members(text: str, at: int) -> list[int]:
    """Where the values under a generic key of the objects of the array whose first object
    opens at ``at`` start (members of those objects only, not of objects within them)."""
    starts = []
    depth = 1  # the array's
    end = min(len(text), at + _ARRAY_REACH)
    for token in _JSON_TOKEN_RE.finditer(text, at, end):
        mark = token.group()
        if mark in "{[":
            depth += 1
        elif mark in "}]":
            depth -= 1
            if depth == 0:
                break
        elif depth == 2 and token[1].lower() in _MEMBER_KEYS:
            value = _MEMBER_VALUE_RE.match(text, token.end())
            if value is not None:
                starts.append(value.end())
    return starts


def parent_key(text: str, start: int) -> str | None:
    """The key of the object around the value that starts at ``start``, if its own key is a
    locale or a generic one, or of the array of strings it is an element of."""
    return parent_keyed(text).get(start)
