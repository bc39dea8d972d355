"""Every copy of a phone number that a document writes more than once.

A page or a record repeats its phone: a link's ``tel:`` target and its text, a sieve
script's comment and its rule, an API payload's description and an attribute's bare
``"value"``. The copy that stands by a phone word or in a phone's shape is found; another
copy of the same characters, under a key or a UUID that says nothing ("value":
"255655742339"), is not, and it is the same personal data. So once a phone is found, each
other occurrence of exactly its characters is a phone too, when nothing glued to it makes it
part of a longer token (a digit, a letter, a dot or a hyphen before a digit, a "+" or a "/"
before it). Only numbers of seven digits or more are copied: a shorter one is as likely a
count or a code that happens to recur. And only numbers that a shape or a cue found, not a
numbering plan alone, none of whose copies is bait: a school's code that one line of a
message happens to let through ("Codi de centre 08025541") is still its code in the file name
and the web address. Nor is a number in a markup attribute's value copied or added, where
spreadsheets and other machines repeat a cell's number (``office:value="17884578"``), unless a
phone word on its line names the attribute's number (``<property name="autoritate.telefon"
value="250690 250696"/>``, a test report's property, whose failure message quotes it). A
label that names another number vetoes a copy of a number that only a shape or a word found,
not of one that fills a phone's own key or element: a municipality's ``"telefono1":
"945317006"`` is its registry's number in the note ``Registro General: 945317006`` too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from filters.pii.key_values import key_entities
from filters.pii.phone_formats import MIN_PHONE_DIGITS, phone_context

# phonenumbers' score: a number that only a numbering plan vouches for is not copied
MIN_ECHO_SCORE = 0.45
# a markup attribute's value: a machine's copy (a spreadsheet cell's office:value="...")
_ATTRIBUTE_BEFORE_RE = re.compile(r"""[\w:.\-]+=["']\Z""")
# a JSON, YAML or key=value key or an XML element's name right before a value: the field it
# fills
_KEY_BEFORE_RE = re.compile(
    r"""(?:["']([\w.\-:]{1,40})["']|([\w.\-]{1,40}))[ \t]*[:=][ \t]*["']?\Z"""
)
_ELEMENT_BEFORE_RE = re.compile(r"<([\w.\-:]{1,40})(?:[ \t][^<>]*)?>\Z")
_AFTER = r"(?![\w]|[.\-/]\d)"
_SLASH_JOIN_RE = re.compile(r"[ \t]*/[ \t]*")


def _copy_re(value: str) -> re.Pattern:
    """``value`` where nothing is glued to it: no word character, sign, dot, slash or hyphen
    before it unless an escaped line break or tab, which is a break and no letter
    ('"*Telefon:*\\n63 90 00 96"' in a JSON string), and ``_AFTER``. The value comes first and
    the check of what precedes it after it (a lookbehind over the value as well), so that re
    finds the value as ``str.find`` would instead of trying a lookbehind at every position."""
    v = re.escape(value)
    return re.compile(rf"{v}(?:(?<![\w+./\-]{v})|(?<=\\[ntr]{v})){_AFTER}")


def repeated_phones(
    text: str,
    spans: list[tuple[int, int, str, float]],
    is_bait: Callable[[int, int], bool],
    named_otherwise: Callable[[int], bool],
) -> list[tuple[int, int, str, float]]:
    """Phone spans for the other copies, in ``text``, of the phones among ``spans`` that a
    shape or a cue found (a score above phonenumbers' own, ``MIN_ECHO_SCORE``). A number of
    which one copy is bait (``is_bait``: in a web address, under a label that names another
    number) is an identifier written where a phone might be, and none of its copies is added;
    a copy whose shape alone would want a cue ("2443-3623" in a subtitle, with no phone word)
    is no such bait: the found copy vouches for it, as ``is_bait``'s ``listed`` says. A copy
    whose label names another number (``named_otherwise``) is bait too, unless the found one
    fills a phone's own key or element (``_phone_keyed``)."""
    taken = sorted((s, e) for s, e, *_ in spans)
    # each found phone's text and its best score
    phones: dict[str, float] = {}
    for start, end, entity, score in spans:
        value = text[start:end]
        if (
            entity == "PHONE_NUMBER"
            and score >= MIN_ECHO_SCORE
            and sum(c.isdigit() for c in value) >= MIN_PHONE_DIGITS
            and not (_in_attribute(text, start) and not phone_context(text, start, end))
        ):
            phones[value] = max(score, phones.get(value, score))
    keyed = {
        text[start:end]
        for start, end, entity, _ in spans
        if entity == "PHONE_NUMBER" and text[start:end] in phones and _phone_keyed(text, start)
    }
    found: list[tuple[int, int, str, float]] = []
    for value, score in sorted(phones.items()):
        # a phone's own key vouches for the number under any other label
        labelled = None if value in keyed else named_otherwise
        for start, end in _copies(text, value, taken, is_bait, labelled):
            found.append((start, end, "PHONE_NUMBER", score))
    # a field's found numbers joined by slashes ("20 21 92 96/20 21 47 08"): each number of a
    # copy is glued to a slash, so the list is copied whole, number by number
    for value, members in _slashed_lists(text, spans, phones):
        for start, _ in _copies(text, value, taken, is_bait, named_otherwise):
            found += [(start + s, start + e, "PHONE_NUMBER", score) for s, e, score in members]
    return sorted(set(found))


def _copies(
    text: str,
    value: str,
    taken: list[tuple[int, int]],
    is_bait: Callable[[int, int], bool],
    named_otherwise: Callable[[int], bool] | None,
) -> list[tuple[int, int]]:
    """The spans of ``value``'s other copies in ``text``: none overlaps a ``taken`` span or
    starts a markup attribute's value, nothing is glued to either end, and none is bait nor,
    where ``named_otherwise`` is given, under a label that names another number (or else no
    copy is a phone)."""
    if text.count(value) < 2:
        return []
    copies = [
        m.span()
        for m in _copy_re(value).finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in taken)
        and not _in_attribute(text, m.start())
    ]
    vetoed = any(
        is_bait(*copy) or (named_otherwise is not None and named_otherwise(copy[0]))
        for copy in copies
    )
    return [] if vetoed else copies


def _slashed_lists(
    text: str, spans: list[tuple[int, int, str, float]], phones: dict[str, float]
) -> list[tuple[str, list[tuple[int, int, float]]]]:
    """(list's text, its numbers' spans within it and scores) for each run of two phones or
    more among ``spans`` that are in ``phones`` and that only a slash (and spaces) sets
    apart."""
    members = sorted(
        {
            (s, e, phones[text[s:e]])
            for s, e, entity, _ in spans
            if entity == "PHONE_NUMBER" and text[s:e] in phones
        }
    )
    lists: list[tuple[str, list[tuple[int, int, float]]]] = []
    run = members[:1]
    for member in [*members[1:], None]:
        if member is not None and _SLASH_JOIN_RE.fullmatch(text, run[-1][1], member[0]):
            run.append(member)
            continue
        if len(run) >= 2:
            first = run[0][0]
            lists.append((text[first : run[-1][1]], [(s - first, e - first, c) for s, e, c in run]))
        run = [member] if member is not None else []
    return lists


def _in_attribute(text: str, start: int) -> bool:
    """Does a markup attribute's value start at ``start``?"""
    return _ATTRIBUTE_BEFORE_RE.search(text, max(0, start - 64), start) is not None


def _phone_keyed(text: str, start: int) -> bool:
    """Does the value at ``start`` fill a key or an XML element whose name is a phone's
    (``"telefono1": "``, ``<Telephone>``)?"""
    lo = max(0, start - 64)
    key = _KEY_BEFORE_RE.search(text, lo, start) or _ELEMENT_BEFORE_RE.search(text, lo, start)
    name = key and next(group for group in key.groups() if group)
    return bool(name) and "PHONE_NUMBER" in key_entities(name.rsplit(":", 1)[-1])
