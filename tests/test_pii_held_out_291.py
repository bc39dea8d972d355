"""held_out_291 of the PII evaluation set (scripts/pii_held_out_291.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name and address are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import pii_held_out_291 as h291  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the shop's identifiers, in every layout
IDENTIFIERS = ("Name", "Add")
LD = re.compile(r'<script type="application/ld\+json">\n(.*?)\n  </script>', re.S)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h291.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h291.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h291.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h291.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "facebook_page": 120, "messenger_generic": 120, "strapi_restaurant": 120,
        "schema_restaurant": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field stands twice in each document, each copy one label under ``Tel``;
    nothing else is labelled and no short number is written."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h291.phone(row)
        assert text.count(value) == 2, r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "TW")
            expected[(value[s:e], h291.PHONE)] += 2
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h291.international)
    assert kinds == {"international:Tel": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept field is one number in the bureau's shape (``886``, the area code without
    its trunk 0, the line, joined by hyphens), 480 distinct; the fields are strings as the file
    gives them; no description is copied."""
    rows = h291.data()["rows"]
    tels = [row["fields"]["Tel"] for row in rows]
    assert all(re.fullmatch(r"886-\d{1,3}-\d{5,8}", tel) for tel in tels)
    assert len(set(tels)) == 480
    assert Counter(re.sub(r"\d", "9", tel) for tel in tels) == {
        "999-9-9999999": 297, "999-9-99999999": 135, "999-99-999999": 22,
        "999-99-9999999": 13, "999-999-99999": 10, "999-999-999999": 2, "999-9-999999": 1,
    }  # fmt: skip
    assert all("Description" not in row["fields"] for row in rows)
    assert len({row["fields"]["Region"] for row in rows}) == 21


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string; HTML text for the page's card)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h291._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Card(HTMLParser):
    """The ``dd`` texts of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.dd: list[str] = []
        self._in = False

    def handle_starttag(self, tag, attrs):
        self._in = tag == "dd"
        if self._in:
            self.dd.append("")

    def handle_endtag(self, tag):
        self._in = False

    def handle_data(self, data):
        if self._in:
            self.dd[-1] += data


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h291.phone(row), h291._f(row, "Name")
        if r["layout"] == "facebook_page":
            page = json.loads(text)
            assert page["phone"] == tel and page["name"] == name
            assert page["about"].endswith(f"請來電 {tel}")
            assert page["link"] == f"https://www.facebook.com/{page['id']}"
            assert page["location"]["street"] == page["single_line_address"] == row["fields"]["Add"]
        elif r["layout"] == "messenger_generic":
            body = json.loads(text)
            assert body["messaging_type"] == "RESPONSE"
            payload = body["message"]["attachment"]["payload"]
            assert payload["template_type"] == "generic"
            (element,) = payload["elements"]
            assert element["title"].startswith(name)
            assert element["subtitle"].endswith(f"電話：{tel}")
            assert element["buttons"][1]["payload"].endswith(f"|{tel}")
        elif r["layout"] == "strapi_restaurant":
            doc = json.loads(text)
            attributes = doc["data"]["attributes"]
            assert attributes["phone"] == tel and attributes["name"] == name
            assert f"店家電話 {tel}，" in attributes["note"] and doc["meta"] == {}
            assert attributes["publishedAt"] == attributes["updatedAt"]
        else:
            assert text.startswith('<!DOCTYPE html>\n<html lang="zh-Hant-TW">')
            ld = json.loads(LD.search(text).group(1))
            assert ld["@type"] == "Restaurant" and ld["telephone"] == tel and ld["name"] == name
            assert ld["address"]["streetAddress"] == row["fields"]["Add"]
            card = _Card()
            card.feed(text)
            assert card.dd[1] == tel


def test_provenance():
    sources = h291.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "Manders-Ma/restaurant-finder-TW"
    assert tw["commit"] == "5802c7c0da48de5283b1337f7f3126ebfe278fe7"
    assert tw["paths"] == ["dataset/restaurant.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h291.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_no_number_of_the_earlier_taiwanese_parts_is_taken_again():
    """No kept number, as dialled at home (``0`` for ``886``), is in the earlier Taiwanese
    parts' data files."""
    import tw_tourism_restaurants_data as extractor

    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    rows = h291.data()["rows"]
    assert not any(extractor.national(r["fields"]["Tel"]) in earlier for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h291, "held_out_291", tmp_path)
