"""The formats presidio-research's set never showed: card networks and lengths of ISO/IEC 7812,
IBANs of every registry country, national phones found by a cue or a label above, IDN e-mails;
and that the pre-scan still gives what Presidio on every window gives, and stops doing so when
it is weakened."""

from __future__ import annotations

import json

import pytest

from filters.pii import PiiFilter, prescan
from filters.pii.cards import find_cards
from filters.pii.iban import find_ibans
from filters.pii.language_regions import language_regions
from filters.pii.phone_words import PHONE_WORD_RE
from filters.pii.span_resolution import resolve_overlaps
from tests.conftest import TEST_DATA
from tests.pii_stage import ALL_ENTITIES
from tests.test_pii import _doc, _found

DATA = TEST_DATA / "pii"


# Luhn-valid numbers of networks and lengths Presidio's stock pattern misses.
CARDS = [
    "675952601812",  # Maestro, 12 digits
    "5018 0752 9170 5",  # Maestro, 13
    "4590830166131860919",  # Visa, 19
    "2720-3909-9603-0821",  # Mastercard 2-series
    "2202 4628 1948 2195",  # Mir
    "6293 5181 9093 7865 797",  # UnionPay, 19
    "6075432319487577",  # RuPay
    "9792 4911 8625 2767",  # Troy
    "3701 895559 79718",  # Amex, 4-6-5
    "3614 710497 4651",  # Diners, 4-6-4
    "3531 5260 1815 9083 3",  # JCB, 17
    "358901661318609139",  # JCB, 18
    "0604 1942 7814",  # Maestro's 0604 range, 12 digits
    "2205 5260 1815 9080",  # BORICA (Bulgaria's national scheme), 16
    "8600-3016-6131-8609",  # UzCard, 16
    "36913909960308247",  # Diners Club International, 17
    "3662 8194 8219 9351 81",  # Diners Club International, 18
]


@pytest.mark.parametrize("number", CARDS)
def test_card_networks_and_lengths(stage: PiiFilter, number: str) -> None:
    assert ("CREDIT_CARD", number) in _found(stage, f"Paid with {number} yesterday.")


@pytest.mark.parametrize(
    "text",
    [
        "card 6759 5260 1813",  # Luhn fails
        "ref 7342366712768420",  # major industry identifier 7 (petroleum) issues no cards
        "card 5268465632122330794",  # Mastercard 51-55 numbers have 16 digits, not 19
        "ISBN-less 9780306406157 reprint",  # 978: a 13-digit ISBN, not a 16-digit 9-card
        "card 4111 1111 1111 1111 5",  # a longer digit run is not cut into a card
        "ref 34129099603082469",  # 17 digits are JCB's (3528-3589), not Amex's
        "card 0605 1942 7813",  # major industry identifier 0 outside Maestro's 0604 range
        "ref 8601190937865793",  # 8601 is no network's (UzCard is 8600)
        "ref 2206754323194878",  # 2206 is no network's (BORICA is 2205, Mir 2200-2204)
    ],
)
def test_card_lookalikes_are_not_cards(text: str) -> None:
    assert find_cards(text) == []


def test_a_luhn_valid_number_by_a_phone_word_is_a_phone(stage: PiiFilter) -> None:
    assert find_cards("switchboard number: 675952601812") == []
    assert find_cards("card number: 675952601812") != []
    found = _found(stage, "Our switchboard number: 675952601812")
    assert found == [("PHONE_NUMBER", "675952601812")]


@pytest.mark.parametrize(
    "iban",
    [
        "SD1924402685995289",  # Sudan, Somalia, Libya, Nicaragua, Mongolia, Yemen, Russia, Burundi:
        "SO060786666176031372159",  # registry members Presidio's table lacks
        "LY72010928159013962459571",
        "NI90 DPOP 7412 1547 2803 8528 0841",
        "mn83 4852 5388 8539 3363",
        "YE34GQPL00479755DG797511325X61",
        "RU82222029729975280X8233G35605988",
        "BI07 2828 8072 9022 2791 8058 887",
    ],
)
def test_ibans_of_every_registry_country(stage: PiiFilter, iban: str) -> None:
    assert ("IBAN_CODE", iban) in _found(stage, f"Konto {iban} bitte")


def test_iban_needs_its_country_length_and_checksum() -> None:
    assert find_ibans("SD1924402685995289") == [(0, 18)]
    assert find_ibans("SD1924402685995288") == []  # checksum
    assert find_ibans("SD19244026859952891") == []  # one character too many
    assert find_ibans("XX1924402685995289") == []  # no such registry country
    assert find_ibans("SD19 2440 2685 99 5289") == []  # groups of four, or none


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Phone: 24793450", "24793450"),  # one run of digits by a phone word
        ("Give us a call at 8 473 593 3603 or drop by", "8 473 593 3603"),
        ("Send text messages to 887 890 374 if busy", "887 890 374"),
        ("The phone registered to the account is 74397000.", "74397000"),
        ("My number is 506 7 368, ring any time", "506 7 368"),
        ("call 49/218-2229 between 9 and 5", "49/218-2229"),
        ("I can be reached at 80047874 most evenings", "80047874"),
        ("Telefon:\n922 23 580\nName: Maria", "922 23 580"),  # the label on the line above
        ("ტელეფონი:\n0 339 427 868", "0 339 427 868"),
        ("Phone:\n\n3058.5298", "3058.5298"),  # a decimal shape below a label
        ("ফোন:\n+৮৮০-১৮৫-৯৬৩-৭০৭", "+৮৮০-১৮৫-৯৬৩-৭০৭"),  # Bengali digits
    ],
)
def test_national_phones_by_cue_or_label(stage: PiiFilter, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Broj telefona:\n034 974 159", "034 974 159"),  # an inflected word (hr), a trunk 0
        ("Telefoninumber:\n5120 3505", "5120 3505"),  # a compound (et)
        ("Zadzwoń pod 512 345 678 wieczorem", "512 345 678"),  # pl
        ("Телефонуйте: 44 235 12 34", "44 235 12 34"),  # uk
        ("Τηλεφωνήστε στο 2101234567 σήμερα", "2101234567"),  # el
        ("لمزيد من المعلومات بجوال 3600 0103", "3600 0103"),  # a clitic joined to the word (ar)
        ("אפשר לטלפון 5123 4567 בערב", "5123 4567"),  # he, likewise
        ("เบอร์มือถือ 0812345678", "0812345678"),  # th: no spaces between words
        ("Farsími:\n8612345", "8612345"),  # is
        ("He left his number, 057 815 526, at the desk.", "057 815 526"),  # no cue: trunk format
    ],
)
def test_phone_words_of_many_languages(stage: PiiFilter, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "word",
    ["τηλεόραση", "โทรทัศน์", "E-Mobilität", "llama", "phoneme", "Italian", "טלוויזיה", "cellulose"],
)
def test_words_that_only_look_like_phone_words(word: str) -> None:
    assert PHONE_WORD_RE.search(word) is None


def test_a_thousands_grouping_never_starts_with_zero(stage: PiiFilter) -> None:
    assert _found(stage, "The hall seats 12 345 678 people.") == []
    assert _found(stage, "one picosecond, 0,000.000.000.001 s") == []
    assert ("PHONE_NUMBER", "057 815 526") in _found(stage, "Seats: 057 815 526")


@pytest.mark.parametrize(
    "text",
    [
        "Tel 6533 6002, Mo-Fr 8.30-12.30",  # opening hours beside a phone
        "Blocked host 223.83.208.69 after five failed attempts",  # an IPv4 address
        "Order no.:\n4869018417",  # a label without a phone word
        "A long label line that names the telephone among many other words:\n24793450",
    ],
)
def test_cues_do_not_turn_bait_into_phones(stage: PiiFilter, text: str) -> None:
    phones = {value for entity, value in _found(stage, text) if entity == "PHONE_NUMBER"}
    assert phones <= {"6533 6002"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name | Mobile no | Since\nR. Almeida | 736 134 816 | 2019", "736 134 816"),
        ("Name\tTelefonnummer\tSince\nHamad Al-Said\t38 591 039\t2019", "38 591 039"),
        ("Name | Mobil | Since\nAigerim Nurlan | 1382.2176 | 2019", "1382.2176"),  # a decimal
        ("| Firma | Telefon |\n| Lumen Ltd | 0711 123456 |", "0711 123456"),
    ],
)
def test_a_table_column_header_labels_a_phone(stage: PiiFilter, text: str, value: str) -> None:
    """A number alone in its cell below a column header that is a phone label is a phone, as a
    number alone on its line below such a label is."""
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "Name | Order no | Since\nR. Almeida | 736 134 816 | 2019",  # another column's header
        "Name | Mobile no\nR. Almeida | 2019 | 736 134 816",  # rows of unlike shape
        "Name | Mobile no | Since\nR. Almeida | 736 134 816 pcs | 2019",  # not alone in its cell
    ],
)
def test_other_table_columns_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert [e for e, _ in _found(stage, text) if e == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kontakt: 601 671 274", "601 671 274"),  # cs: contact, then three groups of three
        ("Zavolejte nám na 601 051 690.", "601 051 690"),  # cs: a perfective 'call'
        ("Contacto: 972 265 509", "972 265 509"),
        ("Para reservas, marque 914.898.781.", "914.898.781"),  # es: 'dial', dotted groups
        ("Reservations: 95176727 (Mon-Fri)", "95176727"),
        ("للحجز: 25488671", "25488671"),  # ar: 'for booking', with its clitics
        ("يمكنكم التواصل معنا عبر الرقم 73030993", "73030993"),  # ar: 'contact'
        ("Info ja broneerimine: 6810-2170", "6810-2170"),  # et: booking
        ("Για κρατήσεις: 2309890265", "2309890265"),  # el: bookings
        ("The landlord's number: 59 68 18 47.", "59 68 18 47"),  # a person's number
        ("联系方式：13812345678", "13812345678"),  # zh: contact
    ],
)
def test_contact_booking_and_dialling_words(stage: PiiFilter, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "Reservierungsnummer: 84736251",  # a booking reference, not the desk's phone
        "Your booking no. 84736251 is confirmed.",
        "reservation code 84736251",
        "Le marqueur 84736251 est noir.",  # 'marque' is a whole word, not a stem
    ],
)
def test_booking_references_are_not_phones(stage: PiiFilter, text: str) -> None:
    assert [e for e, _ in _found(stage, text) if e == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        ("Shayela ku-010 152 0858 ukuze uthole usizo.", "010 152 0858", "zu"),  # a prefix
        ("Shayela ku-0027 71 144 1539 ukuze uthole usizo.", "0027 71 144 1539", "zu"),
        ("Ahmed: 9696-4864", "9696-4864", "mt"),  # two groups running downwards: no range
        ("رقم الجوال:\n1704 1634", "1704 1634", "ar"),  # year-like groups below a phone label
    ],
)
def test_prefixed_descending_and_year_like_phones(
    stage: PiiFilter, text: str, value: str, language: str
) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text, language=language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Order id-24793450 shipped", "en"),  # a prefix without a phone word: one token
        ("sku-0101 152 0858", "en"),
        ("Seiten 5128-8715", "de"),  # an ascending pair stays a range
        ("CANSIM Table 051-0001: Estimates of population", "en"),  # groups of unlike length
        ("In the wars 1704 1634 were lost.", "en"),  # a year run with no label above
        # a latitude/longitude pair in a register's row that holds a phone word elsewhere
        ("Equipes mobiles,OUI,NON,2.567048,44.533753,Sur place", "fr"),
        ("équipe mobile,OUI,NON,4.41721793579028,45.4279041665466,En établissement", "fr"),
        ("Mobile unit at 48.85661; 2.35222 today", "en"),
        # a business or health register's number after its name, as legal notices and open-data
        # rows write it
        ("finess: 120782230 | date_modif: 2020-11-26", "fr"),
        ("Mentions légales. SIRET : 81234567800012. SIREN 812345678.", "fr"),
        ("Tømrerfirma Hansen ApS, CVR 12345678", "da"),
        ("Handelsregister HRB 1234567, KvK 12345678", "de"),
        ('  "finess": "120782230",', "fr"),  # the same as a JSON object's key and value
        ('{"order_no": "7313540", "isbn": "9780306406157"}', "en"),
    ],
)
def test_prefixes_ranges_and_years_stay_unredacted(
    stage: PiiFilter, text: str, language: str
) -> None:
    assert _found(stage, text, language=language) == []


def test_a_register_number_does_not_hide_the_phone_beside_it(stage: PiiFilter) -> None:
    found = _found(stage, "Tlf. 87 65 43 21, CVR 12345678", language="da")
    assert [v for e, v in found if e == "PHONE_NUMBER"] == ["87 65 43 21"]


def test_label_above_is_read_across_windows(stage: PiiFilter) -> None:
    """The label ends one window, the number starts the next: the document-level pass finds it."""
    filler = "plain words without any candidate " * 29 + "\n"
    text = filler + "Phone:\n24793450\n" + filler
    windows = list(prescan_windows(text, stage.window_chars))
    assert any(text[s:e].endswith("Phone:\n") for s, e in windows)
    assert ("PHONE_NUMBER", "24793450") in _found(stage, text)


def prescan_windows(text: str, window_chars: int) -> list[tuple[int, int]]:
    from filters.pii.windows import iter_windows

    return list(iter_windows(text, window_chars))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Write to smithryan@δοκιμή.한국 today", "smithryan@δοκιμή.한국"),
        ("Mail: anna+news@müller-bau.рф, danke", "anna+news@müller-bau.рф"),
        ("请联系li@例子.中国获取详情", "li@例子.中国"),  # the text goes on without a space
    ],
)
def test_internationalised_domains(stage: PiiFilter, text: str, value: str) -> None:
    assert ("EMAIL_ADDRESS", value) in _found(stage, text, language="zh")


def test_ip_as_url_host(stage: PiiFilter) -> None:
    assert ("IP_ADDRESS", "147.47.18.247") in _found(stage, "curl http://147.47.18.247/status")


@pytest.mark.parametrize(
    "text",
    [
        "SSN 157622047 (verify)",
        "Her social security number, 022144137, was on the form.",
        "SSN/TIN:\n773642391",
    ],
)
def test_nine_digit_run_by_an_ssn_word_is_an_ssn(stage: PiiFilter, text: str) -> None:
    """phonenumbers reads the run as a phone of some region at the same score; the SSN word
    decides."""
    (found,) = _found(stage, text)
    assert found[0] == "US_SSN"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("SSN/TIN\n029063083", "az"),  # a valid Azerbaijani number too, below an SSN label
        ("Name\tSSN/TIN\tSince\nHamad Al-Said\t742932294\t2019", "en"),  # a table column
        ("Name | SSN | Since\nR. Almeida | 876-25-4847 | 2019", "nl"),
    ],
)
def test_an_ssn_label_above_makes_an_ssn(stage: PiiFilter, text: str, language: str) -> None:
    (found,) = _found(stage, text, language=language)
    assert found[0] == "US_SSN"


@pytest.mark.parametrize(
    "text",
    [
        "Phone:\n742932294",  # a phone label: a phone
        "Name | Order no | Since\nR. Almeida | 742932294 | 2019",  # no label: left alone
        "SSN:\n000123456",  # area 000 is never issued
    ],
)
def test_no_ssn_without_its_label(stage: PiiFilter, text: str) -> None:
    assert "US_SSN" not in {entity for entity, _ in _found(stage, text)}


def test_bracketed_ssn_stays_an_ssn(stage: PiiFilter) -> None:
    text = "The form asks for the SSN (727-21-6667) and a date of birth."
    assert ("US_SSN", "727-21-6667") in _found(stage, text)
    # a phone around the same digits does not absorb the SSN; a longer one does
    spans = [(26, 39, "PHONE_NUMBER", 0.4), (27, 38, "US_SSN", 0.85)]
    assert resolve_overlaps(spans, text) == [(27, 38, "US_SSN", 0.85)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("\U0001f4de 22 11 70 92", "22 11 70 92"),  # Unicode's telephone symbols as labels
        ("Reception \u260e 2128 2824, open daily", "2128 2824"),
        ("\u260e\n8129 9319", "8129 9319"),
        ("\U0001f4f1 +375 29 458 63 28", "+375 29 458 63 28"),
        ("Dana Whitfield\nT: 2126 4795\nM: 8122 1996", "2126 4795"),  # signature letters
        ("Dana Whitfield\nT: 2126 4795\nM: 8122 1996", "8122 1996"),
        ("M:\n21 116 841", "21 116 841"),  # the letter alone on the label line
        ("Hotel Pyrenees, Tel. 712 672", "712 672"),  # six digits (Andorra) after a label
        ("Ph: 312.652", "312.652"),
        ("Telephone\n312 679", "312 679"),  # ... or below it
        ("Ph:\n66.62.59.69", "66.62.59.69"),  # eight digits in dotted pairs: not an address
        ("Telephone 66.68.49.74 (office)", "66.68.49.74"),
    ],
)
def test_symbol_and_letter_labels_six_digits_and_dotted_pairs(
    stage: PiiFilter, text: str, value: str
) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tel. 116 111, the child helpline", set()),  # the European service ranges
        ("Directory enquiries: Tel. 118 118", set()),
        (  # the label is not right before the six digits
            "Tel: 0800 123 456 and a price of 712 672 in the list",
            {("PHONE_NUMBER", "0800 123 456")},
        ),
        ("PIN 400 001, Tel. 2204 1234", {("PHONE_NUMBER", "2204 1234")}),
        ("Size M: 12 345", set()),  # a capital and a colon before a short number
        ("Server IP: 66.62.59.69 (phone support)", {("IP_ADDRESS", "66.62.59.69")}),
        (
            "Tel. 22 33 44 55, proxy 192.168.10.20",
            {("PHONE_NUMBER", "22 33 44 55"), ("IP_ADDRESS", "192.168.10.20")},
        ),
        ("Call us; our host is 10.20.30.40", {("IP_ADDRESS", "10.20.30.40")}),
        ("Tel. 7 22 19 and the site 192.168.1.20", {("IP_ADDRESS", "192.168.1.20")}),
    ],
)
def test_labels_only_vouch_for_what_they_label(stage: PiiFilter, text: str, found: set) -> None:
    assert set(_found(stage, text)) == found


# planted in real pages, one per window: every new format must stay a pre-scan candidate
PLANTED = [
    "Phone: 24793450",
    "Send text messages to 3058.5298 today",  # a decimal shape, cued by a phrase
    "Telefon:\n922 23 580",
    "Paid with 675952601812",
    "Konto SD1924402685995289",
    "mail smithryan@δοκιμή.한국",
    "ফোন +৮৮০-১৮৫-৯৬৩-৭০৭",
    "Name | Mobil | Since\nR. Almeida | 601 671 274 | 2019",  # a table column's header
    "Kontakt: 736 405 007",
    "Name\tSSN\tSince\nHamad Al-Said\t742932294\t2019",  # an SSN column
    "Reception \u260e 2128 2824",  # a telephone symbol as the label
    "Lena Brandt, M: 5121 6253",  # a signature's one-letter label
    "Hotel Pyrenees, Tel. 712 672",  # six digits right after a label
    "Ph:\n66.62.59.69",  # eight digits in dotted pairs below a label
]


# Lines with no candidate between planted values: each value gets a pre-scan window of its own
_GAP = "\n" + "plain words without any candidate " * 40 + "\n"


def _planted_docs() -> list[dict]:
    rows = [json.loads(line) for line in (DATA / "real_pages.jsonl").open(encoding="utf-8")]
    docs = [_doc(r["text"], r["language"], r["id"]) for r in rows]
    docs[1]["text"] += _GAP + _GAP.join(PLANTED) + _GAP
    return docs


def prescan_identity_finds(
    stage: PiiFilter, plain_stage: PiiFilter, planted: list[str]
) -> list[str]:
    """Plant ``planted`` in a third real page as well, check that the stage finds the same
    spans in every page with and without the pre-scan, and return the strings found there."""
    docs = _planted_docs()
    docs[2]["text"] += _GAP + _GAP.join(planted) + _GAP
    with_prescan = stage.find_spans(docs)
    assert with_prescan == plain_stage.find_spans(docs)
    return [docs[2]["text"][s:e] for s, e, _, _ in with_prescan[2]]


def test_prescan_identity_holds_for_the_new_formats(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    docs = _planted_docs()
    with_prescan = stage.find_spans(docs)
    assert with_prescan == plain_stage.find_spans(docs)
    found = {docs[1]["text"][s:e] for s, e, _, _ in with_prescan[1]}
    assert {"24793450", "3058.5298", "675952601812", "SD1924402685995289"} <= found
    assert {"601 671 274", "736 405 007", "742932294"} <= found
    assert {"2128 2824", "5121 6253", "712 672", "66.62.59.69"} <= found


@pytest.mark.parametrize(
    ("name", "weaker"),
    [
        ("MIN_PHONE_DIGITS", 9),  # runs of 7-8 digits stop being candidates
        ("_AT_RE", prescan.re.compile("(?!)")),  # e-mail lines no longer candidates
    ],
)
def test_weakened_prescan_breaks_the_identity(
    stage: PiiFilter,
    plain_stage: PiiFilter,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    weaker: object,
) -> None:
    docs = _planted_docs()
    monkeypatch.setattr(prescan, name, weaker)
    assert stage.find_spans(docs) != plain_stage.find_spans(docs)


def test_language_regions_come_from_cldr() -> None:
    assert language_regions("et") == ("EE",)
    assert language_regions("de-AT") == ("AT", "BE", "CH", "DE", "LI", "LU")
    assert "RS" in language_regions("sr_Latn")
    assert language_regions("en") == ()  # official in too many countries to try them all
    assert language_regions(None) == language_regions("und") == ()


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Mari: 5341 2233 (pärast kuut)", "et", "5341 2233"),
        ("Ġorġ 2123 4567 wara s-sitta", "mt", "2123 4567"),
        ("Ελένη 2101234567 μετά τις έξι", "el", "2101234567"),
    ],
)
def test_national_numbers_of_the_documents_language(
    stage: PiiFilter, text: str, language: str, value: str
) -> None:
    """No phone word: the number is found as a national number of the language's country, and
    only when the document is in that language (or the key is off)."""
    assert ("PHONE_NUMBER", value) in _found(stage, text, language=language)
    assert ("PHONE_NUMBER", value) not in _found(stage, text, language="en")
    off = PiiFilter(entities=ALL_ENTITIES, language_phone_regions=False)
    assert ("PHONE_NUMBER", value) not in _found(off, text, language=language)


def test_prescan_identity_holds_for_language_regions(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    docs = _planted_docs()
    for doc in docs:
        doc["text"] += "\nMari: 5341 2233\n"
        doc["language"] = "et"
    with_prescan = stage.find_spans(docs)
    assert with_prescan == plain_stage.find_spans(docs)
    assert all(
        any(doc["text"][s:e] == "5341 2233" for s, e, _, _ in spans)
        for doc, spans in zip(docs, with_prescan, strict=True)
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Turbulent Decade (1996). 736 pp.", "vi"),  # a year and a page count
        ("Νόμος 2647/1998 για τις περιφέρειες", "el"),  # a law and its year
        ("8.000-9.000 δούλοι", "el"),  # a range of thousands
        ("Biol. Lett. 13: 20170484.", "de"),  # an article number that starts with a date
        ("siehe taz.de/!5650366 hier", "de"),  # an id glued into a URL by "!"
        ("Price: US$ 1375000", "de"),  # an amount
        ("Preis 2123456 € netto", "de"),
    ],
)
def test_uncued_national_numbers_must_be_written_plainly(
    stage: PiiFilter, text: str, language: str
) -> None:
    assert _found(stage, text, language=language) == []


@pytest.mark.parametrize("text", ["a::b ::", "Listen on :: ...", "::"])
def test_a_match_with_no_word_after_it_is_scored(stage: PiiFilter, text: str) -> None:
    """Presidio's context enhancer raised on a match with no word character after it (a bare
    IPv6 ``::`` near the end of two of the shared raw HTML pages): the document must not fail."""
    stage.find_spans([{"text": text, "language": "en"}])


def test_plain_number_pattern_is_the_lookbehind_form() -> None:
    """``_PLAIN_NUMBER_RE`` starts with its first character so that re skips ahead fast; it must
    match exactly what the pattern written with its look-behinds first matches."""
    import random
    import re

    from filters.pii.language_regions import _PLAIN_NUMBER_RE

    reference = re.compile(
        r"(?<![\w+./\-])(?<!\d,)(?<!\d[ \-])\+?\d+(?:([ \-])\d+(?:\1\d+)*)?"
        r"(?![\w/\-]|\.\w|,\d|[ \-]\d)"
    )
    rng = random.Random(15)
    alphabet = "0123456789+-/ .,a\n\u0663_"
    texts = ["+49 30 1234567", "a+1 2", "x 12-34 56", "1,2345678", "++12", "+", "9", "1 -2"]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(1, 14))) for _ in range(20000)]
    for text in texts:
        want = [(m.span(), m.groups()) for m in reference.finditer(text)]
        assert [(m.span(), m.groups()) for m in _PLAIN_NUMBER_RE.finditer(text)] == want, text


def test_value_lines_and_cells_as_plain_finditer() -> None:
    """``alone_values`` finds its line-start patterns after a newline (fast); it must give what
    the patterns' own finditer gives, numbers that run over a line end included."""
    import random

    from filters.pii import phone_formats as pf

    pairs = [
        (pf._VALUE_LINE_RE, pf._VALUE_LINE_AFTER_NEWLINE_RE),
        (pf._VALUE_CELL_RES[1], pf._VALUE_CELL_AFTER_NEWLINE_RE),
    ]
    rng = random.Random(15)
    pieces = ["12", "345", "0", "\n", " ", "\t", "|", ",", '"', "x", " #", "(", ")", "+", "-"]
    texts = ["555 1234\n#12\n7", "\n\n12 34\n", "12|\n34;", "(030) 12\nx\n9"]
    texts += ["".join(rng.choices(pieces, k=rng.randint(1, 16))) for _ in range(20000)]
    for pattern, after_newline in pairs:
        for text in texts:
            want = [m.span(1) for m in pattern.finditer(text)]
            got = [m.span(1) for m in pf.line_start_matches(pattern, after_newline, text)]
            assert got == want, text


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        # held_out_10 (tuning data): a number in brackets in a sentence
        ("the number on the gate (+43 676 6202235) is the owner's", "+43 676 6202235", "en"),
        ("Bestellungen telefonisch an Andreas (076 400 96 71) oder", "076 400 96 71", "de"),
        ("Call us (+41 79 956 70 59).", "+41 79 956 70 59", "en"),
        # brackets the number holds stay in it
        ("Tel. (0)21 881 12 64", "(0)21 881 12 64", "en"),
        ("Phone: (027) 7972-805", "(027) 7972-805", "en"),
    ],
)
def test_a_phone_span_leaves_out_the_brackets_around_it(
    stage: PiiFilter, text: str, value: str, language: str
) -> None:
    assert [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"] == [value]
