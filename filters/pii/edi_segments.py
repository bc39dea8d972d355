"""Numbers in EDI interchanges: the communication numbers that a qualifier names, and the rest.

EDI messages name no value by a word; each element's meaning is its position in its segment.
A contact's numbers stand in communication segments, each with a qualifier that says what the
number is: X12's PER (administrative communications contact) and G61 (contact) segments write
a qualifier before each number (``G61*IC*DEDOUANEMENT*TE*27.55.48~``: TE telephone, FX fax,
CP cellular, HP home, WP work), UN/EDIFACT's COM segment after it (``COM+27.25.92:TE'``: TE
telephone, FX telefax, AL cellular, AJ alternate telephone). Such a number is a phone however
it is written (New Caledonia's six digits in dotted pairs look like a date). A number that is
a whole element of any other segment is a control number, a reference, a date, a weight or a
code of the positions the standard defines (``ISA*...*112011363*0*P*>~``, ``L11*0036590*TJ~``,
``RFF+GN:0588533'``), not a phone, although phonenumbers may take a nine-digit control number
for a mobile; a number inside a free-text element (``NTE*SPH*APPELER LE 27.55.48~``) is left to
the other rules. Only the standards' default delimiters are read: ``*`` and ``~`` for X12,
``+``, ``:`` and ``'`` for EDIFACT, in an interchange whose header is in the text.

EDIFACT written as XML (Slovenia's e-SLOG 2.0: ``<S_RFF><C_C506><D_1153>IT</D_1153>
<D_1154>3006622</D_1154>``) names each element by its data element number instead of its
place: a number that is a whole ``<D_nnnn>`` element is a code or a reference too
(``edifact_xml_element``), unless the element is the communication number of a COM segment
(``D_3148``) or one of free text, a name or an address line.

HL7 v2 messages are read the same way (``hl7_element``): a number that is a whole field,
component or repetition of a segment is a control id, an identifier or a code
(``MSH|...|MFN^M05^MFN_M05|7000671916|P|2.5``, ``LCH|...|PSGC-REG^PSGC-REG^L|0600000000``)
unless its field is a telecommunication number: one the standard types XTN (``PID-13``,
``LOC-6``...), or one that writes an XTN's use and equipment codes after the number
(``|+639171609088^WPN^PH|``). ASTM E1394 (LIS2-A2) records, which laboratory instruments and
France's HPRIM Santé messages write (``H|\\^&`` or ``H|~^\\&`` as the header), are read so
too: their record type is their first field, so the header's sender telephone is ``H-8``
(``H|~^\\&|RES021223.HPR||40000119^LABO ...|...|ORU|492701016||...``), the patient's ``P-13``
and the ordering physician's ``O-18``; the three-letter segments that HPRIM borrows from HL7
(``OBR``, ``OBX``) count as HL7's do. A number that fills a telecommunication field whole is a
phone however it is written (``hl7_phone_values``: a register's nine digits whose trunk 0 was
lost), and any other whole field is an id (the sender's FINESS number, ``OBR-3``'s order
number ``2407041261``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.span_resolution import within_any

# X12: a PER or G61 segment's body, then each number after a phone qualifier in it
_X12_CONTACT_RE = re.compile(r"(?m)(?:^|(?<=~))[ \t\r]*(?:PER|G61)(\*[^~\n]*)")
_X12_QUALIFIED_RE = re.compile(r"\*(?:TE|FX|CP|HP|WP)\*([^*~\n]+)")
# EDIFACT: a COM segment's number and its phone qualifier
_EDIFACT_COM_RE = re.compile(r"(?m)(?:^|(?<='))[ \t\r]*COM\+([^:'+\n]+):(?:TE|FX|AL|AJ)(?=')")
# the interchange headers, and where a segment starts: its tag and its element separator
_X12_HEADER, _EDIFACT_HEADER = "ISA*", "UNB+"
_SEGMENT_TAG_RE = re.compile(r"[ \t\r]*[A-Z][A-Z0-9]{1,2}[*+]")
_SEGMENT_ENDS = "~'\n"
# what stands on either side of a whole element (its separators, a component's ":")
_ELEMENT_BEFORE = "*+:"
_ELEMENT_AFTER = "*~+:'"
# how far back a number's segment start is looked for; the spaces the X12 envelope pads its
# fixed-length elements with ("*ZZ*0590778        *")
_REACH = 400
_PADDING_RE = re.compile(r" {0,15}")


@lru_cache(maxsize=2)
def _interchange(text: str) -> tuple[tuple[int, int], ...] | None:
    """None when ``text`` holds no X12 or EDIFACT interchange header, else the spans of the
    numbers that a communication qualifier names (kept for the bait checks that ask about one
    document's numbers one after another)."""
    x12, edifact = _X12_HEADER in text, _EDIFACT_HEADER in text
    if not (x12 or edifact):
        return None
    found: list[tuple[int, int]] = []
    if x12:
        for segment in _X12_CONTACT_RE.finditer(text):
            found += [m.span(1) for m in _X12_QUALIFIED_RE.finditer(text, *segment.span(1))]
    if edifact:
        found += [m.span(1) for m in _EDIFACT_COM_RE.finditer(text)]
    return tuple(found)


def edi_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers that an X12 or EDIFACT communication qualifier names, and of those
    that fill an HL7, ASTM or HPRIM telecommunication field."""
    return (_interchange(text) or ()) + hl7_phone_values(text)


def edi_named(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (part of) a number that a communication qualifier names?"""
    return within_any(edi_phone_values(text), start, end)


# HL7 v2: the message header with the default delimiters ("|" between fields, "^" between
# components, "~" between repetitions, "&" between subcomponents), a segment's start
_HL7_HEADER = "MSH|^~\\&"
_HL7_SEGMENT_RE = re.compile(r"[A-Z][A-Z0-9]{2}\|")
# ASTM E1394's header ("\\" between repetitions) and HPRIM Santé's ("~" between repetitions,
# "\\" the escape), at a line's start, after an instrument's frame number where it writes one;
# an ASTM record's type is one letter, HPRIM's own segments have up to three
_ASTM_HEADER_RE = re.compile(r"(?m)^\x02?[0-7]?H\|(?:\\\^&|~\^\\&)\|")
_ASTM_RECORD_RE = re.compile(r"\x02?[0-7]?([A-Z][A-Z0-9]{0,2})\|")
_HL7_BEFORE = "|^~&\\"
_HL7_AFTER = "|^~&\\\r\n"
# an XTN's telecommunication use codes and equipment types of a phone (HL7 tables 0201 and
# 0202; ``key_values`` finds the number before them)
XTN_PHONE_USES = "PRN|ORN|WPN|VHN|ASN|EMR|BPN"
XTN_PHONE_EQUIPMENT = "PH|FX|CP|MD|BP|TDD|TTY"
# ... and an XTN's codes after a phone or an address ("^WPN^PH", "^PRN^FX", "^^CP",
# "^NET^Internet")
_XTN_CODES_RE = re.compile(
    rf"\^(?:{XTN_PHONE_USES}|NET)?\^(?:{XTN_PHONE_EQUIPMENT}|Internet)(?![^\^~|&\r\n])"
)
# the fields HL7 v2.5 types XTN, by segment (phone numbers of a patient, next of kin,
# guarantor, insurer, order, location, staff member, provider, contact)
_XTN_FIELDS = {
    "PID": {13, 14, 40},
    "NK1": {5, 6, 31, 40, 41},
    "GT1": {6, 7, 46},
    "IN1": {6},
    "ORC": {14, 23, 24},
    "OBR": {17},
    "LOC": {6},
    "STF": {10},
    "PRD": {5},
    "CTD": {5},
}
# the telephone fields of ASTM E1394's records (the sender's, the patient's, the ordering
# physician's), numbered from the record type as field 1
_ASTM_PHONE_FIELDS = {"H": {8}, "P": {13}, "O": {18}}


@lru_cache(maxsize=2)
def _hl7_message(text: str) -> str | None:
    """ "hl7" when ``text`` holds an HL7 v2 message header, "astm" when an ASTM E1394 or HPRIM
    one, else None (kept for the bait checks that ask about one document's numbers one after
    another)."""
    if _HL7_HEADER in text:
        return "hl7"
    if "H|" in text and _ASTM_HEADER_RE.search(text):
        return "astm"
    return None


def _segment_field(text: str, start: int, kind: str) -> tuple[str, int] | None:
    """(segment or record type, field number) of the field that ``start`` lies in, in a
    message of ``kind`` ("hl7" or "astm"), or None when its line opens no segment."""
    segment = max(text.rfind("\r", 0, start), text.rfind("\n", 0, start)) + 1
    if kind == "hl7":
        if not _HL7_SEGMENT_RE.match(text, segment):
            return None
        tag, opened = text[segment : segment + 3], segment
    else:
        record = _ASTM_RECORD_RE.match(text, segment)
        if record is None:
            return None
        tag, opened = record[1], record.start(1)
    # MSH-1 is the field separator itself, and an ASTM record's type is its field 1, so their
    # fields are counted one further; HPRIM's three-letter segments are HL7's
    further = tag == "MSH" or (kind == "astm" and len(tag) == 1)
    return tag, text.count("|", opened, start) + further


def _phone_field(tag: str, number: int, kind: str) -> bool:
    """Is field ``number`` of segment ``tag`` a telecommunication number?"""
    if kind == "astm" and len(tag) == 1:
        return number in _ASTM_PHONE_FIELDS.get(tag, ())
    return number in _XTN_FIELDS.get(tag, ())


def hl7_element(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole field, component or repetition of a segment of an HL7 v2,
    ASTM E1394 or HPRIM message (whose header is in the text) in a field that is no
    telecommunication number (a control id, an identifier, a code)?"""
    if (
        start == 0
        or text[start - 1] not in _HL7_BEFORE
        or (end < len(text) and text[end] not in _HL7_AFTER)
        or (kind := _hl7_message(text)) is None
    ):
        return False
    field = _segment_field(text, start, kind)
    if field is None or _phone_field(*field, kind):
        return False
    field_start = text.rfind("|", 0, start) + 1
    field_end = min((i for i in (text.find(c, end) for c in "|\r\n") if i >= 0), default=len(text))
    return _XTN_CODES_RE.search(text, field_start, field_end) is None


# a telecommunication field's number: its first component whole, from the field's start
_PHONE_FIELD_VALUE_RE = re.compile(r"\+?\(?\d[\d ()./\-]*\d(?=[|^~\\&\r\n]|$)")


@lru_cache(maxsize=2)
def hl7_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers that fill a telecommunication field of an HL7 v2, ASTM E1394 or
    HPRIM message whole (the field's first component, or a repetition's: ASTM's ``H-8``, HL7's
    ``PID-13``)."""
    kind = _hl7_message(text)
    if kind is None:
        return ()
    found = []
    for separator in re.finditer(r"[|~\\]", text):
        value = _PHONE_FIELD_VALUE_RE.match(text, separator.end())
        field = value and _segment_field(text, value.start(), kind)
        if field is not None and _phone_field(*field, kind):
            found.append(value.span())
    return tuple(found)


# an EDIFACT XML data element right before a value, and the elements that may hold a phone
# whole: the communication address (3148), free text (4440, 4441), a name and address line
# (3124), a party's name (3036), a street (3042), a contact's name (3412)
_EDIFACT_XML_ELEMENT_RE = re.compile(r"<D_(\d{4})>\Z")
_EDIFACT_XML_TEXT_ELEMENTS = frozenset(("3148", "4440", "4441", "3124", "3036", "3042", "3412"))


def edifact_xml_element(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole data element of EDIFACT written as XML that holds a code or a
    reference (module doc)?"""
    element = _EDIFACT_XML_ELEMENT_RE.search(text, max(0, start - 8), start)
    return (
        element is not None
        and element[1] not in _EDIFACT_XML_TEXT_ELEMENTS
        and text.startswith(f"</D_{element[1]}>", end)
    )


def edi_element(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole element of an EDI segment that no phone qualifier names (a
    control number, a reference, a code)? In an EDIFACT interchange a "+" is always the element
    separator (data writes it "?+"), never a country code's sign: "LIN+1++8402129926070:SRV'"
    holds an empty element and a GS1 article number, whatever a phone matcher reads."""
    if text.startswith("+", start) and text[start - 1 : start] != "?" and _EDIFACT_HEADER in text:
        while start < end and text[start] == "+":
            start += 1
    after = _PADDING_RE.match(text, end).end()
    if not (
        start > 0
        and after < len(text)
        and text[start - 1] in _ELEMENT_BEFORE
        and text[after] in _ELEMENT_AFTER
    ):
        return False
    lo = max(0, start - _REACH)
    segment = max(text.rfind(c, lo, start) for c in _SEGMENT_ENDS) + 1
    return (
        _SEGMENT_TAG_RE.match(text, segment) is not None
        and _interchange(text) is not None
        and not edi_named(text, start, end)
    )
