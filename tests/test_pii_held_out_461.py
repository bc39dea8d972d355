"""held_out_461 of the PII evaluation set (scripts/pii_held_out_461.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the body's name, organisation number and postcode are in the
text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps
what its rules say. No recognizer runs here: the part is scored from its committed file."""

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

import no_difi_etatsbasen_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_461 as h461  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

DIBK = "{https://skjema.ft.dibk.no/ettrinn/v4}"
# copies of each number a record of each layout writes
COPIES = {"brreg_enhet": 1, "altinn_party": 1, "einnsyn_enhet": 1, "dibk_ettrinn": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h461.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h461.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h461.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h461.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:NO"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h461.LAYOUTS}


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """Each kept telephone is labelled wherever it stands, whole, under its column; nothing
    else is labelled, no distractor is, and no record holds an e-mail address."""
    for r in records:
        row, text = _row(r), r["text"]
        copies = COPIES[r["layout"]]
        expected = Counter()
        for key in h461.PHONES:
            value = h461._f(row, key)
            if value:
                assert text.count(value) == copies, (r["id"], value)
                expected[(value, "PHONE_NUMBER", f"national:{key}")] = copies
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text and not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h461.international)
    assert kinds == {"national:phone_1": 375, "national:phone_2": 38}


def test_the_data_keeps_the_published_shape():
    """Every kept number is a Norwegian one as the register writes it (eight digits in pairs,
    or three-two-three; one of seven), a number a person could hold, no two alike and none an
    earlier Norwegian part holds; each body has an organisation number of nine digits; the
    fields are strings as the tables give them."""
    rows = h461.data()["rows"]
    numbers = [h461._f(row, k) for row in rows for k in h461.PHONES if h461._f(row, k)]
    assert len(numbers) == 330 and sum(bool(h461._f(r, "phone_2")) for r in rows) == 30
    assert Counter(re.sub(r"\d", "9", n) for n in numbers) == {
        "99 99 99 99": 307, "999 99 999": 18, "99 99 99  99": 2, "99 999 999": 1,
        "999 99999": 1, "9999999": 1,
    }  # fmt: skip
    # one embassy's second number has seven digits as the register writes it (``9501072``)
    assert all(personal_phone(n, "NO") and len(digits_of(n)) in (7, 8) for n in numbers)
    assert len({digits_of(n) for n in numbers}) == 330
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "47")
    assert not {digits_of(n) for n in numbers} & earlier
    for row in rows:
        f = row["fields"]
        assert re.fullmatch(r"\d{9}", f["orgid"]) and f["name_nb"]
        assert f["intcode_1"] == "+47" and f["type_1"] in extractor.KINDS
        assert all(isinstance(v, str) for v in f.values())
    assert Counter(r["fields"]["orgstructid"] for r in rows)["66"] == 137


def test_the_extractor_keeps_numbers_alone_of_its_kinds():
    """The extractor's rule on rows of the phone table as the register writes them."""

    def line(phone: str, kind: str = "Telefon") -> dict[str, str]:
        return {"tailid": "1", "intcode": "+47", "phone": phone, "phonecomment": "", "type": kind}

    assert extractor.usable(line("22 24 20 00"))
    assert extractor.usable(line("466 15 650"))
    assert extractor.usable(line("800 80 000", "Grønt nummer"))
    assert not extractor.usable(line("22 24 20 01", "Telefaks"))
    assert not extractor.usable(line("02800"))
    assert not extractor.usable(line("0 52 53"))
    assert not extractor.usable(line("Ordretelefon 800 80 960"))
    assert not extractor.usable(line("815 33 300<br />55 32 56 97"))


def test_landline_and_mobile():
    def row(first: str, second: str = "") -> dict:
        return {"fields": {"phone_1": first, "phone_2": second}}

    assert h461.landline_and_mobile(row("35 02 80 00")) == ("35 02 80 00", "")
    assert h461.landline_and_mobile(row("478 02 222", "72 85 80 00")) == (
        "72 85 80 00",
        "478 02 222",
    )
    assert h461.landline_and_mobile(row("22 02 95 00", "22 13 90 14")) == (
        "22 02 95 00",
        "22 13 90 14",
    )


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "dibk_ettrinn":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The body's name, organisation number and postcode (where it has one) stand in every
    record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for column in ("name_nb", "orgid", "postalcode"):
            value = h461._f(row, column)
            if not value:
                continue
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        telefon, mobil = h461.landline_and_mobile(row)
        name, org = h461.name(row), h461.orgnr(row)
        if r["layout"] == "brreg_enhet":
            doc = json.loads(text)
            assert doc["organisasjonsnummer"] == org and doc["navn"] == name
            assert doc["telefon"] == telefon and doc.get("mobil", "") == mobil
            assert doc["_links"]["self"]["href"].endswith(f"/enheter/{org}")
            assert re.fullmatch(r"\d\d\.\d{3}", doc["naeringskode1"]["kode"])
        elif r["layout"] == "altinn_party":
            doc = json.loads(text)
            assert doc["partyTypeName"] == 2 and doc["orgNumber"] == org
            assert 50_000_000 <= doc["partyId"] < 52_000_000
            o = doc["organization"]
            assert o["orgNumber"] == org and o["name"] == name
            assert o["telephoneNumber"] == telefon and (o["mobileNumber"] or "") == mobil
            assert o["eMailAddress"] is None and o["faxNumber"] is None
        elif r["layout"] == "einnsyn_enhet":
            doc = json.loads(text)
            assert doc["entity"] == "Enhet" and doc["orgnummer"] == org and doc["navn"] == name
            assert re.fullmatch(r"enhet_01[0-9a-hjkmnp-tv-z]{24}", doc["id"])
            assert doc["kontaktpunktTelefon"] == h461.contact_phones(row)
            assert doc["kontaktpunktTelefon"].startswith(h461._f(row, "phone_1"))
            assert doc["kontaktpunktEpost"] is None
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{DIBK}ettrinn"
            for tag in ("tiltakshaver", "ansvarligSoeker"):
                party = root.find(f"{DIBK}{tag}")
                assert party.findtext(f"{DIBK}organisasjonsnummer") == org
                assert party.findtext(f"{DIBK}navn") == name
                assert party.findtext(f"{DIBK}telefonnummer") == telefon
                assert (party.findtext(f"{DIBK}mobilnummer") or "") == mobil


def test_provenance():
    sources = h461.data()["sources"]
    assert set(sources) == {"NO"}
    no = sources["NO"]
    assert no["repository"] == "datahotellet/dataset-archive"
    assert no["commit"] == "9d94679af8c740c5e8639cc7d523e8214c0b245c"
    assert no["paths"] == [
        f"datasets/difi/etatsbasen/{t}/dataset.csv"
        for t in ("organization", "phone", "visitaddress", "url")
    ]
    assert "not confirmed" in no["licence"] and no["publisher"]
    rows = h461.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NO": 300}
    assert all(r["path"].startswith(no["paths"][0] + "#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h461, "held_out_461", tmp_path)
