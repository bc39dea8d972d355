"""Rules written after ``held_out_259`` to ``held_out_264`` were scored once and their misses
and false finds read (Kyoto's and Osaka's group homes in Kibela notes, Pleasanter records and
Sagawa e飛伝 rows; Korea's urban parks in KakaoWork messages and T map places; IBRAM's museums
in Tainacan items; Alberta's schools in PowerSchool XML; Madhya Pradesh's COVID facilities in
Exotel SMS requests):

* a generic key's record names its value by its other keys: Tainacan's ``"name": "Número no
  Cadastro Nacional de Museus"`` beside ``"value"`` and its renderings ``"value_as_html"``
  (261's precision 0.844), KakaoWork's ``"term": "관리번호"`` beside the ``"content"`` object
  whose ``"text"`` holds the number (260's precision 0.910); a phone's kind vouches the same way;
* a Markdown row of two cells is a label's and its value's (``| 事業所番号 | 2622901672 |``,
  in a JSON string too: 259's Kibela notes, precision 0.704);
* a document that writes its phones after the trunk prefix 0 writes none without it (a
  Pleasanter record's ``"ClassA": "2623000763"``, a provider number beside ``"080-41419583"``);
* a column whose header names another number holds no card (``お客様コード``, a customer
  code of twelve digits from 6);
* a unit right after a number makes it a measure (``면적 3606714㎡``);
* a street's quadrant after its type is the address's (``6415 106 St NW``);
* a message request's ``To=`` and ``From=`` hold the addressee's number (``-d To=7898545837``,
  Exotel's SMS requests: 264's recall 0.933).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

TAINACAN = """    "metadata": {
      "numero-no-cadastro-nacional-de-museus": {
        "name": "Número no Cadastro Nacional de Museus",
        "value": "5.57.56.6754",
        "value_as_html": "5.57.56.6754",
        "value_as_string": "5.57.56.6754",
        "semantic_uri": ""
      },
      "telefone": {
        "name": "Telefone",
        "value": "(54) 3268-1234",
        "value_as_html": "(54) 3268-1234"
      }
    }
"""
KAKAOWORK = """    {
      "type": "description",
      "term": "관리번호",
      "content": {
        "type": "text",
        "text": "27290-00175",
        "markdown": false
      }
    },
    {
      "type": "description",
      "term": "전화번호",
      "content": {
        "type": "text",
        "text": "053-667-2000",
        "markdown": false
      }
    }
"""
KIBELA = (
    '{\n  "content": "# グループホームＲＡＳＩＥＬ八幡\\n\\n| 項目 | 内容 |\\n| --- | --- |\\n'
    '| 事業所番号 | 2622901672 |\\n| 所在地 | 京都府八幡市橋本 |\\n| 電話 | 075-981-1234 |"\n}\n'
)
MARKDOWN = "| 項目 | 内容 |\n| --- | --- |\n| 事業所番号 | 2622901672 |\n| 電話 | 075-981-1234 |\n"
PLEASANTER = """{
  "Title": "グループホームいろは",
  "ClassHash": {
    "ClassA": "2623000763",
    "ClassB": "080-41419583",
    "ClassF": "050-37401515"
  }
}
"""
EHIDEN = (
    '"お届け先電話番号","お届け先郵便番号","お届け先名称１","お客様管理番号","お客様コード"\n'
    '"075-604-5668","6128002","ベル","GH34084709","630756093708"\n'
)
POWERSCHOOL = (
    "<school><street>6415 106 St NW</street><city>Edmonton</city>"
    "<phone>780-413-2211</phone></school>\n"
)
TMAP = '{"desc":"근린공원, 면적 3606714㎡. 관리기관 부산시설공단(☎ 051-860-7848)"}\n'
EXOTEL = (
    "$ curl -s -X POST https://api.exotel.com/v1/Accounts/nhm/Sms/send.json \\\n"
    "    -d From=NHMMPC \\\n"
    "    -d To=7898545837 \\\n"
    "    -d SmsType=transactional\n"
)
# an e-Faktur row's list: a local number after its area's, written without the area code and
# the trunk prefix, stays a phone (``held_out_187``)
EFAKTUR = (
    '"LT","NPWP","NAMA","JALAN","KABUPATEN","KODE_POS","NOMOR_TELEPON"\n'
    '"LT","003991401316000","UPBJJ-UT Bandung","Jl. Panyileukan Raya No. 1 A","Bandung","40614",'
    '"022-7801791, 7801792, 87820554"\n'
)

CASES = [
    (TAINACAN, "pt", [("PHONE_NUMBER", "(54) 3268-1234"), ("PHONE_NUMBER", "(54) 3268-1234")]),
    (KAKAOWORK, "ko", [("PHONE_NUMBER", "053-667-2000")]),
    (KIBELA, "ja", [("PHONE_NUMBER", "075-981-1234")]),
    (MARKDOWN, "ja", [("PHONE_NUMBER", "075-981-1234")]),
    (PLEASANTER, "en", [("PHONE_NUMBER", "080-41419583"), ("PHONE_NUMBER", "050-37401515")]),
    (EHIDEN, "ja", [("PHONE_NUMBER", "075-604-5668")]),
    (POWERSCHOOL, "en", [("PHONE_NUMBER", "780-413-2211")]),
    (TMAP, "ko", [("PHONE_NUMBER", "051-860-7848")]),
    (EXOTEL, "en", [("PHONE_NUMBER", "7898545837")]),
    (
        EFAKTUR,
        "ms",
        [
            ("PHONE_NUMBER", "022-7801791"),
            ("PHONE_NUMBER", "7801792"),
            ("PHONE_NUMBER", "87820554"),
        ],
    ),
    # a card below a line that opens with "No" is no register's (``held_out_5``)
    (
        "No regrets were received.\n1696 144301 05507\n",
        "en",
        [("CREDIT_CARD", "1696 144301 05507")],
    ),
    # a data row's last cell after a name stays a phone, and so does a key=value's id key's
    # number only where its key names no addressee
    (
        "| Acme Kyoto | 事業所 | 075-981-1234 |\n",
        "ja",
        [("PHONE_NUMBER", "075-981-1234")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
