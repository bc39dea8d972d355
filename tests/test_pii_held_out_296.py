"""held_out_296 of the PII evaluation set (scripts/pii_held_out_296.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; every copy of the kept mailbox labelled; the errand
service's name is in the text and unlabelled) and are rebuilt byte for byte from the committed
data, and the data from the fetched mirror where it is on the machine. No recognizer runs here:
the part is scored from its committed file."""

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

import fi_helsinki_errand_phones_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_296 as h296  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/City-of-Helsinki+drupal-tpr-aggregator/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h296.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h296.by_locale()[locale][n]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string's content)."""
    if layout == "netvisor_customer":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h296.data()["rows"]) == 158
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h296.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "netvisor_customer": 40, "respa_resource": 40,
        "kerrokantasi_hearing": 39, "openahjo_agenda_item": 39,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_mailbox_is_labelled_unchanged(records):
    """The phone field stands twice in each record, each of its numbers labelled on its own
    under ``phone``; the mailbox, where the row keeps one, is labelled at every copy; nothing
    else is labelled and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h296.phone(row)
        assert text.count(value) == 2, r["id"]
        expected = Counter()
        for s, e in h296.phone_numbers(value):
            assert personal_phone(value[s:e], "FI"), r["id"]
            expected[value[s:e]] += 2
        phones = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        assert phones == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        mail = h296.email(row)
        assert mails == ([mail] * text.count(mail) if mail else []), r["id"]
        assert not mail or mails, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h296.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"international:phone": 168, "national:phone": 152, "register": 66}


def test_a_field_of_two_numbers_is_two_labels_and_its_words_stay_out():
    assert h296.phone_numbers("Puh. +358 (0)9 310 38064 tai +358 (0)9 310 31902") == [
        (5, 24),
        (29, 48),
    ]
    assert h296.phone_numbers("+358 9 310 111 11, +358 40 922 5126") == [(0, 17), (19, 35)]
    assert h296.phone_numbers("09 310 5015 (vaihde)") == [(0, 11)]
    assert h296.phone_numbers("p. 09 310 26301") == [(3, 15)]
    assert h296.phone_numbers("+358\u202f9\u202f310\u202f40400") == [(0, 16)]


def test_the_data_keeps_the_published_shape():
    """158 telephone channels, each phone field with a number of seven digits or more, 30 with
    outer blanks or zero-width spaces kept as published, 81 beginning with ``+358``, 10 with
    narrow no-break spaces inside; 53 rows keep a mailbox, none a staff member's."""
    rows = h296.data()["rows"]
    assert len(rows) == 158
    for row in rows:
        numbers = h296.phone_numbers(h296.phone(row))
        assert numbers and all(
            sum(c.isdigit() for c in h296.phone(row)[s:e]) >= 7 for s, e in numbers
        )
        assert row["fields"]["channel_type"] == "Puhelinpalvelu"
    assert sum(row["fields"]["phone"] != h296.phone(row) for row in rows) == 30
    assert sum(h296.phone(row).startswith("+358") for row in rows) == 81
    assert sum("\u202f" in h296.phone(row) for row in rows) == 10
    mails = [h296.email(row) for row in rows if h296.email(row)]
    assert len(mails) == 53
    assert not set(mails) & extractor.PERSON_MAILBOXES
    assert all(re.fullmatch(r"[a-z.-]+@(edu\.)?(hel|hesy)\.fi", m) for m in mails)


def test_the_errand_service_name_is_in_the_text_and_unlabelled(records):
    for r in records:
        value = _encoded(r["layout"], h296._f(_row(r), "errand_name"))
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's phone field and mailbox where the format
    puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h296.phone(row), h296.email(row)
        if r["layout"] == "netvisor_customer":
            root = ET.fromstring(text.encode("utf-8"))
            base = root.find("Customer/CustomerBaseInformation")
            assert base.findtext("PhoneNumber") == tel
            assert base.findtext("Email") == mail
            assert base.findtext("ExternalIdentifier") == "0201256-6"
            comment = root.findtext("Customer/CustomerAdditionalInformation/Comment")
            assert f"Puhelinpalvelu {tel}." in comment
            continue
        doc = json.loads(text)
        if r["layout"] == "respa_resource":
            assert f"numerosta {tel}." in doc["reservation_info"]["fi"]
            contact = doc["responsible_contact_info"]["fi"]
            assert contact.endswith(f"puh. {tel}, {mail}" if mail else f"puh. {tel}")
            assert doc["name"]["fi"] == h296._f(row, "errand_name")
        elif r["layout"] == "kerrokantasi_hearing":
            (person,) = doc["contact_persons"]
            assert person["phone"] == tel and person["email"] == mail
            assert f"numerossa {tel}." in doc["abstract"]["fi"]
            assert set(doc["title"]) <= {"fi", "sv"}
        else:
            summary = doc["content"][1]["text"]
            assert f"puhelinnumerossa {tel}." in summary
            assert summary.count(tel) == 2
            assert doc["issue"]["register_id"].startswith("HEL 2024-")
            assert doc["permalink"].endswith(doc["issue"]["register_id"].lower().replace(" ", "-"))


def test_provenance():
    sources = h296.data()["sources"]
    assert set(sources) == {"FI"}
    fi = sources["FI"]
    assert fi["repository"] == "City-of-Helsinki/drupal-tpr-aggregator"
    assert fi["commit"] == "4dd7ef93ebf80d0ed75d223a78f7c558faf60fa6"
    assert fi["paths"] == ["errandservices.json"]
    assert "not confirmed" in fi["licence"] and fi["publisher"]
    rows = h296.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FI": 158}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"FI": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h296, "held_out_296", tmp_path)
