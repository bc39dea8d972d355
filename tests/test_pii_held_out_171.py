"""held_out_171 of the PII evaluation set (scripts/pii_held_out_171.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real TEL or FAX
field, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_171 as h171  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("Name", "Add2")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h171.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h171.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h171.data()["rows"]) == 382
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h171.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "review_chapter": 96, "backlog_wiki": 96, "chatwork_message": 95, "scrapbox_page": 95,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """The TEL stands twice in each record and the FAX, where the row has one, once (a fax that
    is the phone's own number is labelled under TEL, three copies); each number of them is
    labelled wherever it stands if a person could hold it (a distractor if not); nothing else
    is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h171.phone(row), h171.fax(row)
        own = {(tel, h171.PHONE): 2}
        if fax == tel:
            own = {(tel, h171.PHONE): 3}
        elif fax:
            own[(fax, h171.FAX)] = 1
        expected, short = Counter(), Counter()
        for (value, column), copies in own.items():
            assert text.count(value) == copies, r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "JP") else short)[(number, column)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h171.international)
    assert kinds == {"national:TEL": 776, "national:FAX": 237}


def test_the_data_keeps_the_published_shape():
    """Every kept row has a TEL of ten digits joined by hyphens (``011-511-0447``, three
    ``0120-0123-13``), 249 a FAX in the same shape (12 the TEL's own number); 269 licensed and
    113 unlicensed nurseries; the values as the GeoJSON gives them (strings, the ids integers,
    the coordinates floats, ``null`` kept), the ``Owner`` column left out."""
    rows = h171.data()["rows"]
    assert Counter(row["fields"]["Type"] for row in rows) == {"認可保育所": 269, "認可外": 113}
    shape = r"0\d{1,3}-\d{2,4}-\d{2,4}"
    for row in rows:
        assert (
            re.fullmatch(shape, row["fields"]["TEL"])
            and len(re.sub(r"\D", "", row["fields"]["TEL"])) == 10
        )
        assert row["fields"]["FAX"] is None or re.fullmatch(shape, row["fields"]["FAX"])
        assert "Owner" not in row["fields"] and isinstance(row["fields"]["HID"], int)
    assert sum(row["fields"]["FAX"] is not None for row in rows) == 249
    assert sum(row["fields"]["FAX"] == row["fields"]["TEL"] for row in rows) == 12
    assert sum(row["fields"]["TEL"] == "0120-0123-13" for row in rows) == 3
    assert sum(row["fields"]["TEL"].startswith("011-") for row in rows) == 375


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h171._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _review_table(text: str) -> dict[str, str]:
    """The cells of a Re:VIEW ``//table`` (tab-separated, header and dashed rule skipped)."""
    body = re.search(r"^//table\[hoiku-\d+\]\[[^\]]+\]\{\n(.*?)\n//\}$", text, re.S | re.M)
    rows = body.group(1).split("\n")
    assert rows[0] == "項目\t内容" and re.fullmatch(r"-{12,}", rows[1])
    return dict(line.split("\t") for line in rows[2:])


def test_the_documents_are_well_formed(records):
    """Each document keeps its notation's shape (read by the notation's fixed syntax), the row's
    numbers where the notation puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h171.phone(row), h171.fax(row), h171._f(row, "Name")
        hid = h171._f(row, "HID")
        if r["layout"] == "review_chapter":
            assert text.startswith("= ") and f"\n== {name}\n" in text
            cells = _review_table(text)
            assert cells["電話"] == tel and cells["FAX"] == (fax or ".")
            assert f"@<tt>{{{tel}}}" in text and f"@<fn>{{hid{hid}}}" in text
            assert f"\n//footnote[hid{hid}][施設番号 {hid}。" in text
            assert text.count("{") == text.count("}")
        elif r["layout"] == "backlog_wiki":
            assert text.startswith(f"* 保育施設メモ：{name}\n\n#contents\n")
            table = re.findall(r"^\|(.+)\|(h?)$", text, re.M)
            assert table[0] == ("項目|内容", "h")
            cells = dict(cell.split("|", 1) for cell, _ in table[1:])
            assert cells["電話"] == tel and cells.get("FAX") == (fax or None)
            assert re.search(
                rf"^- \d{{4}}/\d\d/\d\d 電話（''{re.escape(tel)}''）で.+ → HOIKU-\d+$", text, re.M
            )
            assert text.count("{code}") == text.count("{/code}")
        elif r["layout"] == "chatwork_message":
            assert re.match(r"\[rp aid=\d{7} to=\d{9}-\d{19}\]", text)
            assert re.search(r"^\[To:\d{7}\]", text, re.M)
            assert re.search(r"\[qt\]\[qtmeta aid=\d{7} time=\d{10}\].+\[/qt\]", text)
            info = re.search(r"\[info\]\[title\](.+?)\[/title\](.*?)\[/info\]", text, re.S)
            assert info.group(1) == f"{name}の連絡先"
            fields = dict(line.split("：", 1) for line in info.group(2).split("\n"))
            assert fields["電話"] == tel and fields.get("FAX") == (fax or None)
            assert f"、{tel} へお電話" in text and text.endswith(f"[hr]施設番号：{hid}")
        else:
            lines = text.split("\n")
            assert lines[0] == name and lines[1] == "[* 基本情報]"
            assert f"\n 電話: {tel}\n" in text and (f"\n FAX: {fax}\n" in text) == bool(fax)
            table = text.split("table:連絡先\n", 1)[1].split("\n\n", 1)[0].split("\n")
            assert all(line.startswith(" ") for line in table)
            cells = dict(line[1:].split("\t") for line in table)
            assert cells["電話"] == tel and cells["施設番号"] == hid
            if "code:point.geojson\n" in text:
                point = json.loads(text.split("code:point.geojson\n ", 1)[1].split("\n", 1)[0])
                assert point["coordinates"] == [row["fields"]["X"], row["fields"]["Y"]]
            assert lines[-2].startswith("#") and "#保育施設" in lines[-2]


def test_provenance():
    sources = h171.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "codeforsapporo/papamama"
    assert jp["commit"] == "493b4b784512dc17f6c8f537e2b8333fafd402a9"
    assert jp["paths"] == ["data/nurseryFacilities.geojson"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h171.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 382}
    assert not any("@" in str(v) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h171, "held_out_171", tmp_path)
