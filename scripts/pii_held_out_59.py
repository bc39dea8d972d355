"""held_out_59 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Ghana) exactly as published, in layouts no earlier part has, beside the
row's own UUIDs, keys and address.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY and LV; here:

* the values are the phone fields of Ghanaian health facilities and health NGOs in the Virtue
  Foundation's Ghana dataset (``scripts/data/pii_gh_vf_facilities.json``, written by
  ``scripts/gh_vf_facilities_data.py``; source and licence in that file): each element of a
  row's ``phone_numbers`` array as the dataset gave it (``+233249354576``, ``+233 26 150
  4690``, ``0302 228688``, ``024-492-691-4``, ``O244541118``, ``+233 (0) 207 977 941``), each
  number of each copy labelled, and the row's e-mail address where it is an office's
  (``info@kbth.gov.gh``), each copy labelled;
* the text around them is the same row's real fields: its UUIDs (``unique_id``,
  ``content_table_id``), its running key, MongoDB object id, year, city, region and address,
  with invented DHIS2 ids, timestamps, issue keys, version numbers and rate limits, unlabelled
  and scored;
* in layouts no earlier part has, in English (Ghana's official language): a DHIS2 metadata
  import (``organisationUnits`` with ``phoneNumber`` and a ``comment`` listing the other
  numbers), a Neo4j Cypher script that merges the facility with ``f.phones = [...]``, a Jira
  issue in wiki markup asking to verify the facility's contacts (a ``||Field||Value||`` table
  and steps that repeat the first number), and an OpenAPI 3 YAML description of a directory API
  whose example response is the row.

A number inside a JSON, YAML or Cypher string is written with the string's escapes (the two
elements that hold a quoted array keep their digits unchanged, their quotes escaped); each
copy of its digits is labelled. Phones are labelled by the policy of
``make_pii_eval.personal_phone``. Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_59.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gh_vf_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_59.jsonl.gz"
SPLIT = "held_out_59"

LAYOUTS = ("dhis2_metadata", "cypher_merge", "jira_issue", "openapi_example")
PHONE = "phone"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is
    ``null``)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value == "null" else value


def phones(row: dict[str, Any]) -> list[str]:
    """The elements of the row's ``phone_numbers`` array that hold a digit, as published."""
    found = json.loads(_f(row, "phone_numbers"))
    return [x for x in found if isinstance(x, str) and re.search(r"\d", x)]


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address where the data keeps it ("" otherwise)."""
    return _f(row, "email")


def forms(value: str) -> set[str]:
    """A value as it stands in the text: itself, and inside a JSON/YAML/Cypher string."""
    return {value, json.dumps(value, ensure_ascii=False)[1:-1]}


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The facility's name as an identifier: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z]+", _f(row, "name").lower())
    return "-".join(words[:5]) or "facility"


def _address(row: dict[str, Any]) -> str:
    """The address lines, city, region and country that the row gives, joined by commas."""
    keys = ("address_line1", "address_line2", "address_line3", "address_city",
            "address_stateOrRegion", "address_country")  # fmt: skip
    parts: list[str] = []
    for key in keys:
        value = _f(row, key)
        if value and value not in parts:
            parts.append(value)
    return ", ".join(parts)


def _q(value: str) -> str:
    """A double-quoted JSON, YAML or Cypher string."""
    return json.dumps(value, ensure_ascii=False)


def _uid(rng: random.Random) -> str:
    """An invented DHIS2 identifier: a letter and ten letters or digits."""
    alnum = string.ascii_letters + string.digits
    return rng.choice(string.ascii_letters) + "".join(rng.choice(alnum) for _ in range(10))


def _stamp(rng: random.Random) -> str:
    """An invented time in February 2026."""
    return (
        f"2026-02-{rng.randint(1, 27):02d}T{rng.randint(6, 21):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    )


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of each phone element (each number in it by
    ``labelled_record``) and of the e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value; a copy inside a longer element's copy is that element's."""
    values = [("phone", v) for v in phones(row)] + [("email", email(row))]
    # a copy inside a longer one (a value's own or another's) is the longer one's
    copies = [(kind, form) for kind, value in values for form in sorted(forms(value))]
    values = sorted(copies, key=lambda v: -len(v[1]))
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"], nested=True)


def dhis2_metadata(row: dict[str, Any], rng: random.Random) -> str:
    """The facility as a DHIS2 metadata import (``POST /api/metadata``): one organisation unit
    with an invented id and parent, a code from the running key, its name and short name, an
    opening date (its year, or an invented one), its first number as ``phoneNumber``, the
    others in ``comment``, its office address where it has one, its address and web site, and
    the dataset's UUIDs as attribute values."""
    numbers = phones(row)
    year = _f(row, "yearEstablished") or str(rng.randint(1960, 2015))
    unit: dict[str, Any] = {
        "id": _uid(rng),
        "code": f"GH_VF_{_f(row, 'pk_unique_id')}",
        "name": _f(row, "name"),
        "shortName": _f(row, "name")[:50],
        "openingDate": f"{year}-01-01T00:00:00.000",
        "phoneNumber": numbers[0],
    }
    if len(numbers) > 1:
        unit["comment"] = "Other numbers: " + "; ".join(numbers[1:])
    if email(row):
        unit["email"] = email(row)
    unit["address"] = _address(row)
    if _f(row, "officialWebsite"):
        unit["url"] = _f(row, "officialWebsite")
    unit["parent"] = {"id": _uid(rng)}
    unit["attributeValues"] = [
        {"attribute": {"id": _uid(rng)}, "value": _f(row, "unique_id")},
        {"attribute": {"id": _uid(rng)}, "value": _f(row, "content_table_id")},
    ]
    unit["lastUpdated"] = _stamp(rng) + f".{rng.randint(0, 999):03d}"
    payload = {"system": {"version": "2.40.3", "revision": f"{rng.getrandbits(28):07x}"}}
    payload["organisationUnits"] = [unit]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def cypher_merge(row: dict[str, Any], rng: random.Random) -> str:
    """The facility as a Neo4j Cypher script of a knowledge-graph load: a comment naming the
    source page, ``MERGE`` on its ``unique_id``, ``SET`` of its name, key, type, numbers as a
    list, address, content id, MongoDB id and an invented load time, the city and region as
    nodes it is located in, and an invented batch number."""
    props = [
        f"f.name = {_q(_f(row, 'name'))}",
        f"f.pk = {_f(row, 'pk_unique_id')}",
        f"f.organization_type = {_q(_f(row, 'organization_type'))}",
        "f.phones = [" + ", ".join(_q(p) for p in phones(row)) + "]",
    ]
    if email(row):
        props.append(f"f.email = {_q(email(row))}")
    props += [
        f"f.address = {_q(_address(row))}",
        f"f.content_table_id = {_q(_f(row, 'content_table_id'))}",
    ]
    if _f(row, "mongo DB"):
        props.append(f"f.mongo_id = {_q(_f(row, 'mongo DB'))}")
    if _f(row, "yearEstablished"):
        props.append(f"f.year_established = {_f(row, 'yearEstablished')}")
    props.append(f'f.loaded_at = datetime("{_stamp(rng)}Z")')
    props.append(f"f.batch = {rng.randint(100, 999)}")
    lines = [
        f"// source: {_f(row, 'source_url')}",
        f"MERGE (f:Facility {{unique_id: {_q(_f(row, 'unique_id'))}}})",
        "SET " + ",\n    ".join(props),
    ]
    place = [("City", _f(row, "address_city")), ("Region", _f(row, "address_stateOrRegion"))]
    for n, (label, value) in enumerate(place):
        if value:
            lines += [
                "WITH f",
                f'MERGE (p{n}:{label} {{name: {_q(value)}, country: "GH"}})',
                f"MERGE (f)-[:LOCATED_IN]->(p{n})",
            ]
    lines[-1] += ";"
    return "\n".join(lines) + "\n"


def _jira(value: str) -> str:
    """A Jira table cell: its bars escaped."""
    return value.replace("|", "\\|")


def jira_issue(row: dict[str, Any], rng: random.Random) -> str:
    """A Jira issue's description in wiki markup asking a data steward to verify the
    facility's contacts: a heading, the issue key and an invented due date, a table of its
    fields (name, numbers one per line, e-mail, address, year, ids in monospace) and numbered
    steps that repeat the first number and give an invented call window."""
    numbers = phones(row)
    start = rng.randint(8, 14)
    rows = [
        "||Field||Value||",
        f"|Facility|{_jira(_f(row, 'name'))}|",
        "|Phone numbers|" + " \\\\ ".join(_jira(p) for p in numbers) + "|",
    ]
    if email(row):
        rows.append(f"|E-mail|[mailto:{email(row)}]|")
    rows += [
        f"|Address|{_jira(_address(row)) or '-'}|",
        f"|Year established|{_f(row, 'yearEstablished') or 'unknown'}|",
        f"|Unique id|{{{{{_f(row, 'unique_id')}}}}}|",
        f"|Content id|{{{{{_f(row, 'content_table_id')}}}}}|",
        f"|Source|[{_f(row, 'source_url')}]|",
    ]
    lines = [
        f"h2. Verify contact details: {_f(row, 'name')}",
        "",
        f"*Issue:* VFGH-{rng.randint(100, 4999)} · *Priority:* "
        f"{rng.choice(('Minor', 'Major'))} · *Due:* {_stamp(rng)[:10]}",
        "",
        *rows,
        "",
        "h3. Steps",
        f"# Call {_jira(numbers[0])} between {start:02d}:00 and {start + 2:02d}:00 GMT.",
        "# Confirm the facility's name and address; note any other number they give.",
        f"# Update record {{{{{_f(row, 'pk_unique_id')}}}}} and close with a comment.",
        "",
    ]
    return "\n".join(lines)


def openapi_example(row: dict[str, Any], rng: random.Random) -> str:
    """A facility directory API as an OpenAPI 3.0.3 YAML document: its info (an invented
    version), one ``GET /facilities/{uniqueId}`` path with an invented rate limit, and the row
    as the example response (its UUIDs, key, name, numbers, e-mail, address, city, region and
    year)."""
    example = [
        f"        uniqueId: {_q(_f(row, 'unique_id'))}",
        f"        pk: {_f(row, 'pk_unique_id')}",
        f"        name: {_q(_f(row, 'name'))}",
        f"        organizationType: {_q(_f(row, 'organization_type'))}",
        "        phoneNumbers:",
        *[f"          - {_q(p)}" for p in phones(row)],
    ]
    if email(row):
        example.append(f"        email: {_q(email(row))}")
    example += [
        f"        address: {_q(_address(row))}",
        f"        city: {_q(_f(row, 'address_city'))}",
        f"        region: {_q(_f(row, 'address_stateOrRegion'))}",
        f"        yearEstablished: {_f(row, 'yearEstablished') or 'null'}",
        f"        contentTableId: {_q(_f(row, 'content_table_id'))}",
    ]
    lines = [
        "openapi: 3.0.3",
        "info:",
        "  title: Ghana Facility Directory API",
        f"  version: 0.3.{rng.randint(0, 40)}",
        "paths:",
        "  /facilities/{uniqueId}:",
        "    get:",
        "      operationId: getFacility",
        "      parameters:",
        "        - name: uniqueId",
        "          in: path",
        "          required: true",
        "          schema: {type: string, format: uuid}",
        "      responses:",
        "        '200':",
        "          description: The facility",
        "          headers:",
        "            X-RateLimit-Limit:",
        f"              schema: {{type: integer, example: {rng.choice((600, 1200, 3600))}}}",
        "          content:",
        "            application/json:",
        "              examples:",
        "                facility:",
        f"                  $ref: '#/components/examples/{_slug(row)}'",
        "        '404':",
        "          description: No such facility",
        "components:",
        "  examples:",
        f"    {_slug(row)}:",
        f"      summary: {_q(_f(row, 'name'))}",
        "      value:",
        *example,
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "dhis2_metadata": dhis2_metadata,
    "cypher_merge": cypher_merge,
    "jira_issue": jira_issue,
    "openapi_example": openapi_example,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the dataset in its layout: each copy of its phone elements and of its
    e-mail address labelled."""
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
