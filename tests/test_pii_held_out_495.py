"""held_out_495 of the PII evaluation set (scripts/pii_held_out_495.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
mailbox, unchanged, each copy labelled; the office's name, postcode and town are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps the
rows its rules name. No recognizer runs here: the part is scored from its committed file."""

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

import ch_zivilstandsaemter_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_495 as h495  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("name", "postalCode", "city")
GRAMPS = "{http://gramps-project.org/xml/1.1.4/}"
# copies of each value a record of each layout writes: (telephone, mailbox)
COPIES = {
    "onegov_agency": (3, 3),
    "bexio_contact": (1, 1),
    "post_dcapi_label": (1, 2),
    "gramps_xml": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h495.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h495.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h495.data()["rows"]) == 119
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h495.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in {"en", "de", "fr", "it"}
    assert Counter(r["layout"] for r in records) == {
        "onegov_agency": 30, "bexio_contact": 30, "post_dcapi_label": 30, "gramps_xml": 29,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the mailbox (where the office has one) are labelled wherever they
    stand, each whole, the number under its column; nothing else is labelled and no
    distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h495.phone(row), h495.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        kind = "international" if h495.international(tel) else "national"
        expected = Counter({(tel, "PHONE_NUMBER", f"{kind}:phone"): n_tel})
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, k) for s, e, t, k in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h495.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 92, "international:phone": 87, "register": 179}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is a Swiss number of ten digits, written ``0NN NNN NN NN`` or
    ``+41 NN NNN NN NN``, a number a person could hold, no two alike in national form; the
    101 mailboxes are well formed, eight fields say ``Kontaktformular`` instead and ten are
    empty; the fax is empty everywhere; the offices' languages by their names."""
    rows = h495.data()["rows"]
    tels = [h495.phone(row) for row in rows]
    assert all(re.fullmatch(r"0\d\d \d{3} \d\d \d\d|\+41 \d\d \d{3} \d\d \d\d", t) for t in tels)
    assert all(personal_phone(t, "CH") for t in tels)
    assert len({extractor.national(t) for t in tels}) == 119
    assert Counter(h495.international(t) for t in tels) == {False: 62, True: 57}
    mails = [h495.email(row) for row in rows if h495.email(row)]
    assert len(mails) == 101
    others = Counter(row["fields"]["email"] for row in rows if not h495.email(row))
    assert others == {"": 10, "Kontaktformular": 7, "Kontaktformular auf Website": 1}
    assert all(row["fields"]["fax"] == "" for row in rows)
    assert Counter(h495.language(row) for row in rows) == {"de": 92, "fr": 21, "it": 6}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "gramps_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name, postcode and town stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h495._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, XML by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h495.phone(row), h495.email(row), row["fields"]["name"]
        if r["layout"] == "onegov_agency":
            collection = json.loads(text)["collection"]
            assert collection["version"] == "1.0" and len(collection["items"]) == 1
            item = collection["items"][0]
            data = {d["name"]: d["value"] for d in item["data"]}
            assert data["title"] == name and data["phone"] == tel and data["email"] == mail
            assert f'<a href="tel:{tel}">{tel}</a>' in data["portrait"]
            assert (f'<a href="mailto:{mail}">{mail}</a>' in data["portrait"]) == bool(mail)
            assert data["location_code_city"] == h495.town(row)
            assert {link["rel"] for link in item["links"]} == {
                "organigram", "parent", "children", "memberships",
            }  # fmt: skip
        elif r["layout"] == "bexio_contact":
            doc = json.loads(text)
            assert doc["contact_type_id"] == 1 and doc["name_1"] == name
            assert doc["phone_fixed"] == tel and doc["mail"] == mail
            assert doc["postcode"] == row["fields"]["postalCode"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", doc["updated_at"])
        elif r["layout"] == "post_dcapi_label":
            doc = json.loads(text)
            assert doc["language"] == h495.language(row).upper()
            assert re.fullmatch(r"\d{8}", doc["frankingLicense"])
            recipient = doc["item"]["recipient"]
            assert recipient["name1"] == name and recipient["phone"] == tel
            assert recipient.get("email", "") == mail
            notes = doc["item"].get("notification", [])
            assert [n["communication"]["email"] for n in notes] == ([mail] if mail else [])
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{GRAMPS}database"
            repo = root.find(f"{GRAMPS}repositories/{GRAMPS}repository")
            source = root.find(f"{GRAMPS}sources/{GRAMPS}source")
            assert source.find(f"{GRAMPS}reporef").get("hlink") == repo.get("handle")
            assert repo.findtext(f"{GRAMPS}rname") == name
            assert repo.findtext(f"{GRAMPS}address/{GRAMPS}phone") == tel
            hrefs = [u.get("href") for u in repo.findall(f"{GRAMPS}url")]
            assert (f"mailto:{mail}" in hrefs) == bool(mail)


def test_the_extractor_keeps_the_rows_its_rules_name():
    """A number of seven digits or more is kept once, in national form (the calling code as
    the trunk 0), and not where an earlier part holds it; the kept columns are the named
    ones."""
    assert extractor.national("+41 56 648 74 90") == "0566487490"
    assert extractor.national("0041 56 648 74 90") == "0566487490"
    assert extractor.national("062 869 11 30") == "0628691130"
    base = {column: "" for column in extractor.COLUMNS}
    found = [
        {**base, "name": "A", "phone": "+41 26 305 14 17", "research": "x"},
        {**base, "name": "B", "phone": "026 305 14 17"},
        {**base, "name": "C", "phone": "117"},
        {**base, "name": "D", "phone": "044 123 45 67"},
        {**base, "name": "E", "phone": "062 869 11 30"},
    ]
    rows = extractor.kept(found, earlier={"0441234567"})
    assert [r["fields"]["name"] for r in rows] == ["A", "E"]
    assert [r["path"] for r in rows] == ["lib/registry-data.ts#0", "lib/registry-data.ts#4"]
    assert set(rows[0]["fields"]) == set(extractor.COLUMNS)
    text = f'x {extractor.START}[{{"a": 1}}]{extractor.END}\n'
    assert extractor.offices(text) == [{"a": 1}]


def test_provenance():
    sources = h495.data()["sources"]
    assert set(sources) == {"CH"}
    ch = sources["CH"]
    assert ch["repository"] == "robinschmidli-star/hochzeitstandesamt"
    assert ch["commit"] == "cad8f7aa55dafffdf22e240387bcf788c4370dab"
    assert ch["paths"] == ["lib/registry-data.ts"]
    assert "not confirmed" in ch["licence"] and ch["publisher"]
    rows = h495.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CH": 119}
    assert all(set(r["fields"]) == set(extractor.COLUMNS) for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h495, "held_out_495", tmp_path)
