"""held_out_64 of the PII evaluation set: real phone, fax and e-mail fields of a country whose
register no earlier part used (Dominican Republic) exactly as published, in layouts no earlier
part has, beside the row's own centre id, years and coordinates.

The procedure of ``held_out_46``, on another register and other layouts; no register of Panama
with its phone fields was found, so this part takes the first fallback country; here:

* the values are the phone, fax and e-mail fields of the hospitals and first-level care centres
  of the Servicio Nacional de Salud (``scripts/data/pii_do_sns_centers.json``, written by
  ``scripts/do_sns_centers_data.py``; source and licence in that file): ten-digit numbers as
  the workbook gives them, all in one shape (``809-561-5749``, ``829-735-0354``,
  ``849-...``), each number of each copy labelled; the fax where the row has one of its own
  (no placeholder such as ``000-000-0000``, not the phone field again); the e-mail address
  where the row keeps one (an address on a ``.gob.do`` domain);
* the text around them is the same row's real fields: its name, address, municipality,
  province, centre id (``1489``), opening year and coordinates as the file holds them
  (``18.504774999999999``), with invented host addresses, ports, ids, counts and hours,
  unlabelled and scored;
* in layouts no earlier part has, labels in Spanish: an HAProxy configuration
  (``haproxy.cfg``) whose comments give the centre's ``Teléfono:`` and whose frontend sets an
  ``X-Centro-Telefono`` response header, a Salesforce CLI data tree file (``sf data import
  tree``) with the centre as an ``Account`` (``"Phone"``, ``"Fax"``), an XLIFF 1.2 file of a
  booking app's strings (``<source>Call ... at ...</source>``, ``<target>Llame a ... al
  ...</target>``) and a Logstash pipeline whose ``mutate`` adds ``"[centro][telefono]" =>
  "..."``.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_64.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from do_sns_centers_data import placeholder
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_do_sns_centers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_64.jsonl.gz"
SPLIT = "held_out_64"

LAYOUTS = ("haproxy_cfg", "sf_data_tree", "xliff_strings", "logstash_pipeline")
PHONE, FAX, EMAIL = "TelCentro", "FaxCentro", "Email"
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it is a number of its own: no
    placeholder (``000-000-0000``, ``___-___-____``, ``NULL``), six digits or more, and neither
    the phone field again nor a part of it (nor the phone a part of it); "" otherwise."""
    value, tel = _f(row, FAX), phone(row)
    if placeholder(value) or sum(c.isdigit() for c in value) < 6 or value in tel or tel in value:
        return ""
    return value


def emails(row: dict[str, Any]) -> list[str]:
    """The row's e-mail address as published, where the row keeps one."""
    return [a for a in [_f(row, EMAIL)] if "@" in a]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _ascii(value: str) -> str:
    """Spanish text without its diacritics (``Atención`` -> ``Atencion``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


def _slug(row: dict[str, Any], sep: str = "-") -> str:
    """The centre's name as an identifier: lower-case ASCII words joined by ``sep``."""
    words = re.findall(r"[a-z0-9]+", _ascii(_f(row, "NombreCentro")).lower())
    return sep.join(words[:6]) or "centro"


def _ip(rng: random.Random) -> str:
    """An invented private address of one of the centre's servers."""
    return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _hours(rng: random.Random) -> tuple[int, int]:
    """Invented opening and closing hours of the centre's booking line."""
    return rng.choice((7, 8)), rng.choice((15, 16, 17))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and fax fields (each number in them
    by ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("fax", fax(row))] + [("email", a) for a in emails(row)]
    edges = {**EDGES, "fax": EDGES["phone"]}
    return field_copies(text, values, edges, {"phone": "phone", "fax": "fax"}, row["path"])


def _quoted(value: str) -> str:
    """A double-quoted string of HAProxy's or Logstash's configuration: ``\\`` and ``"``
    escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def haproxy_cfg(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's online booking site behind HAProxy (``/etc/haproxy/haproxy.cfg``): comments
    naming the centre, its id, address, ``Teléfono:``, fax and e-mail; ``global`` and
    ``defaults`` with invented limits; a frontend whose ``http-response set-header`` lines
    repeat the phone and give the coordinates; a backend of two invented servers."""
    cid, port = _f(row, "ID_CENTRO"), rng.choice((8080, 8081, 3000, 5000))
    lines = [
        "# /etc/haproxy/haproxy.cfg",
        "# Servicio Nacional de Salud: citas en línea",
        f"# {_f(row, 'NombreCentro')} (ID_CENTRO {cid})",
        f"# {_f(row, 'DireccionCentro')}, {_f(row, 'Municipio')}, {_f(row, 'Provincia')}",
        f"# Teléfono: {phone(row)}",
    ]
    if fax(row):
        lines.append(f"# Fax: {fax(row)}")
    if emails(row):
        lines.append(f"# Correo: {emails(row)[0]}")
    lines += [
        "",
        "global",
        "    log /dev/log local0",
        f"    maxconn {rng.choice((2000, 4096, 8000))}",
        "    user haproxy",
        "    group haproxy",
        "    daemon",
        "",
        "defaults",
        "    mode http",
        "    log global",
        "    option httplog",
        f"    timeout connect {rng.choice((3, 5, 10))}s",
        f"    timeout client {rng.choice((30, 45, 60))}s",
        f"    timeout server {rng.choice((30, 45, 60))}s",
        "",
        f"frontend citas_{cid}",
        "    bind :80",
        f"    bind :443 ssl crt /etc/haproxy/certs/{_slug(row)}.pem",
        "    http-request redirect scheme https unless { ssl_fc }",
        f"    http-response set-header X-Centro-Id {cid}",
        f"    http-response set-header X-Centro-Telefono {_quoted(phone(row))}",
        f'    http-response set-header X-Centro-Geo "{_f(row, "LatCentro")},'
        f'{_f(row, "LonCentro")}"',
        f"    default_backend app_{cid}",
        "",
        f"backend app_{cid}",
        "    balance roundrobin",
        "    option httpchk GET /salud",
        f"    server app1 {_ip(rng)}:{port} check inter {rng.choice((2, 5, 10))}s",
        f"    server app2 {_ip(rng)}:{port} check backup",
        "",
    ]
    return "\n".join(lines)


def sf_data_tree(row: dict[str, Any], rng: random.Random) -> str:
    """The centre as a Salesforce CLI data tree file (``data/Account.json`` for ``sf data
    import tree``): one ``Account`` whose ``attributes`` give its type and reference id, its
    name, the centre id as ``AccountNumber``, its type, ``Phone``, ``Fax``, billing address,
    municipality, province and coordinates (the file's strings), the opening year, an invented
    head count, and a description that gives the phone for appointments; the e-mail address as
    a custom field."""
    opening, tel = _f(row, "Anio_Apertura"), phone(row)
    account: dict[str, Any] = {
        "attributes": {"type": "Account", "referenceId": f"CentroRef{_f(row, 'ID_CENTRO')}"},
        "Name": _f(row, "NombreCentro"),
        "AccountNumber": _f(row, "ID_CENTRO"),
        "Type": _f(row, "Tipo_Centro_Primer_Nivel") or _f(row, "Nivel_atencion"),
        "Phone": tel,
    }
    if fax(row):
        account["Fax"] = fax(row)
    account.update(
        {
            "BillingStreet": _f(row, "DireccionCentro"),
            "BillingCity": _f(row, "Municipio"),
            "BillingState": _f(row, "Provincia"),
            "BillingCountry": "República Dominicana",
            "BillingLatitude": _f(row, "LatCentro"),
            "BillingLongitude": _f(row, "LonCentro"),
            "NumberOfEmployees": rng.randint(6, 240),
            "YearStarted": opening if opening not in ("", "0", "NULL") else None,
            "Description": f"{_f(row, 'Nivel_atencion')}, {_f(row, 'Region_Salud')}. "
            f"Citas al {tel}.",
        }
    )
    if emails(row):
        account["Correo_Institucional__c"] = emails(row)[0]
    if account["YearStarted"] is None:
        del account["YearStarted"]
    return json.dumps({"records": [account]}, ensure_ascii=False, indent=4) + "\n"


def xliff_strings(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's strings of a booking app as an XLIFF 1.2 file (English source, Dominican
    Spanish target): a header note with the centre and its id, then translation units calling
    the phone (``Call ... at``/``Llame a ... al``), the fax and e-mail address where the row
    has them, the address (``translate="no"``), the coordinates and invented opening hours."""
    cid, name, tel = _f(row, "ID_CENTRO"), escape(_f(row, "NombreCentro")), escape(phone(row))
    start, end = _hours(rng)
    units = [
        ("llamar", f"Call {name} at {tel}", f"Llame a {name} al {tel}", ""),
    ]
    if fax(row):
        units.append(("fax", f"Fax: {escape(fax(row))}", f"Fax: {escape(fax(row))}", ""))
    if emails(row):
        a = escape(emails(row)[0])
        units.append(("correo", f"Write to {a}", f"Escriba a {a}", ""))
    address = escape(f"{_f(row, 'DireccionCentro')}, {_f(row, 'Municipio')}")
    units += [
        ("direccion", address, address, ' translate="no"'),
        (
            "ubicacion",
            f"Location: {_f(row, 'LatCentro')}, {_f(row, 'LonCentro')}",
            f"Ubicación: {_f(row, 'LatCentro')}, {_f(row, 'LonCentro')}",
            "",
        ),
        (
            "horario",
            f"Open Monday to Friday, {start}:00 to {end}:00",
            f"Abierto de lunes a viernes, de {start}:00 a {end}:00",
            "",
        ),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
        f'  <file original="centros/{cid}.strings" source-language="en" '
        'target-language="es-DO" datatype="plaintext">',
        "    <header>",
        f"      <note>{name} (ID_CENTRO {cid}, build {rng.randint(100, 999)})</note>",
        "    </header>",
        "    <body>",
    ]
    for key, source, target, extra in units:
        lines += [
            f'      <trans-unit id="centro.{cid}.{key}"{extra}>',
            f"        <source>{source}</source>",
            f'        <target state="translated">{target}</target>',
            "      </trans-unit>",
        ]
    lines += ["    </body>", "  </file>", "</xliff>", ""]
    return "\n".join(lines)


def logstash_pipeline(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's appointment events as a Logstash pipeline (``conf.d/citas-<id>.conf``): a
    comment naming the centre and its phone, an ``http`` input on an invented port, a
    ``mutate`` adding the centre's id, name, phone, fax, e-mail and province under
    ``[centro]``, another adding its coordinates and converting them to floats, and an
    ``elasticsearch`` output to an invented host."""
    cid = _f(row, "ID_CENTRO")
    fields = [
        ("[centro][id]", cid),
        ("[centro][nombre]", _f(row, "NombreCentro")),
        ("[centro][telefono]", phone(row)),
    ]
    if fax(row):
        fields.append(("[centro][fax]", fax(row)))
    if emails(row):
        fields.append(("[centro][correo]", emails(row)[0]))
    fields += [
        ("[centro][provincia]", _f(row, "Provincia")),
        ("[centro][apertura]", _f(row, "Anio_Apertura")),
    ]
    lines = [
        f"# /etc/logstash/conf.d/citas-{cid}.conf",
        f"# {_f(row, 'NombreCentro')}: teléfono de citas {phone(row)}",
        "input {",
        "  http {",
        f"    port => {rng.randint(5040, 5099)}",
        "    codec => json",
        "  }",
        "}",
        "",
        "filter {",
        "  mutate {",
        "    add_field => {",
        *[f"      {_quoted(k)} => {_quoted(v)}" for k, v in fields],
        "    }",
        "  }",
        "  mutate {",
        "    add_field => {",
        f'      "[centro][geo][lat]" => {_quoted(_f(row, "LatCentro"))}',
        f'      "[centro][geo][lon]" => {_quoted(_f(row, "LonCentro"))}',
        "    }",
        "  }",
        "  mutate {",
        '    convert => { "[centro][geo][lat]" => "float" "[centro][geo][lon]" => "float" }',
        "  }",
        "}",
        "",
        "output {",
        "  elasticsearch {",
        f'    hosts => ["http://{_ip(rng)}:9200"]',
        f'    index => "sns-citas-{cid}-%{{+YYYY.MM}}"',
        "  }",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "haproxy_cfg": haproxy_cfg,
    "sf_data_tree": sf_data_tree,
    "xliff_strings": xliff_strings,
    "logstash_pipeline": logstash_pipeline,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    and e-mail address labelled."""
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
