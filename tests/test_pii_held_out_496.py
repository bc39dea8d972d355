"""held_out_496 of the PII evaluation set (scripts/pii_held_out_496.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real number or fax,
unchanged, each copy labelled; the facility's id, name and kind are in the text and unlabelled)
and are rebuilt byte for byte from the committed data; the extractor keeps the list's rows by
its rules. No recognizer runs here: the part is scored from its committed file."""

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

import jp_kohoku_childcare_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_496 as h496  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (TEL, FAX where the row has its own)
COPIES = {
    "atnd_event": (2, 1),
    "apns_payload": (2, 1),
    "journal_json": (2, 1),
    "collection_json": (2, 1),
}
HEX32 = re.compile(r"[0-9a-f]{32}")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h496.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h496.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h496.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h496.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:JP"
        assert r["language"] in ("ja", "en")  # JSON keys may outweigh the Japanese text
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h496.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The number and the fax (where it is not the number again) are labelled wherever they
    stand, each whole, under their columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h496.phone(row), h496.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:TEL"): n_tel})
        assert text.count(tel) == n_tel, r["id"]
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            expected[(fax, "PHONE_NUMBER", "national:FAX")] = n_fax
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text, r["id"]  # the list holds no e-mail address
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h496.international, frozenset({"PHONE_NUMBER"}))
    assert kinds == {"national:TEL": 800, "national:FAX": 107}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The facility's name and kind stand in every record's text (as JSON strings), and its id
    in every layout but ATND's (an event has no field for it), outside the labels."""
    for r in records:
        row = _row(r)
        values = [h496.name(row), h496.kind(row)]
        values += [] if r["layout"] == "atnd_event" else [row["fields"]["HID"]]
        for value in values:
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON (the journal one object a line), the row's values where
    its format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name, hid = h496.phone(row), h496.fax(row), h496.name(row), row["fields"]["HID"]
        lon, lat = row["point"]
        if r["layout"] == "atnd_event":
            doc = json.loads(text)
            assert doc["results_returned"] == len(doc["events"]) == 1
            event = doc["events"][0]["event"]
            assert event["place"] == name and event["address"] == row["fields"]["Add1"]
            assert event["event_url"] == f"https://atnd.org/events/{event['event_id']}"
            assert (event["lat"], event["lon"]) == (str(lat), str(lon))
            assert f"TEL：{tel}" in event["description"]
            assert (f"FAX：{fax}" in event["description"]) == bool(fax)
            assert event["description"].endswith(f"（{tel}）まで。</p>")
            start, end = (dt.datetime.fromisoformat(event[k]) for k in ("started_at", "ended_at"))
            assert start < end and start.utcoffset() == dt.timedelta(hours=9)
            assert 0 <= event["accepted"] <= event["limit"]
        elif r["layout"] == "apns_payload":
            doc = json.loads(text)
            alert = doc["aps"]["alert"]
            assert alert["title"] == name and f" {tel} まで" in alert["body"]
            assert doc["aps"]["thread-id"] == f"facility-{hid}"
            assert doc["aps"]["interruption-level"] in ("active", "time-sensitive")
            assert doc["facility"]["tel"] == tel and doc["facility"].get("fax", "") == fax
            assert doc["facility"]["id"] == hid
        elif r["layout"] == "journal_json":
            entries = [json.loads(line) for line in text.splitlines()]
            assert len(entries) == 3
            for e in entries:
                assert e["_SYSTEMD_UNIT"] == "papamama-sync.service"
                assert HEX32.fullmatch(e["_BOOT_ID"]) and f";b={e['_BOOT_ID']};" in e["__CURSOR"]
                assert f";t={int(e['__REALTIME_TIMESTAMP']):x};" in e["__CURSOR"]
                assert f";m={int(e['__MONOTONIC_TIMESTAMP']):x};" in e["__CURSOR"]
            assert f"TEL {tel} / FAX {fax or 'なし'}" in entries[0]["MESSAGE"]
            assert entries[1]["MESSAGE"].startswith(f"[{hid}] 座標 {lat},{lon} ")
            assert entries[2]["MESSAGE"].endswith(f"（電話 {tel}）")
        else:
            coll = json.loads(text)["collection"]
            assert coll["version"] == "1.0" and len(coll["items"]) == 1
            item = coll["items"][0]
            assert item["href"].endswith(f"/facilities/{hid}")
            data = {d["name"]: d["value"] for d in item["data"]}
            assert data["tel"] == tel and data.get("fax", "") == fax and data["name"] == name
            assert data["note"] == f"見学・利用のご相談は{tel}へお電話ください"
            assert all(d["value"] == "" for d in coll["template"]["data"])


def test_the_data_keeps_the_published_shape():
    """Every kept number is ASCII digits joined by ASCII hyphens (all but one in three groups,
    ``045-5476151`` as published), one a person could hold, no two alike, none an earlier
    Japanese part holds; the faxes are in the same shape or empty; no operator's name is kept;
    the fields are strings as the file gives them."""
    rows = h496.data()["rows"]
    tels = [h496.phone(row) for row in rows]
    odd = [tel for tel in tels if not re.fullmatch(r"0\d{1,4}-\d{1,4}-\d{4}", tel)]
    assert odd == ["045-5476151"]
    assert all(personal_phone(tel, "JP") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 400
    faxes = [row["fields"]["FAX"] for row in rows]
    assert sum(bool(f) for f in faxes) == 116 and sum(bool(h496.fax(row)) for row in rows) == 107
    assert all(re.fullmatch(r"0\d{1,4}-\d{1,4}-\d{4}", f) for f in faxes if f)
    assert not any("Owner" in row["fields"] for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert Counter(row["fields"]["Type"] for row in rows)["障害児通所支援事業"] == 167
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "81")
    assert not {re.sub(r"\D", "", tel) for tel in tels} & earlier


def test_the_extractor_keeps_rows_by_its_rules():
    """A number in ASCII shape is kept once; a full-width hyphen, a trailing space, two numbers
    in one field, a fax in another shape, a number an earlier part holds or one kept before
    are not."""
    earlier, seen = {"0445425696"}, {"0455310034"}
    ok = {"TEL": "045-531-0125", "FAX": ""}
    assert extractor.kept(ok, earlier, seen)
    assert extractor.kept({"TEL": "045-531-0125", "FAX": "045-531-0126"}, earlier, seen)
    assert not extractor.kept({"TEL": "045ｰ421-3577", "FAX": ""}, earlier, seen)
    assert not extractor.kept({"TEL": "045-438-3162 ", "FAX": ""}, earlier, seen)
    two = "(児)045-227-5221(放)045-227-5222"
    assert not extractor.kept({"TEL": two, "FAX": ""}, earlier, seen)
    assert not extractor.kept({"TEL": "045-547-6150", "FAX": "045-547-6151\u3000"}, earlier, seen)
    assert not extractor.kept({"TEL": "044-542-5696", "FAX": ""}, earlier, seen)
    assert not extractor.kept({"TEL": "045-531-0034", "FAX": ""}, earlier, seen)


def test_provenance():
    sources = h496.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "CodeforKohoku/papamama"
    assert jp["commit"] == "33f0d234f7b35857c4c2b519a529d7251908a50a"
    assert jp["paths"] == ["data/nurseryFacilities.geojson"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h496.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 400}
    assert all(len(r["point"]) == 2 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h496, "held_out_496", tmp_path)
