"""held_out_308 of the PII evaluation set (scripts/pii_held_out_308.py): its committed records
keep the generator's invariants (every labelled phone is a number of the office's real phone or
fax field, copied unchanged, each copy labelled; the city and ZIP code are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_308 as h308  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("city", "zip")
# how many times each layout writes the phone field, and the fax field where there is one
COPIES = {
    "vip_office": (2, 1),
    "govdelivery_bulletin": (2, 1),
    "usagov_contact": (2, 1),
    "mdx_page": (2, 1),
}
NUMBER = re.compile(r"\d{3}-\d{3}-\d{4}")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h308.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h308.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h308.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h308.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "vip_office": 120, "govdelivery_bulletin": 120, "usagov_contact": 120, "mdx_page": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under
    its key (a fax equal to the phone under the phone's); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h308.phone(row), h308.fax(row)
        phone_copies, fax_copies = COPIES[r["layout"]]
        expected: Counter = Counter()
        if fax and fax == tel:
            assert text.count(tel) == phone_copies + fax_copies, r["id"]
            expected[(tel, h308.PHONE)] += phone_copies + fax_copies
        else:
            assert text.count(tel) == phone_copies, r["id"]
            expected[(tel, h308.PHONE)] += phone_copies
            if fax:
                assert text.count(fax) == fax_copies, r["id"]
                expected[(fax, h308.FAX)] += fax_copies
        for (value, _), _count in expected.items():
            assert [value[s:e] for s, e in numbers(value)] == [value], r["id"]
            assert personal_phone(value, "US"), r["id"]
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h308.international)
    assert kinds == {"national:phone": 963, "national:fax": 182}


def test_the_data_keeps_the_published_shape():
    """Every kept office has a phone of the list's one shape (``256-734-6043``), 185 a fax of
    the same shape (3 the phone again); 313 offices of representatives and delegates and 167
    of senators, in 52 states and territories; the fields are strings as the YAML gives them."""
    rows = h308.data()["rows"]
    assert Counter(row["fields"]["type"] for row in rows) == {"rep": 313, "sen": 167}
    assert len({row["fields"]["seat_state"] for row in rows}) == 52
    for row in rows:
        assert NUMBER.fullmatch(row["fields"]["phone"]), row["path"]
        assert "fax" not in row["fields"] or NUMBER.fullmatch(row["fields"]["fax"]), row["path"]
        assert row["fields"]["phone"] == h308.phone(row)
    assert sum(bool(h308.fax(row)) for row in rows) == 185
    assert sum(h308.fax(row) == h308.phone(row) for row in rows) == 3


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON or YAML string)."""
    if layout in ("vip_office", "govdelivery_bulletin"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The city and ZIP code stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h308._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library, the MDX
    page's front matter as YAML), the office's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h308.phone(row), h308.fax(row)
        if r["layout"] == "vip_office":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "VipObject" and root.get("schemaVersion") == "5.2"
            info = root.find("Office/ContactInformation")
            assert info.findtext("Phone") == tel
            assert info.findtext("Fax") == (fax or None)
            assert info.findtext("Name") == h308.office_name(row)
            assert f"call {tel} to" in info.findtext("Directions/Text")
            district = root.find("ElectoralDistrict")
            assert root.findtext("Office/ElectoralDistrictId") == district.get("id")
            assert root.findtext("Office/Name/Text") == h308.seat(row)
        elif r["layout"] == "govdelivery_bulletin":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "bulletin"
            body = root.findtext("body")
            html = ET.fromstring(body)
            link = html.find(".//a")
            assert link.get("href") == f"tel:{tel}" and link.text == tel
            assert (f"Fax: {fax}" in body) == bool(fax)
            assert re.fullmatch(r"US(HR|SEN)_[A-Z]{2}\d{2}_\d+", root.findtext("topics/topic/code"))
        elif r["layout"] == "usagov_contact":
            contact = json.loads(text)["Contact"][0]
            assert contact["Phone"] == [tel]
            assert f"Call {tel} for help" in contact["Description"]
            assert (f"Fax: {fax}." in contact["Description"]) == bool(fax)
            assert contact["URI"].endswith(contact["Id"])
            assert contact["City"] == h308._f(row, "city")
        else:
            front = _front_matter(text)
            assert front["phone"] == tel and front.get("fax", "") == fax
            assert front["title"] == h308.office_name(row) and front["zip"] == h308._f(row, "zip")
            assert "<OfficeCard office={frontmatter} />" in text
            assert f"call us at {tel} to make" in text


def test_provenance():
    sources = h308.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "unitedstates/congress-legislators"
    assert us["commit"] == "dfa9622263dd4c8d08636926e498f1845704d7eb"
    assert us["paths"] == ["legislators-district-offices.yaml", "legislators-current.yaml"]
    assert "CC0" in us["licence"] and us["publisher"]
    rows = h308.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h308, "held_out_308", tmp_path)
