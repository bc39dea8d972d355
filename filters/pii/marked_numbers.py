"""Numbers after a bracketed area code, maybe after a mark that says what line they are, as
registers of Russian-writing countries list an office's lines: ``(8 0162) т. 32 26 06``,
``(8 016) т./ф. 443 09 20``, ``(8 01641) т/ф 2 51 99, т. 2 57 47``, ``(8 0232) 75 48 07 75 07
87 т./ф. 75 48 30``.

The area code (its trunk ``8`` or ``0`` first) stands once, in brackets, before the first line;
each line may follow a mark: ``т.`` (телефон), ``ф.`` (факс), ``т./ф.`` (both), ``тел.``,
``факс``, ``моб.``. The local numbers are five to seven digits in groups, too short to be taken
alone, and a mark between the bracket and the number keeps any phone shape from reading them as
one number. Here the first line is a phone from the bracket to its last digit when the area code
and the local number hold nine to twelve digits together (``first_marked_phones``, a label
pass), and every later line of the same field, run on after the one before with a space, after
a comma or after a mark, is a phone on its own, the area code applying to it
(``later_marked_phones``), once the stage kept the first. A run
of local numbers with no mark between them (``75 48 07 75 07 87``) is split into numbers of
one length where its groups allow.
"""

from __future__ import annotations

import re

# the area code in brackets, a trunk 8 or 0 first ("(8 0162)", "(802353)", "(02339)")
_AREA = r"\((?:8[ \u00a0]?|0)\d{1,5}(?:[ \u00a0]\d{1,3})?\)"
# what line follows: phone, fax, both, mobile (a full stop or a space after the letter)
_MARK = r"(?:т\.?[ \t]*/[ \t]*ф\.?|тел\.?|факс\.?|моб\.?|[тф]\.|[тф](?=[ \t]))"
# local numbers' digit groups, a few numbers' worth run together
_LOCAL = r"\d{1,7}(?:[ \-]\d{1,3}){0,11}"
_FIRST_RE = re.compile(rf"(?i){_AREA}[ \t]*(?:{_MARK}[ \t]*)?({_LOCAL})(?![\d\-])")
# a later line: after a comma or a semicolon, or after a mark (the area code maybe again)
_NEXT_RE = re.compile(
    rf"(?i)[ \t]*([,;]?)[ \t]*(?:{_AREA}[ \t]*)?({_MARK}[ \t]*)?({_LOCAL})(?![\d\-])"
)
_MIN_LOCAL, _MAX_LOCAL = 5, 7
_MIN_TOTAL, _MAX_TOTAL = 9, 12
# where such a field may open, and the marks' letters: a text without both has none (a regex
# with a literal first character scans a page several times faster than two substring tests,
# and a plain class faster than an IGNORECASE one)
_AREA_OPEN_RE = re.compile(r"\([80]")
_MARK_LETTERS_RE = re.compile(r"[тфТФ]")


def first_marked_phones(text: str) -> list[tuple[int, int]]:
    """Each field's first line, from its bracket to its local number's last digit."""
    return [(start, locals_[0][1]) for start, _, locals_ in _fields(text)]


def later_marked_phones(text: str, found_first: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The later lines of each field whose first line is among ``found_first`` (spans the
    stage kept: no bait, no word cut): the local numbers run on after the first, then those
    after a mark (and maybe the area code again)."""
    found: list[tuple[int, int]] = []
    for start, end, locals_ in _fields(text):
        if (start, locals_[0][1]) not in found_first:
            continue
        found += locals_[1:]
        at = end
        while (
            (nxt := _NEXT_RE.match(text, at))
            and (nxt.group(1) or nxt.group(2))
            and (later := _local_numbers(text, *nxt.span(3)))
        ):
            found += later
            at = nxt.end()
    return found


def _fields(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, local numbers) of each field that opens with a bracketed area code and
    nine to twelve digits with its first local number."""
    if not _AREA_OPEN_RE.search(text) or not _MARK_LETTERS_RE.search(text):
        return []
    fields = []
    for first in _FIRST_RE.finditer(text):
        area = _digits(text, first.start(), first.start(1))
        locals_ = _local_numbers(text, *first.span(1))
        if locals_ and _MIN_TOTAL <= area + _digits(text, *locals_[0]) <= _MAX_TOTAL:
            fields.append((first.start(), first.end(), locals_))
    return fields


def _local_numbers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The local numbers of text[start:end]: numbers of one length, five to seven digits,
    that its digit groups divide it into (the shortest such length first); none when no
    length fits."""
    groups = [(start + m.start(), start + m.end()) for m in re.finditer(r"\d+", text[start:end])]
    total = sum(e - s for s, e in groups)
    for length in range(_MIN_LOCAL, _MAX_LOCAL + 1):
        if total % length == 0 and (numbers := _split(groups, length)):
            return numbers
    return []


def _split(groups: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Consecutive digit ``groups`` joined into numbers of ``length`` digits each, or none when
    a number would end inside a group."""
    numbers: list[tuple[int, int]] = []
    begin, count = None, 0
    for s, e in groups:
        begin = s if begin is None else begin
        count += e - s
        if count == length:
            numbers.append((begin, e))
            begin, count = None, 0
        elif count > length:
            return []
    return numbers if begin is None else []


def _digits(text: str, start: int, end: int) -> int:
    return sum(c.isdigit() for c in text[start:end])
