"""held_out_63 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Bangladesh) exactly as published, in layouts no earlier part has, beside the
row's own serial number, district and address.

The procedure of ``held_out_30``, on another list and other layouts; here:

* the values are the contact numbers of the retail shops of a mobile phone brand's "Experience
  Outlet List" (``scripts/data/pii_bd_outlets.json``, written by
  ``scripts/bd_outlets_data.py``; source and licence in that file): Bangladeshi mobile numbers
  as the list gave them, eleven digits without separators (``01827197036``), each copy
  labelled; the list gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its serial number in the list, district,
  shop name and address, with invented addresses, ports, TTLs, zone serials and intervals,
  unlabelled and scored;
* in layouts no earlier part has, comments in Bengali (Bangladesh's official language): a
  Caddyfile site block whose comments give the shop and its ``ফোন:`` and whose ``header``
  repeats the number, a Kustomize ``kustomization.yaml`` whose ``configMapGenerator`` literal
  holds ``OUTLET_PHONE=...``, a BIND zone file whose ``TXT`` record gives ``tel=...``, and a
  Telegraf TOML configuration whose ``[global_tags]`` hold ``outlet_phone``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_63.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_bd_outlets.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_63.jsonl.gz"
SPLIT = "held_out_63"

LAYOUTS = ("caddyfile", "kustomization", "bind_zone", "telegraf_toml")
PHONE = "phone"
SERIAL = "Experience Outlet List:"


# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's contact field as published, stripped."""
    return _f(row, "Column5")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The shop's name as a host name: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z0-9]+", _f(row, "Column3").lower())
    return "-".join(words[:5]) or "outlet"


def _ip(rng: random.Random) -> str:
    """An invented private address."""
    return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _q(value: str) -> str:
    """A double-quoted string with ``\\`` and ``"`` escaped (Caddyfile, zone file)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def caddyfile(row: dict[str, Any], rng: random.Random) -> str:
    """The shop's page as a Caddyfile site block: Bengali comments naming the shop, its address
    and ``ফোন:``, an invented host under ``.com.bd``, ``header`` lines repeating the phone and
    the serial, a ``respond`` for ``/address`` and an invented upstream port."""
    host = _slug(row)
    lines = [
        f"# বিক্রয়কেন্দ্র নং {_f(row, SERIAL)}: {_f(row, 'Column3')} ({_f(row, 'Column2')})",
        f"# ঠিকানা: {_f(row, 'Column4')}",
        f"# ফোন: {phone(row)}",
        f"{host}.outlets.com.bd {{",
        "\tencode gzip",
        "\theader {",
        f"\t\tX-Outlet-Phone {_q(phone(row))}",
        f"\t\tX-Outlet-Serial {_q(_f(row, SERIAL))}",
        "\t}",
        "\thandle /address {",
        f"\t\trespond {_q(_f(row, 'Column4'))} 200",
        "\t}",
        f"\treverse_proxy {_ip(rng)}:{rng.randint(3000, 9000)}",
        "}",
        "",
    ]
    return "\n".join(lines)


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def kustomization(row: dict[str, Any], rng: random.Random) -> str:
    """The shop's kiosk app as a Kustomize ``kustomization.yaml``: a Bengali comment naming the
    shop, the namespace, invented replicas, common labels with the district and serial, and a
    ``configMapGenerator`` whose literals hold the shop's name, address and phone."""
    lines = [
        "# বিক্রয়কেন্দ্রের কিয়স্ক অ্যাপ: " + _f(row, "Column3"),
        "apiVersion: kustomize.config.k8s.io/v1beta1",
        "kind: Kustomization",
        f"namespace: outlet-{_slug(row)}",
        "resources:",
        "  - ../../base",
        "labels:",
        "  - pairs:",
        f"      outlet-serial: {_yaml(_f(row, SERIAL))}",
        f"      district: {_yaml(_f(row, 'Column2').lower())}",
        "replicas:",
        "  - name: kiosk",
        f"    count: {rng.randint(1, 3)}",
        "configMapGenerator:",
        "  - name: outlet-info",
        "    literals:",
        f"      - {_yaml('OUTLET_NAME=' + _f(row, 'Column3'))}",
        f"      - {_yaml('OUTLET_ADDRESS=' + _f(row, 'Column4'))}",
        f"      - {_yaml('OUTLET_PHONE=' + phone(row))}",
        f"      - {_yaml('SYNC_PORT=' + str(rng.choice((8080, 8443, 9090))))}",
        "",
    ]
    return "\n".join(lines)


def bind_zone(row: dict[str, Any], rng: random.Random) -> str:
    """The shop's DNS zone as a BIND zone file: ``$ORIGIN`` and ``$TTL``, a Bengali comment
    naming the shop and its phone, an ``SOA`` with an invented date serial, ``NS`` and ``A``
    records at invented addresses, and ``TXT`` records with the serial, address and
    ``tel=`` phone."""
    origin = f"{_slug(row)}.outlets.com.bd."
    serial = f"2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 99):02d}"
    lines = [
        f"; {_f(row, 'Column3')}, {_f(row, 'Column2')}: ফোন {phone(row)}",
        f"$ORIGIN {origin}",
        f"$TTL {rng.choice((3600, 14400, 86400))}",
        f"@\tIN\tSOA\tns1.outlets.com.bd. hostmaster.outlets.com.bd. ( {serial} 7200 3600 "
        "1209600 300 )",
        "@\tIN\tNS\tns1.outlets.com.bd.",
        f"@\tIN\tA\t{_ip(rng)}",
        f"www\tIN\tA\t{_ip(rng)}",
        f"@\tIN\tTXT\t{_q('outlet=' + _f(row, SERIAL))}",
        f"@\tIN\tTXT\t{_q('address=' + _f(row, 'Column4'))}",
        f"@\tIN\tTXT\t{_q('tel=' + phone(row))}",
        "",
    ]
    return "\n".join(lines)


def _toml(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's for these values)."""
    return json.dumps(value, ensure_ascii=False)


def telegraf_toml(row: dict[str, Any], rng: random.Random) -> str:
    """The shop's point-of-sale monitor as a Telegraf ``telegraf.conf``: Bengali comments
    naming the shop and its phone, ``[global_tags]`` with the serial, district, address and phone,
    ``[agent]`` with invented intervals, a ``[[inputs.ping]]`` at an invented address and an
    ``[[outputs.influxdb_v2]]`` at an invented port."""
    lines = [
        f"# {_f(row, 'Column3')}: পিওএস মনিটর",
        f"# যোগাযোগ: {phone(row)}",
        "[global_tags]",
        f"  outlet_serial = {_toml(_f(row, SERIAL))}",
        f"  district = {_toml(_f(row, 'Column2'))}",
        f"  address = {_toml(_f(row, 'Column4'))}",
        f"  outlet_phone = {_toml(phone(row))}",
        "",
        "[agent]",
        f'  interval = "{rng.choice((10, 30, 60))}s"',
        f'  flush_interval = "{rng.choice((15, 45, 90))}s"',
        "",
        "[[inputs.ping]]",
        f'  urls = ["{_ip(rng)}"]',
        f"  count = {rng.randint(3, 5)}",
        "",
        "[[outputs.influxdb_v2]]",
        f'  urls = ["http://127.0.0.1:{rng.randint(8000, 8999)}"]',
        '  bucket = "outlets"',
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "caddyfile": caddyfile,
    "kustomization": kustomization,
    "bind_zone": bind_zone,
    "telegraf_toml": telegraf_toml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
