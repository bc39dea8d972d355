"""held_out_325 of the PII evaluation set (scripts/pii_held_out_325.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field and every
labelled e-mail address the row's real e-mail field, copied unchanged, each copy labelled; the
operator's name and the postal code are in the text and unlabelled) and are rebuilt byte for
byte from the committed data, the data from the source's mirror where it is on this machine. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ca_hlbc_walk_in_clinics_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_325 as h325  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/liutenghou+ClinicsVancouver/repo")
# the clinic's identifiers, in every layout
IDENTIFIERS = ("RG_NAME", "POSTAL_CODE")
# one N-Quads statement: subject, predicate, object, graph
QUAD = re.compile(
    r'(<[^<>"{}|^`\\\s]+>|_:\w+) (<[^<>\s]+>) '
    r'(<[^<>\s]+>|_:\w+|"(?:[^"\\\n\r]|\\[tbnrf"\'\\])*"(?:@[a-z]+|\^\^<[^<>\s]+>)?) '
    r"(<[^<>\s]+>) \."
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h325.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h325.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h325.data()["rows"]) == 262
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h325.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "wix_location": 66, "webflow_item": 66, "sendgrid_contacts": 65, "schema_nquads": 65,
    }  # fmt: skip


COPIES = {"wix_location": 2, "webflow_item": 3, "sendgrid_contacts": 1, "schema_nquads": 2}
MAIL_COPIES = {"wix_location": 1, "webflow_item": 3, "sendgrid_contacts": 1, "schema_nquads": 1}


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each copy of the phone field is labelled under its column, each copy of the e-mail field
    as an e-mail address; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h325.phone(row), h325.email(row)
        assert personal_phone(tel, "CA")
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        labelled = Counter(
            (text[s:e], t, kind) for s, e, t, kind in r["spans"]
        )  # fmt: skip
        expected = Counter({(tel, "PHONE_NUMBER", f"national:{h325.PHONE}"): COPIES[r["layout"]]})
        if mail:
            assert text.count(mail) == MAIL_COPIES[r["layout"]], r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = MAIL_COPIES[r["layout"]]
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h325.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:PHONE_NUMBER": 525, "register": 79}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ten digits run together, 260 distinct; 53 rows have a mailbox
    (45 distinct); every row keeps the file's 25 columns as strings, the latitude with the
    leading blank the file gives it; one row's hours hold the file's no-break spaces."""
    rows = h325.data()["rows"]
    assert all(re.fullmatch(r"\d{10}", row["fields"]["PHONE_NUMBER"]) for row in rows)
    assert len({h325.phone(row) for row in rows}) == 260
    mails = [h325.email(row) for row in rows if h325.email(row)]
    assert len(mails) == 53 and len(set(mails)) == 45
    assert all(len(row["fields"]) == 25 for row in rows)
    assert all(row["fields"]["LATITUDE"].startswith(" ") for row in rows)
    assert sum("\xa0" in row["fields"]["HOURS"] for row in rows) == 1
    assert Counter(row["fields"]["TAXONOMY_NAME"] for row in rows) == {"Walk In Clinics": 262}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or an N-Quads literal's content)."""
    if layout == "schema_nquads":
        return h325._literal(value)[1:-1]
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The operator's name and the postal code stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h325._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, N-Quads line by line
    by the grammar's shape), the row's number and mailbox where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h325.phone(row), h325.email(row), h325._f(row, "RG_NAME")
        if r["layout"] == "wix_location":
            location = json.loads(text)["location"]
            assert location["phone"] == tel and location.get("email", "") == mail
            assert location["name"] == name and location["description"].endswith(f"Phone: {tel}")
            assert location["address"]["subdivision"] == "CA-BC"
            assert location["address"]["postalCode"] == h325._f(row, "POSTAL_CODE")
        elif r["layout"] == "webflow_item":
            item = json.loads(text)
            assert re.fullmatch(r"[0-9a-f]{24}", item["id"])
            fields = item["fieldData"]
            assert fields["phone"] == tel and fields.get("email", "") == mail
            assert f'<a href="tel:{tel}">{tel}</a>' in fields["description"]
            assert fields["listing-reference"] == h325._f(row, "SL_REFERENCE")
        elif r["layout"] == "sendgrid_contacts":
            body = json.loads(text)
            (contact,) = body["contacts"]
            assert contact["phone_number"] == tel and contact.get("email", "") == mail
            assert contact["external_id"] == h325._f(row, "SL_REFERENCE")
            assert contact["custom_fields"]["e1_T"] == name
            assert all(re.fullmatch(r"e\d_T", key) for key in contact["custom_fields"])
        else:
            lines = text.splitlines()
            assert text.endswith("\n") and all(QUAD.fullmatch(line) for line in lines), r["id"]
            graphs = {QUAD.fullmatch(line).group(4) for line in lines}
            assert graphs == {f"<{h325.GRAPH}>"}
            tels = [line for line in lines if f'"{tel}"' in line]
            assert [QUAD.fullmatch(line).group(2) for line in tels] == [
                "<https://schema.org/telephone>"
            ] * 2
            if mail:
                assert f'<https://schema.org/email> "{mail}"' in text


def test_provenance():
    sources = h325.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "liutenghou/ClinicsVancouver"
    assert ca["commit"] == "e60ca4245945661fab1688e40b39a8af772192b9"
    assert ca["path"] == "hlbc_walkinclinics.txt" and ca["encoding"] == "cp1252"
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h325.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 262}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the source's mirror is not on this machine")
def test_the_data_file_is_what_the_extractor_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "OUT", tmp_path / "data.json")
    monkeypatch.setattr(sys, "argv", ["ca_hlbc_walk_in_clinics_data.py", str(MIRROR)])
    extractor.main()
    assert (tmp_path / "data.json").read_bytes() == h325.ROWS.read_bytes()


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h325, "held_out_325", tmp_path)
