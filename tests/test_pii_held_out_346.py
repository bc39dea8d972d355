"""held_out_346 of the PII evaluation set (scripts/pii_held_out_346.py): its committed records
keep the generator's invariants (every labelled phone is the row's real centre telephone,
copied unchanged, each copy labelled; the Korea Travel Hotline ``1330`` a distractor; the
centre's name is in the text and unlabelled) and are rebuilt byte for byte from the committed
data, and the data from the fetched mirror where it is on the machine. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import csv
import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_tourist_info_centres_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_346 as h346  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/kanggo-sw+Karnival/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h346.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h346.by_locale()[locale][n]


def _copies(record: dict) -> int:
    """How many copies of the telephone the record's layout writes: one per String Catalog
    language, two in a summary request, one in a translation and a load script."""
    layout = record["layout"]
    if layout == "xcode_string_catalog":
        return 1 + len(h346.languages(_row(record)))
    return 2 if layout == "clova_summary_json" else 1


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h346.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h346.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h346.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, labelled whole wherever it stands; nothing else
    is; the hotline ``1330`` of each summary request is the one distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h346.phone(row)
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        assert text.count(tel) == _copies(r), r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == {(tel, h346.PHONE): _copies(r)}, r["id"]
        got = [(text[s:e], kind) for s, e, _, kind in r["distractors"]]
        if r["layout"] == "clova_summary_json":
            assert got == [("1330", "short")], r["id"]
            assert not personal_phone("1330", "KR")
        else:
            assert not got, r["id"]
        assert not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h346.international)
    assert kinds == {"national:안내소전화번호": 689}


def test_the_data_keeps_the_published_shape():
    """400 centres, each with one number as the providing office typed it, 400 distinct, none
    an earlier Korean part's; every field a string as published."""
    rows = h346.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h346.PHONE]
        assert value == value.strip()
        assert extractor.kept_number(value), value
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "999-999-9999": 358, "999-9999-9999": 14, "99-999-9999": 13, "99-9999-9999": 11,
        "9999-9999": 4,
    }  # fmt: skip
    assert len({h346.phone(row) for row in rows}) == 400
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert not {extractor.digits_of(h346.phone(row)) for row in rows} & earlier


def test_placeholders_are_not_kept():
    for value in ("000-000-0000", "031-000-0000", "054-000-0000", "000-0000-0000"):
        assert not extractor.kept_number(value)
    assert extractor.kept_number("054-730-6651") and extractor.kept_number("02-898-9053")


def test_the_name_is_in_the_text_and_unlabelled(records):
    """The centre's name stands in every record's text but the translation's (which carries
    the notice alone), outside the labels."""
    for r in records:
        if r["layout"] == "papago_translation_json":
            continue
        value = h346.name(_row(r))
        if r["layout"] == "tibero_tbloader_sh":
            value = h346._tb_field("CENTER_NM", value)
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, (r["id"], value)
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the catalog and the two service bodies as JSON,
    the load script's data row by the control file's rule), the number where the format puts
    it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h346.phone(row)
        if r["layout"] == "xcode_string_catalog":
            doc = json.loads(text)
            assert doc["sourceLanguage"] == "ko" and doc["version"] == "1.0"
            key = next(k for k in doc["strings"] if k.endswith(".phone"))
            units = doc["strings"][key]["localizations"]
            assert set(units) == {"ko", *h346.languages(row)}
            assert units["ko"]["stringUnit"]["value"] == f"전화 {tel}"
            assert all(u["stringUnit"]["value"].endswith(tel) for u in units.values())
            assert text == h346._xcode_json(doc) + "\n"
        elif r["layout"] == "papago_translation_json":
            result = json.loads(text)["message"]["result"]
            assert result["srcLangType"] == "ko" and result["tarLangType"] == h346.target(row)
            assert result["translatedText"].count(tel) == 1
        elif r["layout"] == "clova_summary_json":
            doc = json.loads(text)
            assert doc["document"]["title"] == h346.name(row)
            assert doc["document"]["content"].count(tel) == 2
            assert h346.HOTLINE in doc["document"]["content"]
            assert doc["option"]["language"] == "ko" and doc["option"]["model"] == "general"
        else:
            assert text.startswith("#!/bin/sh\n")
            dat = text.split("<<'DAT'\n", 1)[1].split("\nDAT\n", 1)[0]
            reader = csv.reader([dat], quotechar='"', escapechar="\\", doublequote=False)
            fields = next(reader)
            got = dict(zip((c for c, _ in h346.TB_COLUMNS), fields, strict=True))
            assert got["TELNO"] == tel and got["CENTER_NM"] == h346.name(row)
            ctl = text.split("<<'CTL'\n", 1)[1].split("\nCTL\n", 1)[0]
            assert ctl.startswith("LOAD DATA\nINFILE 'tour_info_center.dat'\n")
            assert "INTO TABLE TOUR_INFO_CENTER" in ctl and "TRAILING NULLCOLS" in ctl
            last = text.rsplit("DAT\n", 1)[1]
            assert shlex.split(last.replace("\\\n", " "))[0] == "tbloader"


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h346.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "kanggo-sw/Karnival"
    assert kr["commit"] == "46471a287b963d7a0f6ac934179944ddae32c6c9"
    assert kr["path"] == "crawler/전국관광안내소표준데이터.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "전국관광안내소표준데이터" in kr["publisher"]
    rows = h346.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h346, "held_out_346", tmp_path)
