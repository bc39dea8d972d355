"""held_out_268 of the PII evaluation set (scripts/pii_held_out_268.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real ``Tel``
field, copied unchanged, each copy labelled, a short ending or extension a distractor; the
service's name and postcode are in the text and unlabelled) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_268 as h268  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the service's identifiers, in every layout
IDENTIFIERS = ("ServiceName", "Postcode")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h268.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h268.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h268.data()["rows"]) == 450
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h268.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:GB"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "nhs_service_search": 113, "gocardless_customer": 113,
        "dataverse_account": 112, "cronofy_event": 112,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("02890245729", ["02890245729"]),
        ("028 96 152 552", ["028 96 152 552"]),
        ("(028) 9061 1014", ["(028) 9061 1014"]),
        ("028  3832 8374", ["028  3832 8374"]),
        ("02885549320/321", ["02885549320", "321"]),
        ("02881661577/ 07787141072", ["02881661577", "07787141072"]),
        ("02890309375 - 07515114624", ["02890309375", "07515114624"]),
        ("0282766 3520 or 02894426273", ["0282766 3520", "02894426273"]),
        ("02890 139676, 07514831119, 07593242278", ["02890 139676", "07514831119", "07593242278"]),
        ("028 71865136 ext 218126", ["028 71865136", "218126"]),
        ("02844617184 ( option 4 )", ["02844617184"]),
        ("02891270352 Option 7", ["02891270352"]),
        ("Head office - 01189 730006", ["01189 730006"]),
        ("+353 1 901 5270", ["+353 1 901 5270"]),
        ("02892674943/02892660662", ["02892674943", "02892660662"]),
    ],
)
def test_a_field_is_split_into_its_numbers(field, expected):
    assert [field[s:e] for s, e in h268.numbers(field)] == expected


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the ``Tel`` field is labelled wherever the field stands if a person could
    hold it (a distractor if not: ``321`` after a slash, an extension); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h268.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in h268.numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "GB") else short)[number] += copies
        labelled = Counter(text[s:e] for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        assert all(kind.split(":")[1] == h268.PHONE for *_, kind in r["spans"]), r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h268.international)
    assert kinds == {"national:Tel": 920, "international:Tel": 2}
    short = Counter(r["text"][s:e] for r in records for s, e, *_ in r["distractors"])
    assert short == {"321": 2, "218126": 2}


def test_the_data_keeps_the_published_shape():
    """Every kept ``Tel`` holds a number of six digits or more; 437 are one number of eleven
    digits; the fields are strings as the worksheet gives them, the manager's and provider's
    names left out; the categories as the register counts them."""
    rows = h268.data()["rows"]
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["Tel"]) >= 6
        assert "Manager" not in row["fields"] and "ProviderName" not in row["fields"]
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum(sum(c.isdigit() for c in h268.phone(r)) == 11 for r in rows) == 437
    assert sum("/" in h268.phone(r) for r in rows) == 7
    kinds = Counter(row["fields"]["Category"] for row in rows)
    assert kinds.most_common(3) == [
        ("Independent Hospital (IH) - Dental Treatment", 98),
        ("Domiciliary Care Agency (DCA)", 93),
        ("Nursing (NH)", 84),
    ]


def _encoded(value: str) -> str:
    """``value`` as a JSON string's content."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The service's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h268._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON (the Cronofy request's body after its headers, its
    ``Content-Length`` right), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h268.phone(row), h268._f(row, "ServiceName")
        if r["layout"] == "nhs_service_search":
            doc = json.loads(text)
            assert doc["@odata.context"] == "https://api.nhs.uk/service-search/$metadata#search"
            (org,) = doc["value"]
            assert org["OrganisationName"] == name
            assert org["Postcode"] == h268._f(row, "Postcode")
            (contact,) = org["Contacts"]
            assert contact["ContactMethodType"] == "Telephone" and contact["ContactValue"] == tel
            assert f"Call {tel} " in org["Services"][0]["ServiceDescription"]
        elif r["layout"] == "gocardless_customer":
            customer = json.loads(text)["customers"]
            assert re.fullmatch(r"CU[0-9A-Z]{12}", customer["id"])
            assert customer["company_name"] == name and customer["phone_number"] == tel
            assert customer["country_code"] == "GB"
            assert all(isinstance(v, str) for v in customer["metadata"].values())
            assert len(customer["metadata"]) <= 3
            assert customer["metadata"]["contact_note"].endswith(tel)
        elif r["layout"] == "dataverse_account":
            account = json.loads(text)
            assert re.fullmatch(
                r"https://\w+\.crm11\.dynamics\.com/api/data/v9\.2/\$metadata#accounts/\$entity",
                account["@odata.context"],
            )
            assert account["name"] == name and account["telephone1"] == tel
            assert account["description"].endswith(f"Main line: {tel}")
        else:
            head, body = text.split("\n\n", 1)
            lines = head.split("\n")
            assert re.fullmatch(r"POST /v1/calendars/cal_[0-9a-z_]+/events HTTP/1\.1", lines[0])
            assert lines[1] == "Host: api-uk.cronofy.com"
            length = int(lines[-1].removeprefix("Content-Length: "))
            assert len(body.removesuffix("\n").encode("utf-8")) == length
            event = json.loads(body)
            assert event["summary"].endswith(name) and event["tzid"] == "Europe/London"
            assert f"Ring {tel} on arrival" in event["description"]
            assert event["location"]["description"].endswith(f"(tel. {tel})")


def test_provenance():
    sources = h268.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "cs97jjm3/mgc-care-finder"
    assert gb["commit"] == "ccc4d259ed35220dee2da6f4a1f8b3739322fd17"
    assert gb["paths"] == ["data/rqia.xlsx"]
    assert "not confirmed" in gb["licence"] and "RQIA" in gb["publisher"]
    rows = h268.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 450}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h268, "held_out_268", tmp_path)
