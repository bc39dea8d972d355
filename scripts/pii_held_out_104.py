"""held_out_104 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Mali) exactly as published, in layouts no earlier part has, beside the
row's own client number, address and registration date.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many countries (``held_out_100`` Burkina Faso,
``held_out_102`` Macau among the latest); here:

* the values are the phone fields of the client organisations of a Malian software vendor
  (companies, NGOs, hotels, ministries, embassies; ``scripts/data/pii_ml_clients.json``,
  written by ``scripts/ml_clients_data.py``; source and licence in that file): numbers as each
  entry gave them, often several to a field (``20 21 01 44/ 20 21 39 49``,
  ``+223 20 29 06 80 |+223 66 74 16 24``), old seven-digit numbers (``222 73 31``),
  ``(223)``/``00223``/``+(223)`` prefixes and run-together digits, each number of each copy
  labelled; the directory gives no e-mail addresses;
* the text around them is the same row's real fields: its client number (``359``), address,
  activity code and registration date (``2023-08-28``), with invented question, item,
  manifest and statement ids, scores, durations and timestamps, unlabelled and scored;
* in layouts no earlier part has, from e-learning, labels in French (Mali's language of
  administration): a Moodle XML question bank (a ``shortanswer`` question whose answer and
  feedback give the number), a SCORM 2004 ``imsmanifest.xml`` whose LOM metadata names the
  client in a vCard ``TEL`` and a description, an IMS QTI 2.1 ``assessmentItem`` whose
  ``correctResponse`` and modal feedback give the number, and an xAPI statement (JSON) whose
  ``result.response`` and context extension give it.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_104.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_ml_clients.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_104.jsonl.gz"
SPLIT = "held_out_104"

LAYOUTS = ("moodle_xml", "scorm_manifest", "qti_item", "xapi_statement")
PHONE = "phone"
NO_DATE = "NaT"  # the directory's empty registration date (a pandas export)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telephone")


def name(row: dict[str, Any]) -> str:
    """The client's name as published, its quotes stripped (one is written in quotes)."""
    return _f(row, "nomClient").strip('"').strip()


def number(row: dict[str, Any]) -> str:
    """The client number, or the row's place in the array where it has none."""
    return _f(row, "numero") or row["path"].rsplit("#", 1)[1]


def date(row: dict[str, Any]) -> str:
    """The registration date as published, "" where the directory gives none (``NaT``)."""
    value = _f(row, "dateInscription")
    return "" if value == NO_DATE else value


def international(value: str) -> bool:
    """A number written with Mali's (or another) country code: ``+223``, ``(223)``,
    ``(00223)``, ``00225`` (``223)`` where the field wrote ``(+ 223)``)."""
    return value.startswith(("+", "(", "00", "223)"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The client's name as an identifier: lower-case ASCII words joined by ``-``."""
    plain = unicodedata.normalize("NFKD", name(row)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join(words[:5]) or "client"


def _about(row: dict[str, Any]) -> str:
    """The client's address, activity code and registration date in words."""
    parts = [f"Adresse : {_f(row, 'adresse') or 'Bamako'}"]
    if _f(row, "activite"):
        parts.append(f"activité {_f(row, 'activite')}")
    if date(row):
        parts.append(f"client depuis le {date(row)}")
    return ", ".join(parts) + "."


def moodle_xml(row: dict[str, Any], rng: random.Random) -> str:
    """The vendor's support-training question bank as a Moodle XML export: a category
    question, then a ``shortanswer`` question asking for the client's number, its answer the
    phone field, its general feedback repeating it beside the client number and address; an
    invented ``idnumber`` and default grade."""
    qid = rng.randint(10000, 99999)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<quiz>",
        "<!-- question: 0  -->",
        '  <question type="category">',
        "    <category>",
        "      <text>$course$/top/Support client/Annuaire des clients</text>",
        "    </category>",
        "  </question>",
        f"<!-- question: {qid}  -->",
        '  <question type="shortanswer">',
        "    <name>",
        f"      <text>Client {escape(number(row))} : {escape(name(row))}</text>",
        "    </name>",
        '    <questiontext format="html">',
        f"      <text><![CDATA[<p>Quel numéro appeler pour joindre <b>{name(row)}</b> "
        f"({_f(row, 'sigle') or name(row)}) ?</p>]]></text>",
        "    </questiontext>",
        '    <generalfeedback format="html">',
        f"      <text><![CDATA[<p>Le client n° {number(row)} se joint au {phone(row)}. "
        f"{_about(row)}</p>]]></text>",
        "    </generalfeedback>",
        f"    <defaultgrade>{rng.choice(('1.0000000', '2.0000000'))}</defaultgrade>",
        "    <penalty>0.3333333</penalty>",
        "    <hidden>0</hidden>",
        f"    <idnumber>SUP-{qid}</idnumber>",
        "    <usecase>0</usecase>",
        '    <answer fraction="100" format="moodle_auto_format">',
        f"      <text>{escape(phone(row))}</text>",
        '      <feedback format="html">',
        "        <text>Correct.</text>",
        "      </feedback>",
        "    </answer>",
        "  </question>",
        "",
        "</quiz>",
        "",
    ]
    return "\n".join(lines)


def _vcard(value: str) -> str:
    """A vCard text value: ``\\``, ``,`` and ``;`` escaped."""
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def scorm_manifest(row: dict[str, Any], rng: random.Random) -> str:
    """The client's onboarding course as a SCORM 2004 (4th edition) ``imsmanifest.xml``: LOM
    metadata titling the course after the client, describing it with its address and phone,
    and naming it as contributor in a vCard (``ORG``, ``TEL``) dated on its registration; one
    organization with two items and their resources, an invented manifest id and version."""
    ident = f"MANIFEST-{rng.randint(100000, 999999)}"
    when = date(row) or f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-01"
    vcard = (
        f"BEGIN:VCARD\nVERSION:3.0\nFN:{_vcard(name(row))}\nORG:{_vcard(name(row))}\n"
        f"TEL;TYPE=WORK:{phone(row)}\nNOTE:client {number(row)}\nEND:VCARD"
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<manifest identifier="{ident}" version="1.{rng.randint(0, 9)}"',
        '          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
        '          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
        '          xmlns:lom="http://ltsc.ieee.org/xsd/LOM">',
        "  <metadata>",
        "    <schema>ADL SCORM</schema>",
        "    <schemaversion>2004 4th Edition</schemaversion>",
        "    <lom:lom>",
        "      <lom:general>",
        "        <lom:title>",
        '          <lom:string language="fr">Prise en main du logiciel : '
        f"{escape(name(row))}</lom:string>",
        "        </lom:title>",
        "        <lom:description>",
        '          <lom:string language="fr">Parcours de formation du client n° '
        f"{escape(number(row))}. {escape(_about(row))} Assistance : {escape(phone(row))}"
        "</lom:string>",
        "        </lom:description>",
        "      </lom:general>",
        "      <lom:lifeCycle>",
        "        <lom:contribute>",
        "          <lom:role><lom:source>LOMv1.0</lom:source><lom:value>content provider"
        "</lom:value></lom:role>",
        f"          <lom:entity><![CDATA[{vcard}]]></lom:entity>",
        f"          <lom:date><lom:dateTime>{when}</lom:dateTime></lom:date>",
        "        </lom:contribute>",
        "      </lom:lifeCycle>",
        "    </lom:lom>",
        "  </metadata>",
        f'  <organizations default="ORG-{_slug(row)}">',
        f'    <organization identifier="ORG-{_slug(row)}">',
        f"      <title>{escape(name(row))}</title>",
        '      <item identifier="ITEM-1" identifierref="RES-1">',
        "        <title>Installation et paramétrage</title>",
        f"        <adlcp:completionThreshold>0.{rng.randint(5, 9)}</adlcp:completionThreshold>",
        "      </item>",
        '      <item identifier="ITEM-2" identifierref="RES-2">',
        "        <title>Évaluation finale</title>",
        "      </item>",
        "    </organization>",
        "  </organizations>",
        "  <resources>",
        '    <resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" '
        'href="module1/index.html">',
        '      <file href="module1/index.html"/>',
        "    </resource>",
        '    <resource identifier="RES-2" type="webcontent" adlcp:scormType="sco" '
        'href="quiz/index.html">',
        '      <file href="quiz/index.html"/>',
        "    </resource>",
        "  </resources>",
        "</manifest>",
        "",
    ]
    return "\n".join(lines)


def qti_item(row: dict[str, Any], rng: random.Random) -> str:
    """A quiz item as an IMS QTI 2.1 ``assessmentItem``: a string response whose
    ``correctResponse`` is the phone field, a prompt naming the client and its address, a
    ``textEntryInteraction`` and a modal feedback repeating the number beside the client
    number; an invented item id, expected length and score."""
    item = f"ITEM-{rng.randint(1000, 9999)}-{number(row)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 '
        'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"',
        f"    identifier={quoteattr(item)} title={quoteattr('Annuaire : ' + name(row))}",
        '    adaptive="false" timeDependent="false">',
        '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">',
        "    <correctResponse>",
        f"      <value>{escape(phone(row))}</value>",
        "    </correctResponse>",
        "  </responseDeclaration>",
        '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">',
        "    <defaultValue><value>0</value></defaultValue>",
        "  </outcomeDeclaration>",
        '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
        "  <itemBody>",
        f"    <p>Client n° {escape(number(row))} : <strong>{escape(name(row))}</strong>. "
        f"{escape(_about(row))}</p>",
        "    <p>Quel numéro de téléphone figure dans sa fiche ?",
        '      <textEntryInteraction responseIdentifier="RESPONSE" '
        f'expectedLength="{rng.randint(12, 40)}"/></p>',
        "  </itemBody>",
        '  <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/'
        'match_correct"/>',
        '  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="correct" showHide="show">'
        f"Oui : {escape(name(row))} se joint au {escape(phone(row))}.</modalFeedback>",
        "</assessmentItem>",
        "",
    ]
    return "\n".join(lines)


def xapi_statement(row: dict[str, Any], rng: random.Random) -> str:
    """A learner's answer to the directory quiz as an xAPI statement (pretty-printed JSON): an
    invented learner account, the verb ``answered``, the question as activity (its name the
    client's), the response the phone field, a score and duration, context extensions giving
    the client number, address and phone again, and an invented id and timestamp."""
    uuid = "-".join(
        "".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)
    )
    base = "https://formation.example.ml/xapi"
    extensions = {
        f"{base}/ext/client-numero": number(row),
        f"{base}/ext/client-adresse": _f(row, "adresse") or "Bamako",
        f"{base}/ext/client-telephone": phone(row),
    }
    if date(row):
        extensions[f"{base}/ext/client-depuis"] = date(row)
    scaled = rng.choice((0.5, 0.75, 1.0))
    statement = {
        "id": uuid,
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "https://formation.example.ml",
                        "name": f"apprenant-{rng.randint(1000, 9999)}"},
        },
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered",
                 "display": {"fr-FR": "a répondu"}},
        "object": {
            "objectType": "Activity",
            "id": f"{base}/activities/annuaire/{_slug(row)}",
            "definition": {
                "name": {"fr-FR": f"Numéro de {name(row)}"},
                "description": {"fr-FR": f"Quel numéro appeler pour joindre {name(row)} ?"},
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "interactionType": "fill-in",
            },
        },
        "result": {
            "response": phone(row),
            "success": scaled == 1.0,
            "score": {"scaled": scaled},
            "duration": f"PT{rng.randint(5, 90)}S",
        },
        "context": {"language": "fr-ML", "extensions": extensions},
        "timestamp": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
    }  # fmt: skip
    return json.dumps(statement, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "moodle_xml": moodle_xml,
    "scorm_manifest": scorm_manifest,
    "qti_item": qti_item,
    "xapi_statement": xapi_statement,
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
