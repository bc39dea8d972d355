"""held_out_242 of the PII evaluation set (scripts/pii_held_out_242.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the centre's name and comune are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import it_consultori_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_242 as h242  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/ondata+liberiamoli-tutti/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h242.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h242.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h242.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h242.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "bootstrap_italia_html": 100, "iosanita_pdc_json": 100, "skebby_sms_request": 100,
        "joomla_contact": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field stands twice in every record, each copy labelled under its column;
    nothing else is labelled and no number is a distractor (every one has seven digits or
    more)."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h242.phone(row)
        assert text.count(value) == 2, r["id"]
        assert numbers(value) == [(0, len(value))] and personal_phone(value, "IT")
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == {(value, h242.PHONE): 2}, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h242.international)
    assert kinds == {"national:telefono": 800}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one run of seven to ten digits (the trunk ``0`` lost in the
    scrape), as the file gives it; the address lines end in the postcode, the comune and the
    province code; 174 rows give a site, the others ``-``, one of the 174 an e-mail address
    behind ``http://`` that the layouts leave out."""
    rows = h242.data()["rows"]
    lengths = Counter(len(row["fields"]["telefono"]) for row in rows)
    assert lengths == {9: 342, 8: 36, 10: 12, 7: 10}
    assert all(re.fullmatch(r"\d{7,10}", row["fields"]["telefono"]) for row in rows)
    parts = [h242.address_parts(row) for row in rows]
    assert sum(bool(cap) for _, cap, _, _ in parts) == len(rows)
    assert all(len(prov) == 2 for *_, prov in parts)
    assert sum(row["fields"]["sito"] != "-" for row in rows) == 174
    assert sum(bool(h242.site(row)) for row in rows) == 173


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text, or a JSON string)."""
    if layout == "bootstrap_italia_html":
        return escape(value, {'"': "&quot;"})
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name stands in every record's text, outside the labels; no record holds
    an e-mail address."""
    for r in records:
        value = _encoded(r["layout"], h242._f(_row(r), "denominazione"))
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]
        assert not re.search(r"[\w.]@[\w-]+\.", r["text"]), r["id"]  # no e-mail address


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Page(HTMLParser):
    """The ``tel:`` links of a page, with their text, and whether its tags nest."""

    VOID = {"meta", "link", "br", "img", "input", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
        href = dict(attrs).get("href") or ""
        if tag == "a" and href.startswith("tel:"):
            self._href = href
            self.links.append((href, ""))

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.balanced = False
        if tag == "a":
            self._href = None

    def handle_data(self, data):
        if self._href is not None:
            href, text = self.links[-1]
            self.links[-1] = (href, text + data)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (HTML by the standard library's parser, its tags
    nested; JSON; the Skebby request's headers and body, its Content-Length right), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h242.phone(row), h242._f(row, "denominazione")
        if r["layout"] == "bootstrap_italia_html":
            page = _Page()
            page.feed(text)
            page.close()
            assert page.balanced and not page.stack, r["id"]
            assert page.links == [(f"tel:{tel}", tel)], r["id"]
            assert 'class="card card-teaser shadow rounded"' in text
        elif r["layout"] == "iosanita_pdc_json":
            doc = json.loads(text)
            assert doc["@type"] == "PuntoDiContatto" and doc["title"] == name
            assert re.fullmatch(r"[0-9a-f]{32}", doc["UID"])
            rows = doc["value_punto_contatto"]
            assert rows[0]["tipo"] == "telefono" and rows[0]["valore"] == tel
            assert [v["valore"] for v in rows[1:]] == ([h242.site(row)] if h242.site(row) else [])
            assert f"telefonare al {tel} " in doc["description"]
        elif r["layout"] == "skebby_sms_request":
            head, body = text.split("\n\n", 1)
            lines = head.split("\n")
            assert lines[0] == "POST /API/v1.0/REST/smstogroups HTTP/1.1"
            headers = dict(line.split(": ", 1) for line in lines[1:])
            assert headers["Host"] == "api.skebby.it"
            assert int(headers["Content-Length"]) == len(body.rstrip("\n").encode("utf-8"))
            doc = json.loads(body)
            assert doc["message_type"] == "GP" and len(doc["sender"]) <= 11
            assert doc["message"].startswith(f"{name}: ")
            assert doc["message"].count(tel) == 2
        else:
            doc = json.loads(text)
            attributes = doc["data"]["attributes"]
            assert doc["data"]["type"] == "contacts" and attributes["name"] == name
            assert attributes["telephone"] == tel
            assert f"telefonare al {tel} " in attributes["misc"]
            assert doc["links"]["self"].endswith(f"/api/index.php/v1/contacts/{doc['data']['id']}")


def test_provenance():
    sources = h242.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "ondata/liberiamoli-tutti"
    assert it["commit"] == "ebc0a00c66cec0e4b52d25e76ae4ad075ad6d743"
    assert it["paths"] == ["mappa_consultori/data/consultori.csv"]
    assert "not confirmed" in it["licence"] and it["publisher"]
    rows = h242.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IT": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    at = [(k, v) for r in rows for k, v in r["fields"].items() if "@" in v]
    assert at == [("sito", "http://cosultorio.2ds@aslroa1.it")]


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"IT": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h242, "held_out_242", tmp_path)
