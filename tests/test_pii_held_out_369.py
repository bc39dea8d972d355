"""held_out_369 of the PII evaluation set (scripts/pii_held_out_369.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field or
mailbox, unchanged, each copy labelled; the office's name and office number are in the text and
unlabelled; each document parses in its format) and are rebuilt byte for byte from the committed
data; the extractor's rules hold on the data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import jp_regular_patrol_care_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_369 as h369  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("事業所名", "事業所番号")
# copies of each value a record of each layout writes: (phone, mailbox)
COPIES = {
    "onenote_page": (2, 2),
    "ticktick_task": (2, 1),
    "redash_query_result": (1, 1),
    "nocodb_records": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h369.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h369.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h369.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h369.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("ja", "en")
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h369.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone field and the mailbox (where the ``URL`` column holds one) are labelled
    wherever they stand, each whole, the number under its column; nothing else is labelled,
    no other ``@`` is written and no distractor is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h369.phone(row), h369.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:電話番号"): n_tel})
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h369.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:電話番号": 525, "register": 6}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is hyphenated Japanese number or nine digits run together (the
    ministry's spreadsheet lost their leading zero), a number a person could hold, in ASCII;
    five rows give a mailbox in ``URL``; the fields are strings as the file gives them."""
    rows = h369.data()["rows"]
    tels = [h369.phone(row) for row in rows]
    assert all(re.fullmatch(r"0\d{1,4}-\d{1,4}-\d{3,4}|[1-9]\d{8}", tel) for tel in tels)
    assert sum(bool(re.fullmatch(r"\d{9}", tel)) for tel in tels) == 5
    assert all(personal_phone(tel, "JP") for tel in tels)
    assert all(row["fields"][h369.PHONE] == tel for row, tel in zip(rows, tels, strict=True))
    mails = [h369.email(row) for row in rows if h369.email(row)]
    assert mails == [
        "kitamaruinfo@blue-care.net", "kin-minami-helper@kin-ikyo.jp", "p-saku@keiroen.or.jp",
        "pflege-ashitaka@lake.ocn.jp", "opec_20060401@yahoo.co.jp",
    ]  # fmt: skip
    odd = [row["fields"]["URL"] for row in rows if "@" in row["fields"]["URL"]]
    assert set(odd) - set(mails) == {"https://www.nishiageohpc@sykz.co.jp"}
    assert len({row["fields"]["都道府県名"] for row in rows}) == 46
    assert {row["fields"]["サービスの種類"] for row in rows} == {"定期巡回・随時対応型訪問介護看護"}
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractors_rules():
    """ASCII numbers of seven digits or more are kept, full-width or Unicode-hyphenated ones,
    placeholders and short ones are not; no kept number is one an earlier part of Japan holds;
    the rows are in the file's order, all five mailbox rows among them."""
    assert extractor.kept("011-738-9918") and extractor.kept("116692006")
    assert extractor.kept("050-1752-129")
    assert not extractor.kept("011－676－4517") and not extractor.kept("０１８４－４４－８４４８")
    assert not extractor.kept("070‐3276‐6077") and not extractor.kept("03ｰ6421-1559")
    assert not extractor.kept("000-000-0000") and not extractor.kept("")
    assert not extractor.kept("123-45")
    assert extractor.mailbox({"URL": "p-saku@keiroen.or.jp"})
    assert not extractor.mailbox({"URL": "zuihoukai@.mx36.tiki.ne.jp"})
    assert not extractor.mailbox({"URL": "https://www.nishiageohpc@sykz.co.jp"})
    rows = h369.data()["rows"]
    held = extractor.held_elsewhere()
    assert not {extractor.digits(h369.phone(row)) for row in rows} & held
    assert {"0669927722", "0745795500", "0833453100"} <= held
    order = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert order == sorted(order) and len(set(order)) == 300
    assert all(row["path"].startswith(extractor.PATH + "#") for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XHTML text, or a JSON string)."""
    if layout == "onenote_page":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name and office number stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h369._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the OneNote page's XHTML by the standard library's
    XML parser, the others as JSON), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h369.phone(row), h369.email(row), row["fields"]["事業所名"]
        if r["layout"] == "onenote_page":
            head, body = text.split("\r\n\r\n", 1)
            lines = head.split("\r\n")
            request = r"POST /v1\.0/me/onenote/sections/1-[0-9a-f-]{36}/pages HTTP/1\.1"
            assert re.fullmatch(request, lines[0])
            assert "Content-Type: text/html" in lines
            assert f"Content-Length: {len(body.encode('utf-8'))}" in lines
            page = ET.fromstring(body.encode("utf-8"))
            assert page.tag == "html" and page.get("lang") == "ja-JP"
            assert page.findtext("head/title").startswith(f"{name}（")
            assert page.find("head/meta").get("name") == "created"
            cells = {tr[0].text: tr[1].text for tr in page.iter("tr")}
            assert cells["電話番号"] == tel and cells["事業所番号"] == row["fields"]["事業所番号"]
            todo = [p for p in page.iter("p") if p.get("data-tag") == "to-do"]
            assert len(todo) == 1 and todo[0].text.endswith(f"：{tel} に電話する")
            links = [a for a in page.iter("a") if a.get("href", "").startswith("mailto:")]
            assert [a.get("href") for a in links] == ([f"mailto:{mail}"] if mail else [])
        elif r["layout"] == "ticktick_task":
            doc = json.loads(text)
            assert doc["title"].startswith(f"{name}へ電話：")
            assert re.fullmatch(r"[0-9a-f]{24}", doc["projectId"])
            assert f"電話：{tel}" in doc["content"].split("\n")
            assert (f"メール：{mail}" in doc["content"].split("\n")) == bool(mail)
            assert doc["timeZone"] == "Asia/Tokyo" and doc["startDate"] < doc["dueDate"]
            assert doc["items"][0]["title"].startswith(f"{tel} に電話")
            assert all(i["status"] == 0 for i in doc["items"])
        elif r["layout"] == "redash_query_result":
            result = json.loads(text)["query_result"]
            assert result["query_hash"] == hashlib.md5(result["query"].encode("utf-8")).hexdigest()
            assert result["query"].endswith(f"WHERE 事業所番号 = '{row['fields']['事業所番号']}';")
            columns = [c["name"] for c in result["data"]["columns"]]
            (values,) = result["data"]["rows"]
            assert list(values) == columns
            assert values["電話番号"] == tel and values["事業所名"] == name
            assert values["URL"] == (mail or h369.web(row) or None)
        else:
            doc = json.loads(text)
            (record,) = doc["list"]
            assert doc["pageInfo"]["totalRows"] == 1 and doc["pageInfo"]["isLastPage"]
            assert record["電話番号"] == tel and record["事業所名"] == name
            assert record["メール"] == (mail or None)
            assert f"は {tel} へ（" in record["連絡メモ"]
            assert record["CreatedAt"] < record["UpdatedAt"]


def test_provenance():
    sources = h369.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "mojitap/helpmesearch"
    assert jp["commit"] == "3c58ec1ed491c4c30bfd9dbbd28db8a8f712c547"
    assert jp["paths"] == ["data/mhlw/2025-06-01/760_regular_patrol_nursing_20250601.csv"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h369.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h369, "held_out_369", tmp_path)
