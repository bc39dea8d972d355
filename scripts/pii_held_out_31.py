"""held_out_31 of the PII evaluation set: real phone, fax and e-mail fields of a country whose
register no earlier part used (Italy) exactly as published, in layouts no earlier part has,
beside the country's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_30`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE and PL; here:

* the values are the phone, fax and e-mail fields of Italian libraries in ICCU's Anagrafe
  delle biblioteche italiane (``scripts/data/pii_it_libraries.json``, written by
  ``scripts/it_libraries_data.py``; source and licence in that file): numbers as each library
  entered them, in many shapes (``+39 0922602494``, ``0922595166``, ``+39 030.3712233``,
  ``0781-978002``, ``+390143/76348``, ``+39 0709760601 / 0709760602``, an extension after
  some, ``int. 209``), each number of each copy labelled, the fax where the row has one of its
  own (not the phone field again), and each copy of the library's office address labelled;
* the text around them is the same row's real fields: its ISIL code (``IT-AG0005``), SBN code
  (``AGR27``), postcode (``92100``), ISTAT municipality and province codes (``084001``,
  ``084``), coordinates and web address, with invented dates, keys, namespaces and
  resource versions, unlabelled and scored;
* in layouts no earlier part has, developer configuration files with Italian keys: a Java
  ``.properties`` file as ``Properties.store`` writes it (``\\u00E0`` escapes, ``http\\://``,
  a date comment, ``biblioteca.telefono=...``), a dotenv ``.env`` file of the library's web
  site (``BIBLIOTECA_TELEFONO="+39 ..."``, ``MAIL_FROM_ADDRESS=...``, a base64 ``APP_KEY``), a
  Terraform module call as ``terraform fmt`` lays it out (a ``contatti = { telefono = "..."
  }`` object, aligned ``=``), a Kubernetes ``ConfigMap`` manifest (``TELEFONO: "..."`` under
  ``data``, the ISIL code in a label).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_31.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_libraries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_31.jsonl.gz"
SPLIT = "held_out_31"

LAYOUTS = ("java_properties", "dotenv_file", "terraform_module", "k8s_configmap")
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# the day the register's file was last downloaded (the repository's commit 33a3901)
DOWNLOADED = datetime.date(2020, 7, 14)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telefono")


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it is a number of its own: six digits
    or more, and neither the phone field again nor a part of it (nor the phone a part of it),
    so that every copy of each field stands apart; "" otherwise."""
    value, tel = _f(row, "fax"), phone(row)
    if sum(c.isdigit() for c in value) < 6 or value in tel or tel in value:
        return ""
    return value


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published, stripped ("" where the row keeps none)."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _day(rng: random.Random) -> datetime.date:
    """An invented day of the months after the register's file was downloaded."""
    return DOWNLOADED + datetime.timedelta(days=rng.randint(1, 400))


def _slug(row: dict[str, Any]) -> str:
    """The ISIL code as a name's part: ``IT-AG0005`` -> ``it-ag0005``."""
    return _f(row, "codice-isil").lower()


def _dot(coordinate: str) -> str:
    """A coordinate with the register's decimal comma as a decimal point."""
    return coordinate.replace(",", ".")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and fax fields (each number in them
    by ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no
    digit next to a number, no address character next to an address), so a copy is never part
    of another value."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", email(row))]
    edges = {**EDGES, "fax": EDGES["phone"]}
    return field_copies(text, values, edges, {"phone": "telefono", "fax": "fax"}, row["path"])


def _java(value: str, key: bool = False) -> str:
    """A key or value as ``java.util.Properties.store`` writes it to a byte stream: a
    backslash before ``\\``, ``=``, ``:``, ``#`` and ``!``, a space escaped in a key and at a
    value's start, control characters as ``\\t``-style escapes, anything outside printable
    ASCII as ``\\uXXXX`` (upper-case hex)."""
    out = []
    for i, c in enumerate(value):
        if c == " ":
            out.append("\\ " if key or i == 0 else " ")
        elif c in "\\=:#!":
            out.append("\\" + c)
        elif c in "\t\n\r\f":
            out.append({"\t": "\\t", "\n": "\\n", "\r": "\\r", "\f": "\\f"}[c])
        elif not " " < c < "\x7f":
            out.extend(f"\\u{u:04X}" for u in _utf16(c))
        else:
            out.append(c)
    return "".join(out)


def _utf16(c: str) -> list[int]:
    """The UTF-16 code units of a character (a surrogate pair above the BMP, as Java has it)."""
    raw = c.encode("utf-16-be")
    return [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]


def _last_sunday(year: int, month: int) -> datetime.date:
    """The last Sunday of a month: Italy's summer time runs from March's to October's."""
    last = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=(last.weekday() + 1) % 7)


def java_properties(row: dict[str, Any], rng: random.Random) -> str:
    """The library as a ``.properties`` file that ``Properties.store(out, comment)`` wrote:
    the comment line, the date line (``#Tue Aug 04 10:21:37 CEST 2020``), then ``key=value``
    lines in the hash table's order (here a seeded one), Italian keys under ``biblioteca.``,
    names and addresses with ``\\u`` escapes, the web address with ``\\:``."""
    day = _day(rng)
    zone = "CEST" if _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10) else "CET"
    stamp = (
        f"#{WEEKDAYS[day.weekday()]} {MONTHS[day.month - 1]} {day.day:02d} "
        f"{rng.randint(7, 19):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} {zone} "
        f"{day.year}"
    )
    pairs = [
        ("codice_isil", _f(row, "codice-isil")),
        ("codice_sbn", _f(row, "codice-sbn")),
        ("denominazione", _f(row, "denominazione")),
        ("indirizzo", _f(row, "indirizzo")),
        ("frazione", _f(row, "frazione")),
        ("cap", _f(row, "cap")),
        ("comune", _f(row, "comune")),
        ("comune.istat", _f(row, "codice istat comune")),
        ("provincia", _f(row, "provincia")),
        ("provincia.istat", _f(row, "codice istat provincia")),
        ("regione", _f(row, "regione")),
        ("latitudine", _f(row, "latitudine")),
        ("longitudine", _f(row, "longitudine")),
        ("telefono", phone(row)),
        ("fax", fax(row)),
        ("email", email(row)),
        ("url", _f(row, "url")),
    ]
    pairs = [(f"biblioteca.{k}", v) for k, v in pairs if v]
    rng.shuffle(pairs)
    lines = [f"#Scheda anagrafica {_f(row, 'codice-isil')} - OPAC", stamp]
    lines += [f"{_java(k, key=True)}={_java(v)}" for k, v in pairs]
    return "\n".join(lines) + "\n"


def _env(value: str) -> str:
    """A dotenv value: bare when it is one word of plain characters, else in double quotes
    (``\\"`` within), or single quotes where it holds a double quote and no single one, as a
    hand-kept ``.env`` has them."""
    if re.fullmatch(r"[\w.@+/:,-]*", value):
        return value
    if '"' in value and "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', '\\"') + '"'


def dotenv_file(row: dict[str, Any], rng: random.Random) -> str:
    """The ``.env`` of the library's web site (a PHP framework's conventions): the app's name
    and URL, a base64 ``APP_KEY``, a block of ``BIBLIOTECA_*`` settings in Italian with the
    ISIL and SBN codes, address, ISTAT codes, coordinates, phone and fax, and the mail block
    with the office address as ``MAIL_FROM_ADDRESS``; a comment line in Italian on top."""
    key = base64.b64encode(rng.getrandbits(256).to_bytes(32, "big")).decode()
    name = _f(row, "denominazione")
    lines = [
        f"# Configurazione del sito - {_f(row, 'codice-isil')}, aggiornata il "
        f"{_day(rng).strftime('%d/%m/%Y')}",
        f"APP_NAME={_env(name)}",
        "APP_ENV=production",
        f"APP_KEY=base64:{key}",
        "APP_DEBUG=false",
    ]
    if _f(row, "url"):
        lines.append(f"APP_URL={_env(_f(row, 'url'))}")
    lines += ["APP_LOCALE=it", "APP_TIMEZONE=Europe/Rome", ""]
    settings = [
        ("ISIL", _f(row, "codice-isil")),
        ("SBN", _f(row, "codice-sbn")),
        ("INDIRIZZO", _f(row, "indirizzo")),
        ("FRAZIONE", _f(row, "frazione")),
        ("CAP", _f(row, "cap")),
        ("COMUNE", _f(row, "comune")),
        ("COMUNE_ISTAT", _f(row, "codice istat comune")),
        ("PROVINCIA", _f(row, "provincia")),
        ("REGIONE", _f(row, "regione")),
        ("LAT", _dot(_f(row, "latitudine"))),
        ("LNG", _dot(_f(row, "longitudine"))),
        ("TELEFONO", phone(row)),
        ("FAX", fax(row)),
    ]
    lines += [f"BIBLIOTECA_{k}={_env(v)}" for k, v in settings if v]
    lines += ["", "MAIL_MAILER=smtp", f"MAIL_PORT={rng.choice((25, 465, 587))}"]
    if email(row):
        lines.append(f"MAIL_FROM_ADDRESS={email(row)}")
    lines += ['MAIL_FROM_NAME="${APP_NAME}"', "", f"SESSION_LIFETIME={rng.choice((60, 120))}"]
    return "\n".join(lines) + "\n"


def _hcl(value: str) -> str:
    """An HCL quoted string: ``\\`` and ``"`` escaped, a template's ``${`` and ``%{`` doubled."""
    value = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + value.replace("${", "$${").replace("%{", "%%{") + '"'


def _aligned(pairs: list[tuple[str, str]], indent: str) -> list[str]:
    """Attributes as ``terraform fmt`` aligns a run of them: every ``=`` in one column."""
    width = max(len(k) for k, _ in pairs)
    return [f"{indent}{k.ljust(width)} = {v}" for k, v in pairs]


def terraform_module(row: dict[str, Any], rng: random.Random) -> str:
    """The library as a Terraform module call of an infrastructure repository (one site per
    library), as ``terraform fmt`` leaves it: a comment with the name and ISIL code, ``source``
    and the codes, then ``indirizzo`` and ``contatti`` objects (``telefono``, ``fax``,
    ``email``, ``sito``) with aligned ``=``, the coordinates as a list of numbers, ``tags``."""
    name = _f(row, "denominazione")
    head = [
        ("isil", _f(row, "codice-isil")),
        ("codice_sbn", _f(row, "codice-sbn")),
        ("denominazione", name),
    ]
    address = [
        ("via", _f(row, "indirizzo")),
        ("frazione", _f(row, "frazione")),
        ("cap", _f(row, "cap")),
        ("comune", _f(row, "comune")),
        ("istat", _f(row, "codice istat comune")),
        ("provincia", _f(row, "provincia")),
        ("regione", _f(row, "regione")),
    ]
    contacts = [
        ("telefono", phone(row)),
        ("fax", fax(row)),
        ("email", email(row)),
        ("sito", _f(row, "url")),
    ]
    lines = [f"# {name} ({_f(row, 'codice-isil')})", f'module "{_slug(row).replace("-", "_")}" {{']
    lines += ['  source = "../../modules/sede-biblioteca"', ""]
    lines += _aligned([(k, _hcl(v)) for k, v in head if v], "  ")
    lines += ["", "  indirizzo = {"]
    lines += _aligned([(k, _hcl(v)) for k, v in address if v], "    ")
    lines += ["  }"]
    lat, lon = _dot(_f(row, "latitudine")), _dot(_f(row, "longitudine"))
    if lat and lon:
        lines += ["", f"  coordinate = [{lat}, {lon}]"]
    lines += ["", "  contatti = {"]
    lines += _aligned([(k, _hcl(v)) for k, v in contacts if v], "    ")
    lines += ["  }", "", "  tags = {"]
    tags = [
        ("progetto", _hcl("anagrafe-biblioteche")),
        ("ambiente", _hcl("prod")),
        ("aggiornato", _hcl(_day(rng).isoformat())),
    ]
    lines += _aligned(tags, "    ")
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (``\\`` and ``"`` escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _k8s_name(value: str) -> str:
    """A DNS label of a Kubernetes name: lower case, runs of other characters as ``-``."""
    ascii_value = value.lower().encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_value).strip("-")[:40].strip("-")


def k8s_configmap(row: dict[str, Any], rng: random.Random) -> str:
    """The library's settings as a Kubernetes ``ConfigMap`` manifest of a deployment
    repository: ``metadata`` with a name from the ISIL code, a namespace from the region,
    ``app.kubernetes.io`` labels and the ISIL code as a label, an annotation with an invented
    date; under ``data`` upper-case Italian keys, every value a double-quoted string."""
    isil = _f(row, "codice-isil")
    values = [
        ("DENOMINAZIONE", _f(row, "denominazione")),
        ("CODICE_SBN", _f(row, "codice-sbn")),
        ("INDIRIZZO", _f(row, "indirizzo")),
        ("FRAZIONE", _f(row, "frazione")),
        ("CAP", _f(row, "cap")),
        ("COMUNE", _f(row, "comune")),
        ("CODICE_ISTAT_COMUNE", _f(row, "codice istat comune")),
        ("PROVINCIA", _f(row, "provincia")),
        ("LATITUDINE", _f(row, "latitudine")),
        ("LONGITUDINE", _f(row, "longitudine")),
        ("TELEFONO", phone(row)),
        ("FAX", fax(row)),
        ("EMAIL", email(row)),
        ("SITO_WEB", _f(row, "url")),
    ]
    lines = [
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        f"  name: biblioteca-{_slug(row)}-contatti",
        f"  namespace: opac-{_k8s_name(_f(row, 'regione')) or 'italia'}",
        "  labels:",
        "    app.kubernetes.io/name: opac",
        f"    app.kubernetes.io/instance: biblioteca-{_slug(row)}",
        "    app.kubernetes.io/part-of: anagrafe-biblioteche",
        f"    biblioteche/isil: {isil}",
        "  annotations:",
        f'    biblioteche/aggiornato: "{_day(rng).isoformat()}"',
        f'    biblioteche/revisione: "{rng.randint(2, 60)}"',
        "data:",
    ]
    lines += [f"  {k}: {_yaml(v)}" for k, v in values if v]
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "java_properties": java_properties,
    "dotenv_file": dotenv_file,
    "terraform_module": terraform_module,
    "k8s_configmap": k8s_configmap,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    and e-mail address labelled."""
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
