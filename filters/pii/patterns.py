"""The regexes of the stage's own recognizers: e-mail, URL credentials, API keys, private keys."""

from __future__ import annotations

import re
from collections.abc import Iterable

from filters.pii.word_chars import SPACED_WORD_CHAR

# Own secret patterns, written from each vendor's documented token format:
# AWS IAM unique-id prefixes (docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers),
# GitHub token prefixes (github.blog 2021-04-05 "Behind GitHub's new authentication token
# formats"), Slack token types (api.slack.com/authentication/token-types), Google API keys
# (cloud.google.com/docs/authentication/api-keys: "AIza" + 35), Stripe keys
# (stripe.com/docs/keys), JWTs (RFC 7519: base64url of a JSON header, so "eyJ"), and PEM private
# key armour (RFC 7468).
API_KEY_PATTERNS = [
    ("aws_access_key_id", r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b", 0.9),
    ("github_token", r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b", 0.9),
    ("github_fine_grained", r"\bgithub_pat_[A-Za-z0-9_]{50,255}\b", 0.9),
    ("slack_token", r"\bxox[abposr]-[A-Za-z0-9-]{10,250}", 0.9),
    ("google_api_key", r"\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", 0.9),
    ("stripe_key", r"\b[rs]k_(?:live|test)_[0-9A-Za-z]{16,247}\b", 0.9),
    ("jwt", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", 0.9),
]
PRIVATE_KEY_HEADER = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
# What every match of a pattern above holds: a recognizer skips a text without it at the cost
# of one search for literals, rather than running each of its patterns (``registry``); most of
# the windows the pre-scan sends hold no token, key or address.
API_KEY_MARK = (
    r"AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|xox[abposr]-|AIza|[rs]k_(?:live|test)_|eyJ"
)
PRIVATE_KEY_MARK = "-----BEGIN "
PRIVATE_KEY_BLOCK_RE = re.compile(
    PRIVATE_KEY_HEADER + r"[\s\S]{0,16384}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----"
)
BASE64_LINES_RE = re.compile(r"(?:\s*[A-Za-z0-9+/=:\-, ]{16,}\n?)*")

# scheme://user:password@host — only "user:password" is the secret.
URL_CREDENTIALS = r"(?<=[A-Za-z][A-Za-z0-9+.\-]{0,30}://)[^\s:/@<>\"']+:[^\s/@<>\"']+(?=@)"
# an e-mail address and URL credentials both hold an "@" (the mark of both recognizers)
AT_MARK = "@"

# RFC 5322 atext for the local part (ASCII specials plus letters of space-separated scripts for
# RFC 6531 addresses), labels of any script, then an ASCII or punycode TLD, or one of the
# internationalised TLDs of the public-suffix list ("рф", "中国"), named one by one because in a
# script without spaces the text goes on right after the address.
_EMAIL_LOCAL_CHAR = rf"(?:{SPACED_WORD_CHAR}|[!#$%&'*+/=?^`{{|}}~\-])"
# Characters RFC 5322 allows in a local part that text and code use to quote or fence a value:
# an SQL or YAML string ('anna@example.com'), wiki italics (''anna@example.com''), Markdown
# code, a template's braces, a table's bars. A run of them before an address (after a space or
# other non-address character) opens a quotation: the address starts after it. Inside a local
# part ("o'brien@example.com") they stay part of it.
_EMAIL_QUOTE_CHARS = "'`{|"
# "}{" between two arguments of a macro or template (LaTeX's \href{mailto:X}{X}): the second
# argument opens there, even though "}" is atext and a closing brace is no quote.
_EMAIL_AFTER_ARGUMENTS = r"(?<=\}\{)"
# HL7 v2's component separator: a component opens there ("...@yahoo.com~^NET^Internet^x@y.ph",
# an XTN's repeated address after another address), although "^" and "~" are atext
_EMAIL_AFTER_COMPONENT = r"(?<=\^)"
# a bar after another address, as a field joins its addresses ("direcao@x.pt|servicos@x.pt", a
# Portuguese schools' list): the next address opens there, although "|" is atext
_EMAIL_AFTER_ADDRESS_BAR = r"(?<=@[^\s@|]{1,253}\|)"
_EMAIL_UNQUOTED_CHAR = rf"(?:{SPACED_WORD_CHAR}|[!#$%&*+/=?^}}~\-])"


# A field's key and "=" that the pattern takes into a local part, as "=", "?", "&" and "/" are
# atext: a URL query's field ("https://x.pt/?email=foo@bar.com") or a Mork address book's cell
# ("(85=lisboa.diap@tribunais.org.pt)", Thunderbird's abook.mab). An address that holds "="
# itself (a bounce address's "prvs=1234abcd=user@...") has no such key before it.
_FIELD_KEY_RE = re.compile(r"(?:[^@]*[/?&])?[\w.\-]{1,40}=(?=[^=@]+@)")


def email_start(text: str, start: int) -> int:
    """Where the address found at ``start`` begins: after a query's or a cell's key that the
    pattern took into its local part (``_FIELD_KEY_RE``), else at ``start``."""
    key = _FIELD_KEY_RE.match(text, start)
    if key is None:
        return start
    query = any(c in key.group() for c in "/?&")
    return key.end() if query or text[start - 1 : start] == "(" else start


def email_pattern(idn_tlds: Iterable[str]) -> str:
    """The e-mail regex, given the internationalised top-level domains to accept."""
    idn = "|".join(re.escape(t) for t in sorted(idn_tlds, key=lambda t: (-len(t), t)))
    return (
        rf"(?:{_EMAIL_AFTER_ARGUMENTS}|{_EMAIL_AFTER_COMPONENT}|{_EMAIL_AFTER_ADDRESS_BAR}"
        rf"|(?<!(?:{_EMAIL_UNQUOTED_CHAR}|\.)[{_EMAIL_QUOTE_CHARS}]*|://[^\s/@]{{0,256}}:))"
        rf"{_EMAIL_UNQUOTED_CHAR}{_EMAIL_LOCAL_CHAR}*(?:\.{_EMAIL_LOCAL_CHAR}+)*"
        r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+"
        # (a hyphen before ">" is an arrow, no part of the domain: SPIP's link,
        # "[iris@ville-issy.fr->mailto:iris@ville-issy.fr]")
        r"(?:(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{2,59})(?![A-Za-z0-9]|-(?!>))"
        + (rf"|(?:{idn})(?!{SPACED_WORD_CHAR}|-(?!>))" if idn else "")
        + ")"
    )
