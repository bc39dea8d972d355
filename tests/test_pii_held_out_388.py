"""held_out_388 of the PII evaluation set (scripts/pii_held_out_388.py): its committed records
keep the generator's invariants (every labelled value is a copy of one number of the row's real
phone fields, unchanged, each copy labelled; the centre's number, street and colonia are in the
text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor's
rules hold on a few rows. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import mx_verificentros_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_388 as h388  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("num", "calle", "colonia")
# copies each record of a layout writes of: the first number of the first field, its other
# numbers, the second field's number
COPIES = {
    "denue_ficha": (1, 1, 0),
    "facturapi_customer": (1, 1, 0),
    "storyblok_story": (2, 1, 1),
    "youtrack_issue": (2, 2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h388.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h388.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h388.data()["rows"]) == 171
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h388.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "denue_ficha": 43, "facturapi_customer": 43, "storyblok_story": 43, "youtrack_issue": 42,
    }  # fmt: skip
    # the language by the text's words: the Spanish prose of DENUE's and YouTrack's answers,
    # the English keys of Facturapi's and Storyblok's
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("denue_ficha", "es"): 43, ("facturapi_customer", "en"): 43,
        ("storyblok_story", "en"): 43, ("youtrack_issue", "es"): 42,
    }  # fmt: skip


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """Each number of the two phone fields is labelled wherever it stands, whole, under its
    field's column; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        first, others, second = COPIES[r["layout"]]
        expected = Counter()
        pieces = h388.numbers_of(h388.phone(row))
        for i, number in enumerate(pieces):
            expected[(number, "PHONE_NUMBER", "national:telefono1")] = first if i == 0 else others
        for number in h388.numbers_of(h388.phone2(row)):
            expected[(number, "PHONE_NUMBER", "national:telefono2")] = second
        for (number, _, _), count in expected.items():
            assert text.count(number) == count, (r["id"], number)
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == +expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h388.international, frozenset({"PHONE_NUMBER"}))
    assert kinds == {"national:telefono1": 325, "national:telefono2": 5}


def test_the_data_keeps_the_published_shape():
    """Every first field holds one to three numbers a person could hold, joined by ``; `` or
    ``, ``: eight digits in the Valley (two of seven), or a long-distance prefix elsewhere in the
    Estado de México; ten second fields hold one; no number is held twice; the fields are strings as
    the list writes them."""
    rows = h388.data()["rows"]
    pieces = [n for row in rows for col in ("telefono1", "telefono2")
              for n in h388.numbers_of(row["fields"][col])]  # fmt: skip
    assert len(pieces) == 238 and len({re.sub(r"\D", "", n) for n in pieces}) == 238
    assert all(personal_phone(n, "MX") for n in pieces)
    shapes = Counter(
        "local" if re.fullmatch(r"\d{7,8}", n) else "prefixed" if n.startswith(("0", "(0")) else n
        for n in pieces
    )
    assert shapes == {"local": 215, "prefixed": 22, "(597) 53377": 1}
    assert Counter(len(h388.numbers_of(h388.phone(row))) for row in rows) == {1: 116, 2: 53, 3: 2}
    assert sum(bool(h388.phone2(row)) for row in rows) == 10
    assert Counter(h388.entidad(row) for row in rows) == {
        "ESTADO DE MEXICO": 92, "DISTRITO FEDERAL": 79,
    }  # fmt: skip
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's number, street and colonia stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h388._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, tel2, num = h388.phone(row), h388.phone2(row), h388.num(row)
        if r["layout"] == "denue_ficha":
            assert isinstance(doc, list) and len(doc) == 1
            item = doc[0]
            assert item["Telefono"] == tel and item["Nombre"] == f"VERIFICENTRO {num}"
            assert re.fullmatch(r"(09|15)\d{3}541380\d{15}S\d", item["CLEE"])
            assert re.fullmatch(r"\d{7}", item["Id"]) and re.fullmatch(r"\d{5}", item["CP"])
            assert (item["Latitud"], item["Longitud"]) == (
                row["fields"]["latitud"], row["fields"]["longitud"],
            )  # fmt: skip
        elif r["layout"] == "facturapi_customer":
            assert doc["phone"] == tel and doc["livemode"] is True
            assert re.fullmatch(r"[0-9a-f]{24}", doc["id"])
            assert re.fullmatch(r"[A-Z]{3}\d{6}[A-Z0-9]{3}", doc["tax_id"])
            assert doc["address"]["street"] == h388.street(row)
            assert doc["address"]["country"] == "MEX" and doc["external_id"] == f"VER-{num}"
        elif r["layout"] == "storyblok_story":
            story = doc["story"]
            content = story["content"]
            assert content["component"] == "verificentro" and content["numero"] == num
            assert content["telefono"] == tel and content["telefono_alterno"] == tel2
            assert f"llama al {h388.numbers_of(tel)[0]}." in content["aviso"]
            assert story["full_slug"] == f"verificentros/verificentro-{num.lower()}"
            assert doc["rels"] == [] and doc["links"] == []
        else:
            assert doc["$type"] == "Issue" and doc["usesMarkdown"] is True
            fields = {f["name"]: f for f in doc["customFields"]}
            assert fields["Teléfono del centro"]["value"] == tel
            line = f"* Teléfono del centro: {tel}" + (f" o {tel2}" if tel2 else "") + "\n"
            assert line in doc["description"]
            assert doc["summary"].startswith(f"Verificentro {num}: ")
            assert doc["updated"] > doc["created"]


def test_the_extractor_keeps_its_rules():
    """The extractor's reader and rules on a few rows of the list's own shape: unquoted keys,
    a second field as a bare number kept as written, two numbers in a field, and a row left
    out for a number an earlier row holds."""
    source = (
        'var datos = [\n\t{\n\t\tnum:"9025",\n\t\tcalle: "INSURGENTES SUR 2358",\n'
        '\t\tcolonia: "ERMITA SAN ANGEL",\n'
        '\t\tdelegacion: "ALVARO OBREGON, DISTRITO FEDERAL",\n'
        '\t\ttelefono1: "56622481",\n\t\ttelefono2: 56622810,\n\t\tlatitud: 19.343307,\n'
        '\t\tlongitud:  -99.188887\n\t},\t\t{\n\t\tnum:"9016",\n\t\tcalle: "AV. X 1",\n'
        '\t\tcolonia: "LA NORIA",\n\t\tdelegacion: "XOCHIMILCO, DISTRITO FEDERAL",\n'
        '\t\ttelefono1: "56767271; 56622810",\n\t\ttelefono2: "",\n\t\tlatitud: 19.26875,\n'
        "\t\tlongitud:  -99.12672\n\t}\n];\n"
    )
    rows = [extractor.fields(obj) for obj in extractor.objects(source)]
    assert rows[0]["telefono2"] == "56622810" and rows[0]["latitud"] == "19.343307"
    assert extractor.numbers_of(rows[1]["telefono1"]) == ["56767271", "56622810"]
    assert extractor.numbers_of("56693950, 56693915") == ["56693950", "56693915"]
    seen: set[str] = set()
    assert extractor.kept(rows[0], set(), seen)
    seen.update({"56622481", "56622810"})
    assert not extractor.kept(rows[1], set(), seen), "shares a line with a row kept before it"
    assert not extractor.kept(rows[0], {"56622810"}, set()), "an earlier part holds a number"
    assert not extractor.kept({**rows[0], "telefono1": "2904"}, set(), set())


def test_provenance():
    sources = h388.data()["sources"]
    assert set(sources) == {"MX"}
    mx = sources["MX"]
    assert mx["repository"] == "Alfull/VerificacionVehicular"
    assert mx["commit"] == "06127d8ab322fcf51495d5f5e1351e9a3d033a15"
    assert mx["paths"] == ["Resources/verificentros.js"]
    assert "not confirmed" in mx["licence"] and mx["publisher"]
    rows = h388.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MX": 171}
    assert [int(r["path"].rsplit("#", 1)[1]) for r in rows] == [*range(76), *range(77, 172)]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h388, "held_out_388", tmp_path)
