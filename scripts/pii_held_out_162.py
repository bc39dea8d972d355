"""held_out_162 of the PII evaluation set: real phone fields of a register no earlier part used
(Hsinchu City's medical institutions, Taiwan; Taiwan's earlier parts took the mask-stock list of
pharmacies and the elementary schools' directory) exactly as published, in layouts no earlier
part has, beside the register's own names, codes, addresses and departments.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of TW (pharmacies, elementary schools), JP, KR and many others;
here:

* the values are the ``phone`` fields of 446 clinics and hospitals
  (``scripts/data/pii_tw_hsinchu_clinics.json``, written by
  ``scripts/tw_hsinchu_clinics_data.py``; source and licence in that file): Taiwanese numbers as
  the register writes them (``03-5356805``, ``03 5356805``, ``(03)5753033``, ``5726050``, an
  extension after ``#``, a second number after ``、`` or blanks), each number of each copy
  labelled;
* the text around them is the same row's real fields: the name, the ten-digit medical
  institution code (``3712040593``), the address (``新竹市北區中正路３８６號``), district,
  ownership class and departments, with invented invoice numbers, tax ids (統一編號, check digit
  right), amounts, dates, element ids, seeds and coordinates on a canvas, unlabelled and scored;
* in layouts no earlier part has, text in Chinese (Traditional): Taiwan e-invoices of the
  Ministry of Finance's MIG 4.0 (``C0401`` 開立發票 messages: an invented medical supplier sells
  one to three invented items to the clinic as ``Buyer`` with its ``TelephoneNumber``, the
  ``MainRemark`` repeating it), JSON Canvas 1.0 files (Obsidian ``.canvas``: a text node of the
  clinic's card in Markdown with the number, a reminder node repeating it, a file node and
  labelled edges), draw.io diagrams (uncompressed ``mxfile`` of a referral flow: the clinic's
  vertex with an HTML label holding the number, a note shape repeating it, edges) and
  Excalidraw scenes (``.excalidraw`` JSON: a rectangle with a bound text element whose ``text``
  and ``originalText`` hold the clinic's card).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_162.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_hsinchu_clinics.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_162.jsonl.gz"
SPLIT = "held_out_162"

LAYOUTS = ("einvoice_c0401", "json_canvas", "drawio_mxfile", "excalidraw_scene")
PHONE = "phone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of the e-invoices (no real firm is meant)
SUPPLIERS = (
    ("竹風醫療器材有限公司", "新竹縣竹北市光明六路東一段101號"),
    ("新豐醫材股份有限公司", "桃園市中壢區中北路二段58號"),
    ("仁和醫藥用品有限公司", "臺中市西屯區文心路三段77號"),
    ("康品衛材企業社", "苗栗縣頭份市中華路1020號"),
)  # fmt: skip
# invented items: description, unit, untaxed unit price range
ITEMS = (
    ("醫用口罩（50入）", "盒", (90, 180)), ("無菌紗布 4x4", "包", (40, 95)),
    ("酒精棉片（100片）", "盒", (55, 120)), ("拋棄式手套 M", "盒", (110, 260)),
    ("壓舌板（100支）", "盒", (60, 140)), ("耳溫槍套（40入）", "盒", (150, 320)),
    ("診療床單捲", "捲", (180, 420)), ("針灸針 0.25x40mm", "盒", (220, 480)),
    ("牙科吸唾管", "包", (85, 210)), ("印模材", "罐", (300, 780)),
)  # fmt: skip
# the weights of the tax id's check
UBN_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)
REMINDERS = ("回診前請先致電", "預約請來電", "轉診聯絡電話", "看診時段請電洽")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key) or ""
    return value.strip() if isinstance(value, str) else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def departments(row: dict[str, Any]) -> str:
    """The departments joined as the register's list gives them (``內科、復健科``)."""
    return "、".join(row["fields"].get("departments") or [])


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taiwan time)."""
    start = dt.datetime(2024, 1, 8, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def ubn(rng: random.Random) -> str:
    """An invented eight-digit tax id (統一編號) whose check passes: the digits times
    1,2,1,2,1,2,4,1, each product's digits summed, a multiple of 5 (either sum where the
    seventh digit is 7)."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        sums = [sum(divmod(d * w, 10)) for d, w in zip(digits, UBN_WEIGHTS, strict=True)]
        total = sum(sums)
        if total % 5 == 0 or (digits[6] == 7 and (total + 1) % 5 == 0):
            return "".join(map(str, digits))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _id(rng: random.Random, n: int = 20) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(rng.choice(alphabet) for _ in range(n))


def einvoice_c0401(row: dict[str, Any], rng: random.Random) -> str:
    """A Ministry of Finance e-invoice MIG 4.0 ``C0401`` message (開立發票), a B2B invoice of an
    invented medical supplier: an invented invoice number, date and time, the supplier as
    ``Seller`` (an invented tax id, name and address), the clinic as ``Buyer`` with an invented
    tax id, its name, address and ``TelephoneNumber``, a ``MainRemark`` repeating the number
    beside the medical institution code, ``InvoiceType`` 07, one to three invented items and
    the taxable amounts at 5%."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    seller, seller_address = rng.choice(SUPPLIERS)
    number = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
    number += f"{rng.randint(0, 99999999):08d}"
    items, sales = [], 0
    for seq, (desc, unit, (lo, hi)) in enumerate(rng.sample(ITEMS, rng.randint(1, 3)), 1):
        qty, price = rng.randint(1, 20), rng.randint(lo, hi)
        sales += qty * price
        items += [
            "    <ProductItem>",
            f"      <Description>{escape(desc)}</Description>",
            f"      <Quantity>{qty}</Quantity>",
            f"      <Unit>{unit}</Unit>",
            f"      <UnitPrice>{price}</UnitPrice>",
            "      <TaxType>1</TaxType>",
            f"      <Amount>{qty * price}</Amount>",
            f"      <SequenceNumber>{seq:03d}</SequenceNumber>",
            "    </ProductItem>",
        ]
    tax = round(sales * 0.05)
    remark = f"買受人：{name}（醫事機構代碼 {_f(row, 'code')}），聯絡電話 {tel}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="urn:GEINV:eInvoiceMessage:C0401:4.0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="urn:GEINV:eInvoiceMessage:C0401:4.0 C0401.xsd">',
        "  <Main>",
        f"    <InvoiceNumber>{number}</InvoiceNumber>",
        f"    <InvoiceDate>{when:%Y%m%d}</InvoiceDate>",
        f"    <InvoiceTime>{when:%H:%M:%S}</InvoiceTime>",
        "    <Seller>",
        f"      <Identifier>{ubn(rng)}</Identifier>",
        f"      <Name>{seller}</Name>",
        f"      <Address>{seller_address}</Address>",
        "    </Seller>",
        "    <Buyer>",
        f"      <Identifier>{ubn(rng)}</Identifier>",
        f"      <Name>{escape(name)}</Name>",
        f"      <Address>{escape(_f(row, 'address'))}</Address>",
        f"      <TelephoneNumber>{escape(tel)}</TelephoneNumber>",
        "    </Buyer>",
        f"    <MainRemark>{escape(remark)}</MainRemark>",
        "    <InvoiceType>07</InvoiceType>",
        "    <DonateMark>0</DonateMark>",
        "    <PrintMark>Y</PrintMark>",
        f"    <RandomNumber>{rng.randint(0, 9999):04d}</RandomNumber>",
        "  </Main>",
        "  <Details>",
        *items,
        "  </Details>",
        "  <Amount>",
        f"    <SalesAmount>{sales}</SalesAmount>",
        "    <FreeTaxSalesAmount>0</FreeTaxSalesAmount>",
        "    <ZeroTaxSalesAmount>0</ZeroTaxSalesAmount>",
        "    <TaxType>1</TaxType>",
        "    <TaxRate>0.05</TaxRate>",
        f"    <TaxAmount>{tax}</TaxAmount>",
        f"    <TotalAmount>{sales + tax}</TotalAmount>",
        "  </Amount>",
        "</Invoice>",
        "",
    ]
    return "\n".join(lines)


def _card(row: dict[str, Any]) -> list[str]:
    """The clinic's card lines: name, code, address, district, ownership, departments, phone."""
    lines = [
        f"醫事機構代碼：{_f(row, 'code')}",
        f"地址：{_f(row, 'address')}",
        f"行政區：{_f(row, 'district')}",
        f"權屬別：{_f(row, 'ownership')}",
    ]
    if departments(row):
        lines.append(f"科別：{departments(row)}")
    lines.append(f"電話：{phone(row)}")
    return lines


def json_canvas(row: dict[str, Any], rng: random.Random) -> str:
    """A JSON Canvas 1.0 file (Obsidian ``.canvas``) of a family's care plan: a text node with
    the clinic's card in Markdown (a heading and a list ending with the number), a reminder
    text node repeating the number with an invented date, a file node of the clinic's note and
    two labelled edges; invented 16-hex-digit ids and positions."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    ids = [_hex(rng, 16) for _ in range(5)]
    x, y = rng.randrange(-400, 400, 20), rng.randrange(-300, 300, 20)
    card = f"## {name}\n\n" + "\n".join(f"- {line}" for line in _card(row))
    reminder = f"{rng.choice(REMINDERS)} {tel}\n\n下次回診：{when:%Y-%m-%d}"
    doc = {
        "nodes": [
            {"id": ids[0], "type": "text", "text": card, "x": x, "y": y,
             "width": 420, "height": 300, "color": "4"},
            {"id": ids[1], "type": "text", "text": reminder, "x": x + 480, "y": y,
             "width": 300, "height": 140, "color": "2"},
            {"id": ids[2], "type": "file", "file": f"醫療/{name}.md", "x": x + 480,
             "y": y + 200, "width": 300, "height": 120},
        ],
        "edges": [
            {"id": ids[3], "fromNode": ids[0], "fromSide": "right", "toNode": ids[1],
             "toSide": "left", "label": "預約"},
            {"id": ids[4], "fromNode": ids[0], "fromSide": "right", "toNode": ids[2],
             "toSide": "left", "label": "筆記"},
        ],
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent="\t") + "\n"


def drawio_mxfile(row: dict[str, Any], rng: random.Random) -> str:
    """An uncompressed draw.io file (``mxfile``) of a referral flow: the first cells, a
    start vertex, the clinic's vertex whose HTML label holds its card (name in bold, ``<br>``
    between lines, the number last), a note shape repeating the number and two edges;
    invented ids, modification time, etag and geometry."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    base = _id(rng)
    label = f"<b>{escape(name)}</b><br>" + "<br>".join(escape(line) for line in _card(row))
    note = f"{rng.choice(REMINDERS)} {escape(tel)}"
    x, y = rng.randrange(200, 400, 10), rng.randrange(80, 200, 10)
    cells = [
        '        <mxCell id="0" />',
        '        <mxCell id="1" parent="0" />',
        f'        <mxCell id="{base}-1" value="民眾就醫需求" style="ellipse;whiteSpace=wrap;'
        f'html=1;" vertex="1" parent="1">',
        f'          <mxGeometry x="40" y="{y + 60}" width="140" height="70" as="geometry" />',
        "        </mxCell>",
        f"        <mxCell id={quoteattr(base + '-2')} value={quoteattr(label)} "
        'style="rounded=1;whiteSpace=wrap;html=1;align=left;spacingLeft=8;fillColor=#dae8fc;'
        'strokeColor=#6c8ebf;" vertex="1" parent="1">',
        f'          <mxGeometry x="{x}" y="{y}" width="320" height="190" as="geometry" />',
        "        </mxCell>",
        f"        <mxCell id={quoteattr(base + '-3')} value={quoteattr(note)} "
        'style="shape=note;whiteSpace=wrap;html=1;backgroundOutline=1;size=14;'
        'fillColor=#fff2cc;strokeColor=#d6b656;" vertex="1" parent="1">',
        f'          <mxGeometry x="{x + 380}" y="{y + 50}" width="200" height="90" '
        'as="geometry" />',
        "        </mxCell>",
        f'        <mxCell id="{base}-4" value="轉診" style="edgeStyle=orthogonalEdgeStyle;'
        f'rounded=0;html=1;" edge="1" parent="1" source="{base}-1" target="{base}-2">',
        '          <mxGeometry relative="1" as="geometry" />',
        "        </mxCell>",
        f'        <mxCell id="{base}-5" value="" style="endArrow=none;dashed=1;html=1;" '
        f'edge="1" parent="1" source="{base}-2" target="{base}-3">',
        '          <mxGeometry relative="1" as="geometry" />',
        "        </mxCell>",
    ]
    lines = [
        f'<mxfile host="app.diagrams.net" modified="{when:%Y-%m-%dT%H:%M:%S}.'
        f'{rng.randint(0, 999):03d}Z" agent="Mozilla/5.0" etag="{_id(rng)}" '
        f'version="24.{rng.randint(0, 7)}.{rng.randint(0, 9)}" type="device">',
        f'  <diagram name="轉診流程" id="{_id(rng)}">',
        '    <mxGraphModel dx="1434" dy="790" grid="1" gridSize="10" guides="1" tooltips="1" '
        'connect="1" arrows="1" fold="1" page="1" pageScale="1" pageWidth="1169" '
        'pageHeight="827" math="0" shadow="0">',
        "      <root>",
        *cells,
        "      </root>",
        "    </mxGraphModel>",
        "  </diagram>",
        "</mxfile>",
        "",
    ]
    return "\n".join(lines)


def _element(rng: random.Random, when: dt.datetime, **fields: Any) -> dict[str, Any]:
    """An Excalidraw element's common properties, then ``fields``."""
    common = {
        "id": _id(rng, 21), "type": fields.pop("type"), "x": fields.pop("x"),
        "y": fields.pop("y"), "width": fields.pop("width"), "height": fields.pop("height"),
        "angle": 0, "strokeColor": "#1e1e1e", "backgroundColor": fields.pop("fill"),
        "fillStyle": "solid", "strokeWidth": 2, "strokeStyle": "solid", "roughness": 1,
        "opacity": 100, "groupIds": [], "frameId": None, "roundness": fields.pop("roundness"),
        "seed": rng.randint(1, 2**31 - 1), "version": rng.randint(2, 60),
        "versionNonce": rng.randint(1, 2**31 - 1), "isDeleted": False,
        "boundElements": fields.pop("bound"), "updated": int(when.timestamp() * 1000),
        "link": None, "locked": False,
    }  # fmt: skip
    return {**common, **fields}


def excalidraw_scene(row: dict[str, Any], rng: random.Random) -> str:
    """An Excalidraw scene file (``.excalidraw``, version 2): a rounded rectangle and a text
    element bound to it whose ``text`` and ``originalText`` give the clinic's card (the name,
    then its lines ending with the number), ``appState`` and empty ``files``; invented ids,
    seeds, versions, times and positions."""
    when = _when(rng)
    text = "\n".join([_f(row, "name"), *_card(row)])
    x, y = rng.randrange(-200, 200, 5), rng.randrange(-150, 150, 5)
    height = 25 * len(text.splitlines())
    rect = _element(rng, when, type="rectangle", x=x, y=y, width=440, height=height + 40,
                    fill="#a5d8ff", roundness={"type": 3}, bound=[])  # fmt: skip
    label = _element(
        rng, when, type="text", x=x + 10, y=y + 20, width=420, height=height,
        fill="transparent", roundness=None, bound=None, text=text, fontSize=20,
        fontFamily=rng.choice((1, 2, 5)), textAlign="left", verticalAlign="middle",
        containerId=rect["id"], originalText=text, autoResize=True, lineHeight=1.25,
    )  # fmt: skip
    rect["boundElements"] = [{"type": "text", "id": label["id"]}]
    doc = {
        "type": "excalidraw",
        "version": 2,
        "source": "https://excalidraw.com",
        "elements": [rect, label],
        "appState": {"gridSize": 20, "gridStep": 5, "gridModeEnabled": False,
                     "viewBackgroundColor": "#ffffff"},
        "files": {},
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "einvoice_c0401": einvoice_c0401,
    "json_canvas": json_canvas,
    "drawio_mxfile": drawio_mxfile,
    "excalidraw_scene": excalidraw_scene,
}


def international(value: str) -> bool:
    """Whether a number is written with its calling code (none of this register's are)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
