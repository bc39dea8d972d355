"""held_out_202 of the PII evaluation set (scripts/pii_held_out_202.py): its committed records
keep the generator's invariants (every labelled phone is a number of the unit's real phone
fields, copied unchanged, each copy labelled; the name, address and hours are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_202 as h202  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the unit's identifiers, in every layout
IDENTIFIERS = ("unidade", "endereco", "atendimento")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h202.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h202.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h202.data()["rows"]) == 204
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h202.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "querido_diario_api": 51, "inlabs_dou_xml": 51, "sei_oficio_html": 51,
        "lime_envelopes": 51,
    }  # fmt: skip


def test_every_copy_of_each_number_is_labelled_unchanged(records):
    """Each of the unit's numbers stands twice in its record, each copy labelled under the
    phone column if a person could hold it (a distractor if not); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for value in h202.numbers_of(row):
            copies = text.count(value)
            assert copies == 2, (r["id"], value)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "BR") else short)[(number, h202.PHONE)] += (
                    copies
                )
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h202.international)
    assert kinds == {"national:telefone": 558}


def test_the_data_keeps_the_published_shape():
    """204 units of three sections, 279 numbers, one to four a unit, 271 of them distinct:
    ``(48)`` in brackets, a space, four or five digits, a hyphen, four (one with no space)."""
    rows = h202.data()["rows"]
    assert Counter(r["fields"]["secao"] for r in rows) == {
        "Educação": 123, "Saúde": 64, "Assistência Social": 17,
    }  # fmt: skip
    found = [v for r in rows for k, v in r["fields"].items() if k.startswith("telefone_")]
    assert len(found) == 279 and len(set(found)) == 271
    assert Counter(len(h202.numbers_of(r)) for r in rows) == {1: 145, 2: 46, 3: 10, 4: 3}
    shapes = Counter(re.sub(r"\d", "9", v) for v in found)
    assert shapes == {"(99) 9999-9999": 274, "(99) 99999-9999": 4, "(99)9999-9999": 1}
    assert all(v.startswith("(48)") for v in found)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML/HTML text)."""
    if layout in ("inlabs_dou_xml", "sei_oficio_html"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name, address and hours stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h202._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Cells(HTMLParser):
    """The text of each ``<p>`` of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self._open = True
            self.paragraphs.append("")

    def handle_endtag(self, tag):
        if tag == "p":
            self._open = False

    def handle_data(self, data):
        if self._open:
            self.paragraphs[-1] += data


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, XML and HTML by the standard library), the
    unit's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        nums, name = h202.numbers_of(row), h202._f(row, "unidade")
        if r["layout"] == "querido_diario_api":
            doc = json.loads(text)
            assert doc["total_gazettes"] == 1
            gazette = doc["gazettes"][0]
            assert gazette["territory_id"] == "4205407" and gazette["state_code"] == "SC"
            assert gazette["url"].endswith(".pdf") and gazette["txt_url"].endswith(".txt")
            for excerpt in gazette["excerpts"]:
                assert name in excerpt and all(n in excerpt for n in nums)
        elif r["layout"] == "inlabs_dou_xml":
            root = ET.fromstring(text.encode("utf-8"))
            article = root.find("article")
            assert root.tag == "xml" and article.get("pubName") == "DO3"
            assert article.get("artCategory").startswith("Prefeituras/Santa Catarina/")
            body = article.find("body")
            assert [c.tag for c in body] == [
                "Identifica", "Data", "Ementa", "Titulo", "SubTitulo", "Texto",
            ]  # fmt: skip
            parser = _Cells()
            parser.feed(body.findtext("Texto"))
            holding = [p for p in parser.paragraphs if any(n in p for n in nums)]
            assert len(holding) == 2 and all(all(n in p for n in nums) for p in holding)
        elif r["layout"] == "sei_oficio_html":
            assert re.search(r"<title>SEI/PMF - (\d{7}) - Ofício</title>", text)
            sei = re.search(r"<title>SEI/PMF - (\d{7})", text).group(1)
            assert f"SEI nº {sei}</p>" in text and f"código verificador <b>{sei}</b>" in text
            parser = _Cells()
            parser.feed(text)
            paragraphs = [html.unescape(p) for p in parser.paragraphs]
            assert all(n in paragraphs for n in nums)
            assert any(p.startswith("2. ") and all(n in p for n in nums) for p in paragraphs)
        else:
            envelopes = [json.loads(line) for line in text.splitlines()]
            assert all(e["id"] for e in envelopes)
            messages = [e for e in envelopes if "type" in e]
            events = [e for e in envelopes if "event" in e]
            assert {e["event"] for e in events} == {"received", "consumed"}
            assert {e["id"] for e in events} == {e["id"] for e in messages}
            bot = [e["content"] for e in messages if e["from"].startswith("atendimento")]
            holding = [c for c in bot if isinstance(c, str) and any(n in c for n in nums)]
            assert len(holding) == 2 and all(all(n in c for n in nums) for c in holding)
            assert all(e["to"] == "atendimentofloripa@msging.net" for e in messages[::2])


def test_provenance():
    sources = h202.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "carnielJoao/SiteContatosPMF"
    assert br["commit"] == "c8778730fa0904c58f5868fac895a3e7dd23b90c"
    assert br["paths"] == ["TelefoneExterno/php/direta1.php", "TelefoneExterno/php/direta2.php"]
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h202.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 204}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h202, "held_out_202", tmp_path)
