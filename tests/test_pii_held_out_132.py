"""held_out_132 of the PII evaluation set (scripts/pii_held_out_132.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; the municipality's code and names are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import ast
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_132 as h132  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the municipality's identifiers, in every layout
IDENTIFIERS = ("geo_code", "name", "long_name")
# the table's columns (a NULL one left out of a row)
COLUMNS = {
    "id", "geo_level", "geo_code", "name", "long_name", "square_kms", "parent_level",
    "parent_code", "province_name", "province_code", "category", "postal_address_1",
    "postal_address_2", "postal_address_3", "street_address_1", "street_address_2",
    "street_address_4", "phone_number", "fax_number", "url", "street_address_3",
    "miif_category", "population",
}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h132.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h132.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h132.data()["rows"]) == 290
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h132.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "quarto_qmd": 73, "pluto_notebook": 73, "marimo_app": 72, "livebook_livemd": 72,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands if a
    person could hold it (a distractor if not), under its column (a fax that repeats the
    phone under the phone's); nothing else is. Each field stands twice or more."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h132.phone(row), h132.fax(row)
        expected, short = Counter(), Counter()
        fields = [(tel, h132.PHONE)] + ([(fax, h132.FAX)] if fax and fax != tel else [])
        for value, column in fields:
            copies = text.count(value)
            assert copies >= 2, (r["id"], column)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "ZA") else short)[(number, column)] += copies
        labelled = [(text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"]]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])
    spans = Counter(kind for r in records for *_, kind in r["spans"])
    assert spans == {"national:phone_number": 1025, "national:fax_number": 707}
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept phone is the area code, exchange and line with blanks (a few with more lines
    after a slash, one joined by a hyphen); faxes the same, three missing, four the phone
    again; no column but the table's; 11 phones shared by two rows (a municipality merged in
    2016 and its successor)."""
    rows = h132.data()["rows"]
    shape = r"0\d{2}(?: \d{3} \d{4}|-\d{7})(?: ?/ ?\d{1,4})*"
    assert all(re.fullmatch(shape, h132.phone(row)) for row in rows)
    assert sum(not re.fullmatch(r"0\d{2} \d{3} \d{4}", h132.phone(row)) for row in rows) == 10
    assert all(re.fullmatch(shape, h132.fax(row)) for row in rows if h132.fax(row))
    assert sum(not h132.fax(row) for row in rows) == 3
    assert sum(h132.fax(row) == h132.phone(row) for row in rows) == 4
    assert all(set(row["fields"]) <= COLUMNS for row in rows)
    assert all(isinstance(v, str) and v != "\\N" for row in rows for v in row["fields"].values())
    assert Counter(row["fields"]["category"] for row in rows) == {"A": 8, "B": 238, "C": 44}
    shared = Counter(h132.phone(row) for row in rows)
    assert sum(c > 1 for c in shared.values()) == 11


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The demarcation code, name and long name stand in every record's text as string
    literals, outside the labels."""
    for r in records:
        row = _row(r)
        for column in IDENTIFIERS:
            literal = json.dumps(h132._f(row, column), ensure_ascii=False)
            found = [m.start() + 1 for m in re.finditer(re.escape(literal), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _dict_literal(tree: ast.AST, name: str) -> dict:
    """The value of the dict literal assigned to ``name`` somewhere in ``tree``."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Dict)
            and [t.id for t in node.targets if isinstance(t, ast.Name)] == [name]
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(name)


def _quarto(text: str, row: dict) -> None:
    """YAML front matter with the numbers as ``params``; a ``{python}`` chunk that parses and
    holds the row's items as a dict literal; a closed callout div."""
    assert text.startswith("---\n")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["format"]["html"]["toc"] is True and front["jupyter"] == "python3"
    assert front["params"]["geo_code"] == h132._f(row, "geo_code")
    assert front["params"]["phone"] == h132.phone(row)
    assert front["params"].get("fax", "") == h132.fax(row)
    chunk = re.search(r"\n```\{python\}\n(.*?)\n```\n", text, re.S)
    assert chunk and chunk.group(1).startswith("#| label: tbl-contacts\n")
    options = yaml.safe_load(
        "\n".join(line[3:] for line in chunk.group(1).splitlines() if line.startswith("#| "))
    )
    assert options["echo"] is False
    tree = ast.parse(chunk.group(1))
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Dict))
    assert ast.literal_eval(call) == dict(h132._items(row))
    assert text.count("::: {.callout-note}\n") == 1 and text.endswith("\n:::\n")


def _pluto(text: str, row: dict) -> None:
    """The Pluto header; three cells, each id in the ``Cell order`` once, the ``md`` cells'
    code hidden; the ``NamedTuple`` cell holds the numbers as strings."""
    head, *cells = text.split("\n# ╔═╡ ")
    assert head.startswith("### A Pluto.jl notebook ###\n# v0.19.")
    assert "using Markdown\nusing InteractiveUtils" in head
    *cells, order = cells
    assert order.startswith("Cell order:\n")
    ids = [cell.split("\n", 1)[0] for cell in cells]
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-11ef-[89ab][0-9a-f]{3}-[0-9a-f]{12}", i)
               for i in ids)  # fmt: skip
    assert order.splitlines()[1:] == [f"# ╟─{ids[0]}", f"# ╠═{ids[1]}", f"# ╟─{ids[2]}"]
    assert cells[0].split("\n", 1)[1].startswith('md"""\n')
    assert cells[2].split("\n", 1)[1].startswith('md"""\n')
    body = cells[1].split("\n", 1)[1]
    assert body.startswith("municipality = (\n") and body.rstrip().endswith(")")
    assert f"\tphone_number = {json.dumps(h132.phone(row))}," in body.splitlines()
    if h132.fax(row):
        assert f"\tfax_number = {json.dumps(h132.fax(row))}," in body.splitlines()


def _marimo(text: str, row: dict) -> None:
    """A Python file that parses: ``marimo.App``, four ``@app.cell`` functions, the row's items
    as the dict literal ``municipality``, the ``app.run()`` guard."""
    tree = ast.parse(text)
    cells = [
        n for n in tree.body
        if isinstance(n, ast.FunctionDef) and ast.unparse(n.decorator_list[0]) == "app.cell"
    ]  # fmt: skip
    assert len(cells) == 4
    assert "app = marimo.App(width='medium')" in ast.unparse(tree)
    assert _dict_literal(tree, "municipality") == dict(h132._items(row))
    assert ast.unparse(tree.body[-1]).startswith("if __name__ == '__main__':")


def _livebook(text: str, row: dict) -> None:
    """Livebook's metadata comments are JSON; the code fences pair up; two ``elixir`` cells;
    the persisted output is the map with its keys in order."""
    metas = [json.loads(m) for m in re.findall(r"<!-- livebook:(\{.*?\}) -->", text)]
    assert metas == [{"persist_outputs": True}, {"output": True}]
    fences = re.findall(r"^```(\w*)$", text, re.M)
    assert len(fences) % 2 == 0 and fences[0::2] == ["elixir", "elixir", ""]
    output = re.search(r'"output":true\} -->\n\n```\n(.*?)\n```\n', text, re.S).group(1)
    keys = [line.split(":")[0].strip() for line in output.splitlines()[1:-1]]
    assert keys == sorted(k for k, _ in h132._items(row))
    assert f"  phone_number: {json.dumps(h132.phone(row))}" in output


PARSERS = {
    "quarto_qmd": _quarto,
    "pluto_notebook": _pluto,
    "marimo_app": _marimo,
    "livebook_livemd": _livebook,
}


def test_the_documents_are_well_formed(records):
    """Each document keeps its format's shape (YAML and Python parsed by their parsers)."""
    for r in records:
        PARSERS[r["layout"]](r["text"], _row(r))


def test_provenance():
    sources = h132.data()["sources"]
    assert set(sources) == {"ZA"}
    za = sources["ZA"]
    assert za["repository"] == "OpenUpSA/municipal-data"
    assert za["commit"] == "d71583ab72204f3fc7cb0d41f523432c444e8765"
    assert za["paths"] == ["sql/create/020_scorecard_geography.sql"]
    assert "not confirmed" in za["licence"] and za["publisher"]
    rows = h132.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ZA": 290}
    assert [r["path"] for r in rows][:2] == [
        "sql/create/020_scorecard_geography.sql#0",
        "sql/create/020_scorecard_geography.sql#1",
    ]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h132, "held_out_132", tmp_path)
