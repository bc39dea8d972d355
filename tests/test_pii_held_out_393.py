"""held_out_393 of the PII evaluation set (scripts/pii_held_out_393.py): its committed records
keep the generator's invariants (every labelled value is a copy of the partner's real
telephone, unchanged, each copy labelled, and any mailbox a web-site field holds; the
partner's name, postcode, town and partner id are in the text and unlabelled) and are rebuilt
byte for byte from the committed data; the extractor's rules hold on a few rows. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fr_hdf_partenaires_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_393 as h393  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the partner's identifiers, in every layout
IDENTIFIERS = ("Name", "PostalCode", "City", "ID")
# copies of the telephone a record of each layout writes
COPIES = {"mirakl_shop": 1, "hiboutik_customer": 2, "nocrm_lead": 1, "ban_geocodage_csv": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h393.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h393.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h393.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h393.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:FR"
        assert r["language"] in {"fr", "en"}
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h393.LAYOUTS}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, under its column, and a mailbox the
    web-site field holds wherever that field stands; nothing else is labelled, no distractor
    is, and no other e-mail address is written."""
    noted = 0
    for r in records:
        row, text = _row(r), r["text"]
        tel = h393.phone(row)
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        kind = "international:Tel" if h393.international(tel) else "national:Tel"
        expected = Counter({(tel, "PHONE_NUMBER", kind): COPIES[r["layout"]]})
        for mail in h393.site_emails(row):
            if text.count(mail):
                expected[(mail, "EMAIL_ADDRESS", "register")] = text.count(mail)
                noted += text.count(mail)
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert text.count("@") == sum(n for (_, t, _), n in expected.items() if t != "PHONE_NUMBER")
        assert not r["distractors"] and not r["unscored"]
    assert noted == 0, (
        "no sampled row whose web-site field holds a mailbox is in a layout that writes it"
    )


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h393.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Tel": 374, "international:Tel": 1}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one French number of ten digits on a fixed or non-geographic
    line, in one run, in pairs or after ``+33``, a number a person could hold, no two alike,
    none an earlier part's; no e-mail or mobile field is kept; the fields are strings."""
    rows = h393.data()["rows"]
    tels = [h393.phone(row) for row in rows]
    assert all(extractor.kept_number(tel) for tel in tels)
    assert all(personal_phone(tel, "FR") for tel in tels)
    assert len({extractor.national(tel) for tel in tels}) == 300
    shapes = Counter(re.sub(r"\d", "9", tel) for tel in tels)
    assert shapes == {
        "9999999999": 289, "99 99 99 99 99": 6, "99.99.99.99.99": 4, "+99999999999": 1,
    }  # fmt: skip
    assert Counter(extractor.national(tel)[:2] for tel in tels) == {
        "03": 275, "09": 14, "02": 5, "04": 4, "01": 2,
    }  # fmt: skip
    assert all(set(row["fields"]) == set(extractor.KEPT) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    earlier = (
        extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "33")
        | extractor.earlier_poi_numbers()
    )
    assert not {extractor.national(tel) for tel in tels} & earlier


def test_the_extractor_keeps_its_rules():
    """A number is kept in one run, in pairs or after ``+33`` on a fixed or non-geographic
    line; a mobile, a placeholder of zeros, a short or foreign number and two numbers are
    not; ``+33`` is read as the trunk ``0``."""
    kept = extractor.kept_number
    assert kept("0323742263") and kept("03 44 21 14 10") and kept("0981645685")
    assert kept("03.23.59.96.30") and kept("+33320832389")
    assert not kept("0620886021") and not kept("0780420110") and not kept("+33620886021")
    assert not kept("0200000000") and not kept("0300000000")
    assert not kept("323742263") and not kept("+32323742263") and not kept("03-23-74-22-63")
    assert not kept("0323742263 / 0323742264") and not kept("")
    rows = h393.data()["rows"]
    assert extractor.national("+33320832389") == "0320832389"
    assert [m for row in rows for m in h393.site_emails(row)] == [
        "europe_banking@footlocker.com", "world-foot@wanadoo.fr",
    ]  # fmt: skip
    assert extractor._published("conventions", [{"Libelle": "A"}, {"Libelle": "B"}]) == "A | B"
    assert extractor._published("ID", 104) == "104" and extractor._published("Tel", None) == ""


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or CSV text)."""
    if layout == "ban_geocodage_csv":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The partner's name, postcode, town and partner id stand in every record's text, outside
    the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h393._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _luhn(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _vat_right(value: str) -> bool:
    m = re.fullmatch(r"FR(\d\d)(\d{9})", value)
    return bool(m) and int(m.group(1)) == (12 + 3 * (int(m.group(2)) % 97)) % 97


def _http(text: str) -> tuple[str, dict[str, str], dict]:
    """An HTTP request's line, headers and JSON body, its ``Content-Length`` checked."""
    head, body = text.rstrip("\n").split("\r\n\r\n", 1)
    line, *fields = head.split("\r\n")
    headers = dict(f.split(": ", 1) for f in fields)
    assert int(headers["Content-Length"]) == len(body.encode("utf-8"))
    return line, headers, json.loads(body)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, HTTP with a JSON body, CSV), the row's values
    where the format puts them, the invented SIRETs and VAT numbers' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h393.phone(row), h393._f(row, "Name")
        if r["layout"] == "mirakl_shop":
            doc = json.loads(text)
            assert doc["total_count"] == len(doc["shops"]) == 1
            shop = doc["shops"][0]
            assert shop["shop_name"] == name and shop["contact_informations"]["phone"] == tel
            assert shop["contact_informations"]["zip_code"] == row["fields"]["PostalCode"]
            pro = shop["professional_information"]
            assert _luhn(pro["identifier"]) and _luhn(pro["identifier"][:9])
            assert _vat_right(pro["tax_identification_number"])
            assert pro["tax_identification_number"].endswith(pro["identifier"][:9])
            extra = {f["code"]: f["value"] for f in shop["shop_additional_fields"]}
            assert extra["carte-hdf-partenaire-id"] == row["fields"]["ID"]
        elif r["layout"] == "hiboutik_customer":
            line, headers, doc = _http(text)
            assert line == "POST /api/customers/ HTTP/1.1"
            assert headers["Host"].endswith(".hiboutik.com")
            assert headers["Authorization"].startswith("Basic ")
            assert doc["customers_company"] == name and doc["customers_phone_number"] == tel
            assert doc["customers_ref_ext"] == f"HDF-{row['fields']['ID']}"
            assert doc["customers_country"] == "FRA" and not doc["customers_email"]
            assert _vat_right(doc["customers_tax_number"])
            assert f"tél. magasin {tel} - " in doc["customers_misc"]
        elif r["layout"] == "nocrm_lead":
            line, headers, doc = _http(text)
            assert line == "POST /api/v2/leads HTTP/1.1"
            assert headers["Host"].endswith(".nocrm.io") and len(headers["X-API-KEY"]) == 40
            assert doc["title"] == name
            lines = dict(x.split(": ", 1) for x in doc["description"].split("\n"))
            assert lines["Téléphone"] == tel and lines["Société"] == name
            assert lines["Code postal"] == row["fields"]["PostalCode"]
        else:
            rows = list(csv.DictReader(io.StringIO(text)))
            assert len(rows) == 1
            got = rows[0]
            assert got["telephone"] == tel and got["nom"] == name
            assert got["id_partenaire"] == row["fields"]["ID"]
            assert got["latitude"] == row["fields"]["Lat"]
            assert got["longitude"] == row["fields"]["Long"]
            assert got["result_postcode"] == row["fields"]["PostalCode"]
            assert got["result_citycode"][:2] == row["fields"]["PostalCode"][:2]
            assert 0 < float(got["result_score"]) < 1
            assert got["result_type"] in {"housenumber", "street"}


def test_provenance():
    sources = h393.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "Sygix/carte-hdf-list"
    assert fr["commit"] == "528425cf3631de116be2a9d0af8c4ea2beefb69e"
    assert fr["paths"] == ["src/data/partners.mock.ts"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h393.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 300}
    assert all(r["path"].startswith("src/data/partners.mock.ts#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h393, "held_out_393", tmp_path)
