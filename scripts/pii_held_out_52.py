"""held_out_52 of the PII evaluation set: real phone, fax and e-mail fields of a country whose
register no earlier part used (Sri Lanka) exactly as published, in layouts no earlier part has,
beside the page's own update time, address and services.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH and NG; here:

* the values are the ``Telephones``, ``Fax Nos`` and ``Email`` fields of Sri Lankan government
  organisations in the Government Information Center's organisation directory
  (``scripts/data/pii_lk_gic_organisations.json``, written by
  ``scripts/lk_gic_organisations_data.py``; source and licence in that file): numbers as each
  office entered them, national and international at once (``0112861331``, ``011-2392607``,
  ``+94 11 2 695301``, ``0094-11-2369804``, ``94-0112630700`` without the ``+``,
  ``+94-11-2605326 / 2605394``, ``011-2875916 to 2875920``), up to ten in one field, hot lines
  (``Hotline---1970``, ``1911``) and extensions beside them; each number of each copy labelled
  (a piece of six digits cut off by a spaced dash, ``0112 - 864051``, or an extension list,
  ``Ext. 113/ 180``, a distractor; a four-digit hot line no number at all), the fax where
  the row has one of its own (not the telephones again), and each e-mail address of the
  field in standard form labelled (one written ``[at]``, or cut short, is not an address and
  stays unlabelled);
* the text around them is the same row's real fields: the page's category and name, its
  postal address (``P. O. Box 1768``, ``Colombo 01``, bus route numbers), its web address,
  services and the time the page was last updated (``2016-06-15 12:45:18``), with invented
  article ids, crawl times, byte counts, document versions and record counts, unlabelled and
  scored;
* in layouts no earlier part has, labels in English (the directory's English pages): a Scrapy
  crawl log (``Crawled (200) <GET ...>``, ``Scraped from <200 ...>`` and the item as Python
  prints it), an Apache Solr XML update message (``<add><doc><field name="telephones">``), a
  Cisco IP phone ``CiscoIPPhoneDirectory`` object (a ``DirectoryEntry`` for the telephones and
  one for the fax) and Perl ``Data::Dumper`` output (``$VAR1 = { 'telephones' => '...' }``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``; a number is
international where its field writes ``+`` or ``00`` before it. Each record is seeded by its
own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_52.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_lk_gic_organisations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_52.jsonl.gz"
SPLIT = "held_out_52"

LAYOUTS = ("scrapy_log", "solr_update_xml", "cisco_ip_phone_directory", "perl_data_dumper")
PHONE, FAX, EMAIL = "Telephones", "Fax Nos", "Email"
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}
# an e-mail address in standard form (a top-level domain of two letters or more)
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# the day the site's pages were scraped (the site's 'Last Update : 2018-06-19')
SCRAPED = datetime.datetime(
    2018, 6, 19, 21, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))
)
BASE = "http://www.gic.gov.lk/gic/index.php/en/component/org"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``Telephones`` field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's ``Fax Nos`` field as published, stripped, where it is a number of its own: six
    digits or more, and neither the telephones again nor a part of them (nor they a part of
    it), so that every copy of each field stands apart; "" otherwise."""
    value, tel = _f(row, FAX), phone(row)
    if sum(c.isdigit() for c in value) < 6 or value in tel or tel in value:
        return ""
    return value


def email(row: dict[str, Any]) -> str:
    """The row's ``Email`` field as published, stripped ("" where the page gives none)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """A number written with its country code after ``+`` or ``00``."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's telephones and fax fields (each number in
    them by ``labelled_record``) and each address in standard form of every copy of its e-mail
    field labelled. Each copy stands apart (no digit next to a number field, no address
    character next to the e-mail field), so a copy is never part of another value."""
    values = [(PHONE, phone(row)), (FAX, fax(row)), (EMAIL, email(row))]
    found: list[tuple[int, int, str]] = []
    for column, value in values:
        if not value:
            continue
        edge = EDGES["email" if column == EMAIL else "phone"]
        for m in re.finditer(re.escape(value), text):
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            assert not re.fullmatch(edge, before), (row["path"], value)
            assert not re.fullmatch(edge, after), (row["path"], value)
            if column == EMAIL:
                found += [(m.start() + a.start(), m.start() + a.end(), column)
                          for a in ADDRESS.finditer(value)]  # fmt: skip
            else:
                found.append((m.start(), m.end(), column))
    b = Record()
    at = 0
    for start, end, column in sorted(found):
        assert start >= at, row["path"]
        b.add(text[at:start])
        if column == EMAIL:
            b.email(text[start:end])
        else:
            b.phone("fax" if column == FAX else "phone", text[start:end])
        at = end
    b.add(text[at:])
    return b


def _crawl_time(rng: random.Random) -> datetime.datetime:
    """An invented moment of the evening the directory was scraped."""
    return SCRAPED + datetime.timedelta(seconds=rng.randint(0, 3 * 3600))


def _article(rng: random.Random) -> int:
    """An invented article id of the directory's page."""
    return rng.randint(40, 2400)


def _item(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's fields as a scraped item: (key, published value), the empty ones left out
    and the fax only where it is a number of its own (``fax``)."""
    keys = (
        ("category", "Category"),
        ("name", "Name"),
        ("address", "Address"),
        ("telephones", PHONE),
        ("fax", FAX),
        ("email", EMAIL),
        ("website", "Website"),
        ("services", "Services Offered"),
        ("last_updated", "Page Last Updated Date"),
    )
    values = [(key, fax(row) if column == FAX else _f(row, column)) for key, column in keys]
    return [(key, value) for key, value in values if value]


def scrapy_log(row: dict[str, Any], rng: random.Random) -> str:
    """Lines of a Scrapy crawl of the directory as its log writes them: the page crawled
    (``Crawled (200) <GET ...>`` with its referer), the item scraped from it as Python prints
    a dict (on one line, the values ``repr`` strings), then the spider's next request and the
    closing stats with invented counts."""
    at = _crawl_time(rng)
    url = f"{BASE}/article/{_article(rng)}"
    stamp = at.strftime("%Y-%m-%d %H:%M:%S")
    item = repr(dict(_item(row)))
    count = rng.randint(180, 640)
    done = (at + datetime.timedelta(minutes=rng.randint(8, 40))).strftime("%Y-%m-%d %H:%M:%S")
    lines = [
        f"{stamp} [scrapy.core.engine] DEBUG: Crawled (200) <GET {url}> (referer: {BASE})",
        f"{stamp} [scrapy.core.scraper] DEBUG: Scraped from <200 {url}>",
        item,
        f"{stamp} [scrapy.core.engine] DEBUG: Crawled (200) <GET {BASE}/article/"
        f"{_article(rng)}> (referer: {BASE})",
        f"{done} [scrapy.core.engine] INFO: Closing spider (finished)",
        f"{done} [scrapy.statscollectors] INFO: Dumping Scrapy stats:",
        f"{{'downloader/request_count': {count + rng.randint(1, 30)},",
        f" 'downloader/response_bytes': {rng.randint(4_000_000, 19_000_000)},",
        f" 'item_scraped_count': {count},",
        " 'log_count/DEBUG': " + str(2 * count + rng.randint(3, 60)) + ",",
        f" 'response_received_count': {count + rng.randint(1, 30)}}}",
        f"{done} [scrapy.core.engine] INFO: Spider closed (finished)",
        "",
    ]
    return "\n".join(lines)


def _solr_date(value: str) -> str:
    """The page's update time as a Solr date (``2016-06-15T12:45:18Z``)."""
    return value.replace(" ", "T") + "Z" if value else ""


def solr_update_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An Apache Solr XML update message posted to ``/solr/gic/update``: ``<add>`` with a
    ``commitWithin``, one ``<doc>`` of ``<field name="...">`` elements (an invented document
    id, the item's fields, the page's update time as a Solr date, the multi-valued services
    one a field) and the index's invented version."""
    esc = {"\n": "&#10;"}
    fields = [("id", f"gic-org-{_article(rng)}")]
    for key, value in _item(row):
        if key == "services":
            fields += [("services", s) for s in re.split(r"\s{3,}", value) if s.strip()]
        elif key == "last_updated":
            fields.append(("last_updated", _solr_date(value)))
        else:
            fields.append((key, value))
    fields.append(("crawl_batch_i", str(rng.randint(1, 12))))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- POST /solr/gic/update?wt=json  ({len(fields)} fields) -->",
        f'<add commitWithin="{rng.choice((1000, 5000, 10000))}" overwrite="true">',
        "  <doc>",
        *(f"    <field name={quoteattr(k)}>{escape(v, esc)}</field>" for k, v in fields),
        "  </doc>",
        "</add>",
        "",
    ]
    return "\n".join(lines)


def cisco_ip_phone_directory(row: dict[str, Any], rng: random.Random) -> str:
    """The organisation as a Cisco IP phone XML service returns it (``CiscoIPPhoneDirectory``):
    a title, a prompt with an invented record count, a ``DirectoryEntry`` whose
    ``<Telephone>`` is the telephones field and, where the row has a fax of its own, one for
    the fax, then the ``Dial``, ``EditDial`` and ``Exit`` soft keys."""
    total = rng.randint(120, 600)
    first = rng.randint(1, total - 2)
    entries = [(_f(row, "Name"), phone(row))]
    if fax(row):
        entries.append((f"{_f(row, 'Name')} (Fax)", fax(row)))
    last = first + len(entries) - 1
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<CiscoIPPhoneDirectory>",
        f"  <Title>GIC - {escape(_f(row, 'Category'))}</Title>",
        f"  <Prompt>Records {first} to {last} of {total}</Prompt>",
    ]
    for name, number in entries:
        lines += [
            "  <DirectoryEntry>",
            f"    <Name>{escape(name)}</Name>",
            f"    <Telephone>{escape(number)}</Telephone>",
            "  </DirectoryEntry>",
        ]
    for position, (label, url) in enumerate(
        (("Dial", "SoftKey:Dial"), ("EditDial", "SoftKey:EditDial"), ("Exit", "SoftKey:Exit")),
        start=1,
    ):
        lines += [
            "  <SoftKeyItem>",
            f"    <Name>{label}</Name>",
            f"    <URL>{url}</URL>",
            f"    <Position>{position}</Position>",
            "  </SoftKeyItem>",
        ]
    lines += ["</CiscoIPPhoneDirectory>", ""]
    return "\n".join(lines)


def _perl(value: str) -> str:
    """A Perl single-quoted string as ``Data::Dumper`` writes it (``\\`` and ``'`` escaped)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def perl_data_dumper(row: dict[str, Any], rng: random.Random) -> str:
    """The organisation's record as Perl's ``Data::Dumper`` prints it (``Indent`` 2,
    ``Sortkeys`` on): ``$VAR1 = {`` and one ``'key' => value,`` a line, the values in single
    quotes, the invented GIC id and fetch time (Unix seconds) bare numbers, the services an
    array reference."""
    pairs: list[tuple[str, str]] = []
    for key, value in _item(row):
        if key == "services":
            items = [s for s in re.split(r"\s{3,}", value) if s.strip()]
            inner = "".join(f"{' ' * 27}{_perl(s)},\n" for s in items).rstrip(",\n")
            pairs.append((key, "[\n" + inner + "\n" + " " * 25 + "]"))
        else:
            pairs.append((key, _perl(value)))
    pairs.append(("gic_id", str(_article(rng))))
    pairs.append(("fetched", str(int(_crawl_time(rng).timestamp()))))
    pairs.sort()
    body = ",\n".join(f"          {_perl(k)} => {v}" for k, v in pairs)
    return "$VAR1 = {\n" + body + "\n        };\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "scrapy_log": scrapy_log,
    "solr_update_xml": solr_update_xml,
    "cisco_ip_phone_directory": cisco_ip_phone_directory,
    "perl_data_dumper": perl_data_dumper,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its telephones, fax and
    e-mail fields labelled."""
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
