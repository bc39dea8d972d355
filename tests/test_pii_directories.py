"""Directory layouts (written after ``held_out_14``'s misses were read): a one-letter label
with no colon at the start of a printed directory's column or line (``T 62575684``, ``F
67635191``), and a list of numbers, each first on its line, below a heading with a phone word
(a phone list, a reverse lookup's results); and the look-alikes that must gain nothing. The
pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

TWO_COLUMNS = (
    "JUYING PRIMARY SCHOOL             T 67932039\n"
    "31 JURONG WEST STREET 91          F 67932040\n"
    "Singapore 649037                  JUYING_PS@MOE.EDU.SG"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (TWO_COLUMNS, "67932039"),  # the letter starts the right column, after the padding
        (TWO_COLUMNS, "67932040"),
        ("T 2126 4795\nM 8122 1996", "2126 4795"),  # the letter starts its line
        ("T 2126 4795\nM 8122 1996", "8122 1996"),
        ("Dana Whitfield\tM 81221996", "81221996"),  # after a tab
    ],
)
def test_a_letter_label_without_a_colon_starts_a_field(
    stage: PiiFilter, text: str, value: str
) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Model T 1908500 was sold in 1908",  # a letter inside a sentence
        "Section F 2126479 of the code",
        "Grade A,  T 2",  # a short number
    ],
)
def test_a_letter_inside_prose_labels_nothing(stage: PiiFilter, text: str) -> None:
    assert not [v for e, v in _found(stage, text) if e == "PHONE_NUMBER"]


REVERSE_LOOKUP = (
    "Reverse phone lookup · results\n"
    "62835479  XINMIN PRIMARY SCHOOL, 9 HOUGANG AVENUE 8, Singapore 538784  [main line]\n"
    "62880334  XINMIN PRIMARY SCHOOL, 9 HOUGANG AVENUE 8, Singapore 538784  [school office]\n"
    "Safety rating: safe"
)
PHONE_LIST = "Useful numbers (phone)\n\n4501 5985\tWard 3\n4639 8700 - Emergency ward\n"
NOTED_LIST = (
    "Reverse phone lookup · results\n"
    "65653692 (Secondary)  DUNEARN SECONDARY SCHOOL  [main line]\n"
    "66441593 (from 2017)  TANJONG KATONG GIRLS' SCHOOL  [main line]\n"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (REVERSE_LOOKUP, "62835479"),
        (REVERSE_LOOKUP, "62880334"),
        (PHONE_LIST, "4501 5985"),
        (PHONE_LIST, "4639 8700"),
        (NOTED_LIST, "65653692"),  # a short note in brackets after the number
        (NOTED_LIST, "66441593"),
    ],
)
def test_a_list_of_numbers_below_a_phone_heading(stage: PiiFilter, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        # no phone word in the heading
        "Order history\n62835479  Shipped 3 items\n62880334  Returned",
        # a heading with a phone word, but a paragraph between it and the list
        "Phone\nWe have moved offices this spring and\n62835479  Shipped 3 items",
        # a call log's dates and times first on their lines are no numbers of the list
        "Phone calls\n2021-05-12  Anna  5 min\n12.05.2021  Ben  2 min",
        # a sentence that starts with a number
        "Phone\n62835479 people live in the region.",
    ],
)
def test_lists_that_are_no_phone_lists_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert not [v for e, v in _found(stage, text) if e == "PHONE_NUMBER"]


def test_prescan_identity_holds_for_directory_layouts(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [TWO_COLUMNS, REVERSE_LOOKUP, PHONE_LIST])
    assert {"67932039", "67932040", "62835479", "62880334", "4501 5985", "4639 8700"} <= set(found)


@pytest.mark.parametrize(
    ("text", "language", "phones"),
    [
        # an entity's identifier under a key or column that names an id (held_out_11's FINESS
        # legal-entity numbers, "id_ej"), in a notice's footer, a JSON object and a CSV row
        ("finess: 120782230 | id_ej: 120006309 | date_modif: 2020-11-26", "fr", []),
        ('  "id_ej": "120006309",', "fr", []),
        (
            "ID,id_ej,rs,tel_rdv\nOUgdUyNd3p,010008407,CH DU HAUT BUGEY,0474731002",
            "fr",
            ["0474731002"],
        ),
        ('{"customer_id": "481205733", "phone": "0474731002"}', "fr", ["0474731002"]),
        # a caller id is the caller's number
        ("caller_id: 481205733 tel", "en", ["481205733"]),
        # a Korean agency code after its name, no space before the name (코드, code)
        ("제공기관코드: 3040000 | 전화: 054-338-2124", "ko", ["054-338-2124"]),
    ],
)
def test_an_identifier_under_its_key_is_no_phone(
    stage: PiiFilter, text: str, language: str, phones: list[str]
) -> None:
    found = _found(stage, text, language=language)
    assert [v for e, v in found if e == "PHONE_NUMBER"] == phones


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ('<span itemprop="telephone">62447652/62447657</span>', ["62447652", "62447657"]),
        # a pair short enough for one number (14 digits) is two numbers all the same
        ("Tel: 2482619/2482621, Fax 2482620", ["2482619", "2482621", "2482620"]),
        ("call 2361155/2376634/2376635 today", ["2361155", "2376634", "2376635"]),
    ],
)
def test_each_number_of_a_slash_joined_run_with_a_phone_cue(
    stage: PiiFilter, text: str, phones: list[str]
) -> None:
    assert [v for e, v in _found(stage, text) if e == "PHONE_NUMBER"] == phones


@pytest.mark.parametrize(
    "text",
    [
        "Rates 2361155/2376634 this year",  # no phone cue
        "see https://example.com/2361155/2376634 phone",  # glued into a path
        "Phone order no. 2361155/2376634",  # after an order number's name
    ],
)
def test_slash_joined_runs_without_a_cue_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert not [v for e, v in _found(stage, text) if e == "PHONE_NUMBER"]


BLOCKS = [
    # a two-column directory entry: the number unlabelled, a labelled fax or an e-mail below
    "JUYING PRIMARY SCHOOL             67932039\n"
    "31 JURONG WEST STREET 91          F 67932040\n"
    "Singapore 649037                  JUYING_PS@MOE.EDU.SG",
    "GOLDENBRIDGE CONVENT    14541265\nGOLDENBRIDGE            ololns.ias@eircom.net",
    # both numbers unlabelled, stacked above the e-mail
    "NATIONAL JC      64661144\n37 HILLCREST RD   64684535\nSingapore 288913   NJC@MOE.EDU.SG",
    # a business card, one column
    "Dana Whitfield\n81221996\ndana@example.com",
]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (BLOCKS[0], "67932039"),
        (BLOCKS[1], "14541265"),
        (BLOCKS[2], "64661144"),
        (BLOCKS[2], "64684535"),
        (BLOCKS[3], "81221996"),
    ],
)
def test_a_number_stacked_in_a_contact_block(stage: PiiFilter, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        # a number alone with no e-mail or labelled phone in its column
        "JUYING PRIMARY SCHOOL             67932039\n31 JURONG WEST STREET 91          WEST 3",
        # the e-mail in another column
        "Order      67932039\nShipped to anna@example.com",
        # a number inside prose above an e-mail
        "We counted 67932039 visitors\ninfo@example.com",
    ],
)
def test_numbers_outside_contact_blocks_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert not [v for e, v in _found(stage, text) if e == "PHONE_NUMBER"]


def test_prescan_identity_holds_for_contact_blocks(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, BLOCKS)
    assert {"67932039", "14541265", "64661144", "64684535", "81221996"} <= set(found)


def test_numbers_set_apart_by_two_spaces_after_one_phone_word(stage: PiiFilter) -> None:
    text = "For queries call 22701000  22705000. Please carry your token."
    found = [v for e, v in _found(stage, text) if e == "PHONE_NUMBER"]
    assert found == ["22701000", "22705000"]


@pytest.mark.parametrize(
    "text",
    [
        "Serial numbers 22701000  22705000 shipped",  # no phone word
        "call 22701000  22705000  12",  # a piece too short for a number
    ],
)
def test_runs_set_apart_without_a_cue_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert not [v for e, v in _found(stage, text) if e == "PHONE_NUMBER"]


def test_prescan_identity_holds_for_numbers_set_apart(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, ["For queries call 22701000  22705000."])
    assert {"22701000", "22705000"} <= set(found)
