"""held_out_73 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Uganda) exactly as published, in layouts no earlier part has, beside the
row's own name, address and description.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many countries (the list in ``pii_held_out_46.py`` and the
parts after it: NG, CH, SK, BG, TR, VN, LK, UY, LV, RS, TN, PK, CR, GH, MA, BD, DO, TZ, SE, AE
and CN among them); here:

* the values are the phone fields of Ugandan hospitals, health centres and clinics in the
  BloodMatch app's facility list, taken from the Uganda Health Directory
  (``scripts/data/pii_ug_health_directory.json``, written by
  ``scripts/ug_health_directory_data.py``; source and licence in that file): numbers as each
  entry gave them (``0414 345235``, ``0393 264953; 0414 345235`` with two, ``0772/0712
  435835`` with a shared ending, ``+256701126721``), each number of each copy labelled, and
  the facility's e-mail address where the extract kept one (a role address, ``info@``);
* the text around them is the same row's real fields: its name, address, description and
  directory profile path, with invented extensions, ids, ports, versions and dates, unlabelled
  and scored;
* in layouts no earlier part has, labels in English (Uganda's official language): a FreeSWITCH
  dialplan XML file whose comment gives the facility's ``Tel:`` and whose extension sets
  ``facility_phone=...``, a Grafana dashboard JSON model with the number as a constant template
  variable and in a Markdown text panel, a Helm chart's ``values.yaml`` with ``facility.phone``
  and a ``FACILITY_PHONE`` container variable, and an Elixir ``priv/repo/seeds.exs`` whose
  comment and ``%Facility{}`` struct give the number.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_73.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ug_health_directory.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_73.jsonl.gz"
SPLIT = "held_out_73"

LAYOUTS = ("freeswitch_dialplan", "grafana_dashboard", "helm_values", "elixir_seeds")
PHONE = "phone"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "phone")


def email(row: dict[str, Any]) -> str:
    """The row's kept (role) e-mail address, "" where the extract left none."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any], sep: str = "-") -> str:
    """The facility's name as an identifier: lower-case ASCII words joined by ``sep``."""
    words = re.findall(r"[a-z]+", _f(row, "name").lower())
    return sep.join(words[:5]) or "facility"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the phone field (each number in it by
    ``labelled_record``) and of the e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _comment(value: str) -> str:
    """Text inside an XML comment: no ``--`` (which would end it early)."""
    return re.sub(r"-(?=-)", "- ", value)


def freeswitch_dialplan(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's line on a blood-bank call centre's FreeSWITCH as a dialplan include
    (``conf/dialplan/ug_health/<slug>.xml``): comments naming the file, the facility and its
    ``Tel:``, one extension (an invented four-digit number) that sets the facility's name,
    address, phone and e-mail as channel variables, an invented call timeout and queue id,
    answers, plays a prompt and transfers to the referral queue."""
    slug = _slug(row)
    assert "--" not in phone(row), row["path"]

    def action(app: str, value: str | None = None) -> str:
        data = "" if value is None else f" data={quoteattr(value)}"
        return f"        <action application={quoteattr(app)}{data}/>"

    variables = [
        ("facility_name", _f(row, "name")),
        ("facility_address", _f(row, "address")),
        ("facility_phone", phone(row)),
    ] + ([("facility_email", email(row))] if email(row) else [])
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f"<!-- conf/dialplan/ug_health/{slug}.xml -->",
        f"<!-- {_comment(_f(row, 'name'))}. Tel: {phone(row)} -->",
        "<include>",
        '  <context name="ug_health">',
        f'    <extension name="{slug}" continue="false">',
        f'      <condition field="destination_number" expression="^{rng.randint(2000, 6999)}$">',
        *(action("set", f"{key}={value}") for key, value in variables),
        action("set", f"call_timeout={rng.choice((20, 25, 30, 45))}"),
        action("set", f"referral_queue_id={rng.randint(100, 999)}"),
        action("set", "hangup_after_bridge=true"),
        action("answer"),
        action("playback", f"ivr/ug_health/{slug}.wav"),
        action("transfer", "referrals XML ug_health"),
        "      </condition>",
        "    </extension>",
        "  </context>",
        "</include>",
        "",
    ]
    return "\n".join(lines)


def _uid(rng: random.Random, n: int) -> str:
    """An invented identifier of ``n`` letters and digits, starting with a letter."""
    alphabet = string.ascii_letters + string.digits
    return rng.choice(string.ascii_lowercase) + "".join(rng.choice(alphabet) for _ in range(n - 1))


def grafana_dashboard(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's blood-request dashboard as a Grafana dashboard JSON model: an invented
    uid and version, the facility's phone and an invented facility id as hidden constant
    template variables, a Markdown text panel with the name, address, ``Tel:``, e-mail and
    description, and a time-series panel whose PromQL query names the invented id."""
    facility_id = str(rng.randint(10000, 99999))
    content = [f"### {_f(row, 'name')}", "", _f(row, "address") or "Uganda", ""]
    content.append(f"**Tel:** {phone(row)}")
    if email(row):
        content.append(f"**Email:** {email(row)}")
    if _f(row, "description"):
        content += ["", _f(row, "description")]
    source = {"type": "prometheus", "uid": _uid(rng, 9)}
    model = {
        "annotations": {"list": []},
        "editable": True,
        "id": None,
        "uid": _uid(rng, 14),
        "title": f"{_f(row, 'name')}: blood requests",
        "tags": ["bloodmatch", "uganda", "facility"],
        "timezone": "Africa/Kampala",
        "schemaVersion": 39,
        "version": rng.randint(2, 40),
        "refresh": rng.choice(("1m", "5m", "15m")),
        "time": {"from": "now-7d", "to": "now"},
        "templating": {
            "list": [
                {"name": "facility_id", "type": "constant", "query": facility_id, "hide": 2},
                {"name": "facility_phone", "type": "constant", "query": phone(row), "hide": 2},
            ]
        },
        "panels": [
            {
                "id": 1,
                "type": "text",
                "title": "Facility",
                "gridPos": {"h": 9, "w": 10, "x": 0, "y": 0},
                "options": {"mode": "markdown", "content": "\n".join(content)},
            },
            {
                "id": 2,
                "type": "timeseries",
                "title": "Open blood requests",
                "datasource": source,
                "gridPos": {"h": 9, "w": 14, "x": 10, "y": 0},
                "targets": [
                    {
                        "datasource": source,
                        "expr": "sum(bloodmatch_open_requests"
                        f'{{facility_id="{facility_id}"}}) by (blood_group)',
                        "refId": "A",
                    }
                ],
            },
        ],
    }
    return json.dumps(model, ensure_ascii=False, indent=2) + "\n"


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def helm_values(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's booking page as a Helm chart's ``values.yaml``: a comment naming the
    facility, an invented replica count and image tag, the facility's name, address, phone,
    e-mail and directory profile path under ``facility``, the phone again as the container's
    ``FACILITY_PHONE``, an invented service port and an ingress host under ``.co.ug``."""
    slug = _slug(row)
    facility = [
        f"  name: {_yaml(_f(row, 'name'))}",
        f"  address: {_yaml(_f(row, 'address'))}",
        f"  phone: {_yaml(phone(row))}",
    ]
    if email(row):
        facility.append(f"  email: {_yaml(email(row))}")
    if _f(row, "profile_url"):
        facility.append(f"  profilePath: {_yaml(_f(row, 'profile_url'))}")
    lines = [
        f"# Default values for facility-page ({_f(row, 'name')}).",
        "# This is a YAML-formatted file; declare variables to be passed into your templates.",
        f"replicaCount: {rng.randint(1, 3)}",
        "",
        "image:",
        "  repository: ghcr.io/bloodmatch/facility-page",
        f'  tag: "1.{rng.randint(0, 9)}.{rng.randint(0, 30)}"',
        "  pullPolicy: IfNotPresent",
        "",
        "facility:",
        *facility,
        "",
        "env:",
        "  - name: FACILITY_PHONE",
        f"    value: {_yaml(phone(row))}",
        "  - name: TZ",
        "    value: Africa/Kampala",
        "",
        "service:",
        "  type: ClusterIP",
        f"  port: {rng.choice((8080, 4000, 3000))}",
        "",
        "ingress:",
        "  enabled: true",
        "  className: nginx",
        "  hosts:",
        f"    - host: {slug}.bloodmatch.co.ug",
        "      paths:",
        "        - path: /",
        "          pathType: Prefix",
        "",
        "resources:",
        "  limits:",
        f"    cpu: {rng.choice((250, 500))}m",
        f"    memory: {rng.choice((128, 256, 512))}Mi",
        "",
    ]
    return "\n".join(lines)


def _ex(value: str) -> str:
    """An Elixir string literal: backslashes, quotes, interpolation and newlines escaped."""
    value = value.replace("\\", "\\\\").replace('"', '\\"').replace("#{", "\\#{")
    return '"' + value.replace("\r", "\\r").replace("\n", "\\n") + '"'


def elixir_seeds(row: dict[str, Any], rng: random.Random) -> str:
    """The facility as an Elixir ``priv/repo/seeds.exs`` of a Phoenix app: the generator's
    header comments, a comment naming the facility and its line, the aliases, and
    ``Repo.insert!`` of a ``%Facility{}`` with an invented id, the facility's name, address,
    phone, e-mail, description and an invented verification time and bed count."""
    stamp = (
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(7, 18):02d}:{rng.choice((0, 15, 30, 45)):02d}:00Z"
    )
    fields = [
        f"    id: {rng.randint(1000, 9999)},",
        f"    name: {_ex(_f(row, 'name'))},",
        f"    address: {_ex(_f(row, 'address'))},",
        f"    phone: {_ex(phone(row))},",
    ]
    if email(row):
        fields.append(f"    email: {_ex(email(row))},")
    if _f(row, "description"):
        fields.append(f"    description: {_ex(_f(row, 'description'))},")
    fields += [f"    beds: {rng.randint(4, 120)},", f"    verified_at: ~U[{stamp}]"]
    lines = [
        "# Script for populating the database. You can run it as:",
        "#",
        "#     mix run priv/repo/seeds.exs",
        "#",
        f"# {_f(row, 'name')} (call {phone(row)})",
        "alias BloodMatch.Repo",
        "alias BloodMatch.Facilities.Facility",
        "",
        "Repo.insert!(",
        "  %Facility{",
        *fields,
        "  },",
        "  on_conflict: :nothing",
        ")",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "freeswitch_dialplan": freeswitch_dialplan,
    "grafana_dashboard": grafana_dashboard,
    "helm_values": helm_values,
    "elixir_seeds": elixir_seeds,
}


def international(value: str) -> bool:
    """A number written with the country code (``+256701126721``)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field and
    e-mail address labelled."""
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
