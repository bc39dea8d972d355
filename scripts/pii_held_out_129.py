"""held_out_129 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the Knowledge and Human Development Authority's database of Dubai's private schools;
the United Arab Emirates' earlier part took the Dubai Health Authority's register of health
facilities) exactly as published, in layouts no earlier part has, beside the register's own
numbers, names, communities and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AE (Sheryan's health facilities) and
many others; here:

* the values are the ``Main Telephone`` and ``Fax Number`` fields of all 173 schools of the
  sheet "Main information 2015-2016" (``scripts/data/pii_ae_khda_schools.json``, written by
  ``scripts/ae_khda_schools_data.py``; source and licence in that file): UAE numbers as each
  school gave them, Dubai's area code and the line joined by a hyphen (``04-2633405``), a blank
  or other grouping (``04 2988881``, ``04-285-1415``, ``04 - 3424040``), two or three numbers
  in one field after ``,`` or ``/``, mobiles (``050-4595186``), cells stored as numbers that
  lost the trunk ``0`` (``42641595``), each number of each copy labelled under its column; the
  toll-free ``800-1777`` (seven digits, labelled as the policy has it); the e-mail column is
  left out (many addresses name a person);
* the text around them is the same row's real fields: the register's school number, English
  and Arabic names, community, coordinates, curriculum, rating, grades, students and year
  established, with invented IBANs, BICs, tax registration numbers, invoice and statement
  numbers, amounts in dirhams, dates and GUIDs, unlabelled and scored;
* in layouts no earlier part has, financial and accounting interchange formats, in English
  with Arabic text where a Dubai firm's books would carry it (the school's Arabic name, a
  narration): ISO 20022 ``camt.053.001.08`` bank-to-customer statements of an invented
  school-supplies firm (the school as debtor of a credit entry, its numbers in ``CtctDtls``
  ``Othr`` entries, repeated in the remittance and the additional entry information),
  Beancount journals (an ``open`` directive whose metadata give ``phone:`` and ``fax:``, a
  transaction whose narration names the number, a ``note`` repeating the fax), GnuCash 2 XML
  books (a ``gnc:GncCustomer`` whose ``cust:addr`` has ``addr:phone`` and ``addr:fax``, its
  ``cust:notes`` repeating them, an invoice transaction) and OECD SAF-T 2.00 audit files (the
  school in ``MasterFiles/Customers`` with ``Contact/Telephone`` and ``Fax``, journal lines
  whose ``Description`` names the numbers).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_129.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ae_khda_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_129.jsonl.gz"
SPLIT = "held_out_129"

LAYOUTS = ("camt053", "beancount", "gnucash_xml", "saft_xml")
PHONE = "Main Telephone "
FAX = "Fax Number"
EDGES = {"phone": r"\d", "fax": r"\d"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented supplies a school buys (no real order is meant): English, Arabic
SUPPLIES = (
    ("school uniforms", "زي مدرسي"), ("textbooks", "كتب مدرسية"),
    ("laboratory consumables", "مستلزمات المختبر"), ("library books", "كتب المكتبة"),
    ("sports kit", "معدات رياضية"), ("stationery", "قرطاسية"),
    ("cafeteria services", "خدمات المقصف"), ("bus maintenance", "صيانة الحافلات"),
)  # fmt: skip
# the invented firm whose books these are
FIRM = "Al Noor Educational Supplies LLC"
FIRM_AR = "النور للمستلزمات التعليمية ذ.م.م"
BANKS = (("EBILAEAD", "033"), ("NBADAEAA", "035"), ("DUIBAEAD", "024"), ("MASHAEAD", "046"))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled under
    their columns (each copy stands apart: no digit next to it)."""
    values = [("phone", phone(row)), ("fax", fax(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2015-2016 school year (Gulf Standard Time)."""
    start = dt.datetime(2015, 9, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=4)))
    return start + dt.timedelta(seconds=rng.randint(0, 290 * 86400))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _iban(rng: random.Random) -> tuple[str, str]:
    """An invented UAE IBAN (``AE`` + check digits + bank code + 16 digits, check digits
    right) and its bank's BIC."""
    bic, bank = rng.choice(BANKS)
    bban = bank + _digits(rng, 16)
    check = 98 - int(bban + "101400") % 97  # A=10, E=14, then "00"
    return f"AE{check:02d}{bban}", bic


def _trn(rng: random.Random) -> str:
    """An invented UAE tax registration number (15 digits, ``100`` first)."""
    return "100" + _digits(rng, 12)


def _amount(rng: random.Random) -> str:
    return f"{rng.randint(1200, 185000)}.{rng.choice(('00', '50', '25', '75'))}"


def _guid(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128)).hex


def _school_no(row: dict[str, Any]) -> str:
    """The register's number of the school (``17``)."""
    return _f(row, "A")


def _supplies(rng: random.Random) -> tuple[str, str]:
    return rng.choice(SUPPLIES)


def _where(row: dict[str, Any]) -> str:
    """The school's community and its coordinates as the register gives them."""
    lat, lon = _f(row, "Latitude"), _f(row, "Longitude")
    at = f" ({lat}, {lon})" if lat and lon else ""
    return f"{_f(row, 'Location')}, Dubai{at}"


def camt053(row: dict[str, Any], rng: random.Random) -> str:
    """An ISO 20022 ``camt.053.001.08`` statement of the invented firm's account: group
    header, statement with an invented id, the account's IBAN and BIC, opening and closing
    booked balances, one credit entry whose debtor is the school (name, community and Dubai as
    its postal address, its numbers as ``CtctDtls/Othr`` of channel ``PHON`` and ``FAXX``), an
    unstructured remittance naming the invoice and the phone, and additional entry information
    in Arabic repeating the numbers."""
    name, tel, fx = _f(row, "School Name"), phone(row), fax(row)
    name_ar = _f(row, "C")
    when = _when(rng)
    iban, bic = _iban(rng)
    debtor_iban, _ = _iban(rng)
    amount = _amount(rng)
    opening = f"{rng.randint(20000, 900000)}.00"
    closing = f"{float(opening) + float(amount):.2f}"
    invoice = f"INV-{when:%Y}-{rng.randint(1000, 9999)}"
    supplies, supplies_ar = _supplies(rng)
    ref = f"NTRY{rng.randint(10**9, 10**10 - 1)}"
    contact = [
        "                    <CtctDtls>",
        "                      <Othr>",
        "                        <ChanlTp>PHON</ChanlTp>",
        f"                        <Id>{tel}</Id>",
        "                      </Othr>",
    ]
    if fx:
        contact += [
            "                      <Othr>",
            "                        <ChanlTp>FAXX</ChanlTp>",
            f"                        <Id>{fx}</Id>",
            "                      </Othr>",
        ]
    contact.append("                    </CtctDtls>")
    info = f"تحويل من {name_ar} - هاتف {tel}" if name_ar else f"تحويل - هاتف {tel}"
    if fx:
        info += f" - فاكس {fx}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">',
        "  <BkToCstmrStmt>",
        "    <GrpHdr>",
        f"      <MsgId>STMT{when:%Y%m%d}{rng.randint(100000, 999999)}</MsgId>",
        f"      <CreDtTm>{when.isoformat()}</CreDtTm>",
        "    </GrpHdr>",
        "    <Stmt>",
        f"      <Id>{when:%Y%m%d}-{rng.randint(100, 999)}</Id>",
        f"      <ElctrncSeqNb>{rng.randint(1, 365)}</ElctrncSeqNb>",
        f"      <CreDtTm>{when.isoformat()}</CreDtTm>",
        "      <Acct>",
        f"        <Id><IBAN>{iban}</IBAN></Id>",
        "        <Ccy>AED</Ccy>",
        f"        <Ownr><Nm>{_x(FIRM)}</Nm></Ownr>",
        f"        <Svcr><FinInstnId><BICFI>{bic}</BICFI></FinInstnId></Svcr>",
        "      </Acct>",
        "      <Bal>",
        "        <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>",
        f'        <Amt Ccy="AED">{opening}</Amt>',
        "        <CdtDbtInd>CRDT</CdtDbtInd>",
        f"        <Dt><Dt>{when:%Y-%m-%d}</Dt></Dt>",
        "      </Bal>",
        "      <Bal>",
        "        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>",
        f'        <Amt Ccy="AED">{closing}</Amt>',
        "        <CdtDbtInd>CRDT</CdtDbtInd>",
        f"        <Dt><Dt>{when:%Y-%m-%d}</Dt></Dt>",
        "      </Bal>",
        "      <Ntry>",
        f"        <NtryRef>{ref}</NtryRef>",
        f'        <Amt Ccy="AED">{amount}</Amt>',
        "        <CdtDbtInd>CRDT</CdtDbtInd>",
        "        <Sts><Cd>BOOK</Cd></Sts>",
        f"        <BookgDt><Dt>{when:%Y-%m-%d}</Dt></BookgDt>",
        f"        <ValDt><Dt>{when:%Y-%m-%d}</Dt></ValDt>",
        "        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd>"
        "<SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>",
        "        <NtryDtls>",
        "          <TxDtls>",
        "            <Refs>",
        f"              <EndToEndId>{invoice}</EndToEndId>",
        "            </Refs>",
        f'            <Amt Ccy="AED">{amount}</Amt>',
        "            <CdtDbtInd>CRDT</CdtDbtInd>",
        "            <RltdPties>",
        "              <Dbtr>",
        "                <Pty>",
        f"                  <Nm>{_x(name)}</Nm>",
        "                  <PstlAdr>",
        f"                    <TwnLctnNm>{_x(_f(row, 'Location'))}</TwnLctnNm>",
        "                    <TwnNm>Dubai</TwnNm>",
        "                    <Ctry>AE</Ctry>",
        "                  </PstlAdr>",
        *contact,
        "                </Pty>",
        "              </Dbtr>",
        f"              <DbtrAcct><Id><IBAN>{debtor_iban}</IBAN></Id></DbtrAcct>",
        "            </RltdPties>",
        "            <RmtInf>",
        f"              <Ustrd>{invoice} {supplies} KHDA school no {_school_no(row)} "
        f"tel {tel}</Ustrd>",
        "            </RmtInf>",
        "          </TxDtls>",
        "        </NtryDtls>",
        f"        <AddtlNtryInf>{_x(info)} ({_x(supplies_ar)})</AddtlNtryInf>",
        "      </Ntry>",
        "    </Stmt>",
        "  </BkToCstmrStmt>",
        "</Document>",
        "",
    ]
    return "\n".join(lines)


def _bean(value: str) -> str:
    """``value`` as a Beancount string (backslash and double quote escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def beancount(row: dict[str, Any], rng: random.Random) -> str:
    """A Beancount journal of the invented firm for one customer school: ``option`` lines,
    ``open`` directives of the school's receivable account (its metadata: the register's
    number, names, community, coordinates, ``phone:`` and ``fax:``) and of the income and bank
    accounts, an invoice transaction whose narration names the number to call, a payment, a
    ``note`` that the statement went by fax to the fax number (or by telephone, where the
    school gives no fax) and a ``balance`` assertion."""
    name, tel, fx = _f(row, "School Name"), phone(row), fax(row)
    when = _when(rng)
    opened = when.date() - dt.timedelta(days=rng.randint(20, 90))
    paid = when.date() + dt.timedelta(days=rng.randint(5, 40))
    noted = paid + dt.timedelta(days=rng.randint(1, 9))
    account = f"Assets:Receivable:School{int(_school_no(row) or 0):03d}"
    amount = _amount(rng)
    invoice = f"INV-{when:%Y}-{rng.randint(1000, 9999)}"
    supplies, supplies_ar = _supplies(rng)
    meta = [
        f"  khda-no: {_bean(_school_no(row))}",
        f"  name: {_bean(name)}",
    ]
    if _f(row, "C"):
        meta.append(f"  name-ar: {_bean(_f(row, 'C'))}")
    meta.append(f"  location: {_bean(_f(row, 'Location'))}")
    if _f(row, "Latitude") and _f(row, "Longitude"):
        meta.append(f"  geo: {_bean(_f(row, 'Latitude') + ',' + _f(row, 'Longitude'))}")
    meta.append(f"  phone: {_bean(tel)}")
    if fx:
        meta.append(f"  fax: {_bean(fx)}")
    note = (
        f"Statement {invoice} sent by fax to {fx}"
        if fx
        else f"Statement {invoice} read out by telephone on {tel}"
    )
    lines = [
        f'option "title" {_bean(FIRM + " - receivables")}',
        'option "operating_currency" "AED"',
        "",
        f"{opened:%Y-%m-%d} open {account} AED",
        *meta,
        f"{opened:%Y-%m-%d} open Income:Sales:Schools AED",
        f"{opened:%Y-%m-%d} open Assets:Bank:Current AED",
        "",
        f"{when:%Y-%m-%d} * {_bean(name)} {_bean(f'{invoice} {supplies} - queries: {tel}')}",
        f"  invoice: {_bean(invoice)}",
        f"  narration-ar: {_bean(supplies_ar)}",
        f"  {account}  {amount} AED",
        "  Income:Sales:Schools",
        "",
        f"{paid:%Y-%m-%d} * {_bean(name)} {_bean(f'Payment {invoice}')}",
        f"  Assets:Bank:Current  {amount} AED",
        f"  {account}",
        "",
        f"{noted:%Y-%m-%d} note {account} {_bean(note)}",
        f"{noted:%Y-%m-%d} balance {account}  0.00 AED",
        "",
    ]
    return "\n".join(lines)


GNC_NS = {
    "gnc": "http://www.gnucash.org/XML/gnc",
    "act": "http://www.gnucash.org/XML/act",
    "book": "http://www.gnucash.org/XML/book",
    "cd": "http://www.gnucash.org/XML/cd",
    "cmdty": "http://www.gnucash.org/XML/cmdty",
    "trn": "http://www.gnucash.org/XML/trn",
    "split": "http://www.gnucash.org/XML/split",
    "ts": "http://www.gnucash.org/XML/ts",
    "cust": "http://www.gnucash.org/XML/cust",
    "addr": "http://www.gnucash.org/XML/addr",
}


def gnucash_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An uncompressed GnuCash 2 XML book of the invented firm: ``gnc-v2`` with its namespace
    declarations, a ``gnc:book`` (``book:id``, ``gnc:count-data``), the AED commodity, a root
    and a receivable and an income account, the school as ``gnc:GncCustomer`` (``cust:id`` the
    register's number, ``cust:addr`` with the name, community, city, ``addr:phone`` and
    ``addr:fax``, ``cust:notes`` repeating them with the Arabic name and the coordinates) and
    an invoice transaction of two splits whose description names the school."""
    name, tel, fx = _f(row, "School Name"), phone(row), fax(row)
    when = _when(rng)
    ts = f"{when:%Y-%m-%d %H:%M:%S} +0400"
    root_id, ar_id, inc_id = _guid(rng), _guid(rng), _guid(rng)
    amount = _amount(rng)
    cents = int(round(float(amount) * 100))
    supplies, _ = _supplies(rng)
    notes = [f"KHDA private school no. {_school_no(row)}", f"Main telephone: {tel}"]
    if fx:
        notes.append(f"Fax: {fx}")
    if _f(row, "C"):
        notes.append(_f(row, "C"))
    notes.append(_where(row))
    addr = [
        '    <cust:addr version="2.0.0">',
        f"      <addr:name>{_x(name)}</addr:name>",
        f"      <addr:addr1>{_x(_f(row, 'Location'))}</addr:addr1>",
        "      <addr:addr2>Dubai, United Arab Emirates</addr:addr2>",
        f"      <addr:phone>{tel}</addr:phone>",
    ]
    if fx:
        addr.append(f"      <addr:fax>{fx}</addr:fax>")
    addr.append("    </cust:addr>")
    declarations = " ".join(f'xmlns:{p}="{u}"' for p, u in GNC_NS.items())
    lines = [
        '<?xml version="1.0" encoding="utf-8" ?>',
        f"<gnc-v2 {declarations}>",
        '<gnc:count-data cd:type="book">1</gnc:count-data>',
        '<gnc:book version="2.0.0">',
        f'<book:id type="guid">{_guid(rng)}</book:id>',
        '<gnc:count-data cd:type="commodity">1</gnc:count-data>',
        '<gnc:count-data cd:type="account">3</gnc:count-data>',
        '<gnc:count-data cd:type="transaction">1</gnc:count-data>',
        '<gnc:count-data cd:type="gnc:GncCustomer">1</gnc:count-data>',
        '<gnc:commodity version="2.0.0">',
        "  <cmdty:space>CURRENCY</cmdty:space>",
        "  <cmdty:id>AED</cmdty:id>",
        "</gnc:commodity>",
        '<gnc:account version="2.0.0">',
        "  <act:name>Root Account</act:name>",
        f'  <act:id type="guid">{root_id}</act:id>',
        "  <act:type>ROOT</act:type>",
        "</gnc:account>",
        '<gnc:account version="2.0.0">',
        "  <act:name>Accounts Receivable</act:name>",
        f'  <act:id type="guid">{ar_id}</act:id>',
        "  <act:type>RECEIVABLE</act:type>",
        "  <act:commodity>",
        "    <cmdty:space>CURRENCY</cmdty:space>",
        "    <cmdty:id>AED</cmdty:id>",
        "  </act:commodity>",
        f'  <act:parent type="guid">{root_id}</act:parent>',
        "</gnc:account>",
        '<gnc:account version="2.0.0">',
        "  <act:name>Sales to Schools</act:name>",
        f'  <act:id type="guid">{inc_id}</act:id>',
        "  <act:type>INCOME</act:type>",
        "  <act:commodity>",
        "    <cmdty:space>CURRENCY</cmdty:space>",
        "    <cmdty:id>AED</cmdty:id>",
        "  </act:commodity>",
        f'  <act:parent type="guid">{root_id}</act:parent>',
        "</gnc:account>",
        '<gnc:transaction version="2.0.0">',
        f'  <trn:id type="guid">{_guid(rng)}</trn:id>',
        "  <trn:currency>",
        "    <cmdty:space>CURRENCY</cmdty:space>",
        "    <cmdty:id>AED</cmdty:id>",
        "  </trn:currency>",
        f"  <trn:num>{rng.randint(1000, 9999)}</trn:num>",
        f"  <trn:date-posted><ts:date>{ts}</ts:date></trn:date-posted>",
        f"  <trn:date-entered><ts:date>{ts}</ts:date></trn:date-entered>",
        f"  <trn:description>{_x(name)} - {supplies}</trn:description>",
        "  <trn:splits>",
        "    <trn:split>",
        f'      <split:id type="guid">{_guid(rng)}</split:id>',
        "      <split:reconciled-state>n</split:reconciled-state>",
        f"      <split:value>{cents}/100</split:value>",
        f"      <split:quantity>{cents}/100</split:quantity>",
        f'      <split:account type="guid">{ar_id}</split:account>',
        "    </trn:split>",
        "    <trn:split>",
        f'      <split:id type="guid">{_guid(rng)}</split:id>',
        "      <split:reconciled-state>n</split:reconciled-state>",
        f"      <split:value>-{cents}/100</split:value>",
        f"      <split:quantity>-{cents}/100</split:quantity>",
        f'      <split:account type="guid">{inc_id}</split:account>',
        "    </trn:split>",
        "  </trn:splits>",
        "</gnc:transaction>",
        '<gnc:GncCustomer version="2.0.0">',
        f'  <cust:guid type="guid">{_guid(rng)}</cust:guid>',
        f"  <cust:name>{_x(name)}</cust:name>",
        f"  <cust:id>{int(_school_no(row) or 0):06d}</cust:id>",
        *["  " + line for line in addr],
        f"  <cust:notes>{_x(chr(10).join(notes))}</cust:notes>",
        "  <cust:taxincluded>USEGLOBAL</cust:taxincluded>",
        "  <cust:active>1</cust:active>",
        "  <cust:discount>0/1</cust:discount>",
        f"  <cust:credit>{rng.choice((50000, 100000, 250000))}/1</cust:credit>",
        "  <cust:currency>",
        "    <cmdty:space>CURRENCY</cmdty:space>",
        "    <cmdty:id>AED</cmdty:id>",
        "  </cust:currency>",
        "  <cust:use-tt>0</cust:use-tt>",
        "</gnc:GncCustomer>",
        "</gnc:book>",
        "</gnc-v2>",
        "",
        "<!-- Local variables: -->",
        "<!-- mode: xml        -->",
        "<!-- End:             -->",
        "",
    ]
    return "\n".join(lines)


def saft_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An OECD SAF-T 2.00 audit file of the invented firm: ``Header`` (file version, country
    AE, creation date, software, the firm with an invented tax registration number, currency
    AED, selection period), ``MasterFiles`` with the general ledger accounts and the school as
    ``Customer`` (its register number as ``CustomerID``, name, the community as
    ``StreetName``, Dubai, ``Contact`` with ``Telephone`` and ``Fax``, ``Website``) and
    ``GeneralLedgerEntries`` with one journal transaction whose lines' ``Description`` name
    the numbers (in English and Arabic)."""
    name, tel, fx = _f(row, "School Name"), phone(row), fax(row)
    when = _when(rng)
    amount = _amount(rng)
    supplies, supplies_ar = _supplies(rng)
    customer_id = f"KHDA{int(_school_no(row) or 0):04d}"
    invoice = f"INV-{when:%Y}-{rng.randint(1000, 9999)}"
    contact = ["          <Contact>", f"            <Telephone>{tel}</Telephone>"]
    if fx:
        contact.append(f"            <Fax>{fx}</Fax>")
    contact.append("          </Contact>")
    website = _f(row, "School Website")
    second = f"{supplies_ar} - هاتف المدرسة {tel}"
    if fx:
        second += f" / فاكس {fx}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<AuditFile xmlns="urn:OECD:StandardAuditFile-Tax:2.00">',
        "  <Header>",
        "    <AuditFileVersion>2.00</AuditFileVersion>",
        "    <AuditFileCountry>AE</AuditFileCountry>",
        f"    <AuditFileDateCreated>{when:%Y-%m-%d}</AuditFileDateCreated>",
        "    <SoftwareCompanyName>Al Noor IT</SoftwareCompanyName>",
        "    <SoftwareID>NoorBooks</SoftwareID>",
        f"    <SoftwareVersion>{rng.randint(2, 9)}.{rng.randint(0, 9)}</SoftwareVersion>",
        "    <Company>",
        f"      <RegistrationNumber>{_trn(rng)}</RegistrationNumber>",
        f"      <Name>{_x(FIRM)}</Name>",
        "      <Address>",
        "        <City>Dubai</City>",
        "        <Country>AE</Country>",
        "      </Address>",
        "    </Company>",
        "    <DefaultCurrencyCode>AED</DefaultCurrencyCode>",
        "    <SelectionCriteria>",
        f"      <PeriodStart>{when.month}</PeriodStart>",
        f"      <PeriodStartYear>{when.year}</PeriodStartYear>",
        f"      <PeriodEnd>{when.month}</PeriodEnd>",
        f"      <PeriodEndYear>{when.year}</PeriodEndYear>",
        "    </SelectionCriteria>",
        "    <TaxAccountingBasis>A</TaxAccountingBasis>",
        "  </Header>",
        "  <MasterFiles>",
        "    <GeneralLedgerAccounts>",
        "      <Account>",
        "        <AccountID>1210</AccountID>",
        "        <AccountDescription>Trade receivables - schools</AccountDescription>",
        "        <AccountType>GL</AccountType>",
        "      </Account>",
        "      <Account>",
        "        <AccountID>4100</AccountID>",
        f"        <AccountDescription>Sales - {supplies}</AccountDescription>",
        "        <AccountType>GL</AccountType>",
        "      </Account>",
        "    </GeneralLedgerAccounts>",
        "    <Customers>",
        "      <Customer>",
        f"        <CustomerID>{customer_id}</CustomerID>",
        "        <AccountID>1210</AccountID>",
        f"        <Name>{_x(name)}</Name>",
        "        <Address>",
        f"          <StreetName>{_x(_f(row, 'Location'))}</StreetName>",
        "          <City>Dubai</City>",
        "          <Country>AE</Country>",
        "        </Address>",
        *contact,
    ]
    if website:
        lines.append(f"        <Website>{_x(website)}</Website>")
    lines += [
        "      </Customer>",
        "    </Customers>",
        "  </MasterFiles>",
        "  <GeneralLedgerEntries>",
        "    <NumberOfEntries>1</NumberOfEntries>",
        f"    <TotalDebit>{amount}</TotalDebit>",
        f"    <TotalCredit>{amount}</TotalCredit>",
        "    <Journal>",
        "      <JournalID>SJ</JournalID>",
        "      <Description>Sales journal</Description>",
        "      <Type>SJ</Type>",
        "      <Transaction>",
        f"        <TransactionID>{invoice}</TransactionID>",
        f"        <Period>{when.month}</Period>",
        f"        <PeriodYear>{when.year}</PeriodYear>",
        f"        <TransactionDate>{when:%Y-%m-%d}</TransactionDate>",
        f"        <Description>{invoice} {_x(name)}</Description>",
        f"        <SystemEntryDate>{when:%Y-%m-%d}</SystemEntryDate>",
        f"        <GLPostingDate>{when:%Y-%m-%d}</GLPostingDate>",
        f"        <CustomerID>{customer_id}</CustomerID>",
        "        <Line>",
        "          <RecordID>1</RecordID>",
        "          <AccountID>1210</AccountID>",
        f"          <Description>{supplies} for {_x(name)}, "
        f"{_f(row, 'Students 2014-15') or 'n/a'} students - contact {tel}</Description>",
        f"          <DebitAmount><Amount>{amount}</Amount></DebitAmount>",
        "        </Line>",
        "        <Line>",
        "          <RecordID>2</RecordID>",
        "          <AccountID>4100</AccountID>",
        f"          <Description>{_x(second)}</Description>",
        f"          <CreditAmount><Amount>{amount}</Amount></CreditAmount>",
        "        </Line>",
        "      </Transaction>",
        "    </Journal>",
        "  </GeneralLedgerEntries>",
        "</AuditFile>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "camt053": camt053,
    "beancount": beancount,
    "gnucash_xml": gnucash_xml,
    "saft_xml": saft_xml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
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
