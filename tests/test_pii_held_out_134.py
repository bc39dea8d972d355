"""held_out_134 of the PII evaluation set (scripts/pii_held_out_134.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's real
contact fields, copied unchanged, each copy labelled under its role; the name and postcode
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_134 as h134  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h134.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h134.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h134.data()["rows"]) == 548
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h134.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:GB"
    assert Counter(r["layout"] for r in records) == {
        "discourse_post": 137, "pipermail_message": 137, "weechat_log": 137,
        "activitypub_outbox": 137,
    }  # fmt: skip


def _copies(text: str, values: list[str]) -> list[tuple[int, int]]:
    """Where the values stand in ``text``, longest first, a copy inside a longer one skipped
    (the generator's rule)."""
    found: list[tuple[int, int]] = []
    for value in sorted(set(values), key=len, reverse=True):
        for m in re.finditer(re.escape(value), text):
            if not any(s <= m.start() and m.end() <= e for s, e in found):
                found.append((m.start(), m.end()))
    return sorted(found)


def test_every_copy_of_each_contact_number_is_labelled_unchanged(records):
    """Each contact number stands at least twice; every number of six digits or more in each
    of its copies is labelled (a shorter one is a distractor), under a role that gives that
    number; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        pairs = h134.contacts(row)
        assert pairs, r["id"]
        for _, value in pairs:
            assert text.count(value) >= 2, (r["id"], value)
        roles: dict[str, set[str]] = {}
        for role, value in pairs:
            roles.setdefault(value, set()).add(role)
        expected, short = Counter(), Counter()
        for s, e in _copies(text, [v for _, v in pairs]):
            field = text[s:e]
            for a, b in numbers(field):
                number = field[a:b]
                (expected if personal_phone(number, "GB") else short)[(s + a, s + b)] += 1
        labelled = Counter((s, e) for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        assert Counter((s, e) for s, e, *_ in r["distractors"]) == short, r["id"]
        for s, e, _, kind in r["spans"]:
            column = kind.split(":", 1)[1]
            assert any(text[s:e] in v and column in roles[v] for v in roles), (r["id"], kind)
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])


def test_the_data_keeps_the_published_shape():
    """Numbers as the service typed them: groups with one or two blanks, some with a second
    number, an extension or a note; every contact of an entry kept, no e-mail address."""
    rows = h134.data()["rows"]
    values = [v for row in rows for _, v in h134.contacts(row)]
    assert len(values) == 4293 and len(set(values)) == 2048
    assert sum("  " in v for v in values) > 1000
    assert "01254  687500" in values
    assert "0870 324 0127 (Goldfax)" in values and "Mobile Tel: 07717 271882" in values
    assert not any("@" in v for v in values)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text (the name as JSON or
    HTML writes it), outside the labels."""
    for r in records:
        row, text = _row(r), r["text"]
        values = [h134._f(row, "court_number"), h134.address(row)["postcode"].strip()]
        name = h134._f(row, "name")
        assert any(form in text for form in (name, json.dumps(name)[1:-1], escape(name)))
        spans = [*r["spans"], *r["distractors"]]
        for value in filter(None, values[1:]):
            found = [m.start() for m in re.finditer(re.escape(value), text)]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Pre(HTMLParser):
    """The text of a page's ``PRE`` element and its ``H1``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tag, self.pre, self.h1 = "", "", ""

    def handle_starttag(self, tag, attrs):
        self.tag = tag

    def handle_endtag(self, tag):
        self.tag = ""

    def handle_data(self, data):
        if self.tag == "pre":
            self.pre += data
        elif self.tag == "h1":
            self.h1 += data


def test_the_documents_parse_in_their_format(records):
    """Discourse and ActivityPub documents are JSON with each number in both renderings; the
    Pipermail page parses as HTML with the numbers in its ``PRE`` body; each WeeChat line is
    time, prefix and message between two tabs."""
    for r in records:
        row, text = _row(r), r["text"]
        name = h134._f(row, "name")
        values = [v for _, v in h134.contacts(row)]
        if r["layout"] == "discourse_post":
            post = json.loads(text)
            assert post["username"] == "court_numbers_bot"
            assert all(v in post["raw"] and v in post["cooked"] for v in values)
            assert post["raw"].startswith(f"## {name}")
        elif r["layout"] == "pipermail_message":
            page = _Pre()
            page.feed(text)
            assert page.h1 == f"[court-users] Contact numbers: {name}"
            assert all(page.pre.count(v) >= 2 for v in values)
            assert "@" not in text
        elif r["layout"] == "weechat_log":
            lines = text.rstrip("\n").split("\n")
            for line in lines:
                stamp, prefix, message = line.split("\t")
                assert re.fullmatch(r"2017-\d\d-\d\d \d\d:\d\d:\d\d", stamp)
                assert prefix and message
            said = [line.split("\t")[2] for line in lines if line.split("\t")[1] == "courtbot"]
            assert all(f"{role}: {v}" in said for role, v in h134.contacts(row))
        else:
            page = json.loads(text)
            assert page["type"] == "OrderedCollectionPage"
            note = page["orderedItems"][0]["object"]
            assert page["orderedItems"][0]["type"] == "Create" and note["type"] == "Note"
            assert note["content"] == note["contentMap"]["en"]
            assert all(v in note["content"] for v in values)
            if h134._f(row, "lat"):
                assert note["location"]["latitude"] == float(h134._f(row, "lat"))


def test_provenance():
    sources = h134.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "hmcts/courtfinder-search"
    assert gb["commit"] == "04b7e2a69993a25415e47791cabac5aeccd3f4e6"
    assert gb["paths"] == ["data/courts.json"]
    assert "not confirmed" in gb["licence"] and gb["publisher"]
    rows = h134.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 548}
    assert all("emails" not in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h134, "held_out_134", tmp_path)
