"""held_out_148 of the PII evaluation set: real phone fields of a list no earlier part used
(Australia's public library branches as the Australian Library Map compiles them from the
states' and territories' directories; Australia's earlier parts took Western Australia's and New
South Wales' schools) exactly as published, in layouts no earlier part has, beside the list's
own branch names, street addresses and coordinates.

The procedure of ``held_out_122``, on another list and other layouts; earlier parts took
national numbers from registers of AU (Western Australia's schools, the NSW Department of
Education's schools), NZ, NC and many others; here:

* the values are the ``phone`` fields of 480 library branches, depots and mobile services
  (``scripts/data/pii_au_public_libraries.json``, written by
  ``scripts/au_public_libraries_data.py``; source and licence in that file): Australian numbers
  as the states' directories write them, the trunk prefix and area code before two groups of
  four (``08 8733 0903``, ``(03) 6297 1582``), eight digits with no area code (``5682 1735``,
  Western Australia's and Victoria's lists), ``1300`` numbers (``1300 135 668``), one Norfolk
  Island number with its country code (``+6723 22430``) and one field of two numbers and a
  word (``08 8689 1015 / 08 8689 1019 (School)``); each copy of a field labelled, each number
  in it on its own;
* the text around them is the same row's real fields: the branch's name or town, its street
  address (postcodes where the list gives them: ``3219``) and coordinates, with invented ISIL
  agency ids, AT Protocol DIDs, record keys and CIDs, blob sizes, item barcodes, crate numbers,
  script versions and dates, unlabelled and scored;
* in layouts no earlier part has, library-interoperability, social, desktop-automation and
  label-printer formats, text in English: NCIP 2.02 ``LookupAgencyResponse`` messages (NISO
  Z39.83: the branch as the agency, its street address as ``UnstructuredAddress``, the number
  as an ``ElectronicAddress`` of type ``tel``, an ``Ext`` note repeating it), Bluesky posts as
  ``com.atproto.repo.getRecord`` returns them (an ``app.bsky.feed.post`` whose ``text`` gives
  the number, a ``#tag`` facet with its UTF-8 byte offsets, an image embed whose ``alt`` text
  repeats it), AutoHotkey v2 scripts of a desk's hotstrings (a header comment naming the
  number, a ``:*T:`` hotstring that types it, a hotkey that copies it to ``A_Clipboard``) and
  DYMO Label v8 files (``.label`` XML of a ``DieCutLabel``: an ``AddressObject`` with the branch,
  address and number, a Code 39 ``BarcodeObject`` of an invented item barcode, a ``TextObject``
  footer repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_148.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_au_public_libraries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_148.jsonl.gz"
SPLIT = "held_out_148"

LAYOUTS = ("ncip_lookup_agency", "bluesky_post", "autohotkey_script", "dymo_label")
PHONE = "phone"
AEST = dt.timezone(dt.timedelta(hours=10))
BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
TID = "234567abcdefghijklmnopqrstuvwxyz"  # the AT Protocol's sortable base32

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented occasions of a branch's post (no real announcement is meant)
NOTICES = (
    "Our returns chute is being repaired this week, so please bring items to the desk.",
    "School holiday craft sessions are back, bookings essential.",
    "The public computers will be offline on Monday morning for an upgrade.",
    "Our book sale starts Saturday: paperbacks $1, hardbacks $2.",
    "Heads up: we close at 4pm on Friday for staff training.",
    "New large-print titles have arrived in the collection.",
)
TAGS = ("LibrariesOfBluesky", "AusLibraries", "PublicLibraries", "LibraryLife")
CRATES = ("Courier crate", "Transit crate", "Reservation crate")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The branch's name or town as the list gives it."""
    return _f(row, "town")


def address(row: dict[str, Any]) -> str:
    """The street address as the list gives it ("" where it has none, or ``-``)."""
    value = _f(row, "address")
    return "" if value == "-" else value


def display_name(row: dict[str, Any]) -> str:
    """The name a text calls the branch by: the list's name, with ``Library`` after a bare
    town (``Geeveston`` -> ``Geeveston Library``)."""
    value = name(row)
    if re.search(r"Librar|Branch|Depot|Service|Centre|Kiosk|Hub|Mobile", value):
        return value
    return f"{value} Library"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+6723 22430``)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (AEST)."""
    start = dt.datetime(2024, 1, 15, 8, 30, tzinfo=AEST)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: str) -> str:
    """``value`` as a JSON string literal (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def _isil(rng: random.Random) -> str:
    """An invented Australian ISIL (``AU-`` and a NUC-like symbol of letters)."""
    return "AU-" + "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(4, 6))
    )


def ncip_lookup_agency(row: dict[str, Any], rng: random.Random) -> str:
    """An NCIP 2.02 ``LookupAgencyResponse`` (NISO Z39.83-1-2012): the ``ResponseHeader`` from
    the branch's invented ISIL to a resource-sharing hub's, the agency id, the branch's name as
    ``OrganizationNameInformation``, its street address as an ``UnstructuredAddress`` (where the
    list gives one), its number as an ``ElectronicAddress`` of type ``tel``, the application
    profile and an invented consortium agreement, and an ``Ext`` note repeating the number with
    the row's coordinates."""
    agency, hub = _isil(rng), _isil(rng)
    when = _when(rng)
    tel = phone(row)
    street = []
    if address(row):
        street = [
            "    <AgencyAddressInformation>",
            "      <AgencyAddressRoleType>Street</AgencyAddressRoleType>",
            "      <PhysicalAddress>",
            "        <UnstructuredAddress>",
            "          <UnstructuredAddressType>Newline-Delimited Text</UnstructuredAddressType>",
            f"          <UnstructuredAddressData>{_x(address(row))}</UnstructuredAddressData>",
            "        </UnstructuredAddress>",
            "        <PhysicalAddressType>Street Address</PhysicalAddressType>",
            "      </PhysicalAddress>",
            "    </AgencyAddressInformation>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<NCIPMessage xmlns="http://www.niso.org/2008/ncip" '
        'xmlns:lm="urn:x-librarymap:ncip-ext" '
        'version="http://www.niso.org/schemas/ncip/v2_02/ncip_v2_02.xsd">',
        "  <LookupAgencyResponse>",
        "    <ResponseHeader>",
        f"      <FromAgencyId><AgencyId>{agency}</AgencyId></FromAgencyId>",
        f"      <ToAgencyId><AgencyId>{hub}</AgencyId></ToAgencyId>",
        "    </ResponseHeader>",
        f"    <AgencyId>{agency}</AgencyId>",
        "    <OrganizationNameInformation>",
        "      <OrganizationNameType>Primary</OrganizationNameType>",
        f"      <OrganizationName>{_x(display_name(row))}</OrganizationName>",
        "    </OrganizationNameInformation>",
        *street,
        "    <AgencyAddressInformation>",
        "      <AgencyAddressRoleType>Multi-Purpose</AgencyAddressRoleType>",
        "      <ElectronicAddress>",
        "        <ElectronicAddressType>tel</ElectronicAddressType>",
        f"        <ElectronicAddressData>{_x(tel)}</ElectronicAddressData>",
        "      </ElectronicAddress>",
        "    </AgencyAddressInformation>",
        "    <ApplicationProfileSupportedType>Resource Sharing</ApplicationProfileSupportedType>",
        f"    <ConsortiumAgreement>Interlibrary loan agreement {when.year}-"
        f"{rng.randint(10, 99)}</ConsortiumAgreement>",
        "    <Ext>",
        f"      <lm:Note>Branch enquiries: {_x(tel)}. Location {_f(row, 'lat')}, "
        f"{_f(row, 'lng')}.</lm:Note>",
        f"      <lm:Updated>{when:%Y-%m-%dT%H:%M:%S%z}</lm:Updated>",
        "    </Ext>",
        "  </LookupAgencyResponse>",
        "</NCIPMessage>",
        "",
    ]
    return "\n".join(lines)


def _b32(rng: random.Random, n: int, alphabet: str = BASE32) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def bluesky_text(row: dict[str, Any], rng: random.Random) -> tuple[str, str]:
    """The post's text (the branch, a notice, the number, a hashtag) and its tag."""
    tag = rng.choice(TAGS)
    where = f" ({address(row)})" if address(row) and rng.random() < 0.5 else ""
    text = (
        f"{display_name(row)}{where}: {rng.choice(NOTICES)} "
        f"Questions? Call us on {phone(row)}. #{tag}"
    )
    return text, tag


def bluesky_post(row: dict[str, Any], rng: random.Random) -> str:
    """A Bluesky post as the AT Protocol's ``com.atproto.repo.getRecord`` returns it: its
    ``at://`` URI (an invented ``did:plc`` and record key), an invented CID, and the
    ``app.bsky.feed.post`` record: the ``text`` with the number, ``langs``, a ``#tag`` facet
    whose ``byteStart``/``byteEnd`` are the tag's UTF-8 byte offsets, an image embed (an
    invented blob CID, size and aspect ratio) whose ``alt`` text repeats the number with the
    branch's address, and ``createdAt``."""
    tel = phone(row)
    text, tag = bluesky_text(row, rng)
    start = len(text.encode("utf-8")) - len(f"#{tag}".encode())
    did = f"did:plc:{_b32(rng, 24)}"
    rkey = _b32(rng, 13, TID)
    when = _when(rng).astimezone(dt.UTC)
    where = f" at {address(row)}" if address(row) else ""
    alt = f"Poster for {display_name(row)}{where}. Enquiries {tel}."
    record = {
        "uri": f"at://{did}/app.bsky.feed.post/{rkey}",
        "cid": f"bafyrei{_b32(rng, 52)}",
        "value": {
            "$type": "app.bsky.feed.post",
            "createdAt": f"{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
            "embed": {
                "$type": "app.bsky.embed.images",
                "images": [
                    {
                        "alt": alt,
                        "aspectRatio": {"height": 1350, "width": 1080},
                        "image": {
                            "$type": "blob",
                            "mimeType": "image/jpeg",
                            "ref": {"$link": f"bafkrei{_b32(rng, 52)}"},
                            "size": rng.randint(180_000, 950_000),
                        },
                    }
                ],
            },
            "facets": [
                {
                    "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag}],
                    "index": {"byteEnd": len(text.encode("utf-8")), "byteStart": start},
                }
            ],
            "langs": ["en"],
            "text": text,
        },
    }
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _ahk(value: str) -> str:
    """``value`` inside an AutoHotkey v2 quoted string or hotstring text (the escape character
    ````` doubled, ``;`` and ``"`` escaped)."""
    return value.replace("`", "``").replace(";", "`;").replace('"', '`"')


def autohotkey_script(row: dict[str, Any], rng: random.Random) -> str:
    """An AutoHotkey v2 script of a branch's desk: a header comment naming the branch, its
    address and number, an invented version and date, ``#Requires`` and ``#SingleInstance``,
    ``:*T:`` hotstrings (raw text) that type the number, the address and a reply, and a
    ``Ctrl+Alt+P`` hotkey that puts the number on ``A_Clipboard`` with a ``ToolTip``."""
    tel = phone(row)
    when = _when(rng)
    short = re.sub(r"[^a-z]", "", name(row).lower())[:4] or "lib"
    lines = [
        f"; Desk hotstrings: {display_name(row)}",
        *([f"; {address(row)}"] if address(row) else []),
        f"; Phone {tel}",
        f"; v{rng.randint(1, 3)}.{rng.randint(0, 12)}, updated {when:%d/%m/%Y}",
        "#Requires AutoHotkey v2.0",
        "#SingleInstance Force",
        "",
        f"; type ;{short}ph for the branch's number",
        f":*T:;{short}ph::{_ahk(tel)}",
    ]
    if address(row):
        lines.append(f":*T:;{short}ad::{_ahk(address(row))}")
    lines += [
        f":*T:;{short}hold::Your reserved item is ready to collect from "
        f"{_ahk(display_name(row))}. Please collect it within {rng.choice((7, 10, 14))} days.",
        "",
        "; Ctrl+Alt+P copies the number for the hold-slip template",
        "^!p::",
        "{",
        f'    A_Clipboard := "{_ahk(tel)}"',
        f'    ToolTip "Copied {_ahk(display_name(row))} phone"',
        f"    SetTimer () => ToolTip(), -{rng.choice((1000, 1500, 2000))}",
        "}",
        "",
    ]
    return "\n".join(lines)


def _code39(rng: random.Random) -> str:
    """An invented 14-digit library item barcode (``3`` for an item, as many systems start
    them)."""
    return "3" + "".join(str(rng.randint(0, 9)) for _ in range(13))


FONT = (
    '{indent}<Font Family="Arial" Size="{size}" Bold="{bold}" Italic="False" '
    'Underline="False" Strikeout="False" />'
)
COLOURS = (
    '      <ForeColor Alpha="255" Red="0" Green="0" Blue="0" />',
    '      <BackColor Alpha="0" Red="255" Green="255" Blue="255" />',
    "      <LinkedObjectName></LinkedObjectName>",
    "      <Rotation>Rotation0</Rotation>",
    "      <IsMirrored>False</IsMirrored>",
)


def _styled(text: str, size: int, bold: bool) -> list[str]:
    return [
        "      <StyledText>",
        "        <Element>",
        f"          <String>{_x(text)}</String>",
        "          <Attributes>",
        FONT.format(indent=" " * 12, size=size, bold=bold),
        '            <ForeColor Alpha="255" Red="0" Green="0" Blue="0" />',
        "          </Attributes>",
        "        </Element>",
        "      </StyledText>",
    ]


def dymo_label(row: dict[str, Any], rng: random.Random) -> str:
    """A DYMO Label v8 ``.label`` file (``DieCutLabel``, 30252 Address, landscape) of a
    courier crate's delivery label: an ``AddressObject`` with the branch's name, address and
    number, a Code 39 ``BarcodeObject`` of an invented item barcode, and a ``TextObject``
    footer with the crate's kind, an invented number and date and the number again."""
    tel = phone(row)
    when = _when(rng)
    lines_to = [f"Deliver to: {display_name(row)}", *([address(row)] if address(row) else [])]
    lines_to.append(f"Ph {tel}")
    footer = (
        f"{rng.choice(CRATES)} {rng.randint(1, 240)} - packed {when:%d/%m/%Y} - "
        f"if undeliverable call {tel}"
    )
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<DieCutLabel Version="8.0" Units="twips">',
        "  <PaperOrientation>Landscape</PaperOrientation>",
        "  <Id>Address</Id>",
        "  <PaperName>30252 Address</PaperName>",
        "  <DrawCommands>",
        '    <RoundRectangle X="0" Y="0" Width="1581" Height="5040" Rx="270" Ry="270" />',
        "  </DrawCommands>",
        "  <ObjectInfo>",
        "    <AddressObject>",
        "      <Name>DeliverTo</Name>",
        *COLOURS,
        "      <IsVariable>True</IsVariable>",
        "      <HorizontalAlignment>Left</HorizontalAlignment>",
        "      <VerticalAlignment>Middle</VerticalAlignment>",
        "      <TextFitMode>ShrinkToFit</TextFitMode>",
        "      <UseFullFontHeight>True</UseFullFontHeight>",
        "      <Verticalized>False</Verticalized>",
        *_styled("\n".join(lines_to), 12, True),
        "      <ShowBarcodeFor9DigitZipOnly>False</ShowBarcodeFor9DigitZipOnly>",
        "      <BarcodePosition>Suppress</BarcodePosition>",
        "    </AddressObject>",
        '    <Bounds X="332" Y="150" Width="4455" Height="840" />',
        "  </ObjectInfo>",
        "  <ObjectInfo>",
        "    <BarcodeObject>",
        "      <Name>ItemBarcode</Name>",
        *COLOURS,
        f"      <Text>{_code39(rng)}</Text>",
        "      <Type>Code39</Type>",
        "      <Size>Small</Size>",
        "      <TextPosition>Bottom</TextPosition>",
        FONT.format(indent=" " * 6, size=7, bold=False),
        "      <HorizontalAlignment>Center</HorizontalAlignment>",
        '      <QuietZonesPadding Left="0" Top="0" Right="0" Bottom="0" />',
        "    </BarcodeObject>",
        '    <Bounds X="332" Y="1010" Width="2400" Height="330" />',
        "  </ObjectInfo>",
        "  <ObjectInfo>",
        "    <TextObject>",
        "      <Name>Footer</Name>",
        *COLOURS,
        "      <IsVariable>False</IsVariable>",
        "      <HorizontalAlignment>Left</HorizontalAlignment>",
        "      <VerticalAlignment>Top</VerticalAlignment>",
        "      <TextFitMode>ShrinkToFit</TextFitMode>",
        "      <UseFullFontHeight>True</UseFullFontHeight>",
        "      <Verticalized>False</Verticalized>",
        *_styled(footer, 7, False),
        "    </TextObject>",
        '    <Bounds X="2850" Y="1010" Width="1937" Height="330" />',
        "  </ObjectInfo>",
        "</DieCutLabel>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ncip_lookup_agency": ncip_lookup_agency,
    "bluesky_post": bluesky_post,
    "autohotkey_script": autohotkey_script,
    "dymo_label": dymo_label,
}


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
