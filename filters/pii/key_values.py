"""Values of ``key=value`` fields (logfmt, structured log lines, query-less config lines) whose
key names the entity: ``remote_addr=216.16.102.75``, ``ssn=671-92-7478``,
``pan="3432 2401 4559 332"``, ``tel=96794278``, ``mail=anna@example.dk``.

A key is a name at the start of its line or after white space (``level=info ssn=...``), not
a URL's query parameter (``?id=...&tel=...``: the key follows ``?`` or ``&``), except that a
query parameter named as a phone holds one (``setPOI?...&tel=092-836-8981``, a car navigation
link's; ``send?phone=...``, a messaging link's). The key decides
what the value is, as a column header does for a table cell (``cell_labels``): a phone word
elsewhere on the line (``tel=...``) does not make the number under ``ssn=`` or ``pan=`` a
phone. The value must still have its entity's shape and checks (an issued SSN, a Luhn-valid
card of an issuer's length, a valid IP address, a phone's 7-15 digits), so a key alone makes
nothing PII. Like the label passes, this runs on the whole document, outside Presidio.
"""

from __future__ import annotations

import ipaddress
import re

from filters.pii.cards import issuer_length_ok, luhn_ok
from filters.pii.edi_segments import XTN_PHONE_EQUIPMENT, XTN_PHONE_USES
from filters.pii.line_starts import matches_in_marked_lines
from filters.pii.phone_words import PHONE_WORD_RE
from filters.pii.sdp import is_sdp
from filters.pii.ssn_labels import SSN_SHAPE_RE

# a field's key, at its line's start or after white space (``_KEY_START``), or after the "=" of
# an option whose value is an assignment ("--env=UAPS_TELEFONE=3433-6657", a Flatpak manifest's)
_KEY = r"([A-Za-z][\w.\-]{0,40})"
_KEY_START = r"""(?:^|(?<=[ \t="']))"""
# a key, "=", and the value: quoted, or up to the next white space or quote. The key may open
# a quoted field ('-F "telefono=922810294"', "--data 'phone=9443157362'", curl's form fields)
# and name its field by brackets, the last name in them deciding ('-F "data[telefono]=..."',
# '"recipients[0][email]=..."', a PHP or Rails form's nested field)
_FIELD_RE = re.compile(
    rf"""(?m){_KEY_START}{_KEY}((?:\[[\w.\-]*\])*)=(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"']+))"""
)
# (every field holds one: ``line_starts.matches_in_marked_lines``)
_EQUALS_RE = re.compile("=")
_BRACKETED_NAME_RE = re.compile(r"\[([A-Za-z][\w.\-]*)\]")
# a key and "=" (and the quote that may open its value) right before a value; a key may also
# follow the "&" of a form's URL-encoded body ("negeri=JOHOR&no_telefon=75570166.0"), a web
# address's query being told apart by the address before it (``bait``), or a quote, as a
# quoted assignment writes it ('Environment="FACILITY_PHONE=08031234567"'), or a bracket or a
# comma, as a call's argument or a label set writes it ("Set(FARMACIA_TEL=2481 4024)", an
# Asterisk dialplan's; "{job=...,phone=...}"), or an option's "=" ("--env=UAPS_TELEFONE="),
# or a bar between fields ("|cp_ent=28019|tel_ent=914 799 411|", a Nacex shipment's data); its
# brackets name a nested field as in ``_FIELD_RE``
_KEY_BEFORE_RE = re.compile(rf"""(?:^|(?<=[ \t&"'(,{{=|])){_KEY}((?:\[[\w.\-]*\])*)="?\Z""")
# a key and "=" (and the quote, double or single, that opens the value: a shell's or a config
# file's EMAIL='anna@x.dk') where a span starts
_KEY_AT_RE = re.compile(rf"""{_KEY}=["']?""")
# a mysqlbinlog row event's positional column and "=", and the quote of a string value
# ("###   @10='webmail@doh.hawaii.gov'"): the column's number after its "@" is no local part
_BINLOG_COLUMN_AT_RE = re.compile(r"\d{1,4}='")
# a log event's field: its key at the field's start (white space, the bar of a CEF or LEEF
# header, or its line's start) and "=" right before the value
_FIELD_KEY_BEFORE_RE = re.compile(rf"(?m)(?:^|(?<=[ \t|])){_KEY}=\Z")
# a web address's query parameter and its value, up to the next parameter (an HTML attribute
# writes its "&" as "&amp;")
_QUERY_VALUE_RE = re.compile(r"""(?:[?&]|&amp;)([A-Za-z][\w.\-]{0,30})=([^&#\s"'<>]{1,40})""")
_QUERY_KEY_BEFORE_RE = re.compile(r"(?:[?&]|&amp;)([A-Za-z][\w.\-]{0,30})=\Z")
# ... and the words whose query parameter holds a phone, as the key's last word or the whole key
# ("tel", "callPhone", "phone_number"): a query's keys are terse and name ids as often ("phoneId",
# "ph", "call" are no phone's), so only these
_QUERY_PHONE_WORDS = frozenset(
    (
        *("tel", "phone", "telephone", "telefono", "teléfono", "telefone", "telefon", "fax"),
        *("mobile", "mobil", "cell", "cellphone", "whatsapp", "phonenumber", "telno"),
    )
)
_KEY_WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# the words of a key (split at "_", ".", "-" and camelCase, lower-cased) that name an entity
_KEY_WORDS = {
    "US_SSN": {"ssn", "socialsecurity", "social"},
    "CREDIT_CARD": {"pan", "card", "cc", "ccnum", "cardnumber", "cardno", "creditcard", "credit"},
    "IP_ADDRESS": {
        "ip",
        "ipv4",
        "ipv6",
        "ipaddr",
        "ipaddress",
        "addr",
        "address",
        "remote",
        "client",
        "src",
        "dst",
        "peer",
        "host",
    },
    "EMAIL_ADDRESS": {"mail", "email", "emailaddress", "sender", "recipient", "from", "to"},
}
_CARD_VALUE_RE = re.compile(r"\d{12,19}|\d{4}([ \-])\d{4,6}(?:\1\d{1,5}){1,3}")
_PHONE_VALUE_RE = re.compile(r"\+?\(?\d[\d ()./\-]{5,24}\d")
# above every recognizer's score for the same digits (phonenumbers with context 0.75, a checked
# SSN 0.5, a checked card 1.0 does not compete: a card key's card is that card)
KEYED_SCORE = 0.95


def _key_words(key: str) -> list[str]:
    """A key's words, lower-cased: split at "_", ".", "-" and camelCase ("remote_addr",
    "callPhone")."""
    return [w.lower() for w in _KEY_WORD_RE.findall(key)]


def key_entities(key: str) -> set[str]:
    """The entities a field's key names ("remote_addr" an IP address, "customer_ssn" an SSN,
    "mobile" a phone)."""
    words = _key_words(key)
    names = set(words) | {"".join(words)}
    found = {entity for entity, keys in _KEY_WORDS.items() if names & keys}
    if PHONE_WORD_RE.search(" ".join(words)):
        found.add("PHONE_NUMBER")
    return found


# A UN/EDIFACT communication contact segment: the number, then its channel's qualifier after a
# colon ("COM+934642540:TE'", TE telephone, FX fax, AL cellular; EM, an e-mail address, is the
# e-mail recognizer's)
_EDIFACT_COM_RE = re.compile(r"(?<![^'\n])COM\+([^:'+\n]{1,40}):(?:TE|FX|AL)(?=['\r\n]|\Z)")


# An HL7 v2 extended telecommunication number (XTN): the number, then its use and its
# equipment ("|+63 333115046^WPN^PH~", a work number's phone; FX a fax, CP a cell phone)
_HL7_XTN_RE = re.compile(
    r"(?:^|(?<=[|~\r\n]))(\+?[\d(][\d ()\-]{5,24}\d)"
    rf"\^(?:{XTN_PHONE_USES})\^(?:{XTN_PHONE_EQUIPMENT})(?=[\^~|\r\n]|\Z)"
)


def keyed_values(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity) of each ``key=value`` value whose key names its entity and whose
    value has that entity's shape and checks, and of each phone an EDIFACT ``COM`` segment or
    an HL7 v2 ``XTN`` field names."""
    # (each pattern only where its mark is: the scan of every document stays cheap)
    patterns = [p for mark, p in (("COM+", _EDIFACT_COM_RE), ("^", _HL7_XTN_RE)) if mark in text]
    found = [
        (*m.span(1), "PHONE_NUMBER")
        for pattern in patterns
        for m in pattern.finditer(text)
        if _fits("PHONE_NUMBER", m.group(1))
    ]
    if "=" not in text:
        return found
    if "?" in text:
        found += [
            (*m.span(2), "PHONE_NUMBER")
            for m in _QUERY_VALUE_RE.finditer(text)
            if _query_phone_key(m[1]) and _fits("PHONE_NUMBER", m[2])
        ]
    for match in matches_in_marked_lines(_FIELD_RE, (_EQUALS_RE,), text):
        key = _field_name(match)
        group = next(g for g in (3, 4, 5) if match.group(g) is not None)
        start, end = match.span(group)
        value = match.group(group).strip()
        start += len(match.group(group)) - len(match.group(group).lstrip())
        end = start + len(value)
        for entity in sorted(key_entities(key)):
            if _fits(entity, value):
                found.append((start, end, entity))
                break
    return found


def key_before(text: str, start: int) -> str | None:
    """The key of the ``key=`` (or ``key="``) that ends right before ``start``, or None."""
    lo = text.rfind("\n", max(0, start - 60), start) + 1
    match = _KEY_BEFORE_RE.search(text[max(lo, start - 60) : start])
    return _field_name(match) if match else None


def _field_name(match: re.Match) -> str:
    """The name a key and its brackets give their field: the last name in the brackets, else
    the key ("data[telefono]": "telefono"; "recipients[0]": "recipients")."""
    names = _BRACKETED_NAME_RE.findall(match.group(2))
    return names[-1] if names else match.group(1)


def field_key_before(text: str, start: int) -> bool:
    """Does a log event's field key and its "=" end right before ``start`` ("cs2=", "siteLine="
    in CEF and LEEF; no web address's query, whose keys follow "?" or "&")?"""
    return _FIELD_KEY_BEFORE_RE.search(text, max(0, start - 48), start) is not None


def _fits(entity: str, value: str) -> bool:
    if entity == "US_SSN":
        ssn = SSN_SHAPE_RE.fullmatch(value)
        return bool(ssn) and ssn[1] not in ("000", "666") and ssn[1][0] != "9"
    if entity == "CREDIT_CARD":
        digits = "".join(c for c in value if c.isdigit())
        return (
            bool(_CARD_VALUE_RE.fullmatch(value)) and luhn_ok(digits) and issuer_length_ok(digits)
        )
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if entity == "PHONE_NUMBER":
        digits = sum(c.isdigit() for c in value)
        return bool(_PHONE_VALUE_RE.fullmatch(value)) and 7 <= digits <= 15
    return False  # e-mails: the e-mail recognizer finds them (``email_after_key`` trims the key)


def email_after_key(text: str, start: int, end: int) -> int:
    """Where an e-mail span that begins with a field's key (``mail=anna@x.dk``,
    ``duser=office@x.au``, which RFC 5322 would allow as a local part) really begins: after the
    ``=``; after the tag of an EDIFACT ``COM`` segment at a segment's start
    (``COM+a8000384@xtec.cat:EM'``) or an SDP body's ``e=``; after an HL7 component separator;
    after a "#" that ends a number's field."""
    # an "=" that ends a bracketed field's key ('-F "recipients[0][email]=38001930@x.org"', a
    # multipart form's field as curl sends it): "]" is no atext, so the pattern starts at "="
    if text.startswith("=", start):
        return start + 1
    if text.startswith("COM+", start) and (start == 0 or text[start - 1] in "'\n"):
        return start + 4
    # an SDP body's e-mail line ("e=adcst@refer.sn (Accueil)")
    if text.startswith("e=", start) and (start == 0 or text[start - 1] == "\n") and is_sdp(text):
        return start + 2
    # HL7 v2's component separator: "...^WPN^PH~^NET^Internet^x@y.ph" (RFC 5322 allows "^" in
    # a local part, which no mailbox uses)
    caret = text.rfind("^", start, text.find("@", start, end))
    if caret >= 0:
        return caret + 1
    # a field separator "#" after a number ("puh. 02 623 4200#kirjasto@pori.fi#", a PC-Axis
    # CONTACT's fields): the number is the field before, no part of the local part
    hash_at = text.rfind("#", start, text.find("@", start, end))
    if hash_at > start and text[start:hash_at].isdigit():
        return hash_at + 1
    # a mysqlbinlog row event's column ("###   @10='webmail@doh.hawaii.gov'")
    if start > 0 and text[start - 1] == "@" and _binlog_row_line(text, start):
        column = _BINLOG_COLUMN_AT_RE.match(text, start, end)
        return column.end() if column and "@" in text[column.end() : end] else start
    # any field's key, not only an e-mail one: a log event's "duser=" or "usrName=" (CEF,
    # LEEF) before the user's address, or a quoted form field's ('-F "email=info@x.es"', curl's);
    # no mailbox in use opens with a word and "="
    match = _KEY_AT_RE.match(text[start:end])
    if not match or (start > 0 and text[start - 1] not in " \t\n\"'"):
        return start
    if "@" not in text[start + match.end() : end]:
        return start
    return start + match.end()


def _binlog_row_line(text: str, start: int) -> bool:
    """Is ``start`` on a line of a mysqlbinlog row event's verbose dump (it starts "###")?"""
    return text.startswith("###", text.rfind("\n", 0, start) + 1)


def query_phone_at(text: str, start: int) -> bool:
    """Does ``start`` open the value of a web address's query parameter whose key names a phone
    (``&tel=``, ``?phone=``), the one number a web address holds that is no document's id?"""
    key = _QUERY_KEY_BEFORE_RE.search(text, max(0, start - 40), start)
    return key is not None and _query_phone_key(key[1])


def _query_phone_key(key: str) -> bool:
    """Is a query parameter's key a phone's (``_QUERY_PHONE_WORDS``: its last word, or all its
    words run together)?"""
    words = _key_words(key)
    return bool(words) and (words[-1] in _QUERY_PHONE_WORDS or "".join(words) in _QUERY_PHONE_WORDS)
