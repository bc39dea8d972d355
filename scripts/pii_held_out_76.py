"""held_out_76 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Bosnia and Herzegovina) exactly as published, in layouts no earlier part
has, beside the row's own address, web site and e-mail address.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the phone fields of the faculties of Bosnia and Herzegovina's universities in
  the uniatlas-bosnia directory (``scripts/data/pii_ba_faculties.json``, written by
  ``scripts/ba_faculties_data.py``; source and licence in that file): numbers as the list gives
  them, all with the country code (``+387 33 210 369``), many shared by the faculties of one
  university, each copy labelled; the faculty's e-mail address (``info@fsk.unsa.ba``), where
  the list gives one, labelled at each copy;
* the text around them is the same row's real fields: its address with the postcode
  (``71000 Sarajevo``), web site and the date the list checked it (``2026-08-29``), with
  invented ports, build numbers, ids and times, unlabelled and scored;
* in layouts no earlier part has, labels in Bosnian where a person writes them: an Apple
  property list (``.plist``) of a faculty app's settings, an OPML outline of the faculty's news
  feeds with its contacts as outline attributes, a Helm chart's ``values.yaml`` for the
  faculty's web site, and a Makefile whose variables give the faculty's contacts to a deploy.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_76.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ba_faculties.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_76.jsonl.gz"
SPLIT = "held_out_76"

LAYOUTS = ("apple_plist", "opml_outline", "helm_values", "makefile")
PHONE = "phone"
# what may not stand next to a copy, so that a copy is never part of another value
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
    """The row's e-mail address as published, stripped ("" where it has none)."""
    return _f(row, "email")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The faculty's name as lower-case ASCII words joined by ``-``."""
    plain = unicodedata.normalize("NFKD", _f(row, "name").replace("đ", "dj").replace("Đ", "Dj"))
    words = re.findall(r"[a-z]+", plain.encode("ascii", "ignore").decode().lower())
    return "-".join(words[:4]) or "fakultet"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the phone field (each number in it by
    ``labelled_record``) and of the e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _plist_string(key: str, value: str, indent: str) -> list[str]:
    return [f"{indent}<key>{escape(key)}</key>", f"{indent}<string>{escape(value)}</string>"]


def apple_plist(row: dict[str, Any], rng: random.Random) -> str:
    """The faculty app's settings as an Apple XML property list: the bundle id and an invented
    build number, a ``Fakultet`` dictionary of the faculty's name, university, address, web
    site, phone, e-mail and the date the list checked it, and an invented sync interval."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
        '<plist version="1.0">',
        "<dict>",
        *_plist_string("CFBundleIdentifier", f"ba.uniatlas.{_slug(row).replace('-', '')}", "\t"),
        *_plist_string("CFBundleVersion", str(rng.randint(100, 4999)), "\t"),
        "\t<key>Fakultet</key>",
        "\t<dict>",
        *_plist_string("Naziv", _f(row, "name"), "\t\t"),
        *_plist_string("Univerzitet", _f(row, "university"), "\t\t"),
        *_plist_string("Adresa", _f(row, "address"), "\t\t"),
    ]
    if _f(row, "website"):
        lines += _plist_string("Web", _f(row, "website"), "\t\t")
    lines += _plist_string("Telefon", phone(row), "\t\t")
    if email(row):
        lines += _plist_string("Email", email(row), "\t\t")
    lines += [
        *_plist_string("Provjereno", _f(row, "lastChecked"), "\t\t"),
        "\t</dict>",
        "\t<key>SyncIntervalMinutes</key>",
        f"\t<integer>{rng.choice((15, 30, 60, 120))}</integer>",
        "</dict>",
        "</plist>",
        "",
    ]
    return "\n".join(lines)


def opml_outline(row: dict[str, Any], rng: random.Random) -> str:
    """The faculty's news feeds as an OPML 2.0 outline: a head with its title and an invented
    creation date, an outline of the faculty whose attributes give its address, phone and
    e-mail, and two feeds under its web site (an invented feed id on one)."""
    site = _f(row, "website") or f"https://{_slug(row)}.ba"
    day = rng.randint(1, 28)
    contact = {"text": _f(row, "name"), "adresa": _f(row, "address"), "telefon": phone(row)}
    if email(row):
        contact["email"] = email(row)
    attrs = " ".join(f"{k}={quoteattr(v)}" for k, v in contact.items())
    hour, minute = rng.randint(7, 18), rng.choice((0, 15, 30, 45))
    created = f"{datetime.date(2026, 9, day):%a}, {day:02d} Sep 2026 {hour:02d}:{minute:02d}:00"
    calls = f"{site.rstrip('/')}/category/konkursi/feed/?id={rng.randint(10, 999)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{escape(_f(row, 'name'))} – vijesti</title>",
        f"    <dateCreated>{created} +0200</dateCreated>",
        "    <docs>http://opml.org/spec2.opml</docs>",
        "  </head>",
        "  <body>",
        f"    <outline {attrs} provjereno={quoteattr(_f(row, 'lastChecked'))}>",
        f'      <outline type="rss" text="Obavještenja" '
        f"xmlUrl={quoteattr(site.rstrip('/') + '/feed/')} htmlUrl={quoteattr(site)}/>",
        f'      <outline type="rss" text="Konkursi" xmlUrl={quoteattr(calls)}/>',
        "    </outline>",
        "  </body>",
        "</opml>",
        "",
    ]
    return "\n".join(lines)


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def helm_values(row: dict[str, Any], rng: random.Random) -> str:
    """The faculty web site's Helm chart values (``values.yaml``): an invented replica count,
    image tag and port, an ingress host from its web site, and a ``fakultet`` map of its name,
    university, address, phone, e-mail and checked date as quoted strings."""
    site = _f(row, "website")
    host = re.sub(r"^https?://", "", site).split("/")[0] if site else f"{_slug(row)}.ba"
    lines = [
        f"# values.yaml – {_f(row, 'name')}",
        f"replicaCount: {rng.randint(1, 3)}",
        "image:",
        "  repository: registry.uniatlas.ba/fakultet-web",
        f'  tag: "{rng.randint(1, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"',
        "service:",
        "  type: ClusterIP",
        f"  port: {rng.choice((8080, 8000, 3000))}",
        "ingress:",
        "  enabled: true",
        "  hosts:",
        f"    - host: {_yaml(host)}",
        "fakultet:",
        f"  naziv: {_yaml(_f(row, 'name'))}",
        f"  univerzitet: {_yaml(_f(row, 'university'))}",
        f"  adresa: {_yaml(_f(row, 'address'))}",
        f"  telefon: {_yaml(phone(row))}",
    ]
    if email(row):
        lines.append(f"  email: {_yaml(email(row))}")
    lines += [f"  provjereno: {_yaml(_f(row, 'lastChecked'))}", ""]
    return "\n".join(lines)


def _make(value: str) -> str:
    """A value on the right of a Makefile ``:=`` (``$`` doubled, ``#`` escaped)."""
    return value.replace("$", "$$").replace("#", "\\#")


def makefile(row: dict[str, Any], rng: random.Random) -> str:
    """The faculty site's Makefile: a comment naming the faculty, variables of its name,
    address, phone and e-mail, an invented port and release number, and ``deploy`` and
    ``kontakt`` targets whose recipes pass the phone on."""
    lines = [
        f"# Makefile – {_f(row, 'name')}, {_f(row, 'university')}",
        f"FAKULTET := {_make(_f(row, 'name'))}",
        f"ADRESA := {_make(_f(row, 'address'))}",
        f"TELEFON := {_make(phone(row))}",
    ]
    if email(row):
        lines.append(f"EMAIL := {_make(email(row))}")
    lines += [
        f"PORT := {rng.choice((8080, 8081, 9000))}",
        f"RELEASE := {rng.randint(2026, 2027)}.{rng.randint(1, 12):02d}.{rng.randint(1, 40)}",
        "",
        ".PHONY: deploy kontakt",
        "",
        "deploy:",
        '\t./scripts/deploy.sh --port $(PORT) --release $(RELEASE) --telefon "$(TELEFON)"',
        "",
        "kontakt:",
        f'\t@echo "Telefon: {_make(phone(row))}"',
        f'\t@echo "Provjereno: {_f(row, "lastChecked")}"',
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "apple_plist": apple_plist,
    "opml_outline": opml_outline,
    "helm_values": helm_values,
    "makefile": makefile,
}


def international(value: str) -> bool:
    """A number written with the country code (``+387``)."""
    return value.startswith(("+", "00"))


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
