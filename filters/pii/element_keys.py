"""The key that names a number filling an XML element of a key/value format.

XML key/value formats put a value's name where no line or cell label is: Apple's property
lists in a ``<key>`` element before it (``<key>Phone</key>`` then an ``<array>`` of labelled
entries, each ``<key>value</key><string>500 900 901</string>``), KML, .NET resource files and
many exports in the ``name`` attribute of the element that holds it (``<Data name="phone">
<value>...</value></Data>``). A value's own key may be generic ("value", "string"), as a
contact card's list of numbers writes each entry; the key of the list that holds the entry
then names it. So the name of a number that fills an element is its own element's name or
``name`` when that is no generic one, else the nearest non-generic key found walking up the
tree: at each level the nearest key before it among its siblings, else the
``name`` of the element that holds it, else that element's own name (xCard's ``<tel>`` around
its ``<text>``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.cell_labels import is_label
from filters.pii.word_chars import camel_words

# what the number may fill: an element with nothing but numbers in it, one or a list of them
# joined by commas or semicolons (a register's phone field), before its own end tag
ELEMENT_VALUE_RE_TEMPLATE = r"<([A-Za-z_][\w:.-]*)(?:\s[^<>]*)?>\s*({numbers})\s*</\1\s*>"
# any start, end or empty-element tag (comments and declarations are no tags of the tree)
_TAG_RE = re.compile(r"<(/?)([A-Za-z_][\w:.-]*)((?:\s[^<>]*?)?)(/?)>")
_NAME_ATTR_RE = re.compile(r"""\b(?:name|key)\s*=\s*["']([^"'<>]{1,60})["']""")
# property elements that name their value by its type instead (TMX's '<prop
# type="x-hospital-id">', a translation unit's properties)
_PROPERTY_ELEMENTS = frozenset(("prop", "property", "attr", "attribute", "param", "parameter"))
_TYPE_ATTR_RE = re.compile(r"""\btype\s*=\s*["']([^"'<>]{1,60})["']""")
# element names of a key's element
_KEY_ELEMENTS = frozenset(("key",))
# keys and element names that name no value: they say where a value is, not what it is
GENERIC_KEYS = frozenset(
    ("value", "values", "string", "text", "data", "content", "val", "v", "item", "entry")
    # a number's own element in a structure that the element around it names (cXML's
    # "<TelephoneNumber>" around "<CountryCode>" and "<Number>"; UN/CEFACT's
    # "<ram:TelephoneUniversalCommunication>" around "<ram:CompleteNumber>")
    + ("number", "completenumber", "numero", "número")
    # containers that hold a list's or a record's entries (a property list's dict and array,
    # xCard's parameters)
    + ("dict", "array", "list", "map", "object", "struct", "record", "parameters", "type")
    # a spreadsheet's grid (Gnumeric's "<gnm:Cells>" around "<gnm:Cell Row= Col=>", Excel 2003
    # XML's "<Row><Cell>"): a cell is no cellular phone, its column's header says what it holds
    + ("cell", "cells", "row", "rows")
    # a Liferay web content article's value, which its '<dynamic-element name="Fax">' names
    + ("dynamic-content",)
)
_KEY_JOINERS_RE = re.compile(r"[_\-.\d]+")
# a one-letter type prefix before an element's camelCase words, as Panama's and Paraguay's
# e-invoice schemas name their elements (rFE's "<dTfnRec>", the buyer's phone; SIFEN's
# "<dTelEmi>", the issuer's: d a datum, g a group, i an indicator, c a code)
_TYPE_PREFIX_RE = re.compile(r"[a-z](?=[A-Z][a-z])")
# how far before the value the walk reads, and how many levels it climbs
_REACH = 3000
_MAX_LEVELS = 4


def element_key(text: str, open_start: int) -> str | None:
    """The name of the value of the element whose start tag begins at ``open_start``: the
    nearest non-generic key walking up from it (module doc), or None."""
    lo = max(0, open_start - _REACH)
    tags = list(_TAG_RE.finditer(text, lo, open_start))
    own = _TAG_RE.match(text, open_start)
    if own is None:
        return None
    name = _element_name(own)
    # GraphML names a data element's key by an id it declares once ('<data key="d6">' after
    # '<key id="d6" for="node" attr.name="contact_no"/>')
    name = _graphml_key_names(text).get(name, name)
    if not _generic(name):
        return name  # the element names its value itself ('<phone>', '<Data name="tel">')
    # depth: how deep inside an earlier sibling's subtree the walk is; named: whether this
    # level's nearest key was found (generic), so its other keys belong to other values
    depth, levels, named = 0, 0, False
    for i in range(len(tags) - 1, -1, -1):
        tag = tags[i]
        closing, element, empty = tag.group(1), tag.group(2), tag.group(4)
        if empty:
            continue
        if closing:
            depth += 1
            continue
        if depth > 0:
            depth -= 1
            if depth == 0 and not named and element.lower() in _KEY_ELEMENTS:
                key = _key_text(text, tag, tags[i + 1] if i + 1 < len(tags) else None)
                if key is not None and not _generic(key):
                    return key
                named = key is not None
            continue
        # the element that holds this level names what it holds (xCard's "<tel>" around
        # "<text>", KML's '<Data name="phone">')
        name = _element_name(tag)
        if not _generic(name):
            return name
        levels, named = levels + 1, False
        if levels > _MAX_LEVELS:
            return None
    return None


def _key_text(text: str, tag: re.Match, after: re.Match | None) -> str | None:
    """The text of a key element (its start tag ``tag``, its end tag the next tag ``after``)."""
    if after is None or after.group(1) != "/" or after.group(2) != tag.group(2):
        return None
    return text[tag.end() : after.start()].strip()


def _element_name(tag: re.Match) -> str:
    """What a start tag names: its ``name``/``key`` attribute (a property element's ``type``),
    else its element's local name."""
    local = tag.group(2).rsplit(":", 1)[-1]
    found = _NAME_ATTR_RE.search(tag.group(3) or "")
    if found is None and local.lower() in _PROPERTY_ELEMENTS:
        found = _TYPE_ATTR_RE.search(tag.group(3) or "")
    return (found.group(1).strip() if found else "") or local


_GRAPHML_KEY_RE = re.compile(
    r"""<key\b(?=[^<>]*\bid=["']([^"'<>]{1,40})["'])(?=[^<>]*\battr\.name=["']([^"'<>]{1,60})["'])"""
)


@lru_cache(maxsize=2)
def _graphml_key_names(text: str) -> dict[str, str]:
    """A GraphML document's key ids and the attribute names they stand for."""
    if "attr.name=" not in text:
        return {}
    return {m[1]: m[2] for m in _GRAPHML_KEY_RE.finditer(text)}


def _generic(key: str) -> bool:
    return key.strip().lower() in GENERIC_KEYS


def keyed_by(text: str, open_start: int, words: re.Pattern) -> bool:
    """Is the value of the element at ``open_start`` named by a key that is a label of
    ``words`` (``element_key``)?"""
    key = element_key(text, open_start)
    return key is not None and key_is_label(key, words)


def key_is_label(key: str, words: re.Pattern) -> bool:
    """Is ``key``, its words joined by "_", "-" or "." and numbered ("hospital_phone_101"), or
    after a one-letter type prefix in camelCase ("dTfnRec", ``_TYPE_PREFIX_RE``), a label of
    ``words``?"""
    if is_label(_KEY_JOINERS_RE.sub(" ", key), words):
        return True
    return _TYPE_PREFIX_RE.match(key) is not None and is_label(camel_words(key[1:]), words)
