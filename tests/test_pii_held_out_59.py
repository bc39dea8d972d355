"""held_out_59 of the PII evaluation set (scripts/pii_held_out_59.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
elements, copied unchanged, each copy labelled; every copy of the kept e-mail address labelled;
the row's UUIDs are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_59 as h59  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the row's UUIDs, in every layout
IDENTIFIERS = ("unique_id", "content_table_id")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h59.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h59.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h59.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h59.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "dhis2_metadata": 150, "cypher_merge": 150, "jira_issue": 150, "openapi_example": 150,
    }  # fmt: skip


def _copies(text: str, value: str) -> int:
    return sum(text.count(form) for form in h59.forms(value))


def test_every_copy_of_each_phone_element_is_labelled_unchanged(records):
    """Each number of each phone element is labelled wherever the element stands (itself or
    with a string's escapes) if a person could hold it, a distractor if not, and nothing
    else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for value in h59.phones(row):
            copies = _copies(text, value)
            assert copies, (r["id"], value)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "GH") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_every_copy_of_the_kept_email_is_labelled(records):
    with_email = 0
    for r in records:
        address, text = h59.email(_row(r)), r["text"]
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if address:
            with_email += 1
            assert labelled == [address] * text.count(address) and labelled, r["id"]
        else:
            assert not labelled, r["id"]
    assert with_email == 144


def test_spans_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":phone"
            else:
                assert kind == "register"


def test_the_uuids_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = h59._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
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


def test_the_documents_are_well_formed(records):
    """The DHIS2 import is JSON whose unit gives the first element as ``phoneNumber``; the
    Cypher script's ``f.phones`` is a list of the elements, its brackets balance and it ends
    with ``;``; the Jira table's rows are bar-delimited and it lists the elements; the OpenAPI
    document is YAML whose example gives the elements as ``phoneNumbers``."""
    for r in records:
        row, text = _row(r), r["text"]
        elements = h59.phones(row)
        if r["layout"] == "dhis2_metadata":
            unit = json.loads(text)["organisationUnits"][0]
            assert unit["phoneNumber"] == elements[0]
            assert unit["attributeValues"][0]["value"] == h59._f(row, "unique_id")
            assert unit.get("email", "") == h59.email(row)
            if len(elements) > 1:
                assert unit["comment"] == "Other numbers: " + "; ".join(elements[1:])
        elif r["layout"] == "cypher_merge":
            assert text.startswith("// source: ") and text.endswith(";\n")
            assert text.count("(") == text.count(")") and text.count("{") == text.count("}")
            listed = re.search(r"^    f\.phones = (\[.*\]),$", text, re.M)
            assert listed and json.loads(listed.group(1)) == elements
            assert (
                f"MERGE (f:Facility {{unique_id: {json.dumps(h59._f(row, 'unique_id'))}}})" in text
            )
        elif r["layout"] == "jira_issue":
            assert text.startswith("h2. Verify contact details: ")
            table = [x for x in text.splitlines() if x.startswith("|")]
            assert table[0] == "||Field||Value||"
            assert all(x.endswith("|") for x in table)
            cells = dict(x[1:-1].split("|", 1) for x in table[1:])
            assert cells["Phone numbers"].split(" \\\\ ") == elements
            assert f"# Call {elements[0]} between " in text
        else:
            doc = yaml.safe_load(text)
            assert doc["openapi"] == "3.0.3"
            example = doc["components"]["examples"][h59._slug(row)]["value"]
            assert example["phoneNumbers"] == elements
            assert example["uniqueId"] == h59._f(row, "unique_id")
            assert example.get("email", "") == h59.email(row)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h59.data()["sources"]
    assert set(sources) == {"GH"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h59.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GH": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["phone_numbers"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("description" in r["fields"] or "capability" in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h59.write(rebuilt)
    assert rebuilt.read_bytes() == h59.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_59"
