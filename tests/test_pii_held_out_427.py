"""held_out_427 of the PII evaluation set (scripts/pii_held_out_427.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
fax or mailbox, unchanged, each copy labelled; the municipality's name, postal code and geographic
code are in the text and unlabelled), each layout's request parses as its JSON with the row's
values where the service puts them, the extractor's rules hold, and the records are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ca_qc_mamh_municipalites_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_427 as h427  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the municipality's identifiers, in every layout
IDENTIFIERS = ("munnom", "mcodpos", "mcode")
# copies of each value a record of each layout writes: (telephone, fax, e-mail)
COPIES = {
    "nuvei_payment": (2, 0, 2),
    "worldline_payment": (2, 0, 2),
    "easyship_shipment": (2, 1, 1),
    "cybersource_payment": (2, 0, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h427.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h427.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h427.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h427.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h427.LAYOUTS}
    assert Counter(r["language"] for r in records) == {"en": 380, "fr": 20}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone, the fax (where it is a line of its own, and only where the layout writes
    it) and the mailbox (where the office has one) are labelled wherever they stand, each whole,
    the numbers under their columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h427.phone(row), h427.fax(row), h427.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:mtel"): n_tel})
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            if n_fax:
                expected[(fax, "PHONE_NUMBER", "national:mfax")] = n_fax
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h427.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:mtel": 800, "national:mfax": 84, "register": 698}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is ten bare digits, a number a person could hold, no two alike; the
    faxes are ten digits too (47 placeholders of zeros and 4 copies of the telephone are not
    written as faxes); 399 mailboxes, one empty field; the postal codes as published (23 cut
    short after a space, ``G0R 1E``); only the office's columns are kept."""
    rows = h427.data()["rows"]
    tels = [h427.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{10}", tel) for tel in tels)
    assert all(personal_phone(tel, "CA") for tel in tels)
    assert len(set(tels)) == 400
    faxes = [row["fields"]["mfax"] for row in rows]
    assert all(re.fullmatch(r"\d{10}", f) for f in faxes)
    assert sum(f == "0000000000" for f in faxes) == 47
    assert sum(f == row["fields"]["mtel"] for f, row in zip(faxes, rows, strict=True)) == 4
    assert sum(bool(h427.fax(row)) for row in rows) == 349
    mails = [row["fields"]["mcourriel"] for row in rows]
    assert sum(bool(h427.email(row)) for row in rows) == 399 and mails.count("") == 1
    assert all(m in ("", h427.email(row)) for m, row in zip(mails, rows, strict=True))
    assert all(tuple(row["fields"]) == extractor.KEPT for row in rows)
    codes = Counter(
        "whole" if re.fullmatch(r"[A-Z]\d[A-Z]\d[A-Z]\d", code) else "cut"
        for code in (row["fields"]["mcodpos"] for row in rows)
        if re.fullmatch(r"[A-Z]\d[A-Z]\d[A-Z]\d|[A-Z]\d[A-Z] \d[A-Z]", code)
    )
    assert codes == {"whole": 377, "cut": 23}, "postal codes as published, 23 cut short"


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The municipality's name, postal code and geographic code stand in every record's text,
    outside the labels (a name may also stand inside a labelled mailbox)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h427._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each request parses as JSON, the row's values where its service puts them, the amounts
    and the checksums consistent."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, fax, mail = h427.phone(row), h427.fax(row), h427.email(row)
        org, zip_code = h427.organisation(row), row["fields"]["mcodpos"]
        if r["layout"] == "nuvei_payment":
            assert doc["currency"] == "CAD" and re.fullmatch(r"\d+\.\d\d", doc["amount"])
            assert re.fullmatch(r"\d{14}", doc["timeStamp"])
            assert doc["userTokenId"] == f"mun-{row['fields']['mcode']}"
            for key in ("billingAddress", "shippingAddress"):
                address = doc[key]
                assert address["phone"] == tel and address.get("email", "") == mail
                assert address["lastName"] == org and address["zip"] == zip_code
                assert address["state"] == "QC" and address["country"] == "CA"
            parts = ("merchantId", "merchantSiteId", "clientRequestId", "amount", "currency")
            raw = "".join(doc[k] for k in parts) + doc["timeStamp"]
            assert doc["checksum"] == hashlib.sha256(raw.encode()).hexdigest()
        elif r["layout"] == "worldline_payment":
            assert doc["payment_method"] == "token" and doc["language"] == "fre"
            assert doc["token"]["complete"] is True and doc["token"]["name"] == org
            for key in ("billing", "shipping"):
                address = doc[key]
                assert address["phone_number"] == tel
                assert address.get("email_address", "") == mail
                assert address["name"] == org and address["postal_code"] == zip_code
                assert address["province"] == "QC" and address["country"] == "CA"
            assert doc["custom"]["ref2"] == row["fields"]["mcode"]
        elif r["layout"] == "easyship_shipment":
            dest = doc["destination_address"]
            assert dest["contact_phone"] == tel and dest.get("contact_email", "") == mail
            assert dest["company_name"] == org and dest["postal_code"] == zip_code
            assert dest["country_alpha2"] == "CA" and dest["contact_name"] in h427.SERVICES
            notes = doc["order_data"]["buyer_notes"]
            assert f"Appeler au {tel} avant la livraison." in notes
            assert (f"télécopieur au {fax}." in notes) == bool(fax)
            items = doc["parcels"][0]["items"]
            weight = sum(i["actual_weight"] * i["quantity"] for i in items)
            assert doc["parcels"][0]["total_actual_weight"] == round(weight, 1)
        else:
            info = doc["orderInformation"]
            assert info["amountDetails"]["currency"] == "CAD"
            for key in ("billTo", "shipTo"):
                address = info[key]
                assert address["phoneNumber"] == tel and address.get("email", "") == mail
                assert address["company"] == org and address["postalCode"] == zip_code
                assert address["administrativeArea"] == "QC" and address["country"] == "CA"
            merchant = {m["key"]: m["value"] for m in doc["merchantDefinedInformation"]}
            assert merchant["2"] == row["fields"]["mcode"]


def test_the_extractor_keeps_a_municipality_by_its_rules(monkeypatch):
    """On a few rows: a telephone of seven digits or more is kept, not a placeholder of zeros,
    not a telephone a municipality kept before has, not one an earlier Canadian part holds
    (with or without the leading 1), nor a row whose fax an earlier part holds; the persons'
    columns are dropped, the kept values unchanged."""
    earlier = json.loads(
        (ROOT / "scripts" / "data" / "pii_ca_qc_services_de_garde.json").read_text("utf-8")
    )["rows"][0]["fields"]["Téléphone"]
    earlier_digits = re.sub(r"\D", "", earlier)[:10]
    header = [*extractor.KEPT, "maire", "con1", "dirgen"]

    def row(code: str, tel: str, fax: str) -> dict[str, str]:
        out = dict.fromkeys(header, "")
        out.update(mcode=code, munnom=f"Lieu {code}", mtel=tel, mfax=fax, maire="Une Personne")
        return out

    rows = [
        row("1", "4505382664", "0000000000"),
        row("2", "0000000000", "4505550000"),
        row("3", "4505382664", "4505550001"),
        row("4", earlier_digits, "4505550002"),
        row("5", "8195550003", earlier_digits),
        row("6", "8195550004", "8195550004"),
    ]
    out = io.StringIO()
    writer = csv.DictWriter(out, header)
    writer.writeheader()
    writer.writerows(rows)
    monkeypatch.setattr(extractor, "_git", lambda *a: out.getvalue().encode("utf-8-sig"))
    kept = extractor.extract({"CA": Path("unused")})["rows"]
    assert [k["fields"]["mcode"] for k in kept] == ["1", "6"]
    assert [k["path"] for k in kept] == ["MUN.csv#0", "MUN.csv#5"]
    assert all(tuple(k["fields"]) == extractor.KEPT for k in kept)
    assert kept[0]["fields"]["mtel"] == "4505382664" and kept[0]["fields"]["mfax"] == "0000000000"
    assert extractor.line_of("1-450-538-2664") == "4505382664"


def test_provenance():
    sources = h427.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "Thower56/DSDD_Module02"
    assert ca["commit"] == "823789ada18690a7b94ae5d775b18165ac6d86da"
    assert ca["paths"] == ["MUN.csv"]
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h427.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h427, "held_out_427", tmp_path)
