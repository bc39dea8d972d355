"""held_out_145 of the PII evaluation set (scripts/pii_held_out_145.py): its committed records
keep the generator's invariants (every labelled phone or fax is the row's real field, copied
unchanged and never joined to its area code, each copy labelled under its column; the school's
mailbox labelled; the school number, name and area code are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_145 as h145  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("Schulnummer", "Schulbezeichnung_1", "Telefonvorwahl", "PLZ")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h145.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h145.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h145.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h145.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:DE"
    assert Counter(r["layout"] for r in records) == {
        "odata_entity": 100, "wms_featureinfo_text": 100, "sylk_sheet": 100, "pact_contract": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_fax_and_e_mail_fields_is_labelled_unchanged(records):
    """Each layout writes the phone field, the fax field (where the row has one) and the e-mail
    address once; each copy is labelled (a fax that is the phone number is labelled under
    ``Telefon``), nothing else is, and no number is short of the policy's length."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h145.phone(row), h145.fax(row), h145.email(row)
        expected = Counter({(tel, h145.PHONE): 1})
        if fax:
            expected[(fax, h145.PHONE if fax == tel else h145.FAX)] += 1
        assert text.count(tel) == expected[(tel, h145.PHONE)], r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == [mail] and text.count(mail) == 1, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = Counter(kind for r in records for *_, kind in r["spans"])
    assert kinds == {"national:Telefon": 401, "national:Fax": 389, "register": 400}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is the subscriber's number alone, six to ten digits with no area
    code, the area code in its own column; every fax is empty or as long; every mailbox is the
    school number at the ministry's domain; one school gives the same number for both."""
    rows = h145.data()["rows"]
    for row in rows:
        f = row["fields"]
        assert re.fullmatch(r"\d{6,10}", f["Telefon"]), row["path"]
        assert re.fullmatch(r"0\d{2,5}", f["Telefonvorwahl"]), row["path"]
        assert f["Fax"] == "" or re.fullmatch(r"\d{6,10}", f["Fax"]), row["path"]
        assert f["E-Mail"] == f"{f['Schulnummer']}@schule.nrw.de", row["path"]
        assert personal_phone(f["Telefon"], "DE")
        assert list(f) == list(h145.COLUMN_ORDER)
    assert sum(not row["fields"]["Fax"] for row in rows) == 10
    assert sum(row["fields"]["Fax"] == row["fields"]["Telefon"] for row in rows) == 1


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string in the JSON layouts, else as is)."""
    if layout in ("odata_entity", "pact_contract"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school number, first name line, area code and postcode stand in every record's text,
    outside the labels (an area code may also be part of a number: ``0228`` in ``602280``)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h145._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [(s, e) for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
            outside = [at for at in found if not any(s <= at < e for s, e in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _sylk_cells(text: str) -> dict[tuple[int, int], str]:
    """The text cells of a SYLK file: (row, column) -> value (``;;`` read as ``;``)."""
    assert text.startswith("ID;PWXL;N;E\r\n") and text.endswith("\r\nE\r\n")
    cells = {}
    for line in text.split("\r\n"):
        m = re.fullmatch(r'C;Y(\d+);X(\d+);K"((?:[^;"]|;;)*)"', line)
        if m:
            cells[int(m.group(1)), int(m.group(2))] = m.group(3).replace(";;", ";")
        else:
            assert line in ("", "E", "ID;PWXL;N;E", "P;PGeneral") or line.startswith("B;"), line
    return cells


def test_the_documents_are_well_formed(records):
    """Each document reads back in its format (JSON by the standard library, GeoServer's text
    and SYLK by their fixed shapes) to the row's published fields, the phone and its area code
    apart."""
    for r in records:
        row, text = _row(r), r["text"]
        fields = row["fields"]
        if r["layout"] == "odata_entity":
            doc = json.loads(text)
            assert doc["@odata.context"].endswith("$metadata#Schulen/$entity")
            assert doc["@odata.id"] == f"Schulen('{fields['Schulnummer']}')"
            for column in h145.COLUMN_ORDER:
                assert doc[column.replace("-", "_")] == fields[column], (r["id"], column)
        elif r["layout"] == "wms_featureinfo_text":
            lines = text.split("\n")
            assert re.fullmatch(r"Results for FeatureType '\w+:\w+':", lines[0])
            assert lines[1] == lines[-2] == "-" * 44 and lines[-1] == ""
            pairs = dict(line.split(" = ", 1) for line in lines[2:-2])
            for column in h145.COLUMN_ORDER:
                value = pairs[column.lower().replace("-", "_")]
                assert value == (fields[column] or "null"), (r["id"], column)
        elif r["layout"] == "sylk_sheet":
            cells = _sylk_cells(text)
            for x, column in enumerate(h145.COLUMN_ORDER, start=1):
                assert cells[1, x] == column
                assert cells.get((2, x), "") == fields[column], (r["id"], column)
            assert cells[4, 1].startswith("Quelle: Schulgrunddaten NRW")
        else:
            doc = json.loads(text)
            ok, missing = doc["interactions"]
            body = ok["response"]["body"]
            assert body["telefon"] == {"vorwahl": fields["Telefonvorwahl"],
                                       "rufnummer": fields["Telefon"]}  # fmt: skip
            fax = {"vorwahl": fields["Faxvorwahl"], "rufnummer": fields["Fax"]}
            assert body["fax"] == (fax if fields["Fax"] else None)
            assert body["email"] == fields["E-Mail"]
            assert ok["request"]["path"] == f"/api/v1/schulen/{fields['Schulnummer']}"
            assert missing["response"]["status"] == 404
            assert doc["metadata"]["pactSpecification"]["version"] == "3.0.0"


def test_provenance():
    sources = h145.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "auchtetraborat/nrw-school-scraper-compare"
    assert de["commit"] == "dd4420ab4e3a62bf5d2888dc98ec639b04906486"
    assert de["paths"] == ["schuldaten.csv"]
    assert "dl-de/by-2-0" in de["licence"] and de["publisher"]
    rows = h145.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h145, "held_out_145", tmp_path)
