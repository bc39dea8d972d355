"""held_out_400 of the PII evaluation set (scripts/pii_held_out_400.py): its committed records
keep the generator's invariants (every labelled value is a copy of a number of the row's real
phone field or of its mailbox, unchanged, each copy labelled; the business's name, province and
district are in the text and unlabelled) and are rebuilt byte for byte from the committed data;
the extractor's rules hold on the data. No recognizer runs here: the part is scored from its
committed file."""

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

import pii_held_out_400 as h400  # noqa: E402 - the scripts folder's modules
import vn_leisure_transport_data as extractor  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (phone field, e-mail)
COPIES = {
    "geoapify_details": (2, 2),
    "sapcc_store": (1, 1),
    "hcl_physical_store": (1, 1),
    "tiktok_warehouse": (1, 0),
}
NS = {
    "_sto": "http://www.ibm.com/xmlns/prod/commerce/9/store",
    "_wcf": "http://www.ibm.com/xmlns/prod/commerce/9/foundation",
    "oa": "http://www.openapplications.org/oagis/9",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h400.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h400.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h400.data()["rows"]) == 226
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h400.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:VN"
    assert Counter(r["layout"] for r in records) == {
        "geoapify_details": 57,
        "sapcc_store": 57,
        "hcl_physical_store": 56,
        "tiktok_warehouse": 56,
    }
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("geoapify_details", "vi"): 55,
        ("geoapify_details", "en"): 2,
        ("sapcc_store", "en"): 49,
        ("sapcc_store", "vi"): 8,
        ("hcl_physical_store", "en"): 56,
        ("tiktok_warehouse", "vi"): 31,
        ("tiktok_warehouse", "en"): 25,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field (as ``numbers`` reads it) is labelled in every copy of the
    field, under its column (a number too short for ``personal_phone`` is a distractor
    instead), and the mailbox (where the data keeps one) in every copy; nothing else is
    labelled."""
    from make_pii_eval import personal_phone

    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h400.phone(row), h400.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        expected: Counter = Counter()
        short: Counter = Counter()
        for s, e in numbers(tel):
            kind = "international" if h400.international(tel[s:e]) else "national"
            if personal_phone(tel[s:e], "VN"):
                expected[(tel[s:e], "PHONE_NUMBER", f"{kind}:Điện thoại")] += n_tel
            else:
                short[(tel[s:e], "PHONE_NUMBER", "short")] += n_tel
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert Counter((text[s:e], t, k) for s, e, t, k in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h400.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Điện thoại": 328, "register": 56}
    assert sum(len(r["distractors"]) for r in records) == 1


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The business's name, province and district stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h400.name(row), h400.province(row), h400.district(row)):
            if not value:
                continue
            form = escape(value) if r["layout"] == "hcl_physical_store" else h400.encoded(value)
            found = [m.start() for m in re.finditer(re.escape(form), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as its format (JSON or XML) in its format's shape, the row's values
    where the format puts them."""
    for r in records:
        row = _row(r)
        tel, mail, name = h400.phone(row), h400.email(row), h400.name(row)
        if r["layout"] == "hcl_physical_store":
            root = ET.fromstring(r["text"].encode("utf-8"))
            assert root.tag == f"{{{NS['_sto']}}}ShowPhysicalStore"
            assert root.find("oa:ApplicationArea/oa:BODID", NS) is not None
            store = root.find("_sto:DataArea/_sto:PhysicalStore", NS)
            info = store.find("_sto:LocationInfo", NS)
            assert info.find("_wcf:Telephone1/_wcf:Value", NS).text == tel
            got_mail = info.find("_wcf:EmailAddress1/_wcf:Value", NS)
            assert (got_mail.text if got_mail is not None else "") == mail
            assert store.find("_sto:Description/_sto:DisplayName", NS).text == name
            ident = "_sto:PhysicalStoreIdentifier/_wcf:ExternalIdentifier/_wcf:Identifier"
            assert store.find(ident, NS).text == name
            region = info.find("_wcf:Address/_wcf:StateOrProvinceName", NS).text
            assert region == h400.province(row)
            lat = float(info.find("_sto:GeoCode/_sto:Latitude", NS).text)
            assert 8 < lat < 24
            continue
        doc = json.loads(r["text"])
        if r["layout"] == "geoapify_details":
            assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 1
            (feature,) = doc["features"]
            assert feature["geometry"]["type"] == "Point"
            props = feature["properties"]
            assert props["feature_type"] == "details" and props["name"] == name
            assert props["contact"] == ({"phone": tel, "email": mail} if mail else {"phone": tel})
            assert props["datasource"]["sourcename"] == "openstreetmap"
            assert props["datasource"]["raw"]["phone"] == tel
            assert props["country_code"] == "vn" and props["state"] == h400.province(row)
            assert [props["lon"], props["lat"]] == feature["geometry"]["coordinates"]
            assert props["place_id"].startswith("51")
        elif r["layout"] == "sapcc_store":
            assert re.fullmatch(r"VN-\d{4}", doc["name"]) and doc["displayName"] == name
            addr = doc["address"]
            assert addr["phone"] == tel and addr.get("email", "") == mail
            assert addr["country"] == {"isocode": "VN", "name": "Việt Nam"}
            assert addr["formattedAddress"] == h400.address(row)
            assert addr["region"]["name"] == h400.province(row)
            assert len(doc["openingHours"]["weekDayOpeningList"]) == 7
            assert 8 < doc["geoPoint"]["latitude"] < 24
        else:
            assert doc["code"] == 0 and doc["message"] == "Success"
            (warehouse,) = doc["data"]["warehouses"]
            assert re.fullmatch(r"\d{19}", warehouse["id"]) and warehouse["name"] == name
            assert warehouse["type"] == "SALES_WAREHOUSE" and warehouse["is_default"] is True
            address = warehouse["address"]
            assert address["phone_number"] == tel and address["region_code"] == "VN"
            assert address["full_address"] == h400.address(row)
            assert address["state"] == h400.province(row)


def test_the_data_keeps_the_extractors_rules():
    """Every kept phone field has seven digits or more and is clean; no number of it is held
    by an earlier Vietnamese part or by another kept row; every kept mailbox names an office,
    the trade or the business; the unnamed column is left out."""
    rows = h400.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "84")
    seen: set[str] = set()
    for row in rows:
        field = row["fields"][extractor.PHONE]
        assert len(digits_of(field)) >= 7 and extractor.clean_phone(field)
        ids = extractor.identities(field)
        assert not ids & earlier and not ids & seen, row["path"]
        seen |= ids
        assert "" not in row["fields"]
        mail = row["fields"].get(extractor.EMAIL)
        assert mail is None or extractor.office_email(mail), row["path"]
        web = row["fields"].get(extractor.WEB_COLUMN)
        assert web is None or extractor.web_address(web), row["path"]
    assert sum(bool(h400.email(row)) for row in rows) == 50
    assert Counter(h400.table(row) for row in rows) == {
        "data/Thể thao.csv": 109,
        "data/Vận tải.csv": 82,
        "data/Vui chơi giải trí.csv": 35,
    }
    assert extractor.office_email("booking@example.vn")
    assert not extractor.office_email("nguyenvan.an@gmail.com")
    assert not extractor.office_email("EMAIL: ADMIN@PUOLOTRIP.COM")
    assert not extractor.office_email("a@b.vn - c@d.vn")
    assert extractor.keep(
        {"": "Website: x.vn", "Email": "anh.tuan@gmail.com", "Tên cơ sở": "X", None: ["y"]}
    ) == {"Tên cơ sở": "X"}
    # an earlier Vietnamese part's number is never taken again
    assert "pii_vn_shopping.json" in extractor.EARLIER
    assert not extractor.clean_phone("0707 49 69 99\xa0–\xa0\xa00707 49 79 99")


def test_provenance():
    sources = h400.data()["sources"]
    assert set(sources) == {"VN"}
    vn = sources["VN"]
    assert vn["repository"] == "Ti4nL4/Vietnamese-Travel-Chatbot"
    assert vn["commit"] == "dbe5877670515832eb9d745915fc53f7c6cd06fe"
    assert vn["path"] == list(extractor.PATHS)
    assert "not confirmed" in vn["licence"] and vn["publisher"]
    rows = h400.data()["rows"]
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    order = [(extractor.PATHS.index(h400.table(r)), int(r["path"].rsplit("#", 1)[1])) for r in rows]
    assert order == sorted(order)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h400, "held_out_400", tmp_path)
