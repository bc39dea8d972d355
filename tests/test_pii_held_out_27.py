"""held_out_27 of the PII evaluation set (scripts/pii_held_out_27.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax fields and every labelled address the row's real e-mail field, copied unchanged, each copy
labelled; the facility's NHFR code and PSGC code are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import ph_nhfr_facilities_data as nhfr  # noqa: E402
import pii_held_out_27 as h27  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the NHFR code and the barangay's PSGC code, in every layout
IDENTIFIERS = ("Health Facility Code", "Barangay PSGC")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h27.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h27.by_locale()[locale][n]


def _labelled(record: dict, kind: str) -> list[str]:
    return [record["text"][s:e] for s, e, t, _ in record["spans"] if t == kind]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h27.data()["rows"]) == 538
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h27.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "fhir_organization": 135, "hl7v2_mfn_m05": 135, "pdftotext_profile": 134,
        "facebook_about_fil": 134,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """Each number of each phone and fax field (as published: ``Pick a date 033-311-5046``
    holds one) is labelled wherever the field stands, and nothing else is a phone."""
    for r in records:
        fields = [value for _, value in h27.phones(_row(r))]
        for value in fields:
            assert value in r["text"], (r["id"], value)
            assert re.search(r"\d", value) and value == value.strip()
        expected = Counter()
        for value in fields:
            copies = r["text"].count(value) - sum(
                r["text"].count(other) for other in fields if other != value and value in other
            )
            for s, e in numbers(value):
                expected[value[s:e]] += copies
        assert Counter(_labelled(r, "PHONE_NUMBER")) == expected, r["id"]
        assert all(personal_phone(v, "PH") for v in expected)
        assert not r["distractors"] and not r["unscored"]


def test_every_copy_of_the_addresses_is_labelled_unchanged(records):
    """Each e-mail field that is one well-formed address is labelled wherever it stands; the
    kept data holds no address that names no office."""
    for r in records:
        addresses = h27.emails(_row(r))
        assert Counter(_labelled(r, "EMAIL_ADDRESS")) == {
            a: r["text"].count(a) for a in addresses
        }, r["id"]
        assert all(a.count("@") == 1 and nhfr.office_address(a) for a in addresses)
        assert all(s[3] == "register" for s in r["spans"] if s[2] == "EMAIL_ADDRESS")


def test_every_record_has_a_value_and_phones_keep_their_kind(records):
    for r in records:
        assert r["spans"], r["id"]
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_facilitys_codes_are_in_the_text_and_unlabelled(records):
    """The NHFR code (``DOH000000000018658``) and the barangay's PSGC code (``0603007001``)
    stand in every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h27._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){value}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"])


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def test_the_documents_are_well_formed(records):
    """The FHIR resource is JSON whose ``telecom`` holds the row's fields and whose
    identifiers are its codes; the HL7 message's segments end in carriage returns only, its
    ``LOC-6`` repetitions are the row's fields; the profile sheet ends in a form feed; the
    Facebook tab gives each value's caption on the next line."""
    for r in records:
        row, text = _row(r), r["text"]
        fields = [value for _, value in h27.phones(row)] + h27.emails(row)
        if r["layout"] == "fhir_organization":
            resource = json.loads(text)
            assert resource["resourceType"] == "Organization"
            assert [t["value"] for t in resource["telecom"]] == fields
            assert resource["identifier"][0]["value"] == row["fields"]["Health Facility Code"]
        elif r["layout"] == "hl7v2_mfn_m05":
            assert "\n" not in text and text.endswith("\r")
            segments = {s.split("|", 1)[0]: s for s in text.rstrip("\r").split("\r")}
            assert segments["MSH"].startswith("MSH|^~\\&|") and "MFN^M05" in segments["MSH"]
            xtn = segments["LOC"].split("|")[6].split("~") if fields else []
            assert [x.split("^")[3] if x.startswith("^NET") else x.split("^")[0] for x in xtn] == (
                fields
            )
        elif r["layout"] == "pdftotext_profile":
            assert text.endswith("\n\f") and "HEALTH FACILITY PROFILE" in text
        else:
            lines = text.splitlines()
            for value in fields:
                caption = lines[lines.index(value) + 1]
                assert caption in ("Mobile", "Telepono", "Email"), (r["id"], value)
            assert "Transparency ng Page" in lines and "ID ng Page" in lines


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h27.data()["sources"]
    assert set(sources) == {"PH"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h27.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PH": 538}
    assert all(nhfr.has_contact(r["fields"]) for r in rows)


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert set(labels) == {("reg:PH", "PHONE_NUMBER"), ("reg:PH", "EMAIL_ADDRESS")}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h27.write(rebuilt)
    assert rebuilt.read_bytes() == h27.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_27"
