"""Japan's comma-separated medical records, whose fields are named by their place.

Three national standards write a clinic's data as lines of comma-separated fields, each line a
record whose first field is its type, with no key or label anywhere:

* JAHIS's out-of-hospital prescription data (the 2D symbol printed on a prescription, its
  first line ``JAHIS10``): record ``1`` holds the institution's code kind, its seven-digit
  code and prefecture, record ``3`` its telephone, fax and other contact numbers
  (``3,096-366-3666,,``), record ``201`` a drug's code (``201,1,1,1,2,620005931,...``);
* JAHIS's electronic medication notebook (its first line ``JAHISTC08``): record ``1`` holds the
  patient's telephone and emergency contact, record ``11`` the dispensing institution's
  seven-digit code, postcode, address and telephone (``11,安宅循環器内科,36,1,0936817,
  778-0003,...,0883-72-6300,1``), ``51`` the prescribing institution's code;
* the receipt files of the claims system (レセプト電算処理, ``.UKE``): the ``IR`` record
  holds the institution's code and, in field 10, its telephone (``IR,1,43,1,0224960,,熊本
  市立熊本市民病院,202410,00,096-365-1711``), ``HO`` an insurer's eight-digit number, ``SY``,
  ``SI`` and ``IY`` disease, procedure and drug codes.

A number that fills a telephone field is a phone; any other whole field is a code, a number
of an insurer or an institution, a date or a count, never a phone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.span_resolution import within_any

_JAHIS_HEADER_RE = re.compile(r"(?m)^JAHIS\d{1,2}\r?$")
# an electronic medication notebook's first line (JAHIS's format "JAHISTC08", its output kind)
_NOTEBOOK_HEADER_RE = re.compile(r"(?m)^JAHISTC\d{2}(?:,\d)?\r?$")
# the IR record's payer, prefecture, fee table and seven-digit institution code: no country
# list's "IR," row
_UKE_IR_RE = re.compile(r"(?m)^IR,\d,\d\d,\d,\d{7},")
_UKE_RECORD_RE = re.compile(r"(?m)^(?:RE|HO|KO|SY|SI|IY|TO|CO|GO),")
# the telephone fields by standard and record type, numbered from the type as field 1 (the
# notebook's record 1 holds the patient's telephone and emergency contact, record 11 the
# dispensing institution's telephone after its code, postcode and address)
_PHONE_FIELDS = {
    "jahis": {"3": {2, 3, 4}},
    "uke": {"IR": {10}},
    "notebook": {"1": {7, 8}, "11": {8}},
}
_RECORD_TYPE_RE = re.compile(r"([0-9A-Z]{1,3}),")
# a whole field's number: digits with hyphens or brackets between, from a comma to a comma
# or the line's end
_FIELD_NUMBER_RE = re.compile(r"(?<=,)\(?\d[\d()\-]*\d(?=,|\r?$)", re.M)


@lru_cache(maxsize=2)
def _kinds(text: str) -> frozenset[str]:
    """Which of the two ("jahis", "uke") ``text`` holds (kept for the checks that ask about
    one document's numbers one after another)."""
    kinds = set()
    if "JAHIS" in text and _JAHIS_HEADER_RE.search(text):
        kinds.add("jahis")
    if "JAHISTC" in text and _NOTEBOOK_HEADER_RE.search(text):
        kinds.add("notebook")
    if "IR," in text and _UKE_IR_RE.search(text) and _UKE_RECORD_RE.search(text):
        kinds.add("uke")
    return frozenset(kinds)


def _field(text: str, start: int) -> tuple[str, str, int] | None:
    """(standard, record type, field number) of the field that starts at ``start`` in a record
    of a standard that ``text`` holds (JAHIS's types are numbers, the receipt files' letters),
    or None."""
    line_start = text.rfind("\n", 0, start) + 1
    record = _RECORD_TYPE_RE.match(text, line_start)
    if record is None:
        return None
    kinds = _kinds(text)
    standard = ("notebook" if "notebook" in kinds else "jahis") if record[1].isdigit() else "uke"
    if standard not in kinds:
        return None
    return standard, record[1], text.count(",", line_start, start) + 1


def _whole_field(text: str, start: int, end: int) -> bool:
    """Does text[start:end] fill its comma-separated field?"""
    return start > 0 and text[start - 1] == "," and (end == len(text) or text[end] in ",\r\n")


def _phone_field(field: tuple[str, str, int]) -> bool:
    """Is ``field`` (standard, record type, field number) a telephone field of its standard?"""
    return field[2] in _PHONE_FIELDS[field[0]].get(field[1], ())


def jp_medical_code(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole field of a JAHIS prescription's or a receipt file's record
    that is no telephone field (a code, an insurer's number, a date)?"""
    if not _whole_field(text, start, end) or not _kinds(text):
        return False
    field = _field(text, start)
    return field is not None and not _phone_field(field)


@lru_cache(maxsize=2)
def jp_medical_phone_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers that fill a telephone field of a JAHIS prescription's or a
    receipt file's record."""
    if not _kinds(text):
        return ()
    return tuple(
        number.span()
        for number in _FIELD_NUMBER_RE.finditer(text)
        if (field := _field(text, number.start())) is not None and _phone_field(field)
    )


def jp_medical_named(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (part of) a number that fills such a telephone field?"""
    return within_any(jp_medical_phone_values(text), start, end)
