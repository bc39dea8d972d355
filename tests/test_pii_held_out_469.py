"""held_out_469 of the PII evaluation set (scripts/pii_held_out_469.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real number, fax or
mailbox, unchanged, each copy labelled, an extension beside a number unlabelled; the town, the
office's name and ZIP code are in the text and unlabelled) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_469 as h469  # noqa: E402 - the scripts folder's modules
import us_ma_town_clerks_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"
# copies of each value a record of each layout writes: (number, fax, e-mail)
COPIES = {
    "nist_err_xml": (2, 1, 2),
    "civicinfo_voterinfo": (2, 1, 1),
    "mobilize_events": (2, 1, 2),
    "constant_contact": (2, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h469.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h469.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h469.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h469.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h469.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The number (written whole, or with its extension after it), the fax (where it is a line
    of its own) and the mailbox (where the office has one) are labelled wherever they stand,
    each whole, the numbers under their columns; an extension is never inside a label; nothing
    else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        num, fax, mail = h469.number(row), h469.fax(row), h469.email(row)
        n_num, n_fax, n_mail = COPIES[r["layout"]]
        expected = Counter({(num, "PHONE_NUMBER", "national:phone"): n_num})
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            expected[(fax, "PHONE_NUMBER", "national:fax")] = n_fax
        if mail:
            assert text.count(mail) == n_mail, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(num) == n_num, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        if h469.extension(row):
            whole = [m.start() for m in re.finditer(re.escape(h469.phone(row)), text)]
            assert whole, r["id"]
            for at in whole:
                tail = range(at + len(num), at + len(h469.phone(row)))
                assert [at, at + len(num)] in [span[:2] for span in r["spans"]], r["id"]
                assert not any(s <= i < e for i in tail for s, e, *_ in r["spans"]), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h469.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 600, "national:fax": 297, "register": 443}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is ``NNN-NNN-NNNN``, 95 with an extension after `` x``/`` X``, a number
    a person could hold, no two alike; the faxes are in the same shape or empty (two are the
    phone again and are not written as faxes); the mailboxes are one address or empty; the
    fields are the strings the list gives."""
    rows = h469.data()["rows"]
    phones = [h469.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{3}-\d{3}-\d{4}(?: [xX] ?[\d#]+)?", p) for p in phones)
    assert sum(bool(h469.extension(row)) for row in rows) == 95
    assert all(personal_phone(h469.number(row), "US") for row in rows)
    assert len({re.sub(r"\D", "", h469.number(row)) for row in rows}) == 300
    faxes = [row["fields"]["fax"] for row in rows]
    assert all(re.fullmatch(r"\d{3}-\d{3}-\d{4}", f) for f in faxes if f)
    assert sum(bool(f) for f in faxes) == 299 and sum(bool(h469.fax(row)) for row in rows) == 297
    mails = [row["fields"]["email"] for row in rows]
    assert sum(bool(m) for m in mails) == 294
    assert all(m == h469.email(row) for m, row in zip(mails, rows, strict=True))
    assert all(set(row["fields"]) == {"locale", "city", "address", "phone", "fax", "email"}
               for row in rows)  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "nist_err_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The town, the office's name and the ZIP code (where the address ends in one) stand in
    every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h469.town(row), h469.office(row), h469.zip_code(row)):
            if not value:
                continue
            encoded = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, num, fax, mail = h469.phone(row), h469.number(row), h469.fax(row), h469.email(row)
        if r["layout"] == "nist_err_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "ElectionReport"
            assert root.findtext("Status") == "pre-election"
            units = root.findall("GpUnitCollection/GpUnit")
            assert [u.get(XSI) for u in units] == ["ReportingUnit", "ReportingUnit"]
            assert units[0].findtext("ComposingGpUnitIds") == units[1].get("objectId")
            ci = units[1].find("ContactInformation")
            assert units[1].findtext("Name") == h469.town(row)
            assert ci.findtext("Phone") == tel and ci.findtext("Name") == h469.office(row)
            assert (ci.findtext("Fax") or "") == fax and (ci.findtext("Email") or "") == mail
            admin = units[1].find("ElectionAdministration/ContactInformation")
            assert admin.findtext("Phone") == num
        elif r["layout"] == "civicinfo_voterinfo":
            doc = json.loads(text)
            assert doc["kind"] == "civicinfo#voterInfoResponse"
            local = doc["state"][0]["local_jurisdiction"]
            assert local["name"] == h469.town(row)
            official = local["electionAdministrationBody"]["electionOfficials"][0]
            assert official["officePhoneNumber"] == tel
            assert official.get("faxNumber", "") == fax
            assert official.get("emailAddress", "") == mail
            assert f"call {num} when" in doc["earlyVoteSites"][0]["notes"]
        elif r["layout"] == "mobilize_events":
            doc = json.loads(text)
            assert doc["count"] == len(doc["data"]) == 1
            event = doc["data"][0]
            assert event["contact"]["phone_number"] == num
            assert event["contact"]["email_address"] == (mail or None)
            assert f"phone {tel}" in event["description"]
            assert event["location"]["locality"] == h469.town(row)
            assert event["location"]["postal_code"] == h469.zip_code(row)
            assert len(event["location"]["address_lines"]) == 2
            slot = event["timeslots"][0]
            assert slot["end_date"] > slot["start_date"] > event["created_date"]
        else:
            doc = json.loads(text)
            assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                r"[0-9a-f]{12}", doc["contact_id"])  # fmt: skip
            by_kind = {p["kind"]: p["phone_number"] for p in doc["phone_numbers"]}
            assert by_kind["work"] == tel and by_kind.get("other", "") == fax
            assert doc.get("email_address", {}).get("address", "") == mail
            assert doc["notes"][0]["content"].endswith(f"main line {num}")
            assert doc["street_addresses"][0]["city"] == h469.town(row)


def test_the_extractor_keeps_the_published_strings_and_drops_repeated_numbers():
    """The extractor's rules on a few entries of the list's shape: each list's one string is
    kept unchanged ("" for an empty list), ``url`` is left out, and a number already kept or
    held by an earlier United States part is not taken again."""
    entry = {
        "locale": "Abington",
        "city": "Abington",
        "address": "Office Of The Town Clerk, 500 Gliniewicz Way, Abington, Ma 02351",
        "phones": ["781-982-2112"],
        "faxes": ["781-982-2121"],
        "emails": ["lmadams@abingtonma.gov"],
        "url": "lmadams@abingtonma.gov",
    }
    assert extractor.kept_fields(entry) == {
        "locale": "Abington",
        "city": "Abington",
        "address": "Office Of The Town Clerk, 500 Gliniewicz Way, Abington, Ma 02351",
        "phone": "781-982-2112",
        "fax": "781-982-2121",
        "email": "lmadams@abingtonma.gov",
    }
    bare = {**entry, "faxes": [], "emails": [], "phones": ["413-743-8300 x 176"]}
    kept = extractor.kept_fields(bare)
    assert (kept["phone"], kept["fax"], kept["email"]) == ("413-743-8300 x 176", "", "")
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "1")
    kept_digits = {re.sub(r"\D", "", h469.number(row)) for row in h469.data()["rows"]}
    assert not kept_digits & earlier
    assert not {f"1{d}" for d in kept_digits} & earlier
    assert all(name.startswith("pii_") for name in extractor.EARLIER)
    assert "pii_us_ma_town_clerks.json" not in extractor.EARLIER


def test_provenance():
    sources = h469.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "vote-by-mail/election-official-data"
    assert us["commit"] == "180d58d00f5d4e78c48b7cc9e0bd097c4394cb7d"
    assert us["paths"] == ["public/massachusetts.json"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h469.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h469, "held_out_469", tmp_path)
