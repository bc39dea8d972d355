"""Bait: numbers that look like PII but are identifiers, ranges, dates, decimals or page lists.

These rules run after Presidio (``is_bait``) and, in their cheaper shape-only form
(``page_list``, ``page_shape``, ``doubtful_run``), inside the pre-scan and before phonenumbers,
which must never see what would be dropped anyway.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from functools import lru_cache

from filters.pii.cards import CARD_WORD_RE, card_word_on_line, field_value
from filters.pii.columnar_json import json_column
from filters.pii.edi_segments import edi_element, edifact_xml_element, hl7_element
from filters.pii.finnish_ids import finnish_business_id
from filters.pii.fix_parties import fix_phone_sub_id
from filters.pii.grid_cells import grid_header
from filters.pii.id_labels import (
    HTML_ELEMENTS,
    OTHER_NUMBER_LABEL,
    named_otherwise,
    names_another_number,
)
from filters.pii.iso20022 import iso20022_named
from filters.pii.jp_medical_records import jp_medical_code
from filters.pii.key_values import field_key_before, key_before, key_entities, query_phone_at
from filters.pii.keyed_fields import field_name
from filters.pii.marc_fields import marc_named
from filters.pii.message_ids import message_id
from filters.pii.mork_cells import mork_column
from filters.pii.parent_keys import parent_key
from filters.pii.phone_formats import (
    ABBREVIATION_BEFORE_RE,
    CLITIC_PREFIX_RE,
    DATE_DIGITS,
    DATE_RUN_RE,
    MIN_GROUPED_PHONE_DIGITS,
    MIN_PHONE_DIGITS,
    context_window,
    element_names_phone,
    hyphen_joined_run,
    label_above,
    labelled_six_digits,
    line_of,
    not_another_number,
    parent_named,
    phone_context,
    phone_cue,
    phone_label_above,
    phone_label_before,
    structure_names_phone,
    window_start,
)
from filters.pii.phone_words import PHONE_WORD_RE
from filters.pii.pnr_contacts import pnr_named
from filters.pii.polish_ids import polish_tax_number
from filters.pii.sdp import in_sdp_number_field, sdp_phone_field
from filters.pii.sibling_keys import sibling_named
from filters.pii.sql_columns import sql_column
from filters.pii.typed_elements import typed_named
from filters.pii.w3c_log import crosses_w3c_fields

# Page references in tables and lists ("Kurbeltrieb 220-232 233", "Akkumulator 575 / 617 122"):
# numbers of one to three digits, one pair an ascending range of less than a hundred pages
# (hyphen, en dash or slash, not part of a longer chain such as "25-62-29-72").
_RANGE_PAIR_RE = re.compile(
    r"(?<!\d)(?<![/\u2013-])(?<![/\u2013-] )(\d{1,3}) ?[/\u2013-] ?(\d{1,3})(?!\d| ?[/\u2013-] ?\d)"
)
_NUMBER_GROUP_RE = re.compile(r"\d+")


def page_list(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> bool:
    """Is the digit run text[start:end] a list of page numbers with no phone word on its line?

    phonenumbers takes "12-15 199 111" or "496-500 332" for a number of one of the regions
    it is given, and tables of contents and curricula are full of them: such a run is not
    handed to phonenumbers (``phone_slices``). A phone is kept when it starts with a trunk 0,
    a "+" or a bracket, has a group of four digits or more, or has a phone word on its line
    (``lo``/``hi`` bound the line, as the window does). Card and SSN shapes need four digits
    in a row and an IPv4 address needs dots, so none of them is in such a run either, and the
    pre-scan skips the run unless a phone format is on the line.
    """
    if not page_shape(text, start, end, lo):
        return False
    return not PHONE_WORD_RE.search(text, *line_of(text, start, end, lo, hi))


# What may follow a digit run and belong to a number found in it: an extension (phonenumbers'
# markers: ";ext=", "ext", "extn", "extensión", "доб", "anexo", "x", "#", "~", "int", in ASCII
# or full width; the format patterns' "x", "ext", "extension", "#") or a label ("-Office").
_RUN_TAIL_RE = re.compile(
    r"(?i)[\s,]*(?:[;#~\uff03\uff5e]|e?xt|\uff45?\uff58\uff54|\u0434\u043e\u0431|anexo"
    r"|[x\uff58]|int|\uff49\uff4e\uff54)"
)
# a leading "+" or bracket is part of the number phonenumbers reports: "+53.3683998" is no decimal
_PHONE_LEAD = "+(\uff0b\uff08[\uff3b"


def doubtful_run(text: str, start: int, end: int, lo: int) -> bool:
    """Is every number that any recognizer can find in the digit run text[start:end] bait
    (``is_bait``) unless a phone word is on its line?

    So when its digits, and those of every part of it, are too few for a phone on its own
    (fewer than ``MIN_PHONE_DIGITS``; an SSN or card needs more still), or it is one decimal
    or thousands-grouped quantity ("53.3683998", "12 345 678": every part is a decimal, a
    grouping, too short, or glued to a dot), or each place a number can start in it follows an
    identifier prefix ("PMID: 29615204"). Not if a "+" or bracket leads it, or an extension
    or label may follow: those belong to the number and change its shape; nor if it has three
    dots, as an IPv4 address does. ``lo`` bounds the look-back, as the window does.
    """
    if (start > lo and text[start - 1] in _PHONE_LEAD) or (
        _RUN_TAIL_RE.match(text, end) or _PHONE_LABEL_AFTER_RE.match(text, end)
    ):
        return False
    run = text[start:end]
    if run.count(".") >= 3:  # an IPv4 address may be in it
        return False
    if sum(c.isdigit() for c in run) < MIN_PHONE_DIGITS:
        return True
    if _DECIMAL_RE.fullmatch(run) or _THOUSANDS_RE.fullmatch(run):
        return True
    # numbers start at the run or after a separator in it (phonenumbers' inner matches, \b)
    starts = [start] + [i for i in range(start + 1, end) if not text[i - 1].isdigit()]
    return all(_after_identifier(text, i, lo) for i in starts)


def page_shape(text: str, start: int, end: int, lo: int) -> bool:
    """``page_list`` without the phone-word check (a dot is left to the IP and decimal rules)."""
    run = text[start:end]
    if run[0] == "0" or "." in run or (start > lo and text[start - 1] in "+(\uff08[\uff3b"):
        return False
    if any(len(group) > 3 for group in _NUMBER_GROUP_RE.findall(run)):
        return False
    return any(int(a) < int(b) <= int(a) + 99 for a, b in _RANGE_PAIR_RE.findall(run))


# The names of business, health and bank registers and of identification numbers, after which
# legal notices, imprints and open-data rows write the register's own number ("SIRET :
# 81234567800012", "CVR 12345678", "Ident-Nr. 3528174"); the name may be a JSON key ('"finess":
# "120782230"', "CVR_NR": a data set's key joins its words with an underscore), an XML
# element's or attribute's name ('<field name="Identnummer">4918350'), or
# a table column's header (``_register_column``); and a data set's key or column that names an
# identifier, ``id_`` or ``_id`` joined to a word (``"id_ej": "120006309"``, the legal entity
# of a FINESS row; ``customer_id``), unless it is a caller's id, which is the caller's number
# (possessive: a word not followed by ``_id`` fails at once, as most words do)
_REGISTER_NAMES = (
    r"finess|siren|siret|kvk|cvr(?:[-_]nr)?|regon|hr[ab]|abn|y-tunnus|i[cč]o"
    # Brazil's school, health-establishment and company numbers ("INEP 35000553"), and the
    # key of a record's identifier (schema.org's and Dublin Core's ``identifier``)
    r"|inep|cnes|cnpj|cpf|identifier"
    # Dolibarr's professional ids of a third party ('"idprof1": "01/00-1089763 B 03"', an
    # Algerian trade register number; SIREN, SIRET, NIF by country)
    r"|idprof[1-6]"
    # Belgium's company number ("KBO-nummer 0207474882", "numéro BCE": ten digits from 0, a
    # Belgian phone's shape)
    r"|kbo(?:-?nummer|-?nr)?|bce"
    # Slovenia's registration and tax numbers ("Matična številka: 5085560000", ten digits;
    # "davčna številka"), Croatia's, Serbia's and Bosnia's registration number ("matični broj")
    r"|mati[čc]n[aio][\s_]+(?:[šs]tevilka|broj)|dav[čc]na\s+[šs]tevilka"
    r"|ident(?:ifikations)?(?:-?nr|nummer)"
    # Estonia's registry code ("Registrikood 70008747": eight digits, an Estonian mobile's
    # length; "äriregistri kood"), an address's id in an address register ("ADS aadressi ID
    # 3094488", "Address ID"), and a reference, alone or a party's or document's, as a
    # camel-case element writes it ("<cbc:BuyerReference>6410610", a UBL invoice's)
    r"|registrikood|(?:äri)?registri\s+kood|(?:aadressi|address)\s+id"
    r"|(?:buyer|seller|order|customer|invoice|payment|document|contract)?reference"
    # the Dutch reference of a letter or file ("ons kenmerk 7880311", "Uw kenmerk: ...")
    r"|kenmerk"
    r"|id_[a-z]{1,12}+|(?!caller)[a-z]{1,20}+_id"
)
REGISTER_NAME_RE = re.compile(rf"(?i)\b(?:{_REGISTER_NAMES})\b")
# Identifiers and quantities that phonenumbers, the SSN and card patterns happily take for
# personal data in real Wikipedia text (tests/data/pii holds the sentences). The identifier
# word and its number share a cell: a tab between them is a cell boundary ("PAGE\t5407434561",
# a county's name in the cell before a phone), so the gap takes no tab. A name right after
# "<" or "/" is a tag's ("</p>", "<\\/p>" in JSON: no page), not an identifier's, and "p" is
# the page's abbreviation only before a full stop or a space and not after a namespace's colon
# ('class="p-tel"', "<text:p>", '<text:p text:style-name="...">' are no pages).
# The prefix's own value ends at a closing quote before a delimiter: the next field is another's
# ('eczane_id="2",telefon="0(284)811-61-47"', a Prometheus sample's labels). A tuple's comma
# and a binary's "<<" may stand between the name and its value ('{maticni_broj,
# <<"17412604"/utf8>>}', an Erlang term).
_ID_CONTEXT_RE = re.compile(
    r"(?i)(?:(?<![</])\b(?:isbn(?:-?1[03])?|e?issn|doi|oclc|pmid|pmcid|pmc|arxiv|lccn|bibcode|jstor|s2cid"
    # (a page's "p." or "pp." right before its number, not a letter of a dotted abbreviation
    # nor a name's last initial: "N.P.I.LUNGHEZZA", "CASALVECCHIO P.", clinics' names in the
    # labels of their links)
    r"|zbl|asin|ean|gtin|upc|sku|hdl|pages?|(?<![:.])pp?(?=\.?[^\S\t]{0,2}\d)|vol|volume|issue"
    # a parcel's, a shipment's, an ad's or an order's own number ("Parcel 3731450828")
    r"|parcels?|package|tracking|shipment|consignment|waybill"
    # a device's or a SIM card's identity (an IMEI is 15 digits with a Luhn check digit, a
    # card's shape; an ICCID 19 or 20)
    r"|imei(?:sv)?|meid|iccid|imsi"
    r"|(?:ad|order|invoice|ticket|item)\s*(?:no|nr|number|id)"
    # a patient's record number ("UHID 7418051188", "Patient ID 7012345678")
    r"|uhid|mrn|patient\s*(?:no|nr|number|id)"
    # (a name that ends a cell of a delimited row, "MORRISON COUNTY HRA,,,", labels nothing)
    rf"|{_REGISTER_NAMES})\b(?!,(?! ))"
    r"(?:[^\S\t]|[.:=#|\"'>]|,(?= )|<<)*(?:(?![\"'][,;&])[^\s|}\]])*"
    # the same names in scripts that write no space before them (Chinese: a business number,
    # a medical record number, a code ("代號 0110107", a Taiwanese bank branch's), an
    # identification code ("学校标识码：4178479414");
    # Korean: a code, "제공기관코드" an agency's; Hindi's "UHID"), so no word boundary
    r"|(?:統一編號|統編|病歷號碼?|代碼|代码|代號|代号|코드|यूएचआईडी|标识码|標識碼|识别码|識別碼)(?:[^\S\t]|[.:=#|\"'>\uff1a])*"
    # a Dutch letter's reference line, its label set apart from the value by tabs, as a word
    # processor aligns it ("Ons kenmerk\t7880311"): a label, not a cell before another
    r"|\b(?:ons|uw)\s+kenmerk:?\s*"
    # a segment of a URN, an identifier by its definition (RFC 8141: "urn:tw:bank:0110417:
    # trade-id", an FpML trade id's scheme that holds a bank branch's code)
    r"|\burn:(?:[^\s:\"'<>]+:)+"
    r"|\b(?:v|ver|version|versi[oó]n[e]?|release|build|firmware|kernel)\.?\s*)$"
)
_RANGE_RE = re.compile(r"\d{1,4}\s?[\u2013\u2014-]\s?\d{1,4}")
DASH_PAIR_RE = re.compile(r"\d{1,6}\s?[\u2013\u2014]\s?\d{1,6}")
_DASH_RANGE_RE = re.compile(r"\d{1,6}\s?([\u2013\u2014])\s?\d{1,6}(?!\d)")
# a local number in groups of two or more digits that single spaces set apart ("23 22")
_GROUPED_LOCAL_RE = re.compile(r"\d{2,4}(?: \d{2,4})+")
# a round quantity ("3500000"); a run that starts with a trunk 0 is a national number
# ("0534800000", a switchboard's), no quantity, and so is a run of ten digits or more that a
# phone word names (``_round_phone``)
_ROUND_NUMBER_RE = re.compile(r"[1-9]\d*0{5,}|0+")
_DECIMAL_RE = re.compile(r"\d+[.,]\d+")
# (a year from 1600 to 2099, or the far years that databases write for a record's open end:
# "animal_closeddate":"2999-12-31", "valid until 9999-12-31")
_YEAR = r"(?:(?:1[6-9]|20)\d\d|2999|9999)"
DATE_RE = re.compile(
    rf"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1{_YEAR}"
    rf"|(?:0?[1-9]|1[0-2])([./-])(?:0?[1-9]|[12]\d|3[01])\2{_YEAR}"
    rf"|{_YEAR}([./-])(?:0?[1-9]|1[0-2])\3(?:0?[1-9]|[12]\d|3[01])"
)
# Brazil's activity code (CNAE) in its subclass's writing ('"subclasse": "6422-1/00"', a
# CNPJ.ws answer's): four digits, a check digit after a hyphen, two after a slash
_CNAE_RE = re.compile(r"\d{4}-\d/\d{2}")
# a date of the Republic of China's calendar, its year of three digits first ("本會成立於民國
# 078/11/10", "102.06.16": Taiwan's dates of founding and approval)
_ROC_DATE_RE = re.compile(r"(?:0\d\d|1[01]\d)([./-])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])")
# a whole date with a space after each dot, as Slovene, Czech, Slovak, Croatian and German
# write it ("13. 10. 2021") and Hungarian with the year first ("2021. 10. 13."); bait as a
# whole value only (the pre-scan's ``DATE_START_RE`` keeps to ``DATE_RE``)
_SPACED_DATE_RE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])\. (?:0?[1-9]|1[0-2])\. (?:1[6-9]|20)\d\d"
    r"|(?:1[6-9]|20)\d\d\. (?:0?[1-9]|1[0-2])\. (?:0?[1-9]|[12]\d|3[01])"
)
# a date that starts a value, all of it: the regex's alternatives take the first that fits, so
# without the look-ahead "2024-02-13 10" would start with "2024-02-1" (a digit after it)
DATE_START_RE = re.compile(rf"(?:{DATE_RE.pattern})(?!\d)")
# a date with a two-digit year and the hour of a clock time ("08.08.19 08" of a chat export's
# "[08.08.19 08:57]"): bait when ":mm" follows the value
_SHORT_DATE_HOUR_RE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|[12]\d|3[01])\1\d\d,?\s+(?:[01]?\d|2[0-3])"
)
# a day, a year and the hour of a clock time ("07 2026 05" of "Mar 07 2026 05:58:39", a log
# event's "MMM dd yyyy HH:mm:ss" time): bait when ":mm" follows the value
_DAY_YEAR_HOUR_RE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01]),?[ \t]+(?:1[6-9]|20)\d\d,?[ \tT]+(?:[01]?\d|2[0-3])"
)
# a year and a clock time ("11 Sep 2020 14.56.07", a readable date with the time in dots, as
# Indonesian, Finnish and Danish write it; "2021 08:15")
_YEAR_TIME_RE = re.compile(r"(?:1[6-9]|20)\d\d,?[ T]+(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[.:][0-5]\d)?")
# the digits after a decimal comma, glued to one to three digits before it ("LONGITUDINE:
# \"8,0373371\"", "latitudine=45,9419755"): the fraction of a number, no number of its own.
# A delimited row's fields ("17,0923911234," in CSV) have a delimiter before the first or a
# comma after the second.
_FRACTION_BEFORE_RE = re.compile(r"(?:^|[^\d,;|\t.])[-+]?\d{1,3},\Z")
# the seconds of a clock time and what follows them ("2019-06-24T13:57:38.374-0500", a log's
# time stamp with its offset): a number right after "hh:mm:" is the time's
_AFTER_CLOCK_RE = re.compile(r"(?:^|[^\d])(?:[01]\d|2[0-3]):[0-5]\d:\Z")
# digits one by one, five groups or more ("panose-1:2 4 5 3 5 4 6 3 2 4", a font's
# classification; a list of scores): no plan groups a line's digits singly
_SINGLE_DIGITS_RE = re.compile(r"\d(?: \d){4,}")
# a week's days as seven flags, Monday to Sunday ("<actWkdy>0100000</actWkdy>", the 1365
# volunteering API's days of an activity; a schedule's day mask): no plan's line is all 0 and 1
_WEEKDAY_FLAGS_RE = re.compile(r"[01]{7}")
# a time in milliseconds since 1970 (2001 to 2033: "create_at":1690718201350): no plan has
# thirteen-digit numbers that start with 1 (NANP's are eleven with their 1); also as the last
# field of a metric's sample after its value ("booking_requests_total 83 1747133082937", a
# Prometheus exposition's time stamp)
_EPOCH_MILLISECONDS_RE = re.compile(r"(?<!\d)1[0-9]{12}(?!\d)")
# a time in seconds since 1970 (2001 to 2033: "process_start_time_seconds 1749616060",
# "'fetched' => 1529432955"): ten digits that start with 1 are no NANP number and only a
# spreadsheet's damaged mobile elsewhere, so only a phone label right before or above makes
# them a phone (a phone word elsewhere on the line names the line's other values); Australia's
# and Vietnam's 1300, 1800 and 1900 numbers in one run ("Đặt hàng và báo giá: 1900636818")
# stay phones: time stamps there fall in three windows of eleven days (2011, 2027, 2030), and
# a time's key or label names them (``id_labels``)
_EPOCH_SECONDS_RE = re.compile(r"1(?!300|800|900)[0-9]{9}")
# an address's house number (or numbers joined by a slash), a dash and its postcode after the
# street's comma ("VIA CAVOUR, 32/34 - 25088 TOSCOLANO", "VIA MORTARA, 30 - 27038 ROBBIO", an
# Italian register's addresses; the dash set apart by spaces, as a list's "2443-3622" is not)
_HOUSE_NUMBERS_POSTCODE_RE = re.compile(
    r"(?<=, )[1-9]\d{0,3}(?:/\d{1,4})?[ \t]+[-\u2013][ \t]+\d{5}"
)
# a bare run of fifteen digits or more (a job's run id, "run `295197260265767` of the job", a
# snowflake id): E.164's whole length, which no one writes unbroken without "+" unless a phone
# word or label right before names it (a phone word earlier on the line names its own number)
_LONG_RUN_RE = re.compile(r"[1-9]\d{14,}")
# a year, a slash and a register's letters before a number ("2024/BZP 00496065", a Polish
# public procurement bulletin's notice; "2024/S 123-376541", the EU's Official Journal's): the
# year's series of notices, the number its serial
_YEAR_SERIES_BEFORE_RE = re.compile(r"(?<![\w/])(?:19|20)\d\d/[A-Z]{1,5}[ \t]?\Z")
# the start of an address's field, as an element or a key names it ("<contactAddress>718/2/13
# QL 13, P. Hiệp Bình Phước", a GS1 catalogue item's contact; '"street": "341-342 Nguyễn Thị
# Định'; a UN/CEFACT cross-industry invoice's address lines, "<ram:LineOne>160/288-290,
# แสงชูโต", a Thai e-Tax invoice's), and a word after the number, a comma between them or
# not: the house's numbers, a street's name after them
_ADDRESS_FIELD_BEFORE_RE = re.compile(
    r"""(?:<(?:[\w.\-]+:)?([\w.\-]+)([^<>]*)>|["']([\w.\-]+)["'][ \t]*[:=][ \t]*["'])\Z"""
)
_ADDRESS_KEY_RE = re.compile(
    r"(?i)address|addr|adres|street|stra(?:ss|ß)e|calle|direcci[oó]n|endere[cç]o|logradouro"
    r"|indirizzo|diachi|dia_chi|line(?:one|two|three|four|five)"
)
# (an e-mail's, a network's or a phone's "address" is no street's: '"phoneAddress"', '"ipAddr"')
_OTHER_ADDRESS_KEY_RE = re.compile(
    r"(?i)(?:e-?mail|ip|mac|web|url|net|host|phone|(?<![a-z])tel|fax)[_\-]?addr"
)
_WORD_AFTER_RE = re.compile(r",?[ \t]+[^\W\d_]")
# a registry value's type before it ('"KioskId"=dword:00235291', a .reg export's hex digits)
_REGISTRY_TYPE_BEFORE_RE = re.compile(r"(?i)(?:dword|qword|hex(?:\([0-9a-f]\))?):\Z")
# a Swiss postal account ("*30-3200-1", "Postkonto 80-2-2": two digits, the number, a check
# digit): no plan ends a number in one digit after a hyphen
_POSTAL_ACCOUNT_RE = re.compile(r"\d{2}-\d{1,6}-\d")
# a Dutch municipality's own number, "14" and the municipality's area code ("14 0172", "14 020",
# "14 05 14"): a service number of five or six digits by policy, which libphonenumber takes for
# a line (a universal access number); no plan's six-digit line starts "14 0"
_NL_MUNICIPAL_NUMBER_RE = re.compile(r"14 0[1-9](?:\d{1,2}| \d\d)")
# a date and a two-digit count in one run ("2024100472", a DNS zone's SOA serial, YYYYMMDDnn),
# or after a space (a batch record's date field and a count field, "20251028 99"): a NANP
# number's shape too, so only without a phone cue; or a count with no trunk 0 before a date
# (an SIE file's voucher, '#VER "A" 324 20240110': its number and its date)
_DATE_SERIAL_RE = re.compile(rf"{DATE_DIGITS} ?\d\d|[1-9]\d{{0,3}} {DATE_DIGITS}")
# a date and its time to the second in one run, fourteen digits ("20240609095000", TourAPI's
# "createdtime", YYYYMMDDhhmmss): no number of any plan, whatever phone word the line holds
_DATE_TIME_RUN_RE = re.compile(rf"{DATE_DIGITS}(?:[01]\d|2[0-3])[0-5]\d[0-5]\d")
# ... or its date, a hyphen and its hour, the rest after a colon ("20240513-04:50:03.000", a FIX
# message's UTC time stamp): bait when ":mm" follows the value
_DATE_HOUR_RUN_RE = re.compile(rf"{DATE_DIGITS}-(?:[01]\d|2[0-3])")
# Brazil's company number (CNPJ) in one run: fourteen digits whose last two are its check
# digits ('"ni": "00194724000113"', a Serpro CNPJ answer's); a phone of fourteen digits
# passes the check one time in a hundred, so a phone word or label still makes it one
_CNPJ_WEIGHTS = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def _cnpj(core: str) -> bool:
    """Is ``core`` fourteen digits whose last two are a CNPJ's check digits?"""
    if len(core) != 14 or not core.isascii() or not core.isdigit():
        return False
    digits = [int(c) for c in core]
    for n in (12, 13):
        rest = sum(d * w for d, w in zip(digits[:n], _CNPJ_WEIGHTS[13 - n :], strict=True)) % 11
        if digits[n] != (0 if rest < 2 else 11 - rest):
            return False
    return True


# a unit of area, length or volume right after the number ("면적 3606714㎡", a park's area in a
# T map place's description; "2665463.9 m²"): a measure, whatever the line's phone word; the
# CJK squared unit signs (㎡, ㎢, ㎞, ㏊...) and a unit's superscript power
_UNIT_AFTER_RE = re.compile(r"[ \t]?(?:[\u3380-\u33df]|(?:[kcdm]?m|ft|in)[\u00b2\u00b3])")
# the end of a range of dates written as one run each ("生效期間 | 20190401 ~ 29101231", a
# period's open end in a far year): a date, then a tilde or a dash before the number
_DATE_RANGE_BEFORE_RE = re.compile(rf"(?<!\d){DATE_DIGITS}[ \t]*[~\u301c\uff5e\u2013\-][ \t]*\Z")
# Portugal's postcode, four digits, a hyphen and three ("Praça do Ultramar, 1, 7800-429"): a
# phone word after it on its line is the next field's ("Atendimento telefónico: ..."); only one
# before it makes it a line so grouped ("Landline No.: 6216-598", "call me on 0813-327")
_PT_POSTCODE_RE = re.compile(r"[1-9]\d{3}-\d{3}")
# "00" glued to a hyphenated pair of digit groups ("00202-0000")
_PREFIXED_PAIR_RE = re.compile(r"00[1-9]\d{0,3}-\d{1,6}")
# a range of two amounts with thousands separators ("180.000 - 250.000", a price in dong)
_AMOUNT_RANGE_RE = re.compile(r"\d{1,3}(?:([.,])\d{3})+[ \t]*[-\u2013][ \t]*\d{1,3}(?:\1\d{3})+")
# a day, a month and a two-digit year ("01/02/20", a key date under "stichtag")
_SHORT_DATE_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\1\d\d")
# an exact fraction with a power of ten below ("<split:value>12142925/100</split:value>",
# GnuCash's amounts and quantities in hundredths): no phone list ends in "/100"
_DECIMAL_FRACTION_RE = re.compile(r"-?\d+/10{2,9}")
# a street's type word right before a number ("CARRERA 15 63 81", Bogotá's grid addresses;
# "Calle 72 A 94", "Jalan 5"; Hungarian "Vasmű út 39. 2./208.", house, floor and door): the
# number is the address's
_STREET_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:calle|carrera|diagonal|transversal|avenida|street|rua|strada|jalan"
    r"|jln|ulica|rue|cra|av|út|utca|körút|krt|tér|köz|sor|fasor|lakótelep|ltp|rakpart"
    r"|sétány)\.?[ \t]+\Z"
)
# a German street name's ending, joined to the name ("Schönbrunnerstraße 222-228/1/6/2", an
# Austrian address's house numbers, stair, floor and door; "Hauptstr. 12")
_GERMAN_STREET_BEFORE_RE = re.compile(
    r"(?i)(?<=[^\W\d_])(?:stra(?:ße|sse)|str\.|gasse|allee|platz)[ \t]+\Z"
)
# an unquoted number that is an element of a JSON array ('"customdata": [[64727714, 80, ...',
# a Plotly trace's ids and counts): a JSON number, where a phone is a string
_JSON_ARRAY_ELEMENT_BEFORE_RE = re.compile(r"[\[,][ \t\r\n]*\Z")
_JSON_ARRAY_ELEMENT_AFTER_RE = re.compile(r"[ \t\r\n]*[,\]]")
_JSON_DOCUMENT_RE = re.compile(r"\s*[\[{]")
# a DATEV export's header line ('"EXTF";700;16;"Debitoren/Kreditoren";5;...;5548157;79189;...':
# the adviser's and the client's numbers, dates, a time stamp), the first line of Germany's
# accounting exports, above its column headers: no value of it is a phone
_DATEV_HEADER_RE = re.compile(r'"?(?:EXTF|DTVF)"?;\d')
# a Chatwork message's addressing tag ("[To:3006633]", "[rp aid=3006633 to=...]",
# "[piconname:3006633]"): an account's id
_CHATWORK_TAG_BEFORE_RE = re.compile(r"\[(?:To:|rp aid=|picon:|piconname:|pname:)\Z")
# Hungarian "u." (utca) after the street's name, which is capitalised ("Vasmű u 39"): the
# letter alone is also Dutch "you" ("bij spoed belt u (0543) 49 33 33")
_HU_STREET_U_BEFORE_RE = re.compile(r"(?<![^\W\d_])[A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]*[ \t]+u\.?[ \t]+\Z")
# ... or right after it ("108 - 1688 152 Street, Surrey", a North American grid address's house
# and street numbers; "35 250 Ave", "12 555 Rd."): the numbers name the street, unless a
# phone label right before names them; an abbreviation before a capitalised word is a title
# or a place's ("St. Catharines", "Dr. Smith")
_STREET_AFTER_RE = re.compile(
    r"[ \t]+(?:Street|STREET|Avenue|AVENUE|Ave|AVE|Road|ROAD|Rd|RD|Boulevard|BOULEVARD|Blvd"
    r"|BLVD|Drive|DRIVE|Dr|Highway|HIGHWAY|Hwy|HWY|St|ST"
    # (and the streets a type word rarely follows: "(309) - 4111 Broadway, NEW YORK", a suite's
    # and a building's numbers; "Lane", "Place", "Parkway", "Plaza", "Terrace")
    r"|Broadway|BROADWAY|Lane|LANE|Place|PLACE|Parkway|PARKWAY|Pkwy|Plaza|PLAZA|Terrace|TERRACE)\b"
    # (a quadrant after the street's type is the address's: "6415 106 St NW", Edmonton's)
    r"(?!\.?[ \t]*(?!(?:NW|NE|SW|SE)\b)[A-Z])"
)
# the number sign or a post-office box right before a number ("Route Nationale n°08 - 28002
# Sidi Aïssa", "Lot N° 09 - 36000 El Tarf", "BP 02 - 24300 Oued Zenati": a road's, a plot's or
# a box's number and the postcode after it, which phonenumbers reads as one line): the number
# is the address's unless a phone word, label or key vouches for it ("Tél. n° 01 23 45 67 89")
# (with its full stop too: "Registro de Turismo de Castilla y León n.º 05/000042")
_NUMBER_SIGN_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:n\.?[°º]|bp)[ \t]*\Z")
# a post-office box by its name ("P O Box 11228-00400, Nairobi", "P.O. Box 5498 -00200", a
# Kenyan box and the postcode after it; "Postfach", "Apartado", "Casilla", "Caixa Postal"): the
# box's number and its postcode are the address's, whatever phone the line names elsewhere,
# unless a phone label stands right before the number
_PO_BOX_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:p\.?[ \t]*o\.?[ \t]*box|box|postfach|apartado(?:[ \t]+postal)?"
    r"|casilla|caixa[ \t]+postal)[ \t]*(?:no\.?|n[°º])?[ \t]*\Z"
)
_PO_BOX_REACH = 24
# an area's code, a slash, then a part that starts with three zeros, as no subscriber's number
# does ("con el número 05/000016": a province's code and a register's serial; Lebanon's
# "03/004331" and Bulgaria's "0886/036476" are mobiles)
_ZEROS_AFTER_SLASH_RE = re.compile(r"\d{2,5}/000\d{2,}")
# a label that names an SSN, in a key too ("customer_ssn", "SocialSecurityNumber")
_SSN_LABEL_RE = re.compile(r"(?i)ssn|social[\s_\-]*security|taxpayer|\btin\b")
_SSN_REACH = 200
# a chat bot's postback data, the command and its argument that a button sends back to the bot
# ('"postback": "forward:174700278"', LINE WORKS; Telegram's "callback_data", Messenger's
# "payload"): the bot's own ids, no text the chat shows
_POSTBACK_BEFORE_RE = re.compile(
    r"""["'](?:postback|callback_data|payload)["'][ \t]*:[ \t]*["'][\w\-]{1,30}[:=]\Z"""
)
# three numbers or more of one length joined by slashes, each one to three more than the one
# before ("No(4687/4688/4689)", a building's house numbers; "2019/2020/2021"): a list of
# neighbours, not the groups of one number
_SLASHED_NEIGHBOURS_RE = re.compile(r"\d{1,5}(?:/\d{1,5}){2,}")
# a shortened ending after a number's slash read as the area code of the next number ("(037)
# 58 28 17/ 33 (037) 58 31 65": "33 (037) 58 31 65"); the next number is whole without it
_ENDING_LEADS_RE = re.compile(r"\d{1,4}[ \t]+\(")
_SLASH_BEFORE_RE = re.compile(r"\d[ \t]*/[ \t]*\Z")
_MINUTES_RE = re.compile(r":[0-5]\d(?!\d)")
# A Brazilian postcode (CEP): five digits, a hyphen, three digits ("02982-000 São Paulo - SP"),
# which phonenumbers reads as a German or Italian fixed line (area code 02982, line 000). No
# plan's numbers are written so, unless a phone word or label before the number says it is one
# ("Tel. 02982-123"); a phone word after it names the next field of an address line ("02960-020
# São Paulo - SP • Telefone: (11) 39312880"), and "CEP" right before it is the postcode's name,
# not Turkish "cep" (mobile). Its first two digits may stand apart by a dot ("CEP: 50.050-000",
# as Pernambuco's police writes its units' postcodes), which no plan does either.
_CEP_RE = re.compile(r"\d{2}\.?\d{3}-\d{3}")
# ... and right after its name, a CEP keeps its name however its digits were mistyped or
# grouped: seven or eight digits joined by dots and hyphens ("CEP 55360-00", "CEP: 509201-35",
# "CEP 55435.000"); a phone of so few digits has no area code, which a register never leaves out
_NAMED_CEP_RE = re.compile(r"\d[\d.-]{5,8}\d")
# A Portuguese postcode: four digits, a hyphen, three, then the locality in capitals
# ("Quinta das Águas Livres - Belas, 2605-197 BELAS", "4000-393 Porto"), read as the CEP is
_PT_POSTCODE_RE = re.compile(r"\d{4}-\d{3}")
_LOCALITY_AFTER_RE = re.compile(r" [A-ZÀ-Ý][A-ZÀ-Ýa-zß-ÿ]")
# ... named "CEP" by a label ("CEP: 60020-060") or a key, a word of it after "_" and its
# quotes or "=" too ('cep = "60020-060"', '"cep": "60135-400"', 'set(UAPS_CEP "60060-120")',
# "--env=UAPS_CEP=60336-050"); Turkish "cep" (a mobile) names no number of this shape
_CEP_NAME = r"(?:cep|c\.e\.p\.|c[óo]digo[ _]postal)"
# ... or as a key's first word ("<cep_destinatario><![CDATA[41815060]]>", a Correios SIGEP
# list's addressee's CEP in a CDATA section), a pair's quoted key too ('{"A1_CEP", "20040006"',
# a TOTVS Protheus ExecAuto array)
_CEP_NAME_RE = re.compile(
    rf"(?i)(?<![^\W_]){_CEP_NAME}(?:_[^\W\d_]+)*"
    r"(?:[\"']?[\s.:=\-]*[\"']?|[\"'],[ \t]*[\"']|>(?:<!\[CDATA\[)?"
    r"|[\"']\s*>\s*<(?:[\w.-]+:)?value>)$"
)
# ... as an XML element ("<CEP>05577188</CEP>", an NF-e's), a form field's name
# ('<field name="cep"><value>76801151</value>', XFDF) or the key of the value's object
# ('"cep": {"pt-BR": "40010020"}'), where the CEP may be written as one run of eight digits,
# or seven (a Turkish mobile has ten or eleven)
_CEP_KEY_RE = re.compile(rf"(?i){_CEP_NAME}")
_CEP_HEADER_RE = re.compile(rf"(?i)\A{_CEP_NAME}(?:_[^\W\d_]+)*\Z")
# a number of six digits or more (groups joined by spaces, hyphens, dots or brackets), which a
# phone word before it names: "Tel: (11) 3003-4000 - Rua X, 100, 01310-200" gives "Tel" its
# number before the postcode is reached
_NAMED_NUMBER_RE = re.compile(r"\d[\d ().-]*\d")
# a year in brackets ("iPhone 12 (2021) - 180 EUR"), which the bracketed-area-code format takes
# for an area code; a year unless a phone word or label vouches for the number
_BRACKETED_YEAR_RE = re.compile(r"\((?:19|20)\d\d\)")
# A register's or a case file's number: groups joined by slashes that end in a year
# ("00078/20/2017" a Polish entry, "123/4/2019" a file): no numbering plan writes a line with
# two slashes and a year last, so only a phone word or label before it makes it one
_FILE_NUMBER_RE = re.compile(r"\d{1,6}(?:/\d{1,6})+/(?:19|20)\d\d")
# ... or one number and its year ("Processo Administrativo nº SME 63629/2024", a Brazilian
# process; "Pregão nº 403/2024"): no trunk 0, three to six digits, a slash and a year
_NUMBER_OF_YEAR_RE = re.compile(r"[1-9]\d{2,5}/(?:19|20)\d\d")
# ... or a year, a hyphen and five or six digits of a serial ("reclamación 2024-976518", a claim
# that Puerto Rico's ACAA numbers by year): phonenumbers reads some as numbers of a region
# whose plan groups them otherwise, so only a phone word or label before it makes it one (four
# digits after it are a line in four-four groups, "2015-9509", a São Paulo exchange's)
_YEAR_SERIAL_RE = re.compile(r"(?:19|20)\d\d-\d{5,6}")
# ... or a date in one run, YYYYMMDD, under a key whose last word abbreviates a date, as Korean
# public APIs end their keys ('"PRMS_DT":"19931104"', a licence's date beside the row's
# "TELNO"; "APV_YMD"): only as a compound's last word, since "DT" alone is Vietnamese's phone
# label ("DT: 028 3520 9999", điện thoại), and a date's digits may be a number of a plan
# whose lines start with 20 (Mali's "20331214")
_DATE_KEY_RE = re.compile(r"[A-Za-z0-9]+(?:_(?:DT|dt|YMD|ymd)|(?<=[a-z])(?:Dt|Ymd))")
_GLUE = "/\\_-.@"
_GLUED_BEFORE = _GLUE + "=?&#!"  # "taz.de/!5650366": an article id
# a backslash glues a path's next part ("C:\\dl\\2127\\a"), not an escaped line break or tab
# ("705-568-2127\\nMonday" in an iCalendar DESCRIPTION or a JSON string; Graphviz's "\\l", a
# record label's left-justified line end: "Tel. 081 928 86 86\\l|"), nor an RTF control
# word that ends a paragraph, line or cell ("Telefoon\\tab 0592340973\\par", a word
# processor's RTF; an escaped line break before any letter but a lower-case Latin one, "\\nטלפון";
# an ASS subtitle's hard line break, "Telepon: 021-87799512\\NFaks: ...");
# nor a zero fraction that a spreadsheet's float column writes after a
# whole number ("75570166.0", a number that lost its leading 0 and gained ".0")
_GLUED_AFTER_RE = re.compile(
    r"(?!\.0+(?![\w.]))[)\]]?(?:[/_.@-]|\\(?![nrtlN](?![a-z])|(?:par|line|tab|cell|row|sect|page)(?![a-z])))[^\W_]"
)
# an Amazon Resource Name's account field, after its partition, service and region
# ("arn:aws:dynamodb:us-west-2:665374269686:table/...": twelve digits, a Maestro card's
# length, that pass the Luhn check one time in ten)
_ARN_ACCOUNT_BEFORE_RE = re.compile(r"\barn:aws[a-z\-]*:[a-z0-9\-]*:[a-z0-9\-]*:\Z")
_NUMERIC_ENTITIES = ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IP_ADDRESS")


def _key_names(key: str, entity: str) -> bool:
    """Does the ``key=`` before a value name its entity (``key_values``), or, for a phone, the
    addressee whose number a message's request gives?"""
    return entity in key_entities(key) or (
        entity == "PHONE_NUMBER" and _ADDRESSEE_KEY_RE.fullmatch(key) is not None
    )


def _glued(text: str, start: int, end: int, entity: str) -> bool:
    """Is text[start:end] a piece of a longer token (a path, DOI, ISBN, dotted version, an
    SSN shape after a ``+``)? Not
    the value of a ``key=value`` field whose key names its entity (``remote_addr=``, ``tel=``:
    ``key_values``)."""
    before = text[start - 1] if start > 0 else " "
    if before == "=" and (
        (
            _key_names(key_before(text, start) or "", entity)
            and not _URL_BEFORE_RE.search(text, max(0, start - 256), start)
        )
        or (entity == "PHONE_NUMBER" and query_phone_at(text, start))
        or (
            entity == "PHONE_NUMBER"
            and (sdp_phone_field(text, start) or fix_phone_sub_id(text, start))
        )
    ):
        before = " "
    # a country code, then a "?" where a scraper lost a character ("+971-?04-2582865", the
    # Dubai Chamber's directory): the number after it stands apart
    if before == "?" and _COUNTRY_CODE_LOST_CHAR_RE.search(text, max(0, start - 7), start):
        before = " "
    # an SKK dictionary's candidate: a slash opens it, a ";" (its annotation) or a slash ends
    # it ("ほいくえんでんわ /03-3866-9938;いずみこども園/")
    if before == "/" and _SKK_MARK in text[:300] and text[end : end + 1] in (";", "/"):
        before = " "
    if entity == "US_SSN" and before == "+":  # "+358 43 2118": a phone's country code
        return True
    # a name of a script that writes no web address's path, then a slash: the office's number
    # after its name (Gov24's "세종특별자치시보건소/044-301-2000||...")
    if before == "/" and entity == "PHONE_NUMBER" and _UNPATHED_LETTER_RE.match(text, start - 2):
        before = " "
    if entity == "PHONE_NUMBER" and (
        (before == "." and ABBREVIATION_BEFORE_RE.match(text, start))
        or marc_named(text, start)
        # a Mork value after its atom's "=" ("(83=213188600)", ``mork_cells``)
        or (before == "=" and mork_column(text, start) is not None)
    ):
        before = " "
    if entity == "PHONE_NUMBER" and (
        _in_slash_list(text, start, end)
        # an airline contact element's slash ends its status code ("HK1/076-478-0568")
        or pnr_named(text, start, end)
        # two whole numbers that a hyphen joins ("0815365761-0815366081")
        or hyphen_joined_run(text, start, end)
    ):
        return False
    return (before in _GLUED_BEFORE and text[start] not in "+(") or bool(
        _GLUED_AFTER_RE.match(text, end) and not _escaped_break(text, end)
    )


def _escaped_break(text: str, at: int) -> bool:
    """Is the backslash at ``at`` an escaped line break or tab before a lower-case Latin letter,
    in a text that escapes its line breaks elsewhere too (a one-line JSON string's "팩스
    02-910-4655\\nhttps://...", a BAND post's content): no LaTeX or RTF control word there?"""
    return text.startswith(("\\n", "\\r", "\\t"), at) and _escapes_line_breaks(text)


# an escaped line break before a letter of another script than Latin ("\\n문의: 041-957-9045",
# a NAVER WORKS event's description; "\\nĐiện thoại"): no control word of LaTeX or RTF, whose names
# are ASCII letters, starts with one
_ESCAPED_BREAK_BEFORE_NON_ASCII_RE = re.compile(r"\\n[^\x00-\x7f]")


@lru_cache(maxsize=2)
def _escapes_line_breaks(text: str) -> bool:
    """Does ``text`` hold a blank line or a line's end as a JSON string escapes them, or an
    escaped line break before a letter no control word starts with?"""
    return (
        "\\n\\n" in text
        or '\\n"' in text
        or _ESCAPED_BREAK_BEFORE_NON_ASCII_RE.search(text) is not None
    )


# a whole number of seven digits or more in digit groups, then a slash, right before a value
# ("33 839 33 33/" before "33 839 33 31"), and slashes and numbers or shortened endings
# ("/71", "/782912532/763850923") right after one
_LISTED_BEFORE_RE = re.compile(r"(?<![\w/.\-])\d(?:[ .\-]?\d){6,14}[ \t]*/[ \t]*\Z")
_LISTED_AFTER_RE = re.compile(r"(?:[ \t]*/[ \t]*\d(?:[ .\-]?\d)*)+(?![\w/.\-])")


def _in_slash_list(text: str, start: int, end: int) -> bool:
    """Is text[start:end], a number of seven digits or more, one of a field's numbers joined
    by slashes ("33 849 08 08/33 849 08 27", "33 869 70 70 /71")? A slash between whole
    numbers lists them; it glues a path's or a date's parts, which have no such run. The
    number's other end must be free as well ("/,08026725.png" is a file name)."""
    if sum(c.isdigit() for c in text[start:end]) < MIN_PHONE_DIGITS:
        return False
    before = _LISTED_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _LISTED_AFTER_RE.match(text, end)
    if not (before or after):
        return False
    glued_before = not before and start > 0 and text[start - 1] in _GLUED_BEFORE
    glued_after = not after and _GLUED_AFTER_RE.match(text, end) is not None
    return not (glued_before or glued_after)


_YEAR_GROUPS_RE = re.compile(r"(?:1[5-9]\d\d|20\d\d)(?:[\s./-]+(?:1[5-9]\d\d|20\d\d))+")
# A dotted quad of octets is an IPv4 address (the IP recognizer's), not a phone, unless a phone
# word or label vouches for it and no network word is on its line (``_phone_not_ip``).
_IPV4_RE = re.compile(
    r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
)
# a day.month.year date inside a longer run ("23.-26.8.2017", "7. 03.03.2011"): dots or slashes,
# which phone numbers hardly ever mix with a four-digit year
_DATE_INSIDE_RE = re.compile(
    r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\1(?:1[6-9]|20)\d\d(?!\d)"
)
# a season's dates as the United States write them, month/day to month/day ("Fri 5/1-10/16
# 10-2", a farmers' market's months and hours), which no number's groups mix
_MONTH_DAY_RANGE_RE = re.compile(
    r"(?<!\d)(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])[ \t]?[-\u2013][ \t]?"
    r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?!\d)"
)
# opening hours: "8.30-12.30", "9:00 - 16:00", and a day's two sessions joined by a slash or a
# comma ("8.30-13.30 /14.30-16.30", an Italian clinic's Monday)
_TIME_RANGE = r"(?:[01]?\d|2[0-4]) ?[.:]\d\d ?[-\u2013] ?(?:[01]?\d|2[0-4]) ?[.:]\d\d"
_TIME_RANGE_RE = re.compile(rf"{_TIME_RANGE}(?:[ \t]*[/,][ \t]*{_TIME_RANGE})*")
# the minutes of a clock time that a number would start with ("ore 9:00-12.00": "00-12.00",
# the rest of an opening time): the hour and its colon right before, two digits of minutes
_CLOCK_HOUR_BEFORE_RE = re.compile(r"(?:^|[^\d:])(?:[01]?\d|2[0-3]):\Z")
_MINUTES_START_RE = re.compile(r"[0-5]\d(?!\d)")
# Thousands written with spaces or dots ("12 345 678", "12.345.678"): a quantity, not a phone.
# A quantity does not start with 0 unless its first group is all zeros (the digits after a
# decimal comma, "0,000.000.001"): "057 815 526" is a national number after its trunk 0.
_THOUSANDS_RE = re.compile(r"(?:[1-9]\d{0,2}|0{1,3})(?:([ .,\u00a0\u202f])\d{3})(?:\1\d{3})+")
# A coordinate of a latitude/longitude pair, as registers and map exports write them ("...,OUI,
# NON,2.567048,44.533753,..."): a decimal of at most three whole digits and five decimals or
# more, beside another such decimal with only a comma, a semicolon, a bar (dbfdump's and
# Markdown's cells), spaces or a tab (the next cell of a tab-separated row) between; no phone
# word makes it a phone ("Equipes mobiles" in the same row). A dotted phone has more groups
# ("66.62.59.69") or fewer decimals ("5129.0763").
_COORDINATE = r"-?\d{1,3}[.,]\d{5,}"
_COORDINATE_RE = re.compile(_COORDINATE)
# a degree sign and a hemisphere's letter may follow each ("50.8044944874785 N, 12.8952778 O":
# German "Ost", Dutch "Oost", Spanish "Oeste")
_HEMISPHERE = r"°?(?:[ \t]?(?-i:[NSEWO])(?![^\W\d_]))?"
_COORDINATE_BEFORE_RE = re.compile(_COORDINATE + _HEMISPHERE + r"[ \t]*[,;|]?[ \t]*$")
# (the second of a pair may be rounded shorter than the first, as a register published it:
# "Koordinātas: 57.15708, 26.762")
_COORDINATE_AFTER_RE = re.compile(_HEMISPHERE + r"[ \t]*[,;|]?[ \t]*-?\d{1,3}[.,]\d{2,}(?!\d)")
# both coordinates of a pair as one value, four decimals or more each after a full stop
# ("<geo>49.8676 21.78735</geo>", TEI's and GML's "lat lon"; "49.75238, 21.48041")
_COORDINATE_PAIR_RE = re.compile(r"-?\d{1,3}\.\d{4,}[ \t]*[,;]?[ \t]*-?\d{1,3}\.\d{4,}")
# the same with fewer decimals, rounded as map exports and WKT write them ("POINT (-1.555
# 12.292)", "<gml:pos>12.323 -1.5579</gml:pos>"): bait unless a phone cue vouches for it (two
# dotted groups of a phone, "12.34 56.78", have one), an angle after them too (a KiCad
# schematic's "(at 123.19 97.79 0)")
_SHORT_COORDINATE_PAIR_RE = re.compile(
    r"-?\d{1,3}\.\d{2,}(?:[ \t]*[,;][ \t]*|[ \t]+)-?\d{1,3}\.\d{2,}(?:[ \t]+-?\d{1,3})?"
)
# a KiCad or S-expression position, "(at 123.19 97.79 0)": a position whatever the line holds
_AT_POSITION_RE = re.compile(r"\(at[ \t]+\Z")
# a key or an attribute that names a version, a camelCase word's end too ('SubVersion="8.0.0.0"',
# an HWPML document's; "schemaVersion": "1.0.0.2"): a dotted quad after it is no address
# ... or a code ("rkiCode = 1.10.0.42.", the Robert Koch-Institut's code of a health office), or
# either's id ('versionID="6.0.0.6"', an OAGIS business object document's)
_VERSION_KEY_BEFORE_RE = re.compile(r"(?i)(?:version|code)(?:id)?[\"']?[ \t]*[=:][ \t]*[\"']?\Z")
# ... or an element that so names its value ("<versionId>", "<ns:ProductCode>"), and a bare
# "<code>" in a namespace or right inside another data element ("<OKPD2><code>20.59.12.120</code>",
# a zakupki 44-FZ notice's classification of what it buys); HTML's "<code>" (in "<pre>", "<td>"
# or running text) holds a snippet, where an address is an address
_VERSION_ELEMENT_BEFORE_RE = re.compile(
    r"(?i)(?:<([\w.\-]+)(?:[ \t][^<>]*)?>[ \t]*)?<([\w.\-]+:)?([\w.\-]*?)(version|code)(?:id)?"
    r"(?:[ \t][^<>]*)?>[ \t]*\Z"
)
# a DSN line's rubric code before its quoted value, and the rubrics of the issuer's and the
# declaration's contacts that hold a telephone or a fax number
_DSN_RUBRIC_BEFORE_RE = re.compile(r"(?m)^(S\d\d\.G\d\d\.\d\d\.\d{3}),'\Z")
_DSN_PHONE_RUBRICS = frozenset(("S10.G00.02.005", "S10.G00.02.006", "S20.G00.07.002"))
# the line that opens an SKK (Japanese input method) dictionary's entries without okurigana
_SKK_MARK = ";; okuri-nasi entries."
# a country code and a "?" that stands for a lost character right before a number
_COUNTRY_CODE_LOST_CHAR_RE = re.compile(r"\+\d{1,3}[ \-]?\?\Z")
# a full stop and a space between two digit groups: a sentence ends after the number and the
# next begins with another ("Tālr. 64024044. 30 gultas.", which phonenumbers reads as one US
# number); no phone format writes its groups so
_SENTENCE_END_INSIDE_RE = re.compile(r"\d\.[ \t]+\d")
# ... unless the groups after the space are joined by full stops too, three groups or more,
# and a phone cue names the number (Algeria's CIAR writes "023. 237.322" under
# "<PhoneNumber>" and after "contactez l'agence au"), or a trunk-0 area code's full stop and a
# space lead to a whole local number ("<Telefono>099. 8277001", a Puglia hotel's; a mobile's
# prefix so, "329. 3291237")
_DOTTED_AFTER_SPACE_RE = re.compile(r"\d{2,5}\. \d{5,8}|\d{2,4}\. \d{2,4}(?:\.\d{2,4}){1,3}")
# a dash after a gap of two spaces or more between digit groups: a list's separator
# ("038 96 98 15  - 038 96 98 16", Algérie Télécom's directory), not an area code's ("0221 -
# 311661")
_LIST_DASH_INSIDE_RE = re.compile(r"\d[ \t]{2,}[-\u2013\u2014][ \t]*\d")
# a gap of three spaces or more before an amount written with thousands separators, with no
# phone cue: an aligned table's columns ("Nuoc cam ep           3   40.000   120.000", a
# receipt's quantity, unit price and total), which phonenumbers reads as one number (a
# register's area code and number so set apart, "0866    2442777", has no such group)
_COLUMN_GAP_INSIDE_RE = re.compile(r"\d[ \t]{3,}\d{1,3}(?:[.,]\d{3})+(?!\d)")
# a code in a scheme's name space as an attribute writes it ('qcode="medtop:02000000"', an
# IPTC NewsML-G2 subject; a CURIE): the attribute's whole value, the scheme no phone's ("tel:")
_SCHEME_CODE_BEFORE_RE = re.compile(r"""=[ \t]*(["'])[A-Za-z][\w.\-]{0,30}:\Z""")
# the Official Journal's notice number ("2024/S 173-544517", a TED notice in an ESPD request)
_OJEU_NOTICE_RE = re.compile(r"(?:19|20)\d\d/S \d{3}-\d{6}")
# a Unix time in seconds with its fraction ("1736279474.9093", a Bitrix24 record's "time")
_EPOCH_FRACTION_RE = re.compile(r"1[4-9]\d{8}\.\d{1,9}")
# a number that Chinese writes as an ordinal between 第 and 號 or 号, "No. ... ": an official
# letter's or a licence's number ("北市社老字第10830593911號", a Taipei care provider's
# permit), never a phone's
_ORDINAL_NUMBER_BEFORE_RE = re.compile(r"第[ \t\u3000]*\Z")
_ORDINAL_NUMBER_AFTER_RE = re.compile(r"[ \t\u3000]*[號号]")
# a ZIP+4 code after its state ("Boston, MA 02109-3912"): five digits, a hyphen and four, as
# no plan writes a line; after the state's name, the nine in one run too ("Duvall, Washington
# 980199011", a store locator's), one short of a North American number, or eight where a
# spreadsheet dropped the leading 0 ("Uncasville, Connecticut 63821355")
_ZIP_PLUS_FOUR_RE = re.compile(r"\d{5}-\d{4}")
_ZIP_PLUS_FOUR_RUN_RE = re.compile(r"\d{8,9}")
_US_STATE_BEFORE_RE = re.compile(
    r"\b(?:A[KLRSZ]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOPST]|N[CDEHJMVY]|O[HKR]"
    r"|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]),?[ \t]+\Z"
)
_US_STATE_NAME_BEFORE_RE = re.compile(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    r"|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    r"|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    r"|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    r"|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    r"|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia)"
    r",?[ \t]+\Z"
)
# A projected coordinate of an easting/northing pair (UTM, Gauss-Krüger: "Lage (ETRS89 / UTM
# 33N): 256714.509798,5914224.051614", metres with their fraction): five to seven whole digits
# and two decimals or more after a full stop, beside another such value with only a comma, a
# semicolon or blanks between. A phone's dotted groups are shorter ("030.1234567" has no second
# whole part; "66.62.59.69" more groups).
_PROJECTED = r"\d{5,7}\.\d{2,}"
_PROJECTED_RE = re.compile(_PROJECTED)
_PROJECTED_BEFORE_RE = re.compile(r"(?<![\d.])" + _PROJECTED + r"[ \t]*[,;]?[ \t]*\Z")
_PROJECTED_AFTER_RE = re.compile(r"[ \t]*[,;]?[ \t]*" + _PROJECTED + r"(?![\d.])")
# ... or in whole metres after a coordinates label ("Koordinatės (LKS-94): 580943, 6061242", a
# Lithuanian register's; "UTM: 256714 5914224"): the label names the pair, unless a phone word
# is in it; a coordinator is no coordinate ("Project Coordinator Tel.: 5551234, 5551235")
_COORDINATES_LABEL = (
    r"(?i:(?<![^\W\d_])(?:(?:koordinat|coordinat|coördinat)(?!or|ri)|współrzędn|souřadnic"
    r"|súradnic|utm\b|lks-?94|etrs|easting|rechtswert)[^\n:<>]{0,30}:(?:[ \t]|</?\w+>)*)"
)
_METRES = r"\d{5,7}"
_METRES_RE = re.compile(_METRES)
_METRES_SECOND_AFTER_RE = re.compile(r"[ \t]*[,;]?[ \t]*" + _METRES + r"(?![\d.,])")
_METRES_FIRST_BEFORE_RE = re.compile(_COORDINATES_LABEL + r"\Z")
_METRES_SECOND_BEFORE_RE = re.compile(_COORDINATES_LABEL + _METRES + r"[ \t]*[,;]?[ \t]*\Z")
# A legal act's number and year after the act's word ("Lei 14.133/2021", "Decreto nº
# 10.024/2019", "Ley 9/2017", "D.Lgs. 50/2016"): the act's serial, however many digits
_LEGAL_ACT_NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{3})*/(?:1[89]|20)\d\d")
_LEGAL_ACT_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:lei(?:[ \t]+complementar)?|decreto(?:-lei)?|portaria|resolu[çc][ãa]o"
    r"|instru[çc][ãa]o[ \t]+normativa|medida[ \t]+provis[óo]ria|ley(?:[ \t]+org[áa]nica)?"
    r"|real[ \t]+decreto|legge|d\.[ \t]?lgs\.?|d\.l\.|d\.p\.r\.|loi|d[ée]cret|arr[êe]t[ée])"
    r"(?:[ \t]+(?:n[º°o.]+|n\.[ \t]?º|number|núm\.|num\.))?[ \t]*\Z"
)
# A Korean public body's institution code (행정표준기관코드) in brackets after a province's or
# a metropolitan city's name ("전라북도 (6450000)", a data set's provider): seven digits ending
# in four zeros ("문의시 (5230000)", "when asking", ends in 시 too and is no region's name)
_KR_INSTITUTION_CODE_RE = re.compile(r"[1-6]\d{2}0000")
_KR_REGION_BEFORE_RE = re.compile(
    r"[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|(?<![시정])도)[ \t]*\(\Z"
)
# Japan's postal mark before a postcode ("〒998-8580 山形県...", "〒 060-0808")
_JP_POSTAL_MARK_BEFORE_RE = re.compile(r"〒[ \t\u3000]?\Z")
_JP_POSTCODE_RE = re.compile(r"\d{3}-\d{4}")
# a coordinate after its word ("(latitude 35.2171238, longitude -0.6143178)")
_COORDINATE_WORD_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:lat(?:itude)?|lon(?:gitude)?|lng|long)[ \t]*[:=]?[ \t]*\Z"
)
# an AWS resource name's account field ("arn:aws:sns:eu-west-3:026426858329:topic", twelve
# digits; "arn:aws:iam::...", no region): an account id, whatever its digits make elsewhere
_ARN_ACCOUNT_BEFORE_RE = re.compile(r"\barn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:\Z")
_WHOLE_BEFORE_RE = re.compile(r"(?<![\d.,])-?\d{1,3}[.,]$")


def _ssn_named(text: str, start: int, end: int) -> bool:
    """Does an SSN's label stand before text[start:end] (``_SSN_REACH`` characters) or above it
    (a column's header, a form's label line)?"""
    return bool(
        _SSN_LABEL_RE.search(text, max(0, start - _SSN_REACH), start)
        or label_above(text, start, end, _SSN_LABEL_RE)
    )


# a letter of a script written without spaces (Hangul, kana, ideographs)
_UNPATHED_LETTER_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# a message's addressee's key: a messaging API's form field holds a phone or an address there
# ("-d To=7898545837", Exotel's and Twilio's SMS requests)
_ADDRESSEE_KEY_RE = re.compile(r"(?i)to|from|recipients?|sender|destination")


# the number is part of a web address (a document id in a query string, a path); a comma, a
# quote, a tag, a semicolon or a bar ends the address (a CSV row's next field:
# "https://x.cat/,933871241", "http://www.x.ro/;office@x.ro;253226549")
_URL_BEFORE_RE = re.compile(r"(?:://|www\.)[^\s,;|\"'<>]*$")
# "-Office", "/fax": a label glued to a number does not make it part of a longer token.
_PHONE_LABEL_AFTER_RE = re.compile(
    r"[/-](?i:office|fax|mobile|cell|home|work|tel|phone|direct|main)\b"
)


# Words that say a dotted quad on the line is a network address.
_NETWORK_WORD_RE = re.compile(
    r"(?i)\bip(?:v4)?\b|\bhost|server|\bdns\b|gateway|router|proxy|subnet|netmask|\bping\b"
    r"|\bnameserver|\baddr\b|\binet\b"
)


_DIGIT_PAIRS_RE = re.compile(r"\d\d\.\d\d\.\d\d\.\d\d")


def phone_not_ip(text: str, start: int, end: int) -> bool:
    """Is the dotted quad text[start:end] a phone written with dots, eight digits in pairs as
    the eight-digit plans write them (Norway, Denmark, San Marino: "Tel. 66.62.59.69")? So
    when it is four pairs, a phone word is on its line or a phone label above it, and no
    network word is on its line: as a card number is a phone by a phone word and no card
    word. An address with an octet of one or three digits ("192.168.1.20") stays an address."""
    if not _DIGIT_PAIRS_RE.fullmatch(text, start, end):
        return False
    if not phone_cue(text, start, end):
        return False
    lo, hi = line_of(text, start, end)
    return not _NETWORK_WORD_RE.search(text, lo, hi)


class _AsciiDigits(dict):
    """A ``str.translate`` table that maps each decimal digit of another script to its ASCII
    digit and leaves every other character as it is, filled as characters are met."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        self[code] = ord("0") + unicodedata.decimal(char) if char.isdecimal() else code
        return self[code]


_ASCII_DIGITS = _AsciiDigits()


@lru_cache(maxsize=2)
def ascii_digits(text: str) -> str:
    """``text`` with the decimal digits of every script as ASCII digits, one character for one
    (so that offsets hold): the shapes of dates, ranges and identifiers are written in ASCII
    digits."""
    return text.translate(_ASCII_DIGITS)


def _version_element(text: str, start: int) -> bool:
    """Is the value at ``start`` the whole of an element that names a version or a code?"""
    element = _VERSION_ELEMENT_BEFORE_RE.search(text, max(0, start - 120), start)
    if element is None:
        return False
    parent, namespace, qualifier, kind = element.groups()
    if namespace or qualifier or kind.lower() == "version":
        return True
    return parent is not None and parent.lower() not in HTML_ELEMENTS


# a word for reaching someone that names no way in particular: "Contact: 049 88 4879" labels an
# SSN as readily as a phone
_CONTACT_WORD_RE = re.compile(r"(?i)conta[ck]t|kontakt")


def _phone_word_beside(text: str, start: int, end: int) -> bool:
    """Is there a phone word other than a word for "contact" in the ``context_window`` of
    text[start:end]?"""
    lo, hi = context_window(text, start, end)
    words = [*PHONE_WORD_RE.finditer(text, lo, start), *PHONE_WORD_RE.finditer(text, end, hi)]
    return any(not _CONTACT_WORD_RE.match(word.group()) for word in words)


def is_bait(text: str, start: int, end: int, entity: str, listed: bool = False) -> bool:
    """Numbers that look like PII but are identifiers, ranges, dates, decimals or versions.

    A phone word on the same line (``phone_context``) outweighs the shape-only doubts (a
    hyphenated pair, a decimal, a thousands grouping, fewer than seven digits), never an
    identifier prefix, a date, an en-dash range or a run of years. ``listed``: the number
    follows a found phone in a list of the same field ("75 7722900, 571 334 877"), which
    vouches for its shape as a phone word would.
    """
    if entity == "EMAIL_ADDRESS":
        return message_id(text, start)
    if entity not in _NUMERIC_ENTITIES:
        return False
    value = text[start:end]
    # a number reads the same in any script's digits ("০৪/০৮/২০২৪", a date in Bengali ones)
    if not value.isascii() and any(c.isdecimal() and not c.isascii() for c in value):
        text = ascii_digits(text)
        value = text[start:end]
    label = entity == "PHONE_NUMBER" and (
        _PHONE_LABEL_AFTER_RE.match(text, end) or _after_clitic(text, start, end)
    )
    # an address that is a URL's host ("http://203.0.113.7/status") is the address itself
    host = entity == "IP_ADDRESS" and text.endswith(("://", "://["), 0, start)
    # a listed number's slash is its list's separator ("02941 452530/453650"), and a found
    # phone's copy may be a log event's field after its key ("cs2=0429 236503", "siteLine=9625
    # 9920" in CEF and LEEF: the key at a field's start, no web address's query)
    separated = listed and (text[start - 1 : start] == "/" or field_key_before(text, start))
    glued = _glued(text, start, end, entity) and not (label or host or separated)
    if (
        glued
        or _after_identifier(text, start)
        or _ARN_ACCOUNT_BEFORE_RE.search(text, max(0, start - 80), start)
    ):
        return True
    if entity == "IP_ADDRESS":
        return (
            value.startswith("0.")
            or _no_host(value)
            or (
                ":" in value
                and sum(g != "" for g in value.split(":")) < 3
                and not ipv4_in_ipv6(value)
            )
            or (_IPV4_RE.fullmatch(value) is not None and phone_not_ip(text, start, end))
            or _VERSION_KEY_BEFORE_RE.search(text, max(0, start - 40), start) is not None
            or _version_element(text, start)
        )
    if entity == "CREDIT_CARD":
        # a register's number that its label or element names ("<RegistrationNumber>
        # 100845877001070", a UAE tax registration number, fifteen digits from 1 as a UATP
        # card's) or, in a delimited row, its column's header names ("お客様コード" above a
        # Sagawa e飛伝 row's customer code, twelve digits from 6 as a Maestro card's), unless a
        # card word is on its line or in that header; a CNPJ in one run, whose two check
        # digits a card number of fourteen digits passes one time in a hundred
        # ('"69470029000133";"CÂMARA MUNICIPAL..."', a Transferegov row's proponent), unless
        # a card label stands above it ("Card" on the line before a Diners number)
        return (
            named_otherwise(text, start)
            or (_cnpj(value) and not label_above(text, start, end, CARD_WORD_RE))
            or (
                field_value(text, start)
                and label_above(text, start, end, OTHER_NUMBER_LABEL)
                and not label_above(text, start, end, CARD_WORD_RE)
            )
        ) and not card_word_on_line(text, start, end)
    if entity == "PHONE_NUMBER":
        return _phone_bait(text, start, end, listed)
    if entity == "US_SSN":
        # the Social Security Administration issues no area 9xx (ITINs start so): no SSN, and
        # under a phone's key or word such a number is a phone written in three groups ('"fax":
        # "905-88-8808"', a register's fax that lost a digit); elsewhere a register's number
        # ('"orgnr": "974587564"', a Norwegian organisation's); nor is a bare run that a label
        # names as another number ('"orgnr": "874571962"'), unless the label names an SSN, or
        # that nothing names an SSN: a word that only holds "social" ('"socialProfileIds":
        # ["112193863"]', Hootsuite's profile ids) lifts Presidio's score all the same; nor is a
        # number that a phone word names with no SSN's label on its line ("please ring the
        # centre on 061 33 2680", an Irish number in three groups; "Contact:" labels an SSN as
        # well as a phone, ``_phone_word_beside``)
        line_start, line_end = line_of(text, start, end)
        return (
            value.lstrip()[:1] == "9"
            or (
                value.isdigit()
                and (
                    (
                        named_otherwise(text, start)
                        and not _SSN_LABEL_RE.search(text, line_start, start)
                    )
                    or not _ssn_named(text, start, end)
                )
            )
            or (
                _phone_word_beside(text, start, end)
                and not _SSN_LABEL_RE.search(text, line_start, line_end)
            )
        )
    return False


# the content of an XML element that holds a geometry's coordinates: CAP's area ("<circle>
# -31.359015,29.566687 2.0</circle>", a point and a radius), GeoRSS, GML and KML
_GEOMETRY_ELEMENT_BEFORE_RE = re.compile(
    r"<(?:[\w.-]+:)?(?:circle|polygon|point|pos|posList|coordinates|box|line)>[^<>]{0,200}\Z"
)
# PC-Axis (PX), the statistics offices' table format (PxWeb): after its "DATA=" keyword, up to
# the ";" that ends it, a file holds nothing but its table's cells, space-separated counts
# ("5362 5049 96": a month's loans, visits and hours), whatever its header's contact says
_PX_DATA_RE = re.compile(r"(?m)^DATA=[^;]*")


@lru_cache(maxsize=2)
def _px_data_sections(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a PC-Axis file's data sections (none unless the file has a heading)."""
    if "\nDATA=" not in text or not ("\nHEADING=" in text or "\nSTUB=" in text):
        return ()
    return tuple(m.span() for m in _PX_DATA_RE.finditer(text))


def _in_px_data(text: str, start: int) -> bool:
    """Is ``start`` inside a PC-Axis file's data section?"""
    return any(lo <= start < hi for lo, hi in _px_data_sections(text))


def _no_host(value: str) -> bool:
    """Is ``value`` an address that names no one's host: loopback ("--listen 127.0.0.1:8473",
    "::1") or unspecified ("0.0.0.0")? Private addresses stay PII: inside a network they name a
    machine, as logs and configs that leak out of it show; so do multicast ones, which name a
    group but which generated and scrambled logs use as any host's."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def ipv4_in_ipv6(value: str) -> bool:
    """Is ``value`` an IPv6 address that carries an IPv4 address in its last 32 bits, written
    in dotted form (RFC 4291 section 2.5.5: IPv4-mapped ``::ffff:192.0.2.1`` as dual-stack
    servers log IPv4 clients, IPv4-compatible ``::192.0.2.1``; RFC 2765's ``::ffff:0:`` and
    RFC 6052's ``64:ff9b::`` prefixes)?
    Such an address is a host's address although it has fewer than three hex groups."""
    import ipaddress

    address = value.split("/")[0].split("%")[0]
    if "." not in address:
        return False
    try:
        ip = ipaddress.IPv6Address(address)
    except ValueError:
        return False
    return ip.ipv4_mapped is not None or int(ip) >> 32 in (0, 0xFFFF0000, 0x64FF9B << 64)


def _after_clitic(text: str, start: int, end: int) -> bool:
    """Does a phone follow a word prefix joined by a hyphen ("ku-010 152 0858"), with a phone
    word on its line (``CLITIC_BEFORE``)?"""
    return bool(CLITIC_PREFIX_RE.search(text, max(0, start - 4), start)) and phone_context(
        text, start, end
    )


def _after_identifier(text: str, start: int, lo: int = 0) -> bool:
    """Does a number starting at ``start`` follow an identifier prefix or a version word
    within 40 characters on its line (an aligned column's padding counting as one; not before
    ``lo``)?"""
    return bool(_ID_CONTEXT_RE.search(text, max(lo, window_start(text, start, 40)), start))


def starts_with_date(value: str) -> bool:
    """Does ``value`` start with a whole date ("2024-02-13 10", an ISO date and an hour in a
    chat log's time stamp)?"""
    return DATE_START_RE.match(value) is not None


def _date_keyed(text: str, start: int, end: int) -> bool:
    """Does text[start:end] fill a field whose key ends with a date's abbreviation
    (``_DATE_KEY_RE``)?"""
    name = field_name(text, start, end)
    return name is not None and _DATE_KEY_RE.fullmatch(name) is not None


def _decimal_fraction(text: str, start: int, end: int) -> bool:
    """Is text[start:end], one run of digits, the fraction of a decimal number written with a
    comma (``_FRACTION_BEFORE_RE``), with no comma after it? Not a grid's whole cell (a DIF
    number's type indicator "0," before "538022124")."""
    return (
        start > 1
        and text[start:end].isdigit()
        and text[start - 1] == ","
        and _FRACTION_BEFORE_RE.search(text, max(0, start - 6), start) is not None
        and not text.startswith(",", end)
        and grid_header(text, start, end) is None
    )


def _sql_column_names_another_number(text: str, start: int) -> bool:
    """Is the value at ``start`` in an SQL INSERT's tuple under a column whose name names a
    number other than a phone (``id``, ``codigo_dane``)?"""
    column = sql_column(text, start)
    return column is not None and names_another_number(column, acronym=True)


def _range(core: str) -> bool:
    """Is ``core`` a hyphenated or dashed pair that may be a range or a two-part identifier
    ("1990-91", "Table 051-0001")? Not when its two groups have as many digits and run
    downwards ("9696-4864"), as no range does."""
    if not _RANGE_RE.fullmatch(core):
        return False
    first, second = _NUMBER_GROUP_RE.findall(core)
    return len(second) != len(first) or int(second) >= int(first)


def _coordinate(text: str, start: int, end: int, core: str) -> bool:
    """Is ``core`` one coordinate of a latitude/longitude pair (``_COORDINATE_RE``), of a
    projected easting/northing pair (``_PROJECTED_RE``) or of a whole-metre pair after a
    coordinates label (``_COORDINATES_LABEL``), or the
    decimals of one whose whole part was left out (``-79,610451382084``, a decimal comma: a
    long run of digits after a comma)?"""
    if _METRES_RE.fullmatch(core):
        label = (
            _METRES_FIRST_BEFORE_RE.search(text, max(0, start - 60), start)
            if _METRES_SECOND_AFTER_RE.match(text, end)
            else _METRES_SECOND_BEFORE_RE.search(text, max(0, start - 80), start)
        )
        if label and not PHONE_WORD_RE.search(label.group()):
            return True
    if _PROJECTED_RE.fullmatch(core) and (
        _PROJECTED_BEFORE_RE.search(text, max(0, start - 24), start)
        or _PROJECTED_AFTER_RE.match(text, end)
    ):
        return True
    whole = _WHOLE_BEFORE_RE.search(text, max(0, start - 8), start) if core.isdigit() else None
    if whole:
        start, core = whole.start(), text[whole.start() : end]
    if not _COORDINATE_RE.fullmatch(core):
        return False
    return bool(
        _COORDINATE_BEFORE_RE.search(text, max(0, start - 24), start)
        or _COORDINATE_AFTER_RE.match(text, end)
    )


def _register_column(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a register's own number by the layout: alone in a table cell whose
    column header names a register or an identification number (``Identnummer`` above
    ``2634817``; any label that names a number other than a phone, ``id_labels``), or alone
    on its line below such a label, as after the name on its line (``_ID_CONTEXT_RE``)?"""
    return (
        label_above(text, start, end, REGISTER_NAME_RE)
        or (text[start] not in "+(" and label_above(text, start, end, OTHER_NUMBER_LABEL))
        or _sheet_register_column(text, start, end)
    )


def _sheet_register_column(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a spreadsheet cell's whole text whose column's header (``grid_cells``)
    names a register or an identification number (``CVR_NR`` above ``30773047``)?"""
    header = grid_header(text, start, end)
    return header is not None and bool(
        REGISTER_NAME_RE.search(header) or OTHER_NUMBER_LABEL.search(header)
    )


def _postcode(text: str, start: int, end: int, core: str) -> bool:
    """Is text[start:end] a Brazilian postcode (``_CEP_RE``; eight digits in one run only after
    the name), or a Portuguese one before its locality (``_PT_POSTCODE_RE``): after the name
    ``CEP``; after a phone word on its line (40
    characters, ``window_start``) whose own number stands between them; or with no phone word
    before it and no phone label above it?"""
    # (seven when a spreadsheet dropped its leading 0: "<CEP>4601001</CEP>")
    plain_cep = core.isdigit() and len(core) in (7, 8)
    named_shape = _NAMED_CEP_RE.fullmatch(core) and sum(c.isdigit() for c in core) in (7, 8)
    if not (
        _CEP_RE.fullmatch(core)
        or plain_cep
        or named_shape
        or (_PT_POSTCODE_RE.fullmatch(core) and _LOCALITY_AFTER_RE.match(text, end))
    ):
        return False
    lo = window_start(text, start, 40)
    key = parent_key(text, start) or json_column(text, start) or ""
    if _CEP_NAME_RE.search(text, lo, start) or _CEP_KEY_RE.fullmatch(key):
        return True
    # a delimited row's cell below a CEP column's header ('"CEP_PROPONENTE"', a Transferegov
    # CSV's; Turkish "Cep" heads a column of mobiles, whose ten or eleven digits this shape
    # has not)
    if plain_cep and label_above(text, start, end, _CEP_HEADER_RE):
        return True
    if plain_cep or not (_CEP_RE.fullmatch(core) or _PT_POSTCODE_RE.fullmatch(core)):
        return False
    words = list(PHONE_WORD_RE.finditer(text, lo, start))
    # (the phone word may be the CEP's own name, Turkish "cep" being a mobile's: a key of its
    # record's before the value's generic key, '{"field_id": "cep", "field_value": "50.050-000"}')
    if words and not _CEP_KEY_RE.fullmatch(words[-1].group()):
        return _names_a_number(text, words[-1].end(), start)
    return not phone_label_above(text, start, end)


def _phone_named(text: str, start: int, end: int) -> bool:
    """Does a phone word name the value at ``start``: before it on its line with no digit
    between ("reach our office on 1131800469"; in "talrunis", "67432343"} 1607755083" the word
    names the number between), as a label above it, as the key of the XML element it fills
    (``<TelephoneNumber>`` around ``<Number>``), or does the structure of its format
    (``structure_names_phone``)?"""
    lo = window_start(text, start, 40)
    words = list(PHONE_WORD_RE.finditer(text, lo, start))
    if words and not any(c.isdigit() for c in text[words[-1].end() : start]):
        return True
    return (
        phone_label_above(text, start, end)
        or element_names_phone(text, start, end)
        or structure_names_phone(text, start, end)
    )


def _short_international(core: str) -> bool:
    """Is ``core`` an international prefix ("00") glued to a hyphenated pair of too few digits
    for any international number ("00202-0000", a Swiss bank's clearing number and branch:
    country code 20 and five digits)? Whether the rest is a possible number is phonenumbers'
    call. Made-up numbers of the generated sets open with 00 in other shapes ("Telefon:\n00185
    412940"), and a phone cue keeps this one too (``_phone_bait``)."""
    if not _PREFIXED_PAIR_RE.fullmatch(core):
        return False
    import phonenumbers

    try:
        number = phonenumbers.parse("+" + core[2:].replace("-", ""), None)
    except phonenumbers.NumberParseException:
        return True
    return not phonenumbers.is_possible_number(number)


def _house_numbers_opening_address(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open the value of an address's field, a word after it (the house's
    numbers before the street's name)? A phone word in the start tag's attributes makes the
    line a phone's ('<addressLine localType="telefono">4576 5537 INT. 5448', an EAC-CPF
    record's)."""
    if not _WORD_AFTER_RE.match(text, end):
        return False
    field = _ADDRESS_FIELD_BEFORE_RE.search(text, max(0, start - 80), start)
    if field is None or PHONE_WORD_RE.search(field.group(2) or ""):
        return False
    key = field.group(1) or field.group(3)
    return _ADDRESS_KEY_RE.search(key) is not None and not _OTHER_ADDRESS_KEY_RE.search(key)


def _round_phone(text: str, start: int, end: int, core: str, listed: bool) -> bool:
    """Is the round number text[start:end] a phone all the same: ten digits or more (a
    country code and a vanity number, "WhatsApp 996999000000") that a phone word before it
    names (``_phone_named``) or that follows a found phone in its list ("Call 8732224100,
    9440700000", ``listed``)? Quantities that round are rarely written in ten digits and
    never right after a phone word."""
    return len(core) >= 10 and (listed or _phone_named(text, start, end))


# a trunk 0 and an area code of one to four more digits, and the space before a dash
_TRUNK_CODE_RE = re.compile(r"\(?0\d{1,4}\)?[ \t]?")


def _scheme_code(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the code of a scheme-prefixed attribute value that it ends
    (``_SCHEME_CODE_BEFORE_RE``), the scheme no phone word ("tel:", "fax:")?"""
    scheme = _SCHEME_CODE_BEFORE_RE.search(text, max(0, start - 40), start)
    return (
        scheme is not None
        and text.startswith(scheme.group(1), end)
        and not PHONE_WORD_RE.search(text, scheme.start(), start)
    )


def dash_range(core: str) -> bool:
    """Does ``core`` hold a range of numbers joined by an en or em dash ("1990–2000",
    ``_DASH_RANGE_RE``)? A dash after nine digits or more ends a whole number and starts its
    extension ("+4940 428 7648–30", a Hamburg school's office): no range starts so high."""
    dash = _DASH_RANGE_RE.search(core)
    if dash is None:
        return False
    before, after = core[: dash.start(1)], core[dash.end(1) :]
    # an area code with its trunk 0, the dash and a whole local number ("0487 – 531976", as a
    # word processor sets a hyphen): no range starts at 0 and ends five digits or more later,
    # nor ends in groups ("02772 – 23 22", a Hessian test station's four-digit line)
    if _TRUNK_CODE_RE.fullmatch(before) and (
        sum(c.isdigit() for c in after) >= 5 or _GROUPED_LOCAL_RE.fullmatch(after.strip())
    ):
        return False
    return sum(c.isdigit() for c in before) < 9


def _json_array_number(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a run of digits that is an unquoted element of an array of a JSON
    document (``_JSON_ARRAY_ELEMENT_BEFORE_RE``), not a list's number in a string ("संपर्क:
    9970054434, 9503007847", a video's description: its line's quotes before it are odd)?"""
    if not (
        text[start:end].isdigit()
        and _JSON_DOCUMENT_RE.match(text) is not None
        and _JSON_ARRAY_ELEMENT_BEFORE_RE.search(text, max(0, start - 40), start) is not None
        and _JSON_ARRAY_ELEMENT_AFTER_RE.match(text, end) is not None
    ):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    quotes = text.count('"', line_start, start) - text.count('\\"', line_start, start)
    return quotes % 2 == 0


def _dsn_rubric_not_phone(text: str, start: int) -> bool:
    """Is the value at ``start`` a French DSN payroll declaration's rubric value
    (``S10.G00.01.001,'720860634'``: a line of a rubric's code and its quoted value) whose
    rubric holds no phone? The code names the value: a SIREN, a NIC, a date, an amount;
    only the contacts' telephone and fax rubrics (``_DSN_PHONE_RUBRICS``) hold phones."""
    rubric = _DSN_RUBRIC_BEFORE_RE.search(text, max(0, start - 17), start)
    return rubric is not None and rubric[1] not in _DSN_PHONE_RUBRICS


def _descending_pair(core: str) -> bool:
    """Is ``core`` two groups of four digits joined by a hyphen, the second smaller than the
    first ("2014-1904", a São Paulo line)? No range of years runs downwards."""
    first, hyphen, second = core.partition("-")
    return bool(hyphen) and len(first) == len(second) == 4 and int(second) < int(first)


def _slashed_neighbours(core: str) -> bool:
    """Is ``core`` a list of neighbouring numbers joined by slashes (``_SLASHED_NEIGHBOURS_RE``):
    one length, each one to three more than the one before?"""
    if not _SLASHED_NEIGHBOURS_RE.fullmatch(core):
        return False
    parts = core.split("/")
    steps = [int(b) - int(a) for a, b in zip(parts, parts[1:], strict=False)]
    return len({len(p) for p in parts}) == 1 and all(1 <= step <= 3 for step in steps)


def _names_a_number(text: str, word_end: int, start: int) -> bool:
    """Does a number of six digits or more stand between a phone word (ending at
    ``word_end``) and a postcode shape at ``start``? The word names that number, so the shape
    after it is the address's postcode."""
    return any(
        sum(c.isdigit() for c in m.group()) >= 6
        for m in _NAMED_NUMBER_RE.finditer(text, word_end, start)
    )


def _phone_bait(text: str, start: int, end: int, listed: bool = False) -> bool:
    core = text[start:end].strip("()[] ")
    # a run of years ("1704 1634") is a number after all when a phone label names it: a form's
    # value below the label, or a label or key right before it ('contact_phone: "1661-2000"',
    # "연락처 1661-2000": a Korean representative number); a phone word further back is a
    # sentence's ("Tel Aviv 1948-1967"); a found phone's copy or list vouches for it too, and so
    # does the key of the object or array around it ('"Phones": [{"Value": "1555-1627"}]')
    years = (
        _YEAR_GROUPS_RE.fullmatch(core)
        and not _descending_pair(core)
        and not (
            listed
            or phone_label_before(text, start)
            or phone_label_above(text, start, end)
            or parent_named(text, start)
        )
    )
    if (
        (
            _URL_BEFORE_RE.search(text, max(0, start - 256), start)
            and not query_phone_at(text, start)
        )
        or years
        or any(r.fullmatch(core) for r in (DATE_RE, _SPACED_DATE_RE, _ROC_DATE_RE))
        or (_ROUND_NUMBER_RE.fullmatch(core) and not _round_phone(text, start, end, core, listed))
        or (_IPV4_RE.fullmatch(core) and not phone_not_ip(text, start, end))
        or starts_with_date(core)
        or (
            (_SHORT_DATE_HOUR_RE.fullmatch(core) or _DAY_YEAR_HOUR_RE.fullmatch(core))
            and _MINUTES_RE.match(text, end)
        )
        or _YEAR_TIME_RE.fullmatch(core)
        or _AFTER_CLOCK_RE.search(text, max(0, start - 7), start)
        or (
            _MINUTES_START_RE.match(core)
            and _CLOCK_HOUR_BEFORE_RE.search(text, max(0, start - 4), start)
        )
        or _SINGLE_DIGITS_RE.fullmatch(core)
        or (_DATE_HOUR_RUN_RE.fullmatch(core) and _MINUTES_RE.match(text, end))
        or (_cnpj(core) and not _phone_named(text, start, end))
        or (polish_tax_number(text, start, end) and not _phone_named(text, start, end))
        or (finnish_business_id(core) and not _phone_named(text, start, end))
        or (_CNAE_RE.fullmatch(core) and not _phone_named(text, start, end))
        or _YEAR_SERIES_BEFORE_RE.search(text, max(0, start - 12), start)
        or (
            _JP_POSTCODE_RE.fullmatch(core)
            and _JP_POSTAL_MARK_BEFORE_RE.search(text, max(0, start - 2), start)
        )
        or (
            _KR_INSTITUTION_CODE_RE.fullmatch(core)
            and _KR_REGION_BEFORE_RE.search(text, max(0, start - 16), start + (text[start] == "("))
        )
        or (
            _LEGAL_ACT_NUMBER_RE.fullmatch(core)
            and _LEGAL_ACT_BEFORE_RE.search(text, max(0, start - 40), start)
        )
        or _house_numbers_opening_address(text, start, end)
        or (_WEEKDAY_FLAGS_RE.fullmatch(core) and not _phone_named(text, start, end))
        or (_SHORT_DATE_RE.fullmatch(core) and not _phone_named(text, start, end))
        or edi_element(text, start, end)
        or edifact_xml_element(text, start, end)
        or _dsn_rubric_not_phone(text, start)
        or hl7_element(text, start, end)
        or jp_medical_code(text, start, end)
        or _EPOCH_MILLISECONDS_RE.search(core)
        or (_EPOCH_SECONDS_RE.fullmatch(core) and not _phone_named(text, start, end))
        or (_LONG_RUN_RE.fullmatch(core) and not _phone_named(text, start, end))
        or (
            _HOUSE_NUMBERS_POSTCODE_RE.fullmatch(text, start, end)
            and not phone_cue(text, start, end)
        )
        or _REGISTRY_TYPE_BEFORE_RE.search(text, max(0, start - 9), start)
        or _ARN_ACCOUNT_BEFORE_RE.search(text, max(0, start - 64), start)
        or (
            _SENTENCE_END_INSIDE_RE.search(core)
            and not (_DOTTED_AFTER_SPACE_RE.fullmatch(core) and phone_cue(text, start, end))
        )
        or _in_px_data(text, start)
        or _GEOMETRY_ELEMENT_BEFORE_RE.search(text, max(0, start - 200), start)
        or _LIST_DASH_INSIDE_RE.search(core)
        or (_COLUMN_GAP_INSIDE_RE.search(core) and not phone_cue(text, start, end))
        or (
            _COORDINATE_RE.fullmatch(core)
            and _COORDINATE_WORD_BEFORE_RE.search(text, max(0, start - 12), start)
        )
        or _POSTAL_ACCOUNT_RE.fullmatch(core)
        or (_json_array_number(text, start, end) and not phone_cue(text, start, end))
        or _NL_MUNICIPAL_NUMBER_RE.fullmatch(core)
        or (
            _PT_POSTCODE_RE.fullmatch(core)
            and not PHONE_WORD_RE.search(text, window_start(text, start, 40), start)
        )
        or _DATEV_HEADER_RE.match(text, text.rfind("\n", 0, start) + 1)
        or _CHATWORK_TAG_BEFORE_RE.search(text, max(0, start - 11), start)
        or (_DECIMAL_FRACTION_RE.fullmatch(core) and not phone_cue(text, start, end))
        or _AMOUNT_RANGE_RE.fullmatch(core)
        or _scheme_code(text, start, end)
        or _OJEU_NOTICE_RE.search(text, max(0, start - 7), end + 1) is not None
        or _EPOCH_FRACTION_RE.fullmatch(core)
        or (
            _ORDINAL_NUMBER_BEFORE_RE.search(text, max(0, start - 4), start) is not None
            and _ORDINAL_NUMBER_AFTER_RE.match(text, end) is not None
        )
        or (
            _ZIP_PLUS_FOUR_RE.fullmatch(core)
            and _US_STATE_BEFORE_RE.search(text, max(0, start - 5), start)
        )
        or (
            (_ZIP_PLUS_FOUR_RE.fullmatch(core) or _ZIP_PLUS_FOUR_RUN_RE.fullmatch(core))
            and _US_STATE_NAME_BEFORE_RE.search(text, max(0, start - 24), start)
        )
        or not core.strip("0 -./")
        or (_DATE_SERIAL_RE.fullmatch(core) and not phone_cue(text, start, end))
        or _DATE_TIME_RUN_RE.fullmatch(core)
        or _UNIT_AFTER_RE.match(text, end)
        or _ZEROS_AFTER_SLASH_RE.fullmatch(core)
        or _POSTBACK_BEFORE_RE.search(text, max(0, start - 60), start)
        or (
            len(core) == 8
            and core.isdigit()
            and _DATE_RANGE_BEFORE_RE.search(text, max(0, start - 12), start)
        )
        or (_short_international(core) and not phone_cue(text, start, end))
        or _decimal_fraction(text, start, end)
        or (
            (
                _STREET_BEFORE_RE.search(text, max(0, start - 16), start)
                or _HU_STREET_U_BEFORE_RE.search(text, max(0, start - 40), start)
                or _GERMAN_STREET_BEFORE_RE.search(text, max(0, start - 12), start)
                or _STREET_AFTER_RE.match(text, end)
            )
            and not phone_label_before(text, start)
        )
        or (
            _NUMBER_SIGN_BEFORE_RE.search(text, max(0, start - 8), start)
            and not phone_cue(text, start, end)
        )
        or (
            _PO_BOX_BEFORE_RE.search(text, max(0, start - _PO_BOX_REACH), start)
            and not phone_label_before(text, start)
        )
        or _slashed_neighbours(core)
        or (
            _ENDING_LEADS_RE.match(text, start)
            and _SLASH_BEFORE_RE.search(text, max(0, start - 4), start)
        )
        or (_BRACKETED_YEAR_RE.search(text, start, end) and not phone_cue(text, start, end))
        or (_FILE_NUMBER_RE.fullmatch(core) and not phone_cue(text, start, end))
        or (_YEAR_SERIAL_RE.fullmatch(core) and not phone_cue(text, start, end))
        or (DATE_RUN_RE.fullmatch(core) and _date_keyed(text, start, end))
        or (_NUMBER_OF_YEAR_RE.fullmatch(core) and not phone_label_before(text, start))
        or _DATE_INSIDE_RE.search(core)
        or _MONTH_DAY_RANGE_RE.search(core)
        or _TIME_RANGE_RE.fullmatch(core)
        or dash_range(core)
        or _coordinate(text, start, end, core)
        or _COORDINATE_PAIR_RE.fullmatch(core)
        or (
            _SHORT_COORDINATE_PAIR_RE.fullmatch(core)
            and (
                _AT_POSITION_RE.search(text, max(0, start - 8), start)
                or not phone_cue(text, start, end)
            )
        )
        or (
            core.isdigit()
            and len(core) < MIN_PHONE_DIGITS
            and not (listed or labelled_six_digits(text, start, end, 1))
        )
        or _register_column(text, start, end)
        # (a listed number's label is the found one's; "0716560351  OR 0652493984" has no
        # acronym "OR" naming the second; an ISO 20022 channel's "<Id>", a typed value's
        # "<ElectronicAddressData>" and a digital address's "adres" whose sibling key names a
        # phone, '"soortDigitaalAdres": "telefoonnummer"', are the phone's own)
        or (
            not listed
            and named_otherwise(text, start)
            and not (
                iso20022_named(text, start)
                or typed_named(text, start)
                or sibling_named(text, start, PHONE_WORD_RE, not_another_number)
            )
        )
        or in_sdp_number_field(text, start)
        or crosses_w3c_fields(text, start, end)
        or _sql_column_names_another_number(text, start)
        or _postcode(text, start, end, core)
    ):
        return True
    digits = sum(c.isdigit() for c in core)
    doubtful = (
        digits < MIN_PHONE_DIGITS
        or _range(core)
        or any(r.fullmatch(core) for r in (_DECIMAL_RE, _THOUSANDS_RE))
    )
    return doubtful and (
        digits < MIN_GROUPED_PHONE_DIGITS or not (listed or phone_cue(text, start, end))
    )
