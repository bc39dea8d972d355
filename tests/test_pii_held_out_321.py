"""held_out_321 of the PII evaluation set (scripts/pii_held_out_321.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real Tel or Fax
field, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_321 as h321  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of the Tel and of an own Fax each layout writes, and whether it writes a fax
# that is the Tel's own number again
COPIES = {
    "tdiary_td2": (2, 1, True),
    "niconico_comments": (2, 1, True),
    "pixiv_novel": (2, 1, True),
    "sudachi_user_dict": (3, 3, False),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h321.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h321.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h321.data()["rows"]) == 366
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h321.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "tdiary_td2": 92, "niconico_comments": 92, "pixiv_novel": 91, "sudachi_user_dict": 91,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """The Tel stands where the layout puts it and the Fax, where the row has one of its own, as
    often as the layout writes it (a fax that is the phone's own number is labelled under Tel);
    each number of them is labelled wherever it stands if a person could hold it (a distractor
    if not); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h321.phone(row), h321.fax(row)
        tel_copies, fax_copies, repeats = COPIES[r["layout"]]
        own = {(tel, h321.PHONE): tel_copies}
        if fax == tel:
            own = {(tel, h321.PHONE): tel_copies + int(repeats)}
        elif fax:
            own[(fax, h321.FAX)] = fax_copies
        expected, short = Counter(), Counter()
        for (value, column), n in own.items():
            assert text.count(value) == n, r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "JP") else short)[(number, column)] += n
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
    kinds = phone_kinds(records, h321.international)
    assert kinds == {"national:Tel": 867, "national:Fax": 96}


def test_the_data_keeps_the_published_shape():
    """Every kept row has a Tel of ten digits joined by ASCII hyphens (``043-261-2916``; one free
    dial ``0120-993-952``), 130 a Fax in the same shape (62 the Tel's own number); 59 public and
    307 private facilities of the three kinds; the values strings as the CSV gives them, the
    ``Owner`` column left out."""
    rows = h321.data()["rows"]
    shape = r"043-\d{3}-\d{4}"
    for row in rows:
        fields = row["fields"]
        assert re.fullmatch(shape, fields["Tel"]) or fields["Tel"] == "0120-993-952"
        assert fields["Fax"] == "" or re.fullmatch(shape, fields["Fax"])
        assert "Owner" not in fields and all(isinstance(v, str) for v in fields.values())
        assert "," not in fields["Name"]
    assert sum(row["fields"]["Fax"] != "" for row in rows) == 130
    assert sum(row["fields"]["Fax"] == row["fields"]["Tel"] for row in rows) == 62
    assert Counter(row["fields"]["Ownership"] for row in rows) == {"公立": 59, "私立": 307}
    assert Counter(row["fields"]["Type"] for row in rows) == {
        "認可保育施設": 272, "幼稚園": 76, "認可外保育施設": 18,
    }  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name stands in every record's text and the address in all but the dictionary's,
    outside the labels."""
    for r in records:
        columns = ("Name",) if r["layout"] == "sudachi_user_dict" else ("Name", "Address")
        for column in columns:
            value = h321._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document keeps its format's shape (the comment log by the standard library's XML
    parser, the dictionary by its eighteen comma-separated fields, the tDiary file and the
    novel by their fixed syntax), the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h321.phone(row), h321.fax(row), h321._f(row, "Name")
        if r["layout"] == "tdiary_td2":
            lines = text.split("\n")
            assert lines[0] == "TDIARY2.01.00" and re.fullmatch(r"Date: 20\d{6}", lines[1])
            assert lines[2].startswith("Title: ") and re.fullmatch(r"Last-Modified: \d+", lines[3])
            assert lines[4:7] == ["Visible: true", "Format: tDiary", ""]
            assert lines[7] == f"{name}を見学" and text.endswith("\n.\n")
            assert f"\n電話 {tel}" in text and (f"、FAX {fax}。" in text) == bool(fax)
            assert "\nやること\n" in text and f"は平日の昼に{tel}へ。\n" in text
        elif r["layout"] == "niconico_comments":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "packet" and root[0].tag == "thread"
            chats = root.findall("chat")
            assert len(chats) == 7 and all(c.get("thread") == root[0].get("thread") for c in chats)
            nos = [int(c.get("no")) for c in chats]
            assert nos == list(range(nos[0], nos[0] + 7))
            assert root[0].get("last_res") == str(nos[-1])
            staff = [c.text for c in chats if c.get("premium") == "3"]
            assert len(staff) == 2 and staff[0].startswith(f"【{name}】")
            assert f" TEL {tel}" in staff[0] and (f" FAX {fax}" in staff[0]) == bool(fax)
            assert chats[5].text == f"{name}、{tel}に電話したら見学できた"
            assert all(len(c.get("user_id")) == 27 for c in chats)
        elif r["layout"] == "pixiv_novel":
            assert text.startswith("[chapter:一　電話]\n") and "\n[newpage]\n" in text
            assert f"\n[chapter:二　{name}]\n" in text and "[[rb:保活 > ほかつ]]" in text
            assert f"　番号は{tel}。" in text and f"\n　電話：{tel}\n" in text
            assert (f"\n　FAX：{fax}\n" in text) == bool(fax)
            assert ("[[jumpuri:" in text) == bool(h321._f(row, "Url"))
        else:
            lines = text.rstrip("\n").split("\n")
            entries = [line.split(",") for line in lines]
            assert all(len(cells) == 18 for cells in entries)
            for cells in entries:
                assert cells[0] == unicodedata.normalize("NFKC", cells[4]).lower()
                assert cells[1] == cells[2] == "4786" and cells[5:8] == ["名詞", "固有名詞", "一般"]
                assert cells[12] == cells[4] and cells[14] == "A"
            surfaces = [cells[4] for cells in entries]
            assert surfaces == [name, tel, *([fax] if h321.own_fax(row) else [])]
            assert entries[1][11] == h321._reading(tel)


def test_provenance():
    sources = h321.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "codeforchiba/papamama"
    assert jp["commit"] == "25c582496b96483a3927a2eebde25f3cd30adbb7"
    assert jp["paths"] == ["data_org/nurseryData.csv"] and jp["encoding"] == "utf-8"
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h321.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 366}
    assert not any("@" in str(v) for r in rows for v in r["fields"].values())


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched repository (skipped
    where no mirror of it is at hand)."""
    git = Path("/work/.mirror/codeforchiba+papamama/repo")
    if not git.is_dir():
        pytest.skip("no mirror of codeforchiba/papamama")
    import jp_chiba_nurseries_data as extractor

    data = extractor.extract({"JP": git})
    assert json.dumps(data, ensure_ascii=False, indent=1) + "\n" == h321.ROWS.read_text("utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h321, "held_out_321", tmp_path)
