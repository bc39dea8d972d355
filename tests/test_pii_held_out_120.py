"""held_out_120 of the PII evaluation set (scripts/pii_held_out_120.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled, and so is the one e-mail address; the hospital's id, name
and town are in the text and unlabelled) and are rebuilt byte for byte from the committed data.
No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from pygments.lexers import CSharpLexer, HaskellLexer, JuliaLexer, ScalaLexer
from pygments.token import Error

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_120 as h120  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the hospital's identifiers, in every layout (the Eircode where the row has one)
IDENTIFIERS = ("id", "hospital_name", "city", "postcode")
LEXERS = {
    "scala_case_class": ScalaLexer,
    "haskell_record": HaskellLexer,
    "julia_named_tuple": JuliaLexer,
    "csharp_initializer": CSharpLexer,
}
# each layout's field names: (id, name, town, phone, email, street, eircode)
KEYS = {
    "scala_case_class": ("id", "name", "town", "phone", "email", "street", "eircode"),
    "haskell_record": ("siteId", "siteName", "siteTown", "sitePhone", "siteEmail",
                       "siteStreet", "siteEircode"),
    "julia_named_tuple": ("id", "name", "town", "phone", "email", "street", "eircode"),
    "csharp_initializer": ("Id", "Name", "Town", "Phone", "Email", "Street", "Eircode"),
}  # fmt: skip
NONE = {
    "scala_case_class": "None",
    "haskell_record": "Nothing",
    "julia_named_tuple": "nothing",
    "csharp_initializer": "null",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h120.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h120.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h120.data()["rows"]) == 179
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h120.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "scala_case_class": 45, "haskell_record": 45, "julia_named_tuple": 45,
        "csharp_initializer": 44,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_the_email_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; the e-mail address wherever it stands;
    nothing else is."""
    total = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        value = h120.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "IE") else short)[(number, h120.PHONE)] += copies
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h120.email(row)
        assert mails == ([address] * text.count(address) if address else []), r["id"]
        assert not r["unscored"]
        total.update(t for _, _, t, _ in r["spans"])
    assert total == {"PHONE_NUMBER": 364, "EMAIL_ADDRESS": 2}


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, _, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                assert kind.split(":")[0] == "national"
                assert r["text"][s] == "0"


def test_the_data_keeps_the_published_shape():
    """Every kept phone is an Irish number with its trunk ``0`` as the register writes it;
    every column of the file is kept."""
    rows = h120.data()["rows"]
    shape = r"0\d{1,3}[ -]\d[\d ]{3,8}\d(, 0\d{1,3} [\d ]{4,8}\d( \(A/E\))?)?"
    assert all(re.fullmatch(shape, h120.phone(row)) for row in rows)
    assert sum(1 for row in rows if h120.email(row)) == 1
    columns = list(rows[0]["fields"])
    assert all(list(row["fields"]) == columns for row in rows)
    assert "tel" in columns and "email" in columns


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The register's id, the hospital's name, town and Eircode (where it has one) stand in
    every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h120._f(_row(r), column)
            if not value:
                assert column == "postcode", r["id"]
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _balanced(text: str) -> bool:
    """Brackets outside string literals and comments pair up."""
    code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
    code = re.sub(r"/\*.*?\*/|\{-.*?-\}", "", code, flags=re.S)
    code = re.sub(r"(//|--|#)[^\n]*", "", code)
    stack, pairs = [], {")": "(", "]": "[", "}": "{"}
    for c in code:
        if c in "([{":
            stack.append(c)
        elif c in pairs and (not stack or stack.pop() != pairs[c]):
            return False
    return not stack


def _field(text: str, key: str) -> str:
    """The literal a field is set to: ``key = <literal>`` up to the line's end (its comma
    dropped)."""
    m = re.search(rf"^\s*[{{,]?\s*{key} = (.+?),?$", text, flags=re.M)
    assert m, key
    return m.group(1)


def test_the_documents_are_well_formed(records):
    """Each document lexes with its language's Pygments lexer without an error token, its
    brackets pair up, and each field of the row stands as a string literal (read with
    ``ast.literal_eval``: the four languages' escapes agree with Python's here) or as the
    language's empty value where the register has none."""
    for r in records:
        row, text, layout = _row(r), r["text"], r["layout"]
        tokens = list(LEXERS[layout]().get_tokens(text))
        assert not [v for t, v in tokens if t in Error], r["id"]
        assert _balanced(text), r["id"]
        key_id, key_name, key_town, key_tel, key_mail, key_street, key_code = KEYS[layout]
        for key, column in (
            (key_id, "id"), (key_name, "hospital_name"), (key_town, "city"),
            (key_tel, "tel"), (key_mail, "email"), (key_street, "street"),
            (key_code, "postcode"),
        ):  # fmt: skip
            literal, value = _field(text, key), h120._f(row, column)
            if not value:
                assert literal == NONE[layout], (r["id"], key)
                continue
            wrapped = re.fullmatch(r"(?:Some\((.*)\)|Just (.*))", literal)
            if wrapped:
                literal = wrapped.group(1) or wrapped.group(2)
            assert ast.literal_eval(literal) == value, (r["id"], key)
        assert row["fields"]["lat"] in text and row["fields"]["lon"] in text
        if layout == "scala_case_class":
            assert f"object Site{row['fields']['id']} {{" in text
        elif layout == "haskell_record":
            assert re.search(r"^module Directory\.Seed\.Site\d+ \(site, syncedAt\) where$",
                             text, flags=re.M)  # fmt: skip
        elif layout == "julia_named_tuple":
            assert f"push!(SITES, SITE_{row['fields']['id']})" in text
        else:
            assert "/// <summary>" in text and text.rstrip().endswith("}")


def test_provenance():
    sources = h120.data()["sources"]
    assert set(sources) == {"IE"}
    ie = sources["IE"]
    assert ie["repository"] == "eurostat/basic-services"
    assert ie["commit"] == "f200d0ce0af43a0353ea0f229e1e770a2be26f8d"
    assert ie["path"] == "data/healthcare/csv/IE.csv"
    assert "not confirmed" in ie["licence"] and ie["publisher"]
    rows = h120.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IE": 179}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h120, "held_out_120", tmp_path)
