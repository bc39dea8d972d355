"""held_out_521 of the PII evaluation set (scripts/pii_held_out_521.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real booking line
or mailbox, unchanged, each copy labelled; the prison's name, NOMIS code and postcode are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import gb_prison_visits_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_521 as h521  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the prison's identifiers, in every layout (the Prison Visits Booking API's prison object has
# no NOMIS code)
IDENTIFIERS = ("name", "nomis_id", "postcode")
# copies of each value a record of each layout writes: (booking line, mailbox)
COPIES = {
    "pvb_prison_api": (1, 1),
    "prison_register_contact": (2, 2),
    "nomis_agency_contact": (2, 0),
    "worldpay_order": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h521.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h521.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h521.data()["rows"]) == 96
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h521.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 24 for layout in h521.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The booking line and the mailbox (where the prison has one) are labelled wherever they
    stand, each whole; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h521.phone(row), h521.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:phone_no"): n_tel})
        if mail and n_mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h521.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone_no": 168, "register": 62}


def test_the_data_keeps_the_published_shape():
    """Every kept booking line is a British number of ten or eleven digits with no country
    code, a number a person could hold, no two alike and none an earlier British part holds;
    the mailboxes are on the justice service's domains; ``Unavailable`` and ``Unknown`` are no
    address; the scalar fields are strings as the YAML files write them."""
    rows = h521.data()["rows"]
    tels = [h521.phone(row) for row in rows]
    assert all(re.fullmatch(r"0\d{2,4}(?: \d{3,4}){1,2}|0\d{4} \d{6}", tel) for tel in tels)
    assert all(personal_phone(tel, "GB") for tel in tels)
    digits = {re.sub(r"\D", "", tel) for tel in tels}
    assert len(digits) == 96 and all(len(d) in (10, 11) for d in digits)
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "44")
    assert not digits & earlier
    mails = [h521.email(row) for row in rows if h521.email(row)]
    assert len(mails) == 60
    assert all(m.lower().endswith(("@justice.gov.uk", "@hmps.gsi.gov.uk")) for m in mails)
    others = Counter(row["fields"][h521.EMAIL] for row in rows if not h521.email(row))
    assert others == {"Unavailable": 34, "Unknown": 2}
    scalars = ("name", "nomis_id", "address", "postcode", "phone_no", "email_address", "closed")
    assert all(isinstance(row["fields"][k], str) for row in rows for k in scalars)


def test_the_extractor_keeps_the_first_of_a_shared_line_and_drops_earlier_numbers():
    """The extractor's rule on a few rows: a line of seven digits or more, not an earlier
    part's, not one a prison kept before it has."""
    seen: set[str] = set()
    assert extractor.kept({"phone_no": "0300 060 6513"}, set(), seen)
    seen.add("03000606513")
    assert not extractor.kept({"phone_no": "0300 060 6513"}, set(), seen)
    assert not extractor.kept({"phone_no": "0113 203 2570"}, {"01132032570"}, set())
    assert not extractor.kept({"phone_no": "Unavailable"}, set(), set())
    assert not extractor.kept({"name": "Closed"}, set(), set())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "worldpay_order":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The prison's name, NOMIS code (but in the Prison Visits Booking API's answers) and
    postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if column == "nomis_id" and r["layout"] == "pvb_prison_api":
                continue
            value = _encoded(r["layout"], h521._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _http_bodies(text: str) -> list[tuple[str, dict[str, str], dict | None]]:
    """The start line, headers and JSON body (None where it has none) of each message of an
    HTTP/1.1 exchange."""
    out = []
    for message in re.split(r"\n\n(?=(?:GET|PUT) /|HTTP/1\.1 )", text.rstrip("\n")):
        head, body = message.split("\r\n\r\n", 1)
        start, *fields = head.split("\r\n")
        headers = dict(field.split(": ", 1) for field in fields)
        if not body:
            assert "Content-Length" not in headers
            out.append((start, headers, None))
            continue
        assert int(headers["Content-Length"]) == len(body.encode("utf-8"))
        out.append((start, headers, json.loads(body)))
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, HTTP/1.1 messages with JSON bodies, XML), the
    row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h521.phone(row), h521.email(row), row["fields"]["name"]
        code = row["fields"]["nomis_id"]
        if r["layout"] == "pvb_prison_api":
            prison = json.loads(text)["prison"]
            assert prison["phone_no"] == tel and prison["email_address"] == (mail or None)
            assert prison["name"] == name and prison["postcode"] == row["fields"]["postcode"]
            assert prison["max_visitors"] == 6
            assert prison["prison_finder_url"].startswith("https://www.gov.uk/guidance/")
        elif r["layout"] == "prison_register_contact":
            (get, _, none), (ok, _, prison), (req, _, sent), (status, _, answer) = _http_bodies(
                text
            )
            assert get == f"GET /prisons/id/{code} HTTP/1.1" and none is None
            assert ok == "HTTP/1.1 200 OK" and prison["prisonId"] == code
            assert prison["prisonName"] == f"HMP {name}"
            assert prison["addresses"][0]["postcode"] == row["fields"]["postcode"]
            assert req == f"PUT /secure/prisons/id/{code}/department/contact-details HTTP/1.1"
            assert status == "HTTP/1.1 200 OK" and sent == answer
            assert sent["prisonId"] == code and sent["type"] == "SOCIAL_VISIT"
            assert sent["phoneNumber"] == tel and sent.get("emailAddress", "") == mail
        elif r["layout"] == "nomis_agency_contact":
            doc = json.loads(text)
            assert doc["agencyId"] == code and doc["agencyType"] == "INST"
            assert doc["phones"] == [{"number": tel, "type": "VISIT"}]
            assert doc["addresses"][0]["phones"][0]["number"] == tel
            assert doc["addresses"][0]["postalCode"] == row["fields"]["postcode"]
            assert doc["country"] in ("England", "Wales")
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "paymentService" and root.get("version") == "1.4"
            order = root.find("submit/order")
            assert order.get("orderCode").startswith(f"{code}-VH-")
            assert order.find("amount").get("currencyCode") == "GBP"
            assert int(order.find("amount").get("value")) > 0
            for tag in ("shippingAddress", "billingAddress"):
                address = order.find(f"{tag}/address")
                assert address.findtext("telephoneNumber") == tel
                assert address.findtext("address1") == f"HMP {name}"
                assert address.findtext("countryCode") == "GB"
            assert (order.findtext("shopper/shopperEmailAddress") or "") == mail


def test_provenance():
    sources = h521.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "ministryofjustice/prison-visits-2"
    assert gb["commit"] == "a0f2a53844cb76de6426d088dd942205a3ebf7fa"
    assert gb["paths"] == ["db/seeds/prisons/*.yml"]
    assert "not confirmed" in gb["licence"] and gb["publisher"]
    rows = h521.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 96}
    assert all(re.fullmatch(r"db/seeds/prisons/[A-Z]{3}-[a-z-]+\.yml#0", r["path"]) for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h521, "held_out_521", tmp_path)
