"""held_out_163 of the PII evaluation set: real phone fields of a register no earlier part used
(Istanbul Metropolitan Municipality's open data set of Istanbul's health institutions; Turkey's
earlier part took Edirne's pharmacies on a duty-pharmacy application's list) exactly as
published, in layouts no earlier part has, beside the register's own names, addresses, codes and
coordinates.

The procedure of ``held_out_122``, on another register and other layouts; here:

* the values are the ``TELEFON`` fields of 480 health institutions of Istanbul
  (``scripts/data/pii_tr_ibb_health_institutions.json``, written by
  ``scripts/tr_ibb_health_institutions_data.py``; source and licence in that file): Turkish
  numbers as the municipality writes them (``0216 347 49 42``; two or three after `` - ``; a
  second line's last digits after `` - ``, ``0212 533 34 61 - 68``, those two digits neither
  labelled nor a distractor; mobile numbers; nationwide ``444`` numbers; a few with the area
  code in brackets), each number of each copy labelled by ``pii_held_out_14.numbers``;
* the text around them is the same row's real fields, its Turkish letters read back from the
  file's Windows-1252 reading of Windows-1254 bytes: the name, sub-category, district and its
  UAVT code, neighbourhood, address, web site, emergency-service, bed and ambulance fields and
  coordinates, with the file's record number and invented dates and versions, unlabelled;
* in layouts no earlier part has, configuration and data-entry formats, text in Turkish: Pkl
  modules (a typed ``class`` and an object of it, the number in a ``telefon`` property and a
  doc comment), NestedText documents (a dictionary with a nested ``konum`` and a list of
  notes), JSON5 files (unquoted keys, single-quoted strings, comments, trailing commas) and
  Fortran namelist input files (a ``&saglik_tesisi`` group, character constants in
  apostrophes, ``!`` comments).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_163.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tr_ibb_health_institutions.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_163.jsonl.gz"
SPLIT = "held_out_163"

LAYOUTS = ("pkl_module", "nestedtext_doc", "json5_file", "fortran_namelist")
PHONE = "TELEFON"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented notes of a clinic-guide maintainer (no real remark is meant)
NOTES = (
    "Randevu için önceden aranması önerilir.",
    "Bilgiler İBB açık verisinden aktarılmıştır.",
    "Adres ve telefon bilgisi yıllık olarak gözden geçirilir.",
    "Hafta sonu çalışma saatleri için telefonla bilgi alınız.",
    "Engelli erişimi bilgisi henüz doğrulanmadı.",
)


def turkish(value: str) -> str:
    """A field of the file with its Turkish letters back (the file holds Windows-1254 bytes
    read as Windows-1252: ``Kliniði`` is ``Kliniği``)."""
    return value.encode("cp1252").decode("cp1254")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped, its Turkish letters back ("" where empty)."""
    return turkish((row["fields"].get(key) or "").strip())


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return row["fields"][PHONE].strip()


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Istanbul time)."""
    start = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _number(row: dict[str, Any], key: str) -> str:
    """A numeric field as published ("" where empty)."""
    return _f(row, key)


def _ident(value: str) -> str:
    """An ASCII identifier made of a name (for module, key and group names)."""
    table = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")
    out = "".join(c if c.isalnum() else "_" for c in value.translate(table))
    return "_".join(part for part in out.split("_") if part).lower() or "tesis"


def _dq(value: str) -> str:
    """``value`` as a double-quoted Pkl string (``\\``, ``"`` escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _sq(value: str) -> str:
    """``value`` as a single-quoted JSON5 string (``\\``, ``'`` escaped)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fq(value: str) -> str:
    """``value`` as a Fortran character constant (apostrophes doubled)."""
    return "'" + value.replace("'", "''") + "'"


def pkl_module(row: dict[str, Any], rng: random.Random) -> str:
    """A Pkl module of a clinic guide: a doc comment naming the number, a ``module`` name
    from the district, a typed ``class SaglikTesisi`` and one object of it (the record
    number, name, sub-category, district and UAVT code, neighbourhood, address, web site,
    ``telefon``, a ``konum`` of the coordinates, bed count), and an invented update date."""
    name, tel = _f(row, "ADI"), phone(row)
    when = _when(rng)
    lines = [
        f"/// {name} — İBB sağlık kurum ve kuruluşları kaydı.",
        f"/// İletişim: {tel}",
        f"module tr.istanbul.saglik.{_ident(_f(row, 'ILCE_ADI'))}",
        "",
        "class Konum {",
        "  enlem: Float",
        "  boylam: Float",
        "}",
        "",
        "class SaglikTesisi {",
        "  kayitNo: Int",
        "  adi: String",
        "  altKategori: String",
        "  ilce: String",
        "  ilceUavt: Int",
        "  mahalle: String?",
        "  adres: String",
        "  webSitesi: String?",
        "  telefon: String",
        "  konum: Konum?",
        "  yatak: Int?",
        "}",
        "",
        "tesis: SaglikTesisi = new {",
        f"  kayitNo = {_number(row, '_id')}",
        f"  adi = {_dq(name)}",
        f"  altKategori = {_dq(_f(row, 'ALT_KATEGORI'))}",
        f"  ilce = {_dq(_f(row, 'ILCE_ADI'))}",
        f"  ilceUavt = {_number(row, 'ILCE_UAVT')}",
    ]
    if _f(row, "MAHALLE"):
        lines.append(f"  mahalle = {_dq(_f(row, 'MAHALLE'))}")
    lines.append(f"  adres = {_dq(_f(row, 'ADRES'))}")
    if _f(row, "WEBSITESI"):
        lines.append(f"  webSitesi = {_dq(_f(row, 'WEBSITESI'))}")
    lines.append(f"  telefon = {_dq(tel)}")
    if _f(row, "ENLEM") and _f(row, "BOYLAM"):
        lines += [
            "  konum {",
            f"    enlem = {_f(row, 'ENLEM')}",
            f"    boylam = {_f(row, 'BOYLAM')}",
            "  }",
        ]
    if _f(row, "YATAK").isdigit():
        lines.append(f"  yatak = {_f(row, 'YATAK')}")
    lines += ["}", "", f'guncelleme: String = "{when:%Y-%m-%d}"', ""]
    return "\n".join(lines)


def nestedtext_doc(row: dict[str, Any], rng: random.Random) -> str:
    """A NestedText document of a volunteer's health-guide entry: ``#`` comments, a dictionary
    of the name, sub-category, district, neighbourhood, address, ``telefon``, web site, the
    emergency-service and ambulance fields, a nested ``konum`` and a list of ``notlar``, one
    naming the number again."""
    name, tel = _f(row, "ADI"), phone(row)
    when = _when(rng)
    lines = [
        "# İstanbul sağlık rehberi — tesis kaydı",
        f"# kaynak: İBB açık veri, kayıt {_number(row, '_id')}",
        f"adı: {name}",
        f"kategori: {_f(row, 'ALT_KATEGORI')}",
        f"ilçe: {_f(row, 'ILCE_ADI')}",
    ]
    if _f(row, "MAHALLE"):
        lines.append(f"mahalle: {_f(row, 'MAHALLE')}")
    lines += [f"adres: {_f(row, 'ADRES')}", f"telefon: {tel}"]
    if _f(row, "WEBSITESI"):
        lines.append(f"web: {_f(row, 'WEBSITESI')}")
    for key, label in (("ACIL_SERVIS", "acil servis"), ("AMBULANS", "ambulans")):
        if _f(row, key):
            lines.append(f"{label}: {_f(row, key)}")
    if _f(row, "ENLEM") and _f(row, "BOYLAM"):
        lines += ["konum:", f"    enlem: {_f(row, 'ENLEM')}", f"    boylam: {_f(row, 'BOYLAM')}"]
    lines += [
        "notlar:",
        f"    - Ulaşmak için {tel} numarasını arayınız.",
        f"    - {rng.choice(NOTES)}",
        f"güncelleme: {when:%d.%m.%Y}",
        "",
    ]
    return "\n".join(lines)


def json5_file(row: dict[str, Any], rng: random.Random) -> str:
    """A JSON5 data file of a map application's point of interest: a ``//`` header comment,
    unquoted keys, single-quoted strings, the record number, name, sub-category, district and
    UAVT code, address, ``telefon``, a ``/* */`` comment, ``konum`` as [longitude, latitude],
    the bed count, a description naming the number again, and trailing commas."""
    name, tel = _f(row, "ADI"), phone(row)
    district = _f(row, "ILCE_ADI")
    when = _when(rng)
    lines = [
        "// İBB açık veri: İstanbul sağlık kurum ve kuruluşları",
        f"// {when:%Y-%m-%d} tarihinde dönüştürüldü",
        "{",
        f"  kayitNo: {_number(row, '_id')},",
        f"  ad: {_sq(name)},",
        f"  kategori: {_sq(_f(row, 'ALT_KATEGORI'))},",
        f"  ilce: {_sq(_f(row, 'ILCE_ADI'))},",
        f"  ilceUavt: {_number(row, 'ILCE_UAVT')},",
        f"  adres: {_sq(_f(row, 'ADRES'))},",
        f"  telefon: {_sq(tel)},",
    ]
    if _f(row, "WEBSITESI"):
        lines.append(f"  web: {_sq(_f(row, 'WEBSITESI'))},")
    if _f(row, "ENLEM") and _f(row, "BOYLAM"):
        lines += [
            "  /* boylam, enlem (WGS 84) */",
            f"  konum: [{_f(row, 'BOYLAM')}, {_f(row, 'ENLEM')}],",
        ]
    if _f(row, "YATAK").isdigit():
        lines.append(f"  yatak: {_f(row, 'YATAK')},")
    lines += [
        f"  aciklama: {_sq(f'{name} ({district}). Telefon: {tel}')},",
        f"  surum: {rng.randint(1, 5)},",
        "}",
        "",
    ]
    return "\n".join(lines)


def fortran_namelist(row: dict[str, Any], rng: random.Random) -> str:
    """A Fortran namelist input file of an accessibility model's facility list: ``!``
    comments, a ``&saglik_tesisi`` group of the record number, UAVT code, name, sub-category,
    district, address, ``telefon`` as character constants, the coordinates and bed count as
    reals and integers, a note naming the number again, closed by ``/``."""
    name, tel = _f(row, "ADI"), phone(row)
    when = _when(rng)
    lines = [
        "! erisilebilirlik modeli - saglik tesisi girdisi",
        f"! olusturma: {when:%Y-%m-%d %H:%M}, kaynak: IBB acik veri",
        "&saglik_tesisi",
        f"  kayit_no = {_number(row, '_id')},",
        f"  ilce_uavt = {_number(row, 'ILCE_UAVT')},",
        f"  adi = {_fq(name)},",
        f"  kategori = {_fq(_f(row, 'ALT_KATEGORI'))},",
        f"  ilce = {_fq(_f(row, 'ILCE_ADI'))},",
        f"  adres = {_fq(_f(row, 'ADRES'))},",
        f"  telefon = {_fq(tel)},",
    ]
    if _f(row, "ENLEM") and _f(row, "BOYLAM"):
        lines += [f"  enlem = {_f(row, 'ENLEM')},", f"  boylam = {_f(row, 'BOYLAM')},"]
    if _f(row, "YATAK").isdigit():
        lines.append(f"  yatak = {_f(row, 'YATAK')},")
    lines += [
        f"  notu = {_fq(f'Bilgi ve randevu: {tel}')},",
        f"  agirlik = {rng.randint(1, 9)}.{rng.randint(0, 9)},",
        "/",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "pkl_module": pkl_module,
    "nestedtext_doc": nestedtext_doc,
    "json5_file": json5_file,
    "fortran_namelist": fortran_namelist,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
    labelled."""
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
