"""held_out_447 of the PII evaluation set (scripts/pii_held_out_447.py): its committed records
keep the generator's invariants (every copy of the row's real phone field is written unchanged
and each number in it labelled, nothing else; the service's address and town are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps the
list's rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import it_lazio_sanimapp_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_447 as h447  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the service's identifiers, in every layout
IDENTIFIERS = ("Indirizzo", "Città")
# copies of the phone field a record of each layout writes
COPIES = {
    "csvw_json": 1,
    "splunk_hec_event": 2,
    "gotify_messages": 1,
    "hcalendar_event": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h447.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h447.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h447.data()["rows"]) == 119
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h447.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "csvw_json": 30,
        "splunk_hec_event": 30,
        "gotify_messages": 30,
        "hcalendar_event": 29,
    }


def test_every_copy_of_the_field_is_written_and_each_number_labelled(records):
    """The phone field is written whole, unchanged, as often as the layout writes it; each
    number in it (``numbers``) is labelled in every copy, under ``telefono``; the short
    alternative endings (``/ 3127``) are no number and stay unlabelled; nothing else is
    labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        field, n = h447.phone(row), COPIES[r["layout"]]
        assert text.count(field) == n, r["id"]
        expected = Counter()
        for s, e in numbers(field):
            expected[(field[s:e], "PHONE_NUMBER", "national:telefono")] += n
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        starts = [m.start() for m in re.finditer(re.escape(field), text)]
        for s, e, *_ in r["spans"]:
            assert any(at <= s and e <= at + len(field) for at in starts), r["id"]
        assert "@" not in text
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h447.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefono": 186}


def test_the_data_keeps_the_published_shape():
    """Every kept field holds one or two numbers a person could hold, with the area code and a
    hyphen (one with a blank after it, one fax with a blank); no two fields alike; the fields are
    strings as the file gives them."""
    rows = h447.data()["rows"]
    fields = [h447.phone(row) for row in rows]
    assert len({re.sub(r"\D", "", f) for f in fields}) == 119
    counts = Counter()
    for row, field in zip(rows, fields, strict=True):
        found = [field[s:e] for s, e in numbers(field)]
        counts[len(found)] += 1
        for value in found:
            assert re.fullmatch(r"0\d{1,3}[- ] ?\d{5,9}", value), value
            assert personal_phone(value, "IT"), value
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert counts == {1: 114, 2: 5}
    assert sum("/" in f and len(numbers(f)) == 1 for f in fields) == 14
    assert Counter(row["fields"]["Provincia"] for row in rows) == {
        "Roma": 80, "Viterbo": 17, "Latina": 15, "Rieti": 7,
    }  # fmt: skip


def test_the_extractor_keeps_its_rules():
    """Each number of a field is taken on its own, the short ending after a slash is none; no
    kept row repeats a number of an earlier Italian part or another kept row's field."""
    assert extractor.numbers_of("06-68353113 / 3127") == ["0668353113"]
    assert extractor.numbers_of("0761-1860420 fax 0761-1860439") == ["07611860420", "07611860439"]
    assert extractor.numbers_of("Pediatria: 06-68356263") == ["0668356263"]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "39")
    for row in h447.data()["rows"]:
        field = row["fields"][extractor.PHONE]
        assert len(extractor.digits_of(field)) >= 7, row["path"]
        assert not set(extractor.numbers_of(field)) & earlier, row["path"]
        assert extractor.digits_of(field) not in earlier, row["path"]
    paths = [int(row["path"].rsplit("#", 1)[1]) for row in h447.data()["rows"]]
    assert paths == sorted(set(paths))


class _Classes(HTMLParser):
    """The text under each class of an hCalendar page, and the ``title`` of its ``abbr``s."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[list[str]] = []
        self.found: dict[str, list[str]] = {}
        self.titles: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "abbr":
            for c in classes:
                self.titles[c] = a["title"]
        if tag != "meta":
            self.stack.append(classes)

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for classes in self.stack:
            for c in classes:
                self.found.setdefault(c, []).append(data)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, an HTTP request with a JSON body, HTML), the
    row's values where the format puts them."""
    for r in records:
        row, text, field = _row(r), r["text"], h447.phone(_row(r))
        if r["layout"] == "csvw_json":
            (table,) = json.loads(text)["tables"]
            (item,) = table["row"]
            assert item["url"] == f"{table['url']}#row={item['rownum'] + 1}"
            assert item["rownum"] == h447.rownum(row)
            (cells,) = item["describes"]
            assert cells["telefono"] == field and cells["indirizzo"] == h447.address(row)
            assert cells["orari"] == h447.hours(row)
        elif r["layout"] == "splunk_hec_event":
            head, body = text.split("\r\n\r\n", 1)
            assert head.startswith("POST /services/collector/event HTTP/1.1\r\n")
            lines = head.split("\r\n")
            assert any(re.fullmatch(r"Authorization: Splunk [0-9a-f-]{36}", x) for x in lines)
            doc = json.loads(body)
            assert doc["sourcetype"] == "_json" and isinstance(doc["time"], float)
            assert doc["event"]["telefono"] == field and field in doc["event"]["messaggio"]
            assert doc["fields"]["provincia"] == h447.province(row)
        elif r["layout"] == "gotify_messages":
            doc = json.loads(text)
            (message,) = doc["messages"]
            assert doc["paging"]["size"] == 1
            assert doc["paging"]["next"].endswith(f"since={message['id']}")
            assert message["message"].endswith(f"- Telefono: {field}")
            assert message["extras"]["client::display"]["contentType"] == "text/markdown"
            dt.datetime.fromisoformat(message["date"])
        else:
            page = _Classes()
            page.feed(text)
            assert html.unescape("".join(page.found["summary"])) == h447.title(row)
            start = dt.datetime.fromisoformat(page.titles["dtstart"])
            assert start < dt.datetime.fromisoformat(page.titles["dtend"])
            assert field in "".join(page.found["description"])
            assert "".join(page.found["location"]).startswith(h447.address(row))


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The service's address and town stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h447._f(_row(r), column)
            if r["layout"] == "hcalendar_event":
                value = html.escape(value)
            else:
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h447.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "emergenzeHack/covid19italia"
    assert it["commit"] == "dbf1d5fa4a625b2416eef2508d760c2ce3be1d98"
    assert it["paths"] == ["_utilities/Sanimapp.csv"]
    assert "not confirmed" in it["licence"] and "not confirmed" in it["publisher"]
    assert Counter(r["country"] for r in h447.data()["rows"]) == {"IT": 119}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h447, "held_out_447", tmp_path)
