"""held_out_168 of the PII evaluation set (scripts/pii_held_out_168.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the ODS code, name and address are in the text and
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

import pii_held_out_168 as h168  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the practice's identifiers, in every layout
IDENTIFIERS = ("organisation_code", "name", "address")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h168.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h168.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h168.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h168.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "vcalendar_vcs": 120, "icinga2_host": 120, "trello_board": 120, "dialogflow_intent": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h168.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "GB") else short)[(number, h168.PHONE)] += copies
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
    kinds = phone_kinds(records, h168.international)
    assert kinds == {"national:contact_telephone_number": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one British national number, the trunk ``0`` and area code
    apart from the line by one blank, as the register writes it (no blanks around it); the
    postcode is the address's last part."""
    rows = h168.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"][h168.PHONE]) for row in rows)
    assert shapes == {"99999 999999": 277, "9999 9999999": 111, "999 99999999": 90,
                      "99999 99999": 2}  # fmt: skip
    for row in rows:
        assert row["fields"][h168.PHONE] == h168.phone(row)
        assert re.fullmatch(r"[A-Z][0-9A-Z]{4,5}", h168.code(row)), row["path"]
        assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", h168.postcode(row)), row["path"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or as it is)."""
    if layout in ("trello_board", "dialogflow_intent"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The ODS code, name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h168._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _vcal_properties(text: str) -> dict[str, str]:
    """The properties of a vCalendar 1.0 object (CRLF lines, ``NAME:value``, unfolded)."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    pairs = [line.split(":", 1) for line in text.split("\r\n") if line]
    return {key: value for key, value in pairs if key not in ("BEGIN", "END")}


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; vCalendar by its
    lines; Icinga 2 by its fixed shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, ods = h168.phone(row), h168._f(row, "name"), h168.code(row)
        if r["layout"] == "vcalendar_vcs":
            assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:1.0\r\n")
            assert text.count("BEGIN:VEVENT") == text.count("END:VEVENT") == 1
            props = _vcal_properties(text)
            assert props["X-NHS-PRACTICE-TEL"] == tel and props["X-NHS-ODS-CODE"] == ods
            assert f" {name} on {tel} " in props["DESCRIPTION"]
            assert props["LOCATION"] == h168._f(row, "address")
            assert props["DTSTART"] < props["DTEND"]
        elif r["layout"] == "icinga2_host":
            assert text.count("{") == text.count("}") == 2
            assert re.search(r'^object Host "gp-[a-z0-9]+-rtr01" \{$', text, re.M)
            assert f'\n  vars.site_phone = "{tel}"\n' in text
            assert f"\n * Site contact (practice reception): {tel}\n" in text
            assert f'\n  vars.postcode = "{h168.postcode(row)}"\n' in text
            assert text.count('"') % 2 == 0
        elif r["layout"] == "trello_board":
            doc = json.loads(text)
            (card,) = doc["cards"]
            assert card["idList"] in {x["id"] for x in doc["lists"]}
            assert card["name"] == f"{name} ({ods})"
            assert f"\n**Phone:** {tel}\n" in card["desc"]
            (checklist,) = doc["checklists"]
            assert checklist["idCard"] == card["id"] and card["idChecklists"] == [checklist["id"]]
            assert checklist["checkItems"][0]["name"] == f"Confirm reception number {tel}"
            assert all(re.fullmatch(r"[0-9a-f]{24}", x["id"]) for x in doc["lists"])
        else:
            doc = json.loads(text)
            (response,) = doc["responses"]
            (message,) = response["messages"]
            assert doc["name"] == f"practice.contact.{ods.lower()}"
            assert response["parameters"][0]["value"] == ods
            assert message["lang"] == "en" and message["type"] == "0"
            assert all(tel in speech and name in speech for speech in message["speech"])


def test_provenance():
    sources = h168.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "Demotive/general-medical-practices"
    assert gb["commit"] == "a9b6bd673c65c4f0de79bbad59a10b4e917d2ff6"
    assert gb["paths"] == ["output/general-medical-practices.json"]
    assert "not confirmed" in gb["licence"] and gb["publisher"]
    rows = h168.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # no e-mail address in the register (one name has an ``@``: "The Surgery @ Aylestone")
    assert not any(re.search(r"\S@\S", v) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h168, "held_out_168", tmp_path)
