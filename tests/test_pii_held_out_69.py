"""held_out_69 of the PII evaluation set (scripts/pii_held_out_69.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of the e-mail address labelled; the
row's reference id and coordinates are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_69 as h69  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the branch's reference id and coordinates, in every layout
IDENTIFIERS = ("ref", "latitude")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h69.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h69.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h69.data()["rows"]) == 102
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h69.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "nix_attrset": 26, "puppet_manifest": 26, "elixir_seeds": 25, "hurl_file": 25,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field (``0 800 30 99 09, (067) 217 07 31`` holds two) is
    labelled wherever the field stands if a person could hold it, a distractor if not; each
    copy of the e-mail address is labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h69.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "UA") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h69.email(row)
        assert emails == ([address] * text.count(address) if address else []), r["id"]
        assert not r["unscored"]


def test_labels_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "EMAIL_ADDRESS":
                assert kind == "register"
            else:
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":phone"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = h69._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _balanced(text: str) -> bool:
    """Braces balance once strings and comments are left out."""
    body = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    body = re.sub(r"'[^'\n]*'", "''", body)
    body = re.sub(r"#[^\n]*", "", body)
    depth = 0
    for c in body:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def test_the_documents_are_well_formed(records):
    """The Nix set, the Puppet class and the Elixir map balance their braces and give the
    field as a quoted string (JSON's escapes); the Hurl file asserts it and posts a JSON body
    whose ``from`` is the field."""
    for r in records:
        row, text = _row(r), r["text"]
        quoted = json.dumps(h69.phone(row), ensure_ascii=False)
        if r["layout"] == "nix_attrset":
            assert _balanced(text) and text.rstrip().endswith("}")
            assert f"  phone = {quoted};" in text
        elif r["layout"] == "puppet_manifest":
            assert _balanced(text) and f"class sat::branch_{h69._f(row, 'number')} {{" in text
            assert f"  $branch_phone = {quoted}" in text
        elif r["layout"] == "elixir_seeds":
            assert _balanced(text) and "Repo.insert!(struct(Branch, branch))" in text
            assert f"  phone: {quoted}," in text
        else:
            assert f'jsonpath "$.data.phone" == {quoted}' in text
            body = text.split("Content-Type: application/json\n", 1)[1].rsplit("HTTP 201", 1)[0]
            payload = json.loads(body)
            assert payload["from"] == h69.phone(row) and payload["rsp"] == h69._f(row, "ref")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h69.data()["sources"]
    assert set(sources) == {"UA"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
        assert meta["repository"] == "OleksiiTkachenko88/sat.ua"
    rows = h69.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"UA": 102}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h69.write(rebuilt)
    assert rebuilt.read_bytes() == h69.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_69"
