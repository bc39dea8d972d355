"""held_out_158 of the PII evaluation set (scripts/pii_held_out_158.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; the school's number, names and addresses are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_158 as h158  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("SCHOOL NO.", "ENGLISH NAME", "中文名稱", "ENGLISH ADDRESS", "中文地址")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h158.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h158.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h158.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h158.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "debezium_event": 100, "jscontact_card": 100, "clickhouse_vertical": 100,
        "php_serialized": 100,
    }  # fmt: skip


def _copies(record: dict) -> tuple[int, int]:
    """How many copies of the phone and of the fax field the record's layout writes."""
    return (2 if record["layout"] == "jscontact_card" else 1), 1


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under its
    column (a fax that repeats the phone under the phone's); nothing else is, and no number is
    too short to be labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h158.phone(row), h158.fax(row)
        tel_copies, fax_copies = _copies(r)
        assert text.count(tel) == tel_copies + (fax_copies if fax == tel else 0), r["id"]
        expected = Counter()
        for s, e in numbers(tel):
            assert personal_phone(tel[s:e], "HK")
            expected[(tel[s:e], h158.PHONE)] += tel_copies
        if fax:
            assert text.count(fax) == fax_copies + (tel_copies if fax == tel else 0), r["id"]
            column = h158.PHONE if fax == tel else h158.FAX
            for s, e in numbers(fax):
                assert personal_phone(fax[s:e], "HK")
                expected[(fax[s:e], column)] += fax_copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            value = r["text"][s:e]
            assert re.fullmatch(r"\d{8}|\d{4} \d{4}", value), (r["id"], value)
            kinds[kind] += 1
    assert kinds == {"national:TELEPHONE": 526, "national:FAX NUMBER": 392}


def test_the_data_keeps_the_published_shape():
    """Every kept row has a phone field of eight digits, two groups of four or two numbers
    joined by a comma; the fax in the same shapes, ``N.A.`` or empty; the Chinese twins repeat
    the English columns; the fields are strings as the file gives them."""
    rows = h158.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"]["TELEPHONE"]) for row in rows)
    assert shapes == {"99999999": 383, "99999999,99999999": 16, "9999 9999": 1}
    faxes = Counter(re.sub(r"\d", "9", row["fields"]["FAX NUMBER"]) for row in rows)
    assert faxes == {"99999999": 396, "N.A.": 2, "": 2}
    for row in rows:
        fields = row["fields"]
        assert (
            fields["聯絡電話"] == fields["TELEPHONE"] and fields["傳真號碼"] == fields["FAX NUMBER"]
        )
        assert re.fullmatch(r"\d{12}", fields["SCHOOL NO."])
        assert len(fields) == 33 and all(isinstance(v, str) for v in fields.values())
    assert sum(h158.fax(row) == h158.phone(row) for row in rows) == 4


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string in the JSON layouts)."""
    if layout in ("debezium_event", "jscontact_card"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's number, names and addresses stand in every record's text, outside the
    labels (the number is in the JSContact note, the address in each layout's language
    pair)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h158._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _php_value(text: str, at: int) -> tuple[object, int]:
    """The PHP ``serialize`` value at ``at`` of ``text`` and the offset after it (a reader of
    the format: strings by their UTF-8 byte counts)."""
    kind = text[at]
    if kind == "N":
        return None, at + 2
    if kind in "ibd":
        end = text.index(";", at)
        raw = text[at + 2 : end]
        return (float(raw) if kind == "d" else int(raw)), end + 1
    if kind == "s":
        colon = text.index(":", at + 2)
        size = int(text[at + 2 : colon])
        data = text[colon + 2 :].encode("utf-8")[:size].decode("utf-8")
        end = colon + 2 + len(data)
        assert text[end : end + 2] == '";'
        return data, end + 2
    assert kind == "a"
    colon = text.index(":", at + 2)
    count = int(text[at + 2 : colon])
    at = colon + 2
    out = {}
    for _ in range(count):
        key, at = _php_value(text, at)
        out[key], at = _php_value(text, at)
    assert text[at] == "}"
    return out, at + 1


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, PHP's serialize by
    a reader of the format, the ClickHouse session by its fixed shape), the row's numbers where
    the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h158.phone(row), h158.fax(row)
        if r["layout"] == "debezium_event":
            event = json.loads(text)
            assert event["before"] is None and event["op"] in ("r", "c")
            assert event["after"]["telephone"] == tel
            assert event["after"]["fax"] == h158._f(row, h158.FAX)
            assert event["after"]["school_no"] == h158._f(row, "SCHOOL NO.")
            assert event["source"]["connector"] == "postgresql"
            assert json.loads(event["source"]["sequence"])[1] == str(event["source"]["lsn"])
        elif r["layout"] == "jscontact_card":
            card = json.loads(text)
            assert card["@type"] == "Card" and card["version"] == "1.0" and card["kind"] == "org"
            assert card["phones"]["tel"]["number"] == tel
            assert card["phones"]["tel"]["features"] == {"voice": True}
            if fax:
                assert card["phones"]["fax"]["number"] == fax
                assert card["phones"]["fax"]["features"] == {"fax": True}
            else:
                assert "fax" not in card["phones"]
            assert f"查詢電話：{tel}。" in card["notes"]["n1"]["note"]
            assert card["localizations"]["zh-Hant"]["name/full"] == h158._f(row, "中文名稱")
        elif r["layout"] == "clickhouse_vertical":
            head, body = text.split("\nRow 1:\n──────\n")
            assert head.startswith("edb-analytics :) SELECT ")
            assert re.search(r"\nFORMAT Vertical\n\nQuery id: [0-9a-f-]{36}\n$", head)
            lines, footer = body.split("\n\n", 1)
            names = [c for c, _ in h158.COLUMNS]
            width = max(len(c) for c in names) + 2  # the values start in one column
            values = {line[:width].rstrip()[:-1]: line[width:] for line in lines.split("\n")}
            assert [line[:width] for line in lines.split("\n")] == [
                f"{c}:".ljust(width) for c in names
            ]
            assert values["telephone"] == tel and values["school_no"] == h158._f(row, "SCHOOL NO.")
            assert footer.startswith("1 row in set. Elapsed: ")
        else:
            assert re.fullmatch(r"\d{10}", text[:10])
            value, end = _php_value(text, 10)
            assert end == len(text)
            assert value["contact"]["telephone"] == tel and value["contact"]["fax"] == fax
            assert value["name"]["zh_HK"] == h158._f(row, "中文名稱")


def test_provenance():
    sources = h158.data()["sources"]
    assert set(sources) == {"HK"}
    hk = sources["HK"]
    assert hk["repository"] == "JasonHung1103/school-test-1"
    assert hk["commit"] == "135dd54b75dd9989139fa375f16cdccd43cc576e"
    assert hk["paths"] == ["SCH_LOC_EDB.json"]
    assert "not confirmed" in hk["licence"] and hk["publisher"]
    rows = h158.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"HK": 400}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h158, "held_out_158", tmp_path)
