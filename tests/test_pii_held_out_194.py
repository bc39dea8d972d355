"""held_out_194 of the PII evaluation set (scripts/pii_held_out_194.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; every labelled e-mail address is the row's kept
address; the name and postal address are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_194 as h194  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of each field each layout writes (where the row has the field)
COPIES = {
    "ussd_response": {"phone": 1, "fax": 1, "email": 0},
    "ushahidi_post": {"phone": 2, "fax": 1, "email": 1},
    "police_api_neighbourhood": {"phone": 2, "fax": 1, "email": 1},
    "whatsapp_template": {"phone": 1, "fax": 1, "email": 1},
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h194.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h194.by_locale()[locale][n]


def _expected(row: dict, text: str) -> tuple[set, set, set]:
    """The spans the part must label in ``text``, found here on their own: every copy of the
    e-mail address, then of the phone field, then of the fax field, a copy lying in one taken
    before it skipped; each number of a phone or fax copy a label if a person could hold it (a
    distractor if not)."""
    taken: list[tuple[int, int, str]] = []
    for kind, value in (("email", h194.email(row)), ("phone", h194.phone(row)),
                        ("fax", h194.fax(row))):  # fmt: skip
        if not value:
            continue
        for m in re.finditer(re.escape(value), text):
            if not any(s <= m.start() and m.end() <= e for s, e, _ in taken):
                taken.append((m.start(), m.end(), kind))
    labels, short, emails = set(), set(), set()
    for start, end, kind in taken:
        if kind == "email":
            emails.add((start, end))
            continue
        for s, e in numbers(text[start:end]):
            column = h194.PHONE if kind == "phone" else h194.FAX
            if personal_phone(text[start + s : start + e], "ZA"):
                labels.add((start + s, start + e, f"national:{column}"))
            else:
                short.add((start + s, start + e))
    return labels, short, emails


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h194.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h194.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h194.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the fields stand if a
    person could hold it, under its column, and the kept e-mail address wherever it stands;
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        labels, short, emails = _expected(row, text)
        got = {(s, e, kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"}
        assert got == labels, r["id"]
        assert {(s, e) for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"} == emails, r["id"]
        assert {(s, e) for s, e, *_ in r["distractors"]} == short, r["id"]
        assert not r["unscored"]


def test_each_layout_writes_its_copies(records):
    for r in records:
        row, text = _row(r), r["text"]
        copies = COPIES[r["layout"]]
        assert text.count(h194.phone(row)) >= copies["phone"], r["id"]
        if h194.fax(row):
            assert text.count(h194.fax(row)) >= copies["fax"], r["id"]
        if h194.email(row):
            assert text.count(h194.email(row)) == copies["email"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h194.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone": 664, "national:Fax": 306, "register": 181}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; the fields are strings as
    the page gives them; every number is written with the area code and a hyphen but three
    faxes in one run; 139 phone fields hold two numbers; every kept e-mail address is one
    address on ``saps.gov.za``."""
    rows = h194.data()["rows"]
    assert Counter(row["fields"]["province"] for row in rows) == {
        "Eastern Cape": 44, "Western Cape": 44, "Kwazulu-Natal": 43, "Gauteng": 38,
        "Free State": 32, "Limpopo": 31, "Northern Cape": 27, "Mpumalanga": 25, "North West": 16,
    }  # fmt: skip
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["Phone"]) >= 6
        assert all(isinstance(v, str) for v in row["fields"].values())
        for key in ("Phone", "Fax"):
            for part in re.split(r",\s*", row["fields"].get(key, "")):
                assert not part or re.fullmatch(r"0\d{2}-\d{7}(/\d\d)?|0\d{9}", part), part
        if "Email" in row["fields"]:
            assert re.fullmatch(r"[\w.'-]+@saps\.gov\.za", row["fields"]["Email"])
    assert sum(len(numbers(h194.phone(row))) == 2 for row in rows) == 139
    assert sum(bool(h194.fax(row)) for row in rows) == 286
    assert sum(bool(h194.email(row)) for row in rows) == 240


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or plain text)."""
    if layout == "ussd_response":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The station's name stands in every record's text, and its postal address in every one
    but the USSD screens, outside the labels (the name may also stand inside the station's
    labelled e-mail address, ``Cedarvillesaps@...``)."""
    for r in records:
        row = _row(r)
        values = [h194.station(row)]
        if r["layout"] != "ussd_response":
            values.append(h194._f(row, "Postal"))
        for value in filter(None, values):
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                    r["text"])]  # fmt: skip
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            free = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert free, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's fields where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h194.phone(row), h194.fax(row), h194.email(row)
        if r["layout"] == "ussd_response":
            head, body = text.split("\r\n\r\n", 1)
            lines = head.split("\r\n")
            assert lines[0] == "HTTP/1.1 200 OK"
            headers = dict(line.split(": ", 1) for line in lines[1:])
            assert int(headers["Content-Length"]) == len(body.encode("utf-8"))
            assert body.startswith(("CON ", "END "))
            assert f"\nTel: {tel}\n" in body
            assert not fax or f"\nFax: {fax}\n" in body
        elif r["layout"] == "ushahidi_post":
            doc = json.loads(text)
            assert doc["url"].endswith(f"/posts/{doc['id']}") and doc["type"] == "report"
            values = [v[0] for v in doc["values"].values()]
            assert tel in values and h194.sid(row) in values
            assert (fax in values) == bool(fax) and (mail in values) == bool(mail)
            assert f"Phone {tel}." in doc["content"]
            keys = list(doc["values"])
            assert all(re.fullmatch(r"[0-9a-f-]{36}", k) for k in keys)
        elif r["layout"] == "police_api_neighbourhood":
            doc = json.loads(text)
            contact = doc["contact_details"]
            assert contact["telephone"] == tel
            assert contact.get("fax", "") == fax and contact.get("email", "") == mail
            assert doc["url_force"] == h194._f(row, "page_url")
            assert doc["description"].endswith(f"on {tel}.</p>")
            assert doc["id"].endswith(h194.sid(row))
        else:
            doc = json.loads(text)
            assert doc["category"] == "UTILITY" and re.fullmatch(r"[a-z0-9_]+", doc["name"])
            body = next(c for c in doc["components"] if c["type"] == "BODY")
            assert f"\nTel: {tel}\n" in body["text"]
            assert not fax or f"\nFax: {fax}\n" in body["text"]
            assert not mail or f"\nEmail: {mail}\n" in body["text"]
            assert len(body["example"]["body_text"][0]) == body["text"].count("{{")


def test_provenance():
    sources = h194.data()["sources"]
    assert set(sources) == {"ZA"}
    za = sources["ZA"]
    assert za["repository"] == "Kebalepile/Goverment-Service-Locator"
    assert za["commit"] == "11be7c169eb89183132462443b8f11d2f843ddf8"
    assert za["paths"] == ["saps/refined_data.json"]
    assert "not confirmed" in za["licence"] and za["publisher"]
    rows = h194.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ZA": 300}
    assert all(r["path"].startswith("saps/refined_data.json#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h194, "held_out_194", tmp_path)
