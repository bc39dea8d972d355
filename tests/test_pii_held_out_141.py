"""held_out_141 of the PII evaluation set (scripts/pii_held_out_141.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; each copy of the office e-mail address labelled; the name, city
and register id are in the text and unlabelled), the data keeps the register's published shape
and only office addresses, and the part is rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

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

import es_hospitals_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_141 as h141  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the hospital's identifiers, in every layout
IDENTIFIERS = ("hospital_name", "city", "id")
DSML = "{urn:oasis:names:tc:DSML:2:0:core}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h141.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h141.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h141.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h141.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ES"
        assert r["split"] == "held_out_141"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h141.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field (one number in every row) is labelled each time the layout writes it,
    under its column; nothing else is a phone and nothing is a distractor."""
    for r in records:
        value, text = h141.phone(_row(r)), r["text"]
        copies = h141.COPIES[r["layout"]][0]
        assert text.count(value) == copies, r["id"]
        assert personal_phone(value, "ES")
        labelled = [(text[s:e], kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert labelled == [(value, "national:tel")] * copies, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_every_copy_of_the_office_address_is_labelled(records):
    """The office e-mail address, where the data keeps one, labelled each time the layout
    writes it; a row without one has no e-mail span."""
    with_mail = 0
    for r in records:
        mail, text = h141.email(_row(r)), r["text"]
        got = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if mail:
            with_mail += 1
            copies = h141.COPIES[r["layout"]][1]
            assert text.count(mail) == copies and got == [mail] * copies, r["id"]
        else:
            assert got == [] and not re.search(r"[\w.-]+@[\w-]+\.\w", text), r["id"]
    assert with_mail == 120


def test_the_labels_add_up(records):
    kinds = Counter((t, kind) for r in records for _, _, t, kind in r["spans"])
    assert kinds == {("PHONE_NUMBER", "national:tel"): 700, ("EMAIL_ADDRESS", "register"): 149}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is nine digits in one run (one of eight), as the file gives it;
    every kept e-mail field is one office address; the sample's kinds and ownership."""
    rows = h141.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"]["tel"]) for row in rows)
    assert shapes == {"999999999": 399, "99999999": 1}
    assert all(h141.phone(row) == row["fields"]["tel"] for row in rows)
    mails = [row["fields"]["email"] for row in rows if "email" in row["fields"]]
    assert len(mails) == 120 and all(extractor.office_email(m) for m in mails)
    assert not any(m in extractor.DROPPED for m in mails)
    owners = Counter(row["fields"]["public_private"] for row in rows)
    assert set(owners) == {"public", "private"} and sum(owners.values()) == 400
    assert Counter(row["fields"]["ref_date"] for row in rows) == {"31/12/2018": 400}


def test_an_address_that_names_a_person_is_left_out():
    assert extractor.office_email("SECRETARIA.GERENCIA@OSAKIDETZA.EUS")
    assert extractor.office_email("INFO@HOSPITALSANONOFRE.COM")
    assert not extractor.office_email("JOSECARLOS.MELLADO@QUIRONSALUD.ES")
    assert not extractor.office_email("DIRECCION.JNADAL@SARQUAVITAE.ES")
    assert not extractor.office_email("JAIME.RIPOLL@HSLL.ES/SMORENO@HSLL.ES")
    assert not extractor.office_email("INFO@A.ES; GERENCIA@A.ES")
    assert not extractor.office_email("ALMENDRALEJOSJD.ES")
    assert not extractor.office_email("")


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string, or as it is)."""
    if layout in ("dsml_batch", "tmx_memory"):
        return escape(value)
    if layout == "esri_featureset":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, city and the register's id stand in every record's text outside the labels
    (a city may also stand inside an address: ``ADMISION_BARCELONA@FREMAP.ES``)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h141._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _gedcom(text: str) -> list[tuple[int, str | None, str, str]]:
    """The lines of a GEDCOM file as (level, xref, tag, value); each line well formed, no
    longer than 255 characters, no level more than one deeper than the line before."""
    out, last = [], -1
    for line in text.rstrip("\n").split("\n"):
        assert len(line) <= 255, line
        m = re.fullmatch(r"(\d+) (?:(@\w+@) )?([A-Z0-9_]+)(?: (.*))?", line)
        assert m, line
        level = int(m.group(1))
        assert level <= last + 1, line
        last = level
        out.append((level, m.group(2), m.group(3), m.group(4) or ""))
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library, GEDCOM by its
    line grammar), the row's number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h141.phone(row), h141.email(row), h141._f(row, "hospital_name")
        if r["layout"] == "dsml_batch":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{DSML}batchRequest"
            add = root.find(f"{DSML}addRequest")
            attrs = {
                a.get("name"): [v.text for v in a.findall(f"{DSML}value")]
                for a in add.findall(f"{DSML}attr")
            }
            assert attrs["telephoneNumber"] == [tel] and attrs["o"] == [name]
            assert attrs.get("mail", [""]) == [mail]
            assert attrs["description"][0].endswith(f"Centralita: {tel}.")
            assert add.get("dn").startswith(f"uid={h141._f(row, 'id')},")
            assert root.find(f"{DSML}searchRequest") is not None
        elif r["layout"] == "tmx_memory":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "tmx" and root.get("version") == "1.4"
            assert root.find("header").get("srclang") == "es-ES"
            units = root.findall("body/tu")
            assert len(units) == (5 if mail else 4)
            for tu in units:
                assert [tuv.get(LANG) for tuv in tu.findall("tuv")] == ["es-ES", "en-GB"]
                assert tu.findtext("prop") == h141._f(row, "id")
            segs = [seg.text for seg in root.iter("seg")]
            assert sum(tel in seg for seg in segs) == 2
            assert segs[0].startswith(name)
        elif r["layout"] == "gedcom_repository":
            lines = _gedcom(text)
            assert lines[0][2] == "HEAD" and lines[-1][2] == "TRLR"
            tags = {(level, tag): value for level, _, tag, value in lines}
            assert tags[(2, "VERS")] == "5.5.1" and tags[(1, "CHAR")] == "UTF-8"
            repo = [line for line in lines if line[1] == "@R1@"]
            assert repo and repo[0][2] == "REPO"
            phons = [value for level, _, tag, value in lines if tag == "PHON"]
            emails = [value for level, _, tag, value in lines if tag == "EMAIL"]
            assert phons == [tel] and emails == ([mail] if mail else [])
            assert tags[(1, "NOTE")].endswith(f"llamar al {tel} en horario de oficina.")
            assert tags[(2, "POST")] == h141._f(row, "postcode")
        else:
            doc = json.loads(text)
            assert doc["geometryType"] == "esriGeometryPoint"
            assert {f["name"] for f in doc["fields"]} == set(doc["fieldAliases"])
            (feature,) = doc["features"]
            attributes = feature["attributes"]
            assert set(attributes) == set(doc["fieldAliases"])
            assert attributes["TELEFONO"] == tel and attributes["NOMBRE"] == name
            assert attributes["EMAIL"] == (mail or None)
            assert feature["geometry"] == {
                "x": float(h141._f(row, "lon")),
                "y": float(h141._f(row, "lat")),
            }


def test_provenance():
    sources = h141.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "eurostat/basic-services"
    assert es["commit"] == "f200d0ce0af43a0353ea0f229e1e770a2be26f8d"
    assert es["path"] == "data/healthcare/csv/ES.csv"
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h141.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h141, "held_out_141", tmp_path)
