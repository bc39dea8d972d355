"""held_out_474 of the PII evaluation set: real phone fields of a list no earlier part used
(Cameroon's pharmacies on duty as the Annuaire-Médical and DocHelp-CM listings give them, in the
Pharmacam app's daily ``gardes_du_jour.json``; Cameroon's earlier part took the same app's own
local list of pharmacies, so the kind of institution repeats) exactly as published, in layouts
no earlier part has, beside the list's own names, addresses, towns, regions and hours.

* the values are the ``tel`` of 129 pharmacies (``scripts/data/pii_cm_annuaire_gardes.json``,
  written by ``scripts/cm_annuaire_gardes_data.py``; source and licence in that file):
  Cameroonian numbers of nine digits in groups (``222 04 85 38``), one field with three
  joined by `` / ``; each number of every copy labelled;
* the text around them is the row's real fields with invented transaction ids, amounts in
  FCFA, dates and tokens, unlabelled;
* in layouts of African payment APIs (their fields written from memory: the search tools'
  budget was spent before the documentation could be read), text in French: CinetPay
  checkout initialisation requests (``POST /v2/payment``), MTN MoMo Collection ``requesttopay``
  bodies, FedaPay transaction creation requests (``POST /v1/transactions``) and PayDunya
  checkout-invoice creation requests (``store`` with the pharmacy's ``phone``).

Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_474.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cm_annuaire_gardes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_474.jsonl.gz"
SPLIT = "held_out_474"

LAYOUTS = ("cinetpay_payment", "momo_requesttopay", "fedapay_transaction", "paydunya_invoice")
PHONE = "tel"

data, by_locale = register_rows(ROWS)

ITEMS = ("Paracétamol 500 mg", "Amoxicilline 1 g", "Artéméther-luméfantrine", "SRO sachets",
         "Ibuprofène 400 mg", "Vitamine C 1000")  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The pharmacy's ``tel`` as published."""
    return row["fields"]["tel"]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _order(rng: random.Random) -> tuple[str, int, str]:
    """An invented order: reference, amount in FCFA (a multiple of 5) and medicine."""
    ref = f"GRD{rng.randint(2025, 2026)}{rng.randint(10**6, 10**7 - 1)}"
    return ref, rng.randint(4, 900) * 25, rng.choice(ITEMS)


def address(row: dict[str, Any]) -> str:
    """The entry's address where it holds no number (the listings' fallback entries keep the
    raw scraped line, its numbers glued to the name: ``PHARMACIE DE MAROUA6222 29 33 14:``;
    those are not written), else ""."""
    value = _f(row, "adresse")
    return "" if sum(c.isdigit() for c in value) >= 6 else value


def _where(row: dict[str, Any]) -> str:
    """The address (where written), town and region in one line."""
    head = f"{address(row)}, " if address(row) else ""
    return f"{head}{_f(row, 'ville')} ({_f(row, 'region')})"


def cinetpay_payment(row: dict[str, Any], rng: random.Random) -> str:
    """A CinetPay checkout initialisation request body (``POST /v2/payment``)."""
    ref, amount, item = _order(rng)
    doc = {
        "apikey": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
        "site_id": str(rng.randint(100000, 999999)),
        "transaction_id": ref,
        "amount": amount,
        "currency": "XAF",
        "description": f"Commande {item} - {_f(row, 'nom')}, tél. {phone(row)}",
        "notify_url": "https://pharmagarde.cm/api/cinetpay/notify",
        "return_url": "https://pharmagarde.cm/commande/retour",
        "channels": "MOBILE_MONEY",
        "lang": "FR",
        "metadata": f"pharmacie:{_f(row, 'id')}",
        "customer_city": _f(row, "ville"),
        "customer_country": "CM",
        "customer_state": _f(row, "region"),
    }
    return _json(doc)


def momo_requesttopay(row: dict[str, Any], rng: random.Random) -> str:
    """An MTN MoMo Collection ``requesttopay`` request body (``POST
    /collection/v1_0/requesttopay``); the payer's number is left out (the pharmacy's line is in
    the note)."""
    ref, amount, item = _order(rng)
    doc = {
        "amount": str(amount),
        "currency": "XAF",
        "externalId": ref,
        "payer": {"partyIdType": "ALIAS", "partyId": f"client-{rng.randint(10**5, 10**6 - 1)}"},
        "payerMessage": f"{item} - {_f(row, 'nom')} (garde {_f(row, 'horaires')})",
        "payeeNote": f"{_f(row, 'nom')}, {_where(row)}. Contact : {phone(row)}",
    }
    head = f"X-Reference-Id: {uuid.UUID(int=rng.getrandbits(128), version=4)}"
    return f"{head}\nX-Target-Environment: mtncameroon\n\n{_json(doc)}"


def fedapay_transaction(row: dict[str, Any], rng: random.Random) -> str:
    """A FedaPay transaction creation request body (``POST /v1/transactions``)."""
    ref, amount, item = _order(rng)
    doc = {
        "description": f"{item} chez {_f(row, 'nom')} - {_where(row)} - tél. {phone(row)}",
        "amount": amount,
        "currency": {"iso": "XAF"},
        "callback_url": f"https://pharmagarde.cm/fedapay/retour?ref={ref}",
        "merchant_reference": ref,
        "custom_metadata": {"pharmacie": _f(row, "nom"), "region": _f(row, "region")},
    }
    return _json(doc)


def paydunya_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A PayDunya checkout-invoice creation request (``POST
    /api/v1/checkout-invoice/create``): ``invoice``, the pharmacy as ``store``, ``actions``."""
    ref, amount, item = _order(rng)
    doc = {
        "invoice": {
            "items": {"item_0": {"name": item, "quantity": 1, "unit_price": str(amount),
                                 "total_price": str(amount)}},
            "total_amount": amount,
            "description": f"Commande {ref} - pharmacie de garde ({_f(row, 'horaires')})",
        },
        "store": {
            "name": _f(row, "nom"),
            "tagline": f"Pharmacie de garde - {_f(row, 'ville')}",
            "postal_address": _where(row),
            "phone": phone(row),
        },
        "custom_data": {"ref": ref, "region": _f(row, "region")},
        "actions": {"callback_url": "https://pharmagarde.cm/paydunya/ipn"},
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "cinetpay_payment": cinetpay_payment,
    "momo_requesttopay": momo_requesttopay,
    "fedapay_transaction": fedapay_transaction,
    "paydunya_invoice": paydunya_invoice,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
