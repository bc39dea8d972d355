"""held_out_507 of the PII evaluation set (scripts/pii_held_out_507.py): its committed records
keep the generator's invariants (every labelled phone is the row's real karaoke bar telephone,
copied unchanged, each copy labelled; no distractor labelled as such; the bar's name, and
where the layout carries them its licence number and district office code, are in the text
and unlabelled) and are rebuilt byte for byte
from the committed data, and the data from the fetched mirror where it is on the machine. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_seoul_danran_bars_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_507 as h507  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/bumjinDev+wherehouse_SpringBoot/repo")
LAYOUTS = ("foodsafety_i2500_json", "daum_postcode_html", "inicis_stdpay_html",
           "barobill_taxinvoice_soap")  # fmt: skip
BARO = "{http://ws.baroservice.com/}"
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h507.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h507.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h507.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h507.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(LAYOUTS, 100)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, written once and labelled whole; nothing else is;
    no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h507.phone(row)
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        assert text.count(tel) == 1, r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == {(tel, h507.PHONE): 1}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]
        assert "@" not in text, r["id"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h507.international) == {"national:전화번호": 400}


def test_the_data_keeps_the_published_shape():
    """400 open karaoke bars, each with one number as the district office typed it, 400
    distinct, none an earlier Korean part's; every field a string as published."""
    rows = h507.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h507.PHONE]
        assert extractor.kept_number(value), value
        assert row["fields"]["사업장명"].strip()
        assert row["fields"]["영업상태명"] == extractor.OPEN
        assert row["fields"]["업태구분명"] == "단란주점"
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "99 9999999": 240, "999999999": 107, "99  999 9999": 36, "99999 9999": 7,
        "99 999 9999": 2, "999999 999": 2, "9999999": 2, "99999999": 2, "99  999  999": 1,
        "999 99999999": 1,
    }  # fmt: skip
    assert len({h507.phone(row) for row in rows}) == 400
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert {
        "pii_kr_seoul_hospitals.json", "pii_kr_seoul_entertainment_bars.json",
        "pii_kr_seoul_cinemas.json", "pii_national_phones.json",
    } <= set(extractor.EARLIER)  # fmt: skip
    assert not {extractor.digits_of(h507.phone(row)) for row in rows} & earlier


def test_the_extractor_keeps_one_number_of_the_shape():
    for value in ("02 8775827", "222976540", "02  745 3406", "02435 7715", "4976640"):
        assert extractor.kept_number(value), value
    for value in ("", "010-1234-5678", " 02 8775827", "-7110", "3210-3358,737-2567"):
        assert not extractor.kept_number(value), value


def test_the_name_licence_and_office_code_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        spans = [*r["spans"], *r["distractors"]]
        # the name as written unescaped (names with markup characters are checked parsed);
        # the licence number where the layout carries it, the office code in the page
        values = [h507.name(row)] if re.fullmatch(r"[^&<>\"'\\]+", h507.name(row)) else []
        if r["layout"] in ("daum_postcode_html", "barobill_taxinvoice_soap"):
            values.append(h507.licence(row))
        if r["layout"] == "daum_postcode_html":
            values.append(h507.office(row))
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


class _Inputs(HTMLParser):
    """The ``name`` and ``value`` of each ``input`` of a page, its script sources."""

    def __init__(self) -> None:
        super().__init__()
        self.inputs: dict[str, str] = {}
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "input":
            self.inputs[a["name"] or ""] = a.get("value") or ""
        if tag == "script" and a.get("src"):
            self.scripts.append(a["src"] or "")


def _inputs(text: str) -> _Inputs:
    parser = _Inputs()
    parser.feed(text)
    parser.close()
    return parser


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _valid_business_number(value: str) -> bool:
    d = [int(c) for c in value]
    total = sum(x * w for x, w in zip(d, (1, 3, 7, 1, 3, 7, 1, 3, 5), strict=False))
    return len(d) == 10 and (10 - (total + d[8] * 5 // 10) % 10) % 10 == d[9]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h507.phone(row), h507.name(row)
        if r["layout"] == "foodsafety_i2500_json":
            assert "\n" not in text
            body = json.loads(text)["I2500"]
            assert body["RESULT"] == {"MSG": "정상처리되었습니다.", "CODE": "INFO-000"}
            assert body["total_count"] == "1" and len(body["row"]) == 1
            item = body["row"][0]
            assert item["TELNO"] == tel and item["BSSH_NM"] == name
            assert item["INDUTY_CD_NM"] == "단란주점영업"
            assert item["PRMS_DT"] == h507.licensed(row).replace("-", "")
            assert re.fullmatch(r"(19|20)\d{9}", item["LCNS_NO"])
            assert item["LCNS_NO"][:4] == h507.licensed(row)[:4]
        elif r["layout"] == "daum_postcode_html":
            page = _inputs(text)
            assert page.scripts == ["//t1.daumcdn.net/mapjsapi/bundle/postcode/prod/postcode.v2.js"]
            assert page.inputs["tel"] == tel and page.inputs["shopName"] == name
            assert page.inputs["licenseNo"] == h507.licence(row)
            assert page.inputs["orgCode"] == h507.office(row)
            assert page.inputs["zonecode"] == h507.postcode(row)
            assert page.inputs["jibunAddress"] == h507.lot(row)
            assert "new daum.Postcode({" in text and "}).open();" in text
        elif r["layout"] == "inicis_stdpay_html":
            page = _inputs(text)
            f = page.inputs
            assert page.scripts == ["https://stgstdpay.inicis.com/stdjs/INIStdPay.js"]
            assert f["buyertel"] == tel and f["buyername"] == name and f["buyeremail"] == ""
            assert f["mid"] == h507.MID and f["oid"] == f"{h507.MID}_{f['timestamp']}"
            assert re.fullmatch(r"1\d{12}", f["timestamp"])
            assert f["signature"] == _sha(
                f"oid={f['oid']}&price={f['price']}&timestamp={f['timestamp']}"
            )
            assert f["verification"] == _sha(
                f"oid={f['oid']}&price={f['price']}&signKey={h507.SIGN_KEY}"
                f"&timestamp={f['timestamp']}"
            )
            assert f["mKey"] == _sha(h507.SIGN_KEY)
            assert 'INIStdPay.pay("SendPayForm_id");' in text
        else:
            root = ET.fromstring(text.encode("utf-8"))
            call = root.find(f"{SOAP}Body/{BARO}RegistTaxInvoice")
            assert call is not None
            invoice = call.find(f"{BARO}Invoice")
            seller = invoice.find(f"{BARO}InvoicerParty")
            buyer = invoice.find(f"{BARO}InvoiceeParty")
            assert buyer.findtext(f"{BARO}TEL") == tel
            assert buyer.findtext(f"{BARO}CorpName") == name
            assert buyer.findtext(f"{BARO}BizClass") == "단란주점"
            assert seller.findtext(f"{BARO}TEL") == "" and seller.findtext(f"{BARO}Email") == ""
            assert call.findtext(f"{BARO}CorpNum") == seller.findtext(f"{BARO}CorpNum")
            for party in (seller, buyer):
                assert _valid_business_number(party.findtext(f"{BARO}CorpNum"))
            items = invoice.findall(f"{BARO}TaxInvoiceTradeLineItems/{BARO}TaxInvoiceTradeLineItem")
            amount = sum(int(i.findtext(f"{BARO}Amount")) for i in items)
            tax = sum(int(i.findtext(f"{BARO}Tax")) for i in items)
            assert 1 <= len(items) <= 3
            assert int(invoice.findtext(f"{BARO}AmountTotal")) == amount
            assert int(invoice.findtext(f"{BARO}TaxTotal")) == tax
            assert int(invoice.findtext(f"{BARO}TotalAmount")) == amount + tax
            assert invoice.findtext(f"{BARO}Remark1") == f"인허가 {h507.licence(row)}"


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h507.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "bumjinDev/wherehouse_SpringBoot"
    assert kr["commit"] == "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa"
    assert kr["path"].endswith("서울시 단란주점영업 인허가 정보_20250825.csv")
    assert kr["encoding"] == "utf-8-sig"
    assert "not confirmed" in kr["licence"] and "Seoul" in kr["publisher"]
    rows = h507.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h507, "held_out_507", tmp_path)
