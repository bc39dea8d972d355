"""held_out_342 of the PII evaluation set (scripts/pii_held_out_342.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the store's name and street are in the text and
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

import pii_held_out_342 as h342  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the store's identifiers, in every layout
IDENTIFIERS = ("name", "address.line1")
SOAP = "{http://www.w3.org/2003/05/soap-envelope}"
WS = "{http://ws.business.canshipws.canpar.com}"
XSD = "{http://ws.dto.canshipws.canpar.com/xsd}"
XSD1 = "{http://dto.canshipws.canpar.com/xsd}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h342.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h342.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h342.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h342.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "canpar_shipment": 150, "helcim_customer": 150, "shopify_company_location": 150,
        "chitchats_shipment": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is; an extension
    (``Ext 6``) lies outside every span."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h342.phone(row)
        copies = text.count(value)
        assert copies == h342.COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CA") else short)[(number, h342.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]
        assert all(" Ext " not in text[s:e] for s, e, *_ in r["spans"]), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h342.international)
    assert kinds == {"national:contactNumber": 1050}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; 600 of the list's 613
    stores with one, every value a string as the file gives it (JSON text where the file's
    value is not a string); ten digits run together but for two with an extension, two
    toll-free with the trunk ``1`` and one a digit short; 148 in Quebec."""
    rows = h342.data()["rows"]
    assert len(rows) == 600
    shapes = Counter(re.sub(r"\d", "9", h342.phone(row)) for row in rows)
    assert shapes == {
        "9999999999": 595, "9999999999 Ext 9": 2, "99999999999": 2, "999999999": 1,
    }  # fmt: skip
    assert all(row["fields"]["contactNumber"] == h342.phone(row) for row in rows)
    assert Counter(h342.phone(row) for row in rows)["8002962332"] == 43
    assert sum(h342.french(row) for row in rows) == 148
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert {row["fields"]["address.country"] for row in rows} == {"Canada"}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "canpar_shipment":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The store's name and street stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h342._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _http_body(text: str, request_line: str) -> dict:
    """The JSON body of an HTTP request, after checking its request line and length."""
    head, body = text.split("\r\n\r\n", 1)
    lines = head.split("\r\n")
    assert re.fullmatch(request_line, lines[0]), lines[0]
    length = int(next(x for x in lines if x.startswith("Content-Length: ")).split(": ")[1])
    assert len(body.encode("utf-8")) == length + 1  # the log's newline after the body
    return json.loads(body)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the SOAP envelope by the standard library's XML
    parser, the requests' JSON bodies by its JSON parser), the row's number where the format
    puts it; French text for Quebec's stores."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h342.phone(row), h342.store_name(row)
        if r["layout"] == "canpar_shipment":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SOAP}Envelope"
            shipment = root.find(f"{SOAP}Body/{WS}processShipment/{WS}request/{XSD}shipment")
            address = shipment.find(f"{XSD1}delivery_address")
            assert address.findtext(f"{XSD1}phone") == tel
            assert address.findtext(f"{XSD1}name") == name
            assert address.findtext(f"{XSD1}postal_code") == h342.postal_run(row)
            assert address.findtext(f"{XSD1}province") == h342.province(row)
            instruction = shipment.findtext(f"{XSD1}instruction")
            word = "Appeler le magasin au" if h342.french(row) else "Call the store at"
            assert f"{word} {tel} " in instruction
            nums = {p.findtext(f"{XSD1}store_num") for p in shipment.findall(f"{XSD1}packages")}
            assert nums == {h342._f(row, "storeId")}
        elif r["layout"] == "helcim_customer":
            body = _http_body(text, r"POST /v2/customers HTTP/1\.1")
            assert body["businessName"] == name
            assert body["customerCode"].startswith(f"LCL-{h342._f(row, 'storeId')}-")
            for key in ("billingAddress", "shippingAddress"):
                assert body[key]["phone"] == tel and body[key]["country"] == "CAN"
                assert body[key]["postalCode"] == h342._f(row, "address.postalCode")
        elif r["layout"] == "shopify_company_location":
            body = _http_body(text, r"POST /admin/api/2023-04/graphql\.json HTTP/1\.1")
            assert body["query"].startswith("mutation companyLocationCreate(")
            location = body["variables"]["input"]
            assert re.fullmatch(r"gid://shopify/Company/\d{10}", body["variables"]["companyId"])
            assert location["name"] == name and location["phone"] == tel
            assert location["shippingAddress"]["phone"] == tel
            assert location["externalId"] == h342._f(row, "storeId")
            assert location["locale"] == ("fr" if h342.french(row) else "en")
            assert location["note"].startswith("Livraisons" if h342.french(row) else "Deliveries")
        else:
            body = _http_body(text, r"POST /api/v1/clients/\d{6}/shipments HTTP/1\.1")
            assert body["name"] == name and body["phone"] == tel
            assert body["country_code"] == "CA" and body["postage_type"] == "unknown"
            assert body["province_code"] == h342.province(row)
            goods = h342.GOODS_FR if h342.french(row) else h342.GOODS_EN
            assert body["description"] in goods


def test_provenance():
    sources = h342.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "X3llus/Grocery-Price-Comparison"
    assert ca["commit"] == "da1329908401f3d0396cd2fbefd21aac052f9323"
    assert ca["path"] == "server/data/loblaws-store-locations.json"
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h342.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 600}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h342, "held_out_342", tmp_path)
