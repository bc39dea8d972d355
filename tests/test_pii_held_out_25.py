"""held_out_25 of the PII evaluation set (scripts/pii_held_out_25.py): its committed records
keep the generator's invariants (every labelled phone is its row's real ``tel`` field, copied
unchanged, each copy labelled; every labelled e-mail address is the row's, each copy labelled;
the school's codes and postcode are in the text and unlabelled; each layout is the format it
claims) and are rebuilt byte for byte from the committed data. No recognizer runs here: the part
is scored from its committed file."""

from __future__ import annotations

import csv
import email
import email.policy
import gzip
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_25 as h25  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

PHONE_COPIES = {"rdfa_xhtml": 2, "edifact_invoic": 1, "git_log_patch": 2, "eml_vcard": 2}
EMAIL_COPIES = {"rdfa_xhtml": 2, "edifact_invoic": 1, "git_log_patch": 2, "eml_vcard": 4}
# the identifiers each layout writes besides the centre code and the postcode
IDENTIFIERS = {
    "rdfa_xhtml": ("id", "cp", "se"),
    "edifact_invoic": ("id", "cp"),
    "git_log_patch": ("id", "cp", "se"),
    "eml_vcard": ("id", "cp", "se"),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h25.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h25.by_locale()[locale][n]


def _labels(record: dict, entity: str) -> list[str]:
    return [record["text"][s:e] for s, e, t, _ in record["spans"] if t == entity]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h25.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h25.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h25.LAYOUTS, 150)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        field = _row(r)["fields"]["tel"]
        assert field == h25.phone(_row(r)) and re.fullmatch(r"[6789]\d{8}", field)
        phones = _labels(r, "PHONE_NUMBER")
        assert phones == [field] * r["text"].count(field), r["id"]
        assert len(phones) == PHONE_COPIES[r["layout"]], r["id"]
        assert personal_phone(field, "ES")
        details = [d for *_, t, d in r["spans"] if t == "PHONE_NUMBER"]
        assert set(details) == {"national:tel"}, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_every_e_mail_label_is_the_rows_address_and_every_copy_is_labelled(records):
    for r in records:
        address = h25.email(_row(r))
        assert address == _row(r)["fields"]["mail"], r["id"]
        emails = _labels(r, "EMAIL_ADDRESS")
        assert set(emails) == {address}, r["id"]
        assert len(emails) == r["text"].count(address) == EMAIL_COPIES[r["layout"]], r["id"]


def test_a_field_that_is_not_one_address_is_not_written():
    assert h25.email({"fields": {"mail": "a8000013@xtec.cat; b8000013@xtec.cat"}}) == ""
    assert h25.email({"fields": {"mail": ""}}) == ""
    assert h25.email({"fields": {"mail": " a8000013@xtec.cat "}}) == "a8000013@xtec.cat"


def test_the_schools_identifiers_are_in_the_text_and_unlabelled(records):
    """The eight-digit centre code, the postcode and the eight-digit code of the zone's
    educational service a layout writes stand in the text outside the labels; the diff's hunk
    is at the row's line of the published file."""
    for r in records:
        row = _row(r)
        for column in IDENTIFIERS[r["layout"]]:
            value = row["fields"][column]
            found = [m.start() for m in re.finditer(rf"(?<!\d){value}(?!\d)", r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)
        if r["layout"] == "git_log_patch":
            n = h25.line_number(row)
            assert f"@@ -{n} +{n} @@" in r["text"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def _edifact_segments(text: str) -> list[list[str]]:
    """The segments of an interchange after its ``UNA``, split at unreleased ``'`` and ``+``."""
    body = text.split("'", 1)[1]
    return [
        re.split(r"(?<!\?)\+", segment.strip())
        for segment in re.split(r"(?<!\?)'", body)
        if segment.strip()
    ]


def test_each_layout_is_the_format_it_claims(records):
    """The page is XML with the row's phone as ``property="telephone"``; the EDIFACT message's
    ``UNT`` counts its segments and its buyer is the school; the diff's two lines are the row
    as the published file writes it, but for the logo; the message parses as MIME with a
    ``text/vcard`` part, no base64, CRLF lines, its vCard's ``TEL`` the row's phone."""
    from xml.etree import ElementTree

    for r in records:
        row, text = _row(r), r["text"]
        fields = row["fields"]
        if r["layout"] == "rdfa_xhtml":
            root = ElementTree.fromstring(text.encode("utf-8"))
            found = {
                el.get("property"): (el.text, el.get("href"))
                for el in root.iter()
                if el.get("property") in ("telephone", "email")
            }
            assert found["telephone"] == (fields["tel"], f"tel:{fields['tel']}")
            assert found["email"] == (fields["mail"], f"mailto:{fields['mail']}")
        elif r["layout"] == "edifact_invoic":
            segments = _edifact_segments(text)
            tags = [s[0] for s in segments]
            assert tags[0] == "UNB" and tags[1] == "UNH" and tags[-2:] == ["UNT", "UNZ"]
            assert int(segments[-2][1]) == len(segments) - 2
            buyer = next(s for s in segments if s[:2] == ["NAD", "BY"])
            assert buyer[2] == f"{fields['id']}::92" and buyer[-2:] == [fields["cp"], "ES"]
            assert buyer[4] == re.sub(r"([+:'?])", r"?\1", fields["nom"])
            assert ["COM", f"{fields['tel']}:TE"] in segments
        elif r["layout"] == "git_log_patch":
            lines = text.splitlines()
            hunk = next(i for i, line in enumerate(lines) if line.startswith("@@ "))
            minus, plus = lines[hunk + 1 : hunk + 3]
            assert minus[0] == "-" and plus[0] == "+" and lines[hunk + 3 :] == []
            before = next(csv.DictReader(io.StringIO(f"{','.join(h25.COLUMNS)}\n{minus[1:]}")))
            after = next(csv.DictReader(io.StringIO(f"{','.join(h25.COLUMNS)}\n{plus[1:]}")))
            assert before == fields
            assert after["logo"].endswith(".webp") and {**after, "logo": fields["logo"]} == fields
        else:
            assert "\n" not in text.replace("\r\n", "") and "base64" not in text.lower()
            message = email.message_from_bytes(text.encode("utf-8"), policy=email.policy.default)
            sender = message["From"].addresses[0]
            assert (sender.display_name, sender.addr_spec) == (fields["nom"], fields["mail"])
            (card,) = [p for p in message.walk() if p.get_content_type() == "text/vcard"]
            unfolded = card.get_content().replace("\r\n ", "")
            assert f"\r\nTEL;TYPE=WORK,VOICE:{fields['tel']}\r\n" in unfolded
            assert all(len(line.encode()) <= 75 for line in card.get_content().split("\r\n"))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h25.data()["sources"]
    assert set(sources) == {"ES"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h25.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 600}
    assert all(tuple(r["fields"]) == h25.COLUMNS for r in rows)


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:ES", "PHONE_NUMBER"): 1050, ("reg:ES", "EMAIL_ADDRESS"): 1350}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h25.write(rebuilt)
    assert rebuilt.read_bytes() == h25.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_25"
