"""held_out_492 of the PII evaluation set (scripts/pii_held_out_492.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the numbers of the
row's real ``TELEFONO``, unchanged, each copy labelled; the provider's name and municipality are
in the text and unlabelled) and are rebuilt byte for byte from the committed data; the
extractor's rules hold on the kept rows. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_492 as h492  # noqa: E402 - the scripts folder's modules
import pr_acaa_proveedores_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the provider's identifiers, in every layout
IDENTIFIERS = (h492.NAME, h492.TOWN)
# copies of each number a record of each layout writes
COPIES = {
    "qhp_providers": 1,
    "plannet_bundle": 2,
    "acuity_appointment": 2,
    "ribbon_location": 1,
}
PLANNET = "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h492.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h492.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h492.data()["rows"]) == 161
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h492.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}" == "reg:PR"
        assert r["language"] in ("en", "es")
        if len(h492.phones(_row(r))) > 1:
            assert r["layout"] in h492.LISTS
    assert Counter(r["layout"] for r in records) == {
        "qhp_providers": 40,
        "plannet_bundle": 40,
        "acuity_appointment": 40,
        "ribbon_location": 41,
    }


def test_every_copy_of_every_number_is_labelled_unchanged(records):
    """Each number of the row's field is labelled wherever it stands, whole, under the
    ``TELEFONO`` column, as often as the layout writes it; nothing else is labelled and no
    distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for number in h492.phones(row):
            assert text.count(number) == COPIES[r["layout"]], (r["id"], number)
            expected[(number, "PHONE_NUMBER", "national:TELEFONO")] = COPIES[r["layout"]]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not re.search(r"[\w.+-]+@[\w-]+\.\w", text), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h492.international)
    assert kinds == {"national:TELEFONO": 247}


def test_the_data_keeps_the_published_shape():
    """Every kept field is one number ``787-NNN-NNNN`` (or ``939-``) or two on lines of their
    own (one with no hyphen after the area code, one with a five-digit line), each a number a
    person could hold, no field's digits alike; the fields are strings as the export gives
    them."""
    rows = h492.data()["rows"]
    numbers = [p for row in rows for p in h492.phones(row)]
    assert len(numbers) == 166
    odd = [p for p in numbers if not re.fullmatch(r"(787|939)-\d{3}-\d{4}", p)]
    assert odd == ["787892-3315", "787-757-39396"]
    assert all(personal_phone(p, "PR") for p in numbers)
    assert sum(len(h492.phones(row)) > 1 for row in rows) == 5
    assert len({digits_of(row["fields"][h492.PHONE]) for row in rows}) == 161
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert sum(h492.point(row) is None for row in rows) == 38


def test_the_extractor_keeps_organisations_only():
    """The kept rows are organisations named so, none a person trading under another name; the
    extractor's rule keeps and drops the register's own kinds of names."""
    rows = h492.data()["rows"]
    assert all(extractor.is_organisation(row["fields"][h492.NAME]) for row in rows)
    assert not any(re.search(r"\b(DBA|HNC)\b", row["fields"][h492.NAME]) for row in rows)
    assert extractor.is_organisation("Aguadilla Medical Services, Inc.")
    assert extractor.is_organisation("Municipio de Yauco ")
    assert not extractor.is_organisation("Aida L. Blasini Torres ")
    assert not extractor.is_organisation("Carmen I. Marrero DBA Centro Terapia F\u00cc_sica Shalom")
    assert not extractor.is_organisation(
        "Gobierno Municipal de las Piedras HNC Mun. Med Las Piedras "
    )


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The provider's name and municipality stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h492._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _npi_right(value: str) -> bool:
    """Whether an NPI's check digit is right (Luhn over ``80840`` and its ten digits)."""
    total = 0
    for i, c in enumerate(reversed("80840" + value)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return len(value) == 10 and total % 10 == 0


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON in its format's shape, the row's values where the format
    puts them, the invented NPIs' check digits right."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tels, name, town = h492.phones(row), h492.name(row), h492.town(row)
        if r["layout"] == "qhp_providers":
            (entry,) = doc
            assert entry["type"] == "FACILITY" and _npi_right(entry["npi"])
            assert entry["facility_name"] == name and entry["phone"] == tels[0]
            assert entry["address"]["city"] == town and entry["address"]["state"] == "PR"
            assert {p["network_tier"] for p in entry["plans"]} == {"PREFERRED", "NON-PREFERRED"}
            assert all(re.fullmatch(r"\d{5}PR\d{7}", p["plan_id"]) for p in entry["plans"])
        elif r["layout"] == "plannet_bundle":
            assert doc["resourceType"] == "Bundle" and doc["type"] == "searchset"
            org, loc = (e["resource"] for e in doc["entry"])
            assert org["meta"]["profile"] == [PLANNET + "Organization"]
            assert loc["meta"]["profile"] == [PLANNET + "Location"]
            assert _npi_right(org["identifier"][0]["value"])
            for res in (org, loc):
                assert res["name"] == name
                assert [t["value"] for t in res["telecom"]] == tels
            assert loc["managingOrganization"]["reference"] == f"Organization/{org['id']}"
            assert ("position" in loc) == (h492.point(row) is not None)
        elif r["layout"] == "acuity_appointment":
            assert doc["calendar"] == f"{name} ({town})" and doc["phone"] == doc["email"] == ""
            assert doc["timezone"] == "America/Puerto_Rico"
            assert doc["datetime"].endswith("-0400")
            assert doc["location"].startswith(f"{name}, ")
            assert doc["location"].endswith(f"Tel. {tels[0]}")
            assert doc["notes"].endswith(f"llame al {tels[0]}.")
        else:
            assert doc["name"] == name and doc["address_details"]["city"] == town
            assert [p["phone"] for p in doc["phone_numbers"]] == tels
            assert doc["phone_numbers"][0]["details"] == "primary" and doc["faxes"] == []
            assert doc["address"].endswith(", US")
            assert ("google_maps_link" in doc) == (h492.point(row) is not None)


def test_provenance():
    sources = h492.data()["sources"]
    assert set(sources) == {"PR"}
    pr = sources["PR"]
    assert pr["repository"] == "commonwealth-of-puerto-rico/provedoresPR"
    assert pr["commit"] == "1d259e889bb9b838972f3e39f2800f805496416c"
    assert pr["paths"] == ["Data/Mapa_de_proveedores_de_salud_acaa (1).csv"]
    assert pr["encoding"] == "mac_roman"
    assert "not confirmed" in pr["licence"] and pr["publisher"]
    assert Counter(r["country"] for r in h492.data()["rows"]) == {"PR": 161}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h492, "held_out_492", tmp_path)
