"""held_out_52 of the PII evaluation set (scripts/pii_held_out_52.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephones
or fax field, every labelled address one of its e-mail field, copied unchanged, each copy
labelled; the page's update time is in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import ast
import gzip
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_52 as h52  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h52.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h52.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h52.data()["rows"]) == 192
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h52.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "scrapy_log": 48, "solr_update_xml": 48, "cisco_ip_phone_directory": 48,
        "perl_data_dumper": 48,
    }  # fmt: skip


def test_every_copy_of_the_phone_fax_and_email_fields_is_labelled_unchanged(records):
    """Each number of the telephones and fax fields (``+94 11 2 695301, +94 11 2 695302``
    holds two) is labelled wherever the field stands if a person could hold it, a distractor
    if not (``864051`` of ``0112 - 864051``); each address of the e-mail field in standard form is
    labelled wherever the field stands; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short, emails = Counter(), Counter(), Counter()
        for value in (h52.phone(row), h52.fax(row)):
            if not value:
                continue
            copies = text.count(value)
            assert copies and re.search(r"\d", value), r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "LK") else short)[number] += copies
        if h52.email(row) and r["layout"] != "cisco_ip_phone_directory":
            copies = text.count(h52.email(row))
            assert copies, r["id"]
            for m in h52.ADDRESS.finditer(h52.email(row)):
                emails[m.group()] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS") == emails
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_labels_keep_their_kind(records):
    for r in records:
        row = _row(r)
        for s, e, t, kind in r["spans"]:
            value = r["text"][s:e]
            if t == "EMAIL_ADDRESS":
                assert kind == "register" and value in h52.email(row)
                continue
            assert t == "PHONE_NUMBER"
            intl = value.startswith(("+", "00"))
            column = kind.split(":")[1]
            assert kind.split(":")[0] == ("international" if intl else "national")
            assert value in (h52.phone(row) if column == "phone" else h52.fax(row)), r["id"]
    kinds = Counter(k for r in records for *_, k in r["spans"])
    assert set(kinds) == {
        "international:phone", "national:phone", "international:fax", "national:fax", "register",
    }  # fmt: skip


def test_the_update_time_is_in_the_text_and_unlabelled(records):
    """The page's ``Page Last Updated Date`` (``2016-06-15 12:45:18``; Solr writes
    ``2016-06-15T12:45:18Z``) stands in every record but the phone directory's, outside the
    labels, its date and time whole."""
    for r in records:
        if r["layout"] == "cisco_ip_phone_directory":
            continue
        for part in h52._f(_row(r), "Page Last Updated Date").split():
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(part)}(?!\d)", r["text"])]
            assert found, (r["id"], part)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], part)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _expected_item(row: dict) -> dict[str, str]:
    return dict(h52._item(row))


def test_the_scrapy_logs_and_solr_messages_parse(records):
    """The Scrapy item line is a Python dict literal equal to the row's item; the Solr message
    is XML whose ``<field>`` elements give the row's telephones, fax and e-mail fields."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "scrapy_log":
            lines = text.splitlines()
            assert "[scrapy.core.scraper] DEBUG: Scraped from <200 " in lines[1]
            assert ast.literal_eval(lines[2]) == _expected_item(row)
        elif r["layout"] == "solr_update_xml":
            add = ET.fromstring(text.encode("utf-8"))
            assert add.tag == "add" and [d.tag for d in add] == ["doc"]
            fields = {f.get("name"): f.text for f in add[0] if f.get("name") != "services"}
            item = _expected_item(row)
            for key in ("name", "address", "telephones", "fax", "email"):
                assert fields.get(key) == item.get(key), (r["id"], key)


def test_the_phone_directories_parse(records):
    """The Cisco object is XML with a ``DirectoryEntry`` whose ``Telephone`` is the telephones
    field, and one for the fax where the row has a fax of its own."""
    for r in records:
        if r["layout"] != "cisco_ip_phone_directory":
            continue
        row = _row(r)
        root = ET.fromstring(r["text"].encode("utf-8"))
        assert root.tag == "CiscoIPPhoneDirectory"
        entries = [e.findtext("Telephone") for e in root.findall("DirectoryEntry")]
        assert entries == [h52.phone(row), *([h52.fax(row)] if h52.fax(row) else [])]
        assert [k.findtext("Name") for k in root.findall("SoftKeyItem")] == [
            "Dial", "EditDial", "Exit",
        ]  # fmt: skip


PERL = "use utf8; use JSON::PP; my $VAR1; my $t = do { local $/; <STDIN> }; eval $t; die $@ if $@; print JSON::PP->new->canonical->encode($VAR1);"  # noqa: E501


@pytest.mark.skipif(shutil.which("perl") is None, reason="perl is not installed")
def test_the_data_dumper_output_is_perl(records):
    """Perl reads each ``$VAR1 = {...};`` back into the row's item (the services an array,
    the invented id and fetch time numbers)."""
    for r in records:
        if r["layout"] != "perl_data_dumper":
            continue
        out = subprocess.run(
            ["perl", "-CSD", "-e", PERL], input=r["text"], capture_output=True, check=True,
            text=True, encoding="utf-8",
        ).stdout  # fmt: skip
        value = json.loads(out)
        item = _expected_item(_row(r))
        services = item.pop("services", None)
        assert value.pop("services", None) == (
            [s for s in re.split(r"\s{3,}", services) if s.strip()] if services else None
        )
        assert isinstance(value.pop("gic_id"), int) and isinstance(value.pop("fetched"), int)
        assert value == item, r["id"]


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h52.data()["sources"]
    assert set(sources) == {"LK"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h52.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"LK": 192}
    assert all(sum(c.isdigit() for c in r["fields"]["Telephones"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # no key of a row holds the page's head of the organisation or contact person
    assert all(
        set(r["fields"]) <= {"Category", "Name", "Address", "Telephones", "Fax Nos", "Email",
                             "Website", "Services Offered", "Page Last Updated Date"}
        for r in rows
    )  # fmt: skip


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h52.write(rebuilt)
    assert rebuilt.read_bytes() == h52.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_52"
