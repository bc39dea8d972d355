"""held_out_25 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Spain: Catalonia) exactly as its public body published them, in
layouts no earlier part has, beside the country's own identifiers.

The procedure of ``held_out_23``, on another register and other layouts; ``held_out_11`` to
``held_out_23`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR and ZA; here:

* the values are the ``tel`` and ``mail`` fields of the table of Catalonia's schools that the
  Department of Education of the Government of Catalonia keeps for its map of pedagogical
  innovation (``scripts/data/pii_xtec_schools.json``, written by
  ``scripts/xtec_schools_data.py``; source and licence in that file): nine digits in one run
  with no ``+34`` (``937700381``), each copy labelled; the school's address on the
  department's domain (``a8000013@xtec.cat``), each copy labelled; the country is the
  register's;
* the text around them is the same row's real fields: the eight-digit centre code
  (``08000013``), the eight-digit code of the zone's educational service (``08870310``), the
  five-digit postcode, the coordinates and the row's line in the published file, with
  invented invoice, order, article and interchange numbers, commit ids, message ids and dates,
  unlabelled and scored; labels in Catalan;
* in layouts no earlier part has: the school's page in XHTML+RDFa (schema.org's
  ``property="telephone"`` and ``property="email"`` on ``tel:`` and ``mailto:`` links, the
  code as ``identifier``, the coordinates in ``meta`` elements), a UN/EDIFACT ``INVOIC``
  message of a supplier to the school (the school as buyer in ``NAD+BY`` with its code,
  ``COM`` segments ``:TE`` and ``:EM``, ``?`` releases), the ``git log -p -U0`` of a commit
  to the published file that changes the row's logo (the row's line before and after, the
  hunk at its line number), and an e-mail message (``.eml``, CRLF lines) from the school
  with its contact card attached as a ``text/vcard`` part in 8bit (vCard 3.0, ``\\,``
  escapes, lines folded at 75 octets), no base64 anywhere.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_25.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime
import io
import random
import re
from collections.abc import Callable
from email.charset import QP, Charset
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_xtec_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_25.jsonl.gz"
SPLIT = "held_out_25"

LAYOUTS = ("rdfa_xhtml", "edifact_invoic", "git_log_patch", "eml_vcard")
ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# the school's kind (the table's ``tipus``) as schema.org names it
KINDS = {"ESC": "ElementarySchool", "ESC-ZER": "ElementarySchool", "LLA": "Preschool",
         "INS": "HighSchool", "IE": "School", "FP": "HighSchool"}  # fmt: skip
STUDIES = {"EINF1C": "Educació infantil de primer cicle", "EINF2C": "Educació infantil de "
           "segon cicle", "EPRI": "Educació primària", "ESO": "Educació secundària obligatòria",
           "BATX": "Batxillerat", "CFPM": "Cicles formatius de grau mitjà", "CFPS": "Cicles "
           "formatius de grau superior", "PFI": "Programes de formació i inserció",
           "EE": "Educació especial", "ADULTS": "Formació de persones adultes"}  # fmt: skip
MONTHS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
          "octubre", "novembre", "desembre")  # fmt: skip


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    return row["fields"][key].strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field (every kept row has one)."""
    return _f(row, "tel")


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address where the field is one well-formed address, else ""."""
    value = _f(row, "mail")
    return value if ADDRESS.fullmatch(value) else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def line_number(row: dict[str, Any]) -> int:
    """The row's line in the published file (its header is line 1)."""
    return int(row["path"].rsplit("#", 1)[1]) + 2


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented time of the months after the table's last change (17 April 2026)."""
    day = datetime.date(2026, 4, 20) + datetime.timedelta(days=rng.randint(0, 150))
    return datetime.datetime(day.year, day.month, day.day, rng.randint(7, 17), rng.randint(0, 59),
                             rng.randint(0, 59))  # fmt: skip


def _town(row: dict[str, Any]) -> str:
    return f"{_f(row, 'cp')} {_f(row, 'municipi')}"


def _studies(row: dict[str, Any]) -> list[str]:
    return [STUDIES.get(code, code) for code in _f(row, "estudis").split("|") if code]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and e-mail address labelled. Each
    copy stands apart (no digit next to the phone, no address character next to the address),
    so a copy is never part of another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(
        text, values, {"phone": r"\d", "email": r"[\w.@-]"}, {"phone": "tel"}, row["path"]
    )


# -- the school's page in XHTML+RDFa ---------------------------------------------------------


def rdfa_xhtml(row: dict[str, Any], rng: random.Random) -> str:
    """The school's page as an XHTML+RDFa 1.1 document: a schema.org item of the school's kind
    with its name, code (``identifier``), address, ``telephone`` and ``email`` on ``tel:`` and
    ``mailto:`` links (the number and address twice each: in the link and its text), its
    coordinates in ``meta`` elements (a decimal point there, the register's comma on the
    page), the zone's educational service as ``parentOrganization`` with its code, the
    studies and the page's last change."""
    name, tel, mail = escape(_f(row, "nom")), phone(row), email(row)
    kind = KINDS.get(_f(row, "tipus"), "EducationalOrganization")
    changed = _moment(rng).date().isoformat()
    lat, lng = _f(row, "lat"), _f(row, "lng")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.1//EN" '
        '"http://www.w3.org/MarkUp/DTD/xhtml-rdfa-2.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" version="XHTML+RDFa 1.1" xml:lang="ca">',
        "<head>",
        f"  <title>{name} | Fitxa del centre</title>",
        '  <meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8"/>',
        "</head>",
        "<body>",
        f'<div vocab="https://schema.org/" typeof="{kind}" resource="#centre-{_f(row, "id")}">',
        f'  <h1 property="name">{name}</h1>',
        f'  <p>Codi de centre: <span property="identifier">{_f(row, "id")}</span></p>',
        '  <p property="address" typeof="PostalAddress">',
        f'    <span property="streetAddress">{escape(_f(row, "adreca"))}</span><br/>',
        f'    <span property="postalCode">{_f(row, "cp")}</span> '
        f'<span property="addressLocality">{escape(_f(row, "municipi"))}</span> '
        f'(<span property="addressRegion">{escape(_f(row, "comarca"))}</span>)',
        "  </p>",
        f'  <p>Telèfon: <a property="telephone" href="tel:{tel}">{tel}</a></p>',
    ]
    if mail:
        lines.append(
            f'  <p>Correu electrònic: <a property="email" href="mailto:{mail}">{mail}</a></p>'
        )
    if _f(row, "web"):
        lines.append(f"  <p>Web: <a property=\"url\" href={quoteattr(_f(row, 'web'))}>"
                     f"{escape(_f(row, 'web'))}</a></p>")  # fmt: skip
    lines += [
        f'  <p property="geo" typeof="GeoCoordinates">Coordenades: {lat}, {lng}',
        f'    <meta property="latitude" content="{lat.replace(",", ".")}"/>',
        f'    <meta property="longitude" content="{lng.replace(",", ".")}"/>',
        "  </p>",
        '  <p>Servei educatiu: <span property="parentOrganization" '
        'typeof="EducationalOrganization"><span property="identifier">'
        f"{_f(row, 'se')}</span></span></p>",
        "  <h2>Ensenyaments</h2>",
        "  <ul>",
        *[f"    <li>{escape(study)}</li>" for study in _studies(row)],
        "  </ul>",
        f"  <p>Titularitat: {'pública' if _f(row, 'public') == 'TRUE' else 'privada'}</p>",
        f'  <p class="peu">Darrera actualització: <time property="dateModified" '
        f'datetime="{changed}">{changed[8:]}/{changed[5:7]}/{changed[:4]}</time></p>',
        "</div>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


# -- a UN/EDIFACT INVOIC message ---------------------------------------------------------------

SUPPLIERS = (
    ("Subministraments Escolars del Vallès SL", "c. de la Indústria, 41", "Granollers", "08403"),
    ("Papereria Tècnica Ponent SA", "av. de l'Alcalde Rovira Roure, 112", "Lleida", "25006"),
    ("Material Didàctic Empordà SL", "c. del Rec Arnau, 7", "Figueres", "17600"),
    ("Distribucions Educatives del Camp SCCL", "pol. ind. Riu Clar, c. del Ferro, 3",
     "Tarragona", "43006"),
)  # fmt: skip
ITEMS = ("Paper DIN A4 80 g, caixa de 5 paquets", "Retoladors de colors, capsa de 12",
         "Tòner per a impressora làser", "Cartolines de colors, paquet de 50",
         "Llibretes quadriculades A4", "Pintura de dits, pot de 500 ml")  # fmt: skip


def _edi(text: str) -> str:
    """A data element as EDIFACT writes it: ``?`` before each ``+ : ' ?``."""
    return re.sub(r"([+:'?])", r"?\1", text)


def edifact_invoic(row: dict[str, Any], rng: random.Random) -> str:
    """A UN/EDIFACT D.96A ``INVOIC`` of a supplier of school material to the school, one
    segment a line: the interchange header with the school's code as recipient, the invoice
    number and dates, the order reference, the supplier (``NAD+SU``) and the school as buyer
    (``NAD+BY``: its code, name, address, town and postcode, ``?``-released), the school's
    department of contact in ``CTA`` with its phone and address in ``COM`` segments, a
    delivery note in Catalan, the lines with invented article numbers, the totals and VAT."""
    when = _moment(rng)
    sent = when - datetime.timedelta(days=rng.randint(3, 20))
    supplier = rng.choice(SUPPLIERS)
    supplier_id = f"B{rng.randint(10**7, 10**8 - 1)}"
    ref = f"{rng.randint(1, 99999):05d}"
    invoice = f"FV{when.year % 100}-{rng.randint(100, 9999):04d}"
    code = _f(row, "id")
    segments = [
        "UNA:+.? '",
        f"UNB+UNOC:3+{supplier_id}:ZZZ+{code}:ZZZ+{when:%y%m%d}:{when:%H%M}+{ref}'",
        "UNH+1+INVOIC:D:96A:UN:EAN008'",
        f"BGM+380+{invoice}+9'",
        f"DTM+137:{when:%Y%m%d}:102'",
        f"DTM+35:{sent:%Y%m%d}:102'",
        f"RFF+ON:C{code[-4:]}-{rng.randint(1, 400)}'",
        f"NAD+SU+{supplier_id}::9++{_edi(supplier[0])}+{_edi(supplier[1])}+{supplier[2]}++"
        f"{supplier[3]}+ES'",
        f"NAD+BY+{code}::92++{_edi(_f(row, 'nom'))}+{_edi(_f(row, 'adreca'))}+"
        f"{_edi(_f(row, 'municipi'))}++{_f(row, 'cp')}+ES'",
        "CTA+PD+:Secretaria del centre'",
        f"COM+{phone(row)}:TE'",
    ]
    if email(row):
        segments.append(f"COM+{email(row)}:EM'")
    segments += [
        f"FTX+DEL+++Lliurament a la secretaria del centre {code} de 9 a 13 h'",
        "CUX+2:EUR:4'",
    ]
    total = 0
    items = rng.sample(ITEMS, rng.randint(1, 3))
    for i, item in enumerate(items, 1):
        quantity, price = rng.randint(1, 40), rng.randint(150, 4800)
        amount = quantity * price
        total += amount
        segments += [
            f"LIN+{i}++84{rng.randint(10**10, 10**11 - 1)}:EN'",
            f"IMD+F++:::{_edi(item)}'",
            f"QTY+47:{quantity}:PCE'",
            f"MOA+203:{amount / 100:.2f}'",
            f"PRI+AAA:{price / 100:.2f}'",
        ]
    tax = round(total * 0.21)
    segments += [
        "UNS+S'",
        f"MOA+79:{total / 100:.2f}'",
        f"MOA+124:{tax / 100:.2f}'",
        f"MOA+77:{(total + tax) / 100:.2f}'",
        "TAX+7+VAT+++:::21'",
    ]
    count = len(segments) - 1  # UNH to UNT, without UNA and UNB, with UNT
    segments += [f"UNT+{count}+1'", f"UNZ+1+{ref}'"]
    return "\n".join(segments) + "\n"


# -- git log -p of a commit to the published file --------------------------------------------

COLUMNS = ("id", "tipus", "nom", "municipi", "adreca", "cp", "comarca", "lat", "lng", "estudis",
           "sstt", "se", "web", "logo", "tel", "mail", "twitter", "public")  # fmt: skip
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _csv_line(fields: dict[str, str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([fields[c] for c in COLUMNS])
    return out.getvalue()


def git_log_patch(row: dict[str, Any], rng: random.Random) -> str:
    """What ``git log -p -U0 -1 --format='commit %H%nDate:   %ad%n%n    %s%n'`` prints for a
    commit to ``utils/dades-centres.csv`` that changes the row's logo to WebP: the commit id,
    the date, a Catalan subject naming the school's code, the file's diff with no context
    lines (the row's line before and after, the hunk at the row's line number, the file's
    header line as the hunk's context as git's default funcname finds it)."""
    when = _moment(rng)
    fields = dict(row["fields"])
    before = _csv_line(fields)
    fields["logo"] = re.sub(r"\.\w+$", ".webp", fields["logo"]) or f"{fields['id']}.webp"
    after = _csv_line(fields)
    n = line_number(row)
    return "\n".join([
        f"commit {rng.getrandbits(160):040x}",
        f"Date:   {DAYS[when.weekday()]} {MONTH_ABBR[when.month - 1]} {when.day} "
        f"{when:%H:%M:%S} {when.year} +0200",
        "",
        f"    Logo del centre {_f(row, 'id')} en format WebP",
        "",
        "diff --git a/utils/dades-centres.csv b/utils/dades-centres.csv",
        f"index {rng.getrandbits(28):07x}..{rng.getrandbits(28):07x} 100644",
        "--- a/utils/dades-centres.csv",
        "+++ b/utils/dades-centres.csv",
        f"@@ -{n} +{n} @@ {','.join(COLUMNS)}",
        f"-{before}",
        f"+{after}",
        "",
    ])  # fmt: skip


# -- an e-mail message with the school's vCard attached ----------------------------------------

QP_UTF8 = Charset("utf-8")
QP_UTF8.header_encoding = QP
GREETINGS = ("Benvolgudes famílies,", "Benvolgut equip,", "Bon dia,")
BODIES = (
    "Us fem arribar la targeta de contacte del centre perquè la pugueu desar a l'agenda del "
    "mòbil. Per a qualsevol consulta, truqueu a la secretaria en horari d'atenció.",
    "Adjuntem les dades de contacte actualitzades del centre per al curs vinent. Si us plau, "
    "feu servir aquesta adreça i aquest telèfon per a les comunicacions amb la secretaria.",
    "Tal com vam parlar, us envio la fitxa de contacte del centre en format vCard.",
)


def _vcard(text: str) -> str:
    """A vCard 3.0 text value: ``\\``, ``,`` and ``;`` escaped with a backslash."""
    return re.sub(r"([\\,;])", r"\\\1", text)


def _fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 2425), a UTF-8 character never split."""
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74  # a continuation line starts with a space
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = ""
        current += char
    return "\r\n ".join([*out, current])


def eml_vcard(row: dict[str, Any], rng: random.Random) -> str:
    """An e-mail message (``.eml``, CRLF lines) from the school's address to undisclosed
    recipients: ``Return-Path``, ``Date``, ``From`` with the name as a Q-encoded word,
    ``Message-ID`` on the department's domain, then a ``multipart/mixed`` body: a Catalan text
    part in 8bit signed with the school's address and phone, and the school's vCard 3.0 as a
    ``text/vcard`` attachment in 8bit (``ORG``, ``ADR``, ``TEL``, ``EMAIL``, ``URL``, a
    ``NOTE`` with the centre and service codes, ``REV``), no base64 anywhere."""
    when = _moment(rng)
    name, tel, mail, code = _f(row, "nom"), phone(row), email(row), _f(row, "id")
    stamp = when.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    boundary = f"----=_Part_{rng.randint(10**5, 10**6 - 1)}_{rng.getrandbits(32)}"
    sender = formataddr((name, mail), charset=QP_UTF8)
    card = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_vcard(name)};;;;",
        f"FN:{_vcard(name)}",
        f"ORG:{_vcard(name)}",
        f"ADR;TYPE=WORK:;;{_vcard(_f(row, 'adreca'))};{_vcard(_f(row, 'municipi'))};"
        f"{_vcard(_f(row, 'comarca'))};{_f(row, 'cp')};Espanya",
        f"TEL;TYPE=WORK,VOICE:{tel}",
        f"EMAIL;TYPE=INTERNET:{mail}",
        *([f"URL:{_f(row, 'web')}"] if _f(row, "web") else []),
        f"NOTE:Codi de centre {code}\\, servei educatiu {_f(row, 'se')}",
        f"REV:{(when - datetime.timedelta(hours=2)):%Y-%m-%dT%H:%M:%SZ}",
        "END:VCARD",
    ]
    lines = [
        f"Return-Path: <{mail}>",
        f"Date: {format_datetime(stamp)}",
        f"From: {sender}",
        "To: undisclosed-recipients:;",
        f"Subject: Dades de contacte del centre {code}",
        f"Message-ID: <{when:%Y%m%d%H%M%S}.{rng.getrandbits(40):010x}@xtec.cat>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        rng.choice(GREETINGS),
        "",
        rng.choice(BODIES),
        "",
        "Cordialment,",
        "",
        "Secretaria",
        name,
        _f(row, "adreca"),
        _town(row),
        f"Tel. {tel}",
        f"{mail}",
        "",
        f"--{boundary}",
        f'Content-Type: text/vcard; charset=UTF-8; name="{code}.vcf"',
        "Content-Transfer-Encoding: 8bit",
        f'Content-Disposition: attachment; filename="{code}.vcf"',
        "",
        *[_fold(line) for line in card],
        "",
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "rdfa_xhtml": rdfa_xhtml,
    "edifact_invoic": edifact_invoic,
    "git_log_patch": git_log_patch,
    "eml_vcard": eml_vcard,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone number
    labelled, each copy of its e-mail address labelled."""
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
