"""held_out_140 of the PII evaluation set: real phone fields of two public lists no earlier part
used (Dakar's restaurants in the anaresto.com guide and Dakar's hotels in the vymaps.com
directory, Senegal; Senegal's earlier part took the public-service directory) exactly as
published, in layouts no earlier part has, beside the lists' own names, neighbourhoods, street
lines and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of SN (senegalouvert's public services), NG, GH, CI, CM, TG,
BF, ML and many others; here:

* the values are the ``phone`` fields of 67 restaurants and 23 hotels
  (``scripts/data/pii_sn_dakar_hospitality.json``, written by
  ``scripts/sn_dakar_hospitality_data.py``; source and licence in that file): Senegalese
  numbers as the two sites write them, most with the country code and pairs of digits
  (``+221 33 820 50 03``), some run together (``+221338206868``), some without the country
  code or in brackets (``Tel : 33 889 15 55``, ``(+221) 33 957 23 20``), some fields with two
  to five numbers and words (``+221 33 825 40 95 / +221 77 403 27 08``,
  ``Réservation restaurant 77 521 26 48``), one Spanish mobile (``+34 ...``); each copy of a
  field labelled, each number in it on its own;
* the text around them is the same row's real fields: the name, the neighbourhood
  (``Almadies``), the street line, the hotels' postcode and the coordinates, with invented
  workflow ids, UUIDs, AWS account numbers, version tags, retry counts, timeouts, cron
  schedules and dates, unlabelled and scored;
* in layouts no earlier part has, workflow and automation definitions, text in French: Argo
  Workflows ``Workflow`` manifests (YAML: the place's fields as ``arguments.parameters``, the
  number again in a step's ``echo``), n8n workflow exports (JSON: a ``Set`` node holding the
  number, a Telegram node's message repeating it), AWS Step Functions state machines in the
  Amazon States Language (JSON: a ``Pass`` state's ``Result`` with the number, an SNS
  ``Task``'s ``Message`` repeating it) and DMN 1.3 decision tables as Camunda Modeler saves
  them (XML: the number as a FEEL string ``outputEntry``, a rule ``description`` repeating
  it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_140.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_sn_dakar_hospitality.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_140.jsonl.gz"
SPLIT = "held_out_140"

LAYOUTS = ("argo_workflow", "n8n_workflow", "step_functions_asl", "camunda_dmn")
PHONE = "phone"

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented purposes of the guide's automations (no real workflow is meant)
PURPOSES = (
    "vérification des coordonnées", "relance de réservation", "mise à jour de la fiche",
    "contrôle des horaires", "confirmation de partenariat",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def hotel(row: dict[str, Any]) -> bool:
    """Whether the row is of the hotels' list (else the restaurants')."""
    return row["path"].startswith("hotels.json")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+221``, ``(+221)``, ``221 77``)."""
    return value.lstrip("(").startswith(("+", "221", "00"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Dakar time, UTC)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _j(value: str) -> str:
    """``value`` as a JSON string literal (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def _kind(row: dict[str, Any]) -> str:
    return "hôtel" if hotel(row) else "restaurant"


def _where(row: dict[str, Any]) -> str:
    """The neighbourhood and street line, as one line."""
    return ", ".join(p for p in (_f(row, "additional"), _f(row, "address")) if p)


def _slug(row: dict[str, Any], rng: random.Random) -> str:
    base = "".join(c if c.isascii() and c.isalnum() else "-" for c in _f(row, "name").lower())
    base = "-".join(p for p in base.split("-") if p)[:30].strip("-") or "etablissement"
    return f"{base}-{rng.randint(100, 999)}"


def argo_workflow(row: dict[str, Any], rng: random.Random) -> str:
    """An Argo Workflows ``Workflow`` manifest (``argoproj.io/v1alpha1``): a ``generateName``
    from the place's name, invented labels, annotation date and deadline, the place's name,
    kind, neighbourhood, street line, coordinates and number as ``arguments.parameters``, and a
    ``verifier`` container template (an invented image tag) whose ``echo`` repeats the
    number, with an invented retry limit."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    params = [
        ("etablissement", name), ("categorie", _kind(row)), ("quartier", _f(row, "address")),
        ("adresse", _f(row, "additional")), ("telephone", tel),
    ]  # fmt: skip
    if _f(row, "latitude"):
        params += [("latitude", _f(row, "latitude")), ("longitude", _f(row, "longitude"))]
    if _f(row, "postal"):
        params.append(("code_postal", _f(row, "postal")))
    lines = [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: Workflow",
        "metadata:",
        f"  generateName: verif-{_slug(row, rng)}-",
        "  namespace: guide-dakar",
        "  labels:",
        f"    guide.sn/categorie: {'hotel' if hotel(row) else 'restaurant'}",
        f'    guide.sn/lot: "{rng.randint(1, 48)}"',
        "  annotations:",
        f'    guide.sn/objet: "{rng.choice(PURPOSES)}"',
        f'    guide.sn/planifie-le: "{when:%Y-%m-%dT%H:%M:%SZ}"',
        "spec:",
        "  entrypoint: verifier",
        f"  activeDeadlineSeconds: {rng.choice((300, 600, 900, 1800))}",
        "  arguments:",
        "    parameters:",
    ]
    for key, value in params:
        lines += [f"      - name: {key}", f"        value: {_j(value)}"]
    lines += [
        "  templates:",
        "    - name: verifier",
        "      retryStrategy:",
        f'        limit: "{rng.randint(2, 5)}"',
        "      container:",
        f"        image: alpine:3.{rng.randint(15, 20)}",
        "        command: [sh, -c]",
        "        args:",
        f"          - echo {_j(f'Appel de contrôle : {name}, téléphone {tel}')}",
        "",
    ]
    return "\n".join(lines)


def n8n_workflow(row: dict[str, Any], rng: random.Random) -> str:
    """An n8n workflow export: an invented id and ``versionId``, a Schedule Trigger (an invented
    cron), a ``Set`` node holding the place's name, kind, neighbourhood and number, and a
    Telegram node whose message repeats the number, with the nodes' invented UUIDs and canvas
    positions and the ``connections`` between them."""
    name, tel = _f(row, "name"), phone(row)
    ids = [_uuid(rng) for _ in range(3)]
    x = rng.randint(200, 400)
    fields = [
        ("etablissement", name), ("categorie", _kind(row)), ("quartier", _where(row)),
        ("telephone", tel),
    ]  # fmt: skip
    assignments = [
        {"id": _uuid(rng), "name": key, "value": value, "type": "string"} for key, value in fields
    ]
    message = f"Rappel {rng.choice(PURPOSES)} : appeler {name} au {tel} avant vendredi."
    doc = {
        "name": f"Guide Dakar – {name}",
        "nodes": [
            {
                "parameters": {
                    "rule": {
                        "interval": [
                            {
                                "field": "cronExpression",
                                "expression": f"0 {rng.randint(7, 11)} * * {rng.randint(1, 5)}",
                            }
                        ]
                    }
                },
                "id": ids[0],
                "name": "Chaque semaine",
                "type": "n8n-nodes-base.scheduleTrigger",
                "typeVersion": 1.2,
                "position": [x, 300],
            },
            {
                "parameters": {"assignments": {"assignments": assignments}, "options": {}},
                "id": ids[1],
                "name": "Fiche établissement",
                "type": "n8n-nodes-base.set",
                "typeVersion": 3.4,
                "position": [x + 220, 300],
            },
            {
                "parameters": {
                    "chatId": f"-100{rng.randint(1000000000, 9999999999)}",
                    "text": message,
                    "additionalFields": {},
                },
                "id": ids[2],
                "name": "Telegram",
                "type": "n8n-nodes-base.telegram",
                "typeVersion": 1.2,
                "position": [x + 440, 300],
            },
        ],
        "connections": {
            "Chaque semaine": {"main": [[{"node": "Fiche établissement", "type": "main",
                                         "index": 0}]]},
            "Fiche établissement": {"main": [[{"node": "Telegram", "type": "main",
                                              "index": 0}]]},
        },
        "active": rng.random() < 0.5,
        "settings": {"executionOrder": "v1", "timezone": "Africa/Dakar"},
        "versionId": _uuid(rng),
        "id": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
                      for _ in range(16)),
        "tags": [],
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def step_functions_asl(row: dict[str, Any], rng: random.Random) -> str:
    """An AWS Step Functions state machine in the Amazon States Language: a ``Comment``, a
    ``Pass`` state whose ``Result`` is the place's name, kind, neighbourhood, coordinates and
    number, a ``Wait`` of invented seconds, and an SNS ``Task`` (an invented account number and
    topic) whose ``Message`` repeats the number, with an invented ``Retry``."""
    name, tel = _f(row, "name"), phone(row)
    account = "".join(str(rng.randint(0, 9)) for _ in range(12))
    result: dict[str, Any] = {
        "etablissement": name,
        "categorie": _kind(row),
        "quartier": _f(row, "address"),
        "adresse": _f(row, "additional"),
        "telephone": tel,
    }
    if _f(row, "latitude"):
        result["position"] = {"lat": _f(row, "latitude"), "lon": _f(row, "longitude")}
    doc = {
        "Comment": f"Guide Dakar : {rng.choice(PURPOSES)} ({_kind(row)})",
        "StartAt": "ChargerFiche",
        "TimeoutSeconds": rng.choice((600, 1200, 3600)),
        "States": {
            "ChargerFiche": {"Type": "Pass", "Result": result, "ResultPath": "$.fiche",
                             "Next": "Patienter"},
            "Patienter": {"Type": "Wait", "Seconds": rng.randint(30, 900), "Next": "Notifier"},
            "Notifier": {
                "Type": "Task",
                "Resource": "arn:aws:states:::sns:publish",
                "Parameters": {
                    "TopicArn": f"arn:aws:sns:eu-west-3:{account}:guide-dakar-relances",
                    "Message": f"Merci de joindre {name} au {tel} pour confirmer la fiche.",
                },
                "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": rng.randint(2, 10),
                           "MaxAttempts": rng.randint(2, 6), "BackoffRate": 2.0}],
                "End": True,
            },
        },
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def camunda_dmn(row: dict[str, Any], rng: random.Random) -> str:
    """A DMN 1.3 decision table as Camunda Modeler saves it: invented definitions and decision
    ids and exporter version, inputs ``categorie`` and ``quartier``, output ``telephone``, one
    rule matching the place's kind and neighbourhood whose ``outputEntry`` is the number as a
    FEEL string and whose ``description`` names the place, its street line and coordinates and
    repeats the number, and a catch-all rule."""
    name, tel = _f(row, "name"), phone(row)
    did = f"Definitions_{rng.getrandbits(28):07x}"
    dec = f"Decision_{rng.getrandbits(28):07x}"
    where = _where(row)
    if _f(row, "latitude"):
        where += f" ({_f(row, 'latitude')}, {_f(row, 'longitude')})"
    desc = f"{name}, {where} – joignable au {tel}"
    rid = [f"DecisionRule_{rng.getrandbits(28):07x}" for _ in range(2)]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" '
        'xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
        f'id="{did}" name="Contacts guide Dakar" namespace="http://camunda.org/schema/1.0/dmn" '
        'exporter="Camunda Modeler" '
        f'exporterVersion="5.{rng.randint(10, 25)}.0" modeler:executionPlatform="Camunda Cloud" '
        f'modeler:executionPlatformVersion="8.{rng.randint(2, 6)}.0">',
        f'  <decision id="{dec}" name="Numéro à appeler">',
        '    <decisionTable id="DecisionTable_1" hitPolicy="FIRST">',
        '      <input id="Input_1" label="Catégorie">',
        '        <inputExpression id="InputExpression_1" typeRef="string">',
        "          <text>categorie</text>",
        "        </inputExpression>",
        "      </input>",
        '      <input id="Input_2" label="Quartier">',
        '        <inputExpression id="InputExpression_2" typeRef="string">',
        "          <text>quartier</text>",
        "        </inputExpression>",
        "      </input>",
        '      <output id="Output_1" label="Téléphone" name="telephone" typeRef="string" />',
        f'      <rule id="{rid[0]}">',
        f"        <description>{escape(desc)}</description>",
        f'        <inputEntry id="UnaryTests_{rng.getrandbits(28):07x}">',
        f'          <text>"{_kind(row)}"</text>',
        "        </inputEntry>",
        f'        <inputEntry id="UnaryTests_{rng.getrandbits(28):07x}">',
        f'          <text>"{escape(_f(row, "address"))}"</text>',
        "        </inputEntry>",
        f'        <outputEntry id="LiteralExpression_{rng.getrandbits(28):07x}">',
        f'          <text>"{escape(tel)}"</text>',
        "        </outputEntry>",
        "      </rule>",
        f'      <rule id="{rid[1]}">',
        "        <description>Autres établissements : standard du guide</description>",
        f'        <inputEntry id="UnaryTests_{rng.getrandbits(28):07x}">',
        "          <text>-</text>",
        "        </inputEntry>",
        f'        <inputEntry id="UnaryTests_{rng.getrandbits(28):07x}">',
        "          <text>-</text>",
        "        </inputEntry>",
        f'        <outputEntry id="LiteralExpression_{rng.getrandbits(28):07x}">',
        "          <text>null</text>",
        "        </outputEntry>",
        "      </rule>",
        "    </decisionTable>",
        "  </decision>",
        "</definitions>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "argo_workflow": argo_workflow,
    "n8n_workflow": n8n_workflow,
    "step_functions_asl": step_functions_asl,
    "camunda_dmn": camunda_dmn,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone field labelled."""
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
