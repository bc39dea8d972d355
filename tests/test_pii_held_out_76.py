"""held_out_76 of the PII evaluation set (scripts/pii_held_out_76.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of the e-mail address labelled; the
row's address and checked date are in the text and unlabelled; each document parses) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import plistlib
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_76 as h76  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the faculty's address (with its postcode) and the date the list checked it, in every layout
IDENTIFIERS = ("address", "lastChecked")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h76.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h76.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h76.data()["rows"]) == 191
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h76.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "apple_plist": 48, "opml_outline": 48, "helm_values": 48, "makefile": 47,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands, each copy of the
    e-mail address too, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h76.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BA") else short)[number] += copies
        phones = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(phones) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        mail = h76.email(row)
        assert emails == ([mail] * text.count(mail) if mail else []), r["id"]
        assert not r["unscored"]


def test_the_counts_of_labels(records):
    spans = [s for r in records for s in r["spans"]]
    assert Counter(s[2] for s in spans) == {"PHONE_NUMBER": 238, "EMAIL_ADDRESS": 186}
    assert not any(r["distractors"] for r in records)


def test_phones_and_addresses_keep_their_kind(records):
    for r in records:
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":phone"
            else:
                assert t == "EMAIL_ADDRESS" and kind == "register"


def test_the_address_and_checked_date_are_in_the_text_and_unlabelled(records):
    """The address (``Obala Maka Dizdara 3, 71000 Sarajevo``) and the checked date
    (``2026-08-29``) stand in every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h76._f(_row(r), column)
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


def _make_vars(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        m = re.fullmatch(r"([A-Z]+) := (.*)", line)
        if m:
            out[m[1]] = m[2].replace("$$", "$").replace("\\#", "#")
    return out


def test_the_documents_are_well_formed(records):
    """The property list parses with ``plistlib`` and its ``Fakultet.Telefon`` is the field;
    the OPML parses as XML and its faculty outline's ``telefon`` attribute is the field; the
    Helm values parse as YAML with ``fakultet.telefon``; the Makefile's ``TELEFON`` variable is
    the field and its recipes start with a tab."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "apple_plist":
            plist = plistlib.loads(text.encode("utf-8"))
            assert plist["Fakultet"]["Telefon"] == h76.phone(row)
            assert plist["Fakultet"]["Naziv"] == h76._f(row, "name")
            assert plist.get("Fakultet", {}).get("Email", "") == h76.email(row)
        elif r["layout"] == "opml_outline":
            root = ET.fromstring(text)
            outline = root.find("body/outline")
            assert root.tag == "opml" and outline is not None
            assert outline.get("telefon") == h76.phone(row)
            assert outline.get("adresa") == h76._f(row, "address")
            assert (outline.get("email") or "") == h76.email(row)
        elif r["layout"] == "helm_values":
            values = yaml.safe_load(text)
            assert values["fakultet"]["telefon"] == h76.phone(row)
            assert values["fakultet"].get("email", "") == h76.email(row)
            assert isinstance(values["service"]["port"], int)
        else:
            variables = _make_vars(text)
            assert variables["TELEFON"] == h76.phone(row)
            assert variables.get("EMAIL", "") == h76.email(row)
            recipes = [x for x in text.splitlines() if x.startswith(("\t", " "))]
            assert recipes and all(x.startswith("\t") for x in recipes)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h76.data()["sources"]
    assert set(sources) == {"BA"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h76.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BA": 191}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(r["fields"]["phone"].startswith("+387 ") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    out = tmp_path / "part.jsonl.gz"
    h76.write(out)
    assert out.read_bytes() == h76.DATA.read_bytes()
