"""Rules written after ``held_out_123`` (Portugal's police stations and GNR quarters, in H5P,
Open Badges, XCRI-CAP and cmi5 documents) was scored once and its misses and false finds read:

* a Portuguese postcode before its locality (``2605-197 BELAS``, ``4000-393 Porto``) is read as
  a Brazilian CEP is: no phone unless a phone word or label names it (123's cmi5 precision
  0.758, H5P 0.897);
* an address under a top-level name reserved for private networks (``avresqesp@rnsi.local``,
  an Active Directory mail domain; ICANN's ``.internal``) is a mailbox although no public
  suffix holds it (123's e-mail recall 0.920).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

H5P = (
    '{"text":"<p><strong>BEJA - Comando Distrital</strong><br>Rua Dom Nuno Álvares Pereira, '
    '7800-054 BEJA</p>\\n<p>Telefone: 284313151</p>\\n"}\n'
)
CMI5 = (
    "<description>Sessão com POSTO TERRITORIAL DE ANADIA (Rua Engenheiro Manuel Ferreira "
    "Tavares, 3780-203 Anadia). Contactos: telefone 231512341 e correio eletrónico "
    "ct.anadia@rnsi.local.</description>\n"
)
PRIVATE = "Reply to ops@corp.internal, not to the list at x@host.localhost.\n"

CASES = [
    (H5P, "pt", [("PHONE_NUMBER", "284313151")]),
    (
        CMI5,
        "pt",
        [("PHONE_NUMBER", "231512341"), ("EMAIL_ADDRESS", "ct.anadia@rnsi.local")],
    ),
    (PRIVATE, "en", [("EMAIL_ADDRESS", "ops@corp.internal")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "ct.anadia@rnsi.local" in found
