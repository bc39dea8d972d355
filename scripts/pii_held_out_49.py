"""held_out_49 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Bulgaria) exactly as published, in layouts no earlier part has, beside the
row's own region, municipality, settlement and address.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH and NG; here:

* the values are the phone fields of the medical establishments under contract with
  Bulgaria's National Health Insurance Fund (НЗОК) as its public list gives them
  (``scripts/data/pii_bg_nhif_hospitals.json``, written by ``scripts/bg_nhif_hospitals_data.py``;
  source and licence in that file): numbers as each establishment gave them (``056/812985``,
  ``052611130``, Sofia's ``9701104`` without its ``02``, ``602-257`` without an area code,
  ``4005990/401``), two to eight in one field after ``,`` or ``, ``, each number of each copy
  labelled; the list gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its registered name, region,
  municipality, settlement and address (``ул. Васил Левски №36``), with invented kiosk ids,
  counters, Unix time stamps in seconds (ten digits) and milliseconds (thirteen), versions,
  ports and dates, unlabelled and scored;
* in layouts no earlier part has, labels in Bulgarian where a person would write them: a
  Windows Registry Editor ``.reg`` export of an appointment kiosk's settings
  (``"Phone"="..."``, ``dword:`` values), a Prometheus text exposition page whose
  ``facility_info`` series carries the phone as a label, a Dockerfile whose ``LABEL`` and
  ``ENV`` instructions repeat it, and a website's ``humans.txt`` (``/* TEAM */`` and
  ``/* SITE */`` blocks) giving it as the reception's line.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_49.py   # rewrites the committed file
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bg_nhif_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_49.jsonl.gz"
SPLIT = "held_out_49"

LAYOUTS = ("windows_reg", "prometheus_metrics", "dockerfile", "humans_txt")
PHONE = "phone"
# an invented moment's range: 2025-01-01 to 2025-10-27, in Unix seconds
SINCE, UNTIL = 1735689600, 1761523200


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "Телефон")


def name(row: dict[str, Any]) -> str:
    return _f(row, "Наименование")


def address(row: dict[str, Any]) -> str:
    return _f(row, "Адрес")


def settlement(row: dict[str, Any]) -> str:
    return _f(row, "Населено място")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _moment(rng: random.Random) -> int:
    """An invented moment of 2025, in Unix seconds."""
    return rng.randint(SINCE, UNTIL)


def _when(moment: int, form: str) -> str:
    """A moment given in Unix seconds, written in UTC by ``form``."""
    return datetime.fromtimestamp(moment, UTC).strftime(form)


def _reg(value: str) -> str:
    """A ``.reg`` string value: backslashes and double quotes escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def windows_reg(row: dict[str, Any], rng: random.Random) -> str:
    """The establishment's appointment kiosk's settings as a Windows Registry Editor export:
    the header, ``;`` comments naming the establishment, its address and settlement, a key of
    an invented site id whose string values give the name, region, municipality, settlement,
    address and phone, ``dword:`` values for an invented kiosk id and sync interval, an
    invented last-sync time, and a printer subkey whose receipt footer repeats the phone."""
    site = rng.randint(1000, 9999)
    key = rf"HKEY_LOCAL_MACHINE\SOFTWARE\ZdravenKiosk\Obekt{site}"
    lines = [
        "Windows Registry Editor Version 5.00",
        "",
        f"; Терминал за записване на час: {name(row)}",
        f"; {address(row)}, {settlement(row)}",
        "",
        f"[{key}]",
        f'"FacilityName"={_reg(name(row))}',
        f'"Oblast"={_reg(_f(row, "Област"))}',
        f'"Obshtina"={_reg(_f(row, "Община"))}',
        f'"Settlement"={_reg(settlement(row))}',
        f'"Address"={_reg(address(row))}',
        f'"Phone"={_reg(phone(row))}',
        f'"KioskId"=dword:{rng.randint(0x10000, 0xFFFFFF):08x}',
        f'"SyncIntervalMinutes"=dword:{rng.choice((15, 30, 60)):08x}',
        f'"LastSync"="{_when(_moment(rng), "%Y-%m-%d %H:%M:%S")}"',
        "",
        f"[{key}\\Printer]",
        f'"Port"="COM{rng.randint(1, 4)}"',
        f'"PaperWidthMm"=dword:{rng.choice((58, 80)):08x}',
        f'"ReceiptFooter"={_reg("За справки: " + phone(row))}',
        "",
    ]
    return "\r\n".join(lines)


def _label(value: str) -> str:
    """A Prometheus label value: backslash, double quote and line feed escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def prometheus_metrics(row: dict[str, Any], rng: random.Random) -> str:
    """The establishment's booking service's ``/metrics`` page in the Prometheus text
    exposition format: a comment naming the establishment, its address, settlement and phone,
    an ``info`` gauge whose labels give the name, region, municipality, settlement, address and
    phone, invented request counters with time stamps in milliseconds, a queue gauge and the
    process's invented start time in seconds."""
    labels = ",".join(
        f"{key}={_label(value)}"
        for key, value in (
            ("name", name(row)),
            ("oblast", _f(row, "Област")),
            ("obshtina", _f(row, "Община")),
            ("settlement", settlement(row)),
            ("address", address(row)),
            ("phone", phone(row)),
        )
    )
    start = _moment(rng)
    scraped = (start + rng.randint(3600, 30 * 86400)) * 1000 + rng.randint(0, 999)
    web, kiosk = rng.randint(200, 90000), rng.randint(20, 9000)
    lines = [
        f"# {name(row)}, {address(row)}, {settlement(row)}, тел. {phone(row)}",
        "# HELP nzok_facility_info Лечебно заведение с договор с НЗОК.",
        "# TYPE nzok_facility_info gauge",
        f"nzok_facility_info{{{labels}}} 1",
        "# HELP booking_requests_total Заявки за записване на час по канал.",
        "# TYPE booking_requests_total counter",
        f'booking_requests_total{{channel="web"}} {web} {scraped}',
        f'booking_requests_total{{channel="kiosk"}} {kiosk} {scraped}',
        "# HELP booking_queue_wait_seconds Средно време на изчакване в опашката.",
        "# TYPE booking_queue_wait_seconds gauge",
        f"booking_queue_wait_seconds {rng.randint(5, 900) / 10}",
        "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.",
        "# TYPE process_start_time_seconds gauge",
        f"process_start_time_seconds {start}",
        "",
    ]
    return "\n".join(lines)


def _docker(value: str) -> str:
    """A double-quoted Dockerfile word: backslashes, double quotes and ``$`` escaped."""
    return '"' + re.sub(r'([\\"$])', r"\\\1", value) + '"'


def dockerfile(row: dict[str, Any], rng: random.Random) -> str:
    """The establishment's kiosk image as a Dockerfile: comments naming the establishment,
    its address, settlement and phone, a base image, ``LABEL`` instructions with an invented
    version and build number and the name and phone, ``ENV`` with the region, settlement,
    address and phone, an invented port and a health check."""
    port = rng.choice((8000, 8080, 8443, 5000))
    version = f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 40)}"
    lines = [
        "# syntax=docker/dockerfile:1",
        f"# Терминал за записване на час: {name(row)}",
        f"# {address(row)}, {settlement(row)}; тел. {phone(row)}",
        "FROM python:3.12-slim",
        "",
        f"ARG BUILD_NUMBER={rng.randint(100, 99999)}",
        'LABEL org.opencontainers.image.title="zdraven-kiosk" \\',
        f'      org.opencontainers.image.version="{version}" \\',
        f"      bg.nzok.facility.name={_docker(name(row))} \\",
        f"      bg.nzok.facility.phone={_docker(phone(row))}",
        "",
        f"ENV FACILITY_OBLAST={_docker(_f(row, 'Област'))} \\",
        f"    FACILITY_SETTLEMENT={_docker(settlement(row))} \\",
        f"    FACILITY_ADDRESS={_docker(address(row))} \\",
        f"    FACILITY_PHONE={_docker(phone(row))} \\",
        "    TZ=Europe/Sofia",
        "",
        "WORKDIR /app",
        "COPY requirements.txt .",
        "RUN pip install --no-cache-dir -r requirements.txt",
        "COPY . .",
        f"EXPOSE {port}",
        f"HEALTHCHECK --interval={rng.choice((15, 30, 60))}s "
        f"CMD curl -fs http://localhost:{port}/health || exit 1",
        f'CMD ["gunicorn", "-b", "0.0.0.0:{port}", "kiosk:app"]',
        "",
    ]
    return "\n".join(lines)


def humans_txt(row: dict[str, Any], rng: random.Random) -> str:
    """The establishment's website's ``humans.txt``: a ``/* TEAM */`` block giving the
    reception's line and the establishment's name and address, a ``/* THANKS */`` block naming
    the fund, and a ``/* SITE */`` block with an invented last update, version and components
    and the phone again for appointments."""
    lines = [
        "/* TEAM */",
        f"\tРегистратура: {phone(row)}",
        f"\tЗаведение: {name(row)}",
        f"\tАдрес: {address(row)}, {settlement(row)}",
        f"\tОбласт: {_f(row, 'Област')}",
        "",
        "/* THANKS */",
        "\tНационална здравноосигурителна каса: https://www.nhif.bg",
        "",
        "/* SITE */",
        f"\tLast update: {_when(_moment(rng), '%Y/%m/%d')}",
        f"\tVersion: {rng.randint(1, 6)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
        "\tLanguage: Български",
        "\tDoctype: HTML5",
        "\tStandards: HTML5, CSS3",
        f"\tComponents: Leaflet 1.9.{rng.randint(3, 4)}, Bootstrap 5.3.{rng.randint(0, 3)}",
        f"\tЗаписване на час: {phone(row)}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "windows_reg": windows_reg,
    "prometheus_metrics": prometheus_metrics,
    "dockerfile": dockerfile,
    "humans_txt": humans_txt,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
    labelled."""
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
