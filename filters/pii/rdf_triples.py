"""The object of an RDF triple written as JSON, named by the triple's predicate.

SPARQL's JSON results and the change sets that semantic-web services send one another
(mu.semte.ch's delta notifier: ``{"subject": {...}, "predicate": {"type": "uri", "value":
"http://schema.org/telephone"}, "object": {"type": "literal", "value": "014566060"}}``) write
each statement as three small objects. The object's key says nothing (``value``); the
predicate's URI says what the value is, by its last part: ``telephone`` a phone,
``generiek#lokaleIdentificator`` a register's identifier (a Belgian company number has a
national phone number's shape). A label pass over the whole document: the predicate may lie
in another window than its object.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.word_chars import camel_words

# a triple's predicate URI, then its object's value (the "type" and other keys of each
# object in any order, no nested object between)
_TRIPLE_RE = re.compile(
    r'"predicate"\s*:\s*\{[^{}]*?"value"\s*:\s*"([^"]*)"[^{}]*\}\s*,\s*'
    r'"object"\s*:\s*\{[^{}]*?"value"\s*:\s*"'
)
# the scheme a literal may write before a phone ("tel:+3232211333")
_TEL_SCHEME_RE = re.compile(r"tel:")


@lru_cache(maxsize=2)
def triple_objects(text: str) -> dict[int, str]:
    """Where each triple's object value starts (after a ``tel:`` scheme), and its predicate's
    local name, the URI's last part after "#" or "/", its camelCase words apart ("has
    Telephone")."""
    if '"predicate"' not in text:
        return {}
    found = {}
    for triple in _TRIPLE_RE.finditer(text):
        local = re.split(r"[#/]", triple[1].rstrip("/#"))[-1]
        scheme = _TEL_SCHEME_RE.match(text, triple.end())
        found[scheme.end() if scheme else triple.end()] = camel_words(local)
    return found


def triple_predicate(text: str, start: int) -> str | None:
    """The local name of the predicate of the JSON triple whose object value starts at
    ``start``, or None."""
    objects = triple_objects(text)
    return objects.get(start) if objects else None
