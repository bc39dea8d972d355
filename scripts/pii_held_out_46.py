"""held_out_46 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Nigeria) exactly as published, in layouts no earlier part has, beside the
row's own coordinates and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY
and RO; here:

* the values are the phone fields of Nigerian hospitals and health centres in the ice-devs
  team's facility directory (``scripts/data/pii_ng_hospitals.json``, written by
  ``scripts/ng_hospitals_data.py``; source and licence in that file): numbers as each entry
  gave them (``0803-562-7395``, bare ``9064984171`` without the trunk ``0``, ``0807-702-260_``
  with a blank digit, two in one field after ``or``), each number of each copy labelled; the
  directory gives no e-mail addresses;
* the text around them is the same row's real fields: its coordinates (``12.71572215``), its
  address and opening hours, with invented host addresses, ports, ids and schedule times,
  unlabelled and scored;
* in layouts no earlier part has, labels in English (Nigeria's official language): an Ansible
  ``host_vars`` YAML file of the facility's server (``facility_phone: "..."``), an nginx
  ``server`` block whose comments give the facility and its ``Tel:`` and whose ``add_header``
  repeats the number, a systemd service unit with ``Environment="FACILITY_PHONE=..."``, and a
  crontab whose comment names the on-call line and whose job passes it as ``--from '...'``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_46.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ng_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_46.jsonl.gz"
SPLIT = "held_out_46"

LAYOUTS = ("ansible_host_vars", "nginx_server", "systemd_unit", "crontab")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "PHONE NUMBER")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The facility's name as a host name: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z]+", _f(row, "NAME").lower())
    return "-".join(words[:5]) or "facility"


def _ip(rng: random.Random) -> str:
    """An invented private address of the facility's server."""
    return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def ansible_host_vars(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's server as an Ansible ``host_vars/<host>.yml`` file: a comment naming the
    file and the facility, the connection variables (an invented address, port and user), the
    facility's name, address, phone and opening hours as quoted strings, its coordinates as
    numbers under ``facility_geo``, and an invented backup hour."""
    host = _slug(row)
    lines = [
        "---",
        f"# host_vars/{host}.yml",
        f"# {_f(row, 'NAME')}: records server (managed by Ansible, do not edit by hand)",
        f"ansible_host: {_ip(rng)}",
        f"ansible_port: {rng.choice((22, 2222, 22022))}",
        "ansible_user: deploy",
        "",
        f"facility_name: {_yaml(_f(row, 'NAME'))}",
        f"facility_address: {_yaml(_f(row, 'ADDRESS'))}",
        f"facility_phone: {_yaml(phone(row))}",
        f"facility_open_hours: {_yaml(_f(row, 'OPEN HOUR'))}",
        "facility_geo:",
        f"  latitude: {_f(row, 'LATITUDE')}",
        f"  longitude: {_f(row, 'LONGITUDE')}",
        "",
        f'backup_hour: "{rng.randint(0, 4):02d}:{rng.choice((0, 15, 30, 45)):02d}"',
        "timezone: Africa/Lagos",
        "",
    ]
    return "\n".join(lines)


def _nginx(value: str) -> str:
    """An nginx double-quoted string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def nginx_server(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's booking site as an nginx ``server`` block in ``sites-available``: comments
    naming the facility, its address and ``Tel:``, the listen port, an invented ``server_name``
    under ``.com.ng``, the root, ``add_header`` lines repeating the phone and the coordinates,
    a ``location`` returning the opening hours and an invented upstream port."""
    host = _slug(row)
    lines = [
        f"# /etc/nginx/sites-available/{host}.conf",
        f"# {_f(row, 'NAME')}",
        f"# {_f(row, 'ADDRESS')}",
        f"# Tel: {phone(row)}",
        "server {",
        "    listen 80;",
        "    listen [::]:80;",
        f"    server_name {host}.com.ng www.{host}.com.ng;",
        f"    root /var/www/{host}/public;",
        "",
        f"    add_header X-Facility-Phone {_nginx(phone(row))} always;",
        f'    add_header X-Facility-Geo "{_f(row, "LATITUDE")},{_f(row, "LONGITUDE")}" always;',
        "",
        "    location = /hours {",
        "        default_type text/plain;",
        f"        return 200 {_nginx(_f(row, 'OPEN HOUR') or 'Call to confirm')};",
        "    }",
        "",
        "    location /api/ {",
        f"        proxy_pass http://127.0.0.1:{rng.randint(3000, 9000)};",
        "        proxy_set_header Host $host;",
        "    }",
        "}",
        "",
    ]
    return "\n".join(lines)


def _unit(value: str) -> str:
    """A value inside a systemd ``Environment="..."`` assignment: quotes and backslashes
    escaped, ``%`` doubled (a specifier otherwise)."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")


def systemd_unit(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's SMS reminder service as a systemd unit file: ``[Unit]`` with a
    description naming the facility, ``[Service]`` with ``Environment=`` lines for its name,
    phone and coordinates (two assignments on one line), an invented facility id and port, and
    ``[Install]``."""
    lines = [
        f"# /etc/systemd/system/sms-reminder@{_slug(row)}.service",
        "[Unit]",
        f"Description=SMS appointment reminders for {_unit(_f(row, 'NAME'))}",
        "After=network-online.target",
        "Wants=network-online.target",
        "",
        "[Service]",
        "Type=simple",
        "User=reminder",
        f'Environment="FACILITY_NAME={_unit(_f(row, "NAME"))}"',
        f'Environment="FACILITY_PHONE={_unit(phone(row))}"',
        f'Environment="FACILITY_LAT={_f(row, "LATITUDE")}" "FACILITY_LON={_f(row, "LONGITUDE")}"',
        f"Environment=FACILITY_ID={rng.randint(100000, 999999)}",
        f"Environment=SMPP_PORT={rng.choice((2775, 2776, 3339))}",
        "ExecStart=/usr/local/bin/sms-reminder --config /etc/sms-reminder.toml",
        "Restart=on-failure",
        "RestartSec=30",
        "",
        "[Install]",
        "WantedBy=multi-user.target",
        "",
    ]
    return "\n".join(lines)


def _cron(value: str) -> str:
    """A value in single quotes on a crontab command line: ``'`` closed and reopened, ``%``
    escaped (cron reads it as a newline otherwise)."""
    return "'" + value.replace("'", "'\\''").replace("%", "\\%") + "'"


def crontab(row: dict[str, Any], rng: random.Random) -> str:
    """The facility server's crontab (``crontab -l``): the header comment, a comment naming
    the facility, its address and on-call line, ``MAILTO`` and ``CRON_TZ``, a weekday job
    sending reminders ``--from`` the phone, a job posting the coordinates and a nightly
    backup at invented times."""
    minute, hour = rng.choice((0, 10, 15, 30, 45)), rng.randint(5, 8)
    lines = [
        "# Edit this file to introduce tasks to be run by cron.",
        "# m h  dom mon dow   command",
        f"# {_f(row, 'NAME')}, {_f(row, 'ADDRESS')}",
        f"# on-call line: {phone(row)}",
        'MAILTO=""',
        "CRON_TZ=Africa/Lagos",
        "",
        f"{minute} {hour} * * 1-5 /usr/local/bin/sms-remind --from {_cron(phone(row))} "
        f"--site {_slug(row)} >> /var/log/sms-remind.log 2>&1",
        f"*/{rng.choice((10, 15, 20, 30))} * * * * /usr/local/bin/geo-ping "
        f"--lat {_f(row, 'LATITUDE')} --lon {_f(row, 'LONGITUDE')}",
        f"{rng.randint(0, 59)} {rng.randint(0, 3)} * * * /usr/local/bin/backup.sh --keep 14",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ansible_host_vars": ansible_host_vars,
    "nginx_server": nginx_server,
    "systemd_unit": systemd_unit,
    "crontab": crontab,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
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
