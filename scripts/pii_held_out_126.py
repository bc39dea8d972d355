"""held_out_126 of the PII evaluation set: real phone fields of a register no earlier part used
(Singapore's Ministry of Health's CHAS clinics; Singapore's earlier part took the Ministry of
Education's schools) exactly as published, in layouts no earlier part has, beside the list's
own codes, names, addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, SG (the Ministry of Education's schools), IN, MY,
TH, VN and many others; here:

* the values are the ``HCI_TEL`` fields of 600 of the 670 clinics with a number in the
  Ministry of Health's CHAS Clinics layer (``scripts/data/pii_sg_chas_clinics.json``, written
  by ``scripts/sg_chas_clinics_data.py``; source and licence in that file): Singapore's eight
  digits as the layer writes them, unbroken (``65180160``; one with a space, ``6894 0777``;
  one of seven digits, ``6444110``), each copy labelled;
* the text around them is the same row's real fields: the healthcare-institution code
  (``14M0081``, ``9400662``), the clinic's name, licence type and schemes (``CDMP,CHAS,ISP``),
  block, street, ``#floor-unit``, building and six-digit postal code (``410661``), the SVY21
  coordinates (``36298.4486082``), longitude and latitude, the layer's object id, CRC and
  update date (``2014/09/09``), with invented module versions, revision, notice, sheet and
  page numbers and dates, unlabelled and scored;
* in layouts no earlier part has, document and typesetting markup, text in English: POD
  (Perl's Plain Old Documentation) of a per-clinic data module (``=head1 NAME``, a verbatim
  ``SYNOPSIS`` whose comment gives the number, an ``=over``/``=item`` list with
  ``Telephone``, ``C<>``/``B<>``/``L<>`` codes, ``=cut``), ConTeXt sources of a printed
  clinic notice (``\\starttext``, ``\\startsection[title={...}]``, a ``\\starttabulate``
  table with ``\\NC Telephone \\NC ... \\NC\\NR``, an ``itemize`` repeating the number, ``\\#``
  and ``\\&`` escaped), Mallard 1.0 topic pages of a help guide (``<page>`` with ``<info>``
  ``link``/``revision``/``desc``, a ``<terms>`` list, the number again in a ``<note>``) and
  Lout documents of a register sheet (``@SysInclude { doc }``, ``@Doc @Text @Begin``, a
  ``@TaggedList`` of ``@TagItem``s, the number again in a ``@PP`` paragraph, words with
  Lout's symbols quoted, ``"#01-129"``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_126.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_sg_chas_clinics.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_126.jsonl.gz"
SPLIT = "held_out_126"

LAYOUTS = ("pod_module", "context_notice", "mallard_page", "lout_sheet")
PHONE = "HCI_TEL"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# what the licence types of the layer stand for
LICENCES = {"MC": "medical clinic", "MD": "medical and dental clinic"}
# invented advice lines of the notices (no real notice is meant)
ADVICE = (
    "Bring your CHAS card and NRIC to every visit.",
    "Subsidies apply to common illnesses, chronic conditions and dental care.",
    "Opening hours may change on public holidays.",
    "Screening under Screen for Life is offered at this clinic.",
    "Ask at the counter about follow-up appointments.",
)  # fmt: skip


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


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Singapore time)."""
    start = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def unit(row: dict[str, Any]) -> str:
    """The ``#floor-unit`` of the row (``#01-129``), "" where it has none."""
    floor, number = _f(row, "FLOOR_NO"), _f(row, "UNIT_NO")
    return f"#{floor}-{number}" if floor and number else ""


def address_parts(row: dict[str, Any]) -> list[str]:
    """The address in its parts as Singapore writes it: block, street and unit
    (``661 JALAN DAMAI #01-129``), the building, ``Singapore`` and the postal code."""
    street = " ".join(p for p in (_f(row, "BLK_HSE_NO"), _f(row, "STREET_NAM"), unit(row)) if p)
    return [p for p in (street, _f(row, "BUILDING_N"), f"Singapore {_f(row, 'POSTAL_CD')}") if p]


def _schemes(row: dict[str, Any]) -> str:
    return _f(row, "CLINIC_PRO").replace(",", ", ")


# -- the formats' escapes ---------------------------------------------------------------------

_CONTEXT = {
    "\\": "\\letterbackslash{}", "#": "\\#", "&": "\\&", "%": "\\%", "$": "\\$", "_": "\\_",
    "{": "\\{", "}": "\\}", "~": "\\lettertilde{}", "^": "\\letterhat{}", "|": "\\letterbar{}",
}  # fmt: skip
_LOUT_SPECIAL = re.compile(r'[#&/@\\^{}|~"]')


def pod_text(value: str) -> str:
    """``value`` in an ordinary POD paragraph (``<`` and ``>`` as ``E<lt>``/``E<gt>``)."""
    return "".join({"<": "E<lt>", ">": "E<gt>"}.get(c, c) for c in value)


def context_text(value: str) -> str:
    """``value`` as ConTeXt text, its special characters escaped."""
    return "".join(_CONTEXT.get(c, c) for c in value)


def lout_text(value: str) -> str:
    """``value`` as Lout words: a word with one of Lout's symbols (``#`` would start a
    comment, ``/``, ``&``, ``@`` and the braces are operators) in double quotes, ``"`` and
    ``\\`` escaped in it, a trailing comma or stop left outside)."""
    words = []
    for word in value.split(" "):
        body, tail = re.fullmatch(r"(.*?)([,.;:]*)", word).groups()
        if _LOUT_SPECIAL.search(body):
            body = '"' + body.replace("\\", "\\\\").replace('"', '\\"') + '"'
        words.append(body + tail)
    return " ".join(words)


def xml_text(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


ESCAPES: dict[str, Callable[[str], str]] = {
    "pod_module": pod_text,
    "context_notice": context_text,
    "mallard_page": xml_text,
    "lout_sheet": lout_text,
}


# -- the layouts ------------------------------------------------------------------------------


def pod_module(row: dict[str, Any], rng: random.Random) -> str:
    """POD of an invented per-clinic data module (``SG::CHAS::Clinic::C<code>``): ``NAME``,
    ``VERSION`` (an invented version and date, the layer's update date), a verbatim
    ``SYNOPSIS`` whose comment gives the number, a ``DESCRIPTION`` with the licence type and
    schemes, a ``CONTACT`` list (``=over``/``=item``: code, address, telephone, coordinates,
    object id and CRC), ``SEE ALSO`` links and ``=cut``."""
    code, name, tel = _f(row, "HCI_CODE"), _f(row, "HCI_NAME"), phone(row)
    module = f"SG::CHAS::Clinic::C{code}"
    when = _when(rng)
    version = f"{rng.randint(0, 2)}.{rng.randint(1, 40):02d}"
    licence = LICENCES.get(_f(row, "LICENCE_TY"), _f(row, "LICENCE_TY"))
    address = ", ".join(address_parts(row))
    lines = [
        "=encoding UTF-8",
        "",
        "=head1 NAME",
        "",
        f"{module} - {pod_text(name)}, a clinic of the Community Health Assist Scheme",
        "",
        "=head1 VERSION",
        "",
        f"Version {version}, built on {when:%Y-%m-%d} from the Ministry of Health's CHAS "
        f"Clinics layer (features updated {_f(row, 'FMEL_UPD_D')}).",
        "",
        "=head1 SYNOPSIS",
        "",
        f"    use {module};",
        "",
        f"    my $clinic = {module}->new;",
        f'    print $clinic->telephone, "\\n";    # {tel}',
        f'    print $clinic->postal_code, "\\n";  # {_f(row, "POSTAL_CD")}',
        "",
        "=head1 DESCRIPTION",
        "",
        f"B<{pod_text(name)}> is a {licence} (licence type C<{_f(row, 'LICENCE_TY')}>) that "
        f"takes part in C<{_f(row, 'CLINIC_PRO')}>. {rng.choice(ADVICE)}",
        "",
        "=head1 CONTACT",
        "",
        "=over 4",
        "",
        "=item HCI code",
        "",
        f"C<{code}>",
        "",
        "=item Address",
        "",
        pod_text(address),
        "",
        "=item Telephone",
        "",
        tel,
        "",
        "=item Location",
        "",
        f"SVY21 X {_f(row, 'X_COORDINA')}, Y {_f(row, 'Y_COORDINA')}; WGS 84 longitude "
        f"{_f(row, 'longitude')}, latitude {_f(row, 'latitude')}",
        "",
        "=item Record",
        "",
        f"Object id {_f(row, 'OBJECTID')}, CRC C<{_f(row, 'INC_CRC')}>",
        "",
        "=back",
        "",
        "=head1 SEE ALSO",
        "",
        "L<SG::CHAS>, L<SG::CHAS::Clinic>, L<https://www.chas.sg/>",
        "",
        "=cut",
        "",
    ]
    return "\n".join(lines)


def context_notice(row: dict[str, Any], rng: random.Random) -> str:
    """A ConTeXt source of a printed A5 notice of the clinic: a comment with an invented
    notice number and date, the setups, a section titled with the name, a ``tabulate`` table
    (code, licence, schemes, address, telephone, coordinates), an ``itemize`` of advice whose
    last item repeats the number, and a small footer with an invented page number and the
    layer's update date."""
    name, tel = _f(row, "HCI_NAME"), phone(row)
    when = _when(rng)
    notice = rng.randint(100, 2999)
    licence = LICENCES.get(_f(row, "LICENCE_TY"), _f(row, "LICENCE_TY"))
    advice = rng.sample(ADVICE, 2)
    lines = [
        f"% CHAS clinic notice {notice}, typeset {when:%Y-%m-%d %H:%M}",
        "\\mainlanguage[en]",
        "\\setuppapersize[A5]",
        "\\setupbodyfont[dejavu,10pt]",
        "\\setupwhitespace[medium]",
        "",
        "\\starttext",
        "",
        f"\\startsection[title={{{context_text(name)}}}]",
        "",
        f"This {licence} takes part in the Community Health Assist Scheme "
        f"({context_text(_schemes(row))}).",
        "",
        "\\starttabulate[|l|p|]",
        f"\\NC HCI code \\NC {_f(row, 'HCI_CODE')} \\NC\\NR",
        f"\\NC Licence \\NC {_f(row, 'LICENCE_TY')} \\NC\\NR",
        f"\\NC Address \\NC {context_text(', '.join(address_parts(row)))} \\NC\\NR",
        f"\\NC Telephone \\NC {tel} \\NC\\NR",
        f"\\NC Location \\NC {_f(row, 'latitude')} N, {_f(row, 'longitude')} E \\NC\\NR",
        f"\\NC SVY21 \\NC {_f(row, 'X_COORDINA')}, {_f(row, 'Y_COORDINA')} \\NC\\NR",
        "\\stoptabulate",
        "",
        "\\startitemize[packed]",
        *(f"\\item {line}" for line in advice),
        f"\\item Call {tel} to ask about waiting times before you come.",
        "\\stopitemize",
        "",
        f"{{\\tfx Notice {notice} \\emdash\\ page {rng.randint(1, 40)} \\emdash\\ "
        f"layer updated {_f(row, 'FMEL_UPD_D')}}}",
        "",
        "\\stopsection",
        "",
        "\\stoptext",
        "",
    ]
    return "\n".join(lines)


def mallard_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Mallard 1.0 topic page of an invented clinic help guide: ``<info>`` with a guide
    link, an invented ``revision`` (version, date) and ``desc`` of the address, the name as
    title, a paragraph of the licence and schemes, a ``<terms>`` list (code, address,
    telephone, location, postal code) and a ``<note>`` repeating the number."""
    code, name, tel = _f(row, "HCI_CODE"), _f(row, "HCI_NAME"), phone(row)
    when = _when(rng)
    licence = LICENCES.get(_f(row, "LICENCE_TY"), _f(row, "LICENCE_TY"))
    street = _f(row, "STREET_NAM")
    guide = "clinics-" + re.sub(r"[^a-z0-9]+", "-", street.lower()).strip("-")
    items = [
        ("HCI code", f"<code>{code}</code>"),
        ("Address", xml_text(", ".join(address_parts(row)))),
        ("Telephone", tel),
        ("Location", f"{_f(row, 'latitude')}, {_f(row, 'longitude')}"),
        ("Postal code", _f(row, "POSTAL_CD")),
    ]
    terms = []
    for title, body in items:
        terms += [
            "    <item>",
            f"      <title>{title}</title>",
            f"      <p>{body}</p>",
            "    </item>",
        ]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<page xmlns="http://projectmallard.org/1.0/" type="topic" id="chas-{code.lower()}">',
        "  <info>",
        f'    <link type="guide" xref="{guide}" group="clinics"/>',
        f'    <revision version="{rng.randint(1, 3)}.{rng.randint(0, 9)}" '
        f'date="{when:%Y-%m-%d}" status="{rng.choice(("final", "review"))}"/>',
        f"    <desc>{xml_text(licence.capitalize())} at {xml_text(street)}, Singapore "
        f"{_f(row, 'POSTAL_CD')}</desc>",
        "  </info>",
        f"  <title>{xml_text(name)}</title>",
        f"  <p>This {licence} takes part in the Community Health Assist Scheme "
        f"(<em>{xml_text(_schemes(row))}</em>). {rng.choice(ADVICE)}</p>",
        "  <terms>",
        *terms,
        "  </terms>",
        '  <note style="tip">',
        f"    <p>Call {tel} before you visit; the details were last updated on "
        f"{_f(row, 'FMEL_UPD_D')}.</p>",
        "  </note>",
        "</page>",
        "",
    ]
    return "\n".join(lines)


def lout_sheet(row: dict[str, Any], rng: random.Random) -> str:
    """A Lout document of one sheet of an invented clinic register: a comment with an invented
    sheet number and date, ``@SysInclude { doc }``, ``@Doc @Text @Begin``, the name as
    ``@Display @Heading``, a paragraph of the licence and schemes, a ``@TaggedList`` (code,
    address, telephone, coordinates, object id), a ``@PP`` paragraph repeating the number and
    an italic footer with an invented revision and the layer's update date."""
    code, name, tel = _f(row, "HCI_CODE"), _f(row, "HCI_NAME"), phone(row)
    when = _when(rng)
    sheet = rng.randint(1, 480)
    licence = LICENCES.get(_f(row, "LICENCE_TY"), _f(row, "LICENCE_TY"))
    lines = [
        f"# CHAS clinic register, sheet {sheet}, generated {when:%Y-%m-%d}",
        "@SysInclude { doc }",
        "@Doc @Text @Begin",
        "",
        f"@Display @Heading {{ {lout_text(name)} }}",
        "",
        "@LP",
        f"This {licence} takes part in the Community Health Assist Scheme",
        f"({lout_text(_schemes(row))}).",
        "",
        "@TaggedList",
        f"@TagItem {{ HCI code }} {{ {code} }}",
        f"@TagItem {{ Address }} {{ {lout_text(', '.join(address_parts(row)))} }}",
        f"@TagItem {{ Telephone }} {{ {tel} }}",
        f"@TagItem {{ Location }} {{ {_f(row, 'latitude')} N, {_f(row, 'longitude')} E }}",
        f"@TagItem {{ Record }} {{ object {_f(row, 'OBJECTID')}, CRC {_f(row, 'INC_CRC')} }}",
        "@EndList",
        "",
        "@PP",
        f"Please call {tel} to confirm the opening hours before a visit.",
        lout_text(rng.choice(ADVICE)),
        "",
        "@LP",
        f"@I {{ Revision {rng.randint(1, 12)}; layer updated "
        f"{lout_text(_f(row, 'FMEL_UPD_D'))}. }}",
        "",
        "@End @Text",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "pod_module": pod_module,
    "context_notice": context_notice,
    "mallard_page": mallard_page,
    "lout_sheet": lout_sheet,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    text = BLOCKS[layout](row, rng)
    assert text.count(phone(row)) == 2, (row["path"], layout)
    block = labelled(row, text)
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
