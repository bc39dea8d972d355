"""held_out_47 of the PII evaluation set: real phone and fax fields of a country whose register
no earlier part used (Switzerland) exactly as published, in layouts no earlier part has,
beside the register's own clearing numbers, postal accounts and dates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH and NG; here:

* the values are the phone and fax fields of Swiss bank branches in SIX Interbank Clearing's
  bank master, the ``BC-Bankenstamm`` (``scripts/data/pii_ch_bank_master.json``, written by
  ``scripts/ch_bank_master_data.py``; source and licence in that file): numbers as the register
  gave them (``022 311 86 11``, the old Zurich area code ``01 627 70 80``, business numbers
  ``0848 223 223``), each number of each copy labelled, the fax where the row has one of its
  own (not the phone again); the register gives no e-mail addresses;
* the text around them is the same row's real fields: its bank clearing number and branch id
  (``208``, ``0001``), its six-digit SIC number (``002083``), postal account (``*80-2-2``),
  BIC, postcode and the day its entry took effect (``20000407``, a Unix time in the metrics),
  with invented serial numbers, time stamps, counters and registry words, unlabelled and
  scored;
* in layouts no earlier part has: a Prometheus text exposition of a bank-directory exporter
  (``bankstamm_filiale_info{...,telefon="...",fax="..."} 1``, help texts in the branch's
  language), a Windows Registry export (``.reg``) of a payment program's bank directory
  (``"Telefon"="..."``, ``dword:`` and ``hex(b):`` values), an Apple Wallet ``pass.json`` of an
  advisory appointment at the branch whose back fields give the phone with a phone-number data
  detector, and a Graphviz DOT graph of the branch under its head office with a record label
  (``Tel. ...\\l``); labels in German, French or Italian by the register's language code of
  the branch.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_47.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ch_bank_master.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_47.jsonl.gz"
SPLIT = "held_out_47"

LAYOUTS = ("prometheus_metrics", "windows_reg", "wallet_pass", "graphviz_dot")
PHONE, FAX = "Telefon", "Fax"
# the register's language code of a branch (``Sprache``): 1 German, 2 French, 3 Italian
LANGUAGES = {"1": "de", "2": "fr", "3": "it"}
WORDS = {
    "de": {"tel": "Telefon", "tel_short": "Tel.", "fax": "Fax", "address": "Adresse",
           "appointment": "Beratungstermin", "branch": "Filiale", "head": "Hauptsitz",
           "clearing": "BC-Nr.", "sic": "SIC-Nr.", "account": "Postkonto",
           "valid": "gültig ab", "advisor": "Kundenberatung", "group": "Bankengruppe"},
    "fr": {"tel": "Téléphone", "tel_short": "Tél.", "fax": "Fax", "address": "Adresse",
           "appointment": "Rendez-vous conseil", "branch": "Succursale", "head": "Siège",
           "clearing": "N° CB", "sic": "N° SIC", "account": "Compte postal",
           "valid": "valable dès", "advisor": "Conseil clientèle", "group": "Groupe bancaire"},
    "it": {"tel": "Telefono", "tel_short": "Tel.", "fax": "Fax", "address": "Indirizzo",
           "appointment": "Appuntamento di consulenza", "branch": "Filiale",
           "head": "Sede principale", "clearing": "N. CB", "sic": "N. SIC",
           "account": "Conto postale", "valid": "valido dal", "advisor": "Consulenza clienti",
           "group": "Gruppo bancario"},
}  # fmt: skip
HELP = {
    "de": ("Eintrag des BC-Bankenstamms (SIX Interbank Clearing) je Bankstelle.",
           "Tag, ab dem der Eintrag gilt, als Unix-Zeit.",
           "1, wenn die Bankstelle am SIC teilnimmt.",
           "1, wenn die Bankstelle am euroSIC teilnimmt."),
    "fr": ("Entrée du répertoire des banques BC (SIX Interbank Clearing) par établissement.",
           "Jour d'entrée en vigueur de l'entrée, en temps Unix.",
           "1 si l'établissement participe au SIC.",
           "1 si l'établissement participe à euroSIC."),
    "it": ("Voce dell'elenco delle banche BC (SIX Interbank Clearing) per sede bancaria.",
           "Giorno di entrata in vigore della voce, in tempo Unix.",
           "1 se la sede bancaria partecipa al SIC.",
           "1 se la sede bancaria partecipa a euroSIC."),
}  # fmt: skip
MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
}  # fmt: skip
# Swiss time of the winter months (the invented appointments and time stamps fall in them)
CET = datetime.timezone(datetime.timedelta(hours=1))


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it is a number of its own: six digits
    or more, and neither the phone field again nor a part of it (nor the phone a part of it),
    so that every copy of each field stands apart; "" otherwise."""
    value, tel = _f(row, FAX), phone(row)
    if sum(c.isdigit() for c in value) < 6 or value in tel or tel in value:
        return ""
    return value


def language(row: dict[str, Any]) -> str:
    """The branch's language by the register's code (German where it gives none)."""
    return LANGUAGES.get(_f(row, "Sprache"), "de")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _valid_from(row: dict[str, Any]) -> datetime.date:
    """The day the row's entry took effect (``gültig ab``, ``YYYYMMDD``)."""
    return datetime.datetime.strptime(_f(row, "gültig ab"), "%Y%m%d").date()


def _later(row: dict[str, Any], rng: random.Random) -> datetime.datetime:
    """An invented moment of a winter working day of the years the layouts' tools were in use
    (2014 to 2024), long after the row's entry took effect."""
    day = datetime.date(2014, 1, 1) + datetime.timedelta(days=rng.randint(0, 3950))
    while day.month in range(4, 11) or day.weekday() > 4:
        day += datetime.timedelta(days=1)
    assert day > _valid_from(row), row["path"]
    time = datetime.time(rng.randint(8, 16), rng.choice((0, 15, 30, 45)), tzinfo=CET)
    return datetime.datetime.combine(day, time)


def _day(row: dict[str, Any]) -> str:
    """The day the row's entry took effect as a letter in its language writes it
    (``10. Februar 2005``, ``10 février 2005``)."""
    lang, valid = language(row), _valid_from(row)
    day = f"{valid.day}." if lang == "de" else str(valid.day)
    return f"{day} {MONTHS[lang][valid.month - 1]} {valid.year}"


def _slug(row: dict[str, Any]) -> str:
    """The bank's short name as an identifier: lower-case ASCII letters and digits."""
    return re.sub(r"[^a-z0-9]", "", _f(row, "Kurzbez.").lower()) or "bank"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and fax fields labelled (each
    number in them by ``labelled_record``). Each copy stands apart (no digit next to it), so a
    copy is never part of another value."""
    values = [("phone", phone(row)), ("fax", fax(row))]
    edges = {"phone": r"\d", "fax": r"\d"}
    return field_copies(text, values, edges, {"phone": "phone", "fax": "fax"}, row["path"])


def _label(value: str) -> str:
    """A Prometheus label value: backslash, double quote and line feed escaped."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _go_float(value: float) -> str:
    """A sample value as Go's shortest ``%g`` writes it (``1.1079936e+09``, ``0.042``)."""
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 1e-4):
        mantissa, exponent = f"{value:.15e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{exponent[0]}{int(exponent[1:]):02d}"
    return repr(value) if value != int(value) else str(int(value))


def prometheus_metrics(row: dict[str, Any], rng: random.Random) -> str:
    """A bank-directory exporter's ``/metrics`` page in Prometheus's text exposition format:
    ``# HELP`` (in the branch's language) and ``# TYPE`` lines, an info metric whose labels
    hold the row's clearing number, branch id, SIC number, BIC, bank, postcode, place, phone
    and fax, gauges of the day the entry took effect (Unix time) and of its SIC and euroSIC
    flags, and the exporter's own invented counters and time stamps."""
    lang = language(row)
    key = f'bc_nr="{_label(_f(row, "BC-Nr"))}",filial_id="{_label(_f(row, "Filial-ID"))}"'
    labels = [
        ("bc_nr", _f(row, "BC-Nr")),
        ("filial_id", _f(row, "Filial-ID")),
        ("sic_nr", _f(row, "SIC-Nr")),
        ("swift", _f(row, "SWIFT")),
        ("bank", _f(row, "Bank/Institut")),
        ("plz", _f(row, "PLZ")),
        ("ort", _f(row, "Ort")),
        ("telefon", phone(row)),
    ]
    if fax(row):
        labels.append(("fax", fax(row)))
    info = ",".join(f'{k}="{_label(v)}"' for k, v in labels)
    valid = datetime.datetime.combine(_valid_from(row), datetime.time(), datetime.UTC)
    scraped = _later(row, rng)
    helps = HELP[lang]
    lines = [
        f"# HELP bankstamm_filiale_info {helps[0]}",
        "# TYPE bankstamm_filiale_info gauge",
        f"bankstamm_filiale_info{{{info}}} 1",
        f"# HELP bankstamm_filiale_gueltig_ab_timestamp_seconds {helps[1]}",
        "# TYPE bankstamm_filiale_gueltig_ab_timestamp_seconds gauge",
        f"bankstamm_filiale_gueltig_ab_timestamp_seconds{{{key}}} {_go_float(valid.timestamp())}",
        f"# HELP bankstamm_filiale_sic {helps[2]}",
        "# TYPE bankstamm_filiale_sic gauge",
        f"bankstamm_filiale_sic{{{key}}} {_f(row, 'SIC') or '0'}",
        f"# HELP bankstamm_filiale_eurosic {helps[3]}",
        "# TYPE bankstamm_filiale_eurosic gauge",
        f"bankstamm_filiale_eurosic{{{key}}} {_f(row, 'euroSIC') or '0'}",
        "# HELP bankstamm_import_records_total Records read from the last bank master file.",
        "# TYPE bankstamm_import_records_total counter",
        f"bankstamm_import_records_total {rng.randint(3400, 3700)}",
        "# HELP bankstamm_last_import_timestamp_seconds Time of the last successful import.",
        "# TYPE bankstamm_last_import_timestamp_seconds gauge",
        f"bankstamm_last_import_timestamp_seconds {_go_float(scraped.timestamp())}",
        "# HELP bankstamm_http_requests_total Lookups answered, by status code.",
        "# TYPE bankstamm_http_requests_total counter",
        f'bankstamm_http_requests_total{{code="200"}} {rng.randint(10000, 999999)}',
        f'bankstamm_http_requests_total{{code="404"}} {rng.randint(10, 9999)}',
        "# HELP process_resident_memory_bytes Resident memory size in bytes.",
        "# TYPE process_resident_memory_bytes gauge",
        f"process_resident_memory_bytes {_go_float(rng.randint(12, 60) * 1048576.0)}",
        "",
    ]
    return "\n".join(lines)


def _reg(value: str) -> str:
    """A ``.reg`` string value: backslash and double quote escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _filetime(moment: datetime.datetime) -> str:
    """A Windows FILETIME (100-ns ticks since 1601) as a ``.reg`` QWORD: ``hex(b):`` bytes,
    little-endian."""
    epoch = datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)
    ticks = int((moment - epoch).total_seconds()) * 10_000_000
    return "hex(b):" + ",".join(f"{b:02x}" for b in ticks.to_bytes(8, "little"))


def windows_reg(row: dict[str, Any], rng: random.Random) -> str:
    """A payment program's bank directory entry as a Windows Registry export (``regedit``,
    version 5.00): a comment on the export, the key of the bank clearing number and branch id,
    the row's fields as string values (``"Telefon"="..."``, ``"Telefax"="..."``), its language
    and kind codes and an invented import id as ``dword:`` values, and the invented time of
    the last comparison as a ``hex(b):`` FILETIME."""
    key = f"{int(_f(row, 'BC-Nr')):05d}-{_f(row, 'Filial-ID')}"
    moment = _later(row, rng)
    strings = [
        ("BCNr", _f(row, "BC-Nr")),
        ("FilialID", _f(row, "Filial-ID")),
        ("SICNr", _f(row, "SIC-Nr")),
        ("Hauptsitz", _f(row, "Hauptsitz")),
        ("Kurzbezeichnung", _f(row, "Kurzbez.")),
        ("Bank", _f(row, "Bank/Institut")),
        ("Domizil", _f(row, "Domizil")),
        ("Postadresse", _f(row, "Postadresse")),
        ("PLZ", _f(row, "PLZ")),
        ("Ort", _f(row, "Ort")),
        ("Telefon", phone(row)),
        ("Telefax", fax(row)),
        ("Postkonto", _f(row, "Postkonto")),
        ("BIC", _f(row, "SWIFT")),
        ("GueltigAb", _f(row, "gültig ab")),
    ]
    lines = [
        "Windows Registry Editor Version 5.00",
        "",
        f"; Bankenstamm {key}, exportiert am {moment:%d.%m.%Y %H:%M}",
        "",
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Zahlungsverkehr\\Bankenstamm\\" + key + "]",
        *(f'"{name}"={_reg(value)}' for name, value in strings if value),
        f'"Sprache"=dword:{int(_f(row, "Sprache") or 1):08x}',
        f'"BCArt"=dword:{int(_f(row, "BC-Art") or 0):08x}',
        f'"SIC"=dword:{int(_f(row, "SIC") or 0):08x}',
        f'"ImportID"=dword:{rng.randint(0x10000, 0xFFFFFF):08x}',
        f'"LetzterAbgleich"={_filetime(moment)}',
        "",
    ]
    return "\r\n".join(lines)


def wallet_pass(row: dict[str, Any], rng: random.Random) -> str:
    """An Apple Wallet ``pass.json`` (a generic pass) of an advisory appointment at the
    branch, in the branch's language: an invented serial number, team id and appointment time,
    the bank as organisation, the place and clearing number on the front, and on the back the
    address, the phone and fax (with a phone-number data detector), the SIC number and postal
    account; an invented QR code message."""
    w = WORDS[language(row)]
    when = _later(row, rng)
    serial = f"{when:%Y}-{_f(row, 'BC-Nr')}-{rng.randint(100000, 999999)}"
    address = "\n".join(
        x
        for x in (_f(row, "Domizil"), _f(row, "Postadresse"), f"{_f(row, 'PLZ')} {_f(row, 'Ort')}")
        if x
    )
    back = [{"key": "address", "label": w["address"], "value": address}]
    back.append(
        {"key": "phone", "label": w["tel"], "value": phone(row),
         "dataDetectorTypes": ["PKDataDetectorTypePhoneNumber"]}
    )  # fmt: skip
    if fax(row):
        back.append({"key": "fax", "label": w["fax"], "value": fax(row), "dataDetectorTypes": []})
    back.append({"key": "sic", "label": w["sic"], "value": _f(row, "SIC-Nr")})
    if _f(row, "Postkonto"):
        back.append({"key": "account", "label": w["account"], "value": _f(row, "Postkonto")})
    auxiliary = [{"key": "clearing", "label": w["clearing"], "value": _f(row, "BC-Nr")}]
    if _f(row, "SWIFT"):
        auxiliary.append({"key": "bic", "label": "BIC", "value": _f(row, "SWIFT")})
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    document = {
        "formatVersion": 1,
        "passTypeIdentifier": f"pass.ch.{_slug(row)}.termin",
        "serialNumber": serial,
        "teamIdentifier": "".join(rng.choice(letters) for _ in range(10)),
        "organizationName": _f(row, "Bank/Institut"),
        "description": w["appointment"],
        "logoText": _f(row, "Kurzbez."),
        "relevantDate": when.isoformat(),
        "expirationDate": (when + datetime.timedelta(hours=2)).isoformat(),
        "foregroundColor": "rgb(255, 255, 255)",
        "backgroundColor": rng.choice(("rgb(0, 61, 122)", "rgb(200, 16, 46)", "rgb(0, 0, 0)")),
        "generic": {
            "primaryFields": [
                {"key": "when", "label": w["appointment"], "value": when.isoformat(),
                 "dateStyle": "PKDateStyleMedium", "timeStyle": "PKDateStyleShort"}
            ],
            "secondaryFields": [{"key": "branch", "label": w["branch"], "value": _f(row, "Ort")}],
            "auxiliaryFields": auxiliary,
            "backFields": back,
        },
        "barcodes": [
            {"format": "PKBarcodeFormatQR", "message": f"TERMIN:{serial}",
             "messageEncoding": "iso-8859-1", "altText": serial}
        ],
    }  # fmt: skip
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _dot(value: str) -> str:
    """Text in a DOT double-quoted string: its quote and backslash escaped."""
    return value.replace("\\", "\\\\").replace('"', '\\"')


def _record_field(value: str) -> str:
    """Text in a field of a DOT record label: the characters records read as syntax and the
    string's quote and backslash escaped."""
    return re.sub(r'([\\"{}|<>])', r"\\\1", value)


def graphviz_dot(row: dict[str, Any], rng: random.Random) -> str:
    """The branch under its head office as a Graphviz DOT ``digraph`` drawn from the bank
    master: a comment on the generating run (invented date and record count), graph and node
    defaults, a group node, the head office by its clearing number, and the branch as a
    ``record`` whose fields give the bank, its address lines, ``Tel.`` and ``Fax`` and the SIC
    number and postal account (``\\l`` line ends), edges labelled in the branch's language."""
    w = WORDS[language(row)]
    moment = _later(row, rng)
    bc, branch, head = _f(row, "BC-Nr"), _f(row, "Filial-ID"), _f(row, "Hauptsitz")
    node = f"bc_{bc}_{branch}"
    address = [_f(row, "Domizil"), _f(row, "Postadresse"), f"{_f(row, 'PLZ')} {_f(row, 'Ort')}"]
    contact = [f"{w['tel_short']} {phone(row)}"]
    if fax(row):
        contact.append(f"{w['fax']} {fax(row)}")
    codes = [f"SIC {_f(row, 'SIC-Nr')}"]
    if _f(row, "Postkonto"):
        codes.append(f"{w['account']} {_f(row, 'Postkonto')}")
    fields = [
        _record_field(_f(row, "Bank/Institut")),
        "".join(_record_field(x) + "\\l" for x in address if x.strip()),
        "".join(_record_field(x) + "\\l" for x in contact),
        "".join(_record_field(x) + "\\l" for x in codes),
    ]
    lines = [
        f"// bankstamm2dot {rng.randint(1, 3)}.{rng.randint(0, 9)}: "
        f"{rng.randint(3400, 3700)} Einträge, {moment:%Y-%m-%d %H:%M}",
        f"digraph bankstamm_{int(bc):05d} {{",
        f'  graph [rankdir=LR, fontname="Helvetica", label="{_dot(_f(row, "Kurzbez."))}'
        f' · {w["clearing"]} {bc}", labelloc=t];',
        '  node [shape=box, fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=9];',
        f'  gruppe_{_f(row, "Gruppe")} [label="{w["group"]} {_f(row, "Gruppe")}", shape=folder];',
        f'  hs_{head} [label="{w["head"]}\\n{w["clearing"]} {head}"];',
        f'  {node} [shape=record, label="{{{"|".join(fields)}}}"];',
        f"  gruppe_{_f(row, 'Gruppe')} -> hs_{head};",
        f'  hs_{head} -> {node} [label="{w["branch"]} {branch}\\n{w["valid"]} {_day(row)}"];',
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "prometheus_metrics": prometheus_metrics,
    "windows_reg": windows_reg,
    "wallet_pass": wallet_pass,
    "graphviz_dot": graphviz_dot,
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
