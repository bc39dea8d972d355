"""held_out_71 of the PII evaluation set: real phone fields of a territory whose register no
earlier part used (Hong Kong) exactly as published, in layouts no earlier part has, beside the
row's own coordinates, district, address and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY, LV, RS, TN, PK, CR, GH, MA, BD, DO, TZ, SE, AE
and CN; here:

* the values are the phone fields of Hong Kong veterinary clinics and animal hospitals in
  HK01's clinic map (``scripts/data/pii_hk_vets.json``, written by ``scripts/hk_vets_data.py``;
  source and licence in that file): eight-digit numbers as each entry gave them in ``tel1``
  (``26382869``, a few ``2889 5238`` with a space) and, in six entries, a second number in
  ``tel2`` (``2889 5938``, published after a line break, here stripped), each copy of each
  field labelled; the map gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its coordinates (``114.1635``,
  ``22.4493``), map id, district, Chinese address, web site, opening hours, remarks and date of
  update, with invented booking references, fees, queue sizes, ports and times, and (in the
  chats) an attachment name whose date reads like an eight-digit number, unlabelled and scored;
* in layouts no earlier part has, labels in Traditional Chinese (as the map wrote them): a
  Mozilla Fluent ``.ftl`` resource of the clinic's page (``clinic-tel = 電話：...``), a Svelte
  component whose script lists the phones and whose ``<noscript>`` repeats them, an exported
  WhatsApp chat (Android's ``d/m/yyyy HH:MM - name: text`` lines) in which the clinic gives its
  numbers, and a HOCON (Lightbend config) file of its booking service with
  ``primary-phone = "..."`` and a ``phones`` list.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_71.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_hk_vets.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_71.jsonl.gz"
SPLIT = "held_out_71"

LAYOUTS = ("fluent_ftl", "svelte_component", "whatsapp_chat", "hocon_conf")
PHONES = ("tel1", "tel2", "tel3")
LON, LAT = "geometry.coordinates.0", "geometry.coordinates.1"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's non-empty phone fields as (column, value), each stripped (``tel2`` was
    published after a line break, a few ``tel1`` with a trailing space)."""
    return [(column, _f(row, column)) for column in PHONES if _f(row, column)]


def hours(row: dict[str, Any]) -> list[str]:
    """The row's opening hours, a line a day as published (none in a few rows)."""
    return [_f(row, f"weekday_text.{i}") for i in range(7) if _f(row, f"weekday_text.{i}")]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _q(value: str) -> str:
    """A JSON double-quoted string (HOCON's and JavaScript's quoted strings take its escapes)."""
    return json.dumps(value, ensure_ascii=False)


def fluent_ftl(row: dict[str, Any], rng: random.Random) -> str:
    """The clinic's page as a Mozilla Fluent resource ``zh-HK/clinic-<id>.ftl``: comments
    naming the file, the export and the clinic, a private term for the name, messages for the
    district, address, each phone (the first with a ``.title`` attribute), the remarks, the
    hours as a multiline pattern and the coordinates as number literals, and invented messages
    with variables (a queue size as a select expression, a booking reference)."""
    cid, tels = _f(row, "id"), phones(row)
    lines = [
        f"# zh-HK/clinic-{cid}.ftl",
        f"# 由獸醫診所地圖匯出（資料更新：{_f(row, 'last_updated')}），請勿手動修改",
        "",
        f"### {_f(row, 'chi_name')}",
        "",
        f"-clinic-name = {_f(row, 'chi_name')}",
        "clinic-title = { -clinic-name }",
        f"clinic-district = 地區：{_f(row, 'district')}",
        f"clinic-address = 地址：{_f(row, 'chi_address')}",
    ]
    for i, (_, tel) in enumerate(tels):
        if i == 0:
            lines += [f"clinic-tel = 電話：{tel}", "    .title = 致電 { -clinic-name }"]
        else:
            lines.append(f"clinic-tel-{i + 1} = 其他電話：{tel}")
    if _f(row, "remarks"):
        lines.append(f"clinic-remarks = 備註：{_f(row, 'remarks')}")
    if hours(row):
        lines += ["clinic-hours =", *(f"    {line}" for line in hours(row))]
    else:
        lines.append("clinic-hours = 請致電查詢")
    ref = f"VT-{rng.randint(100000, 999999)}"
    lines += [
        f"clinic-geo = 緯度 {{ {_f(row, LAT)} }}，經度 {{ {_f(row, LON)} }}",
        "",
        "## 網上預約",
        "",
        "# $count (Number) - 今日輪候人數",
        "clinic-queue = 今日輪候：{ $count ->",
        "        [0] 毋須輪候",
        "       *[other] { $count } 位",
        "    }",
        f'# $ref (String) - 例如 "{ref}"',
        "clinic-booking-ref = 預約編號：{ $ref }",
        f"clinic-booking-fee = 診金由 HK${rng.choice((280, 320, 350, 380, 450))} 起",
        "",
    ]
    return "\n".join(lines)


def svelte_component(row: dict[str, Any], rng: random.Random) -> str:
    """The clinic's card as a Svelte component ``ClinicCard<id>.svelte``: a ``<script>`` with
    a comment naming the clinic and date of update, exported props (the map id, an invented
    flag) and a ``clinic`` object literal in JSON (name, district, address, phones, web site,
    coordinates) and the hours; ``<svelte:head>``; markup looping over the phones with
    ``tel:`` links, a ``<noscript>`` repeating them, an invented waiting time; ``<style>``."""
    tels = [tel for _, tel in phones(row)]
    clinic = {
        "name": _f(row, "chi_name"),
        "district": _f(row, "district"),
        "address": _f(row, "chi_address"),
        "phones": tels,
        "website": _f(row, "website"),
    }
    body = json.dumps(clinic, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    lines = [
        "<script>",
        f"  // {_f(row, 'chi_name')}（{_f(row, 'district')}）資料更新：{_f(row, 'last_updated')}",
        f"  export let clinicId = {_f(row, 'id')};",
        "  export let openNow = false;",
        "",
        f"  const clinic = {body};",
        f"  const coords = [{_f(row, LON)}, {_f(row, LAT)}];",
        f"  const hours = {json.dumps(hours(row) or ['請致電查詢'], ensure_ascii=False)};",
        f"  let waitMinutes = {rng.choice((10, 15, 20, 30, 45))};",
        "</script>",
        "",
        "<svelte:head>",
        "  <title>{clinic.name}｜香港獸醫診所</title>",
        "</svelte:head>",
        "",
        '<article class="clinic" data-clinic-id={clinicId} data-lnglat={coords.join(",")}>',
        "  <h2>{clinic.name}</h2>",
        '  <p class="address">{clinic.address}</p>',
        "  {#each clinic.phones as phone}",
        '    <a class="tel" href={"tel:" + phone.replace(/\\s/g, "")}>{phone}</a>',
        "  {/each}",
        f"  <noscript>電話：{'／'.join(tels)}</noscript>",
        '  {#if openNow}<span class="badge">營業中</span>{/if}',
        '  <ul class="hours">',
        "    {#each hours as line}<li>{line}</li>{/each}",
        "  </ul>",
        '  <p class="wait">預計輪候 {waitMinutes} 分鐘</p>',
        "</article>",
        "",
        "<style>",
        "  .clinic { border-left: 4px solid #e4007f; padding: 0.75rem 1rem; }",
        "  .tel { margin-right: 0.5rem; font-variant-numeric: tabular-nums; }",
        "</style>",
        "",
    ]
    return "\n".join(lines)


def whatsapp_chat(row: dict[str, Any], rng: random.Random) -> str:
    """An exported WhatsApp chat between a client and the clinic, Android's text export
    (``d/m/yyyy HH:MM - sender: message``) on the row's date of update: the encryption notice,
    the client's question, the clinic's replies giving its hours, address, remarks, a map link
    with the coordinates and its numbers, an invented photo attachment, booking reference and
    fee, at invented times of the day."""
    day = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", _f(row, "last_updated"))
    assert day, row["path"]
    date = f"{int(day[3])}/{int(day[2])}/{day[1]}"
    name, tels = _f(row, "chi_name"), [tel for _, tel in phones(row)]
    minute = rng.randint(9 * 60, 11 * 60)
    photo = f"{day[1]}{int(day[2]):02d}{int(day[3]):02d}-WA00{rng.randint(10, 99)}"
    messages = [
        ("", "訊息及通話已受端對端加密保護。輕觸以了解更多。"),
        ("客戶", f"你好，想問{name}今日有冇得睇？隻貓兩日冇食嘢"),
        ("客戶", f"<附件：IMG-{photo}.jpg>"),
        (name, f"你好！營業時間：{'；'.join(hours(row)) or '請致電查詢'}"),
        (name, f"地址：{_f(row, 'chi_address')}（{_f(row, 'district')}）"),
        (name, f"📍 https://maps.google.com/?q={_f(row, LAT)},{_f(row, LON)}"),
        (name, "預約請致電 " + " 或 ".join(tels)),
    ]  # fmt: skip
    if _f(row, "remarks"):
        messages.append((name, f"備註：{_f(row, 'remarks')}"))
    slot = minute + rng.choice((60, 90, 120, 180))
    messages += [
        ("客戶", f"好，約 {slot // 60:02d}:{slot % 60:02d} 得唔得？"),
        (name, f"可以，預約編號 {rng.choice('ABCK')}{rng.randint(1000, 9999)}，"
               f"診金 HK${rng.choice((300, 350, 380, 420))} 起 🐾"),
        ("客戶", "唔該晒！"),
    ]  # fmt: skip
    lines = []
    for sender, text in messages:
        minute += rng.randint(0, 6)
        stamp = f"{date} {minute // 60:02d}:{minute % 60:02d} - "
        lines.append(stamp + (f"{sender}: {text}" if sender else text))
    return "\n".join(lines) + "\n"


def hocon_conf(row: dict[str, Any], rng: random.Random) -> str:
    """The clinic's booking service as a HOCON file ``conf/clinic-<id>.conf`` (Lightbend
    config): a comment naming the clinic, an ``include``, a ``clinic`` object with the map id,
    name, district, address, ``primary-phone`` and the ``phones`` list, web site, hours,
    remarks, date of update and ``location`` (coordinates as numbers), and a ``booking``
    object with invented slot length, daily cap, SMS sender id and ports (one from an optional
    substitution)."""
    tels = [tel for _, tel in phones(row)]
    lines = [
        f"# {_f(row, 'chi_name')}：網上預約服務設定",
        'include "application.conf"',
        "",
        "clinic {",
        f"  id = {_f(row, 'id')}",
        f"  name = {_q(_f(row, 'chi_name'))}",
        f"  district = {_q(_f(row, 'district'))}",
        f"  address = {_q(_f(row, 'chi_address'))}",
        f"  primary-phone = {_q(tels[0])}",
        f"  phones = [{', '.join(_q(tel) for tel in tels)}]",
        f"  website = {_q(_f(row, 'website'))}",
        f"  hours = {json.dumps(hours(row), ensure_ascii=False)}",
        f"  remarks = {_q(_f(row, 'remarks'))}",
        f"  updated = {_q(_f(row, 'last_updated'))}",
        f"  location {{ lat = {_f(row, LAT)}, lon = {_f(row, LON)} }}",
        "}",
        "",
        "booking {",
        f"  slot-minutes = {rng.choice((15, 20, 30))}",
        f"  max-per-day = {rng.randint(24, 96)}",
        '  sms-sender = "VETBOOK"',
        f"  http.port = {rng.randint(9000, 9099)}",
        "  http.port = ${?BOOKING_PORT}",
        f"  reminder-before = {rng.choice((2, 3, 24))}h",
        "}",
        "",
        'akka.loglevel = "INFO"',
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "fluent_ftl": fluent_ftl,
    "svelte_component": svelte_component,
    "whatsapp_chat": whatsapp_chat,
    "hocon_conf": hocon_conf,
}


def copies(text: str, fields: list[tuple[str, str]], where: str) -> Record:
    """``text`` as a record with every copy of each of a row's phone fields labelled under its
    column (each number in it by ``labelled_record``); each copy stands apart (no digit next to
    it); ``where`` names the row if one does not."""
    column = {value: col for col, value in fields}
    pattern = "|".join(re.escape(v) for v in sorted(column, key=len, reverse=True))
    b = Record()
    at = 0
    for m in re.finditer(pattern, text):
        assert not re.fullmatch(r"\d", text[m.start() - 1 : m.start()]), where
        assert not re.fullmatch(r"\d", text[m.end() : m.end() + 1]), where
        b.add(text[at : m.start()])
        b.phone(column[m.group()], m.group())
        at = m.end()
    b.add(text[at:])
    return b


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of each of its phone fields
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = copies(BLOCKS[layout](row, rng), phones(row), row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
