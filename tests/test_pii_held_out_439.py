"""held_out_439 of the PII evaluation set (scripts/pii_held_out_439.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the centre's name, postcode, town and locator id are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps its
rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fr_autovision_centres_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_439 as h439  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the telephone a record of each layout writes
COPIES = {"postmark_template": 2, "mailgun_template": 1, "ses_template": 2, "bing_places_csv": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h439.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h439.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h439.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h439.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:FR"
        assert r["language"] == "fr"
    assert Counter(r["layout"] for r in records) == {layout: 80 for layout in h439.LAYOUTS}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, under its column; nothing else is
    labelled, no distractor is, and no e-mail address stands in any record."""
    for r in records:
        tel, text = h439.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:tel"): COPIES[r["layout"]]}, r["id"]
        assert "@" not in text and not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h439.international, frozenset({"PHONE_NUMBER"}))
    assert kinds == {"national:tel": 480}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is ten digits in dotted pairs, a number a person could hold, no two
    alike; postcodes keep their leading zero; every field is a string as the file writes it."""
    rows = h439.data()["rows"]
    tels = [h439.phone(row) for row in rows]
    assert all(re.fullmatch(r"0\d(\.\d\d){4}", tel) for tel in tels)
    assert all(personal_phone(tel, "FR") for tel in tels)
    assert len({tel.replace(".", "") for tel in tels}) == 320
    assert all(re.fullmatch(r"\d{5}", row["fields"]["cp"]) for row in rows)
    assert any(row["fields"]["cp"].startswith("0") for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert all(h439.name(row) for row in rows)


def test_the_extractor_reads_the_locator_and_keeps_its_rules():
    """The JavaScript entries become mappings of the published text (quotes dropped, an
    unquoted postcode kept as written); a row without a number of seven digits, a number an
    earlier part holds, or a line a kept centre already has is dropped."""
    js = (
        "var CentresList = [{\n    lat:46.2,\n    lng:5.2,\n    data:\n        {\n"
        "            num: 1,\n            idCentre: 10018,\n"
        '            nomCommercial: "A \\"B\\"",\n'
        '            cp: 01000,\n            tel: "04.74.23.23.14",\n'
        '            url: "https://x.fr/a,b"\n        }\n},{\n    lat:1,\n    lng:2,\n'
        '    data:\n        {\n            tel: "04 74 23 23 14"\n        }\n}];\n'
    )
    found = extractor.centres(js)
    assert found[0] == {
        "lat": "46.2", "lng": "5.2", "num": "1", "idCentre": "10018", "nomCommercial": 'A "B"',
        "cp": "01000", "tel": "04.74.23.23.14", "url": "https://x.fr/a,b",
    }  # fmt: skip
    assert found[1] == {"lat": "1", "lng": "2", "tel": "04 74 23 23 14"}
    rows = h439.data()["rows"]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "33")
    earlier |= extractor.other_numbers()
    digits = [extractor.digits_of(row["fields"]["tel"]) for row in rows]
    assert all(len(d) >= 7 and d not in earlier for d in digits)
    assert len(set(digits)) == len(digits)
    indices = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert indices == sorted(indices)


def _texts(html: str) -> str:
    """The text of an HTML body (well nested: every opened element closed, but ``br``)."""

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.open: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag != "br":
                self.open.append(tag)

        def handle_endtag(self, tag):
            assert self.open.pop() == tag

        def handle_data(self, data):
            self.parts.append(data)

    reader = Reader()
    reader.feed(html)
    reader.close()
    assert not reader.open
    return "".join(reader.parts)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, HTML bodies, CSV by the standard library), the
    row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, cid = h439.phone(row), h439.name(row), row["fields"]["idCentre"]
        if r["layout"] == "postmark_template":
            doc = json.loads(text)
            assert doc["TemplateType"] == "Standard" and doc["Active"] is True
            assert doc["Alias"] == f"rdv-confirmation-{cid}"
            assert f"au centre {name} est" in doc["TextBody"]
            assert f"Appelez le centre au {tel}." in doc["TextBody"]
            assert f"au centre {name} est" in _texts(doc["HtmlBody"])
            assert f"Appelez le centre au {tel}." in _texts(doc["HtmlBody"])
        elif r["layout"] == "mailgun_template":
            t = json.loads(text)["template"]
            assert t["name"] == f"rappel-echeance-{cid}" and t["version"]["active"] is True
            assert t["version"]["engine"] == "handlebars"
            body = _texts(t["version"]["template"].removeprefix("<!DOCTYPE html>"))
            assert f"Le centre {name}, {h439.place(row)}," in body
            assert f"par téléphone au {tel}." in body
        elif r["layout"] == "ses_template":
            doc = json.loads(text)
            assert re.fullmatch(rf"AnnulationRdv_{cid}_v\d", doc["TemplateName"])
            content = doc["TemplateContent"]
            assert set(content) == {"Subject", "Text", "Html"}
            assert f"appelez le {tel} " in content["Text"]
            assert f"au centre {name} ({h439.place(row)})" in _texts(content["Html"])
            assert _texts(content["Html"]).count(tel) == 1
        else:
            header, line, *rest = list(csv.reader(io.StringIO(text, newline="")))
            assert not rest and tuple(header) == h439.BING_HEADER
            got = dict(zip(header, line, strict=True))
            assert got["Store ID"] == f"AV-{cid}" and got["Business Name"] == name
            assert got["Main Phone"] == tel and got["Country"] == "FR"
            assert got["Zip Code"] == h439._f(row, "cp") and got["City"] == h439._f(row, "ville")
            assert (got["Latitude"], got["Longitude"]) == (
                row["fields"]["lat"],
                row["fields"]["lng"],
            )


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name, postcode, town and locator id stand in every record's text, outside
    the labels."""
    for r in records:
        row = _row(r)
        for value in (h439.name(row), h439._f(row, "cp"), h439._f(row, "ville"),
                      row["fields"]["idCentre"]):  # fmt: skip
            if r["layout"] != "bing_places_csv":
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h439.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "archamm/laposte-scrapping"
    assert fr["commit"] == "e235c32dbfc343d2cfec29c1f2bb2ec7ac052a23"
    assert fr["paths"] == ["AutoVision/20230525.js"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    assert Counter(r["country"] for r in h439.data()["rows"]) == {"FR": 320}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h439, "held_out_439", tmp_path)
