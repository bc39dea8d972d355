"""Layouts of ``held_out_15`` (written after its misses and false finds were read): a phone
word after an escaped line break (``\\nPhone: ``, as iCalendar ``DESCRIPTION``, JSON and
source strings write it), an e-mail-shaped identifier (an iCalendar ``UID``, a
``Message-ID``), the decimals of a coordinate written with a decimal comma; and the
look-alikes that must keep what they had. The pre-scan still gives what Presidio on every
window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

DESCRIPTION = (
    r"DESCRIPTION:Timiskaming Health Unit\nPhone: 705-568-2127\nMonday 09:00-13:00"
    "\r\n"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (DESCRIPTION, "705-568-2127"),  # an escaped line break after the number, not a path
        (r"DESCRIPTION:Unit\nCall 705-267-0224\nMonday 08:30-12:00", "705-267-0224"),
        (r"DESCRIPTION:Front desk\nTel: 22701000\nMonday", "22701000"),  # the word's cue
        (r"Front desk\tTel. 22701000", "22701000"),
        ('{"note": "Front desk\\nTel: 22701000"}', "22701000"),
    ],
)
def test_a_phone_word_and_number_beside_escaped_line_breaks(
    stage: PiiFilter, text: str, value: str
) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        r"DESCRIPTION:Batch\nUnphoned 22701000",  # no phone word: letters before it
        r"DESCRIPTION:Batch\n22701000",  # no cue at all
        r"C:\data\705-568-2127\notes",  # a path's parts, an escape letter in lower case
    ],
)
def test_no_phone_word_or_a_path_no_phone(stage: PiiFilter, text: str) -> None:
    assert not [v for e, v in _found(stage, text) if e == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VEVENT\r\nUID:location-1-84756@covid-19.ontario.ca\r\nEND:VEVENT",
        "UID;X-PARAM=1:event-42@calendar.example.org",
        "Message-ID: <20210713.4411@mail.example.com>",
        "In-Reply-To: <abc.123@lists.example.net>",
    ],
)
def test_an_identifier_of_an_address_shape_is_no_e_mail(stage: PiiFilter, text: str) -> None:
    assert not [v for e, v in _found(stage, text) if e == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ORGANIZER:mailto:covid.assessment@bchsys.org", "covid.assessment@bchsys.org"),
        ("From: Anna Berg <anna.berg@example.com>", "anna.berg@example.com"),
        ("Message-ID questions go to help@example.com", "help@example.com"),
        ("UID owner: anna.berg@example.com", "anna.berg@example.com"),
    ],
)
def test_an_address_after_other_keys_is_still_an_e_mail(
    stage: PiiFilter, text: str, value: str
) -> None:
    assert ("EMAIL_ADDRESS", value) in _found(stage, text)


CSV_FR = (
    "no;nom;adresse;ville;code_postal;latitude;longitude;bureau_de_sante;telephone\n"
    "371;COVID 19 Testing Clinic Innisfil;7325 Yonge Street;Innisfil;L9S 2M6;"
    "44,2987557308869;-79,610451382084;Simcoe Muskoka District Health Unit;705-797-3120\n"
)


def test_the_decimals_of_a_decimal_comma_coordinate_are_no_phone(stage: PiiFilter) -> None:
    found = [v for e, v in _found(stage, CSV_FR, "fr") if e == "PHONE_NUMBER"]
    assert found == ["705-797-3120"]


def test_prescan_identity_holds_for_escaped_fields(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [DESCRIPTION, CSV_FR])
    assert "705-568-2127" in found and "610451382084" not in found
