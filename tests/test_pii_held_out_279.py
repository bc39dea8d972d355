"""held_out_279 of the PII evaluation set (scripts/pii_held_out_279.py): its committed records
keep the generator's invariants (every labelled phone is the number of the row's real phone
field, copied unchanged, each copy labelled, the extension never; the name and street are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_279 as h279  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("Name", "Street")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h279.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h279.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h279.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h279.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "redcap_import": 120, "va_ccp_provider": 120, "reddit_listing": 120,
        "ringcentral_post": 120,
    }  # fmt: skip


def test_every_copy_of_the_number_is_labelled_unchanged(records):
    """The phone field's number is labelled wherever it stands (twice a record), under its
    column; its extension and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h279.number(row)
        assert personal_phone(value, "US"), r["id"]
        assert text.count(value) == 2, r["id"]
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == {(value, h279.PHONE): 2}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]
        if h279.extension(row):
            ext = h279.extension(row)
            at = [m.start() for m in re.finditer(rf"(?<!\d){ext}(?!\d)", text)]
            assert at, r["id"]
            assert not any(s <= a < e for a in at for s, e, *_ in r["spans"]), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h279.international)
    assert kinds == {"national:Phone": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ``NNN-NNN-NNNN`` with an optional `` x`` extension; 240 rows
    of each list; 51 with an extension; the fields are strings as the files give them."""
    rows = h279.data()["rows"]
    assert Counter(h279.substance(row) for row in rows) == {True: 240, False: 240}
    for row in rows:
        assert re.fullmatch(r"\d{3}-\d{3}-\d{4}( x\d{1,5})?", row["fields"]["Phone"]), row
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum(bool(h279.extension(row)) for row in rows) == 51
    assert Counter(row["fields"]["State"] for row in rows) == {"CA": 447, "NV": 27, "OR": 6}
    assert not any(re.search(r"\bMD\b", h279.name(row)) for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h279._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _npi_valid(npi: str) -> bool:
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += sum(divmod(d * 2, 10)) if i % 2 == 1 else d
    return len(npi) == 10 and total % 10 == 0


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON (the REDCap request's ``data`` after its comment lines),
    the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h279.phone(row), h279.name(row)
        if r["layout"] == "redcap_import":
            head, _, body = text.partition("# data=\n")
            assert "# content=record\n" in head and "# type=flat\n" in head
            (rec,) = json.loads(body)
            assert rec["fac_phone"] == h279.number(row)
            assert rec["fac_phone_ext"] == h279.extension(row)
            assert rec["fac_name"] == name and tel in rec["contact_notes"]
            assert rec["fac_type"] == ("1" if h279.substance(row) else "2")
            assert rec["facility_inventory_complete"] == "2"
        elif r["layout"] == "va_ccp_provider":
            doc = json.loads(text)
            (provider,) = doc["data"]
            attrs = provider["attributes"]
            assert provider["type"] == "provider" and attrs["name"] == name
            assert attrs["caresitePhone"] == attrs["phone"] == tel
            assert _npi_valid(attrs["uniqueId"]), attrs["uniqueId"]
            assert doc["meta"]["pagination"]["currentPage"] == 1
        elif r["layout"] == "reddit_listing":
            doc = json.loads(text)
            assert doc["kind"] == "Listing"
            (child,) = doc["data"]["children"]
            post = child["data"]
            assert child["kind"] == "t3" and post["author"] == "AutoModerator"
            assert f"* Phone: {tel}\n" in post["selftext"]
            inner = html.unescape(post["selftext_html"])
            assert inner.startswith('<!-- SC_OFF --><div class="md">')
            assert f"<li>Phone: {tel}</li>" in inner
            assert post["name"] == f"t3_{post['id']}"
        else:
            doc = json.loads(text)
            assert doc["type"] == "TextMessage" and doc["eventType"] == "PostAdded"
            assert f": {tel}. " in doc["text"]
            (card,) = doc["attachments"]
            assert card["type"] == "Card" and card["title"] == name
            fields = {f["title"]: f["value"] for f in card["fields"]}
            assert fields["Phone"] == h279.number(row)
            assert fields.get("Ext.", "") == h279.extension(row)


def test_provenance():
    sources = h279.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "abdul8395/us_choro_map"
    assert us["commit"] == "74af7d71870e48fb173776f2117628ec1376113a"
    assert us["paths"] == ["js/Substance_abuse_facilities.js", "js/mentalhealth.js"]
    assert "not confirmed" in us["licence"] and "SAMHSA" in us["publisher"]
    rows = h279.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 480}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h279, "held_out_279", tmp_path)
