"""held_out_473 of the PII evaluation set (scripts/pii_held_out_473.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the row's real
numbers or of its mailbox, unchanged, each copy labelled; the school's name and settlement are
in the text and unlabelled) and are rebuilt byte for byte from the committed data; the
extractor's rules hold on its rows. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import base64
import json
import re
import sys
from collections import Counter
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ke_kibera_schools_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_473 as h473  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# records of each layout (schools without a mailbox take eTIMS or Pesaflow)
COUNTS = {
    "etims_customer": 104,
    "billmanager_optin": 42,
    "ipay_checkout": 36,
    "pesaflow_checkout": 98,
}
HTML_LAYOUTS = ("ipay_checkout", "pesaflow_checkout")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h473.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h473.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h473.data()["rows"]) == 280
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        row = _row(r)
        assert r["layout"] == h473.layout_of(row, n)
        assert r["source"] == row["path"]
        assert r["locale"] == "reg:KE"
        assert r["language"] == "en"
        if not h473.email(row):
            assert r["layout"] in h473.NO_MAIL
    assert Counter(r["layout"] for r in records) == COUNTS


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field and the mailbox (where the school has one) are labelled
    once, each whole, where the layout writes the field; nothing else is labelled and no
    distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers, mail = h473.phones(row), h473.email(row)
        assert text.count(h473.phone(row)) == 1, r["id"]
        expected = Counter(
            {(p, "PHONE_NUMBER", "national:osm:contact:phone"): text.count(p) for p in numbers}
        )
        assert all(text.count(p) == 1 for p in numbers), r["id"]
        if mail:
            assert text.count(mail) == 1, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = 1
        noted = 0
        for other in h473.address_emails(row):
            expected[(other, "EMAIL_ADDRESS", "register")] = text.count(other)
            noted += text.count(other)
        assert text.count("@") == (1 if mail else 0) + noted, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h473.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:osm:contact:phone": 306, "register": 173}


def test_no_other_run_of_seven_digits_stands_unlabelled(records):
    """The invented ids, amounts and hashes hold no run of seven digits: every such run in a
    text lies in a label, but for the nine digits of the KRA PINs of eTIMS (``P057144037K``)
    and the box and postal code of the school's published address (``P O Box 56979 -
    00200``), phone-shaped distractors left unlabelled on purpose."""
    for r in records:
        postal = h473._f(_row(r), "osm:contact:address")
        for m in re.finditer(r"\d[\d -]{5,}\d", r["text"]):
            if len(digits_of(m.group())) < 7:
                continue
            if re.fullmatch(r"P\d{9}[A-Z]", r["text"][m.start() - 1 : m.end() + 1]):
                continue
            if m.group() in postal and r["layout"] == "etims_customer":
                continue
            inside = any(s <= m.start() and m.end() <= e for s, e, *_ in r["spans"])
            assert inside, (r["id"], m.group())


def test_the_data_keeps_the_published_shape():
    """The phone fields are as the mappers typed them: every number one a person could hold,
    24 fields of two or three numbers, no two fields with the same digits; 172 of the 280
    mailboxes are one well-formed address, the rest empty or typed wrongly (not written)."""
    rows = h473.data()["rows"]
    assert all(personal_phone(p, "KE") for row in rows for p in h473.phones(row))
    assert sum(len(h473.phones(row)) > 1 for row in rows) == 24
    assert sum(len(h473.phones(row)) for row in rows) == 306
    assert len({digits_of(h473.phone(row)) for row in rows}) == 280
    assert all(re.fullmatch(r"[\d /,-]+", h473.phone(row)) for row in rows)
    mails = [h473.email(row) for row in rows if h473.email(row)]
    assert len(mails) == 172
    odd = [
        row["fields"][h473.EMAIL]
        for row in rows
        if row["fields"][h473.EMAIL] and not h473.email(row)
    ]
    assert "angelsofhopek@yahoo,com" in odd
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_keeps_its_rules():
    """Seven digits or more, the first of each set of digits, none an earlier Kenyan part
    holds; the person-naming columns left out."""
    rows = h473.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "254")
    for row in rows:
        assert len(digits_of(row["fields"][h473.PHONE])) >= 7
        assert not any(d in earlier for d in extractor.numbers_in(row["fields"][h473.PHONE]))
        assert set(row["fields"]) == set(extractor.KEPT)
        assert "osm:_user" not in row["fields"]
    order = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert order == sorted(order)
    assert extractor.numbers_in("0723268266/ 0721596086") == ["0723268266", "0721596086"]
    assert extractor.numbers_in("0721 44 85 28, 0727 969723") == ["0721448528", "0727969723"]


class _Form(HTMLParser):
    """The hidden inputs of a page's form, by name."""

    def __init__(self) -> None:
        super().__init__()
        self.inputs: dict[str, str] = {}
        self.action = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.action = a["action"]
        if tag == "input" and a.get("type") == "hidden":
            self.inputs[a["name"]] = a["value"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML attribute text, or a JSON string)."""
    if layout in HTML_LAYOUTS:
        return escape(value, quote=True)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's name and settlement stand in every record's text, outside the labels (a
    Bill Manager opt-in names the school only in its logo and callback addresses)."""
    for r in records:
        row = _row(r)
        values = (h473.name(row), h473.settlement(row))
        if r["layout"] == "billmanager_optin":
            values = (re.sub(r"[^a-z]+", "-", h473.name(row).lower()).strip("-")[:40],)
        for value in values:
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, an HTTP request with a JSON body, HTML forms
    by the standard library), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h473.phone(row), h473.email(row), h473.name(row)
        if r["layout"] == "etims_customer":
            doc = json.loads(text)
            assert doc["telNo"] == tel and doc["email"] == (mail or None)
            assert doc["custNm"] == name and doc["useYn"] == "Y"
            assert re.fullmatch(r"P\d{9}[A-Z]", doc["tin"])
            assert re.fullmatch(r"P\d{9}[A-Z]", doc["custTin"])
        elif r["layout"] == "billmanager_optin":
            head, body = text.split("\r\n\r\n", 1)
            assert head.startswith("POST /v1/billmanager-invoice/optin HTTP/1.1\r\n")
            doc = json.loads(body)
            assert doc["officialContact"] == tel and doc["email"] == mail
            assert re.fullmatch(r"\d{6}", doc["shortcode"]) and doc["sendReminders"] == "1"
        else:
            form = _Form()
            form.feed(text)
            form.close()
            got = form.inputs
            if r["layout"] == "ipay_checkout":
                assert form.action == "https://payments.ipayafrica.com/v3/ke"
                assert got["tel"] == tel and got["eml"] == mail and got["p2"] == name
                assert got["curr"] == "KES" and re.fullmatch(r"[0-9a-f]{40}", got["hsh"])
                assert got["inv"] == got["p4"] and got["oid"] in got["inv"]
            else:
                assert form.action.endswith("/PaymentAPI/iframev2.1.php")
                assert got["clientMSISDN"] == tel and got["clientEmail"] == mail
                assert got["clientName"] == name and got["currency"] == "KES"
                assert re.fullmatch(r"[0-9a-f]{64}", base64.b64decode(got["secureHash"]).decode())
                assert got["billRefNumber"] in got["callBackURLOnSuccess"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h473.data()["sources"]
    assert set(sources) == {"KE"}
    ke = sources["KE"]
    assert ke["repository"] == "devgateway/map-kibera-schools"
    assert ke["commit"] == "7a3c0f46d4b5b93ad08836eae0e1e1d495f4d351"
    assert ke["paths"] == ["content/download/nairobi-combined-schools.csv"]
    assert "ODbL" in ke["licence"] and ke["publisher"]
    assert Counter(r["country"] for r in h473.data()["rows"]) == {"KE": 280}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h473, "held_out_473", tmp_path)
