"""The later numbers of a phone field that writes the area code once or lists whole numbers,
and numbers joined by slashes.

Directories and registers list a place's lines after one area code ("0866  2477067 ,
2484448", "(04) 2345678, 2345679"): each later number is a local number of the same length as
the first's, with no area code and no cue of its own, so no recognizer takes it alone. Here a
number right after a found phone, with only a comma, a slash or a semicolon between, is a
phone when the found one has an area code apart from its local number and the later one has
exactly that local number's digits (seven or more: a shorter run is as likely an extension or
a shortened alternative ending, "4121-0700 / 0800"; six after a trunk-0 area code when the
six end their field, "01-225915, 225989"). A later number with as many digits as the
found one (a trunk 0 and an extension aside: "(22) 56 90 205, 56 90 136", "75 7722900, 571 334
877") is a whole number of the same plan, as a delimited row's next field of that length is
a fax or a second line. A number written exactly as a found one with a bracketed area code,
after a space and the found one's shortened endings ("(037) 58 28 17/ 33 (037) 58 31 65"), is
the field's next line.

Registers also join a place's numbers with slashes or double hyphens and no space
("62447652/62447657", "2482619/ 2482621", "7764491--7805045", "01-4529837/4529838"): the run
reads as one number too long for any plan, so no recognizer takes it. Each number of such a
run, seven to fifteen digits or a trunk-0 area code and its local number, is a phone when the
run has a phone cue (a phone word on its line, a phone label above, the key of its element or
its SQL column: ``phone_cue``).
"""

from __future__ import annotations

import re

from filters.pii.line_starts import matches_in_marked_lines
from filters.pii.phone_formats import MIN_PHONE_DIGITS, phone_cue

# the found number's last digit group after a separate group (its area code)
_LOCAL_PART_RE = re.compile(r"\d[^\d]+(\d+)\D*\Z")
# the next number: a list separator, then a run of digits that no digit or glue continues
_NEXT_RE = re.compile(r"[ \t]*[,/;][ \t]*(\d+)(?![\d./@-])")
# a six-digit local number that ends its field or line after a comma ("01-225915, 225989",
# "067-417911,417922", Myanmar's lines after one area code); a six-digit run that words follow
# is as likely a postcode ("Tel 01-225915, 110001 Delhi")
_SIX_TAIL_RE = re.compile(r"[ \t]*,[ \t]*(\d{6})(?=[ \t]*(?:[\r\n\"'|<;]|\Z))")
# ... or that a slash joins to it with no space, nothing glued after ("02941 452530/453650",
# an Argentine field's second line), or with spaces where the document's language names
# countries whose plans have six-digit numbers ("0831 - 534701 / 534715 / 262749", an Italian
# office's three lines; in English, "01494 651025 / 651028" is a British number's ending)
_SIX_DIGITS_ALONE = r"(\d{6})(?![\d/@\-]|[ .]\d|\.\w)"
_SIX_AFTER_SLASH_RE = re.compile("/" + _SIX_DIGITS_ALONE)
_SIX_AFTER_SPACED_SLASH_RE = re.compile(r"[ \t]*/[ \t]*" + _SIX_DIGITS_ALONE)
# a trunk 0 and an area code set apart from the local number ("01-225915", "(067) 417911",
# "0142 - 452225"), and after Italy's country code, whose plan keeps the 0, where registers write
# dots too ("+39.0143.633627/634166", a museum's two lines)
_TRUNK_AREA_CODE_RE = re.compile(
    r"(?:\+39[ .]?\(?0\d{1,4}\)?(?:[ .\-]| - )|\(?0\d{1,4}\)?(?:[ \-]| - ))\d"
)
# a digit, or a separator and a digit, that would make a number run on
_GLUED_DIGIT_RE = re.compile(r"\d|[ .\-/]\d")
# the shortened endings a number's own slashes add ("(037) 58 28 17/ 33", "/03 /04"), then
# white space before the next number of the list
_ENDINGS_RE = re.compile(r"(?:[ \t]*/[ \t]*\d{1,4})+\Z")
_ENDINGS_THEN_SPACE_RE = re.compile(r"(?:[ \t]*/[ \t]*\d{1,4}(?![\d()]))*[ \t]+")
# the next number of a list: a comma, a semicolon, a slash (before two digits or more: "33 859
# 44 00 / 33 827 39 51"; the length check below keeps "/71" out) or a word for "or" or "and"
# (a register's "0716560351  OR 0652493984", "y", "ou", "oder", "au", "или"), then digit
# groups (a bracketed area code first), nothing glued after but a sentence's full stop
LIST_WORDS = r"or|and|ou|et|o|y|e|oder|und|of|eller|og|och|au|na|i|ili|или|и|lub|nebo|veya"
# (a JSON string's escaped line breaks after the comma too: "4023261166,\\n4027852333", a
# register's field of one number per line; a bracketed note of words before a slash, which says
# whom the number before it reaches: "913 536 690 (Asuntos consulares) / 913 536 676")
_NEXT_NUMBER_RE = re.compile(
    rf"(?i:[ \t]*[,;](?:[ \t]|\\[nr])*|[ \t]*(?:\([^()\d\n]{{1,40}}\)[ \t]*)?/[ \t]*(?=\(?\d{{2}})"
    rf"|[ \t]+(?:{LIST_WORDS})[ \t]+)"
    r"(\(?\d{1,5}\)?(?:[ \-.]?\d{1,8}){0,5})(?![\d/@-]|\.\w|[ \-.]\d)"
)
# where an extension starts ("wew. 320", "ext. 12", "x12")
_EXTENSION_RE = re.compile(r"(?i)\s*(?:x|ext|wew|doł|int|dw|tl)\b")
# a number of such a run: 7 to 15 digits, or a trunk 0 and an area code of one to four digits,
# a hyphen or a space, and a local number of five to ten ("01-4529837", "063-420546"), or
# three to five groups of two to four digits ("20 21 32 05", "221 25 49": Mali's lines, and
# its old seven-digit ones, as a register lists them; a trunk 0 may stand apart before them,
# "0.661.411.517", Algeria's mobiles as CIAR writes them), seven to fifteen digits in all, or two
# groups joined by a hyphen, the second of four digits ("2671-0888/2673-3404", São Paulo's
# local lines without their area code)
_SLASHED_NUMBER = (
    r"(?:\(?0\d{1,4}\)?[ \-]\d{5,10}|\d{7,15}|(?:0\.)?\d{2,4}(?:[ .\-]\d{2,4}){2,4}|\d{3,5}-\d{4})"
)
# two or more such numbers joined by slashes or double hyphens ("3380538/2878457",
# "7764491--7805045", "01-4529837/4529838", "063-420546/063-420800", "20 21 32 05/76 40 98
# 44"), nothing glued on either end; a sentence's full stop or a field's trailing slash may
# end the run ("se joint au 20295724/20295725.", "20224842/20236748/")
# (its first character looked for before the look-behind)
_SLASHED_RE = re.compile(
    rf"(?=[(\d])(?<![\w./@-]){_SLASHED_NUMBER}(?:[ \t]?(?:/|--)[ \t]?{_SLASHED_NUMBER})+"
    r"(?![\w@]|[./\-]+\w)"
)
_SLASHED_NUMBER_RE = re.compile(_SLASHED_NUMBER)
# what every such run holds: a slash or two hyphens, then five digits of a number, or a first
# group of two to four digits and a space, a dot or a hyphen; the lines that hold one are the
# only ones read (a run lies on one line), and each join is looked for by itself (led by its
# literal, it is found far faster than one pattern with both)
_SLASH_HINT = r"[ \t]?(?:(?:\(?0\d{1,4}\)?[ \-])?\d{5}|(?:0\.)?\d{2,4}[ .\-]\d\d)"
_SLASH_HINT_RES = (re.compile("/" + _SLASH_HINT), re.compile("--" + _SLASH_HINT))


def continued_phones(
    text: str, spans: list[tuple[int, int, str, float]], six_digit_plans: bool = False
) -> list[tuple[int, int, str, float]]:
    """Phone spans for the later local numbers of the lists that ``spans``' phones start;
    ``six_digit_plans``: the document's language names its countries, and their plans have
    six-digit numbers (a six-digit local number after a spaced slash is then a line)."""
    found: list[tuple[int, int, str, float]] = []
    todo = [s for s in spans if s[2] == "PHONE_NUMBER"]
    while todo:
        start, end, entity, score = todo.pop()
        before = len(found)
        local = _LOCAL_PART_RE.search(text, start, end)
        if local and len(local.group(1)) >= MIN_PHONE_DIGITS:
            length, at = len(local.group(1)), end
            while (nxt := _NEXT_RE.match(text, at)) and len(nxt.group(1)) == length:
                found.append((nxt.start(1), nxt.end(1), entity, score))
                at = nxt.end(1)
        elif local and len(local.group(1)) == 6 and _TRUNK_AREA_CODE_RE.match(text, start, end):
            if nxt := _SIX_TAIL_RE.match(text, end):
                found.append((nxt.start(1), nxt.end(1), entity, score))
            at = end
            after_slash = _SIX_AFTER_SPACED_SLASH_RE if six_digit_plans else _SIX_AFTER_SLASH_RE
            while nxt := after_slash.match(text, at):
                found.append((nxt.start(1), nxt.end(1), entity, score))
                at = nxt.end(1)
        if same := _same_shape_after(text, start, end):
            found.append((*same, entity, score))
        # a whole number of the same national length ("56 90 136, 56 90 518", "75 7722900,
        # 571 334 877", "(076)870 30 14,76 8703011"); after a six-digit local number that a
        # label vouched for, one written the same way ("тел. 602-257,600-854")
        length, at = _national_length(text[start:end]), end
        while (nxt := _NEXT_NUMBER_RE.match(text, at)) and (
            _national_length(nxt.group(1)) == length >= MIN_PHONE_DIGITS
            or (length == 6 and _shape(nxt.group(1)) == _shape(text[start:end]))
            or _local_tail(text[start:end], nxt.group(1))
        ):
            found.append((nxt.start(1), nxt.end(1), entity, score))
            at = nxt.end(1)
        # each later number starts a list of its own ("599 22 53; 599 25 69,599 25 98" after
        # "22 599 22 52")
        todo += [s for s in found[before:] if s[:2] not in {t[:2] for t in spans}]
    return sorted(set(found))


def _same_shape_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a number written exactly as the found one text[start:end] and set apart
    from it by white space only, after the shortened endings the found one's slashes add
    ("(037) 58 28 17/ 33 (037) 58 31 65", a register's field of a place's lines): the found
    one has a bracketed area code, which no other kind of number writes twice in a row."""
    number = _ENDINGS_RE.sub("", text[start:end])
    if not number.startswith("(") or sum(c.isdigit() for c in number) < MIN_PHONE_DIGITS:
        return None
    gap = _ENDINGS_THEN_SPACE_RE.match(text, end)
    if gap is None:
        return None
    at, shape = gap.end(), _shape(number)
    later = text[at : at + len(shape)]
    after = text[at + len(shape) : at + len(shape) + 2]
    if _shape(later) != shape or _GLUED_DIGIT_RE.match(after):
        return None
    return at, at + len(shape)


def _local_tail(found: str, later: str) -> bool:
    """Is ``later`` written as the local number that ends ``found``, after its area code, seven
    digits or more ("(876) 982-2326 / 734-7424", "(0513) 810-5020, 810-5021")?"""
    shape = _shape(later)
    return (
        sum(c.isdigit() for c in later) >= MIN_PHONE_DIGITS
        and len(shape) < len(found)
        and _shape(found).endswith(shape)
        and not found[-len(shape) - 1].isdigit()
    )


def _shape(number: str) -> str:
    """A number's digits as ``9``s, its separators as written ("602-257": "999-999")."""
    return re.sub(r"\d", "9", number)


def _national_length(number: str) -> int:
    """Digits of a number without its extension and without a trunk 0 it starts with."""
    digits = "".join(c for c in _EXTENSION_RE.split(number, 1)[0] if c.isdigit())
    return len(digits) - digits.startswith("0")


def before_extension(text: str, start: int, end: int) -> tuple[int, int]:
    """A phone span that ends inside a word after an extension mark ("(0971) 321124 EXT. 32"
    of "EXT. 321125": phonenumbers reads a two-digit extension) cut back to the number before
    the mark; any other span as it is."""
    mark = _EXTENSION_RE.search(text, start, end)
    if mark is None or mark.start() == start or end >= len(text) or not text[end].isalnum():
        return start, end
    return start, mark.start()


def slashed_runs(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """(run, its numbers) for each slash-joined run of ``text`` (``_SLASHED_RE``) that has a
    phone cue."""
    found = []
    for run in matches_in_marked_lines(_SLASHED_RE, _SLASH_HINT_RES, text):
        numbers = [m.span() for m in _SLASHED_NUMBER_RE.finditer(text, run.start(), run.end())]
        if all(_phone_length(text[s:e]) for s, e in numbers) and phone_cue(text, *run.span()):
            found.append((run.span(), numbers))
    return found


def _phone_length(number: str) -> bool:
    """Does ``number`` have the seven to fifteen digits of a whole phone number?"""
    return MIN_PHONE_DIGITS <= sum(c.isdigit() for c in number) <= 15
