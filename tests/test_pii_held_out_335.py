"""held_out_335 of the PII evaluation set (scripts/pii_held_out_335.py): its committed records
keep the generator's invariants (every labelled phone is the row's real line, copied unchanged,
each copy labelled, the area code never; the branch's name, district and town are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_335 as h335  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the branch's identifiers, in every layout
IDENTIFIERS = ("bairro", "municipio")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h335.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h335.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h335.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h335.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "cnpjws_estabelecimento": 75, "typebot_flow": 75, "chatwoot_message": 75,
        "evolution_send_text": 75,
    }  # fmt: skip


def test_every_copy_of_the_line_is_labelled_unchanged(records):
    """The line is labelled wherever it stands, as many times as its layout writes it, under
    its column; the area code and nothing else is labelled, and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h335.phone(row)
        copies = len(re.findall(rf"(?<!\d){re.escape(value)}(?!\d)", text))
        assert copies == h335.COPIES[r["layout"]], r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "BR"), r["id"]
            expected[(value[s:e], h335.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h335.international)
    assert kinds == {"national:telefone": 525}


def test_the_data_keeps_the_published_shape():
    """Every line is seven to nine digits as the register gives it (289 of eight, 8 of nine,
    3 of seven), the area code two digits apart; 300 branches in thirteen states; every field
    a string."""
    rows = h335.data()["rows"]
    assert Counter(len(h335.phone(row)) for row in rows) == {8: 289, 9: 8, 7: 3}
    assert all(re.fullmatch(r"\d{7,9}", row["fields"]["telefone"]) for row in rows)
    assert all(re.fullmatch(r"\d\d", h335.ddd(row)) for row in rows)
    assert len({row["fields"]["uf"] for row in rows}) == 13
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert set(rows[0]["fields"]) == {
        "codigo", "nome", "municipio", "uf", "cep", "endereco", "bairro", "ddd", "telefone",
    }  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The district and town stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h335._f(_row(r), column), ensure_ascii=False)[1:-1]
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cnpj_ok(cnpj: str) -> bool:
    digits = [int(c) for c in cnpj]
    for n, weights in ((12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]),
                       (13, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])):  # fmt: skip
        rest = sum(d * w for d, w in zip(digits[:n], weights, strict=True)) % 11
        if digits[n] != (0 if rest < 2 else 11 - rest):
            return False
    return True


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's line where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, ddd, spoken = h335.phone(row), h335.ddd(row), h335.spoken(row)
        if r["layout"] == "cnpjws_estabelecimento":
            doc = json.loads(text)
            est = doc["estabelecimento"]
            assert est["ddd1"] == ddd and est["telefone1"] == tel
            assert est["cep"] == h335._f(row, "cep").replace("-", "")
            assert est["cnpj"].startswith("07237373") and _cnpj_ok(est["cnpj"])
            assert (
                est["cnpj"] == est["cnpj_raiz"] + est["cnpj_ordem"] + est["cnpj_digito_verificador"]
            )
            assert est["estado"]["sigla"] == h335._f(row, "uf") and est["tipo"] == "Filial"
        elif r["layout"] == "typebot_flow":
            doc = json.loads(text)
            assert doc["version"] == "6" and doc["events"][0]["type"] == "start"
            groups = {g["id"] for g in doc["groups"]}
            for edge in doc["edges"]:
                assert edge["to"]["groupId"] in groups
            values = {v["name"]: v.get("value") for v in doc["variables"]}
            assert values["telefone_agencia"] == tel and values["ddd_agencia"] == ddd
            bubble = doc["groups"][2]["blocks"][0]["content"]["richText"][0]["children"]
            assert bubble[1] == {"bold": True, "text": spoken}
        elif r["layout"] == "chatwoot_message":
            doc = json.loads(text)
            assert doc["event"] == "message_created" and doc["message_type"] == "outgoing"
            assert f"Telefone: {spoken}\n" in doc["content"]
            assert doc["conversation"]["messages"][0]["content"] == doc["content"]
            visitor = doc["conversation"]["meta"]["sender"]
            assert visitor["email"] is None and visitor["phone_number"] is None
        else:
            head, body = text.split("\r\n\r\n", 1)
            assert head.startswith("POST /message/sendText/bnb-superintendencia-")
            length = int(re.search(r"Content-Length: (\d+)", head).group(1))
            assert len(body.rstrip("\n").encode("utf-8")) == length
            doc = json.loads(body)
            assert re.fullmatch(r"120363\d{12}@g\.us", doc["number"])
            assert doc["text"].count(spoken) == 2


def test_provenance():
    sources = h335.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "blahxjr/sisenccontas"
    assert br["commit"] == "eb21b9d188d344bbc084bb70ddf53d9e8a64be37"
    assert br["path"] == "data/agencias.csv"
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h335.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 300}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h335, "held_out_335", tmp_path)
