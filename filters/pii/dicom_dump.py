"""Values of a DICOM data set as dcmdump prints it, named by their content item's concept or
by their own attribute's keyword.

dcmdump (DCMTK) prints one element per line: its tag, its value representation, the value in
brackets, and after a ``#`` its length, its multiplicity and its keyword
(``(0010,2154) SH [226-2226]  #   8, 1 PatientTelephoneNumbers``). The keyword names the
value, as a key does. A structured report (SR) holds its findings as content items instead:
each item names its value by a coded concept, whose ``CodeMeaning`` is printed in a nested
sequence (``(0008,0104) LO [School telephone]``), and holds the value a few lines below it
(``(0040,a160) UT [226-2226]``, a TEXT item's ``TextValue``). The value's own line then says
only "TextValue"; its name is the meaning of its own item's concept: the nearest meaning above
it, inside the item (deeper than the value's line), with no line of the item's own depth or
shallower between (the item's start, or the previous item's value). A label pass over the whole
document: an item's lines may lie in different windows.
"""

from __future__ import annotations

import re

from filters.pii.cell_labels import is_label

# an element's line: indentation, tag, value representation, the value in brackets, and the
# keyword after its length and multiplicity
_ELEMENT_RE = re.compile(
    r"([ \t]*)\(([0-9a-fA-F]{4},[0-9a-fA-F]{4})\) [A-Z]{2} \[([^\]\n]*)\]"
    r"[ \t]*#[ \t]*\d+,[ \t]*\d+[ \t]+(\w+)"
)
_ELEMENT_LINE_RE = re.compile("(?m)^" + _ELEMENT_RE.pattern)
_CODE_MEANING = "0008,0104"
_TEXT_VALUE = "0040,a160"
# what every dcmdump listing of a data set holds: an element's tag, its VR and a bracket
_HINT_RE = re.compile(r"\([0-9a-fA-F]{4},[0-9a-fA-F]{4}\) [A-Z]{2} \[")
# the lines looked at above a TextValue for its item's concept meaning
_REACH = 12


def dicom_named_values(text: str, words: re.Pattern) -> list[tuple[int, int]]:
    """Spans of the bracketed values of dcmdump's element lines that ``words`` name
    (``dicom_named``)."""
    if not _HINT_RE.search(text):
        return []
    return [
        element.span(3)
        for element in _ELEMENT_LINE_RE.finditer(text)
        if _named(text, element, words)
    ]


def dicom_named(text: str, start: int, words: re.Pattern) -> bool:
    """Is the value at ``start`` the bracketed value of a dcmdump element line that ``words``
    name: by the element's keyword, or, for a content item's ``TextValue``, by the item's
    concept meaning?"""
    line_start = text.rfind("\n", 0, start) + 1
    element = _ELEMENT_RE.match(text, line_start)
    return element is not None and element.start(3) <= start and _named(text, element, words)


def _named(text: str, element: re.Match, words: re.Pattern) -> bool:
    if is_label(element.group(4), words):
        return True
    if element.group(2).lower() != _TEXT_VALUE:
        return False
    depth = _depth(element.group(1))
    end = element.start()
    for _ in range(_REACH):
        if end <= 0:
            return False
        line_start = text.rfind("\n", 0, end - 1) + 1
        above = _ELEMENT_RE.match(text, line_start, end - 1)
        end = line_start
        if above is None:
            continue  # a sequence's or an item's line, which holds no value
        if _depth(above.group(1)) <= depth:
            return False  # the item's own value lines, or the item before: no concept
        if above.group(2) == _CODE_MEANING:
            return is_label(above.group(3), words)
    return False


def _depth(indent: str) -> int:
    return len(indent.expandtabs(4))
