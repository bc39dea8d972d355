"""held_out_102 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Macau) exactly as published, in layouts no earlier part has, beside the
row's own average price, address and cuisine.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the phone fields of Macau restaurants in a student's Dianping listings
  assignment (``scripts/data/pii_mo_restaurants.json``, written by
  ``scripts/mo_restaurants_data.py``; source and licence in that file): numbers as the
  listing gave them, most with the country code after ``+`` (``+853-81119250``), a few
  after ``00`` (``00853-28328828``), some bare (``28827128``), two of seven digits
  (``+853-8371367``, ``8899101``), each copy labelled; the directory gives no fax numbers or
  e-mail addresses;
* the text around them is the same row's real fields: its average price (``¥228``), its
  address (``地址:...``) and cuisine tag, with invented versions, release and build numbers,
  checksums and dates, unlabelled and scored;
* in layouts no earlier part has, build and packaging manifests of a menu-data package of the
  restaurant, descriptions in Chinese as the listing writes it: an RPM spec file
  (``%global shop_tel ...``, the ``%description``), an Arch Linux ``PKGBUILD`` (a
  ``# 电话:`` comment, ``_shop_tel='...'``), a Homebrew formula (a comment, the ``shop.conf``
  heredoc its ``install`` writes) and a conda-build ``meta.yaml`` (``about.description``,
  ``extra.shop_tel``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_102.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mo_restaurants.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_102.jsonl.gz"
SPLIT = "held_out_102"

LAYOUTS = ("rpm_spec", "pkgbuild", "homebrew_formula", "conda_meta_yaml")
PHONE = "Tel"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """A number written with its country code after ``+`` or ``00``."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _name(row: dict[str, Any]) -> str:
    """The package's name: the listing's row number under a fixed prefix."""
    return f"macau-menu-{int(row['path'].rsplit('#', 1)[1]):03d}"


def _version(rng: random.Random) -> str:
    """An invented version of the menu data."""
    return f"{rng.randint(1, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"


def _sha256(rng: random.Random) -> str:
    """An invented SHA-256 checksum of the source archive."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(64))


def _date(rng: random.Random) -> tuple[int, int, int]:
    """An invented release date in 2018."""
    return 2018, rng.randint(1, 12), rng.randint(1, 28)


def _spec(value: str) -> str:
    """A value in an RPM spec file: ``%`` doubled (a macro otherwise)."""
    return value.replace("%", "%%")


def rpm_spec(row: dict[str, Any], rng: random.Random) -> str:
    """The menu package as an RPM ``.spec`` file: ``%global`` macros for the restaurant's
    name, phone and average price, the preamble tags (an invented version and release), a
    ``%description`` giving the name, address, cuisine and ``电话``, the build sections and
    ``%files``."""
    name = _name(row)
    year, month, day = _date(rng)
    lines = [
        f"# {name}.spec",
        f"%global shop_name {_spec(_f(row, 'Shopname'))}",
        f"%global shop_tel {_spec(phone(row))}",
        f"%global avg_price {_spec(_f(row, 'Average Price'))}",
        "",
        f"Name:           {name}",
        f"Version:        {_version(rng)}",
        f"Release:        {rng.randint(1, 9)}%{{?dist}}",
        "Summary:        Menu data of a Macau restaurant (大众点评)",
        "License:        CC-BY-4.0",
        "URL:            http://www.dianping.com/macau/food/",
        "Source0:        %{name}-%{version}.tar.gz",
        "BuildArch:      noarch",
        "Requires:       python3",
        "",
        "%description",
        "%{shop_name}",
        _spec(_f(row, "Address")),
        f"菜系: {_spec(_f(row, 'Tags'))}  人均: %{{avg_price}}",
        f"电话: {_spec(phone(row))}",
        "",
        "%prep",
        "%autosetup",
        "",
        "%build",
        "",
        "%install",
        "install -Dm644 menu.json %{buildroot}%{_datadir}/%{name}/menu.json",
        "",
        "%files",
        "%{_datadir}/%{name}/",
        "",
        "%changelog",
        f"* {_weekday(year, month, day)} {_month(month)} {day:02d} {year} Packaging Bot",
        f"- build {rng.randint(100, 999)} of the menu data",
        "",
    ]
    return "\n".join(lines)


def _weekday(year: int, month: int, day: int) -> str:
    import datetime

    return datetime.date(year, month, day).strftime("%a")


def _month(month: int) -> str:
    return ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[
        month - 1
    ]


def _sh(value: str) -> str:
    """A bash single-quoted word."""
    return "'" + value.replace("'", "'\\''") + "'"


def pkgbuild(row: dict[str, Any], rng: random.Random) -> str:
    """The menu package as an Arch Linux ``PKGBUILD``: comments naming the restaurant and its
    ``电话``, ``pkgname``, an invented ``pkgver`` and ``pkgrel``, ``pkgdesc`` with the
    cuisine, private ``_shop_*`` variables for the name, address, phone and average price, an
    invented checksum and a ``package()`` function."""
    lines = [
        f"# {_f(row, 'Shopname')}",
        f"# 电话: {phone(row)}",
        "",
        f"pkgname={_name(row)}",
        f"pkgver={_version(rng)}",
        f"pkgrel={rng.randint(1, 5)}",
        f"pkgdesc={_sh('澳门餐厅菜单数据 (' + _f(row, 'Tags') + ')')}",
        "arch=('any')",
        "url='http://www.dianping.com/macau/food/'",
        "license=('CC-BY-4.0')",
        f"_shop_name={_sh(_f(row, 'Shopname'))}",
        f"_shop_address={_sh(_f(row, 'Address'))}",
        f"_shop_tel={_sh(phone(row))}",
        f"_avg_price={_sh(_f(row, 'Average Price'))}",
        'source=("$pkgname-$pkgver.tar.gz")',
        f"sha256sums=('{_sha256(rng)}')",
        "",
        "package() {",
        '  install -Dm644 menu.json "$pkgdir/usr/share/$pkgname/menu.json"',
        '  printf \'name=%s\\ntel=%s\\n\' "$_shop_name" "$_shop_tel" \\',
        '    > "$pkgdir/usr/share/$pkgname/shop.conf"',
        "}",
        "",
    ]
    return "\n".join(lines)


def _rb(value: str) -> str:
    """A Ruby single-quoted string."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _heredoc(value: str) -> str:
    """A value inside a Ruby squiggly heredoc: ``#{`` and backslashes escaped."""
    return value.replace("\\", "\\\\").replace("#{", "\\#{")


def homebrew_formula(row: dict[str, Any], rng: random.Random) -> str:
    """The menu package as a Homebrew formula (``Formula/<name>.rb``): a comment naming the
    restaurant and its ``电话``, ``desc``, ``homepage``, an invented ``url`` version and
    ``sha256``, ``license``, an ``install`` method writing ``shop.conf`` (name, address,
    phone, average price) in a heredoc and a ``test`` block."""
    name = _name(row)
    klass = "".join(part.capitalize() for part in name.split("-"))
    version = _version(rng)
    lines = [
        f"# {_f(row, 'Shopname')} {_f(row, 'Address')}",
        f"# 电话: {phone(row)}",
        f"class {klass} < Formula",
        f"  desc {_rb('Menu data of a Macau restaurant (' + _f(row, 'Tags') + ')')}",
        '  homepage "http://www.dianping.com/macau/food/"',
        f'  url "https://example.invalid/{name}-{version}.tar.gz"',
        f'  sha256 "{_sha256(rng)}"',
        '  license "CC-BY-4.0"',
        "",
        "  def install",
        '    pkgshare.install "menu.json"',
        '    (etc/"' + name + '").mkpath',
        '    (etc/"' + name + '/shop.conf").write <<~EOS',
        f"      name={_heredoc(_f(row, 'Shopname'))}",
        f"      address={_heredoc(_f(row, 'Address'))}",
        f"      tel={_heredoc(phone(row))}",
        f"      avg_price={_heredoc(_f(row, 'Average Price'))}",
        "    EOS",
        "  end",
        "",
        "  test do",
        f'    assert_predicate pkgshare/"menu.json", :exist?, "build {rng.randint(100, 999)}"',
        "  end",
        "end",
        "",
    ]
    return "\n".join(lines)


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def conda_meta_yaml(row: dict[str, Any], rng: random.Random) -> str:
    """The menu package as a conda-build recipe ``meta.yaml``: Jinja ``set`` lines for the
    name and an invented version, ``package``, ``source`` with an invented checksum,
    ``build`` with an invented number, ``about`` whose ``description`` gives the restaurant's
    name, address, cuisine and ``电话``, and ``extra`` with the phone and average price."""
    description = "\n".join(
        [
            _f(row, "Shopname"),
            _f(row, "Address"),
            f"菜系: {_f(row, 'Tags')}  人均: {_f(row, 'Average Price')}",
            f"电话: {phone(row)}",
        ]
    )
    lines = [
        f'{{% set name = "{_name(row)}" %}}',
        f'{{% set version = "{_version(rng)}" %}}',
        "",
        "package:",
        "  name: {{ name }}",
        "  version: {{ version }}",
        "",
        "source:",
        "  url: https://example.invalid/{{ name }}-{{ version }}.tar.gz",
        f"  sha256: {_sha256(rng)}",
        "",
        "build:",
        f"  number: {rng.randint(0, 9)}",
        "  noarch: generic",
        "",
        "about:",
        "  home: http://www.dianping.com/macau/food/",
        "  license: CC-BY-4.0",
        "  summary: Menu data of a Macau restaurant",
        f"  description: {_yaml(description)}",
        "",
        "extra:",
        f"  shop_name: {_yaml(_f(row, 'Shopname'))}",
        f"  shop_tel: {_yaml(phone(row))}",
        f"  avg_price: {_yaml(_f(row, 'Average Price'))}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "rpm_spec": rpm_spec,
    "pkgbuild": pkgbuild,
    "homebrew_formula": homebrew_formula,
    "conda_meta_yaml": conda_meta_yaml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
