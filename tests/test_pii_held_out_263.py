"""held_out_263 of the PII evaluation set (scripts/pii_held_out_263.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name and BRIN number are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import nl_duo_primary_schools_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_263 as h263  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("INSTELLINGSNAAM", "BRIN NUMMER")
COPIES = {"duo_api_jsonld": 1, "klic_aanvraag": 2, "eboekhouden_soap": 2, "myparcel_shipment": 1}
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
EB = "{http://www.e-boekhouden.nl/soap}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h263.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h263.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h263.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h263.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "duo_api_jsonld": 120, "klic_aanvraag": 120, "eboekhouden_soap": 120,
        "myparcel_shipment": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each copy of the phone field is labelled wherever it stands, under its column; nothing
    else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h263.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "NL") else short)[(number, h263.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h263.international)
    assert kinds == {"national:TELEFOONNUMMER": 720}


def test_the_data_keeps_the_published_shape():
    """480 schools, each phone field ten digits in one run with the trunk ``0``, none a mobile
    (``06``); every column kept as the string the file gives (blank padding included)."""
    rows = h263.data()["rows"]
    assert len(rows) == 480
    for row in rows:
        tel = row["fields"]["TELEFOONNUMMER"]
        assert re.fullmatch(r"0[1-57-9]\d{8}", tel), tel
        assert h263.phone(row) == tel
        assert re.fullmatch(r"\d\d[A-Z]{2}|\d\d[A-Z0-9]{2}", row["fields"]["BRIN NUMMER"])
        assert len(row["fields"]) == 29
    assert not extractor.mobile("0591351446") and extractor.mobile("0610564167")
    assert sum(not h263._site(row) for row in rows) == 82


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "eboekhouden_soap":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and BRIN number stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h263._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found or (r["layout"] in ("klic_aanvraag", "myparcel_shipment")
                             and column == "BRIN NUMMER"), (r["id"], column)  # fmt: skip
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h263.phone(row), h263._f(row, "INSTELLINGSNAAM")
        if r["layout"] == "duo_api_jsonld":
            doc = json.loads(text)
            brin = row["fields"]["BRIN NUMMER"]
            assert doc["@id"].endswith(f"/01.-hoofdvestigingen-basisonderwijs/search?brin={brin}")
            assert doc["results"] == [row["fields"]]
            assert set(doc["@context"]) == {*row["fields"], "results"}
            assert doc["@context"]["TELEFOONNUMMER"].endswith("/begrip/Telefoonnummer")
            assert doc["@context"]["RMC-REGIO NAAM"].endswith("/begrip/RmcRegioNaam")
        elif r["layout"] == "klic_aanvraag":
            doc = json.loads(text)
            for party in ("aanvrager", "opdrachtgever"):
                assert doc[party]["telefoon"] == tel and doc[party]["bedrijfsNaam"] == name
                address = doc[party]["bezoekAdres"]
                assert address["postcode"] == row["fields"]["POSTCODE"]
            assert doc["aanvraagSoort"].endswith("/aanvraagSoorten/graafmelding")
            assert re.fullmatch(r"20\d{8}", doc["ordernummer"])
            ring = doc["graafGebied"]["coordinates"][0]
            assert ring[0] == ring[-1] and doc["startDatum"] <= doc["eindDatum"]
        elif r["layout"] == "eboekhouden_soap":
            root = ET.fromstring(text.encode("utf-8"))
            rel = root.find(f"{SOAP}Body/{EB}AddRelatie/{EB}oRel")
            assert rel.findtext(f"{EB}Telefoon") == tel and rel.findtext(f"{EB}Bedrijf") == name
            assert rel.findtext(f"{EB}Def1") == row["fields"]["BRIN NUMMER"]
            assert rel.findtext(f"{EB}BP") == "B"
            assert f" op {tel} op werkdagen" in rel.findtext(f"{EB}Notitie")
        else:
            doc = json.loads(text)
            (shipment,) = doc["data"]["shipments"]
            recipient = shipment["recipient"]
            assert recipient["phone"] == tel and recipient["company"] == name
            assert recipient["person"] in h263.DEPARTMENTS
            number = recipient["number"] + recipient.get("number_suffix", "")
            assert number.replace(" ", "") == row["fields"]["HUISNUMMER-TOEVOEGING"].replace(
                " ", ""
            )
            assert shipment["carrier"] == 1


def test_provenance():
    sources = h263.data()["sources"]
    assert set(sources) == {"NL"}
    nl = sources["NL"]
    assert nl["repository"] == "effibennekers/accountability-hack-2017-api"
    assert nl["commit"] == "5d37f733b6f4cd737a7baccb295af2e195ac35b6"
    assert nl["path"] == "src/main/resources/01.-hoofdvestigingen-basisonderwijs-2017.csv"
    assert "CC0" in nl["licence"] and nl["publisher"]
    rows = h263.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NL": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched mirror (skipped
    where the mirror is not on this machine)."""
    git = Path("/work/.mirror/effibennekers+accountability-hack-2017-api/repo")
    if not git.is_dir():
        pytest.skip("the source repository's mirror is not here")
    data = extractor.extract({"NL": git})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h263, "held_out_263", tmp_path)
