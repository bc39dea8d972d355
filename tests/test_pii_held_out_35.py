"""held_out_35 of the PII evaluation set (scripts/pii_held_out_35.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of each of the row's e-mail addresses
labelled; the postcode and coordinates are in the text and unlabelled) and are rebuilt byte for
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

import pii_held_out_35 as h35  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the hospital's postcode and coordinates, in every layout
IDENTIFIERS = ("postcode", "lat", "lon")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h35.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h35.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h35.data()["rows"]) == 94
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h35.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "go_struct_literal": 24, "ruby_hash_literal": 24,
        "rust_debug_pretty": 23, "kotlin_logcat": 23,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_addresses_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not; each copy of each address of the e-mail field
    (``ca@chpvvc.min-saude.pt; cavc@chpvvc.min-saude.pt`` holds two) is labelled, and nothing
    else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h35.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "PT") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        wanted = Counter({a: len(re.findall(rf"(?<![\w.@-]){re.escape(a)}(?![\w.@-])", text))
                          for a in h35.emails(row)})  # fmt: skip
        assert addresses == wanted and all(wanted.values()), r["id"]
        assert (h35.emails(row) != []) == ("email" in row["fields"]), r["id"]
        assert not r["unscored"]


def test_the_field_with_two_addresses_gives_two_labels_per_copy(records):
    two = [r for r in records if len(h35.emails(_row(r))) == 2]
    assert len(two) == 1
    (r,) = two
    assert h35.email(_row(r)) == "ca@chpvvc.min-saude.pt; cavc@chpvvc.min-saude.pt"
    assert sum(t == "EMAIL_ADDRESS" for _, _, t, _ in r["spans"]) == 2


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":tel"


def test_the_postcode_and_coordinates_are_in_the_text_and_unlabelled(records):
    """The postcode (``5400-279``) and the coordinates stand in every record's text, outside
    the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h35._f(_row(r), column)
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


def _literals(text: str) -> list[str]:
    """The double-quoted literals of a Go, Ruby or Rust text, unescaped."""
    return [re.sub(r"\\(.)", r"\1", m) for m in re.findall(r'"((?:[^"\\]|\\.)*)"', text)]


def test_the_documents_are_well_formed(records):
    """The Go literal opens ``var ... = saude.Hospital{`` with gofmt's aligned keys and gives
    ``Telefone:`` the phone as a string; the Ruby hash gives ``telefone: "..."`` and closes
    ``}.freeze``; Rust's pretty Debug gives the phone in ``Some(`` on its own line and its
    braces and brackets balance; the logcat line gives ``telefone=...`` unquoted, in the
    threadtime format."""
    for r in records:
        row, text = _row(r), r["text"]
        brackets = [text.count(c) for c in "{}()[]"]
        assert brackets[0] == brackets[1] and brackets[2] == brackets[3], r["id"]
        if r["layout"] == "go_struct_literal":
            lines = text.splitlines()
            assert re.fullmatch(r"var hosp[A-Z][A-Za-z]*\d+ = saude\.Hospital\{", lines[0])
            assert lines[-1] == "}" and text.endswith("}\n")
            columns = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in lines[1:-1]}
            assert len(columns) == 1, r["id"]  # every value in one column, as gofmt aligns
            assert re.search(rf'\tTelefone: +"{h35.phone(row)}",\n', text)
            assert (h35.email(row) in _literals(text)) == bool(h35.email(row))
        elif r["layout"] == "ruby_hash_literal":
            assert text.startswith("# frozen_string_literal: true\n")
            assert f'  telefone: "{h35.phone(row)}",\n' in text
            assert text.endswith("}.freeze\n")
            email = f'"{h35.email(row)}"' if h35.email(row) else "nil"
            assert f"  email: {email},\n" in text
        elif r["layout"] == "rust_debug_pretty":
            assert re.match(r"\[src/main\.rs:\d+:\d+\] hospital = Hospital \{\n", text)
            assert f'    telefone: Some(\n        "{h35.phone(row)}",\n    ),\n' in text
            assert text.endswith("}\n")
            email = f'Some(\n        "{h35.email(row)}",\n    )' if h35.email(row) else "None"
            assert f"    email: {email},\n" in text
        else:
            first, second = text.splitlines()
            head = r"\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} +\d+ +\d+ D UrgenciasRepo: "
            assert re.match(head + r"carregado: Hospital\(id=", first)
            assert re.match(head + "dados de ", second)
            email = h35.email(row) or "null"
            assert f", telefone={h35.phone(row)}, email={email}, " in first


def test_a_persons_address_is_left_out_of_the_data():
    """The one address that names a person (``critianacb@...``) is not in the data; the row
    stays, with its phone."""
    rows = h35.data()["rows"]
    assert [r["fields"]["tel"] for r in rows if "email" not in r["fields"]] == ["254609980"]
    assert not any("critianacb" in json.dumps(r) for r in rows)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h35.data()["sources"]
    assert set(sources) == {"PT"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h35.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PT": 94}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h35.write(rebuilt)
    assert rebuilt.read_bytes() == h35.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_35"
