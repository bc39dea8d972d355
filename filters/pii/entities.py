"""The entity types the PII stage reports, its actions and defaults, and the context words
that raise a match's score in each language Presidio is given recognizers for."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

Action = Literal["replace", "mask", "hash", "drop_document"]
ACTIONS: tuple[str, ...] = ("replace", "mask", "hash", "drop_document")

PATTERN_ENTITIES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "URL_CREDENTIALS",
    "API_KEY",
    "PRIVATE_KEY",
)
NER_ENTITIES = ("PERSON", "LOCATION")
SUPPORTED_ENTITIES = PATTERN_ENTITIES + NER_ENTITIES

# Every pattern entity; the NER ones (a spaCy model per language) must be asked for.
DEFAULT_ENTITIES = list(PATTERN_ENTITIES)

# Regions whose national formats PhoneRecognizer accepts; "+"-prefixed numbers of every country
# are found whatever this list says. Each region is one more pass of phonenumbers' matcher.
DEFAULT_PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "IN", "BR", "AU", "JP"]

DEFAULT_HASH_SALT = "corpus-prep-pii-default-salt"

# Context words that raise a match's score, per language Presidio is given recognizers for.
# Documents in other languages are analysed with the English recognizers (the patterns do not
# depend on the language; only these words do).
CONTEXT_WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "PHONE_NUMBER": ["phone", "telephone", "tel", "cell", "mobile", "call", "fax"],
        "US_SSN": ["social", "security", "ssn", "ssns"],
        "CREDIT_CARD": ["credit", "card", "visa", "mastercard", "amex"],
        "IBAN_CODE": ["iban", "bank", "account"],
        "IP_ADDRESS": ["ip", "ipv4", "ipv6", "address"],
        "EMAIL_ADDRESS": ["email", "mail", "contact"],
    },
    "de": {
        "PHONE_NUMBER": ["telefon", "tel", "handy", "mobil", "fax", "anrufen", "rufnummer"],
        "CREDIT_CARD": ["kreditkarte", "karte", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "bank", "konto", "bankverbindung"],
        "IP_ADDRESS": ["ip", "adresse"],
        "EMAIL_ADDRESS": ["mail", "kontakt"],
    },
    "fr": {
        "PHONE_NUMBER": ["téléphone", "tél", "tel", "portable", "mobile", "fax", "appeler"],
        "CREDIT_CARD": ["carte", "crédit", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "banque", "compte", "rib"],
        "IP_ADDRESS": ["ip", "adresse"],
        "EMAIL_ADDRESS": ["courriel", "mail", "contact"],
    },
    "es": {
        "PHONE_NUMBER": ["teléfono", "tel", "móvil", "celular", "fax", "llamar"],
        "CREDIT_CARD": ["tarjeta", "crédito", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "banco", "cuenta"],
        "IP_ADDRESS": ["ip", "dirección"],
        "EMAIL_ADDRESS": ["correo", "mail", "contacto"],
    },
    "it": {
        "PHONE_NUMBER": ["telefono", "tel", "cellulare", "fax", "chiamare"],
        "CREDIT_CARD": ["carta", "credito", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "banca", "conto"],
        "IP_ADDRESS": ["ip", "indirizzo"],
        "EMAIL_ADDRESS": ["posta", "mail", "contatto"],
    },
    "pt": {
        "PHONE_NUMBER": ["telefone", "tel", "celular", "telemóvel", "fax", "ligar"],
        "CREDIT_CARD": ["cartão", "crédito", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "banco", "conta"],
        "IP_ADDRESS": ["ip", "endereço"],
        "EMAIL_ADDRESS": ["correio", "mail", "contato"],
    },
    "nl": {
        "PHONE_NUMBER": ["telefoon", "tel", "mobiel", "fax", "bellen"],
        "CREDIT_CARD": ["creditcard", "kaart", "visa", "mastercard"],
        "IBAN_CODE": ["iban", "bank", "rekening"],
        "IP_ADDRESS": ["ip", "adres"],
        "EMAIL_ADDRESS": ["mail", "contact"],
    },
}


def check_entities(entities: Iterable[str]) -> list[str]:
    """Validate entity names (config validators call this); unknown names are errors."""
    entities = list(entities)
    unknown = [e for e in entities if e not in SUPPORTED_ENTITIES]
    if unknown:
        raise ValueError(
            f"unknown PII entities {unknown}; supported: {', '.join(SUPPORTED_ENTITIES)}"
        )
    return entities
