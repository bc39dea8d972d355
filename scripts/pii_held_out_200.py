"""held_out_200 of the PII evaluation set: real phone fields of a register no earlier part used
(VNPT VinaPhone's transaction points across Vietnam; Vietnam's earlier parts took the tourism
database's accommodation and Vietnam Post's post offices) exactly as published, in layouts no
earlier part has, beside the list's own names, addresses, wards, districts and provincial
centres.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of VN (accommodation, post offices), SG, MY, TH and many
others; here:

* the values are the ``Điện thoại ĐGD`` fields of 400 VNPT transaction points (điểm giao dịch)
  (``scripts/data/pii_vn_vnpt_transaction_points.json``, written by
  ``scripts/vn_vnpt_transaction_points_data.py``; source and licence in that file): Vietnamese
  numbers as the list writes them, the area code unbroken or after a dot or in brackets
  (``0763844160``, ``0238.3570789``, ``(0711) 3948678``), seven- to nine-digit numbers with no
  area code or trunk 0 (``3722888``), one ``+84`` number, each copy labelled (one row's district
  field is its number as the list gives it: those copies are labelled too);
* the text around them is the same row's real fields: the transaction point's name, address,
  ward, district and provincial centre (``VNPT TTP: An Giang (Tổng số ĐGD: 12)``), with invented
  Zalo user ids, branch ids and codes, retailer ids, party ids, dates and times, unlabelled and
  scored;
* in layouts no earlier part has, formats of a Vietnamese telecom operator's retail network,
  text in Vietnamese: Zalo Official Account API v3 consultation messages (``message/cs``: the
  number in the text and as ``phone_code`` of an ``oa.open.phone`` button), TM Forum TMF632
  Party Management v4 ``Organization`` resources (the number as a ``phone`` ``contactMedium``),
  KiotViet Public API ``GET /branches`` responses (the number as the branch's
  ``contactNumber``) and Net-SNMP ``snmpd.conf`` files of the point's router (the number in the
  header comment and in ``sysContact``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_200.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_vn_vnpt_transaction_points.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_200.jsonl.gz"
SPLIT = "held_out_200"

LAYOUTS = ("zalo_oa_message", "tmf632_organization", "kiotviet_branches", "snmpd_conf")
PHONE = "Điện thoại ĐGD"
COLUMNS = {
    "name": "Tên Điểm giao dịch",
    "address": "Địa chỉ",
    "ward": "Tên phường xã",
    "district": "Tên quận huyện",
}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped (``key`` a column or one of ``COLUMNS``' names)."""
    return (row["fields"].get(COLUMNS.get(key, key)) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def centre(row: dict[str, Any]) -> str:
    """The row's provincial centre as the list keys it, stripped."""
    return row["group"].strip()


def province(row: dict[str, Any]) -> str:
    """The province of the row's centre (``An Giang``, ``Cần Thơ (TP)``)."""
    name = centre(row).split("(Tổng số", 1)[0].strip()
    return name.split(":", 1)[1].strip() if ":" in name else name.removeprefix("VNPT TTP").strip()


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Indochina time, UTC+7)."""
    start = dt.datetime(2024, 1, 8, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _j(value: Any) -> str:
    """``value`` as JSON, Vietnamese letters unescaped."""
    return json.dumps(value, ensure_ascii=False)


def _where(row: dict[str, Any]) -> str:
    """The address with its ward and district where the address does not already hold them."""
    parts = [_f(row, "address")]
    for key in ("ward", "district"):
        value = _f(row, key)
        if value and value.lower() not in parts[0].lower():
            parts.append(value)
    return ", ".join(p for p in parts if p)


def zalo_oa_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Zalo Official Account API v3 consultation message (``POST /v3.0/oa/message/cs``), as
    the OA's back office sends it to a follower who asked for the nearest transaction point:
    the ``recipient`` (an invented ``user_id``), the ``message`` text naming the point, its
    address and number, and a ``template`` attachment with two buttons, an ``oa.open.url`` to
    the point on a map and an ``oa.open.phone`` whose ``phone_code`` is the number."""
    name, tel = _f(row, "name"), phone(row)
    user = str(rng.randint(10**18, 9 * 10**18))
    text = (
        f"Chào bạn, điểm giao dịch gần bạn nhất là {name} ({_where(row)}, {province(row)}). "
        f"Bạn có thể gọi {tel} để được hỗ trợ đăng ký SIM, cước và dịch vụ VinaPhone."
    )
    body = {
        "recipient": {"user_id": user},
        "message": {
            "text": text,
            "attachment": {
                "type": "template",
                "payload": {
                    "buttons": [
                        {
                            "title": "Xem bản đồ",
                            "type": "oa.open.url",
                            "payload": {"url": f"https://vinaphone.com.vn/diem-giao-dich?"
                                        f"ma={rng.randint(10000, 99999)}"},
                        },
                        {
                            "title": "Gọi điểm giao dịch",
                            "type": "oa.open.phone",
                            "payload": {"phone_code": tel},
                        },
                    ]
                },
            },
        },
    }  # fmt: skip
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def tmf632_organization(row: dict[str, Any], rng: random.Random) -> str:
    """A TM Forum TMF632 Party Management API v4 ``Organization`` resource of the transaction
    point: an invented id and ``href``, its name as ``name`` and ``tradingName``,
    ``organizationType``, ``status``, ``existsDuring`` from an invented date, the provincial
    centre as parent (``organizationParentRelationship``), ``contactMedium`` with the address
    (``postalAddress``: ``street1``, ``city``, ``stateOrProvince``, ``country``) and the number
    (``phone``: ``phoneNumber``), and ``partyCharacteristic``s of its ward and district."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    pid = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-" \
          f"{rng.choice('89ab')}{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}"  # fmt: skip
    href = f"https://api.vnpt.vn/tmf-api/partyManagement/v4/organization/{pid}"
    characteristics = [
        {"name": key, "value": _f(row, key), "valueType": "string", "@type": "StringCharacteristic"}
        for key in ("ward", "district")
        if _f(row, key)
    ]
    body = {
        "id": pid,
        "href": href,
        "@type": "Organization",
        "@baseType": "Party",
        "name": name,
        "tradingName": name,
        "nameType": "Điểm giao dịch",
        "organizationType": "retailOutlet",
        "isLegalEntity": False,
        "isHeadOffice": False,
        "status": "validated",
        "existsDuring": {"startDateTime": when.isoformat()},
        "organizationParentRelationship": {
            "relationshipType": "branchOf",
            "organization": {"name": centre(row), "@referredType": "Organization"},
        },
        "contactMedium": [
            {
                "mediumType": "postalAddress",
                "preferred": False,
                "characteristic": {
                    "contactType": "office",
                    "street1": _f(row, "address"),
                    "city": _f(row, "district"),
                    "stateOrProvince": province(row),
                    "country": "VN",
                },
            },
            {
                "mediumType": "phone",
                "preferred": True,
                "characteristic": {"contactType": "office", "phoneNumber": tel},
            },
        ],
        "partyCharacteristic": characteristics,
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def kiotviet_branches(row: dict[str, Any], rng: random.Random) -> str:
    """A KiotViet Public API ``GET /branches`` response of the retailer's shop system, one page
    of one branch: ``total``, ``pageSize``, and the branch with an invented ``id``,
    ``branchCode`` and ``retailerId``, its name as ``branchName``, the address, the
    ``locationName`` (province - district) and ``wardName``, the number as ``contactNumber``
    and invented ``createdDate`` and ``modifiedDate``; the response's ``timestamp``."""
    name, tel = _f(row, "name"), phone(row)
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(3, 40), seconds=rng.randint(0, 86399))
    stamp = modified + dt.timedelta(days=rng.randint(1, 20))
    branch = {
        "id": rng.randint(100000, 999999),
        "branchName": name,
        "branchCode": f"CN{rng.randint(1, 9999):04d}",
        "address": _f(row, "address"),
        "locationName": f"{province(row)} - {_f(row, 'district')}".strip(" -"),
        "wardName": _f(row, "ward"),
        "contactNumber": tel,
        "retailerId": rng.randint(500000, 799999),
        "modifiedDate": f"{modified:%Y-%m-%dT%H:%M:%S}.{rng.randint(100, 999)}0000",
        "createdDate": f"{created:%Y-%m-%dT%H:%M:%S}.{rng.randint(100, 999)}0000",
    }
    body = {
        "total": 1,
        "pageSize": 20,
        "data": [branch],
        "timestamp": f"{stamp:%Y-%m-%dT%H:%M:%S}.{rng.randint(100, 999)}+07:00",
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _quoted(value: str) -> str:
    """``value`` as a Net-SNMP quoted token."""
    return '"' + value.replace('"', "'") + '"'


def snmpd_conf(row: dict[str, Any], rng: random.Random) -> str:
    """A Net-SNMP ``snmpd.conf`` of the transaction point's router: a header comment naming
    the point, its centre and number and an invented date, ``agentaddress``, a read-only
    ``view`` and ``rocommunity`` (an invented community), ``syslocation`` with the address and
    ``syscontact`` with the number, ``sysservices``, ``trapsink`` to the centre's collector by
    name, and two ``disk``/``load`` checks."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    host = f"dgd-{rng.randint(100, 999)}.vnpt-ttp.local"
    community = f"dgd_ro_{rng.getrandbits(24):06x}"
    lines = [
        f"# snmpd.conf - {name}",
        f"# {centre(row)}",
        f"# Điện thoại ĐGD: {tel}",
        f"# Cập nhật {when:%d/%m/%Y %H:%M} bởi tổ kỹ thuật",
        "",
        "agentaddress udp:161",
        "",
        "view   systemonly  included   .1.3.6.1.2.1.1",
        "view   systemonly  included   .1.3.6.1.2.1.25.1",
        f"rocommunity {community} default -V systemonly",
        "",
        f"syslocation {_quoted(_where(row) + ', ' + province(row))}",
        f"syscontact  {_quoted('Trực ĐGD ' + name + ' - ' + tel)}",
        "sysservices 72",
        "",
        f"trapsink {host} {community}",
        "",
        "disk / 10%",
        f"load {rng.choice((4, 6, 8))} {rng.choice((3, 4, 5))} {rng.choice((2, 3))}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "zalo_oa_message": zalo_oa_message,
    "tmf632_organization": tmf632_organization,
    "kiotviet_branches": kiotviet_branches,
    "snmpd_conf": snmpd_conf,
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
