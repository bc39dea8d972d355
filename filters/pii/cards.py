"""Payment card numbers of every ISO/IEC 7812 network, by length, issuer prefix and Luhn check.

Presidio's stock pattern knows 13-16 digit numbers starting 1, 3, 4, 5 or 6 in fixed group
shapes, so Maestro (12-19 digits), Visa 19, Mastercard's 2-series, Mir, UnionPay 17-19, RuPay,
Troy or a domestic 9-card were missed. A card number here is 12 to 19 digits written as one run
or in groups with one separator (space or hyphen; groups of four, or the 4-6-5 / 4-6-4 shapes
of Amex and Diners), whose major industry identifier belongs to a payment network, with a
length that network uses, and whose Luhn check digit is right: the check is the real test (one
random digit string in ten passes it; the prefix and length rules, which follow the
issuers' published ranges, cut the rest).
"""

from __future__ import annotations

import re

from filters.pii.phone_formats import FIELD_DELIMITERS, phone_context

# Words that say a number is a card's (then a phone word beside it does not make it a phone).
CARD_WORD_RE = re.compile(
    r"(?i)card|karte|carte|tarjeta|cart[aã]o|kaart|karta|kort|visa|master|maestro|amex|cvv"
    r"|\bexp|kredit|credit|cr[eé]dito|debit|d[eé]bito|payment|zahl"
    # the primary account number's and a card's acronyms, in capitals ("<PAN>", "CC 2720 ...")
    r"|(?-i:\bPAN\b|\bCC\b)"
)

# A run of 12-19 digits: one run, or groups separated by one space or one hyphen, all alike.
# A comma is a field delimiter (CSV: "Marek Novak,2658-9147-1651-7852,") unless a digit is on
# its other side ("1,234", "0,4111111111111111": a list of numbers or a decimal); ``find_cards``
# takes a comma and a digit after a number that a delimiter opened as the next field.
# (a digit looked for before the look-behinds: most positions hold none)
_CARD_RE = re.compile(
    r"(?=\d)(?<![\w+\-./])(?<!\d,)(?<!\d )"
    r"(?:\d{12,19}"
    r"|\d{4}(?P<sep>[ \-])\d{4,6}(?:(?P=sep)\d{1,5}){1,3})"
    r"(?![\w\-/]|\.\d| \d)"
)
_DIGIT_AFTER_COMMA_RE = re.compile(r",\d")
# a delimiter of a delimited row before a field's value (and the quote that may open it)
FIELD_START_RE = re.compile("[" + re.escape(FIELD_DELIMITERS) + r"][ ]*\"?\Z")


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check of ISO/IEC 7812-1."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def issuer_length_ok(digits: str) -> bool:
    """Does the number's issuer prefix (its first digits) belong to a payment network that issues
    numbers of this length? Major industry identifiers 0 and 7 (industry, petroleum) never do,
    except Maestro's 0604 range (in the networks' published Maestro list, 12-19 digits like the
    rest of Maestro); 8 and 9 only for the networks that use them (UnionPay/RuPay 81-82, UzCard
    8600, Troy and national 9-cards such as Humo 9860, 16 digits, so a 13-digit ISBN starting
    978 is not one). The ranges and lengths are those of the payment-card-number table the
    networks publish (national schemes too: BORICA 2205, UzCard 8600; Diners Club
    International 36 issues 14 to 19 digits)."""
    n = len(digits)
    first, two, four = digits[0], int(digits[:2]), int(digits[:4])
    if first == "0":  # Maestro 0604
        return four == 604 and 12 <= n <= 19
    if first == "1":  # UATP, JCB 1800
        return n == 15
    if first == "2":  # Mir 2200-2204, BORICA 2205, Mastercard 2221-2720, JCB 2131, enRoute
        return (
            (2200 <= four <= 2204 and n in (16, 17, 18, 19))
            or (four == 2205 and n == 16)
            or (n in (15, 16) and (2221 <= four <= 2720 or four in (2131, 2014, 2149)))
        )
    if first == "3":  # Amex 34/37, Diners 30/38/39, Diners International 36 (14-19 digits),
        # JCB 3528-3589 (16-19 digits); no network issues 15-digit numbers in 35, where most
        # phones' IMEIs start (15 digits and a Luhn check digit: "353321258670820")
        if two == 35 and n == 15:
            return False
        # American Express issues fifteen digits only: a fourteen-digit run in 34 or 37 is
        # another register's ("37683386119135", a California school's CDS code, Luhn-valid by
        # chance); Diners Club's 30 ranges keep their fourteen
        if n == 14 and two in (34, 37):
            return False
        # fourteen digits are Diners Club's alone, in 30, 36, 38 and 39 (a fourteen-digit run in
        # 31, 32 or 33 is another register's: "31134913800017", a SIRET)
        if n == 14 and two not in (30, 36, 38, 39):
            return False
        return n in (14, 15, 16, 19) or (n in (17, 18) and (3528 <= four <= 3589 or two == 36))
    if first == "4":  # Visa
        return n in (13, 16, 19)
    if first in "56":  # Mastercard 51-55, Maestro/Verve/RuPay/UnionPay/Discover/Elo...
        return 12 <= n <= 19 and not (51 <= two <= 55 and n != 16)
    if first == "8":  # UnionPay and RuPay 81-82, UzCard 8600
        return (two in (81, 82) and 16 <= n <= 19) or (four == 8600 and n == 16)
    if first == "9":  # Troy, domestic schemes
        return n == 16
    return False


def _groups_ok(value: str, sep: str | None) -> bool:
    """Grouped numbers: fours (the last group shorter), or Amex/Diners' 4-6-5 and 4-6-4."""
    if sep is None:
        return True
    sizes = [len(g) for g in value.split(sep)]
    if sizes[1] == 6:
        return len(sizes) == 3 and sizes[2] in (4, 5)
    return all(s == 4 for s in sizes[:-1]) and 1 <= sizes[-1] <= 5


# E.164: a phone number has at most 15 digits, country code included
_PHONE_MAX_DIGITS = 15


def _phone_not_card(text: str, start: int, end: int) -> bool:
    """A phone word and no card word on the line: "switchboard number: 573202013302" is a phone
    (one phone number in ten passes the Luhn check too); never a number longer than a phone
    number can be ("Contact: 6011-2057-7199-6526")."""
    if sum(c.isdigit() for c in text[start:end]) > _PHONE_MAX_DIGITS:
        return False
    return phone_context(text, start, end) and not card_word_on_line(text, start, end)


def card_word_on_line(text: str, start: int, end: int) -> bool:
    """Is a word for a payment card on the line of text[start:end]?"""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return CARD_WORD_RE.search(text, lo, len(text) if hi < 0 else hi) is not None


def field_value(text: str, start: int) -> bool:
    """Does a delimiter (and maybe a quote) of a delimited row (CSV, TSV, pipe table) stand
    right before ``start``?"""
    return bool(FIELD_START_RE.search(text, max(0, start - 4), start))


def find_cards(text: str) -> list[tuple[int, int]]:
    """(start, end) of every card number in ``text``."""
    found = []
    for match in _CARD_RE.finditer(text):
        if _DIGIT_AFTER_COMMA_RE.match(text, match.end()) and not field_value(text, match.start()):
            continue  # "4111111111111111,42" is a decimal
        value = match.group()
        digits = value.replace(" ", "").replace("-", "")
        if (
            12 <= len(digits) <= 19
            and _groups_ok(value, match.group("sep"))
            and issuer_length_ok(digits)
            and luhn_ok(digits)
            and not _phone_not_card(text, *match.span())
        ):
            found.append(match.span())
    return found
