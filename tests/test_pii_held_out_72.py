"""held_out_72 of the PII evaluation set (scripts/pii_held_out_72.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; every copy of the row's e-mail address labelled;
the row's address and district are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import ast
import configparser
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_72 as h72  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# copies of the phone field and of the e-mail address in each layout
COPIES = {
    "airflow_dag": (2, 1),
    "gitlab_ci": (1, 1),
    "grafana_dashboard": (2, 2),
    "supervisord_program": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h72.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h72.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h72.data()["rows"]) == 176
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h72.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 44 for layout in h72.LAYOUTS}


def test_every_copy_of_the_phone_field_and_email_is_labelled_unchanged(records):
    """Each number of the phone field (``01-4529837/4529838`` holds two) is labelled wherever
    the field stands if a person could hold it, a distractor if not; each copy of the e-mail
    address is labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, address = h72.phone(row), h72.email(row)
        phones, emails = COPIES[r["layout"]]
        assert text.count(value) == phones and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "NP") else short)[number] += phones
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert address and mails == [address] * emails == [address] * text.count(address)
        assert not r["unscored"]


def test_the_totals_of_the_part(records):
    spans = [s for r in records for s in r["spans"]]
    assert Counter(t for _, _, t, _ in spans) == {"PHONE_NUMBER": 310, "EMAIL_ADDRESS": 220}
    assert not any(r["distractors"] for r in records)


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                assert not r["text"][s:e].startswith("+")
                assert kind == "national:phone"
            else:
                assert kind == "register"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The address with its ward number (``Gajuri Rural Municipality-6, Adamghat``), the
    district where the entry gives one, and the branch's name stand in every record's text,
    outside the labels, whole."""
    for r in records:
        row = _row(r)
        values = [h72.name(row), h72.address(row)] + ([h72.district(row)] * bool(h72.district(row)))
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _supervisor_environment(value: str) -> dict[str, str]:
    """Supervisor's ``environment=`` list: ``KEY="value"`` pairs split at commas outside
    quotes."""
    pairs = re.findall(r'([A-Z_]+)="((?:[^"%]|%%)*)"(?:,|$)', value)
    assert ",".join(f'{k}="{v}"' for k, v in pairs) == value
    return {k: v.replace("%%", "%") for k, v in pairs}


def test_the_documents_are_well_formed(records):
    """The DAG is Python whose ``BRANCH`` dict and SMS task give the field; the CI file is
    YAML whose ``variables`` give the field and the address; the dashboard is JSON whose text
    panel's Markdown gives them in Nepali; the Supervisor file is INI with one
    ``[program:...]`` section whose ``environment=`` gives them."""
    for r in records:
        row, text = _row(r), r["text"]
        value, address = h72.phone(row), h72.email(row)
        if r["layout"] == "airflow_dag":
            module = ast.parse(text)
            literals = {
                ast.unparse(node.targets[0]): ast.literal_eval(node.value)
                for node in module.body
                if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "BRANCH"
            }
            assert literals["BRANCH"]["phone"] == value
            assert literals["BRANCH"]["name"] == h72.name(row)
            calls = [n for n in ast.walk(module) if isinstance(n, ast.Call)]
            kwargs = [
                ast.literal_eval(k.value) for c in calls for k in c.keywords if k.arg == "op_kwargs"
            ]
            assert kwargs == [{"to": value, "text": "Reconciliation done"}]
            assert ast.get_docstring(module).startswith("Nightly CBS reconciliation for ")
        elif r["layout"] == "gitlab_ci":
            ci = yaml.safe_load(text)
            assert ci["variables"]["BRANCH_PHONE"] == value
            assert ci["variables"]["BRANCH_EMAIL"] == address
            assert ci["variables"]["BRANCH_ADDRESS"] == h72.address(row)
            assert ci["stages"] == ["build", "deploy"]
            assert [job for job in ci if job.startswith("deploy:")]
        elif r["layout"] == "grafana_dashboard":
            board = json.loads(text)
            content = board["panels"][0]["options"]["content"]
            assert f"**फोन:** {value}" in content.splitlines()
            assert f"**इमेल:** [{address}](mailto:{address})" in content.splitlines()
            assert board["description"].endswith(f"फोन {value}")
            assert board["timezone"] == "Asia/Kathmandu"
        else:
            parser = configparser.ConfigParser(interpolation=None, comment_prefixes=(";",))
            parser.read_string(text)
            (section,) = parser.sections()
            assert section == f"program:atm-monitor-{h72._slug(row)}"
            env = _supervisor_environment(parser[section]["environment"])
            assert env["BRANCH_PHONE"] == value
            assert env["BRANCH_EMAIL"] == address
            assert env["BRANCH_NAME"] == h72.name(row)
            assert f"फोन: {value}" in text.splitlines()[1]


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h72.data()["sources"]
    assert set(sources) == {"NP"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h72.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NP": 176}
    assert all(sum(c.isdigit() for c in h72.phone(r)) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(h72.email(r).endswith("@muktinathbank.com.np") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h72.write(rebuilt)
    assert rebuilt.read_bytes() == h72.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_72"
