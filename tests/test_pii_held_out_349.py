"""held_out_349 of the PII evaluation set (scripts/pii_held_out_349.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field and every
labelled address its real mailbox, copied unchanged, each copy labelled; the Cosium code and
town are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fr_audilab_centres_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_349 as h349  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of the number and of the mailbox each layout writes
COPIES = {
    "yousign_request": (1, 1),
    "sympa_list_xml": (1, 3),
    "pluxml_article": (2, 2),
    "wazo_phonebook_import": (2, 2),
}
MIRROR = Path("/work/.mirror/Zhong98+Application_digital_form_for_Audilab/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h349.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h349.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h349.data()["rows"]) == 265
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h349.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "yousign_request": 67, "sympa_list_xml": 66, "pluxml_article": 66,
        "wazo_phonebook_import": 66,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_mailbox_is_labelled_unchanged(records):
    """The phone field is labelled wherever it stands, under its column, and the mailbox
    wherever it stands (where the row has a whole one); nothing else is labelled and nothing
    is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h349.phone(row), h349.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        labelled = Counter(
            (text[s:e], t, kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == {(tel, "PHONE_NUMBER", f"national:{h349.PHONE}"): n_tel}, r["id"]
        emails = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        if mail:
            assert text.count(mail) == n_mail, r["id"]
            assert emails == {mail: n_mail}, r["id"]
        else:
            assert not emails and "@audilab" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_labels_keep_their_kind(records):
    kinds = phone_kinds(records, h349.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {f"national:{h349.PHONE}": 397, "register": 524}


def test_the_data_keeps_the_published_shape():
    """265 centres, each number ten digits in blank-separated (257) or dotted (8) pairs as the
    list writes them; every field a string; every mailbox the network's but one cut short and
    two empty; a few postcodes of four digits (their ``0`` lost to a JSON number)."""
    rows = h349.data()["rows"]
    assert len(rows) == 265
    shapes = Counter(re.sub(r"\d", "9", h349.phone(row)) for row in rows)
    assert shapes == {"99 99 99 99 99": 257, "99.99.99.99.99": 8}
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    mailboxes = [row["fields"]["Adresse_mail"] for row in rows]
    assert sum(not m for m in mailboxes) == 2
    assert [m for m in mailboxes if m and not h349.email({"fields": {"Adresse_mail": m}})] == [
        "beauvoir.niort@audilab.f"
    ]
    assert all(m.endswith(("@audilab.fr", "@audilab.f")) for m in mailboxes if m)
    assert not any(re.match(r"[a-z]\.[a-z]+@", m) for m in mailboxes)
    assert sum(len(row["fields"]["Code_Postal"]) == 4 for row in rows) == 6


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "yousign_request":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The Cosium code and the town stand in every record's text, outside the labels."""
    for r in records:
        for value in (h349.code(_row(r)), h349.town(_row(r))):
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _http(text: str) -> tuple[str, dict[str, str], str]:
    """The request line, headers and body of an HTTP message."""
    head, body = text.split("\n\n", 1)
    first, *headers = head.split("\n")
    return first, dict(h.split(": ", 1) for h in headers), body


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (HTTP messages with JSON or CSV bodies, XML by the
    standard library), the row's number and mailbox where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, code = h349.phone(row), h349.email(row), h349.code(row)
        if r["layout"] == "yousign_request":
            first, headers, body = _http(text)
            assert first == "POST /v3/signature_requests HTTP/1.1"
            assert headers["Host"] == "api-sandbox.yousign.app"
            doc = json.loads(body)
            assert doc["delivery_mode"] == "email" and doc["timezone"] == "Europe/Paris"
            assert doc["external_id"].startswith(f"{code}/")
            assert len(doc["email_custom_note"]) <= 500
            assert doc["email_custom_note"].endswith(
                f"au {tel} ou {mail}." if mail else f"au {tel}."
            )
        elif r["layout"] == "sympa_list_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "list" and root.findtext("type") == "news-letter"
            assert re.fullmatch(r"audilab-[a-z0-9-]+-infos", root.findtext("listname"))
            assert f"au {tel}" in root.findtext("description")
            assert f"code Cosium {code})" in root.findtext("description")
            if mail:
                assert root.findtext("owner/email") == mail == root.findtext("editor/email")
        elif r["layout"] == "pluxml_article":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "document" and root.findtext("template") == "article.php"
            assert root.findtext("chapo").endswith(f"Rendez-vous au {tel}.</p>")
            content = root.findtext("content")
            assert f"<li>Téléphone : {tel}</li>" in content
            if mail:
                assert f'<a href="mailto:{mail}">{mail}</a>' in content
            assert re.fullmatch(r"\d{12}", root.findtext("date_creation"))
            assert root.findtext("date_update") >= root.findtext("date_creation")
            assert f", {code}, " in root.findtext("tags")
        else:
            request, response = text.split("\nHTTP/1.1 200 OK\n", 1)
            first, headers, body = _http(request)
            assert re.fullmatch(r"POST /api/dird/0\.1/phonebooks/[0-9a-f-]{36}/contacts/import "
                                r"HTTP/1\.1", first)  # fmt: skip
            assert int(headers["Content-Length"]) == len(body.rstrip("\n").encode("utf-8")) + 1
            (line,) = csv.DictReader(io.StringIO(body))
            assert line["number"] == tel and line["email"] == mail and line["cosium"] == code
            answer = json.loads(response.split("\n\n", 1)[1])
            (created,) = answer["created"]
            assert answer["failed"] == [] and created["number"] == tel
            assert {k: v for k, v in line.items() if v} == {
                k: v for k, v in created.items() if k != "id"
            }


def test_provenance():
    sources = h349.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "Zhong98/Application_digital_form_for_Audilab"
    assert fr["commit"] == "d463d6b693e5c6377b2acca95339cb5784715d85"
    assert fr["paths"] == ["src/main/webapp/js/data.js"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    assert Counter(r["country"] for r in h349.data()["rows"]) == {"FR": 265}


@pytest.mark.skipif(not MIRROR.is_dir(), reason="the source repository is not fetched here")
def test_the_data_file_is_rebuilt_byte_for_byte_from_the_source():
    data = extractor.extract({"FR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h349, "held_out_349", tmp_path)
