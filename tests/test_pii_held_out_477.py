"""held_out_477 of the PII evaluation set (scripts/pii_held_out_477.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the firm's name and municipality are in the text and
unlabelled; the invented partite IVA are unlabelled) and are rebuilt byte for byte from the
committed data; the extractor's rules hold on a few rows. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import it_campania_manutentori_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_477 as h477  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the firm's identifiers, in every layout
IDENTIFIERS = ("ditta", "comune")
# copies of the telephone a record of each layout writes
COPIES = {
    "servicetitan_customer": 2,
    "housecall_pro_customer": 2,
    "akaunting_bill": 1,
    "axelor_partner": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h477.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h477.by_locale()[locale][n]


def _iva_right(iva: str) -> bool:
    """Whether a partita IVA's check digit is right (the Luhn scheme)."""
    digits = [int(c) for c in iva]
    total = sum(d if i % 2 == 0 else (2 * d - 9 if 2 * d > 9 else 2 * d)
                for i, d in enumerate(digits[:10]))  # fmt: skip
    return len(iva) == 11 and (10 - total % 10) % 10 == digits[10]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h477.data()["rows"]) == 172
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h477.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("it", "en")
    assert Counter(r["layout"] for r in records) == {layout: 43 for layout in h477.LAYOUTS}
    assert Counter(r["language"] for r in records) == {"it": 92, "en": 80}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, under its column; nothing else is
    labelled (the list has no e-mail column) and no distractor is."""
    for r in records:
        tel, text = h477.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:telefono"): COPIES[r["layout"]]}, r["id"]
        assert "@" not in text
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h477.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefono": 258}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is nine to eleven digits in one run, a number a person could hold,
    no two alike, all with the trunk 0 of Campania's area codes but two mobiles; the fields
    are strings as the dump gives them, every row of Campania."""
    rows = h477.data()["rows"]
    tels = [h477.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{9,11}", tel) for tel in tels)
    assert all(personal_phone(tel, "IT") for tel in tels)
    assert len(set(tels)) == 172
    assert Counter(len(tel) for tel in tels) == {10: 157, 11: 9, 9: 6}
    assert sorted(tel for tel in tels if not tel.startswith("08")) == ["3338147584", "3408965152"]
    assert all(row["fields"]["regione"] == "campania" for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    taken = extractor.earlier()
    assert not any(tel in taken for tel in tels)


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h477._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them, the
    invented partite IVA eleven digits with the check digit right, unlabelled."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name, town, mobile = h477.phone(row), h477.name(row), h477.town(row), h477.mobile(row)
        ivas = []
        if r["layout"] == "servicetitan_customer":
            assert doc["name"] == name and doc["type"] == "Commercial"
            kind = "MobilePhone" if mobile else "Phone"
            assert doc["contacts"] == [
                {"type": kind, "value": tel, "memo": doc["contacts"][0]["memo"]}
            ]
            assert doc["locations"][0]["contacts"][0]["value"] == tel
            assert doc["address"]["city"] == town and doc["address"]["country"] == "IT"
            lat, lon = h477.point(row)
            assert (doc["address"]["latitude"], doc["address"]["longitude"]) == (lat, lon)
            ivas.append(doc["customFields"][0]["value"])
        elif r["layout"] == "housecall_pro_customer":
            assert doc["id"].startswith("cus_") and doc["company"] == name
            assert (doc["mobile_number"] if mobile else doc["work_number"]) == tel
            assert f"Telefonare al {tel} " in doc["notes"]
            assert doc["addresses"][0]["city"] == town and doc["addresses"][0]["type"] == "service"
        elif r["layout"] == "akaunting_bill":
            bill = doc["data"]
            assert bill["type"] == "bill" and bill["contact_name"] == name
            assert bill["contact_phone"] == tel and bill["contact_city"] == town
            item = bill["items"]["data"][0]
            assert bill["amount"] == round(item["total"] + item["tax"], 2)
            ivas.append(bill["contact_tax_number"])
        else:
            assert doc["status"] == 0 and doc["total"] == len(doc["data"]) == 1
            partner = doc["data"][0]
            assert partner["name"] == name and partner["isSupplier"]
            assert partner["fullName"] == f"{partner['partnerSeq']} - {name}"
            assert (partner["mobilePhone"] if mobile else partner["fixedPhone"]) == tel
            assert partner["mainAddress"]["addressL6"] == town
            ivas.append(partner["taxNbr"])
        for iva in ivas:
            assert _iva_right(iva) and iva in r["text"], r["id"]
            at = r["text"].index(iva)
            assert not any(s <= at < e for s, e, *_ in r["spans"])


def test_the_extractor_keeps_only_new_numbers_once(monkeypatch):
    """A row without a number (``nd``), a second firm on a line already kept and a number an
    earlier Italian part holds (a prefecture's, written there after ``+39``) are left out; the
    kept rows' values are unchanged, the dump's ``\\'`` read as a quote."""
    prefettura = json.loads((extractor.DATA / "pii_it_prefetture.json").read_text())["rows"][0]
    taken = re.sub(r"\D", "", prefettura["fields"]["telefono"])[2:]
    dump = "\n".join(
        [
            "INSERT INTO `cam_elenco_ditte_oltre_35kw` VALUES",
            "('A SNC', 'VIA UNO 1', 'ACERRA', '0810000001', '40.9', '14.3', 'campania', 'italia'),",
            "('B', 'VIA DUE 2', 'ARZANO', 'nd', '40.9', '14.2', 'campania', 'italia'),",
            "('C SRL', 'VIA D\\'AMATO 3', 'AVERSA', '0810000001', '40.9', '14.2', 'campania', "
            "'italia'),",
            f"('D', 'VIA QUATTRO 4', 'NAPOLI', '{taken}', '40.8', '14.2', 'campania', 'italia'),",
            "('E SAS', 'VIA D\\'AMATO 5', 'AVERSA', '3330000002', '40.9', '14.2', 'campania', "
            "'italia');",
        ]
    )
    monkeypatch.setattr(extractor, "_git", lambda *args: dump.encode("utf-8"))
    rows = extractor.extract({"IT": Path("unused")})["rows"]
    assert [r["fields"]["ditta"] for r in rows] == ["A SNC", "E SAS"]
    assert [r["path"] for r in rows] == [f"{extractor.PATH}#0", f"{extractor.PATH}#4"]
    assert rows[1]["fields"]["indirizzo"] == "VIA D'AMATO 5"
    assert rows[1]["fields"]["telefono"] == "3330000002"


def test_provenance():
    sources = h477.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "lukes1582/dati_sql"
    assert it["commit"] == "2a9cd37243b2d23ea3830eca329e2c2470403b9b"
    assert it["paths"] == ["cam_elenco_ditte_oltre_35kw.sql"]
    assert "not confirmed" in it["licence"] and it["publisher"]
    assert Counter(r["country"] for r in h477.data()["rows"]) == {"IT": 172}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h477, "held_out_477", tmp_path)
