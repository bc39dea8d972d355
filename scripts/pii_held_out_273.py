"""held_out_273 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministry of Health, Labour and Welfare's lists of the medical institutions offering
telephone and online consultations in 2020, Tokushima, Kagawa and Kochi; Japan's earlier parts
took other registers) exactly as published, in layouts no earlier part has, beside the lists'
own names, postcodes, addresses and departments.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's,
Yuzawa's and Kumamoto's lists, the Hokkaido, Tokyo, Kyoto and Osaka governments' lists, the
roadside stations, the municipal offices, the MHLW's care facilities) and many others; here:

* the values are the ``tel`` fields of 535 clinics and hospitals
  (``scripts/data/pii_jp_mhlw_online_care.json``, written by
  ``scripts/jp_mhlw_online_care_data.py``; source and licence in that file): Japanese numbers
  as the prefectures typed them into the ministry's lists, the area code, exchange and line
  joined by hyphens (``088-678-7727``, ``0883-64-2111``), five with a full-width hyphen
  ``－``, a hyphen ``‐`` or a half-width katakana prolonged sound mark ``ｰ`` for one or two of
  them (``0887－34－1155``, ``088-837ｰ1233``), each field one number, each copy labelled whole;
* the text around them is the same row's real fields: the name, postcode (``781-8132``),
  address, departments, whether first and repeat visits are seen by telephone, the hospital
  the institution works with and its web page, with invented patient numbers, medical
  institution codes, drug codes, document ids, dates and page numbers, unlabelled and scored;
  no patient or doctor is named (``外来担当医``, ``（氏名省略）``);
* in layouts no earlier part has, Japan's own medical and mobile formats, text in Japanese:
  MML 4.0 (Medical Markup Language) referral letters (``mmlRe:ReferralModule``, 診療情報提供書:
  the institution as the creator in ``MmlHeader`` and as ``mmlRe:referFrom``, each
  ``mmlPsi:PersonalizedInfo`` with ``mmlPh:Phone``/``mmlPh:full``; the partner hospital as
  ``mmlRe:referToFacility``), JAHIS e-medication-notebook data (電子版お薬手帳データフォーマット,
  ``JAHISTC08``: the institution as the dispensing institution of record 11 with its number,
  the prescribing institution of record 51, drugs and usage of records 201 and 301, a remark of
  record 501 repeating the number), i-mode Compact HTML pages of a prefecture's mobile guide
  (Shift_JIS ``meta``, a ``tel:`` link with ``accesskey`` and its text, docomo's key emoji as
  character references) and でんでんマークダウン (Denden Markdown) e-book manuscripts (page
  number ``[%n]``, a list of the fields, a paragraph repeating the number, a footnote with
  縦中横 ``^2^``, a page break ``===``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``; each ``tel`` field is
one number, labelled whole whatever its separators. Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_273.py   # rewrites the committed file
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
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_mhlw_online_care.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_273.jsonl.gz"
SPLIT = "held_out_273"

LAYOUTS = ("mml_referral", "jahis_notebook", "imode_chtml", "denden_markdown")
PHONE = "tel"
# a Japanese number as the lists write it: area code, exchange and line, joined by a hyphen
# of one of the kinds the prefectures typed
TEL = re.compile(r"0\d{1,4}[-－‐ｰ]\d{1,4}[-－‐ｰ]\d{3,4}")
PREFECTURES = {"徳島県": "36", "香川県": "37", "高知県": "39"}
# an answer of the lists that names no partner hospital
NO_PARTNER = ("", "-", "－", "―", "自院で対応", "当院で実施", "当院にて診察", "なし")

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented complaints, diagnoses and drugs (with invented nine-digit codes) of the letters and
# notebooks; no real patient is meant
COMPLAINTS = (
    ("咽頭痛、微熱", "急性上気道炎の疑い"), ("咳嗽、倦怠感", "急性気管支炎の疑い"),
    ("高血圧症の定期処方の継続希望", "本態性高血圧症"), ("腰痛", "腰椎症"),
    ("不眠", "不眠症"), ("皮疹、そう痒", "湿疹"), ("下痢、腹痛", "急性胃腸炎の疑い"),
)  # fmt: skip
DRUGS = (
    ("カロナール錠２００　２００ｍｇ", "錠", "１日３回毎食後"),
    ("アムロジピン錠５ｍｇ「サワイ」", "錠", "１日１回朝食後"),
    ("ムコダイン錠５００ｍｇ", "錠", "１日３回毎食後"),
    ("ロキソプロフェンＮａ錠６０ｍｇ「サワイ」", "錠", "疼痛時"),
    ("ビオフェルミン配合散", "ｇ", "１日３回毎食後"),
    ("ヒルドイドソフト軟膏０．３％", "ｇ", "１日２回患部に塗布"),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def prefecture(row: dict[str, Any]) -> str:
    """The prefecture of the row's list (``高知県``)."""
    return row["path"].split("/")[1].split(".")[0]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def numbers(field: str) -> list[tuple[int, int]]:
    """The one number of a ``tel`` field: the whole field, whatever hyphens join its groups."""
    assert TEL.fullmatch(field), field
    return [(0, len(field))]


def labelled(row: dict[str, Any], text: str, where: tuple[str, str, str, int]) -> dict[str, Any]:
    """The evaluation record of ``text``: every copy of the row's phone field labelled whole
    (each copy stands apart: no digit next to it), national."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    block: Record = phone_copies(text, phone(row), PHONE, row["path"])
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            span = [at + s, at + e, "PHONE_NUMBER", f"national:{column}"]
            if personal_phone(field[s:e], row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    fields = record_fields(where, block.text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([block.text])[0],
    }


def _lines(value: str) -> list[str]:
    """The lines of a field the PDF wrapped, the PDF's page footers (``10 / 15 ページ``) left
    out."""
    lines = [line.strip() for line in value.split("\n")]
    return [line for line in lines if line and not re.fullmatch(r"\d+ / \d+ ページ", line)]


def departments(row: dict[str, Any]) -> str:
    """The departments on one line: a wrapped list joined back where it had ``・``, else one
    department a line joined by ``・``."""
    lines = _lines(_f(row, "department"))
    return ("" if any("・" in line for line in lines) else "・").join(lines)


def answer(row: dict[str, Any], key: str) -> str:
    """Whether first (``first``) or repeat (``revisit``) visits are seen by telephone, on one
    line (``○（電話のみ）``), ``―`` where the list is blank."""
    return "".join(_lines(_f(row, key))) or "―"


def partner(row: dict[str, Any]) -> str:
    """The first hospital the institution works with for in-person care, its address left out
    (``高知医療センター``), "" where the list names none."""
    lines = _lines(_f(row, "cooperation"))
    first = re.split(r"[（(]", lines[0])[0].strip() if lines else ""
    return "" if first in NO_PARTNER else first


def url(row: dict[str, Any]) -> str:
    """The web page, "" where the row has none or what it has is no page (an address with
    ``@``)."""
    value = _f(row, "url")
    return "" if "@" in value else value


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between 13 April and 10 June 2020 (JST), while the lists stood."""
    start = dt.datetime(2020, 4, 13, 9, 0)
    return start + dt.timedelta(minutes=rng.randint(0, 58 * 24 * 60))


def _x(value: str) -> str:
    """``value`` as XML text or attribute value."""
    return escape(value, {'"': "&quot;"})


def _institution_code(rng: random.Random) -> str:
    """An invented seven-digit medical institution code (郡市区番号, number, check digit)."""
    return f"{rng.randint(1, 9):02d}{rng.randint(1000, 9999)}{rng.randint(0, 9)}"


def _complaint(rng: random.Random) -> tuple[str, str]:
    return rng.choice(COMPLAINTS)


def _personalized(row: dict[str, Any], code: str, *, phones: bool, indent: str) -> list[str]:
    """An MML ``mmlPsi:PersonalizedInfo`` of the institution's outpatient doctor on duty (no
    name: ``外来担当医``), with the institution, its first department, its business address
    and, where ``phones``, its number."""
    name, tel = _f(row, "name"), phone(row)
    dept = departments(row).split("・")[0] or "内科"
    lines = [
        "<mmlPsi:PersonalizedInfo>",
        f'  <mmlCm:Id mmlCm:type="facility" mmlCm:tableId="JPN{code}">0001</mmlCm:Id>',
        "  <mmlPsi:personName>",
        '    <mmlNm:Name mmlNm:repCode="I" mmlNm:tableId="MML0025">',
        "      <mmlNm:fullname>外来担当医</mmlNm:fullname>",
        "    </mmlNm:Name>",
        "  </mmlPsi:personName>",
        "  <mmlFc:Facility>",
        f'    <mmlFc:name mmlFc:repCode="I" mmlFc:tableId="MML0025">{_x(name)}</mmlFc:name>',
        f'    <mmlCm:Id mmlCm:type="insurance" mmlCm:tableId="MML0027">{code}</mmlCm:Id>',
        "  </mmlFc:Facility>",
        "  <mmlDp:Department>",
        f'    <mmlDp:name mmlDp:repCode="I" mmlDp:tableId="MML0025">{_x(dept)}</mmlDp:name>',
        "  </mmlDp:Department>",
        "  <mmlPsi:addresses>",
        '    <mmlAd:Address mmlAd:repCode="I" mmlAd:addressClass="business" '
        'mmlAd:tableId="MML0025">',
        f"      <mmlAd:full>{_x(_f(row, 'address'))}</mmlAd:full>",
        f"      <mmlAd:zip>{_x(_f(row, 'postal_code'))}</mmlAd:zip>",
        "    </mmlAd:Address>",
        "  </mmlPsi:addresses>",
    ]
    if phones:
        lines += [
            "  <mmlPsi:phones>",
            '    <mmlPh:Phone mmlPh:telEquipType="PH">',
            f"      <mmlPh:full>{tel}</mmlPh:full>",
            "    </mmlPh:Phone>",
            "  </mmlPsi:phones>",
        ]
    lines.append("</mmlPsi:PersonalizedInfo>")
    return [indent + line for line in lines]


MML_NAMESPACES = (
    ("", "http://www.medxml.net/MML/v4"),
    ("mmlCm", "http://www.medxml.net/MML/v4/SharedComponent/Common/1.0"),
    ("mmlNm", "http://www.medxml.net/MML/v4/SharedComponent/Name/1.0"),
    ("mmlFc", "http://www.medxml.net/MML/v4/SharedComponent/Facility/1.0"),
    ("mmlDp", "http://www.medxml.net/MML/v4/SharedComponent/Department/1.0"),
    ("mmlAd", "http://www.medxml.net/MML/v4/SharedComponent/Address/1.0"),
    ("mmlPh", "http://www.medxml.net/MML/v4/SharedComponent/Phone/1.0"),
    ("mmlPsi", "http://www.medxml.net/MML/v4/SharedComponent/PersonalizedInfo/1.0"),
    ("mmlCi", "http://www.medxml.net/MML/v4/SharedComponent/CreatorInfo/1.0"),
    ("mmlSc", "http://www.medxml.net/MML/v4/SharedComponent/Security/1.0"),
    ("mmlPi", "http://www.medxml.net/MML/v4/ContentModule/PatientInfo/1.0"),
    ("mmlRe", "http://www.medxml.net/MML/v4/ContentModule/Referral/1.0"),
)


def mml_referral(row: dict[str, Any], rng: random.Random) -> str:
    """An MML 4.0 instance of one referral letter (診療情報提供書) after a telephone
    consultation: the ``MmlHeader`` with the institution's doctor on duty as ``CreatorInfo``
    (the number in ``mmlPh:full``), an invented patient id as ``masterId`` and the ``toc``; one
    ``MmlModuleItem`` of ``contentModuleType="referral"`` with an invented document uid and
    confirm date, the creator again (no number), and the ``mmlRe:ReferralModule``: the patient
    with no name (``（氏名省略）``), an invented birth date and sex, title, greeting, complaint,
    diagnosis, the purpose naming the telephone consultation, ``mmlRe:referFrom`` (the number
    again) and the partner hospital as ``mmlRe:referToFacility`` (or ``referToUnknownName``)."""
    when = _when(rng)
    code = _institution_code(rng)
    patient = f"{rng.randint(1, 99999):06d}"
    a, b, c = rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12)
    d, e = 0x8000 | rng.getrandbits(14), rng.getrandbits(48)
    uid = f"{a:08x}-{b:04x}-4{c:03x}-{d:04x}-{e:012x}"
    born = dt.date(rng.randint(1935, 2005), rng.randint(1, 12), rng.randint(1, 28))
    complaint, diagnosis = _complaint(rng)
    xmlns = " ".join(f'xmlns{":" + p if p else ""}="{u}"' for p, u in MML_NAMESPACES)
    hospital = partner(row)
    refer_to = (
        [
            "          <mmlRe:referToFacility>",
            "            <mmlFc:Facility>",
            f'              <mmlFc:name mmlFc:repCode="I" mmlFc:tableId="MML0025">'
            f"{_x(hospital)}</mmlFc:name>",
            "            </mmlFc:Facility>",
            "          </mmlRe:referToFacility>",
        ]
        if hospital
        else ["          <mmlRe:referToUnknownName>ご担当医 御侍史</mmlRe:referToUnknownName>"]
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<Mml version="4.0" createDate="{when:%Y-%m-%dT%H:%M:%S}" {xmlns}>',
        "  <MmlHeader>",
        "    <mmlCi:CreatorInfo>",
        *_personalized(row, code, phones=True, indent="      "),
        '      <mmlCi:creatorLicense mmlCi:tableId="MML0026">doctor</mmlCi:creatorLicense>',
        "    </mmlCi:CreatorInfo>",
        "    <masterId>",
        f'      <mmlCm:Id mmlCm:type="facility" mmlCm:tableId="JPN{code}">{patient}</mmlCm:Id>',
        "    </masterId>",
        "    <toc>",
        *(f"      <tocItem>{u}</tocItem>" for p, u in MML_NAMESPACES if p),
        "    </toc>",
        "  </MmlHeader>",
        "  <MmlBody>",
        "    <MmlModuleItem>",
        '      <docInfo contentModuleType="referral">',
        '        <title generationPurpose="referral">診療情報提供書</title>',
        f"        <docId><uid>{uid}</uid></docId>",
        f"        <confirmDate>{when:%Y-%m-%dT%H:%M:%S}</confirmDate>",
        "        <mmlCi:CreatorInfo>",
        *_personalized(row, code, phones=False, indent="          "),
        '          <mmlCi:creatorLicense mmlCi:tableId="MML0026">doctor</mmlCi:creatorLicense>',
        "        </mmlCi:CreatorInfo>",
        "      </docInfo>",
        "      <content>",
        "        <mmlRe:ReferralModule>",
        "          <mmlPi:PatientModule>",
        "            <mmlPi:uniqueInfo>",
        "              <mmlPi:masterId>",
        f'                <mmlCm:Id mmlCm:type="facility" mmlCm:tableId="JPN{code}">{patient}'
        "</mmlCm:Id>",
        "              </mmlPi:masterId>",
        "            </mmlPi:uniqueInfo>",
        "            <mmlPi:personName>",
        '              <mmlNm:Name mmlNm:repCode="I" mmlNm:tableId="MML0025">',
        "                <mmlNm:fullname>（氏名省略）</mmlNm:fullname>",
        "              </mmlNm:Name>",
        "            </mmlPi:personName>",
        f"            <mmlPi:birthday>{born:%Y-%m-%d}</mmlPi:birthday>",
        f"            <mmlPi:sex>{rng.choice(('male', 'female'))}</mmlPi:sex>",
        "          </mmlPi:PatientModule>",
        "          <mmlRe:title>診療情報提供書</mmlRe:title>",
        "          <mmlRe:greeting>いつも大変お世話になっております。</mmlRe:greeting>",
        f"          <mmlRe:chiefComplaints>{complaint}</mmlRe:chiefComplaints>",
        f"          <mmlRe:clinicalDiagnosis>{diagnosis}</mmlRe:clinicalDiagnosis>",
        "          <mmlRe:referPurpose>令和2年4月10日付事務連絡に基づき電話等による診療を行い"
        "ましたが、対面での診察が必要と判断しました。ご高診のほどよろしくお願いいたします。"
        "</mmlRe:referPurpose>",
        "          <mmlRe:referFrom>",
        *_personalized(row, code, phones=True, indent="            "),
        "          </mmlRe:referFrom>",
        *refer_to,
        "        </mmlRe:ReferralModule>",
        "      </content>",
        "    </MmlModuleItem>",
        "  </MmlBody>",
        "</Mml>",
        "",
    ]
    return "\n".join(lines)


def jahis_notebook(row: dict[str, Any], rng: random.Random) -> str:
    """JAHIS e-medication-notebook data (電子版お薬手帳データフォーマット, version record
    ``JAHISTC08``, CRLF lines of comma-separated fields) of one dispensing at the institution
    (in-house): the patient record 1 with no name and no contact (``（氏名省略）``, an invented
    sex and birth date), the dispensing date (record 5), the institution as dispensing
    institution (record 11: name, prefecture code, table code 1, an invented institution code,
    postcode, address, number), as prescribing institution (record 51) and its doctor on duty
    with the first department (record 55), one or two drugs with their usage (records 201 and
    301, invented codes) and a remark (record 501) repeating the number. Commas inside a field
    become the full-width ``，``, as the format has no quoting."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    pref = PREFECTURES[prefecture(row)]
    code = _institution_code(rng)
    born = dt.date(rng.randint(1935, 2005), rng.randint(1, 12), rng.randint(1, 28))
    dept = departments(row).split("・")[0] or "内科"

    def f(value: str) -> str:
        return value.replace(",", "，").replace("\n", "")

    records = [
        "JAHISTC08,1",
        f"1,（氏名省略）,{rng.choice((1, 2))},{born:%Y%m%d},,,,,,,",
        f"5,{when:%Y%m%d},1",
        f"11,{f(name)},{pref},1,{code},{f(_f(row, 'postal_code'))},{f(_f(row, 'address'))},{tel},1",
        f"51,{f(name)},{pref},1,{code},1",
        f"55,外来担当医,{f(dept)},1",
    ]
    for rp, (drug, unit, usage) in enumerate(rng.sample(DRUGS, rng.randint(1, 2)), 1):
        dose = "1" if unit == "錠" else rng.choice(("2", "5", "10"))
        records += [
            f"201,{rp},{drug},{dose},{unit},2,6{rng.randint(10000000, 99999999)},1",
            f"301,{rp},{usage},{rng.choice((3, 5, 7, 14))},日分,1,,,1",
        ]
    records.append(
        f"501,電話による診療（令和2年4月10日付事務連絡）に基づく処方です。"
        f"お問い合わせは{f(name)}（{tel}）まで。,1"
    )
    return "\r\n".join(records) + "\r\n"


# docomo's emoji of the number keys (1 to 9 are U+E6E2 to U+E6EA, 0 is U+E6EB), as i-mode
# pages wrote them beside an ``accesskey`` link
KEY_EMOJI = {str(k): f"&#x{0xE6E1 + k:X};" for k in range(1, 10)} | {"0": "&#xE6EB;"}


def imode_chtml(row: dict[str, Any], rng: random.Random) -> str:
    """An i-mode Compact HTML page of a prefecture's mobile guide to the institutions that
    see patients by telephone: the Compact HTML 1.0 doctype, a Shift_JIS ``meta``, the title,
    a centred heading, the name, postcode and address, the number as a ``tel:`` link with
    ``accesskey="1"`` (its text repeating it) after docomo's key emoji, departments, the first
    and repeat visit answers, the partner hospital, links back with their keys and an invented
    page number in the list link, and the date the list was read."""
    name, tel = _f(row, "name"), phone(row)
    pref = prefecture(row)
    page = rng.randint(2, 40)
    body = [
        f"■名称<br>{_x(name)}<br>",
        f"■所在地<br>〒{_x(_f(row, 'postal_code'))}<br>{_x(_f(row, 'address'))}<br>",
        f'■電話<br>{KEY_EMOJI["1"]}<a href="tel:{tel}" accesskey="1">{tel}</a><br>',
        f"■診療科<br>{_x(departments(row))}<br>",
        f"■電話での初診<br>{_x(answer(row, 'first'))}<br>",
        f"■電話での再診<br>{_x(answer(row, 'revisit'))}<br>",
    ]
    if partner(row):
        body.append(f"■対面診療の連携先<br>{_x(partner(row))}<br>")
    if url(row):
        body.append(f'■ホームページ<br><a href="{_x(url(row))}">{_x(url(row))}</a><br>')
    lines = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD Compact HTML 1.0 Draft//EN">',
        "<html>",
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
        f"<title>{_x(name)}</title>",
        "</head>",
        '<body bgcolor="#FFFFFF" text="#000000" link="#0000FF">',
        f'<center><font color="#006633">{pref} 電話・オンライン診療</font></center>',
        "<hr>",
        '<font size="2">',
        *body,
        "</font>",
        "<hr>",
        f'{KEY_EMOJI["2"]}<a href="list.html?p={page}" accesskey="2">一覧へ戻る</a><br>',
        f'{KEY_EMOJI["0"]}<a href="index.html" accesskey="0">トップ</a><br>',
        "<hr>",
        '<center><font size="1">2020/06/10現在</font></center>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def denden_markdown(row: dict[str, Any], rng: random.Random) -> str:
    """One entry of a でんでんマークダウン (Denden Markdown) manuscript of an e-book guide to
    the prefecture's institutions: an invented page number ``[%n]``, the name as heading, a
    list of the postcode and address, the number, departments and the first and repeat visit
    answers, a paragraph repeating the number with a footnote reference, the partner hospital
    and web page where the row has them, the footnote with 縦中横 (``^2^``), and a page break
    ``===``."""
    name, tel = _f(row, "name"), phone(row)
    page = rng.randint(3, 120)
    lines = [
        f"[%{page}]",
        "",
        f"## {name}",
        "",
        f"* 所在地：〒{_f(row, 'postal_code')} {_f(row, 'address')}",
        f"* 電話：{tel}",
        f"* 診療科：{departments(row)}",
        f"* 電話での初診：{answer(row, 'first')}　再診：{answer(row, 'revisit')}",
        "",
        f"{name}では電話による診療を行っています[^{page}]。"
        f"受診の前に必ず{tel}へお電話でご相談ください。",
    ]
    if partner(row):
        lines.append(f"対面での診療が必要なときは{partner(row)}と連携しています。")
    if url(row):
        lines += ["", f"<{url(row)}>"]
    lines += [
        "",
        f"[^{page}]: 令和^2^年^6^月^10^日時点の厚生労働省のリスト（{prefecture(row)}）によります。",
        "",
        "===",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mml_referral": mml_referral,
    "jahis_notebook": jahis_notebook,
    "imode_chtml": imode_chtml,
    "denden_markdown": denden_markdown,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    return labelled(row, BLOCKS[layout](row, rng), (SPLIT, locale, layout, n))


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
