"""held_out_84 of the PII evaluation set (scripts/pii_held_out_84.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_84 as h84  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h84.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h84.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h84.data()["rows"]) == 291
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h84.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ocds_release": 73, "sarif_log": 73, "junit_report": 73, "http_client": 72,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``0-22-259-627     0-22-259-679`` holds two) is
    labelled wherever the field stands if a person could hold it, a distractor if not (a
    six-digit local number such as ``257337``), and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h84.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "MD") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_each_layout_holds_the_field_as_often_as_it_says(records):
    """Once in each OCDS release, three times in each SARIF log and JUnit report (message,
    snippet or property), twice in each HTTP client file (body and assertion)."""
    copies = {"ocds_release": 1, "sarif_log": 3, "junit_report": 3, "http_client": 2}
    for r in records:
        assert r["text"].count(h84.phone(_row(r))) == copies[r["layout"]], r["id"]
    assert sum(len(r["spans"]) for r in records) == 659
    assert sum(len(r["distractors"]) for r in records) == 29


def test_phones_keep_their_kind(records):
    """Every label is a national phone (no field starts with ``+``); the 12 rows whose field
    is one six-digit local number alone (``257337``, ``22-69-32``) have none."""
    assert sum(not r["spans"] for r in records) == 12
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def _written(layout: str, value: str) -> str:
    """A field as the layout writes it: JSON strings escaped (the OCDS, SARIF and HTTP
    bodies), XML attributes escaped (JUnit)."""
    if layout == "junit_report":
        return escape(value, {'"': "&quot;"})
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_name_and_address_are_in_the_text_and_unlabelled(records):
    """The authority's name and address (``str. Burebista 93``, ``MD 2025``) stand in every
    record's text, outside the labels, whole."""
    for r in records:
        row = _row(r)
        for value in (h84._f(row, "name"), h84.address(row)):
            if not value:
                continue
            written = _written(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(written), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(
                s < at + len(written) and at < e for at in found for s, e, *_ in spans
            ), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _ocds(row: dict, text: str) -> None:
    package = json.loads(text)
    assert package["version"] == "1.1" and len(package["releases"]) == 1
    release = package["releases"][0]
    assert re.fullmatch(r"ocds-b3wdp1-MD-\d{13}", release["ocid"])
    assert release["id"].startswith(release["ocid"]) and release["tag"] == ["tender"]
    (party,) = release["parties"]
    assert party["contactPoint"] == {"telephone": h84.phone(row)}
    assert party["name"] == h84._f(row, "name") == release["buyer"]["name"]
    assert party["id"] == release["buyer"]["id"] == release["tender"]["procuringEntity"]["id"]
    assert party["id"] == f"MD-IDNO-{party['identifier']['id']}"
    assert party["address"].get("streetAddress", "") == h84.address(row)
    assert release["tender"]["value"]["currency"] == "MDL"


def _sarif(row: dict, text: str) -> None:
    log = json.loads(text)
    assert log["version"] == "2.1.0" and "sarif-2.1.0" in log["$schema"]
    (run,) = log["runs"]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    (result,) = run["results"]
    assert rules[result["ruleIndex"]] == result["ruleId"]
    (location,) = result["locations"]
    region = location["physicalLocation"]["region"]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == h84.CSV_PATH
    assert region["startLine"] == h84.csv_line(row)
    assert region["snippet"]["text"] == h84.phone(row) == result["properties"]["telefon"]
    assert f"„{h84.phone(row)}”" in result["message"]["text"]
    assert result["properties"].get("adresa", "") == h84.address(row)


def _junit(row: dict, text: str) -> None:
    root = etree.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    props = {p.get("name"): p.get("value") for p in suite.find("properties")}
    assert props["autoritate.telefon"] == h84.phone(row)
    assert props["autoritate.denumire"] == h84._f(row, "name")
    assert props.get("autoritate.adresa", "") == h84.address(row)
    cases = suite.findall("testcase")
    failures = suite.findall("testcase/failure")
    assert int(suite.get("tests")) == int(root.get("tests")) == len(cases) == 3
    assert int(suite.get("failures")) == int(root.get("failures")) == len(failures)
    assert failures[0].get("message") == failures[0].text
    assert f"„{h84.phone(row)}”" in failures[0].text
    assert suite.find("system-out").text.startswith(f"{h84.CSV_PATH}:{h84.csv_line(row)} ")


def _http(row: dict, text: str) -> None:
    """Two requests after ``###`` lines, each a request line, headers and (the PATCH) a JSON
    body, then the PATCH's response handler."""
    head, *requests = re.split(r"(?m)^### .*\n", text)
    assert "@host = https://" in head and len(requests) == 2
    methods = []
    for request in requests:
        lines = request.split("\n")
        method, url = lines[0].split(" ")
        methods.append(method)
        assert url.startswith("{{host}}/autoritati/")
        headers = lines[1 : lines.index("")]
        assert all(re.fullmatch(r"[A-Za-z-]+: \S.*", h) for h in headers)
    assert methods == ["GET", "PATCH"]
    body_text, handler = requests[1].split("\n\n", 1)[1].split("\n\n> {%\n")
    body = json.loads(body_text)
    assert body["telefon"] == h84.phone(row) and body["denumire"] == h84._f(row, "name")
    assert body.get("adresa", "") == h84.address(row)
    assert f"response.body.telefon === {json.dumps(h84.phone(row))}" in handler
    assert handler.endswith("%}\n")


def test_the_documents_are_well_formed(records):
    """The OCDS release package and the SARIF log are JSON with the field where their
    schemas put a telephone and a snippet, the JUnit report parses as XML with its counts
    right, the HTTP client file splits into its two requests with a JSON body."""
    check = {"ocds_release": _ocds, "sarif_log": _sarif, "junit_report": _junit}
    for r in records:
        check.get(r["layout"], _http)(_row(r), r["text"])


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h84.data()["sources"]
    assert set(sources) == {"MD"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
        assert meta["dropped"] == ["email"]
    rows = h84.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MD": 291}
    assert all(set(r["fields"]) == {"name", "address", "phone", "url"} for r in rows)
    assert all(sum(c.isdigit() for c in r["fields"]["phone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h84.write(rebuilt)
    assert rebuilt.read_bytes() == h84.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_84"
