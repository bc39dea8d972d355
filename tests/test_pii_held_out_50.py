"""held_out_50 of the PII evaluation set (scripts/pii_held_out_50.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's list id, district and address are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import html
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_50 as h50  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the pharmacy's district and street address, in every layout
IDENTIFIERS = ("ilçe", "adres")
# where each layout gives the row's list id
ID_AT = {
    "leaflet_map": "    id: {},\n",
    "prometheus_metrics": 'eczane_id="{}"',
    "mastodon_status": '"url": "https://nobet.edirne.example/eczane/{}"',
    "wallet_pass": '"eczaneId": "{}"',
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h50.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h50.by_locale()[locale][n]


def _outside(record: dict, at: int, end: int) -> bool:
    spans = [*record["spans"], *record["distractors"]]
    return not any(s < end and at < e for s, e, *_ in spans)


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h50.data()["rows"]) == 142
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h50.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "leaflet_map": 36, "prometheus_metrics": 36, "mastodon_status": 35, "wallet_pass": 35,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``0(284)212-79-61 0(284)212-79-38`` holds two) is
    labelled wherever the field stands if a person could hold it, a distractor if not, and
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h50.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TR") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 286


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_id_district_and_address_are_in_the_text_and_unlabelled(records):
    """The district, the street address (``No:69/C``) and the list id (``139``, where the
    layout gives it) stand in every record's text, outside the labels, whole."""
    for r in records:
        row, text = _row(r), r["text"]
        for column in IDENTIFIERS:
            value = h50._f(row, column)
            found = [m.start() for m in re.finditer(re.escape(value), text)]
            assert found, (r["id"], column)
            assert all(_outside(r, at, at + len(value)) for at in found), (r["id"], column)
        where = ID_AT[r["layout"]].format(h50._f(row, "id"))
        at = text.find(where)
        assert at >= 0 and _outside(r, at, at + len(where)), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


class _Text(HTMLParser):
    """The text of an HTML fragment, each ``<br />`` and ``<p>`` starting a line."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("br", "p"):
            self.parts.append("\n")

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts).strip()


# one sample line of the text exposition format: a name, its labels, a value
SAMPLE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$")
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)')


def _samples(text: str) -> list[tuple[str, dict[str, str], float]]:
    """The samples of a Prometheus exposition: each line that is no ``#`` comment split into its
    metric name, its labels (escapes undone) and its value; every label set read whole."""
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m = SAMPLE.match(line)
        assert m, line
        name, body, value = m.groups()
        labels, at = {}, 0
        while body and at < len(body):
            lm = LABEL.match(body, at)
            assert lm, line
            raw = lm.group(2)
            labels[lm.group(1)] = re.sub(
                r"\\(.)", lambda x: "\n" if x.group(1) == "n" else x.group(1), raw
            )
            at = lm.end()
        out.append((name, labels, float(value)))
    return out


def test_the_documents_are_well_formed(records):
    """The Leaflet script's brackets balance and its ``telefon`` and popup strings decode to
    the field; every Prometheus sample line parses, each metric has HELP and TYPE, and the info
    and counter samples carry the field in ``telefon``; the Mastodon status is JSON whose HTML
    content reads the field after ``Tel:`` and whose card repeats it; the pass is JSON whose
    auxiliary and back fields give it."""
    for r in records:
        row, text, value = _row(r), r["text"], h50.phone(_row(r))
        if r["layout"] == "leaflet_map":
            for a, b in ("()", "[]", "{}"):
                assert text.count(a) == text.count(b), r["id"]
            telefon = re.search(r"^    telefon: (\".*\"),$", text, re.M)
            assert telefon and json.loads(telefon.group(1)) == value
            popup = json.loads(re.search(r"\.bindPopup\((\".*\")\)$", text, re.M).group(1))
            assert _html_text(popup).splitlines() == [
                h50._f(row, "adı"),
                h50._f(row, "adres"),
                f"Tel: {value}",
            ]
        elif r["layout"] == "prometheus_metrics":
            samples = _samples(text)
            assert [s[0] for s in samples] == [
                "nobetci_eczane_bilgi", "nobetci_eczane_nobet_baslangic_saniye",
                "nobetci_eczane_yonlendirilen_arama_toplam", "nobet_exporter_tarama_suresi_saniye",
            ]  # fmt: skip
            for name, *_ in samples:
                assert f"# HELP {name} " in text and f"# TYPE {name} " in text
            info, _, calls, _ = samples
            assert info[1]["telefon"] == calls[1]["telefon"] == value
            assert info[1]["adres"] == h50._f(row, "adres")
            assert info[1]["eczane_id"] == h50._f(row, "id") and info[2] == 1
        elif r["layout"] == "mastodon_status":
            status = json.loads(text)
            assert re.fullmatch(r"\d{18}", status["id"])
            assert status["url"].endswith("/" + status["id"])
            lines = _html_text(status["content"]).splitlines()
            assert lines[1] == h50._f(row, "adres") and lines[2] == f"Tel: {value}"
            assert status["card"]["description"].endswith(f" · Tel: {value}")
            assert html.unescape(status["content"]).count(value) == 1
        else:
            pkpass = json.loads(text)
            generic = pkpass["generic"]
            assert generic["auxiliaryFields"][0]["value"] == value
            back = {f["key"]: f["value"] for f in generic["backFields"]}
            assert back["telefon-arka"] == value and back["adres"] == h50._f(row, "adres")
            assert pkpass["organizationName"] == h50._f(row, "adı")
            assert re.fullmatch(r"\d{13}", pkpass["barcodes"][0]["message"])


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h50.data()["sources"]
    assert set(sources) == {"TR"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h50.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TR": 142}
    assert all(sum(c.isdigit() for c in r["fields"]["telefon"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(set(r["fields"]) == {"id", "adı", "adres", "ilçe", "telefon"} for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h50.write(rebuilt)
    assert rebuilt.read_bytes() == h50.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_50"
