"""held_out_58 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Costa Rica) exactly as published, in layouts no earlier part has, beside the
row's own MEP code, circuit and place names.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY and LV; here:

* the values are the two phone fields of Costa Rican educational centres in the list of the
  Ministerio de Educación Pública (``scripts/data/pii_cr_mep_schools.json``, written by
  ``scripts/cr_mep_schools_data.py``; source and licence in that file): eight digits in one
  run with no ``+506`` and no hyphen (``22359282``, mobiles ``86694211``), ``TELEFONO2`` often
  the same number again or ``-`` (then left out), each copy of each number labelled; the list
  gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its MEP code (``3949``), circuit,
  regional directorate, province, canton, district and village, dependency and zone, with
  invented change-set ids and dates (``20250314``, eight digits like the phones), ports, image
  tags, enrolment counts and schedule times, unlabelled and scored;
* in layouts no earlier part has, labels in Spanish (Costa Rica's language): a Liquibase XML
  change log inserting the centre into ``centro_educativo`` (``<column name="telefono_1"
  value="..."/>``), a Neo4j Cypher script merging the centre's node with ``c.telefonos =
  ['...', '...']``, a Docker Compose file of the centre's local server with
  ``CENTRO_TELEFONO_1: "..."``, and a GitHub Actions workflow whose comment names the centre's
  line and whose ``env`` gives ``TELEFONO_REMITENTE``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_58.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cr_mep_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_58.jsonl.gz"
SPLIT = "held_out_58"

LAYOUTS = ("liquibase_changelog", "neo4j_cypher", "docker_compose", "github_workflow")
PHONES = ("TELEFONO1", "TELEFONO2")
REGION = "DIRECCION\n REGIONAL"
NONE = "-"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's phone fields as published, (column, value), ``-`` (no number) left out."""
    return [(col, _f(row, col)) for col in PHONES if _f(row, col) not in ("", NONE)]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The centre's name as a service name: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z]+", _f(row, "NOMBRE").lower())
    return "-".join(words[:4]) or "centro"


def _code(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's MEP code, or an invented internal one where the list gives ``0``."""
    code = _f(row, "CODIGO")
    return code if code not in ("", "0") else f"P{rng.randint(1000, 9999)}"


def _date(rng: random.Random) -> str:
    """An invented date of 2024 or 2025, as ``YYYY-MM-DD``."""
    return f"{rng.choice((2024, 2025))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of each of the row's phone fields labelled (each number
    in it by ``labelled_record``), under the first column that holds that value. Each copy
    stands apart (no digit next to it), so a copy is never part of another value."""
    columns: dict[str, str] = {}
    for column, value in phones(row):
        columns.setdefault(value, column)
    pattern = "|".join(re.escape(v) for v in sorted(columns, key=len, reverse=True))
    b = Record()
    at = 0
    for m in re.finditer(pattern, text):
        assert not re.fullmatch(r"\d", text[m.start() - 1 : m.start()]), row["path"]
        assert not re.fullmatch(r"\d", text[m.end() : m.end() + 1]), row["path"]
        b.add(text[at : m.start()])
        b.phone(columns[m.group()], m.group())
        at = m.end()
    b.add(text[at:])
    return b


def liquibase_changelog(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's load as a Liquibase XML change log: one ``changeSet`` (an invented dated id
    and author) whose comment names the centre and its numbers, an ``insert`` into
    ``centro_educativo`` with a ``column`` for each field of the row (the phones as strings),
    an invented enrolment count, and a ``rollback`` deleting the row by its code."""
    code = _code(row, rng)
    stamp = _date(rng).replace("-", "")
    numbers = " / ".join(v for _, v in phones(row))
    columns = [
        ("codigo_mep", code),
        ("nombre", _f(row, "NOMBRE")),
        ("direccion_regional", _f(row, REGION)),
        ("circuito", _f(row, "CIRCUITO")),
        ("provincia", _f(row, "PROVINCIA")),
        ("canton", _f(row, "CANTON")),
        ("distrito", _f(row, "DISTRITO")),
        ("poblado", _f(row, "POBLADO")),
        ("dependencia", _f(row, "DEPENDENCIA")),
        ("zona", _f(row, "ZONA")),
        ("region_planificacion", _f(row, "DireccionPlan")),
        *((f"telefono_{column[-1]}", value) for column, value in phones(row)),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<databaseChangeLog",
        '    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog '
        'http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">',
        "",
        f'    <changeSet id="{stamp}-{rng.randint(1, 40):02d}" author="importador-mep">',
        f"        <comment>Carga del centro {escape(_f(row, 'NOMBRE'))} "
        f"(tel. {escape(numbers)})</comment>",
        '        <insert tableName="centro_educativo">',
        *(f"            <column name={quoteattr(n)} value={quoteattr(v)}/>" for n, v in columns),
        f'            <column name="matricula_inicial" valueNumeric="{rng.randint(12, 1400)}"/>',
        f'            <column name="actualizado" valueDate="{_date(rng)}"/>',
        "        </insert>",
        "        <rollback>",
        f"            <delete tableName=\"centro_educativo\"><where>codigo_mep = '{code}'"
        "</where></delete>",
        "        </rollback>",
        "    </changeSet>",
        "</databaseChangeLog>",
        "",
    ]
    return "\n".join(lines)


def _cypher(value: str) -> str:
    """A Cypher single-quoted string."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def neo4j_cypher(row: dict[str, Any], rng: random.Random) -> str:
    """The centre as a Neo4j Cypher script: a comment naming it, a ``MERGE`` of its node by its
    code that ``SET``s its name, dependency, zone, phone list and an invented enrolment and
    date, then ``MERGE``s of its district (with canton and province) and regional directorate
    and the relationships to them (village and circuit on the relationships)."""
    code = _code(row, rng)
    listed = ", ".join(_cypher(v) for _, v in phones(row))
    lines = [
        f"// Centro educativo MEP {code}: {_f(row, 'NOMBRE')}",
        f"MERGE (c:CentroEducativo {{codigo: {_cypher(code)}}})",
        f"SET c.nombre = {_cypher(_f(row, 'NOMBRE'))},",
        f"    c.dependencia = {_cypher(_f(row, 'DEPENDENCIA'))},",
        f"    c.zona = {_cypher(_f(row, 'ZONA'))},",
        f"    c.telefonos = [{listed}],",
        f"    c.matricula = {rng.randint(12, 1400)},",
        f"    c.actualizado = date('{_date(rng)}')",
        f"MERGE (d:Distrito {{nombre: {_cypher(_f(row, 'DISTRITO'))}, "
        f"canton: {_cypher(_f(row, 'CANTON'))}, provincia: {_cypher(_f(row, 'PROVINCIA'))}}})",
        f"MERGE (c)-[:UBICADO_EN {{poblado: {_cypher(_f(row, 'POBLADO'))}}}]->(d)",
        f"MERGE (r:DireccionRegional {{nombre: {_cypher(_f(row, REGION))}, "
        f"region: {_cypher(_f(row, 'DireccionPlan'))}}})",
        f"MERGE (c)-[:PERTENECE_A {{circuito: {_cypher(_f(row, 'CIRCUITO'))}}}]->(r);",
        "",
    ]
    return "\n".join(lines)


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def docker_compose(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's local learning server as a Docker Compose file: comments naming the centre,
    its code and place, a ``moodle`` service (an invented image tag and host port) whose
    ``environment`` gives the centre's code, name, phones, directorate and circuit, and a
    ``mariadb`` service with an invented database name, and the named volumes."""
    code = _code(row, rng)
    place = ", ".join(_f(row, k) for k in ("POBLADO", "DISTRITO", "CANTON", "PROVINCIA"))
    lines = [
        "# docker-compose.yml: servidor local del centro educativo",
        f"# {_f(row, 'NOMBRE')} (código MEP {code}), {place}",
        "services:",
        "  moodle:",
        f"    image: bitnami/moodle:4.{rng.randint(1, 4)}.{rng.randint(0, 12)}",
        "    restart: unless-stopped",
        "    ports:",
        f'      - "{rng.choice((8080, 8081, 8443, 9080))}:8080"',
        "    environment:",
        f"      CENTRO_CODIGO_MEP: {_yaml(code)}",
        f"      CENTRO_NOMBRE: {_yaml(_f(row, 'NOMBRE'))}",
        *(f"      CENTRO_TELEFONO_{column[-1]}: {_yaml(value)}" for column, value in phones(row)),
        f"      DIRECCION_REGIONAL: {_yaml(_f(row, REGION))}",
        f"      CIRCUITO: {_yaml(_f(row, 'CIRCUITO'))}",
        "      TZ: America/Costa_Rica",
        "    volumes:",
        "      - moodle_data:/bitnami/moodle",
        "    depends_on:",
        "      - mariadb",
        "  mariadb:",
        "    image: mariadb:10.11",
        "    environment:",
        f"      MARIADB_DATABASE: moodle_{rng.randint(100, 999)}",
        "      MARIADB_USER: moodle",
        "    volumes:",
        "      - db_data:/var/lib/mysql",
        "volumes:",
        "  moodle_data:",
        "  db_data:",
        "",
    ]
    return "\n".join(lines)


def github_workflow(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's reminder job as a GitHub Actions workflow: comments naming the file, the
    centre and its line, a weekday ``schedule`` at an invented UTC time, ``env`` with its code,
    ``TELEFONO_REMITENTE`` and (where the list has a second number) ``TELEFONO_RESPALDO``, and
    one job whose step names the circuit and directorate and passes an invented batch size."""
    code = _code(row, rng)
    (_, first), *rest = phones(row)
    lines = [
        "# .github/workflows/recordatorio-sms.yml",
        f"# {_f(row, 'NOMBRE')}, {_f(row, 'DISTRITO')} de {_f(row, 'CANTON')}",
        f"# Línea del centro: {first}",
        f"name: {_yaml('Recordatorio SMS ' + _f(row, 'NOMBRE'))}",
        "on:",
        "  schedule:",
        f'    - cron: "{rng.choice((0, 15, 30, 45))} {rng.randint(11, 14)} * * 1-5"',
        "  workflow_dispatch:",
        "env:",
        f"  CODIGO_MEP: {_yaml(code)}",
        f"  TELEFONO_REMITENTE: {_yaml(first)}",
        *(f"  TELEFONO_RESPALDO: {_yaml(value)}" for _, value in rest),
        "jobs:",
        "  enviar:",
        "    runs-on: ubuntu-22.04",
        f"    timeout-minutes: {rng.choice((5, 10, 15))}",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - name: "
        + _yaml(f"Enviar recordatorios (circuito {_f(row, 'CIRCUITO')}, {_f(row, REGION)})"),
        '        run: python scripts/recordatorio.py --centro "$CODIGO_MEP" '
        f'--desde "$TELEFONO_REMITENTE" --lote {rng.randint(20, 400)}',
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "liquibase_changelog": liquibase_changelog,
    "neo4j_cypher": neo4j_cypher,
    "docker_compose": docker_compose,
    "github_workflow": github_workflow,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone fields labelled."""
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
