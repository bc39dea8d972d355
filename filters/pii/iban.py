"""IBANs of every country of the SWIFT IBAN registry, by country length and the mod-97 check.

Presidio's IBAN recognizer knows 76 countries and checks each one's letter and digit positions,
so IBANs of newer registry members (Sudan, Somalia, Libya, Nicaragua, Mongolia, Yemen...) and of
countries whose account part may hold letters were missed. Here an IBAN is a country code of the
registry, two check digits and exactly that country's number of letters and digits, written
compact or in groups of four separated by single spaces, in either case, whose ISO 7064 mod-97
check gives 1: the check is the real test (one random string in 97 passes it).
"""

from __future__ import annotations

import re

# IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS = {
    **{"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22},
    **{"BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27},
    **{"DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27},
    **{"GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28},
    **{"IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28},
    **{"LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22},
    **{"MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23},
    **{"PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24},
    **{"SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28},
    **{"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30},
}

# Country code and check digits at the start of a word, then letters, digits and single spaces.
_IBAN_START_RE = re.compile(r"(?<![^\W_])([A-Za-z]{2})(\d\d)(?=[ ]?[A-Za-z0-9])")
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def mod97_ok(iban: str) -> bool:
    """ISO 7064 MOD 97-10 over the IBAN with its first four characters moved to the end."""
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _read(text: str, start: int, length: int) -> int | None:
    """End of an IBAN of ``length`` characters from ``start``: compact, or groups of four after
    the check digits each preceded by one space; None when the text holds no such IBAN."""
    i, n, taken = start + 4, len(text), 4
    grouped = i < n and text[i] == " "
    while taken < length:
        if grouped and taken % 4 == 0:
            if i >= n or text[i] != " ":
                return None
            i += 1
        if i >= n or text[i] not in _ALNUM:
            return None
        i += 1
        taken += 1
    if i < n and (text[i] in _ALNUM or text[i] == "_"):
        return None
    return i


def find_ibans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every IBAN in ``text``."""
    found = []
    for match in _IBAN_START_RE.finditer(text):
        country = match.group(1).upper()
        length = IBAN_LENGTHS.get(country)
        if length is None:
            continue
        end = _read(text, match.start(), length)
        if end is None:
            continue
        value = text[match.start() : end].replace(" ", "").upper()
        if mod97_ok(value):
            found.append((match.start(), end))
    return found
