"""held_out_266 of the PII evaluation set (scripts/pii_held_out_266.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_266 as h266  # noqa: E402 - the scripts folder's modules
import tw_chunghwa_post_offices_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

COLUMNS = (h266.POSTAL, h266.SAVINGS, h266.FAX)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h266.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h266.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h266.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h266.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "threads_api": 75, "line_notify": 75, "gov_tw_page": 75, "openai_finetune": 75,
    }  # fmt: skip


def _copies(layout: str) -> dict[str, int]:
    """How many times each layout writes each field (the page and the fine-tuning line repeat
    the postal number)."""
    twice = layout in ("gov_tw_page", "openai_finetune")
    return {h266.POSTAL: 2 if twice else 1, h266.SAVINGS: 1, h266.FAX: 1}


def test_every_copy_of_each_number_field_is_labelled_unchanged(records):
    """Each number of the three fields is labelled wherever the field stands, under its
    column (the savings number under the postal column where the two are one); nothing else
    is, and no number is too short to be labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        values = {c: h266._f(row, c) for c in COLUMNS}
        expected = Counter()
        for column, times in _copies(r["layout"]).items():
            value = values[column]
            if column == h266.SAVINGS and value == values[h266.POSTAL]:
                column = h266.POSTAL
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "TW")
                expected[(value[s:e], column)] += times
        assert sum(expected.values()) == sum(text.count(v) for v in set(values.values()))
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h266.international)
    assert kinds == {
        "national:郵務電話": 693, "national:儲匯電話": 57, "national:郵務傳真": 300,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept row has its three fields as one number each in the post's shapes, 657
    distinct numbers, none of another row; 243 offices give one number for both counters;
    the fields are strings as the file gives them (247 of the Monday hours with a trailing
    blank, the 53 with a lunch break with none)."""
    rows = h266.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"][c]) for row in rows for c in COLUMNS)
    assert shapes == {
        "(99)999-9999": 489, "(99)9999-9999": 345, "(999)99-9999": 36, "(999)999-9999": 30,
    }  # fmt: skip
    assert all(extractor.kept(row["fields"]) for row in rows)
    numbers_by_row = [{row["fields"][c] for c in COLUMNS} for row in rows]
    assert len(set().union(*numbers_by_row)) == 657 == sum(map(len, numbers_by_row))
    assert sum(row["fields"][h266.POSTAL] == row["fields"][h266.SAVINGS] for row in rows) == 243
    assert sum(row["fields"]["週一 郵務"].endswith(" ") for row in rows) == 247
    assert all(len(row["fields"]) == 33 for row in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, postcode and address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h266._f(row, "局名"), h266._address(row)):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Page(HTMLParser):
    """The meta names and contents and the table cells of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.cells: list[str] = []
        self._cell = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and "name" in a:
            self.meta[a["name"]] = a["content"]
        self._cell = tag in ("td", "th")

    def handle_endtag(self, tag):
        self._cell = False

    def handle_data(self, data):
        if self._cell:
            self.cells.append(data)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, the HTML page by the standard library's
    parser, the shell script by its fixed shape), the row's numbers where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, sav, fx = (h266._f(row, c) for c in COLUMNS)
        name = h266._f(row, "局名")
        if r["layout"] == "threads_api":
            doc = json.loads(text)
            (post,) = doc["data"]
            assert post["media_type"] == "TEXT_POST" and post["media_product_type"] == "THREADS"
            assert post["permalink"] == (
                f"https://www.threads.net/@{post['username']}/post/{post['shortcode']}"
            )
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000", post["timestamp"])
            assert f"郵務電話：{tel}\n儲匯電話：{sav}\n傳真：{fx}\n" in post["text"]
            assert set(doc["paging"]["cursors"]) == {"before", "after"}
        elif r["layout"] == "line_notify":
            assert text.startswith("#!/usr/bin/env bash\n")
            assert "curl -sS -X POST https://notify-api.line.me/api/notify \\\n" in text
            message = re.search(r'  -F "message=(.*?)" \\\n', text, re.S).group(1)
            assert '"' not in message and "$" not in message and "`" not in message
            assert f"郵務電話：{tel}\n儲匯電話：{sav}\n郵務傳真：{fx}\n" in message
            assert re.search(r'  -F "stickerId=\d+"\n$', text)
        elif r["layout"] == "gov_tw_page":
            page = _Page()
            page.feed(text)
            page.close()
            assert page.meta["DC.Title"] == name
            assert f"郵務電話：{tel}，" in page.meta["DC.Description"]
            assert {"Category.Theme", "Category.Cake", "Category.Service"} <= set(page.meta)
            cells = page.cells
            for column, value in zip(COLUMNS, (tel, sav, fx), strict=True):
                assert cells[cells.index(column) + 1] == value
        else:
            assert text.endswith("\n") and text.count("\n") == 1
            doc = json.loads(text)
            roles = [m["role"] for m in doc["messages"]]
            assert roles == ["system", "user", "assistant", "tool", "assistant"]
            call = doc["messages"][2]["tool_calls"][0]
            assert doc["messages"][3]["tool_call_id"] == call["id"]
            assert json.loads(call["function"]["arguments"]) == {"name": name}
            result = json.loads(doc["messages"][3]["content"])
            assert [result[c] for c in COLUMNS] == [tel, sav, fx]
            assert f"郵務電話是 {tel}。" in doc["messages"][4]["content"]
            assert doc["tools"][0]["function"]["name"] == call["function"]["name"]


def test_provenance():
    sources = h266.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "nczz/taiwan-banks-list"
    assert tw["commit"] == "cb098b37429045617c97b72563e75d5e1a617353"
    assert tw["paths"] == ["中華郵政全國營業據點.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    assert sources == extractor.SOURCES
    rows = h266.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_data_is_rebuilt_byte_for_byte_from_the_fetched_mirror(tmp_path):
    """The extractor writes the committed data file again from the repository at its
    commit, where a mirror of it is on this machine."""
    git = Path("/work/.mirror/nczz+taiwan-banks-list/repo")
    if not git.exists():
        pytest.skip("no mirror of nczz/taiwan-banks-list here")
    data = extractor.extract({"TW": git})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == h266.ROWS.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h266, "held_out_266", tmp_path)
