"""Rules written after ``held_out_273`` to ``held_out_280`` were scored once and their misses
and false finds read (Japan's telemedicine clinics in JAHIS medication-notebook data; Korea's
dementia centres in Gov24 service details; Ontario's schools in Hootsuite messages; Poland's
sanitary stations in REGON BIR reports):

* JAHIS's electronic medication notebook (``JAHISTC08``) is read by field like its prescription
  data: record 11's eighth field is the dispensing institution's telephone, its other fields
  codes (``0936817``, a medical institution code: 273's precision 0.710);
* a slash after a name of a script that writes no web address's path is no glue (``보건소/
  044-301-2000||...``: 274's recall 0.870);
* a Latin capital after a letter of another script starts a word (``서비스ID``, a service id
  read as a card);
* a bare nine-digit run is an SSN only where an SSN's label names it (``"socialProfileIds":
  ["112193863"]``: 276's 131 SSN finds);
* ``nip``, ``regon`` and ``krs`` name Poland's tax and register numbers, in numbered keys too
  (``<praw_regon9>``: 280's precision 0.939).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

NOTEBOOK = (
    "JAHISTC08,1\r\n"
    "1,（氏名省略）,1,19640508,,,,,,,\r\n"
    "5,20200527,1\r\n"
    "11,安宅循環器内科,36,1,0936817,778-0003,徳島県三好市池田町サラダ１６５１－２,0883-72-6300,1\r\n"
    "51,安宅循環器内科,36,1,0936817,1\r\n"
    "201,1,アムロジピン錠５ｍｇ「サワイ」,1,錠,2,681447505,1\r\n"
)
GOV24 = (
    '{"currentCount": 1, "data": [{"구비서류": "신분증", "문의처": "과천시보건소/02-2150-3571'
    '||경기도 과천시청/02-2150-3805", "법령": "치매관리법", "서비스ID": "560824015344"}]}\n'
)
HOOTSUITE = """{
  "text": "Kindergarten registration is open! Questions? Call 705-649-2130.",
  "socialProfileIds": [
    "112193863",
    "132878306"
  ]
}
"""
BIR = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <dane>
    <praw_regon9>004749597</praw_regon9>
    <praw_nip>2884061717</praw_nip>
    <praw_statusNip />
    <praw_nazwa>POWIATOWA STACJA SANITARNO-EPIDEMIOLOGICZNA W JAŚLE</praw_nazwa>
    <praw_nazwaSkrocona />
    <praw_numerWRejestrzeEwidencji />
    <praw_dataWpisuDoRejestruEwidencji />
    <praw_dataPowstania>1970-04-25</praw_dataPowstania>
    <praw_dataRozpoczeciaDzialalnosci>1970-04-25</praw_dataRozpoczeciaDzialalnosci>
    <praw_dataWpisuDoRegon>1977-02-12</praw_dataWpisuDoRegon>
    <praw_dataZawieszeniaDzialalnosci />
    <praw_dataWznowieniaDzialalnosci />
    <praw_dataZaistnieniaZmiany>2024-03-10</praw_dataZaistnieniaZmiany>
    <praw_dataZakonczeniaDzialalnosci />
    <praw_dataSkresleniaZRegon />
    <praw_adSiedzKraj_Symbol>PL</praw_adSiedzKraj_Symbol>
    <praw_adSiedzWojewodztwo_Symbol>18</praw_adSiedzWojewodztwo_Symbol>
    <praw_adSiedzKodPocztowy>38200</praw_adSiedzKodPocztowy>
    <praw_adSiedzNumerNieruchomosci />
    <praw_adSiedzNumerLokalu />
    <praw_adSiedzNietypoweMiejsceLokalizacji />
    <praw_numerTelefonu>13 446 30 08 wew.41</praw_numerTelefonu>
    <praw_numerWewnetrznyTelefonu />
  </dane>
</root>
"""

CASES = [
    (NOTEBOOK, "ja", [("PHONE_NUMBER", "0883-72-6300")]),
    (GOV24, "ko", [("PHONE_NUMBER", "02-2150-3571"), ("PHONE_NUMBER", "02-2150-3805")]),
    (HOOTSUITE, "en", [("PHONE_NUMBER", "705-649-2130")]),
    (
        BIR,
        "pl",
        [("PHONE_NUMBER", "13 446 30 08")],
    ),
    # an SSN that its label or its column names stays an SSN, and a web address's path keeps
    # its numbers
    ("SSN: 536228726\n", "en", [("US_SSN", "536228726")]),
    ("| Name | SSN |\n|---|---|\n| Ann Lee | 536228726 |\n", "en", [("US_SSN", "536228726")]),
    ("https://example.com/files/0212345678\n", "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
