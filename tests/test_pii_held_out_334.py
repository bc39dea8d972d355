"""held_out_334 of the PII evaluation set (scripts/pii_held_out_334.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
every labelled address one of its real e-mail field, copied unchanged, each copy labelled; the
name and town are in the text and unlabelled) and are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_334 as h334  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/retegi+gastrogune/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h334.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h334.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h334.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h334.layout_of(_row(r), n)
        assert (r["layout"] == "off_product") == h334.producer(_row(r))
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "off_product": 159, "bookings_business": 152, "infojobs_offer": 148,
        "loyverse_store": 141,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The number stands once in each record and is labelled; each address of the e-mail field
    stands once and is labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h334.phone(row)
        assert text.count(value) == 1, r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "ES"), r["id"]
            expected[value[s:e]] += 1
        phones = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(phones) == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == h334.emails(row), r["id"]
        assert all(text.count(a) == 1 for a in mails), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_labels_keep_their_kind(records):
    kinds = phone_kinds(records, h334.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 588, "international:phone": 12, "register": 515}


def test_the_data_keeps_the_published_shape():
    """600 of the directory's businesses, each phone field with a number of six digits or
    more; most in three groups of three, the others as published; 514 e-mail fields with an
    address (one with two), one that says ``Reservas por teléfono``."""
    rows = h334.data()["rows"]
    assert Counter(r["fields"]["restorationType"] for r in rows) == {
        "Restaurante": 404, "Sidreria": 78, "Bodega": 51, "Asador": 32, "Bodega Txakoli": 26,
        "Comida Rápida": 5, "Pastelería / Confitería": 4,
    }  # fmt: skip
    shapes = Counter(re.sub(r"\d", "9", h334.phone(r)) for r in rows)
    assert shapes["999 999 999"] == 570
    assert {"+99  999 999 999", "(+99) 999 99 99 99", "999-999 999", "999999999"} <= set(shapes)
    assert all(sum(c.isdigit() for c in h334.phone(r)) >= 9 for r in rows)
    assert sum(bool(h334.emails(r)) for r in rows) == 514
    assert sum(len(h334.emails(r)) == 2 for r in rows) == 1
    assert sum(r["fields"]["tourismEmail"] == "Reservas por teléfono" for r in rows) == 1


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and town stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h334._f(row, "documentName"), h334._town(row)):
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            free = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert free, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _ean13_ok(code: str) -> bool:
    digits = [int(c) for c in code]
    return (
        len(code) == 13
        and sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10 == 0
    )


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON (the Graph request after its request line and headers,
    its ``Content-Length`` right), the row's number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mails = h334.phone(row), h334.emails(row)
        if r["layout"] == "off_product":
            doc = json.loads(text)
            product = doc["product"]
            assert doc["status"] == 1 and doc["code"] == product["code"] == product["_id"]
            assert _ean13_ok(doc["code"]) and doc["code"].startswith("84")
            assert product["customer_service_es"].endswith(" · ".join([f"Tel. {tel}", *mails]))
            assert product["brands"] == h334._f(row, "documentName")
        elif r["layout"] == "infojobs_offer":
            doc = json.loads(text)
            assert f"llamad al {tel}" in doc["description"]
            assert all(a in doc["description"] for a in mails)
            assert doc["profile"]["name"] == h334._f(row, "documentName")
            assert doc["link"].endswith(f"/oferta/of-i{doc['id']}")
        elif r["layout"] == "bookings_business":
            head, body = text.split("\r\n\r\n", 1)
            lines = head.split("\r\n")
            assert lines[0] == (
                "POST https://graph.microsoft.com/v1.0/solutions/bookingBusinesses HTTP/1.1"
            )
            assert f"Content-Length: {len(body.encode('utf-8'))}" in lines
            doc = json.loads(body)
            assert doc["phone"] == tel and doc.get("email") == (mails[0] if mails else None)
            assert [d["day"] for d in doc["businessHours"]] == list(h334.DAYS)
        else:
            doc = json.loads(text)
            assert doc["phone_number"] == tel and doc["country_code"] == "ES"
            assert all(a in doc["description"] for a in mails)


def test_provenance():
    sources = h334.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "retegi/gastrogune"
    assert es["commit"] == "664345e9126d6b79c9851bf778a4121bb1239b7b"
    assert es["paths"] == ["restaurantes.json"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h334.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.is_dir(), reason="the source repository's mirror is not here")
def test_the_data_file_is_rebuilt_byte_for_byte_from_the_source(tmp_path):
    """``scripts/es_euskadi_restaurants_data.py`` writes the committed data file again from the
    source repository at its commit."""
    data = ROOT / "scripts" / "data" / "pii_es_euskadi_restaurants.json"
    script = ROOT / "scripts" / "es_euskadi_restaurants_data.py"
    code = (
        "import sys, runpy, pathlib\n"
        f"sys.path.insert(0, {str(ROOT / 'scripts')!r})\n"
        "import es_euskadi_restaurants_data as m\n"
        f"m.OUT = pathlib.Path({str(tmp_path / 'out.json')!r})\n"
        f"sys.argv = ['x', {str(MIRROR)!r}]\n"
        "m.main()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=script.parent)
    assert (tmp_path / "out.json").read_bytes() == data.read_bytes()


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h334, "held_out_334", tmp_path)
