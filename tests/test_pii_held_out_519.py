"""held_out_519 of the PII evaluation set (scripts/pii_held_out_519.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone, cell or
fax, unchanged, each copy labelled; the branch's name and province are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

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

import pii_held_out_519 as h519  # noqa: E402 - the scripts folder's modules
import tr_kizilay_subeleri_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
ARAS = "{http://tempuri.org/}"
# copies of each value a record of each layout writes: (phone, cell, fax)
COPIES = {
    "logo_tiger_arp": (1, 1, 1),
    "iyzico_payment": (1, 1, 1),
    "trendyol_packages": (2, 2, 0),
    "aras_setorder": (1, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h519.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h519.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h519.data()["rows"]) == 92
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h519.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:TR"
    assert Counter(r["layout"] for r in records) == {layout: 23 for layout in h519.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone, the cell and the fax (where each is a line of its own) are labelled wherever
    they stand, each whole, under their columns; nothing else is labelled, no e-mail stands."""
    for r in records:
        row, text = _row(r), r["text"]
        n_tel, n_cell, n_fax = COPIES[r["layout"]]
        expected = Counter()
        for value, n, column in (
            (h519.phone(row), n_tel, "phone_number"),
            (h519.cell(row), n_cell, "cell_phone_number"),
            (h519.fax(row), n_fax, "fax"),
        ):
            if value:
                assert text.count(value) == n, (r["id"], value)
                kind = "international" if h519.international(value) else "national"
                if n:
                    expected[(value, "PHONE_NUMBER", f"{kind}:{column}")] = n
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text and not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h519.international)
    assert kinds == {
        "international:phone_number": 96,
        "national:phone_number": 19,
        "international:cell_phone_number": 74,
        "international:fax": 35,
    }


def test_the_data_keeps_the_published_shape():
    """78 branches and 14 centres, each phone a number a person could hold, no two alike, none an
    earlier Turkish part's; the fields are the published strings, the branch head's name
    dropped; the cells and faxes not written are the ones the generator's rule leaves out."""
    rows = h519.data()["rows"]
    assert Counter(r["fields"]["list"] for r in rows) == {"kan": 78, "kok_hucre": 14}
    tels = [h519.phone(row) for row in rows]
    assert all(personal_phone(tel, "TR") for tel in tels)
    assert len({digits_of(t) for t in tels}) == 92
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "90")
    assert not {digits_of(t) for t in tels} & earlier
    assert all(not {"head", "dataType"} & set(r["fields"]) for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    for row in rows:
        if row["fields"]["list"] == "kan":
            assert re.fullmatch(
                r"\+90 \(\d{3}\) \d{3} \d\d \d\d|\(\d{4}\) \d{3} \d\d \d\d", h519.phone(row)
            )
        else:
            assert re.fullmatch(r"0\d{3} \d{3} \d\d \d\d", h519.phone(row))
    faxes = [row["fields"].get("fax", "") for row in rows]
    assert sum(bool(h519.fax(row)) for row in rows) == 42
    # 26 faxes are the phone again (labelled where the phone stands), four hold no number of ten
    # digits: three an empty ``Fax        :``, one a line with no area code
    assert (
        sum(f == row["fields"].get("phone_number") for f, row in zip(faxes, rows, strict=True))
        == 26
    )
    assert sorted(f for f in faxes if f and len(digits_of(f)) < 10) == [
        "336 47 81",
        "Fax        :",
        "Fax        :",
        "Fax        :",
    ]
    # a leading space of 22 cells is stripped; every cell is then written
    cells = [row["fields"].get("cell_phone_number", "") for row in rows]
    assert sum(c.startswith(" ") for c in cells) == 22
    assert sum(bool(h519.cell(row)) for row in rows) == 59


def _encoded(layout: str, value: str) -> str:
    if layout in ("logo_tiger_arp", "aras_setorder"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        town = (
            h519.tr_title(h519.city(row)) if r["layout"] == "trendyol_packages" else h519.city(row)
        )
        for value in (h519.name(row), town):
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _vkn_right(vkn: str) -> bool:
    total = 0
    for i, d in enumerate(int(c) for c in vkn[:9]):
        t = (d + 9 - i) % 10
        v = (t * 2 ** (9 - i)) % 9
        total += 9 if t != 0 and v == 0 else v
    return int(vkn[9]) == (10 - total % 10) % 10


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them, the invented VKNs' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, cell, fax = h519.phone(row), h519.cell(row), h519.fax(row)
        if r["layout"] == "logo_tiger_arp":
            card = ET.fromstring(text.encode("utf-8")).find("AR_AP")
            assert card.get("DBOP") == "INS" and card.findtext("TITLE") == h519.name(row)
            assert card.findtext("TELEPHONE1") == tel
            assert (card.findtext("TELEPHONE2") or "") == cell
            assert (card.findtext("FAX") or "") == fax
            assert _vkn_right(card.findtext("TAX_ID"))
        elif r["layout"] == "iyzico_payment":
            doc = json.loads(text)
            assert doc["locale"] == "tr" and doc["currency"] == "TRY"
            assert doc["buyer"]["gsmNumber"] == tel and _vkn_right(doc["buyer"]["identityNumber"])
            assert "ip" not in doc["buyer"] and "paymentCard" not in doc
            total = sum(float(i["price"]) for i in doc["basketItems"])
            assert f"{total:.2f}" == doc["price"]
        elif r["layout"] == "trendyol_packages":
            doc = json.loads(text)
            assert doc["totalElements"] == len(doc["content"]) == 1
            package = doc["content"][0]
            for key in ("shipmentAddress", "invoiceAddress"):
                assert package[key]["phone"] == tel and package[key]["company"] == h519.name(row)
                assert package[key]["address2"] == (f"Cep: {cell}" if cell else "")
            assert _vkn_right(package["taxNumber"])
        else:
            order = ET.fromstring(text.encode("utf-8")).find(
                f"{SOAP}Body/{ARAS}SetOrder/{ARAS}orderInfo/{ARAS}Order"
            )
            assert order.findtext(f"{ARAS}ReceiverName") == h519.name(row)
            assert order.findtext(f"{ARAS}ReceiverPhone1") == tel
            assert (order.findtext(f"{ARAS}ReceiverPhone2") or "") == cell
            assert (order.findtext(f"{ARAS}ReceiverPhone3") or "") == fax


def test_provenance():
    sources = h519.data()["sources"]
    assert set(sources) == {"TR"}
    tr = sources["TR"]
    assert tr["repository"] == "alpaylan/afetbilgi.com"
    assert tr["commit"] == "2a23d22058fc2930cd20b9d85a283b0ed01d66bd"
    assert tr["paths"] == ["fe/public/all.json"]
    assert "not confirmed" in tr["licence"] and tr["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h519, "held_out_519", tmp_path)
