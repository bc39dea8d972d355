"""held_out_258 of the PII evaluation set (scripts/pii_held_out_258.py): its committed records
keep the generator's invariants (every labelled phone is a number of the park's real voice, fax
or TTY field, copied unchanged, each copy labelled, the extension left out; each e-mail
labelled; the name and park code are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_258 as h258  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the park's identifiers, in every layout
IDENTIFIERS = ("fullName", "parkCode")
EML = "{https://eml.ecoinformatics.org/eml-2.2.0}"
# copies of each field a layout writes (voice, fax, tty, email) where the park has the field
COPIES = {
    "ridb_recarea": {"voice": 2, "fax": 0, "tty": 0, "email": 1},
    "eml_dataset": {"voice": 1, "fax": 1, "tty": 1, "email": 1},
    "sam_opportunity": {"voice": 1, "fax": 1, "tty": 0, "email": 1},
    "jekyll_page": {"voice": 2, "fax": 2, "tty": 2, "email": 3},
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h258.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h258.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h258.data()["rows"]) == 330
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h258.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
    assert Counter(r["layout"] for r in records) == {
        "ridb_recarea": 83, "eml_dataset": 83, "sam_opportunity": 82, "jekyll_page": 82,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the voice, fax and TTY fields is labelled in every copy the layout
    writes (a fax or TTY that is the voice number counts as the voice's), the e-mail in every
    copy; nothing else is labelled and nothing is left as a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        copies = COPIES[r["layout"]]
        expected: Counter = Counter()
        for kind, value in (("voice", h258.voice(row)), ("fax", h258.fax(row)),
                            ("tty", h258.tty(row))):  # fmt: skip
            if not value or not copies[kind]:
                continue
            column = "voice" if kind != "voice" and value == h258.voice(row) else kind
            for s, e in h258.pieces(value):
                expected[(value[s:e], column)] += copies[kind]
        if h258.email(row):
            expected[(h258.email(row), "register")] += copies["email"]
        got = Counter((text[s:e], kind.split(":")[-1]) for s, e, _, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]
        if h258.voice(row):
            assert text.count(h258.voice(row)) >= copies["voice"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h258.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:voice": 498, "national:fax": 169, "national:tty": 5, "register": 491,
    }  # fmt: skip


def test_a_field_of_one_number_is_one_span_and_of_two_two():
    assert h258.pieces("(229) 824 - 4104") == [(0, 16)]
    assert h258.pieces("2703583137") == [(0, 10)]
    assert h258.pieces("9286792365 or 9288561705") == [(0, 10), (14, 24)]
    assert h258.pieces("5302600537or5306678113") == [(0, 10), (12, 22)]


def test_the_data_keeps_the_published_shape():
    """Every kept park has a voice number of ten or more digits as the park typed it; 168
    have a fax, 10 a TTY, 329 an e-mail; the fields are strings."""
    rows = h258.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h258.voice(row)) for row in rows)
    assert shapes == {
        "9999999999": 265, "999-999-9999": 38, "(999) 999-9999": 14, "999.999.9999": 5,
        "(999)999-9999": 2, "(999) 999.9999": 2, "(999) 999 - 9999": 1, "999 999 9999": 1,
        "9999999999 or 9999999999": 1, "999/999-9999": 1,
    }  # fmt: skip
    assert sum(bool(h258.fax(row)) for row in rows) == 168
    assert sum(bool(h258.tty(row)) for row in rows) == 10
    emails = [h258.email(row) for row in rows if h258.email(row)]
    assert len(emails) == 329 and all("@" in e and "." in e.split("@")[1] for e in emails)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert not any(re.search(r"[A-Z]{3,}", h258.voice(row)) for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text, or as it is)."""
    if layout == "eml_dataset":
        return escape(value)
    if layout in ("ridb_recarea", "sam_opportunity"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The park's name and code stand in every record's text outside the labels (a code may
    also stand inside an e-mail address, ``ADAM_Visitor_Center@nps.gov``)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h258._f(_row(r), column))
            if column == "parkCode" and r["layout"] in ("eml_dataset", "sam_opportunity"):
                value = value.upper()
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _front_matter(text: str) -> dict[str, str]:
    """The Jekyll page's front matter read by its fixed shape (``key: value`` lines, a
    double-quoted value a JSON string)."""
    head = text.split("---\n")[1]
    out = {}
    for line in head.splitlines():
        key, value = line.split(": ", 1)
        out[key] = json.loads(value) if value.startswith('"') else value
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library, the Jekyll
    front matter by its fixed shape), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, email = h258.voice(row), h258.name(row), h258.email(row)
        if r["layout"] == "ridb_recarea":
            area = json.loads(text)
            assert area["RecAreaPhone"] == tel and area["RecAreaEmail"] == email
            assert area["RecAreaName"] == name and area["ParentOrgID"] == "128"
            assert area["RecAreaDescription"].endswith(f"call {tel}.")
            assert area["RECAREAADDRESS"][0]["RecAreaID"] == area["RecAreaID"]
        elif r["layout"] == "eml_dataset":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{EML}eml"
            contact = root.find("dataset/contact")
            assert contact.findtext("organizationName") == name
            phones = {p.get("phonetype"): p.text for p in contact.findall("phone")}
            want = {"voice": tel, "facsimile": h258.fax(row), "tty": h258.tty(row)}
            assert phones == {k: v for k, v in want.items() if v}, r["id"]
            assert (contact.findtext("electronicMailAddress") or "") == email
            code = root.findtext("dataset/alternateIdentifier")
            assert re.fullmatch(r"\d{7}", code) and root.get("packageId").endswith(code)
        elif r["layout"] == "sam_opportunity":
            doc = json.loads(text)
            notice = doc["opportunitiesData"][0]
            contact = notice["pointOfContact"][0]
            assert contact["phone"] == tel and (contact["fax"] or "") == h258.fax(row)
            assert (contact["email"] or "") == email and contact["type"] == "primary"
            assert re.fullmatch(r"140P\d{4}Q\d{4}", notice["solicitationNumber"])
            assert notice["uiLink"] == f"https://sam.gov/opp/{notice['noticeId']}/view"
        else:
            front = _front_matter(text)
            assert front["phone"] == tel and front["title"] == f"Contact {name}"
            assert front.get("fax", "") == h258.fax(row)
            assert front.get("tty", "") == h258.tty(row)
            assert front.get("email", "") == email
            assert f"main line at {tel} for" in text
            if email:
                assert f"[{email}](mailto:{email})" in text


def test_provenance():
    sources = h258.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "bxyoung89/nsnationalparks"
    assert us["commit"] == "f53e5287e35b2fc8a66503b29f3a5a4eb9ff2829"
    assert us["path"] == "misc/parks-orig.json"
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h258.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 330}
    assert len({r["fields"]["parkCode"] for r in rows}) == 330


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h258, "held_out_258", tmp_path)
