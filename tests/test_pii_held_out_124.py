"""held_out_124 of the PII evaluation set (scripts/pii_held_out_124.py): its committed records
keep the generator's invariants (every labelled phone and fax is a number of the row's real
field, copied unchanged, each copy labelled; each copy of the centre's mailbox labelled; the
name and address are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_124 as h124  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("name", "address")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h124.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h124.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h124.data()["rows"]) == 102
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h124.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "unity_scene": 26, "gltf_scene": 26, "minecraft_snbt": 25, "twee_story": 25,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field and of the fax field (where it is one) is labelled
    wherever the field stands, under its column, each field twice; each copy of the mailbox is
    labelled, twice; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for column, value in (("phone", h124.phone(row)), ("fax", h124.fax(row))):
            if not value:
                continue
            assert text.count(value) == 2, (r["id"], column)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "CA") else short)[(number, column)] += 2
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == [h124.email(row)] * 2, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_kinds_and_counts(records):
    """All numbers national (none written with ``+``); 102 phone fields, 89 fax numbers, 102
    mailboxes, each twice."""
    spans = [s for r in records for s in r["spans"]]
    assert {t for _, _, t, _ in spans} == {"PHONE_NUMBER", "EMAIL_ADDRESS"}
    assert all(kind.split(":")[0] == "national" for *_, t, kind in spans if t == "PHONE_NUMBER")
    assert Counter(kind for *_, kind in spans) == {
        "national:phone": 204, "national:fax": 178, "register": 204,
    }  # fmt: skip
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Phones and faxes as typed: area code, exchange and line (a space or a hyphen after the
    area code), two toll-free with ``1-``, one extension; 13 faxes that are no number (``TBA``,
    ``TBD``, empty); every mailbox a ``mailto:`` link to a centre's address."""
    rows = h124.data()["rows"]
    shape = r"(1-)?\d{3}[- ]\d{3}-\d{4}( ext \d+)?"
    assert all(re.fullmatch(shape, h124.phone(row)) for row in rows)
    assert sum(h124.phone(row).startswith("1-") for row in rows) == 2
    assert sum("ext" in h124.phone(row) for row in rows) == 1
    faxes = Counter(h124.fax_field(row) for row in rows if not h124.fax(row))
    assert faxes == {"TBD": 9, "TBA": 2, "": 2}
    assert all(re.fullmatch(r"\d{3}(-| |- )\d{3}-\d{4}", h124.fax(row)) for row in rows
               if h124.fax(row))  # fmt: skip
    assert sum(row["fields"]["fax"] != h124.fax_field(row) for row in rows) == 1
    assert all(re.fullmatch(r"mailto:centre-[a-z0-9-]+@workbc\.ca", row["fields"]["email"])
               for row in rows)  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h124._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _UnityLoader(yaml.SafeLoader):
    """PyYAML's safe loader that reads Unity's ``!u!`` class tags as plain mappings."""


_UnityLoader.add_multi_constructor(
    "tag:unity3d.com,2011:", lambda loader, _suffix, node: loader.construct_mapping(node, True)
)
UNITY_HEADER = "%YAML 1.1\n%TAG !u! tag:unity3d.com,2011:\n"


def _unity(text: str) -> list[dict]:
    """A Unity scene's documents. Unity writes its ``%TAG`` directive once, at the top, and
    means it for every document; YAML scopes a directive to the document after it, so each
    document is read with the header before it."""
    assert text.startswith(UNITY_HEADER)
    chunks = text[len(UNITY_HEADER) :].split("\n--- ")
    assert chunks[0].startswith("--- ")
    docs = [chunks[0].removeprefix("--- "), *chunks[1:]]
    return [yaml.load(UNITY_HEADER + "--- " + doc, Loader=_UnityLoader) for doc in docs]


def _snbt(text: str) -> Any:
    """A small SNBT reader (compounds, lists, quoted and bare strings, numbers with their
    type suffix read as numbers): the document's value; raises on anything else."""
    token = re.compile(
        r"\s*(?:(?P<punct>[{}\[\]:,])|\"(?P<dq>(?:[^\"\\]|\\.)*)\"|'(?P<sq>(?:[^'\\]|\\.)*)'"
        r"|(?P<bare>[A-Za-z0-9._+-]+))"
    )
    tokens = []
    at = 0
    while text[at:].strip():
        m = token.match(text, at)
        assert m, text[at : at + 40]
        at = m.end()
        if m.group("punct"):
            tokens.append(("p", m.group("punct")))
        elif m.group("bare") is not None:
            tokens.append(("b", m.group("bare")))
        else:
            raw = m.group("dq") if m.group("dq") is not None else m.group("sq")
            tokens.append(("s", re.sub(r"\\(.)", r"\1", raw)))
    pos = 0

    def value() -> Any:
        nonlocal pos
        kind, tok = tokens[pos]
        pos += 1
        if (kind, tok) == ("p", "{"):
            out = {}
            while tokens[pos] != ("p", "}"):
                key = tokens[pos][1]
                assert tokens[pos + 1] == ("p", ":"), tokens[pos : pos + 2]
                pos += 2
                out[key] = value()
                if tokens[pos] == ("p", ","):
                    pos += 1
            pos += 1
            return out
        if (kind, tok) == ("p", "["):
            items = []
            while tokens[pos] != ("p", "]"):
                items.append(value())
                if tokens[pos] == ("p", ","):
                    pos += 1
            pos += 1
            return items
        if kind == "b":
            m = re.fullmatch(r"(-?\d+(?:\.\d+)?)[bBsSlLfFdD]?", tok)
            return float(m.group(1)) if m else tok
        assert kind == "s", tok
        return tok

    out = value()
    assert pos == len(tokens)
    return out


def _twee(text: str) -> dict[str, tuple[list[str], dict, str]]:
    """A Twee 3 document's passages: name -> (tags, metadata, text)."""
    header = re.compile(r":: (?P<name>[^\[\]{}]+?)(?: \[(?P<tags>[^\]]*)\])?(?: (?P<meta>\{.*\}))?")
    out = {}
    for chunk in re.split(r"(?m)^(?=:: )", text):
        if not chunk:
            continue
        head, _, body = chunk.partition("\n")
        m = header.fullmatch(head)
        assert m, head
        meta = json.loads(m.group("meta")) if m.group("meta") else {}
        out[m.group("name")] = ((m.group("tags") or "").split(), meta, body.strip())
    return out


def test_the_documents_parse_in_their_formats(records):
    """Each document reads back in its format (PyYAML with Unity's tags, ``json``, a small
    SNBT reader, Twee 3's passage headers and ``StoryData`` JSON), the row's values where the
    format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h124.phone(row), h124.fax(row), h124.email(row), h124._f(row, "name")
        if r["layout"] == "unity_scene":
            docs = _unity(text)
            assert [next(iter(d)) for d in docs] == [
                "OcclusionCullingSettings", "GameObject", "Transform", "MonoBehaviour",
                "MonoBehaviour",
            ]  # fmt: skip
            assert docs[1]["GameObject"]["m_Name"] == name
            info, sign = docs[3]["MonoBehaviour"], docs[4]["MonoBehaviour"]
            assert info["centreName"] == name and info["address"] == h124._f(row, "address")
            assert info["phone"] == tel and info["email"] == mail
            assert info["fax"] == h124.fax_field(row)
            assert info["catchmentId"] == h124._f(row, "catchmentId")
            assert info["openingHours"] == h124.hours(row)
            assert str(info["latitude"]) == h124._f(row, "latitude")
            assert f"Phone {tel}" in sign["m_text"] and f"Email {mail}" in sign["m_text"]
            assert not fax or f"Fax {fax}" in sign["m_text"]
        elif r["layout"] == "gltf_scene":
            doc = json.loads(text)
            assert doc["asset"]["version"] == "2.0" and doc["scene"] == 0
            centre, sign = doc["nodes"]
            assert centre["name"] == name and centre["children"] == [1]
            extras = centre["extras"]
            assert extras["phone"] == tel and extras["email"] == mail
            assert extras["fax"] == h124.fax_field(row)
            assert extras["latitude"] == float(h124._f(row, "latitude"))
            label = sign["extras"]["label"]
            assert f"Phone {tel}" in label and mail in label and (not fax or f"Fax {fax}" in label)
        elif r["layout"] == "minecraft_snbt":
            doc = _snbt(text)
            assert set(doc) == {"DataVersion", "size", "data", "entities", "palette"}
            sign, lectern, _ = doc["data"]
            front = [json.loads(m) for m in sign["nbt"]["front_text"]["messages"]]
            back = [json.loads(m) for m in sign["nbt"]["back_text"]["messages"]]
            assert front[:3] == ["WorkBC Centre", h124.town(row), f"Phone {tel}"]
            assert back[:2] == ["Email", mail]
            assert not fax or front[3] == f"Fax {fax}"
            page = json.loads(lectern["nbt"]["Book"]["tag"]["pages"][0])
            assert page.startswith(f"{name}\n{h124._f(row, 'address')}\n")
            assert f"Phone: {tel}" in page and f"Email: {mail}" in page
            villager = doc["entities"][0]["nbt"]
            assert json.loads(villager["CustomName"]) == name
            assert sign["state"] in doc["palette"] and lectern["state"] in doc["palette"]
        else:
            passages = _twee(text)
            assert set(passages) == {
                "StoryTitle", "StoryData", "StoryInit", "Start", "Front desk", "Phone",
            }  # fmt: skip
            story = json.loads(passages["StoryData"][2])
            assert story["format"] == "Harlowe" and story["start"] in passages
            assert re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-"
                                r"[0-9A-F]{12}", story["ifid"])  # fmt: skip
            init = passages["StoryInit"][2]
            assert f'(set: $phone to "{tel}")' in init and f'(set: $email to "{mail}")' in init
            assert not fax or f'(set: $fax to "{fax}")' in init
            for _, _, body in passages.values():
                for target in re.findall(r"\[\[[^\]]*?->([^\]]+)\]\]", body):
                    assert target in passages, (r["id"], target)
            assert tel in passages["Phone"][2] and mail in passages["Phone"][2]


def test_provenance():
    sources = h124.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "bcgov/workbc-wage-subsidy"
    assert ca["commit"] == "e5f155d00a1ab56fdbd8b4a765bd2f660369317e"
    assert ca["path"] == "client/src/constants/pins.js"
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h124.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 102}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h124, "held_out_124", tmp_path)
