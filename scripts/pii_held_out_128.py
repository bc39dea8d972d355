"""held_out_128 of the PII evaluation set: real phone fields of a list no earlier part used
(Fortaleza's municipal primary-care health posts, Ceará; no earlier part took a Brazilian
register) exactly as published, in layouts no earlier part has, beside the list's own names,
addresses and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, CL, MX, PE and many others; here:

* the values are the ``telefone`` fields of 110 of Fortaleza's Unidades de Atenção Primária à
  Saúde (``scripts/data/pii_br_fortaleza_uaps.json``, written by
  ``scripts/br_fortaleza_uaps_data.py``; source and licence in that file): the city's
  eight-digit local numbers with no area code, the two halves joined by a hyphen
  (``3452-2315``; one written without it, ``34522468``), each copy labelled;
* the text around them is the same row's real fields: the unit's name (``Miriam Porto Mota``,
  written after ``UAPS``), its street address, neighbourhood and postcode (``60135-400``, eight
  digits joined by a hyphen as the numbers are) and the list's number of the unit, with
  invented versions, build and ticket numbers, dates, test counts and archive checksums,
  unlabelled and scored;
* in layouts no earlier part has, build and packaging files, text in Portuguese: Bazel
  ``BUILD.bazel`` files (Starlark: a ``UAPS`` dict of the unit, a ``py_binary`` whose ``env``
  holds ``UAPS_TELEFONE``, the number again in the header comment), Rust ``Cargo.toml``
  manifests (the unit under ``[package.metadata.uaps]``, the ``description`` repeating the
  number), Flatpak manifests (JSON: ``--env=UAPS_TELEFONE=...`` in ``finish-args``, an
  ``x-uaps`` note repeating it) and ``CMakeLists.txt`` files (a cached ``UAPS_TELEFONE``
  variable, a ``message(STATUS ...)`` repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_128.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_fortaleza_uaps.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_128.jsonl.gz"
SPLIT = "held_out_128"

LAYOUTS = ("bazel_build", "cargo_manifest", "flatpak_manifest", "cmake_lists")
PHONE = "telefone"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented tools of the posts' software (no real project is meant)
TOOLS = (
    ("agenda", "Agenda de consultas"), ("senhas", "Painel de senhas"),
    ("vacinas", "Registro de vacinação"), ("totem", "Totem de autoatendimento"),
    ("farmacia", "Controle da farmácia"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def unit(row: dict[str, Any]) -> str:
    """The unit as the city names it: ``UAPS`` and the list's name."""
    return f"UAPS {_f(row, 'unidade')}"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _slug(row: dict[str, Any], sep: str = "_") -> str:
    """The unit's name in ASCII lower case, words joined by ``sep`` (``miriam_porto_mota``)."""
    plain = unicodedata.normalize("NFKD", _f(row, "unidade")).encode("ascii", "ignore").decode()
    return sep.join(re.findall(r"[a-z0-9]+", plain.lower()))


def _when(rng: random.Random) -> dt.date:
    """An invented day of 2024."""
    return dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 330))


def _version(rng: random.Random) -> str:
    return f"{rng.randint(0, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"


def _tool(rng: random.Random) -> tuple[str, str]:
    return rng.choice(TOOLS)


def _where(row: dict[str, Any]) -> str:
    """Street, neighbourhood and postcode on one line."""
    return f"{_f(row, 'endereco')} · {_f(row, 'bairro')} · CEP {_f(row, 'cep')} · Fortaleza/CE"


def _q(value: str) -> str:
    """``value`` as a double-quoted string (Starlark, TOML and JSON read it alike: the list's
    values hold no quote, backslash or control character)."""
    return json.dumps(value, ensure_ascii=False)


def bazel_build(row: dict[str, Any], rng: random.Random) -> str:
    """A Bazel ``BUILD.bazel`` file (Starlark) of the post's package in an invented monorepo:
    a header comment naming the unit, its address and its number, a ``load`` of the Python
    rules, the package's visibility, a ``UAPS`` dict of the unit's fields (the list's id,
    name, address, neighbourhood, postcode), a ``py_library``, a ``py_binary`` whose ``env``
    holds ``UAPS_ID``, ``UAPS_CEP`` and ``UAPS_TELEFONE`` and an invented version, and a
    ``py_test`` with an invented shard count and ticket tag."""
    tel, uid = phone(row), _f(row, "id")
    tool, what = _tool(rng)
    slug = _slug(row)
    version = _version(rng)
    ticket = rng.randint(1000, 99999)
    lines = [
        f"# BUILD.bazel - //unidades/uaps_{slug}",
        f"# {what} da {unit(row)}",
        f"# {_where(row)}",
        f"# Contato da unidade (recepção): telefone {tel}",
        "",
        'load("@rules_python//python:defs.bzl", "py_binary", "py_library", "py_test")',
        "",
        'package(default_visibility = ["//unidades:__subpackages__"])',
        "",
        "UAPS = {",
        f'    "id": {_q(uid)},',
        f'    "nome": {_q(unit(row))},',
        f'    "endereco": {_q(_f(row, "endereco"))},',
        f'    "bairro": {_q(_f(row, "bairro"))},',
        f'    "cep": {_q(_f(row, "cep"))},',
        "}",
        "",
        f'VERSAO = "{version}"',
        "",
        "py_library(",
        f'    name = "{tool}_lib",',
        f'    srcs = glob(["{tool}/*.py"]),',
        '    deps = ["//comum/sus:cadastro", "@pypi//requests"],',
        ")",
        "",
        "py_binary(",
        f'    name = "{tool}",',
        f'    srcs = ["{tool}/main.py"],',
        f'    main = "{tool}/main.py",',
        "    env = {",
        '        "UAPS_ID": UAPS["id"],',
        '        "UAPS_CEP": UAPS["cep"],',
        f'        "UAPS_TELEFONE": "{tel}",',
        '        "VERSAO": VERSAO,',
        "    },",
        f'    deps = [":{tool}_lib"],',
        ")",
        "",
        "py_test(",
        f'    name = "{tool}_test",',
        '    size = "small",',
        f'    srcs = ["{tool}/test_{tool}.py"],',
        f"    shard_count = {rng.randint(2, 8)},",
        f'    tags = ["chamado-{ticket}", "uaps-{uid}"],',
        f'    deps = [":{tool}_lib"],',
        ")",
        "",
    ]
    return "\n".join(lines)


def cargo_manifest(row: dict[str, Any], rng: random.Random) -> str:
    """A Rust ``Cargo.toml`` of the post's software: ``[package]`` with an invented crate
    name (the list's id in it), version, edition and a ``description`` naming the unit and
    repeating its number, ``[package.metadata.uaps]`` with the unit's fields and number and an
    invented update date (a TOML date), ``[dependencies]`` with invented version pins and a
    ``[profile.release]``."""
    tel, uid = phone(row), _f(row, "id")
    tool, what = _tool(rng)
    when = _when(rng)
    description = (
        f"{what} da {unit(row)} ({_f(row, 'bairro')}, Fortaleza). Dúvidas pelo telefone {tel}."
    )
    lines = [
        f"# Cargo.toml - {what.lower()} da {unit(row)}",
        "[package]",
        f'name = "{tool}-uaps-{uid}"',
        f'version = "{_version(rng)}"',
        'edition = "2021"',
        f'rust-version = "1.{rng.randint(70, 80)}"',
        f"description = {_q(description)}",
        "publish = false",
        'readme = "LEIAME.md"',
        f'keywords = ["saude", "fortaleza", "uaps", "{tool}"]',
        "",
        "[package.metadata.uaps]",
        f"id = {uid}",
        f"nome = {_q(unit(row))}",
        f"endereco = {_q(_f(row, 'endereco'))}",
        f"bairro = {_q(_f(row, 'bairro'))}",
        f"cep = {_q(_f(row, 'cep'))}",
        f'telefone = "{tel}"',
        'municipio = "Fortaleza"',
        'uf = "CE"',
        f"atualizado = {when:%Y-%m-%d}",
        "",
        "[dependencies]",
        f'serde = {{ version = "1.0.{rng.randint(150, 210)}", features = ["derive"] }}',
        f'tokio = {{ version = "1.{rng.randint(30, 40)}.0", features = ["rt", "macros"] }}',
        f'chrono = "0.4.{rng.randint(30, 38)}"',
        "",
        "[profile.release]",
        f"opt-level = {rng.choice((2, 3))}",
        "lto = true",
        "codegen-units = 1",
        "",
    ]
    return "\n".join(lines)


def flatpak_manifest(row: dict[str, Any], rng: random.Random) -> str:
    """A Flatpak manifest (JSON) of the post's kiosk app: an invented app id (the list's id
    in it), the GNOME runtime and an invented runtime version, ``finish-args`` with
    ``--env=UAPS_ID=``, ``--env=UAPS_CEP=`` and ``--env=UAPS_TELEFONE=``, an ``x-uaps``
    member (flatpak-builder skips ``x-`` keys) with the unit's name, address and a note
    repeating the number, and one meson module with an invented archive URL, version and
    SHA-256."""
    tel, uid = phone(row), _f(row, "id")
    tool, what = _tool(rng)
    version = _version(rng)
    sha = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    manifest = {
        "app-id": f"br.ce.fortaleza.sms.Uaps{uid}.{tool.capitalize()}",
        "runtime": "org.gnome.Platform",
        "runtime-version": str(rng.choice((45, 46, 47))),
        "sdk": "org.gnome.Sdk",
        "command": f"{tool}-uaps",
        "finish-args": [
            "--share=network",
            "--socket=wayland",
            "--socket=fallback-x11",
            f"--env=UAPS_ID={uid}",
            f"--env=UAPS_CEP={_f(row, 'cep')}",
            f"--env=UAPS_TELEFONE={tel}",
        ],
        "x-uaps": {
            "nome": unit(row),
            "endereco": _f(row, "endereco"),
            "bairro": _f(row, "bairro"),
            "observacao": f"{what} da {unit(row)}. Em caso de falha do aparelho, ligue para "
            f"a recepção: {tel}.",
        },
        "modules": [
            {
                "name": f"{tool}-uaps",
                "buildsystem": "meson",
                "config-opts": [f"-Dunidade={uid}", f"-Dversao={version}"],
                "sources": [
                    {
                        "type": "archive",
                        "url": f"https://git.example.org/sms/{tool}-uaps/archive/v{version}.tar.gz",
                        "sha256": sha,
                    }
                ],
            }
        ],
    }
    return json.dumps(manifest, ensure_ascii=False, indent=4) + "\n"


def cmake_lists(row: dict[str, Any], rng: random.Random) -> str:
    """A ``CMakeLists.txt`` of the post's software: ``project`` with an invented name (the
    list's id in it), version and a ``DESCRIPTION`` naming the unit and its address, ``set``s
    of the unit's fields, a cached ``UAPS_TELEFONE`` string, a ``configure_file``, an
    executable with compile definitions (the id and an invented build number), a
    ``message(STATUS ...)`` repeating the number and a test with an invented timeout."""
    tel, uid = phone(row), _f(row, "id")
    tool, what = _tool(rng)
    lines = [
        "cmake_minimum_required(VERSION 3.22)",
        f"project({tool}_uaps_{uid}",
        f"  VERSION {_version(rng)}",
        f'  DESCRIPTION "{what} da {unit(row)} - {_f(row, "endereco")}, {_f(row, "bairro")}"',
        "  LANGUAGES C CXX)",
        "",
        "set(CMAKE_CXX_STANDARD 17)",
        f"set(UAPS_ID {uid})",
        f'set(UAPS_NOME "{unit(row)}")',
        f'set(UAPS_ENDERECO "{_f(row, "endereco")}")',
        f'set(UAPS_BAIRRO "{_f(row, "bairro")}")',
        f'set(UAPS_CEP "{_f(row, "cep")}")',
        f'set(UAPS_TELEFONE "{tel}" CACHE STRING "Telefone da recepção da unidade")',
        "",
        "configure_file(config.h.in ${CMAKE_BINARY_DIR}/config.h @ONLY)",
        f"add_executable({tool} src/main.cpp src/{tool}.cpp)",
        f"target_compile_definitions({tool} PRIVATE UAPS_ID=${{UAPS_ID}} "
        f"BUILD_NUMERO={rng.randint(100, 9999)})",
        f'message(STATUS "{what} da {unit(row)}: dúvidas pelo telefone {tel}")',
        "",
        "enable_testing()",
        f"add_test(NAME {tool}_smoke COMMAND {tool} --self-test --timeout {rng.randint(10, 90)})",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "bazel_build": bazel_build,
    "cargo_manifest": cargo_manifest,
    "flatpak_manifest": flatpak_manifest,
    "cmake_lists": cmake_lists,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
