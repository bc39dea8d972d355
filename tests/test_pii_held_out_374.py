"""held_out_374 of the PII evaluation set (scripts/pii_held_out_374.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the post's name, barrio and address are in the text and
unlabelled), each document parses as its format, the extractor's rules hold on its data, and the
records are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import co_bogota_cai_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_374 as h374  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the telephone a record of each layout writes
COPIES = {"yealink_phonebook": 2, "jupyter_notebook": 2, "latex_annex": 2, "kanboard_task": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h374.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h374.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h374.data()["rows"]) == 146
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h374.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:CO"
    assert Counter(r["layout"] for r in records) == {
        "yealink_phonebook": 37,
        "jupyter_notebook": 37,
        "latex_annex": 36,
        "kanboard_task": 36,
    }
    # as the pipeline's langid stage reads them (markup and escapes hide the Spanish of three)
    assert Counter(r["language"] for r in records) == {"en": 110, "es": 36}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, under its column; nothing else is
    labelled, no distractor is, and no e-mail address stands in any text."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h374.phone(row)
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:phone"): COPIES[r["layout"]]}, r["id"]
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h374.international, frozenset({"PHONE_NUMBER"}))
    assert kinds == {"national:phone": 292}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is seven digits as the list writes them, a number a person could
    hold, no two alike; the fields are strings as the file gives them; one row has no barrio
    and no address."""
    rows = h374.data()["rows"]
    tels = [h374.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{7}", tel) for tel in tels)
    assert all(personal_phone(tel, "CO") for tel in tels)
    assert len(set(tels)) == 146
    assert all(row["fields"]["name"].startswith("CAI ") for row in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert [r["fields"]["name"] for r in rows if not r["fields"]["neighborhood"]] == ["CAI MIRADOR"]
    assert all(re.fullmatch(r"-?\d+\.\d+", r["fields"][k]) for r in rows for k in ("lat", "lng"))


def test_the_extractor_keeps_seven_digits_or_more_once_and_none_of_earlier_parts():
    """The extractor's rules on a few rows: the JavaScript literal read as JSON with its numbers
    as written; a field of fewer than seven digits (``2904``, ``0``) left out, a number seen
    before or held by an earlier Colombian part left out."""
    source = """var policeStationsData=[
  {
  name: "CAI UNO",
  neighborhood: "BARRIO UNO",
  address: "Calle 1  2-03",
  phone: "6730111",
  location: [4.764673000859147, -74.03980500139903]
}, {
  name: "CAI DOS",
  phone: "2904",
  location: [4.5, -74.1]
}, {
  name: "CAI TRES",
  neighborhood: "TRES",
  address: "Calle 3",
  phone: "0",
  location: [4.6, -74.2]
}]"""
    objects = extractor.objects(source)
    assert [extractor.fields(o) for o in objects][0] == {
        "name": "CAI UNO",
        "neighborhood": "BARRIO UNO",
        "address": "Calle 1  2-03",
        "phone": "6730111",
        "lat": "4.764673000859147",
        "lng": "-74.03980500139903",
    }
    assert extractor.fields(objects[1])["address"] == ""
    kept = [o for o in objects if len(extractor.digits_of(o["phone"])) >= 7]
    assert [o["name"] for o in kept] == ["CAI UNO"]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "57")
    assert earlier and not earlier & {h374.phone(row) for row in h374.data()["rows"]}
    assert [p.rsplit("#", 1)[0] for p in (r["path"] for r in h374.data()["rows"])] == [
        extractor.PATH
    ] * 146


def _encoded(layout: str, value: str) -> list[str]:
    """The ways ``value`` is written in a layout (XML text or attribute, a JSON string, LaTeX
    text, a PHP-escaped JSON string)."""
    if layout == "yealink_phonebook":
        return [escape(value)]
    if layout == "jupyter_notebook":
        return [json.dumps(value, ensure_ascii=False)[1:-1], escape(value)]
    if layout == "latex_annex":
        return [h374.tex(value)]
    return [json.dumps(value)[1:-1].replace("/", "\\/")]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The post's name, barrio and address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h374.name(row), h374.barrio(row), h374.address(row)):
            found = [
                m.start()
                for form in _encoded(r["layout"], value)
                for m in re.finditer(re.escape(form), r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _latex_balanced(text: str) -> bool:
    """Whether a LaTeX text's environments close in order and its unescaped braces balance."""
    stack = []
    for kind, env in re.findall(r"\\(begin|end)\{(\w+)\}", text):
        if kind == "begin":
            stack.append(env)
        elif not stack or stack.pop() != env:
            return False
    depth = 0
    for m in re.finditer(r"(?<!\\)[{}]", text):
        depth += 1 if m.group() == "{" else -1
        if depth < 0:
            return False
    return not stack and depth == 0


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library, the notebook
    by nbformat 4's shape, LaTeX by its environments and braces), the row's values where the
    format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h374.phone(row), h374.name(row)
        if r["layout"] == "yealink_phonebook":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "YealinkIPPhoneBook" and root.findtext("Title")
            units = {u.get("Name"): u for u in root.iter("Unit")}
            assert units[name].get("Phone1") == tel
            assert re.fullmatch(r"\d{4}", units[name].get("Phone2"))
            assert set(units[name].attrib) == {
                "Name", "Phone1", "Phone2", "Phone3", "default_photo",
            }  # fmt: skip
            assert units["Línea de emergencias"].get("Phone1") == "123"
        elif r["layout"] == "jupyter_notebook":
            nb = json.loads(text)
            assert nb["nbformat"] == 4 and nb["nbformat_minor"] == 5
            assert nb["metadata"]["kernelspec"]["name"] == "python3"
            kinds = [c["cell_type"] for c in nb["cells"]]
            assert kinds == ["markdown", "code", "code"]
            assert all(re.fullmatch(r"[0-9a-f]{8}", c["id"]) for c in nb["cells"])
            out = nb["cells"][1]["outputs"][0]
            assert out["output_type"] == "execute_result"
            assert out["execution_count"] == nb["cells"][1]["execution_count"]
            plain = "".join(out["data"]["text/plain"])
            html = "".join(out["data"]["text/html"])
            assert re.search(rf"  {tel}  ", plain) and f"<td>{tel}</td>" in html
            ET.fromstring(html)  # pandas's table is well-formed XML here
            assert nb["cells"][2]["outputs"][0]["name"] == "stdout"
        elif r["layout"] == "latex_annex":
            assert text.startswith("\\documentclass") and _latex_balanced(text)
            assert f"& {tel} \\\\" in text
            assert text.rstrip().endswith("\\end{document}")
            assert f"al teléfono {tel}." in text
        else:
            doc = json.loads(text)
            assert "/" not in text.replace("\\/", "") and text.isascii()
            assert doc["jsonrpc"] == "2.0" and isinstance(doc["id"], int)
            task = doc["result"]
            assert task["title"].endswith(f" - {name}")
            assert f"**Teléfono del CAI:** {tel}\n" in task["description"]
            assert task["description"].endswith(f"al {tel}")
            assert task["url"].endswith(f"task_id={task['id']}&project_id={task['project_id']}")
            assert all(isinstance(task[k], str) for k in ("id", "date_creation", "project_id"))


def test_provenance():
    sources = h374.data()["sources"]
    assert set(sources) == {"CO"}
    co = sources["CO"]
    assert co["repository"] == "hnsaavedraa/AppToLive"
    assert co["commit"] == "ebb8077796b7912dea97e4517cb74178e2c2c321"
    assert co["paths"] == ["data/policeStationsData.js"]
    assert "not confirmed" in co["licence"] and co["publisher"]
    assert Counter(r["country"] for r in h374.data()["rows"]) == {"CO": 146}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h374, "held_out_374", tmp_path)
