"""held_out_405 of the PII evaluation set (scripts/pii_held_out_405.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real number,
unchanged, each copy labelled; the store's name, district and road-name address are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules
hold on a few rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_seoul_safe_houses_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_405 as h405  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the store's identifiers, in every layout
IDENTIFIERS = ("name", "city_county", "road_address")
# copies of the number a record of each layout writes
COPIES = {"knex_seed": 2, "wiremock_stub": 2, "flyway_migration": 2, "vitepress_page": 3}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h405.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h405.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h405.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h405.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h405.LAYOUTS}
    # the pipeline's guess of each page's language: the Markdown pages read as Korean, the code
    # and JSON (Latin keys, Korean values) mostly as English
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("knex_seed", "en"): 99, ("knex_seed", "ko"): 1, ("wiremock_stub", "en"): 100,
        ("flyway_migration", "en"): 100, ("vitepress_page", "ko"): 100,
    }  # fmt: skip


def test_every_copy_of_the_number_is_labelled_unchanged(records):
    """The number is labelled wherever it stands, whole, under its column; nothing else is
    labelled and no distractor is."""
    for r in records:
        tel, text = h405.phone(_row(r)), r["text"]
        n_tel = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:tel_number"): n_tel}, r["id"]
        assert not re.search(r"\w@\w", text), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h405.international)
    assert kinds == {"national:tel_number": 900}


def test_the_data_keeps_the_published_shape():
    """Every kept number is hyphenated with its area code, a number a person could hold, no two
    alike; the fields are the literal's five strings, the districts Seoul's."""
    rows = h405.data()["rows"]
    tels = [h405.phone(row) for row in rows]
    assert all(re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}", tel) for tel in tels)
    assert all(personal_phone(tel, "KR") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 400
    assert Counter(tel.split("-")[0] for tel in tels) == {"02": 394, "070": 6}
    for row in rows:
        assert tuple(row["fields"]) == extractor.KEYS
        assert row["fields"]["city_county"] in h405.DISTRICTS
        assert row["fields"]["road_address"].startswith("서울특별시 ")


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = h405._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _js_object(text: str) -> dict[str, str]:
    """The quoted properties of the seed's one inserted object."""
    body = text.split("insert([", 1)[1].rsplit("]);", 1)[0]
    return dict(re.findall(r"^\s+(\w+): '([^']*)',$", body, flags=re.M))


def test_the_documents_are_well_formed(records):
    """Each document is in its format (JSON and YAML front matter by their parsers, the seed's
    and the migration's statements by their shape), the row's values where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h405.phone(row), row["fields"]["name"]
        if r["layout"] == "knex_seed":
            assert text.startswith("/**\n") and "exports.seed = async function (knex) {" in text
            assert text.endswith("  ]);\n};\n")
            obj = _js_object(text)
            assert obj["tel"] == tel and obj["name"] == name
            assert obj["road_address"] == row["fields"]["road_address"]
            assert obj["memo"].endswith(f"(매장 전화 {tel})")
            ident = re.search(r"where\(\{ id: (\d+) \}\)", text).group(1)
            assert f"      id: {ident},\n" in text
        elif r["layout"] == "wiremock_stub":
            doc = json.loads(text)
            assert doc["request"]["method"] == "GET" and doc["response"]["status"] == 200
            body = doc["response"]["jsonBody"]
            assert doc["request"]["urlPath"] == f"/api/v1/safe-houses/{body['id']}"
            assert body["tel"] == tel and body["name"] == name
            assert body["guide"].endswith(f"매장 전화: {tel}")
            assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                r"[0-9a-f]{12}", doc["id"])  # fmt: skip
        elif r["layout"] == "flyway_migration":
            first = text.split("\n", 1)[0]
            assert re.fullmatch(r"-- V\d+(_\d+)*__insert_safe_house_\d+\.sql", first)
            statements = [s.strip() for s in text.split(";\n") if s.strip()]
            assert len(statements) == 2
            assert all(s.startswith("INSERT INTO ") or "\nINSERT INTO " in s for s in statements)
            assert all("\nVALUES (" in s for s in statements)
            assert text.count("INSERT INTO ") == 2 and text.count("'") % 2 == 0
            assert f"'{tel}'" in statements[0] and statements[1].endswith(f"매장 전화 {tel}')")
        else:
            head, body = text.split("---\n", 2)[1:]
            meta = yaml.safe_load(head)
            assert meta["title"] == f"{name} · 여성안심지킴이집"
            assert meta["head"][0][0] == "meta" and meta["outline"] is False
            assert f"| 전화 | [{tel}](tel:{tel}) |" in body
            assert body.count("\n:::\n") == 2 and "::: tip " in body and "::: info " in body
            assert f"# {name}\n" in body


def test_the_extractor_reads_every_literal_and_keeps_its_rules():
    """The module's literals as the extractor reads them: five strings each; a kept row is the
    first of its number, none an earlier Korean part's."""
    sample = (
        "export const safehouse_data = [\n\n    {\n        name: 'GS25 고덕',\n"
        "        city_county: '강동구',\n        road_address: '서울특별시 강동구 동남로81길 44',\n"
        "        number_address: '서울특별시 강동구 고덕동 503',\n"
        "        tel_number: '02-429-4153'\n        },\n]"
    )
    assert extractor.literals(sample) == [
        {"name": "GS25 고덕", "city_county": "강동구",
         "road_address": "서울특별시 강동구 동남로81길 44",
         "number_address": "서울특별시 강동구 고덕동 503", "tel_number": "02-429-4153"},
    ]  # fmt: skip
    rows = h405.data()["rows"]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "82")
    assert not {extractor.digits_of(h405.phone(row)) for row in rows} & earlier
    indexes = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert indexes == sorted(indexes) and all(
        row["path"].startswith(extractor.PATH) for row in rows
    )


def test_provenance():
    sources = h405.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "zzambbang/safe-road-1"
    assert kr["commit"] == "6d0cf91d0b59d13d2613251a34935516b0a9240c"
    assert kr["paths"] == [extractor.PATH]
    assert "not confirmed" in kr["licence"] and kr["publisher"]
    rows = h405.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h405, "held_out_405", tmp_path)
