"""held_out_256 of the PII evaluation set (scripts/pii_held_out_256.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_256 as h256  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("Nama", "Alamat")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h256.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h256.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_each_layout(records):
    assert len(records) == 4 * len(h256.data()["rows"]) == 264
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h256.layout_of(_row(r), n) == h256.LAYOUTS[n % 4]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 66 for layout in h256.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h256.phone(row)
        copies = text.count(value)
        assert copies == h256.COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in h256.numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "ID") else short)[(number, h256.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":", 1)[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h256.international)
    assert kinds == {"national:Nomor Telepon": 603}


def test_the_short_second_numbers_are_distractors(records):
    got = Counter(r["text"][s:e] for r in records for s, e, *_ in r["distractors"])
    assert got == {"884444": 9, "838456": 9, "533396": 9, "811234": 9}


def test_the_data_keeps_the_published_shape():
    """66 rows, 32 police headquarters and 34 fire services; every phone field holds a number of
    six digits or more; five fields hold two numbers joined by a slash; the odd fields are kept
    as published."""
    rows = h256.data()["rows"]
    assert Counter(h256.police(row) for row in rows) == {True: 32, False: 34}
    for row in rows:
        digits = [c for c in row["fields"]["Nomor Telepon"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert row["fields"]["Nomor Telepon"] == h256.phone(row)
    fields = [h256.phone(row) for row in rows]
    assert sum("/" in f for f in fields) == 5
    assert {"0967?-531014/533396", "0542- 878207", "651-44123", "0812-7461-9599"} <= set(fields)
    assert not any(f.startswith("+") for f in fields)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or the raw form field)."""
    if layout == "fonnte_send":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text (the address in all layouts but the
    OneSignal bodies), outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if column == "Alamat" and r["layout"] == "onesignal_push":
                continue
            value = _encoded(r["layout"], h256._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _multipart(text: str) -> dict[str, str]:
    """The form fields of a multipart/form-data HTTP request."""
    head, body = text.split("\r\n\r\n", 1)
    boundary = re.search(r"boundary=(\S+)\r\n", head + "\r\n").group(1)
    assert int(re.search(r"Content-Length: (\d+)", head).group(1)) == len(body.encode("utf-8"))
    parts = body.split(f"--{boundary}")
    assert parts[0] == "" and parts[-1] == "--\r\n"
    fields = {}
    for part in parts[1:-1]:
        disposition, value = part[2:].split("\r\n\r\n", 1)
        name = re.fullmatch(r'Content-Disposition: form-data; name="(\w+)"', disposition).group(1)
        fields[name] = value.removesuffix("\r\n")
    return fields


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the multipart request
    by its boundary), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h256.phone(row), h256._f(row, "Nama")
        if r["layout"] == "fonnte_send":
            assert text.startswith("POST /send HTTP/1.1\r\nHost: api.fonnte.com\r\n")
            fields = _multipart(text)
            assert list(fields) == ["target", "message", "countryCode", "delay"]
            assert re.fullmatch(r"120363\d{12}@g\.us", fields["target"])
            assert f"\nTelepon: {tel}\n" in fields["message"]
            assert fields["message"].splitlines()[1].startswith(name)
            assert fields["countryCode"] == "62"
        elif r["layout"] == "remote_config":
            doc = json.loads(text)
            (group,) = doc["parameterGroups"].values()
            key = h256.slug(row)
            params = group["parameters"]
            assert params[f"{key}_telepon"]["defaultValue"]["value"] == tel
            assert params[f"{key}_nama"]["defaultValue"]["value"] == name
            card = json.loads(params[f"{key}_kartu"]["defaultValue"]["value"])
            assert card["telepon"] == tel and card["nama"] == name
            assert params[f"{key}_kartu"]["valueType"] == "JSON"
            assert set(doc["conditions"][0]) == {"name", "expression", "tagColor"}
            assert doc["version"]["updateOrigin"] == "REST_API"
        elif r["layout"] == "rocketchat_message":
            doc = json.loads(text)
            (attachment,) = doc["attachments"]
            fields = {f["title"]: f["value"] for f in attachment["fields"]}
            assert fields["Telepon"] == tel and attachment["title"] == name
            assert doc["text"].endswith(f" di {tel}.")
            assert re.fullmatch(r"[0-9A-Za-z]{17}", doc["roomId"])
            assert ("title_link" in attachment) == h256.police(row)
        else:
            doc = json.loads(text)
            assert set(doc["contents"]) == set(doc["headings"]) == {"en", "id"}
            assert doc["data"]["telepon"] == tel and doc["data"]["nama"] == name
            assert all(tel in doc["contents"][lang] for lang in ("en", "id"))


def test_provenance():
    sources = h256.data()["sources"]
    assert set(sources) == {"ID"}
    meta = sources["ID"]
    assert meta["repository"] == "clumsyyyy/Milestone02_K01"
    assert meta["commit"] == "093c27a7e781bba5f021fb33fbdf7d4f303f6717"
    assert meta["paths"] == ["src/data/dataPolisi.js", "src/data/dataDamkar.js"]
    assert "not confirmed" in meta["licence"] and meta["publisher"]
    rows = h256.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ID": 66}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h256, "held_out_256", tmp_path)
