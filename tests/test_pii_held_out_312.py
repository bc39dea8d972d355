"""held_out_312 of the PII evaluation set (scripts/pii_held_out_312.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the office mailbox labelled where the row has one; the name
and street are in the text and unlabelled) and are rebuilt byte for byte from the committed data.
No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_312 as h312  # noqa: E402 - the scripts folder's modules
import vn_trangvang_businesses_data as vn_data  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

RAM = "{iata:datamodel:3}"
SH = "{http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h312.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h312.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_of_its_group(records):
    assert len(records) == len(h312.data()["rows"]) == 400
    for r in records:
        row = _row(r)
        assert r["layout"] == vn_data.GROUP_OF[row["fields"]["Specialise"]]
        assert r["source"] == row["path"]
        assert r["locale"] == "reg:VN"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h312.LAYOUTS}


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; the office mailbox once where the row
    has one; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h312.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "VN") else short)[(number, h312.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        mail = h312.email(row)
        assert mails == ([mail] if mail else []), r["id"]
        assert text.count("@") == len(mails), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h312.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone Number": 800, "register": 112}


def test_only_office_mailboxes_are_written():
    """A role word, the business's folded name or its domain's name: kept; a person's name or
    two addresses in one field: not written."""
    fields = {"Company Name": "Công Ty TNHH Vận Tải Kim Phú", "Email Address": ""}

    def mail(value: str, name: str = fields["Company Name"]) -> str:
        return h312.email({"fields": {**fields, "Company Name": name, "Email Address": value}})

    assert mail("info@covato2.vn") == "info@covato2.vn"
    assert mail("sales02@dhptrans.com") == "sales02@dhptrans.com"
    assert mail("vantaikimphu@gmail.com") == "vantaikimphu@gmail.com"
    assert mail("congtykimphuhcm@yahoo.com") == "congtykimphuhcm@yahoo.com"
    assert mail("vstar@vstar.com.vn", "Công Ty TNHH V-Star") == "vstar@vstar.com.vn"
    assert mail("tony@phukhang.net", "Công Ty TNHH Phú Khang") == ""
    assert mail("nhtam@viethungvn.com.vn", "Công Ty Cổ Phần Việt Hưng") == ""
    assert mail("vuthimung7979@gmail.com", "Công Ty TNHH Vũ Mừng") == ""
    assert mail("a@kimphu.vn, b@kimphu.vn") == ""


def test_the_data_keeps_the_published_shape():
    """400 listings, 100 of each group, each of the six kept columns as published (no column
    naming a contact person); every phone field one the extractor keeps, one number of seven
    digits or more, none international; 271 with an e-mail field."""
    rows = h312.data()["rows"]
    assert len(rows) == 400
    assert Counter(vn_data.GROUP_OF[r["fields"]["Specialise"]] for r in rows) == {
        layout: 100 for layout in h312.LAYOUTS
    }
    for row in rows:
        assert tuple(row["fields"]) == vn_data.KEPT
        assert all(isinstance(v, str) for v in row["fields"].values())
        field = row["fields"]["Phone Number"]
        assert vn_data.clean_phone(field) and field == h312.phone(row)
        assert len(numbers(field)) == 1 and not field.startswith("+")
    assert sum(bool(r["fields"]["Email Address"]) for r in rows) == 271
    assert sum(h312.phone(r).startswith("(028) ") for r in rows) == 219
    assert sum(h312.phone(r).startswith("Hotline:") for r in rows) == 3
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == sorted(paths) and len(set(paths)) == 400


def test_the_extractor_keeps_only_clean_phone_fields():
    assert vn_data.clean_phone("(028) 38113811")
    assert vn_data.clean_phone("Hotline: 0904 747 427")
    assert vn_data.clean_phone("39480007 Hotline: 0909 005 908")
    for broken in ("8.68E+12", "=+86 181 32079385", "0933xxxxxx", "Hotline: Mr. Nam", "82"):
        assert not vn_data.clean_phone(broken), broken
    assert not vn_data.clean_phone("Hotline: 0906 972 808 (Mr. Cảnh)")
    assert not vn_data.clean_phone("(+84) 988 900494")


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or an XER field)."""
    if layout == "dcsa_ebl":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "p6_xer":
        return value
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the street stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h312._f(row, "Company Name"), h312._street(row)):
            encoded = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _iso6346_ok(number: str) -> bool:
    values, v = {}, 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        v += v % 11 == 0
        values[letter] = v
        v += 1
    total = sum((values[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(number[:10]))
    return total % 11 % 10 == int(number[10])


def _gs1_ok(number: str) -> bool:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(reversed(number)))
    return total % 10 == 0


def _xer_tables(text: str) -> dict[str, list[dict[str, str]]]:
    """An XER file's tables as lists of rows (mappings of the ``%F`` fields)."""
    lines = text.split("\r\n")
    assert lines[0].startswith("ERMHDR\t") and lines[-2:] == ["%E", ""]
    tables: dict[str, list[dict[str, str]]] = {}
    fields: list[str] = []
    name = ""
    for line in lines[1:-2]:
        kind, *cells = line.split("\t")
        if kind == "%T":
            name = cells[0]
            tables[name] = []
        elif kind == "%F":
            fields = cells
        else:
            assert kind == "%R" and len(cells) == len(fields), line
            tables[name].append(dict(zip(fields, cells, strict=True)))
    return tables


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library, the XER file
    by its table lines), the row's number and mailbox where the format puts them, the invented
    check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, mail = h312.phone(row), h312._f(row, "Company Name"), h312.email(row)
        if r["layout"] == "dcsa_ebl":
            doc = json.loads(text)
            shipper = doc["documentParties"]["shipper"]
            assert shipper["partyName"] == name
            assert shipper["displayedAddress"] == [name, h312._f(row, "Address"), f"TEL: {tel}"]
            contact = shipper["partyContactDetails"][0]
            assert contact["phone"] == tel and contact.get("email", "") == mail
            equipment = doc["utilizedTransportEquipments"][0]["equipment"]["equipmentReference"]
            assert _iso6346_ok(equipment)
            assert doc["consignmentItems"][0]["cargoItems"][0]["equipmentReference"] == equipment
        elif r["layout"] == "cargo_xml_xfwb":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "{iata:waybill:1}Waybill"
            consignor = root.find(f"{{iata:waybill:1}}MasterConsignment/{RAM}ConsignorParty")
            assert consignor.findtext(f"{RAM}Name") == name
            contact = consignor.find(f"{RAM}DefinedTradeContact")
            number = f"{RAM}DirectTelephoneCommunication/{RAM}CompleteNumber"
            assert contact.findtext(number) == tel
            assert (contact.findtext(f"{RAM}URIEmailCommunication/{RAM}URIID") or "") == mail
            awb = root.findtext(f"{{iata:waybill:1}}MessageHeaderDocument/{RAM}ID")
            assert re.fullmatch(r"\d{3}-\d{8}", awb) and int(awb[4:11]) % 7 == int(awb[11])
            osi = root.findtext(f".//{RAM}HandlingOSIInstructions/{RAM}Description")
            assert osi.endswith(f"ĐT {tel}")
        elif r["layout"] == "p6_xer":
            tables = _xer_tables(text)
            assert set(tables) == {"PROJECT", "RSRC", "RSRCRATE"}
            resource = tables["RSRC"][0]
            assert resource["rsrc_name"] == name and resource["office_phone"] == tel
            assert resource["email_addr"] == mail
            assert f"<P>Điện thoại liên hệ: {tel}</P>" in resource["rsrc_notes"]
            assert tables["RSRCRATE"][0]["rsrc_id"] == resource["rsrc_id"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag.endswith("}catalogueItemNotificationMessage")
            assert root.findtext(f"{SH}StandardBusinessDocumentHeader/{SH}DocumentIdentification/"
                                 f"{SH}Type") == "catalogueItemNotification"  # fmt: skip
            item = root.find(".//tradeItem")
            assert _gs1_ok(item.findtext("gtin"))
            assert _gs1_ok(item.findtext("informationProviderOfTradeItem/gln"))
            assert item.findtext("informationProviderOfTradeItem/partyName") == name
            channels = {
                c.findtext("communicationChannelCode"): c.findtext("communicationValue")
                for c in item.iter("communicationChannel")
            }
            assert channels["TELEPHONE"] == tel and channels.get("EMAIL", "") == mail
            description = item.findtext(".//tradeItemDescription")
            assert description.endswith(f"Đặt hàng và báo giá: {tel}.")


def test_provenance():
    sources = h312.data()["sources"]
    assert set(sources) == {"VN"}
    vn = sources["VN"]
    assert vn["repository"] == "anhduy412/trangvang-data-crawler"
    assert vn["commit"] == "a91bfb9f32297283280d243110672a4d1195cd51"
    assert vn["paths"] == ["data/company.csv"]
    assert "not confirmed" in vn["licence"] and "Trang Vàng" in vn["publisher"]
    rows = h312.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"VN": 400}
    assert not any("Customer" in k for r in rows for k in r["fields"])


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h312, "held_out_312", tmp_path)
