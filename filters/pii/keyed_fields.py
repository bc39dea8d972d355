"""A keyed document names its phones by their keys.

A record in XML or JSON that puts its phone under a phone's key (``<fone>``, ``"telefon":``)
puts its other numbers under their own keys: a posting card's, a team's, a sum's, a case
owner's (``<cartao_postagem>``, ``<ineDadoSerializado>``, ``<agd:SummaArbAvgSlf>``). Those
names are a format's vocabulary, and each new format brings new ones, so learning them word by
word (``id_labels``) only covers the formats already seen. The document itself says how it
names a phone: when one of its phones fills a field whose name is a phone's (or an element
whose label attribute says so, Costa Rica's '<OtroTexto codigo="TelefonoReceptor">'), an
uncued number (no phone word, label or key vouches for it; found only by its digits) that
fills a field of another, non-generic name is that field's number, not a phone (a company's
legal id under '<ProveedorSistemas>' in the same invoice, a security code under '<dSeg>').
"""

from __future__ import annotations

import re

from filters.pii.document_plan import VOUCHED_SCORE
from filters.pii.element_keys import GENERIC_KEYS
from filters.pii.id_labels import HTML_ELEMENTS
from filters.pii.phone_formats import element_names_phone, phone_cue
from filters.pii.phone_words import PHONE_WORD_RE
from filters.pii.word_chars import camel_words

# the start tag of the element a value fills, a CDATA section's start after it too
_XML_OPEN_BEFORE_RE = re.compile(
    r"<(?:[\w.\-]+:)?([A-Za-z_][\w.\-]*)(?:\s[^<>]*)?>[ \t]*(?:<!\[CDATA\[[ \t]*)?\Z"
)
_XML_CLOSE_AFTER_RE = re.compile(r"[ \t]*(?:\]\]>)?</")
# a JSON member's key before its value, quoted or not, and the value's end after it
_JSON_KEY_BEFORE_RE = re.compile(r"\"([^\"\\\n]{1,60})\"[ \t]*:[ \t]*\"?\Z")
_JSON_VALUE_END_RE = re.compile(r"\"?[ \t]*(?:[,}\]\r\n]|\Z)")
_JOINERS_RE = re.compile(r"[_.\-:]+")
# an attribute's value in a start tag
_ATTRIBUTE_VALUE_RE = re.compile(r"""=\s*["']([^"'<>]{1,60})["']""")


def field_name(text: str, start: int, end: int) -> str | None:
    """The name of the field that text[start:end] fills whole: its XML element's or its JSON
    member's key, or None."""
    element = _XML_OPEN_BEFORE_RE.search(text, max(0, start - 200), start)
    if element and _XML_CLOSE_AFTER_RE.match(text, end):
        return element.group(1)
    member = _JSON_KEY_BEFORE_RE.search(text, max(0, start - 80), start)
    if member and _JSON_VALUE_END_RE.match(text, end):
        return member.group(1)
    return None


def _phone_name(name: str) -> bool:
    """Is ``name`` a phone's key ("fone", "telefone_remetente", "PhoneNumber")?"""
    spaced = _JOINERS_RE.sub(" ", camel_words(name))
    return any(PHONE_WORD_RE.search(t) for t in (name, spaced))


def off_key_runs(
    text: str, spans: list[tuple[int, int, str, float]]
) -> set[tuple[int, int, str, float]]:
    """The uncued phone spans among ``spans`` that fill a field of a non-generic name that is
    no phone's, in a document where a phone fills a field named as a phone (its name says so,
    and no other find is needed to vouch for it)."""
    phones = [s for s in spans if s[2] == "PHONE_NUMBER"]
    uncued = [s for s in phones if s[3] < VOUCHED_SCORE]
    if not uncued or ("</" not in text and '":' not in text):
        return set()
    named = [(s, field_name(text, s[0], s[1])) for s in uncued]
    named = [(s, name) for s, name in named if name and not _nameless(name)]
    if not named:
        return set()
    if not any(_phone_field(text, s[0], s[1]) for s in phones):
        return set()
    return {s for s, name in named if not _phone_name(name) and not phone_cue(text, s[0], s[1])}


def _nameless(name: str) -> bool:
    """Does a field of this name say nothing of what it holds: a generic key, or an HTML
    element, which says how a value is shown (a ``<td>`` beside its row's ``<th>`` label)?"""
    return name.lower() in GENERIC_KEYS or name.lower() in HTML_ELEMENTS


def _phone_field(text: str, start: int, end: int) -> bool:
    """Does text[start:end] fill a field that its name, its element's label or an attribute of
    its element ('<OtroTexto codigo="TelefonoReceptor">') names a phone?"""
    name = field_name(text, start, end)
    if name is None:
        return False
    if _phone_name(name) or element_names_phone(text, start, end):
        return True
    tag = _XML_OPEN_BEFORE_RE.search(text, max(0, start - 200), start)
    return tag is not None and any(
        _phone_name(value) for value in _ATTRIBUTE_VALUE_RE.findall(tag.group())
    )
