"""held_out_125 of the PII evaluation set: real phone fields of a list no earlier part used
(Lebanon's pharmacies that use the Ministry of Public Health's MediTrack drug-tracking system;
no earlier part took a Lebanese register) exactly as published, in layouts no earlier part has,
beside the list's own names and districts.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, IL, AE and many others; here:

* the values are the ``Phone`` fields of 600 pharmacies (a seeded sample of the 761 with a
  number; ``scripts/data/pii_lb_meditrack_pharmacies.json``, written by
  ``scripts/lb_meditrack_pharmacies_data.py``; source and licence in that file): Lebanese
  numbers as the list writes them, the two-digit area or mobile prefix and the line joined by
  a slash (``08/630075``, ``71/002791``), one to five in a field joined by ``; ``
  (``01/585011; 01/585005; 03/638323``), some without the slash (``70681178; 06/006020``),
  each number labelled on its own;
* the text around them is the same row's real fields: the pharmacy's name (Arabic, Latin or
  both) and its district (``الجنوب - صور``), with invented MediTrack site codes and licence
  numbers, months, monthly counts of scanned packs and alerts, means, dates and versions,
  unlabelled and scored;
* in layouts no earlier part has, statistics and data-exchange formats, text in Arabic: MATLAB
  / Octave scripts (a ``struct`` of the pharmacy with its ``'phone'`` field, a count vector,
  ``fprintf`` lines and a comment repeating the number), CSV on the Web metadata documents
  (``csv-metadata.json``: the pharmacy as ``dc:publisher`` with ``schema:telephone``, a
  ``dc:description`` repeating it, a ``tableSchema`` of the monthly counts), JSON-stat 2.0
  datasets (the counts as ``value`` over pharmacy, month and indicator dimensions, the number
  in an ``extension`` and a ``note``) and DDI Codebook 2.5 documents (the pharmacy as
  ``AuthEnty`` and ``contact`` with the number, a ``notes`` element repeating it, ``var``
  elements with summary statistics).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_125.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_lb_meditrack_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_125.jsonl.gz"
SPLIT = "held_out_125"

LAYOUTS = ("matlab_script", "csvw_metadata", "jsonstat_dataset", "ddi_codebook")
PHONE = "Phone"
MINISTRY = "وزارة الصحة العامة"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The pharmacy's name as published."""
    return _f(row, "Pharmacy Name")


def district(row: dict[str, Any]) -> str:
    """The pharmacy's district as published (governorate and caza)."""
    return _f(row, "District")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


class Site:
    """The invented MediTrack figures of one pharmacy: its site code and licence number, the
    day the data were updated, six months and their counts of scanned packs and alerts."""

    def __init__(self, rng: random.Random) -> None:
        self.code = f"MT-LB-{rng.randint(1, 99999):05d}"
        self.licence = rng.randint(1000, 9999)
        start = dt.date(2024, 9, 1) + dt.timedelta(days=31 * rng.randint(0, 10))
        self.months = [
            f"{start.year + (start.month - 1 + i) // 12}-{(start.month - 1 + i) % 12 + 1:02d}"
            for i in range(6)
        ]
        end = self.months[-1]
        self.updated = dt.date(int(end[:4]), int(end[5:]), 1) + dt.timedelta(
            days=31 + rng.randint(0, 20)
        )
        base = rng.randint(150, 900)
        self.scanned = [base + rng.randint(-120, 140) for _ in self.months]
        self.alerts = [rng.randint(0, 9) for _ in self.months]
        self.version = f"{rng.randint(1, 3)}.{rng.randint(0, 9)}"

    def mean(self) -> str:
        """The mean of the scanned packs, one decimal."""
        return f"{sum(self.scanned) / len(self.scanned):.1f}"


def _m(value: str) -> str:
    """``value`` inside a MATLAB single-quoted character vector."""
    return value.replace("'", "''")


def matlab_script(row: dict[str, Any], rng: random.Random) -> str:
    """A MATLAB / Octave script of the pharmacy's MediTrack figures: a header comment naming the
    list, a ``struct`` with the name, district, ``'phone'`` field as published, site code,
    licence number and update day (``datenum``), the months as a cell array and the scanned
    packs and alerts as row vectors, ``fprintf`` lines of the name and the mean, and a comment
    repeating the number."""
    site = Site(rng)
    tel = phone(row)
    months = ", ".join(f"'{m}'" for m in site.months)
    lines = [
        f"% meditrack_{site.code.lower().replace('-', '_')}.m",
        f"% صيدلية من لائحة الصيدليات التي تعتمد نظام تتبّع الأدوية MediTrack ({MINISTRY})",
        f"% آخر تحديث: {site.updated:%Y-%m-%d}، الإصدار {site.version}",
        "clear; clc;",
        "",
        "pharmacy = struct( ...",
        f"    'name', '{_m(name(row))}', ...",
        f"    'district', '{_m(district(row))}', ...",
        f"    'phone', '{tel}', ...",
        f"    'site', '{site.code}', ...",
        f"    'licence', {site.licence}, ...",
        f"    'updated', datenum({site.updated.year}, {site.updated.month}, {site.updated.day}));",
        "",
        f"months = {{{months}}};",
        f"scanned = [{' '.join(map(str, site.scanned))}];   % العبوات الممسوحة شهرياً",
        f"alerts = [{' '.join(map(str, site.alerts))}];   % التنبيهات",
        "",
        "fprintf('%s (%s)\\n', pharmacy.name, pharmacy.district);",
        "fprintf('متوسط العبوات الممسوحة: %.1f\\n', mean(scanned));",
        "fprintf('مجموع التنبيهات: %d\\n', sum(alerts));",
        f"% للاستفسار عن بيانات الصيدلية يرجى الاتصال على {tel}",
        "bar(categorical(months), scanned);",
        "title(pharmacy.name);",
        "",
    ]
    return "\n".join(lines)


def _json(value: Any) -> str:
    """A JSON document as the layouts write it: two-space indent, text unescaped."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def csvw_metadata(row: dict[str, Any], rng: random.Random) -> str:
    """A CSV on the Web metadata document (``csv-metadata.json``) of the pharmacy's monthly
    MediTrack counts: the ``@context`` with Arabic as its language, the table's ``url``, a
    ``dc:title``, a ``dc:description`` repeating the number, the pharmacy as ``dc:publisher``
    (``schema:name``, ``schema:telephone``, ``schema:address`` with the district as
    ``schema:addressRegion``), the site code as ``dc:identifier``, the update day as
    ``dc:modified``, and a ``tableSchema`` of the month, scanned packs and alerts columns."""
    site = Site(rng)
    tel = phone(row)
    doc = {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "ar"}],
        "url": f"meditrack-{site.code.lower()}.csv",
        "dc:title": f"عمليات المسح الشهرية في {name(row)}",
        "dc:description": f"عدد العبوات الممسوحة والتنبيهات شهرياً في {name(row)} "
        f"({district(row)}). للاستفسار: {tel}",
        "dc:identifier": site.code,
        "dc:publisher": {
            "schema:name": name(row),
            "schema:telephone": tel,
            "schema:address": {
                "schema:addressRegion": district(row),
                "schema:addressCountry": "LB",
            },
        },
        "dc:source": f"{MINISTRY} - MediTrack",
        "dc:modified": {"@value": f"{site.updated:%Y-%m-%d}", "@type": "xsd:date"},
        "tableSchema": {
            "columns": [
                {"name": "month", "titles": "الشهر", "datatype": "gYearMonth"},
                {"name": "scanned", "titles": "العبوات الممسوحة", "datatype": "integer"},
                {"name": "alerts", "titles": "التنبيهات", "datatype": "integer"},
                {
                    "name": "licence",
                    "titles": "رقم الترخيص",
                    "datatype": "integer",
                    "virtual": True,
                    "default": str(site.licence),
                },
            ],
            "primaryKey": "month",
        },
    }
    return _json(doc)


def jsonstat_dataset(row: dict[str, Any], rng: random.Random) -> str:
    """A JSON-stat 2.0 dataset of the pharmacy's counts: ``version``, ``class``, its
    ``label``, ``source`` and ``updated``, the ``id`` and ``size`` of its pharmacy, month and
    indicator dimensions (the pharmacy by its site code, labelled with its name), the counts
    as ``value`` (month by indicator), an ``extension`` with the district, licence and the
    number, and a ``note`` repeating the number."""
    site = Site(rng)
    tel = phone(row)
    values = [v for pair in zip(site.scanned, site.alerts, strict=True) for v in pair]
    doc = {
        "version": "2.0",
        "class": "dataset",
        "label": f"MediTrack: العبوات الممسوحة والتنبيهات - {name(row)}",
        "source": MINISTRY,
        "updated": f"{site.updated:%Y-%m-%d}",
        "id": ["pharmacy", "month", "indicator"],
        "size": [1, len(site.months), 2],
        "dimension": {
            "pharmacy": {
                "label": "الصيدلية",
                "category": {"index": {site.code: 0}, "label": {site.code: name(row)}},
            },
            "month": {
                "label": "الشهر",
                "category": {"index": site.months},
            },
            "indicator": {
                "label": "المؤشر",
                "category": {
                    "index": ["scanned", "alerts"],
                    "label": {"scanned": "العبوات الممسوحة", "alerts": "التنبيهات"},
                    "unit": {"scanned": {"decimals": 0}, "alerts": {"decimals": 0}},
                },
            },
        },
        "value": values,
        "extension": {
            "district": district(row),
            "licence": site.licence,
            "telephone": tel,
        },
        "note": [f"البيانات مقدّمة من {name(row)}، هاتف {tel}"],
    }
    return _json(doc)


def ddi_codebook(row: dict[str, Any], rng: random.Random) -> str:
    """A DDI Codebook 2.5 document of a study of the pharmacy's MediTrack use: ``docDscr`` with
    its production day, ``stdyDscr`` with the title, the site code as ``IDNo``, the pharmacy
    as ``AuthEnty`` (the Ministry its affiliation) and as ``contact`` with the number, the
    collection months, Lebanon and the district as coverage, a ``notes`` element repeating the
    number, and ``dataDscr`` with the two counted variables and their means and maxima."""
    site = Site(rng)
    tel, title = phone(row), escape(name(row))
    alerts_mean = f"{sum(site.alerts) / len(site.alerts):.2f}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<codeBook xmlns="ddi:codebook:2_5" version="2.5" ID="{site.code}" xml:lang="ar">',
        "  <docDscr>",
        "    <citation>",
        f"      <titlStmt><titl>دليل بيانات MediTrack - {title}</titl></titlStmt>",
        f'      <prodStmt><prodDate date="{site.updated:%Y-%m-%d}">{site.updated:%Y-%m-%d}'
        "</prodDate></prodStmt>",
        "    </citation>",
        "  </docDscr>",
        "  <stdyDscr>",
        "    <citation>",
        "      <titlStmt>",
        f"        <titl>استخدام نظام تتبّع الأدوية في {title}</titl>",
        f'        <IDNo agency="MOPH">{site.code}</IDNo>',
        "      </titlStmt>",
        "      <rspStmt>",
        f"        <AuthEnty affiliation={quoteattr(MINISTRY)}>{title}</AuthEnty>",
        "      </rspStmt>",
        "      <distStmt>",
        f"        <contact affiliation={quoteattr(district(row))}>{title} - هاتف: {tel}</contact>",
        f'        <distDate date="{site.updated:%Y-%m-%d}"/>',
        "      </distStmt>",
        f'      <verStmt><version date="{site.updated:%Y-%m-%d}">{site.version}</version>'
        "</verStmt>",
        "    </citation>",
        "    <stdyInfo>",
        "      <sumDscr>",
        f'        <collDate date="{site.months[0]}" event="start"/>',
        f'        <collDate date="{site.months[-1]}" event="end"/>',
        '        <nation abbr="LB">لبنان</nation>',
        f"        <geogCover>{escape(district(row))}</geogCover>",
        "      </sumDscr>",
        "    </stdyInfo>",
        "    <method>",
        "      <dataColl><collMode>مسح العبوات في الصيدلية</collMode></dataColl>",
        f"      <notes>للتواصل مع الصيدلية بشأن هذه البيانات: {tel}. رقم الترخيص "
        f"{site.licence}.</notes>",
        "    </method>",
        "  </stdyDscr>",
        "  <dataDscr>",
        '    <var ID="V1" name="scanned" intrvl="discrete">',
        "      <labl>العبوات الممسوحة</labl>",
        f'      <sumStat type="mean">{site.mean()}</sumStat>',
        f'      <sumStat type="max">{max(site.scanned)}</sumStat>',
        "    </var>",
        '    <var ID="V2" name="alerts" intrvl="discrete">',
        "      <labl>التنبيهات</labl>",
        f'      <sumStat type="mean">{alerts_mean}</sumStat>',
        f'      <sumStat type="max">{max(site.alerts)}</sumStat>',
        "    </var>",
        "  </dataDscr>",
        "</codeBook>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "matlab_script": matlab_script,
    "csvw_metadata": csvw_metadata,
    "jsonstat_dataset": jsonstat_dataset,
    "ddi_codebook": ddi_codebook,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
