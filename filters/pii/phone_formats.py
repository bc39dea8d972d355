"""Phone numbers by their written format, and the phone words that vouch for looser ones.

phonenumbers only reports numbers whose area code exists; for scrubbing, a number written the
way phones are written is personal data whatever its prefix. This module holds the shapes
(``format_phones``), the separators phonenumbers allows between digit groups (which the pre-scan
must cover) and the phone words looked for on a number's line (``phone_context``).
"""

from __future__ import annotations

import functools
import re

from filters.pii.aeat_records import aeat_phone_values
from filters.pii.cell_labels import headers_for, is_label, line_above
from filters.pii.columnar_json import column_named
from filters.pii.contact_blocks import contact_block_phones
from filters.pii.country_code_phones import country_code_phones
from filters.pii.dicom_dump import dicom_named, dicom_named_values
from filters.pii.edi_segments import edi_named, edi_phone_values
from filters.pii.element_keys import ELEMENT_VALUE_RE_TEMPLATE, keyed_by
from filters.pii.fix_parties import fix_phone_sub_id
from filters.pii.fixed_width import table_fields
from filters.pii.gexf_attributes import gexf_named, gexf_phone_values
from filters.pii.grid_cells import grid_header, grid_values, left_cell
from filters.pii.id_labels import names_another_number, shown_label
from filters.pii.iso20022 import iso20022_named, iso20022_phone_values
from filters.pii.jp_medical_records import jp_medical_named, jp_medical_phone_values
from filters.pii.line_starts import after_newline, line_start_matches
from filters.pii.marc_fields import marc_named, marc_phone_values
from filters.pii.marked_numbers import first_marked_phones
from filters.pii.mork_cells import mork_column, mork_values
from filters.pii.parent_keys import parent_key, parent_keyed
from filters.pii.phone_words import LEADING_PREPOSITIONS, PHONE_WORD_RE
from filters.pii.pnr_contacts import pnr_named, pnr_phone_values
from filters.pii.rdf_triples import triple_objects, triple_predicate
from filters.pii.sdp import sdp_phones
from filters.pii.sibling_keys import sibling_named, sibling_named_starts
from filters.pii.sip_names import sip_display_named, sip_display_numbers
from filters.pii.sql_columns import sql_column, sql_values
from filters.pii.typed_elements import typed_named, typed_phone_values
from filters.pii.word_chars import SPACED_WORD_CHAR

# phonenumbers' matcher separates digit groups with up to four of these characters (its
# _VALID_PUNCTUATION plus brackets); tests/test_pii.py checks this still covers the library's set.
PHONE_PUNCTUATION = (
    "\\-x\u2010-\u2015\u2212\u30fc\uff0d-\uff0f \u00a0\u00ad\u200b\u2060\u3000"
    "()\uff08\uff09\uff3b\uff3d.\\[\\]\\\\/~\u2053\u223c\uff5e"
)
DIGIT_RUN_RE = re.compile(rf"\d(?:[{PHONE_PUNCTUATION}]{{0,4}}\d)*")
MIN_PHONE_DIGITS = 7
# Six-digit numbers exist (Greenland, Faroe, small islands): reported only when grouped
# ("32 45 67") and next to a phone word, see ``phone_context``.
MIN_GROUPED_PHONE_DIGITS = 6

# phonenumbers only reports numbers whose area code exists; for scrubbing, a number written the
# way phones are written is personal data whatever its prefix ("166-684-7899"). Shapes that
# are phones and little else are reported on their own; any other number of 7 to 15 digits, in
# groups or not ("481 7531", "8 473 593 3603", "24793450"), only next to a phone word or phrase
# on the same line (``phone_context``) or below a phone label (``labelled_phones``).

_D = r"\d"  # any script's decimal digits: "+৮৮০-৭৭৮-৩২৯-৩৮৫" is a phone number too
_PHONE_EXT = r"(?P<ext>\s?(?:x|ext\.?|extension|#)\s?\d{1,6})?"
_ANY_EXT = _PHONE_EXT.replace("?P<ext>", "?:")  # the same, unnamed, for a list's later numbers
# a letter of a script written without spaces is a boundary before a number, as a space is
# ("聯絡電話(037)861410", "電話番号03-1234-5678"); any other letter or digit makes it a token's tail
_PHONE_BEFORE = rf"(?<!{SPACED_WORD_CHAR})(?<![_+.\-/])(?<![0-9][ .\-])"
# (a zero fraction after the number is a spreadsheet's float, "75570166.0": no digit group);
# after it too, such a letter is a boundary ("打院所電話(04)7813888問居家醫療", a PTT reply)
_PHONE_AFTER = rf"(?!{SPACED_WORD_CHAR}|[ \-/][0-9]|\.(?!0+(?![\w.]))[0-9])"
# A prefix of one to three lower-case letters joined to the number by a hyphen: Bantu languages
# write their locative and possessive prefixes so before numerals ("Shayela ku-010 152 0858",
# Zulu "call on ..."). Read as a boundary only when a phone word is on the line: without one,
# "id-24793450" or "sku-1234567" stay parts of a longer token.
CLITIC_BEFORE = r"(?:(?<=\b[a-z]-)|(?<=\b[a-z]{2}-)|(?<=\b[a-z]{3}-))"
CLITIC_PREFIX_RE = re.compile(r"\b[a-z]{1,3}-\Z")
# A phone word's abbreviation and its dot right before the number ("Tel.0301234567", Latvian
# "Tālr.67536758", Russian "тел.84951234567"): the dot ends the word and glues nothing to it, as
# it would a path's or a version's next part ("v1.2", "taz.de/!5650366")
ABBREVIATION_BEFORE = (
    r"(?:(?<=\b(?i:ph)\.)|(?<=\b(?i:tel|tél|tlf|tfn|fax|mob|тел|τηλ)\.)|(?<=\b(?i:tālr|telf)\.))"
)
ABBREVIATION_BEFORE_RE = re.compile(ABBREVIATION_BEFORE)
_PHONE_FORMAT_RE = re.compile(
    # (a number's first character looked for before the look-behinds, as in _CUED_PHONE_RE)
    r"(?=[+(\d])"
    + _PHONE_BEFORE
    + "(?:"
    # NANP with an optional +1 / 001 / 1 prefix: (ddd) ddd-dddd, ddd-ddd-dddd, ddd.ddd.dddd
    + rf"(?P<nanp>(?:(?:\+1|001|1)[ .\-]?)?(?:\({_D}{{3}}\) ?{_D}{{3}}[ .\-]{_D}{{4}}"
    + rf"|{_D}{{3}}-{_D}{{3}}-{_D}{{4}}|{_D}{{3}}\.{_D}{{3}}\.{_D}{{4}}"
    + rf"|{_D}{{3}} {_D}{{3}} {_D}{{4}}))"
    # international: +CC or 00CC, then groups
    + rf"|(?P<intl>(?:\+|00)[1-9]{_D}{{0,2}}(?:[ .\-]?\(?{_D}{{1,5}}\)?){{2,6}})"
    # national trunk prefix 0, at least one separator: 06-10446904, 0479 50 54 03, (027) 7972-805
    + rf"|(?P<trunk>\(?0{_D}{{1,4}}\)?(?:[ .\-/]{_D}{{2,8}}){{1,4}})"
    # bracketed area code: (11) 4706-6184, (88) 684-334, and the line in one run as Brazil's
    # registers write it, (11) 36251934
    + rf"|(?P<area>\({_D}{{2,4}}\) ?(?:{_D}{{2,5}}(?:[ .\-]{_D}{{2,5}}){{0,2}}|{_D}{{6,9}}))"
    # three or more hyphenated groups (25-62-29-72), four or more dotted ones (02.27.96.63.08)
    + rf"|(?P<groups>{_D}{{2,4}}-{_D}{{2,4}}(?:-{_D}{{2,4}}){{1,3}}"
    + rf"|{_D}{{2,4}}\.{_D}{{2,4}}(?:\.{_D}{{2,4}}){{2,3}})"
    + ")"
    + _PHONE_EXT
    + _PHONE_AFTER
)
# digits (extension excluded) each shape needs to stand on its own
_PHONE_FORMAT_DIGITS = {
    "nanp": (10, 13),
    "intl": (8, 15),
    "trunk": (9, 12),
    "area": (8, 12),
    "groups": (8, 12),
}
_DIGIT_GROUP_RE = re.compile(r"\d+")
# Any national or international number: digit groups with separators, brackets, a "+" or "00".
# Each group after the first follows a separator or a bracket, so that a long run of digits is
# read one way only (no backtracking over its splits).
_GROUP = rf"(?:\(\+?{_D}{{1,5}}\)|{_D}{{1,15}})"
# (a switchboard's extension after a spaced hyphen ends the number, as DIN 5008's "-0" does when
# written with spaces: "54 99 63 - 0", "2 43 95 - 09", Berlin's Heimaufsicht; after a number
# of two groups or more, whose last has at most four digits, so a range of years stays one
# ("1990 - 2004"); one to four digits and nothing of a number after them, so "0221 123456 -
# 0221 654321" stays two)
_GROUPED_BEFORE = "|".join(
    rf"(?<=\d{sep}\d{{{n}}})" for sep in ("[ .\\-/]", "  ") for n in range(1, 5)
)
# (the hyphen looked for first: most numbers end with none, and the look-behinds are not tried)
_SPACED_EXTENSION = (
    rf"(?:(?=[ \t]-[ \t]\d)(?:{_GROUPED_BEFORE})[ \t]-[ \t]\d{{1,4}}(?!\d|[ \t]?[\-/.]?[ \t]?\d))?"
)
_ANY_NUMBER = (
    rf"\+?{_GROUP}(?:(?:(?!\. )[ .\-/]{{1,2}}|(?<=\))|(?=\())\(?{_GROUP}\)?){{0,7}}"
    + _SPACED_EXTENSION
)
# (the lookahead first: most positions hold no number, and it fails there before the
# look-behinds of the three kinds of boundary are tried)
_CUED_PHONE_RE = re.compile(
    rf"(?=[+(\d])(?:{_PHONE_BEFORE}|{CLITIC_BEFORE}|{ABBREVIATION_BEFORE})(?:{_ANY_NUMBER})"
    + _PHONE_EXT
    + _PHONE_AFTER
)
# a line that holds nothing but a number (a form's value below its label), maybe quoted and
# followed by a comma (an entry of a pretty-printed JSON array or debug dump below its key's
# line: '"phones": [', "telefone: Some(")
# (and the field's further numbers after slashes: "33 859 44 00 / 33 827 39 51")
_MORE_AFTER_SLASH = rf"(?:[ \t]*/[ \t]*{_ANY_NUMBER})*"
_VALUE_LINE_RE = re.compile(
    rf"(?m)^[ \t]*\"?({_ANY_NUMBER}{_PHONE_EXT}){_MORE_AFTER_SLASH}\"?,?[ \t]*\r?$"
)
_VALUE_RE = re.compile(f"{_ANY_NUMBER}{_PHONE_EXT}")
# What separates the fields of a delimited row: tabs and "|" (extracted and pipe tables), commas
# and semicolons (CSV). Every entity's boundaries and the table-cell values below use this set.
FIELD_DELIMITERS = "\t|,;"
_FIELD_DELIMITER = "[" + re.escape(FIELD_DELIMITERS) + "]"
# a cell that holds nothing but a number (a table's value below its column header), maybe
# quoted: after a delimiter, or first in its row (a number alone on its line is a value line);
# a CRLF line's carriage return ends the last cell as its line break does.
# Two patterns that start with a delimiter or a line start, which the regex engine rejects at
# once elsewhere (one pattern with a look-behind is twice as slow on prose full of commas).
_VALUE_CELL_RES = (
    re.compile(
        rf"(?m){_FIELD_DELIMITER}[ ]*\"?({_ANY_NUMBER}{_PHONE_EXT}){_MORE_AFTER_SLASH}\"?[ ]*"
        rf"(?={_FIELD_DELIMITER}|\r?$)"
    ),
    re.compile(
        rf"(?m)^[ ]*\"?({_ANY_NUMBER}{_PHONE_EXT}){_MORE_AFTER_SLASH}\"?[ ]*(?={_FIELD_DELIMITER})"
    ),
)
# a number that is the whole cell of a LaTeX tabular row: between "&"s, or first before one, or
# last before the row's end "\\" (only looked for in text with both)
_LATEX_VALUE_RE = re.compile(rf"(?m)(?:(?<=&)|^)[ \t]*({_ANY_NUMBER}{_PHONE_EXT})[ \t]*(?=&|\\\\)")
# a number that is the whole content of an HTML <td> or <dd> element (raw markup in crawled
# text, JSONL and Parquet inputs), its end tag or the next cell or row right after it
_MARKUP_VALUE_RE = re.compile(
    rf"(?i:<(?:td|dd)\b[^<>]*>)\s*({_ANY_NUMBER}{_PHONE_EXT})\s*"
    r"(?=(?i:</?(?:t[dhr]|d[dlt]|table|tbody|thead|tfoot)\b))"
)
# numbers that fill an XML element, one or a list ("<string>89 625 05 18, 570 002 949</string>"),
# the candidates of ``element_keys.keyed_by``
_ELEMENT_VALUE_RE = re.compile(
    ELEMENT_VALUE_RE_TEMPLATE.format(
        numbers=rf"{_ANY_NUMBER}{_PHONE_EXT}(?:[ \t]*[,;][ \t]*{_ANY_NUMBER}{_ANY_EXT})*"
    )
)
PHONE_FORMAT_SCORE = 0.45  # above phonenumbers' 0.4, below a checked SSN's 0.5
# A value in a phone column of a table (not a form's value below a label line, whose "label"
# may be the line of another number): the header decides, as an SSN column's does
# (``ssn_labels.LABELLED_SSN_SCORE``, which wins a tie): "653 30 3349" under "Tel" is a phone
# although it has an SSN's shape (Presidio's SSN pattern scores 0.5).
LABELLED_CELL_SCORE = 0.8


def line_of(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """(start, end) of the line holding text[start:end], within text[lo:hi]."""
    hi = len(text) if hi is None else hi
    line_end = text.find("\n", end, hi)
    return max(lo, text.rfind("\n", lo, start) + 1), hi if line_end < 0 else line_end


def without_stray_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of a phone span without a bracket at its edge that closes or opens nothing
    inside it: the brackets around a number in a sentence ("the gate (+43 676 6202235) is")
    and a markup's square brackets (Typst's content block, "[06830950]") are the text's,
    while "(0)21 881 12 64" and "(027) 7972-805" keep theirs. A bracket that opens after the
    number and closes after the span is the sentence's aside, not the number's
    ("9892 2529 (9 pages)"): the span ends before it."""
    aside = text.find("(", start + 1, end)
    if aside > start and text.find(")", aside, end) < 0 and text[aside - 1] in " \t":
        end = len(text[:aside].rstrip(" \t-"))
    for opening, closing in ("()", "[]"):
        while (
            end > start
            and text[end - 1] == closing
            and (text.count(opening, start, end) < text.count(closing, start, end))
        ):
            end -= 1
        while (
            start < end
            and text[start] == opening
            and (text.count(opening, start, end) > text.count(closing, start, end))
        ):
            start += 1
    return start, end


def with_own_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of a phone span with the bracket that opens a bracket it closes: the
    matcher starts "(+385 52) 855 375", a calling code and an area code bracketed together, at
    the "+"."""
    if (
        start > 0
        and text[start - 1] == "("
        and text.count(")", start, end) > text.count("(", start, end)
    ):
        return start - 1, end
    return start, end


def labelled_score(text: str, start: int, end: int) -> float:
    """The score of a labelled phone: ``LABELLED_CELL_SCORE`` in a table cell, the format
    score alone on its line."""
    line_start, line_end = line_of(text, start, end)
    alone = not text[line_start:start].strip() and not text[end:line_end].strip()
    return PHONE_FORMAT_SCORE if alone else LABELLED_CELL_SCORE


def window_start(text: str, start: int, width: int) -> int:
    """Where a window of ``width`` characters before ``start`` begins on its line, a run of
    spaces or tabs right before ``start`` counting as one: an aligned column pads its value
    to the right ("Telephone" and its value 60 spaces on, as pandas prints a row), and the
    padding puts no other word between a label and its value."""
    pad = len(text[:start]) - len(text[:start].rstrip(" \t"))
    return max(text.rfind("\n", 0, start) + 1, start - width - max(0, pad - 1))


# the preposition that a dialling verb's clause puts before its number ("call Small Wonder
# Preschool International Business Park at 98179691", "appelez la mairie de Brens au ..."); a
# full stop does not end the clause, as the names of firms abbreviate ("PTE. LTD. at ..."); a
# Romance word for "number" leads to it too, as an act's prose writes it ("O atendimento
# telefônico será prestado pelo(s) número(s) 3917-1242", a São Paulo ordinance)
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:"
    + "|".join(LEADING_PREPOSITIONS)
    + r"|n[úu]mero(?:s|\(s\))?|numéros?)[ \t]+\Z"
)
_CLAUSE_BREAK_RE = re.compile(r"[!?;:|\n]")


def context_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a phone word on text[start:end]'s line names it: up to 40 characters before (an
    aligned column's padding counting as one, ``window_start``) and 20 after."""
    hi = text.find("\n", end)
    return window_start(text, start, 40), min(len(text) if hi < 0 else hi, end + 20)


def phone_context(text: str, start: int, end: int) -> bool:
    """Is there a phone word in the ``context_window`` of text[start:end], or up to 100
    characters before it in the same clause when a preposition leads to the number
    (``_PREPOSITION_BEFORE_RE``)?"""
    lo, hi = context_window(text, start, end)
    if PHONE_WORD_RE.search(text, lo, start) or PHONE_WORD_RE.search(text, end, hi):
        return True
    if not _PREPOSITION_BEFORE_RE.search(text, max(0, start - 12), start):
        return False
    return any(
        not _CLAUSE_BREAK_RE.search(text, word.end(), start)
        for word in PHONE_WORD_RE.finditer(text, window_start(text, start, 100), start)
    )


# the end of a line that a phone word closes: the word, at most one short word after it (an
# article, a preposition: "appelez le", "call us on", "llame al") and a colon or a dash
_PHONE_WORD_TAIL_RE = re.compile(r"(?:[ \t]+[^\W\d_]{1,3})?[ \t]*[:\-\u2013]?[ \t]*\r?\n[ \t]*\Z")


def phone_word_ends_line_above(text: str, start: int) -> bool:
    """Does the line above the one that ``start`` opens end with a phone word, as a sentence
    wraps before its number (a caption's "Pour tout renseignement, appelez le" and then the
    number on the next cue line; "For bookings call us on" in a column)? A label pass: the
    line above may lie outside the window Presidio sees."""
    above = text.rfind("\n", 0, start)
    if above <= 0:
        return False
    lo = max(text.rfind("\n", 0, above) + 1, above - 60)
    return any(
        _PHONE_WORD_TAIL_RE.match(text, m.end(), start)
        for m in PHONE_WORD_RE.finditer(text, lo, above)
    )


def phone_label_above(text: str, start: int, end: int) -> bool:
    """Is text[start:end] alone on its line, below a short line that holds a phone word (a
    form: "Phone:" on one line, the number on the next), or alone in a table cell whose column
    header is such a label ("Name | Mobile | Since", then "R. Almeida | 601 671 274 | 2019";
    any row of the table, Markdown's delimiter row and HTML cells too: ``cell_labels``)?"""
    return label_above(text, start, end, PHONE_WORD_RE)


def structure_names_phone(text: str, start: int, end: int) -> bool:
    """Does a format that names its values by their place, by a code or by another key of
    their record name text[start:end] a phone: a dcmdump element's keyword or its content
    item's concept (``dicom_named``), an EDI communication qualifier (``edi_named``), an
    airline message's contact element (``pnr_named``: ``SSR CTCB NH HK1/076-478-0568``), a SIP
    address's display name (``sip_names``: ``"9660 5688" <sip:s8539-main@voice>``), an ISO
    20022 contact's phone element or channel (``iso20022``: ``<ChanlTp>PHON</ChanlTp>``), a MARC
    record's address subfield (``marc_fields``: ``=270  \\\\$k67064499``), a type sibling
    (``typed_elements``: ``<ElectronicAddressType>tel</ElectronicAddressType>``), the key of its
    object (``parent_keys``: ``"fax": {"pt-BR": ...}``), the header of an
    addressed spreadsheet cell's column (``grid_cells``), a GEXF attribute's declared title
    (``gexf_attributes``), a sibling key (``sibling_keys``: ``"type": "phone"`` beside
    ``"text": "4576-5659"``), a JSON triple's predicate (``rdf_triples``), a Mork row's
    column (``mork_cells``), a Polycom directory's ``<ct>``, a Gigaset phone book's ``<hm>`` or
    ``<mb>``, a FIX party sub-id of the phone type (``fix_parties``)?"""
    return (
        dicom_named(text, start, PHONE_WORD_RE)
        or edi_named(text, start, end)
        or jp_medical_named(text, start, end)
        or pnr_named(text, start, end)
        or sip_display_named(text, start, end)
        or iso20022_named(text, start)
        or marc_named(text, start)
        or typed_named(text, start)
        or parent_named(text, start)
        or _grid_phone_cell(text, start)
        or gexf_named(text, start)
        or sibling_named(text, start, PHONE_WORD_RE, not_another_number)
        or _triple_phone(text, start)
        or _mork_phone(text, start)
        or _directory_number(text, start)
        or fix_phone_sub_id(text, start)
    )


# Phone books whose format names an entry's numbers by short elements or attributes, each
# known by a mark in the file, with the pattern of a number's value (group "v"): a Polycom
# phone's contact directory (``<directory><item_list><item>``) names its contact "ct", beside
# its last and first names ("ln", "fn") and speed dial ("sd"); a Gigaset base station's online
# phone-book answer (``<list response="get_list" type="pb">``) names "hm" (home) and "mb"
# (mobile), beside "ln", "fn", street, house number, postcode and city ("st", "nr", "zc",
# "ct": no number there); MicroSIP's ``Contacts.xml`` (``<contacts>``) gives each
# ``<contact>`` the number it dials as the attribute "number", beside "phone" and "mobile"
_DIRECTORY_NUMBERS = (
    ("<item_list>", r"<ct>(?P<v>[^<]*)</ct>"),
    ('response="get_list"', r"<(hm|mb)>(?P<v>[^<]*)</\1>"),
    ("<contacts>", r'<contact\s[^<>]*?(?<=\s)number="(?P<v>[^"<>]*)"'),
)
_DIRECTORY_NUMBER_RES = tuple((mark, re.compile(pattern)) for mark, pattern in _DIRECTORY_NUMBERS)


@functools.lru_cache(maxsize=2)
def _directory_values(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the values that a phone book of ``_DIRECTORY_NUMBERS`` names as numbers;
    cached for the cue checks that ask about one document's numbers one after another."""
    return tuple(
        number.span("v")
        for mark, number_re in _DIRECTORY_NUMBER_RES
        if mark in text
        for number in number_re.finditer(text)
    )


def _directory_number(text: str, start: int) -> bool:
    """Does a value that a phone book of ``_DIRECTORY_NUMBERS`` names a number start at
    ``start``?"""
    return any(value_start == start for value_start, _ in _directory_values(text))


def _mork_phone(text: str, start: int) -> bool:
    """Is the value at ``start`` a Mork value that a row's cell puts in a phone's column
    (``mork_cells``: ``(^8E^83)`` with ``(8E=WorkPhone)``)?"""
    column = mork_column(text, start)
    return column is not None and is_label(column, PHONE_WORD_RE)


def _triple_phone(text: str, start: int) -> bool:
    """Is the value at ``start`` the object of a JSON triple whose predicate names a phone
    (``rdf_triples``: ``http://schema.org/telephone``)?"""
    predicate = triple_predicate(text, start)
    return predicate is not None and is_label(predicate, PHONE_WORD_RE)


def phone_cue(text: str, start: int, end: int) -> bool:
    """Does the text vouch for text[start:end] as a phone: a phone word on its line
    (``phone_context``), a phone label above it (``phone_label_above``), the structure of a
    format that names values by position or code (``structure_names_phone``) or the key or
    shown label of the XML element it fills (``element_label``)?"""
    return phone_context(text, start, end) or _label_or_field_cue(text, start, end)


def _label_or_field_cue(text: str, start: int, end: int) -> bool:
    """A phone label above text[start:end], or the name its field has in its format (the cues
    of ``phone_cue`` and ``own_phone_cue`` besides a phone word on the line)."""
    return (
        phone_label_above(text, start, end)
        or structure_names_phone(text, start, end)
        or element_names_phone(text, start, end)
        or sql_label(text, start, PHONE_WORD_RE)
    )


def element_names_phone(text: str, start: int, end: int) -> bool:
    """Does the key or shown label of the XML element that text[start:end] fills name it a
    phone (``element_label``)?"""
    element = filled_element(text, start, end) if "</" in text else None
    return element is not None and element_label(text, element, PHONE_WORD_RE)


def sql_label(text: str, start: int, words: re.Pattern) -> bool:
    """Is the value at ``start`` in an SQL INSERT's tuple under a column named by a label of
    ``words`` (``sql_columns``)?"""
    column = sql_column(text, start)
    return column is not None and is_label(column.replace("_", " "), words)


# a field's further numbers after a slash: a shortened ending ("/71") or whole numbers, each
# number maybe followed by a bracketed note of words that says whom it reaches ("913 021 145 /
# 917 667 338 (Sección Consular)", a NethVoice speed-dial export's fax cell)
_NUMBER_NOTE = r"(?:[ \t]*\([^()\d\n]{1,40}\))?"
_MORE_NUMBERS_RE = re.compile(rf"{_NUMBER_NOTE}(?:[ \t]*/[ \t]*{_ANY_NUMBER}{_NUMBER_NOTE})*")


def label_above(text: str, start: int, end: int, words: re.Pattern) -> bool:
    """``phone_label_above`` for the label words ``words``."""
    column = table_fields(text).get((start, end))
    if column is not None:  # a field of a fixed-width table, below its column's header
        return is_label(column, words)
    headers = headers_for(text)
    found = headers.markup_label(start, end, words)
    if found is not None:
        return found
    line_start, line_end = line_of(text, start, end)
    before, after = text[line_start:start], text[end:line_end]
    # the field's other numbers after a slash belong to its value ("33 869 70 70 /71",
    # "33 849 08 08 / 76 529 85 01")
    after = after[_MORE_NUMBERS_RE.match(after).end() :]
    # a quoted value with a comma after it fills its line as a bare one does ('"286320140",'),
    # and so does a definition list's definition (Pandoc's ":   0203741051" below its term)
    if before.strip(' \t"').lstrip(":~").strip(' \t"') or after.strip(' \t\r",'):
        return headers.delimited_label(line_start, before, after, words)
    above = line_above(text, line_start, in_table=False)
    if above is None:
        return False
    above_end = text.find("\n", above)
    return is_label(text[above : len(text) if above_end < 0 else above_end], words)


def _number_digits(text: str, match: re.Match) -> tuple[int, int]:
    """Digits of a number match without its extension, and its digit groups."""
    number_end = match.start("ext") if match.group("ext") else match.end()
    groups = _DIGIT_GROUP_RE.findall(text, match.start(), number_end)
    return sum(map(len, groups)), len(groups)


def _cued_length(digits: int, groups: int) -> bool:
    """7 to 15 digits (E.164's longest), or 6 in at least three groups ("32 45 67")."""
    return MIN_PHONE_DIGITS <= digits <= 15 or (digits == MIN_GROUPED_PHONE_DIGITS and groups >= 3)


# Six-digit numbers that reach a service, not a subscriber, in the harmonised European ranges:
# 116 (helplines, 116 000 to 116 123) and 118 (directory enquiries).
_SERVICE_SIX = ("116", "118")
# what may stand between a label and its value: spaces, a colon, a full stop, a dash, an
# equals sign (a template's or a config file's "| Telefon = 057318"), a key's quotes and arrow
# or a start tag's end ('"Phone"="602-257"', a registry export's value; "'tel' => ", "<tel>")
_LABEL_GAP_RE = re.compile(r"""[ \t.:=\uff1a\-\u2013"'>]*\Z""")


def phone_label_before(text: str, start: int) -> bool:
    """Does a phone word end right before ``start`` on its line, with only spaces and label
    punctuation between ("Tel. 712 672", "Ph: 312.652", "☎ 712 748")?"""
    lo = window_start(text, start, 40)
    return any(
        _LABEL_GAP_RE.match(text, m.end(), start) for m in PHONE_WORD_RE.finditer(text, lo, start)
    )


# an area code in a field of its own right before the number's field, as registers that split
# a number write it ('"Telefonvorwahl":"02232","Telefon":"503030"'; "vorwahl = 0221", then
# "telefon = 311661" on the next line): the key, the trunk-0 code, then the number's label
# (or a grid's cell, "Telefonvorwahl" above "02295", left of the number's cell)
_AREA_CODE_WORD = (
    r"(?i:vorwahl|area[ _-]?code|prefijo|prefisso|indicativo|lada|ddd|netnummer|riktnummer"
    r"|suuntanumero)"
)
_AREA_CODE_FIELD_RE = re.compile(
    _AREA_CODE_WORD + r"""["' \t]*[:=]?["' \t]*(0\d{1,5})["']?[ \t]*[,;]?\s*[^\d\n]{1,40}\Z"""
)
_AREA_CODE_WORD_RE = re.compile(_AREA_CODE_WORD)
_AREA_CODE_RE = re.compile(r"0\d{1,5}")


def area_code_before(text: str, start: int) -> str | None:
    """The area code that the field or grid cell before the number at ``start`` gives, if
    any."""
    match = _AREA_CODE_FIELD_RE.search(text, max(0, start - 160), start)
    if match:
        return match[1]
    left = left_cell(text, start)
    if left and _AREA_CODE_WORD_RE.search(left[0]) and _AREA_CODE_RE.fullmatch(left[1]):
        return left[1]
    return None


def labelled_six_digits(text: str, start: int, end: int, groups: int) -> bool:
    """A six-digit number in groups ("712 672", "312.352"), in one run after a trunk 0
    ("050707", "057318": Austria's 05 numbers, as registers write them) or in one run after its
    area code's own field (``area_code_before``: a subscriber's line, "311661" in Cologne's
    0221), is a phone of a six-digit plan (Andorra, the Faroes, Greenland, small islands,
    Austria's corporate numbers) or a local line when a phone label stands right before it or
    alone on the line above, unless it is in a European service range (116, 118). Any other
    run of six digits is a quantity or a code as often as a line."""
    digits = "".join(c for c in text[start:end] if c.isdigit())
    return (
        len(digits) == MIN_GROUPED_PHONE_DIGITS
        and (groups >= 2 or digits.startswith("0") or area_code_before(text, start) is not None)
        and not digits.startswith(_SERVICE_SIX)
        and (
            phone_label_before(text, start)
            or phone_label_above(text, start, end)
            or _grid_phone_cell(text, start)
        )
    )


def parent_named(text: str, start: int) -> bool:
    """Is the value at ``start`` one that the key of its object names a phone (``parent_keys``:
    ``"fax": {`` then ``"pt-BR": "32245119"``)?"""
    key = parent_key(text, start)
    return key is not None and is_label(key, PHONE_WORD_RE)


def _grid_phone_cell(text: str, start: int) -> bool:
    """Is the value at ``start`` a grid cell below a phone column's header (``grid_cells``)?"""
    header = grid_header(text, start)
    return header is not None and is_label(header, PHONE_WORD_RE)


# Spanish and Italian "al" ("to the") right before a number: where a call or a message goes
# ("llame al 994840310", "coordinar la recepción con la sede al 994839908", "chiamare al
# 3456789012"); the end of a range is no such number ("del 20250101 al 20251231", "dal 1000000
# al 2000000", "del 1 de enero al 20251231": a date in one run), nor a quantity it rises to
# ("aumentó al 12.345.678": thousands, ``is_bait``)
_AL_BEFORE_RE = re.compile(r"(?<![^\W\d_])al[ \t]+\Z")
_RANGE_START_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:del|dal|desde|de|da)[ \t]+[\d .,/\-]+\Z")
# a date's digits run together, YYYYMMDD (``bait``'s serials, time stamps and ranges build on it)
DATE_DIGITS = r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
DATE_RUN_RE = re.compile(DATE_DIGITS)


def after_al(text: str, start: int, end: int) -> bool:
    """Does the number text[start:end] follow "al", the place a call or a message goes to,
    and no range's start, and is it no date?"""
    lo = max(0, start - 8)
    al = _AL_BEFORE_RE.search(text, lo, start) if "al" in text[lo:start] else None
    return (
        al is not None
        and not _RANGE_START_BEFORE_RE.search(text, max(0, al.start() - 40), al.start())
        and not DATE_RUN_RE.fullmatch(text, start, end)
    )


def format_phones(text: str) -> list[tuple[int, int]]:
    """Spans of phone-formatted numbers: standalone shapes, or any number by a phone word or
    after "al" (``after_al``)."""
    found = []
    for match in _PHONE_FORMAT_RE.finditer(text):
        digits, _ = _number_digits(text, match)
        low, high = _PHONE_FORMAT_DIGITS[_shape(match)]
        if low <= digits <= high:
            found.append(match.span())
    for match in _CUED_PHONE_RE.finditer(text):
        digits, groups = _number_digits(text, match)
        if _short_endings(text, match):
            continue
        if (
            _cued_length(digits, groups)
            and (phone_context(text, *match.span()) or after_al(text, *match.span()))
        ) or (
            digits == MIN_GROUPED_PHONE_DIGITS
            and labelled_six_digits(text, match.start(), match.end(), groups)
        ):
            found.append(match.span())
        elif digits > _MAX_PHONE_DIGITS and ("  " in match.group() or "/" in match.group()):
            found += _numbers_apart(text, match)
        elif _RUNS_APART_RE.fullmatch(match.group()):
            found += _runs_apart(text, match)
    found += country_code_phones(text)
    found += _comma_joined_phones(text)
    found += _spaced_hyphen_phones(text)
    return sorted(set(found))


# a local number in two groups that a hyphen with a blank on each side joins ("337 - 0021",
# "716 - 00818": how Bolivia's register of pharmacies writes a Santa Cruz line and a mobile):
# two to four digits, not the last group of a longer number, then four to six; seven to ten
# digits in all. An address's unit and street number, a kilometre and a house, a post box and
# its postcode have the same shape ("Unit 202 - 17700", "BP 57 - 22000"), so only by a cue of
# its own: a phone word before it with no other number between, a label above it, or its
# field's name; never two clock times ("0900 - 1700") or two years ("1990 - 2004").
_SPACED_HYPHEN_RE = re.compile(
    r"(?=\d)(?<![\w.,/+\-])(?<!\d[ \t])(\d{2,4})[ \t]-[ \t](\d{4,6})"
    r"(?![\w\-/]|[ \t]-[ \t]?\d|[ .]\d)"
)
_CLOCK_OR_YEAR_RE = re.compile(r"(?:[01]\d|2[0-4])[0-5]\d|1[89]\d\d|20\d\d")


def _spaced_hyphen_phones(text: str) -> list[tuple[int, int]]:
    """Numbers of ``_SPACED_HYPHEN_RE``'s shape that a cue of their own vouches for
    (``own_phone_cue``)."""
    if " - " not in text and "\t-" not in text and "-\t" not in text:
        return []
    return [
        m.span()
        for m in _SPACED_HYPHEN_RE.finditer(text)
        if len(m[1]) + len(m[2]) >= MIN_PHONE_DIGITS
        and not (_CLOCK_OR_YEAR_RE.fullmatch(m[1]) and _CLOCK_OR_YEAR_RE.fullmatch(m[2]))
        and own_phone_cue(text, *m.span())
    ]


def own_phone_cue(text: str, start: int, end: int) -> bool:
    """A phone cue of text[start:end] itself: a phone word before it on its line with no
    digit between (not one that names another number of the line), a label above it, or the
    name its field has in its format (``phone_cue`` without the phone word after it or
    behind another number)."""
    words = list(PHONE_WORD_RE.finditer(text, window_start(text, start, 40), start))
    if words and not any(c.isdigit() for c in text[words[-1].end() : start]):
        return True
    return _label_or_field_cue(text, start, end)


# an area code and its line joined by a comma, as India's directories print a phone field
# ("0884,2357693", "011,22171750", "3192,279092" with the trunk 0 lost; "91,9431049079" a
# mobile after the country code): nine to fifteen digits in all; a decimal comma's number too,
# so only by a phone cue; a comma after it makes it two fields of a delimited row
# ("17,0923911234,")
# (the area code and its comma: the pre-scan keeps the line of a run after one)
COMMA_AREA_CODE = r"(?<![\w,.])\d{2,5},"
_COMMA_JOINED_RE = re.compile(COMMA_AREA_CODE + r"\d{6,10}(?![\w,]|\.\d)")


def _comma_joined_phones(text: str) -> list[tuple[int, int]]:
    """Numbers of ``_COMMA_JOINED_RE``'s shape that a phone word, label, key or format
    structure vouches for (``phone_cue``)."""
    if "," not in text:
        return []
    return [
        m.span()
        for m in _COMMA_JOINED_RE.finditer(text)
        if 9 <= len(m.group()) - 1 <= _MAX_PHONE_DIGITS and phone_cue(text, *m.span())
    ]


_MAX_PHONE_DIGITS = 15  # E.164's longest
# the pieces of a run that gaps of two spaces or more set apart (single spaces stay inside),
# or slashes ("33 849 08 08/33 849 08 27")
_PIECE_RE = re.compile(r"[^ \t](?:[^ \t]|[ \t](?![ \t]))*")
_SLASH_PIECE_RE = re.compile(r"[^ \t/](?:[^/]*[^ \t/])?")
# ... or a hyphen with blanks around it ("0239 38 56 787 - 38 59 708", a Vietnamese register's
# two lines in one field, the second without its area code)
_DASH_GAP = re.compile(r"[ \t]+-[ \t]+")
_DASH_PIECE_RE = re.compile(r"[^ \t-](?:(?![ \t]+-[ \t]+).)*[^ \t]|[^ \t-]")
# a shortened alternative ending that a slash adds to a number ("33 865 16 48/64")
_SHORT_ENDING = 4
# a number and the slash after it, before a list's later parts
_NUMBER_SLASH_BEFORE_RE = re.compile(r"\d[ \t]*/[ \t]*\Z")


def _short_endings(text: str, match: re.Match) -> bool:
    """Is the match a list's shortened alternative endings after a number and its slash,
    slash-joined pieces of up to ``_SHORT_ENDING`` digits each ("457-2823 / 7040 /2816": the
    lines 457-7040 and 457-2816, as a police station's list writes them), no number of its
    own?"""
    value = match.group()
    if "/" not in value or not _NUMBER_SLASH_BEFORE_RE.search(
        text, max(0, match.start() - 8), match.start()
    ):
        return False
    return all(sum(c.isdigit() for c in piece) <= _SHORT_ENDING for piece in value.split("/"))


def _numbers_apart(text: str, match: re.Match) -> list[tuple[int, int]]:
    """A run too long for one number that gaps of two spaces or more, slashes or spaced hyphens
    split into numbers of 7 to 15 digits each, by a phone word: each number ("call 22701000
    22705000", two lines after one word, as registers list them)."""
    if not phone_context(text, match.start(), match.end()):
        return []
    return split_numbers(text, *match.span())


def split_numbers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The numbers of 7 to 15 digits that gaps of two spaces or more, slashes or spaced hyphens
    set apart in text[start:end], or none when a piece is no such number (a slash's piece may be a
    shortened ending of up to four digits, "/64", which is left out)."""
    value = text[start:end]
    if "/" in value:
        piece_re = _SLASH_PIECE_RE
    elif _DASH_GAP.search(value):
        piece_re = _DASH_PIECE_RE
    else:
        piece_re = _PIECE_RE
    numbers: list[tuple[int, int]] = []
    for piece in piece_re.finditer(text, start, end):
        number = _VALUE_RE.fullmatch(text, *piece.span())
        if number is None:
            return []
        length = _number_digits(text, number)
        if _cued_length(*length):
            numbers.append(piece.span())
        elif piece_re is _PIECE_RE or length[0] > _SHORT_ENDING:
            return []
    return numbers if len(numbers) >= 2 or (numbers and piece_re is _SLASH_PIECE_RE) else []


# whole numbers in one run each that single spaces or hyphens set apart ("67270058 29448847",
# a Latvian register's two lines in one field; "+39 0815365761-0815366081", an Italian
# register's, the country code the first one's)
_RUNS_APART_RE = re.compile(r"(?:\+\d{1,3} )?\d{7,15}(?:[ -]\d{7,15})+")
_RUN_RE = re.compile(r"(?:\+\d{1,3} )?\d{7,15}")


def hyphen_joined_run(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one of the whole numbers that a hyphen joins into a match of
    ``_RUNS_APART_RE`` ("0815365761-0815366081"), so that the hyphen glues it to no token?"""
    for match in _RUNS_APART_RE.finditer(text, max(0, start - 24), min(len(text), end + 24)):
        if match.start() <= start and end <= match.end() and "-" in match.group():
            return any(run.span() == (start, end) for run in _RUN_RE.finditer(text, *match.span()))
    return False


def _runs_apart(text: str, match: re.Match) -> list[tuple[int, int]]:
    """Each run of digits of a match of ``_RUNS_APART_RE`` (the first with its country code),
    by a phone word: two runs of seven digits or more are two numbers, as no plan writes one
    number so."""
    if not phone_context(text, match.start(), match.end()):
        return []
    return [m.span() for m in _RUN_RE.finditer(text, *match.span())]


_VALUE_LINE_AFTER_NEWLINE_RE = after_newline(_VALUE_LINE_RE)
_VALUE_CELL_AFTER_NEWLINE_RE = after_newline(_VALUE_CELL_RES[1])
# An item of a list of numbers: a number first on its line, set apart from what follows by a
# tab, two spaces or more, or a dash between spaces ("62835479  XINMIN PRIMARY SCHOOL, ...",
# "4639 8700 - Emergency ward"), as phone lists and a reverse lookup's results write them; a
# short note in brackets may follow the number ("65653692 (Secondary)  DUNEARN SECONDARY ...")
_LIST_ITEM_RE = re.compile(
    rf"(?m)^[ \t]*({_ANY_NUMBER}{_PHONE_EXT})(?:[ \t]\([^()\d\n]{{1,20}}(?:\d{{1,4}})?\))?"
    r"(?:[ \t]*\t|[ \t]{2,}|[ \t]+[\-\u2013\u2014][ \t]+)(?=\S)"
)
_LIST_ITEM_AFTER_NEWLINE_RE = after_newline(_LIST_ITEM_RE)


def alone_values(text: str) -> list[tuple[int, int]]:
    """Spans of numbers alone on their line or in their table cell (a form's or a table's
    value, the candidates of ``label_above``)."""
    lines = line_start_matches(_VALUE_LINE_RE, _VALUE_LINE_AFTER_NEWLINE_RE, text)
    found = {m.span(1) for m in lines}
    if any(c in text for c in FIELD_DELIMITERS):
        found.update(m.span(1) for m in _VALUE_CELL_RES[0].finditer(text))
        cells = line_start_matches(_VALUE_CELL_RES[1], _VALUE_CELL_AFTER_NEWLINE_RE, text)
        found.update(m.span(1) for m in cells)
    if "&" in text and "\\\\" in text:  # LaTeX tabular rows
        found.update(m.span(1) for m in _LATEX_VALUE_RE.finditer(text))
    # fixed-width text tables: fields padded with spaces
    found.update(
        span for span in table_fields(text) if _VALUE_RE.fullmatch(text, *span) is not None
    )
    if "</" in text:  # raw HTML: the values of its table cells and description lists
        found.update(m.span(1) for m in _MARKUP_VALUE_RE.finditer(text))
    return sorted(found)


def listed_values(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers of lists below a phone heading: each first on its line
    (``_LIST_ITEM_RE``), every line from it up to the heading an item too (blank lines read
    through, as between a form's label and its value), and the heading a short label with a
    phone word ("Reverse phone lookup · results", "Useful numbers (phone)")."""
    items = {
        text.rfind("\n", 0, m.start(1)) + 1: m.span(1)
        for m in line_start_matches(_LIST_ITEM_RE, _LIST_ITEM_AFTER_NEWLINE_RE, text)
    }
    found, headed = [], {}  # headed: item line start -> whether its list has a phone heading
    for line_start in sorted(items):
        above = line_above(text, line_start, in_table=False)
        if above in headed:
            headed[line_start] = headed[above]
        else:
            end = text.find("\n", above) if above is not None else -1
            heading = "" if above is None else text[above : len(text) if end < 0 else end]
            headed[line_start] = is_label(heading, PHONE_WORD_RE)
        if headed[line_start]:
            found.append(items[line_start])
    return found


def labelled_phones(
    text: str, values: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Numbers alone on their line or in their table cell below a phone label
    (``phone_label_above``), the numbers of lists below a phone heading (``listed_values``)
    and of contact blocks (``contact_block_phones``). The label may sit anywhere before the
    number's window, so this runs on the whole document. ``values`` (``alone_values``) may be
    shared with the other label passes over ``text``."""
    found = contact_block_phones(text) + keyed_element_phones(text) + sql_phones(text)
    found += sibling_named_phones(text) + sdp_phones(text) + first_marked_phones(text)
    found += structure_named_phones(text)
    for start, end in listed_values(text):
        number = _CUED_PHONE_RE.fullmatch(text, start, end)
        if number and _cued_length(*_number_digits(text, number)):
            found.append((start, end))
    for start, end in alone_values(text) if values is None else values:
        # the value as its line or cell bounds it: a fixed-width table's next field may follow
        # after two spaces, which a number's own separators would read on into
        number = _CUED_PHONE_RE.fullmatch(text, start, end)
        if not number:
            continue
        digits, groups = _number_digits(text, number)
        if digits > _MAX_PHONE_DIGITS and "/" in number.group():
            # numbers joined by slashes ("33 849 08 08/33 849 08 27") below a label
            pieces = split_numbers(text, start, end)
            if pieces and _phone_label_over(text, start, end):
                found += pieces
            continue
        if (_cued_length(digits, groups) and _phone_label_over(text, start, end)) or (
            digits == MIN_GROUPED_PHONE_DIGITS and labelled_six_digits(text, start, end, groups)
        ):
            found.append((start, end))
    return sorted(set(found))


def _phone_label_over(text: str, start: int, end: int) -> bool:
    """Is the value alone on its line or in its cell labelled as a phone from above: a label
    line or column header (``label_above``), or a sentence whose line a phone word ends
    (``phone_word_ends_line_above``)?"""
    return label_above(text, start, end, PHONE_WORD_RE) or phone_word_ends_line_above(text, start)


def not_another_number(label: str) -> bool:
    """Does a value's own label leave it a phone's (no label that names another number, as
    "NIF:" or "Fecha:" does; "Cita previa:" names the line's purpose)?"""
    return not names_another_number(label)


def sibling_named_phones(text: str) -> list[tuple[int, int]]:
    """Numbers under a generic key of a record that another key names as a phone
    (``sibling_keys``: "type": "voice", then "value": "33 869 70 70")."""
    found = []
    for start in sibling_named_starts(text, PHONE_WORD_RE, not_another_number):
        run = _NUMBERS_RUN_RE.match(text, start)
        found += _value_numbers(text, *run.span(), _CUED_PHONE_RE)
    return found


def structure_named_phones(text: str) -> list[tuple[int, int]]:
    """Numbers that fill a dcmdump element named as a phone by its keyword or by its content
    item's concept (``dicom_dump``: "School telephone", then "TextValue" "[226-2226]"), an
    EDI element that a communication qualifier names (``edi_segments``: ``COM+27.25.92:TE'``),
    an airline message's contact element (``pnr_contacts``), a SIP address's display name
    (``sip_names``), an ISO 20022 contact's phone element or channel (``iso20022``), a MARC
    record's phone or fax subfield of its address field (``marc_fields``), an XML value whose
    type sibling names a phone (``typed_elements``), a JSON value whose object's key does
    (``parent_keys``), a
    spreadsheet cell below a phone column's header (``grid_cells``) or a GEXF attribute value
    whose declaration's title does (``gexf_attributes``), the object of a JSON triple whose
    predicate does (``rdf_triples``), a Mork value in a phone's column (``mork_cells``) or a
    Polycom directory entry's contact (``<ct>``), a Gigaset phone-book entry's home or mobile
    number (``<hm>``, ``<mb>``), an AEAT declarant record's phone
    (``aeat_records``: its place alone names it) or a JAHIS prescription's or a Japanese
    receipt file's telephone field (``jp_medical_records``), or a columnar JSON result's row
    value in a phone's column (``columnar_json``: Metabase's "cols" and "rows").
    The format bounds each value (brackets, element separators), so what stands around it is
    no part of it (EDIFACT's "+" before the number is a separator, no country code)."""
    named = dicom_named_values(text, PHONE_WORD_RE) + list(edi_phone_values(text))
    named += aeat_phone_values(text) + jp_medical_phone_values(text)
    named += pnr_phone_values(text) + sip_display_numbers(text)
    named += list(iso20022_phone_values(text)) + list(marc_phone_values(text))
    named += list(typed_phone_values(text))
    named += [
        (start, _NUMBERS_RUN_RE.match(text, start).end())
        for start, key in parent_keyed(text).items()
        if is_label(key, PHONE_WORD_RE)
    ]
    named += [(s, e) for s, e, header in grid_values(text) if is_label(header, PHONE_WORD_RE)]
    named += [
        run.span()
        for start, column in column_named(text).items()
        if is_label(column, PHONE_WORD_RE) and (run := _NUMBERS_RUN_RE.match(text, start))
    ]
    named += list(gexf_phone_values(text))
    named += [
        run.span()
        for start, predicate in triple_objects(text).items()
        if is_label(predicate, PHONE_WORD_RE) and (run := _NUMBERS_RUN_RE.match(text, start))
    ]
    named += [
        (start, end)
        for start, (end, column) in mork_values(text).items()
        if is_label(column, PHONE_WORD_RE)
    ]
    named += _directory_values(text)
    found = []
    for start, end in named:
        if _NUMBERS_RUN_RE.fullmatch(text, start, end):
            found += _value_numbers(text, start, end, _VALUE_RE)
    return found


def _value_numbers(text: str, start: int, end: int, number_re: re.Pattern) -> list[tuple[int, int]]:
    """The phone numbers of the value text[start:end]: a list joined by slashes or spaced
    hyphens, or one number that ``number_re`` matches whole, of a phone's length (a spaced
    hyphen before a switchboard's extension joins no list: "72 00 60 - 0")."""
    number = number_re.fullmatch(text, start, end)
    if "/" in text[start:end] or (number is None and _DASH_GAP.search(text, start, end)):
        return split_numbers(text, start, end)
    if number is None:
        return []
    digits, groups = _number_digits(text, number)
    if _cued_length(digits, groups) or (
        digits == MIN_GROUPED_PHONE_DIGITS and labelled_six_digits(text, start, end, groups)
    ):
        return [number.span()]
    return []


# a value's numbers, up to what no number holds (a quote, a comma, the line's end)
_NUMBERS_RUN_RE = re.compile(r"[+(]?\d(?:[\d ()+.\-/]*[\d)])?")


def keyed_element_phones(text: str) -> list[tuple[int, int]]:
    """Numbers that fill an XML element whose key is a phone label (``element_keys``: a
    property list's ``<key>Phone</key>`` above its entries, ``<Data name="phone">``) or after a
    phone label that the markup shows (``id_labels.shown_phone_label``: a slide's text runs,
    an OpenDocument table's cell before)."""
    if "</" not in text:
        return []
    found = []
    for element in _ELEMENT_VALUE_RE.finditer(text):
        numbers = [
            m.span()
            for m in _CUED_PHONE_RE.finditer(text, *element.span(2))
            if _cued_length(*_number_digits(text, m))
        ]
        if numbers and element_label(text, element.start(), PHONE_WORD_RE):
            found += numbers
    return found


def sql_phones(text: str) -> list[tuple[int, int]]:
    """Numbers in the tuples of SQL INSERT statements under a phone column (``sql_label``)."""
    found = []
    for lo, hi in sql_values(text):
        for m in _CUED_PHONE_RE.finditer(text, lo, hi):
            if _cued_length(*_number_digits(text, m)) and sql_label(text, m.start(), PHONE_WORD_RE):
                found.append(m.span())
    return found


def element_label(text: str, open_start: int, words: re.Pattern) -> bool:
    """Is the value of the element whose start tag begins at ``open_start`` named by a key of
    ``words`` (``element_keys.keyed_by``) or shown after such a label
    (``id_labels.shown_label``)?"""
    return keyed_by(text, open_start, words) or shown_label(text, open_start, words)


# what may stand beside a number in the element it fills: other numbers of a list
_ELEMENT_LIST_RE = re.compile(r"[\d \t,;()+./\-]*")
_ELEMENT_REACH = 200


# a CDATA section around the element's text ("<![CDATA[975 229 872]]>", a Liferay article's)
_CDATA_OPEN_BEFORE_RE = re.compile(r"<!\[CDATA\[[^<>]*\Z")
_CDATA_CLOSE = "]]>"


def filled_element(text: str, start: int, end: int) -> int | None:
    """Where the start tag of the element that text[start:end] fills (alone, or in a list of
    numbers, in a CDATA section or not) begins, or None."""
    cdata = _CDATA_OPEN_BEFORE_RE.search(text, max(0, start - _ELEMENT_REACH), start)
    if cdata is not None:  # the section stands for the value: read the element around it
        close_cdata = text.find(_CDATA_CLOSE, end, end + _ELEMENT_REACH)
        if (
            close_cdata < 0
            or not _ELEMENT_LIST_RE.fullmatch(text, cdata.start() + len("<![CDATA["), start)
            or not _ELEMENT_LIST_RE.fullmatch(text, end, close_cdata)
        ):
            return None
        start, end = cdata.start(), close_cdata + len(_CDATA_CLOSE)
    after = text.rfind(">", max(0, start - _ELEMENT_REACH), start)
    if after < 0 or not _ELEMENT_LIST_RE.fullmatch(text, after + 1, start):
        return None
    close = text.find("<", end, end + _ELEMENT_REACH)
    if (
        close < 0
        or not text.startswith("</", close)
        or not _ELEMENT_LIST_RE.fullmatch(text, end, close)
    ):
        return None
    open_start = text.rfind("<", max(0, after - _ELEMENT_REACH), after)
    if open_start < 0 or text[open_start + 1] in "/!?":
        return None
    return open_start


def _shape(match: re.Match) -> str:
    return next(k for k in ("nanp", "intl", "trunk", "area", "groups") if match.group(k))
