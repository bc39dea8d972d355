"""Rules written after ``held_out_392`` and ``held_out_402`` (tuning data since they were scored
once) were read again: a zakupki 44-FZ notice's OKPD2 codes, a NethVoice phone book's cells
with notes:

* a dotted quad that is the whole of an element naming a version or a code (``<versionId>``,
  ``<ProductCode>``, a bare ``<code>`` right inside another data element:
  ``<OKPD2><code>20.59.12.120</code>``) is no IP address; HTML's ``<code>`` holds a snippet,
  where an address stays one;
* a bracketed note after a cell's number ("913 021 145 / 917 667 338 (Sección Consular)")
  leaves the cell its number's, so its column's header still vouches for it, and a list's next
  number may follow such a note and a slash ("913 536 690 (Asuntos consulares) / 913 536 676").

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.bait import is_bait
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

EIS_NOTICE = """<purchaseObjects>
  <purchaseObject>
    <OKPD2><code>20.59.12.120</code><name>Картридж лазерный</name></OKPD2>
    <quantity><value>2</value></quantity>
  </purchaseObject>
</purchaseObjects>
"""

HTML_SNIPPET = "<p>The router answers on <code>192.0.2.44</code> by default.</p>\n"

PRE_SNIPPET = "<pre><code>203.0.113.9</code></pre>\n"

NETHVOICE = (
    "owner_id,type,workemail,workphone,cellphone,fax,company\n"
    "centralita,speeddial,info@arabiasaudi.org,913 834 300 / 913 832 229,,"
    "913 021 145 / 917 667 338 (Sección Consular),Embajada de Arabia Saudí\n"
    "centralita,speeddial,,913 536 600 / 913 536 690 (Asuntos consulares) / 913 536 676 "
    "(Asuntos comerciales),,,Embajada de Australia\n"
)

CASES = [
    (EIS_NOTICE, "ru", []),
    (HTML_SNIPPET, "en", [("IP_ADDRESS", "192.0.2.44")]),
    (PRE_SNIPPET, "en", [("IP_ADDRESS", "203.0.113.9")]),
    (
        NETHVOICE,
        "es",
        [
            ("EMAIL_ADDRESS", "info@arabiasaudi.org"),
            ("PHONE_NUMBER", "913 834 300"),
            ("PHONE_NUMBER", "913 832 229"),
            ("PHONE_NUMBER", "913 021 145"),
            ("PHONE_NUMBER", "917 667 338"),
            ("PHONE_NUMBER", "913 536 600"),
            ("PHONE_NUMBER", "913 536 690"),
            ("PHONE_NUMBER", "913 536 676"),
        ],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


@pytest.mark.parametrize(
    "before",
    [
        "<OKPD2><code>",
        '<OKPD2 kind="a">  <code>',
        "<x:code>",
        "<ProductCode>",
        "<versionId>",
        "<softwareVersion>",
    ],
)
def test_an_element_that_names_a_code_holds_no_address(before: str) -> None:
    text = before + "20.59.12.120</x>"
    assert is_bait(text, len(before), len(before) + 12, "IP_ADDRESS")


@pytest.mark.parametrize(
    "before", ["<pre><code>", "<P><CODE>", "Use <code>", "<host>", "<td><code>"]
)
def test_an_html_code_element_or_a_host_holds_an_address(before: str) -> None:
    text = before + "20.59.12.120</x>"
    assert not is_bait(text, len(before), len(before) + 12, "IP_ADDRESS")


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
