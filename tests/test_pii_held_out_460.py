"""held_out_460 of the PII evaluation set (scripts/pii_held_out_460.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
mailbox, unchanged, each copy labelled; the service's name and postcode are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps its
rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import gb_ggc_health_services_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_460 as h460  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (telephone, e-mail)
COPIES = {
    "teamwork_company": (1, 1),
    "halo_site": (2, 1),
    "bc_location": (1, 1),
    "podio_item": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h460.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h460.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h460.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h460.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:GB"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h460.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and (where the service has one) the mailbox are labelled wherever they
    stand, each whole; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h460.phone(row), h460.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected = Counter({(tel, "PHONE_NUMBER", "national:Telephone"): n_tel})
        if mail:
            assert text.count(mail) == n_mail, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h460.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telephone": 600, "register": 6}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one British number of ten or eleven digits as the directory
    writes it, a number a person could hold, no two alike; the mailboxes are the opticians';
    the fields are strings or null (the file's ``NaN``) as published."""
    rows = h460.data()["rows"]
    tels = [h460.phone(row) for row in rows]
    assert all(extractor.one_number(tel) and personal_phone(tel, "GB") for tel in tels)
    assert all(row["fields"]["Telephone"] == h460.phone(row) for row in rows)
    assert len({digits_of(tel) for tel in tels}) == 400
    assert sum("-" in tel for tel in tels) == 11
    mails = [h460.email(row) for row in rows if h460.email(row)]
    assert len(mails) == 6
    assert all(h460.kind(row) == "Optician" for row in rows if h460.email(row))
    assert Counter(h460.kind(row) for row in rows) == {
        "Pharmacy": 123, "Dental practice": 109, "GP practice": 93, "Optician": 65,
        "Hospital": 8, "Sexual health clinic": 2,
    }  # fmt: skip
    assert all(v is None or isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_written_names_and_addresses_are_clean():
    """The names written are the first line of ``Name`` (or the contract holder where the
    directory gives none), never a pharmacist's own name; no address line written holds the
    services list one row's ``Address3`` does."""
    rows = h460.data()["rows"]
    names = [h460.name(row) for row in rows]
    assert all(n and "\n" not in n and not n.startswith("Mr ") for n in names)
    assert sum(not h460._f(row, "Name") for row in rows) == 5
    assert all("\n" not in line for row in rows for line in h460.lines(row))


def test_the_extractor_keeps_its_rules():
    """One number each (the broken fields left out), none an earlier British part holds, no
    two services sharing one, kept in the files' order."""
    for good in ("0141 552 5929", "01389 812070", "01475-724404", "0141-889-8671", "0141-8404444"):
        assert extractor.one_number(good), good
    for odd in ("0141 531 -6650", "01475 60 88 8", "1417750888", None, "0141 552"):
        assert not extractor.one_number(odd), odd
    assert "pii_gb_nhs_dentists.json" in extractor.EARLIER
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "44")
    rows = h460.data()["rows"]
    assert not any(digits_of(r["fields"]["Telephone"]) in earlier for r in rows)
    order = [r["path"].split("#") for r in rows]
    order = [(extractor.PATHS.index(path), int(i)) for path, i in order]
    assert order == sorted(order) and len(set(order)) == 400
    text = 'var X = {"type": "FeatureCollection", "features": [{"properties": {"a": NaN}}]};\n'
    assert extractor.features(text) == [{"properties": {"a": None}}]


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The service's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h460.name(row), h460.postcode(row)):
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON (Business Central's after its request line and headers),
    the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h460.phone(row), h460.email(row), h460.name(row)
        if r["layout"] == "teamwork_company":
            doc = json.loads(text)
            company = doc["company"]
            assert doc["STATUS"] == "OK" and company["name"] == name
            assert company["phone"] == tel and company["emailOne"] == mail
            assert company["zip"] == h460.postcode(row) and company["countrycode"] == "GB"
            assert re.fullmatch(r"\d{6}", company["id"])
        elif r["layout"] == "halo_site":
            doc = json.loads(text)
            assert isinstance(doc, list) and len(doc) == 1
            site = doc[0]
            assert site["name"] == name and site["client_name"] == h460.BOARD
            assert site["phonenumber"] == tel and f"Main line {tel}" in site["notes"]
            assert site.get("emaildomain", "") == (mail.rsplit("@", 1)[1] if mail else "")
            assert h460.place(row) in site["notes"]
        elif r["layout"] == "bc_location":
            head, body = text.split("\n\n", 1)
            request = head.splitlines()
            assert re.fullmatch(
                r"POST https://api\.businesscentral\.dynamics\.com/v2\.0/[0-9a-f-]{36}/"
                r"Production/api/v2\.0/companies\([0-9a-f-]{36}\)/locations",
                request[0],
            )
            assert request[1:] == [
                "Authorization: Bearer {token}",
                "Content-type: application/json",
            ]
            location = json.loads(body)
            assert location["displayName"] == name[:100] and location["country"] == "GB"
            assert location["phoneNumber"] == tel and location["email"] == mail
            assert location["postalCode"] == h460.postcode(row)
        else:
            doc = json.loads(text)
            fields = doc["fields"]
            assert fields["title"] == name and fields["telephone"] == tel
            assert fields.get("email", "") == mail
            assert fields["visit-notes"].endswith(f"on {tel} and sign in at reception.")
            assert doc["external_id"].startswith("ggc-site-") and "nhs-ggc" in doc["tags"]


def test_provenance():
    sources = h460.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "mflynn94/HealthServiceWebMap"
    assert gb["commit"] == "dab3a682250ec427bbb168f44f5652f3304a377f"
    assert gb["paths"] == extractor.PATHS and len(gb["paths"]) == 6
    assert "not confirmed" in gb["licence"] and "NHS inform" in gb["publisher"]
    assert Counter(r["country"] for r in h460.data()["rows"]) == {"GB": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h460, "held_out_460", tmp_path)
