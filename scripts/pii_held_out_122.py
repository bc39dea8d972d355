"""held_out_122 of the PII evaluation set: real phone fields of a register no earlier part used
(Iizuka City's medical institutions and public facilities, Fukuoka; Japan's earlier parts took
other registers) exactly as published, in layouts no earlier part has, beside the lists' own
names, addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Toyama City's nurseries and others), FR, KR, DE and
many others; here:

* the values are the ``電話番号`` fields of 140 medical institutions and 150 public facilities
  (``scripts/data/pii_jp_iizuka_facilities.json``, written by
  ``scripts/jp_iizuka_facilities_data.py``; source and licence in that file): Japanese numbers
  as the city writes them, the area code ``0948``, the exchange and the line joined by hyphens
  (``0948-22-0703``; one of area code ``0949``), each copy labelled;
* the text around them is the same row's real fields: the name and its kana reading, the
  address (``福岡県飯塚市菰田西1丁目6-24``), coordinates, the medical list's kind, days, hours and
  departments, the facilities' postcode (``820-0001``) and POI code, with invented DOIs, ISSNs,
  ISBN-13s, record references, volume and page numbers and dates, unlabelled and scored;
* in layouts no earlier part has, scholarly and publishing formats, text in Japanese: JATS 1.3
  journal articles of a regional journal (the institution as ``collab`` author, its ``aff``
  with ``phone`` and a ``corresp`` note repeating it), ONIX for Books 3.0 product records of a
  free guide booklet (the institution as ``Supplier`` with ``TelephoneNumber``, a description
  repeating it), EPUB 3 XHTML content documents of the city's guide e-book (a ``ruby`` name, a
  ``tel:`` link and its text, an ``epub:type`` page break and footnote) and DataCite 4.5
  metadata records of a facility data set (``geoLocationPoint``, the number in two
  ``description``s).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_122.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_iizuka_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_122.jsonl.gz"
SPLIT = "held_out_122"

LAYOUTS = ("jats_article", "onix_product", "epub_xhtml", "datacite_xml")
PHONE = "電話番号"

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented topics of the regional journal's short reports (no real article is meant)
TOPICS_MEDICAL = (
    "地域連携による在宅医療支援の取り組み", "休日・夜間の受診相談に関する実態調査",
    "高齢者の通院手段と公共交通の利用状況", "健診受診率向上に向けた取り組みの報告",
    "予防接種の案内方法に関する検討",
)  # fmt: skip
TOPICS_FACILITY = (
    "公共施設の利用実態と交通アクセスに関する調査", "地域拠点施設における防災訓練の報告",
    "施設予約の電子化に関する利用者調査", "子育て世帯による公共施設の利用状況",
    "バリアフリー化の現状と課題",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def medical(row: dict[str, Any]) -> bool:
    """Whether the row is of the medical institutions' list (else the public facilities')."""
    return row["path"].startswith("data/hospitals.csv")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _isbn(rng: random.Random) -> str:
    """An invented ISBN-13 of a Japanese publisher's range (``9784...``), check digit right."""
    body = "9784" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def _issn(rng: random.Random) -> str:
    """An invented ISSN with its check character (``1234-567X``)."""
    body = [rng.randint(0, 9) for _ in range(7)]
    check = (11 - sum(d * (8 - i) for i, d in enumerate(body)) % 11) % 11
    digits = "".join(map(str, body)) + ("X" if check == 10 else str(check))
    return f"{digits[:4]}-{digits[4:]}"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _kind(row: dict[str, Any]) -> str:
    """What the row is, in a few words (the medical list's kind, or 公共施設)."""
    return _f(row, "医療機関の種類") if medical(row) else "公共施設"


def _hours(row: dict[str, Any]) -> str:
    """The consultation days and hours of a medical row (``月火水木金土 09:00-17:30``), ""
    otherwise or where the row has none."""
    if not medical(row) or not _f(row, "診療開始時間"):
        return ""
    return f"{_f(row, '診療曜日')} {_f(row, '診療開始時間')}-{_f(row, '診療終了時間')}".strip()


def _topic(row: dict[str, Any], rng: random.Random) -> str:
    return rng.choice(TOPICS_MEDICAL if medical(row) else TOPICS_FACILITY)


def jats_article(row: dict[str, Any], rng: random.Random) -> str:
    """A JATS 1.3 (Archiving) article of an invented regional journal: ``journal-meta`` with an
    invented ISSN, ``article-meta`` with an invented DOI, the report's title, the institution
    as ``collab`` author with its ``aff`` (``institution``, ``addr-line``, ``country``,
    ``phone``), a ``corresp`` note repeating the number, the publication date, volume, issue and
    pages, and a ``body`` section naming the place and its coordinates."""
    name, tel = _f(row, "名称"), phone(row)
    when = _when(rng)
    volume, issue = rng.randint(8, 31), rng.randint(1, 4)
    fpage = rng.randint(1, 180)
    doi = f"10.{rng.randint(20000, 29999)}/chikuho.{when:%Y}.{volume}.{issue}_{fpage}"
    place = _f(row, "所在地_連結表記")
    lat, lon = _f(row, "緯度"), _f(row, "経度")
    where = f"(緯度 {lat}、経度 {lon})" if lat and lon else ""
    para = f"本報告は{_x(name)}（{_x(place)}{where}）における{_x(_kind(row))}の事例である。"
    if _hours(row):
        para += f"診療時間は{_x(_hours(row))}。"
    if _f(row, "郵便番号"):
        para += f"郵便番号は{_x(_f(row, '郵便番号'))}。"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange '
        'DTD v1.3 20210610//EN" "JATS-archivearticle1-3.dtd">',
        '<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="brief-report" '
        'dtd-version="1.3" xml:lang="ja">',
        "  <front>",
        "    <journal-meta>",
        '      <journal-id journal-id-type="publisher-id">chikuho-rh</journal-id>',
        "      <journal-title-group>",
        "        <journal-title>筑豊地域保健研究</journal-title>",
        "      </journal-title-group>",
        f'      <issn pub-type="epub">{_issn(rng)}</issn>',
        "      <publisher><publisher-name>筑豊地域保健研究会</publisher-name></publisher>",
        "    </journal-meta>",
        "    <article-meta>",
        f'      <article-id pub-id-type="doi">{doi}</article-id>',
        "      <title-group>",
        f"        <article-title>{_x(name)}における{_x(_topic(row, rng))}</article-title>",
        "      </title-group>",
        "      <contrib-group>",
        '        <contrib contrib-type="author">',
        f'          <collab>{_x(name)}</collab><xref ref-type="aff" rid="aff1"/>',
        "        </contrib>",
        "      </contrib-group>",
        '      <aff id="aff1">',
        f"        <institution>{_x(name)}</institution>",
        f"        <addr-line>{_x(place)}</addr-line>",
        '        <country country="JP">日本</country>',
        f"        <phone>{tel}</phone>",
        "      </aff>",
        "      <author-notes>",
        f"        <corresp>連絡先：{_x(name)}（電話 {tel}）</corresp>",
        "      </author-notes>",
        '      <pub-date publication-format="electronic" date-type="pub">',
        f"        <day>{when.day:02d}</day><month>{when.month:02d}</month><year>{when.year}</year>",
        "      </pub-date>",
        f"      <volume>{volume}</volume>",
        f"      <issue>{issue}</issue>",
        f"      <fpage>{fpage}</fpage>",
        f"      <lpage>{fpage + rng.randint(3, 9)}</lpage>",
        "    </article-meta>",
        "  </front>",
        "  <body>",
        '    <sec id="s1">',
        "      <title>対象</title>",
        f"      <p>{para}</p>",
        "    </sec>",
        "  </body>",
        "</article>",
        "",
    ]
    return "\n".join(lines)


def onix_product(row: dict[str, Any], rng: random.Random) -> str:
    """An ONIX for Books 3.0 message of one product, a free guide booklet the institution
    hands out: the ``Header`` (an invented sender and time), the ``Product`` with an invented
    record reference and ISBN-13, its title and Japanese language, the institution as
    ``Publisher`` (Iizuka), a description repeating the number, and a ``SupplyDetail`` with the
    institution as ``Supplier`` (``SupplierName``, ``TelephoneNumber``), free of charge."""
    name, tel = _f(row, "名称"), phone(row)
    when = _when(rng)
    isbn = _isbn(rng)
    title = f"{name}のご案内" if rng.random() < 0.5 else f"{name} 利用ガイド"
    blurb = f"{name}（{_f(row, '所在地_連結表記')}）のご案内です。お問い合わせは{tel}まで。"
    if _hours(row):
        blurb += f"診療：{_hours(row)}。"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ONIXMessage release="3.0" xmlns="http://ns.editeur.org/onix/3.0/reference">',
        "  <Header>",
        "    <Sender>",
        "      <SenderName>筑豊郷土資料センター</SenderName>",
        "    </Sender>",
        f"    <MessageNumber>{rng.randint(100, 9999)}</MessageNumber>",
        f"    <SentDateTime>{when:%Y%m%dT%H%M%z}</SentDateTime>",
        "    <DefaultLanguageOfText>jpn</DefaultLanguageOfText>",
        "  </Header>",
        "  <Product>",
        f"    <RecordReference>jp.chikuho.guide.{isbn}</RecordReference>",
        "    <NotificationType>03</NotificationType>",
        "    <ProductIdentifier>",
        "      <ProductIDType>15</ProductIDType>",
        f"      <IDValue>{isbn}</IDValue>",
        "    </ProductIdentifier>",
        "    <DescriptiveDetail>",
        "      <ProductComposition>00</ProductComposition>",
        "      <ProductForm>BC</ProductForm>",
        "      <TitleDetail>",
        "        <TitleType>01</TitleType>",
        "        <TitleElement>",
        "          <TitleElementLevel>01</TitleElementLevel>",
        f"          <TitleText>{_x(title)}</TitleText>",
        "        </TitleElement>",
        "      </TitleDetail>",
        "      <Language>",
        "        <LanguageRole>01</LanguageRole>",
        "        <LanguageCode>jpn</LanguageCode>",
        "      </Language>",
        "      <Extent>",
        "        <ExtentType>00</ExtentType>",
        f"        <ExtentValue>{rng.choice((8, 12, 16, 24, 32))}</ExtentValue>",
        "        <ExtentUnit>03</ExtentUnit>",
        "      </Extent>",
        "    </DescriptiveDetail>",
        "    <CollateralDetail>",
        "      <TextContent>",
        "        <TextType>03</TextType>",
        "        <ContentAudience>00</ContentAudience>",
        f"        <Text>{_x(blurb)}</Text>",
        "      </TextContent>",
        "    </CollateralDetail>",
        "    <PublishingDetail>",
        "      <Publisher>",
        "        <PublishingRole>01</PublishingRole>",
        f"        <PublisherName>{_x(name)}</PublisherName>",
        "      </Publisher>",
        "      <CityOfPublication>飯塚市</CityOfPublication>",
        "      <CountryOfPublication>JP</CountryOfPublication>",
        "      <PublishingDate>",
        "        <PublishingDateRole>01</PublishingDateRole>",
        f"        <Date>{when:%Y%m%d}</Date>",
        "      </PublishingDate>",
        "    </PublishingDetail>",
        "    <ProductSupply>",
        "      <SupplyDetail>",
        "        <Supplier>",
        "          <SupplierRole>01</SupplierRole>",
        f"          <SupplierName>{_x(name)}</SupplierName>",
        f"          <TelephoneNumber>{tel}</TelephoneNumber>",
        "        </Supplier>",
        "        <ProductAvailability>21</ProductAvailability>",
        "        <UnpricedItemType>01</UnpricedItemType>",
        "      </SupplyDetail>",
        "    </ProductSupply>",
        "  </Product>",
        "</ONIXMessage>",
        "",
    ]
    return "\n".join(lines)


def epub_xhtml(row: dict[str, Any], rng: random.Random) -> str:
    """An EPUB 3 XHTML content document, one entry of the city's guide e-book: a ``section``
    of ``epub:type="chapter"`` with the name in ``ruby`` (its kana reading as ``rt``), a ``dl``
    of the address, the number as a ``tel:`` link whose text repeats it, the hours or postcode
    and the coordinates, an ``epub:type="pagebreak"`` marker and a footnote; an invented page
    number and section id."""
    name, tel = _f(row, "名称"), phone(row)
    kana = _f(row, "名称_カナ")
    page = rng.randint(3, 180)
    sid = f"e{rng.randint(1000, 9999)}"
    ruby = f"<ruby>{_x(name)}<rt>{_x(kana)}</rt></ruby>" if kana else _x(name)
    items = [
        "        <dt>所在地</dt>",
        f"        <dd>{_x(_f(row, '所在地_連結表記'))}</dd>",
        "        <dt>電話</dt>",
        f'        <dd><a href="tel:{tel}">{tel}</a></dd>',
    ]
    if _hours(row):
        items += ["        <dt>診療日・時間</dt>", f"        <dd>{_x(_hours(row))}</dd>"]
    if _f(row, "診療科目"):
        items += ["        <dt>診療科目</dt>", f"        <dd>{_x(_f(row, '診療科目'))}</dd>"]
    if _f(row, "郵便番号"):
        items += ["        <dt>郵便番号</dt>", f"        <dd>〒{_x(_f(row, '郵便番号'))}</dd>"]
    if _f(row, "緯度") and _f(row, "経度"):
        items += ["        <dt>位置</dt>", f"        <dd>{_f(row, '緯度')}, {_f(row, '経度')}</dd>"]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!DOCTYPE html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
        'xml:lang="ja" lang="ja">',
        "  <head>",
        '    <meta charset="UTF-8"/>',
        f"    <title>{_x(name)}</title>",
        '    <link rel="stylesheet" type="text/css" href="../style/book.css"/>',
        "  </head>",
        "  <body>",
        f'    <section epub:type="chapter" id="{sid}">',
        f'      <span epub:type="pagebreak" id="page{page}" role="doc-pagebreak" title="{page}"/>',
        f"      <h2>{ruby}</h2>",
        f'      <p class="kind">{_x(_kind(row))}</p>',
        "      <dl>",
        *items,
        "      </dl>",
        f'      <p>受診・利用の前にお電話でご確認ください<a epub:type="noteref" '
        f'href="#{sid}-n1">※</a></p>',
        f'      <aside epub:type="footnote" id="{sid}-n1">',
        "        <p>※ 掲載内容は飯塚市の公開データによります。</p>",
        "      </aside>",
        "    </section>",
        "  </body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def datacite_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A DataCite Metadata Schema 4.5 record of an invented data set about the place: an
    invented DOI, the city as organizational creator and publisher, the title, the year,
    ``resourceType`` ``Dataset``, the institution as ``HostingInstitution`` contributor, a
    ``geoLocation`` with the address as ``geoLocationPlace`` and the row's coordinates as
    ``geoLocationPoint`` (where it has them), and two ``description``s naming the number."""
    name, tel = _f(row, "名称"), phone(row)
    when = _when(rng)
    doi = f"10.{rng.randint(50000, 59999)}/iizuka-{rng.randint(100000, 999999)}"
    lat, lon = _f(row, "緯度"), _f(row, "経度")
    geo = [
        "  <geoLocations>",
        "    <geoLocation>",
        f"      <geoLocationPlace>{_x(_f(row, '所在地_連結表記'))}</geoLocationPlace>",
    ]
    if lat and lon:
        geo += [
            "      <geoLocationPoint>",
            f"        <pointLongitude>{lon}</pointLongitude>",
            f"        <pointLatitude>{lat}</pointLatitude>",
            "      </geoLocationPoint>",
        ]
    geo += ["    </geoLocation>", "  </geoLocations>"]
    other = f"{_kind(row)}。"
    if _hours(row):
        other += f"診療日・時間：{_hours(row)}。"
    if _f(row, "郵便番号"):
        other += f"郵便番号：{_f(row, '郵便番号')}。"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<resource xmlns="http://datacite.org/schema/kernel-4" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://datacite.org/schema/kernel-4 '
        'http://schema.datacite.org/meta/kernel-4.5/metadata.xsd">',
        f'  <identifier identifierType="DOI">{doi}</identifier>',
        "  <creators>",
        "    <creator>",
        '      <creatorName nameType="Organizational">飯塚市</creatorName>',
        "    </creator>",
        "  </creators>",
        "  <titles>",
        f'    <title xml:lang="ja">{_x(name)} 施設情報データ</title>',
        "  </titles>",
        "  <publisher>飯塚市</publisher>",
        f"  <publicationYear>{when.year}</publicationYear>",
        '  <resourceType resourceTypeGeneral="Dataset">施設情報</resourceType>',
        "  <contributors>",
        '    <contributor contributorType="HostingInstitution">',
        f'      <contributorName nameType="Organizational">{_x(name)}</contributorName>',
        "    </contributor>",
        "  </contributors>",
        "  <dates>",
        f'    <date dateType="Updated">{when:%Y-%m-%d}</date>',
        "  </dates>",
        "  <language>ja</language>",
        f"  <version>{rng.randint(1, 4)}.{rng.randint(0, 9)}</version>",
        "  <descriptions>",
        f'    <description xml:lang="ja" descriptionType="Abstract">{_x(name)}の所在地・連絡先'
        f"（電話 {tel}）などの施設情報。</description>",
        f'    <description xml:lang="ja" descriptionType="Other">{_x(other)}'
        f"問い合わせ先電話番号：{tel}</description>",
        "  </descriptions>",
        *geo,
        "</resource>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "jats_article": jats_article,
    "onix_product": onix_product,
    "epub_xhtml": epub_xhtml,
    "datacite_xml": datacite_xml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone field labelled."""
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
