"""held_out_348 of the PII evaluation set (scripts/pii_held_out_348.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the store's name, street and ZIP code are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_348 as h348  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the store's identifiers, in every layout
IDENTIFIERS = ("location_name", "address_line_1", "postal_code")
DW = "{http://www.demandware.com/xml/impex/store/2007-04-30}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h348.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h348.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h348.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h348.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "sfcc_stores_xml": 120, "magento_msi_source": 120, "easypost_shipment": 120,
        "bigcommerce_location": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h348.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "US") else short)[(number, h348.PHONE)] += copies
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
    kinds = phone_kinds(records, h348.international)
    assert kinds == {"national:phone": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept store is active with a number of ten digits in ``phone``, 479 of them bare
    and one with hyphens; no number is repeated; the fields are strings as the file gives
    them; 45 states and DC."""
    rows = h348.data()["rows"]
    assert all(row["fields"]["is_active"] == "TRUE" for row in rows)
    phones = [row["fields"]["phone"] for row in rows]
    assert sum(bool(re.fullmatch(r"\d{10}", p)) for p in phones) == 479
    assert sum(bool(re.fullmatch(r"\d{3}-\d{3}-\d{4}", p)) for p in phones) == 1
    assert len(set(phones)) == 480 and all(
        h348.phone(row) == row["fields"]["phone"] for row in rows
    )
    assert len({row["fields"]["region"] for row in rows}) == 46
    assert all(row["fields"]["region"] in h348.ZONES for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "sfcc_stores_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The store's name, street and ZIP code stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h348._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _request(text: str) -> tuple[str, dict[str, str], object]:
    """An HTTP request's line, headers and JSON body (its ``Content-Length`` checked)."""
    head, body = text.split("\n\n", 1)
    line, *fields = head.split("\n")
    headers = dict(field.split(": ", 1) for field in fields)
    assert int(headers["Content-Length"]) == len(body.rstrip("\n").encode("utf-8"))
    assert headers["Content-Type"] == "application/json"
    return line, headers, json.loads(body)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, number = h348.phone(row), h348._title(row), h348._number(row)
        if r["layout"] == "sfcc_stores_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{DW}stores"
            store = root.find(f"{DW}store")
            assert store.get("store-id") == f"T-{number}"
            assert store.findtext(f"{DW}phone") == tel and store.findtext(f"{DW}name") == name
            assert store.findtext(f"{DW}postal-code") == row["fields"]["postal_code"]
            custom = {c.get("attribute-id"): c.text for c in store.find(f"{DW}custom-attributes")}
            assert custom["storeNumber"] == number
            assert custom["pickupInstructions"].endswith(f"Call {tel}.")
        elif r["layout"] == "magento_msi_source":
            line, _, body = _request(text)
            assert line == "POST /rest/default/V1/inventory/sources HTTP/1.1"
            source = body["source"]
            assert source["phone"] == tel and source["name"] == name
            assert source["source_code"] == f"tgt_{number}"
            assert source["description"].endswith(f"Store phone {tel}.")
            assert source["latitude"] == float(row["fields"]["latitude"])
        elif r["layout"] == "easypost_shipment":
            line, headers, body = _request(text)
            assert line == "POST /v2/shipments HTTP/1.1"
            assert headers["Host"] == "api.easypost.com"
            shipment = body["shipment"]
            assert shipment["to_address"]["phone"] == tel
            assert shipment["to_address"]["company"] == f"{name} #{number}"
            assert "phone" not in shipment["from_address"]
            assert shipment["options"]["print_custom_1"] == f"RECEIVING T-{number} {tel}"
            assert shipment["reference"] == "PO-" + shipment["options"]["print_custom_2"][3:]
        else:
            line, headers, body = _request(text)
            assert re.fullmatch(r"POST /stores/[a-z0-9]{10}/v3/inventory/locations HTTP/1\.1", line)
            (location,) = body
            assert location["address"]["phone"] == tel and location["label"] == name
            assert location["type_id"] == "PHYSICAL" and location["code"] == f"TGT-{number}"
            assert f" Call {tel} " in location["description"]
            assert location["time_zone"] == h348.ZONES[row["fields"]["region"]]
            assert set(location["operating_hours"]) == set(h348.DAYS)


def test_provenance():
    sources = h348.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "Graqr/Threshr"
    assert us["commit"] == "ec6b0fcba6afb77e34c4735176686515c621875e"
    assert us["path"] == "src/test/resources/target_examples/target_stores.csv"
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h348.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_no_number_of_an_earlier_united_states_part_is_repeated():
    from register_contacts_data import digits_of, earlier_numbers
    from us_target_stores_data import DATA, EARLIER

    earlier = earlier_numbers(DATA, EARLIER)
    assert not any(digits_of(h348.phone(row)) in earlier for row in h348.data()["rows"])


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h348, "held_out_348", tmp_path)
