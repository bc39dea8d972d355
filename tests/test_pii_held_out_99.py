"""held_out_99 of the PII evaluation set (scripts/pii_held_out_99.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
WhatsApp field, copied unchanged, each copy labelled; the builder's catalogue id is in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_99 as h99  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

KG = "{http://example.kg/xbrl/developers/2025}"
XBRLI = "{http://www.xbrl.org/2003/instance}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h99.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h99.by_locale()[locale][n]


def _fields(row: dict) -> list[tuple[str, str]]:
    """The row's numbers as ``copies`` takes them: longer field first, empty ones left out."""
    values = [("phone", h99.phone(row)), ("whatsapp", h99.whatsapp(row))]
    return [kv for kv in sorted(values, key=lambda kv: -len(kv[1])) if kv[1]]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h99.data()["rows"]) == 384
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h99.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "qif_register": 96, "mt940_statement": 96, "client_bank_1c": 96, "xbrl_instance": 96,
    }  # fmt: skip


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """Each number of the phone and WhatsApp fields is labelled wherever the field stands (a
    copy inside a copy of the longer field counting as the longer one's) if a person could
    hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        taken: list[tuple[int, int]] = []
        for kind, value in _fields(row):
            starts = [
                m.start()
                for m in re.finditer(re.escape(value), text)
                if not any(s <= m.start() and m.end() <= e for s, e in taken)
            ]
            taken += [(s, s + len(value)) for s in starts]
            assert starts or kind != "phone", r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "KG") else short)[number] += len(starts)
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind_and_column(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if intl else "national")
            assert kind.split(":")[1] in h99.COLUMNS


def test_the_catalogue_id_is_in_the_text_and_unlabelled(records):
    """The builder's elitka.kg id (``542``) stands in every record's text, whole, outside
    the labels."""
    for r in records:
        value = h99._f(_row(r), "builderId")
        found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _qif(text: str, row: dict) -> None:
    """A QIF bank register: the type header, three transactions each closed by ``^``, every
    line a known one-letter field; the memo of the advance gives the phone."""
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "!Type:Bank" and lines[-1] == "^"
    assert lines.count("^") == 3
    assert all(x == "^" or x[0] in "DTCNPMLU" for x in lines[1:])
    assert all(re.fullmatch(r"D\d\d/\d\d'\d\d", x) for x in lines if x[0] == "D")
    assert all(re.fullmatch(r"T-?\d+\.\d\d", x) for x in lines if x[0] == "T")
    memos = [x[1:] for x in lines if x[0] == "M"]
    assert f"тел. {h99.phone(row)}" in memos[0]
    assert [x[1:] for x in lines if x[0] == "P"][1:] == [h99._f(row, "name")] * 2


def _mt940(text: str, row: dict) -> None:
    """An MT940 message: headers, block 4 closed by ``-}``, the mandatory tags in order, each
    ``:86:`` line at most 65 characters, SWIFT's character set outside the real numbers."""
    assert text.startswith("{1:F01") and text.endswith("\n-}\n")
    tags = re.findall(r"^:(\d\d[A-Z]?):", text, re.M)
    assert tags == ["20", "25", "28C", "60F", "61", "86", "62F"]
    body = text.split("{4:\n", 1)[1].removesuffix("-}\n")
    narrative = body.split(":86:", 1)[1].split("\n:62F:")[0]
    assert all(len(x) <= 65 for x in narrative.split("\n"))
    words = narrative.split()
    assert words[words.index("TEL") + 1] == h99.phone(row)
    plain = body
    for _, value in _fields(row):
        plain = plain.replace(value, "")
    assert re.fullmatch(h99.SWIFT_X, plain)


def _client_bank(text: str, row: dict) -> None:
    """A 1CClientBankExchange file: its first and last lines, one document section opened
    and closed, every other line ``key=value``; the builder's phone given as
    ``ПолучательТелефон`` and in ``НазначениеПлатежа``."""
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "1CClientBankExchange" and lines[-1] == "КонецФайла"
    assert lines.count("КонецДокумента") == 1
    pairs = dict(x.split("=", 1) for x in lines[1:-1] if x != "КонецДокумента")
    assert pairs["СекцияДокумент"] == "Платежное поручение"
    assert pairs["ПолучательТелефон"] == h99.phone(row)
    assert pairs["Получатель"] == h99._f(row, "name")
    assert f"тел. {h99.phone(row)}" in pairs["НазначениеПлатежа"]
    assert re.fullmatch(r"\d+\.\d\d", pairs["Сумма"])
    assert re.fullmatch(r"\d{16}", pairs["ПолучательСчет"])


def _xbrl(text: str, row: dict) -> None:
    """An XBRL instance: XML whose root is ``xbrli:xbrl``, one context identifying the
    builder by its catalogue id, every fact's ``contextRef`` that context; the telephone and
    WhatsApp facts are the fields."""
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{XBRLI}xbrl"
    (context,) = root.findall(f"{XBRLI}context")
    assert context.find(f"{XBRLI}entity/{XBRLI}identifier").text == h99._f(row, "builderId")
    facts = [e for e in root if e.tag.startswith(KG)]
    assert all(f.get("contextRef") == context.get("id") for f in facts)
    values = {f.tag.removeprefix(KG): f.text for f in facts}
    assert values["ContactTelephone"] == h99.phone(row)
    assert values.get("ContactWhatsApp", "") == h99.whatsapp(row)
    assert values["BuilderName"] == h99._f(row, "name")


def test_the_documents_are_well_formed(records):
    check = {
        "qif_register": _qif,
        "mt940_statement": _mt940,
        "client_bank_1c": _client_bank,
        "xbrl_instance": _xbrl,
    }
    for r in records:
        check[r["layout"]](r["text"], _row(r))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h99.data()["sources"]
    assert set(sources) == {"KG"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h99.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KG": 384}
    assert all(
        any(sum(c.isdigit() for c in r["fields"][k]) >= 6 for k in ("phone", "whatsapp"))
        for r in rows
    )
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h99.write(rebuilt)
    assert rebuilt.read_bytes() == h99.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_99"
