"""held_out_138 of the PII evaluation set: real phone fields of a register no earlier part used
(the catalogue of schools and education work centres of Chiapas, Mexico; Mexico's earlier parts
took the Secretaría de Cultura's museums and INEGI's DENUE) exactly as published, in layouts no
earlier part has, beside the catalogue's own keys, names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, GT, CR, MX (museums, DENUE) and many
others; here:

* the values are the ``TELEFON`` fields of 600 schools (a seeded sample of the 1,386 schools of
  the file with a number of six digits or more, one row per school;
  ``scripts/data/pii_mx_chiapas_schools.json``, written by
  ``scripts/mx_chiapas_schools_data.py``; source and licence in that file): local numbers as
  the catalogue writes them, seven digits with no area code and no separator (``6162603``;
  104 of them beginning ``00``, ``0021272``), two of eight digits (``63107598``) and one of six
  with a leading blank (``204003``, a short number: a distractor), each copy labelled;
* the text around them is the same row's real fields: the school's key (``07DCT0001Z``), name,
  shift, municipality, locality, address, level, modality, economic region and its pupil,
  teacher and group counts, with invented UUIDs, versions, revisions, timestamps, private IP
  addresses, ports and file modes, unlabelled and scored;
* in layouts no earlier part has, configuration-management formats, text in Spanish: HashiCorp
  Vault KV version 2 secrets as ``vault kv get -format=json`` prints them (the school's record
  in ``data.data`` with ``telefono`` and a ``nota`` repeating it, ``metadata`` with
  ``custom_metadata``), CFEngine 3 policy files (``body common control`` and a ``bundle agent``
  with ``vars`` holding ``telefono``, ``files`` promises and a ``reports`` promise repeating
  the number), Jsonnet configurations of an enrolment kiosk (a ``local`` object with
  ``telefono``, an output file whose ``aviso`` repeats it) and Dhall expressions of the school
  directory (a ``let`` record with ``telefono``, an ``aviso`` repeating it, ``--`` comments).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_138.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mx_chiapas_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_138.jsonl.gz"
SPLIT = "held_out_138"

LAYOUTS = ("vault_kv_json", "cfengine_policy", "jsonnet_config", "dhall_expression")
PHONE = "TELEFON"

# the catalogue's data file (read once) and its rows by country (``register_rows``)
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


def _q(value: str) -> str:
    """``value`` as a double-quoted string (JSON's escapes, which Jsonnet, Dhall and CFEngine
    read alike for the catalogue's text: it has no quote, backslash or dollar sign)."""
    return json.dumps(value, ensure_ascii=False)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 7, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ip(rng: random.Random) -> str:
    """An invented private address of the state's school network (``10.x.y.z``)."""
    return f"10.{rng.randint(16, 99)}.{rng.randint(0, 254)}.{rng.randint(2, 250)}"


def _version(rng: random.Random) -> str:
    return f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"


def _slug(row: dict[str, Any]) -> str:
    """The school's key in lower case (``07dct0001z``), a name for bundles and files."""
    return _f(row, "CLAVE_ESC").lower()


def _school(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's fields a document names, as (key, value), phone among them; empty ones out."""
    pairs = [
        ("clave_ct", _f(row, "CLAVE_ESC")),
        ("nombre", _f(row, "NOMBRE DE LA ESCUELA")),
        ("turno", _f(row, "TURNO")),
        ("municipio", _f(row, "NOMBRE DEL MUNICIPIO")),
        ("localidad", _f(row, "NOMBRE DE LA LOCALIDAD")),
        ("domicilio", _f(row, "DOMICILIO DE LA ESCUELA")),
        ("telefono", phone(row)),
        ("nivel", _f(row, "DESCRIPCION NIVEL")),
        ("modalidad", _f(row, "NOMBRE DE LA MODALDAD")),
        ("region", _f(row, "DESC_REG")),
    ]
    return [(k, v) for k, v in pairs if v]


def _counts(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's pupil, teacher and group counts where the catalogue gives a number."""
    pairs = [
        ("alumnos", _f(row, "ALUMNOS")),
        ("docentes", _f(row, "DOCENTES")),
        ("grupos", _f(row, "GRUPOS")),
    ]
    return [(k, v) for k, v in pairs if v.isdigit()]


def vault_kv_json(row: dict[str, Any], rng: random.Random) -> str:
    """A HashiCorp Vault KV version 2 secret as ``vault kv get -format=json`` prints it: an
    invented ``request_id``, ``data.data`` with the school's fields (the number as
    ``telefono``), its counts as strings and a ``nota`` repeating the number, and
    ``data.metadata`` with an invented creation time and version and ``custom_metadata``
    naming the catalogue, the school's region and an invented network address."""
    tel = phone(row)
    secret = dict(_school(row))
    secret.update(_counts(row))
    secret["nota"] = f"Dudas sobre el enlace de la escuela: llamar al {tel} en horario escolar."
    custom = {"origen": "catalogo-ct-chiapas", "red": _ip(rng)}
    if _f(row, "REG_ECO"):
        custom["region_economica"] = _f(row, "REG_ECO")
    document = {
        "request_id": _uuid(rng),
        "lease_id": "",
        "lease_duration": 0,
        "renewable": False,
        "data": {
            "data": secret,
            "metadata": {
                "created_time": _when(rng).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z",
                "custom_metadata": custom,
                "deletion_time": "",
                "destroyed": False,
                "version": rng.randint(1, 14),
            },
        },
        "warnings": None,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def cfengine_policy(row: dict[str, Any], rng: random.Random) -> str:
    """A CFEngine 3 policy file that keeps a school's network node: a header comment, ``body
    common control`` (bundle sequence, inputs, an invented version), a ``bundle agent`` named
    after the school's key with ``vars`` (its fields as strings, the number as ``telefono``,
    its counts as ints, invented server addresses), a ``files`` promise writing its contact
    file (an invented file mode) and a ``reports`` promise repeating the number."""
    slug, tel = _slug(row), phone(row)
    bundle = f"escuela_{slug}"
    width = max(len(k) for k, _ in [*_school(row), *_counts(row), ("servidores", "")]) + 2
    lines = [
        f"# Política de CFEngine 3: nodo de red de la escuela {_f(row, 'CLAVE_ESC')}",
        f"# Catálogo de centros de trabajo, Chiapas; revisión {rng.randint(100, 999)}",
        "",
        "body common control",
        "{",
        f'      bundlesequence => {{ "{bundle}" }};',
        '      inputs => { "$(sys.libdir)/stdlib.cf" };',
        f'      version => "{_version(rng)}";',
        "}",
        "",
        f"bundle agent {bundle}",
        "{",
        "  vars:",
    ]
    for key, value in _school(row):
        lines.append(f"      {_q(key):<{width}} string => {_q(value)};")
    for key, value in _counts(row):
        lines.append(f'      {_q(key):<{width}} int => "{value}";')
    servers = f'{{ "{_ip(rng)}", "{_ip(rng)}" }}'
    lines += [
        f"      {_q('servidores'):<{width}} slist => {servers};",
        "",
        "  files:",
        f'      "/etc/escuela/{slug}/contacto.txt"',
        '        create => "true",',
        '        edit_line => insert_lines("$(nombre), $(domicilio), $(municipio)"),',
        f'        perms => m("0{rng.choice((640, 644, 664))}");',
        "",
        "  reports:",
        f'      "Escuela $(clave_ct) ($(localidad)): soporte técnico al {tel}, turno $(turno)";',
        "}",
        "",
    ]
    return "\n".join(lines)


def jsonnet_config(row: dict[str, Any], rng: random.Random) -> str:
    """A Jsonnet configuration of an enrolment kiosk at the school: a comment header, a
    ``local`` object with its fields (the number as ``telefono``) and counts, an invented port,
    and one output file with the kiosk's host (``std.asciiLower`` of the key), the school and an
    ``aviso`` repeating the number, an invented version and update date."""
    tel = phone(row)
    fields = [f"  {k}: {_q(v)}," for k, v in _school(row)]
    fields += [f"  {k}: {v}," for k, v in _counts(row)]
    lines = [
        f"// Quiosco de inscripción: escuela {_f(row, 'CLAVE_ESC')}",
        "// Datos del catálogo de centros de trabajo de Chiapas",
        "local escuela = {",
        *fields,
        "};",
        f"local puerto = {rng.choice((8080, 8443, 9000, 3000))};",
        "",
        "{",
        '  "quiosco.json": {',
        "    servidor: {",
        '      host: "quiosco-%s.escuelas.local" % std.asciiLower(escuela.clave_ct),',
        "      puerto: puerto,",
        f"      red: {_q(_ip(rng))},",
        "    },",
        "    escuela: escuela,",
        f'    aviso: "Para aclaraciones comuníquese al {tel} (" + escuela.municipio + ").",',
        f"    version: {_q(_version(rng))},",
        f"    actualizado: {_q(_when(rng).strftime('%Y-%m-%d'))},",
        "  },",
        "}",
        "",
    ]
    return "\n".join(lines)


def dhall_expression(row: dict[str, Any], rng: random.Random) -> str:
    """A Dhall expression of the school directory: ``--`` comments, a ``let`` record of the
    school's fields (the number as ``telefono``, counts as ``Natural``s), and the result record
    with the school, an ``aviso`` repeating the number, an invented revision and date."""
    tel = phone(row)
    pairs = [f"{k} = {_q(v)}" for k, v in _school(row)]
    pairs += [f"{k} = {v}" for k, v in _counts(row)]
    body = ["    = { " + pairs[0], *[f"      , {p}" for p in pairs[1:]], "      }"]
    lines = [
        f"-- Directorio escolar: centro de trabajo {_f(row, 'CLAVE_ESC')}",
        f"-- Revisión {rng.randint(1, 60)} del catálogo de Chiapas",
        "let escuela",
        *body,
        "",
        "in  { escuela",
        f'    , aviso = "Informes en la escuela o al teléfono {tel}."',
        f"    , revision = {rng.randint(1, 60)}",
        f"    , actualizado = {_q(_when(rng).strftime('%Y-%m-%d'))}",
        "    }",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "vault_kv_json": vault_kv_json,
    "cfengine_policy": cfengine_policy,
    "jsonnet_config": jsonnet_config,
    "dhall_expression": dhall_expression,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the catalogue in its layout: each copy of its phone field
    labelled."""
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
