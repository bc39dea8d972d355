"""held_out_252 of the PII evaluation set (scripts/pii_held_out_252.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; every copy of the row's office e-mail address labelled;
the name and commune are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

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

import fr_francearchives_services_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_252 as h252  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

IDENTIFIERS = ("Nom_du_service", "Ville")
EAG = "{http://www.archivesportaleurope.net/Portal/profiles/eag_2012/}"
# how many copies of the phone field and of the e-mail address each layout writes
PHONE_COPIES = {"eag_2012": 1, "umap_export": 2, "mobilizon_event": 2, "omeka_item": 2}
EMAIL_COPIES = {"eag_2012": 2, "umap_export": 2, "mobilizon_event": 1, "omeka_item": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h252.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h252.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h252.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h252.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:FR"
    assert Counter(r["layout"] for r in records) == {
        "eag_2012": 100, "umap_export": 100, "mobilizon_event": 100, "omeka_item": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, under its column; each copy of the office address is labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, mail = h252.phone(row), h252.email(row)
        copies = text.count(value)
        assert copies == PHONE_COPIES[r["layout"]], r["id"]
        expected = Counter()
        for s, e in numbers(value):
            number = value[s:e]
            assert personal_phone(number, "FR"), r["id"]
            expected[(number, "PHONE_NUMBER")] += copies
        if mail:
            assert text.count(mail) == EMAIL_COPIES[r["layout"]], r["id"]
            expected[(mail, "EMAIL_ADDRESS")] += text.count(mail)
        labelled = Counter((text[s:e], t) for s, e, t, _ in r["spans"])
        assert labelled == expected, r["id"]
        assert all(k == f"{k.split(':')[0]}:Telephone" for *_, t, k in r["spans"]
                   if t == "PHONE_NUMBER")  # fmt: skip
        assert not r["distractors"] and not r["unscored"]


def test_labels_and_shortened_numbers():
    """Labelling choices on the published shapes: two full numbers are two labels, a second
    number shortened to its last digits and an extension are text, a calling code stays in
    the label."""

    def spans(value: str) -> list[str]:
        return [value[s:e] for s, e in numbers(value)]

    assert spans("01.49.69.69.80 ou 30") == ["01.49.69.69.80"]
    assert spans("01.49.35.37.02 / 37.33") == ["01.49.35.37.02"]
    assert spans("02.54.94.41.00, poste 4373") == ["02.54.94.41.00"]
    assert spans("03.89.58.83.45 (standard) 03.89.58.35.91 (ligne directe)") == [
        "03.89.58.83.45", "03.89.58.35.91",
    ]  # fmt: skip
    assert spans("33.(0).298.016.331") == ["33.(0).298.016.331"]
    assert h252.international("00.687.23.26.50") and not h252.international("0262.49.96.00")


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h252.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:Telephone": 701, "international:Telephone": 3, "register": 388,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """400 of the 1,151 kept services (of 1,155 with a number); 261 with an office address;
    30 phone fields not in the common shape of five dotted pairs; every address an office's."""
    rows = h252.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 400}
    for row in rows:
        digits = [c for c in row["fields"]["Telephone"] if c.isdigit()]
        assert len(digits) >= 6
        mail = row["fields"]["Courriel"]
        assert not mail or extractor.office_address(mail)
    assert sum(bool(h252.email(row)) for row in rows) == 261
    dotted = re.compile(r"\d\d\.\d\d\.\d\d\.\d\d\.\d\d")
    assert sum(not dotted.fullmatch(row["fields"]["Telephone"]) for row in rows) == 30
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_office_addresses():
    assert extractor.office_address("archives@ville-troyes.fr")
    assert extractor.office_address("service.archives@agglo.fr")
    assert not extractor.office_address("david.rabiller@lessablesdolonne.fr")
    assert not extractor.office_address("p.vidonne@bourgsaintmaurice.fr")
    assert not extractor.office_address("t.roquincourt.archiviste@cdg77.fr")
    assert not extractor.office_address("documentation@ville-bron.fr (indiquer à l'attention")


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "eag_2012":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h252._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            # (a commune may stand inside an e-mail address too: one copy stands outside)
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, mail = h252.phone(row), h252._f(row, "Nom_du_service"), h252.email(row)
        if r["layout"] == "eag_2012":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{EAG}eag"
            assert root.findtext(f"{EAG}archguide/{EAG}identity/{EAG}autform") == name
            repo = root.find(f"{EAG}archguide/{EAG}desc/{EAG}repositories/{EAG}repository")
            assert repo.findtext(f"{EAG}telephone") == tel
            if mail:
                assert repo.find(f"{EAG}email").get("href") == f"mailto:{mail}"
        elif r["layout"] == "umap_export":
            doc = json.loads(text)
            assert doc["type"] == "umap"
            feature = doc["layers"][0]["features"][0]
            assert feature["properties"]["telephone"] == tel
            assert f"\nTél. : {tel}\n" in feature["properties"]["description"]
            assert feature["geometry"]["type"] == "Point"
        elif r["layout"] == "mobilizon_event":
            doc = json.loads(text)
            assert doc["operationName"] == "createEvent"
            assert doc["query"].startswith("mutation createEvent(")
            variables = doc["variables"]
            assert variables["phoneAddress"] == tel
            assert f"par téléphone au {escape(tel)}" in variables["description"]
            assert variables["physicalAddress"]["description"] == name
        else:
            doc = json.loads(text)
            assert doc["@type"] == ["o:Item", "foaf:Organization"]
            assert doc["foaf:phone"][0]["@value"] == tel
            assert f"Tél. {tel}." in doc["dcterms:description"][0]["@value"]
            if mail:
                assert doc["foaf:mbox"][0]["@id"] == f"mailto:{mail}"


def test_provenance():
    sources = h252.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "chloepochon/Carte_FranceArchives"
    assert fr["commit"] == "f5dab4e8e08f3aad3f2094fe9a0819bba6ceff2e"
    assert fr["paths"] == ["data_annuaire_prepared.csv"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h252, "held_out_252", tmp_path)


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched mirror (skipped
    where the mirror is not on this machine)."""
    git = Path("/work/.mirror/chloepochon+Carte_FranceArchives/repo")
    if not git.is_dir():
        pytest.skip("the source repository's mirror is not here")
    data = extractor.extract({"FR": git})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")
