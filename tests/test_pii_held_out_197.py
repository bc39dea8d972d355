"""held_out_197 of the PII evaluation set (scripts/pii_held_out_197.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
mobile field, copied unchanged, each copy labelled; every labelled e-mail address is the row's;
the office's name, postcode and area code are in the text and unlabelled) and are rebuilt byte for
byte from the committed data; the data file is what the extractor reads from the source's mirror
where it is on this machine. No recognizer runs here: the part is scored from its committed
file."""

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

import pii_held_out_197 as h197  # noqa: E402 - the scripts folder's modules
import sk_municipal_offices_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/Chcemvediet-sk+obligees-scripts/repo/.git")
EPH = "{http://ekp.posta.sk/LOGIS/Formulare/Podaj_v03}"
SKT = "{http://gov.sk/SKTalkMessage}"
MC = "{http://schemas.gov.sk/core/MessageContainer/1.0}"
GA = "{http://schemas.gov.sk/form/App.GeneralAgenda/1.9}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h197.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h197.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h197.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h197.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "eph_xml": 75, "sktalk_general_agenda": 75, "superfaktura_invoice": 75,
        "packeta_packet": 75,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_and_addresses_is_labelled_unchanged(records):
    """Each number of the phone and mobile fields is labelled wherever the field stands, under
    its column, each e-mail address wherever it stands; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected: Counter = Counter()
        for column, value in ((h197.PHONE, h197.phone(row)), (h197.MOBILE, h197.mobile(row))):
            if not value:
                continue
            copies = text.count(value)
            assert copies >= 1, (r["id"], column)
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "SK")
                expected[(value[s:e], column)] += copies
        for address in h197.emails(row):
            expected[(address, "register")] += text.count(address)
        labelled = [(text[s:e], kind.split(":")[-1]) for s, e, _t, kind in r["spans"]]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_the_counts_of_labels(records):
    kinds = phone_kinds(records, h197.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:telefon": 400, "national:mobil": 285, "international:mobil": 1, "register": 302,
    }  # fmt: skip
    emails = Counter(t for r in records for *_, t, _k in r["spans"])
    assert emails == {"PHONE_NUMBER": 686, "EMAIL_ADDRESS": 302}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds numbers of seven digits or more only, without the area
    code, which stands apart; the fields are strings as the file gives them."""
    rows = h197.data()["rows"]
    for row in rows:
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert re.fullmatch(r"0\d{1,2}", h197._f(row, "tel_predvolba"))
        for value in (h197.phone(row), h197.mobile(row)):
            found = [value[s:e] for s, e in numbers(value)]
            assert all(sum(c.isdigit() for c in n) >= 7 for n in found)
            assert "".join(re.findall(r"\d", value)) == "".join(re.findall(r"\d", "".join(found)))
    assert sum(bool(h197.mobile(row)) for row in rows) == 252
    assert sum("," in h197.phone(row) for row in rows) == 69
    assert sum(row["fields"]["telefon"] != h197.phone(row) for row in rows) > 0
    assert Counter(h197._f(row, "typ_uradu").split()[0] for row in rows) == {
        "Obecný": 289, "Mestský": 7, "Miestny": 4,
    }  # fmt: skip


def _xml(value: str) -> str:
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's municipality, area code and (but in Packeta's packets) postcode stand in
    every record's text, outside the labels."""
    for r in records:
        row, text = _row(r), r["text"]
        values = [h197._f(row, "nazov_obce"), f"predvoľba {h197._f(row, 'tel_predvolba')}"]
        if r["layout"] != "packeta_packet":  # a pickup point's packet names no address
            values.append(h197._f(row, "adresa_uradu_psc"))
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(_xml(value)), text)]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's fields where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mob, mail = h197.phone(row), h197.mobile(row), h197.email(row)
        if r["layout"] == "superfaktura_invoice":
            doc = json.loads(text)
            assert set(doc) == {"Invoice", "InvoiceItem", "Client"}
            assert doc["Client"]["phone"] == tel and doc["Client"].get("email", "") == mail
            assert doc["Client"]["zip"] == h197._f(row, "adresa_uradu_psc")
            assert doc["Invoice"]["variable"] in doc["Invoice"]["name"]
            assert (f"mobil {mob}" in doc["Invoice"]["comment"]) == bool(mob)
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "eph_xml":
            assert root.tag == f"{EPH}EPH" and root.get("verzia") == "3.0"
            sender = root.find(f"{EPH}InfoEPH/{EPH}Odosielatel")
            assert sender.findtext(f"{EPH}Telefon") == tel
            assert (sender.findtext(f"{EPH}Email") or "") == mail
            item = root.find(f"{EPH}Zasielky/{EPH}Zasielka/{EPH}Info")
            assert re.fullmatch(r"RR\d{9}SK", item.findtext(f"{EPH}CiarovyKod"))
            assert (f"mobil {mob}" in item.findtext(f"{EPH}Poznamka")) == bool(mob)
        elif r["layout"] == "sktalk_general_agenda":
            assert root.tag == f"{SKT}SKTalkMessage"
            assert root.findtext(f"{SKT}Header/{SKT}MessageInfo/{SKT}PospID") == "App.GeneralAgenda"
            form = root.find(f"{SKT}Body/{MC}MessageContainer/{MC}Object/{GA}GeneralAgenda")
            body = form.findtext(f"{GA}text")
            assert f"Telefón: {tel} (predvoľba" in body
            assert (f"mobil: {mob}," in body or f"mobil: {mob}." in body) == bool(mob)
            assert (f"e-mail: {mail} " in body) == bool(mail)
        else:
            assert root.tag == "createPacket"
            attrs = root.find("packetAttributes")
            assert attrs.findtext("phone") == (mob or tel)
            assert attrs.findtext("note").startswith(
                f"Doručiť počas úradných hodín; pevná linka {tel} "
            )
            assert (attrs.findtext("email") or "") == mail


def test_provenance():
    sources = h197.data()["sources"]
    assert set(sources) == {"SK"}
    sk = sources["SK"]
    assert sk["repository"] == "Chcemvediet-sk/obligees-scripts"
    assert sk["commit"] == "e2ea3ae3b8a199198706838494db19567cde6cee"
    assert sk["paths"] == ["input/cities.json"]
    assert "not confirmed" in sk["licence"] and sk["publisher"]
    rows = h197.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"SK": 300}


@pytest.mark.skipif(not MIRROR.exists(), reason="the source's mirror is not on this machine")
def test_the_data_file_is_what_the_extractor_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "OUT", tmp_path / "data.json")
    monkeypatch.setattr(sys, "argv", ["sk_municipal_offices_data.py", str(MIRROR)])
    extractor.main()
    assert (tmp_path / "data.json").read_bytes() == h197.ROWS.read_bytes()


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h197, "held_out_197", tmp_path)
