"""held_out_117 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (New South Wales' government schools, as the NSW Department of Education's
public schools master dataset lists them; Australia's earlier part took Western Australia's
schools list) exactly as published, in layouts no earlier part has, beside the register's own
identifiers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU (Western Australia's
schools), IN, TW, SG, IE, CA, NZ, BR and many others; here:

* the values are the ``Phone``, ``Fax`` and ``School_Email`` fields of 600 schools (a seeded
  sample, ``scripts/data/pii_au_nsw_schools.json``, written by
  ``scripts/au_nsw_schools_data.py``; source and licence in that file): Australian numbers as
  the register writes them, most the eight-digit local number in two groups of four without
  the area code (``9316 8825``), some with it (``02 9646 2200``, ``07 5590 7210``), a few run
  together or grouped otherwise (``0243924200``, ``029841 5100``), one mobile
  (``0429 236503``) and one ``1300`` number, each copy labelled; the fax where the row has one
  of its own; the school's role mailbox (``...-p.school@det.nsw.edu.au``);
* the text around them is the same row's real fields: the school code (``5423``), the
  Commonwealth AgeID (``64742``), the postcode (``2019``), the town and coordinates
  (``-33.942627``, ``151.196138``), with invented epoch times, IP addresses, ports, counts,
  call ids and event ids, unlabelled and scored;
* in layouts no earlier part has, security and audit event formats, text in Australian
  English: ArcSight CEF events (behind a BSD syslog prefix: ``cs1``..``cs5`` custom strings
  with their labels, ``cn`` counters, the number in ``msg``), IBM QRadar LEEF 1.0 events
  (tab-separated attributes, custom keys for the site's line, fax and mailbox), Zeek
  ``sip.log`` files (the TSV header with ``#fields`` and ``#types``, the number as the
  caller's display name in ``request_from``) and OCSF 1.1 Email Activity events (JSON: a
  voicemail-to-e-mail notice to the school's mailbox, ``device.location``, ``observables`` and
  ``unmapped`` site fields).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_117.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_au_nsw_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_117.jsonl.gz"
SPLIT = "held_out_117"

LAYOUTS = ("arcsight_cef", "qradar_leef", "zeek_sip_log", "ocsf_email_activity")
PHONE, FAX, EMAIL = "Phone", "Fax", "School_Email"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
VENDOR, PRODUCT, VERSION = "Telesoft", "SIP Shield", "4.2.7"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it is a number of its own: six
    digits or more, and neither the phone field again nor a part of it; "" otherwise."""
    value, tel = _f(row, FAX), phone(row)
    if sum(c.isdigit() for c in value) < 6 or value in tel or tel in value:
        return ""
    return value


def email(row: dict[str, Any]) -> str:
    """The school's e-mail address as published, stripped."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields and of its
    e-mail address labelled (each copy stands apart: no digit next to a number, no address
    character next to an address)."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of Term 1 of 2026 in NSW schools (UTC)."""
    start = dt.datetime(2026, 1, 27, 20, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 60 * 86400))


def _millis(at: dt.datetime, rng: random.Random) -> int:
    """``at`` in epoch milliseconds, with invented milliseconds."""
    return int(at.timestamp()) * 1000 + rng.randint(0, 999)


def _ip(rng: random.Random, private: bool = True) -> str:
    """An invented IPv4 address (a 10.x site address, or a documentation-range outsider)."""
    if private:
        return f"10.{rng.randint(16, 250)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"{rng.choice(('198.51.100', '203.0.113', '192.0.2'))}.{rng.randint(2, 254)}"


def _host(row: dict[str, Any]) -> str:
    """The school's invented voice gateway host, named by its school code."""
    return f"vgw-s{_f(row, 'School_code')}.voice.det.internal"


def _cef_header(value: str) -> str:
    """A CEF header field: ``\\`` and ``|`` escaped."""
    return value.replace("\\", "\\\\").replace("|", "\\|")


def _cef_value(value: str) -> str:
    """A CEF extension value: ``\\`` and ``=`` escaped, line breaks as ``\\n``."""
    return value.replace("\\", "\\\\").replace("=", "\\=").replace("\n", "\\n")


def _cef(at: dt.datetime, sig: str, name: str, sev: int, ext: list[tuple[str, str]]) -> str:
    """One CEF:0 event behind a BSD syslog prefix (``Feb 03 09:12:44 host``)."""
    header = "|".join(_cef_header(v) for v in ("CEF:0", VENDOR, PRODUCT, VERSION, sig, name))
    extension = " ".join(f"{k}={_cef_value(v)}" for k, v in ext)
    return f"{at:%b %d %H:%M:%S} sbc-edge01 {header}|{sev}|{extension}"


def arcsight_cef(row: dict[str, Any], rng: random.Random) -> str:
    """ArcSight Common Event Format events of a school's voice gateway, one a line: a
    voicemail PIN lockout on the school's line (``cs2``, again in ``msg``), a fax held for
    review (the fax line and the school's mailbox as ``duser``) or a mailbox notice where the
    school has no fax of its own, and a SIP registration from an unexpected network with the
    site's postcode, AgeID and coordinates; invented times, addresses, ports and counts."""
    tel, fx, mail, code = phone(row), fax(row), email(row), _f(row, "School_code")
    at = _when(rng)
    site = [("cs1Label", "SchoolCode"), ("cs1", code), ("cs5Label", "SchoolName"),
            ("cs5", _f(row, "School_name"))]  # fmt: skip
    tries = rng.randint(4, 12)
    lines = [
        _cef(at, "VM-PIN-LOCKOUT", "Voicemail PIN lockout on site line", 7, [
            ("rt", str(_millis(at, rng))), ("dvchost", _host(row)), ("src", _ip(rng, False)),
            ("spt", str(rng.randint(1024, 65535))), ("dst", _ip(rng)), ("dpt", "5060"),
            ("proto", "UDP"), *site, ("cs2Label", "SiteLine"), ("cs2", tel),
            ("cn1Label", "FailedAttempts"), ("cn1", str(tries)),
            ("msg", f"Voicemail box of {tel} locked after {tries} failed PIN attempts"),
        ]),
    ]  # fmt: skip
    at += dt.timedelta(seconds=rng.randint(60, 7200))
    if fx:
        pages = rng.randint(1, 9)
        lines.append(_cef(at, "FAX-IN-HOLD", "Inbound fax held for review", 4, [
            ("rt", str(_millis(at, rng))), ("dvchost", _host(row)), *site,
            ("cs3Label", "SiteFax"), ("cs3", fx), ("duser", mail),
            ("fname", f"fax_{rng.randint(100000, 999999)}.pdf"),
            ("fsize", str(rng.randint(20000, 900000))), ("cn2Label", "Pages"), ("cn2", str(pages)),
            ("msg", f"Fax to {fx} ({pages} pages) held; notice sent to {mail} for release"),
        ]))  # fmt: skip
    else:
        lines.append(_cef(at, "VM-NOTIFY", "Voicemail notice sent to site mailbox", 2, [
            ("rt", str(_millis(at, rng))), ("dvchost", _host(row)), *site,
            ("duser", mail), ("cn2Label", "Messages"), ("cn2", str(rng.randint(1, 14))),
        ]))  # fmt: skip
    at += dt.timedelta(seconds=rng.randint(60, 7200))
    lines.append(_cef(at, "SIP-REG-ANOMALY", "SIP registration from unexpected network", 5, [
        ("rt", str(_millis(at, rng))), ("dvchost", _host(row)), ("src", _ip(rng, False)),
        ("spt", str(rng.randint(1024, 65535))), ("requestClientApplication", "Yealink SIP-T46U"),
        *site, ("cs2Label", "SiteLine"), ("cs2", tel), ("cs4Label", "AgeID"),
        ("cs4", _f(row, "AgeID")), ("cs6Label", "Postcode"), ("cs6", _f(row, "Postcode")),
        ("cfp1Label", "Latitude"), ("cfp1", _f(row, "Latitude")), ("cfp2Label", "Longitude"),
        ("cfp2", _f(row, "Longitude")),
    ]))  # fmt: skip
    return "\n".join(lines) + "\n"


def _leef(event: str, attrs: list[tuple[str, str]]) -> str:
    """One LEEF 1.0 event: the header and tab-separated ``key=value`` attributes."""
    return f"LEEF:1.0|{VENDOR}|{PRODUCT}|{VERSION}|{event}|" + "\t".join(
        f"{k}={v}" for k, v in attrs
    )


def qradar_leef(row: dict[str, Any], rng: random.Random) -> str:
    """IBM QRadar Log Event Extended Format (LEEF 1.0) events, one a line: calls presenting
    the school's number as caller ID from outside its trunk (``siteLine``, again in
    ``reason``), and a login to the voicemail portal by the school's mailbox (``usrName``)
    with its fax line where it has one; the site's code, AgeID, town, postcode and coordinates
    as custom keys; invented times, addresses, ports and counts."""
    tel, fx, mail = phone(row), fax(row), email(row)
    at = _when(rng)
    site = [
        ("schoolCode", _f(row, "School_code")), ("ageId", _f(row, "AgeID")),
        ("schoolName", _f(row, "School_name")), ("town", _f(row, "Town_suburb")),
        ("postcode", _f(row, "Postcode")), ("latitude", _f(row, "Latitude")),
        ("longitude", _f(row, "Longitude")),
    ]  # fmt: skip
    calls = rng.randint(3, 40)
    stamp = f"{at:%b %d %Y %H:%M:%S}.{rng.randint(0, 999):03d} UTC"
    first = _leef("CallerIdSpoof", [
        ("devTime", stamp), ("devTimeFormat", "MMM dd yyyy HH:mm:ss.SSS z"), ("cat", "Toll Fraud"),
        ("sev", str(rng.randint(5, 8))), ("src", _ip(rng, False)),
        ("srcPort", str(rng.randint(1024, 65535))), ("dst", _ip(rng)), ("dstPort", "5060"),
        ("proto", "UDP"), *site, ("siteLine", tel), ("callCount", str(calls)),
        ("reason", f"{calls} calls presented {tel} as caller ID from outside the site trunk"),
    ])  # fmt: skip
    at += dt.timedelta(seconds=rng.randint(300, 86400))
    stamp = f"{at:%b %d %Y %H:%M:%S}.{rng.randint(0, 999):03d} UTC"
    second = [
        ("devTime", stamp), ("devTimeFormat", "MMM dd yyyy HH:mm:ss.SSS z"),
        ("cat", "Authentication"), ("sev", "2"), ("src", _ip(rng)),
        ("srcPort", str(rng.randint(1024, 65535))), ("usrName", mail),
        ("schoolCode", _f(row, "School_code")), ("siteLine", tel),
    ]  # fmt: skip
    if fx:
        second.append(("siteFax", fx))
    second.append(("sessionId", f"{rng.getrandbits(64):016x}"))
    return first + "\n" + _leef("VoicemailPortalLogin", second) + "\n"


ZEEK_FIELDS = (
    ("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"),
    ("id.resp_h", "addr"), ("id.resp_p", "port"), ("trans_depth", "count"),
    ("method", "string"), ("uri", "string"), ("date", "string"), ("request_from", "string"),
    ("request_to", "string"), ("response_from", "string"), ("response_to", "string"),
    ("reply_to", "string"), ("call_id", "string"), ("seq", "string"), ("subject", "string"),
    ("request_path", "vector[string]"), ("response_path", "vector[string]"),
    ("user_agent", "string"), ("status_code", "count"), ("status_msg", "string"),
    ("warning", "string"), ("request_body_len", "count"), ("response_body_len", "count"),
    ("content_type", "string"),
)  # fmt: skip


def _zeek_uid(rng: random.Random) -> str:
    """A connection uid as Zeek writes them (``C`` and 17 base-62 characters)."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "C" + "".join(rng.choice(alphabet) for _ in range(17))


def zeek_sip_log(row: dict[str, Any], rng: random.Random) -> str:
    """A Zeek ``sip.log`` (TSV with its ``#separator``, ``#fields``, ``#types``, ``#open`` and
    ``#close`` lines): two INVITEs from the school's line whose ``request_from`` display name
    is the number (``"9316 8825" <sip:s5423-main@...>``), a T.38 INVITE from its fax line where
    it has one, and a REGISTER; calls go to internal extensions (``sip:ext-4711@...``), no
    phone numbers; invented times, addresses, ports, uids and call ids."""
    tel, fx, code = phone(row), fax(row), _f(row, "School_code")
    at = _when(rng).replace(minute=0, second=0)
    domain = "voice.det.internal"
    gateway, trunk = _ip(rng), _ip(rng)
    agent = "Yealink SIP-T46U 108.86.0.20"
    rows = []

    def add(line: str, display: str, method: str, callee: str, status: tuple[int, str]) -> None:
        nonlocal at
        at += dt.timedelta(seconds=rng.randint(20, 900), microseconds=rng.randint(0, 999999))
        target = f"sip:{callee}@{domain}"
        caller = f'"{display}" <sip:s{code}-{line}@{domain}>' if display else (
            f"<sip:s{code}-{line}@{domain}>")  # fmt: skip
        call_id = f"{rng.getrandbits(64):016x}@{gateway}"
        seq = f"{rng.randint(1, 120)} {method}"
        body = rng.randint(180, 420) if method == "INVITE" else 0
        rows.append([
            f"{at.timestamp():.6f}", _zeek_uid(rng), gateway, str(rng.randint(5060, 5090)), trunk,
            "5060", "0", method, target, "-", caller, f"<{target}>", caller if status[0] < 300
            else "-", f"<{target}>", "-", call_id, seq, "-",
            f"SIP/2.0/UDP {gateway}:5060", f"SIP/2.0/UDP {gateway}:5060", agent,
            str(status[0]), status[1], "-", str(body), str(rng.randint(0, 400)),
            "application/sdp" if method == "INVITE" else "-",
        ])  # fmt: skip

    add("main", tel, "INVITE", f"ext-{rng.randint(2000, 7999)}", (200, "OK"))
    if fx:
        add("fax", fx, "INVITE", f"fax-{rng.randint(2000, 7999)}", (200, "OK"))
    add("main", tel, "INVITE", f"ext-{rng.randint(2000, 7999)}", (486, "Busy Here"))
    add("main", "", "REGISTER", f"s{code}-main", (200, "OK"))
    opened = at.replace(minute=0, second=0, microsecond=0)
    header = [
        "#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
        "#path\tsip", f"#open\t{opened:%Y-%m-%d-%H-%M-%S}",
        "#fields\t" + "\t".join(k for k, _ in ZEEK_FIELDS),
        "#types\t" + "\t".join(t for _, t in ZEEK_FIELDS),
    ]  # fmt: skip
    closed = at + dt.timedelta(seconds=rng.randint(60, 3000))
    lines = header + ["\t".join(r) for r in rows] + [f"#close\t{closed:%Y-%m-%d-%H-%M-%S}"]
    return "\n".join(lines) + "\n"


def ocsf_email_activity(row: dict[str, Any], rng: random.Random) -> str:
    """An Open Cybersecurity Schema Framework (OCSF 1.1.0) Email Activity event (class 4009,
    activity Receive): a voicemail-to-e-mail notice for the school's line delivered to its
    mailbox (``email.to``, the number in ``email.subject`` and ``message``), the gateway's
    ``device.location`` (town, postcode, coordinates), ``observables`` and the site's fields
    in ``unmapped``; invented uids, times, sizes and addresses."""
    tel, fx, mail, code = phone(row), fax(row), email(row), _f(row, "School_code")
    at = _when(rng)
    seconds = rng.randint(6, 180)
    sender = "voicemail-noreply@voice.det.internal"
    unmapped = {"school_code": code, "age_id": _f(row, "AgeID"), "site_line": tel}
    if fx:
        unmapped["site_fax"] = fx
    event = {
        "activity_id": 2, "activity_name": "Receive",
        "category_uid": 4, "category_name": "Network Activity",
        "class_uid": 4009, "class_name": "Email Activity",
        "type_uid": 400902, "type_name": "Email Activity: Receive",
        "severity_id": 1, "severity": "Informational",
        "status_id": 1, "status": "Success",
        "direction_id": 1, "direction": "Inbound",
        "time": _millis(at, rng),
        "message": f"Voicemail of {seconds} s left on {tel} delivered to {mail}",
        "email": {
            "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "message_uid": f"<{rng.getrandbits(48):012x}.{code}@voice.det.internal>",
            "from": sender, "to": [mail],
            "subject": f"New voicemail on {tel} ({seconds} s)",
            "size": rng.randint(40000, 2000000),
        },
        "src_endpoint": {"hostname": _host(row), "ip": _ip(rng)},
        "dst_endpoint": {"hostname": "mx1.det.nsw.edu.au", "ip": _ip(rng)},
        "device": {
            "hostname": _host(row), "ip": _ip(rng), "type_id": 7, "type": "Firewall",
            "location": {
                "city": _f(row, "Town_suburb"), "postal_code": _f(row, "Postcode"),
                "region": "AU-NSW", "country": "AU",
                "lat": float(_f(row, "Latitude")), "long": float(_f(row, "Longitude")),
            },
        },
        "observables": [
            {"name": "email.to", "type": "Email Address", "type_id": 5, "value": mail},
            {"name": "src_endpoint.hostname", "type": "Hostname", "type_id": 1,
             "value": _host(row)},
        ],
        "metadata": {
            "version": "1.1.0",
            "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "product": {"name": PRODUCT, "vendor_name": VENDOR, "version": VERSION},
            "logged_time": _millis(at + dt.timedelta(seconds=rng.randint(1, 30)), rng),
        },
        "unmapped": unmapped,
    }  # fmt: skip
    return json.dumps(event, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "arcsight_cef": arcsight_cef,
    "qradar_leef": qradar_leef,
    "zeek_sip_log": zeek_sip_log,
    "ocsf_email_activity": ocsf_email_activity,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone, fax and e-mail
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
