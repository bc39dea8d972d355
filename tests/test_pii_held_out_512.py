"""held_out_512 of the PII evaluation set (scripts/pii_held_out_512.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone number,
unchanged, each copy labelled; the pharmacy's name and postcode are in the text and
unlabelled; each document parses in its format) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fr_mesoigner_pharmacies_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_512 as h512  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the number a record of each layout writes
COPIES = {
    "finess_extraction": 1,
    "geodae_export": 2,
    "systempay_form": 2,
    "vitemadose_departement": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h512.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h512.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h512.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h512.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:FR"
        assert r["language"] in ("fr", "en")
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h512.LAYOUTS}


def test_every_copy_of_the_number_is_labelled_unchanged(records):
    """The number is labelled wherever it stands, whole, under its column; nothing else is
    labelled (the list has no e-mail address) and no distractor is."""
    for r in records:
        tel, text = h512.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "international:phone_number"): COPIES[r["layout"]]}
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h512.international)
    assert kinds == {"international:phone_number": 450}


def test_the_data_keeps_the_published_shape():
    """Every kept number is ``+33`` and nine digits, a number a person could hold, no two
    alike; the address ends in a postcode and town; the fields are the entry's values."""
    rows = h512.data()["rows"]
    tels = [h512.phone(row) for row in rows]
    assert all(re.fullmatch(r"\+33[1-9]\d{8}", tel) for tel in tels)
    assert all(personal_phone(tel, "FR") for tel in tels)
    assert len(set(tels)) == 300
    assert all(row["fields"]["center_type"] == "pharmacie" for row in rows)
    assert all(re.fullmatch(r"\d{5}", h512.postcode(row)) for row in rows)
    assert all(row["fields"]["com_insee"][:2] in h512.DEPARTEMENTS for row in rows)
    assert all(isinstance(row["fields"]["business_hours"], dict) for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text, a JSON string, or as it is)."""
    if layout == "systempay_form":
        return html.escape(value)
    if layout == "vitemadose_departement":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        for value in (row["fields"]["nom"], h512.postcode(row)):
            pattern = re.escape(_encoded(r["layout"], value))
            found = [m.start() for m in re.finditer(pattern, r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Inputs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self.action = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.action = a["action"]
        if tag == "input" and a.get("type") == "hidden":
            self.fields[a["name"]] = a["value"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's values where the format puts them, the
    invented identifiers' keys right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h512.phone(row), row["fields"]["nom"]
        if r["layout"] == "finess_extraction":
            head, et, geo = text.splitlines()
            assert re.fullmatch(r"finess;etalab;\d+;\d{4}-\d\d-\d\d", head)
            f = et.split(";")
            assert len(f) == 32 and f[0] == "structureet" and f[4] == name
            assert f[16] == tel and f[18] == "620" and f[23] == "4773Z"
            assert f[13] + f[12] == row["fields"]["com_insee"]
            assert f[15].startswith(h512.postcode(row) + " ")
            assert h512.luhn_ok(f[1]) and h512.luhn_ok(f[2]) and h512.luhn_ok(f[22])
            g = geo.split(";")
            assert g[0] == "geolocalisation" and g[1] == f[1]
            x, y = float(g[2]), float(g[3])
            assert 90_000 < x < 1_250_000 and 6_000_000 < y < 7_200_000
        elif r["layout"] == "geodae_export":
            (doc,) = list(csv.DictReader(io.StringIO(text)))
            assert tuple(doc) == h512.GEODAE_COLUMNS
            assert doc["tel1"] == doc["expt_tel1"] == tel
            assert doc["nom"] == doc["expt_rais"] == name
            assert doc["com_insee"] == row["fields"]["com_insee"]
            assert doc["com_cp"] == h512.postcode(row)
            assert h512.luhn_ok(doc["expt_siren"]) and len(doc["expt_siren"]) == 9
        elif r["layout"] == "systempay_form":
            form = _Inputs()
            form.feed(text)
            fields = form.fields
            assert form.action == "https://paiement.systempay.fr/vads-payment/"
            assert fields["vads_cust_phone"] == fields["vads_ship_to_phone_num"] == tel
            assert fields["vads_cust_legal_name"] == name
            assert fields["vads_cust_zip"] == h512.postcode(row)
            assert fields["vads_version"] == "V2" and fields["vads_currency"] == "978"
            assert re.fullmatch(r"\d{14}", fields["vads_trans_date"])
            assert re.fullmatch(r"[A-Za-z0-9+/]{43}=", fields["signature"])
        else:
            doc = json.loads(text)
            assert doc["version"] == 1 and not doc["centres_indisponibles"]
            (centre,) = doc["centres_disponibles"]
            assert centre["metadata"]["phone_number"] == tel
            assert centre["metadata"]["address"] == row["fields"]["address"]
            assert centre["nom"] == name and centre["plateforme"] == "Mesoigner"
            assert centre["departement"] == row["fields"]["com_insee"][:2]
            assert centre["gid"] == row["fields"]["gid"]


def test_the_signature_is_systempays():
    """The signature is the HMAC-SHA-256 of the ``vads_`` values in name order, ``+``-joined,
    with the key last (a check of the helper on a known message)."""
    fields = {"vads_b": "2", "vads_a": "1", "signature": ""}
    import base64
    import hashlib
    import hmac

    expected = base64.b64encode(hmac.new(b"k", b"1+2+k", hashlib.sha256).digest()).decode()
    assert h512.signature(fields, "k") == expected


def test_the_lambert93_projection_is_ign():
    """The projection's origin (46.5° N, 3° E) lies at IGN's false easting and northing."""
    x, y = h512.lambert93(46.5, 3.0)
    assert round(x) == 700_000 and round(y) == 6_600_000


def test_provenance():
    sources = h512.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "CovidTrackerFr/vitemadose"
    assert fr["commit"] == "4af477813e3b69f5b787641003011cc1f83fc650"
    assert fr["paths"] == ["data/output/mesoigner_centers.json"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h512.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 300}


def test_the_extractor_keeps_its_rules(tmp_path):
    """On a small repository: an entry without a number, one whose number an earlier French
    part holds (written there as a national number, the trunk 0 for +33) and a second entry
    with a number already kept are left out; the kept entries are unchanged."""
    git = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(git)], check=True)
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "33")
    national = min(d for d in earlier if re.fullmatch(r"0[1-5]\d{8}", d))
    known = "+33" + national[1:]
    entries = [
        {"nom": "Pharmacie A", "phone_number": "+33561000001", "gid": "1"},
        {"nom": "Pharmacie B", "phone_number": "", "gid": "2"},
        {"nom": "Pharmacie C", "phone_number": known, "gid": "3"},
        {"nom": "Pharmacie D", "phone_number": "+33561000001", "gid": "4"},
        {"nom": "Pharmacie E", "phone_number": "+33 5 61 00 00 02", "gid": "5"},
    ]
    path = git / extractor.PATH
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(entries), encoding="utf-8")
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin"}  # fmt: skip
    subprocess.run(["git", "-C", str(git), "add", "."], check=True, env=env)
    subprocess.run(["git", "-C", str(git), "commit", "-qm", "x"], check=True, env=env)
    sha = subprocess.run(
        ["git", "-C", str(git), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    meta = extractor.SOURCES["FR"]
    old = meta["commit"]
    meta["commit"] = sha
    try:
        out = extractor.extract({"FR": git / ".git"})
    finally:
        meta["commit"] = old
    assert [row["fields"]["gid"] for row in out["rows"]] == ["1", "5"]
    assert out["rows"][1]["fields"] == entries[4]
    assert out["rows"][0]["path"] == f"{extractor.PATH}#0"


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h512, "held_out_512", tmp_path)
