"""held_out_83 of the PII evaluation set (scripts/pii_held_out_83.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's real
phone fields, copied unchanged, each copy labelled; the row's address and its network's page
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import configparser
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_83 as h83  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

MARC = "{http://www.loc.gov/MARC21/slim}"
GEMTEXT_PREFIXES = ("=>", "```", "#", "* ", ">")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h83.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h83.by_locale()[locale][n]


def _address(row: dict) -> str:
    return h83._f(row, "address") or h83._f(row, "parish_name")


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h83.data()["rows"]) == 98
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h83.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "marcxml_community": 25, "gemtext_page": 25, "robot_suite": 24, "abook_addressbook": 24,
    }  # fmt: skip


def test_every_copy_of_each_phone_field_is_labelled_unchanged(records):
    """Each number of each phone field (``(876) 902-6294 / 986-2376`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not (``876 520``, a
    piece the scraper cut off), and nothing else is."""
    total = 0
    for r in records:
        row, text = _row(r), r["text"]
        values = h83.phones(row)
        assert values and not any(a != b and a in b for a in values for b in values), r["id"]
        expected, short = Counter(), Counter()
        for value in values:
            copies = text.count(value)
            assert copies and re.search(r"\d", value), (r["id"], value)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "JM") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
        total += len(labelled)
    assert total == 198
    assert sum(len(r["distractors"]) for r in records) == 1


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phones"


def test_the_address_and_the_network_page_are_in_the_text_and_unlabelled(records):
    """The branch's address (``Race Course P.O., Clarendon``; its parish where the page gave
    none) and its network's page stand in every record's text, outside the labels, whole."""
    for r in records:
        row = _row(r)
        spans = [*r["spans"], *r["distractors"]]
        for value in (_address(row), h83._f(row, "parish_page_url")):
            found = list(re.finditer(re.escape(value), r["text"]))
            assert found, (r["id"], value)
            for m in found:
                assert not any(s < m.end() and m.start() < e for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _marc(text: str) -> dict[str, list[dict[str, list[str]]]]:
    """The record's data fields by tag, each as its subfields by code (one MARCXML record)."""
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{MARC}collection"
    (record,) = root.findall(f"{MARC}record")
    leader = record.find(f"{MARC}leader").text
    assert len(leader) == 24 and leader[6] == "q" and leader.endswith("4500")
    out: dict[str, list[dict[str, list[str]]]] = {}
    for field in record.findall(f"{MARC}datafield"):
        subfields: dict[str, list[str]] = {}
        for sub in field.findall(f"{MARC}subfield"):
            subfields.setdefault(sub.get("code"), []).append(sub.text)
        out.setdefault(field.get("tag"), []).append(subfields)
    return out


def _gemtext(text: str) -> list[tuple[str, str]]:
    """The page's lines as (type, line): preformatted lines between toggles, the rest by
    their prefix; the toggles must pair up."""
    out, pre = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            pre = not pre
            out.append(("toggle", line))
        elif pre:
            out.append(("pre", line))
        else:
            kind = next((p for p in GEMTEXT_PREFIXES if line.startswith(p)), "text")
            out.append((kind, line))
    assert not pre
    return out


def _robot(text: str) -> dict[str, list[list[str]]]:
    """The suite's sections, each line split at its separators (two spaces or more)."""
    sections: dict[str, list[list[str]]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("*** "):
            current = line.strip("* ")
            sections[current] = []
        elif line.strip():
            assert current is not None
            assert not line.startswith(" ") or line.startswith("    "), line
            sections[current].append(re.split(r" {2,}", line))
    assert list(sections) == ["Settings", "Variables", "Test Cases"]
    return sections


def test_the_documents_are_well_formed(records):
    """The MARCXML record parses, a community information record whose 270 ``$k`` are the
    phone fields and whose 500 note repeats the first; the gemtext page's preformatted blocks
    close and its ``* Telephone:`` lines are the phone fields; the Robot suite's variables
    are the phone fields and its step checks the first; the abook file parses as INI with
    the fields as ``workphone`` and ``phone``."""
    for r in records:
        row, text = _row(r), r["text"]
        values = h83.phones(row)
        if r["layout"] == "marcxml_community":
            fields = _marc(text)
            assert fields["270"][0]["k"] == values
            assert fields["270"][0]["a"] == [_address(row)]
            assert any(values[0] in f["a"][0] for f in fields["500"])
            assert fields["856"][0]["u"] == [h83._f(row, "parish_page_url")]
        elif r["layout"] == "gemtext_page":
            lines = _gemtext(text)
            tel = [x.removeprefix("* Telephone: ") for k, x in lines if x.startswith("* Tel")]
            assert tel == values
            assert lines[0][0] == "#" and any(k == ">" and values[0] in x for k, x in lines)
            assert [x.split()[1] for k, x in lines if k == "=>"][0] == h83._f(
                row, "parish_page_url"
            )
        elif r["layout"] == "robot_suite":
            sections = _robot(text)
            variables = {cells[0]: cells[1] for cells in sections["Variables"]}
            names = ["${PHONE}", *(f"${{PHONE {i}}}" for i in range(2, len(values) + 1))]
            assert [variables[n] for n in names] == values
            assert variables["${ADDRESS}"] == _address(row)
            steps = [c for c in sections["Test Cases"] if c[0] == ""]
            check = next(c for c in steps if c[1] == "Element Text Should Be")
            assert check[3] == values[0]
        else:
            book = configparser.ConfigParser(interpolation=None)
            book.read_string(text)
            assert book.sections() == ["format", "0"]
            assert book["format"]["program"] == "abook"
            entry = book["0"]
            assert entry["workphone"] == values[0]
            assert entry.get("phone") == (values[1] if len(values) > 1 else None)
            assert entry["address"] == _address(row)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h83.data()["sources"]
    assert set(sources) == {"JM"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h83.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JM": 98}
    assert sum(len(r["fields"]["phones"]) for r in rows) == 116
    for r in rows:
        assert any(sum(c.isdigit() for c in p) >= 6 for p in r["fields"]["phones"])
        assert "overview" not in r["fields"]
        for value in r["fields"].values():
            assert isinstance(value, str) or all(isinstance(v, str) for v in value)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h83.write(rebuilt)
    assert rebuilt.read_bytes() == h83.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_83"
