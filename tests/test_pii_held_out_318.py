"""held_out_318 of the PII evaluation set (scripts/pii_held_out_318.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
and every labelled address the row's real e-mail field, copied unchanged, each copy labelled;
the name and commune are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_318 as h318  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the campsite's identifiers, in every layout
IDENTIFIERS = ("NOM COMMERCIAL", "COMMUNE")
# the number of copies of the phone field and of the e-mail address each layout writes (a
# Dotclear post's ``post_words`` index repeats a number written in one run)
COPIES = {
    "ovh_sms_job": (1, 1),
    "mailjet_send": (2, 2),
    "dotclear_flat": (2, 2),
    "lemlist_lead": (1, 1),
}


def _copies(layout: str, tel: str) -> tuple[int, int]:
    copies, mails = COPIES[layout]
    return (copies + (layout == "dotclear_flat" and tel.isdigit()), mails)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h318.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h318.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h318.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h318.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ovh_sms_job": 90, "mailjet_send": 90, "dotclear_flat": 90, "lemlist_lead": 90,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column, and each copy of the e-mail address as an
    address; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, mail = h318.phone(row), h318.email(row)
        copies, mails = _copies(r["layout"], value)
        assert text.count(value) == copies, r["id"]
        assert text.count(mail) == mails, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "FR") else short)[(number, h318.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == [mail] * mails, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_label_counts(records):
    counts = Counter(t for r in records for _, _, t, _ in r["spans"])
    assert counts == {"PHONE_NUMBER": 629, "EMAIL_ADDRESS": 540}
    assert not any(r["distractors"] for r in records)


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h318.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:TÉLÉPHONE": 629, "register": 540}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, no mobile line; 346 are
    nine digits whose trunk 0 was lost, 14 ten digits with it; every row has an address in
    ``COURRIEL``; the fields are strings as the file gives them."""
    rows = h318.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h318.phone(row)) for row in rows)
    assert shapes == {
        "999999999": 346, "99.99.99.99.99": 10, "9999999999": 2, "99 99 99 99 99": 2,
    }  # fmt: skip
    for row in rows:
        tel = h318.phone(row)
        assert not re.match(r"0?[67]", tel), tel
        assert "@" in h318.email(row) and " " not in h318.email(row)
        assert h318.email(row) == row["fields"]["COURRIEL"]
    assert Counter(row["fields"]["TYPOLOGIE ÉTABLISSEMENT"] for row in rows) == {"CAMPING": 360}


def _json_body(text: str) -> dict:
    """The JSON body of a raw HTTP request (after the blank line ending the headers)."""
    return json.loads(text.split("\n\n", 1)[1])


def _encoded(layout: str, value: str) -> list[str]:
    """``value`` as the layout may write it (raw, as a JSON string's content, or as a Dotclear
    flat value's content)."""
    return [value, json.dumps(value, ensure_ascii=False)[1:-1]]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and commune stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h318._f(_row(r), column)
            if not value:
                continue
            found = [
                m.start()
                for v in _encoded(r["layout"], value)
                for m in re.finditer(re.escape(v), r["text"])
            ]
            if column == "COMMUNE" and r["layout"] == "mailjet_send":
                found = found or [r["text"].find(value)]
            assert found and found[0] >= 0, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _dotclear_values(line: str) -> list[str]:
    """The values of one row of a Dotclear flat backup (double-quoted, escaped)."""
    out = []
    for raw in re.findall(r'"((?:[^"\\]|\\.)*)"', line):
        out.append(
            re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), raw)
        )
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the HTTP requests' JSON bodies by the standard
    library, the Dotclear backup by its sections), the row's number and address where the
    format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h318.phone(row), h318.email(row), h318.name(row)
        if r["layout"] == "ovh_sms_job":
            assert re.match(r"POST /1\.0/sms/sms-[a-z]{2}\d{5}-1/jobs HTTP/1\.1\n", text)
            assert re.search(r"\nX-Ovh-Signature: \$1\$[0-9a-f]{40}\n", text)
            body = _json_body(text)
            assert f"Accueil : {tel} / {mail}." in body["message"]
            assert body["message"].startswith(name)
            assert len(body["sender"]) <= 11 and body["sender"].isalnum()
            assert body["validityPeriod"] == 2880 and body["class"] == "phoneDisplay"
        elif r["layout"] == "mailjet_send":
            assert text.startswith("POST /v3.1/send HTTP/1.1\nHost: api.mailjet.com\n")
            body = _json_body(text)
            assert body["SandboxMode"] is True
            (message,) = body["Messages"]
            assert message["From"] == {"Email": mail, "Name": name}
            assert message["To"] == [{"Email": mail, "Name": name}]
            assert f"Réservations : {tel}\n" in message["TextPart"]
            assert f"Réservations : {tel}</p>" in message["HTMLPart"]
        elif r["layout"] == "dotclear_flat":
            lines = text.split("\n")
            assert lines[0] == "///DOTCLEAR|2.25.3|single"
            header = lines.index(next(x for x in lines if x.startswith("[post ")))
            columns = lines[header][len("[post ") : -1].split(",")
            post = dict(zip(columns, _dotclear_values(lines[header + 1]), strict=True))
            assert post["post_format"] == "wiki" and post["post_lang"] == "fr"
            assert f"* Téléphone : {tel}\n" in post["post_content"]
            assert f"[Écrire au camping|mailto:{mail}]" in post["post_content"]
            assert f"<li>Téléphone : {tel}</li>" in post["post_content_xhtml"]
            assert (f" {tel} " in f" {post['post_words']} ") == tel.isdigit()
            assert "[meta meta_id,meta_type,post_id]" in lines
        else:
            first = text.split("\n", 1)[0]
            assert re.fullmatch(
                r"POST /api/campaigns/cam_[A-Za-z0-9]{17}/leads/(\S+)\?deduplicate=true HTTP/1\.1",
                first,
            ).group(1) == mail  # fmt: skip
            body = _json_body(text)
            assert body["companyName"] == name and body["phone"] == tel
            assert body["commune"] == h318._f(row, "COMMUNE")


def test_provenance():
    sources = h318.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "sebprunier/mongodb-aggregation-in-action"
    assert fr["commit"] == "c2ce28270846ce674e34c5501ac13586d59f95e8"
    assert fr["paths"] == ["data/campings.csv"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h318.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 360}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h318, "held_out_318", tmp_path)
