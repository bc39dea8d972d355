"""held_out_135 of the PII evaluation set: real phone fields of a register no earlier part used
(the Bank of Israel's list of bank branches; Israel's earlier part took the Ministry of Health's
Tipat Halav stations) exactly as published, in layouts no earlier part has, beside the list's
own bank and branch codes, names, addresses and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, IL (Tipat Halav stations), LB, AE, MA,
TN, DZ and many others; here:

* the values are the ``Telephone``, ``Fax`` and ``Free_Telephone`` fields of 600 bank branches
  (``scripts/data/pii_il_boi_bank_branches.json``, written by
  ``scripts/il_boi_bank_branches_data.py``; source and licence in that file): Israeli numbers
  as the banks gave them, an area code and the line joined by a hyphen (``03-5191794``,
  ``076-8041130``) or a bank's national number in four groups (``1-599-599-143``), each copy
  labelled; the fax where the branch has one of its own (51 of the 52 with a fax; one repeats
  the phone); the free line where it has one
  (277), a number (``076-8048860``, 80 of them) labelled or a star code (``*2407``), written
  as published but no number by ``numbers`` (four digits), so neither labelled nor scored;
* the text around them is the same row's real fields: the bank's name and code, the branch's
  code and name, the address, city, seven-digit postcode (``4080101``), post-office box, the
  day it is closed and its opening date, with invented firmware versions, revisions, UUIDs,
  bus addresses, pins, baud rates, ticket counters and dates, unlabelled and scored;
* in layouts no earlier part has, embedded and hardware project files of a branch's queue
  display, text in English (the list's language): devicetree sources (``.dts``: a header
  comment giving the numbers, a ``branch-info`` node whose string properties repeat them, an
  I2C display and a UART), Arduino sketches (``.ino``: ``const char`` arrays holding the
  numbers, ``Serial.println(F(...))`` lines repeating them), KiCad 8 schematics
  (``.kicad_sch`` S-expressions: a ``title_block`` whose comments give the numbers, a ``text``
  item repeating them, a resistor and a connector symbol) and PlatformIO project files
  (``platformio.ini``: comment lines giving the numbers, ``custom_`` options repeating them,
  ``build_flags`` with the codes).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_135.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_il_boi_bank_branches.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_135.jsonl.gz"
SPLIT = "held_out_135"

LAYOUTS = ("devicetree_dts", "arduino_sketch", "kicad_schematic", "platformio_ini")
PHONE, FAX, FREE = "Telephone", "Fax", "Free_Telephone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def _own(value: str, others: list[str]) -> str:
    """``value`` where it is a field of its own: not empty and neither one of ``others`` nor
    a part of one nor holding one; "" otherwise."""
    if not value or any(o and (value in o or o in value) for o in others):
        return ""
    return value


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it is a number of its own."""
    return _own(_f(row, FAX), [phone(row)])


def free(row: dict[str, Any]) -> str:
    """The row's free line as published, stripped (a number or a star code), where it is a
    value of its own."""
    return _own(_f(row, FREE), [phone(row), fax(row)])


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone, fax and free-line fields
    labelled (each copy stands apart: no digit next to it)."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("free", free(row))]
    edges = {"phone": r"\d", "fax": r"\d", "free": r"\d"}
    columns = {"phone": PHONE, "fax": FAX, "free": FREE}
    return field_copies(text, values, edges, columns, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Israel Standard Time)."""
    start = dt.datetime(2024, 1, 7, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _version(rng: random.Random) -> str:
    return f"{rng.randint(1, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _c(value: str) -> str:
    """``value`` as the text of a double-quoted C, devicetree or S-expression string."""
    return value.replace("\\", "\\\\").replace('"', '\\"')


def _name(row: dict[str, Any]) -> str:
    """The branch's name, or its code where the list gives no name."""
    return _f(row, "Branch_Name") or f"branch {_f(row, 'Branch_Code')}"


def _place(row: dict[str, Any]) -> str:
    """The address, city and postcode as one line (the parts the row has)."""
    city = " ".join(p for p in (_f(row, "City"), _f(row, "Zip_Code")) if p)
    return ", ".join(p for p in (_f(row, "Address"), city) if p)


def _numbers(row: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(key, label, value) of each number field the row has, in order."""
    out = [("telephone", "Branch line", phone(row))]
    if fax(row):
        out.append(("fax", "Fax", fax(row)))
    if free(row):
        out.append(("free-telephone", "Free line", free(row)))
    return out


def devicetree_dts(row: dict[str, Any], rng: random.Random) -> str:
    """A devicetree source of a branch's queue display board: a header comment naming the
    bank, branch, place and numbers, the root node's model and compatible strings, a
    ``branch-info`` node whose properties give the codes as cells and the name, city,
    postcode and each number as strings, ``chosen`` boot arguments, an SSD1306 display on
    I2C and a UART at an invented speed."""
    rev = rng.choice("ABCDE")
    speed = rng.choice((9600, 57600, 115200))
    mem = rng.choice((0x10000000, 0x20000000, 0x40000000))
    lines = [
        "// SPDX-License-Identifier: (GPL-2.0+ OR MIT)",
        "/*",
        f" * Queue display of {_f(row, 'Bank_Name')}, branch {_f(row, 'Branch_Code')}"
        f" ({_name(row)})",
        f" * {_place(row)}",
        *(f" * {label}: {value}" for _, label, value in _numbers(row)),
        " */",
        "",
        "/dts-v1/;",
        '#include "sun8i-h3.dtsi"',
        "#include <dt-bindings/gpio/gpio.h>",
        "",
        "/ {",
        f'\tmodel = "BranchBoard queue display rev {rev}";',
        '\tcompatible = "branchboard,queue-display", "allwinner,sun8i-h3";',
        "",
        "\tchosen {",
        f'\t\tstdout-path = "serial0:{speed}n8";',
        "\t};",
        "",
        "\tmemory@40000000 {",
        '\t\tdevice_type = "memory";',
        f"\t\treg = <0x40000000 {mem:#010x}>;",
        "\t};",
        "",
        "\tbranch-info {",
        '\t\tcompatible = "branchboard,branch-info";',
        f"\t\tbank-code = <{int(_f(row, 'Bank_Code'))}>;",
        f"\t\tbranch-code = <{int(_f(row, 'Branch_Code'))}>;",
        f'\t\tbranch-name = "{_c(_name(row))}";',
    ]
    if _f(row, "City"):
        lines.append(f'\t\tcity = "{_c(_f(row, "City"))}";')
    if _f(row, "Zip_Code"):
        lines.append(f'\t\tzip-code = "{_f(row, "Zip_Code")}";')
    lines += [f'\t\t{key} = "{value}";' for key, _, value in _numbers(row)]
    if _f(row, "Day_Closed"):
        lines.append(f'\t\tday-closed = "{_f(row, "Day_Closed").lower()}";')
    lines += [
        "\t};",
        "};",
        "",
        "&i2c0 {",
        '\tstatus = "okay";',
        "",
        "\tdisplay@3c {",
        '\t\tcompatible = "solomon,ssd1306fb-i2c";',
        "\t\treg = <0x3c>;",
        f"\t\treset-gpios = <&pio 0 {rng.randint(2, 21)} GPIO_ACTIVE_LOW>;",
        "\t\tsolomon,height = <64>;",
        "\t\tsolomon,width = <128>;",
        "\t};",
        "};",
        "",
        "&uart1 {",
        f"\tcurrent-speed = <{speed}>;",
        '\tstatus = "okay";',
        "};",
        "",
    ]
    return "\n".join(lines)


def arduino_sketch(row: dict[str, Any], rng: random.Random) -> str:
    """An Arduino sketch of a branch's ticket ticker: a header comment with the board, an
    invented firmware version and build date, ``#define``s of the bank and branch codes,
    ``const char`` arrays holding the name, place and each number, an I2C LCD, and
    ``setup()`` printing the numbers again over serial with ``F()`` strings."""
    when = _when(rng)
    pin = rng.randint(2, 33)
    ticket = rng.randint(1, 480)
    consts = [
        ("BRANCH_PHONE", phone(row)),
        ("BRANCH_FAX", fax(row)),
        ("FREE_LINE", free(row)),
    ]
    prints = [f'  Serial.println(F("Branch {_f(row, "Branch_Code")} - call {phone(row)}"));']
    if fax(row):
        prints.append(f'  Serial.println(F("Fax {fax(row)}"));')
    if free(row):
        prints.append(f'  Serial.println(F("Free line {free(row)}"));')
    lines = [
        "/*",
        f"  BranchTicker.ino - ticket display for {_f(row, 'Bank_Name')}, {_name(row)}",
        f"  Board: ESP32 DevKitC, firmware {_version(rng)}, built {when:%Y-%m-%d}",
        f"  Opened {_f(row, 'Open_Date') or 'n/a'}; closed on {_f(row, 'Day_Closed') or 'no day'}",
        "*/",
        "",
        "#include <Wire.h>",
        "#include <LiquidCrystal_I2C.h>",
        "",
        f"#define BANK_CODE {int(_f(row, 'Bank_Code'))}",
        f"#define BRANCH_CODE {int(_f(row, 'Branch_Code'))}",
        "",
        f'const char BRANCH_NAME[] = "{_c(_name(row))}";',
        f'const char BRANCH_PLACE[] = "{_c(_place(row))}";',
        *(f'const char {key}[] = "{value}";' for key, value in consts if value),
        "",
        f"const uint8_t BUTTON_PIN = {pin};",
        "LiquidCrystal_I2C lcd(0x27, 16, 2);",
        f"unsigned int ticket = {ticket};",
        "",
        "void setup() {",
        "  Serial.begin(115200);",
        "  pinMode(BUTTON_PIN, INPUT_PULLUP);",
        "  lcd.init();",
        "  lcd.backlight();",
        "  lcd.print(BRANCH_NAME);",
        *prints,
        "}",
        "",
        "void loop() {",
        "  if (digitalRead(BUTTON_PIN) == LOW) {",
        "    ticket++;",
        "    lcd.setCursor(0, 1);",
        '    lcd.print("Ticket ");',
        "    lcd.print(ticket);",
        f"    delay({rng.choice((150, 200, 250, 300))});",
        "  }",
        "}",
        "",
    ]
    return "\n".join(lines)


def _effects(size: str = "1.27") -> str:
    return f"(effects (font (size {size} {size})))"


def kicad_schematic(row: dict[str, Any], rng: random.Random) -> str:
    """A KiCad 8 schematic (``.kicad_sch``) of a branch's queue-display carrier board: the
    file's version, generator and an invented UUID, a ``title_block`` whose title names the
    branch, with an invented date and revision, the bank as ``company`` and comments giving
    the branch code, place and numbers, a ``text`` item repeating the numbers, and a resistor
    and a connector symbol with their properties."""
    when = _when(rng)
    comments = [f"Branch {_f(row, 'Branch_Code')}, {_place(row)}"]
    comments += [f"{label}: {value}" for _, label, value in _numbers(row)]
    note = "\\n".join(f"{label}: {value}" for _, label, value in _numbers(row))
    x, y = rng.randint(20, 120) * 1.27, rng.randint(20, 80) * 1.27
    lines = [
        "(kicad_sch",
        "\t(version 20231120)",
        '\t(generator "eeschema")',
        '\t(generator_version "8.0")',
        f'\t(uuid "{_uuid(rng)}")',
        '\t(paper "A4")',
        "\t(title_block",
        f'\t\t(title "Queue display carrier - {_c(_name(row))}")',
        f'\t\t(date "{when:%Y-%m-%d}")',
        f'\t\t(rev "{rng.randint(1, 4)}.{rng.randint(0, 9)}")',
        f'\t\t(company "{_c(_f(row, "Bank_Name"))}")',
        *(f'\t\t(comment {i} "{_c(c)}")' for i, c in enumerate(comments, 1)),
        "\t)",
        "\t(lib_symbols)",
        f'\t(text "{note}"',
        "\t\t(exclude_from_sim no)",
        "\t\t(at 30.48 25.4 0)",
        "\t\t(effects (font (size 1.27 1.27)) (justify left bottom))",
        f'\t\t(uuid "{_uuid(rng)}")',
        "\t)",
        f'\t(symbol (lib_id "Device:R") (at {x:.2f} {y:.2f} 0) (unit 1)',
        "\t\t(exclude_from_sim no) (in_bom yes) (on_board yes) (dnp no)",
        f'\t\t(uuid "{_uuid(rng)}")',
        f'\t\t(property "Reference" "R{rng.randint(1, 40)}" (at {x + 2.54:.2f} {y:.2f} 0) '
        f"{_effects()})",
        f'\t\t(property "Value" "{rng.choice(("4.7k", "10k", "330", "1k"))}" '
        f"(at {x + 2.54:.2f} {y + 2.54:.2f} 0) {_effects()})",
        '\t\t(property "Footprint" "Resistor_SMD:R_0603_1608Metric" '
        f"(at {x:.2f} {y:.2f} 0) {_effects()})",
        "\t)",
        f'\t(symbol (lib_id "Connector:Conn_01x04_Pin") (at {x + 25.4:.2f} {y:.2f} 0) (unit 1)',
        "\t\t(exclude_from_sim no) (in_bom yes) (on_board yes) (dnp no)",
        f'\t\t(uuid "{_uuid(rng)}")',
        f'\t\t(property "Reference" "J{rng.randint(1, 9)}" (at {x + 25.4:.2f} {y - 5.08:.2f} 0) '
        f"{_effects()})",
        f'\t\t(property "Value" "I2C_OLED" (at {x + 25.4:.2f} {y + 7.62:.2f} 0) {_effects()})',
        "\t)",
        '\t(sheet_instances (path "/" (page "1")))',
        ")",
        "",
    ]
    return "\n".join(lines)


def platformio_ini(row: dict[str, Any], rng: random.Random) -> str:
    """A PlatformIO project file (``platformio.ini``) of the queue display's firmware:
    comment lines naming the bank, branch and numbers, a ``[platformio]`` section with a
    description, a common ``[env]`` with library versions, and an ``[env:esp32dev]`` whose
    ``build_flags`` give the bank and branch codes and whose ``custom_`` options repeat the
    name, place, numbers and opening date; an invented platform version and upload port."""
    lines = [
        "; PlatformIO Project Configuration File",
        f"; Queue display firmware of {_f(row, 'Bank_Name')}, branch {_f(row, 'Branch_Code')}",
        *(f"; {label}: {value}" for _, label, value in _numbers(row)),
        "",
        "[platformio]",
        "default_envs = esp32dev",
        f"description = Queue display for {_name(row)}",
        "",
        "[env]",
        "framework = arduino",
        f"monitor_speed = {rng.choice((9600, 115200))}",
        "lib_deps =",
        f"    marcoschwartz/LiquidCrystal_I2C@^1.1.{rng.randint(2, 4)}",
        f"    bblanchon/ArduinoJson@^7.{rng.randint(0, 2)}.{rng.randint(0, 4)}",
        "",
        "[env:esp32dev]",
        f"platform = espressif32@6.{rng.randint(3, 9)}.0",
        "board = esp32dev",
        "build_flags =",
        f"    -D BANK_CODE={int(_f(row, 'Bank_Code'))}",
        f"    -D BRANCH_CODE={int(_f(row, 'Branch_Code'))}",
        f"    -D FW_BUILD={rng.randint(100, 9999)}",
        f"custom_branch_name = {_name(row)}",
        f"custom_branch_place = {_place(row)}",
        *(f"custom_{key.replace('-', '_')} = {value}" for key, _, value in _numbers(row)),
    ]
    if _f(row, "POB"):
        lines.append(f"custom_po_box = {_f(row, 'POB')}")
    if _f(row, "Open_Date"):
        lines.append(f"custom_open_date = {_f(row, 'Open_Date')}")
    lines += [f"upload_port = /dev/ttyUSB{rng.randint(0, 3)}", ""]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "devicetree_dts": devicetree_dts,
    "arduino_sketch": arduino_sketch,
    "kicad_schematic": kicad_schematic,
    "platformio_ini": platformio_ini,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone, fax and free-line
    fields labelled."""
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
