"""Rules written after ``held_out_126`` to ``held_out_128`` were scored once and their misses
and false finds read (Singapore's CHAS clinics in POD, ConTeXt, Mallard and Lout: no miss, no
false find; Hungary's driving schools in OTLP, W3C, Loki and Log4j 2 logs; Fortaleza's health
posts, Brazil, in Bazel, Cargo, Flatpak and CMake files):

* a Brazilian postcode under a key that names it, a word of the key after ``_`` too
  (``cep = "60020-060"``, ``"cep": "60135-400"``, ``set(UAPS_CEP "60060-120")``): no phone
  (Turkish ``cep``, a mobile, is a phone word; 128's precision 0.699);
* a key after an option's ``=`` (``"--env=UAPS_TELEFONE=3433-6657"``, Flatpak's finish-args)
  names its value (128's Flatpak recall 0.500);
* a W3C extended log's data line: a space outside quotes ends a field, so no span holds one
  (``303 38134 52``: status, bytes, time taken; 127's W3C precision 0.932);
* Hungarian street words before a house number (``Vasmű út 39. 2./208.``, ``lakótelep``).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from filters.pii.w3c_log import crosses_w3c_fields, is_w3c_log
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

CARGO = (
    '[package.metadata.uaps]\nid = 54\nnome = "UAPS Luis Costa"\n'
    'endereco = "Rua Marechal Deodoro, 1501"\nbairro = "Benfica"\ncep = "60020-060"\n'
    'telefone = "3131-7677"\nmunicipio = "Fortaleza"\n'
)
BAZEL = '    "bairro": "Benfica",\n    "cep": "60135-400",\n    "telefone": "3452-2315",\n'
CMAKE = 'set(UAPS_CEP "60060-120")\nset(UAPS_TELEFONE "3452-2468")\n'
FLATPAK = (
    '    "finish-args": [\n        "--share=network",\n        "--env=UAPS_ID=6",\n'
    '        "--env=UAPS_CEP=60336-050",\n        "--env=UAPS_TELEFONE=3433-6657"\n    ],\n'
)
W3C = (
    "#Version: 1.0\n#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status "
    "sc-bytes time-taken x-iskola x-telefon\n"
    "2024-05-25 10:30:12 10.193.185.176 POST /autosiskola/3863/visszahivas - 303 38134 52 "
    '"START Oktatási Kft." "+36 74 510 797"\n'
)
HU_ADDRESSES = (
    "Autósiskola adatlapja frissítve: AuTÓTh Kfc. (2400 Dunaújváros, Vasmű út 39. 2./208.), "
    "telefon: +36-30-956-3333\n"
    "Fortuna Autósiskola (2800 Tatabánya, Sárberki lakótelep 219. 3/12.), telefon: "
    "+36-30-842-4447\n"
)

CASES = [
    (CARGO, "pt", [("PHONE_NUMBER", "3131-7677")]),
    (BAZEL, "en", [("PHONE_NUMBER", "3452-2315")]),
    (CMAKE, "en", [("PHONE_NUMBER", "3452-2468")]),
    (FLATPAK, "en", [("PHONE_NUMBER", "3433-6657")]),
    (W3C, "en", [("IP_ADDRESS", "10.193.185.176"), ("PHONE_NUMBER", "+36 74 510 797")]),
    (
        HU_ADDRESSES,
        "hu",
        [("PHONE_NUMBER", "+36-30-956-3333"), ("PHONE_NUMBER", "+36-30-842-4447")],
    ),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_a_w3c_field_separator_is_outside_quotes_on_a_data_line() -> None:
    assert is_w3c_log(W3C)
    status = W3C.index("303 38134 52")
    assert crosses_w3c_fields(W3C, status, status + len("303 38134 52"))
    quoted = W3C.index("+36 74")
    assert not crosses_w3c_fields(W3C, quoted, quoted + len("+36 74 510 797"))
    # the same line with no #Fields directive is no W3C log
    line = W3C.splitlines()[2]
    assert not is_w3c_log(line)
    assert not crosses_w3c_fields(line, line.index("303"), line.index("303") + 12)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert "3433-6657" in found
