"""Rules written after ``held_out_184`` to ``held_out_194`` were scored once and their misses
and false finds read (Flemish local governments in mu.semte.ch delta messages, SharePoint
batches and the Organisation Registry; Universitas Terbuka's offices in e-Faktur CSV; Victorian
schools in SEEK job ads; Chile's fire brigades in Mercado Público orders and SII documents;
Telangana's contacts in data.gov.in records; New York's facilities in IRS e-file returns;
Korea's police boxes in HWPML documents; Puglia's hotels in FatturaPA and hotel feeds):

* a JSON triple's object is named by its predicate's URI (``rdf_triples``: schema.org's
  ``telephone`` a phone, ``lokaleIdentificator`` a register's id; 185's precision 0.663);
* Belgium's KBO number, Indonesia's NPWP, Chile's RUT and the like are register names, and
  SharePoint's ``_x0020_`` escapes in field names are read;
* a CSV of several record types labels each row by its type's header line (e-Faktur's "FK",
  "LT", "OF"; 187's precision 0.686), and amounts' names ("Amt", "MntNeto", "JUMLAH_DPP")
  name no phone, an amount's name last in a compound outweighing a desk's word before it;
* how a number is written qualifies no register ("formattedNumber"; 188's recall 0.875);
* Chilean "fono" is a phone word ("FonoContacto"); "contactTypeName" names its "value";
* a clause that ends in a preposition before its number is no label ("coordinar fecha al");
* a list's next number may follow an escaped line break ("4023261166,\\n4027852333") or end
  its sentence with a full stop; a round ten-digit number in such a list is a phone;
* a version attribute's dotted quad is no IP address (``SubVersion="8.0.0.0"``).

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

from filters.pii import PiiFilter
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds

DELTA = (
    '  {\n    "predicate": {\n      "type": "uri",\n      "value": "http://schema.org/telephone"\n'
    '    },\n    "object": {\n      "type": "literal",\n      "value": "014566060"\n    }\n  },\n'
    '  {\n    "predicate": {\n      "type": "uri",\n'
    '      "value": "https://data.vlaanderen.be/ns/generiek#lokaleIdentificator"\n    },\n'
    '    "object": {\n      "type": "literal",\n      "value": "0207500123"\n    }\n  }\n'
)
SHAREPOINT = (
    '<Field Name="KBO_x0020_nummer">0216771046</Field>\n<Field Name="Telefoon">014622596</Field>\n'
)
KBO_PROSE = (
    '<dct:description xml:lang="nl">Contactgegevens van het lokaal bestuur (www.lommel.be), '
    "KBO-nummer 0207473102. Vragen beantwoordt het onthaal telefonisch op +3211399799."
    "</dct:description>\n"
)
WEGWIJS = (
    '    {\n      "contactTypeName": "Telefoon",\n      "value": "014622596",\n'
    '      "validity": {\n        "start": null\n      }\n    },\n'
)
EFAKTUR = (
    '"FK","KD_JENIS_TRANSAKSI","NOMOR_FAKTUR","NPWP","NAMA","JUMLAH_DPP"\n'
    '"LT","NPWP","NAMA","KODE_POS","NOMOR_TELEPON"\n'
    '"OF","KODE_OBJEK","NAMA","HARGA_SATUAN","JUMLAH_BARANG","HARGA_TOTAL","DPP"\n'
    '"FK","02","0102483842326","001098877895000","UPBJJ-UT Banda Aceh","5447500"\n'
    '"LT","001098877895000","UPBJJ-UT Banda Aceh","23234","0811 660 1414"\n'
    '"OF","","Jasa pengiriman bahan ajar","896000","4","3584000","3584000"\n'
)
SEEK = '          "phone": {\n            "formattedNumber": "03 9468 3300"\n          }\n'
MERCADO = (
    '{"NombreContacto": "Secretaría General", "FonoContacto": "33 2272737", "MailContacto": ""}, '
    '{"EspecificacionProveedor": "Instructores del cuerpo; coordinar fecha al 33 2272737"}\n'
)
RUT = (
    "<RUTEmisor>76918078-8</RUTEmisor>\n<MntNeto>3072500</MntNeto>\n"
    "<Contacto>(45) 2213344</Contacto>\n"
)
TELANGANA = '      "phone_number": "4023232123,\\n4027852248,\\n9490617523",\n'
ROUND_LISTED = '<data field="comments">Emergency Numbers. Call 8732224100, 9440700000.</data>\n'
IRS = "<GrossReceiptsOrSalesAmt>6422158</GrossReceiptsOrSalesAmt>\n<Phone>7164397435</Phone>\n"
HOTEL_FEED = '    <phone type="main">329. 3291237</phone>\n'

CASES = [
    (DELTA, "nl", ["014566060"]),
    (SHAREPOINT, "nl", ["014622596"]),
    (KBO_PROSE, "nl", ["+3211399799"]),
    (WEGWIJS, "nl", ["014622596"]),
    (EFAKTUR, "ms", ["0811 660 1414"]),
    (SEEK, "en", ["03 9468 3300"]),
    (MERCADO, "es", ["33 2272737", "33 2272737"]),
    (RUT, "es", ["(45) 2213344"]),
    (TELANGANA, "en", ["4023232123", "4027852248", "9490617523"]),
    (ROUND_LISTED, "en", ["8732224100", "9440700000"]),
    (IRS, "en", ["7164397435"]),
    (HOTEL_FEED, "it", ["329. 3291237"]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=True)


def test_a_version_attributes_dotted_quad_is_no_address(stage: PiiFilter) -> None:
    text = '<HWPML Style="embed" SubVersion="8.0.0.0" Version="2.8">\nServer 8.8.4.4 answered\n'
    [spans] = stage.find_spans([{"id": "x", "text": text, "language": "ko"}])
    assert [text[s:e] for s, e, entity, _ in spans if entity == "IP_ADDRESS"] == ["8.8.4.4"]


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])
    assert {"014566060", "03 9468 3300", "9490617523", "329. 3291237"} <= set(found)
