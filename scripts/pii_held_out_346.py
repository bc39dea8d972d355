"""held_out_346 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of tourist information centres, 전국관광안내소표준데이터,
as the Public Data Portal publishes it; Korea's earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the register's own names, locations, hours,
addresses and operating bodies.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses, campsites, performances and events)
and many others; here:

* the values are the ``안내소전화번호`` (the centre's telephone) field of 400 tourist
  information centres, a seeded sample of the first row of each distinct number of a kept
  shape that no earlier Korean part holds (``scripts/data/pii_kr_tourist_info_centres.json``,
  written by ``scripts/kr_tourist_info_centres_data.py``; source and licence in that file):
  South Korean numbers as the providing offices typed them, area code, exchange and line
  joined by hyphens (``054-730-6651``, ``02-774-3238``, ``02-3789-7961``, fourteen ``070``
  internet numbers, ``070-4288-3362``), four nationwide numbers of eight digits
  (``1899-3650``); no mobile number; each copy labelled;
* the text around them is the same row's real fields: the name, location, province and
  district, introduction, closing days, summer and winter hours, the languages it guides in,
  road and lot-number addresses, operating body, web page, coordinates, reference date and the
  providing body's code and name, with invented ids, time stamps and file names, unlabelled
  and scored; the Korea Travel Hotline ``1330`` (관광통역안내전화, a four-digit service
  number) named in each summary request is a short-number distractor;
* in layouts no earlier part has, of an app's localisation, of two Korean cloud language
  services and of a Korean database's loader, text in Korean where the format carries prose:
  Xcode String Catalogs (``Localizable.xcstrings``, JSON: a tourist-guide app's strings with
  Korean as the source language and English, Japanese and Simplified Chinese as the centre
  guides in them; the number in each language's ``center.phone`` string), NAVER Cloud Papago
  Translation responses (JSON ``message.result``: the centre's Korean notice translated into
  the first language it guides in, the number once in ``translatedText``), NAVER Cloud CLOVA
  Summary requests (JSON ``document`` and ``option``: a Korean description of the centre that
  names the number twice) and Tibero tbLoader load scripts (``#!/bin/sh``: a control file
  and a data file written by here-documents, the number as ``TELNO`` in the data row, then
  ``tbloader``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_346.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_tourist_info_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_346.jsonl.gz"
SPLIT = "held_out_346"

LAYOUTS = ("xcode_string_catalog", "papago_translation_json", "clova_summary_json",
           "tibero_tbloader_sh")  # fmt: skip
PHONE = "안내소전화번호"
EDGES = {"phone": r"\d"}
# the Korea Travel Hotline, a four-digit service number, as the summary requests name it
HOTLINE = "관광통역안내전화 1330"
# the languages a centre guides in, by the register's columns: (column, String Catalog
# language, Papago target language)
LANGUAGES = (
    ("영어안내가능여부", "en", "en"),
    ("일본어안내가능여부", "ja", "ja"),
    ("중국어안내가능여부", "zh-Hans", "zh-CN"),
)
LANGUAGE_NAMES = {"en": "영어", "ja": "일본어", "zh-Hans": "중국어"}
# the String Catalog's strings in each language: (hours, phone, call button, closed-days label)
CATALOG = {
    "ko": ("하절기 {0}~{1} / 동절기 {2}~{3}", "전화 {0}", "전화 걸기", "휴무일"),
    "en": ("Summer {0}–{1} / Winter {2}–{3}", "Tel. {0}", "Call", "Closed"),
    "ja": ("夏季 {0}～{1}／冬季 {2}～{3}", "電話 {0}", "電話をかける", "休業日"),
    "zh-Hans": ("夏季 {0}至{1}／冬季 {2}至{3}", "电话 {0}", "拨打电话", "休息日"),
}
# the Papago translation of a centre's notice (hours and the number) in each target language
NOTICE = {
    "en": "This is the tourist information center. It is open from {0} to {1} in summer and "
    "from {2} to {3} in winter. For inquiries, please call {4}.",
    "ja": "観光案内所のご案内です。夏季は{0}から{1}まで、冬季は{2}から{3}まで営業しています。"
    "お問い合わせは{4}までお電話ください。",
    "zh-CN": "这里是旅游咨询处。夏季开放时间为{0}至{1}，冬季为{2}至{3}。如需咨询，请拨打{4}。",
}
# CLOVA Summary's option values
TONES = (0, 1, 2, 3)

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's telephone as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The centre's name as published (``영덕관광안내소``)."""
    return _f(row, "관광안내소명")


def address(row: dict[str, Any]) -> str:
    """The road address as published, or the lot-number address where it has none."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def hours(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """The summer opening and closing and the winter opening and closing times as published."""
    keys = (
        "운영시작시각(하절기)",
        "운영종료시각(하절기)",
        "운영시작시각(동절기)",
        "운영종료시각(동절기)",
    )
    return tuple(_f(row, key) for key in keys)  # type: ignore[return-value]


def languages(row: dict[str, Any]) -> list[str]:
    """The String Catalog languages of the centre's guidance, in the register's column order
    (``Y``); English where it marks none."""
    found = [lang for column, lang, _ in LANGUAGES if _f(row, column) == "Y"]
    return found or ["en"]


def target(row: dict[str, Any]) -> str:
    """The Papago target language: the first language the centre guides in (English where it
    marks none)."""
    lang = languages(row)[0]
    return next(papago for _, catalog, papago in LANGUAGES if catalog == lang)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled under its column;
    each copy stands apart: no digit next to it."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record):
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each copy of its telephone labelled whole, national (no field begins with ``+``); the
    Korea Travel Hotline ``1330`` a summary request names is a distractor (a service number,
    ``personal_phone`` labels none)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    for m in re.finditer(re.escape(HOTLINE), text):
        start = m.end() - len("1330")
        assert not personal_phone("1330", row["country"])
        distractors.append([start, m.end(), "PHONE_NUMBER", "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _xcode_json(value: Any) -> str:
    """``value`` as Xcode writes a String Catalog: two-space indents, ``" : "`` between a key
    and its value, keys sorted, no ASCII escapes."""
    return json.dumps(value, ensure_ascii=False, indent=2, separators=(",", " : "), sort_keys=True)


def _unit(value: str, state: str = "translated") -> dict[str, Any]:
    return {"stringUnit": {"state": state, "value": value}}


def xcode_string_catalog(row: dict[str, Any], rng: random.Random) -> str:
    """An Xcode String Catalog (``Localizable.xcstrings``) of a tourist-guide app's centre
    page: Korean as the source language; the name and address not to be translated; the
    hours, the number (``center.phone``), the call button and the closing days in Korean and
    each language the centre guides in."""
    langs = ["ko", *languages(row)]
    tel, times = phone(row), hours(row)
    key = f"center.{rng.randint(1000, 9999)}"
    provider = _f(row, "제공기관명")
    strings: dict[str, Any] = {
        f"{key}.name": {
            "comment": f"안내소명 ({_f(row, '시도명')} {_f(row, '시군구명')})",
            "extractionState": "manual",
            "localizations": {"ko": _unit(name(row))},
            "shouldTranslate": False,
        },
        f"{key}.address": {
            "comment": "소재지 주소",
            "extractionState": "manual",
            "localizations": {"ko": _unit(address(row))},
            "shouldTranslate": False,
        },
        f"{key}.hours": {
            "comment": "운영시간 (하절기/동절기)",
            "extractionState": "manual",
            "localizations": {lang: _unit(CATALOG[lang][0].format(*times)) for lang in langs},
        },
        f"{key}.phone": {
            "comment": f"안내소 전화번호, {provider} 제공 ({_f(row, '데이터기준일자')})",
            "extractionState": "manual",
            "localizations": {lang: _unit(CATALOG[lang][1].format(tel)) for lang in langs},
        },
        f"{key}.call": {
            "comment": "전화 걸기 버튼",
            "extractionState": "manual",
            "localizations": {lang: _unit(CATALOG[lang][2]) for lang in langs},
        },
    }
    closed = _f(row, "휴무일")
    if closed:
        strings[f"{key}.closed"] = {
            "comment": "휴무일 (원문 그대로)",
            "extractionState": "manual",
            "localizations": {
                lang: _unit(f"{CATALOG[lang][3]}: {closed}", "translated" if lang == "ko" else
                            "needs_review") for lang in langs
            },
        }  # fmt: skip
    return _xcode_json({"sourceLanguage": "ko", "strings": strings, "version": "1.0"}) + "\n"


def papago_translation_json(row: dict[str, Any], rng: random.Random) -> str:
    """A NAVER Cloud Papago Translation response (JSON ``message``): the centre's Korean
    notice of its hours and number translated from Korean into the first language it guides
    in, the number once in ``translatedText``."""
    text = NOTICE[target(row)].format(*hours(row), phone(row))
    body = {
        "message": {
            "@type": "response",
            "@service": "naverservice.nmt.proxy",
            "@version": "1.0.0",
            "result": {"srcLangType": "ko", "tarLangType": target(row), "translatedText": text},
        }
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n"


def _josa(word: str, with_final: str, without: str) -> str:
    """The particle that follows ``word``: ``with_final`` after a Hangul syllable with a final
    consonant, ``without`` after one with none, both (``은(는)``) after anything else."""
    last = word[-1:]
    if "가" <= last <= "힣":
        return with_final if (ord(last) - 0xAC00) % 28 else without
    return f"{with_final}({without})"


def _guided(row: dict[str, Any]) -> str:
    """The foreign languages the centre guides in, in Korean, as the register marks them."""
    langs = [LANGUAGE_NAMES[lang] for column, lang, _ in LANGUAGES if _f(row, column) == "Y"]
    return ", ".join(langs)


def clova_summary_json(row: dict[str, Any], rng: random.Random) -> str:
    """A NAVER Cloud CLOVA Summary request (JSON ``document`` and ``option``): the centre's
    name as the title and a Korean description of it (location, introduction, hours, closing
    days, languages, the Korea Travel Hotline, address, operating body and the number twice)
    as the content, Korean, the general model, a tone and a summary count."""
    tel, times, title = phone(row), hours(row), name(row)
    where = f"{_f(row, '시도명')} {_f(row, '시군구명')} {_f(row, '안내소위치명')}".strip()
    sentences = [f"{title}{_josa(title, '은', '는')} {where}에 있는 관광안내소입니다."]
    intro = _f(row, "안내소소개")
    if intro:
        sentences.append(f"주요 업무는 {intro.rstrip('.')}입니다.")
    sentences.append(
        f"하절기에는 {times[0]}부터 {times[1]}까지, 동절기에는 {times[2]}부터 {times[3]}까지 "
        "운영합니다."
    )
    closed = _f(row, "휴무일")
    if closed:
        sentences.append(f"휴무일은 {closed}입니다.")
    guided = _guided(row)
    if guided:
        sentences.append(f"{guided} 안내가 가능합니다.")
    sentences.append(f"그 밖의 외국어 통역은 {HOTLINE}을 이용할 수 있습니다.")
    operator = _f(row, "운영기관명")
    sentences.append(f"주소는 {address(row)}이며, 운영기관은 {operator}입니다.")
    sentences.append(f"문의 전화는 {tel}입니다.")
    sentences.append(f"방문 전 운영 여부는 {tel}로 확인하시기 바랍니다.")
    body = {
        "document": {"title": title, "content": " ".join(sentences)},
        "option": {
            "language": "ko",
            "model": "general",
            "tone": rng.choice(TONES),
            "summaryCount": rng.randint(2, 3),
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


# the loader's table columns: (column, the register's column or None for an invented one)
TB_COLUMNS = (
    ("CENTER_ID", None), ("CENTER_NM", "관광안내소명"), ("LC_NM", "안내소위치명"),
    ("CTPRVN_NM", "시도명"), ("SIGNGU_NM", "시군구명"), ("RESTDE_INFO", "휴무일"),
    ("SUMMER_BEGIN", "운영시작시각(하절기)"), ("SUMMER_END", "운영종료시각(하절기)"),
    ("WINTER_BEGIN", "운영시작시각(동절기)"), ("WINTER_END", "운영종료시각(동절기)"),
    ("TELNO", PHONE), ("RDNMADR", "소재지도로명주소"), ("LNMADR", "소재지지번주소"),
    ("OPER_INSTT_NM", "운영기관명"), ("HOMEPAGE_URL", "홈페이지주소"), ("LATITUDE", "위도"),
    ("LONGITUDE", "경도"), ("REFERENCE_DATE", "데이터기준일자"), ("INSTT_CODE", "제공기관코드"),
)  # fmt: skip
TB_NUMERIC = ("CENTER_ID", "LATITUDE", "LONGITUDE")


def _tb_field(column: str, value: str) -> str:
    """A data-file field as the control file reads it: numbers bare, strings in double quotes
    with a backslash before a backslash or a double quote, an empty field empty."""
    if not value:
        return ""
    if column in TB_NUMERIC:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tibero_tbloader_sh(row: dict[str, Any], rng: random.Random) -> str:
    """A Tibero tbLoader load script (``#!/bin/sh``): a header comment naming the data set,
    providing body and reference date, a control file (``LOAD DATA``, ``APPEND INTO TABLE
    TOUR_INFO_CENTER``, comma-separated fields optionally enclosed in double quotes, escaped by
    a backslash, ``TRAILING NULLCOLS``) and a data file of the centre's row (an invented id, the
    register's fields, the number as ``TELNO``) written by here-documents, then ``tbloader``
    with the control and data files and dated log and bad files."""
    cid = str(rng.randint(100_000, 999_999))
    values = [cid if col is None else _f(row, col) for _, col in TB_COLUMNS]
    line = ",".join(_tb_field(c, v) for (c, _), v in zip(TB_COLUMNS, values, strict=True))
    stamp = f"{rng.randint(2021, 2024)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    columns = [f"  {c}" + ("," if i < len(TB_COLUMNS) - 1 else "")
               for i, (c, _) in enumerate(TB_COLUMNS)]  # fmt: skip
    return "\n".join([
        "#!/bin/sh",
        f"# 전국관광안내소표준데이터 적재: {_f(row, '제공기관명')} ({_f(row, '제공기관코드')}),"
        f" 기준일자 {_f(row, '데이터기준일자')}",
        "set -e",
        "cd \"$(dirname \"$0\")\"",
        "",
        "cat > tour_info_center.ctl <<'CTL'",
        "LOAD DATA",
        "INFILE 'tour_info_center.dat'",
        f"LOGFILE 'log/tour_info_center_{stamp}.log'",
        f"BADFILE 'log/tour_info_center_{stamp}.bad'",
        "APPEND",
        "INTO TABLE TOUR_INFO_CENTER",
        "FIELDS TERMINATED BY ','",
        "       OPTIONALLY ENCLOSED BY '\"'",
        "       ESCAPED BY '\\\\'",
        "LINES TERMINATED BY '\\n'",
        "TRAILING NULLCOLS",
        "(",
        *columns,
        ")",
        "CTL",
        "",
        "cat > tour_info_center.dat <<'DAT'",
        line,
        "DAT",
        "",
        'tbloader userid="tour/${TB_PASSWORD}@TOURDB" control=tour_info_center.ctl \\',
        f"  data=tour_info_center.dat log=log/tour_info_center_{stamp}.log \\",
        f"  bad=log/tour_info_center_{stamp}.bad errors=0",
    ]) + "\n"  # fmt: skip


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "xcode_string_catalog": xcode_string_catalog,
    "papago_translation_json": papago_translation_json,
    "clova_summary_json": clova_summary_json,
    "tibero_tbloader_sh": tibero_tbloader_sh,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
