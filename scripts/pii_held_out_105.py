"""held_out_105 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Belize) exactly as published, in layouts no earlier part has, beside the
row's own MOE code, coordinates and district.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO and many more since; here:

* the values are the three phone fields of Belizean primary and secondary schools in the
  Ministry of Education's school directory for 2025 (``scripts/data/pii_bz_schools.json``,
  written by ``scripts/bz_schools_data.py``; source and licence in that file): seven-digit
  national numbers as the directory writes them (``223-1390``, mobiles ``653-0756``, a few run
  together, ``6307700``), ``Telephone`` always, ``Telephone_Alt1`` and ``Telephone_Alt2`` where
  the school gives more (an empty one is left out), each copy of each number labelled (one
  school's address carries its number again, ``Tel – 542-2010``, and is labelled there too);
  the directory's e-mail column is not kept (it often names a principal), so no e-mail address
  is labelled, and it gives no fax numbers;
* the text around them is the same row's real fields: its MOE code (``P61101``), latitude and
  longitude (``16.161555``, ``-89.091994``), district, address and the year it opened, with
  invented document ids, OIDs and DICOM UIDs, accession numbers, screening dates and times,
  pupil counts and vaccine lot numbers, unlabelled and scored;
* in layouts no earlier part has, from clinical and health data standards, labels in English
  (Belize's official language), for the Ministry of Health's school health screening visits: an
  HL7 CDA R2 ``ClinicalDocument`` whose encounter's ``serviceProviderOrganization`` is the school
  (``<telecom use="WP" value="tel:..."/>``) and whose narrative table repeats the numbers, an
  openEHR composition in the EHRbase FLAT format (``.../school_details/telephone:0``), a DICOM
  Basic Text SR as ``dcmdump +L`` prints it (``InstitutionName``, and a ``TEXT`` content item
  ``School telephone`` whose ``TextValue`` is the number), and a fixed-length school
  immunisation batch file in the style of the NCPDP batch standard (header, facility, detail
  and trailer records of 200 characters, the numbers in fixed columns).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_105.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bz_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_105.jsonl.gz"
SPLIT = "held_out_105"

LAYOUTS = ("hl7_cda", "openehr_flat", "dicom_sr_dcmdump", "fixed_length_batch")
PHONES = ("Telephone", "Telephone_Alt1", "Telephone_Alt2")
OID = "2.16.840.1.113883.19.5"  # HL7's example root, as CDA samples use it
UID = "1.2.826.0.1.3680043.8.498"  # a root that DICOM samples use for generated UIDs
WIDTH = 200
REGISTERED = {"=BasicTextSRStorage": 30, "=LittleEndianExplicit": 20}  # the UIDs' padded lengths
VACCINES = ("HPV", "Td", "MMR", "DPT", "OPV", "HepB")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's phone fields as published, (column, value), an empty one left out."""
    return [(col, _f(row, col)) for col in PHONES if _f(row, col)]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The school's name as a template or file name: lower-case ASCII words joined by ``_``."""
    words = re.findall(r"[a-z]+", _f(row, "MOE_Name").lower())
    return "_".join(words[:4]) or "school"


def _date(rng: random.Random) -> tuple[str, str]:
    """An invented screening date and time in the 2025 school year (``20250314``, ``0930``)."""
    month = rng.choice((1, 2, 3, 4, 5, 9, 10, 11))
    return (
        f"2025{month:02d}{rng.randint(1, 28):02d}",
        f"{rng.randint(8, 14):02d}{rng.choice((0, 15, 30, 45)):02d}",
    )


def _uid(rng: random.Random) -> str:
    """An invented DICOM UID under the samples' root."""
    return f"{UID}.{rng.randint(10**8, 10**9 - 1)}.{rng.randint(1000, 99999)}"


def _counts(rng: random.Random) -> tuple[int, int]:
    """Invented numbers of pupils screened and referred."""
    screened = rng.randint(18, 420)
    return screened, rng.randint(0, screened // 6)


def hl7_cda(row: dict[str, Any], rng: random.Random) -> str:
    """The visit's HL7 CDA R2 ``ClinicalDocument``: type id, an invented document id under the
    HL7 example root, the LOINC code of an episode summary, title, invented time, a masked
    pupil as ``recordTarget``, the Ministry as author and custodian, the encounter whose
    ``healthCareFacility`` is the school (its place with name and address, its
    ``serviceProviderOrganization`` with the MOE code as id, one ``telecom`` per phone field,
    the address and district), and a narrative section whose table gives the school, its code,
    its numbers, its coordinates and invented counts."""
    day, hhmm = _date(rng)
    screened, referred = _counts(rng)
    name, address = escape(_f(row, "MOE_Name")), escape(_f(row, "Address"))
    district = escape(_f(row, "Area Administrative"))
    telecoms = [
        f'          <telecom use="WP" value={quoteattr("tel:" + v)}/>' for _, v in phones(row)
    ]
    numbers = " / ".join(escape(v) for _, v in phones(row))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ClinicalDocument xmlns="urn:hl7-org:v3" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
        f'  <id root="{OID}" extension="SHS-{day}-{rng.randint(1000, 9999)}"/>',
        '  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" '
        'displayName="Summarization of Episode Note"/>',
        f"  <title>School Health Screening: {name}</title>",
        f'  <effectiveTime value="{day}{hhmm}00-0600"/>',
        '  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>',
        '  <languageCode code="en-BZ"/>',
        "  <recordTarget>",
        "    <patientRole>",
        f'      <id root="{OID}.2" extension="PUP{rng.randint(100000, 999999)}"/>',
        "      <patient>",
        '        <name nullFlavor="MSK"/>',
        '        <administrativeGenderCode nullFlavor="MSK"/>',
        '        <birthTime nullFlavor="MSK"/>',
        "      </patient>",
        "    </patientRole>",
        "  </recordTarget>",
        "  <author>",
        f'    <time value="{day}{hhmm}00-0600"/>',
        "    <assignedAuthor>",
        f'      <id root="{OID}.3" extension="SHN-{rng.randint(10, 99)}"/>',
        "      <representedOrganization>",
        "        <name>Ministry of Health, School Health Services</name>",
        "      </representedOrganization>",
        "    </assignedAuthor>",
        "  </author>",
        "  <custodian>",
        "    <assignedCustodian>",
        "      <representedCustodianOrganization>",
        f'        <id root="{OID}"/>',
        "        <name>Ministry of Health, Belize</name>",
        "      </representedCustodianOrganization>",
        "    </assignedCustodian>",
        "  </custodian>",
        "  <componentOf>",
        "    <encompassingEncounter>",
        f'      <effectiveTime value="{day}"/>',
        "      <location>",
        "        <healthCareFacility>",
        "          <location>",
        f"            <name>{name}</name>",
        f"            <addr><streetAddressLine>{address}</streetAddressLine>"
        f"<county>{district}</county><country>BZ</country></addr>",
        "          </location>",
        "          <serviceProviderOrganization>",
        f'            <id root="{OID}.1" extension={quoteattr(_f(row, "MOE_Code"))}/>',
        f"            <name>{name}</name>",
        *["  " + t for t in telecoms],
        f"            <addr><streetAddressLine>{address}</streetAddressLine>"
        f"<county>{district}</county><country>BZ</country></addr>",
        "          </serviceProviderOrganization>",
        "        </healthCareFacility>",
        "      </location>",
        "    </encompassingEncounter>",
        "  </componentOf>",
        "  <component>",
        "    <structuredBody>",
        "      <component>",
        "        <section>",
        "          <title>Screening summary</title>",
        "          <text>",
        "            <table>",
        "              <tbody>",
        f"                <tr><td>School</td><td>{name}</td></tr>",
        f"                <tr><td>MOE code</td><td>{escape(_f(row, 'MOE_Code'))}</td></tr>",
        f"                <tr><td>Telephone</td><td>{numbers}</td></tr>",
        f"                <tr><td>Location</td><td>{_f(row, 'Latitude')}, "
        f"{_f(row, 'Longitude')}</td></tr>",
        f"                <tr><td>Pupils screened</td><td>{screened}</td></tr>",
        f"                <tr><td>Referred</td><td>{referred}</td></tr>",
        "              </tbody>",
        "            </table>",
        "          </text>",
        "        </section>",
        "      </component>",
        "    </structuredBody>",
        "  </component>",
        "</ClinicalDocument>",
        "",
    ]
    return "\n".join(lines)


def openehr_flat(row: dict[str, Any], rng: random.Random) -> str:
    """The visit as an openEHR composition in the EHRbase FLAT format: the ``ctx`` keys (language,
    territory, composer, time, the school as health care facility with its MOE code as id), the
    context's setting, the school's details (code, name, address, district, year opened, each
    phone field as ``telephone:<i>``, latitude and longitude as numbers) and invented vision
    screening counts."""
    day, hhmm = _date(rng)
    screened, referred = _counts(rng)
    root = "school_health_visit"
    when = f"{day[:4]}-{day[4:6]}-{day[6:]}T{hhmm[:2]}:{hhmm[2:]}:00-06:00"
    flat: dict[str, Any] = {
        "ctx/language": "en",
        "ctx/territory": "BZ",
        "ctx/composer_name": "School Health Services",
        "ctx/time": when,
        "ctx/health_care_facility|id": _f(row, "MOE_Code"),
        "ctx/health_care_facility|name": _f(row, "MOE_Name"),
        f"{root}/context/start_time": when,
        f"{root}/context/setting|code": "238",
        f"{root}/context/setting|value": "other care",
        f"{root}/context/setting|terminology": "openehr",
        f"{root}/context/school_details/moe_code": _f(row, "MOE_Code"),
        f"{root}/context/school_details/name": _f(row, "MOE_Name"),
        f"{root}/context/school_details/address": _f(row, "Address"),
        f"{root}/context/school_details/district": _f(row, "Area Administrative"),
        f"{root}/context/school_details/year_opened": _f(row, "Year Opened"),
    }
    for i, (_, value) in enumerate(phones(row)):
        flat[f"{root}/context/school_details/telephone:{i}"] = value
    body = json.dumps(flat, ensure_ascii=False, indent=2)[:-2]
    rest = [
        f'  "{root}/context/school_details/latitude": {_f(row, "Latitude")}',
        f'  "{root}/context/school_details/longitude": {_f(row, "Longitude")}',
        f'  "{root}/vision_screening:0/any_event:0/pupils_screened": {screened}',
        f'  "{root}/vision_screening:0/any_event:0/pupils_referred": {referred}',
        f'  "{root}/vision_screening:0/any_event:0/time": "{when}"',
    ]
    return body + ",\n" + ",\n".join(rest) + "\n}\n"


def _dcm(tag: str, vr: str, value: str | None, name: str, depth: int) -> str:
    """One element as dcmdump prints it: indentation, tag, VR, the value in brackets (a UID's
    registered name after ``=``, bytes as hex), padded to the comment, the even value length in
    bytes, the value multiplicity and the attribute's name."""
    vm = 1
    if value is None:
        shown, length, vm = "(no value available)", 0, 0
    elif value.startswith("="):
        shown, length = value, REGISTERED[value]
    elif vr == "OB":
        shown, length = value, value.count("\\") + 1
    else:
        shown, length = f"[{value}]", len(value.encode("utf-8"))
        length += length % 2
    return _comment(f"({tag}) {vr} {shown}", depth, f"{length:>4}, {vm} {name}")


def _comment(body: str, depth: int, comment: str) -> str:
    """A dcmdump line: the indented element padded to the comment column, then the comment."""
    return f"{'  ' * depth}{body:<55} #{comment}"


def _seq(tag: str, name: str, depth: int, items: list[list[str]]) -> list[str]:
    """A sequence of undefined length with its items (each its elements' lines, one level
    deeper than the item), as dcmdump prints them: ``#=`` counts the items of the sequence and
    the elements of an item."""
    out = [_comment(f"({tag}) SQ (Sequence with undefined length #={len(items)})", depth,
                    f" u/l, 1 {name}")]  # fmt: skip
    inner = "  " * (depth + 2) + "("
    for item in items:
        count = sum(1 for x in item if x.startswith(inner) and not x.startswith(inner + "fffe"))
        out.append(_comment(f"(fffe,e000) na (Item with undefined length #={count})", depth + 1,
                            " u/l, 1 Item"))  # fmt: skip
        out += item
        out.append(_comment("(fffe,e00d) na (ItemDelimitationItem)", depth + 1,
                            "   0, 0 ItemDelimitationItem"))  # fmt: skip
    out.append(_comment("(fffe,e0dd) na (SequenceDelimitationItem)", depth,
                        "   0, 0 SequenceDelimitationItem"))  # fmt: skip
    return out


def _text_item(code: str, meaning: str, value: str, depth: int) -> list[str]:
    """A ``CONTAINS`` ``TEXT`` content item: its concept name (a local code) and text value."""
    concept = [
        _dcm("0008,0100", "SH", code, "CodeValue", depth + 3),
        _dcm("0008,0102", "SH", "99BZSHS", "CodingSchemeDesignator", depth + 3),
        _dcm("0008,0104", "LO", meaning, "CodeMeaning", depth + 3),
    ]
    return [
        _dcm("0040,a010", "CS", "CONTAINS", "RelationshipType", depth + 1),
        _dcm("0040,a040", "CS", "TEXT", "ValueType", depth + 1),
        *_seq("0040,a043", "ConceptNameCodeSequence", depth + 1, [concept]),
        _dcm("0040,a160", "UT", value, "TextValue", depth + 1),
    ]


def dicom_sr_dcmdump(row: dict[str, Any], rng: random.Random) -> str:
    """The visit's DICOM Basic Text SR as ``dcmdump +L`` prints it: the meta header, then the
    data set with invented date, time, UIDs, accession number and pupil id, the school as
    ``InstitutionName`` and ``InstitutionAddress``, and a ``CONTAINER`` whose ``TEXT`` items give
    the MOE code, each phone field (``School telephone``), the coordinates and invented
    counts."""
    day, hhmm = _date(rng)
    screened, referred = _counts(rng)
    sop = _uid(rng)
    items = [
        _text_item("SHS01", "School MOE code", _f(row, "MOE_Code"), 1),
        *[_text_item("SHS02", "School telephone", v, 1) for _, v in phones(row)],
        _text_item("SHS03", "School location", f"{_f(row, 'Latitude')}, {_f(row, 'Longitude')}", 1),
        _text_item("SHS04", "Pupils screened", str(screened), 1),
        _text_item("SHS05", "Pupils referred", str(referred), 1),
    ]
    title = [
        _dcm("0008,0100", "SH", "SHS00", "CodeValue", 2),
        _dcm("0008,0102", "SH", "99BZSHS", "CodingSchemeDesignator", 2),
        _dcm("0008,0104", "LO", "School health screening", "CodeMeaning", 2),
    ]
    lines = [
        "",
        "# Dicom-File-Format",
        "",
        "# Dicom-Meta-Information-Header",
        "# Used TransferSyntax: Little Endian Explicit",
        _dcm("0002,0001", "OB", "00\\01", "FileMetaInformationVersion", 0),
        _dcm("0002,0002", "UI", "=BasicTextSRStorage", "MediaStorageSOPClassUID", 0),
        _dcm("0002,0003", "UI", sop, "MediaStorageSOPInstanceUID", 0),
        _dcm("0002,0010", "UI", "=LittleEndianExplicit", "TransferSyntaxUID", 0),
        "",
        "# Dicom-Data-Set",
        "# Used TransferSyntax: Little Endian Explicit",
        _dcm("0008,0005", "CS", "ISO_IR 192", "SpecificCharacterSet", 0),
        _dcm("0008,0016", "UI", "=BasicTextSRStorage", "SOPClassUID", 0),
        _dcm("0008,0018", "UI", sop, "SOPInstanceUID", 0),
        _dcm("0008,0020", "DA", day, "StudyDate", 0),
        _dcm("0008,0030", "TM", f"{hhmm}00", "StudyTime", 0),
        _dcm("0008,0050", "SH", f"SHS{rng.randint(10**6, 10**7 - 1)}", "AccessionNumber", 0),
        _dcm("0008,0060", "CS", "SR", "Modality", 0),
        _dcm("0008,0080", "LO", _f(row, "MOE_Name"), "InstitutionName", 0),
        _dcm("0008,0081", "ST", _f(row, "Address"), "InstitutionAddress", 0),
        _dcm("0008,0090", "PN", None, "ReferringPhysicianName", 0),
        _dcm("0010,0010", "PN", None, "PatientName", 0),
        _dcm("0010,0020", "LO", f"PUP{rng.randint(100000, 999999)}", "PatientID", 0),
        _dcm("0020,000d", "UI", _uid(rng), "StudyInstanceUID", 0),
        _dcm("0020,000e", "UI", _uid(rng), "SeriesInstanceUID", 0),
        _dcm("0020,0010", "SH", str(rng.randint(1, 9999)), "StudyID", 0),
        _dcm("0040,a040", "CS", "CONTAINER", "ValueType", 0),
        *_seq("0040,a043", "ConceptNameCodeSequence", 0, [title]),
        _dcm("0040,a050", "CS", "SEPARATE", "ContinuityOfContent", 0),
        *_seq("0040,a730", "ContentSequence", 0, items),
        "",
    ]
    return "\n".join(lines)


# the fixed-length records: (field, width) in order, every field but the last of a run of
# digits one wider than its value (a blank between them); every record is WIDTH characters
HEADER = (("record", 3), ("sender", 10), ("receiver", 10), ("date", 9), ("time", 5),
          ("batch", 8))  # fmt: skip
FACILITY = (("record", 3), ("moe_code", 8), ("name", 64), ("district", 12), ("telephone", 10),
            ("telephone_alt1", 10), ("telephone_alt2", 10), ("latitude", 13), ("longitude", 14),
            ("year_opened", 4))  # fmt: skip
DETAIL = (("record", 3), ("moe_code", 8), ("vaccine", 6), ("dose", 2), ("lot", 10),
          ("date", 9), ("given", 5))  # fmt: skip
TRAILER = (("record", 3), ("batch", 9), ("records", 6))


def _fixed(layout: tuple[tuple[str, int], ...], values: dict[str, str]) -> str:
    """One record: each field left-justified in its width (no value wider than it), the
    record filled with spaces to ``WIDTH``."""
    out = ""
    for field, width in layout:
        value = values.get(field, "")
        assert len(value) <= width, (field, value)
        out += value.ljust(width)
    return out.ljust(WIDTH)


def fixed_length_batch(row: dict[str, Any], rng: random.Random) -> str:
    """The visit's school immunisation batch as a fixed-length file in the style of the NCPDP
    batch standard: a header record (``HDR``, sender, receiver, invented date, time and batch
    number), the school's facility record (``FAC``: MOE code, name, district, the three phone
    fields in their columns, latitude, longitude, year opened), one to three invented detail
    records (``DTL``: vaccine, dose, lot number, date, doses given) and the trailer (``TRL``,
    the batch and its record count)."""
    day, hhmm = _date(rng)
    batch = f"{rng.randint(10**7, 10**8 - 1)}"
    code = _f(row, "MOE_Code")
    records = [
        _fixed(HEADER, {"record": "HDR", "sender": "MOHSHS", "receiver": "BHIS", "date": day,
                        "time": hhmm, "batch": batch}),
        _fixed(FACILITY, {"record": "FAC", "moe_code": code, "name": _f(row, "MOE_Name"),
                          "district": _f(row, "Area Administrative"),
                          **{c.lower(): v for c, v in phones(row)},
                          "latitude": _f(row, "Latitude"), "longitude": _f(row, "Longitude"),
                          "year_opened": _f(row, "Year Opened")}),
    ]  # fmt: skip
    for vaccine in rng.sample(VACCINES, rng.randint(1, 3)):
        lot = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        records.append(
            _fixed(
                DETAIL,
                {
                    "record": "DTL",
                    "moe_code": code,
                    "vaccine": vaccine,
                    "dose": str(rng.randint(1, 3)),
                    "lot": f"{lot}{rng.randint(1000, 99999)}",
                    "date": day,
                    "given": str(rng.randint(5, 160)),
                },
            )  # fmt: skip
        )
    records.append(_fixed(TRAILER, {"record": "TRL", "batch": batch,
                                    "records": f"{len(records) + 1:06d}"}))  # fmt: skip
    return "\n".join(records) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "hl7_cda": hl7_cda,
    "openehr_flat": openehr_flat,
    "dicom_sr_dcmdump": dicom_sr_dcmdump,
    "fixed_length_batch": fixed_length_batch,
}


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of each of the row's phone fields labelled under its
    column (each number in it by ``labelled_record``); each copy stands apart (no digit next to
    it), so a copy is never part of another value."""
    return field_copies(
        text, phones(row), dict.fromkeys(PHONES, r"\d"), {c: c for c in PHONES}, row["path"]
    )


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone fields
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
