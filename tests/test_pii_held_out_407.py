"""held_out_407 of the PII evaluation set (scripts/pii_held_out_407.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
fax or mailbox, unchanged, each copy labelled, each number of a phone field on its own; the
facility's name and street are in the text and unlabelled) and are rebuilt byte for byte from
the committed data; the extractor's rules hold on its data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import uuid
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import id_jakarta_faskes_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_407 as h407  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h407.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h407.by_locale()[locale][n]


def copies(layout: str, row: dict) -> tuple[int, int, list[int]]:
    """How many copies of the telephone, the fax (where it is a line of its own) and each
    mailbox a record of ``layout`` writes."""
    mails = h407.emails(row)
    has_fax = bool(h407.fax(row))
    if layout == "sdi_table_data":
        return 1, int(has_fax), [1] * len(mails)
    if layout == "kledo_contact":
        return 2, int(has_fax), [2] + [1] * (len(mails) - 1) if mails else []
    if layout == "paperid_partner":
        return 1, 0, [1] + [0] * (len(mails) - 1) if mails else []
    return 1, 2 * has_fax, [2] * len(mails)


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h407.data()["rows"]) == 143
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h407.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "sdi_table_data": 36, "kledo_contact": 36, "paperid_partner": 36, "qontak_company": 35,
    }  # fmt: skip
    # the pipeline's langid reads the JSON's English keys in three layouts
    assert Counter(r["language"] for r in records) == {"en": 107, "id": 21, "min": 15}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone (each number of it on its own), the fax where it is a line of its own and
    each well-formed mailbox are labelled wherever they stand, the numbers under their columns;
    nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mails = h407.phone(row), h407.fax(row), h407.emails(row)
        n_tel, n_fax, n_mails = copies(r["layout"], row)
        assert text.count(tel) == n_tel, r["id"]
        expected: Counter = Counter()
        for s, e in numbers(tel):
            expected[(tel[s:e], "PHONE_NUMBER", "national:telp")] += n_tel
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            for s, e in numbers(fax):
                expected[(fax[s:e], "PHONE_NUMBER", "national:fax")] += n_fax
        # the web site as published, written once in two layouts, may hold a mailbox of the
        # row (``www.rsmmc.co.id/mmc@rsmmc.co.id``, labelled there too) or a stray "@"
        # (``www.rsijsukapura@.co.id``)
        site = h407.website(row)
        in_site = int(r["layout"] in ("sdi_table_data", "qontak_company") and bool(site))
        ats = in_site * site.count("@")
        for mail, n in zip(mails, n_mails, strict=True):
            n += in_site * site.count(mail)
            ats -= in_site * site.count(mail)
            assert text.count(mail) == n, (r["id"], mail)
            if n:
                expected[(mail, "EMAIL_ADDRESS", "register")] += n
        labelled_mails = sum(c for (_, t, _), c in expected.items() if t == "EMAIL_ADDRESS")
        assert text.count("@") == labelled_mails + ats, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == +expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h407.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telp": 195, "national:fax": 107, "register": 216}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone holds a number a person could hold, no two fields alike; the faxes
    written are lines of their own; the mailboxes are the well-formed pieces of the field (two
    malformed pieces are never written); the fields are the table's, strings or null."""
    rows = h407.data()["rows"]
    tels = [h407.phone(row) for row in rows]
    assert len({extractor.digits_of(t) for t in tels}) == len(rows) == 143
    for tel in tels:
        found = [tel[s:e] for s, e in numbers(tel)]
        assert found and all(personal_phone(n, "ID") for n in found), tel
    assert Counter(row["fields"]["type"] for row in rows) == {"rs": 100, "puskesmas": 43}
    assert sum(bool(h407.fax(row)) for row in rows) == 101
    for row in rows:
        fax = h407.fax(row)
        assert not fax or extractor.digits_of(fax) != extractor.digits_of(h407.phone(row))
        assert set(row["fields"]) == set(extractor.COLUMNS)
        assert all(v is None or isinstance(v, str) for v in row["fields"].values())
    mails = [m for row in rows for m in h407.emails(row)]
    assert len(mails) == 153 and all(h407.ADDRESS.fullmatch(m) for m in mails)
    fields = [row["fields"]["email"] for row in rows if row["fields"]["email"]]
    assert "info@rsia_evasari@yahoo.com" in fields and "rsia_evasari@yahoo.com" not in mails
    assert not any(m == "humas_pksc.or.id" for m in mails)
    assert sum(len(h407.emails(row)) > 1 for row in rows) == 24


def _encoded(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The facility's name and street stand in every record's text, outside the labels."""
    for r in records:
        for value in (h407.name(_row(r)), h407.street(_row(r))):
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them."""
    total = len(h407.data()["rows"])
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, fax, mails, name = h407.phone(row), h407.fax(row), h407.emails(row), h407.name(row)
        if r["layout"] == "sdi_table_data":
            assert doc["total"] == total and len(doc["data"]) == 1
            item = doc["data"][0]
            assert item["id"] == row["fields"]["id"] and item["nama_fasyankes"] == name
            assert item["telepon"] == tel and item["faksimili"] == fax
            assert item["email"] == ", ".join(mails)
            assert (item["latitude"], item["longitude"]) == h407.coordinates(row)
            assert item["jenis_fasyankes"] in ("Puskesmas", "Rumah Sakit")
        elif r["layout"] == "kledo_contact":
            assert doc["success"] is True
            data = doc["data"]
            assert data["company"] == name and data["phone"] == tel
            assert data["fax"] == (fax or None)
            assert data["email"] == (mails[0] if mails else None)
            assert re.fullmatch(r"\d{15}", data["npwp"])
            assert data["description"].endswith(f"konfirmasi pesanan ke telp {tel}")
            assert data["receivable"]["data"][0]["contact_id"] == data["id"]
        elif r["layout"] == "paperid_partner":
            assert doc["object"] == "partner" and doc["type"] == "CLIENT"
            assert str(uuid.UUID(doc["id"])) == doc["id"]
            assert doc["name"] == name and doc["phone"] == tel
            assert doc["email"] == (mails[0] if mails else None)
            assert doc["address"]["address_line_1"] == h407.street(row)
        else:
            assert doc["name"] == name and doc["telephone"] == tel
            extra = {f["name"]: f["value"] for f in doc["additional_fields"]}
            assert all(f["value"] == f["value_name"] for f in doc["additional_fields"])
            assert extra.get("faksimili", "") == fax
            assert extra.get("email_instansi", "") == ", ".join(mails)
            assert doc["crm_deal_ids"] == [] and doc["country"] == "Indonesia"


def test_the_extractor_reads_the_table_as_published():
    """The SQL literals are read as written (``''`` a quote, ``null`` None), and its rules:
    a telephone of seven digits or more, no number an earlier Indonesian part holds (with or
    without ``021``), the first of the rows that share a telephone."""
    line = (
        "INSERT INTO `mst_puskesmas` VALUES ('44', 'Pusk. Kec. Kep.Seribu Selatan', 'Pulau "
        "Tidung', '-5.798503', '106.498444', '', '5447381', 'pkm.1000selatan@yahoo.com', null, "
        "'puskesmas');"
    )
    assert extractor.values_of(line) == [
        "44", "Pusk. Kec. Kep.Seribu Selatan", "Pulau Tidung", "-5.798503", "106.498444", "",
        "5447381", "pkm.1000selatan@yahoo.com", None, "puskesmas",
    ]  # fmt: skip
    assert extractor.local_forms({"0215523507"}) == {"0215523507", "5523507"}
    rows = h407.data()["rows"]
    earlier = extractor.earlier_parts_numbers()
    for row in rows:
        found = extractor.numbers_of(row["fields"]["telp"]) + extractor.numbers_of(
            row["fields"]["fax"]
        )
        assert not any(n in earlier for n in found), row["path"]
        assert len(extractor.digits_of(row["fields"]["telp"])) >= 7
    names = [row["fields"]["nama"] for row in rows]
    # the kecamatan hospitals that share their puskesmas' line are left out, the puskesmas kept
    assert "PUSKESMAS KECAMATAN JOHAR BARU" in names
    assert not any(row["fields"]["nama"] == "Johar Baru" for row in rows)
    paths = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert paths == sorted(paths) and all(row["path"].startswith("hackjak.sql#") for row in rows)


def test_provenance():
    sources = h407.data()["sources"]
    assert set(sources) == {"ID"}
    src = sources["ID"]
    assert src["repository"] == "alam157/hackjak2017"
    assert src["commit"] == "182de78f9346c37cf696b9af628143d8f0cf1cf2"
    assert src["paths"] == ["hackjak.sql"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    assert Counter(r["country"] for r in h407.data()["rows"]) == {"ID": 143}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h407, "held_out_407", tmp_path)
