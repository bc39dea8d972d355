"""held_out_432 of the PII evaluation set (scripts/pii_held_out_432.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
mailbox, unchanged, each copy labelled; the hotel's name, postcode and commune are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps its
rules. No recognizer runs here: the part is scored from its committed file."""

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

import fr_idf_hotels_classes_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_432 as h432  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the hotel's identifiers, in every layout
IDENTIFIERS = ("nom_commercial", "code_postal", "commune")
HOTEL = "{http://www.travelport.com/schema/hotel_v50_0}"
COMMON = "{http://www.travelport.com/schema/common_v50_0}"
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
# copies of each value a record of each layout writes: (telephone, e-mail where the hotel has one)
COPIES = {
    "travelport_hotel_details": (2, 1),
    "etg_hotel_info": (2, 1),
    "yandex_hotel_feed": (1, 1),
    "apollo_account": (1, 0),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h432.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h432.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h432.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h432.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:FR"
        assert r["language"] in ("fr", "en")
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h432.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the mailbox (where the hotel has one) are labelled wherever they
    stand, each whole, the number under its column; nothing else is labelled and no distractor
    is; no other address stands in the text."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h432.phone(row), h432.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:telephone"): n_tel})
        if mail and n_mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h432.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telephone": 600, "register": 192}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is a French fixed line in blank-separated pairs, a number a person
    could hold, no two alike; the kept mailboxes name the hotel; the fields are strings as the
    register gives them, every hotel of Paris."""
    rows = h432.data()["rows"]
    tels = [h432.phone(row) for row in rows]
    assert all(re.fullmatch(r"0[1-59](?: \d\d){4}", tel) for tel in tels)
    assert all(personal_phone(tel, "FR") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 400
    mails = [h432.email(row) for row in rows if h432.email(row)]
    assert len(mails) == 254
    assert all(extractor.hotel_address(m, row["fields"]["nom_commercial"])
               for row in rows for m in [h432.email(row)] if m)  # fmt: skip
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert {row["fields"]["dept"] for row in rows} == {"75"}
    assert {row["fields"]["commune"] for row in rows} == {"PARIS"}
    assert all(re.fullmatch(r"75(?:0\d\d|116)", row["fields"]["code_postal"]) for row in rows)
    assert Counter(h432.stars(row) for row in rows) == {3: 200, 4: 96, 2: 80, 5: 14, 1: 10}


def test_the_extractor_keeps_its_rules():
    """A mailbox is kept where it names the hotel, not where it names a person; a number is
    kept where it is a fixed line in the register's shape; a name or address with a run of
    seven digits or an ``@`` is not kept."""
    keep = extractor.hotel_address
    assert keep("reservation@hotelmarignan.fr", "HÔTEL MARIGNAN PARIS")
    assert keep("h1271-gm@accor.com", "MERCURE PARIS ROYAL MADELEINE")
    assert keep("hotelpicardy@wanadoo.fr", "HÔTEL PICARDY")
    assert keep("direction.franceeiffel@escapade-paris.com", "HOTEL FRANCE EIFFEL")
    assert not keep("p.burignat@hlparis.com", "LIBERTEL GARE DE L'EST FRANCAIS")
    assert not keep("emmacharles@wanadoo.fr", "LE A")
    assert not keep("hoteldelphinemouton@wanadoo.fr", "HÔTEL MICHELET ODÉON")
    assert not keep("pf@hotelflore.fr", "HÔTEL DE FLORE")
    assert not keep("not an address", "HOTEL")
    fields = {"nom_commercial": "HOTEL", "adresse": "4 rue X", "site_internet": ""}
    assert extractor.quiet(fields)
    assert not extractor.quiet({**fields, "adresse": "tel 01 42 88 89 85"})
    assert not extractor.quiet({**fields, "site_internet": "a@b.fr"})
    assert extractor.kept_number("01 42 88 89 85")
    assert not extractor.kept_number("06 12 34 56 78")


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "travelport_hotel_details":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The hotel's name, postcode and commune stand in every record's text, outside the
    labels (a name's word may also stand in a labelled mailbox)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h432._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML, JSON and an HTTP message by the standard
    library), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h432.phone(row), h432.email(row), h432.name(row)
        if r["layout"] == "travelport_hotel_details":
            root = ET.fromstring(text.encode("utf-8"))
            rsp = root.find(f"{SOAP}Body/{HOTEL}HotelDetailsRsp")
            prop = rsp.find(f"{HOTEL}RequestedHotelDetails/{HOTEL}HotelProperty")
            assert prop.get("Name") == name and prop.get("HotelLocation") == "PAR"
            number = prop.find(f"{COMMON}PhoneNumber")
            assert number.get("Type") == "Business" and number.get("Number") == tel
            lines = [a.text for a in prop.findall(f"{HOTEL}PropertyAddress/{HOTEL}Address")]
            assert lines == [h432.street(row), f"{h432.postcode(row)} {h432.town(row)} FR"]
            assert prop.findtext(f"{HOTEL}HotelRating/{HOTEL}Rating") == str(h432.stars(row))
            items = {
                i.get("Name"): i.findtext(f"{HOTEL}Text")
                for i in rsp.findall(f"{HOTEL}RequestedHotelDetails/{HOTEL}HotelDetailItem")
            }
            assert items["Reservations"] == f"Réservations : {tel}" + (f" / {mail}" * bool(mail))
        elif r["layout"] == "etg_hotel_info":
            doc = json.loads(text)
            assert doc["status"] == "ok" and doc["error"] is None
            hotel = doc["data"]
            assert hotel["phone"] == tel and hotel["email"] == (mail or None)
            assert hotel["name"] == name and hotel["postal_code"] == h432.postcode(row)
            assert hotel["star_rating"] == h432.stars(row) and hotel["kind"] == "Hotel"
            assert re.fullmatch(r"\d{7}", str(hotel["hid"]))
            paragraph = hotel["description_struct"][0]["paragraphs"][0]
            assert paragraph.endswith(f"joignable au {tel}.")
        elif r["layout"] == "yandex_hotel_feed":
            doc = json.loads(text)
            assert doc["names"] == [name] and doc["phones"] == [tel]
            assert doc.get("emails", []) == ([mail] if mail else [])
            assert doc["address"]["postalCode"] == h432.postcode(row)
            assert doc["address"]["streetAddress"] == h432.street(row)
            assert set(doc) <= {"id", "names", "urls", "phones", "emails", "address", "geo"}
        else:
            head, body = text.split("\r\n\r\n", 1)
            lines = head.split("\r\n")
            assert lines[0] == "POST /api/v1/accounts HTTP/1.1"
            headers = dict(line.split(": ", 1) for line in lines[1:])
            assert headers["Host"] == "api.apollo.io"
            assert int(headers["Content-Length"]) == len(body.encode("utf-8"))
            doc = json.loads(body)
            assert doc["name"] == name and doc["phone"] == tel
            assert doc["raw_address"].startswith(f"{h432.street(row)}, {h432.postcode(row)} ")


def test_provenance():
    sources = h432.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "KillianKemps/DansLePetrin"
    assert fr["commit"] == "5e1a74f1047cdfc9787979d31a1e95fccd8be960"
    assert fr["paths"] == ["data/hotels.geojson"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h432.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 400}
    assert all(r["path"].startswith("data/hotels.geojson#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h432, "held_out_432", tmp_path)
