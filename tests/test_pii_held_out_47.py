"""held_out_47 of the PII evaluation set (scripts/pii_held_out_47.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; the row's SIC number and postcode are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import datetime
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_47 as h47  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the branch's SIC number and postcode, in every layout
IDENTIFIERS = ("SIC-Nr", "PLZ")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h47.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h47.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h47.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h47.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "prometheus_metrics": 150, "windows_reg": 150, "wallet_pass": 150, "graphviz_dot": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone field, and of the fax field where it is a number of its own,
    is labelled wherever the field stands if a person could hold it, a distractor if not, and
    nothing else is."""
    faxes = 0
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for value in (h47.phone(row), h47.fax(row)):
            if not value:
                continue
            copies = text.count(value)
            assert copies and re.search(r"\d", value), r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "CH") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
        faxes += bool(h47.fax(row))
    assert faxes == sum(1 for r in records for *_, kind in r["spans"] if kind.endswith(":fax"))
    assert Counter(kind for r in records for *_, kind in r["spans"]) == {
        "national:phone": 600, "national:fax": 448,
    }  # fmt: skip


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            column = "fax" if r["text"][s:e] == h47.fax(_row(r)) else "phone"
            assert kind == ("international" if intl else "national") + ":" + column


def test_the_sic_number_and_postcode_are_in_the_text_and_unlabelled(records):
    """The six-digit SIC number (``002083``) and the postcode stand in every record's text,
    outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h47._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


# -- parsers of the four formats, as their grammars define them ----------------------------

PROM_NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
PROM_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)')
PROM_SAMPLE = re.compile(rf"({PROM_NAME})(?:\{{(.*)\}})? (\S+)")


def _prometheus(text: str) -> dict[str, list[tuple[dict[str, str], float]]]:
    """The samples of a text exposition by metric name; every sample's family has its
    ``# HELP`` and ``# TYPE`` lines before it, every label pair is quoted and escaped."""
    assert text.endswith("\n")
    helped, typed, out = set(), {}, {}
    for line in text.splitlines():
        if line.startswith("# HELP "):
            helped.add(line.split(" ", 3)[2])
        elif line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ")
            assert kind in ("gauge", "counter", "summary", "histogram", "untyped")
            typed[name] = kind
        else:
            m = PROM_SAMPLE.fullmatch(line)
            assert m, line
            name, body, value = m.groups()
            assert name in helped and name in typed, line
            labels, at = {}, 0
            while body and at < len(body):
                pair = PROM_LABEL.match(body, at)
                assert pair, line
                raw = pair.group(2)
                labels[pair.group(1)] = re.sub(
                    r"\\(.)", lambda x: "\n" if x.group(1) == "n" else x.group(1), raw
                )
                at = pair.end()
            out.setdefault(name, []).append((labels, float(value)))
    return out


REG_VALUE = re.compile(
    r'"((?:[^"\\]|\\.)*)"=("(?:[^"\\]|\\.)*"|dword:[0-9a-f]{8}|hex\(b\):(?:[0-9a-f]{2},){7}[0-9a-f]{2})'
)


def _registry(text: str) -> dict[str, dict[str, str | int | bytes]]:
    """The keys of a ``regedit`` version 5 export and their values (strings unescaped,
    ``dword:`` as integers, ``hex(b):`` as bytes), its lines ended by CR LF."""
    lines = text.split("\r\n")
    assert lines[0] == "Windows Registry Editor Version 5.00" and lines[-1] == ""
    keys: dict[str, dict[str, str | int | bytes]] = {}
    key = None
    for line in lines[1:-1]:
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            key = line[1:-1]
            assert key.startswith("HKEY_LOCAL_MACHINE\\SOFTWARE\\")
            keys[key] = {}
            continue
        m = REG_VALUE.fullmatch(line)
        assert m and key, line
        raw = m.group(2)
        if raw.startswith('"'):
            value: str | int | bytes = re.sub(r"\\(.)", r"\1", raw[1:-1])
        elif raw.startswith("dword:"):
            value = int(raw[6:], 16)
        else:
            value = bytes.fromhex(raw[7:].replace(",", ""))
        keys[key][m.group(1)] = value
    return keys


DOT_TOKEN = re.compile(r'\s*(//[^\n]*|"(?:[^"\\]|\\.)*"|->|[{}\[\];,=]|[A-Za-z_][\w.]*|-?\d+)')


def _dot(text: str) -> tuple[str, dict[str, dict[str, str]], list[tuple[str, str]]]:
    """A DOT ``digraph``'s name, its nodes' attributes (quoted strings unquoted, escapes kept)
    and its edges; every token is DOT's, every statement ended by ``;``, braces balanced."""
    tokens, at = [], 0
    while at < len(text.rstrip()):
        m = DOT_TOKEN.match(text, at)
        assert m, text[at : at + 40]
        if not m.group(1).startswith("//"):
            tokens.append(m.group(1))
        at = m.end()
    assert tokens[0] == "digraph" and tokens[2] == "{" and tokens[-1] == "}"
    nodes: dict[str, dict[str, str]] = {}
    edges: list[tuple[str, str]] = []
    body = tokens[3:-1]
    while body:
        end = body.index(";")
        statement, body = body[:end], body[end + 1 :]
        attrs: dict[str, str] = {}
        if "[" in statement:
            at = statement.index("[")
            assert statement[-1] == "]"
            inner = [t for t in statement[at + 1 : -1] if t != ","]
            assert len(inner) % 3 == 0 and all(t == "=" for t in inner[1::3])
            attrs = {
                k: v[1:-1] if v.startswith('"') else v
                for k, v in zip(inner[::3], inner[2::3], strict=True)
            }
            statement = statement[:at]
        if statement[0] in ("graph", "node", "edge"):
            assert len(statement) == 1
        elif len(statement) == 3 and statement[1] == "->":
            edges.append((statement[0], statement[2]))
        else:
            assert len(statement) == 1, statement
            nodes[statement[0]] = attrs
    return tokens[1], nodes, edges


def _record_fields(label: str) -> list[str]:
    """The fields of a DOT record label ``{a|b|...}``: split at its unescaped ``|``, each
    field's escapes resolved and its ``\\l`` line ends made line feeds."""
    assert label.startswith("{") and label.endswith("}")
    fields = re.split(r"(?<!\\)\|", label[1:-1])
    return [
        re.sub(r"\\(.)", lambda x: "\n" if x.group(1) == "l" else x.group(1), f) for f in fields
    ]


def test_the_documents_are_well_formed(records):
    """The metrics parse as a text exposition whose info metric's labels give the phone and
    fax; the ``.reg`` export parses and its key gives ``Telefon`` and ``Telefax``; the pass is
    JSON whose back fields give the phone with a phone-number detector; the DOT graph
    tokenizes, its statements end, its branch is a record whose contact field gives
    ``Tel.`` and the phone."""
    for r in records:
        row, text = _row(r), r["text"]
        lang = h47.language(row)
        if r["layout"] == "prometheus_metrics":
            samples = _prometheus(text)
            [(labels, value)] = samples["bankstamm_filiale_info"]
            assert value == 1 and labels["telefon"] == h47.phone(row)
            assert labels.get("fax", "") == h47.fax(row)
            assert labels["sic_nr"] == h47._f(row, "SIC-Nr")
            assert labels["bank"] == h47._f(row, "Bank/Institut")
            [(_, valid)] = samples["bankstamm_filiale_gueltig_ab_timestamp_seconds"]
            moment = datetime.datetime.fromtimestamp(valid, datetime.UTC)
            assert moment.date() == h47._valid_from(row)
        elif r["layout"] == "windows_reg":
            [(key, values)] = _registry(text).items()
            assert key.endswith(f"\\{int(h47._f(row, 'BC-Nr')):05d}-{h47._f(row, 'Filial-ID')}")
            assert values["Telefon"] == h47.phone(row)
            assert values.get("Telefax", "") == h47.fax(row)
            assert values["Bank"] == h47._f(row, "Bank/Institut")
            assert values["Sprache"] == int(h47._f(row, "Sprache"))
            assert len(values["LetzterAbgleich"]) == 8
        elif r["layout"] == "wallet_pass":
            document = json.loads(text)
            assert document["formatVersion"] == 1
            assert document["organizationName"] == h47._f(row, "Bank/Institut")
            back = {f["key"]: f for f in document["generic"]["backFields"]}
            assert back["phone"]["value"] == h47.phone(row)
            assert back["phone"]["label"] == h47.WORDS[lang]["tel"]
            assert back["phone"]["dataDetectorTypes"] == ["PKDataDetectorTypePhoneNumber"]
            assert back.get("fax", {}).get("value", "") == h47.fax(row)
            assert back["sic"]["value"] == h47._f(row, "SIC-Nr")
        else:
            name, nodes, edges = _dot(text)
            bc, branch = h47._f(row, "BC-Nr"), h47._f(row, "Filial-ID")
            node = f"bc_{bc}_{branch}"
            assert name == f"bankstamm_{int(bc):05d}"
            assert nodes[node]["shape"] == "record"
            fields = _record_fields(nodes[node]["label"])
            assert fields[0] == h47._f(row, "Bank/Institut")
            contact = fields[2].splitlines()
            assert contact[0] == f"{h47.WORDS[lang]['tel_short']} {h47.phone(row)}"
            if h47.fax(row):
                assert contact[1] == f"Fax {h47.fax(row)}"
            assert (f"hs_{h47._f(row, 'Hauptsitz')}", node) in edges


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h47.data()["sources"]
    assert set(sources) == {"CH"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h47.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CH": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["Telefon"]) >= 6 for r in rows)
    assert all(not r["fields"]["Landcode"] for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    lines = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert lines == sorted(set(lines))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h47.write(rebuilt)
    assert rebuilt.read_bytes() == h47.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_47"
