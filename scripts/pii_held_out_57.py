"""held_out_57 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Pakistan) exactly as published, in layouts no earlier part has, beside the
row's own list id, hospital name and street address.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY and LV; here:

* the values are the contact fields of the panel hospitals of Century Insurance Company Ltd's
  health cover as its members' app lists them by city (``scripts/data/pii_pk_panel_hospitals.json``,
  written by ``scripts/pk_panel_hospitals_data.py``; source and licence in that file): numbers
  as each entry gave them (``021-36361011``, ``05811-53824``, ranges of lines
  ``021-34132824-6`` and ``021-3634-9678-83``, UAN numbers ``042-111-555-600``, mobiles
  ``0309-1391390``, ``(0544)624646``, two in one field after ``/`` or ``,``), each number of
  each copy labelled; the list gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its list id, hospital name, street
  address and city (from the list's name), with invented claim and control numbers, provider
  and member ids, amounts, limits and dates, unlabelled and scored;
* in layouts no earlier part has, in English with Urdu labels where a member would read them:
  an hledger journal of the insurer's payments to the hospital (an ``account`` directive whose
  comment gives the ``phone:`` tag, an Urdu comment head with ``فون:``), an ASC X12 837P
  professional claim whose billing provider's ``PER`` segment gives the number after ``TE``, a
  Mermaid flowchart of the referral path whose hospital node shows the number and whose
  ``click`` line calls it, and a Neo4j Cypher script run by cypher-shell that sets the
  hospital node's ``contact``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_57.py   # rewrites the committed file
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pk_panel_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_57.jsonl.gz"
SPLIT = "held_out_57"

LAYOUTS = ("hledger_journal", "x12_837p", "mermaid_flowchart", "cypher_script")
PHONE = "phone"
# the cities whose list names are not their names once split at capitals
CITIES = {"abbotabad": "Abbottabad", "gujranwla": "Gujranwala", "wah Cant": "Wah Cantt"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's contact field as published, stripped."""
    return _f(row, "contact")


def name(row: dict[str, Any]) -> str:
    """The hospital's name as published (the lists use ``hospital`` or ``hospital_name``)."""
    return _f(row, "hospital") or _f(row, "hospital_name")


def city(row: dict[str, Any]) -> str:
    """The city of the list the row stands in (``rahimYarKhanPanelHospital``: Rahim Yar
    Khan)."""
    stem = re.sub(r"PanelHosp?ital$", "", row["list"])
    words = " ".join(re.findall(r"[A-Z]?[a-z]+", stem))
    return CITIES.get(words, words[:1].upper() + words[1:])


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _one_line(value: str) -> str:
    """A name with its runs of spaces made one (an hledger account name ends at two)."""
    return " ".join(value.split())


def _claim(rng: random.Random) -> tuple[str, int, str]:
    """An invented claim: its number, its amount in rupees and its admission date."""
    number = f"CL-2025-{rng.randint(100000, 999999)}"
    amount = rng.randint(12, 480) * 500
    date = f"2025-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
    return number, amount, date


def _pkr(amount: int) -> str:
    return f"PKR {amount:,}.00"


def hledger_journal(row: dict[str, Any], rng: random.Random) -> str:
    """The insurer's panel payments to the hospital as an hledger journal: a comment head naming
    the hospital, its city and address with the number after ``فون:``, the ``account``
    directive of the hospital's payable whose comment gives ``phone:`` and ``list_id:`` tags,
    a claim booked on an invented date and its settlement two weeks later (amounts in PKR)."""
    account = f"liabilities:panel:{city(row)}:{_one_line(name(row))}"
    number, amount, date = _claim(rng)
    paid = f"2025-{int(date[5:7]) + 1:02d}-{rng.randint(1, 28):02d}"
    address = _f(row, "address")
    lines = [
        f"; panel-{city(row).lower().replace(' ', '-')}.journal: Century Insurance health cover",
        f"; پینل ہسپتال: {name(row)}",
        *([f"; پتہ: {address}, {city(row)}"] if address else [f"; شہر: {city(row)}"]),
        f"; فون: {phone(row)}",
        "",
        "commodity PKR 1,000.00",
        "account expenses:claims:inpatient",
        "account assets:bank:settlement",
        f"account {account}  ; phone: {phone(row)}, list_id: {_f(row, 'id')}",
        "",
        f"{date} * {_one_line(name(row))} | claim {number}  ; city: {city(row)}",
        f"    expenses:claims:inpatient    {_pkr(amount)}",
        f"    {account}",
        "",
        f"{paid} * {_one_line(name(row))} | settlement of {number}",
        f"    {account}    {_pkr(amount)}",
        "    assets:bank:settlement",
        "",
    ]
    return "\n".join(lines)


def x12_837p(row: dict[str, Any], rng: random.Random) -> str:
    """A professional claim from the hospital to the insurer as an ASC X12 837P interchange
    (005010X222A1), one segment a line: the fixed-width ``ISA`` head (``>`` the component
    separator) with an invented control number, ``GS``, ``ST``, ``BHT``, the submitter and
    receiver, the billing provider (``NM1*85`` with its name and an invented ten-digit id,
    ``N3`` its address, ``N4`` its city, ``PER*IC`` its billing office and ``TE`` number), the
    subscriber's invented member id, the ``CLM`` with its amount, the service line and the
    trailers with their counts."""
    control = rng.randint(1000, 99999)
    number, amount, date = _claim(rng)
    day = date.replace("-", "")
    time = f"{rng.randint(8, 19):02d}{rng.randint(0, 59):02d}"
    sender, receiver = f"PANEL{int(_f(row, 'id')):04d}", "CICLHEALTH"
    isa = [
        "ISA", "00", " " * 10, "00", " " * 10, "ZZ", sender.ljust(15), "ZZ",
        receiver.ljust(15), day[2:], time, "^", "00501", f"{control:09d}", "0", "P", ">",
    ]  # fmt: skip
    body = [
        "ST*837*0001*005010X222A1",
        f"BHT*0019*00*{number}*{day}*{time}*CH",
        f"NM1*41*2*{name(row)}*****46*{sender}",
        "PER*IC*BILLING OFFICE*TE*" + phone(row),
        "NM1*40*2*CENTURY INSURANCE COMPANY LTD*****46*CICL",
        "HL*1**20*1",
        f"NM1*85*2*{name(row)}*****XX*{rng.randint(1000000000, 1999999999)}",
        *([f"N3*{_f(row, 'address')}"] if _f(row, "address") else []),
        f"N4*{city(row).upper()}*PK",
        "PER*IC*BILLING OFFICE*TE*" + phone(row),
        "HL*2*1*22*0",
        f"SBR*P*18*GHI{control}******CI",
        f"NM1*IL*1*MEMBER*INSURED****MI*CICL-{rng.randint(100000, 999999)}",
        f"CLM*{number}*{amount}***11>B>1*Y*A*Y*Y",
        f"DTP*435*D8*{day}",
        "HI*ABK>J189",
        "LX*1",
        f"SV1*HC>99223*{amount}*UN*1***1",
        f"DTP*472*D8*{day}",
    ]
    body.append(f"SE*{len(body) + 1}*0001")
    segments = [
        "*".join(isa),
        f"GS*HC*{sender}*{receiver}*{day}*{time}*{control}*X*005010X222A1",
        *body,
        f"GE*1*{control}",
        f"IEA*1*{control:09d}",
    ]
    return "".join(s + "~\n" for s in segments)


def _mermaid(value: str) -> str:
    """Text inside a Mermaid quoted label: ``"`` and ``#`` as entity codes."""
    return value.replace("#", "#35;").replace('"', "#quot;")


def mermaid_flowchart(row: dict[str, Any], rng: random.Random) -> str:
    """The member's referral path to the hospital as a Mermaid flowchart (a ``.mmd`` file): a
    comment naming the file and city, the member's and pre-approval nodes with Urdu labels, the
    hospital's node showing its name, address and number, the claims desk, edges with an
    invented approval reference and day limit, a ``click`` line that calls the hospital's
    number, and a class for the panel node."""
    node = f"h{_f(row, 'id')}"
    number, _, _ = _claim(rng)
    hospital = [_mermaid(name(row)), *([_mermaid(_f(row, "address"))] * bool(_f(row, "address")))]
    label = "<br/>".join([*hospital, _mermaid(city(row)), f"☎ {phone(row)}"])
    days = rng.choice((15, 30, 45))
    lines = [
        f"%% referral-{city(row).lower().replace(' ', '-')}-{node}.mmd: Century Insurance panel",
        "flowchart TD",
        '    member(["Member<br/>رکن"]) --> approval{"Pre-approval<br/>پیشگی منظوری"}',
        f'    approval -->|"approved, ref {number}"| {node}["{label}"]',
        '    approval -->|"declined"| desk[("Claims desk<br/>شعبہ کلیمز")]',
        f'    {node} -->|"claim within {days} days"| desk',
        f'    click {node} call callHospital("{phone(row)}")',
        "    classDef panel fill:#e8f4ea,stroke:#2e7d32",
        f"    class {node} panel",
        "",
    ]
    return "\n".join(lines)


def _cypher(value: str) -> str:
    """A Cypher double-quoted string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cypher_script(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as nodes of the insurer's panel graph in a Cypher script for cypher-shell:
    a comment naming the file and how it is run, ``:begin``, ``MERGE`` of the city and of the
    hospital by its list and list id, ``SET`` of its name, address and ``contact``, an invented
    panel date and discount, the ``LOCATED_IN`` relation and an invented plan's ``COVERS``
    relation with its limit, ``:commit``."""
    plan = f"GHI-{rng.randint(1000, 9999)}"
    since = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-01"
    lines = [
        f"// panel-{row['list']}.cypher: Century Insurance health cover panel",
        "// cypher-shell -a neo4j://localhost:7687 -f panel.cypher",
        ":begin",
        f"MERGE (c:City {{name: {_cypher(city(row))}}})",
        f"MERGE (h:PanelHospital {{list: {_cypher(row['list'])}, listId: {_f(row, 'id')}}})",
        f"SET h.name = {_cypher(name(row))},",
        f"    h.address = {_cypher(_f(row, 'address'))},",
        f"    h.contact = {_cypher(phone(row))},",
        f'    h.panelSince = date("{since}"),',
        f"    h.discountPct = {rng.choice((5, 10, 15, 20))}",
        "MERGE (h)-[:LOCATED_IN]->(c)",
        f"MERGE (p:Plan {{code: {_cypher(plan)}}})",
        f"MERGE (p)-[:COVERS {{limit: {rng.randint(10, 60) * 10000}}}]->(h);",
        ":commit",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "hledger_journal": hledger_journal,
    "x12_837p": x12_837p,
    "mermaid_flowchart": mermaid_flowchart,
    "cypher_script": cypher_script,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
