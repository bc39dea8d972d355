"""held_out_72 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Nepal) exactly as published, in layouts no earlier part has, beside the
row's own address with its ward number, its district and its role e-mail address.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the phone fields of Muktinath Bikas Bank's branches and extension counters in
  a branch list copied into a chatbot project (``scripts/data/pii_np_bank_branches.json``,
  written by ``scripts/np_bank_branches_data.py``; source and licence in that file): Nepalese
  numbers as each entry gave them (``065-540498``, ``01-5561171``, the mobile
  ``9802306851``, ``01-5970887 Toll Free No. 16600149999`` with two numbers, five fields of two
  lines joined by ``/`` such as ``01-4529837/4529838``, which ``numbers`` reads as one number),
  each number of each copy labelled, and the branch's role e-mail address
  (``adamghat@muktinathbank.com.np``), labelled; the list has no fax column;
* the text around them is the same row's real fields: its name, its address with the ward
  number (``Gajuri Rural Municipality-6``) and its district, with invented branch codes,
  terminal ids, dashboard ids, ports, dates and schedule times, unlabelled and scored;
* in layouts no earlier part has: an Apache Airflow DAG (Python) of the branch's nightly
  reconciliation whose ``default_args`` mail the branch and whose SMS task texts its number, a
  GitLab CI file (``.gitlab-ci.yml``) deploying the branch's kiosk with its contact points as
  CI variables, a Grafana dashboard (JSON) whose text panel gives the branch's card in Nepali
  (``फोन:``, ``इमेल:``), and a Supervisor program section (``supervisord.conf``) of the
  branch's ATM monitor with a Nepali comment and the contact points in ``environment=``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_72.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_np_bank_branches.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_72.jsonl.gz"
SPLIT = "held_out_72"

LAYOUTS = ("airflow_dag", "gitlab_ci", "grafana_dashboard", "supervisord_program")
PHONE = "phone"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], *keys: str) -> str:
    """The first of ``keys`` the row has a value under, as published, stripped ("" where it
    has none)."""
    for key in keys:
        value = (row["fields"].get(key) or "").strip()
        if value:
            return value
    return ""


def name(row: dict[str, Any]) -> str:
    """The branch's name (the list keeps it under one of three keys)."""
    return _f(row, "branch", "branch_name", "name")


def address(row: dict[str, Any]) -> str:
    """The branch's address with its ward number, as published."""
    return _f(row, "address", "location")


def district(row: dict[str, Any]) -> str:
    """The branch's district, "" where the entry gives none."""
    return _f(row, "district")


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped: ``phone``, else ``contact``."""
    value = _f(row, "phone")
    return value if value else _f(row, "contact")


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address: ``email``, else a ``contact`` that is one."""
    value = _f(row, "email")
    if value:
        return value
    contact = _f(row, "contact")
    return contact if "@" in contact else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The branch's name as an identifier: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z]+", name(row).lower())
    return "-".join(w for w in words[:4] if w != "branch") or "branch"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the phone field (each number in it by
    ``labelled_record``) and of the e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _py(value: str) -> str:
    """A Python string literal (JSON's double-quoted string is one; non-ASCII kept)."""
    return json.dumps(value, ensure_ascii=False)


def _code(rng: random.Random) -> str:
    """An invented three-digit branch code."""
    return f"{rng.randint(1, 260):03d}"


def airflow_dag(row: dict[str, Any], rng: random.Random) -> str:
    """The branch's nightly reconciliation as an Apache Airflow DAG file: a module docstring
    naming the branch and its address, ``default_args`` whose ``email`` is the branch's
    address, a ``BRANCH`` dict of its name, district, phone and invented code, the DAG with an
    invented cron schedule and start date, and two tasks: the reconciliation
    (``BashOperator``) and an SMS (``PythonOperator``) to the branch's number."""
    slug = _slug(row).replace("-", "_")
    minute, hour = rng.choice((0, 15, 30, 45)), rng.randint(19, 23)
    mail = [f'    "email": [{_py(email(row))}],'] if email(row) else []
    lines = [
        f'"""Nightly CBS reconciliation for {name(row)} ({address(row)})."""',
        "",
        "from datetime import datetime, timedelta",
        "",
        "from airflow import DAG",
        "from airflow.operators.bash import BashOperator",
        "from airflow.operators.python import PythonOperator",
        "",
        "from mnbbl.notify import send_sms",
        "",
        "BRANCH = {",
        f'    "name": {_py(name(row))},',
        f'    "district": {_py(district(row))},',
        f'    "code": "{_code(rng)}",',
        f'    "phone": {_py(phone(row))},',
        "}",
        "",
        "default_args = {",
        '    "owner": "branch-ops",',
        *mail,
        '    "email_on_failure": True,',
        f'    "retries": {rng.randint(1, 3)},',
        f'    "retry_delay": timedelta(minutes={rng.choice((5, 10, 15))}),',
        "}",
        "",
        "with DAG(",
        f'    dag_id="reconcile_{slug}",',
        "    default_args=default_args,",
        f'    schedule="{minute} {hour} * * *",',
        f"    start_date=datetime(2025, {rng.randint(1, 12)}, {rng.randint(1, 28)}),",
        "    catchup=False,",
        f'    tags=["branch", "{slug}"],',
        ") as dag:",
        "    reconcile = BashOperator(",
        '        task_id="reconcile",',
        '        bash_command="cbs-recon --branch {{ params.code }} --date {{ ds }}",',
        '        params={"code": BRANCH["code"]},',
        "    )",
        "    notify = PythonOperator(",
        '        task_id="sms_branch",',
        "        python_callable=send_sms,",
        f'        op_kwargs={{"to": {_py(phone(row))}, "text": "Reconciliation done"}},',
        "    )",
        "    reconcile >> notify",
        "",
    ]
    return "\n".join(lines)


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def gitlab_ci(row: dict[str, Any], rng: random.Random) -> str:
    """The branch kiosk's ``.gitlab-ci.yml``: a comment naming the branch, ``variables`` with
    its name, address, district, phone and e-mail address and an invented kiosk id, two
    stages, a build job and a manual deploy job to the branch's environment with an invented
    host address."""
    slug = _slug(row)
    contact = [f"  BRANCH_EMAIL: {_yaml(email(row))}"] if email(row) else []
    lines = [
        f"# .gitlab-ci.yml: queue kiosk of {name(row)}",
        "stages:",
        "  - build",
        "  - deploy",
        "",
        "variables:",
        f"  BRANCH_NAME: {_yaml(name(row))}",
        f"  BRANCH_ADDRESS: {_yaml(address(row))}",
        f"  BRANCH_DISTRICT: {_yaml(district(row))}",
        f"  BRANCH_PHONE: {_yaml(phone(row))}",
        *contact,
        f'  KIOSK_ID: "K{rng.randint(1000, 9999)}"',
        "  TZ: Asia/Kathmandu",
        "",
        "build:",
        "  stage: build",
        f"  image: node:{rng.choice((18, 20, 22))}-alpine",
        "  script:",
        "    - npm ci",
        "    - npm run build",
        "  artifacts:",
        "    paths:",
        "      - dist/",
        f"    expire_in: {rng.choice((1, 7, 30))} days",
        "",
        f"deploy:{slug}:",
        "  stage: deploy",
        "  when: manual",
        "  environment:",
        f"    name: branches/{slug}",
        "  script:",
        f"    - rsync -az dist/ kiosk@10.{rng.randint(1, 254)}.{rng.randint(1, 254)}."
        f"{rng.randint(2, 254)}:/srv/kiosk/",
        '    - echo "Deployed $KIOSK_ID for $BRANCH_NAME ($BRANCH_PHONE)"',
        "",
    ]
    return "\n".join(lines)


def grafana_dashboard(row: dict[str, Any], rng: random.Random) -> str:
    """The branch's Grafana dashboard as exported JSON: an invented uid and id, a description
    with the branch's phone, a text panel whose Markdown is the branch's card in Nepali
    (name, address, district, ``फोन:``, ``इमेल:`` with a ``mailto:`` link) and a time-series
    panel of its ATM's cash level with an invented terminal id."""
    slug = _slug(row)
    terminal = f"ATM{rng.randint(10000, 99999)}"
    card = [
        f"### {name(row)}",
        "",
        f"**ठेगाना:** {address(row)}",
        "",
        f"**जिल्ला:** {district(row) or '—'}",
        "",
        f"**फोन:** {phone(row)}",
    ]
    if email(row):
        card += ["", f"**इमेल:** [{email(row)}](mailto:{email(row)})"]
    dashboard = {
        "id": rng.randint(10, 999),
        "uid": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9)),
        "title": f"{name(row)} / शाखा अनुगमन",
        "description": f"{name(row)}, {address(row)} · फोन {phone(row)}",
        "tags": ["branch", slug],
        "timezone": "Asia/Kathmandu",
        "refresh": f"{rng.choice((30, 60))}s",
        "schemaVersion": 39,
        "version": rng.randint(1, 40),
        "panels": [
            {
                "id": 1,
                "type": "text",
                "title": "शाखा सम्पर्क",
                "gridPos": {"h": 8, "w": 8, "x": 0, "y": 0},
                "options": {"mode": "markdown", "content": "\n".join(card)},
            },
            {
                "id": 2,
                "type": "timeseries",
                "title": f"ATM cash level ({terminal})",
                "gridPos": {"h": 8, "w": 16, "x": 8, "y": 0},
                "targets": [
                    {
                        "refId": "A",
                        "expr": f'atm_cash_npr{{terminal="{terminal}",branch="{slug}"}}',
                    }
                ],
            },
        ],
        "time": {"from": "now-24h", "to": "now"},
    }
    return json.dumps(dashboard, ensure_ascii=False, indent=2) + "\n"


def _env(value: str) -> str:
    """A value in a Supervisor ``environment=`` list: double-quoted (no value here holds a
    double quote), ``%`` doubled (an expansion otherwise)."""
    assert '"' not in value, value
    return '"' + value.replace("%", "%%") + '"'


def supervisord_program(row: dict[str, Any], rng: random.Random) -> str:
    """The branch's ATM monitor as a Supervisor ``[program:...]`` section in ``conf.d``: a
    Nepali comment naming the branch, its address, district and ``फोन``, the command with an
    invented terminal id and port, restart settings, log paths and ``environment=`` with the
    branch's name, phone and e-mail address."""
    slug = _slug(row)
    env = [f"BRANCH_NAME={_env(name(row))}", f"BRANCH_PHONE={_env(phone(row))}"]
    if email(row):
        env.append(f"BRANCH_EMAIL={_env(email(row))}")
    env.append('TZ="Asia/Kathmandu"')
    lines = [
        f"; /etc/supervisor/conf.d/atm-monitor-{slug}.conf",
        f"; {name(row)} ({', '.join(filter(None, (address(row), district(row))))}), "
        f"फोन: {phone(row)}",
        f"[program:atm-monitor-{slug}]",
        f"command=/opt/atm-monitor/bin/atm-monitor --terminal ATM{rng.randint(10000, 99999)} "
        f"--listen 127.0.0.1:{rng.randint(8100, 8999)}",
        "directory=/opt/atm-monitor",
        "user=atm",
        "autostart=true",
        "autorestart=true",
        f"startsecs={rng.choice((5, 10, 15))}",
        f"stopwaitsecs={rng.choice((20, 30, 60))}",
        f"stdout_logfile=/var/log/atm-monitor/{slug}.log",
        "stdout_logfile_maxbytes=10MB",
        f"stderr_logfile=/var/log/atm-monitor/{slug}.err",
        "environment=" + ",".join(env),
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "airflow_dag": airflow_dag,
    "gitlab_ci": gitlab_ci,
    "grafana_dashboard": grafana_dashboard,
    "supervisord_program": supervisord_program,
}


def international(value: str) -> bool:
    """A number written with the country code (none in this list is)."""
    return value.startswith(("+", "00977"))


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field and e-mail
    address labelled."""
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
