"""Rules written after ``held_out_387`` to ``held_out_390`` were scored once and their misses and
false finds read (Bangladesh Police's Rajshahi Range in SSL Wireless SMS requests, the
Indonesia Stock Exchange's listed companies in Faspay Debit post data):

* a booking word that a digit ends is a numbered field's key, no booking desk (Faspay's
  ``"reserve1": "NPWP 01.346.494.6-091.000"``: the tax number after its register's acronym was
  read as a phone because ``reserve1`` counted as "Reservations"); "Reservations: ..." stays a
  booking desk's label;
* ``msisdn`` (a mobile subscriber's number, as telecoms and payment APIs name the field, Faspay's
  ``"billing_msisdn"``) is a phone word;
* a number reads the same in any script's digits: the bait rules (dates, ranges, identifiers)
  see the decimal digits of every script as ASCII ones, so a date in Bengali digits
  (``০৪/০৮/২০২৪``) is a date, as ``04/08/2024`` is.

Not written: Tripay's virtual-account numbers after "Masukkan nomor Virtual Account" that pass the
Luhn check (four cards), a field of three numbers joined by hyphens
(``021-7990671-021-79184705-021-79182387``), a Bengali label for the T&T land line.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from filters.pii.bait import ascii_digits
from filters.pii.phone_words import PHONE_WORD_RE
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

FASPAY = """{
  "bill_no": "INV-2024-000871",
  "cust_name": "PT Contoh Makmur Tbk",
  "msisdn": "(62-21) 51400388",
  "billing_msisdn": "3914566",
  "reserve1": "NPWP 01.346.494.6-091.000",
  "reserve2": "NPWP 930350889406000"
}
"""

SMS = (
    '{"sms": "অর্ডার BOS-24704-118 গৃহীত হয়েছে। ডেলিভারি ০৪/০৮/২০২৪। '
    'যোগাযোগ: ০১৭১৩-৩৭৩৮০১", "msisdn": "8801713373801"}\n'
)

CASES = [
    (FASPAY, "id", ["(62-21) 51400388", "3914566"]),
    (SMS, "bn", ["০১৭১৩-৩৭৩৮০১", "8801713373801"]),
    ("Reservations: 95176727\n", "en", ["95176727"]),
    ('{"reserve2": "95176727"}\n', "en", []),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_msisdn_is_a_phone_word() -> None:
    for key in ("msisdn", "billing_msisdn", "MSISDN"):
        assert PHONE_WORD_RE.search(key) is not None


def test_a_numbered_reserved_field_is_no_booking_word() -> None:
    assert PHONE_WORD_RE.search("reserve1") is None
    assert PHONE_WORD_RE.search("Reservations") is not None


def test_digits_of_every_script_read_as_ascii_one_for_one() -> None:
    assert ascii_digits("তারিখ ০৪/০৮/২০২৪") == "তারিখ 04/08/2024"
    assert ascii_digits("٠١٢٣ ۴۵۶ १२३ 789") == "0123 456 123 789"
    assert ascii_digits("x²y") == "x²y"  # a superscript is no decimal digit


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
