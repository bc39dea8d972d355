"""PII and secret scrubbing on Microsoft Presidio, made fast enough for web-scale text.

Why it is built this way:

* Presidio runs with its pattern recognizers and a tiny regex tokenizer standing in for spaCy
  (``token_engine``), so it works offline with no model download and context words still
  raise scores. A spaCy NER model (``nlp_model``) adds PERSON/LOCATION at ~10x the cost.
* Long documents are cut into windows (whole lines packed up to ``window_chars``), and Presidio
  analyses windows, never a whole 50 MB page, so memory and regex time stay bounded. A line
  longer than a window is cut at a space; each side of the cut is read with a few hundred
  characters of the line beyond it (``reach``), so that a number keeps the phone word before
  the cut and a number in groups that the cut splits is read whole by the window it starts in.
* The pre-scan is a few compiled regexes that find a deliberately permissive superset of what
  Presidio can report (an ``@``, a digit run long enough to be a phone number, a hex group with
  colons, a token prefix...). Presidio then sees only each candidate's line, plus the words
  before it that its context enhancer reads (``candidate_spans``), and what it finds outside
  those lines is discarded; without the pre-scan it sees every window. Entities never cross a
  line, so both paths report the same spans; a test on real pages checks that, and that a
  thinner margin would break it. ``PHONE_PUNCTUATION`` is checked against phonenumbers.
  Rows of page numbers ("Kurbeltrieb 220-232 233", ``page_list``) are kept from phonenumbers,
  which takes them for numbers of some region, and so from the pre-scan too: on extracted web
  pages such tables cost more than everything else together. Nor is a run of which every
  number would be dropped as bait without a phone word on its line (``doubtful_run``:
  coordinates, quantities, short references, PMIDs).
* Phone numbers come from phonenumbers (numbers that exist) and from their written format
  (``format_phones``: NANP, +CC, trunk-0 and grouped European shapes, and looser digit groups
  only next to a phone word), since a made-up or foreign number is personal data too.
* A phone span swallows the phone and SSN spans strictly inside it ("+81 158-23-2012" is one
  number, not an SSN after a prefix); the rest is resolved deterministically (higher score,
  then longer, then earlier), spans that would cut a word of a space-separated script in half
  are dropped, and the text is rewritten by presidio-anonymizer with one operator per entity.

One job per module:

=======================  =========================================================================
``entities``             entity names, actions, defaults, context words per language
``prescan``              the cheap candidate finder (``PreScan``)
``windows``              windows of whole lines and the candidate spans Presidio analyses
``bait``                 identifiers, ranges, dates, page lists: numbers that look like PII
``message_ids``          e-mail-shaped identifiers (iCalendar ``UID``, ``Message-ID``)
``phone_formats``        phone numbers by their written format, phone words
``country_code_phones``  international numbers written without "+", a hyphen after the code
``sibling_keys``         generic values that another key of their record names
``phone_echoes``         a found phone's other copies in the document
``sdp``                  session descriptions' phone field and their numbers that are no phones
``patterns``             regexes of the stage's own recognizers (e-mail, secrets)
``registry``             the Presidio recognizers per entity and language
``token_engine``         the regex tokenizer standing in for spaCy
``span_resolution``      overlaps, phones absorbing their pieces, spans that would cut a word
``word_chars``           word characters of space-separated scripts
``filter``               ``PiiFilter``, the stage
=======================  =========================================================================
"""

from filters.pii.entities import (
    ACTIONS,
    DEFAULT_ENTITIES,
    DEFAULT_HASH_SALT,
    DEFAULT_PHONE_REGIONS,
    NER_ENTITIES,
    PATTERN_ENTITIES,
    SUPPORTED_ENTITIES,
    Action,
    check_entities,
)
from filters.pii.filter import PiiFilter

__all__ = [
    "ACTIONS",
    "DEFAULT_ENTITIES",
    "DEFAULT_HASH_SALT",
    "DEFAULT_PHONE_REGIONS",
    "NER_ENTITIES",
    "PATTERN_ENTITIES",
    "SUPPORTED_ENTITIES",
    "Action",
    "PiiFilter",
    "check_entities",
]
