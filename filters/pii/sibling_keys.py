"""Values that a sibling key of the same record names: a contact list's entries written as
small objects, the kind in one key and the number in a generic one.

Popolo's ``contact_details`` (``"type": "voice", "label": "Téléphone", "value": "33 869 70
70"``), FHIR's ContactPoint (``"system": "phone", "value": "..."``) and many registers' YAML
and JSON write a record's kind beside a key that says nothing (``value``, ``number``,
``text``). The number's own line holds no phone word, and the label is no line above it in a
form's sense: it is another key of the same object, at the same indentation, on the lines
right above or below, with nothing but other keys between. A label pass over the whole
document, as the record's lines may lie in other windows.

The kind may name another number as well (Tainacan's item metadata: ``"name": "Número no
Cadastro Nacional de Museus"``, then ``"value": "5.57.56.6754"``), and the record may be the
value of a generic key whose own record names it (KakaoWork's description block: ``"term":
"관리번호"``, then ``"content": {"type": "text", "text": "27290-00175"}``): the walk goes on
from the line that opens the record to the keys beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from filters.pii.cell_labels import is_label
from filters.pii.phone_words import PHONE_WORD_RE

# generic keys whose value the record's other keys name
# (a Google Wallet pass's text module: "header": "Mobile", then "body": "0.774.160.435")
# (VNG's Klantinteracties API, Open Klant: a party's digital address, "adres": "070 7222000",
# its kind in "soortDigitaalAdres": "telefoonnummer")
# (a web-analytics event's name or label: Matomo's and Universal Analytics' click-to-call
# events, "eventAction": "Clic téléphone", then "eventName": "4 92 60 72 00")
_VALUE_KEYS = (
    r"value|valor|valeur|wert|valore|number|numero|número|content|text|data|val|body|adres|address"
    r"|event_?name|event_?label"
)
# keys that name a record's kind
# (JSON-LD's and JSContact's "@type": "Phone" too)
_KIND_KEYS = (
    r"@?type|label|name|kind|system|key|field|category|contact_?type|contactType|use|channel"
    # (the Flemish Organisation Registry's "contactTypeName": "Telefoon")
    r"|contact_?type_?name|contactTypeName|type_?name|typeName"
    r"|medium|title|tipo|etiqueta|libell[eé]|typ|art|bezeichnung|nom|nombre|header|soort\w{0,30}"
    # (a description list's term: KakaoWork's '"term": "관리번호"' beside its "content")
    r"|term"
    # (a web-analytics event's action or category: "eventAction": "Clic téléphone")
    r"|event_?action|event_?category"
)
_KEY_LINE = r"""^([ \t]*(?:-[ \t]+)?)["']?(?:{keys})["']?[ \t]*[:=][ \t]*"""
_KIND_LINE_RE = re.compile(
    (_KEY_LINE + r"""["']?([^"'\n]{{1,60}}?)["']?,?[ \t]*\r?$""").format(keys=_KIND_KEYS),
    re.IGNORECASE,
)
# a line that opens with a generic key and a number after it, led by the newline before it: a
# pattern that starts with a character is looked for only where that character is, one that
# starts with "^" at every position
# (the value may open with a label of its own before the number, the line's purpose: GNU
# Health's '"type": "phone"' beside '"value": "Cita previa: 915 616 195 / 914 111 140"')
_VALUE_LINE = (
    r"""([ \t]*(?:-[ \t]+)?)["']?(?i:{keys})["']?[ \t]*[:=][ \t]*["']?"""
    r"""(?:(?P<inner>[^\W\d_][^\W\d]*(?:[ \t]+[^\W\d_][^\W\d]*){{0,3}})[ \t]*:[ \t]*)?"""
    r"""(?=[+(]?\d)"""
)
# a value's renderings, keys of its own record (Tainacan's "value_as_html" and
# "value_as_string" after "value"): no generic value of another record
_RENDERING_KEYS = r"value_as_\w{1,12}"
_OWN_VALUE_KEYS = _VALUE_KEYS + "|" + _RENDERING_KEYS
_VALUE_AFTER_NEWLINE_RE = re.compile("\n" + _VALUE_LINE.format(keys=_OWN_VALUE_KEYS))
_FIRST_VALUE_LINE_RE = re.compile(_VALUE_LINE.format(keys=_OWN_VALUE_KEYS))
# a key for the number's dialling code, which only a phone's record holds (Open Finance
# Brasil's "phones": "areaCode": "61", then "number": "982537447"; a Brazilian "ddd")
_DIALLING_KEY_LINE_RE = re.compile(
    r"""^([ \t]*(?:-[ \t]+)?)["']?(?:area_?code|country_?calling_?code|calling_?code|dial_?code"""
    r"""|ddd|phone_?prefix)["']?[ \t]*[:=]""",
    re.IGNORECASE,
)
# a record on one line: its generic key right before the value, and its kind keys' values
_INLINE_VALUE_BEFORE_RE = re.compile(rf"""[{{,][ \t]*"(?i:{_OWN_VALUE_KEYS})"[ \t]*:[ \t]*"?\Z""")
_INLINE_KIND_RE = re.compile(
    rf"""[{{,][ \t]*"(?:{_KIND_KEYS})"[ \t]*:[ \t]*"([^"\n]{{1,60}})"[ \t]*(?=[,}}])""",
    re.IGNORECASE,
)
_INLINE_REACH = 200  # how far a one-line record may reach on either side of its value
# any key's line of the same record (what may stand between the kind and the value)
_ANY_KEY_LINE_RE = re.compile(r"""^([ \t]*(?:-[ \t]+)?)["']?[\w.\-]{1,40}["']?[ \t]*[:=]""")
# a line with a generic key, and a line that opens a YAML list item ("  - system: phone")
_VALUE_KEY_RE = re.compile(_KEY_LINE.format(keys=_VALUE_KEYS), re.IGNORECASE)
_RENDERING_KEY_RE = re.compile(rf"""[ \t]*["']?{_RENDERING_KEYS}["']?[ \t]*:""", re.IGNORECASE)
# a generic key whose value is an object: the line that opens the record, whose own record's
# keys name it ('"content": {')
_GENERIC_OBJECT_LINE_RE = re.compile(
    (rf"""^([ \t]*)["']?(?:{_VALUE_KEYS})["']?[ \t]*:[ \t]*\{{[ \t]*\r?$"""),
    re.IGNORECASE,
)
_ITEM_RE = re.compile(r"[ \t]*-[ \t]+\S")
_REACH = 3  # lines above or below


def sibling_named_starts(
    text: str, words: re.Pattern, inner_ok: Callable[[str], bool] | None = None
) -> list[int]:
    """Where the values start of the generic keys whose record names them by ``words``; a
    value's own label before its number only where ``inner_ok`` accepts it (a label that names
    another number, '"value": "NIF: 12345678"', makes the value that number's)."""
    first = _FIRST_VALUE_LINE_RE.match(text)
    matches = [first] if first else []
    matches += _VALUE_AFTER_NEWLINE_RE.finditer(text)
    names = _words_name(words)
    return [
        match.end()
        for match in matches
        if _inner_label_ok(match, inner_ok)
        and _named(text, match.start(1), _indent(match.group(1)), names, words is PHONE_WORD_RE)
    ]


def sibling_named(
    text: str, start: int, words: re.Pattern, inner_ok: Callable[[str], bool] | None = None
) -> bool:
    """Is the value at ``start`` that of a generic key whose record names it by ``words``
    (Telegram's text entities: ``"type": "phone"``, then ``"text": "4576-5659"``)? The check
    for one value that ``sibling_named_starts`` makes for all."""
    return _sibling_kind(text, start, _words_name(words), words is PHONE_WORD_RE, inner_ok)


def sibling_named_by(text: str, start: int, names: Callable[[str], bool]) -> bool:
    """Is the value at ``start`` that of a generic key whose record's kind ``names`` accepts
    (``id_labels.names_another_number``: a register's number)?"""
    return _sibling_kind(text, start, names, False)


def _words_name(words: re.Pattern) -> Callable[[str], bool]:
    """A kind that is a label of ``words`` (a few words, one of them a label word)."""
    return lambda kind: is_label(kind, words)


def _sibling_kind(
    text: str,
    start: int,
    names: Callable[[str], bool],
    dialling: bool,
    inner_ok: Callable[[str], bool] | None = None,
) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    value = _FIRST_VALUE_LINE_RE.match(text, line_start)
    if value is None or value.end() != start:
        return not dialling and _inline_kind(text, start, names)
    return _inner_label_ok(value, inner_ok) and _named(
        text, line_start, _indent(value.group(1)), names, dialling
    )


def _inline_kind(text: str, start: int, names: Callable[[str], bool]) -> bool:
    """Is the value at ``start`` a generic key's in a record written on one line, as minified
    JSON writes every object, whose kind key ``names`` accepts
    ('"identificationObject":{"type":"NIT","number":"890210612","dv":"8"}', an Alegra
    contact's tax id)? Only a flat record: no object inside it, before or after the value."""
    if start == 0 or text[start - 1] not in '":':
        return False
    lo = text.rfind("{", max(0, start - _INLINE_REACH), start)
    if lo < 0 or "}" in text[lo:start] or not _INLINE_VALUE_BEFORE_RE.search(text, lo, start):
        return False
    hi = text.find("}", start, start + _INLINE_REACH)
    if hi < 0 or "{" in text[start:hi]:
        return False
    return any(names(kind.group(1)) for kind in _INLINE_KIND_RE.finditer(text, lo, hi))


def _inner_label_ok(value: re.Match, inner_ok: Callable[[str], bool] | None) -> bool:
    """Does the value's own label, if it has one, pass ``inner_ok`` (none passes without it)?"""
    inner = value.group("inner")
    return inner is None or (inner_ok is not None and inner_ok(inner))


def _indent(lead: str) -> int:
    """A key's indentation; a YAML list item's dash counts as indentation ("- type: voice"
    and "  value: ..." are keys of one item)."""
    return len(lead.expandtabs(4))


def _named(
    text: str, line_start: int, indent: int, names: Callable[[str], bool], dialling: bool
) -> bool:
    """Does a key of the record whose key line starts at ``line_start`` name the kind
    (``names``), within ``_REACH`` lines above or below, through other keys of the record?
    ``dialling``: a dialling code's key names a phone's record. Where the line that opens the
    record is a generic key's (``"content": {``), the keys beside that key name it too."""
    own_item = _ITEM_RE.match(text, line_start) is not None
    rendering = _RENDERING_KEY_RE.match(text, line_start) is not None
    for upward, lines in (
        (True, _lines_above(text, line_start)),
        (False, _lines_below(text, line_start)),
    ):
        if upward and own_item:
            continue  # the value's line opens its list item: no key of the item is above it
        level = indent
        for line in lines:
            item = _ITEM_RE.match(line) is not None
            if not upward and item:
                break  # the next list item
            kind = _KIND_LINE_RE.match(line)
            if kind and _indent(kind.group(1)) == level and names(kind.group(2)):
                return True
            code = _DIALLING_KEY_LINE_RE.match(line)
            if dialling and code and _indent(code.group(1)) == level:
                return True
            opener = _GENERIC_OBJECT_LINE_RE.match(line) if upward else None
            if opener and _indent(opener.group(1)) < level:
                level = _indent(opener.group(1))  # on to the keys beside the record's own
                continue
            key = _ANY_KEY_LINE_RE.match(line)
            # another key of the record, not another generic value (that of the record before
            # or after, unless one of the two is a rendering of the other), and not the line
            # that opens the record's list item
            if (
                key is None
                or _indent(key.group(1)) != level
                or (_VALUE_KEY_RE.match(line) and not (rendering or _RENDERING_KEY_RE.match(line)))
                or item
            ):
                break
    return False


def _lines_above(text: str, line_start: int) -> list[str]:
    """Up to ``_REACH`` lines above the line at ``line_start``, nearest first."""
    lines = []
    end = line_start - 1
    while end > 0 and len(lines) < _REACH:
        start = text.rfind("\n", 0, end) + 1
        lines.append(text[start:end])
        end = start - 1
    return lines


def _lines_below(text: str, line_start: int) -> list[str]:
    """Up to ``_REACH`` lines below the line at ``line_start``, nearest first."""
    lines = []
    start = text.find("\n", line_start) + 1
    while 0 < start < len(text) and len(lines) < _REACH:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines.append(text[start:end])
        start = end + 1
    return lines
