"""held_out_28 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Norway) exactly as its public bodies published them, in layouts no earlier
part has, beside the country's own identifiers.

The procedure of ``held_out_26``, on another register and other layouts; ``held_out_11`` to
``held_out_27`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT and PH; here:

* the values are the ``tel`` fields of Norway's places of specialist treatment as
  helsenorge.no lists them and Eurostat's GISCO healthcare-services dataset re-publishes them
  (``scripts/data/pii_no_treatment_places.json``, written by
  ``scripts/no_treatment_places_data.py``; source and licence in that file): Norwegian
  eight-digit numbers as each place gave them, mostly in pairs (``73 95 45 50``), some in one
  run (``51577550``), a few grouped otherwise or with ``+47``, each copy labelled whole; the
  register has no e-mail address; the country is the register's;
* the text around them is the same row's real fields: the nine-digit organisation number of
  the Central Coordinating Register for Legal Entities (``972149519``, as long as a phone
  number with its trunk), the four-digit postcode, the health trust, the coordinates, the
  dataset's reference and publication dates and the row's line in the published file, with
  invented user ids, times and revisions, unlabelled and scored; labels in Norwegian
  (bokmål);
* in layouts no earlier part has: the output of a PowerShell cmdlet piped to ``Format-List``
  (property names padded to one column, ``PS C:\\...>`` prompts), a troff man page of the
  place (``.TH``, ``.SH``, ``.TP``, ``.UR``/``.UE``, hyphens as ``\\-``), a Slack message as
  the Web API's ``conversations.history`` returns it (a ``text`` fallback and Block Kit
  ``header``, ``section`` fields in mrkdwn and ``context`` blocks), and a Confluence page in
  its storage format (an ``info`` macro, a ``details`` page-properties table, a ``status``
  lozenge, ``<time datetime>`` dates).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_28.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_no_treatment_places.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_28.jsonl.gz"
SPLIT = "held_out_28"

LAYOUTS = ("powershell_format_list", "troff_man", "slack_blocks", "confluence_storage")
OWNERS = {"public": "Offentlig", "private": "Privat"}  # the register's ``public_private``


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    return row["fields"][key].strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field (every kept row has one)."""
    return _f(row, "tel")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def line_number(row: dict[str, Any]) -> int:
    """The row's line in the published file (its header is line 1)."""
    return int(row["path"].rsplit("#", 1)[1]) + 2


def iso(value: str) -> str:
    """A date of the file (``16/04/2020``) in ISO form (``2020-04-16``)."""
    day, month, year = value.split("/")
    return f"{year}-{month}-{day}"


def dotted(value: str) -> str:
    """A date of the file (``16/04/2020``) as Norwegians write it (``16.04.2020``)."""
    return value.replace("/", ".")


def street(row: dict[str, Any]) -> str:
    """The street and house number, as one line."""
    return f"{_f(row, 'street')} {_f(row, 'house_number')}".strip()


def owner(row: dict[str, Any]) -> str:
    return OWNERS.get(_f(row, "public_private"), _f(row, "public_private"))


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented time of the months after the dataset's publication (16 April 2020)."""
    day = datetime.date(2020, 4, 20) + datetime.timedelta(days=rng.randint(0, 200))
    return datetime.datetime(day.year, day.month, day.day, rng.randint(7, 17), rng.randint(0, 59),
                             rng.randint(0, 59))  # fmt: skip


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone labelled. Each copy stands apart (no
    digit next to it), so a copy is never part of another number."""
    return phone_copies(text, phone(row), "tel", row["path"])


# -- PowerShell Format-List output -------------------------------------------------------------


def powershell_format_list(row: dict[str, Any], rng: random.Random) -> str:
    """A PowerShell session: a cmdlet of a treatment-place module piped to ``Format-List``, its
    output as PowerShell writes it (a blank line, each property as ``Name : value`` with the
    names padded to the longest, two blank lines after) and the next prompt."""
    user = rng.choice(("saksbehandler", "hn-drift", "analyse01", "ola.adm"))
    prompt = f"PS C:\\Users\\{user}>"
    props = [
        ("Organisasjonsnummer", _f(row, "id")),
        ("Navn", _f(row, "hospital_name")),
        ("Helseforetak", _f(row, "site_name")),
        ("Eierform", owner(row)),
        ("Gateadresse", street(row)),
        ("Postnummer", _f(row, "postcode")),
        ("Poststed", _f(row, "city")),
        ("Telefon", phone(row)),
        ("Breddegrad", _f(row, "lat")),
        ("Lengdegrad", _f(row, "lon")),
        ("Referansedato", dotted(_f(row, "ref_date"))),
        ("Publisert", dotted(_f(row, "pub_date"))),
        ("Nettside", _f(row, "url")),
        ("Kildelinje", str(line_number(row))),
    ]
    width = max(len(name) for name, _ in props)
    lines = [
        f"{prompt} Import-Module Helsekatalog",
        f"{prompt} Get-Behandlingssted -Organisasjonsnummer {_f(row, 'id')} | Format-List",
        "",
        *(f"{name.ljust(width)} : {value}" for name, value in props),
        "",
        "",
        "",
        f"{prompt} (Get-Date).ToString('dd.MM.yyyy HH:mm')",
        f"{_moment(rng):%d.%m.%Y %H:%M}",
        f"{prompt} ",
    ]
    return "\n".join(lines)


# -- a troff man page --------------------------------------------------------------------------


def _roff(text: str) -> str:
    """Text as troff reads it back: a backslash as ``\\e``, a hyphen as ``\\-``, a line that
    would start with a control character guarded by ``\\&``."""
    out = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + out if out[:1] in (".", "'") else out


def troff_man(row: dict[str, Any], rng: random.Random) -> str:
    """The place as a man page of section 7 (``man 7 behandlingssted``), as a generator of a
    treatment-place catalogue writes it: a comment, ``.TH`` with the publication date, the
    sections NAVN, ADRESSE, KONTAKT (the phone in a ``.TP`` item, the web page as ``.UR``),
    IDENTIFIKATORER (organisation number, health trust, postcode, coordinates, dates, the
    source line) and SE OGSÅ."""
    version = f"2.{rng.randint(0, 9)}.{rng.randint(0, 20)}"
    pub = _f(row, "pub_date")
    lines = [
        f'.\\" Generert av helsekatalog {version} {_moment(rng):%Y-%m-%d %H:%M}',
        f'.TH BEHANDLINGSSTED 7 "{iso(pub)}" "helsekatalog {version}" "Spesialisthelsetjenesten"',
        ".SH NAVN",
        f"{_f(row, 'id')} \\- {_roff(_f(row, 'hospital_name'))}",
        ".SH ADRESSE",
        ".nf",
        _roff(street(row)),
        f"{_f(row, 'postcode')} {_roff(_f(row, 'city'))}",
        ".fi",
        ".SH KONTAKT",
        ".TP",
        ".B Telefon",
        phone(row),
        ".TP",
        ".B Nettside",
        f".UR {_f(row, 'url')}",
        "helsenorge.no",
        ".UE",
        ".SH IDENTIFIKATORER",
        ".TP",
        ".B Organisasjonsnummer",
        _f(row, "id"),
        ".TP",
        ".B Helseforetak",
        _roff(_f(row, "site_name")),
        ".TP",
        ".B Eierform",
        owner(row),
        ".TP",
        ".B Koordinater",
        f"{_f(row, 'lat')}\\(de N, {_f(row, 'lon')}\\(de Ø",
        ".TP",
        ".B Referansedato",
        dotted(_f(row, "ref_date")),
        ".TP",
        ".B Kilde",
        f"Eurostat GISCO, NO.csv linje {line_number(row)}, publisert {dotted(pub)}",
        ".SH SE OGSÅ",
        ".BR helsekatalog (1),",
        ".BR ventetider (7)",
        "",
    ]
    return "\n".join(lines)


# -- a Slack message with Block Kit blocks -----------------------------------------------------


def _mrkdwn(text: str) -> str:
    """Text as Slack's mrkdwn wants it: ``&``, ``<`` and ``>`` as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_blocks(row: dict[str, Any], rng: random.Random) -> str:
    """A bot's message in a channel as the Web API's ``conversations.history`` returns it: the
    ``text`` fallback (the phone once) and the Block Kit blocks (a ``header``, a ``section``
    with mrkdwn ``fields``, the phone again among them, and a ``context`` line with the
    source's dates and line); ``ts`` an epoch time with micro-seconds."""
    when = _moment(rng)
    ts = f"{int(when.replace(tzinfo=datetime.UTC).timestamp())}.{rng.randint(0, 999999):06d}"
    name, tel = _f(row, "hospital_name"), phone(row)
    fields = [
        ("Organisasjonsnr.", _f(row, "id")),
        ("Telefon", tel),
        ("Adresse", f"{street(row)}, {_f(row, 'postcode')} {_f(row, 'city')}"),
        ("Helseforetak", _f(row, "site_name")),
        ("Eierform", owner(row)),
        ("Koordinater", f"{_f(row, 'lat')}, {_f(row, 'lon')}"),
    ]
    message = {
        "type": "message",
        "subtype": "bot_message",
        "bot_id": f"B0{rng.getrandbits(40):010X}",
        "app_id": f"A0{rng.getrandbits(40):010X}",
        "text": f"Nytt behandlingssted: {_mrkdwn(name)} ({_f(row, 'id')}), tlf. {tel}",
        "ts": ts,
        "blocks": [
            {
                "type": "header",
                "block_id": f"hdr{rng.getrandbits(24):06x}",
                "text": {"type": "plain_text", "text": name, "emoji": True},
            },
            {
                "type": "section",
                "block_id": f"sec{rng.getrandbits(24):06x}",
                "fields": [
                    {"type": "mrkdwn", "text": f"*{label}:*\n{_mrkdwn(value)}", "verbatim": False}
                    for label, value in fields
                ],
                "accessory": {
                    "type": "button",
                    "text": {"type": "plain_text", "text": "Ventetider", "emoji": True},
                    "url": _f(row, "url"),
                    "action_id": "aapne_helsenorge",
                },
            },
            {
                "type": "context",
                "block_id": f"ctx{rng.getrandbits(24):06x}",
                "elements": [
                    {
                        "type": "mrkdwn",
                        "text": f"Kilde: helsenorge.no via Eurostat · referansedato "
                        f"{dotted(_f(row, 'ref_date'))} · publisert "
                        f"{dotted(_f(row, 'pub_date'))} · linje {line_number(row)}",
                    }
                ],
            },
        ],
        "team": f"T0{rng.getrandbits(40):010X}",
    }
    return json.dumps(message, ensure_ascii=False, indent=2) + "\n"


# -- a Confluence page in storage format -------------------------------------------------------


def _macro_id(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def confluence_storage(row: dict[str, Any], rng: random.Random) -> str:
    """The place's page in a wiki's space as Confluence stores it (XHTML with ``ac:`` macros):
    an ``info`` macro naming the source, a ``details`` (page properties) macro around a table
    of the place's fields, the owner as a ``status`` lozenge, the phone in a cell of its own,
    the dates as ``<time datetime>``, and a paragraph with the source line."""
    colour = "Green" if _f(row, "public_private") == "public" else "Blue"

    def row_(label: str, cell: str) -> str:
        return f"<tr><th><p><strong>{label}</strong></p></th><td><p>{cell}</p></td></tr>"

    status = (f'<ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id='
              f'"{_macro_id(rng)}"><ac:parameter ac:name="colour">{colour}</ac:parameter>'
              f'<ac:parameter ac:name="title">{escape(owner(row))}</ac:parameter>'
              "</ac:structured-macro>")  # fmt: skip
    url = _f(row, "url")
    lines = [
        f'<ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id='
        f'"{_macro_id(rng)}"><ac:rich-text-body><p>Hentet fra helsenorge.no (via Eurostat '
        f"GISCO) {_moment(rng):%d.%m.%Y}. Referansedato <time datetime="
        f'"{iso(_f(row, "ref_date"))}" />.</p></ac:rich-text-body></ac:structured-macro>',
        f"<h1>{escape(_f(row, 'hospital_name'))}</h1>",
        f'<ac:structured-macro ac:name="details" ac:schema-version="1" ac:macro-id='
        f'"{_macro_id(rng)}"><ac:rich-text-body>',
        '<table data-layout="default"><colgroup><col style="width: 220.0px;" />'
        '<col style="width: 460.0px;" /></colgroup><tbody>',
        row_("Organisasjonsnummer", _f(row, "id")),
        row_("Helseforetak", escape(_f(row, "site_name"))),
        row_("Eierform", status),
        row_(
            "Besøksadresse",
            f"{escape(street(row))}<br />{_f(row, 'postcode')} {escape(_f(row, 'city'))}",
        ),  # fmt: skip
        row_("Telefon", escape(phone(row))),
        row_("Koordinater", f"{_f(row, 'lat')}, {_f(row, 'lon')}"),
        row_("Nettside", f"<a href={quoteattr(url)}>Ventetider på helsenorge.no</a>"),
        row_("Publisert", f'<time datetime="{iso(_f(row, "pub_date"))}" />'),
        "</tbody></table>",
        "</ac:rich-text-body></ac:structured-macro>",
        f"<p>Kilde: <code>data/healthcare/csv/NO.csv</code>, linje {line_number(row)}. "
        f"Side versjon {rng.randint(2, 40)}.</p>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "powershell_format_list": powershell_format_list,
    "troff_man": troff_man,
    "slack_blocks": slack_blocks,
    "confluence_storage": confluence_storage,
}


def labelled_fields(where: tuple[str, str, str, int], row: dict[str, Any], block: Record) -> dict:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each copy of the phone field labelled whole (one no person holds only a distractor), its
    kind ``international`` where it starts with ``+``. The fields of
    ``pii_held_out_14.labelled_record``; every phone field of this register is one number."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, value in block.phones:
        kind = "international" if value.startswith("+") else "national"
        span = [at, at + len(value), "PHONE_NUMBER", f"{kind}:{column}"]
        if personal_phone(value, row["country"]):
            spans.append(span)
        else:
            distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    return labelled_fields((SPLIT, locale, layout, n), row, labelled(row, BLOCKS[layout](row, rng)))


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
