"""Plain-text layouts whose structure names a value: ``key=value`` fields (logfmt), LaTeX and
MediaWiki table cells, fixed-width text tables; and the look-alikes (prose with ``=``, ``&``,
aligned spaces; a date and an hour) that must gain nothing. The pre-scan still gives what
Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.key_values import key_entities
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

LOGFMT = (
    'ts=2021-06-16T18:29:58Z level=warn msg="login" remote_addr=216.16.102.75 '
    'mobile="0677 2314042" ssn=671-92-7478 pan="3432 2401 4559 332" mail=anna@example.dk'
)


@pytest.mark.parametrize(
    ("entity", "value"),
    [
        ("IP_ADDRESS", "216.16.102.75"),
        ("PHONE_NUMBER", "0677 2314042"),
        ("US_SSN", "671-92-7478"),
        ("CREDIT_CARD", "3432 2401 4559 332"),
        ("EMAIL_ADDRESS", "anna@example.dk"),  # without "mail="
    ],
)
def test_a_logfmt_key_names_its_value(stage: PiiFilter, entity: str, value: str) -> None:
    """The key decides: a phone key elsewhere on the line does not make ``ssn=`` or ``pan=`` a
    phone, and an IP address after ``remote_addr=`` is no piece of a longer token."""
    assert (entity, value) in _found(stage, LOGFMT)


@pytest.mark.parametrize(
    ("line", "entity", "value"),
    [
        ("client_ip=2001:db8::8a2e:370:7334 status=200", "IP_ADDRESS", "2001:db8::8a2e:370:7334"),
        ("user.ssn=525360307 tel=98825763", "US_SSN", "525360307"),
        ("user.ssn=525360307 tel=98825763", "PHONE_NUMBER", "98825763"),
        ("cardNumber=4111111111111111 phone=0789550534", "CREDIT_CARD", "4111111111111111"),
        ("[main] PhoneNumber=96794278", "PHONE_NUMBER", "96794278"),
        ('email="li.wei+news@example.com" ok=1', "EMAIL_ADDRESS", "li.wei+news@example.com"),
    ],
)
def test_key_value_forms(stage: PiiFilter, line: str, entity: str, value: str) -> None:
    assert (entity, value) in _found(stage, line)


@pytest.mark.parametrize(
    "text",
    [
        "order_id=74005912 duration_ms=5690312 level=info tel=5",  # keys that name nothing
        # a URL query's values (a query parameter named as a phone holds one: round 48)
        "see https://example.com/view?ref=0789550534&ip=10.20.30.40 for details",
        "pan=4111111111111112 ssn=000-12-3456",  # a card failing Luhn, an unissued SSN
        "version=2.7.1.4 build=20240117",  # a version is no address under a version key
        "Let x=5 and y=10 so that x + y = 15 in 2024",  # prose with "="
    ],
)
def test_key_value_lookalikes_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert _found(stage, text) == []


def test_an_address_that_holds_equals_signs_keeps_them() -> None:
    """An SRS bounce address holds "=" in its local part: its first piece names no e-mail
    field, so nothing is trimmed off (which would leak the rest)."""
    assert "EMAIL_ADDRESS" not in key_entities("SRS0")
    assert {"IP_ADDRESS"} == key_entities("remote_addr")
    assert "US_SSN" in key_entities("customerSSN")


def test_prescan_identity_holds_for_layouts(stage: PiiFilter, plain_stage: PiiFilter) -> None:
    found = prescan_identity_finds(stage, plain_stage, PLANTED)
    assert {"216.16.102.75", "671-92-7478", "3432 2401 4559 332"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "2024-02-13 10:58 <aurelio> call me on the usual number",
        "[2021-12-23 10:18] <zena> ring me later, phone is dead",
        "2019-10-15 17:00 - tel. line down, call back tomorrow",
        "13.05.2019 16:12 Anruf von der Zentrale, Telefon besetzt",
    ],
)
def test_a_date_and_an_hour_are_no_phone(stage: PiiFilter, text: str) -> None:
    """A chat log's or a journal's time stamp beside a phone word: a date whose day has two
    digits ("13") was read as its first digit and the rest as a phone."""
    assert _found(stage, text) == []


def test_a_phone_after_a_time_stamp_is_still_found(stage: PiiFilter) -> None:
    text = "2024-02-13 10:58 <aurelio> call me on 0677 2314042"
    assert _found(stage, text) == [("PHONE_NUMBER", "0677 2314042")]


LATEX = r"""\begin{tabular}{llll}
\hline
Name & SSN & Phone & Amount \\
\midrule
Dalton Mraz & 674742258 & 0680 7576730 & 2001 \\
Thea Armstrong & 283 07 6492 & 831 076 492 & 317.51 \\
\hline
\end{tabular}"""
WIKI = """{| class="wikitable"
! Name !! SSN !! Cell !! Since
|-
| Wilford Hintz || 679212769 || 834 869 390 || 2006
|-
| Wil Hintz || 679212761 || 834 869 391 || 2006
|}"""

WIKI_LINES = """{| class="wikitable"
! Name
! Address !! Cell !! SSN
|-
| Jaqueline DuBuque
| 100.179.64.192
| 834 869 390
| 679212769
|-
| Jaq DuBuque || 100.179.64.19
| 834 869 391 || 679212761
|}"""


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (LATEX, "US_SSN", "674742258"),  # one run under an SSN column, a phone column beside it
        (LATEX, "US_SSN", "283 07 6492"),
        (LATEX, "PHONE_NUMBER", "831 076 492"),  # a national number, labelled by its column only
        (WIKI, "US_SSN", "679212769"),
        (WIKI, "US_SSN", "679212761"),
        (WIKI, "PHONE_NUMBER", "834 869 390"),
        (WIKI, "PHONE_NUMBER", "834 869 391"),
        ("! Name !! Telefon\n|-\n| Anna Berg || 3012 3456", "PHONE_NUMBER", "3012 3456"),
        (WIKI_LINES, "PHONE_NUMBER", "834 869 390"),  # a row's cells one per line
        (WIKI_LINES, "PHONE_NUMBER", "834 869 391"),  # ... in the table's second row
        (WIKI_LINES, "US_SSN", "679212761"),  # header cells one per line
        ("Name & Mobile \\\\ \\hline\nA. Berg & 601 671 274 \\\\", "PHONE_NUMBER", "601 671 274"),
    ],
)
def test_typeset_table_cells_are_labelled_by_their_header(
    stage: PiiFilter, text: str, entity: str, value: str
) -> None:
    assert (entity, value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom & Jerry & 4101292 & friends \\\\ and more\nProfit & loss 2024 & 83106492 & EUR \\\\",
        "Smith & Sons, est. 1990 & 4101 2920 & co.",  # prose with "&", no header
        "! Fun !! Phone\n| Tom || 28307649 || x",  # a row of another width than its header
        "Item & Order no. & Total \\\\\nBolts & 83106492 & 12.50 \\\\",  # no phone column
        "! Year !! Population\n|-\n| 2001 || 4101292",
        "{|\n! Name !! Year !! Total\n|-\n| Jaq\n| 2019\n| 83486939\n|}",
        "Intro line\n| 83486939\n| x",  # lines that start with "|" in no table
    ],
)
def test_typeset_lookalikes_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert _found(stage, text) == []


FIXED = """Name              Tel            Card no.           Since
----------------  -------------  -----------------  -----
Jett Dickens      0483 304-027   6363687366002352   2012
Ann Lee           138 829 468    4111111111111111   2019
Jettie Rodriguez      736843121  5555555555554444   2016"""
FIXED_SSN = """Name             SSN            Account (IBAN)                Phone      Since
Samara Kemmer    528812769      MC065406633276MS5LAIPFECW88   3768 7703  2015"""


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (FIXED, "PHONE_NUMBER", "138 829 468"),  # left-aligned under its header
        (FIXED, "PHONE_NUMBER", "736843121"),  # right-aligned, spanning the header's end
        (FIXED_SSN, "US_SSN", "528812769"),
        (FIXED_SSN, "PHONE_NUMBER", "3768 7703"),  # the next field two spaces after it
        # an SSN's shape under a phone header is a phone, in any table
        (
            "Name        Tel            Since\nM. Adams    653 30 3349    2007",
            "PHONE_NUMBER",
            "653 30 3349",
        ),
        (
            "Name & Phone & Since \\\\\nM. Adams & 626-23-2417 & 2007 \\\\",
            "PHONE_NUMBER",
            "626-23-2417",
        ),
        ("Name,Phone,Since\nM. Adams,645-59-7212,2007", "PHONE_NUMBER", "645-59-7212"),
    ],
)
def test_fixed_width_fields_are_labelled_by_their_header(
    stage: PiiFilter, text: str, entity: str, value: str
) -> None:
    assert (entity, value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        # prose with double spaces after its sentences, a phone-free header-less pair of lines
        "He said so.  Then he left.  Nobody followed 1234567 him.\n"
        "It was late.  The clock struck 7654321 times.  Then silence fell.",
        # a fixed-width table without a phone column
        "Item        Order no.     Total\nBolts       83106492      12.50\n"
        "Nuts        83106493      11.50",
        # fields that do not line up under the header
        "Name     Tel     Since\nJett Dickens Ann   8483304   2012",
        # a header line with numbers in it is no header of words
        "Tel 2019     Tel 2020     Tel 2021\n83106492     83106493     83106494",
    ],
)
def test_fixed_width_lookalikes_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert _found(stage, text) == []


PLANTED = [
    LOGFMT,
    LATEX,
    WIKI,
    WIKI_LINES,
    FIXED,
    FIXED_SSN,
    "2024-02-13 10:58 <aurelio> call me on 0677 2314042",
]


@pytest.mark.parametrize(
    "text",
    [
        "Berry Schroeder, [08.08.19 08:57]\nare we still on for 8 pm?",
        "Jim Kovacek, [07.11.23 15:20]\ncall me later, my phone is dead",
        "12/03/24 14:05 - Anna: ring me when you land",
    ],
)
def test_a_short_date_and_an_hour_are_no_phone(stage: PiiFilter, text: str) -> None:
    """A chat export's time stamp with a two-digit year (Telegram's ``[dd.mm.yy hh:mm]``):
    the date and the hour before ``:mm`` were read as one number (held_out_9)."""
    assert _found(stage, text) == []
    assert _found(stage, text, "de") == []


def test_a_phone_after_a_short_time_stamp_is_still_found(stage: PiiFilter) -> None:
    text = "Coral Kiehn, [16.11.22 14:01]\ntext +49 176 9217565 when you arrive"
    assert _found(stage, text) == [("PHONE_NUMBER", "+49 176 9217565")]


@pytest.mark.parametrize(
    "text",
    [
        "2021-05-11 15:35 | in | DHL | Parcel 3731450828 arrives 12/5",
        "Your package 2125550123 is out for delivery",
        "tracking: 4155550199 (UPS)",
        "Ad no. 7313540 | posted 18.9.",
        "Order no. 2125550123 was shipped, call us with questions",
    ],
)
def test_parcel_tracking_and_ad_numbers_are_no_phone(stage: PiiFilter, text: str) -> None:
    """A number right after a parcel, tracking or shipment word, or after ``ad no.``/``order
    no.``, names that thing, as an ISBN or a page number does (held_out_9)."""
    assert _found(stage, text) == []
    assert _found(stage, text, "de") == []


def test_a_plus_before_an_ssn_shape_makes_it_a_phone(stage: PiiFilter) -> None:
    """``+358 43 2118`` is a Finnish number: the SSN pattern took ``358 43 2118`` without its
    ``+`` (held_out_9)."""
    text = "* **Janell Hudson** — +358 43 2118, 3694-442933-3922"
    found = _found(stage, text)
    assert ("PHONE_NUMBER", "+358 43 2118") in found
    assert all(entity != "US_SSN" for entity, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my new number is 77 41 53 07", "77 41 53 07"),
        ("2019-06-04 17:50 | in | Madie | text 68 04 89 07 when you arrive", "68 04 89 07"),
        ("Text 706 082 785 when you arrive", "706 082 785"),
    ],
)
def test_a_new_number_and_the_verb_text_vouch_for_a_number(
    stage: PiiFilter, text: str, value: str
) -> None:
    """ "my new number" is "my number"; "text" right before a number is the verb (send an SMS
    to it), as "text me" is (held_out_9)."""
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize("text", ["see the text 1990 - 2004 edition", "text 12345 words long"])
def test_the_word_text_before_short_or_range_numbers_adds_nothing(
    stage: PiiFilter, text: str
) -> None:
    assert _found(stage, text) == []


HELD_OUT_9_LINES = [
    "Berry Schroeder, [08.08.19 08:57]\ntext 706 082 785 when you arrive",
    "2021-05-11 15:35 | in | DHL | Parcel 3731450828 arrives 12/5",
    "Ad no. 7313540 | posted 18.9.",
    "my new number is 77 41 53 07",
    "* **Janell Hudson** — +358 43 2118, 3694-442933-3922",
    "FOR SALE: iPhone 12 (2021) - 180 EUR o.n.o.",
    "Contact: 6011-2057-7199-6526",
]


def test_prescan_identity_holds_for_chat_ad_and_sms_lines(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, HELD_OUT_9_LINES)
    assert {"706 082 785", "77 41 53 07", "+358 43 2118", "6011-2057-7199-6526"} <= set(found)
    assert not {"3731450828", "7313540", "358 43 2118", "12 (2021) - 180"} & set(found)


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Contact: 6011-2057-7199-6526", "6011-2057-7199-6526"),
        ("Contact: 6011006163547186", "6011006163547186"),
        ("call me, card is 5270 4605 5284 2997", "5270 4605 5284 2997"),
    ],
)
def test_a_card_longer_than_any_phone_stays_a_card(stage: PiiFilter, text: str, card: str) -> None:
    """A phone word on the line makes a Luhn-valid number a phone only if a phone number can
    be that long: E.164 numbers have at most 15 digits, so 16 are a card (held_out_9)."""
    assert _found(stage, text) == [("CREDIT_CARD", card)]


def test_a_fifteen_digit_luhn_number_by_a_phone_word_stays_a_phone(stage: PiiFilter) -> None:
    assert [e for e, _ in _found(stage, "switchboard number: 573202013302")] == ["PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text",
    [
        "FOR SALE: iPhone 12 (2021) - 180 EUR o.n.o.",
        "Galaxy S9 (2018) - 120 EUR, like new",
    ],
)
def test_a_bracketed_year_is_no_area_code(stage: PiiFilter, text: str) -> None:
    """A model, its year in brackets and a price read as a number with a bracketed area code
    (held_out_9); with no phone word on the line, a bracketed year is a year."""
    assert _found(stage, text) == []
    assert _found(stage, text, "de") == []
