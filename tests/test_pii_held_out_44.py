"""held_out_44 of the PII evaluation set (scripts/pii_held_out_44.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the station's name, coordinates and hours are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_44 as h44  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h44.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h44.by_locale()[locale][n]


def _html_text(html: str) -> str:
    """The text of an HTML fragment, its tags dropped and its entities decoded."""
    parts: list[str] = []
    parser = HTMLParser()
    parser.handle_data = parts.append
    parser.feed(html)
    parser.close()
    return "".join(parts)


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h44.data()["rows"]) == 440
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h44.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "discord_export": 110, "mattermost_post": 110, "zulip_export": 110,
        "github_issue_comment": 110,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``04-6786829,04-6780616`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not, and nothing
    else is; the Zulip export holds the field twice (Markdown and HTML)."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h44.phone(row)
        copies = text.count(value)
        assert copies == (2 if r["layout"] == "zulip_export" else 1), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "IL") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_station_s_own_fields_are_in_the_text_and_unlabelled(records):
    """The station's name, latitude and its Sunday hours (where it gives them) stand in every
    record's text, outside the labels."""
    for r in records:
        row, text = _row(r), r["text"]
        spans = [*r["spans"], *r["distractors"]]
        values = (h44._f(row, "name"), h44._f(row, "lat"), h44._f(row, "Sunday"))
        for value in filter(None, values):
            found = [m.start() for m in re.finditer(re.escape(value), text)]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def test_the_documents_are_well_formed(records):
    """Every layout is JSON: the Discord export's one message names the phone field in its
    ``content``; the Mattermost post escapes ``<``, ``>`` and ``&`` as Go does and its
    ``message`` gives ``טלפון: ...``; the Zulip export's ``rendered_content`` has the line as
    HTML text and its ``content`` as Markdown; the GitHub comment's ``body`` has it after
    ``טלפון:``."""
    for r in records:
        row, text = _row(r), r["text"]
        doc = json.loads(text)
        line = f"טלפון: {h44.phone(row)}"
        if r["layout"] == "discord_export":
            assert doc["messageCount"] == len(doc["messages"]) == 1
            assert line in doc["messages"][0]["content"].split("\n")
        elif r["layout"] == "mattermost_post":
            assert not re.search(r"[<>&]", text) and len(doc["id"]) == 26
            assert f"☎️ {line}" in doc["message"].split("\n")
        elif r["layout"] == "zulip_export":
            (message,) = doc["zerver_message"]
            assert line in message["content"].split("\n")
            assert line in _html_text(message["rendered_content"]).split("\n")
        else:
            assert doc["html_url"].endswith(f"#issuecomment-{doc['id']}")
            assert f"- {line}\r" in doc["body"]


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h44.data()["sources"]
    assert set(sources) == {"IL"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h44.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IL": 440}
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h44.write(rebuilt)
    assert rebuilt.read_bytes() == h44.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_44"
