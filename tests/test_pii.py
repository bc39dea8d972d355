"""The PII stage: what it finds, what it must leave alone, and that the pre-scan changes nothing."""

from __future__ import annotations

import json
import logging
import pickle
import re
import socket
import subprocess
import sys

import pytest

from filters.pii import PiiFilter, check_entities, registry, windows
from filters.pii.phone_formats import PHONE_PUNCTUATION
from filters.pii.prescan import PreScan
from filters.pii.span_resolution import absorb_into_phones, resolve_overlaps
from filters.pii.windows import iter_windows
from tests.conftest import TEST_DATA
from tests.pii_stage import ALL_ENTITIES

DATA = TEST_DATA / "pii"


def _doc(text: str, language: str = "en", doc_id: str = "d") -> dict:
    return {"id": doc_id, "text": text, "language": language, "n_words": 0, "n_bytes": 0}


def _found(stage: PiiFilter, text: str, language: str = "en") -> list[tuple[str, str]]:
    spans = stage.find_spans([_doc(text, language)])[0]
    return [(entity, text[start:end]) for start, end, entity, _ in spans]


def test_unknown_entity_and_ner_without_model_are_errors() -> None:
    with pytest.raises(ValueError, match="unknown PII entities"):
        check_entities(["EMAIL_ADDRESS", "EMAIL"])
    with pytest.raises(ValueError, match="unknown PII entities"):
        PiiFilter(actions={"PHONE": "mask"})
    with pytest.raises(ValueError, match="unknown PII actions"):
        PiiFilter(actions={"US_SSN": "erase"})
    with pytest.raises(ValueError, match="need an NER model"):
        PiiFilter(entities=["PERSON"])


def test_missing_spacy_model_is_a_clear_error_not_a_download() -> None:
    doc_filter = PiiFilter(entities=["PERSON"], nlp_model="xx_no_such_model_installed")
    with pytest.raises(RuntimeError, match="not installed"):
        doc_filter.setup()


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Mail john.doe@example.com today", "EMAIL_ADDRESS", "john.doe@example.com"),
        ("Call +44 20 7946 0958 now", "PHONE_NUMBER", "+44 20 7946 0958"),
        ("Ruf an: 089 72 63 41 56", "PHONE_NUMBER", "089 72 63 41 56"),
        ("Appelez le 01 42 68 53 00 svp", "PHONE_NUMBER", "01 42 68 53 00"),
        ("Tokyo office +81 3-1234-5678", "PHONE_NUMBER", "+81 3-1234-5678"),
        ("US desk (212) 555-0187 ok", "PHONE_NUMBER", "(212) 555-0187"),
        ("from 203.0.113.42 at noon", "IP_ADDRESS", "203.0.113.42"),
        ("from 2001:db8:85a3::8a2e:370:7334 ok", "IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
        ("card 4111 1111 1111 1111 exp", "CREDIT_CARD", "4111 1111 1111 1111"),
        ("IBAN DE89 3704 0044 0532 0130 00 bitte", "IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
        ("iban gb82west12345698765432 ok", "IBAN_CODE", "gb82west12345698765432"),
        ("SSN 219-09-9999 on file", "US_SSN", "219-09-9999"),
        ("clone https://bob:hunter2@git.example.com/r.git", "URL_CREDENTIALS", "bob:hunter2"),
        ("key AKIAIOSFODNN7EXAMPLE here", "API_KEY", "AKIAIOSFODNN7EXAMPLE"),
        ("token ghp_" + "A1b2" * 9 + " x", "API_KEY", "ghp_" + "A1b2" * 9),
        ("slack xoxb-1234567890-abcdefghij ok", "API_KEY", "xoxb-1234567890-abcdefghij"),
        ("maps AIza" + "Sy" * 17 + "Q end", "API_KEY", "AIza" + "Sy" * 17 + "Q"),
        (
            "auth eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcdefghijKLMNOP ok",
            "API_KEY",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcdefghijKLMNOP",
        ),
    ],
)
def test_detects_each_entity(stage: PiiFilter, text: str, entity: str, value: str) -> None:
    assert (entity, value) in _found(stage, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Faker-made numbers whose area codes do not exist: phonenumbers rejects them all
        ("reach me at 166-684-7899 today", "166-684-7899"),
        ("x\n(790)091-7442-Fax", "(790)091-7442"),
        ("mobile 001-748-088-2851x818", "001-748-088-2851x818"),
        ("+1-743-438-6774x62406 fax", "+1-743-438-6774x62406"),
        ("answering at (88) 684-334", "(88) 684-334"),
        ("desk 06-10446904-Office", "06-10446904"),
        ("Phone: 25-62-29-72", "25-62-29-72"),
        ("ligne 02.27.96.63.08", "02.27.96.63.08"),
        ("You can call 785 8949", "785 8949"),
        ("Phone: 92 34 70", "92 34 70"),
        ("21 232 945 1338 office", "21 232 945 1338"),
    ],
)
def test_phone_formatted_numbers_are_phones(stage: PiiFilter, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "room 481 7531 was booked",  # a loose group with no phone word
        "call a taxi to 14 3684 Court Street",  # six digits in two groups: an address
        "Einwohner: 12.345.678 (2020)",  # thousands
        "served 1990-1994-1998 terms",  # years
        "Posted 11/02/2006 - 8:15 PM",  # a date and a time
        "see http://perseus.tufts.edu/hopper/text?doc=Perseus:text:1999.04.0062:entry=x",
        "Houghton Typ 520.03.736 - Margarita",  # a shelfmark
    ],
)
def test_phone_shaped_bait_is_left_alone(stage: PiiFilter, text: str) -> None:
    assert _found(stage, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the tail after the country prefix fits the SSN pattern (ddd-dd-dddd)
        ("Osaka branch +81 158-23-2012", "+81 158-23-2012"),
        ("Tokyo office +81 3 158-23-2012", "+81 3 158-23-2012"),
        ("Zentrale: +49 (0) 301-23-4567", "+49 (0) 301-23-4567"),
        ("Kontakt: +49 170-12-3456", "+49 170-12-3456"),
        ("UK line +44 207-55-0123", "+44 207-55-0123"),
        ("+44 161-49-6011 (Manchester)", "+44 161-49-6011"),
        ("Ring 0044 207-55-0123 today", "0044 207-55-0123"),
        # phonenumbers reports the national part alone: the prefix must not be left behind
        ("Tel: +49 158-23-2012", "+49 158-23-2012"),
        ("Phone +1 432-55-1234 ok", "+1 432-55-1234"),
    ],
)
def test_prefixed_number_is_one_phone_not_an_ssn(stage: PiiFilter, text: str, value: str) -> None:
    assert _found(stage, text) == [("PHONE_NUMBER", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SSN 219-09-9999 on file", [("US_SSN", "219-09-9999")]),
        ("social security number: 536-22-8726", [("US_SSN", "536-22-8726")]),
        ("her SSN is 432-55-1234.", [("US_SSN", "432-55-1234")]),
        (
            "SSN 536-22-8726, phone +44 20 7946 0958",
            [("US_SSN", "536-22-8726"), ("PHONE_NUMBER", "+44 20 7946 0958")],
        ),
    ],
)
def test_ssn_beside_or_without_a_phone_stays_an_ssn(
    stage: PiiFilter, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(stage, text) == expected


def test_phone_absorbs_only_spans_strictly_inside_it() -> None:
    text = "+81 158-23-2012 ssn 536-22-8726 card 4111111111111111 x 4111111111"
    spans = [
        (0, 15, "PHONE_NUMBER", 0.45),  # "+81 158-23-2012"
        (4, 15, "US_SSN", 0.5),  # inside: absorbed, its score kept
        (4, 15, "PHONE_NUMBER", 0.75),  # inside: absorbed
        (20, 31, "US_SSN", 0.85),  # same extent as the next phone: left to the score contest
        (20, 31, "PHONE_NUMBER", 0.45),
        (40, 60, "CREDIT_CARD", 1.0),  # not a piece of a phone
        (42, 52, "PHONE_NUMBER", 0.4),
    ]
    assert absorb_into_phones(spans, text) == [
        (0, 15, "PHONE_NUMBER", 0.75),
        (20, 31, "PHONE_NUMBER", 0.45),
        (20, 31, "US_SSN", 0.85),
        (40, 60, "CREDIT_CARD", 1.0),
        (42, 52, "PHONE_NUMBER", 0.4),
    ]
    assert resolve_overlaps(spans, text) == [
        (0, 15, "PHONE_NUMBER", 0.75),
        (20, 31, "US_SSN", 0.85),
        (40, 60, "CREDIT_CARD", 1.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112 exp",  # Luhn fails
        "IBAN DE89 3704 0044 0532 0130 01 bitte",  # checksum fails
        "mail someone@localhost.invalidtld today",  # no public suffix
    ],
)
def test_checksums_and_suffixes_reject_lookalikes(stage: PiiFilter, text: str) -> None:
    assert _found(stage, text) == []


def test_private_key_block_is_removed_whole(stage: PiiFilter) -> None:
    body = "\n".join(["MIIEpAIBAAKCAQEA" + "x" * 48] * 30)
    text = f"config:\n-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----\nend"
    doc = stage.annotate(_doc(text))
    assert doc["text"] == "config:\n<PRIVATE_KEY>\nend"
    assert doc["pii"] == {"PRIVATE_KEY": 1}


def test_email_in_japanese_text_keeps_the_japanese(stage: PiiFilter) -> None:
    text = "お問い合わせはtaro.yamada@example.co.jpまたは電話03-1234-5678まで。"
    doc = stage.annotate(_doc(text, language="ja"))
    assert doc["text"] == "お問い合わせは<EMAIL_ADDRESS>または電話<PHONE_NUMBER>まで。"
    assert doc["pii"] == {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}


def test_context_words_per_language_raise_weak_matches(stage: PiiFilter) -> None:
    # a bare 9-digit number is a very weak SSN pattern; "ssn" right before it is the evidence
    assert ("US_SSN", "219099999") in _found(stage, "ssn 219099999")
    assert _found(stage, "order 219099999") == []
    # German context word for a card number lifts nothing that fails Luhn, but counts for the IBAN
    german = _found(stage, "Kontonummer und IBAN: DE89370400440532013000", language="de")
    assert german == [("IBAN_CODE", "DE89370400440532013000")]


def test_actions_counts_and_sizes() -> None:
    doc_filter = PiiFilter(
        actions={"EMAIL_ADDRESS": "hash", "PHONE_NUMBER": "mask", "IP_ADDRESS": "drop_document"},
        max_hits=2,
        hash_salt="a-salt-of-sixteen-chars",
    )
    text = "a@example.com wrote to b@example.com; a@example.com calls +44 20 7946 0958."
    doc = doc_filter.annotate(_doc(text))
    tokens = re.findall(r"<EMAIL_ADDRESS:[0-9a-f]{16}>", doc["text"])
    assert len(tokens) == 3 and tokens[0] == tokens[2] != tokens[1]
    assert "*" * len("+44 20 7946 0958") in doc["text"]
    assert doc["pii"] == {"EMAIL_ADDRESS": 3, "PHONE_NUMBER": 1}
    assert doc["n_bytes"] == len(doc["text"].encode()) and doc["n_words"] == len(
        doc["text"].split()
    )
    assert doc_filter.keep(doc).keep

    other_salt = PiiFilter(actions={"EMAIL_ADDRESS": "hash"}, hash_salt="another-salt-16-chars")
    assert other_salt.annotate(_doc(text))["text"] != doc["text"]

    flood = doc_filter.annotate(_doc("hosts 192.0.2.1, 192.0.2.2 and 192.0.2.3 are down"))
    verdict = doc_filter.keep(flood)
    assert (verdict.keep, verdict.reason, verdict.score) == (False, "too_many_pii", 3.0)


def test_no_placeholder_cuts_a_word(stage: PiiFilter) -> None:
    for text in ["serialAKIAIOSFODNN7EXAMPLE", "x4111111111111111", "ref203.0.113.42z"]:
        assert _found(stage, text) == []


def test_wikipedia_bait_is_left_alone(stage: PiiFilter) -> None:
    """Real enwiki lines full of ISBNs, DOIs, dates, page ranges, prices, versions, coordinates."""
    lines = (DATA / "enwiki_bait.txt").read_text(encoding="utf-8").splitlines()
    docs = [_doc(line, doc_id=str(i)) for i, line in enumerate(lines)]
    flagged = [
        (lines[i], line_spans) for i, line_spans in enumerate(stage.find_spans(docs)) if line_spans
    ]
    assert flagged == []


def test_web_page_bait_is_neither_a_candidate_nor_found(plain_stage: PiiFilter) -> None:
    """Real lines of extracted web pages: rows of page numbers from a curriculum table, dates,
    results, prices, versions. The pre-scan sends none of them to Presidio, and Presidio on
    every window finds nothing in them either (page lists are not handed to phonenumbers)."""
    lines = (DATA / "web_bait.txt").read_text(encoding="utf-8").splitlines()
    prescan = PreScan()
    assert [line for line in lines if prescan.candidates(line, 0, len(line))] == []
    docs = [_doc(line, "de", str(i)) for i, line in enumerate(lines)]
    found = plain_stage.find_spans(docs)
    assert [(lines[i], spans) for i, spans in enumerate(found) if spans] == []


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Telefon 220-232 233", "PHONE_NUMBER", "220-232 233"),  # a page-list shape, phone word
        ("Phone: 125-140 153", "PHONE_NUMBER", "125-140 153"),
        ("Zentrale +49 30 12-15 199", "PHONE_NUMBER", "+49 30 12-15 199"),  # a "+" first
        ("Seiten 12-15 / (88) 684-334", "PHONE_NUMBER", "(88) 684-334"),  # a phone format
        ("Seiten 12-15 10.0.0.1", "IP_ADDRESS", "10.0.0.1"),  # dots
        ("Tel 912 345 678", "PHONE_NUMBER", "912 345 678"),
        ("S. 12-15 card 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111"),
        ("S. 12-15 SSN 219-09-9999", "US_SSN", "219-09-9999"),
        ("S. 12-15 IBAN DE89 3704 0044 0532 0130 00", "IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
        # a decimal, a thousands grouping or a short run is a phone with a phone word, a lead
        # or an extension; or an IP address
        ("Tel. 53.3683998", "PHONE_NUMBER", "53.3683998"),
        ("Zentrale +53.3683998", "PHONE_NUMBER", "+53.3683998"),
        ("Büro \uff0853.3683998", "PHONE_NUMBER", "\uff0853.3683998"),
        ("Büro 53.3683998 ext. 12", "PHONE_NUMBER", "53.3683998 ext. 12"),
        ("Büro 030.123.456 ext 7", "PHONE_NUMBER", "030.123.456 ext 7"),
        ("hosts allow = 10.0.0.1", "IP_ADDRESS", "10.0.0.1"),
        ("server 12.100.200.100", "IP_ADDRESS", "12.100.200.100"),
    ],
)
def test_real_entities_in_bait_shapes_stay_candidates(
    stage: PiiFilter, plain_stage: PiiFilter, text: str, entity: str, value: str
) -> None:
    """The pre-scan's page-list rule cannot drop a true hit written like a page list."""
    assert PreScan().candidates(text, 0, len(text)) != []
    assert (entity, value) in _found(stage, text)
    assert _found(stage, text) == _found(plain_stage, text)


def test_prescan_token_prefix_searches_are_the_prefixes() -> None:
    """The grouped searches find exactly the vendor token prefixes that _TOKEN_CANDIDATE_RE's
    alternatives start with, in a window as in a whole text."""
    import random

    from filters.pii.prescan import _TOKEN_PREFIX_RES

    prefixes = ("AKIA", "ASIA", "ABIA", "ACCA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_")
    prefixes += ("github_pat_", "xox", "AIza", "k_live_", "k_test_", "eyJ", "-----BEGIN")
    rng = random.Random(15)
    pieces = [*prefixes, *(p[:-1] for p in prefixes), *(p[1:] for p in prefixes), "A", "g", " "]
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 4)))
        start, end = sorted(rng.choices(range(len(text) + 1), k=2))
        want = any(text.find(p, start, end) >= 0 for p in prefixes)
        assert any(r.search(text, start, end) for r in _TOKEN_PREFIX_RES) == want, text


def test_prescan_token_memo_follows_the_text() -> None:
    """The pre-scan asks once per document whether a vendor token prefix occurs in it: the
    answer kept for one text must not be given for the next (same length or not), and a
    window of a text that holds one elsewhere still gives no token candidate."""
    prescan = PreScan()
    plain = "key AKIZQWERTYUIOPASDF and more words"
    token = "key AKIAQWERTYUIOPASDF and more words"
    assert len(plain) == len(token)
    for text, found in ((plain, []), (token, [(4, 8)]), (plain, []), (token, [(4, 8)])):
        assert prescan.candidates(text, 0, len(text)) == found
    assert prescan.candidates(token, 9, len(token)) == []


@pytest.mark.parametrize(
    "marker", [";ext=", " ext. ", " extn ", " доб ", " x", " ｘ", "#", " ＃", " int ", ", ext "]
)
def test_extension_markers_keep_a_decimal_a_candidate(
    stage: PiiFilter, plain_stage: PiiFilter, marker: str
) -> None:
    """phonenumbers' extension markers make "53.3683998" part of a longer number."""
    text = f"Büro 53.3683998{marker}12"
    assert PreScan().candidates(text, 0, len(text)) != []
    assert _found(stage, text) == _found(plain_stage, text)


def test_prescan_gives_identical_results_on_real_pages(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    rows = [json.loads(line) for line in (DATA / "real_pages.jsonl").open(encoding="utf-8")]
    # real pages hold little PII: plant some so that equality is not trivially "nothing == nothing"
    docs = [_doc(r["text"], r["language"], r["id"]) for r in rows]
    # each in its own window, so that a pre-scan missing one kind of candidate fails the test
    gap = "\n" + "plain words without any candidate " * 40 + "\n"
    planted = [
        "Tel. +49 30 1234567",
        "server 198.51.100.7",
        "IBAN DE89 3704 0044 0532 0130 00",
        # the context word is on the line before: the span must reach back for it
        "their social security number is\n219099999",
        "Posted 11/02/2006 - 555 0187 4",
        "or call 555 0187",
        # page-list shapes: a phone word, or a phone format inside the run, keeps the line
        "Telefon 220-232 233",
        "Seiten 12-15 / (88) 684-334",
        "Kurbeltrieb 220-232 233 X X FTO",
        # a decimal with an extension, and a short run that is an IP address, stay candidates
        "Büro 53.3683998 ext. 12",
        "hosts allow = 10.0.0.1",
    ]
    docs[0]["text"] += gap + gap.join(planted) + gap + "info@example.org"
    docs[7]["text"] += gap + "電話 03-1234-5678" + gap + "連絡先:sato@example.jp"
    calls = {"n": 0}
    original = stage._batch.analyze_iterator

    def counting(texts, **kwargs):
        texts = list(texts)
        calls["n"] += len(texts)
        return original(texts, **kwargs)

    stage._batch.analyze_iterator = counting
    try:
        with_prescan = stage.find_spans(docs)
    finally:
        stage._batch.analyze_iterator = original
    without = plain_stage.find_spans(docs)
    assert with_prescan == without
    assert sum(map(len, with_prescan)) >= 10
    windows = sum(1 for d in docs for _ in iter_windows(d["text"], stage.window_chars))
    assert calls["n"] < windows / 2  # the pre-scan really skipped most windows


def test_spans_without_context_margin_would_differ(
    stage: PiiFilter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The margin before a candidate's line is what keeps the identity above: without it, a
    context word on the previous line is lost (a line of more words than a label has, so that
    the document-level label pass does not read it)."""
    filler = "plain words without any candidate " * 4
    doc = _doc(filler + "\nFor the record, their social security number\n219099999\nend")
    assert stage.find_spans([doc])[0] != []
    monkeypatch.setattr(windows, "_CONTEXT_TOKENS", 1)
    monkeypatch.setattr(windows, "_CONTEXT_CHARS", 0)
    assert stage.find_spans([doc])[0] == []


def test_prescan_phone_separators_cover_phonenumbers() -> None:
    """The pre-scan is a superset only if its separators include every one phonenumbers uses."""
    from phonenumbers import phonenumberutil

    separators = re.compile(f"[{PHONE_PUNCTUATION}]")
    missing = [c for c in phonenumberutil._VALID_PUNCTUATION if not separators.match(c)]
    assert missing == []


def test_long_document_is_windowed_and_found_everywhere(stage: PiiFilter) -> None:
    filler = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20 + "\n") * 1500
    text = "first@example.com\n" + filler + "x" * 5000 + " last@example.com"
    windows = list(iter_windows(text, stage.window_chars))
    assert max(end - start for start, end in windows) <= stage.window_chars
    assert "".join(text[s:e] for s, e in windows) == text
    doc = stage.annotate(_doc(text))
    assert doc["pii"] == {"EMAIL_ADDRESS": 2}


def test_never_opens_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self, address):  # noqa: ANN001
        attempts.append(address)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(registry, "_TLD_EXTRACT", None)
    doc_filter = PiiFilter()
    doc_filter.setup()
    doc = doc_filter.annotate(_doc("write to someone@example.co.uk or anna@beispiel.de"))
    assert doc["pii"] == {"EMAIL_ADDRESS": 2}
    assert attempts == []


def test_pickles_cheaply_before_and_after_setup(stage: PiiFilter) -> None:
    assert len(pickle.dumps(PiiFilter())) < 2000
    clone = pickle.loads(pickle.dumps(stage))
    assert clone._analyzer is None
    assert clone.annotate(_doc("mail a@example.com"))["pii"] == {"EMAIL_ADDRESS": 1}


def test_setup_does_not_flood_the_log(caplog: pytest.LogCaptureFixture) -> None:
    """Presidio's one INFO line per recognizer would bury the run's progress lines."""
    with caplog.at_level(logging.INFO):
        PiiFilter(entities=ALL_ENTITIES).setup()
    assert not [r for r in caplog.records if r.name.startswith("presidio")]


def test_filters_import_no_pipelines_module() -> None:
    """Filters are Beam-free: the stages that rewrite text refresh the sizes through
    ``filters.doc_sizes``, not through ``pipelines.schema`` (which would import Beam's side)."""
    code = (
        "import sys, filters.pii, filters.quality; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pipelines', 'apache_beam')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
