"""held_out_211 of the PII evaluation set (scripts/pii_held_out_211.py): its committed records
keep the generator's invariants (every number of the row's real phone and fax fields and its
e-mail address copied unchanged, each copy labelled or, a six-digit local number, a distractor;
the name and address in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_211 as h211  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h211.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h211.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h211.data()["rows"]) == 478
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h211.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "misskey_note": 120, "esa_post": 120, "zenn_article": 119, "b2_cloud_csv": 119,
    }  # fmt: skip


def _values(record: dict) -> list[tuple[str, str]]:
    """(value, column) of each phone-like field the record's text carries."""
    row = _row(record)
    out = [(h211.phone(row), h211.column(row, h211.phone_key(row)))]
    if h211.fax(row):
        out.append((h211.fax(row), h211.column(row, "fax")))
    if record["layout"] == "b2_cloud_csv" and h211.SENDER["phone"] != h211.phone(row):
        out.append((h211.SENDER["phone"], h211.SENDER["column"]))
    return out


def _standalone(text: str, value: str) -> int:
    """How many copies of ``value`` stand in ``text`` with no digit next to them."""
    return len(re.findall(rf"(?<!\d){re.escape(value)}(?!\d)", text))


def test_every_copy_of_the_phone_fax_and_email_fields_is_labelled_unchanged(records):
    """Each number of each field is labelled wherever it stands if a person could hold it (a
    six-digit local number is a distractor), under its column; each e-mail copy labelled as
    published; nothing else is."""
    for r in records:
        text = r["text"]
        expected, short = Counter(), Counter()
        for value, col in _values(r):
            copies = _standalone(text, value)
            assert copies >= 1, (r["id"], value)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "JP") else short)[(number, col)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        mail = h211.email(_row(r))
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == [mail] * text.count(mail) if mail else not emails, r["id"]
        assert not r["unscored"]


def test_labels_keep_their_kind_and_count(records):
    kinds = phone_kinds(records, lambda v: v.startswith("+"),
                        frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))  # fmt: skip
    assert kinds == {
        "national:電話番号": 326, "national:問合せ先": 222, "national:管理担当・連絡先": 172,
        "national:管理担当の連絡先": 76, "national:電話・FAX": 30, "national:電話": 9,
        "register": 5,
    }  # fmt: skip
    assert sum(len(r["distractors"]) for r in records) == 477


def test_the_data_keeps_the_published_shape():
    """Every kept row has a number of six digits or more; the numbers as the city writes them
    (groups joined by ASCII hyphens: 310 of ten digits, 4 of eleven, 164 local numbers of
    six); 91 faxes apart from the phone; four e-mail addresses; the three rows left out are
    not there."""
    rows = h211.data()["rows"]
    for row in rows:
        assert re.fullmatch(r"(0\d{1,4}-)?\d{2,4}-\d{4}", h211.phone(row)), row["path"]
        assert h211.phone(row) in row["fields"][h211.phone_key(row)]
    digits = Counter(sum(c.isdigit() for c in h211.phone(row)) for row in rows)
    assert digits == {10: 310, 6: 164, 11: 4}
    assert sum(bool(h211.fax(row)) for row in rows) == 91
    assert sorted(h211.email(row) for row in rows if h211.email(row)) == [
        "i-s-cc@city.yuzawa.ｌg.jp", "m-shogaic@city.yuzawa.lg.jp",
        "o-tosho@city.yuzawa.ｌg.jp", "y-tosho@city.yuzawa.ｌg.jp",
    ]  # fmt: skip
    paths = {row["path"] for row in rows}
    assert not paths & set(h211.data()["sources"]["JP"]["left_out"])
    assert not any("（小松田）" in json.dumps(row, ensure_ascii=False) for row in rows)


def test_the_name_and_address_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        for value in (h211.name(row), h211.address(row)):
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h211.phone(row)
        if r["layout"] == "misskey_note":
            note = json.loads(text)
            assert (
                note["user"]["username"] == "yuzawa_opendata"
                and note["userId"] == note["user"]["id"]
            )
            assert re.fullmatch(r"[0-9a-z]{10}", note["id"])
            assert note["text"].startswith(f"$[x2 **{h211.name(row)}**]")
            assert f"📞 電話：{tel}" in note["text"] and note["visibility"] == "public"
        elif r["layout"] == "esa_post":
            post = json.loads(text)
            assert post["created_by"]["screen_name"] == "esa_bot"
            assert post["full_name"].startswith(f"{post['category']}/{post['name']}")
            assert f"| {tel} |" in post["body_md"] and f"<td>{tel}</td>" in post["body_html"]
            assert post["url"].endswith(f"/posts/{post['number']}")
            assert post["done_tasks_count"] == post["body_md"].count("- [x]")
        elif r["layout"] == "zenn_article":
            front = re.match(r"---\n(.*?)\n---\n", text, re.S).group(1)
            keys = [line.split(":", 1)[0] for line in front.splitlines()]
            assert keys == ["title", "emoji", "type", "topics", "published"]
            assert f":::message\n電話：{tel}" in text and text.count(":::") == 4
        else:
            assert "\n" not in text.replace("\r\n", "")
            header, label = list(csv.reader(io.StringIO(text, newline="")))
            assert len(header) == len(label) == 97
            fields = dict(zip(range(97), label, strict=True))
            assert header[8] == "お届け先電話番号" and fields[8] == tel
            assert header[19] == "ご依頼主電話番号" and fields[19] == h211.SENDER["phone"]
            assert fields[15] == h211.name(row) and fields[17] == "御中"


def test_provenance():
    sources = h211.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "y-yamagata/YuzawaExcelConverter"
    assert jp["commit"] == "31930d868890f95047945a79a133c22bee2419b9"
    assert len(jp["paths"]) == 12 and jp["publisher"] and jp["licence"]
    rows = h211.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 478}
    assert Counter(r["path"].split(":")[0].split("/")[-1] for r in rows) == {
        "social_welfare_facilties_2022.json": 122, "medical_institutions_2022.json": 92,
        "emergnecy_evacuation_2022.json": 75, "playgrounds_2022.json": 48,
        "educational_institutions_2022.json": 46, "evacuation_2022.json": 33,
        "life_event_2022.json": 19, "nurseries_2022.json": 13, "kids_club_2022.json": 12,
        "support_for_handicapped_2022.json": 9, "childcare_support_2022.json": 5,
        "libraries_2022.json": 4,
    }  # fmt: skip


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h211, "held_out_211", tmp_path)
