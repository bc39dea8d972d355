"""held_out_372 of the PII evaluation set (scripts/pii_held_out_372.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the site's name, ZIP code and city are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import ast
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_372 as h372  # noqa: E402 - the scripts folder's modules
import us_me_hrsa_health_centers_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the site's identifiers, in every layout
IDENTIFIERS = ("Site Name", "Site Postal Code", "Site City")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h372.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h372.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h372.data()["rows"]) == 125
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h372.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "drchrono_office": 32,
        "vcr_cassette": 31,
        "typesense_import": 31,
        "alembic_migration": 31,
    }


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is written once in every layout and labelled whole under ``phone``;
    nothing else is labelled, no distractor is, and no record holds an e-mail address (one
    street is a boat's mooring, ``SUNBEAN DOCKED @ MATINICUS WHF``)."""
    for r in records:
        tel, text = h372.phone(_row(r)), r["text"]
        assert text.count(tel) == 1, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:phone"): 1}, r["id"]
        assert not re.search(r"[\w.+-]+@[\w-]+\.\w", text), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h372.international)
    assert kinds == {"national:phone": 125}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is ``NNN-NNN-NNNN`` in Maine's area code 207, two with an extension
    after `` x``, a number a person could hold, no two lines alike; the fields are strings as
    the file gives them; every site is active."""
    rows = h372.data()["rows"]
    tels = [h372.phone(row) for row in rows]
    assert all(re.fullmatch(r"207-\d{3}-\d{4}( x\d+)?", tel) for tel in tels)
    assert sum(" x" in tel for tel in tels) == 2
    assert all(personal_phone(tel, "US") for tel in tels)
    assert len({extractor.line_of(tel) for tel in tels}) == 125
    assert {row["fields"]["Site Status Description"] for row in rows} == {"Active"}
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_keeps_one_site_per_line_and_no_earlier_number():
    """The extractor's rules on the kept rows: the line of a number with an extension is its
    ten digits; no kept line is in an earlier United States part's data; the kept rows are in
    the file's order."""
    from register_contacts_data import earlier_numbers

    assert extractor.line_of("207-755-3160 x20751") == "2077553160"
    assert extractor.line_of("207-897-4345") == "2078974345"
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER)
    rows = h372.data()["rows"]
    assert not {extractor.line_of(h372.phone(row)) for row in rows} & earlier
    order = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert order == sorted(order) and order[0] == 0


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string's text; in a cassette's single-quoted
    body a quote is doubled)."""
    text = json.dumps(value, ensure_ascii=False)[1:-1]
    return text.replace("'", "''") if layout == "vcr_cassette" else text


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h372._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _office_checks(office: dict, row: dict) -> None:
    assert office["name"] == h372._f(row, "Site Name")
    assert office["phone_number"] == h372.phone(row)
    assert office["zip_code"] == h372._f(row, "Site Postal Code")
    assert office["state"] == "ME" and office["country"] == "US"
    assert [room["index"] for room in office["exam_rooms"]] == list(
        range(1, len(office["exam_rooms"]) + 1)
    )


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, YAML, an HTTP message with a JSONL body, a
    Python module), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "drchrono_office":
            _office_checks(json.loads(text), row)
        elif r["layout"] == "vcr_cassette":
            doc = yaml.safe_load(text)
            assert doc["recorded_with"].startswith("VCR ")
            (interaction,) = doc["http_interactions"]
            assert interaction["request"]["method"] == "get"
            assert interaction["request"]["uri"].startswith("https://app.drchrono.com/api/offices")
            response = interaction["response"]
            assert response["status"]["code"] == 200
            page = json.loads(response["body"]["string"])
            (office,) = page["results"]
            _office_checks(office, row)
            assert interaction["request"]["uri"].endswith(f"doctor={office['doctor']}")
        elif r["layout"] == "typesense_import":
            head, body = text.split("\r\n\r\n", 1)
            assert head.startswith("POST /collections/") and "documents/import" in head
            length = int(re.search(r"Content-Length: (\d+)", head).group(1))
            assert length == len(body.encode("utf-8"))
            (line,) = body.splitlines()
            doc = json.loads(line)
            assert doc["id"] == h372._f(row, "BPHC Assigned Number")
            assert doc["phone"] == h372.phone(row) and doc["site_name"] == h372._f(row, "Site Name")
            assert len(doc["location"]) == 2
        else:
            module = ast.parse(text)
            assert ast.get_docstring(module).startswith("add HRSA site ")
            names = {
                node.targets[0].id: ast.literal_eval(node.value)
                for node in module.body
                if isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id in ("revision", "down_revision")
            }
            assert re.fullmatch(r"[0-9a-f]{12}", names["revision"])
            upgrade = next(n for n in module.body if getattr(n, "name", "") == "upgrade")
            call = upgrade.body[0].value
            (site,) = ast.literal_eval(call.args[1])
            assert site["phone"] == h372.phone(row)
            assert site["bphc_number"] == h372._f(row, "BPHC Assigned Number")
            assert site["name"] == h372._f(row, "Site Name")


def test_provenance():
    sources = h372.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "gkacton/maine-ticks"
    assert us["commit"] == "753fe950d0a94276ea0e21c22d2524f5cecc0b72"
    assert us["paths"] == ["data/primary care providers/federally_recognized_health_centers.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    assert Counter(r["country"] for r in h372.data()["rows"]) == {"US": 125}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h372, "held_out_372", tmp_path)
