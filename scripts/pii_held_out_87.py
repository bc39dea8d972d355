"""held_out_87 of the PII evaluation set: real phone, fax and e-mail fields of a country whose
register no earlier part used (Algeria) exactly as published, in layouts no earlier part has,
beside the row's own branch code, address, wilaya and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``tel`` and ``fax`` fields and e-mail addresses of the branches of the
  Banque Nationale d'Algérie as Transformatek collected them from the bank's contact page
  (``scripts/data/pii_dz_bna_branches.json``, written by ``scripts/dz_bna_branches_data.py``;
  source and licence in that file): Algerian numbers as each row gave them, the area code in
  brackets (``(049) 36 78 43``), several joined by `` - ``, others after ``/`` as their last
  digits (``(043) 43 77 12/14/26``) or a range after ``à`` (``(031) 47 39 71 à 72``), each
  number of each copy labelled; a fax field that stands inside a copy of the phone field is
  labelled with it, a phone field inside the fax field with the fax; the branch's role e-mail
  address (``agadrar250@bna.dz``) where the field holds one, labelled;
* the text around them is the same row's real fields: its code and name (``250 - Agence
  ADRAR``), its address with postcode (``01000``), its wilaya and the wilaya's code, its
  coordinates, with invented transaction ids, account numbers (RIB), amounts, dates, times,
  call ids and durations, unlabelled and scored;
* in layouts no earlier part has, labels in French (the bank's working language): an OFX 2.1.1
  profile response of the branch's online banking server (``CSPHONE``, ``FAXPHONE``,
  ``EMAIL``), an ISO 20022 ``pain.001`` credit transfer initiation whose debtor's
  ``CtctDtls`` give the numbers, two GELF 1.1 messages (Graylog) of the call centre's routing
  service with ``_agence_tel`` and ``_agence_fax``, and a GNU recutils ``.rec`` file of the
  branch with ``Tel:``, ``Fax:`` and ``Courriel:`` fields.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_87.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_dz_bna_branches.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_87.jsonl.gz"
SPLIT = "held_out_87"

LAYOUTS = ("ofx_profile", "iso20022_pain001", "gelf_messages", "recutils_rec")
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@+-]"}
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``tel`` field as published, stripped."""
    return _f(row, "tel")


def fax(row: dict[str, Any]) -> str:
    """The row's ``fax`` field as published, stripped ("" where it has none)."""
    return _f(row, "fax")


def email(row: dict[str, Any]) -> str:
    """The row's ``email`` field where it is one address ("" where it is empty, an address
    run together twice, or a postal address)."""
    value = _f(row, "email")
    return value if ADDRESS.fullmatch(value) and value.count("@") == 1 else ""


def name(row: dict[str, Any]) -> str:
    """The branch's code and name as published (``250 - Agence ADRAR``)."""
    return _f(row, "name")


def code(row: dict[str, Any]) -> str:
    """The branch code: the leading digits of its name, else the row's ``num``."""
    m = re.match(r"\d+", name(row))
    return m.group() if m else _f(row, "num")


def postcode(row: dict[str, Any]) -> str:
    """The five-digit postcode in the branch's address ("" where it has none)."""
    m = re.search(r"(?<!\d)\d{5}(?!\d)", _f(row, "address"))
    return m.group() if m else ""


def international(value: str) -> bool:
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the phone field and of the fax field (each number
    in it by ``labelled_record``) and of the e-mail address labelled. Each copy stands apart
    (no digit next to a number, no address character next to an address); the longer of the
    two number fields is found first, so a field that stands inside a copy of the other (the
    same numbers in both, or ``(043) 43 77 12/14`` inside ``(043) 43 77 12/14/26``) is
    labelled with it; of two equal fields the phone."""
    values = [("phone", phone(row))] + ([("fax", fax(row))] if fax(row) else [])
    values.sort(key=lambda kv: -len(kv[1]))
    values += [("email", email(row))] if email(row) else []
    found: list[tuple[int, int, str]] = []
    for kind, value in values:
        for m in re.finditer(re.escape(value), text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            assert not re.fullmatch(EDGES[kind], before), (row["path"], value)
            assert not re.fullmatch(EDGES[kind], after), (row["path"], value)
            found.append((m.start(), m.end(), kind))
    b = Record()
    at = 0
    for start, end, kind in sorted(found):
        b.add(text[at:start])
        if kind == "email":
            b.email(text[start:end])
        else:
            b.phone(kind, text[start:end])
        at = end
    b.add(text[at:])
    return b


def _x(value: str) -> str:
    """XML character data (``&``, ``<`` and ``>`` escaped)."""
    return escape(value)


def _day(rng: random.Random) -> tuple[int, int, int]:
    """An invented date in 2024 (year, month, day)."""
    return 2024, rng.randint(1, 12), rng.randint(1, 28)


def _rib(rng: random.Random, bank: str = "001") -> str:
    """An invented 20-digit Algerian account number (RIB): bank, branch, account, key."""
    branch, account, key = rng.randint(0, 99999), rng.randint(0, 10**10 - 1), rng.randint(0, 99)
    return f"{bank}{branch:05d}{account:010d}{key:02d}"


def ofx_profile(row: dict[str, Any], rng: random.Random) -> str:
    """The branch's online banking server answering a profile request as an OFX 2.1.1 file:
    the XML and OFX headers, the sign-on response with an invented server time, the profile
    transaction with an invented ``TRNUID``, and the profile's ``FINAME``, address, wilaya,
    postcode and country, ``CSPHONE`` (the phone field), ``FAXPHONE`` (the fax field),
    ``URL`` and ``EMAIL``; the coordinates in a comment."""
    y, m, d = _day(rng)
    hh, mm, ss = rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)
    when = f"{y}{m:02d}{d:02d}{hh:02d}{mm:02d}{ss:02d}.{rng.randint(0, 999):03d}[+1:CET]"
    contact = [
        f"        <FINAME>{_x(name(row))}</FINAME>",
        f"        <ADDR1>{_x(_f(row, 'address'))}</ADDR1>",
        f"        <CITY>{_x(_f(row, 'wilaya'))}</CITY>",
        f"        <STATE>{_x(_f(row, 'code_wil'))}</STATE>",
    ]
    contact += [f"        <POSTALCODE>{postcode(row)}</POSTALCODE>"] if postcode(row) else []
    contact += [
        "        <COUNTRY>DZA</COUNTRY>",
        f"        <CSPHONE>{_x(phone(row))}</CSPHONE>",
    ]
    contact += [f"        <FAXPHONE>{_x(fax(row))}</FAXPHONE>"] if fax(row) else []
    contact += ["        <URL>https://www.bna.dz/fr/contact.html</URL>"]
    contact += [f"        <EMAIL>{_x(email(row))}</EMAIL>"] if email(row) else []
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>',
        f"<!-- Agence {code(row)} : géolocalisation {_f(row, 'lat')}, {_f(row, 'lon')} -->",
        "<OFX>",
        "  <SIGNONMSGSRSV1>",
        "    <SONRS>",
        "      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>",
        f"      <DTSERVER>{when}</DTSERVER>",
        "      <LANGUAGE>FRA</LANGUAGE>",
        f"      <FI><ORG>BNA</ORG><FID>{code(row)}</FID></FI>",
        "    </SONRS>",
        "  </SIGNONMSGSRSV1>",
        "  <PROFMSGSRSV1>",
        "    <PROFTRNRS>",
        f"      <TRNUID>{rng.getrandbits(64):016X}</TRNUID>",
        "      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>",
        "      <PROFRS>",
        "        <MSGSETLIST>",
        "          <SIGNONMSGSET><SIGNONMSGSETV1><MSGSETCORE><VER>1</VER>"
        "<URL>https://ofx.bna.dz/ofx</URL><OFXSEC>NONE</OFXSEC><TRANSPSEC>Y</TRANSPSEC>"
        "<SIGNONREALM>BNA</SIGNONREALM><LANGUAGE>FRA</LANGUAGE><SYNCMODE>LITE</SYNCMODE>"
        "<RESPFILEER>N</RESPFILEER></MSGSETCORE></SIGNONMSGSETV1></SIGNONMSGSET>",
        "        </MSGSETLIST>",
        "        <SIGNONINFOLIST>",
        "          <SIGNONINFO><SIGNONREALM>BNA</SIGNONREALM><MIN>6</MIN>"
        f"<MAX>{rng.choice((12, 16, 32))}</MAX><CHARTYPE>ALPHAANDNUMERIC</CHARTYPE>"
        "<CASESEN>Y</CASESEN><SPECIAL>N</SPECIAL><SPACES>N</SPACES><PINCH>Y</PINCH>"
        "<CHGPINFIRST>N</CHGPINFIRST></SIGNONINFO>",
        "        </SIGNONINFOLIST>",
        f"        <DTPROFUP>{y}{m:02d}01000000.000[+1:CET]</DTPROFUP>",
        *contact,
        "      </PROFRS>",
        "    </PROFTRNRS>",
        "  </PROFMSGSRSV1>",
        "</OFX>",
        "",
    ]
    return "\n".join(lines)


def iso20022_pain001(row: dict[str, Any], rng: random.Random) -> str:
    """The branch paying its premises' rent as an ISO 20022 ``pain.001.001.09`` customer
    credit transfer initiation: the group header with invented message id, creation time and
    control sum, the payment information with the branch as debtor (name, postal address with
    its wilaya's code, ``CtctDtls`` with ``PhneNb``, ``FaxNb`` and ``EmailAdr``), invented
    RIBs, amount and end-to-end id, and the remittance line naming the branch."""
    y, m, d = _day(rng)
    amount = f"{rng.randint(60, 900) * 1000 + rng.choice((0, 500))}.00"
    msg = f"BNA{code(row)}-{y}{m:02d}{d:02d}-{rng.randint(1, 9999):04d}"
    ctct = [f"          <PhneNb>{_x(phone(row))}</PhneNb>"]
    ctct += [f"          <FaxNb>{_x(fax(row))}</FaxNb>"] if fax(row) else []
    ctct += [f"          <EmailAdr>{_x(email(row))}</EmailAdr>"] if email(row) else []
    adr = [f"          <PstCd>{postcode(row)}</PstCd>"] if postcode(row) else []
    adr += [
        f"          <TwnNm>{_x(_f(row, 'wilaya'))}</TwnNm>",
        f"          <CtrySubDvsn>{_x(_f(row, 'code_wil'))}</CtrySubDvsn>",
        "          <Ctry>DZ</Ctry>",
        f"          <AdrLine>{_x(_f(row, 'address'))}</AdrLine>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">',
        "  <CstmrCdtTrfInitn>",
        "    <GrpHdr>",
        f"      <MsgId>{msg}</MsgId>",
        f"      <CreDtTm>{y}-{m:02d}-{d:02d}T{rng.randint(8, 15):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+01:00</CreDtTm>",
        "      <NbOfTxs>1</NbOfTxs>",
        f"      <CtrlSum>{amount}</CtrlSum>",
        f"      <InitgPty><Nm>{_x(name(row))}</Nm></InitgPty>",
        "    </GrpHdr>",
        "    <PmtInf>",
        f"      <PmtInfId>{msg}-01</PmtInfId>",
        "      <PmtMtd>TRF</PmtMtd>",
        f"      <ReqdExctnDt><Dt>{y}-{m:02d}-{min(d + 2, 28):02d}</Dt></ReqdExctnDt>",
        "      <Dbtr>",
        f"        <Nm>{_x(name(row))}</Nm>",
        "        <PstlAdr>",
        *adr,
        "        </PstlAdr>",
        "        <CtctDtls>",
        *ctct,
        "        </CtctDtls>",
        "      </Dbtr>",
        f"      <DbtrAcct><Id><Othr><Id>{_rib(rng)}</Id></Othr></Id><Ccy>DZD</Ccy></DbtrAcct>",
        "      <DbtrAgt><FinInstnId><Nm>Banque Nationale d'Algérie</Nm></FinInstnId>"
        f"<BrnchId><Id>{code(row)}</Id></BrnchId></DbtrAgt>",
        "      <CdtTrfTxInf>",
        f"        <PmtId><EndToEndId>LOYER-{code(row)}-T{(m - 1) // 3 + 1}-{y}"
        "</EndToEndId></PmtId>",
        f'        <Amt><InstdAmt Ccy="DZD">{amount}</InstdAmt></Amt>',
        "        <Cdtr><Nm>Propriétaire des locaux</Nm></Cdtr>",
        f"        <CdtrAcct><Id><Othr><Id>{_rib(rng, rng.choice(('002', '003', '007')))}"
        "</Id></Othr></Id></CdtrAcct>",
        f"        <RmtInf><Ustrd>Loyer du trimestre {(m - 1) // 3 + 1} {y}, "
        f"{_x(name(row))}</Ustrd></RmtInf>",
        "      </CdtTrfTxInf>",
        "    </PmtInf>",
        "  </CstmrCdtTrfInitn>",
        "</Document>",
        "",
    ]
    return "\n".join(lines)


def _json(value: str) -> str:
    """A JSON string, non-ASCII characters as they are."""
    return json.dumps(value, ensure_ascii=False)


def gelf_messages(row: dict[str, Any], rng: random.Random) -> str:
    """Two GELF 1.1 messages (one JSON object a line, as Graylog's raw input receives them) of
    the call centre's routing service: a call routed to the branch, its line in the short
    message and ``_agence_tel``, and the branch's contact card sent after it, with
    ``_agence_fax`` and ``_agence_email``; both with the branch's code, name, wilaya code and
    coordinates and invented host, time stamps, call id and duration."""
    ts = rng.randint(1_704_067_200, 1_735_603_200)
    call = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}"
    host = f"ivr-{rng.choice(('alger', 'oran', 'constantine'))}-0{rng.randint(1, 4)}"
    common = (
        f'"_agence_code":{_json(code(row))},"_agence_nom":{_json(name(row))},'
        f'"_code_wilaya":{_json(_f(row, "code_wil"))},'
        f'"_lat":{_json(_f(row, "lat"))},"_lon":{_json(_f(row, "lon"))},"_call_id":"{call}"'
    )
    first = (
        f'{{"version":"1.1","host":"{host}",'
        f'"short_message":{_json(f"Appel routé vers {name(row)} : {phone(row)}")},'
        f'"timestamp":{ts}.{rng.randint(0, 999):03d},"level":6,'
        f'"_agence_tel":{_json(phone(row))},{common},'
        f'"_duree_ms":{rng.randint(800, 240000)},"_file_attente":{rng.randint(0, 12)}}}'
    )
    card = [f'"_agence_fax":{_json(fax(row))}'] if fax(row) else []
    card += [f'"_agence_email":{_json(email(row))}'] if email(row) else []
    card += [f'"_agence_adresse":{_json(_f(row, "address"))}']
    second = (
        f'{{"version":"1.1","host":"{host}",'
        f'"short_message":{_json(f"Fiche contact envoyée par SMS : {name(row)}")},'
        f'"timestamp":{ts + rng.randint(5, 90)}.{rng.randint(0, 999):03d},"level":6,'
        f"{','.join(card)},{common}}}"
    )
    return first + "\n" + second + "\n"


def recutils_rec(row: dict[str, Any], rng: random.Random) -> str:
    """The branch as a GNU recutils database (``agences.rec``): a comment, the record
    descriptor (``%rec``, ``%key``, ``%type``, ``%mandatory``) and one record with the
    branch's code, name, address, wilaya and its code, ``Tel:``, ``Fax:``, ``Courriel:``,
    coordinates, and an invented count of counters and update date."""
    y, m, d = _day(rng)
    lines = [
        "# -*- mode: rec -*-",
        f"# agences.rec : annuaire des agences, wilaya {_f(row, 'code_wil')}",
        "",
        "%rec: Agence",
        "%key: Code",
        "%type: Code int",
        "%type: Lat,Lon real",
        "%type: Guichets int",
        "%type: MiseAJour date",
        "%mandatory: Nom Tel",
        "",
        f"Code: {code(row)}",
        f"Nom: {name(row)}",
        f"Adresse: {_f(row, 'address')}",
        f"Wilaya: {_f(row, 'wilaya')}",
        f"CodeWilaya: {_f(row, 'code_wil')}",
        f"Tel: {phone(row)}",
    ]
    lines += [f"Fax: {fax(row)}"] if fax(row) else []
    lines += [f"Courriel: {email(row)}"] if email(row) else []
    lines += [
        f"Lat: {_f(row, 'lat')}",
        f"Lon: {_f(row, 'lon')}",
        f"Guichets: {rng.randint(2, 9)}",
        f"MiseAJour: {y}-{m:02d}-{d:02d}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ofx_profile": ofx_profile,
    "iso20022_pain001": iso20022_pain001,
    "gelf_messages": gelf_messages,
    "recutils_rec": recutils_rec,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax fields and
    of its e-mail address labelled."""
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
