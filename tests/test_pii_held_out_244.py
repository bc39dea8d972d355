"""held_out_244 of the PII evaluation set (scripts/pii_held_out_244.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

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

import pii_held_out_244 as h244  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

UBL = "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
COPIES = {"jahis_prescription": 1, "uke_receipt": 1, "gurunavi_api": 2, "jp_pint_invoice": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h244.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h244.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h244.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h244.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "jahis_prescription": 45, "uke_receipt": 45, "gurunavi_api": 155, "jp_pint_invoice": 155,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h244.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            kept = personal_phone(number, "JP")
            (expected if kept else short)[(number, h244.column(row))] += copies
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
    kinds = phone_kinds(records, h244.international)
    assert kinds == {"national:営業所電話番号": 620, "national:電話番号": 90}


def test_the_data_keeps_the_published_shape():
    """All 90 hospitals (87 of area code ``096``, three ``0964``) and 310 restaurant permits,
    every one a seven-digit local number; the fields are strings as the files give them, the
    columns naming a person left out."""
    rows = h244.data()["rows"]
    assert Counter(h244.hospital(row) for row in rows) == {True: 90, False: 310}
    for row in rows:
        value = row["fields"][h244.column(row)]
        assert value == h244.phone(row)
        if h244.hospital(row):
            assert re.fullmatch(r"0964?-\d{2,3}-\d{4}", value), value
            assert not {"開設者名", "管理者氏名"} & set(row["fields"])
        else:
            assert re.fullmatch(r"\d{3}-\d{4}", value), value
            assert not {"申請者氏名", "代表者氏名", "申請者住所"} & set(row["fields"])
    hospitals = [h244.phone(row) for row in rows if h244.hospital(row)]
    assert sum(v.startswith("0964-") for v in hospitals) == 3
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or as it is)."""
    if layout == "jp_pint_invoice":
        return escape(value)
    if layout == "gurunavi_api":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text (a claim file's ``IR`` record names
    no address), outside the labels."""
    for r in records:
        values = [h244.name(_row(r))]
        if r["layout"] != "uke_receipt":
            values.append(h244.address(_row(r)))
        for value in values:
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; the JAHIS
    and UKE records by their fields), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h244.phone(row), h244.name(row)
        if r["layout"] == "jahis_prescription":
            lines = text.split("\r\n")
            assert lines[0] == "JAHIS10" and lines[-1] == ""
            recs = {line.split(",")[0]: line.split(",") for line in lines[1:-1]}
            assert recs["1"][4] == name and recs["1"][3] == "43"
            assert recs["2"][1:] == [h244._f(row, "郵便番号"), h244.address(row)]
            assert recs["3"] == ["3", tel, "", ""]
            assert {"51", "101", "111", "201"} <= set(recs)
        elif r["layout"] == "uke_receipt":
            lines = text.split("\r\n")
            assert lines[-1] == ""
            ir = lines[0].split(",")
            assert len(ir) == 10 and ir[0] == "IR" and ir[6] == name and ir[9] == tel
            assert [line.split(",")[0] for line in lines[1:-1]] == [
                "RE", "HO", "SY", "SI", "SI", "GO",
            ]  # fmt: skip
        elif r["layout"] == "gurunavi_api":
            doc = json.loads(text)
            assert doc["@attributes"]["api_version"] == "v3" and doc["total_hit_count"] == 1
            (rest,) = doc["rest"]
            assert rest["tel"] == tel and rest["name"] == name
            assert rest["tel_sub"] == rest["fax"] == ""
            assert f"（{tel}）" in rest["pr"]["pr_long"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{UBL}Invoice"
            assert root.findtext(f"{CBC}CustomizationID") == "urn:peppol:pint:billing-1@jp-1"
            party = root.find(f"{CAC}AccountingSupplierParty/{CAC}Party")
            assert party.findtext(f"{CAC}Contact/{CBC}Telephone") == tel
            assert party.findtext(f"{CAC}PartyLegalEntity/{CBC}RegistrationName") == name
            assert re.fullmatch(r"T\d{13}", party.findtext(f"{CAC}PartyTaxScheme/{CBC}CompanyID"))
            assert root.findtext(f"{CBC}Note").endswith(f"電話 {tel}")


def test_provenance():
    sources = h244.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "codeforkumamoto/od_kumamoto_city"
    assert jp["commit"] == "d2a3114cb383af6c19b4595d7428628c3faf6e3c"
    assert jp["paths"] == [
        "data/byouin_list/byouin_list.csv",
        "data/Insyokutenneigyoukyoka/org/Insyokutenneigyoukyoka.csv",
    ]
    assert "CC BY 4.0" in jp["licence"] and jp["publisher"]
    rows = h244.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h244, "held_out_244", tmp_path)
