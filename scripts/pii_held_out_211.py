"""held_out_211 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Yuzawa City's open-data lists, Akita; Japan's earlier parts took other
publishers' registers) exactly as published, in layouts no earlier part has, beside the lists'
own names, addresses, postcodes, capacities and hours.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's,
the Hokkaido Government's and the Tokyo Metropolitan Government's lists) and many others; here:

* the values are the phone fields (``tel``, or the playgrounds' ``contact``), fax fields and
  e-mail fields of 478 rows of twelve lists of Yuzawa City
  (``scripts/data/pii_jp_yuzawa_lists.json``, written by ``scripts/jp_yuzawa_lists_data.py``;
  source and licence in that file): schools and halls, evacuation sites and shelters,
  immunisation clinics, libraries, playgrounds, consultation desks, after-school clubs,
  nurseries, child-care and disability support offices and social welfare facilities;
  Japanese numbers as the city writes them, the area code, exchange and line joined by hyphens
  (``0183-73-2162``, ``0182-35-2666``, mobiles ``090-5232-9001``, the free dial
  ``0800-800-0413``), or, in most welfare, nursery and club rows, the exchange and line alone
  (``72-3501``, six digits, dialled within the area code ``0183``); the number is the field
  from its first digit to its last on its first line with digits (``TEL　`` before it, the
  division ``湯沢市都市計画課（...）`` around it and a second line ``（湯沢市企画課）`` after it
  stay as the layout's own words), each copy labelled: a number of seven digits or more is
  labelled, a six-digit local number is not (the part's labelling policy,
  ``make_pii_eval.personal_phone``: Japan's plan has no six-digit lines), and stays in the text
  as a distractor the register itself wrote; a fax that is the phone's own number is the
  phone's; the libraries' four e-mail addresses are labelled as published (three with a
  full-width ``ｌ``, ``city.yuzawa.ｌg.jp``);
* the text around them is the same row's real fields, unlabelled and scored, with invented
  note, post and customer ids, user names, dates and times;
* in layouts no earlier part has, Japanese services' formats, text in Japanese: Misskey notes
  as ``notes/show`` returns them (JSON, the text in MFM: ``$[x2 ...]``, ``**...**``,
  ``?[...](...)`` silent links, ``#`` hashtags), esa.io posts as the API v1 returns them
  (``GET /v1/teams/:team_name/posts/:post_number``: ``full_name`` with the category path and
  tags, ``body_md`` with a table and a task list, ``body_html``, the ``esa_bot`` author),
  Zenn articles (``articles/*.md``: the front matter's ``emoji``, ``type`` and ``topics``,
  ``:::message`` and ``:::details`` blocks, an ``@[card](...)`` embed) and Yamato Transport's
  B2 Cloud shipping-label import CSV (送り状発行システムB2クラウド, its 97 columns in their
  order under a Japanese header row: the institution as お届け先 with its phone, the city's
  planning division as ご依頼主 with its number as the playground list publishes it,
  ``0183-73-2156``, labelled too, the fax in 記事, the e-mail address as お届け予定eメール).

Each record is seeded by its own (split, locale, layout, index). Committed with its data
before it was ever scored.

    python scripts/pii_held_out_211.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_yuzawa_lists.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_211.jsonl.gz"
SPLIT = "held_out_211"

LAYOUTS = ("misskey_note", "esa_post", "zenn_article", "b2_cloud_csv")
EDGES = {"phone": r"\d", "fax": r"\d", "sender": r"\d", "email": r"[\w.@-]"}

# the city's planning division, as the playground list gives it (``contact``), the sender of
# the B2 Cloud labels; its address is the city hall's, as the education list gives it
SENDER = {
    "name": "湯沢市都市計画課",
    "phone": "0183-73-2156",
    "column": "問合せ先",
    "postcode": "012-8501",
    "address": "秋田県湯沢市佐竹町1番1号",
}
# places outside Yuzawa that the lists' addresses start with (else the address is Yuzawa's)
TOWNS = ("湯沢市", "横手市", "羽後町", "東成瀬村", "雄勝郡", "大仙市", "秋田市")

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A string field as published, stripped ("" where the row has none or it is no string)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def _number(value: str) -> str:
    """The number of a phone field: its first line with a digit, from the first digit to the
    last (``TEL　0183-72-5855`` -> ``0183-72-5855``), "" where it has none."""
    for line in value.splitlines():
        m = re.search(r"\d(?:.*\d)?", line)
        if m:
            return m.group()
    return ""


def phone_key(row: dict[str, Any]) -> str:
    """The key of the row's phone field: ``tel``, or the playgrounds' ``contact``."""
    return "tel" if _f(row, "tel") else "contact"


def phone(row: dict[str, Any]) -> str:
    """The row's phone number as published."""
    return _number(_f(row, phone_key(row)))


def fax(row: dict[str, Any]) -> str:
    """The row's fax number as published, "" where it has none or it is the phone's."""
    value = _number(_f(row, "fax"))
    return "" if value == phone(row) else value


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published ("" where it has none)."""
    return _f(row, "email")


def column(row: dict[str, Any], key: str) -> str:
    """The list's title of a column (``電話番号``, ``ＦＡＸ``), the key where it has none."""
    title = row["header"].get(key) or key
    return title.strip()


def _around(row: dict[str, Any]) -> str:
    """The words the phone field writes around its number (``湯沢市都市計画課``,
    ``相談専用ダイヤル``, ``湯沢市企画課``), joined by a space; "" where it has none."""
    value = _f(row, phone_key(row))
    rest = value.replace(_number(value), " ")
    words = re.sub(r"^(?:TEL|FAX)\s*", "", rest.strip())
    return " ".join(w.strip("（）() 　") for w in words.split() if w.strip("（）() 　"))


def name(row: dict[str, Any]) -> str:
    """The name on one line (the lists break some over two), full-width blanks kept."""
    return " ".join(part.strip() for part in _f(row, "name").splitlines() if part.strip())


def kind(row: dict[str, Any]) -> str:
    """What the row is: its table's title where the list has tables, its category or its
    list's title."""
    return row["table"] or _f(row, "category") or row["list"]


def address(row: dict[str, Any]) -> str:
    """The address with the prefecture and city before it where the list leaves them out."""
    value = " ".join(_f(row, "address").split())
    if not value or value.startswith("秋田県"):
        return value
    if value.startswith(TOWNS):
        return "秋田県" + value
    return "秋田県湯沢市" + value


def postcode(row: dict[str, Any]) -> str:
    """The postcode as published without its mark (``012-0803``), "" where the row has none."""
    return _f(row, "zipcode").lstrip("〒")


def details(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's other fields worth a line, by their list's column titles: hours, capacity,
    the managing body, the consultation, days; in the list's order."""
    out = []
    for key in ("consultation", "time", "location", "contact_name", "opening_time",
                "weekday_opening_time", "holiday_opening_time", "capacity",
                "expected_capacity", "holiday", "start_date", "note"):  # fmt: skip
        value = row["fields"].get(key)
        if isinstance(value, bool) or value in (None, ""):
            continue
        text = " ".join(str(value).split())
        if key == "contact_name" and text == name(row):
            continue
        out.append((column(row, key) or key, text))
    return out


def labelled(row: dict[str, Any], text: str, sender: bool = False) -> Record:
    """``text`` as a record: every copy of the row's phone, its fax and its e-mail address
    labelled (and of the B2 labels' sender's number), longest first so that a number written
    inside a longer one is the longer one's; each copy stands apart."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", email(row))]
    if sender and SENDER["phone"] != phone(row):
        values.append(("sender", SENDER["phone"]))
    values.sort(key=lambda kv: -len(kv[1]))
    columns = {
        "phone": column(row, phone_key(row)),
        "fax": column(row, "fax"),
        "sender": SENDER["column"],
    }
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _aid(rng: random.Random, when: dt.datetime) -> str:
    """An invented Misskey ``aid`` id: the time in base 36 (8 characters) and 2 random ones."""
    ms = int((when.timestamp() - 946684800) * 1000)
    digits = string.digits + string.ascii_lowercase
    out = ""
    while ms:
        ms, r = divmod(ms, 36)
        out = digits[r] + out
    return out.rjust(8, "0") + "".join(rng.choice(digits) for _ in range(2))


def _iso_z(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.") + (
        f"{when.microsecond // 1000:03d}Z"
    )


def _tags(row: dict[str, Any]) -> list[str]:
    return ["湯沢市", re.sub(r"[（）()・、\s]", "", row["list"])[:20]]


def _contact_lines(row: dict[str, Any]) -> list[str]:
    """The phone, fax and e-mail lines of a note or a page (plain text)."""
    around = _around(row)
    lines = [f"電話：{phone(row)}" + (f"（{around}）" if around else "")]
    if fax(row):
        lines.append(f"FAX：{fax(row)}")
    if email(row):
        lines.append(f"メール：{email(row)}")
    return lines


def misskey_note(row: dict[str, Any], rng: random.Random) -> str:
    """A Misskey note as ``notes/show`` returns it (JSON): an invented ``aid`` id, time and
    city account (``yuzawa_opendata``), the text in MFM (the name enlarged with ``$[x2 ...]``,
    the kind in bold, the address, the contact lines, a silent link to a map search, the
    hashtags), its ``tags``, no reactions, public."""
    when = _when(rng)
    tel = phone(row)
    query = address(row) or name(row)
    text = [
        f"$[x2 **{name(row)}**]",
        f"【{kind(row)}】",
        f"📍 {address(row)}" if address(row) else "",
        *(f"📞 {line}" for line in _contact_lines(row)),
        *(f"・{k}：{v}" for k, v in details(row)[:2]),
        f"?[地図で見る](https://www.google.com/maps/search/?api=1&query={query})",
        f"$[small 湯沢市オープンデータ「{row['list']}」より。お問い合わせは {tel} へ]",
        " ".join(f"#{t}" for t in _tags(row)),
    ]
    user_id = _aid(rng, dt.datetime(2023, 4, 1, 9, tzinfo=dt.UTC))
    note = {
        "id": _aid(rng, when),
        "createdAt": _iso_z(when),
        "userId": user_id,
        "user": {
            "id": user_id,
            "name": "湯沢市オープンデータ（非公式bot）",
            "username": "yuzawa_opendata",
            "host": None,
            "avatarUrl": f"https://misskey.example/identicon/{user_id}",
            "avatarBlurhash": None,
            "isBot": True,
            "isCat": False,
            "emojis": {},
            "onlineStatus": "unknown",
            "badgeRoles": [],
        },
        "text": "\n".join(line for line in text if line),
        "cw": None,
        "visibility": "public",
        "localOnly": False,
        "reactionAcceptance": "likeOnly",
        "renoteCount": rng.randint(0, 3),
        "repliesCount": 0,
        "reactionCount": 0,
        "reactions": {},
        "reactionEmojis": {},
        "tags": _tags(row),
        "fileIds": [],
        "files": [],
        "replyId": None,
        "renoteId": None,
        "clippedCount": 0,
    }
    return json.dumps(note, ensure_ascii=False, indent=2) + "\n"


def esa_post(row: dict[str, Any], rng: random.Random) -> str:
    """An esa.io post as the API v1 returns it (``GET /v1/teams/:team_name/posts/:number``,
    JSON): an invented number and times, ``name``, ``full_name`` with the category path and
    tags, ``wip``, ``body_md`` (a heading, a table of the row's fields with the phone, fax and
    e-mail, a task list repeating the number), ``body_html`` of it, the ``esa_bot`` author."""
    created = _when(rng)
    updated = created + dt.timedelta(minutes=rng.randint(5, 9000))
    number = rng.randint(120, 4800)
    team = "yuzawa-kosodate"
    category = f"施設情報/{re.sub(r'[/]', '・', row['list'])}"
    tags = _tags(row)
    rows = [("名称", name(row)), ("種別", kind(row))]
    if postcode(row):
        rows.append(("郵便番号", postcode(row)))
    if address(row):
        rows.append(("所在地", address(row)))
    rows.append((column(row, phone_key(row)), phone(row)))
    if fax(row):
        rows.append((column(row, "fax"), fax(row)))
    if email(row):
        rows.append((column(row, "email"), email(row)))
    rows += details(row)
    task = f"{phone(row)} に電話して掲載内容を確認する"
    done = rng.random() < 0.5
    md = [
        f"# {name(row)}",
        "",
        f"湯沢市オープンデータ「{row['list']}」から転記。",
        "",
        "| 項目 | 内容 |",
        "| --- | --- |",
        *(f"| {k} | {v.replace('|', '｜')} |" for k, v in rows),
        "",
        "## TODO",
        f"- [{'x' if done else ' '}] {task}",
        "- [ ] 写真を追加する",
        "",
    ]
    body_html = (
        f'<h1 id="1-0-0" name="1-0-0">\n<a class="anchor" href="#1-0-0"></a>'
        f"{html.escape(name(row))}</h1>\n<p>湯沢市オープンデータ「{html.escape(row['list'])}」"
        "から転記。</p>\n<table>\n<thead>\n<tr>\n<th>項目</th>\n<th>内容</th>\n</tr>\n"
        "</thead>\n<tbody>\n"
        + "".join(
            f"<tr>\n<td>{html.escape(k)}</td>\n<td>{html.escape(v)}</td>\n</tr>\n" for k, v in rows
        )
        + "</tbody>\n</table>\n"
        f'<ul>\n<li class="task-list-item"><input type="checkbox" class="task-list-item-'
        f'checkbox"{" checked" if done else ""}>{html.escape(task)}</li>\n</ul>\n'
    )
    bot = {
        "myself": False,
        "name": "esa bot",
        "screen_name": "esa_bot",
        "icon": "https://img.esa.io/uploads/production/users/1/icon/thumb_m_402685a258cf2a33c1d6c13a89adec92.png",
    }
    post = {
        "number": number,
        "name": name(row),
        "full_name": f"{category}/{name(row)} " + " ".join(f"#{t}" for t in tags),
        "wip": rng.random() < 0.3,
        "body_md": "\n".join(md),
        "body_html": body_html,
        "created_at": created.isoformat(),
        "message": "Create post.",
        "url": f"https://{team}.esa.io/posts/{number}",
        "updated_at": updated.isoformat(),
        "tags": tags,
        "category": category,
        "revision_number": rng.randint(1, 6),
        "created_by": bot,
        "updated_by": bot,
        "kind": "stock",
        "comments_count": 0,
        "tasks_count": 2,
        "done_tasks_count": int(done),
        "stargazers_count": rng.randint(0, 4),
        "watchers_count": 1,
        "star": False,
        "watch": False,
    }
    return json.dumps(post, ensure_ascii=False, indent=2) + "\n"


EMOJI = {"学校": "🏫", "避難": "🏃", "医": "🏥", "図書館": "📚", "遊び場": "🛝"}


def zenn_article(row: dict[str, Any], rng: random.Random) -> str:
    """A Zenn article (``articles/<slug>.md``): the front matter (``title``, ``emoji``,
    ``type: "idea"``, ``topics``, ``published``), an introduction, a ``:::message`` block with
    the contact lines, a table of the row's fields, a ``:::details`` block with the list's
    credit and the number again, an ``@[card](...)`` embed of the city's open-data page."""
    emoji = next((e for k, e in EMOJI.items() if k in row["list"] + kind(row)), "🏠")
    table = [("名称", name(row)), ("種別", kind(row))]
    if postcode(row):
        table.append(("郵便番号", f"〒{postcode(row)}"))
    if address(row):
        table.append(("所在地", address(row)))
    table += details(row)
    lines = [
        "---",
        f'title: "湯沢市の{kind(row)}：{name(row)}"',
        f'emoji: "{emoji}"',
        'type: "idea"',
        'topics: ["opendata", "yuzawa", "akita"]',
        f"published: {'true' if rng.random() < 0.8 else 'false'}",
        "---",
        "",
        f"湯沢市が公開している「{row['list']}」のデータから、**{name(row)}** を紹介します。",
        "",
        ":::message",
        *_contact_lines(row),
        ":::",
        "",
        "| 項目 | 内容 |",
        "| --- | --- |",
        *(f"| {k} | {v.replace('|', '｜')} |" for k, v in table),
        "",
        ":::details 出典",
        f"Data by 湯沢市 - {row['list']}（クリエイティブ・コモンズ 表示）",
        f"掲載内容は変わることがあります。お出かけ前に {phone(row)} へご確認ください。",
        ":::",
        "",
        "@[card](https://www.city-yuzawa.jp/site/opendata/)",
        "",
    ]
    return "\n".join(lines)


B2_COLUMNS = (
    "お客様管理番号", "送り状種類", "クール区分", "伝票番号", "出荷予定日",
    "お届け予定（指定）日", "配達時間帯", "お届け先コード", "お届け先電話番号",
    "お届け先電話番号枝番", "お届け先郵便番号", "お届け先住所",
    "お届け先住所（アパートマンション名）", "お届け先会社・部門名１", "お届け先会社・部門名２",
    "お届け先名", "お届け先名略称カナ", "敬称", "ご依頼主コード", "ご依頼主電話番号",
    "ご依頼主電話番号枝番", "ご依頼主郵便番号", "ご依頼主住所",
    "ご依頼主住所（アパートマンション名）", "ご依頼主名", "ご依頼主略称カナ", "品名コード１",
    "品名１", "品名コード２", "品名２", "荷扱い１", "荷扱い２", "記事",
    "コレクト代金引換額（税込）", "コレクト内消費税額等", "営業所止置き", "営業所コード",
    "発行枚数", "個数口枠の印字", "ご請求先顧客コード", "ご請求先分類コード", "運賃管理番号",
    "クロネコwebコレクトデータ登録", "クロネコwebコレクト加盟店番号",
    "クロネコwebコレクト申込受付番号１", "クロネコwebコレクト申込受付番号２",
    "クロネコwebコレクト申込受付番号３", "お届け予定ｅメール利用区分",
    "お届け予定ｅメールe-mailアドレス", "入力機種", "お届け予定ｅメールメッセージ",
    "お届け完了ｅメール利用区分", "お届け完了ｅメールe-mailアドレス",
    "お届け完了ｅメールメッセージ", "クロネコ収納代行利用区分", "予備", "収納代行請求金額(税込)",
    "収納代行内消費税額等", "収納代行請求先郵便番号", "収納代行請求先住所",
    "収納代行請求先住所（アパートマンション名）", "収納代行請求先会社・部門名１",
    "収納代行請求先会社・部門名２", "収納代行請求先名(漢字)", "収納代行請求先名(カナ)",
    "収納代行問合せ先名(漢字)", "収納代行問合せ先郵便番号", "収納代行問合せ先住所",
    "収納代行問合せ先住所（アパートマンション名）", "収納代行問合せ先電話番号",
    "収納代行管理番号", "収納代行品名", "収納代行備考", "複数口くくりキー", "検索キータイトル1",
    "検索キー1", "検索キータイトル2", "検索キー2", "検索キータイトル3", "検索キー3",
    "検索キータイトル4", "検索キー4", "検索キータイトル5", "検索キー5", "予備", "予備",
    "投函予定メール利用区分", "投函予定メールe-mailアドレス", "投函予定メールメッセージ",
    "投函完了メール（お届け先宛）利用区分", "投函完了メール（お届け先宛）e-mailアドレス",
    "投函完了メール（お届け先宛）メールメッセージ", "投函完了メール（ご依頼主宛）利用区分",
    "投函完了メール（ご依頼主宛）e-mailアドレス", "投函完了メール（ご依頼主宛）メールメッセージ",
    "連携管理番号", "通知メールアドレス",
)  # fmt: skip
GOODS = ("広報ゆざわ", "ポスター", "啓発チラシ", "防災マップ", "申請書類", "パンフレット")


def b2_cloud_csv(row: dict[str, Any], rng: random.Random) -> str:
    """Yamato Transport's B2 Cloud shipping-label import CSV (送り状発行システムB2クラウド):
    the header row of its 97 columns in their order and one label, every field quoted, CRLF
    line ends: an invented customer number and shipping date, 発払い (``0``), a delivery time
    code, the institution as お届け先 (phone, postcode, address, name, ``御中``), the city's
    planning division as ご依頼主 (``SENDER``), goods and handling words, the fax in 記事 and
    the e-mail address for the お届け予定 e-mail where the row has them, one label."""
    when = _when(rng)
    label = dict.fromkeys(range(len(B2_COLUMNS)), "")
    label.update(
        {
            0: f"YZ{when:%y%m}-{rng.randint(1, 9999):04d}",
            1: "0",
            2: "0",
            4: f"{when:%Y/%m/%d}",
            6: rng.choice(("", "0812", "1416", "1618")),
            8: phone(row),
            10: postcode(row),
            11: address(row),
            13: name(row)[:32],
            15: name(row),
            17: "御中",
            19: SENDER["phone"],
            21: SENDER["postcode"],
            22: SENDER["address"],
            24: SENDER["name"],
            27: rng.choice(GOODS),
            30: rng.choice(("ワレ物注意", "下積厳禁", "")),
            32: f"FAX {fax(row)}" if fax(row) else "",
            37: "1",
            38: "1",
        }
    )
    if email(row):
        label.update({47: "1", 48: email(row), 49: "1", 50: "お荷物をお届けします。"})
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(B2_COLUMNS)
    writer.writerow([label[i] for i in range(len(B2_COLUMNS))])
    return out.getvalue()


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "misskey_note": misskey_note,
    "esa_post": esa_post,
    "zenn_article": zenn_article,
    "b2_cloud_csv": b2_cloud_csv,
}


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone, fax and e-mail
    fields labelled (each number as ``labelled_record`` reads it)."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    text = BLOCKS[layout](row, rng)
    block = labelled(row, text, sender=layout == "b2_cloud_csv")
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
