"""held_out_522 of the PII evaluation set (scripts/pii_held_out_522.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone or fax,
unchanged, each copy labelled; the program's name, street and ZIP code are in the text and
unlabelled; no other number of the directory stands in the text) and are rebuilt byte for byte
from the committed data; the extractor's rules hold on a few rows. No recognizer runs here: the
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

import pii_held_out_522 as h522  # noqa: E402 - the scripts folder's modules
import us_dc_human_services_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the program's identifiers, in every layout
IDENTIFIERS = ("NAME", "ADDRESS", "ZIPCODE")
SF = "{http://apply.grants.gov/forms/SF424_4_0-V4.0}"
GLOB = "{http://apply.grants.gov/system/GlobalLibrary-V2.0}"
# copies of each value a record of each layout writes: (phone, fax)
COPIES = {
    "sf424_grants_gov": (2, 1),
    "fac_general": (1, 0),
    "intacct_vendor": (2, 1),
    "careeronestop_ajc": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h522.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h522.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h522.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h522.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h522.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone and the fax (where it is a line of its own) are labelled wherever they stand,
    each whole, under their columns; nothing else is labelled, no e-mail address is written and
    no distractor is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h522.phone(row), h522.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:phone"): n_tel})
        if fax and n_fax:
            expected[(fax, "PHONE_NUMBER", "national:fax")] = n_fax
        assert text.count(tel) == n_tel, r["id"]
        if fax:
            assert text.count(fax) == n_fax, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text
        assert not r["distractors"] and not r["unscored"]


def test_no_other_number_of_the_directory_is_in_the_text(records):
    """Outside the labels, no run in the directory's phone shape stands in any text (an unkept
    fax that is the phone again is never written as a fax)."""
    for r in records:
        text = r["text"]
        for m in re.finditer(r"\(\d{3}\) \d{3}-\d{4}", text):
            assert any(s == m.start() and e == m.end() for s, e, *_ in r["spans"]), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h522.international)
    assert kinds == {"national:phone": 450, "national:fax": 166}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is ``(AAA) NNN-NNNN``, a number a person could hold, no two alike and
    none an earlier US part's; faxes are in the same shape or none (three copies of the phone are
    not written as faxes); no person's name or e-mail field is kept."""
    rows = h522.data()["rows"]
    tels = [h522.phone(row) for row in rows]
    assert all(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", tel) for tel in tels)
    assert all(personal_phone(tel, "US") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "1")
    assert not {re.sub(r"\D", "", tel) for tel in tels} & earlier
    faxes = [row["fields"]["FAX"] for row in rows if row["fields"]["FAX"]]
    assert len(faxes) == 222
    assert all(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", f) for f in faxes)
    assert sum(bool(h522.fax(row)) for row in rows) == 219
    assert sum(row["fields"]["FAX"] == h522.phone(row) for row in rows) == 3
    assert all(set(row["fields"]) == set(extractor.KEEP) for row in rows)
    assert not {"EMAIL", "DIRECTOR", "TITLE"} & set(extractor.KEEP)


def test_the_extractor_rules_on_a_few_rows():
    """A phone in the directory's shape is kept; an empty mask, a bare exchange, a number
    spelled with letters, a line kept before and an earlier part's number are not."""
    earlier, seen = {"2025550100"}, {"2025550111"}

    def props(tel: str, fax: str | None = None) -> dict:
        return {"PHONE": tel, "FAX": fax}

    assert extractor.kept(props("(202) 635-5923"), earlier, seen)
    assert extractor.kept(props("(202) 635-5923", "(202) 832-8216"), earlier, seen)
    assert not extractor.kept(props("(   )    -"), earlier, seen)
    assert not extractor.kept(props("(   ) 711-"), earlier, seen)
    assert not extractor.kept(props("(202) 727-EXAM"), earlier, seen)
    assert not extractor.kept(props("(202) 555-0111"), earlier, seen)
    assert not extractor.kept(props("(202) 555-0100"), earlier, seen)
    assert not extractor.kept(props("(202) 635-5923", "(202) 555-0100"), earlier, seen)
    assert not extractor.kept(props(None), earlier, seen)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout in ("sf424_grants_gov", "intacct_vendor"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h522._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h522.phone(row), h522.fax(row), row["fields"]["NAME"].strip()
        if r["layout"] == "sf424_grants_gov":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SF}SF424_4_0" and root.get(f"{SF}FormVersion") == "4.0"
            assert root.findtext(f"{SF}OrganizationName") == name
            assert root.findtext(f"{SF}PhoneNumber") == tel
            assert root.findtext(f"{SF}AuthorizedRepresentativePhoneNumber") == tel
            assert (root.findtext(f"{SF}Fax") or "") == fax
            assert root.findtext(f"{SF}Applicant/{GLOB}ZipPostalCode") == row["fields"]["ZIPCODE"]
            assert re.fullmatch(
                r"53-\d{7}", root.findtext(f"{SF}EmployerTaxpayerIdentificationNumber")
            )
            assert re.fullmatch(r"[A-HJ-NP-Z][A-HJ-NP-Z0-9]{11}", root.findtext(f"{SF}SAMUEI"))
            total = sum(
                float(root.findtext(f"{SF}{k}EstimatedFunding"))
                for k in ("Federal", "Applicant", "State", "Local", "Other", "ProgramIncome")
            )
            assert total == float(root.findtext(f"{SF}TotalEstimatedFunding"))
        elif r["layout"] == "fac_general":
            doc = json.loads(text)
            assert isinstance(doc, list) and len(doc) == 1
            item = doc[0]
            assert item["auditee_phone"] == tel and item["auditee_name"] == name
            assert re.fullmatch(r"\d{4}-\d\d-GSAFAC-\d{10}", item["report_id"])
            assert re.fullmatch(r"53\d{7}", item["auditee_ein"])
            assert item["fy_start_date"] < item["fy_end_date"] < item["submitted_date"]
            assert item["fy_start_date"][5:] in ("07-01", "10-01", "01-01")
        elif r["layout"] == "intacct_vendor":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.findtext("control/dtdversion") == "3.0"
            vendor = root.find("operation/content/function/create/VENDOR")
            assert vendor.findtext("NAME") == name
            contact = vendor.find("DISPLAYCONTACT")
            assert contact.findtext("PHONE1") == tel and (contact.findtext("FAX") or "") == fax
            assert contact.findtext("MAILADDRESS/ZIP") == row["fields"]["ZIPCODE"]
            assert vendor.findtext("COMMENTS").endswith(f": {tel}")
        else:
            doc = json.loads(text)
            assert doc["RecordCount"] == len(doc["OneStopCenterList"]) == 1
            center = doc["OneStopCenterList"][0]
            assert center["Phone"] == tel and center["Fax"] == fax and center["Email"] == ""
            assert center["Name"] == name and center["StateAbbr"] == "DC"
            assert 38.8 < float(center["Latitude"]) < 39.0


def test_provenance():
    sources = h522.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "benbalter/dc-maps"
    assert us["commit"] == "8bb880d2b759e7de124fff85addc410664a9c4c9"
    assert us["paths"] == ["maps/human-service-locations.geojson"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h522.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 300}
    assert all(r["path"].startswith(us["paths"][0] + "#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h522, "held_out_522", tmp_path)
