"""Rules written after ``held_out_211`` to ``held_out_218`` were scored once and their misses
and false finds read (Yuzawa's lists in Misskey notes; the RKI's health offices in TYPO3
TypoScript; the Musées de France in LIDO records; Italy's justices of the peace in NIR decrees;
the FOIA offices in Federal Register notices; Bahia's hospitals in Correios SIGEP lists;
Sweden's agencies in Skatteverket AGI declarations, SIE 4 files and Fortnox customers):

* a six-digit number on a line written in kana is Japanese, whatever the detector made of the
  document (a Misskey note's JSON, read as English): Japan has no six-digit lines (211's
  precision 0.933);
* a key's path names its value by its last name: "kontakt.rkiCode = 1.01.0.03." is a code, in
  a contact block or not, and no address either (213's precision 0.898);
* a CDATA section's start between an element and its value leaves the element its name
  ("<cpf_cnpj_remetente><![CDATA[...]]>"), and a key that starts with "cep_" names a CEP;
* a card's number ("cartao_postagem") and a sum ("SummaArbAvgSlf", Swedish) are no phones
  (217's precision 0.729, 218's 0.841);
* an element's ``type`` attribute names its value ('lido:type="numéro d'inventaire"');
* a count with no trunk 0 before a date ('#VER "A" 324 20240110', an SIE voucher) is no phone;
* a ZIP+4 code after its state ("MA 02109-3912"), and a label after the field before's value
  on its line ("Byggnad nummer: 3743 Zip: 12513-8384"), name no phone;
* the six-digit local numbers after an area code's number and slashes, with spaces around
  them ("0831 - 534701 / 534715 / 262749"), are each a phone (215's recall 0.986).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

MISSKEY = '  "text": "$[x2 **秋ノ宮児童館**]\\n📞 電話：55-2862\\n・location：秋ノ宮児童館",\n'
TYPOSCRIPT = (
    "# cat=kontakt/100/30; type=string; label=Code im PLZ-Tool des RKI\n"
    "plugin.tx_gesundheitsamt.kontakt.rkiCode = 1.01.0.04.\n"
    "# cat=kontakt/100/70; type=string; label=Telefon\n"
    "plugin.tx_gesundheitsamt.kontakt.telefon = 04321 942-2810\n"
)
SIGEP = (
    "<cartao_postagem>0093174102</cartao_postagem>\n"
    "<telefone_remetente><![CDATA[(75) 3287-2222]]></telefone_remetente>\n"
    "<cep_destinatario><![CDATA[41815060]]></cep_destinatario>\n"
    "<cpf_cnpj_remetente><![CDATA[03432593000153]]></cpf_cnpj_remetente>\n"
)
AGI = (
    '        <agd:SummaArbAvgSlf faltkod="487">1777243</agd:SummaArbAvgSlf>\n'
    "        <agd:Telefon>087000800</agd:Telefon>\n"
)
LIDO = (
    '<lido:workID lido:type="numéro d\'inventaire">1997.28.284</lido:workID>\n'
    "<lido:creditLine>renseignements : 04 92 70 91 19</lido:creditLine>\n"
)
SIE = (
    '#ADRESS "Ekonomienheten" "Box 913" "391 29 KALMAR" "0104586200"\n'
    '#VER "A" 324 20240110 "Lokalhyra kvartal 1, faktura 42182"\n'
)
FEDERAL_REGISTER = (
    "<P>by mail to Region 1, 5 Post Office Square, Boston, MA 02109-3912; by fax to"
    " 617-918-1505.</P>\n"
)
FORTNOX = (
    '    "VisitingAddress": "Diplomatic Quarter, Byggnad nummer: 3743 Zip: 12513-8384 Riyadh",\n'
)
NIR = (
    "<corpo>La cancelleria risponde ai seguenti numeri di telefono: 0831 - 534701 / 534715 /"
    " 262749 (cancelleria civile)</corpo>\n"
)

CASES = [
    (MISSKEY, "en", []),
    (TYPOSCRIPT, "en", ["04321 942-2810"]),
    (SIGEP, "pt", ["(75) 3287-2222"]),
    (AGI, "sv", ["087000800"]),
    (LIDO, "fr", ["04 92 70 91 19"]),
    (SIE, "sv", ["0104586200"]),
    (FEDERAL_REGISTER, "en", ["617-918-1505"]),
    (FORTNOX, "sv", []),
    (NIR, "it", ["0831 - 534701", "534715", "262749"]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_a_six_digit_number_keeps_its_label_in_english_text(stage: PiiFilter) -> None:
    """The kana rule reads the line's script: English text keeps its six-digit lines."""
    assert ("PHONE_NUMBER", "55-2862") in _found(stage, "Telephone: 55-2862\n", "en")


def test_a_code_key_holds_no_address(stage: PiiFilter) -> None:
    text = TYPOSCRIPT.replace("1.01.0.04.", "1.10.0.42.")
    assert not any(entity == "IP_ADDRESS" for entity, _ in _found(stage, text, "de"))


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"04321 942-2810", "087000800", "0104586200", "0831 - 534701"} <= set(found)
