"""held_out_336 of the PII evaluation set (scripts/pii_held_out_336.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; every copy of the kept e-mail address labelled; the name is in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import nl_goudawijzer_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_336 as h336  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of the phone field and of the e-mail address each layout writes
PHONE_COPIES = {
    "nlds_page": 2, "signalen_signal": 1, "picqer_customer": 1, "simplicate_organization": 1,
}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h336.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h336.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h336.data()["rows"]) == 528
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h336.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:NL"
    assert Counter(r["layout"] for r in records) == {
        "nlds_page": 132, "signalen_signal": 132, "picqer_customer": 132,
        "simplicate_organization": 132,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """The phone field is labelled wherever it stands, under its column, and the kept e-mail
    address wherever it stands; nothing else is, and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h336.phone(row), h336.email(row)
        assert text.count(tel) == PHONE_COPIES[r["layout"]], r["id"]
        assert personal_phone(tel, "NL")
        phones = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert phones == [tel] * PHONE_COPIES[r["layout"]], r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == ([mail] if mail else []), r["id"]
        if mail:
            assert text.count(mail) == 1, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_labels_keep_their_kind(records):
    kinds = phone_kinds(records, h336.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefoon": 660, "register": 455}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a Dutch number of seven digits or more with its trunk ``0``,
    no mobile, in the site's blank-separated groups; 455 rows keep an e-mail address that
    names no person; no field names a person by initials."""
    rows = h336.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h336.phone(row)) for row in rows)
    assert shapes == {
        "999 9999 999": 271, "9999 999 999": 223, "9999 999 9999": 16, "9999 9999": 16,
        "999 9999 99": 2,
    }  # fmt: skip
    for row in rows:
        assert row["fields"]["telefoon"] == h336.phone(row)
        assert h336.phone(row).startswith("0") and not h336.phone(row).startswith("06")
        assert not extractor.PERSON.search(row["fields"]["naam"])
    mails = [h336.email(row) for row in rows if h336.email(row)]
    assert len(mails) == 455 and all(m.count("@") == 1 for m in mails)
    assert not any(m.rsplit("@", 1)[1].lower() in extractor.FREE_MAIL for m in mails)
    assert Counter(h336.phone(row)[:4] == "0182" for row in rows)[True] == 191


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text or a JSON string)."""
    if layout == "nlds_page":
        return escape(value, {'"': "&quot;"})
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_name_is_in_the_text_and_unlabelled(records):
    for r in records:
        value = _encoded(r["layout"], _row(r)["fields"]["naam"])
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Page(HTMLParser):
    """The data list's key/value texts and the ``mailto:`` links of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.items: dict[str, str] = {}
        self.key = ""
        self.mailto: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in ("meta", "link"):
            self.stack.append(attrs.get("class") or "")
        if tag == "a" and (attrs.get("href") or "").startswith("mailto:"):
            self.mailto.append(attrs["href"].removeprefix("mailto:"))

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "utrecht-data-list__item-key":
            self.key = data
        elif self.stack and self.stack[-1] == "utrecht-data-list__item-value":
            self.items[self.key] = data


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's number and address where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h336.phone(row), h336.email(row), row["fields"]["naam"]
        if r["layout"] == "nlds_page":
            page = _Page()
            page.feed(text)
            page.close()
            assert not page.stack, r["id"]
            assert page.items["Telefoon"] == tel
            assert page.mailto == ([mail] if mail else [])
            assert f"Bel {escape(name)} op {tel} " in text
        elif r["layout"] == "signalen_signal":
            doc = json.loads(text)
            assert doc["reporter"]["phone"] == tel
            assert doc["reporter"]["email"] == (mail or None)
            assert doc["status"]["state"] == "m" and doc["id_display"] == f"SIG-{doc['id']}"
            assert name in doc["text"]
            assert doc["location"]["geometrie"]["type"] == "Point"
        elif r["layout"] == "picqer_customer":
            doc = json.loads(text)
            assert doc["telephone"] == tel and doc["name"] == name
            assert doc["emailaddress"] == (mail or None)
            assert all(a["country"] == "NL" for a in doc["addresses"])
        else:
            doc = json.loads(text)["data"]
            assert doc["phone"] == tel and doc["email"] == mail and doc["name"] == name
            assert doc["id"].startswith("organization:")


def test_provenance():
    sources = h336.data()["sources"]
    assert set(sources) == {"NL"}
    nl = sources["NL"]
    assert nl["repository"] == "Adel-Atzouza/ProjectD-Scraper"
    assert nl["commit"] == "397a771723dceb87942c4d49ba96097e8edf9dca"
    assert nl["paths"] == ["result/alle_organisaties.csv"]
    assert "not confirmed" in nl["licence"] and nl["publisher"]
    rows = h336.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NL": 528}
    assert all(set(r["fields"]) == {"naam", "telefoon", "email", "website", "adres"} for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h336, "held_out_336", tmp_path)
