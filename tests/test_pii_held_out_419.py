"""held_out_419 of the PII evaluation set (scripts/pii_held_out_419.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the program's name, DFTA id and postcode are in the text and
unlabelled, and so are the BIN and BBL, phone-shaped city identifiers) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_419 as h419  # noqa: E402 - the scripts folder's modules
import us_nyc_aging_providers_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the program's identifiers, in every layout
IDENTIFIERS = ("ProgramName", "DFTA ID", "Postcode")
# copies of the telephone a record of each layout writes
COPIES = {"legistar_event": 1, "seeclickfix_issue": 1, "opsgenie_alert": 2, "accela_record": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h419.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h419.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h419.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h419.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h419.LAYOUTS}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, under its column; nothing else is
    labelled and no distractor is; no e-mail address is written."""
    for r in records:
        tel, text = h419.phone(_row(r)), r["text"]
        n = COPIES[r["layout"]]
        assert text.count(tel) == n, r["id"]
        assert not re.search(r"\w@\w", text), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:ProgramPhone"): n}, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h419.international)
    assert kinds == {"national:ProgramPhone": 450}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is hyphenated with no country code, as published (one with a line
    of three digits and one with its area code run on kept as they are), a number a person
    could hold, no two alike; BIN and BBL are seven and ten digits where given."""
    rows = h419.data()["rows"]
    tels = [h419.phone(row) for row in rows]
    odd = [t for t in tels if not re.fullmatch(r"\d{3}-\d{3}-\d{4}", t)]
    assert odd == ["718-726--964", "718547-8827"]
    assert all(personal_phone(tel, "US") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    assert all(tel == row["fields"]["ProgramPhone"] for tel, row in zip(tels, rows, strict=True))
    for row in rows:
        f = row["fields"]
        assert re.fullmatch(r"(\d{7})?", f["BIN"]) and re.fullmatch(r"(\d{10})?", f["BBL"])
        assert re.fullmatch(r"[A-Z0-9]{5}", f["DFTA ID"]) and re.fullmatch(r"\d{5}", f["Postcode"])


def test_the_extractor_keeps_its_rules(tmp_path):
    """No kept row has a phone an earlier US part holds, a placeholder or empty phone, or a
    line another kept row has; the kept rows are in the file's order, each once."""
    rows = h419.data()["rows"]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "1")
    assert not {re.sub(r"\D", "", h419.phone(row)) for row in rows} & earlier
    assert "pii_us_ne_dhhs_assisted_living.json" in extractor.EARLIER
    assert all((extractor.DATA / name).exists() for name in extractor.EARLIER), (
        "every earlier part's data is read"
    )
    assert all(r["path"].startswith(f"{extractor.PATH}#") for r in rows)
    indices = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert indices == sorted(indices) and len(set(indices)) == 300
    assert not any(h419.phone(row) in ("", "TBD") for row in rows)
    assert extractor.seeded_sample(rows, "US", extractor.CAP) == rows


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The program's name, DFTA id and postcode stand in every record's text, outside the
    labels; so do the BIN and BBL where an Opsgenie or Accela record writes them."""
    for r in records:
        row = _row(r)
        columns = list(IDENTIFIERS)
        if r["layout"] in ("opsgenie_alert", "accela_record") and row["fields"]["BIN"]:
            columns += ["BIN", "BBL"]
        for column in columns:
            value = json.dumps(h419._f(row, column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h419.phone(row), row["fields"]["ProgramName"]
        if r["layout"] == "legistar_event":
            assert doc["EventBodyName"] == "Committee on Aging"
            assert doc["EventLocation"].startswith(f"{name} - ")
            assert doc["EventComment"].endswith(f"call the center at {tel}.")
            assert f"LEGID={doc['EventId']}&" in doc["EventInSiteURL"]
            assert doc["EventGuid"] in doc["EventInSiteURL"] and doc["EventItems"] == []
        elif r["layout"] == "seeclickfix_issue":
            assert doc["description"].endswith(f"to the center at {tel}.")
            assert doc["address"].endswith(row["fields"]["Postcode"])
            assert doc["url"].endswith(f"/issues/{doc['id']}")
            if doc["point"]:
                assert doc["point"]["coordinates"] == [doc["lng"], doc["lat"]]
        elif r["layout"] == "opsgenie_alert":
            assert doc["details"]["site_phone"] == tel and doc["entity"] == name
            assert doc["priority"] == "P2" and doc["responders"][0]["type"] == "team"
            assert doc["message"].endswith(f" - {name}") and len(doc["message"]) <= 130
        else:
            assert doc["status"] == 200 and len(doc["result"]) == 1
            rec = doc["result"][0]
            assert rec["name"] == name and rec["contacts"][0]["phone1"] == tel
            assert rec["addresses"][0]["postalCode"] == row["fields"]["Postcode"]
            assert rec["description"].endswith(f"Site telephone {tel}.")


def test_provenance():
    sources = h419.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "valeriemagalong/NYC-Aging"
    assert us["commit"] == "3a913131128a28b180450469f995f97dc0005ff6"
    assert us["paths"] == ["raw_csv/contracted_providers_expanded.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h419.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h419, "held_out_419", tmp_path)
