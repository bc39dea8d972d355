"""held_out_403 of the PII evaluation set (scripts/pii_held_out_403.py): its committed records
keep the generator's invariants (every labelled value lies in a copy of the row's real phone
field or is a copy of its mailbox, unchanged, each copy labelled; the theatre's name, street and
door number are in the text and unlabelled) and are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ar_usig_teatros_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_403 as h403  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (phone field, e-mail)
COPIES = {
    "micorreo_envio": (1, 1),
    "ando_cotizacion": (2, 1),
    "cianbox_cliente": (2, 1),
    "cianbox_proveedor": (2, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h403.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h403.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h403.data()["rows"]) == 147
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h403.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    # the language as ``page_languages`` reads it: the courier bodies' English keys outweigh
    # the Spanish values of the MiCorreo imports and of most Ando quotes
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("micorreo_envio", "en"): 37,
        ("ando_cotizacion", "en"): 26,
        ("ando_cotizacion", "es"): 11,
        ("cianbox_cliente", "es"): 37,
        ("cianbox_proveedor", "es"): 36,
    }
    assert Counter(r["layout"] for r in records) == {
        "micorreo_envio": 37,
        "ando_cotizacion": 37,
        "cianbox_cliente": 37,
        "cianbox_proveedor": 36,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each copy of the phone field holds at least one label and every phone label lies in a
    copy; each copy of the mailbox (where the theatre has one) is labelled whole; nothing else
    is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h403.phone(row), h403.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        copies = [(m.start(), m.end()) for m in re.finditer(re.escape(tel), text)]
        assert len(copies) == n_tel, r["id"]
        phones = [(s, e) for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert all(any(a <= s and e <= b for a, b in copies) for s, e in phones), r["id"]
        assert all(any(a <= s and e <= b for s, e in phones) for a, b in copies), r["id"]
        assert all(kind == "national:telefono" for *_, t, kind in r["spans"] if t == "PHONE_NUMBER")
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == ([mail] * n_mail if mail else []), r["id"]
        assert text.count("@") == len(mails), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h403.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefono": 259, "register": 3}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of seven digits or more, no two alike, most of
    them eight digits hyphenated or spaced; two mailboxes are well formed and written, a third
    (a blank inside it) is not; the fields are strings as the layer gives them."""
    rows = h403.data()["rows"]
    tels = [h403.phone(row) for row in rows]
    assert all(sum(c.isdigit() for c in tel) >= 7 for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 147
    plain = [tel for tel in tels if re.fullmatch(r"\d{4}[- ]\d{4}", tel)]
    assert len(plain) == 140
    assert [row["fields"]["email"] for row in rows if "email" in row["fields"]] == [
        "tadronargentina@yahoo.com.ar", "info@crearcultura.com.ar",
        "atencionalsocio@el-clubdel vino.com.ar",
    ]  # fmt: skip
    assert sum(bool(h403.email(row)) for row in rows) == 2
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def _encoded(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The theatre's official name and street stand in every record's text, outside the
    labels."""
    for r in records:
        for column in ("nom_oficial", "calle_1"):
            value = _encoded(h403._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cuit_right(value: str) -> bool:
    digits = [int(c) for c in value]
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    rest = 11 - sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    return len(digits) == 11 and digits[10] == (0 if rest == 11 else rest)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them, the invented
    CUITs' check digits right."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h403.phone(row), h403.email(row), h403.name(row)
        if r["layout"] == "micorreo_envio":
            sender = doc["sender"]
            assert sender["name"] == name and sender["phone"] == tel and sender["email"] == mail
            assert sender["originAddress"]["streetName"] == row["fields"]["calle_1"]
            assert sender["originAddress"]["streetNumber"] == row["fields"]["altura"]
            assert set(doc) == {"customerId", "extOrderId", "orderNumber", "sender", "recipient",
                                "shipping"}  # fmt: skip
            assert not doc["recipient"]["phone"] and not doc["recipient"]["email"]
        elif r["layout"] == "ando_cotizacion":
            assert doc["shipTo_lastName"] == name and doc["shipTo_phone"] == tel
            assert doc["shipTo_email"] == mail and doc["currency"] == "ARS"
            assert doc["shipTo_instructions"].endswith(f"Avisar antes al {tel}.")
            assert doc["shippingMethod"] in ("MOTO", "BICICLETA")
        elif r["layout"] == "cianbox_cliente":
            assert doc["razon"] == name and doc["telefono"] == tel and doc["email"] == mail
            assert _cuit_right(doc["numero_documento"]) and doc["tipo_documento"] == "CUIT"
            assert doc["observaciones"].endswith(f"Boletería: {tel}.")
        else:
            assert doc["razon"] == name and doc["telefono"] == tel and doc["email"] == mail
            assert _cuit_right(doc["numero_documento"])
            assert doc["contactos"] == [
                {"nombre": "Boletería", "telefono1": tel, "telefono2": "", "email": mail}
            ]


def test_provenance():
    sources = h403.data()["sources"]
    assert set(sources) == {"AR"}
    ar = sources["AR"]
    assert ar["repository"] == "usig/usig-js"
    assert ar["commit"] == "267e1bc1169c3fefb19738b9fa7f406dabc8418a"
    assert ar["paths"] == ["src/dev/ejemplos/gml/teatros.gml"]
    assert "not confirmed" in ar["licence"] and ar["publisher"]
    rows = h403.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AR": 147}


def test_the_extractor_reads_the_layer_and_keeps_its_rules(tmp_path):
    """The extractor's reader takes each ``ogr:teatros`` feature's fields but the geometry;
    a theatre whose phone an earlier one kept, or an earlier Argentine part holds, is dropped."""
    gml = (
        '<ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" '
        'xmlns:gml="http://www.opengis.net/gml">'
        '<gml:featureMember><ogr:teatros fid="F1"><ogr:geometryProperty><gml:Point>'
        "<gml:coordinates>1,2</gml:coordinates></gml:Point></ogr:geometryProperty>"
        "<ogr:id>1</ogr:id><ogr:nom_oficial>A</ogr:nom_oficial>"
        "<ogr:telefono>4812-4518</ogr:telefono></ogr:teatros></gml:featureMember>"
        '<gml:featureMember><ogr:teatros fid="F2"><ogr:id>2</ogr:id>'
        "<ogr:nom_oficial>B</ogr:nom_oficial></ogr:teatros></gml:featureMember>"
        "</ogr:FeatureCollection>"
    )
    assert extractor.features(gml) == [
        {"id": "1", "nom_oficial": "A", "telefono": "4812-4518"},
        {"id": "2", "nom_oficial": "B"},
    ]
    rows = h403.data()["rows"]
    digits = [re.sub(r"\D", "", row["fields"]["telefono"]) for row in rows]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "54")
    assert not set(digits) & earlier
    names = {row["fields"]["nom_oficial"] for row in rows}
    # three halls share COLONIAL's box office and one CATEDRAL DEL SUR's (the first is kept);
    # a museum's and two more halls' numbers are an earlier part's
    assert {"COLONIAL", "CATEDRAL DEL SUR"} <= names
    assert not names & {"ABECEDARIO", "SALA LA CASONA", "IL VITTORIALE", "EL TEATRON"}
    assert not names & {"MANZANA DE LAS LUCES", "ALIANZA FRANCESA", "MUSEO ROCA"}
    # a checkout of the register, where there is one
    mirror = Path("/work/.mirror/usig+usig-js/repo")
    if mirror.exists():
        assert extractor.extract({"AR": mirror}) == h403.data()


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h403, "held_out_403", tmp_path)
