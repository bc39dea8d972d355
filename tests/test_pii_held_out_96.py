"""held_out_96 of the PII evaluation set (scripts/pii_held_out_96.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real ``phone``
array, copied unchanged, each copy labelled under its column; the pharmacy's name and
coordinates are in the text and unlabelled), each layout is a well-formed document of its kind,
and the records are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import configparser
import gzip
import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_96 as h96  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h96.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h96.by_locale()[locale][n]


def _fields(row: dict) -> dict[str, str]:
    """The row's non-empty numbers by the column they are labelled under."""
    return {c: v for k, c in h96.COLUMNS.items() if (v := h96._f(row, k))}


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h96.data()["rows"]) == 117
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h96.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "openwrt_uci": 30, "kannel_conf": 29, "senml_json": 29, "gammu_smsdrc": 29,
    }  # fmt: skip


def test_every_copy_of_each_number_is_labelled_unchanged(records):
    """Each number of the ``phone`` array is labelled under its column wherever it stands (the
    numbers of a row are never equal, none stands inside another), and nothing else is
    labelled; every number is one a person could hold."""
    total = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        fields = _fields(row)
        assert "phone" in fields and list(fields.values()) == h96.phones(row), r["id"]
        assert len(set(fields.values())) == len(fields)
        expected = Counter()
        for column, value in fields.items():
            copies = len(re.findall(rf"(?<!\d){re.escape(value)}(?!\d)", text))
            assert copies == text.count(value) >= 1, (r["id"], column)
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "MG"), value
                expected[(value[s:e], column)] += copies
        labelled = Counter((r["text"][s:e], kind.split(":")[1]) for s, e, _, kind in r["spans"])
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        total.update(column for _, column in labelled.elements())
    assert total == {"phone": 234, "phone_2": 55, "phone_3": 2}


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            assert kind.split(":")[0] == "national", r["text"][s:e]
            assert re.fullmatch(r"0\d\d \d\d \d\d\d \d\d", r["text"][s:e])


def _outside(record: dict, value: str) -> bool:
    """``value`` stands in the text, no digit next to it, and outside every label."""
    found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", record["text"])]
    spans = [*record["spans"], *record["distractors"]]
    return bool(found) and not any(s <= at < e for at in found for s, e, *_ in spans)


def test_the_name_and_coordinates_are_in_the_text_and_unlabelled(records):
    """The pharmacy's name and, where the entry gives them, its coordinates stand in every
    record's text, outside the labels."""
    placed = 0
    for r in records:
        row = _row(r)
        assert _outside(r, h96.name(row)), r["id"]
        if h96._f(row, "lat"):
            placed += 1
            assert _outside(r, h96._f(row, "lat")) and _outside(r, h96._f(row, "lon")), r["id"]
    assert placed == 91


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _uci(text: str) -> dict[str, dict[str, str | list[str]]]:
    """A UCI file as ``uci show`` reads it: ``config <type> '<name>'`` sections of ``option``
    and ``list`` lines, values as sh words."""
    sections: dict[str, dict] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        words = shlex.split(line)
        if words[0] == "config":
            assert len(words) == 3 and not line.startswith("\t"), line
            current = sections.setdefault(words[2], {".type": words[1]})
        else:
            assert line.startswith("\t") and words[0] in ("option", "list") and len(words) == 3
            if words[0] == "list":
                current.setdefault(words[1], []).append(words[2])
            else:
                current[words[1]] = words[2]
    return sections


def _kannel(text: str) -> list[dict[str, str]]:
    """A Kannel configuration's groups: blank-line separated ``key = value`` lines, each group
    opening with ``group = ...``; quoted values read without their quotes."""
    groups = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [x for x in block.splitlines() if not x.startswith("#")]
        if not lines:
            continue
        group = {}
        for line in lines:
            key, value = re.fullmatch(r"([a-z-]+) = (.*)", line).groups()
            if value.startswith('"'):
                value = re.fullmatch(r'"([^"\\]*)"', value).group(1)
            group[key] = value
        assert lines[0].startswith("group = ")
        groups.append(group)
    return groups


def _luhn(digits: str) -> bool:
    total = 0
    for i, d in enumerate(map(int, reversed(digits))):
        total += d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2)
    return total % 10 == 0


def test_the_documents_are_well_formed(records):
    """The UCI file reads as sections whose ``officine`` lists every number and whose fridge
    alarm sends to the first, beside a modem with a valid IMEI; the Kannel configuration's
    groups give the first number as ``my-number`` and ``default-sender`` and every number in
    the reply text; the SenML pack is JSON with a base name, every number as a string value and
    the coordinates as numbers; the smsdrc reads with configparser and its
    ``[include_numbers]`` lists every number."""
    for r in records:
        row, text = _row(r), r["text"]
        nums = h96.phones(row)
        if r["layout"] == "openwrt_uci":
            sections = _uci(text)
            assert sections["pharmacie"][".type"] == "officine"
            assert sections["pharmacie"]["telephone"] == nums
            assert sections["pharmacie"]["nom"] == h96.name(row)
            assert sections["pharmacie"].get("adresse", "") == h96.address(row)
            assert sections["frigo"]["destinataire"] == nums[0]
            imei = sections["lte"]["imei"]
            assert len(imei) == 15 and _luhn(imei)
        elif r["layout"] == "kannel_conf":
            groups = {g["group"]: g for g in _kannel(text)}
            assert set(groups) == {"core", "smsc", "smsbox", "sendsms-user", "sms-service"}
            assert groups["smsc"]["my-number"] == groups["sendsms-user"]["default-sender"]
            assert groups["smsc"]["my-number"] == nums[0]
            assert groups["sms-service"]["text"].endswith("Tel: " + " / ".join(nums))
            assert int(groups["core"]["smsbox-port"]) == int(groups["core"]["admin-port"]) + 1
        elif r["layout"] == "senml_json":
            pack = json.loads(text)
            assert pack[0]["bn"].startswith("urn:dev:mac:") and isinstance(pack[0]["bt"], int)
            values = {p["n"]: p.get("vs", p.get("v")) for p in pack}
            assert [values[f"officine/telephone/{i}"] for i in range(len(nums))] == nums
            assert values["officine/nom"] == h96.name(row)
            if h96._f(row, "lat"):
                assert values["lat"] == float(h96._f(row, "lat"))
                assert values["lon"] == float(h96._f(row, "lon"))
        else:
            config = configparser.RawConfigParser()
            config.read_string(text)
            assert config.sections() == ["gammu", "smsd", "include_numbers"]
            assert list(config["include_numbers"].values()) == nums
            assert config["smsd"]["phoneid"] == h96._slug(row)
            assert f"# Tél. officine : {nums[0]}\n" in text


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h96.data()["sources"]
    assert set(sources) == {"MG"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h96.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MG": 117}
    assert Counter(r["fields"]["city"] for r in rows) == {
        "Antananarivo": 52, "Toamasina": 18, "Mahajanga": 14, "Antsirabe": 10,
        "Antsiranana": 8, "Toliara": 8, "Fianarantsoa": 7,
    }  # fmt: skip
    keys = {"city", "name", "address", "phone[0]", "phone[1]", "phone[2]", "lat", "lon"}
    for r in rows:
        assert set(r["fields"]) == keys
        assert all(isinstance(v, str) for v in r["fields"].values())
        assert sum(c.isdigit() for c in r["fields"]["phone[0]"]) >= 6


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h96.write(rebuilt)
    assert rebuilt.read_bytes() == h96.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_96"
