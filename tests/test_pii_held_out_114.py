"""held_out_114 of the PII evaluation set (scripts/pii_held_out_114.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the register's id and the hospital's coordinates
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_114 as h114  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the register's id and the hospital's coordinates, in every layout
IDENTIFIERS = ("id", "lat", "lon")
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
NC = "{http://release.niem.gov/niem/niem-core/5.0/}"
MSG = "{http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message}"
GEN = "{http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
CV = "{http://data.europa.eu/m8g/}"
LOCN = "{http://www.w3.org/ns/locn#}"
SCHEMA = "{http://schema.org/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h114.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h114.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h114.data()["rows"]) == 261
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h114.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "akoma_ntoso": 66, "niem_xml": 65, "sdmx_ml": 65, "cpsv_ap_rdf": 65,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h114.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "AT") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert all(kind.split(":")[1] == h114.PHONE for *_, kind in r["spans"])
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 522


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The register's id and the hospital's latitude and longitude stand in every record's
    text, outside the labels, whole; the postcode stands there at least once outside them."""
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        for column in (*IDENTIFIERS, "postcode"):
            value = h114._f(_row(r), column)
            pattern = rf"(?<![\dA-Z]){re.escape(value)}(?!\d)"
            found = [m.start() for m in re.finditer(pattern, r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)
            if column in IDENTIFIERS:
                assert outside == found, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _text(node) -> str:
    return "".join(node.itertext())


def test_the_documents_are_well_formed(records):
    """Each document parses as XML (lxml) with its format's root and shape, the row's number
    where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, rid = h114.phone(row), h114._f(row, "hospital_name"), h114._f(row, "id")
        root = etree.fromstring(text.encode("utf-8"))
        if r["layout"] == "akoma_ntoso":
            assert root.tag == f"{AKN}akomaNtoso"
            (doc,) = root
            assert doc.tag == f"{AKN}doc" and doc.get("name") == "kundmachung"
            work = doc.find(f"{AKN}meta/{AKN}identification/{AKN}FRBRWork")
            assert work.find(f"{AKN}FRBRcountry").get("value") == "at"
            this = work.find(f"{AKN}FRBRthis").get("value")
            assert this == work.find(f"{AKN}FRBRuri").get("value") + "/!main"
            orgs = doc.findall(f"{AKN}meta/{AKN}references/{AKN}TLCOrganization")
            assert orgs[1].get("showAs") == name and orgs[1].get("href").endswith("." + rid)
            paras = doc.findall(f"{AKN}mainBody/{AKN}paragraph")
            assert [p.findtext(f"{AKN}num") for p in paras] == ["§ 1", "§ 2", "§ 3"]
            assert paras[0].find(f".//{AKN}organization").text == name
            assert f"Telefonnummer {tel} zu richten" in _text(paras[1])
            assert f"Meldestelle {tel}," in _text(doc.find(f"{AKN}conclusions"))
        elif r["layout"] == "niem_xml":
            assert root.tag == "{http://example.at/iepd/zuweisung/1.0/}FacilityReferralExchange"
            facility = root.find(f"{NC}Facility")
            assert facility.findtext(f"{NC}FacilityName") == name
            assert facility.findtext(f"{NC}FacilityIdentification/{NC}IdentificationID") == rid
            contact = facility.find(f"{NC}FacilityContactInformation")
            full = f"{NC}ContactTelephoneNumber/{NC}FullTelephoneNumber/{NC}TelephoneNumberFullID"
            assert contact.findtext(full) == tel
            assert f"({tel})" in contact.findtext(f"{NC}ContactInformationDescriptionText")
            lat = facility.findtext(f".//{NC}LatitudeDegreeValue")
            assert lat == h114._f(row, "lat")
        elif r["layout"] == "sdmx_ml":
            assert root.tag == f"{MSG}GenericData"
            sender = root.find(f"{MSG}Header/{MSG}Sender")
            assert sender.get("id") == f"AT_{rid}"
            assert sender.findtext(f"{MSG}Contact/{MSG}Telephone") == tel
            series = root.find(f"{MSG}DataSet/{GEN}Series")
            key = {v.get("id"): v.get("value") for v in series.find(f"{GEN}SeriesKey")}
            assert key["UNIT_ID"] == rid and key["REF_AREA"] == "AT"
            attrs = {v.get("id"): v.get("value") for v in series.find(f"{GEN}Attributes")}
            assert attrs["CONTACT_TEL"] == tel
            assert attrs.get("BEDS_SYSTEM", "") == h114._f(row, "cap_beds")
            obs = series.findall(f"{GEN}Obs")
            assert [o.find(f"{GEN}ObsDimension").get("value") for o in obs] == [
                f"2020-{m:02d}" for m in range(1, 13)
            ]
            assert all(o.find(f"{GEN}ObsValue").get("value").isdigit() for o in obs)
        else:
            assert r["layout"] == "cpsv_ap_rdf" and root.tag == f"{RDF}RDF"
            (service,) = root
            assert service.tag == "{http://purl.org/vocab/cpsv#}PublicService"
            org = service.find(f"{CV}hasCompetentAuthority/{CV}PublicOrganisation")
            assert org.get(f"{RDF}about").endswith("/" + rid)
            assert org.find(f"{LOCN}address/{LOCN}Address/{LOCN}postCode").text == h114._f(
                row, "postcode"
            )
            point = org.findtext(f"{LOCN}geometry")
            assert point == f"POINT({h114._f(row, 'lon')} {h114._f(row, 'lat')})"
            cp = service.find(f"{CV}contactPoint/{SCHEMA}ContactPoint")
            assert cp.findtext(f"{SCHEMA}telephone") == tel
            desc = service.findtext("{http://purl.org/dc/terms/}description")
            assert desc.endswith(f"Terminvereinbarung unter {tel}.")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h114.data()["sources"]
    assert set(sources) == {"AT"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
        assert meta["repository"] == "eurostat/basic-services"
        assert meta["path"] == "data/healthcare/csv/AT.csv"
    rows = h114.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AT": 261}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all("email" not in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h114.write(rebuilt)
    assert rebuilt.read_bytes() == h114.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_114"
