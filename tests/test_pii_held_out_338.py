"""held_out_338 of the PII evaluation set (scripts/pii_held_out_338.py): its committed records
keep the generator's invariants (every labelled phone is the row's real event telephone, copied
unchanged, each copy labelled; the venue and address are in the text and unlabelled) and are
rebuilt byte for byte from the committed data, and the data from the fetched mirror where it is
on the machine. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html import escape as html_escape
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_performance_events_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_338 as h338  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/sukyung23-create+culture-hunter/repo")
# how many copies of the telephone each layout writes
COPIES = {
    "kopis_prfplc_xml": 1,
    "gnuboard5_write_sql": 2,
    "inicis_stdpay_html": 2,
    "clova_voice_tts_sh": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h338.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h338.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h338.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h338.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 120 for layout in h338.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, labelled whole wherever it stands; nothing else
    is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h338.phone(row)
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == {(tel, h338.PHONE): COPIES[r["layout"]]}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h338.international)
    assert kinds == {"national:전화번호": 840}


def test_the_data_keeps_the_published_shape():
    """480 events, each with one number as the providing office typed it, 480 distinct, none
    an earlier Korean part's; every field a string as published; no organiser read as a
    person's name."""
    rows = h338.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h338.PHONE]
        assert value == value.strip()
        assert extractor.kept_number(value), value
        shapes[re.sub(r"\d", "9", value)] += 1
        assert not any(extractor.person_like(row["fields"][k]) for k in extractor.ORGANISERS)
    assert shapes == {
        "999-999-9999": 382, "99-9999-9999": 41, "99-999-9999": 26, "999-9999-9999": 19,
        "9999-9999": 12,
    }  # fmt: skip
    assert len({h338.phone(row) for row in rows}) == 480
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert not {extractor.digits_of(h338.phone(row)) for row in rows} & earlier


def test_the_person_test_reads_names_not_bodies():
    assert extractor.person_like("강은신") and extractor.person_like("극단오즈+김다희")
    assert not extractor.person_like("계룡시") and not extractor.person_like("고흥군")
    assert not extractor.person_like("인천수봉문화회관") and not extractor.person_like("")


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML or HTML text, inside a SQL string or a
    double-quoted shell word)."""
    if layout == "kopis_prfplc_xml":
        return xml_escape(value)
    if layout == "inicis_stdpay_html":
        return html_escape(value)
    if layout == "gnuboard5_write_sql":
        return h338._sql(value)[1:-1]
    return h338._sh(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The venue and the road (or lot-number) address stand in every record's text (the
    address in the facility response, the venue in the others), outside the labels."""
    for r in records:
        row = _row(r)
        wanted = [h338.venue(row)]
        if r["layout"] == "kopis_prfplc_xml":
            wanted.append(h338.address(row))
        for value in wanted:
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


class _Inputs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hidden: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        got = dict(attrs)
        if tag == "input" and got.get("type") == "hidden":
            self.hidden[got["name"]] = got["value"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the facility response as XML, the dump's row by
    its columns, the payment page's hidden fields, the script's words), the number where the
    format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h338.phone(row)
        if r["layout"] == "kopis_prfplc_xml":
            db = ET.fromstring(text.encode("utf-8")).find("db")
            assert db.findtext("telno") == tel and db.findtext("fcltynm") == h338.venue(row)
            assert db.findtext("adres") == h338.address(row)
            assert re.fullmatch(r"FC\d{6}", db.findtext("mt10id"))
        elif r["layout"] == "gnuboard5_write_sql":
            assert "INSERT INTO `g5_write_notice` (`wr_id`, " in text
            values = text.split(") VALUES (", 1)[1].split(");\nUNLOCK TABLES;", 1)[0]
            strings = re.findall(r"'((?:[^'\\]|\\.)*)'|(-?\d+)", values)
            assert len(strings) == len(h338.G5_COLUMNS)
            got = {c: a or b for c, (a, b) in zip(h338.G5_COLUMNS, strings, strict=True)}
            assert got["wr_1"] == tel and f"<p>문의: {tel}</p>" in got["wr_content"]
            assert got["wr_subject"] == h338._sql(h338.title(row))[1:-1]
            assert int(got["wr_num"]) == -int(got["wr_id"])
        elif r["layout"] == "inicis_stdpay_html":
            parser = _Inputs()
            parser.feed(text)
            fields = parser.hidden
            assert fields["buyertel"] == tel and fields["buyername"] == h338.organiser(row)
            assert fields["mid"] == "INIpayTest" and fields["currency"] == "WON"
            assert fields["oid"] == f"INIpayTest_{fields['timestamp']}"
            assert fields["signature"] == h338._sha256(
                f"oid={fields['oid']}&price={fields['price']}&timestamp={fields['timestamp']}"
            )
            assert f"<tr><th>연락처</th><td>{tel}</td></tr>" in text
        else:
            assert text.startswith("#!/bin/sh\n")
            words = shlex.split(text.split("set -eu\n", 1)[1].replace("\\\n", " "))
            assert words[0] == "curl"
            said = words[words.index("--data-urlencode") + 1]
            assert said.startswith("text=안내 말씀 드립니다.")
            assert said.count(tel) == 2 and h338.title(row) in said


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h338.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "sukyung23-create/culture-hunter"
    assert kr["commit"] == "a0a8c3edb086b1e5b59b31a0fa183a190f9409dd"
    assert kr["path"] == "전국공연행사정보표준데이터.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "전국공연행사정보표준데이터" in kr["publisher"]
    rows = h338.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h338, "held_out_338", tmp_path)
