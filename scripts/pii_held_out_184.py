"""held_out_184 of the PII evaluation set: real phone fields of a register no earlier part used
(the Hokkaido Government's list of the hospitals of Hokkaido; Japan's earlier parts took city
lists of Takamatsu, Toyama, Iizuka, Yaizu and Sapporo) exactly as published, in layouts no
earlier part has, beside the register's own names, addresses, postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's hospitals, Toyama's and Sapporo's
nurseries, Iizuka's and Yaizu's lists), FR, KR, DE and many others; here:

* the values are the ``phone_number`` fields of 567 hospitals of Hokkaido
  (``scripts/data/pii_jp_hokkaido_hospitals.json``, written by
  ``scripts/jp_hokkaido_hospitals_data.py``; source and licence in that file): Japanese numbers
  as the prefecture writes them, the area code, the exchange and the line joined by hyphens
  (``0138-51-6281``, ``011-231-2121``, ``01392-2-2079``), each copy labelled;
* the text around them is the same row's real fields: the hospital's name, its public health
  centre area, postcode (``041-0844``), address, departments, emergency flag, bed count and
  coordinates, with invented record, partner and place ids, revision numbers, dates and times,
  unlabelled and scored;
* in layouts no earlier part has, Japanese business and messaging formats, text in Japanese:
  responses of Yahoo! JAPAN's YOLP Local Search API (``output=json``: a ``Feature`` with
  ``Geometry``, ``Property.Address``, ``Property.Tel1`` and ``Genre``, the number again in its
  ``Description``), kintone REST API record responses (``GET /k/v1/record.json``: each field
  an object of ``type`` and ``value``, the number as a ``LINK`` field and again in a
  ``MULTI_LINE_TEXT`` note), freee Accounting API partner responses (``GET
  /api/1/partners/{id}``: ``phone`` beside ``address_attributes`` with the postcode; one copy)
  and LINE talk histories as the app saves them (``[LINE] ...のトーク履歴``, ``保存日時：``, a
  date line, tab-separated time, sender and message; the number in a message and in its
  reply).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_184.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_hokkaido_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_184.jsonl.gz"
SPLIT = "held_out_184"

LAYOUTS = ("yolp_local_search", "kintone_record", "freee_partner", "line_talk_history")
# how many copies of the phone field each layout writes
COPIES = {"yolp_local_search": 2, "kintone_record": 2, "freee_partner": 1, "line_talk_history": 2}
PHONE = "phone_number"
AREA = "<病院（保健所別） H27.10.1現在>"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented senders of the LINE talk histories: offices, not persons
SENDERS = (
    ("地域連携室", "医事課"), ("訪問看護ステーション", "連携室"), ("ケアマネ事務所", "相談窓口"),
    ("薬局 本店", "薬局 配送係"), ("介護施設 事務", "生活相談員室"),
)  # fmt: skip
WEEKDAYS = "月火水木金土日"


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+81``); none of the register's is."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _utc(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _departments(row: dict[str, Any]) -> list[str]:
    """The departments as the register lists them (``内|小|外``), split, blanks dropped."""
    return [d.strip() for d in _f(row, "services").replace("，", "|").split("|") if d.strip()]


def _address(row: dict[str, Any]) -> str:
    """The address with the prefecture's name before it (the register leaves it out)."""
    return "北海道" + _f(row, "address")


def _emergency(row: dict[str, Any]) -> bool:
    return _f(row, "emergency") == "○"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def yolp_local_search(row: dict[str, Any], rng: random.Random) -> str:
    """A response of YOLP's Local Search API (``/search/local/V1/localSearch?output=json``) of
    one place: ``ResultInfo`` (count, total, start, status, latency), one ``Feature`` with an
    invented ``Id`` and ``Gid``, the name, ``Geometry`` (``"経度,緯度"``), a ``Description``
    repeating the number, and ``Property`` (an invented ``Uid`` and ``CassetteId``, the country,
    the address, ``Tel1``, the hospital genre and the postcode)."""
    name, tel = _f(row, "hospital_name"), phone(row)
    lat, lon = _f(row, "latitude"), _f(row, "longtitude")
    gid = _hex(rng, 8).upper()
    desc = f"{_f(row, AREA)}保健所管内の病院。代表電話 {tel}"
    if _emergency(row):
        desc += "（救急告示病院）"
    doc = {
        "ResultInfo": {
            "Count": 1,
            "Total": 1,
            "Start": 1,
            "Status": 200,
            "Description": "",
            "Copyright": "",
            "Latency": round(rng.uniform(0.005, 0.09), 3),
        },
        "Feature": [
            {
                "Id": str(rng.randint(10**19, 10**20 - 1)),
                "Gid": gid,
                "Name": name,
                "Geometry": {"Type": "point", "Coordinates": f"{lon},{lat}"},
                "Category": ["病院"],
                "Description": desc,
                "Style": [],
                "Property": {
                    "Uid": _hex(rng, 40),
                    "CassetteId": _hex(rng, 32),
                    "Yomi": "",
                    "Country": {"Code": "JP", "Name": "日本"},
                    "Address": _address(row),
                    "Tel1": tel,
                    "Genre": [{"Code": "0401001", "Name": "病院"}],
                    "Detail": {"ZipCode": _f(row, "postal_num")},
                    "SmartPhoneCouponFlag": "false",
                    "KeepCount": str(rng.randint(0, 400)),
                },
            }
        ],
    }
    return _json(doc)


def kintone_record(row: dict[str, Any], rng: random.Random) -> str:
    """A kintone REST API response of one record (``GET /k/v1/record.json``) of a hospital
    list app: each field an object of ``type`` and ``value`` (``RECORD_NUMBER``, ``__ID__``,
    ``__REVISION__``, ``CREATED_TIME``, ``UPDATED_TIME``, ``SINGLE_LINE_TEXT``, ``LINK`` for the
    number, ``NUMBER``, ``RADIO_BUTTON``, ``DROP_DOWN``, ``CHECK_BOX`` for the departments and
    a ``MULTI_LINE_TEXT`` note repeating the number); invented ids, revision and times."""
    name, tel = _f(row, "hospital_name"), phone(row)
    rid = str(rng.randint(1, 2400))
    made = _when(rng)
    changed = made + dt.timedelta(seconds=rng.randint(600, 40 * 86400))
    note = f"代表 {tel}\n救急告示：{'あり' if _emergency(row) else 'なし'}"
    record = {
        "レコード番号": {"type": "RECORD_NUMBER", "value": rid},
        "$id": {"type": "__ID__", "value": rid},
        "$revision": {"type": "__REVISION__", "value": str(rng.randint(1, 9))},
        "作成日時": {"type": "CREATED_TIME", "value": _utc(made)},
        "更新日時": {"type": "UPDATED_TIME", "value": _utc(changed)},
        "病院名": {"type": "SINGLE_LINE_TEXT", "value": name},
        "保健所": {"type": "DROP_DOWN", "value": _f(row, AREA)},
        "郵便番号": {"type": "SINGLE_LINE_TEXT", "value": _f(row, "postal_num")},
        "所在地": {"type": "SINGLE_LINE_TEXT", "value": _address(row)},
        "電話番号": {"type": "LINK", "value": tel},
        "診療科目": {"type": "CHECK_BOX", "value": _departments(row)},
        "病床数": {"type": "NUMBER", "value": _f(row, "sickbed_num")},
        "救急告示": {"type": "RADIO_BUTTON", "value": "あり" if _emergency(row) else "なし"},
        "緯度": {"type": "NUMBER", "value": _f(row, "latitude")},
        "経度": {"type": "NUMBER", "value": _f(row, "longtitude")},
        "備考": {"type": "MULTI_LINE_TEXT", "value": note},
    }
    return _json({"record": record})


def freee_partner(row: dict[str, Any], rng: random.Random) -> str:
    """A freee Accounting API response of one partner (``GET /api/1/partners/{id}``): invented
    ``id``, ``code`` and ``company_id``, the hospital as ``name`` and ``long_name``, ``phone``,
    the update date, ``org_code`` 1 (a corporation), ``country_code`` JP, and
    ``address_attributes`` (the postcode, ``prefecture_code`` 0 for Hokkaido, the address)."""
    name, tel = _f(row, "hospital_name"), phone(row)
    partner = {
        "id": rng.randint(10_000_000, 99_999_999),
        "code": f"H{rng.randint(1, 9999):04d}",
        "company_id": rng.randint(1_000_000, 9_999_999),
        "name": name,
        "update_date": f"{_when(rng):%Y-%m-%d}",
        "available": True,
        "shortcut1": _f(row, AREA),
        "shortcut2": None,
        "org_code": 1,
        "country_code": "JP",
        "long_name": name,
        "name_kana": None,
        "default_title": "御中",
        "phone": tel,
        "contact_name": None,
        "email": None,
        "payer_walletable_id": None,
        "transfer_fee_handling_side": "payer",
        "address_attributes": {
            "zipcode": _f(row, "postal_num"),
            "prefecture_code": 0,
            "street_name1": _f(row, "address"),
            "street_name2": None,
        },
        "partner_doc_setting_attributes": {"sending_method": "posting"},
        "partner_bank_account_attributes": {
            "bank_name": None,
            "bank_name_kana": None,
            "bank_code": None,
            "branch_name": None,
            "branch_kana": None,
            "branch_code": None,
            "account_type": "ordinary",
            "account_number": None,
            "account_name": None,
            "long_account_name": None,
        },
    }
    return _json({"partner": partner})


def line_talk_history(row: dict[str, Any], rng: random.Random) -> str:
    """A LINE talk history as the app saves it (``[LINE] <group>のトーク履歴``, ``保存日時：``,
    a blank line, the day's date line ``2024/01/09(火)``, then one message a line: time, sender
    and text set apart by tabs): two offices (invented senders) passing on a hospital's
    address, number and departments, the number again in the reply."""
    name, tel = _f(row, "hospital_name"), phone(row)
    ask, answer = rng.choice(SENDERS)
    day = _when(rng).replace(hour=9, minute=0, second=0)
    when = day + dt.timedelta(minutes=rng.randint(0, 8 * 60))
    saved = when + dt.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    times = [when + dt.timedelta(minutes=m) for m in sorted(rng.sample(range(1, 50), 4))]
    departments = "、".join(_departments(row)[:5])
    lines = [
        f"[LINE] {ask}・{answer}のトーク履歴",
        f"保存日時：{saved:%Y/%m/%d %H:%M}",
        "",
        f"{when:%Y/%m/%d}({WEEKDAYS[when.weekday()]})",
        f"{when:%H:%M}\t{ask}\t{name}の連絡先を教えてください",
        f"{times[0]:%H:%M}\t{answer}\t{name}\u3000〒{_f(row, 'postal_num')} {_address(row)}",
        f"{times[1]:%H:%M}\t{answer}\t電話は{tel}です",
        f"{times[2]:%H:%M}\t{answer}\t診療科：{departments}（病床{_f(row, 'sickbed_num')}床）",
        f"{times[3]:%H:%M}\t{ask}\t{tel}ですね、ありがとうございます",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "yolp_local_search": yolp_local_search,
    "kintone_record": kintone_record,
    "freee_partner": freee_partner,
    "line_talk_history": line_talk_history,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
