"""held_out_385 of the PII evaluation set (scripts/pii_held_out_385.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone,
mobile or fax field, unchanged, each copy labelled; the shop's name, shop id and postcode are
in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_385 as h385  # noqa: E402 - the scripts folder's modules
import th_true_shops_data as extractor  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

RAM = "{urn:etda:uncefact:data:standard:TaxInvoice_ReusableAggregateBusinessInformationEntity:2}"
RSM = "{urn:etda:uncefact:data:standard:TaxInvoice_CrossIndustryInvoice:2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h385.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h385.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h385.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h385.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 80 for layout in h385.LAYOUTS}
    # the language the page detector reads in each text (Thai only where Thai dominates the
    # markup; the XML's element names read as another language)
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("flowaccount_contact", "th"): 80, ("omise_charge", "en"): 80,
        ("flash_notify", "en"): 80, ("etax_invoice", "lus"): 70, ("etax_invoice", "en"): 10,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone, mobile and fax (where it is a line of its own) is labelled
    wherever the field stands, under its column; nothing else is labelled, no distractor is,
    and no copy of the row's numbers' digits stands outside a label."""
    for r in records:
        row, text = _row(r), r["text"]
        expected: Counter = Counter()
        for column, value in h385.values_of(row):
            copies = text.count(value)
            # the fax is written in the e-Tax invoice's note and the FlowAccount body only
            absent = column == h385.FAX and r["layout"] in ("omise_charge", "flash_notify")
            assert copies == 0 if absent else copies >= 1, (r["id"], value)
            for s, e in numbers(value):
                kind = f"national:{h385.COLUMNS[column]}"
                expected[(value[s:e], "PHONE_NUMBER", kind)] += copies
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        labelled = [(s, e) for s, e, *_ in r["spans"]]
        for _, value in h385.values_of(row):
            for s, e in numbers(value):
                for m in re.finditer(re.escape(value[s:e]), text):
                    assert any(a <= m.start() and m.end() <= b for a, b in labelled), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h385.international)
    assert kinds == {"national:mobile": 340, "national:phone": 259, "national:fax": 33}


def test_the_data_keeps_the_published_shape():
    """Every kept shop has a phone or a mobile of seven digits or more, no two shops a line
    alike (three shops give one number as both phone and mobile); the lines are Thai numbers
    with a trunk 0 and no country code, as the list writes them (digits, hyphens, an extension
    after ``#``); the fields are as the module gives them."""
    rows = h385.data()["rows"]
    lines = [
        {
            re.sub(r"\D", "", v)
            for v in (row["fields"].get(h385.PHONE, ""), row["fields"].get(h385.MOBILE, ""))
            if sum(c.isdigit() for c in v) >= 7
        }
        for row in rows
    ]
    assert sum(map(len, lines)) == len(set().union(*lines))
    assert sum(row["fields"].get(h385.PHONE) == row["fields"].get(h385.MOBILE) for row in rows) == 3
    assert all(h385.primary(row) for row in rows)
    for row in rows:
        for _, value in h385.values_of(row):
            assert value.startswith("0") and not h385.international(value)
            assert re.fullmatch(r"0[\d-]+(#.*)?", value), value
        assert re.fullmatch(r"\d{5}", h385.parts(row)["postcode"])
        assert "service" not in row["fields"]
    assert sum(bool(h385.fax(row)) for row in rows) == 87
    assert Counter(row["fields"]["type"] for row in rows) == {
        "True Shop": 176, "True Shop Mini": 77, "True Shop Station": 60,
        "True Branding Shop": 5, "True Life Retail": 2,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string, or raw in the shell)."""
    if layout == "etax_invoice":
        return escape(value)
    if layout in ("flowaccount_contact", "omise_charge"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The shop's Thai name, shop id (all but the FlowAccount body, whose note has it) and
    postcode (all but the Omise charge) stand in the text outside the labels."""
    for r in records:
        row = _row(r)
        wanted = [row["fields"]["name.th"], row["fields"]["shop_id"]]
        if r["layout"] != "omise_charge":
            wanted.append(h385.parts(row)["postcode"])
        for value in wanted:
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _tax_id_right(value: str) -> bool:
    digits = [int(c) for c in value]
    return (11 - sum(d * (13 - i) for i, d in enumerate(digits[:12])) % 11) % 10 == digits[12]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML, JSON, a shell command line), the row's values
    where the format puts them, the invented tax ids' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        name = row["fields"]["name.th"]
        if r["layout"] == "etax_invoice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{RSM}TaxInvoice_CrossIndustryInvoice"
            assert root.findtext(f"{RSM}ExchangedDocument/{RAM}TypeCode") == "T03"
            seller = root.find(
                f"{RSM}SupplyChainTradeTransaction/{RAM}ApplicableHeaderTradeAgreement/"
                f"{RAM}SellerTradeParty"
            )
            assert seller.findtext(f"{RAM}ID") == row["fields"]["shop_id"]
            number = seller.findtext(
                f"{RAM}DefinedTradeContact/{RAM}TelephoneUniversalCommunication/{RAM}CompleteNumber"
            )
            assert number == h385.primary(row)
            txid = seller.findtext(f"{RAM}SpecifiedTaxRegistration/{RAM}ID")
            assert len(txid) == 18 and _tax_id_right(txid[:13])
            note = root.findtext(f"{RSM}ExchangedDocument/{RAM}IncludedNote/{RAM}Content")
            assert note == f"{name} {h385.contacts(row)}"
        elif r["layout"] == "flowaccount_contact":
            doc = json.loads(text)
            assert doc["contactGroup"] == 3 and doc["contactType"] == 5
            assert doc["contactBranch"] == name and _tax_id_right(doc["contactTaxId"])
            assert doc.get("contactOffice", "") == h385.phone(row)
            assert doc.get("contactMobile", "") == h385.mobile(row)
            assert doc.get("contactFax", "") == h385.fax(row)
        elif r["layout"] == "omise_charge":
            doc = json.loads(text)
            assert doc["object"] == "charge" and doc["location"] == f"/charges/{doc['id']}"
            assert doc["metadata"]["shop_phone"] == h385.primary(row)
            assert doc["metadata"]["shop_name"] == name
        else:
            words = shlex.split(text.split("\n", 2)[2].replace("\\\n", " "))
            assert words[:4] == ["curl", "-sS", "-X", "POST"]
            params = dict(w.split("=", 1) for w in words[words.index("-H") + 3 :: 2])
            assert set(words[words.index("-H") + 2 :: 2]) == {"--data-urlencode"}
            assert params["srcName"] == name
            assert params["srcPhone"] == h385.primary(row)
            assert params["srcPostalCode"] == h385.parts(row)["postcode"]
            assert re.fullmatch(r"[0-9A-F]{64}", params["sign"])


def test_provenance():
    sources = h385.data()["sources"]
    assert set(sources) == {"TH"}
    th = sources["TH"]
    assert th["repository"] == "Amit-GitRepository/Dump2"
    assert th["commit"] == "559cc7e083f75d54ebd38ee776b04c7e2a3710b8"
    assert th["paths"] == ["app/config/storeInfo.config.js"]
    assert "not confirmed" in th["licence"] and th["publisher"]
    assert Counter(r["country"] for r in h385.data()["rows"]) == {"TH": 320}


def test_the_extractor_reads_the_module_and_flattens_a_shop():
    """The object literal's single-quoted strings are read as they stand, a shop's contact
    lines by flag, nested objects under dotted keys, the service codes left out."""
    text = (
        "const shopInfo = {\n  'data': [{\n    'id': '1', 'name': {'th': 'ทรูช้อป \\'ก\\''},\n"
        "    'latitude': 13.5,\n    'contact': {'info': [{'phone_flag': 'phone', "
        "'phonenumber': '026304695#กด 0-1'}, {'phone_flag': 'mobile', 'phonenumber': "
        "'0891030553'}]},\n    'service': {'Payment': ['s1']}\n  }]\n};\nexport default shopInfo;\n"
    )
    shop = extractor.js_object(text)["data"][0]
    assert extractor.flat(shop) == {
        "id": "1",
        "name.th": "ทรูช้อป 'ก'",
        "latitude": 13.5,
        "contact.phone": "026304695#กด 0-1",
        "contact.mobile": "0891030553",
    }
    one = extractor.flat(
        {"id": "2", "contact": {"info": {"phone_flag": "mobile", "phonenumber": "0916967185"}}}
    )
    assert one == {"id": "2", "contact.mobile": "0916967185"}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h385, "held_out_385", tmp_path)
