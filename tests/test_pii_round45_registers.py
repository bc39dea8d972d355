"""Rules written after ``held_out_313`` to ``held_out_320`` were scored once and their misses
and false finds read (Korea's parking lots in CUBRID object files; Taiwan's cram schools in
Google Classroom courses and PIXNET articles; Castilla y León's museums in Liferay articles;
Brazil's legislative houses in Transferegov CSV rows):

* a CUBRID object file names each row's values by its ``%class`` line's attributes, as an SQL
  INSERT's column list does (``[prk_mng_no]``: a lot's number, ``[tel_no]``: a phone, whatever
  its shape; 314's precision 0.928), and "대표번호" (a firm's main line) is a phone word;
* "立案文號" and "核准立案字號" (a filing's and an approval's number) name another number (315);
* a Liferay article's value in a CDATA section fills its ``dynamic-content`` element, which
  the ``dynamic-element``'s name names (319);
* eight digits in one run below a CEP column's header are a postcode, though Turkish "cep"
  heads a column of mobiles, and a CNPJ in one run is no card (320's precision 0.890).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

CUBRID = (
    "%id [dba].[prk_mng_instt] 820\n"
    "%id [dba].[parking_lot] 672\n"
    "%class [dba].[prk_mng_instt] ([institution_nm] [tel_no] [instt_code])\n"
    "'대구시설공단' '1577-6446' 'B553738'\n"
    "%class [dba].[parking_lot] ([prk_mng_no] [prk_nm] [prk_cmprt_co] [tel_no] [latitude])\n"
    "'155-1-000003' '대구은행범어동지점주차장' 82 '1577-6446' 35.8597457\n"
)
CLASSROOM = (
    '{\n  "section": "柏克萊美語文理短期補習班",\n'
    '  "description": "柏克萊美語文理短期補習班｜高一自然\\n'
    "上課地點：新北市永和區保福路2段138號1樓\\n"
    "立案文號：89192751（補習班代號 21200208022396）\\n"
    '請假、調課請於上課前來電 2923-2913 告知櫃台。"\n}\n'
)
LIFERAY = """<root available-locales="es_ES" default-locale="es_ES">
  <dynamic-element name="Telefono" type="text" index-type="keyword" instance-id="bnc0ne1w">
    <dynamic-content language-id="es_ES"><![CDATA[975 221 397]]></dynamic-content>
  </dynamic-element>
  <dynamic-element name="Fax" type="text" index-type="keyword" instance-id="vuro7faz">
    <dynamic-content language-id="es_ES"><![CDATA[975 229 872]]></dynamic-content>
  </dynamic-element>
</root>
"""
TRANSFEREGOV = (
    '"IDENTIF_PROPONENTE";"NM_PROPONENTE";"UF_PROPONENTE";"CEP_PROPONENTE";'
    '"EMAIL_PROPONENTE";"TELEFONE_PROPONENTE"\n'
    '"69470029000133";"CÂMARA MUNICIPAL DE AUGUSTO PESTANA";"RS";"98740000";'
    '"vereadores@pmaugustopestana.com.br";"(55) 3334-1133"\n'
)

CASES = [
    (CUBRID, "en", [("PHONE_NUMBER", "1577-6446"), ("PHONE_NUMBER", "1577-6446")]),
    ("대표번호: 1577-6446\n", "ko", [("PHONE_NUMBER", "1577-6446")]),
    (CLASSROOM, "zh", [("PHONE_NUMBER", "2923-2913")]),
    (LIFERAY, "es", [("PHONE_NUMBER", "975 221 397"), ("PHONE_NUMBER", "975 229 872")]),
    (
        TRANSFEREGOV,
        "pt",
        [
            ("EMAIL_ADDRESS", "vereadores@pmaugustopestana.com.br"),
            ("PHONE_NUMBER", "(55) 3334-1133"),
        ],
    ),
    # a card label above a fourteen-digit number that passes the CNPJ check keeps it a card
    ("Card\n36042489916874\n", "de", [("CREDIT_CARD", "36042489916874")]),
    # a Turkish "Cep" column holds mobiles of ten or eleven digits
    (
        "Ad;Cep;Sabit\nAhmet Ltd;05321234567;02121234567\n",
        "tr",
        [("PHONE_NUMBER", "05321234567"), ("PHONE_NUMBER", "02121234567")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
