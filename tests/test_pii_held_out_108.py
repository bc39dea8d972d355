"""held_out_108 of the PII evaluation set (scripts/pii_held_out_108.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's health zone and health area are in the
text and unlabelled), each layout is a well-formed file of its kind, and the part is rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_108 as h108  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the centre's health zone and health area, in every layout
IDENTIFIERS = ("zone_de_sante", "aire_de_sante")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h108.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h108.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h108.data()["rows"]) == 95
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h108.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "vcf_header": 24, "h5dump_attributes": 24, "ifc_step": 24, "sam_header": 23,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``(+243) 851 109 360 / 818 288 808`` holds two) is
    labelled wherever the field stands if a person could hold it, a distractor if not, and
    nothing else is."""
    total = 0
    for r in records:
        row, text = _row(r), r["text"]
        value = h108.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CD") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
        total += len(labelled)
    assert total == 226


def test_phones_keep_their_kind(records):
    kinds = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"
            kinds[kind] += 1
    assert kinds == {"international:phone": 190, "national:phone": 36}


def test_the_zone_and_area_are_in_the_text_and_unlabelled(records):
    """The health zone (``Bandalungwa``) and health area stand in every record's text (in the
    IFC file as ISO 10303-21 writes them), outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h108._f(_row(r), column)
            if not value:  # one centre's health area is blank on the page
                continue
            if r["layout"] == "ifc_step":
                value = h108._step(value)[1:-1]
            found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", r["text"])]
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


# -- the layouts, read back as their formats define them ------------------------------------------


def _vcf_structured(body: str) -> dict[str, str]:
    """The ``key=value`` pairs of a VCF structured meta line's ``<...>``, quoted values
    unescaped."""
    out, at = {}, 0
    pattern = re.compile(r'([A-Za-z]+)=("(?:[^"\\]|\\.)*"|[^,]*)(?:,|$)')
    while at < len(body):
        m = pattern.match(body, at)
        assert m, body[at:]
        value = m.group(2)
        if value.startswith('"'):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        out[m.group(1)] = value
        at = m.end()
    return out


def _vcf(text: str, row: dict) -> None:
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "##fileformat=VCFv4.2"
    meta = [x for x in lines if x.startswith("##")]
    header = lines[len(meta)]
    calls = lines[len(meta) + 1 :]
    assert header.split("\t")[:9] == [
        *("#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT")
    ]
    assert len(header.split("\t")) == 10 and 1 <= len(calls) <= 3
    site = next(x for x in meta if x.startswith("##referringSite=<"))
    fields = _vcf_structured(site.removeprefix("##referringSite=<").removesuffix(">"))
    assert fields["Phone"] == h108.phone(row)
    assert fields["Address"] == h108._f(row, "adresse")
    assert fields["HealthZone"] == h108._f(row, "zone_de_sante")
    comment = next(x for x in meta if x.startswith("##comment="))
    assert comment.endswith(f'tél. {h108.phone(row)}"')
    positions = []
    for call in calls:
        chrom, pos, _, ref, alt, qual, flt, info, fmt, sample = call.split("\t")
        assert chrom == h108.GENOME[0] and 0 < int(pos) <= h108.GENOME[1] and flt == "PASS"
        assert re.fullmatch(r"[ACGT]", ref) and re.fullmatch(r"[ACGT]", alt) and float(qual)
        depth = int(dict(x.split("=") for x in info.split(";"))["DP"])
        assert fmt == "GT:AD" and sum(map(int, sample.split(":")[1].split(","))) == depth
        positions.append(int(pos))
    assert positions == sorted(positions)


def _h5dump(text: str, row: dict) -> None:
    """Braces balance; each string attribute's ``STRSIZE`` is its value's UTF-8 length; the
    attributes come in name order; ``centre_telephone`` is the field."""
    assert text.startswith('HDF5 "') and text.count("{") == text.count("}")
    attributes = re.findall(
        r'ATTRIBUTE "(\w+)" \{\n\s+DATATYPE  (H5T_STRING \{\n\s+STRSIZE (\d+);.*?|\S+\n).*?'
        r'\(0\): ("(?:[^"\\]|\\.)*"|-?\d+)\n',
        text,
        re.S,
    )
    names = [a[0] for a in attributes]
    assert names == sorted(names) and len(names) == 9
    values = {}
    for name, kind, size, shown in attributes:
        if kind.startswith("H5T_STRING"):
            value = re.sub(r"\\(.)", r"\1", shown[1:-1])
            assert int(size) == len(value.encode("utf-8")), name
            values[name] = value
        else:
            assert kind.strip() == "H5T_STD_I32LE" and int(shown) > 0
    assert values["centre_telephone"] == h108.phone(row)
    assert values["centre_adresse"] == h108._f(row, "adresse")
    assert values["rappel_resultats"].endswith(h108.phone(row))


def _step_params(text: str) -> list:
    """The parameters of one ISO 10303-21 entity instance, parsed: strings decoded (``''``,
    ``\\\\``, ``\\X2\\...\\X0\\``), lists as lists, references as ``#n``, typed values as
    (type, value), the rest as written."""

    def value(at: int) -> tuple[object, int]:
        c = text[at]
        if c == "'":
            m = re.compile(r"'((?:[^']|'')*)'").match(text, at)
            raw = m.group(1).replace("''", "'")
            raw = re.sub(
                r"\\X2\\([0-9A-F]+)\\X0\\",
                lambda x: bytes.fromhex(x.group(1)).decode("utf-16-be"),
                raw,
            )
            assert "\\X" not in raw and all(ord(ch) < 0x10000 for ch in raw)
            return raw.replace("\\\\", "\\"), m.end()
        if c == "(":
            items, at = [], at + 1
            while text[at] != ")":
                item, at = value(at)
                items.append(item)
                at += text[at] == ","
            return items, at + 1
        m = re.compile(r"([A-Z0-9]+)\(").match(text, at)
        if m:
            inner, end = value(m.end() - 1)
            return (m.group(1), inner[0]), end
        m = re.compile(r"\$|\*|\.[A-Z_]+\.|#\d+|-?\d+(?:\.\d*)?").match(text, at)
        assert m, text[at:]
        return m.group(), m.end()

    params, end = value(0)
    assert end == len(text)
    return params


def _ifc(text: str, row: dict) -> None:
    lines = text.rstrip("\n").split("\n")
    assert lines[:2] == ["ISO-10303-21;", "HEADER;"] and lines[-2:] == [
        "ENDSEC;",
        "END-ISO-10303-21;",
    ]
    assert "FILE_SCHEMA(('IFC4'));" in lines and text.isascii()
    data = lines[lines.index("DATA;") + 1 : -2]
    entities = {}
    for n, line in enumerate(data, 1):
        m = re.fullmatch(r"#(\d+)=([A-Z0-9]+)(\(.*\));", line)
        assert m and int(m.group(1)) == n, line
        entities[n] = (m.group(2), _step_params(m.group(3)))
    for _, params in entities.values():
        for ref in re.findall(r"'#(\d+)'", repr(params)):
            assert int(ref) in entities
    arity = {"IFCTELECOMADDRESS": 9, "IFCPOSTALADDRESS": 10, "IFCORGANIZATION": 5,
             "IFCSITE": 14, "IFCPROPERTYSINGLEVALUE": 4, "IFCPROPERTYSET": 5,
             "IFCRELDEFINESBYPROPERTIES": 6}  # fmt: skip
    assert all(len(params) == arity[kind] for kind, params in entities.values())
    assert entities[1] == ("IFCTELECOMADDRESS", [".OFFICE.", "$", "$", [h108.phone(row)], *"$" * 5])
    assert entities[2][1][4] == [h108._f(row, "adresse")]
    assert entities[2][1][7] == h108._f(row, "zone_de_sante")
    assert entities[3][1][1] == h108._f(row, "nom")
    assert entities[5][1][:3] == ["Telephone", "$", ("IFCLABEL", h108.phone(row))]
    assert re.fullmatch(r"[0-3][0-9A-Za-z_$]{21}", entities[4][1][0])


def _sam(text: str, row: dict) -> None:
    lines = text.rstrip("\n").split("\n")
    assert [x[:3] for x in lines] == ["@HD", "@SQ", "@RG", "@PG", "@PG", "@CO", "@CO"]
    tags = {}
    for line in lines[:5]:
        fields = line.split("\t")
        pairs = [f.split(":", 1) for f in fields[1:]]
        assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9]", k) for k, _ in pairs), line
        tags.setdefault(fields[0], dict(pairs))
    assert tags["@SQ"] == {"SN": h108.GENOME[0], "LN": str(h108.GENOME[1]), "AS": "H37Rv"}
    assert tags["@RG"]["DS"].endswith(f"tél. {h108.phone(row)}")
    assert h108._f(row, "adresse") in tags["@RG"]["DS"]
    assert lines[-1] == f"@CO\tContact du CSDT : {h108.phone(row)}"


def test_the_documents_are_well_formed(records):
    """The VCF's meta lines parse and its ``##referringSite`` gives the field as ``Phone``;
    the h5dump listing's string sizes are its values' byte lengths; the IFC file's entities
    parse as ISO 10303-21 with each type's number of attributes and the field in the telecom
    address and property set; the SAM header's tags are well formed and carry the field."""
    check = {"vcf_header": _vcf, "h5dump_attributes": _h5dump, "ifc_step": _ifc, "sam_header": _sam}
    for r in records:
        check[r["layout"]](r["text"], _row(r))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h108.data()["sources"]
    assert set(sources) == {"CD"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h108.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CD": 95}
    assert all(sum(c.isdigit() for c in r["fields"]["telephone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(set(r["fields"]) == {"zone_de_sante", "nom", "aire_de_sante", "adresse",
                                    "telephone"} for r in rows)  # fmt: skip


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h108.write(rebuilt)
    assert rebuilt.read_bytes() == h108.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_108"
