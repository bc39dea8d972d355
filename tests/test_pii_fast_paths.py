"""The stage's fast paths give what the direct forms give: a line-start pattern led by the
newline, a pattern run only over the lines that hold its mark, a literal-led regex instead of a
lookbehind-led one, a recognizer skipped on a text without its mark, the registry's answers
remembered. Each is compared with the direct form on real pages and on generated text."""

from __future__ import annotations

import json
import random
import re

import pytest

from filters.pii import registry
from filters.pii.aeat_records import aeat_phone_values
from filters.pii.fixed_width import _GAP_RE, table_fields
from filters.pii.key_values import _EQUALS_RE, _FIELD_RE
from filters.pii.line_starts import after_newline, line_start_matches, matches_in_marked_lines
from filters.pii.patterns import API_KEY_MARK, AT_MARK, PRIVATE_KEY_MARK
from filters.pii.phone_echoes import _copy_re
from filters.pii.phone_formats import _VALUE_LINE_RE
from filters.pii.phone_lists import _SLASH_HINT_RES, _SLASHED_RE
from tests.conftest import TEST_DATA
from tests.pii_stage import ALL_ENTITIES


def _real_texts() -> list[str]:
    path = TEST_DATA / "pii" / "real_pages.jsonl"
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8")]


def _generated(seed: int, pieces: list[str], count: int = 4000, most: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(pieces, k=rng.randint(0, most))) for _ in range(count)]


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def test_after_newline_takes_only_line_start_patterns() -> None:
    with pytest.raises(ValueError, match="not a line-start pattern"):
        after_newline(re.compile(r"\d+"))


def test_line_start_matches_are_finditer() -> None:
    led = after_newline(_VALUE_LINE_RE)
    texts = _real_texts() + _generated(1, ["\n", " ", "\t", "030 1234567", "a", "12", "-", "\r"])
    for text in texts:
        # (a match after the first holds the newline before its line; its groups are the same)
        direct = [(m.span(1), m.groups()) for m in _VALUE_LINE_RE.finditer(text)]
        fast = [(m.span(1), m.groups()) for m in line_start_matches(_VALUE_LINE_RE, led, text)]
        assert fast == direct, text


def test_aeat_records_are_found_on_the_first_line_and_after() -> None:
    record = "13472024P0100400A" + "AYUNTAMIENTO DE ARTZINIEGA".ljust(40) + "T945396353"
    record += "SECRETARIA INTERVENCION".ljust(183)
    text = record + "\n" + record + "\n2" + record[1:]
    phones = [text[s:e] for s, e in aeat_phone_values(text)]
    assert phones == ["945396353", "945396353"]  # the third line is no declarant record


# a key=value field and a slash-joined run of numbers: each lies on one line and holds its mark
MARKED = [
    (_FIELD_RE, (_EQUALS_RE,), ["a", "=", "\n", " ", "'", '"', "12", "k", "[x]", "\t", "&"]),
    (
        _SLASHED_RE,
        _SLASH_HINT_RES,
        ["0", "12", "345", "67890", "1234567", "/", " / ", "--", "\n", " ", "-", ".", "(", ")"]
        + ["a", "@", "030 1234567", "2671-0888", "0.661.411.517"],
    ),
]


@pytest.mark.parametrize(("pattern", "marks", "pieces"), MARKED)
def test_patterns_over_marked_lines_are_finditer(
    pattern: re.Pattern, marks: tuple[re.Pattern, ...], pieces: list[str]
) -> None:
    found = 0
    for text in _real_texts() + _generated(2, pieces):
        direct = _spans(pattern.finditer(text))
        found += len(direct)
        assert _spans(matches_in_marked_lines(pattern, marks, text)) == direct, text
    assert found > 100  # the generated text really holds such fields and runs


def test_gap_pattern_finds_the_lookbehind_gaps() -> None:
    lookbehind = re.compile(r"(?<=\S) {2,}(?=\S)")
    for text in _real_texts() + _generated(3, [" ", "  ", "a", "\n", "\t", "12"]):
        assert [m.span() for m in _GAP_RE.finditer(text)] == [
            m.span() for m in lookbehind.finditer(text)
        ]


def test_fixed_width_table_with_many_gaps_per_line() -> None:
    header = "Name          Tel             Since   Room    Floor\n"
    row = "Jett Dickens  0483 304-027    2012    12      3\n"
    text = "intro  text\n" + header + row * 3 + "end"
    fields = table_fields(text)
    assert sum(label == "Tel" for label in fields.values()) == 3
    assert sum(label == "Floor" for label in fields.values()) == 3


def test_copy_pattern_is_the_lookbehind_form() -> None:
    before, after = r"(?:(?<![\w+./\-])|(?<=\\[ntr]))", r"(?![\w]|[.\-/]\d)"
    rng = random.Random(4)
    found = 0
    for _ in range(20000):
        value = "".join(rng.choices("12 -.(", k=rng.randint(1, 4)))
        pieces = [*"12 -./+a\\nt\n(", value, value]
        text = "".join(rng.choices(pieces, k=rng.randint(0, 20)))
        direct = [m.span() for m in re.finditer(before + re.escape(value) + after, text)]
        found += len(direct)
        assert [m.span() for m in _copy_re(value).finditer(text)] == direct, (value, text)
    assert found > 1000


# texts each recognizer finds something in: its mark must be in every one
PLANTED = [
    "mail anna.m+x@example.org now",
    "url https://user:pa55@host.example/x",
    "ip 198.51.100.7 and 2001:db8::1 and ::ffff:10.0.0.1 and fe80::1%eth0 and ::",
    "key AKIAQWERTYUIOPASDFGH and ghp_" + "a" * 36 + " and xoxb-1234567890-abc",
    "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlMTIz",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----",
    "ssn 536-22-8726, 536 22 8726, 536.22.8726, 53622-8726, 536-228726, 536228726 at 10:30",
    "ipv6 2001:0db8:85a3:0000:0000:8a2e:0370:7334, 1::, ::1, 1:2:3:4:5:6:7::, fe80::7:8%1 done",
]
MARKS = {
    "EMAIL_ADDRESS": AT_MARK,
    "URL_CREDENTIALS": AT_MARK,
    "IP_ADDRESS": registry.IP_MARK,
    "US_SSN": registry.SSN_MARK,
    "API_KEY": API_KEY_MARK,
    "PRIVATE_KEY": PRIVATE_KEY_MARK,
}


def _recognizer(entity: str):
    import regex

    return registry._recognizer(entity, "en", (["US"], 1), regex.DOTALL | regex.MULTILINE)


@pytest.mark.parametrize("entity", sorted(MARKS))
def test_every_match_of_a_marked_recognizer_holds_its_mark(entity: str) -> None:
    recognizer = _recognizer(entity)
    base = type(recognizer).__mro__[1]
    assert type(recognizer).__name__ == base.__name__  # Presidio reports the same name
    mark = re.compile(MARKS[entity])
    texts = _real_texts() + PLANTED
    found = 0
    for text in texts:
        for line in text.splitlines():
            results = base.analyze(recognizer, line, [entity], None)
            found += len(results)
            assert not results or mark.search(line), (entity, line)
            assert recognizer.analyze(line, [entity], None) == results
    assert found  # the planted texts give each recognizer something


@pytest.mark.parametrize("entity", sorted(MARKS))
def test_a_marked_recognizer_skips_a_text_without_its_mark(
    entity: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    recognizer = _recognizer(entity)
    base = type(recognizer).__mro__[1]
    calls = []
    monkeypatch.setattr(base, "analyze", lambda self, *a, **k: calls.append(a) or [])
    assert recognizer.analyze("Tel. 0301, see pp. 12-15 and 2004/2005", [entity], None) == []
    assert calls == []
    recognizer.analyze(" ".join(PLANTED), [entity], None)
    assert len(calls) == 1


def test_the_registry_answers_as_presidio_once_per_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from presidio_analyzer import RecognizerRegistry

    built = registry.build_registry(ALL_ENTITIES, ["en", "de"], (["US"], 1), None)
    plain = RecognizerRegistry(supported_languages=["en", "de"])
    plain.recognizers = list(built.recognizers)
    for language in ("en", "de"):
        for entities in (ALL_ENTITIES, ["PHONE_NUMBER"], ["EMAIL_ADDRESS", "IP_ADDRESS"]):
            want = set(plain.get_recognizers(language, entities))
            assert set(built.get_recognizers(language, entities)) == want
    asked = []
    original = RecognizerRegistry.get_recognizers
    monkeypatch.setattr(
        RecognizerRegistry,
        "get_recognizers",
        lambda self, *a, **k: asked.append(a) or original(self, *a, **k),
    )
    first = built.get_recognizers("en", ["PHONE_NUMBER"])
    assert built.get_recognizers("en", ["PHONE_NUMBER"]) == first
    assert asked == []  # remembered from the loop above
    built.add_recognizer(_recognizer("IP_ADDRESS"))  # another recognizer: asked again
    assert len(built.get_recognizers("en", ["IP_ADDRESS"])) == 2
    assert len(asked) == 1


def test_phone_word_guards_let_every_word_through() -> None:
    """The phone-word pattern's look-aheads (a letter for the word kinds, the first characters
    of the words of scripts without spaces) only cut tries short: the pattern without them
    finds the same, and each word of every kind still matches."""
    from filters.pii import phone_words as words

    kinds = [*words._STEMS, *words._BOOKING_STEMS, *words._WORDS, *words._LISTED]
    kinds += [*words._ARABIC_STEMS, *words._HEBREW_STEMS]
    assert all(re.match(r"[^\W\d_]", word) for word in kinds)
    pattern = words.PHONE_WORD_RE
    for alternative in words._ANYWHERE:
        word = re.sub(r"\(\?<?[!=][^)]*\)", "", alternative)  # without its look-arounds
        assert pattern.match(f" {word} ", 1), word
    unguarded = re.compile(
        pattern.pattern.replace("(?=[^\\W\\d_])", "", 1).replace(words._ANYWHERE_GUARD, "", 1)
    )
    assert unguarded.pattern != pattern.pattern
    samples = ["電話", "कॉल", "कॉलेज", "☎", "Tel", "\\nTel", "hospitalPhone", "iPhone", "_tel"]
    samples += ["T: 12", "F 12345678", "my number", "'s number", "ال هاتف", "טל", "โทร", " ", "1"]
    texts = _real_texts() + _generated(5, [*samples, "a", "\n", ".", ":", "_"], most=12)
    for text in texts:
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in unguarded.finditer(text)
        ], text
