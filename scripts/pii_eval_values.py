"""Value arithmetic shared by the PII evaluation set's generators (``make_pii_eval.py``,
``pii_held_out_6.py``, ``pii_held_out_7.py``, ``pii_held_out_8.py``): check digits and rules
that are the same whichever generator's data a value comes from, written once so the parts
cannot drift apart.

Each helper draws from ``rng`` exactly as the code it replaced did (same calls, same order),
so the committed parts are rebuilt byte for byte.
"""

from __future__ import annotations

import random


def luhn_check_digit(body: str) -> str:
    """The Luhn (ISO/IEC 7812-1) check digit that completes the digit string ``body``."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def iban_as_written(country: str, bban: str, rng: random.Random, spaced_share: float) -> str:
    """The IBAN of ``country`` and ``bban`` with its ISO 7064 mod-97 check digits, printed in
    groups of four with probability ``spaced_share`` (one ``rng.random()`` draw), compact
    otherwise."""
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    value = f"{country}{check:02d}{bban}"
    if rng.random() < spaced_share:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ssn_area(rng: random.Random) -> int:
    """An SSN area number the SSA issues: 001-899 but 666 (one ``rng.choice`` draw)."""
    return rng.choice([a for a in range(1, 900) if a != 666])
