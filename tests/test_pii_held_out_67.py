"""held_out_67 of the PII evaluation set (scripts/pii_held_out_67.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled, and so is the kept e-mail address; the row's
register id and coordinates are in the text and unlabelled) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_67 as h67  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the facility's register id and coordinates, in every layout
IDENTIFIERS = ("unique_id", "x_coordinate", "y_coordinate")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h67.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h67.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h67.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h67.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mongosh_insert": 150, "cloudformation_template": 150, "vue_component": 150,
        "sieve_script": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_email_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not; the kept e-mail address is labelled wherever it stands; and
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h67.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "AE") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        address = h67.email(row)
        assert mails == ([address] * text.count(address) if address else []), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = h67.international(r["text"][s:e])
                assert kind == ("international" if intl else "national") + ":phone"
            else:
                assert kind == "register"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The register id (``0000547``), latitude and longitude stand in every record's text,
    outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h67._f(_row(r), column)
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


def _mongo_document(text: str) -> dict:
    """The document of the script's ``insertOne``, read as JSON: ``ObjectId("...")`` as its
    string, bare keys quoted."""
    body = text.split("db.facilities.insertOne(", 1)[1].rsplit(");\n\ndb.facilities", 1)[0]
    body = re.sub(r'ObjectId\(("[0-9a-f]{24}")\)', r"\1", body)
    body = re.sub(r"^(\s*)(\w+): ", r'\1"\2": ', body, flags=re.M)
    return json.loads(body)


class _Links(HTMLParser):
    """The ``href`` of each link and the text of the document, tags balanced."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.open.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]

    def handle_endtag(self, tag):
        assert self.open.pop() == tag

    def handle_data(self, data):
        self.text.append(data)


def test_the_documents_are_well_formed(records):
    """The mongosh script's document reads as JSON whose ``contact.phone`` is the field; the
    CloudFormation template is YAML whose phone parameter's value is the field; the Vue
    template's tags balance and its ``tel:`` link and text give the field; the Sieve script's
    braces balance and its subject test gives the field."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h67.phone(row)
        if r["layout"] == "mongosh_insert":
            doc = _mongo_document(text)
            assert doc["contact"]["phone"] == value
            assert doc.get("contact", {}).get("email", "") == h67.email(row)
            assert doc["registerId"] == h67._f(row, "unique_id")
            assert doc["location"]["coordinates"][1] == float(h67._f(row, "x_coordinate"))
        elif r["layout"] == "cloudformation_template":
            template = yaml.safe_load(text)
            resources = template["Resources"]
            assert resources["FacilityPhone"]["Properties"]["Value"] == value
            assert template["Parameters"]["FacilityId"]["Default"] == h67._f(row, "unique_id")
            if h67.email(row):
                assert resources["FacilityEmail"]["Properties"]["Value"] == h67.email(row)
        elif r["layout"] == "vue_component":
            template = text.split("<script>", 1)[0]
            parser = _Links()
            parser.feed(template)
            parser.close()
            assert not parser.open
            assert f"tel:{value}" in parser.hrefs
            assert value in parser.text
        else:
            assert text.count("{") == text.count("}")
            assert 'require ["fileinto", "imap4flags"];' in text
            quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
            assert f'if header :contains "subject" {quoted} {{' in text


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h67.data()["sources"]
    assert set(sources) == {"AE"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h67.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AE": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["telephone_1"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(r["fields"].get("email", "info@").split("@")[0].lower() in
               {"info", "enquiries", "enquiry", "contact", "hello", "frontdesk", "support",
                "reception", "clinic", "pharmacy", "admin", "care", "customercare"}
               for r in rows)  # fmt: skip


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h67.write(rebuilt)
    assert rebuilt.read_bytes() == h67.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_67"
