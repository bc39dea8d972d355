"""held_out_412 of the PII evaluation set (scripts/pii_held_out_412.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
e-mail address, unchanged, each copy labelled; the shop's name, postcode and record id are in
the text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor's
rules hold on a few rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fr_paris_livraison_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_412 as h412  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the shop's identifiers, in every layout
IDENTIFIERS = ("nom_du_commerce", "code_postal")
# copies of each value a record of each layout writes: (telephone, e-mail)
COPIES = {
    "partoo_business": (1, 1),
    "sylius_channel": (1, 1),
    "ecwid_profile": (2, 1),
    "mollie_profile": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h412.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h412.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h412.data()["rows"]) == 248
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h412.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 62 for layout in h412.LAYOUTS}
    # the detected language of the text: the APIs' English keys outweigh the French values
    # but in the Ecwid profiles' notes and a few Sylius channels
    assert Counter(r["language"] for r in records) == {"en": 194, "fr": 54}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the address (where the shop has one kept) are labelled wherever they
    stand, each whole; nothing else is labelled, no other address stands in the text."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h412.phone(row), h412.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:telephone"): n_tel})
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        found = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
        assert found == ([mail] * n_mail if mail else []), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h412.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telephone": 310, "register": 101}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is a fixed or non-geographic French line in blank-separated pairs,
    a number a person could hold, no two alike; every kept address names the shop; no name,
    street, note or web site holds a number or an address."""
    rows = h412.data()["rows"]
    tels = [h412.phone(row) for row in rows]
    assert all(re.fullmatch(r"0[1-59](?: \d\d){4}", tel) for tel in tels)
    assert all(personal_phone(tel, "FR") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 248
    assert Counter(tel[:2] for tel in tels) == {"01": 221, "09": 26, "05": 1}
    mails = [h412.email(row) for row in rows if h412.email(row)]
    assert len(mails) == 101
    assert all(extractor.shop_address(m, row["fields"]["nom_du_commerce"])
               for row in rows for m in [h412.email(row)] if m)  # fmt: skip
    assert all(extractor.quiet(row["fields"]) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_rules():
    """The kept lines and addresses as the extractor's rules read them."""
    assert extractor.kept_number("01 43 26 85 77")
    assert extractor.kept_number("0987711221") and extractor.kept_number("+33 1 43 26 85 77")
    assert not extractor.kept_number("06 34 48 07 79")  # a shopkeeper's mobile
    assert not extractor.kept_number("07 81 68 35 61")
    assert not extractor.kept_number("01 00 00 00 00")  # a placeholder
    assert not extractor.kept_number("01 43 26 85 77 / 01 43 26 85 78")
    assert extractor.national("+33 1 43 26 85 77") == "0143268577"
    assert extractor.shop_address("commande@chambelland.com", "Chambelland")
    assert extractor.shop_address("lafermestaubin1@gmail.com", "La ferme saint Aubin")
    assert not extractor.shop_address("patricia_couderc@rotisseriedargent.com", "Le Boulanger")
    assert not extractor.shop_address("https://x.fr", "X")
    fields = {"nom_du_commerce": "A", "adresse": "1 rue B", "precisions": "", "site_internet": ""}
    assert extractor.quiet(fields)
    assert not extractor.quiet({**fields, "precisions": "Tél. 01 43 26 85 77"})
    assert not extractor.quiet({**fields, "site_internet": "https://cocolovecafe@gmail.com"})


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The shop's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h412._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h412.phone(row), h412.email(row), h412.name(row)
        if r["layout"] == "partoo_business":
            assert doc["count"] == len(doc["businesses"]) == 1
            biz = doc["businesses"][0]
            assert biz["name"] == name and biz["zipcode"] == row["fields"]["code_postal"]
            assert biz["contacts"] == [
                {"name": "", "email": mail, "phone_numbers": [tel], "fax": ""}
            ]
            assert re.fullmatch(r"[0-9a-f]{24}", biz["id"])
        elif r["layout"] == "sylius_channel":
            assert doc["@type"] == "Channel" and doc["@id"].endswith("/" + doc["code"])
            assert doc["contactPhoneNumber"] == tel and doc.get("contactEmail", "") == mail
            assert doc["shopBillingData"]["company"] == name
            assert doc["shopBillingData"]["postcode"] == row["fields"]["code_postal"]
        elif r["layout"] == "ecwid_profile":
            company = doc["company"]
            assert company["phone"] == tel and company.get("email", "") == mail
            assert company["companyName"] == doc["settings"]["storeName"] == name
            assert doc["settings"]["invoiceNote"].endswith(f"au {tel}.")
        else:
            assert doc["resource"] == "profile" and doc["id"].startswith("pfl_")
            assert doc["phone"] == tel and (doc["email"] or "") == mail
            assert doc["_links"]["self"]["href"].endswith(doc["id"])


def test_provenance():
    sources = h412.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "wadouk/opendata-paris-commerces-ouvert-covid19-vers-osm"
    assert fr["commit"] == "4e742e5f0a4f92e3dcff4e1f6a7af33bf51b7d09"
    assert fr["paths"] == ["coronavirus-commercants-parisiens-livraison-a-domicile.json"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    assert Counter(r["country"] for r in h412.data()["rows"]) == {"FR": 248}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h412, "held_out_412", tmp_path)
