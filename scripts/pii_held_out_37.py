"""held_out_37 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Hungary) exactly as published, in statistics and science data formats no
earlier part has, beside the row's real identifiers, postcodes, bed counts and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_34`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ and ID;
here:

* the values are the phone fields of Hungarian hospitals in Eurostat GISCO's
  healthcare-services data (``scripts/data/pii_hu_hospitals.json``, written by
  ``scripts/hu_hospitals_data.py``; source and licence in that file, and why not Finland):
  numbers as each hospital gave them, the area code without the trunk prefix ``06`` before a
  hyphen, the line in one run or in groups (``1-4222704``, ``72-533105``, ``69-511-150``,
  ``93-502 000``), each copy labelled; the file gives no e-mail address;
* the text around them is the same row's real fields: its provider id (``1052``, ``A316``),
  its four-digit postcode (``7700``), house number, bed count, coordinates and the dataset's
  reference and publication dates, with invented row names, dates and times, unlabelled and
  scored;
* in layouts no earlier part has, labels in Hungarian: an R ``dput()`` of the row as a
  one-row ``data.frame`` (``telefon = "69-511-150"``, integers with ``L``, lines broken as
  ``deparse`` breaks them), a SAS ``DATA`` step reading the row from ``DATALINES`` (``|``
  delimited, ``LABEL telefon = 'Telefonszám'``), SPSS command syntax (``DATA LIST``, ``BEGIN
  DATA``, ``VARIABLE LABELS`` and ``VALUE LABELS`` in Hungarian), and a NetCDF file as
  ``ncdump`` prints it in CDL (the phone in the ``:telefon`` global attribute, the bed count a
  variable with a ``_FillValue``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_37.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_hu_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_37.jsonl.gz"
SPLIT = "held_out_37"

LAYOUTS = ("r_dput", "sas_datalines", "spss_syntax", "netcdf_cdl")
PHONE = "tel"
# R's deparse breaks a line once it has passed this many bytes (``width.cutoff``)
R_CUTOFF = 70


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _street(row: dict[str, Any]) -> str:
    return " ".join(p for p in (_f(row, "street"), _f(row, "house_number")) if p)


def _when(rng: random.Random) -> datetime.datetime:
    """An invented moment (UTC) of the months after the dataset's publication (April 2020)."""
    start = datetime.datetime(2020, 5, 1, tzinfo=datetime.UTC)
    return start + datetime.timedelta(seconds=rng.randint(0, 400 * 86400))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field labelled (each number in it by
    ``labelled_record``). Each copy stands apart (no digit next to it), so a copy is never part
    of another value."""
    value = phone(row)
    return phone_copies(text, value, PHONE, row["path"])


def _r_str(value: str) -> str:
    """An R character constant as ``deparse`` writes it."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _r_num(value: str) -> str:
    """A double as ``deparse`` writes it (15 significant digits), NA where empty."""
    return f"{float(value):.15g}" if value else "NA"


def _r_int(value: str) -> str:
    """An integer as ``deparse`` writes it (``300L``), NA where empty."""
    return f"{int(value)}L" if value else "NA"


def r_dput(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital's row as R's ``dput()`` prints a one-row ``data.frame`` read from the CSV
    and renamed to Hungarian columns: ``structure(list(...), row.names = ...L, class =
    "data.frame")``, strings quoted, the postcode and bed count integers with ``L``, the
    coordinates doubles, a line broken once it passes 70 bytes and continued after four
    spaces, as ``deparse`` breaks it; the row name is an invented row number of the subset."""
    items = [
        f"azonosito = {_r_str(_f(row, 'id'))}",
        f"korhaz = {_r_str(_f(row, 'hospital_name'))}",
        f"utca = {_r_str(_f(row, 'street'))}",
        f"hazszam = {_r_str(_f(row, 'house_number'))}",
        f"iranyitoszam = {_r_int(_f(row, 'postcode'))}",
        f"telepules = {_r_str(_f(row, 'city'))}",
        f"telefon = {_r_str(phone(row))}",
        f"agyszam = {_r_int(_f(row, 'cap_beds'))}",
        f"szelesseg = {_r_num(_f(row, 'lat'))}",
        f"hosszusag = {_r_num(_f(row, 'lon'))}",
        f"vonatkozasi_datum = {_r_str(_f(row, 'ref_date'))}",
        f"kozzetetel = {_r_str(_f(row, 'pub_date'))}",
    ]
    items[-1] += ")"
    items += [f"row.names = {rng.randint(1, 135)}L", 'class = "data.frame")']
    lines, line = [], "structure(list("
    for i, item in enumerate(items):
        line += item + (", " if i < len(items) - 1 else "")
        if len(line.encode("utf-8")) > R_CUTOFF and i < len(items) - 1:
            lines.append(line)
            line = "    "
    lines.append(line)
    return "\n".join(lines) + "\n"


def _dsd(value: str) -> str:
    """A DATALINES field as the DSD option reads it: quoted where it holds a quote."""
    return '"' + value.replace('"', '""') + '"' if '"' in value else value


def sas_datalines(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a SAS program reads it in: a comment with the source and an invented
    run date, ``DATA work.korhazak;`` with ``INFILE DATALINES DLM='|' DSD TRUNCOVER``,
    ``LENGTH``, ``INPUT``, Hungarian ``LABEL``s (``telefon = 'Telefonszám'``), ``FORMAT``, the
    row after ``DATALINES;`` and a ``PROC PRINT`` of it."""
    fields = [
        _f(row, "id"),
        _f(row, "hospital_name"),
        _f(row, "postcode"),
        _f(row, "city"),
        _street(row),
        phone(row),
        _f(row, "cap_beds"),
        _f(row, "lat"),
        _f(row, "lon"),
        _f(row, "ref_date"),
    ]
    run = _when(rng)
    lines = [
        "/* Magyarországi kórházak - Eurostat GISCO egészségügyi szolgáltatások (HU),",
        f"   közzétéve {_f(row, 'pub_date')}; beolvasva {run.strftime('%d%b%Y').upper()}. */",
        "data work.korhazak;",
        "  infile datalines dlm='|' dsd truncover;",
        "  length azonosito $4 korhaz $120 iranyitoszam 8 telepules $40 cim $80",
        "         telefon $20 agyszam 8 szelesseg 8 hosszusag 8 vonatk_datum $10;",
        "  input azonosito $ korhaz $ iranyitoszam telepules $ cim $ telefon $",
        "        agyszam szelesseg hosszusag vonatk_datum $;",
        "  label azonosito    = 'Intézményazonosító'",
        "        korhaz       = 'Kórház neve'",
        "        iranyitoszam = 'Irányítószám'",
        "        telepules    = 'Település'",
        "        cim          = 'Cím'",
        "        telefon      = 'Telefonszám'",
        "        agyszam      = 'Ágyszám'",
        "        szelesseg    = 'Földrajzi szélesség'",
        "        hosszusag    = 'Földrajzi hosszúság'",
        "        vonatk_datum = 'Vonatkozási dátum';",
        "  format szelesseg hosszusag 12.7;",
        "datalines;",
        "|".join(_dsd(v) for v in fields),
        ";",
        "run;",
        "",
        "proc print data=work.korhazak label noobs;",
        "  var azonosito korhaz telefon agyszam;",
        "run;",
        "",
    ]
    return "\n".join(lines)


def _spss_str(value: str) -> str:
    """An SPSS string in double quotes (an inner quote doubled)."""
    return '"' + value.replace('"', '""') + '"'


def spss_syntax(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as an SPSS syntax file builds it: a comment, ``DATA LIST LIST(",")`` with
    formats, the row between ``BEGIN DATA`` and ``END DATA``, Hungarian ``VARIABLE LABELS``,
    ``VALUE LABELS`` for the derived ``budapest`` flag (postcodes 1xxx are the capital's),
    ``MISSING VALUES`` and a ``SAVE OUTFILE``; an invented date in the comment."""
    postcode = _f(row, "postcode")
    values = [
        _spss_str(_f(row, "id")),
        _spss_str(_f(row, "hospital_name")),
        postcode,
        _spss_str(_f(row, "city")),
        _spss_str(_street(row)),
        _spss_str(phone(row)),
        _f(row, "cap_beds") or "-1",
        _f(row, "lat"),
        _f(row, "lon"),
        "1" if postcode.startswith("1") and len(postcode) == 4 else "0",
    ]
    lines = [
        f"* Kórházak (HU), Eurostat GISCO, vonatkozási dátum {_f(row, 'ref_date')}.",
        f"* Szintaxis készült: {_when(rng):%Y.%m.%d.}",
        "",
        'DATA LIST LIST(",")',
        "  /azon (A4) nev (A120) irsz (F4.0) telep (A40) cim (A80) telefon (A20)",
        "   agy (F5.0) szel (F12.7) hossz (F12.7) budapest (F1.0).",
        "BEGIN DATA",
        ",".join(values),
        "END DATA.",
        "",
        "VARIABLE LABELS",
        "  azon 'Intézményazonosító'",
        "  /nev 'Kórház neve'",
        "  /irsz 'Irányítószám'",
        "  /telep 'Település'",
        "  /cim 'Cím'",
        "  /telefon 'Telefonszám (körzetszám-hívószám)'",
        "  /agy 'Ágyszám'",
        "  /szel 'Földrajzi szélesség'",
        "  /hossz 'Földrajzi hosszúság'",
        "  /budapest 'Budapesti intézmény'.",
        "VALUE LABELS budapest",
        "  0 'Vidéki'",
        "  1 'Budapesti'.",
        "VALUE LABELS agy -1 'Nincs adat'.",
        "MISSING VALUES agy (-1).",
        "SAVE OUTFILE='korhazak_hu.sav'.",
        "EXECUTE.",
        "",
    ]
    return "\n".join(lines)


def _cdl_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def netcdf_cdl(row: dict[str, Any], rng: random.Random) -> str:
    """The hospital as a one-station NetCDF file printed by ``ncdump`` (CDL): dimensions,
    CF-style variables for the coordinates and the bed count (``_`` where the count is
    missing, its ``_FillValue``), Hungarian global attributes (``:intezmeny_azonosito``,
    ``:cim``, ``:telefon``, ``:vonatkozasi_datum``) and an invented ``:history`` and
    ``:date_created``, then the ``data:`` section."""
    when = _when(rng)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    beds = _f(row, "cap_beds")
    address = f"{_street(row)}, {_f(row, 'postcode')} {_f(row, 'city')}"
    name = f"korhaz_{re.sub(r'[^A-Za-z0-9]', '_', _f(row, 'id'))}"
    lines = [
        f"netcdf {name} {{",
        "dimensions:",
        "\tstation = 1 ;",
        f"\tname_strlen = {len(_f(row, 'id'))} ;",
        "variables:",
        "\tdouble lat(station) ;",
        '\t\tlat:standard_name = "latitude" ;',
        '\t\tlat:long_name = "földrajzi szélesség" ;',
        '\t\tlat:units = "degrees_north" ;',
        "\tdouble lon(station) ;",
        '\t\tlon:standard_name = "longitude" ;',
        '\t\tlon:long_name = "földrajzi hosszúság" ;',
        '\t\tlon:units = "degrees_east" ;',
        "\tint agyszam(station) ;",
        '\t\tagyszam:long_name = "ágyszám" ;',
        '\t\tagyszam:units = "1" ;',
        "\t\tagyszam:_FillValue = -1 ;",
        '\t\tagyszam:coordinates = "lat lon" ;',
        "\tchar station_id(station, name_strlen) ;",
        '\t\tstation_id:cf_role = "timeseries_id" ;',
        '\t\tstation_id:long_name = "intézményazonosító" ;',
        "",
        "// global attributes:",
        '\t\t:Conventions = "CF-1.8" ;',
        '\t\t:featureType = "point" ;',
        f"\t\t:title = {_cdl_str(_f(row, 'hospital_name'))} ;",
        '\t\t:source = "Eurostat GISCO, healthcare services (HU)" ;',
        f"\t\t:intezmeny_azonosito = {_cdl_str(_f(row, 'id'))} ;",
        f"\t\t:cim = {_cdl_str(address)} ;",
        f"\t\t:telefon = {_cdl_str(phone(row))} ;",
        f"\t\t:vonatkozasi_datum = {_cdl_str(_f(row, 'ref_date'))} ;",
        f"\t\t:kozzetetel_datuma = {_cdl_str(_f(row, 'pub_date'))} ;",
        f'\t\t:date_created = "{stamp}" ;',
        f'\t\t:history = "{when:%a %b %d %H:%M:%S %Y}: ncgen -b {name}.cdl" ;',
        "data:",
        "",
        f" lat = {_f(row, 'lat')} ;",
        "",
        f" lon = {_f(row, 'lon')} ;",
        "",
        f" agyszam = {beds or '_'} ;",
        "",
        " station_id =",
        f"  {_cdl_str(_f(row, 'id'))} ;",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "r_dput": r_dput,
    "sas_datalines": sas_datalines,
    "spss_syntax": spss_syntax,
    "netcdf_cdl": netcdf_cdl,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
