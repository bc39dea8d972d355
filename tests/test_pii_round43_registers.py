"""Rules written after ``held_out_297`` to ``held_out_304`` were scored once and their misses
and false finds read (TWSE's securities branches in FIX 4.4 logs and FIXML reports; Starbucks'
stores in Alexa skill responses; the CVM's companies in Serpro CNPJ answers):

* a FIX party sub-id of type 7 is a phone number (``523=02-24288468<SOH>803=7``; ``<Sub
  ID="04-7295528" Typ="7"/>``), and a FIX time stamp's date and hour are no number
  (``20240513-04:50:03.000``: 299's 0.758 / 0.752);
* nine digits in one run after a state's code or name are a ZIP+4 code (``Duvall, Washington
  980199011``), eight where the leading 0 was lost (300's precision 0.923);
* fourteen digits whose last two are a CNPJ's check digits are Brazil's company number
  (``"ni": "00194724000113"``), unless a phone word or label names them.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

FIX_LOG = (
    "20240513-04:50:03.000: 8=FIX.4.4\x019=60\x0135=0\x0149=TW1025\x0156=INSTCLNT\x0134=8310"
    "\x0152=20240513-04:50:03.000\x0110=060\x01\n"
    "20240513-04:50:08.000: 8=FIX.4.4\x019=313\x0135=AK\x0149=TW1025\x0156=INSTCLNT\x0134=8311"
    "\x0152=20240513-04:50:08.000\x01664=C20240513374125\x01453=1\x01448=1025\x01447=D\x01452=1"
    "\x01802=1\x01523=02-24288468\x01803=7\x0155=2603\x0154=1\x0180=19000\x016=136.60"
    "\x0160=20240513-04:50:08.000\x0110=155\x01\n"
)
FIXML = """<FIXML v="5.0 SP2">
  <TrdCaptRpt RptID="TCR20240513001" TrdDt="2024-05-13" LastQty="19000" LastPx="136.60">
    <Instrmt Sym="2603"/>
    <RptSide Side="1">
      <Pty ID="1025" R="1">
        <Sub ID="04-7295528" Typ="7"/>
        <Sub ID="Taipei" Typ="6"/>
      </Pty>
    </RptSide>
  </TrdCaptRpt>
</FIXML>
"""
ALEXA = (
    '{"card": {"type": "Standard", "title": "Starbucks Duvall",\n'
    '  "text": "15600 NE Big Rock Rd, Bldg B\\nDuvall, Washington 980199011\\n'
    'Phone: 425-788-7878\\nStore #10432-98765"}}\n'
    '{"card": {"text": "One Mohegan Sun Blvd.\\nUncasville, Connecticut 63821355\\n'
    'Phone: 8608622200"}}\n'
)
SERPRO = """{
  "ni": "00194724000113",
  "nomeEmpresarial": "AES BRASIL OPERACOES S.A.",
  "telefones": [{"ddd": "11", "numero": "41974925"}]
}
"""

CASES = [
    (FIX_LOG, "en", [("PHONE_NUMBER", "02-24288468")]),
    (FIXML, "en", [("PHONE_NUMBER", "04-7295528")]),
    (
        ALEXA,
        "en",
        [("PHONE_NUMBER", "425-788-7878"), ("PHONE_NUMBER", "8608622200")],
    ),
    (SERPRO, "pt", [("PHONE_NUMBER", "41974925")]),
    # another sub-id type stays an id; a phone label keeps fourteen digits a phone
    ('<Sub ID="12345678" Typ="1"/>\n', "en", []),
    ("Telefone: 00194724000113\n", "pt", [("PHONE_NUMBER", "00194724000113")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
