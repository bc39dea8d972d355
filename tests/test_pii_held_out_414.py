"""held_out_414 of the PII evaluation set (scripts/pii_held_out_414.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real fax, mobile
or mailbox, unchanged, each copy labelled; the centre's name, comune and list id are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps the
list's rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import it_lombardia_centri_sportivi_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_414 as h414  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("DENOMINAZIONE_CENTRO", "COMUNE", "CENTRO_ID")
# copies of each value a record of each layout writes: (each number, the mailbox)
COPIES = {
    "mindbody_location": (1, 1),
    "mailup_recipient": (1, 1),
    "intercom_lead": (1, 1),
    "hcard_directory": (1, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h414.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h414.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h414.data()["rows"]) == 154
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h414.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mindbody_location": 39,
        "mailup_recipient": 39,
        "intercom_lead": 38,
        "hcard_directory": 38,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The fax and the mobile (where each is a number) and the mailbox (where the centre has
    one) are labelled wherever they stand, each whole, the numbers under their columns; nothing
    else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        n_num, n_mail = COPIES[r["layout"]]
        expected = Counter()
        for column, value in h414.numbers(row):
            assert text.count(value) == n_num, r["id"]
            expected[(value, "PHONE_NUMBER", f"national:{column}")] = n_num
        mail = h414.email(row)
        if mail:
            assert text.count(mail) == n_mail, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        tel = row["fields"].get("TELEFONO", "")
        assert not tel or tel not in text, r["id"]  # the trunk-less number is never written


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h414.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:FAX": 139, "national:CELLULARE": 34, "register": 134}


def test_the_data_keeps_the_published_shape():
    """Every written number is a number a person could hold, as one run of digits or with one
    slash, dot or hyphen; every row has one or two; the fields are strings as the layer gives
    them (``TELEFONO`` as the JSON number's text)."""
    rows = h414.data()["rows"]
    for row in rows:
        nums = h414.numbers(row)
        assert 1 <= len(nums) <= 2, row["path"]
        for _, value in nums:
            assert re.fullmatch(r"\d{2,4}[/.\-]?\d{5,9}", value), value
            assert personal_phone(value, "IT"), value
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert re.fullmatch(r"|\d+\.\d+", row["fields"].get("TELEFONO", "")), row["path"]
    assert sum(bool(h414.mobile(row)) for row in rows) == 34
    assert sum(bool(h414.email(row)) for row in rows) == 108
    assert Counter(row["fields"]["PROVINCIA"] for row in rows) == {
        "SO": 47, "VA": 46, "MI": 37, "CO": 24,
    }  # fmt: skip


def test_the_extractor_keeps_its_rules():
    """The layer is read as JSON once its trailing commas go, every number kept as its text;
    a row is kept where its fax or mobile holds seven digits or more."""
    text = (
        'var exp_Mappacentrisportivi = {"type": "FeatureCollection", "features": [\n'
        '{"properties": {"FAX": "0", "CELLULARE": null, "TELEFONO": 31376097.0,},},\n'
        '{"properties": {"FAX": "031/531533", "CELLULARE": "347-1886794", "CENTRO_ID": 6983}}\n'
        "]};"
    )
    first, second = extractor.features(text)
    assert first == {"FAX": "0", "CELLULARE": "", "TELEFONO": "31376097.0"}
    assert second["CENTRO_ID"] == "6983"
    assert extractor.numbers_of(first) == []
    assert extractor.numbers_of(second) == ["031531533", "3471886794"]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "39")
    for row in h414.data()["rows"]:
        assert not set(extractor.numbers_of(row["fields"])) & earlier, row["path"]


def _body(text: str) -> dict:
    """The JSON body of an HTTP/1.1 request."""
    head, body = text.split("\r\n\r\n", 1)
    assert head.split("\r\n")[0].endswith(" HTTP/1.1")
    return json.loads(body)


class _Classes(HTMLParser):
    """The text under each class of an hCard page, and the ``href`` of its links."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[list[str]] = []
        self.found: dict[str, list[str]] = {}
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "href" in a:
            self.hrefs.append(a["href"])
        if tag not in ("meta",):
            self.stack.append((a.get("class") or "").split())

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for classes in self.stack:
            for c in classes:
                self.found.setdefault(c, []).append(data)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, HTTP requests with JSON bodies, HTML), the
    row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        nums, mail, name = h414.numbers(row), h414.email(row), h414.name(row)
        if r["layout"] == "mindbody_location":
            doc = json.loads(text)
            assert doc["PaginationResponse"]["TotalResults"] == len(doc["Locations"]) == 1
            loc = doc["Locations"][0]
            assert loc["Name"] == name and loc["City"] == h414.town(row)
            assert loc["Phone"] == nums[0][1]
            assert (bool(mail) and mail in loc["BusinessDescription"]) == bool(mail)
        elif r["layout"] == "mailup_recipient":
            assert "/Console/List/" in text.split("\r\n")[0]
            body = _body(text)
            assert body["Name"] == name and body["Email"] == (mail or None)
            assert body["MobileNumber"] == h414.mobile(row)
            fields = {f["Description"]: f["Value"] for f in body["Fields"]}
            assert fields.get("fax", "") == h414.fax(row)
            assert fields["codice centro"] == h414.centre_id(row)
        elif r["layout"] == "intercom_lead":
            assert text.startswith("POST /contacts HTTP/1.1\r\n")
            body = _body(text)
            assert body["role"] == "lead" and body["name"] == name
            assert body["phone"] == nums[0][1] and body.get("email", "") == mail
            assert body["custom_attributes"]["comune"] == h414.town(row)
        else:
            page = _Classes()
            page.feed(text)
            assert html.unescape(page.found["fn"][0]) == name
            assert [v for v in page.found["value"]] == [v for _, v in nums]
            assert page.hrefs == ([f"mailto:{mail}"] if mail else [])
            assert "".join(page.found.get("email", [])) == mail


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name, comune and list id stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h414._f(_row(r), column)
            if r["layout"] == "hcard_directory":
                value = html.escape(value)
            else:
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            if column == "CENTRO_ID" and r["layout"] == "mindbody_location":
                continue  # the Location model has no place for the list's id
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h414.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "mappagiocodazzardo/mappagiocodazzardo.github.io"
    assert it["commit"] == "c780255ff9b30a59ef97b3bd8bd8e8063225c39d"
    assert it["paths"] == ["src/data/exp_sport.js"]
    assert "not confirmed" in it["licence"] and "not confirmed" in it["publisher"]
    assert Counter(r["country"] for r in h414.data()["rows"]) == {"IT": 154}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h414, "held_out_414", tmp_path)
