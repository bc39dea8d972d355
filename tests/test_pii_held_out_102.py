"""held_out_102 of the PII evaluation set (scripts/pii_held_out_102.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's average price and address are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import jinja2
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_102 as h102  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the restaurant's average price and address, in every layout
IDENTIFIERS = ("Average Price", "Address")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h102.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h102.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h102.data()["rows"]) == 286
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h102.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "rpm_spec": 72, "pkgbuild": 72, "homebrew_formula": 71, "conda_meta_yaml": 71,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h102.phone(row)
        copies = text.count(value)
        assert copies >= 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "MO") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    """``+853-...`` and ``00853-...`` are international, bare ``28827128`` national."""
    kinds = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith(("+", "00"))
            assert kind == ("international" if intl else "national") + ":Tel"
            kinds[kind] += 1
    assert kinds["international:Tel"] and kinds["national:Tel"]


def test_the_price_and_address_are_in_the_text_and_unlabelled(records):
    """The average price (``¥228``) and the address (``地址:...``) stand in every record's
    text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h102._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s < at + len(value) and at < e for at in found for s, e, *_ in spans), (
                r["id"],
                column,
            )


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _spec(text: str) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """An RPM spec file's ``%global`` macros, its preamble tags (before the first section)
    and its section names, in order."""
    macros, tags, sections = {}, {}, []
    for line in text.splitlines():
        if line.startswith("%global "):
            _, key, value = line.split(" ", 2)
            macros[key] = value.replace("%%", "%")
        elif re.fullmatch(r"%(description|prep|build|install|files|changelog)", line):
            sections.append(line[1:])
        elif not sections and re.match(r"[A-Z][A-Za-z0-9]*:\s", line):
            key, value = line.split(":", 1)
            tags[key] = value.strip()
    return macros, tags, sections


def _pkgbuild(text: str) -> list[str]:
    """The PKGBUILD's variables as bash reads them (sourced by bash itself)."""
    out = subprocess.run(
        [
            "bash",
            "-c",
            'source /dev/stdin; printf "%s\\0" "$pkgname" "$pkgver" "$pkgrel" "$_shop_name" '
            '"$_shop_tel" "$_avg_price" "${sha256sums[0]}"; declare -F package',
        ],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split("\0")


def test_the_documents_are_well_formed(records):
    """The spec file has its macros, tags and sections in order and repeats the field in
    ``%description``; bash sources the PKGBUILD and reads the field as ``_shop_tel``; the
    formula is one ``Formula`` class whose heredoc gives ``tel=`` the field; the conda recipe
    renders with Jinja and loads as YAML whose ``extra.shop_tel`` is the field."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h102.phone(row)
        if r["layout"] == "rpm_spec":
            macros, tags, sections = _spec(text)
            assert macros["shop_tel"] == value
            assert macros["shop_name"] == h102._f(row, "Shopname")
            assert tags["Name"] == h102._name(row) and re.fullmatch(
                r"\d+\.\d+\.\d+", tags["Version"]
            )
            assert sections == ["description", "prep", "build", "install", "files", "changelog"]
            assert f"\n电话: {value}\n" in text
        elif r["layout"] == "pkgbuild":
            values = _pkgbuild(text)
            assert values[0] == h102._name(row)
            assert values[3:6] == [h102._f(row, "Shopname"), value, h102._f(row, "Average Price")]
            assert re.fullmatch(r"[0-9a-f]{64}", values[6])
            assert values[7].strip() == "package"
        elif r["layout"] == "homebrew_formula":
            assert len(re.findall(r"^class \w+ < Formula$", text, re.M)) == 1
            opens = len(re.findall(r"^\s*(?:class|def|test do)\b", text, re.M))
            assert opens == len(re.findall(r"^\s*end$", text, re.M)) == 3
            assert re.search(r'^  sha256 "[0-9a-f]{64}"$', text, re.M)
            heredoc = text.split("<<~EOS\n", 1)[1].split("    EOS\n", 1)[0]
            conf = dict(line.strip().split("=", 1) for line in heredoc.splitlines())
            assert conf["tel"] == value and conf["name"] == h102._f(row, "Shopname")
        else:
            recipe = yaml.safe_load(jinja2.Template(text).render())
            assert recipe["package"]["name"] == h102._name(row)
            assert recipe["extra"]["shop_tel"] == value
            assert recipe["about"]["description"].endswith(f"电话: {value}")
            assert isinstance(recipe["build"]["number"], int)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h102.data()["sources"]
    assert set(sources) == {"MO"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h102.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MO": 286}
    assert all(sum(c.isdigit() for c in r["fields"]["Tel"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h102.write(rebuilt)
    assert rebuilt.read_bytes() == h102.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_102"
