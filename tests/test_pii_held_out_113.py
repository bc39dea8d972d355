"""held_out_113 of the PII evaluation set (scripts/pii_held_out_113.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the hospital's coordinates are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import datetime as dt
import gzip
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_113 as h113  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the hospital's coordinates, in every layout
IDENTIFIERS = ("LAT", "LON")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h113.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h113.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h113.data()["rows"]) == 107
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h113.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "telegram_desktop_export": 27, "signal_cli_json": 27, "google_chat_takeout": 27,
        "skype_export": 26,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h113.phone(row)
        copies = text.count(value)
        assert copies >= 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "AR") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert all(kind.split(":")[1] == h113.PHONE for *_, kind in r["spans"])
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The hospital's latitude and longitude stand in every record's text, outside the
    labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h113._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
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


def test_the_documents_are_well_formed(records):
    """Each export parses as JSON (signal-cli's one envelope a line) with its format's shape,
    the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h113.phone(row), h113._f(row, "NOMBRE")
        if r["layout"] == "telegram_desktop_export":
            chat = json.loads(text)
            assert chat["type"] == "private_supergroup" and isinstance(chat["id"], int)
            first, place, reply = chat["messages"][:3]
            assert {"type": "phone", "text": tel} in first["text_entities"]
            assert first["text"] == [
                e["text"] if e["type"] == "plain" else e for e in first["text_entities"]
            ]
            assert place["location_information"] == {
                "latitude": float(h113._f(row, "LAT")), "longitude": float(h113._f(row, "LON")),
            }  # fmt: skip
            assert place["text"] == "" and reply["reply_to_message_id"] == first["id"]
            for m in chat["messages"]:
                at = dt.datetime.fromisoformat(m["date"] + "+00:00")
                assert m["date_unixtime"] == str(int(at.timestamp()))
        elif r["layout"] == "signal_cli_json":
            envs = [json.loads(line)["envelope"] for line in text.splitlines()]
            assert [next(k for k in e if k.endswith("Message")) for e in envs] == [
                "dataMessage", "receiptMessage", "dataMessage",
            ]  # fmt: skip
            assert all(e["sourceNumber"] is None for e in envs)
            assert envs[0]["dataMessage"]["message"].endswith(f": {tel}")
            assert envs[2]["dataMessage"]["quote"]["id"] == envs[0]["timestamp"]
            assert f"(tel. {tel})" in envs[2]["dataMessage"]["message"]
        elif r["layout"] == "google_chat_takeout":
            messages = json.loads(text)["messages"]
            assert messages[0]["text"].endswith(f"Teléfono de admisión: {tel}")
            assert name in messages[0]["text"]
            for m in messages:
                assert re.fullmatch(
                    r"\w+day, \w+ \d{1,2}, 2021 at \d{1,2}:\d\d:\d\d [AP]M UTC", m["created_date"]
                )
                assert m["message_id"].startswith(
                    m["message_id"].split("/")[0] + "/" + m["topic_id"]
                )
            assert (h113._f(row, "WEB") != "") == any("annotations" in m for m in messages)
        else:
            export = json.loads(text)
            (conv,) = export["conversations"]
            assert conv["id"].startswith("19:") and conv["id"].endswith("@thread.skype")
            contents = [m["content"] for m in conv["MessageList"]]
            assert all(m["messagetype"] == "RichText" for m in conv["MessageList"])
            assert f"<b>{html.escape(name)}</b>, teléfono {tel}" in contents[-1]
            plain = [html.unescape(re.sub(r"</?b>", "", c)) for c in contents]
            assert plain[-1] == f"Para el turno de mamá: {name}, teléfono {tel}"
            assert f"Dale, llamo al {tel} mañana temprano 👍" in plain


def test_the_data_names_its_list_commit_publisher_and_licence():
    sources = h113.data()["sources"]
    assert set(sources) == {"AR"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h113.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AR": 107}
    assert all(sum(c.isdigit() for c in r["fields"]["TELEFONO"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(set(r["fields"]) <= {"NOMBRE", "TELEFONO", "WEB", "LON", "LAT"} for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h113.write(rebuilt)
    assert rebuilt.read_bytes() == h113.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_113"
