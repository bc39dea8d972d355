"""Labels that name a number other than a phone: "Registration no.:", "Código de centro",
"Organisasjonsnummer", ``"school_code":``, ``<cbc:CompanyID>``, "RUT".

A national number with no country code and a register's own number of the same length are
told apart by the label in front of them, never by their digits. Every country names its
registers differently, so listing register names (``bait._REGISTER_NAMES``) learns each name
only after it has been seen. This module judges the label by its parts instead, in any
language the vocabulary covers:

* a word for an identifier or a code (``ID_WORDS``: "code", "kood", "ID", "registration",
  "reference", "postcode"...) names something other than a phone on its own;
* a word for "number" (``NUMBER_WORDS``: "no.", "Nr", "numéro", "številka", "номер"...)
  does when another word qualifies it ("Org. nr.", "Numéro SIRET", "tax number") in a
  field's label (a colon, a tab, a key's quotes, a dotted leader after it); alone
  ("Number:"), or qualified only by a function word ("your number"), it says nothing;
* a compound ending in such a word ("Schulnummer", "orgnr", "Registrikood") does when what
  comes before it is no phone word ("Telefonnummer", "Handynr" are phones);
* an acronym alone ("INEP", "CVR", "RBD") is a register's name unless it is a phone's
  ("TEL", "GSM", "PABX").

Whatever names a line rather than a register keeps the number a phone: a phone word
(``PHONE_WORD_RE``) anywhere in the label, or a word for a kind of line or a desk
(``LINE_STEMS``: "emergency number", "numéro vert", "Hauptnummer", "Sales no.", "WeChat ID").
"""

from __future__ import annotations

import re

from filters.pii.cell_labels import is_label
from filters.pii.columnar_json import json_column
from filters.pii.element_keys import GENERIC_KEYS, element_key, key_is_label
from filters.pii.fix_parties import fix_phone_sub_id
from filters.pii.grid_cells import grid_header
from filters.pii.mork_cells import mork_column
from filters.pii.parent_keys import parent_key
from filters.pii.phone_words import JOINED_FIELD_RE, LEADING_PREPOSITIONS, PHONE_WORD_RE
from filters.pii.rdf_triples import triple_predicate
from filters.pii.sibling_keys import sibling_named_by

# words for "number", in the languages of the phone words (abbreviations without their dot)
NUMBER_WORDS = frozenset(
    (
        *("number", "numbers", "no", "nr", "nro", "nrs", "num", "nº", "n°", "nummer"),
        # "number" as APIs abbreviate it ("taxNbr", an Axelor partner's tax number)
        "nbr",
        *("nummern", "numre", "numer", "numery", "numero", "numeri", "número", "números"),
        *("numéro", "numéros", "numurs", "numeris", "numeras", "szám", "száma", "számú"),
        *("nommer", "nommers"),
        *("číslo", "čísla", "številka", "številke", "broj", "broja", "номер", "номера"),
        # Slovene "št." ("Izvajalec ZZZS št. 3092020", a provider's number with the ZZZS)
        "št",
        *("номери", "αριθμός", "αριθμ", "numara", "numarası", "nomor", "nombor", "số"),
    )
)
# words for an identifier, a code, a register's entry, a reference or a time
ID_WORDS = frozenset(
    (
        *("code", "codes", "cod", "codice", "código", "codigo", "kod", "koda", "kodas", "kods"),
        *("kood", "kode", "koodi", "kodu", "codi", "код", "κωδικός", "mã"),
        # Czech and Slovak "kód" ("kód pracoviště 63337000002", a pharmacy's workplace code)
        "kód",
        *("id", "ids", "ident", "identifier", "identification", "identifikation"),
        # cXML's credential ('<Credential domain="DUNS"><Identity>'), an identity number
        "identity",
        *("identificación", "identificacion", "identificador", "identifiant", "identificativo"),
        *("identyfikator", "azonosító", "tunnus", "tunniste"),
        *("registration", "registro", "registre", "register", "registr", "registri", "rejestr"),
        # Spanish "record card", a register's entry number ("ficha 10511855", Madrid's
        # directory of facilities)
        "ficha",
        # Argentine and Uruguayan Spanish "extension" ("interno Centrex 4848443", a police
        # station's internal line beside its phone)
        *("interno", "internos"),
        *("rejstřík", "matrícula", "matricula", "matricule", "matricola"),
        # Portuguese and Spanish "registration" (an NFS-e's "<InscricaoMunicipal>", a
        # company's municipal tax registration), Brazil's company and personal tax numbers
        *("inscrição", "inscricao", "inscripción", "inscripcion", "cnpj", "cpf"),
        # the names of national tax and company numbers, as keys and column headers write
        # them ("NPWP", Indonesia's taxpayer number in an e-Faktur CSV; "RutEmisor", Chile's
        # RUT; "kboNumber", Belgium's company number; "NIF", "CUIT", "RFC", "GSTIN", "UEN")
        *("npwp", "nik", "rut", "nit", "cuit", "cuil", "ruc", "rfc", "curp", "nif", "nipc"),
        # Spain's and Romania's fiscal code ('cif_intocmit="350613326"', an ANAF D394 return's)
        "cif",
        *("oib", "ein", "vat", "gstin", "uen", "kbo", "bce"),
        # France's company and establishment numbers ("structure_siren", the vaccination
        # centres' open data's column), and Brazil's activity code ("cnae")
        *("siren", "siret", "cnae"),
        # Poland's tax, statistical and court register numbers ("<praw_nip>", "<praw_regon9>",
        # a REGON BIR report's elements)
        *("nip", "regon", "krs"),
        # a licence or certificate ("operating certificate 1451604", a New York facility's)
        *("certificate", "certificates", "certificado", "certificat", "certificato"),
        "zertifikat",
        *("reference", "ref", "referencia", "référence", "riferimento", "referenz", "kenmerk"),
        *("aktenzeichen", "postcode", "zip", "zipcode", "plz", "postleitzahl", "isbn"),
        # a German business letter's reference line ("Ihr Zeichen", "Unser Zeichen: 8140410/24",
        # DIN 5008's information block)
        "zeichen",
        # a charity's registration number ("Registered charity no. 1010321", the footer of
        # every British charity's page and letter)
        "charity",
        # a serial's number ('<issn pub-type="epub">6455-3507</issn>', a JATS journal's)
        *("issn", "eissn", "pissn"),
        # a date or a time, as a key names a time stamp ('"date":1700000000')
        *("date", "time", "timestamp", "datetime", "epoch", "created", "updated", "modified"),
        *("datum", "fecha", "zeit", "heure", "hora", "duration", "durée", "duración", "dauer"),
        # TEI's element for an identifier ("<idno type=...>"), and an id as a string or as a
        # number, one word ('"idstr": "4995056926991366"', a Weibo status's; '"idnumber":
        # "500763917"', an Israeli company's number in a Powerlink account)
        *("idno", "idstr", "idnumber", "idnum"),
        # a tax id as one word ('"taxid": "1020304025"', a Jumpseller customer's NIT)
        "taxid",
        # Serbia's and Montenegro's tax number ("PIB", poreski identifikacioni broj); a
        # revision ('"revision": "0999413"', a DHIS2 object's)
        *("pib", "revision", "révision", "revisión", "revisione", "revisão"),
        # a GIS object's id ("<app:objektid>8423236</app:objektid>", Swedish and German)
        *("objektid", "objectid"),
        # a resource's version tag or a content's hash ('"_etag": "4980664309178285673"', an
        # Ed-Fi resource's: nineteen digits that may pass the Luhn check), or a message's or a
        # browser's fingerprint ('"fingerprint": 688870678685814', a Crisp web hook's)
        *("etag", "hash", "checksum", "digest", "nonce", "fingerprint"),
        # MediaWiki's and Wikidata's API keys for a page's, a revision's and a log entry's ids
        # ('"pageid":130841247,...,"lastrevid":2319854621', one word each)
        *("pageid", "revid", "lastrevid", "parentid", "oldid", "curid", "rcid", "logid"),
        # a cost centre's code ('"costCenter": "290018740"', SCIM's enterprise user extension;
        # German "Kostenstelle")
        *("costcenter", "costcentre", "kostenstelle"),
        # GS1's location, trade item and company numbers ('<SUPPLIER_IDREF type="gln">', an
        # openTRANS order's; "gtin", "ean")
        *("gln", "gtin", "ean"),
    )
)
# words that name another number only as a field's label, set apart as one (a colon, a key's
# quotes, an equals sign, a column's header): in a line of text they are as often a name
# ("Braulio Price", "Count Basie") or a word of a sentence
FIELD_ID_WORDS = frozenset(
    (
        # a key, as Spanish, Portuguese, French, Italian, Polish, Czech, German name a code
        # ("Clave INEGI de la localidad", 'clave_inegi = "050300001"')
        *("clave", "chave", "clé", "cle", "chiave", "klucz", "klíč", "schlüssel", "key"),
        # a code's abbreviation as Korean public APIs end their keys ("<sidoCd>6460000", a
        # province's code; "orgCd", "sigunguCd")
        "cd",
        "schluessel",
        # a coordinate ("LONGITUDINE: \"8,0373371\"": the digits after a decimal comma)
        *("latitude", "longitude", "lat", "lon", "lng", "latitud", "longitud"),
        # (Naver's local search answers: "mapx", "mapy", a place's map coordinates)
        *("mapx", "mapy"),
        # a bounding box's coordinates ('"boundingbox": ["37.6346359", ...]', Nominatim's)
        *("boundingbox", "bbox"),
        # a search hit's score ('"text_match": 578386833818328216', Typesense's; "_score")
        *("score", "match"),
        *("latitudine", "longitudine", "breite", "länge", "breitengrad", "längengrad"),
        *("szerokość", "długość", "šířka", "délka", "gps", "coordinates", "coordenadas"),
        *("coordonnées", "koordinaten", "koordinat", "koordinatalar", "koordinaatit"),
        *("координаты", "współrzędne", "souřadnice", "συντεταγμένες"),
        # a grid's axes and systems ("RT90(x: 6580676, y: 1625947)", Swedish RT90; eastings)
        *("x", "y", "rt90", "sweref", "easting", "northing", "hochwert", "rechtswert"),
        # a quantity ('"age": 71387775', a Matrix event's milliseconds)
        *("age", "size", "count", "length", "bytes", "offset", "ttl", "timeout", "width"),
        # a database log's position and transaction ("lsn": 792554387, a Debezium event's)
        *("lsn", "scn", "txid", "xid"),
        # a random generator's seed ('"seed": 647689138', an Excalidraw element's)
        *("seed", "seeds"),
        *("height", "weight", "amount", "total", "price", "population"),
        # an amount in a currency's hundredths ('"cents": 1695600', a SHOPLINE order's)
        "cents",
        # a sum and an amount in Swedish, Finnish and Estonian ("<agd:SummaArbAvgSlf>", a
        # Skatteverket employer declaration's sum of contributions; "belopp")
        *("summa", "belopp"),
        # an amount's abbreviation ("<GrossReceiptsAmt>", an IRS e-file return's)
        *("amt", "amnt"),
        # ... and in Spanish, French, German, Italian ("<MntNeto>", a Chilean DTE's net amount)
        *("mnt", "monto", "importe", "montant", "betrag", "importo"),
        # Indonesian and Malay amounts, prices, discounts and taxes (an e-Faktur CSV's
        # "JUMLAH_DPP", "HARGA_TOTAL", "DISKON", "PPN": the tax base, the value-added tax)
        *("jumlah", "harga", "diskon", "dpp", "ppn", "ppnbm", "pajak"),
        # an address ("Anwani\n:   55472 00200", a Kenyan box number and postcode)
        *("address", "adresse", "adres", "adresa", "adress", "dirección", "direccion"),
        *("endereço", "endereco", "indirizzo", "anschrift", "osoite", "cím", "anwani"),
        "alamat",
        # a registration ('reg_nr="3380802199"', a Latvian register's number)
        *("reg", "reģ"),
        # a shop's or a system's record ('"order": "6761652514"', an invoice, a parcel's
        # tracking number, a serial, a user's or a process's id); the singular only: "Orders:
        # 01234 567890" is a shop's order line
        *("order", "pedido", "commande", "bestellung", "invoice", "factura", "facture"),
        *("rechnung", "tracking", "serial", "sku", "ean", "barcode", "uid", "gid", "pid"),
        # a card's number ("<cartao_postagem>", a Correios posting card's; a payment or a
        # loyalty card), which a phone word beside it would make a phone card's line
        *("card", "cartao", "cartão", "tarjeta"),
        # a contract, an account or a document (Andreani's '"contrato": "400006361"', Jadlog's
        # '"contaCorrente"', Melhor Envio's '"company_document"': a CNPJ), a bank's MICR code
        # ('"micr": "422885533"', nine digits), Brazil's state registration ('"ie"') and
        # Romania's fiscal code ('cui="350613326"', an ANAF D394 return's)
        *("contrato", "contract", "contratto", "contrat", "vertrag", "account", "conta"),
        *("cuenta", "compte", "conto", "document", "documento", "micr", "ie", "cui"),
    )
)
# stems of the words for an identifier in languages that inflect or compound them
# ("Identifikátor", "identifikační číslo", "Identyfikator", "identificazione"): a label that
# holds one names something other than a phone, as ``ID_WORDS`` do
ID_STEMS = ("identif", "identyf", "ідентиф", "идентиф")
# what a compound ends with when it names a number ("Schulnummer", "orgnr", "Registrikood")
COMPOUND_ENDINGS = ("nummer", "nommer", "numero", "nr", "kood", "kode", "koodi", "code")
COMPOUND_ENDINGS += ("tunnus", "szám")
# a key ("Gemeindeschlüssel", a municipality's; "Schulbetriebsschluessel" as ASCII keys write
# it) and a grid coordinate ("UTMHochwert", "utmrechtswert": a UTM northing and easting)
COMPOUND_ENDINGS += ("schlüssel", "schluessel", "hochwert", "rechtswert")
# ... and a German compound's date ("<Erstellungsdatum>20240610", an ELSTER return's)
COMPOUND_ENDINGS += ("datum",)
# ... and in scripts written without spaces, where a compound may be two characters before it
# (Korean "제공기관코드", an agency's code; "사업자번호"; Chinese "統一編號"; Japanese "登録番号")
COMPOUND_ENDINGS += ("코드", "번호", "編號", "编号", "代碼", "代码", "番号")
# ... and a post office's number (Chunghwa Post's "電腦局號", its computer office number)
COMPOUND_ENDINGS += ("局號", "局号")
# ... and an official letter's or an approval's number (Taiwan's "立案文號：89192751", a cram
# school's filing number; "核准立案字號")
COMPOUND_ENDINGS += ("文號", "文号", "字號", "字号")
# ... and Japanese katakana "code" ("マップコード", a Denso mapcode's nine digits)
COMPOUND_ENDINGS += ("コード",)
# ... and a date or a period, which such a compound names the same way (Chinese "生效起日",
# an effective start date, "生效期間", an effective period; Japanese "日付", Korean "일자")
COMPOUND_ENDINGS += ("日", "日期", "期間", "期间", "日付", "날짜", "일자")
# Russian registers' numbers as keys write them in Latin letters ('"inn": "6115265580"', a
# taxpayer; "kpp", its registration reason code; "ogrn", "okpo", "oktmo", "bik": the trudvsem.ru
# vacancies API's employer): a label that is one of them alone, in lower or upper case ("Inn"
# is a hostelry or a river: "St. Florian am Inn" before a bank's phone)
_LATIN_RU_REGISTERS = frozenset(("inn", "kpp", "ogrn", "ogrnip", "okpo", "oktmo", "okato", "bik"))
# ids that a key names with a word of another sense, alone and in lower or upper case likewise
# ('"mid": "4995056926991366"', a Weibo status's message id, Luhn-valid by chance; "Mid Essex
# Hospital" is a name; a form's and its fields' ids as form builders' APIs key them, '"form":
# "5619947"', '"field": "153216501"', a Formstack submission's, while SharePoint's '<Field
# Name="Telefoon">' names its value by the attribute)
_ID_KEYS = frozenset(("mid", "form", "field"))
_ALONE_KEYS = _LATIN_RU_REGISTERS | _ID_KEYS
# a setter's call right before its quoted argument ("->setOrgId('", ".setOrgId(\"")
_SETTER_BEFORE_RE = re.compile(r"""(?:->|\.)set([A-Z]\w{0,40})\([ \t]*["']\Z""")
# a key and what sets its value apart, right before the value ('"contactPersonId": ')
_KEY_BEFORE_VALUE_RE = re.compile(r"""([\w.\-]{1,40})["']?[ \t]*[:=][ \t]*["']?\Z""")
# a key's last word "at", joined to the words before it
_TIME_KEY_RE = re.compile(r"\A[\w.\-]*[A-Za-z\d](?:_at|At|_AT|-at)\Z")
# a contact's record id, as a key's words write it
_CONTACT_ID_RE = re.compile(r"(?i)(?:contact|kontakt|contato|contacto|contatto)(?: ?person)? ?ids?")
# the stems of ``LINE_STEMS`` in scripts written without spaces
_UNSPACED_LINE_STEMS = ("대표", "代表", "总机", "總機")
# stems of words for a kind of line or a desk: a number so named is a phone
LINE_STEMS = (
    *("emergenc", "emergênc", "urgenc", "urgênc", "notfall", "notruf", "nød", "hätä", "toll"),
    *("free", "gratu", "gratis", "grátis", "vert", "verde", "servic", "serviç", "servizi"),
    *("kundendienst", "direct", "direkt", "diret", "home", "work", "privat", "privé"),
    *("business", "geschäft", "main", "haupt", "hoved", "hoofd", "zentral", "central"),
    # the general line ("Algemeen nummer: 020-3626801", a Dutch organisation's main number;
    # "allgemeine Nummer", "yleisnumero", "allmänt nummer")
    *("algeme", "allgemein", "yleis", "allmän"),
    *("reception", "recepc", "récept", "rezeption", "accueil", "day", "night", "evening"),
    *("alternat", "other", "personal", "second", "primary", "backup", "fijo", "fixe", "fisso"),
    *("fixed", "domicil", "casa", "trabajo", "oficina", "bureau", "büro", "buero", "sales"),
    *("support", "helpdesk", "enquir", "inquir", "info", "sekretar", "secretar", "admission"),
    *("billing", "line", "wechat", "weixin", "微信", "kakao", "skype", "signal", "zalo"),
    *("area", "vorwahl", "prefix", "prefij", "indicatif", "lada", "pager", "beeper", "bip"),
    *("autre", "otro", "altro", "andere", "caller", "dial", "text", "fone"),
    # Korean, Chinese and Japanese words for an institution's main line ("대표번호",
    # "代表番号", "总机")
    *_UNSPACED_LINE_STEMS,
)
# (a stem of a script written without spaces stands anywhere in its label: "神遊の代表番号",
# a home's main number, after its name and a particle)
_LINE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:"
    + "|".join(re.escape(s) for s in LINE_STEMS if s not in _UNSPACED_LINE_STEMS)
    + ")|"
    + "|".join(_UNSPACED_LINE_STEMS)
)
# acronyms that name a phone or a line (the phone words hold most: "tel", "gsm", "sms")
PHONE_ACRONYMS = frozenset(
    ("TEL", "FAX", "HP", "WA", "PH", "MOB", "CEL", "TLF", "TFN", "DDD", "DDI", "PABX", "PBX")
    + ("SAC", "VOIP", "ISDN", "TTY", "TDD", "SIP", "DECT", "INFO", "FREE", "CALL", "NR", "NO")
    + ("SMS", "MMS", "GSM", "LINE", "TOLL")
    # Vietnamese "ĐT" (điện thoại) as receipt printers write it without its stroke, and a
    # Romanian line by its operator ("RDS: 0374 904 793", RCS & RDS's fixed lines)
    + ("DT", "ĐT", "RDS")
)
# function words: a label line that holds one is a sentence, and none qualifies a number
# ("your number", "le numéro", "die Nummer")
_FUNCTION_WORDS = frozenset(
    (
        *("the", "a", "an", "my", "your", "our", "his", "her", "their", "its", "this", "that"),
        *("new", "old", "same", "is", "was", "and", "or", "for", "at", "on", "to", "in"),
        *("la", "le", "les", "el", "los", "las", "der", "die", "das", "den", "dem", "het"),
        *("een", "il", "lo", "votre", "vos", "ton", "mon", "notre", "nuestro", "su", "tu", "mi"),
        *("ihr", "ihre", "mein", "meine", "unser", "unsere", "seu", "sua", "meu", "minha"),
        *("nosso", "uw", "ons", "onze", "mijn", "jouw", "zijn", "din", "min", "vores", "hans"),
        *("hennes", "ert", "vår", "vårt", "und", "et", "y", "e", "og", "och", "en", "ваш"),
        *("наш", "мой"),
    )
)
# words for how a number is written, which qualify no register ("formattedNumber", a SEEK
# job ad's contact phone; "nationalNumber", "displayNumber")
_FORM_WORDS = frozenset(("formatted", "display", "raw", "full", "international", "national"))
_FORM_WORDS |= frozenset(("local", "normalized", "normalised", "canonical", "dialable"))
# the particles of a genitive, which a label may hold ("Número de registro", "numéro du
# dossier") but which qualify nothing either
_GENITIVE_WORDS = frozenset(("of", "de", "du", "des", "da", "do", "dos", "das", "di", "del"))
_GENITIVE_WORDS |= frozenset(("della", "van", "von", "af", "av"))
# what a label is made of: words, spaces and the marks of abbreviations, keys and namespaces
# ("schema:identifier"); a digit or an "@" makes it a value ("Card no.: 4916194383553" above a
# phone is no label)
_LABEL_CHARS_RE = re.compile(r"[^\W\d][\w .:'’/\-]*")
_WORD_RE = re.compile(r"[^\W\d_]+")
# three names or more joined by full stops, no space ("a.b.rkiCode"; "Org.nr" is one label)
_KEY_PATH = r"[^\W\d][\w\-]*(?:\.[^\W\d][\w\-]*){2,}"
_KEY_PATH_RE = re.compile(_KEY_PATH)
# ... as a line's key before its value ("plugin.tx_x.kontakt.rkiCode = ")
_KEY_PATH_BEFORE_RE = re.compile(rf"(?<![\w.\-])({_KEY_PATH})[ \t]*[=:][ \t]*[\"']?\Z")
_JOINER_RE = re.compile(r"[_.\-]+")
# markup before a label's first word: a troff request (".B Organisasjonsnummer"), a list's or
# an emphasis's marks ("* ", "**")
_LEADING_MARKUP_RE = re.compile(r"^(?:\.[A-Za-z]{1,3}[ \t]+)?[^\w]*")
# a label's last word after a spaced dash: the value's own label after the kind of line the
# field belongs to ("fax - ficha 10511855", a directory's note: the record card's number)
_DASHED_LAST_WORD_RE = re.compile(r"[ \t][-\u2013][ \t]+([^\W\d_]+)[ \t]*\Z")
# camelCase and PascalCase word starts ("CompanyID", "buyerReference"), and a Latin capital
# after a letter of another script ("서비스ID", a Gov24 service's id)
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_A-Za-z])(?=[A-Z])")
# a key's numbered variant ("praw_regon9", "regon14": REGON's nine- and fourteen-digit forms):
# the digits after its last word number the key, not a value
_KEY_NUMBER_RE = re.compile(r"(?<=[A-Za-z])\d{1,2}\Z")
# HTML's elements that hold text, which old pages write in capitals ("<TD>", "<FONT>"): an
# element so named says nothing about its number
HTML_ELEMENTS = frozenset(
    (
        *("a", "abbr", "address", "b", "bdi", "bdo", "big", "blockquote", "body", "button"),
        *("caption", "center", "cite", "code", "data", "dd", "del", "dfn", "div", "dl", "dt"),
        *("em", "font", "form", "head", "html", "i", "ins", "kbd", "label", "legend", "li"),
        *("main", "mark", "nav", "nobr", "ol", "option", "output", "p", "pre", "q", "s"),
        *("samp", "section", "small", "span", "strike", "strong", "sub", "sup", "table"),
        *("tbody", "td", "tfoot", "th", "thead", "time", "title", "tr", "tt", "u", "ul", "var"),
    )
)
_ACRONYM_RE = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]{2,8}")
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝАЕЁИОУЫЭЮЯΑΕΗΙΟΥΩ")
# Brazil's electronic fiscal documents (NF-e, CT-e, MDF-e) name a code "c" and a number "n"
# before a capital ("<cNF>04006893</cNF>", "<cMun>2919243</cMun>", "<nProt>1352...</nProt>");
# their phone is "<fone>"
_CODE_ELEMENT_RE = re.compile(r"[cn][A-Z][A-Za-z]{1,12}")


def names_another_number(label: str, structured: bool = True, acronym: bool = False) -> bool:
    """Does ``label`` (a field's label: a few words) name a number that is no phone?
    ``structured`` says the label is set apart from its value as a field's label is (a colon,
    a tab, a key's quotes, a dotted leader, a column's header); only then does a qualified
    word for "number" count. ``acronym`` says an acronym alone may be a register's name (right
    before its value on its line: a name on the line above a number, "ACME", is its owner's)."""
    label = _LEADING_MARKUP_RE.sub("", _without_xml_escapes(_without_quoted_printable(label)))
    label = _after_spaced_dash(label)
    if structured and "_" in label:
        label = _KEY_NUMBER_RE.sub("", label)
    if not _LABEL_CHARS_RE.fullmatch(label) or any(c.isdigit() for c in label):
        return False
    # a key's path ("plugin.tx_gesundheitsamt.kontakt.rkiCode", TypoScript's constants; a
    # properties file's keys): its last name names the value, the names before it are the
    # groups it belongs to ("kontakt", a contact block, holds its codes as well as its phone)
    if _KEY_PATH_RE.fullmatch(label):
        label = label.rsplit(".", 1)[1]
    # a contact's other field ("contactTaxId", "contact_zip_code"), a phone's code
    # ("phoneAccessCode") or an office's ("district_office_code"): the field's name after the
    # word for a contact, a phone or an office names the value, and that word is no phone word
    # there
    joined = JOINED_FIELD_RE.search(label) if structured else None
    if joined:
        label = label[joined.end() :]
    split = _CAMEL_RE.sub(" ", label)
    # a key's words joined by "_", "." or "-" ("formatted_phone_number": "phone" is a word)
    spaced = _JOINER_RE.sub(" ", split)
    # a contact's or its person's record id ("contactId", "contactPersonId", Fiken's integer
    # ids): a word for a contact before the id is no phone word
    if structured and _contact_id(label):
        return True
    # (a Russian register's Latin key: ``_LATIN_RU_REGISTERS``; ``_ID_KEYS``)
    key = label.strip(" .:\"'")
    if structured and key.lower() in _ALONE_KEYS and (key.islower() or key.isupper()):
        return True
    # a key whose last word is "at" is a time's, however its words begin ("contact_last_seen_at",
    # a Chatwoot conversation's; "createdAt"), as Rails, Django and most JSON APIs name them
    if structured and _TIME_KEY_RE.search(label):
        return True
    if any(PHONE_WORD_RE.search(t) for t in {label, split, spaced}):
        return False
    words = [w.lower() for w in _WORD_RE.findall(split)]
    # a compound's last word is its head: a quantity's name after a word for a desk is still
    # the quantity ("GrossReceiptsOrSalesAmt", an IRS e-file return's amount), which a word
    # for a kind of line or a desk before a word for a number or an id is not ("Sales no.",
    # "WeChat ID", "caller_id": the line's own number)
    if structured and words and words[-1] in FIELD_ID_WORDS:
        return True
    if any(_LINE_RE.search(t) for t in {label, split, spaced}):
        return False
    bare = label.strip(" .:")
    if (
        acronym
        and _acronym(bare)
        and bare not in PHONE_ACRONYMS
        and bare.lower() not in NUMBER_WORDS
    ):
        return True
    # a clause that a preposition ends leads to its number ("coordinar fecha al 33 2272737":
    # arrange a date on), as a label does not
    if words and words[-1] in LEADING_PREPOSITIONS:
        return False
    if any(w in ID_WORDS or w.startswith(ID_STEMS) or _compound(w) for w in words):
        return True
    # (a key's words that make one word together: "costCenter")
    if len(words) > 1 and "".join(words) in ID_WORDS:
        return True
    if structured and any(w in FIELD_ID_WORDS for w in words):
        return True
    if not structured or not any(w in NUMBER_WORDS for w in words):
        return False
    if any(w in _FUNCTION_WORDS for w in words):
        return False
    return any(
        w not in NUMBER_WORDS and w not in _GENITIVE_WORDS and w not in _FORM_WORDS and len(w) > 1
        for w in words
    )


def _after_spaced_dash(label: str) -> str:
    """The one word after a spaced dash that ends ``label`` (``_DASHED_LAST_WORD_RE``: "fax -
    ficha" is labelled "ficha"), else ``label`` itself."""
    dashed = _DASHED_LAST_WORD_RE.search(label)
    return dashed.group(1) if dashed else label


def _contact_id(key: str) -> bool:
    """Is ``key`` a contact's or its person's record id ("contactId", "contact_person_id"),
    whose word for a contact is no phone word?"""
    return (
        _CONTACT_ID_RE.fullmatch(_JOINER_RE.sub(" ", _CAMEL_RE.sub(" ", key)).strip()) is not None
    )


def _acronym(word: str) -> bool:
    """Is ``word`` an acronym: two to six capitals, or seven or eight that are a run of initials
    with one vowel at most (a Vietnamese e-invoice's "<MSTTCGP>", the tax code of its software's
    provider; "GUARDIA" and "CSPHONE" are words in capitals)?"""
    return _ACRONYM_RE.fullmatch(word) is not None and (
        len(word) <= 6 or sum(c in _VOWELS for c in word) <= 1
    )


# a quoted-printable escape of a UTF-8 byte, as e-mail bodies write labels in any language
# ("Identifik=C3=A1tor": "Identifikátor")
_QP_ESCAPES_RE = re.compile(r"(?:=[0-9A-F]{2})+")


def _without_quoted_printable(label: str) -> str:
    """``label`` with its quoted-printable escapes read (those that are no UTF-8 left as
    written)."""
    if "=" not in label:
        return label

    def decode(escapes: re.Match) -> str:
        try:
            return bytes.fromhex(escapes.group().replace("=", "")).decode("utf-8")
        except UnicodeDecodeError:
            return escapes.group()

    return _QP_ESCAPES_RE.sub(decode, label)


# an XML name's escape of a character a name may not hold ("KBO_x0020_nummer": SharePoint's
# field names write a space so)
_XML_NAME_ESCAPE_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _without_xml_escapes(label: str) -> str:
    """``label`` with its XML name escapes read."""
    if "_x" not in label:
        return label
    return _XML_NAME_ESCAPE_RE.sub(lambda escape: chr(int(escape[1], 16)), label)


def _compound(word: str) -> bool:
    """Is ``word`` one word that ends with a word for a number or a code, after at least three
    letters that are no phone word ("schulnummer", "orgnr" but not "handynr")?"""
    for ending in COMPOUND_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= (3 if ending.isascii() else 1):
            stem = word[: -len(ending)]
            return not (PHONE_WORD_RE.search(stem) or _LINE_RE.search(stem))
    return False


class OtherNumberLabel:
    """``names_another_number`` in the shape of the label-word patterns that
    ``phone_formats.label_above`` and ``cell_labels`` search a label with (a column's header
    or the line above a value: a field's label by its place)."""

    @staticmethod
    def search(label: str) -> bool:
        return names_another_number(label)


OTHER_NUMBER_LABEL = OtherNumberLabel()

# An XML or HTML element that a value starts right after, and its ``name``/``key`` attribute
# ('<field name="Identnummer">', '<SimpleData name="inep">'): the attribute names the value
# where there is one, else the element does ('<cbc:CompanyID schemeID="0191">').
# (a CDATA section's start between them is the element's too: "<cpf_cnpj_remetente>
# <![CDATA[03432593000153]]>", a Correios SIGEP list's)
_ELEMENT_BEFORE_RE = re.compile(
    r"<(?:[\w.\-]+:)?([^\W\d][\w.\-]*)\b([^<>]*)>[ \t]*(?:<!\[CDATA\[[ \t]*)?\Z"
)
_NAME_ATTRIBUTE_RE = re.compile(r"""(?i)\b(?:name|naam|key)\s*=\s*["']([^"']{1,60})["']""")
# ... and its type, which may name another number where the element's name says only "ID"
# ('<lido:workID lido:type="numéro d\'inventaire">', a LIDO record's inventory number)
_TYPE_ATTRIBUTE_RE = re.compile(
    r"""(?i)(?<![\w.\-])(?:[\w.\-]+:)?type\s*=\s*(["'])([^<>"]{1,60}?)\1"""
)
# A value that opens an attribute's value inside a start tag ('<w:p w:rsidR="00876883"',
# '<div id="20417">'): the attribute names it
_ATTRIBUTE_BEFORE_RE = re.compile(
    r"""<[A-Za-z][\w:.\-]*(?:\s+[\w:.\-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*"""
    r"""\s+([\w:.\-]+)\s*=\s*["']\Z"""
)
# attributes that name another attribute's value (a key, a property, a field's name)
_KEY_ATTRIBUTE_RE = re.compile(
    r"""(?<![\w:.\-])(?:k|key|name|property|itemprop|field)\s*=\s*["']([^"'<>]{1,60})["']"""
)
_TAG_NAME_RE = re.compile(r"<([\w:.\-]+)")
# attributes that hold any text a page shows or a form sends, a phone as well as anything
_TEXT_ATTRIBUTES = frozenset(("value", "content", "title", "alt", "placeholder", "label"))
_TEXT_ATTRIBUTES |= frozenset(("aria-label", "data-value", "data-content", "text"))
# Markup between a label and its value: a paragraph's, a line's or a block's start or end is
# a line break; a cell's end a tab, a header cell's a colon (the header labels the cell after
# it, "<th><p>Org.nr</p></th><td><p>..."); any other tag nothing (a word processor's runs
# split one line of text into many elements: '<w:t>OIB: </w:t></w:r><w:r w:rsidR="0071F94A">
# <w:t>32843160628'). The start tags right before the value are the value's own.
_BLOCK_END_RE = re.compile(
    r"(?i)</?(?:[\w.\-]+:)?(?:p|div|li|h[1-6]|tr|table|title|body)\b[^<>]*>|<br\b[^<>]*>"
)
_CELL_END_RE = re.compile(r"(?i)</(?:[\w.\-]+:)?(?:td|tc)>")
# a header cell's end: the header labels the cell after it in its row ("<th>Org.nr</th><td>")
_HEADER_CELL_END_RE = re.compile(r"(?i)</(?:[\w.\-]+:)?th>")
# the blocks that end inside a header cell, right before its end ("</p></th>")
_HEADER_BLOCKS_RE = re.compile(r"(?i)(?:</(?:[\w.\-]+:)?(?:p|div)>\s*)+(?=</(?:[\w.\-]+:)?th>)")
_OWN_START_TAGS_RE = re.compile(r"(?:<[^<>/!?][^<>]*>\s*)+\Z")
_TAG_RE = re.compile(r"<[^<>]*>")
_MARKUP_REACH = 400  # characters of markup back from a value to its label
# what stands between a field's label and its value (a JSON string's escaped quote too:
# '"etag": "\\"3361100822051665\\""', a Google Calendar API event's version)
_GAP_RE = re.compile(r"[ \t\"'\\\u201c\u201d:=\uff1a#\u2116|.\u2026\-\u2013>]*\Z")
# what sets a label apart as a field's (a colon, an equals sign, a tab, a bar, a quote or a
# tag's end, a number sign, a dotted leader)
_STRUCTURE_RE = re.compile(r"[:=\uff1a\t|\"'>#\u2116\u2026]|\.\.")
# the text up to where a field starts: its last delimiter or bracket, a middle dot or a bullet
# ("NHFR Code: DOH000000000018658 · PSGC 0603029007"), two spaces, or a line break as JSON
# and source strings escape it ("...SCHOOL\\nEMIS: 500123456"), or the full stop, comma or
# semicolon of a script written without spaces, which ends the sentence or item before a field
# ("公共施設。郵便番号：820-0016"), its full-width slash ("電話 0124-23-1437／マップコード") or
# bracket ("420005（電腦局號 014105-7）", a post office's number and its computer office number)
_FIELD_START_RE = re.compile(
    r"(?s).*(?:[\t|;,()\[\]{}\"'<>\u00b7\u2022\u3001\u3002\uff08\uff09\uff0c\uff1b\uff0f]"
    r"|  |\\[nrt])"
)
_REACH = 80  # characters back from the value to its label's start at most
# a field's value, the full stop or comma that ends its sentence or item, and the space after
# it, before the next field's label on the same line ("tel. 74 8697660. Kod TERYT: 0208011")
_AFTER_LAST_VALUE_RE = re.compile(r"\A.*\d[.,;]?[ \t]+(?=[^\W\d])")
_KEY_MARK_RE = re.compile(r"[:=\uff1a]")
# a pair's quoted key and the comma before its quoted value, the line's first field (an R
# tribble's row '  "BBL", "2028660070"', a Python tuple's '("OIB", "94986318669")')
_PAIR_KEY_RE = re.compile(r"""[ \t]*[(\[{]?[ \t]*(["'])([^"',\n]{1,40})\1[ \t]*,[ \t]*""")
# the text up to the last break between fields that holds no phone label's parts: an escaped
# line break, a tab, a bar ("L\\/HP SCHOOL\\nEMIS: ": "HP" is another field's)
# or the brace that opens a label set ('viis_kontakts_parbaudits{reg_nr="...')
_LINE_BREAK_RE = re.compile(r"(?s).*(?:\\[nrt]|[\t|{])")
# a PDF form's field as ``pdftk dump_data_fields`` lists it: its value is named by the
# field's name above it ("FieldName: tijelo_oib", "FieldNameAlt: OIB", then "FieldValue: ...")
_FORM_FIELD_NAME_RE = re.compile(r"(?m)^FieldName(?:Alt)?: (.+)$")


def named_otherwise(text: str, start: int) -> bool:
    """Is the value starting at ``start`` a field's value whose label, right before it on its
    line, names a number other than a phone (``names_another_number``)? The label is the
    field's whole text before the value: from the line's start or a delimiter, at most five
    words, or a generic key's record's kind (``sibling_keys``); for a value right after a
    start tag, the element's name or ``name`` attribute, else the text the markup shows before
    it; for an attribute's value, the attribute. A cell of a delimited row has no label before
    it (the cell before is another value: its column's header labels it, ``cell_labels``),
    unless the row has two cells, a label's and its value's (a Markdown table of an item's
    fields, "| 事業所番号 | 2622901672 |")."""
    if (start < len(text) and text[start] in "+(") or fix_phone_sub_id(text, start):
        return False
    # a wrapped value, named by the key of its object ('"associatedAccountNumber": {"value":
    # "628289514"}', a FedEx request's account)
    wrapper = parent_key(text, start)
    if wrapper is not None and names_another_number(wrapper):
        return True
    # a JSON triple's object, named by its predicate ("generiek#lokaleIdentificator")
    predicate = triple_predicate(text, start)
    if predicate is not None:
        return names_another_number(predicate)
    # a setter's argument, named by the setter ("$office->setOrgId('67000340')", a Doctrine
    # fixture's; Java's "builder.setOrgId(\"67000340\")")
    setter = _SETTER_BEFORE_RE.search(text, max(0, start - 60), start)
    if setter is not None and names_another_number(setter.group(1)):
        return True
    # a Mork value, named by its row's column ("(^B8^8D)" with "(B8=RecordKey)"), or a
    # columnar JSON result's, by the column at its index ('"cols": [..., {"name": "cnpj"}]')
    column = mork_column(text, start) or json_column(text, start)
    if column is not None:
        return names_another_number(column)
    lo = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    before = text[lo:start]
    # (a quote right before the value is the only way into an attribute: most values skip the
    # search)
    attribute = (
        start > 0
        and text[start - 1] in "\"'"
        and _ATTRIBUTE_BEFORE_RE.search(text, max(0, start - _MARKUP_REACH), start)
    )
    if attribute:
        return _attribute_names_another_number(attribute.group(), attribute.group(1))
    element = _ELEMENT_BEFORE_RE.search(before)
    if element:
        named = _NAME_ATTRIBUTE_RE.search(element.group(2))
        # (an element named by an acronym alone is a register's: "<ИНН>", "<RUT>"; HTML's
        # upper-case tags are no acronyms: "<TD>586 3580")
        name = named.group(1) if named else element.group(1)
        acronym = named is None and name.lower() not in HTML_ELEMENTS
        # (a generic element says nothing of its own: the walk below reads its key)
        if name.lower() not in GENERIC_KEYS and names_another_number(name, acronym=acronym):
            return True
        typed = _TYPE_ATTRIBUTE_RE.search(element.group(2))
        if typed and names_another_number(typed.group(2)):
            return True
        if named is None and _CODE_ELEMENT_RE.fullmatch(name) and not PHONE_WORD_RE.search(name):
            return True
        # a generic element's key ('<Data name="codice"><value>', a property list's <key>)
        key = element_key(text, lo + element.start())
        if key is not None and names_another_number(key):
            return True
        # ... or a phone's, which the text the markup shows around it cannot outweigh (a SIF
        # object's "<PhoneNumber><Number>", the shown line above it the last number's
        # "<ListedStatus>Y</ListedStatus>", read as a grid's axis)
        if key is not None and key_is_label(key, PHONE_WORD_RE):
            return False
        # a spreadsheet cell's column header ('<gnm:Cell Row="0" Col="0">ID DENUE</gnm:Cell>')
        header = grid_header(text, start)
        if header is not None and names_another_number(header):
            return True
        return _shown_label_names_another_number(text, start)
    if before.endswith("FieldValue: ") and text.startswith("FieldValue: ", lo):
        return _form_field_names_another_number(text, lo)
    gap = _GAP_RE.search(before).group()
    if ("\t" in gap or "|" in gap) and _row_goes_on(text, start):
        return False
    if _phone_word_names(before):
        return False
    # a generic key's value, named by its record's other keys ('"name": "Número no Cadastro
    # Nacional de Museus"' beside '"value": "5.57.56.6754"', ``sibling_keys``), unless the key
    # of its object or array names a phone, which the siblings cannot outweigh (a GOV.UK
    # contact's '"phone_numbers": [{"title": "Electoral Registration Officer", "number": ...')
    if _label_names_another_number(before, lo == 0 or text[lo - 1] == "\n"):
        return True
    phone_wrapped = wrapper is not None and is_label(wrapper, PHONE_WORD_RE)
    return not phone_wrapped and sibling_named_by(text, start, names_another_number)


def _phone_word_names(before: str) -> bool:
    """Does a phone word stand in ``before`` (the text before a value on its line) with no
    digit after it: the value's own label, however its parts are written ("TEL;WORK;VOICE:",
    a vCard's property and its parameters; "Tel. / Fax"), in its field (after an escaped
    line break, a tab or a bar)?"""
    field = _LINE_BREAK_RE.match(before)
    if field:
        before = before[field.end() :]
    # a contact's record id ('"contactPersonId": 3221300') or a time ('"contact_last_seen_at":
    # 1756088632') names no phone
    key = _KEY_BEFORE_VALUE_RE.search(before)
    if key and (_contact_id(key.group(1)) or _TIME_KEY_RE.search(key.group(1))):
        return False
    # a key's path names its value by its last name ("kontakt.rkiCode = ": a contact block's
    # code)
    path = _KEY_PATH_BEFORE_RE.search(before)
    if path:
        return PHONE_WORD_RE.search(path.group(1).rsplit(".", 1)[1]) is not None
    # ("fax - ficha ": the word after the dash labels the value)
    before = _after_spaced_dash(before)
    words = list(PHONE_WORD_RE.finditer(before))
    return bool(words) and not any(c.isdigit() for c in before[words[-1].end() :])


def _attribute_names_another_number(tag: str, name: str) -> bool:
    """Does the attribute ``name``, whose value a number opens at the end of ``tag`` (the
    start tag up to the value), name a number other than a phone? An element that holds a
    key and its value in two attributes names the value by the key (OpenStreetMap's
    '<tag k="phone" v="77259205"/>', '<meta property="..." content="...">'); an attribute
    that holds shown text, or a phone word in the attribute's or the element's name, leaves
    the number to the other rules."""
    if name.lower() in _TEXT_ATTRIBUTES or PHONE_WORD_RE.search(name):
        return False
    keys = _KEY_ATTRIBUTE_RE.findall(tag)
    if keys:
        return not any(_phone_word_names(key) for key in keys) and any(
            names_another_number(key, acronym=True) for key in keys
        )
    return not PHONE_WORD_RE.search(_TAG_NAME_RE.match(tag).group(1))


def _label_names_another_number(before: str, whole_line: bool) -> bool:
    """Does the field label at the end of ``before`` (the text before a value on its line;
    ``whole_line``: from the line's start) name a number other than a phone?"""
    gap = _GAP_RE.search(before).group()
    label_part = before[: len(before) - len(gap)]
    pair = _PAIR_KEY_RE.fullmatch(label_part) if whole_line and gap.endswith(("'", '"')) else None
    if pair:  # a quoted key opens the line, a comma, then its quoted value
        return names_another_number(pair.group(2), True, True)
    field = _FIELD_START_RE.match(label_part)
    if field is None and not whole_line:
        return False  # the label would start before the reach: prose, no field
    label = (label_part[field.end() :] if field else label_part).strip()
    # "NOTE:OIB 33195887939", "schema:identifier": a key's or a namespace's colon, then the name
    label = label.rsplit(":", 1)[-1].strip()
    # "Byggnad nummer: 3743 Zip: ": the field before ends with its value's last digit, where a
    # colon or an equals sign sets the label apart (in '"391 29 KALMAR" "0104586200"' the
    # words after the digits are the value's)
    if _KEY_MARK_RE.search(gap):
        label = _AFTER_LAST_VALUE_RE.sub("", label)
    if not label or len(label.split()) > 5:
        return False
    # "Org. nr. 123 456 789": an abbreviation's full stop ends the label too
    structured = bool(_STRUCTURE_RE.search(gap)) or gap.startswith(".")
    # an acronym names a register right before its value, after a colon, a space or a key's
    # quotes ('"OIB": "94986318669"'), not in a row's cell or before a dotted leader (a phone
    # book's "SØ ........ 6318 3100")
    acronym = set(gap) <= set(" :.=\"'") and ".." not in gap
    return names_another_number(label, structured, acronym)


def shown_before(text: str, start: int) -> str:
    """The text that the markup before a value starting at ``start`` shows (up to
    ``_MARKUP_REACH`` characters of markup back): blocks' ends as line breaks, cells' ends as
    tabs, a header cell's end as a colon, the value's own start tags dropped."""
    markup = _OWN_START_TAGS_RE.sub("", text[max(0, start - _MARKUP_REACH) : start])
    shown = _HEADER_CELL_END_RE.sub(": ", _HEADER_BLOCKS_RE.sub("", markup))
    return _TAG_RE.sub("", _CELL_END_RE.sub("\t", _BLOCK_END_RE.sub("\n", shown)))


def shown_label(text: str, start: int, words: re.Pattern) -> bool:
    """Does the markup before a value show a label of ``words`` (a phone label) right before
    it: in the same run of text ('<a:t>Telefon: </a:t></a:r><a:r><a:t>313525111'), as the
    cell before its cell, or, when the value starts its shown line, as the line above
    ('<text:p>Telefon</text:p></table:table-cell><table:table-cell><text:p>493582111', a
    form's label above its value)?"""
    lines = shown_before(text, start).split("\n")
    line = lines[-1]
    label = line[: len(line) - len(_GAP_RE.search(line).group())]
    if not label.strip():
        above = next((x for x in reversed(lines[:-1]) if x.strip()), "")
        label = above[: len(above) - len(_GAP_RE.search(above).group())]
    label = label.rsplit("\t", 1)[-1].strip()
    return (
        0 < len(label.split()) <= 5
        and not any(c.isdigit() for c in label)
        and words.search(label) is not None
    )


def _shown_label_names_another_number(text: str, start: int) -> bool:
    """Does the text that the markup before a value shows on the value's line end with a label
    that names a number other than a phone?"""
    shown = shown_before(text, start)
    line = shown[shown.rfind("\n") + 1 :]
    if not line.strip():  # the value starts its shown line: a label line above names it
        above = next((x for x in reversed(shown.split("\n")) if x.strip()), "")
        return "\t" not in above.strip() and names_another_number(above.strip(" \t:"))
    # a label shown right before the value with nothing between is the end of another item
    # (a spreadsheet's shared strings, "<t>SIBASA</t></si><si><t>0159632430"), unless a word
    # for an identifier ends it, as a property's type names its value in DITA
    # ("<proptype>Yandex ID</proptype><propvalue>15033323098")
    if "\t" in line:
        return False
    if not _GAP_RE.search(line).group():
        return names_another_number(line.strip(), structured=False)
    return _label_names_another_number(line, "\n" in shown)


def _form_field_names_another_number(text: str, line_start: int) -> bool:
    """Does the name of the PDF form field whose ``FieldValue:`` line starts at ``line_start``
    (its ``FieldName``/``FieldNameAlt`` lines, after the block's ``---`` line) name a number
    other than a phone?"""
    block = text.rfind("\n---", 0, line_start)
    names = _FORM_FIELD_NAME_RE.findall(text, block + 1 if block >= 0 else 0, line_start)
    return any(names_another_number(name.strip(), acronym=True) for name in names)


def _row_goes_on(text: str, start: int) -> bool:
    """Does the line of a value that starts at ``start`` hold another tab or bar after it (the
    value is a cell of a row)? A Markdown row's closing bar ends a row of two cells, the label's
    and the value's ("| 事業所番号 | 2622901672 |", a line of a JSON string as well)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    offset = start - line_start
    # (a JSON string's escaped line breaks end its lines too)
    escaped = line.rfind("\\n", 0, offset)
    row_start = 0 if escaped < 0 else escaped + 2
    row_end = line.find("\\n", offset)
    row = line[row_start : len(line) if row_end < 0 else row_end].strip()
    rest = line[offset : len(line) if row_end < 0 else row_end]
    if row.startswith("|") and row.endswith("|") and row.count("|") == 3:
        return False
    return "\t" in rest or "|" in rest
