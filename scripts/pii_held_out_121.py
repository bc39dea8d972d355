"""held_out_121 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of tourist sites, whose managing bodies are its local
governments; Korea's earlier part took its public libraries) exactly as published, in layouts
no earlier part has, beside the register's own names, addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (libraries), DE, AR, US, AU, IN, TW and many
others; here:

* the values are the ``관리기관전화번호`` fields of 600 tourist sites (a seeded sample of 847;
  ``scripts/data/pii_kr_tourist_sites.json``, written by ``scripts/kr_tourist_sites_data.py``;
  source and licence in that file): South Korean numbers as the file writes them, hyphenated
  (``061-363-7278``, ``02-879-5605``, ``031-8075-4642``, ``1588-4888``), each copy labelled;
* the text around them is the same row's real fields: the site's name and kind, its road and
  lot-number addresses, latitude and longitude, the managing body and the providing local
  government, with invented ports, memory and CPU sizes, image tags, cron schedules, private
  IP addresses, ticket numbers and dates, unlabelled and scored;
* in layouts no earlier part has, infrastructure-as-code and deployment configuration of a
  tourism information kiosk at the site, comments in Korean: SaltStack pillar files (``.sls``
  YAML: the kiosk's ``site`` mapping with ``contact_phone`` and a ``motd`` block repeating the
  number), Chef attribute files (``attributes/default.rb``: ``default['kiosk'][...]`` Ruby
  assignments, a comment naming the number), Pulumi YAML programs (``Pulumi.yaml``: ``config``
  defaults and a ``resources`` map whose tags carry the number) and HashiCorp Nomad job
  specifications (HCL ``job``/``group``/``task`` with ``meta`` and an ``env`` block, a
  ``template`` heredoc repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_121.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_kr_tourist_sites.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_121.jsonl.gz"
SPLIT = "held_out_121"

LAYOUTS = ("salt_pillar", "chef_attributes", "pulumi_yaml", "nomad_job")
PHONE = "관리기관전화번호"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _address(row: dict[str, Any]) -> str:
    """The road address, or the lot-number address where the row has no road address."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def _host(n: int, rng: random.Random) -> str:
    """An invented kiosk host name (``kiosk-0123-a``)."""
    return f"kiosk-{n:04d}-{rng.choice('abcd')}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (KST)."""
    start = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _ip(rng: random.Random) -> str:
    """An invented private address of the kiosk network."""
    return f"10.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _tag(rng: random.Random) -> str:
    """An invented image tag (``2025.07.3``)."""
    return f"2025.{rng.randint(1, 11):02d}.{rng.randint(0, 9)}"


def _q(value: str) -> str:
    """A YAML double-quoted (JSON) string."""
    return json.dumps(value, ensure_ascii=False)


def _rb(value: str) -> str:
    """A Ruby single-quoted string."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _hcl(value: str) -> str:
    """An HCL quoted string: quotes and backslashes escaped, template sequences doubled."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("${", "$${").replace("%{", "%%{") + '"'


def _ticket(rng: random.Random) -> str:
    """An invented change ticket (``CHG-20250714-0381``)."""
    return f"CHG-{_when(rng):%Y%m%d}-{rng.randint(1, 9999):04d}"


def salt_pillar(row: dict[str, Any], rng: random.Random, n: int) -> str:
    """A SaltStack pillar file (``pillar/kiosk/<host>.sls``) of the site's kiosk: comments
    naming the site and the change ticket, a ``kiosk`` mapping with the ``site`` (name, kind,
    addresses, coordinates, ``operator``, ``provider``, ``contact_phone``), network and display
    settings (invented) and a ``motd`` literal block repeating the number."""
    host, tel = _host(n, rng), phone(row)
    lines = [
        f"# 관광안내 키오스크 pillar: {_f(row, '관광지명')}",
        f"# 변경 요청 {_ticket(rng)}, 관리기관 연락처 {tel}",
        "kiosk:",
        f"  hostname: {host}",
        "  site:",
        f"    name: {_q(_f(row, '관광지명'))}",
        f"    kind: {_q(_f(row, '관광지구분'))}",
        f"    road_address: {_q(_f(row, '소재지도로명주소'))}",
        f"    lot_address: {_q(_f(row, '소재지지번주소'))}",
        f"    latitude: {_q(_f(row, '위도'))}",
        f"    longitude: {_q(_f(row, '경도'))}",
        f"    operator: {_q(_f(row, '관리기관명'))}",
        f"    provider: {_q(_f(row, '제공기관명'))}",
        f"    contact_phone: {_q(tel)}",
        "  network:",
        f"    address: {_ip(rng)}/24",
        f"    gateway: {_ip(rng)}",
        f"    mtu: {rng.choice((1400, 1450, 1500))}",
        "  display:",
        f"    brightness: {rng.randint(40, 100)}",
        f"    idle_timeout: {rng.choice((60, 120, 180, 300))}",
        f"    reboot_cron: '{rng.randint(0, 59)} {rng.randint(2, 5)} * * {rng.randint(0, 6)}'",
        "  motd: |",
        f"    {_f(row, '관광지명')} 관광안내 키오스크 ({host})",
        f"    장애 문의: {_f(row, '관리기관명')} {tel}",
        "",
    ]
    return "\n".join(lines)


def chef_attributes(row: dict[str, Any], rng: random.Random, n: int) -> str:
    """A Chef cookbook attribute file (``attributes/default.rb``) of the site's kiosk:
    ``default['kiosk'][...]`` assignments of the site's fields, the number as
    ``['contact']['phone']`` and in a comment, invented package version, port, memory limit
    and schedule."""
    host, tel = _host(n, rng), phone(row)
    site = "default['kiosk']['site']"
    lines = [
        "#",
        "# Cookbook:: tourism_kiosk",
        "# Attributes:: default",
        "#",
        f"# {_f(row, '관광지명')} ({_f(row, '제공기관명')}) 키오스크 기본값",
        f"# 현장 문의는 {_f(row, '관리기관명')} ({tel})",
        "#",
        f"default['kiosk']['hostname'] = {_rb(host)}",
        f"default['kiosk']['version'] = {_rb(_tag(rng))}",
        f"default['kiosk']['port'] = {rng.choice((8080, 8443, 9000, 3000))}",
        f"default['kiosk']['memory_limit_mb'] = {rng.choice((512, 768, 1024, 2048))}",
        f"{site}['name'] = {_rb(_f(row, '관광지명'))}",
        f"{site}['kind'] = {_rb(_f(row, '관광지구분'))}",
        f"{site}['address'] = {_rb(_address(row))}",
        f"{site}['lot_address'] = {_rb(_f(row, '소재지지번주소'))}",
        f"{site}['coordinates'] = [{_f(row, '위도') or 'nil'}, {_f(row, '경도') or 'nil'}]",
        f"{site}['facilities'] = {_rb(_f(row, '공공편익시설정보'))}.split('+')",
        f"default['kiosk']['contact']['operator'] = {_rb(_f(row, '관리기관명'))}",
        f"default['kiosk']['contact']['phone'] = {_rb(tel)}",
        f"default['kiosk']['sync']['interval_minutes'] = {rng.choice((5, 10, 15, 30))}",
        f"default['kiosk']['sync']['window'] = '0{rng.randint(1, 5)}:00-0{rng.randint(6, 8)}:00'",
        "",
    ]
    return "\n".join(lines)


def pulumi_yaml(row: dict[str, Any], rng: random.Random, n: int) -> str:
    """A Pulumi YAML program (``Pulumi.yaml``) of the site's kiosk stack: ``name``,
    ``runtime: yaml``, ``config`` defaults (site name, coordinates, the number as
    ``contactPhone``), a ``variables`` map and ``resources`` (an invented instance and a DNS
    record) whose ``tags`` carry the operator and the number, ``outputs``."""
    host, tel = _host(n, rng), phone(row)
    lines = [
        f"name: {host}",
        "runtime: yaml",
        f"description: {_q(_f(row, '관광지명') + ' 관광안내 키오스크 스택')}",
        "config:",
        "  siteName:",
        "    type: string",
        f"    default: {_q(_f(row, '관광지명'))}",
        "  siteAddress:",
        "    type: string",
        f"    default: {_q(_address(row))}",
        "  latitude:",
        "    type: string",
        f"    default: {_q(_f(row, '위도'))}",
        "  longitude:",
        "    type: string",
        f"    default: {_q(_f(row, '경도'))}",
        "  contactPhone:",
        "    type: string",
        f"    default: {_q(tel)}",
        "variables:",
        f"  imageTag: {_q(_tag(rng))}",
        f"  diskGb: {rng.choice((20, 30, 40, 64))}",
        "resources:",
        "  kiosk:",
        "    type: aws:ec2:Instance",
        "    properties:",
        f"      instanceType: {rng.choice(('t3.small', 't3.medium', 't4g.small'))}",
        f"      privateIp: {_ip(rng)}",
        "      tags:",
        f"        Name: {host}",
        f"        Operator: {_q(_f(row, '관리기관명'))}",
        f"        Provider: {_q(_f(row, '제공기관명'))}",
        f"        ContactPhone: {_q(tel)}",
        f"        Ticket: {_ticket(rng)}",
        "  record:",
        "    type: aws:route53:Record",
        "    properties:",
        f"      name: {host}.kiosk.example.kr",
        "      type: A",
        f"      ttl: {rng.choice((60, 300, 600))}",
        "      records:",
        "        - ${kiosk.privateIp}",
        "outputs:",
        "  kioskIp: ${kiosk.privateIp}",
        f"  helpdesk: {_q(_f(row, '관리기관명') + ' ' + tel)}",
        "",
    ]
    return "\n".join(lines)


def nomad_job(row: dict[str, Any], rng: random.Random, n: int) -> str:
    """A HashiCorp Nomad job specification (HCL) of the site's kiosk service: ``job`` with
    ``datacenters`` and ``meta`` (site name, address, coordinates, the number), a ``group``
    with a ``network`` port, a ``task`` using the docker driver with an ``env`` block and a
    ``template`` heredoc repeating the number, invented ports, CPU and memory."""
    host, tel = _host(n, rng), phone(row)
    port, cpu = rng.choice((8080, 8443, 9000)), rng.choice((200, 300, 500))
    lines = [
        f"# {_f(row, '관광지명')} 키오스크 ({_ticket(rng)})",
        f'job "{host}" {{',
        '  datacenters = ["kr-south-1"]',
        '  type        = "service"',
        "",
        "  meta {",
        f"    site_name    = {_hcl(_f(row, '관광지명'))}",
        f"    site_kind    = {_hcl(_f(row, '관광지구분'))}",
        f"    address      = {_hcl(_address(row))}",
        f"    latitude     = {_hcl(_f(row, '위도'))}",
        f"    longitude    = {_hcl(_f(row, '경도'))}",
        f"    operator     = {_hcl(_f(row, '관리기관명'))}",
        f"    contact_tel  = {_hcl(tel)}",
        "  }",
        "",
        '  group "kiosk" {',
        "    count = 1",
        "",
        "    network {",
        f'      port "http" {{ static = {port} }}',
        "    }",
        "",
        '    task "app" {',
        '      driver = "docker"',
        "",
        "      config {",
        f'        image = "registry.example.kr/tourism/kiosk:{_tag(rng)}"',
        '        ports = ["http"]',
        "      }",
        "",
        "      env {",
        f"        SITE_NAME     = {_hcl(_f(row, '관광지명'))}",
        f"        HELPDESK_TEL  = {_hcl(tel)}",
        f'        SYNC_INTERVAL = "{rng.choice((5, 10, 15))}m"',
        "      }",
        "",
        "      template {",
        '        destination = "local/notice.txt"',
        "        data        = <<EOT",
        f"{_f(row, '관광지명')} 관광안내",
        f"문의: {_f(row, '관리기관명')} {tel}",
        "EOT",
        "      }",
        "",
        "      resources {",
        f"        cpu    = {cpu}",
        f"        memory = {rng.choice((256, 512, 768))}",
        "      }",
        "    }",
        "  }",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random, int], str]] = {
    "salt_pillar": salt_pillar,
    "chef_attributes": chef_attributes,
    "pulumi_yaml": pulumi_yaml,
    "nomad_job": nomad_job,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng, n))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
