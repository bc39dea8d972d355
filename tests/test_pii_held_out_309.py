"""held_out_309 of the PII evaluation set (scripts/pii_held_out_309.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the provider id and name are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import email
import email.policy
import json
import re
import sys
from collections import Counter
from html import escape
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_309 as h309  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of the number each layout writes
COPIES = {"mhtml_profile": 2, "i18next_resources": 2, "ntfy_publish": 1, "mdx_page": 3}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h309.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h309.by_locale()[locale][n]


def _html(text: str) -> str:
    """The HTML part of an MHTML snapshot, decoded."""
    message = email.message_from_bytes(text.encode("ascii"), policy=email.policy.default)
    part = next(p for p in message.iter_parts() if p.get_content_type() == "text/html")
    return part.get_content().replace("\r\n", "\n")


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h309.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h309.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mhtml_profile": 120, "i18next_resources": 120, "ntfy_publish": 120, "mdx_page": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands; nothing else is
    labelled and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h309.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "CA")
            expected[(value[s:e], h309.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h309.international)
    assert kinds == {"national:Telephone": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ``(NPA) NXX-XXXX`` with no ``+1``, as the site writes it; the
    area codes and kinds of home of the sample; one number shared by three homes, four by two;
    no person's
    column is kept."""
    rows = h309.data()["rows"]
    phones = [row["fields"]["Telephone"] for row in rows]
    assert all(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", p) for p in phones)
    assert Counter(p[1:4] for p in phones) == {
        "905": 130, "519": 125, "705": 79, "613": 67, "416": 64, "807": 14, "289": 1,
    }  # fmt: skip
    assert sorted(Counter(phones).values(), reverse=True)[:6] == [3, 2, 2, 2, 2, 1]
    assert Counter(row["fields"]["SERV_DET"] for row in rows) == {
        "NH for-profit": 300, "NH non-profit": 94, "MHFA": 82, "CHFA": 4,
    }  # fmt: skip
    for row in rows:
        assert "Home Administrator" not in row["fields"]
        assert "Additional Information" not in row["fields"]
        assert re.fullmatch(r"[MC]?\d{3,4}", row["fields"]["MOH_PRO_ID"]), row["path"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, JSX/Markdown text)."""
    if layout in ("i18next_resources", "ntfy_publish"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The provider id and the home's name stand in every record's text (the name in the
    decoded HTML of a snapshot), outside the labels."""
    for r in records:
        row, text = _row(r), r["text"]
        spans = [*r["spans"], *r["distractors"]]
        pid = h309._f(row, "MOH_PRO_ID")
        found = [m.start() for m in re.finditer(rf"(?<![\w]){re.escape(pid)}(?![\w])", text)]
        assert found, r["id"]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]
        name = h309._f(row, "EN_NAME")
        if r["layout"] == "mhtml_profile":
            assert escape(name) in _html(text), r["id"]
        else:
            value = _encoded(r["layout"], name)
            found = [m.start() for m in re.finditer(re.escape(value), text)]
            assert found, r["id"]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (MHTML by the standard library's e-mail parser, the
    JSON documents by its JSON parser, the MDX page by its fixed shape), the row's number where
    the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, pid = h309.phone(row), h309._f(row, "MOH_PRO_ID")
        if r["layout"] == "mhtml_profile":
            assert text.startswith("From: <Saved by Blink>\r\nSnapshot-Content-Location: ")
            assert all(len(line) <= 76 for line in text.split("\r\n")[16:])
            message = email.message_from_bytes(text.encode("ascii"), policy=email.policy.default)
            assert message.get_content_type() == "multipart/related"
            assert message["Snapshot-Content-Location"].endswith(f"?Home={pid}&tab=0")
            html = _html(text)
            assert f'<td id="telephone">\n{tel}\n</td>' in html
            assert f'Telephone\n{tel}">' in html
            assert f"Provider ID: {pid}</p>" in html
        elif r["layout"] == "i18next_resources":
            doc = json.loads(text)
            assert set(doc) == {"en", "fr"}
            assert doc["en"]["contact"]["reception"] == f"Reception: {tel}"
            assert doc["fr"]["contact"]["reception"] == f"Réception : {tel}"
            for lang in doc.values():
                assert set(lang) == {"common", "contact"}
                assert "{{count}}" in lang["common"]["beds_other"]
                assert lang["common"]["providerId"].endswith(f": {pid}")
        elif r["layout"] == "ntfy_publish":
            head, body = text.split("\r\n\r\n", 1)
            assert head.startswith("POST / HTTP/1.1\r\nHost: ntfy.ltc-watch.example.ca\r\n")
            doc = json.loads(body)
            assert doc["message"].endswith(f"Phone the home at {tel}.")
            assert doc["click"].endswith(f"?Home={pid}&tab=0")
            assert doc["actions"][0]["action"] == "view" and doc["topic"].startswith("ltc-")
            assert doc["priority"] in (2, 3, 4)
        else:
            assert text.startswith("---\ntitle: ")
            front, body = text[4:].split("\n---\n", 1)
            assert "\nsidebar_position: " in front and "\nlast_update:\n  date: 2024-" in front
            assert "import HomeCard from '@site/src/components/HomeCard';" in body
            assert f'  phone="{tel}"\n' in body and f'  providerId="{pid}"\n' in body
            assert f"| Telephone | {tel} |\n" in body
            tip = f":::tip Visiting\nCall the home at {tel} before your first visit.\n:::\n"
            assert tip in body


def test_provenance():
    sources = h309.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "pzhang65/ont-ltc-homes"
    assert ca["commit"] == "2f21a69c56c10d28c13cbd1ceccfd461cf055b27"
    assert ca["path"] == "csv/merged_LTC_homes.csv"
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h309.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h309, "held_out_309", tmp_path)
