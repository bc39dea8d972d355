"""held_out_64 of the PII evaluation set (scripts/pii_held_out_64.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; each copy of the row's e-mail address
labelled; the row's centre id and latitude are in the text and unlabelled) and are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

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

import pii_held_out_64 as h64  # noqa: E402 - the scripts folder's modules
from do_sns_centers_data import placeholder  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the centre's id and latitude, in every layout
IDENTIFIERS = ("ID_CENTRO", "LatCentro")
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"
SECTIONS = re.compile(r"(global|defaults|frontend \w+|backend \w+)")
# a Logstash configuration's tokens: a comment, a double-quoted string, an arrow, a bracket or
# brace, a bare word or number, a comma, white space
LOGSTASH_TOKEN = re.compile(
    r'(?P<comment>#[^\n]*)|(?P<string>"(?:[^"\\]|\\.)*")|(?P<arrow>=>)|(?P<open>[{\[])'
    r"|(?P<close>[}\]])|(?P<word>[\w.-]+)|(?P<comma>,)|(?P<space>\s+)"
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h64.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h64.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h64.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h64.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "haproxy_cfg": 150, "sf_data_tree": 150, "xliff_strings": 150,
        "logstash_pipeline": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_and_address_is_labelled_unchanged(records):
    """Each number of the phone field and of a fax field of its own is labelled wherever the
    field stands if a person could hold it, a distractor if not; each copy of the e-mail
    address is labelled, and nothing else is."""
    totals = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for value in (h64.phone(row), h64.fax(row)):
            if not value:
                continue
            copies = text.count(value)
            assert copies >= 1 and re.search(r"\d", value), r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "DO") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert addresses == Counter({a: text.count(a) for a in h64.emails(row)}), r["id"]
        assert all(addresses[a] for a in h64.emails(row)), r["id"]
        assert not r["unscored"]
        totals.update(kind for *_, kind in r["spans"])
    assert totals == {"national:phone": 1200, "national:fax": 56, "register": 83}


def test_a_placeholder_fax_or_the_phone_again_is_no_fax(records):
    """``000-000-0000``, ``999-999-9999``, ``___-___-____`` and ``NULL`` hold no fax, nor does a
    fax field that repeats the phone; the fax of every other row is its own number."""
    kinds = Counter()
    for r in records:
        row = _row(r)
        value = h64._f(row, "FaxCentro")
        if placeholder(value):
            kinds["placeholder"] += 1
            assert h64.fax(row) == ""
        elif value == h64.phone(row):
            kinds["phone again"] += 1
            assert h64.fax(row) == ""
        else:
            kinds["own"] += 1
            assert h64.fax(row) == value
    assert kinds == {"placeholder": 550, "phone again": 2, "own": 48}


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind.split(":")[0] == ("international" if intl else "national")
                assert kind.split(":")[1] in ("phone", "fax")


def test_the_centre_id_and_latitude_are_in_the_text_and_unlabelled(records):
    """The centre's id (``1489``) and latitude as the file holds it (``18.504774999999999``)
    stand in every record's text outside the labels, whole."""
    seen = Counter()
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        for column in IDENTIFIERS:
            value = h64._f(_row(r), column)
            assert value, (r["id"], column)
            seen[column] += 1
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)
    assert seen == {"ID_CENTRO": 600, "LatCentro": 600}


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _unquote(token: str) -> str:
    """A double-quoted configuration string's value (``\\"`` and ``\\\\`` unescaped)."""
    assert token.startswith('"') and token.endswith('"')
    return re.sub(r"\\(.)", r"\1", token[1:-1])


def _haproxy(text: str) -> dict[str, list[list[str]]]:
    """An HAProxy configuration read as HAProxy reads it: comment lines, blank lines, section
    lines at the margin (``global``, ``defaults``, ``frontend <name>``, ``backend <name>``) and
    indented directives, each split into words and double-quoted strings (a quote closed on
    its line); returned as each section's directives."""
    sections: dict[str, list[list[str]]] = {}
    current = None
    for line in text.split("\n"):
        if not line or line.startswith("#"):
            continue
        if not line.startswith(" "):
            assert SECTIONS.fullmatch(line) and line not in sections, line
            current = line
            sections[current] = []
            continue
        assert current and line.startswith("    ") and not line[4].isspace(), line
        words = re.findall(r'"(?:[^"\\]|\\.)*"|[^\s"]+', line)
        assert "".join(words) == re.sub(r"\s+", "", line) or '"' in line, line
        sections[current].append(words)
    return sections


def _logstash(text: str) -> dict:
    """A Logstash pipeline read as its grammar reads it: plugin sections and plugins as
    ``name { ... }``, settings as ``name => value`` (a string, number, bare word, array or
    hash, a hash's keys strings); returned as nested mappings, a plugin's settings under its
    name (repeated plugins in a list)."""
    tokens = [
        (m.lastgroup, m.group())
        for m in LOGSTASH_TOKEN.finditer(text)
        if m.lastgroup not in ("comment", "space")
    ]
    covered = sum(len(m.group()) for m in LOGSTASH_TOKEN.finditer(text))
    assert covered == len(text), "a character no token of the grammar reads"
    at = 0

    def value():
        nonlocal at
        kind, tok = tokens[at]
        at += 1
        if kind == "string":
            return _unquote(tok)
        if kind == "word":
            return tok
        if tok == "[":
            items = []
            while tokens[at][1] != "]":
                items.append(value())
                if tokens[at][0] == "comma":
                    at += 1
            at += 1
            return items
        assert tok == "{", tok
        out = {}
        while tokens[at][1] != "}":
            key = value()
            assert tokens[at][0] == "arrow", tokens[at]
            at += 1
            out[key] = value()
        at += 1
        return out

    def block():
        nonlocal at
        out: dict = {}
        while at < len(tokens) and tokens[at][1] != "}":
            kind, name = tokens[at]
            assert kind == "word", tokens[at]
            at += 1
            if tokens[at][0] == "arrow":
                at += 1
                out[name] = value()
            else:
                assert tokens[at][1] == "{", tokens[at]
                at += 1
                inner = block()
                assert tokens[at][1] == "}"
                at += 1
                out.setdefault(name, []).append(inner)
        return out

    parsed = block()
    assert at == len(tokens)
    return parsed


def test_the_documents_are_well_formed(records):
    """The HAProxy configuration's sections and directives are laid out as HAProxy reads them,
    its comment gives the phone and its ``X-Centro-Telefono`` header is the phone; the data
    tree file is JSON with one ``Account`` whose ``Phone``, ``Fax`` and e-mail are the row's;
    the XLIFF file is XML whose ``llamar`` unit's source and target end with the phone and
    whose fax and e-mail units are the row's; the Logstash pipeline parses as its grammar
    reads it, with ``input``, ``filter`` and ``output`` and the phone as
    ``[centro][telefono]``."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx, mail = h64.phone(row), h64.fax(row), h64.emails(row)
        cid = h64._f(row, "ID_CENTRO")
        if r["layout"] == "haproxy_cfg":
            sections = _haproxy(text)
            assert list(sections) == ["global", "defaults", f"frontend citas_{cid}",
                                      f"backend app_{cid}"]  # fmt: skip
            headers = {
                w[2]: _unquote(w[3]) if w[3].startswith('"') else w[3]
                for w in sections[f"frontend citas_{cid}"]
                if w[:2] == ["http-response", "set-header"] and len(w) == 4
            }
            assert headers["X-Centro-Telefono"] == tel and headers["X-Centro-Id"] == cid
            assert f"# Teléfono: {tel}\n" in text
            assert (f"# Fax: {fx}\n" in text) == bool(fx)
        elif r["layout"] == "sf_data_tree":
            (account,) = json.loads(text)["records"]
            assert account["attributes"] == {"type": "Account", "referenceId": f"CentroRef{cid}"}
            assert account["Phone"] == tel and account.get("Fax", "") == fx
            assert account["AccountNumber"] == cid
            assert account["BillingLatitude"] == h64._f(row, "LatCentro")
            assert ([account["Correo_Institucional__c"]] if mail else []) == mail
            assert "Correo_Institucional__c" in account or not mail
            assert account["Description"].endswith(f"Citas al {tel}.")
        elif r["layout"] == "xliff_strings":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{XLIFF}xliff" and root.get("version") == "1.2"
            units = {
                u.get("id").rsplit(".", 1)[1]: (u.find(f"{XLIFF}source").text,
                                                u.find(f"{XLIFF}target").text)
                for u in root.iter(f"{XLIFF}trans-unit")
            }  # fmt: skip
            assert all(u.startswith(f"centro.{cid}.") for u in
                       (x.get("id") for x in root.iter(f"{XLIFF}trans-unit")))  # fmt: skip
            source, target = units["llamar"]
            assert source.endswith(f" at {tel}") and target.endswith(f" al {tel}")
            assert units.get("fax", ("", ""))[0].removeprefix("Fax: ") == fx
            assert units.get("correo", ("", ""))[0].removeprefix("Write to ") == (
                mail[0] if mail else ""
            )
        else:
            config = _logstash(text)
            assert set(config) == {"input", "filter", "output"}
            (filters,) = config["filter"]
            added = {}
            for mutate in filters["mutate"]:
                added.update(mutate.get("add_field", {}))
            assert added["[centro][telefono]"] == tel and added["[centro][id]"] == cid
            assert added.get("[centro][fax]", "") == fx
            assert added.get("[centro][correo]", "") == (mail[0] if mail else "")
            assert added["[centro][geo][lat]"] == h64._f(row, "LatCentro")
            assert f": teléfono de citas {tel}\n" in text


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h64.data()["sources"]
    assert set(sources) == {"DO"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h64.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DO": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["TelCentro"]) >= 6 for r in rows)
    assert not any(placeholder(r["fields"]["TelCentro"]) for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any({"NombreDirector", "FlotaDirector"} & set(r["fields"]) for r in rows)
    assert all(r["fields"]["Email"].lower().endswith(".gob.do")
               for r in rows if "Email" in r["fields"])  # fmt: skip
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == sorted(set(paths))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h64.write(rebuilt)
    assert rebuilt.read_bytes() == h64.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_64"
