"""held_out_126 of the PII evaluation set (scripts/pii_held_out_126.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the clinic's code, name and postal code are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_126 as h126  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the clinic's identifiers, in every layout
IDENTIFIERS = ("HCI_CODE", "HCI_NAME", "POSTAL_CD")
MAL = "{http://projectmallard.org/1.0/}"
POD_COMMANDS = {"=encoding", "=head1", "=over", "=item", "=back", "=cut"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h126.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h126.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h126.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h126.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "pod_module": 150, "context_notice": 150, "mallard_page": 150, "lout_sheet": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h126.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "SG") else short)[(number, h126.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 1200


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])


def test_the_data_keeps_the_published_shape():
    """Every kept phone is Singapore's eight digits unbroken but one with a space and one of
    seven digits, as the layer writes them."""
    rows = h126.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h126.phone(row)) for row in rows)
    assert shapes == {"99999999": 598, "9999 9999": 1, "9999999": 1}
    assert all(row["fields"][h126.PHONE] == h126.phone(row) for row in rows)
    assert Counter(row["fields"]["LICENCE_TY"] for row in rows) == {"MD": 580, "MC": 20}
    assert all(re.fullmatch(r"\d{6}", row["fields"]["POSTAL_CD"]) for row in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The clinic's code, name and postal code stand in every record's text (as the format
    writes the name), outside the labels."""
    for r in records:
        escape = h126.ESCAPES[r["layout"]]
        for column in IDENTIFIERS:
            value = escape(h126._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _pod(text: str, tel: str, name: str) -> None:
    """POD's structure: paragraphs apart by blank lines, each command one POD knows, the
    ``=over``/``=back`` pair, ``=cut`` last; the number in the synopsis and its ``=item``."""
    paragraphs = text.strip("\n").split("\n\n")
    commands = [p.split()[0] for p in paragraphs if p.startswith("=")]
    assert set(commands) <= POD_COMMANDS and commands[0] == "=encoding"
    assert commands.count("=over") == commands.count("=back") == 1 and commands[-1] == "=cut"
    assert paragraphs[paragraphs.index("=item Telephone") + 1] == tel
    synopsis = paragraphs[paragraphs.index("=head1 SYNOPSIS") + 2]
    assert all(line.startswith("    ") for line in synopsis.splitlines())
    assert synopsis.splitlines()[1].endswith(f"# {tel}")
    assert h126.pod_text(name) in paragraphs[paragraphs.index("=head1 NAME") + 1]
    for code in re.findall(r"[A-Z]<", text):
        assert code in {"B<", "C<", "E<", "L<"}


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def _context(text: str, tel: str, name: str) -> None:
    """ConTeXt's structure: the ``\\start``/``\\stop`` pairs nested, braces balanced (escaped
    ones aside), no special character unescaped in the body; the number in the table's row and
    the last item."""
    stack = []
    for kind, env in re.findall(r"\\(start|stop)([a-z]+)", text):
        if kind == "start":
            stack.append(env)
        else:
            assert stack.pop() == env
    assert not stack
    body = [line for line in text.splitlines() if not line.startswith("%")]
    bare = re.sub(r"\\[#&%$_{}]", "", "\n".join(body))
    assert _balanced(bare) and not re.search(r"[#&%$_]", bare)
    assert f"\\NC Telephone \\NC {tel} \\NC\\NR" in text
    assert f"\\item Call {tel} to ask" in text
    assert f"\\startsection[title={{{h126.context_text(name)}}}]" in text
    assert text.index("\\starttext") < text.index("\\stoptext")


def _lout(text: str, tel: str, name: str) -> None:
    """Lout's structure: ``@SysInclude { doc }`` and ``@Doc @Text @Begin`` ... ``@End @Text``,
    braces balanced outside quoted words and comments, no ``#`` outside them but the first
    line's; the number in its ``@TagItem`` and the ``@PP`` paragraph."""
    lines = text.splitlines()
    assert lines[0].startswith("# ") and lines[1:3] == ["@SysInclude { doc }", "@Doc @Text @Begin"]
    assert lines[-1] == "@End @Text"
    bare = re.sub(r'"(?:[^"\\]|\\.)*"', "", "\n".join(lines[1:]))
    assert _balanced(bare) and not re.search(r"[#&/|^~]", bare)
    assert bare.count("@TaggedList") == bare.count("@EndList") == 1
    assert f"@TagItem {{ Telephone }} {{ {tel} }}" in text
    assert f"Please call {tel} to confirm" in text
    assert f"@Display @Heading {{ {h126.lout_text(name)} }}" in text


def _mallard(text: str, tel: str, name: str, code: str) -> None:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{MAL}page" and root.get("type") == "topic"
    assert root.get("id") == f"chas-{code.lower()}"
    assert root.find(f"{MAL}info/{MAL}link").get("type") == "guide"
    assert re.fullmatch(r"2024-\d\d-\d\d", root.find(f"{MAL}info/{MAL}revision").get("date"))
    assert root.findtext(f"{MAL}title") == name
    terms = {
        item.findtext(f"{MAL}title"): "".join(item.find(f"{MAL}p").itertext())
        for item in root.findall(f"{MAL}terms/{MAL}item")
    }
    assert terms["Telephone"] == tel and terms["HCI code"] == code
    assert tel in "".join(root.find(f"{MAL}note").itertext())


def test_the_documents_keep_their_format(records):
    """Mallard pages parse as XML (ElementTree); POD, ConTeXt and Lout, which the standard
    library cannot parse, keep their structure; the row's number where each format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h126.phone(row), h126._f(row, "HCI_NAME")
        if r["layout"] == "pod_module":
            _pod(text, tel, name)
        elif r["layout"] == "context_notice":
            _context(text, tel, name)
        elif r["layout"] == "lout_sheet":
            _lout(text, tel, name)
        else:
            _mallard(text, tel, name, h126._f(row, "HCI_CODE"))


def test_provenance():
    sources = h126.data()["sources"]
    assert set(sources) == {"SG"}
    sg = sources["SG"]
    assert sg["repository"] == "bobintornado/geo-assignment-one"
    assert sg["commit"] == "ff9425d300bb7a00622075436615c8c95803b747"
    assert sg["paths"] == ["client/js/data/MOH_CHAS_CLINICS.js"]
    assert "not confirmed" in sg["licence"] and sg["publisher"]
    rows = h126.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"SG": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert len({r["path"] for r in rows}) == 600


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h126, "held_out_126", tmp_path)
