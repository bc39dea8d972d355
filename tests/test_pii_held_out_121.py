"""held_out_121 of the PII evaluation set (scripts/pii_held_out_121.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the tourist site's name, address and managing body are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

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

import pii_held_out_121 as h121  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the site's identifiers, in every layout
IDENTIFIERS = ("관광지명", "관리기관명")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h121.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h121.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h121.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h121.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "salt_pillar": 150, "chef_attributes": 150, "pulumi_yaml": 150, "nomad_job": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h121.phone(row)
        copies = text.count(value)
        assert copies >= 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "KR") else short)[(number, h121.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_data_keeps_the_published_shape():
    """Every kept phone is a hyphenated South Korean number as the file writes it; no column
    without a name and no introduction text is kept."""
    rows = h121.data()["rows"]
    assert all(re.fullmatch(r"0\d{1,3}-\d{3,4}-\d{3,4}|1\d{3}-\d{4}", h121.phone(r)) for r in rows)
    assert all("" not in r["fields"] and "관광지소개" not in r["fields"] for r in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The site's name and managing body, and its road (or lot-number) address, stand in every
    record's text, outside the labels."""
    for r in records:
        row = _row(r)
        values = [h121._f(row, c) for c in IDENTIFIERS] + [h121._address(row)]
        for value in values:
            assert value, r["id"]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


RUBY_STRING = r"'(?:[^'\\]|\\.)*'"
RUBY_LINE = re.compile(
    rf"default(?:\['[a-z_]+'\])+ = (?:{RUBY_STRING}(?:\.split\('\+'\))?|\d+|"
    rf"\[(?:-?\d+(?:\.\d+)?|nil), (?:-?\d+(?:\.\d+)?|nil)\])"
)


def _ruby(value: str) -> str:
    """A Ruby single-quoted literal's value."""
    return re.sub(r"\\([\\'])", r"\1", value[1:-1])


def _hcl_attrs(text: str, block: str) -> dict[str, str]:
    """The ``key = "value"`` attributes of the first HCL block named ``block``, unescaped."""
    body = text.split(f"{block} {{", 1)[1].split("}", 1)[0]
    out = {}
    for key, value in re.findall(r'^\s*(\w+)\s*=\s*("(?:[^"\\]|\\.)*")\s*$', body, re.M):
        out[key] = json.loads(value).replace("$${", "${").replace("%%{", "%{")
    return out


def _balanced(text: str) -> bool:
    """Braces and brackets outside quoted strings, comments and the heredoc balance."""
    text = re.sub(r"<<EOT\n.*?\nEOT", "", text, flags=re.S)
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
    text = re.sub(r"(?m)^\s*#.*$", "", text)
    depth = 0
    for c in text:
        depth += {"{": 1, "[": 1, "}": -1, "]": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def test_the_documents_are_well_formed(records):
    """Each document parses with its format's parser where one is installed (PyYAML for the
    pillar and the Pulumi program), or line by line with the format's grammar (Chef's Ruby
    assignments, Nomad's HCL blocks), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h121.phone(row), h121._f(row, "관광지명")
        if r["layout"] == "salt_pillar":
            doc = yaml.safe_load(text)["kiosk"]
            site = doc["site"]
            assert site["name"] == name and site["contact_phone"] == tel
            assert site["lot_address"] == h121._f(row, "소재지지번주소")
            assert site["latitude"] == h121._f(row, "위도")
            assert site["operator"] == h121._f(row, "관리기관명")
            assert doc["motd"].endswith(f"{tel}\n")
            assert re.fullmatch(r"\d+ \d \* \* \d", doc["display"]["reboot_cron"])
        elif r["layout"] == "chef_attributes":
            values = {}
            for line in text.splitlines():
                if not line or line.startswith("#"):
                    continue
                assert RUBY_LINE.fullmatch(line), (r["id"], line)
                key, value = line.split(" = ", 1)
                values[key] = value
            assert _ruby(values["default['kiosk']['site']['name']"]) == name
            assert _ruby(values["default['kiosk']['contact']['phone']"]) == tel
            assert _ruby(values["default['kiosk']['site']['address']"]) == h121._address(row)
            assert f"({tel})" in text.splitlines()[5]
        elif r["layout"] == "pulumi_yaml":
            doc = yaml.safe_load(text)
            assert doc["runtime"] == "yaml"
            assert doc["config"]["contactPhone"]["default"] == tel
            assert doc["config"]["siteName"]["default"] == name
            tags = doc["resources"]["kiosk"]["properties"]["tags"]
            assert tags["ContactPhone"] == tel
            assert tags["Operator"] == h121._f(row, "관리기관명")
            assert doc["outputs"]["helpdesk"].endswith(f" {tel}")
        else:
            assert _balanced(text), r["id"]
            assert re.search(r'^job "kiosk-\d{4}-[a-d]" \{$', text, re.M)
            meta = _hcl_attrs(text, "meta")
            assert meta["site_name"] == name and meta["contact_tel"] == tel
            assert meta["address"] == h121._address(row)
            env = _hcl_attrs(text, "env")
            assert env["HELPDESK_TEL"] == tel and env["SITE_NAME"] == name
            heredoc = text.split("<<EOT\n", 1)[1].split("\nEOT\n", 1)[0]
            assert heredoc.endswith(f" {tel}")


def test_provenance():
    sources = h121.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "ji893/location-based-travel-chatbot"
    assert kr["commit"] == "3409e61900191bcab8f9d11ed363a2ca9b835eb5"
    assert kr["path"] == "전국관광지정보표준데이터.csv"
    assert "not confirmed" in kr["licence"] and kr["publisher"]
    rows = h121.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(list(r["fields"]) == kr["kept_columns"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h121, "held_out_121", tmp_path)
