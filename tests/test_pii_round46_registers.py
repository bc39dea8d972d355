"""Rules written after ``held_out_321`` to ``held_out_336`` were scored once and their misses
and false finds read (the Basque restaurants in InfoJobs offers; Maiia's vaccination centres
in the open-data CSV; Taiwan's civil associations in KKTIX events; Banco do Nordeste's
branches in Chatwoot webhooks and CNPJ.ws answers; Berlin's Kitas in DIN 5008 letters and
ELSTER returns; Taiwan's child-care centres in SHOPLINE orders; India's blood centres in
YouTube video requests):

* Spanish "llamad", "llamen" (call, to you all) are phone words (334's recall 0.767);
* "siren", "siret" and "cnae" name France's and Brazil's register numbers, and a CNAE
  subclass ("6422-1/00") is no phone (333's precision 0.881, 335's 0.780);
* a date of the Republic of China's calendar ("078/11/10") is a date (331's 0.846);
* a key whose last word is "at" names a time ('"contact_last_seen_at": 1756088632'), though a
  word for a contact opens it (335);
* German "Zeichen" (a letter's reference) names another number, and so does a compound's
  "datum" ("Erstellungsdatum"), and "cents" an amount (326's 0.940, 323);
* numbers listed in a JSON string are no unquoted array elements (324's misses).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

INFOJOBS = (
    '{"title": "Jefe/a de sala",\n'
    '  "description": "Abeletxe (restaurante, Zizurkil) busca jefe/a de sala.\\n\\n'
    "Interesados/as llamad al 943 693 983 o envía tu CV a info@abeletxe.com; indicad el "
    'puesto en el asunto."\n}\n'
)
VACCINATION_CSV = (
    "gid;nom;com_cp;lat_coor1;long_coor1;structure_siren;rdv_tel\n"
    "3070;Centre de Vaccination- Moulins - Yzeure;03000;46.570295;3.325265;829929264;"
    "+33470461110\n"
)
KKTIX = (
    '{"content": "主辦單位：中華民國農業發展協會（社會團體）\\n洽詢電話：06-235-2165\\n\\n'
    '本會成立於民國 078/11/10，誠摯邀請會員參加。"}\n'
)
CHATWOOT = """{
  "event": "message_created",
  "conversation": {
    "contact_last_seen_at": 1756088632,
    "agent_last_seen_at": 1756088640
  },
  "content": "Bom dia! Nosso telefone: (82) 32732132"
}
"""
CNPJ_WS = """{
  "atividade_principal": {
    "subclasse": "6422-1/00",
    "descricao": "Bancos multiplos, com carteira comercial"
  },
  "ddd1": "82",
  "telefone1": "32732132"
}
"""
DIN_5008 = (
    "Ihr Zeichen:          \n"
    "Unser Zeichen:        8140410/24\n"
    "Telefon:              030 42161469\n"
    "Datum:                12.03.2024\n"
)
ELSTER = """<Anmeldungssteuern art="LStA" version="2024">
  <DatenLieferant>
    <Name>Kita Berliner Pandabären</Name>
    <Telefon>0176 99390881</Telefon>
    <Email>office@interkulturelle-kindheit.org</Email>
  </DatenLieferant>
  <Erstellungsdatum>20240610</Erstellungsdatum>
</Anmeldungssteuern>
"""
SHOPLINE = """{
  "delivery_address": {
    "recipient_phone": "29612999",
    "recipient_phone_country_code": "886"
  },
  "order_payment": {
    "total": {
      "cents": 1695600,
      "currency_iso": "TWD"
    }
  }
}
"""
YOUTUBE = (
    '{"snippet": {"title": "Blood donation camp",\n'
    '  "description": "संपर्क: 9970054434, 9503007847, 9860127959 | ईमेल: bb@example.org"}}\n'
)

CASES = [
    (
        INFOJOBS,
        "es",
        [("PHONE_NUMBER", "943 693 983"), ("EMAIL_ADDRESS", "info@abeletxe.com")],
    ),
    (VACCINATION_CSV, "fr", [("PHONE_NUMBER", "+33470461110")]),
    (KKTIX, "zh", [("PHONE_NUMBER", "06-235-2165")]),
    (CHATWOOT, "pt", [("PHONE_NUMBER", "(82) 32732132")]),
    (CNPJ_WS, "pt", [("PHONE_NUMBER", "32732132")]),
    (DIN_5008, "de", [("PHONE_NUMBER", "030 42161469")]),
    (
        ELSTER,
        "de",
        [
            ("PHONE_NUMBER", "0176 99390881"),
            ("EMAIL_ADDRESS", "office@interkulturelle-kindheit.org"),
        ],
    ),
    (SHOPLINE, "en", [("PHONE_NUMBER", "29612999")]),
    (
        YOUTUBE,
        "en",
        [
            ("PHONE_NUMBER", "9970054434"),
            ("PHONE_NUMBER", "9503007847"),
            ("PHONE_NUMBER", "9860127959"),
            ("EMAIL_ADDRESS", "bb@example.org"),
        ],
    ),
    # an unquoted array of numbers in a JSON document is still no list of phones
    ('{"ids": [9970054434, 9503007847]}\n', "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
