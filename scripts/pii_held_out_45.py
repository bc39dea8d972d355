"""held_out_45 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Thailand) exactly as published, in layouts no earlier part has, beside the
list's own fields.

The procedure of ``held_out_30``, on another register and other layouts:

* the values are the contact fields of Chiang Dao district's health facilities
  (``scripts/data/pii_th_chiang_dao_health.json``, written by
  ``scripts/th_chiang_dao_health_data.py``; source and licence in that file): Thai numbers as
  each facility gave them (``053-455-074``, ``063-784-6123``, two in one field after ``,``),
  each number of each copy labelled;
* the text around them is the same entry's real fields: its key in the list and its address
  (``หมู่ 3 บ้านนาหวาย``), with invented map coordinates, handles and label sizes, unlabelled;
* in layouts of graphics, labels and print no earlier part has, labels in Thai: the
  ``<text>`` elements of an SVG district map (the phone after ``โทร.``), a ZPL II label
  (``^FD`` fields, ``^CI28``), a PostScript page whose strings are drawn by ``show``, and a
  DXF ``MTEXT`` entity of a site plan (``\\P`` paragraph breaks).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_45.py   # rewrites the committed file
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record
from pii_held_out_30 import labelled as _labelled_30

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_th_chiang_dao_health.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_45.jsonl.gz"
SPLIT = "held_out_45"

LAYOUTS = ("svg_map_text", "zpl_label", "postscript_show", "dxf_mtext")
PHONE = "hospital_contact"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record, every copy of the phone field labelled (``held_out_30``'s rule;
    the list has no e-mail field, so no address is)."""
    return _labelled_30({**row, "fields": {"tel": phone(row), "email": "\0"}}, text)


def svg_map_text(row: dict[str, Any], rng: random.Random) -> str:
    """The facility on an SVG map of Chiang Dao district: a marker ``<circle>`` and a ``<g>``
    of ``<text>`` elements (name, address, ``โทร.`` and the phone field), an id with the
    list's key, invented positions."""
    x, y = rng.randint(40, 700), rng.randint(40, 500)
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
            '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" '
            'viewBox="0 0 800 600" xml:lang="th">',
            "  <title>แผนที่สถานบริการสาธารณสุข อำเภอเชียงดาว</title>",
            f'  <g id="facility-{_f(row, "key")}" font-family="Sarabun, sans-serif">',
            f'    <circle cx="{x}" cy="{y}" r="5" fill="#c0392b"/>',
            f'    <text x="{x + 8}" y="{y - 4}" font-size="13" font-weight="bold">'
            f"{escape(_f(row, 'hospital_name'))}</text>",
            f'    <text x="{x + 8}" y="{y + 12}" font-size="11">'
            f"{escape(_f(row, 'hospital_address'))}</text>",
            f'    <text x="{x + 8}" y="{y + 26}" font-size="11">โทร. {escape(phone(row))}</text>',
            "  </g>",
            "</svg>",
            "",
        ]
    )


def zpl_label(row: dict[str, Any], rng: random.Random) -> str:
    """The facility on a ZPL II shipping label (``^XA`` ... ``^XZ``, UTF-8 by ``^CI28``): the
    name, address and ``โทร.`` with the phone field in ``^FD`` fields, the list's key and an
    invented parcel number in a Code 128 barcode's field."""
    parcel = f"TH{rng.randint(10**8, 10**9 - 1)}"
    return "\n".join(
        [
            "^XA",
            "^CI28",
            "^PW812",
            "^FO40,40^A0N,28,28^FDผู้รับ^FS",
            f"^FO40,80^A0N,32,32^FD{_f(row, 'hospital_name')}^FS",
            f"^FO40,125^A0N,28,28^FD{_f(row, 'hospital_address')} อ.เชียงดาว จ.เชียงใหม่^FS",
            f"^FO40,165^A0N,28,28^FDโทร. {phone(row)}^FS",
            f"^FO40,215^A0N,24,24^FDรหัส {_f(row, 'key')}^FS",
            f"^FO40,260^BY2^BCN,90,Y,N,N^FD{parcel}^FS",
            "^XZ",
            "",
        ]
    )


def _ps(value: str) -> str:
    """A PostScript string literal (backslash, brackets escaped)."""
    return "(" + value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def postscript_show(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's entry on a PostScript page of a printed directory: DSC comments, a
    Thai font, each line a ``moveto`` and a string drawn by ``show`` (name, address, ``โทร.``
    with the phone field, the list's key), invented positions."""
    y = rng.randint(300, 760)
    lines = [
        (_f(row, "hospital_name"), 14),
        (_f(row, "hospital_address"), 11),
        (f"โทร. {phone(row)}", 11),
        (f"ลำดับ {_f(row, 'key')}", 9),
    ]
    body = []
    for i, (text, size) in enumerate(lines):
        body += [f"/THSarabunNew findfont {size} scalefont setfont", f"72 {y - 18 * i} moveto"]
        body += [f"{_ps(text)} show"]
    return "\n".join(
        [
            "%!PS-Adobe-3.0",
            "%%Title: ทำเนียบสถานบริการสาธารณสุข อำเภอเชียงดาว",
            "%%Pages: 1",
            "%%EndComments",
            "%%Page: 1 1",
            *body,
            "showpage",
            "%%EOF",
            "",
        ]
    )


def dxf_mtext(row: dict[str, Any], rng: random.Random) -> str:
    """The facility as a DXF ``MTEXT`` entity of a site plan's ``ENTITIES`` section (group
    codes and values on alternate lines: handle, layer, insertion point, height, width, the
    text with ``\\P`` paragraph breaks: name, address, ``โทร.`` and the phone field, the
    list's key), invented handle and point."""
    text = "\\P".join(
        [
            _f(row, "hospital_name"),
            _f(row, "hospital_address"),
            f"โทร. {phone(row)}",
            f"ลำดับที่ {_f(row, 'key')}",
        ]
    )
    pairs = [
        ("0", "SECTION"), ("2", "ENTITIES"), ("0", "MTEXT"),
        ("5", f"{rng.randint(0x100, 0xFFFF):X}"), ("100", "AcDbEntity"), ("8", "ป้ายชื่อ"),
        ("100", "AcDbMText"), ("10", f"{rng.uniform(0, 500):.4f}"),
        ("20", f"{rng.uniform(0, 500):.4f}"), ("30", "0.0"), ("40", "2.5"), ("41", "60.0"),
        ("71", "1"), ("1", text), ("0", "ENDSEC"), ("0", "EOF"),
    ]  # fmt: skip
    return "".join(f"{code:>3}\n{value}\n" for code, value in pairs)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "svg_map_text": svg_map_text,
    "zpl_label": zpl_label,
    "postscript_show": postscript_show,
    "dxf_mtext": dxf_mtext,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
