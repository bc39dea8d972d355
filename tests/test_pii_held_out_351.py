"""held_out_351 of the PII evaluation set (scripts/pii_held_out_351.py): its committed records
keep the generator's invariants (every labelled phone is the number of the row's real phone
field, copied unchanged, each copy labelled whole; every labelled address is the row's real
e-mail field; the name and address are in the text and unlabelled) and are rebuilt byte for
byte from the committed data, which the extractor rebuilds from the source repository. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import es_madrid_hotels_data as source  # noqa: E402 - the scripts folder's modules
import pii_held_out_351 as h351  # noqa: E402
from register_contacts_data import digits_of  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of the number and of the address each layout writes
PHONE_COPIES = {
    "hotelbeds_hotel": 2,
    "mews_configuration": 1,
    "channex_property": 2,
    "beds24_property": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h351.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h351.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h351.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h351.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ES"
        assert r["split"] == "held_out_351"
    assert Counter(r["layout"] for r in records) == {layout: 125 for layout in h351.LAYOUTS}


def test_every_copy_of_the_phone_and_address_is_labelled_unchanged(records):
    """The number the phone field holds is labelled whole wherever it stands, under its
    column; the address wherever it stands; nothing else is, and no number is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h351.phone(row), h351.email(row)
        assert tel in row["fields"]["phone"] and tel == tel.strip()
        copies = PHONE_COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        phones = [(text[s:e], k) for s, e, t, k in r["spans"] if t == "PHONE_NUMBER"]
        kind = "international" if h351.international(tel) else "national"
        assert Counter(phones) == {(tel, f"{kind}:phone"): copies}, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if mail:
            assert mail in row["fields"]["email"] and text.count(mail) == 1
            assert emails == [mail], r["id"]
        else:
            assert not emails and "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h351.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"international:phone": 745, "national:phone": 5, "register": 422}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds one number of nine digits after its country code or
    without it (one with a mistyped ``+345``), written as published, blanks and stray marks
    around it included; the e-mail fields are single addresses as published; 217 hotels."""
    rows = h351.data()["rows"]
    assert Counter(r["fields"]["Categoria"] for r in rows)["Hoteles"] == 217
    odd = 0
    for row in rows:
        field, tel = row["fields"]["phone"], h351.phone(row)
        national = digits_of(tel)[2:] if h351.international(tel) else digits_of(tel)
        if len(national) != 9:
            assert tel == "(+345) 91 531 66 00"
            odd += 1
        rest = field.replace(tel, "", 1)
        assert re.fullmatch(r"[\s/\ufeff]*", rest), field
    assert odd == 1
    assert sum(row["fields"]["phone"] != h351.phone(row) for row in rows) == 169
    mails = [row["fields"]["email"] for row in rows if row["fields"]["email"]]
    assert len(mails) == 422
    assert all(re.fullmatch(r"\s*[\w.+-]+@[\w-]+(\.[\w-]+)+\s*", m) for m in mails)
    assert not set(mails) & {m for m in source.DROPPED_EMAILS}


def test_the_numbers_are_no_earlier_parts():
    """No kept number is a value of seven digits or more in an earlier part's data."""
    earlier = source.earlier()
    for row in h351.data()["rows"]:
        assert source._national(digits_of(row["fields"]["phone"])) not in earlier


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text (as JSON strings), outside the
    labels."""
    for r in records:
        for column in ("name", "address"):
            value = json.dumps(h351._text(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's number and address where the format puts
    them."""
    for r in records:
        row = _row(r)
        tel, mail, name = h351.phone(row), h351.email(row) or None, h351._text(row, "name")
        doc = json.loads(r["text"])
        if r["layout"] == "hotelbeds_hotel":
            assert doc["from"] == doc["to"] == doc["total"] == 1
            (hotel,) = doc["hotels"]
            assert hotel["name"]["content"] == name and hotel.get("email") == mail
            assert hotel["phones"] == [{"phoneNumber": tel, "phoneType": "PHONEHOTEL"}]
            assert f"Teléfono del establecimiento: {tel}." in hotel["description"]["content"]
            assert hotel["lastUpdate"] == row["fields"]["@fechaActualizacion"]
        elif r["layout"] == "mews_configuration":
            enterprise = doc["Enterprise"]
            assert enterprise["Name"] == name and enterprise["Phone"] == tel
            assert enterprise["Email"] == mail
            assert enterprise["Address"]["Id"] == enterprise["AddressId"]
            assert doc["Service"]["EnterpriseId"] == enterprise["Id"]
        elif r["layout"] == "channex_property":
            prop = doc["property"]
            assert prop["title"] == name and prop["phone"] == tel and prop["email"] == mail
            assert prop["content"]["description"].endswith(f"en el teléfono {tel}.")
        else:
            (prop,) = doc
            assert prop["name"] == name and prop["phone"] == tel and prop.get("email") == mail
            assert re.fullmatch(r"[A-Z]{2,3}-\d{3,4}", prop["permit"])
            assert prop["roomTypes"] and prop["checkInEnd"] == "23:00"


def test_provenance():
    sources = h351.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "JhonFajardoRodas/X-Nav-Practica-Hoteles"
    assert es["commit"] == "ef11f9cf3d67039521be22c118347d41dfeba19f"
    assert es["paths"] == ["alojamientos.json"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h351.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("body" in r["fields"] for r in rows)


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched mirror (skipped
    where the mirror is not on this machine)."""
    git = Path("/work/.mirror/JhonFajardoRodas+X-Nav-Practica-Hoteles/repo/.git")
    if not git.is_dir():
        pytest.skip("the source repository's mirror is not here")
    data = source.extract({"ES": git})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == source.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h351, "held_out_351", tmp_path)
