"""held_out_80 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Honduras) exactly as published, in layouts no earlier part has, beside the
entry's own department, name and address.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY, LV, RS, TN, PK, CR, GH, MA, BD, DO, TZ, SE, AE,
CN, UA, SN, HK, NP, UG, VE and BA; here:

* the values are the ``Teléfono(s):`` fields of the support services (Ministerio Público and
  fiscalías, juzgados, hospitals, INAM, DINAF, CONADEH, municipal and women's organisations) of
  the SEGURAS app's directory for women facing violence in Honduras
  (``scripts/data/pii_hn_support_directory.json``, written by
  ``scripts/hn_support_directory_data.py``; source and licence in that file): Honduran numbers
  of eight digits in 4-4 groups, landlines ``2237-6830`` and mobiles ``9548-9170``, most fields
  listing several after commas (``2237-6830,2237-6908``, up to 23), some with an extension
  (``2239-8029 ext.131``), one with a digit too many (``9739-66988``), one with two numbers run
  together (``9505-89378972-1704``), each number of each copy labelled; the directory gives no
  fax numbers or e-mail addresses;
* the text around them is the same entry's real fields: its department, the service's name and
  its address, with invented cue times, element ids, diagram coordinates, versions, ports and
  durations, unlabelled and scored;
* in layouts no earlier part has, labels in Spanish (Honduras's language): SubRip (``.srt``)
  subtitles of a public-service video whose cues give the service and its ``Teléfono(s):``,
  BPMN 2.0 XML processes of a care route whose call task documents the number and carries it
  as a ``camunda:property``, Jinja2 templates of the directory's card that ``{% set %}`` the
  entry and repeat the number in a ``{# #}`` comment, and AsyncAPI 2.6 YAML documents of the
  directory's update events whose message example and description carry the field.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_80.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_hn_support_directory.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_80.jsonl.gz"
SPLIT = "held_out_80"

LAYOUTS = ("subrip", "bpmn_process", "jinja_template", "asyncapi")
PHONE = "phone"


# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telefonos")


def name(row: dict[str, Any]) -> str:
    """The service's name, or its department's where the card names none."""
    return _f(row, "nombre") or f"Servicio de {_f(row, 'departamento')}"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(text: str, sep: str = "-") -> str:
    """Lower-case ASCII words of ``text`` joined by ``sep``."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return sep.join(re.findall(r"[a-z]+", ascii_.lower())[:6]) or "servicio"


def _stamp(ms: int) -> str:
    """A SubRip time (``00:01:02,345``)."""
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def subrip(row: dict[str, Any], rng: random.Random) -> str:
    """The Spanish subtitles (``.srt``) of a public-service video of the directory: numbered
    cues with invented start and end times, the department, the service's name and address,
    a cue ``Teléfono(s): <field>`` and a closing cue repeating the field after the name."""
    lines = [
        f"Si vives violencia en {_f(row, 'departamento')}, no estás sola.",
        "Busca apoyo en:",
        name(row),
    ]
    if _f(row, "direccion"):
        lines.append(_f(row, "direccion"))
    lines += [f"Teléfono(s): {phone(row)}", f"{name(row)}: {phone(row)}", "#SEGURAS"]
    at = rng.randint(400, 2500)
    cues = []
    for i, text in enumerate(lines, 1):
        length = rng.randint(1800, 4200)
        cues.append(f"{i}\n{_stamp(at)} --> {_stamp(at + length)}\n{text}\n")
        at += length + rng.randint(80, 600)
    return "\n".join(cues)


def _id(rng: random.Random) -> str:
    """An invented BPMN element id suffix, as the modeler draws them (``0k3v9x2``)."""
    return "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(7))


def bpmn_process(row: dict[str, Any], rng: random.Random) -> str:
    """A BPMN 2.0 XML care route of the service: a start event, a user task calling it whose
    documentation gives its address and ``Teléfono(s):`` and whose ``camunda:property``
    carries the field, a timer boundary of invented hours, an end event, and the diagram's
    shapes at invented coordinates."""
    task, start, end, timer = (_id(rng) for _ in range(4))
    flows = [_id(rng) for _ in range(2)]
    hours = rng.choice((24, 48, 72))
    x0, y0 = rng.randint(150, 200), rng.randint(80, 120)
    doc = f"{name(row)} ({_f(row, 'departamento')}). "
    if _f(row, "direccion"):
        doc += f"Dirección: {_f(row, 'direccion')}. "
    doc += f"Teléfono(s): {phone(row)}"
    process = f"Ruta_{_slug(_f(row, 'departamento'), '_')}_{_slug(name(row), '_')}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"'
        ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'
        ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"'
        ' xmlns:camunda="http://camunda.org/schema/1.0/bpmn"'
        f' id="Definitions_{_id(rng)}" targetNamespace="http://bpmn.io/schema/bpmn"'
        f' exporter="Camunda Modeler" exporterVersion="5.{rng.randint(0, 20)}.0">',
        f'  <bpmn:process id="{process}" name={quoteattr("Ruta de atención: " + name(row))}'
        ' isExecutable="true">',
        f'    <bpmn:startEvent id="StartEvent_{start}" name="Denuncia recibida">',
        f"      <bpmn:outgoing>Flow_{flows[0]}</bpmn:outgoing>",
        "    </bpmn:startEvent>",
        f'    <bpmn:userTask id="Activity_{task}" name={quoteattr("Llamar a " + name(row))}>',
        f"      <bpmn:documentation>{escape(doc)}</bpmn:documentation>",
        "      <bpmn:extensionElements>",
        "        <camunda:properties>",
        f'          <camunda:property name="departamento"'
        f" value={quoteattr(_f(row, 'departamento'))} />",
        f'          <camunda:property name="telefonos" value={quoteattr(phone(row))} />',
        "        </camunda:properties>",
        "      </bpmn:extensionElements>",
        f"      <bpmn:incoming>Flow_{flows[0]}</bpmn:incoming>",
        f"      <bpmn:outgoing>Flow_{flows[1]}</bpmn:outgoing>",
        "    </bpmn:userTask>",
        f'    <bpmn:boundaryEvent id="Event_{timer}" name="Sin respuesta en {hours} h"'
        f' attachedToRef="Activity_{task}">',
        "      <bpmn:timerEventDefinition>",
        f"        <bpmn:timeDuration>PT{hours}H</bpmn:timeDuration>",
        "      </bpmn:timerEventDefinition>",
        "    </bpmn:boundaryEvent>",
        f'    <bpmn:endEvent id="Event_{end}" name="Caso referido">',
        f"      <bpmn:incoming>Flow_{flows[1]}</bpmn:incoming>",
        "    </bpmn:endEvent>",
        f'    <bpmn:sequenceFlow id="Flow_{flows[0]}" sourceRef="StartEvent_{start}"'
        f' targetRef="Activity_{task}" />',
        f'    <bpmn:sequenceFlow id="Flow_{flows[1]}" sourceRef="Activity_{task}"'
        f' targetRef="Event_{end}" />',
        "  </bpmn:process>",
        f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{_id(rng)}">',
        f'    <bpmndi:BPMNPlane id="BPMNPlane_{_id(rng)}" bpmnElement="{process}">',
        f'      <bpmndi:BPMNShape id="StartEvent_{start}_di" bpmnElement="StartEvent_{start}">',
        f'        <dc:Bounds x="{x0}" y="{y0 + 22}" width="36" height="36" />',
        "      </bpmndi:BPMNShape>",
        f'      <bpmndi:BPMNShape id="Activity_{task}_di" bpmnElement="Activity_{task}">',
        f'        <dc:Bounds x="{x0 + 90}" y="{y0}" width="100" height="80" />',
        "      </bpmndi:BPMNShape>",
        f'      <bpmndi:BPMNShape id="Event_{end}_di" bpmnElement="Event_{end}">',
        f'        <dc:Bounds x="{x0 + 252}" y="{y0 + 22}" width="36" height="36" />',
        "      </bpmndi:BPMNShape>",
        "    </bpmndi:BPMNPlane>",
        "  </bpmndi:BPMNDiagram>",
        "</bpmn:definitions>",
        "",
    ]
    return "\n".join(lines)


def _jinja(value: str) -> str:
    """A Jinja2 string literal (Python's escapes; the values hold no quote or brace)."""
    assert not re.search(r"[\"\\{}%#]", value), value
    return f'"{value}"'


def jinja_template(row: dict[str, Any], rng: random.Random) -> str:
    """The directory card of the service as a Jinja2 template: a ``{# #}`` comment naming the
    file and repeating the field, an ``extends``, ``{% set %}`` of the entry (department,
    name, address, phone field, an invented card version and page size) and the card's
    block, which shows them through the variables."""
    dept = _slug(_f(row, "departamento"))
    lines = [
        f"{{# templates/directorio/{dept}/{_slug(name(row))}.html.j2 #}}",
        f"{{# Teléfono(s) según el directorio: {phone(row)} #}}",
        '{% extends "directorio/base.html.j2" %}',
        "",
        f"{{% set departamento = {_jinja(_f(row, 'departamento'))} %}}",
        "{% set servicio = {",
        f'    "nombre": {_jinja(name(row))},',
        f'    "direccion": {_jinja(_f(row, "direccion"))},',
        f'    "telefonos": {_jinja(phone(row))},',
        f'    "version": "{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",',
        "} %}",
        f"{{% set por_pagina = {rng.choice((10, 12, 20, 25))} %}}",
        "",
        "{% block title %}{{ servicio.nombre }} · {{ departamento }}{% endblock %}",
        "",
        "{% block content %}",
        '<ion-card class="servicio">',
        "  <ion-card-header><strong>{{ servicio.nombre }}</strong></ion-card-header>",
        "  <ion-card-content>",
        "    {% if servicio.direccion %}{{ servicio.direccion }}<br>{% endif %}",
        "    <strong>Teléfono(s):</strong>",
        '    {% for numero in servicio.telefonos.split(",") if numero.strip() %}',
        '      <a href="tel:{{ numero.strip() }}">{{ numero.strip() }}</a>'
        "{% if not loop.last %}, {% endif %}",
        "    {% endfor %}",
        "  </ion-card-content>",
        "</ion-card>",
        "{% endblock %}",
        "",
    ]
    return "\n".join(lines)


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def asyncapi(row: dict[str, Any], rng: random.Random) -> str:
    """The AsyncAPI 2.6 document of the directory's update events for the service's
    department: info with an invented version, an MQTT server on an invented port, a channel
    per department, a message whose description gives the service and its phone field and
    whose example payload carries the entry, and the payload's schema."""
    dept = _slug(_f(row, "departamento"))
    lines = [
        'asyncapi: "2.6.0"',
        "info:",
        f"  title: {_yaml('Directorio SEGURAS - ' + _f(row, 'departamento'))}",
        f'  version: "{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"',
        "  description: Eventos de actualización del directorio de servicios de apoyo.",
        "servers:",
        "  produccion:",
        f'    url: "mqtt.directorio.example:{rng.choice((1883, 8883))}"',
        "    protocol: mqtt",
        "channels:",
        f"  directorio/{dept}/servicio/actualizado:",
        "    subscribe:",
        f"      operationId: servicioActualizado_{_slug(name(row), '_')}",
        "      message:",
        "        name: ServicioActualizado",
        f"        description: {_yaml(f'{name(row)}. Teléfono(s): {phone(row)}')}",
        "        payload:",
        "          type: object",
        "          required: [departamento, nombre, telefonos]",
        "          properties:",
        "            departamento: {type: string}",
        "            nombre: {type: string}",
        "            direccion: {type: string}",
        "            telefonos: {type: string}",
        "            revision: {type: integer}",
        "        examples:",
        "          - payload:",
        f"              departamento: {_yaml(_f(row, 'departamento'))}",
        f"              nombre: {_yaml(name(row))}",
        f"              direccion: {_yaml(_f(row, 'direccion'))}",
        f"              telefonos: {_yaml(phone(row))}",
        f"              revision: {rng.randint(2, 40)}",
        f"      x-ttl-segundos: {rng.choice((3600, 21600, 86400))}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "subrip": subrip,
    "bpmn_process": bpmn_process,
    "jinja_template": jinja_template,
    "asyncapi": asyncapi,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
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
