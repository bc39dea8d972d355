"""held_out_201 of the PII evaluation set: real phone fields of a register no earlier part used
(the municipality of Jesús María, Aguascalientes: its directory of offices and its catalogue of
procedures; Mexico's earlier parts took the Secretaría de Cultura's museums, INEGI's DENUE and
Chiapas's schools) exactly as published, in layouts no earlier part has, beside the lists' own
names, addresses, extensions and ids.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Télefono`` fields of 123 offices of the municipal directory and the
  ``telefono_pcorp`` fields of 170 procedures of the municipal catalogue
  (``scripts/data/pii_mx_jesus_maria.json``, written by ``scripts/mx_jesus_maria_data.py``;
  source and licence in that file): Mexican numbers as the municipality writes them, ten digits
  in groups (``449 965-00-88``, ``449-965-0588``, ``(449) 361 90 41``) or run together
  (``4499650088``), local seven-digit ones (``9650224``, ``9 65 00 88``, ``963-59-98``), up to
  three in a field (joined by `` , ``, ``,`` or ``y``), some followed by an extension
  (``Ext. 1072 y 1081``) or a shortened second line (``y 42``); each number labelled on its own
  wherever it stands, an extension or a shortened line never;
* the text around them is the same row's real fields: the secretariat and the office, the
  extensions, the procedure's name, cost and id and the office's address with its postcode,
  with invented menu options, times, ids and versions, unlabelled and scored;
* in layouts no earlier part has, telephony formats a municipal switchboard uses, text in
  Spanish: Grandstream IP phones' XML phonebooks (a ``Contact`` per office, a ``Phone`` per
  number and one more for its extension), Polycom UC Software contact directory files (an
  ``item`` per number with ``fn``, ``ln``, ``ct`` and speed-dial index, and one per extension),
  Vonage Voice API call control objects (NCCO JSON: ``talk`` actions in ``es-MX`` that read
  the office's numbers out, an ``input`` menu) and Plivo XML answers (``Speak`` with an Amazon
  Polly Mexican voice, ``GetDigits``, ``Wait``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_201.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mx_jesus_maria.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_201.jsonl.gz"
SPLIT = "held_out_201"

LAYOUTS = ("grandstream_phonebook", "polycom_directory", "vonage_ncco", "plivo_xml")
MUNICIPIO = "Municipio de Jesús María"
SEAT = "Calle Emiliano Zapata 109, Zona Centro, Jesús María, Ags., C.P. 20920"

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is NULL)."""
    return (row["fields"].get(key) or "").strip()


def directory(row: dict[str, Any]) -> bool:
    """Whether the row is of the directory of offices (else the catalogue of procedures)."""
    return row["path"].startswith("view/gobierno/directorio.php")


def column(row: dict[str, Any]) -> str:
    """The row's phone column."""
    return "Télefono" if directory(row) else "telefono_pcorp"


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, column(row))


def pieces(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: ``numbers``'s runs, a run split again at
    a space between a ten-digit number and a seven-digit one (``(449) 9639665 9639237``, two
    numbers of one area code)."""
    out = []
    for s, e in numbers(field):
        while True:
            for m in re.finditer(" ", field[s:e]):
                left, right = field[s : s + m.start()], field[s + m.end() : e]
                if sum(c.isdigit() for c in left) >= 10 and sum(c.isdigit() for c in right) >= 7:
                    out.append((s, s + m.start()))
                    s = s + m.end()
                    break
            else:
                break
        out.append((s, e))
    return out


def numbers_of(row: dict[str, Any]) -> list[str]:
    """The numbers of the row's phone field, each as published."""
    field = phone(row)
    return [field[s:e] for s, e in pieces(field)]


def extensions(row: dict[str, Any]) -> str:
    """The row's extensions as published: the directory's ``Extensión`` ("" for ``NA``), or
    what follows a procedure's last number (``Ext. 1072 y 1081``, "" if nothing does)."""
    if directory(row):
        value = _f(row, "Extensión")
        return "" if value.upper() == "NA" else value
    field = phone(row)
    tail = field[pieces(field)[-1][1] :].strip(" ,")
    return tail if re.search(r"(?i)ext", tail) else ""


def ext_digits(row: dict[str, Any]) -> list[str]:
    """The extensions' numbers (``1072``, ``1081``)."""
    return re.findall(r"\d{3,4}", extensions(row))


def office(row: dict[str, Any]) -> str:
    """The office: the directory's ``Área``, or the procedure's area (its secretariat where the
    area is ``Misma Secretaria``)."""
    if directory(row):
        return _f(row, "Área")
    area = _f(row, "area")
    return _f(row, "secretaria") if not area or area.lower().startswith("misma") else area


def secretariat(row: dict[str, Any]) -> str:
    return _f(row, "Secretaria") if directory(row) else _f(row, "secretaria")


def address(row: dict[str, Any]) -> str:
    """The procedure's office address as published, or the seat of the municipality."""
    return _f(row, "direccion_pcorp") or SEAT


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _put_field(b: Record, row: dict[str, Any], escape_text: Callable[[str], str]) -> None:
    """The whole phone field as published, each of its numbers labelled under its column (what
    lies between them through ``escape_text``)."""
    field, at = phone(row), 0
    for s, e in pieces(field):
        b.add(escape_text(field[at:s]))
        b.phone(column(row), field[s:e])
        at = e
    b.add(escape_text(field[at:]))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2020 (Mexico's central time)."""
    start = dt.datetime(2020, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def grandstream_phonebook(row: dict[str, Any], rng: random.Random) -> Record:
    """A Grandstream IP phone's XML phonebook (``phonebook.xml``) of the municipal switchboard,
    one ``Contact``: the office as ``FirstName``, the secretariat as ``LastName``, the
    municipality as ``Company``, a ``Phone type="Work"`` per number of the field (each number
    as published), one ``Phone type="Other"`` per extension, and a ``Group``; an invented
    ``id`` and ``version``."""
    b = Record()
    b.add('<?xml version="1.0" encoding="UTF-8"?>\n<AddressBook>\n')
    b.add(f"  <version>{rng.randint(1, 9)}</version>\n")
    b.add("  <pbgroup>\n")
    b.add(f"    <id>{rng.randint(1, 12)}</id>\n")
    b.add(f"    <name>{_x(secretariat(row))}</name>\n")
    b.add("  </pbgroup>\n")
    b.add("  <Contact>\n")
    b.add(f"    <id>{rng.randint(10, 999)}</id>\n")
    b.add(f"    <FirstName>{_x(office(row))}</FirstName>\n")
    b.add(f"    <LastName>{_x(secretariat(row))}</LastName>\n")
    b.add(f"    <Company>{_x(MUNICIPIO)}</Company>\n")
    if not directory(row):
        b.add(f"    <JobTitle>{_x(_f(row, 'nombre'))}</JobTitle>\n")
    for number in numbers_of(row):
        b.add('    <Phone type="Work">\n      <phonenumber>')
        b.phone(column(row), number)
        b.add("</phonenumber>\n      <accountindex>1</accountindex>\n    </Phone>\n")
    for ext in ext_digits(row):
        b.add('    <Phone type="Other">\n')
        b.add(f"      <phonenumber>{ext}</phonenumber>\n")
        b.add("      <accountindex>1</accountindex>\n    </Phone>\n")
    b.add("    <Group>1</Group>\n")
    b.add("    <Frequent>0</Frequent>\n")
    b.add("  </Contact>\n</AddressBook>\n")
    return b


def polycom_directory(row: dict[str, Any], rng: random.Random) -> Record:
    """A Polycom UC Software contact directory file (``000000000000-directory.xml``): an
    ``item`` per number of the field (``fn`` the office, ``ln`` the secretariat, ``ct`` the
    number as published, ``sd`` speed-dial indexes from an invented one, ``rt`` an invented
    ring type, empty ``dc`` and the ``ad``/``ar``/``bw``/``bb`` flags) and an ``item`` per
    extension (``ct`` the extension, ``fn`` the office and ``Ext.``)."""
    b = Record()
    b.add('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
    b.add(f"<!-- Directorio {_x(MUNICIPIO)}, {_x(secretariat(row))} -->\n")
    b.add("<directory>\n  <item_list>\n")
    sd = [rng.randint(1, 60)]

    def item(fn: str, contact: str, rt: int, labelled: bool) -> None:
        b.add("    <item>\n")
        b.add(f"      <ln>{_x(secretariat(row))}</ln>\n")
        b.add(f"      <fn>{_x(fn)}</fn>\n")
        b.add("      <ct>")
        if labelled:
            b.phone(column(row), contact)
        else:
            b.add(contact)
        b.add("</ct>\n")
        b.add(f"      <sd>{sd[0]}</sd>\n")
        sd[0] += 1
        b.add(f"      <rt>{rt}</rt>\n")
        b.add("      <dc/>\n      <ad>0</ad>\n      <ar>0</ar>\n      <bw>0</bw>\n")
        b.add("      <bb>0</bb>\n    </item>\n")

    for number in numbers_of(row):
        item(office(row), number, rng.randint(1, 4), True)
    for ext in ext_digits(row):
        item(f"{office(row)} Ext.", ext, 1, False)
    b.add("  </item_list>\n</directory>\n")
    return b


def _speech(row: dict[str, Any]) -> str:
    """The opening of a spoken answer about the row (before its number)."""
    if directory(row):
        where = f"{office(row)}, de {secretariat(row)}"
        return f"Usted se comunicó al {MUNICIPIO}. Para {where}, marque al "
    cost = _f(row, "costo")
    intro = f"Información del trámite {_f(row, 'nombre')}, que atiende {office(row)}."
    if cost:
        intro += f" Costo: {cost}."
    return f"{intro} Para mayores informes comuníquese al "


def _after(row: dict[str, Any]) -> str:
    """The end of a spoken answer (after the number)."""
    ext = extensions(row)
    said = f", extensión {ext}" if directory(row) and ext else ""
    return f"{said}. Nuestra dirección es {address(row)}."


def vonage_ncco(row: dict[str, Any], rng: random.Random) -> Record:
    """A Vonage Voice API call control object (NCCO), the JSON array an answer URL returns: a
    ``talk`` action in ``es-MX`` reading the office's phone field out (the whole field as
    published, each number labelled), an ``input`` action (DTMF menu with an invented event
    URL and option) and a closing ``talk`` repeating the field."""
    b = Record()
    enc = lambda s: json.dumps(s, ensure_ascii=False)[1:-1]  # noqa: E731
    option = rng.randint(1, 9)
    ident = _f(row, "idtramite") or str(rng.randint(100, 999))
    b.add('[\n  {\n    "action": "talk",\n    "text": "')
    b.add(enc(_speech(row)))
    _put_field(b, row, enc)
    b.add(enc(_after(row)))
    b.add(f'",\n    "language": "es-MX",\n    "style": {rng.randint(0, 2)},\n')
    b.add('    "bargeIn": true\n  },\n  {\n    "action": "input",\n')
    b.add('    "type": ["dtmf"],\n')
    b.add(f'    "dtmf": {{"maxDigits": 1, "timeOut": {rng.randint(3, 8)}}},\n')
    b.add(
        f'    "eventUrl": ["https://ivr.jesusmaria.gob.mx/webhooks/menu?tramite={ident}&op={option}"]\n'
    )
    b.add('  },\n  {\n    "action": "talk",\n    "text": "')
    b.add(enc(f"Para repetir esta información marque {option}. Le repetimos el número: "))
    _put_field(b, row, enc)
    b.add(enc(". Gracias por llamar."))
    b.add('",\n    "language": "es-MX"\n  }\n]\n')
    return b


def plivo_xml(row: dict[str, Any], rng: random.Random) -> Record:
    """A Plivo XML answer: ``Speak`` with the Amazon Polly Mexican voice ``Polly.Mia`` reading
    the office's phone field out (the whole field as published), a ``GetDigits`` menu with an
    invented action URL whose prompt repeats it, and a ``Wait``; the procedure's id, the
    secretariat and the invented time as an XML comment."""
    b = Record()
    when = _when(rng)
    ident = _f(row, "idtramite") or str(rng.randint(100, 999))
    b.add('<?xml version="1.0" encoding="UTF-8"?>\n')
    b.add(f"<!-- {_x(secretariat(row))} / id {ident} / {when:%Y-%m-%d %H:%M} -->\n")
    b.add("<Response>\n")
    b.add('  <Speak voice="Polly.Mia" language="es-MX">')
    b.add(_x(_speech(row)))
    _put_field(b, row, _x)
    b.add(_x(_after(row)))
    b.add("</Speak>\n")
    action = f"https://ivr.jesusmaria.gob.mx/plivo/menu/{ident}"
    b.add(f'  <GetDigits action={quoteattr(action)} method="POST" numDigits="1" ')
    b.add(f'timeout="{rng.randint(5, 10)}" retries="1">\n')
    b.add('    <Speak voice="Polly.Mia" language="es-MX">')
    b.add(_x("Para escuchar de nuevo el teléfono, marque 1. Teléfono: "))
    _put_field(b, row, _x)
    b.add(_x(". Para volver al menú principal, marque 9."))
    b.add("</Speak>\n  </GetDigits>\n")
    b.add(f'  <Wait length="{rng.randint(1, 3)}"/>\n')
    b.add("</Response>\n")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "grandstream_phonebook": grandstream_phonebook,
    "polycom_directory": polycom_directory,
    "vonage_ncco": vonage_ncco,
    "plivo_xml": plivo_xml,
}


def international(value: str) -> bool:
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each number of its phone field labelled
    wherever it stands."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    return labelled_record((SPLIT, locale, layout, n), row, BLOCKS[layout](row, rng), international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
