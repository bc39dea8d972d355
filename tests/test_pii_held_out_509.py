"""held_out_509 of the PII evaluation set (scripts/pii_held_out_509.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real helpline or
district control room, unchanged, each copy labelled; the hospital's name and UID are in the
text and unlabelled), each layout parses in its format, and the file is rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import in_rajasthan_covid_hospitals_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_509 as h509  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the copies of the helpline and of the control room each layout writes
COPIES = {"porter_order": 1, "dunzo_task": 1, "interakt_user": 1, "stein_rows": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h509.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h509.by_locale()[locale][n]


def _json_body(text: str, blank_lines: int = 1) -> object:
    """The JSON after the ``blank_lines``-th empty line of an HTTP message."""
    return json.loads(text.split("\n\n", blank_lines)[blank_lines])


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h509.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h509.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:IN"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h509.LAYOUTS}


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """Each number of the helpline and of the control room is labelled wherever it stands (a
    number both hold under the helpline); the fields themselves are written whole; nothing else
    is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, room = h509.helpline(row), h509.control(row)
        escaped = [json.dumps(v, ensure_ascii=False)[1:-1] for v in (tel, room)]
        assert all(v in text for v in escaped), r["id"]
        assert text.count(escaped[0]) >= COPIES[r["layout"]], r["id"]
        column = {}
        for kind, value in reversed(h509.values_of(row)):
            column[value] = (
                f"national:{kind}" if not h509.international(value) else (f"international:{kind}")
            )
        got = Counter((text[s:e], kind) for s, e, _, kind in r["spans"])
        expected = Counter()
        for value, kind in column.items():
            found = [
                m.start()
                for m in re.finditer(re.escape(value), text)
                if not re.match(r"\d", text[m.end() : m.end() + 1])
                and not (m.start() and text[m.start() - 1].isdigit())
            ]
            assert found, (r["id"], value)
            expected[(value, kind)] = len(found)
        assert got == expected, r["id"]
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h509.international)
    assert kinds == {
        "national:HOSPITAL_HELPLINE_NO": 319,
        "international:HOSPITAL_HELPLINE_NO": 1,
        "national:DISTRICT_CONTROL_ROOM": 313,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept helpline holds numbers an Indian hospital could hold, no two helplines alike
    and no number an earlier Indian part holds; the values are the list's JSON values (a number
    stays a number); the fields are the list's objects, whole."""
    rows = h509.data()["rows"]
    assert Counter(type(row["fields"][h509.PHONE]).__name__ for row in rows) == {
        "int": 195, "str": 105,
    }  # fmt: skip
    keys = set(rows[0]["fields"])
    assert {h509.PHONE, h509.CONTROL, "HOSPITAL_NAME", "DISTRICT", "UID"} <= keys
    earlier = "|".join(extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "91"))
    helplines = set()
    for row in rows:
        assert set(row["fields"]) == keys and row["fields"]["STEIN_ID"] == "Rajasthan"
        tels = h509.numbers_of(h509.helpline(row))
        assert tels and all(personal_phone(t, "IN") for t in tels), row["path"]
        rooms = h509.numbers_of(h509.control(row))
        assert rooms and all(personal_phone(t, "IN") for t in rooms), row["path"]
        digits = [extractor.digits_of(t) for t in tels + rooms]
        assert not any(d in earlier for d in digits), row["path"]
        helplines.add(tuple(digits[: len(tels)]))
    assert len(helplines) == 300
    assert Counter(len(h509.numbers_of(h509.helpline(row))) for row in rows) == {
        1: 283, 2: 15, 3: 2,
    }  # fmt: skip


def test_a_field_splits_into_its_numbers():
    assert h509.numbers_of("9928100292, 9928100262") == ["9928100292", "9928100262"]
    assert h509.numbers_of("01417122200 8696950077") == ["01417122200", "8696950077"]
    assert h509.numbers_of("07432-233279\n07432-230009") == ["07432-233279", "07432-230009"]
    assert h509.numbers_of("02982 -230462") == ["02982 -230462"]
    assert h509.numbers_of("0744-2326000. Extension- 213") == ["0744-2326000"]
    assert h509.numbers_of("7300081575(9AM to 6PM) 9116151115(6PM to 9AM)") == [
        "7300081575", "9116151115",
    ]  # fmt: skip
    assert h509.numbers_of("NA") == [] and h509.numbers_of("No icu ventilator") == []


def test_the_extractor_keeps_only_new_numbers_of_seven_digits_or_more():
    """The extractor's rules on a few values: a JSON number is its digits; ``NA`` and a note
    hold no number; a number an earlier part holds is known to it."""
    assert extractor.numbers_in(9982023749) == ["9982023749"]
    assert extractor.numbers_in("0141-2246161") == ["01412246161"]
    assert extractor.numbers_in("NA") == [] and extractor.numbers_in(None) == []
    assert extractor.numbers_in("No icu ventilator") == []
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "91")
    taken = json.loads((extractor.DATA / "pii_in_punjab_ulbs.json").read_text(encoding="utf-8"))[
        "rows"
    ][0]["fields"]["contactNumber"]
    assert extractor.digits_of(taken) in earlier


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The hospital's name and UID stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h509.name(row), row["fields"]["UID"]):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (an HTTP request or exchange with a JSON body, a curl
    command line), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, room = h509.helpline(row), h509.control(row)
        if r["layout"] == "porter_order":
            assert text.startswith("POST /v1/orders/create HTTP/1.1\nHost: pfe-apigw.porter.in\n")
            doc = _json_body(text)
            drop = doc["drop_details"]["address"]
            assert drop["contact_details"]["phone_number"] == tel
            assert drop["apartment_address"] == h509.name(row) and drop["state"] == "Rajasthan"
            pickup = doc["pickup_details"]["address"]
            assert pickup["contact_details"]["phone_number"] == room
            assert re.fullmatch(r"RJO2-\d{6}-\d{4}", doc["request_id"])
        elif r["layout"] == "dunzo_task":
            assert text.startswith("POST /api/v2/tasks HTTP/1.1\nHost: api.dunzo.in\n")
            doc = _json_body(text)
            (pick,), (drop,) = doc["pickup_details"], doc["drop_details"]
            assert pick["address"]["contact_details"]["phone_number"] == tel
            assert drop["address"]["contact_details"]["phone_number"] == room
            assert pick["address"]["city"] == h509.district(row)
            assert re.fullmatch(r"\d{10}", str(doc["schedule_time"]))
        elif r["layout"] == "interakt_user":
            words = shlex.split(text.replace("\\\n", " "))
            assert words[:3] == [
                "curl",
                "--location",
                "https://api.interakt.ai/v1/public/track/users/",
            ]
            doc = json.loads(words[words.index("--data") + 1])
            assert doc["phoneNumber"] == tel and doc["countryCode"] == "+91"
            assert doc["userId"] == row["fields"]["UID"]
            assert doc["traits"]["district_control_room"] == room
        else:
            head = text.split("\n", 1)[0]
            assert re.fullmatch(
                r"GET /v1/storages/[0-9a-f]{24}/Rajasthan\?search=\S+ HTTP/1\.1", head
            )
            assert "\n\nHTTP/1.1 200 OK\n" in text
            (sheet,) = _json_body(text, 2)
            assert sheet[h509.PHONE] == tel and sheet[h509.CONTROL] == room
            assert all(v is None or isinstance(v, str) for v in sheet.values())
            assert list(sheet) == list(row["fields"])


def test_provenance():
    sources = h509.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "pxthxk/COVIDBedsIndia"
    assert src["commit"] == "a91051fda89a01b3bd37b3ac72a04ed7224c11b7"
    assert src["paths"] == ["resources/Rajasthan_info.js"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h509.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h509, "held_out_509", tmp_path)
