"""held_out_337 of the PII evaluation set (scripts/pii_held_out_337.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name, address and page are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_337 as h337  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the nursery's identifiers, in every layout
IDENTIFIERS = ("name", "address", "link")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h337.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h337.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h337.data()["rows"]) == 394
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h337.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "timetree_event": 99, "colorme_sale": 99, "groonga_load": 98, "fluentd_out_file": 98,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h337.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "JP") else short)[(number, h337.PHONE)] += copies
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
    kinds = phone_kinds(records, h337.international)
    assert kinds == {"national:phone": 788}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros, in the
    list's one shape (``044-222-7252``); every field a string as the list gives it; one number
    stands for two nurseries; three postcodes are ``-`` and one is the number's own tail, all
    four kept in the data and left out of the text."""
    rows = h337.data()["rows"]
    for row in rows:
        assert set(row["fields"]) == {"name", "link", "address", "postcode", "phone"}
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert re.fullmatch(r"044-\d{3}-\d{4}", row["fields"]["phone"])
    numbers_used = Counter(h337.phone(row) for row in rows)
    assert [n for n, c in numbers_used.items() if c > 1] == ["044-222-2171"]
    assert sum(row["fields"]["postcode"] == "-" for row in rows) == 3
    assert [h337.phone(row) for row in rows if row["fields"]["postcode"] == "281-0565"] == [
        "044-281-0565"
    ]
    assert sum(h337.postcode(row) == "" for row in rows) == 4


def _encoded(value: str) -> str:
    """``value`` as a JSON string's text (every layout writes the fields as JSON strings)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, address and page stand in every record's text (the page in all but the sale
    objects, which have no field for it), outside the labels; the postcode where the row has
    one."""
    for r in records:
        row = _row(r)
        columns = [c for c in IDENTIFIERS if not (c == "link" and r["layout"] == "colorme_sale")]
        for value in [h337._f(row, c) for c in columns] + [h337.postcode(row)]:
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the HTTP request's head and JSON body, JSON, the
    Groonga commands' JSON lines, Fluentd's tab-separated lines), the row's number where the
    format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h337.phone(row), h337._f(row, "name")
        if r["layout"] == "timetree_event":
            head, body = text.split("\r\n\r\n", 1)
            request = head.split("\r\n")
            calendar = re.fullmatch(r"POST /calendars/(\w{12})/events HTTP/1.1", request[0])
            assert calendar and "Accept: application/vnd.timetree.v1+json" in request
            doc = json.loads(body)["data"]
            attributes = doc["attributes"]
            assert attributes["category"] == "schedule" and attributes["title"].endswith(name)
            assert attributes["description"].split("\n")[1] == f"電話：{tel}"
            assert attributes["description"].endswith(f"{tel}に連絡")
            code, place = h337.postcode(row), h337._f(row, "address")
            assert attributes["location"] == (f"〒{code} {place}" if code else place)
            assert attributes["url"] == h337._f(row, "link")
            label = doc["relationships"]["label"]["data"]["id"]
            assert label.startswith(f"{calendar.group(1)},")
        elif r["layout"] == "colorme_sale":
            sale = json.loads(text)["sale"]
            assert sale["customer"]["tel"] == tel and sale["customer"]["name"] == name
            (delivery,) = sale["sale_deliveries"]
            assert delivery["tel"] == tel and delivery["name"] == f"{name} 御中"
            assert delivery["sale_id"] == sale["id"]
            assert sale["product_total_price"] == sum(d["subtotal_price"] for d in sale["details"])
            assert sale["total_price"] == sale["product_total_price"] + delivery["delivery_charge"]
        elif r["layout"] == "groonga_load":
            lines = text.split("\n")
            assert lines[: len(h337.GROONGA_SCHEMA)] == list(h337.GROONGA_SCHEMA)
            at = lines.index("load --table Nurseries")
            assert lines[at + 1] == "[" and lines[at + 3] == "]"
            loaded = json.loads(lines[at + 2])
            assert loaded["tel"] == tel and loaded["name"] == name
            assert lines[at + 4].startswith(f"select Nurseries --filter 'tel == \"{tel}\"' ")
        else:
            lines = text.rstrip("\n").split("\n")
            assert len(lines) == 3
            parsed = [line.split("\t") for line in lines]
            assert [tag for _, tag, _ in parsed] == [
                "kawasaki.hoiku.call", "kawasaki.hoiku.lookup", "kawasaki.hoiku.note",
            ]  # fmt: skip
            times = [dt_parse(when) for when, _, _ in parsed]
            assert times == sorted(times)
            bodies = [json.loads(body) for _, _, body in parsed]
            assert len({b["inquiry_id"] for b in bodies}) == 1
            assert bodies[1]["tel"] == tel and bodies[1]["facility"] == name
            assert f"{name}（{tel}）" in bodies[2]["message"]


def dt_parse(value: str) -> dt.datetime:
    """A Fluentd time (ISO 8601 with the +09:00 offset)."""
    parsed = dt.datetime.fromisoformat(value)
    assert parsed.utcoffset() == dt.timedelta(hours=9)
    return parsed


def test_provenance():
    sources = h337.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "piuccio/open-data-jp-kanagawa-kawasaki-nurseries"
    assert jp["commit"] == "170a78986f7825b30171f6b5ed20435e89cb4482"
    assert jp["paths"] == ["output/all.json"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h337.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 394}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h337, "held_out_337", tmp_path)
