"""held_out_501 of the PII evaluation set (scripts/pii_held_out_501.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone or
e-mail field, unchanged, each copy labelled; the unit's name, street and postcode are in the
text and unlabelled; each layout parses as its format) and are rebuilt byte for byte from the
committed data; the extractor (scripts/fi_oulu_evaka_units_data.py) keeps the rows its rules
name. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fi_oulu_evaka_units_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_501 as h501  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the unit's identifiers, in every layout
IDENTIFIERS = ("name", "street_address", "postal_code")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h501.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h501.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h501.data()["rows"]) == 195
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h501.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}" == "reg:FI"
        assert r["language"] in {"fi", "en"}
    assert Counter(r["layout"] for r in records) == {
        "varda_toimipaikka": 49,
        "paytrail_payment": 49,
        "smartship_shipment": 49,
        "klarna_session": 48,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone field and the e-mail field are labelled wherever they stand (each layout
    writes each once), each whole, the number under the ``phone`` column; nothing else is
    labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h501.phone_field(row), h501.email_field(row)
        assert text.count(tel) == 1 and text.count(mail) == 1, r["id"]
        assert text.count("@") == 1, r["id"]
        expected = Counter(
            {
                (tel, "PHONE_NUMBER", "international:phone"): 1,
                (mail, "EMAIL_ADDRESS", "register"): 1,
            }
        )
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h501.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"international:phone": 195, "register": 195}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one number of the calling code 358 and eight to ten digits
    more, with no plus but in one, a number a person could hold; no family day carer, closed
    unit or test unit is kept; every kept unit has a mailbox (one with a trailing space); the
    fields are the statement's strings (or None for its nulls)."""
    rows = h501.data()["rows"]
    numbers = [h501.phone_field(row) for row in rows]
    assert all(re.fullmatch(r"\+?358\d{8,10}", p) for p in numbers)
    assert [p for p in numbers if p.startswith("+")] == ["+358401681839"]
    assert all(personal_phone(p, "FI") for p in numbers)
    assert all(row["fields"]["phone"] == h501.phone_field(row) for row in rows)
    assert all("FAMILY" not in row["fields"]["type"] for row in rows)
    assert all(row["fields"]["closing_date"] is None for row in rows)
    assert not any("testausta" in row["fields"]["name"] for row in rows)
    mails = [h501.email_field(row) for row in rows]
    assert all(re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", m) for m in mails)
    assert sum(row["fields"]["email"] != h501.email_field(row) for row in rows) == 1
    assert sum(m.endswith("@ouka.fi") for m in mails) == 132
    assert Counter(row["fields"]["type"] for row in rows) == {
        "{PRESCHOOL,CENTRE}": 100,
        "{CLUB}": 39,
        "{CENTRE}": 32,
        "{CENTRE,PRESCHOOL}": 18,
        "{PRESCHOOL}": 6,
    }
    assert Counter(row["fields"]["provider_type"] for row in rows) == {
        "MUNICIPAL": 132,
        "PRIVATE_SERVICE_VOUCHER": 60,
        "PRIVATE": 3,
    }
    assert all(v is None or isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name, street and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h501._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _business_id_right(value: str) -> bool:
    """Whether a Finnish business id's check digit is right."""
    body, check = value.split("-")
    rest = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return rest != 1 and int(check) == (0 if rest == 0 else 11 - rest)


def _reference_right(value: str) -> bool:
    """Whether a Finnish payment reference's check digit is right."""
    body = value[:-1]
    total = sum(int(d) * w for d, w in zip(reversed(body), [7, 3, 1] * 4, strict=False))
    return int(value[-1]) == (10 - total % 10) % 10


def _paytrail(text: str) -> tuple[str, dict[str, str], str]:
    """The request line, headers and body of a Paytrail HTTP message."""
    head, body = text.split("\n\n", 1)
    line, *fields = head.split("\n")
    headers = dict(f.split(": ", 1) for f in fields)
    return line, headers, body.removesuffix("\n")


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the Paytrail request
    as an HTTP message whose signature is the HMAC of its headers and body), the row's fields
    where the format puts them, the invented business ids and references with their check
    digits right and the amounts adding up."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h501.phone_field(row), h501.email_field(row), h501.name(row)
        if r["layout"] == "varda_toimipaikka":
            assert text.count("\n") == 1 and text.endswith("\n")
            doc = json.loads(text)
            assert list(doc)[:4] == ["vakajarjestaja", "kayntiosoite", "postiosoite", "nimi"]
            assert doc["nimi"] == name and doc["kayntiosoite"] == h501.street(row)
            assert doc["puhelinnumero"] == tel and doc["sahkopostiosoite"] == mail
            assert doc["kayntiosoite_postinumero"] == h501.postcode(row)
            assert doc["kunta_koodi"] == "564" and doc["toimintamuoto_koodi"] == "tm01"
            expected = h501.JARJESTAMISMUOTO[row["fields"]["provider_type"]]
            assert doc["jarjestamismuoto_koodi"] == [expected]
            assert doc["varhaiskasvatuspaikat"] == int(row["fields"]["capacity"])
            assert doc["alkamis_pvm"] == row["fields"]["opening_date"]
            assert re.fullmatch(
                r"https://backend\.varda\.opintopolku\.fi/api/v1/vakajarjestajat/\d+/",
                doc["vakajarjestaja"],
            )
        elif r["layout"] == "paytrail_payment":
            line, headers, body = _paytrail(text)
            assert line == "POST /payments HTTP/1.1"
            assert headers["Host"] == "services.paytrail.com"
            assert headers["checkout-account"] == "375917"
            assert int(headers["Content-Length"]) == len(body.encode("utf-8"))
            checkout = sorted((k, v) for k, v in headers.items() if k.startswith("checkout-"))
            payload = "\n".join([*(f"{k}:{v}" for k, v in checkout), body])
            mac = hmac.new(b"SAIPPUAKAUPPIAS", payload.encode(), hashlib.sha256).hexdigest()
            assert headers["signature"] == mac
            doc = json.loads(body)
            assert doc["customer"] == {"email": mail, "phone": tel, "companyName": name}
            assert doc["invoicingAddress"]["postalCode"] == h501.postcode(row)
            assert doc["amount"] == sum(i["unitPrice"] * i["units"] for i in doc["items"])
            assert _reference_right(doc["reference"])
        elif r["layout"] == "smartship_shipment":
            doc = json.loads(text)["shipment"]
            receiver = doc["receiver"]
            assert receiver["name"] == name and receiver["address1"] == h501.street(row)
            assert receiver["phone"] == tel and receiver["email"] == mail
            assert receiver["zipcode"] == h501.postcode(row) and receiver["country"] == "FI"
            assert doc["service"] == {"id": "PO2103"}
            assert _business_id_right(doc["sender"]["orgNo"])
            assert "phone" not in doc["sender"] and "email" not in doc["sender"]
        else:
            doc = json.loads(text)
            billing = doc["billing_address"]
            assert billing["organization_name"] == name
            assert billing["phone"] == tel and billing["email"] == mail
            assert billing["postal_code"] == h501.postcode(row)
            lines = doc["order_lines"]
            assert all(x["total_amount"] == x["unit_price"] * x["quantity"] for x in lines)
            assert doc["order_amount"] == sum(x["total_amount"] for x in lines)
            assert doc["order_tax_amount"] == sum(x["total_tax_amount"] for x in lines)
            assert all(
                x["total_tax_amount"] == x["total_amount"] - round(x["total_amount"] / 1.255)
                for x in lines
            )


def test_provenance():
    sources = h501.data()["sources"]
    assert set(sources) == {"FI"}
    fi = sources["FI"]
    assert fi["repository"] == "Oulunkaupunki/evakaoulu"
    assert fi["commit"] == "fd7faa60880e3cb6102bae24f3d1d350651ab5d4"
    assert fi["paths"] == [extractor.PATH]
    assert "not confirmed" in fi["licence"] and fi["publisher"]
    rows = h501.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FI": 195}
    assert all(r["path"].startswith(extractor.PATH + "#") for r in rows)


DUMP = """-- a header
INSERT INTO public.daycare (id, name, type, phone, email, closing_date, ghost_unit)
VALUES  ('a', 'Koivulan pk', '{PRESCHOOL,CENTRE}', '358503967163', 'k@ouka.fi ', null, false),
        ('b', 'Yksityinen perhepäivähoitaja Anna', '{FAMILY}', '358401234567', '', null, false),
        ('c', 'Vanha päiväkoti', '{CENTRE}', '358401234568', '', '2021-06-30', false),
        ('d','Koepäiväkoti (testausta varten)','{CENTRE}','358401234569','',NULL,False),
        ('e','Kerho','{CLUB}','123','',NULL,False),
        ('f','O''Neilin päiväkoti','{CENTRE}','+358405048819','m@ouka.fi',NULL,False)
ON CONFLICT (id) DO NOTHING;"""


def test_the_extractor_reads_the_statement_and_keeps_what_its_rules_name():
    """The statement's rows as written, with or without a blank after each comma (quotes
    undoubled, ``null`` and ``NULL`` as None, trailing spaces kept, ``false`` and ``False`` as
    written); a unit is kept unless it is a family day carer, closed, the test unit, without a
    number of seven digits or more, or holding a number an earlier part holds."""
    rows = extractor.insert_rows(DUMP, extractor.TABLE)
    assert [r["id"] for r in rows] == ["a", "b", "c", "d", "e", "f"]
    assert rows[0]["email"] == "k@ouka.fi " and rows[0]["closing_date"] is None
    assert rows[0]["ghost_unit"] == "false" and rows[5]["ghost_unit"] == "False"
    assert rows[5]["name"] == "O'Neilin päiväkoti" and rows[2]["closing_date"] == "2021-06-30"
    assert rows[3]["closing_date"] is None
    kept = [r["id"] for r in rows if extractor.kept(r, set())]
    assert kept == ["a", "f"]
    assert not extractor.kept(rows[5], {"358405048819"})


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h501, "held_out_501", tmp_path)
