"""held_out_101 of the PII evaluation set (scripts/pii_held_out_101.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's directory id is in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_101 as h101  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the facility's directory id, in every layout
IDENTIFIERS = ("id",)
EAD = "{urn:isbn:1-931666-22-9}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h101.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h101.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h101.data()["rows"]) == 287
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h101.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ris_reference": 72, "csl_json": 72, "citation_cff": 72, "ead_finding_aid": 71,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h101.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "GY") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_each_layout_repeats_the_field_as_often_as_it_writes_it(records):
    """RIS and EAD give the phone twice (note and abstract; address and history), CSL-JSON and
    CFF once."""
    twice = {"ris_reference", "ead_finding_aid"}
    for r in records:
        assert len(r["spans"]) == (2 if r["layout"] in twice else 1), r["id"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_directory_id_is_in_the_text_and_unlabelled(records):
    """The row's id (``health-0001``) stands in every record's text, outside the labels,
    whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h101._f(_row(r), column)
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


def _ris(text: str) -> list[tuple[str, str]]:
    """An RIS record's tagged lines: two capitals or a capital and a digit, two spaces, a
    hyphen, a space, the value."""
    out = []
    for line in text.splitlines():
        match = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line)
        assert match, line
        out.append((match[1], match[2]))
    return out


def test_the_documents_are_well_formed(records):
    """The RIS record starts with ``TY`` and ends with ``ER``, its ``ID`` the row's id and its
    ``N1`` the field; the CSL-JSON item parses and its ``note`` gives the field; the
    CITATION.cff is YAML whose author entity's ``tel`` is the field; the EAD finding aid parses
    as XML whose ``unitid`` is the row's id and whose repository address gives the field."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h101.phone(row)
        if r["layout"] == "ris_reference":
            tags = _ris(text)
            assert tags[0] == ("TY", "ELEC") and tags[-1] == ("ER", "")
            fields = dict(tags)
            assert fields["ID"] == h101._f(row, "id")
            assert fields["N1"].startswith(f"Tel. {value};")
        elif r["layout"] == "csl_json":
            (item,) = json.loads(text)
            assert item["id"] == h101._f(row, "id") and item["type"] == "webpage"
            assert item["note"] == f"Tel. {value}"
            assert len(item["accessed"]["date-parts"][0]) == 3
        elif r["layout"] == "citation_cff":
            cff = yaml.safe_load(text)
            assert cff["cff-version"] == "1.2.0"
            (author,) = cff["authors"]
            assert author["tel"] == value and author["name"] == h101._f(row, "name")
            assert cff["identifiers"][1]["value"] == h101._f(row, "id")
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{EAD}ead"
            did = root.find(f"{EAD}archdesc/{EAD}did")
            assert did.findtext(f"{EAD}unitid") == h101._f(row, "id")
            lines = [x.text for x in did.iter(f"{EAD}addressline")]
            assert lines[-1] == f"Tel. {value}"
            assert len(root.findall(f".//{EAD}c01")) == 2


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h101.data()["sources"]
    assert set(sources) == {"GY"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h101.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GY": 287}
    assert all(sum(c.isdigit() for c in r["fields"]["contact"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h101.write(rebuilt)
    assert rebuilt.read_bytes() == h101.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_101"
