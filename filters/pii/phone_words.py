"""The words that say a number nearby is a phone number, in many languages.

A national number without a country code ("5124 4205") cannot be told from an order or
customer number by its digits; a phone word on its line, or on a short label line above it,
can. The vocabulary is written per language (the web's larger languages and those of the
regions measured in docs/pii.md), in three kinds:

* stems, matched at the start of a word with any ending, so that inflections and compounds
  count ("telefona", "Telefoninumber", "mobiilinumero", "τηλεφώνου", "телефону");
* whole words, for short or ambiguous ones ("tel", "ring", "sími", "simu");
* booking words ("Reservations:", "للحجز", "broneerimine"), unless the word names a number of
  its own ("Reservierungsnummer", "booking no.": a booking reference); contact words and
  dialling verbs ("Kontakt", "Contacto", "marque", "Zavolejte") and a person's number
  ("the landlord's number") are stems and phrases like the rest;
* words of scripts without spaces between words (Chinese, Japanese, Thai, Khmer...), matched
  anywhere; and in Arabic and Hebrew script, stems after the clitics those scripts write
  joined to a word (Arabic "ال", "و", "ب", "ل", "ف"; Hebrew "ה", "ו", "ב", "ל").
"""

from __future__ import annotations

import re

from filters.pii.entities import CONTEXT_WORDS

# word starts: any word that begins with one of these is a phone word
_STEMS = (
    # Latin script
    *("telef", "teleph", "telep", "telf", "tfn", "mobile", "mobiln", "mobilnum", "mobiltel"),
    *("mobiel", "mobiil", "mobitel"),
    *("cellular", "celular", "cellphone", "handynummer", "natel", "whatsapp", "viber"),
    *("telegram", "hotline", "helpline", "landline", "voicemail", "switchboard", "fax"),
    # fax in full ("Facsimile:", LDAP's "facsimileTelephoneNumber") and in Slovene, Croatian,
    # Serbian, Polish, Norwegian, Turkish ("Faks: 512 28 40")
    *("facsimile", "faks"),
    # fax in French ("Télécopie :", "télécopieur")
    *("télécop", "telecop"),
    *("téléphon", "teléfon", "telèfon", "telemóvel", "móvil", "movil", "mòbil", "móbil"),
    *("puhelin", "matkapuhelin", "rufnummer", "durchwahl", "festnetz", "erreichbar"),
    *("erreichen", "anruf", "telefoon", "bellen", "komórk", "zadzwoń", "dzwoń", "tālru", "zvan"),
    # German "queries" ("Rückfragen 06695-359", "für Rückfragen unter"), a desk's number
    *("rückfrage", "rueckfrage"),
    # Latvian "tālrunis" as ASCII keys write it ('kanals="talrunis"')
    "talrun",
    *("skambin", "hívj", "hívás", "nazov", "pozov", "poklič", "zovite", "volajte", "volejte"),
    *("sunați", "sunati", "thirr", "mowbajl", "ċempel", "ċemplu", "guthán", "glaoigh", "ffôn"),
    *("símanúmer", "farsím", "hringd", "hringið", "helista", "mugikor", "chiama", "joign"),
    *("kontakt", "taleefan", "điện thoại", "sđt", "di động", "liên hệ"),
    # Vietnamese "điện thoại" as ASCII keys and the tax forms abbreviate it ("<dthoaiNNT>", an
    # HTKK declaration's taxpayer phone; "<DThoai>", an e-invoice's; "dienThoai"; "<SDThoai>",
    # số điện thoại, a seller's phone in an e-invoice)
    *("dthoai", "dienthoai", "dien thoai", "sdthoai"),
    *("hubungi", "ponsel", "bimbit", "tawag", "shayel", "ucingo", "umakhalekhukhwini"),
    # Malay and Indonesian "is contacted" ("boleh dihubungi di talian 56774473")
    "dihubungi",
    *("fóònù", "foonu"),
    # contact, and dialling verbs
    *("contact", "contatt", "kapcsolat", "yhteyst", "iletişim", "zavol"),
    *("контакт", "зв'яж", "звяж", "свяж"),
    # Serbian Cyrillic "call" ("позовите школу: 3429875", "назовите")
    *("позов", "назов"),
    # Croatian and Serbian "to call" ("Nazvati ustanovu na 3659-555")
    "nazva",
    # Cyrillic, Greek, Armenian, Georgian
    *("телефон", "моб", "звон", "звън", "дзвон", "позвон", "факс", "τηλέφων", "τηλεφων", "τηλεφών"),
    *("κινητ", "καλέστε", "επικοινων", "հեռախոս", "բջջ", "ტელეფონ", "მობილურ"),
    # Devanagari, Bengali, Gujarati, Gurmukhi, Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala,
    # Ethiopic
    *("फ़ोन", "फोन", "मोबाइल", "दूरभाष", "ফোন", "মোবাইল", "ફોન", "મોબાઇલ", "ਫ਼ੋਨ", "ਫੋਨ"),
    *("ਮੋਬਾਈਲ", "ଫୋନ", "ମୋବାଇଲ", "தொலைபேசி", "கைபேசி", "அலைபேசி", "ఫోన", "మొబైల"),
    *("ದೂರವಾಣಿ", "ಫೋನ", "ಮೊಬೈಲ", "ഫോൺ", "മൊബൈൽ", "ദൂരവാണി", "දුරකථන", "ජංගම", "අමතන්න"),
    *("ስልክ",),
)
# Booking words: a number after them is the desk's phone ("Reservations: 95176727") unless the
# word names a number of its own ("Reservierungsnummer", "booking no.", "reservation code":
# a booking reference), see ``_NOT_A_PHONE_AFTER``.
_BOOKING_STEMS = (
    "reserv",
    "réserv",
    "rezerv",
    "prenot",
    "broneeri",
    "booking",
    "κρατήσ",
    "записване",
)
# ("nº" and "n°" with no full stop too: "Reserva nº 12345678"); a word that a digit ends is a
# numbered field's key, no booking desk ("reserve1", "reserve2": a payment request's reserved
# fields, Faspay's)
_NOT_A_PHONE_AFTER = (
    r"(?![^\W\d_]*\d)(?!\w*[ \t.]*(?i:num|nr|no\b|n[º°o]\.|n[º°](?!\w)|code|cod|ref|id\b|#))"
)
# whole words only: short, or a common word in some other sense as a prefix
_WORDS = (
    *("tel", "tél", "tlf", "ph", "hp", "cel", "cell", "mob", "gsm", "sms", "ring", "handy"),
    # "tel" and "no" joined in lower case, as Korean public APIs name a phone ("<telno>", KOPIS's
    # and data.go.kr's answers)
    "telno",
    *("phone", "phones", "phoned", "phoning", "mobil"),
    # the English words run together, as XML phonebooks name an element ("<phonenumber>", a
    # Grandstream phone's); "phone_number" and "phoneNumber" are read by ``_NUMBER_SUFFIX``
    *("phonenumber", "phonenumbers"),
    # AFAS Profit's keys for a work phone, a mobile and a fax ("TeNr", "MbNr", "FaNr")
    *("tenr", "mbnr", "fanr"),
    # a contact's lines as address books' exports name their columns in one word
    # ("workphone", "homephone": a NethVoice phone book's CSV header; "speeddial_num")
    *("workphone", "homephone", "officephone", "businessphone", "otherphone", "speeddial"),
    # a mobile subscriber's number as telecoms and payment APIs name it ("msisdn",
    # "billing_msisdn": Faspay's, an SMS gateway's)
    "msisdn",
    *("call", "calls", "calling", "dial", "office", "contact", "contato", "reach", "answering"),
    *("bel", "puh", "cep", "arayın", "zəng", "tālr", "sími", "síma", "simu", "waya", "pè"),
    *("fón", "đt", "wac", "telp", "tel.č", "тел", "тлф", "τηλ", "ტელ", "მობ", "հեռ", "ligue"),
    *("llame", "llámanos", "llámenos", "llamenos", "llamar", "llamada", "appelez", "appeler"),
    # Spanish "calling" ("Confirmar el horario llamando al 42059555")
    "llamando",
    # ... and "call" to you all, as Spain's job offers write it ("Interesados/as llamad al 943
    # 693 983"), and to you formally
    *("llamad", "llamadnos", "llamen", "llámennos"),
    *("appelle", "joindre", "portable", "marque", "marcar", "márquenos"),
    # Spanish "Tels." (teléfonos); a pager, as Nagios's contact objects name a phone
    *("tels", "pager", "pagers"),
    # Spanish "line" as a desk's number ("Línea del centro: 22541108", "Línea gratuita")
    "línea",
    # a desk's further or direct lines ("other lines: 2854514", a bank branch's; "Direct
    # line: 020 7946 0018"): "line" alone is a text's, a route's or a product's, and a "main
    # line" a railway's (words of the trie, one space between them: a phrase is tried apart
    # at every word start, and costs the engine more)
    *("other line", "other lines", "direct line", "direct lines"),
    # Bulgarian "for inquiries" and a clinic's reception ("За справки: 9158544",
    # "Регистратура: 9943676")
    *("справки", "регистратура", "регистратурата"),
    # Wikidata's phone and fax number properties (QuickStatements' "LAST\tP1329\t\"...\"")
    *("p1329", "p2900"),
    # Portuguese "fone", Brazil's short "telefone" ("Fone: (11) 3284-9000", an NF-e's "<fone>")
    *("fone", "fones"),
    # Chilean Spanish "fono" ("FonoContacto", a Mercado Público order's supplier contact)
    *("fono", "fonos"),
    # Malay "line" as a phone's ("di talian 56774473", "No. Talian")
    "talian",
    # Spanish "switchboard" ("Centralita: 915 868 000") and the appointments' desk, as Madrid's
    # health centres list it ("CITACIONES: 915 889 661"; "citación" alone is a court's summons)
    *("centralita", "centralitas", "citaciones"),
)
_PHRASES = (
    r"messages?[ \t]+to",
    r"texts?[ \t]+(?:me|us)",
    r"text[ \t]+(?:the[ \t]+)?\w+[ \t]+(?:at|on)",  # "text the driver at"
    # the verb right before the number ("text 706 082 785"): a digit follows, or the end of
    # the text searched, which ``phone_context`` ends where the number starts
    r"text(?=[ \t]+(?:[+(]?\d|\Z))",
    # ("the phone registered to the account"; not a register's entry: "Registered charity no.
    # 1010321", "registered company 01234567", nor what a register records with its authority
    # or since a day: "AS REGISTERED WITH THE FSC 20120109", a bank branch's date; nor a key,
    # quoted, whose value is when a record was registered: '"registered": 1682091180', a
    # CleverReach receiver's Unix time)
    r"registered(?![ \t]+(?:charity|company|society|office|with|under|since|on)\b)(?![\"'])",
    # Slovak and Czech "fixed line" ("pevná linka 791 11 19"): "linka" alone is a bus's too
    r"pevn[áa][ \t]+link[ayu]",
    # Spanish "appointment by telephone" ("Cita previa: 915 616 195")
    r"cita[ \t]+previa",
    # Vietnamese "call" with the number right after ("Bạn có thể gọi 0238. 3511999"): "gọi"
    # alone is also "to name"
    r"gọi(?=[ \t]+(?:[+(]?\d|\Z))",
    # Dutch "you call" ("bij spoed belt u (0543) 49 33 33"): "belt" alone is an English word
    r"belt[ \t]+u(?!\w)",
    # French "is reached at" ("Le client se joint au 76 41 39 07"): "joint" alone is "attached"
    r"se[ \t]+joint[ \t]+(?:au|à)(?=[ \t]+(?:[+(]?\d|\Z))",
    # Spanish "get in touch at" with a number right after ("se comunicará al 2940000000",
    # "comuníquese al"): "comunicar" alone is "to communicate"
    r"comun[ií]c\w*[ \t]+al(?=[ \t]+(?:[+(]?\d|\Z))",
    # Spanish "inquiries at" with a number right after ("Consultas al 993449031")
    r"consultas?[ \t]+al(?=[ \t]+(?:[+(]?\d|\Z))",
    r"my[ \t]+(?:new[ \t]+)?(?:mobile|cell|number)",
    r"reach(?:ed)?[ \t]+(?:me|us|him|her|them|at|on)",
    r"customer[ \t]+(?:care|service|support)",
    # a person's number: "her number", "your phone number" (and "the landlord's number",
    # ``_POSSESSIVE_NUMBER``)
    r"(?:his|her|their|your|our)[ \t]+(?:(?:phone|mobile|cell)[ \t]+)?number",
)
_POSSESSIVE_NUMBER = r"(?<=\w)['’]s[ \t]+(?:(?:phone|mobile|cell)[ \t]+)?number(?!\w)"
# A data set's key or column joins a whole phone word to the name of a number with an
# underscore ("TLF_NR", Danish telephone number; "TEL_NO", "phone_number"): the underscore is a
# word character, so the word's end is looked for after the suffix
_NUMBER_SUFFIX = (
    r"(?:_(?:nr|no|num|numbers?|nummer|n[uú]mero)"
    # ... or joins it in camelCase ("PhoneNumber", a SIF object's list; "telNo")
    r"|(?-i:(?<=[a-z])(?:Number|Numbers|No|Nr|Num|Nummer|Numero)))?"
)
# the prepositions that lead a clause to its number ("call ... at 98179691", "appelez la mairie
# au ...", "llame al ..."): a dialling verb's clause reaches its number through one
# (``phone_formats.phone_context``), and a field's label never ends with one (``id_labels``)
LEADING_PREPOSITIONS = ("at", "on", "au", "al", "unter", "op", "på")
# Arabic-script stems (Arabic, Persian, Urdu), after optional joined clitics; Hebrew likewise
_ARABIC_STEMS = (
    *("هاتف", "جوال", "موبايل", "موبائل", "تلفون", "تليفون", "محمول", "نقال", "واتساب"),
    *("واتس", "اتصل", "اتصال", "فاكس", "تلفن", "موبایل", "تماس", "فون", "تواصل", "حجز"),
)
_HEBREW_STEMS = ("טלפון", "נייד", "פקס", "חייג", "התקשר")
# scripts without spaces between words (Thai "โทร" but not "โทรทัศน์", television)
_ANYWHERE = (
    *("電話", "电话", "携帯", "手机", "手機", "전화", "휴대폰", "연락"),
    # fax, in traditional and simplified Chinese and in Korean ("郵務傳真", a Taiwanese post
    # office's postal fax)
    *("傳真", "传真", "팩스"),
    # Japanese "phone" in hiragana, as a dictionary's reading writes it ("ほいくえんでんわ", a
    # nursery's phone in an SKK dictionary)
    "でんわ",
    # Korean "representative number", a firm's main line ("대표번호: 1577-6446"), and
    # "inquiries" ("문의: 1566-6551", an event's contact line)
    *("대표번호", "문의"),
    *("联系", "聯繫", "聯絡", "連絡"),  # contact (zh, ja)
    *("致電", "致电", "撥打", "拨打", "來電", "来电"),  # call, dial, (your) call (zh)
    *("โทร(?!ทัศน์)", "มือถือ", "เบอร์", "ទូរស័ព្ទ", "ໂທລະສັບ", "ဖုန်း"),
    # Hindi "call" ("2468013 पर कॉल करें"), a whole word: Devanagari's vowel signs are no \w,
    # so its bounds are the script's letters and signs, not \w ("कॉलेज" is college)
    "(?<![\u0900-\u097f])कॉल(?![\u0900-\u097f])",
    # Unicode's telephone symbols, used as labels: black and white telephone, telephone
    # location sign, telephone sign, telephone receiver, mobile phone (with arrow), fax machine
    *("\u260e", "\u260f", "\u2706", "\u2121", "\U0001f4de", "\U0001f4f1", "\U0001f4f2"),
    "\U0001f4e0",
)
# the first character each of ``_ANYWHERE`` takes (after the look-behind that may lead it)
_ANYWHERE_GUARD = (
    "(?=["
    + "".join(sorted({re.sub(r"^\(\?<[!=]\[[^\]]*\]\)", "", w)[0] for w in _ANYWHERE}))
    + "])"
)
# The one-letter labels of business cards and e-mail signatures: "T:" telephone, "M:" mobile,
# "P:" phone, "F:" fax, a capital and a colon right before a number ("T: 2126 4795") or at
# the end of a label line ("M:" above the number); printed directories and letterheads leave
# the colon out where the letter starts a field, at its line's start or after a column's
# padding (two spaces or a tab), one space before a number of six digits or more
# ("31 JURONG WEST STREET 91          F 67932040"; a search that ends at the number, as
# ``phone_context``'s does, sees the space and the end). Anywhere else a capital is no phone
# word. (The letter comes first in the pattern and the look-behinds after it, so that the
# engine, which tries the pattern at every word start, drops most places at the letter.)
_LETTER_LABEL = (
    r"(?<![\w.&])(?-i:[TMPF]):(?=[ \t]*(?:[+(]|\d|\n|\Z))"
    r"|(?-i:[TMPF])(?:(?<![^\n].)|(?<=[ \t][ \t].)|(?<=\t.))(?= (?:[+(]?\d(?:[ \-.]?\d){5}|\Z))"
)


def _trie(words: tuple[str, ...] | list[str] | set[str]) -> str:
    """An alternation of ``words`` (lower case) factored by common prefixes: at each word start
    the regex engine tries one branch per first letter instead of one per word."""
    root: dict = {}
    for word in words:
        node = root
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# A key that joins a word for a contact to the name of another of the contact's fields
# ("contactTaxId", "contactNote", "contact_zip_code", "kontakt_name", FlowAccount's and CRMs'
# contact records) names that field, not a phone: its value is a tax id, a postcode, a free
# note with a shop's code. The compound's join is an underscore or a camelCase capital; the
# field's word ends there too (a capital, an underscore, a digit or the key's end), so
# "contactNumber", "contactPhone", "contact_no" and "Kontaktperson" stay phone words.
# A key that joins a phone word to the name of a code ("phoneAccessCode", a delivery rider's
# access code; "phone_verification_code", "telPin") names the code, no phone.
# A compound key's join: the first word's other letters, then an underscore or a camelCase
# capital; and the end of the field's name after it
_COMPOUND_JOIN = r"[^\W\d_]*(?:_|(?-i:(?<=[a-z])(?=[A-Z])))"
_NAME_END = r"(?-i:(?![a-z]))"
# (the first word, the names of the fields it joins that are no phone's)
_JOINED_FIELDS = (
    (
        r"(?:conta(?:ct|tt|to)|kontakt)",
        r"tax(?:_?id)?|vat|ids?|notes?|remarks?|comments?|zip(?:_?code)?|post(?:al)?_?code|codes?"
        r"|branch(?:_?code)?|credit|days|group|type|address(?:es)?|addr|street|city|country"
        r"|name|names",
    ),
    (r"(?:phone|tel|mobile)", r"access_?code|verification_?code|confirmation_?code|pin|otp"),
    # an office's own code or id ('"district_office_code": "3040000"', a Korean district
    # office's administrative code in a Medusa stock location's metadata)
    (r"office", r"codes?|ids?"),
)
# the first word and the join of such a key, up to the field's name (``id_labels`` reads the
# key from there), at the start of one of the key's words ("district_office_code": the key's
# last words name the value), and the whole key, which ``PHONE_WORD_RE`` reads as no phone word
JOINED_FIELD_RE = re.compile(
    r"(?i)(?:(?<![^\W_])|(?-i:(?<=[a-z])(?=[A-Z])))(?:"
    + "|".join(
        rf"{word}{_COMPOUND_JOIN}(?=(?:{names}){_NAME_END})" for word, names in _JOINED_FIELDS
    )
    + ")"
)
_JOINED_FIELD_KEY = "|".join(
    rf"{word}{_COMPOUND_JOIN}(?:{names}){_NAME_END}" for word, names in _JOINED_FIELDS
)
_LISTED = {w for lang in CONTEXT_WORDS.values() for w in lang.get("PHONE_NUMBER", [])}
# "cell" (a cellular phone) is no phone word inside a markup tag: spreadsheet XML names its grid
# so ('<gnm:Cell Row="1" Col="0">', Excel 2003 XML's "<Cell>"), and the column's header says
# what a cell holds; a header cell's text "Cell" stays a label
_CELL_OUTSIDE_TAGS = r"cell(?![^<>\n]*>)"
# Each of the engine's tries at a position is cut short where it cannot succeed: a word kind
# starts with a letter, and each of ``_ANYWHERE`` with one of its own first characters (the
# look-aheads first: re tries every alternative at every position, and these fail at once on
# the digits, spaces and punctuation around a number, where most searches run).
# One word-start check, then the word kinds; the possessive and the scripts without spaces
# after it (the engine tries every alternative at every position, so fewer is faster). A word
# also starts after an escaped line break or tab, as iCalendar, JSON and source strings write
# them ("...Health Unit\\nPhone: 705-568-2127": the "n" is no letter of the word).
# A phone word starts after a non-letter: an underscore too, as keys join words with it
# ("no_telefon", "tlf_nr"), after an escaped line break ("\\nTel") and at a camelCase word's
# start after two lower-case letters ("hospitalPhone"; not "iPhone", a product); a whole
# word may end at an underscore or a digit ("hospital_phone_101", "hospitalPhone10").
PHONE_WORD_RE = re.compile(
    r"(?i)(?=[^\W\d_])(?:(?<![^\W_])|(?<=\\[nrt])|(?-i:(?=[A-Z])(?<=[a-z][a-z])))"
    + rf"(?!{_JOINED_FIELD_KEY})"
    + r"(?:(?:"
    + _trie(_STEMS)
    + r")\w*"
    + r"|(?:"
    + _trie(_BOOKING_STEMS)
    + r")"
    + _NOT_A_PHONE_AFTER
    + r"\w*"
    + r"|(?:"
    + "|".join([_trie({*_WORDS, *_LISTED} - {"cell"}), _CELL_OUTSIDE_TAGS, *_PHRASES])
    + r")"
    + _NUMBER_SUFFIX
    # (the word ends where a letter does not follow, or where a camelCase word that names the
    # number's own value follows its "Number": Finvoice's "<BuyerPhoneNumberIdentifier>"; not
    # one that names its kind or a container, NEMSIS's 'PhoneNumberType="9913009"',
    # "PhoneNumberList")
    # ... or where a camelCase word that says which line it is follows the phone word
    # ("phonePrimary", "phoneSecondary": an Alegra contact's; "telefonoPrincipal")
    + r"(?:(?![^\W\d_])|(?-i:(?<=Number)(?=(?:Identifier|Value|Text)(?![a-z])))"
    + r"|(?-i:(?<=[a-z])(?=(?:Primary|Secondary|Main|Principal|Alt|Alternate|Alternative"
    + r"|Home|Work|Office|Business|Other|Direct|Private|Personal|Mobile|Fixed)(?![a-z]))))"
    + r"|(?:[وفبل]?ال|[وفبل]|ل?ل)?(?:"
    + _trie(_ARABIC_STEMS)
    + r")\w*"
    + r"|[הובל]?(?:"
    + _trie(_HEBREW_STEMS)
    + r")\w*|טל(?!\w))|"
    + _POSSESSIVE_NUMBER
    + "|"
    + _LETTER_LABEL
    + "|"
    + _ANYWHERE_GUARD
    + "(?:"
    + "|".join(_ANYWHERE)
    + ")"
)
