"""held_out_281 of the PII evaluation set (scripts/pii_held_out_281.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
after-hours field, copied unchanged, each copy labelled; the name and address are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_281 as h281  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the pharmacy's identifiers, in every layout
IDENTIFIERS = ("薬局等名称", "住所")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h281.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h281.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h281.data()["rows"]) == 420
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h281.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "imi_jsonld": 105, "smaregi_store": 105, "gsimaps_geojson": 105, "vfm_manuscript": 105,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice in every
    record), and of the after-hours field where a record writes it (twice, once in Smaregi's
    receipt footer), each under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        fields = [(h281.phone(row), h281.PHONE, 2)]
        if h281.after_hours(row):
            fields.append((h281.after_hours(row), h281.AFTER, 1 + (r["layout"] != "smaregi_store")))
        for value, column, copies in fields:
            assert text.count(value) == copies, (r["id"], value)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "JP") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h281.international)
    assert kinds == {"national:電話番号": 840, "national:時間外の電話番号": 214}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds ten digits run together, as the ministry's XLSX holds
    them (one in full-width digits, ``０５８７２２８６７１``, labelled whole); 122 rows have an
    after-hours field a record writes: 86 mobiles of eleven digits run together, 8 mobiles
    joined by hyphens, one IP phone (``050``) and 27 landlines; every row is geocoded at its
    normalised address and not marked deleted; the fields are strings as the file gives
    them."""
    rows = h281.data()["rows"]
    shapes = Counter(
        "ascii"
        if re.fullmatch(r"0[0-9]{9}", tel)
        else "full-width"
        if re.fullmatch(r"０[０-９]{9}", tel)
        else tel
        for tel in (row["fields"]["電話番号"] for row in rows)
    )
    assert shapes == {"ascii": 419, "full-width": 1}
    written = [h281.after_hours(row) for row in rows if h281.after_hours(row)]
    assert len(written) == 122
    assert sum(bool(re.fullmatch(r"0[789]0\d{8}", value)) for value in written) == 86
    assert sum(bool(re.fullmatch(r"0[789]0-\d{4}-\d{4}", value)) for value in written) == 8
    assert sum(value.startswith("050") for value in written) == 1
    for row in rows:
        assert row["geocode"]["addr"] == row["fields"]["住所_正規化"]
        assert not row["fields"]["削除日"]
        assert all(isinstance(v, str) for v in row["fields"].values())


def _encoded(value: str) -> str:
    """``value`` as the JSON layouts write it (the Markdown writes it as is)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels; no record
    writes an e-mail address (the few ``HP`` fields holding one are left out)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h281._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)
        assert "@" not in r["text"].replace('"@context"', "").replace('"@type"', ""), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the HTTP exchange
    and the VFM front matter read by their fixed shapes), the row's numbers where the format
    puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, after, name = h281.phone(row), h281.after_hours(row), h281._f(row, "薬局等名称")
        if r["layout"] == "imi_jsonld":
            doc = json.loads(text)
            assert doc["@context"] == "https://imi.go.jp/ns/core/context.jsonld"
            assert doc["@type"] == "施設型" and doc["名称"]["表記"] == name
            contacts = doc["連絡先"] if isinstance(doc["連絡先"], list) else [doc["連絡先"]]
            assert [c["電話番号"] for c in contacts] == ([tel, after] if after else [tel])
            assert all(c["@type"] == "連絡先型" for c in contacts)
            assert f"電話（{tel}）" in doc["説明"]
        elif r["layout"] == "smaregi_store":
            request, response = text.split("\n\nHTTP/1.1 200 OK\n")
            assert re.fullmatch(
                r"GET /sb_[a-z0-9]{8}/pos/stores/\d+\?with_receipt_print_info=all HTTP/1\.1\n"
                r"Host: api\.smaregi\.jp\nAccept: application/json",
                request,
            )
            headers, body = response.split("\n\n", 1)
            assert headers == "Content-Type: application/json"
            store = json.loads(body)
            assert all(isinstance(v, str) for k, v in store.items() if k != "receiptPrintInfo")
            assert store["phoneNumber"] == tel and store["storeName"] == name
            info = store["receiptPrintInfo"]
            assert info["storeId"] == store["storeId"]
            assert info["header"].endswith(f"\nTEL {tel}")
            assert info["footer"].endswith(f" {after}") if after else "\n" not in info["footer"]
        elif r["layout"] == "gsimaps_geojson":
            doc = json.loads(text)
            (feature,) = doc["features"]
            props = feature["properties"]
            assert feature["geometry"]["coordinates"] == [
                row["geocode"]["lng"],
                row["geocode"]["lat"],
            ]
            assert props["name"] == name and props["電話番号"] == tel
            assert props.get("時間外の電話番号", "") == after
            assert props["_markerType"] == "Icon"
            assert re.fullmatch(r"https://maps\.gsi\.go\.jp/portal/sys/v4/symbols/\d{3}\.png",
                                props["_iconUrl"])  # fmt: skip
            size = props["_iconSize"][0]
            assert props["_iconAnchor"] == [size // 2, size // 2]
        else:
            front, body = re.fullmatch(r"---\n(.*?)\n---\n\n(.*)", text, re.S).groups()
            assert front.splitlines()[1] == "lang: ja" and front.startswith("title: ")
            assert body.startswith("# {緊急避妊薬|きんきゅうひにんやく}を販売する薬局")
            assert f"\n## {name}\n" in body and f"\n- 電話：{tel}\n" in body
            assert (f"\n- 時間外：{after}\n" in body) == bool(after)


def test_provenance():
    sources = h281.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "odakin/mhlw-ec-pharmacy-finder"
    assert jp["commit"] == "935d8751e901459ab40cef9fe2a023a8277cd1a1"
    assert jp["paths"] == [
        "data/mhlw_ec_pharmacies_cleaned_2026-02-10.csv",
        "data/geocode_cache.json",
    ]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h281.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 420}
    assert len({r["fields"]["薬局等番号"] for r in rows}) == 420


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h281, "held_out_281", tmp_path)
