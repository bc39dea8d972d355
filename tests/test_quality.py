"""The quality stage: datatrove's rules with their exact reasons, per language, offline."""

from __future__ import annotations

import gzip
import html
import inspect
import json
import pickle
import re
import socket
from pathlib import Path

import numpy as np
import pytest
from datatrove.data import Document
from datatrove.pipeline.filters import (
    C4QualityFilter,
    FineWebQualityFilter,
    GopherQualityFilter,
    GopherRepetitionFilter,
)
from datatrove.pipeline.filters.gopher_repetition_filter import (
    find_all_duplicate,
    find_duplicates,
    find_top_duplicate,
    get_n_grams,
)
from datatrove.utils.text import PUNCTUATION_SET
from datatrove.utils.word_tokenizers import SpaCyTokenizer

from filters.ngram_repetition import (
    WordNgrams,
    _hash_groups,
    _repeated_positions,
    _SubstringHashes,
)
from filters.quality import (
    DEFAULTS,
    LexemeKeepingSpacyTokenizer,
    QualityFilter,
    _has_fewer_words,
    _rules,
    c4_signals,
    fails_any,
    first_failure,
    gopher_quality_signals,
    gopher_repetition_signals,
    load_tokenizer,
    rules_by_signal,
)
from pipelines.schema import count_words, new_doc

DATA = Path(__file__).parent / "data" / "quality"

# Rules that count words: none of them may drop running Japanese text.
WORD_COUNT_REASONS = {
    "gopher_quality:gopher_short_doc",
    "gopher_quality:gopher_below_avg_threshold",
    "gopher_quality:gopher_above_avg_threshold",
    "gopher_quality:gopher_enough_stop_words",
    "c4:too_few_sentences",
    "fineweb:list_ratio",
}


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to reach the network (a download of a list or model) fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="module")
def english_pages() -> list[str]:
    with gzip.open(DATA / "dolma_cc_en_head-0091.jsonl.gz", "rt", encoding="utf-8") as f:
        # the first 3,000 characters keep the test fast and still hold every kind of line
        return [json.loads(line)["text"][:3000] for line in f]


def strip_wikitext(text: str) -> str:
    """Crude wikitext → prose: enough to get Japanese running text out of the dump slice."""
    text = html.unescape(text)
    text = re.sub(r"<!--.*?-->|<ref[^>/]*/>|<ref[^>]*>.*?</ref>", "", text, flags=re.S)
    for _ in range(5):
        text = re.sub(r"\{\{[^{}]*\}\}", "", text)
    text = re.sub(r"\{\|.*?\|\}", "", text, flags=re.S)
    text = re.sub(r"\[\[(?:File|Image|ファイル|画像|Category|カテゴリ):[^\]]*\]\]", "", text)
    text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"'{2,}", "", text)
    text = re.sub(r"^=+\s*(.*?)\s*=+\s*$", r"\1", text, flags=re.M)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def doc(text: str, language: str = "en") -> dict:
    return new_doc(id="t", text=text, source="test", language=language)


def verdict_of(qf: QualityFilter, text: str, language: str = "en") -> str | None:
    return qf.keep(qf.annotate(doc(text, language))).reason


PROSE = (
    "The committee met on Tuesday to review the proposal that had been submitted by the city. "
    "Members agreed that the plan to renovate the old library would have to be revised. "
    "Several residents spoke in favour of keeping the reading room open during the works. "
    "A final decision on the budget will be taken with the council next month. "
    "The architect explained how the new roof would be insulated and ventilated. "
    "Funding from the regional office is expected to cover most of the costs of the project. "
    "Volunteers have offered to move the books to a temporary location in the school. "
)


def test_defaults_are_datatrove_defaults() -> None:
    """Thresholds shipped in config are datatrove's own (one deliberate, documented change)."""
    expected = {}
    for cls in (GopherQualityFilter, GopherRepetitionFilter, C4QualityFilter, FineWebQualityFilter):
        for name, param in inspect.signature(cls.__init__).parameters.items():
            if name in DEFAULTS:
                expected[name] = param.default
    expected["filter_no_terminal_punct"] = False  # FineWeb's recipe, see the module docstring
    assert set(expected) == set(DEFAULTS)
    assert expected == DEFAULTS


def test_parity_with_datatrove_chain_on_real_pages(english_pages: list[str]) -> None:
    """Same verdict, same reason, same rewritten text as datatrove's filters in FineWeb's order."""
    chain = [
        ("gopher_repetition", GopherRepetitionFilter()),
        ("gopher_quality", GopherQualityFilter()),
        ("c4", C4QualityFilter(filter_no_terminal_punct=False)),
        ("fineweb", FineWebQualityFilter()),
    ]
    extra = [PROSE * 3, PROSE + "\n" + PROSE.replace(". ", ".\n"), "lorem ipsum " + PROSE]
    ours = QualityFilter()
    kept = 0
    for text in english_pages + extra:
        reference = Document(text=text, id="x")
        expected = None
        for family, dt_filter in chain:
            result = dt_filter.filter(reference)
            if result is not True:
                expected = f"{family}:{result[1]}"
                break
        record = ours.annotate(doc(text))
        assert ours.keep(record).reason == expected
        if expected is None:
            kept += 1
            assert record["text"] == reference.text
    assert kept >= 3  # the comparison covers rewritten, kept text too


@pytest.mark.parametrize(
    ("switches", "text", "reason"),
    [
        ({"c4": False, "fineweb": False}, "the cat " * 200, "gopher_repetition:top_2_gram"),
        (
            {"c4": False, "fineweb": False},
            (PROSE + "\n\n") * 4,
            "gopher_repetition:dup_para_frac",
        ),
        (
            {"gopher_repetition": False, "c4": False, "fineweb": False},
            "A short note.",
            "gopher_quality:gopher_short_doc",
        ),
        (
            {"gopher_repetition": False, "c4": False, "fineweb": False},
            " ".join(f"w{i} ab cd" for i in range(60)),
            "gopher_quality:gopher_below_avg_threshold",
        ),
        (
            {"gopher_repetition": False, "c4": False, "fineweb": False},
            " ".join(f"Word{i} house garden river" for i in range(30)),
            "gopher_quality:gopher_enough_stop_words",
        ),
        (
            {"gopher": False, "fineweb": False},
            PROSE + "\nLorem ipsum dolor sit amet.",
            "c4:lorem_ipsum",
        ),
        (
            {"gopher": False, "fineweb": False},
            PROSE + "\nUse {braces} in code.",
            "c4:curly_bracket",
        ),
        ({"gopher": False, "fineweb": False}, "One sentence only here.", "c4:too_few_sentences"),
        (
            {"gopher": False, "c4": False},
            "\n".join(f"menu entry number {i} of the site navigation" for i in range(20)),
            "fineweb:line_punct_ratio",
        ),
        (
            {"gopher": False, "c4": False},
            PROSE + "\n" + "\n".join(f"Item {i}." for i in range(40)),
            "fineweb:short_line_ratio",
        ),
    ],
)
def test_each_family_rejects_with_the_exact_rule(switches: dict, text: str, reason: str) -> None:
    assert verdict_of(QualityFilter(**switches), text) == reason


def test_real_good_text_is_kept() -> None:
    text = "\n".join([PROSE, PROSE.replace("committee", "board"), PROSE.replace("city", "town")])
    text = text.replace("Volunteers", "Students").replace("Tuesday", "Friday")
    qf = QualityFilter(gopher_repetition=False)
    assert verdict_of(qf, text) is None


def test_c4_rewrites_text_and_refreshes_sizes() -> None:
    lines = [
        "The museum opened a new wing for modern art last spring.[1]",
        "Please enable JavaScript to view the comments on this page.",
        "Home",
        "This site uses cookies to improve your experience.",
        *PROSE.replace(". ", ".\n").splitlines(),
    ]
    record = doc("\n".join(lines))
    before_words = record["n_words"]
    qf = QualityFilter(gopher=False, fineweb=False)
    qf.annotate(record)
    assert qf.keep(record).keep
    text = record["text"]
    assert "JavaScript" not in text and "cookies" not in text and "\nHome\n" not in text
    assert text.startswith("The museum opened a new wing for modern art last spring.\n")  # [1] gone
    assert record["n_words"] == count_words(text) < before_words
    assert record["n_bytes"] == len(text.encode("utf-8"))
    assert 0 < record["quality_signals"]["c4.lines_kept_frac"] < 1


def test_annotate_mode_records_every_family_signal() -> None:
    """A document failing the first rule still gets all signals when not short-circuiting."""
    qf = QualityFilter(short_circuit=False)
    record = qf.annotate(doc("the cat " * 200))
    signals = record["quality_signals"]
    assert qf.keep(record).reason == "gopher_repetition:top_2_gram"
    for key in (
        "gopher_repetition.dup_line_frac",
        "gopher_repetition.top_2_gram_char_frac",
        "gopher_repetition.dup_10_gram_char_frac",
        "gopher_quality.n_non_symbol_words",
        "gopher_quality.mean_word_length",
        "gopher_quality.stop_words",
        "gopher_quality.alpha_words_ratio",
        "c4.n_sentences",
        "c4.curly_bracket",
        "fineweb.line_punct_ratio",
        "fineweb.list_ratio",
    ):
        assert isinstance(signals[key], float), key
    assert signals["gopher_quality.n_non_symbol_words"] == 400.0
    assert signals["gopher_quality.mean_word_length"] == 3.0


def test_short_circuit_stops_at_the_first_failing_rule() -> None:
    qf = QualityFilter(short_circuit=True)
    record = qf.annotate(doc("the cat " * 200))
    assert qf.keep(record).reason == "gopher_repetition:top_2_gram"
    assert not any(key.startswith(("gopher_quality.", "c4.")) for key in record["quality_signals"])


def test_stored_signals_can_be_judged_with_other_thresholds() -> None:
    """Tuning without recomputation: another configuration's keep() reads the same signals."""
    record = QualityFilter(short_circuit=False).annotate(doc("\n".join([PROSE] * 1)))
    stricter = QualityFilter(min_doc_words=1000)
    verdict = stricter.keep(record)
    assert verdict.reason == "gopher_quality:gopher_short_doc"
    assert verdict.score == record["quality_signals"]["gopher_quality.n_non_symbol_words"]


def test_german_text_is_kept_where_english_stop_words_would_drop_it() -> None:
    sentences = (DATA / "lingua-de.txt").read_text(encoding="utf-8").splitlines()
    pages = ["\n".join(sentences[i : i + 30]) for i in range(0, 300, 30)]
    qf = QualityFilter(gopher_repetition=False, c4=False, fineweb=False)
    english_only = GopherQualityFilter()
    for page in pages:
        record = qf.annotate(doc(page, "de"))
        assert qf.keep(record).keep, qf.keep(record)
        assert record["quality_signals"]["gopher_quality.stop_words"] >= 2
    dropped = [english_only.filter(Document(text=p, id="x")) for p in pages]
    assert sum(r is not True and r[1] == "gopher_enough_stop_words" for r in dropped) >= 8


def test_stop_word_rule_is_off_for_languages_without_a_list() -> None:
    record = QualityFilter().annotate(doc(PROSE, "sw"))
    assert "gopher_quality.stop_words" not in record["quality_signals"]


def test_japanese_wiki_text_is_not_rejected_by_word_count_rules() -> None:
    with open(DATA / "jawiki-slice.jsonl", encoding="utf-8") as f:
        pages = [json.loads(line) for line in f]
    titles = [page["title"] for page in pages]
    texts = [strip_wikitext(page["wikitext"]) for page in pages]
    qf = QualityFilter(short_circuit=False)
    reasons = []
    for text in texts:
        record = qf.annotate(doc(text, "ja"))
        reasons.append(qf.keep(record).reason)
        signals = record["quality_signals"]
        # Words are Sudachi tokens (~2 characters), not whitespace-separated runs of sentences...
        assert 1 < signals["gopher_quality.mean_word_length"] < 3
        # ...and C4's per-line word rules count those tokens, so prose lines survive.
        if signals["c4.n_sentences"] >= DEFAULTS["min_num_sentences"]:
            assert signals["c4.chars_kept_frac"] > 0.6
    assert not WORD_COUNT_REASONS.intersection(reasons), reasons
    assert reasons.count(None) >= 4, reasons
    # the one list page of the slice (a long table of country names) is still caught
    assert reasons[titles.index("国の一覧")] == "gopher_repetition:dup_line_frac"


def test_tokenizers_are_datatrove_defaults_and_offline() -> None:
    """zh gets jieba (datatrove's own lookup returns a whitespace tokenizer for "zh")."""
    zh = load_tokenizer("zh").word_tokenize("我们在北京学习中文。今天天气很好。")
    assert "北京" in zh and len(zh) >= 8
    # no offline tokenizer (pyvi is not installed): spaCy's multilingual fallback, no crash
    assert load_tokenizer("vi").word_tokenize("Xin chào thế giới.") == [
        "Xin",
        "chào",
        "thế",
        "giới",
        ".",
    ]


def _real_texts(language: str, english_pages: list[str]) -> list[str]:
    if language == "en":
        return english_pages
    if language == "de":
        return [(DATA / "lingua-de.txt").read_text(encoding="utf-8")]
    return [(Path(__file__).parent / "data" / "langid" / f"{language}.txt").read_text("utf-8")]


# white space of every kind spaCy treats as a token boundary, and datatrove's IS_ALPHA guard
ODD_SPACING = "Two  spaces,\ttab\n\nnew\u00a0lines \u2003em — end.  Price: $4.50!! (see U.S.)\r\n"
# punctuation after a sentence's end stays in that sentence (spaCy's sentencizer reads is_punct)
QUOTED_ENDS = 'He said "stop." Then he left (for good.) And then? "Nothing!" She laughed.'


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "ru", "ar", "zh"])
def test_lexeme_keeping_tokenizer_matches_datatrove(
    language: str, english_pages: list[str]
) -> None:
    """Same words, sentences and sentence spans as datatrove's SpaCyTokenizer on real text."""
    ours = load_tokenizer(language)
    assert isinstance(ours, LexemeKeepingSpacyTokenizer)
    reference = SpaCyTokenizer(language)
    texts = [*_real_texts(language, english_pages), ODD_SPACING, QUOTED_ENDS]
    for text in texts:
        assert ours.word_tokenize(text) == reference.word_tokenize(text)
        assert ours.sent_tokenize(text) == reference.sent_tokenize(text)
        for line in text.splitlines()[:200]:
            assert ours.span_tokenize(line) == reference.span_tokenize(line)


def test_words_leave_spacy_vocabulary_as_loaded() -> None:
    """The chunk cache's misses are tokenised in a memory zone: no lexeme stays behind."""
    tok = LexemeKeepingSpacyTokenizer("en")
    tok.word_tokenize("warm up")
    held = len(list(tok._nlp.vocab))  # the lexemes spaCy holds (len() counts freed ones too)
    words = [f"w{i}x" for i in range(3_000)]
    assert tok.word_tokenize(" ".join(words)) == words
    assert tok.n_sentences(" ".join(f"{w}." for w in words)) == 3_000
    assert len(list(tok._nlp.vocab)) < held + 10
    assert tok.n_lexemes == 0


def test_whole_text_calls_keep_lexemes_up_to_a_bound() -> None:
    """Lexemes of whole-text calls survive between calls (the speed-up) until ``max_lexemes``,
    then the pipeline starts over."""
    tok = LexemeKeepingSpacyTokenizer("en", max_lexemes=5_000)
    tok.sent_tokenize("warm up")
    first = tok._nlp
    words = " ".join(f"w{i}x" for i in range(3_000))
    assert tok.sent_tokenize(words) == [words]
    assert tok.n_lexemes >= 3_000  # kept after the call
    tok.sent_tokenize(words)
    assert tok.n_lexemes < 3_100  # the same words again add nothing
    tok.sent_tokenize(" ".join(f"v{i}y" for i in range(3_000)))
    tok.sent_tokenize("after the limit")  # over 5,000: a fresh pipeline serves this call
    assert tok._nlp is not first
    assert tok.n_lexemes < 100


def _datatrove_ngram_figures(words: list[str], ns: range) -> list[tuple[int | None, int]]:
    return [
        (
            find_top_duplicate(get_n_grams(words, n)) if len(words) >= n else None,
            find_all_duplicate(words, n),
        )
        for n in ns
    ]


def _our_ngram_figures(words: list[str], ns: range) -> list[tuple[int | None, int]]:
    grams = WordNgrams(words)
    return [(grams.top_duplicate_chars(n), grams.all_duplicate_chars(n)) for n in ns]


def test_ngram_figures_equal_datatrove_on_real_pages(english_pages: list[str]) -> None:
    tokenizer = load_tokenizer("en")
    nav = "Home | About us | Contact\nSign in to comment\n"  # page furniture that repeats
    texts = [*english_pages, (DATA / "lingua-de.txt").read_text("utf-8"), nav * 40 + PROSE]
    for text in texts:
        words = tokenizer.word_tokenize(text)
        assert _our_ngram_figures(words, range(1, 11)) == _datatrove_ngram_figures(
            words, range(1, 11)
        )


def _thue_morse(length: int) -> str:
    word = "a"
    while len(word) < length:
        word += word.translate(str.maketrans("ab", "ba"))
    return word


def test_ngram_figures_stay_exact_when_hashes_collide() -> None:
    """A Thue-Morse word and its complement (2,048 chars) have the same 64-bit polynomial hash:
    the figures must still be datatrove's, not those of the merged hash groups."""
    tm = _thue_morse(2048)
    bar = tm.translate(str.maketrans("ab", "ba"))
    hashes = _SubstringHashes(tm + bar)
    assert (
        hashes(np.array([0]), np.array([2048]))[0] == hashes(np.array([2048]), np.array([4096]))[0]
    )
    cases = [
        [tm, bar, "x", tm, "y", bar, bar, "z"],
        [bar, tm, tm, "q"],  # top 1-gram: the hash group {bar, tm x2} wins, its strings differ
        ["ab", "c", "a", "bc", "ab", "c", "d"],  # n-grams equal once joined without spaces
        ["", "\x00", "", "\x00", "a"],
        [],
        ["only"],
    ]
    for words in cases:
        assert _our_ngram_figures(words, range(1, 6)) == _datatrove_ngram_figures(
            words, range(1, 6)
        )


def test_hash_groups_are_np_unique_first_index_and_counts() -> None:
    rng = np.random.default_rng(0)
    arrays = [np.array([7], dtype=np.uint64), np.zeros(5, dtype=np.uint64)]
    for size in (2, 3, 50, 1500):
        hashes = rng.integers(0, 2**64, size, dtype=np.uint64)
        hashes[rng.integers(0, size, size // 2)] = hashes[rng.integers(0, size, size // 2)]
        arrays.append(hashes)
    for hashes in arrays:
        _, first, counts = np.unique(hashes, return_index=True, return_counts=True)
        got_first, got_counts = _hash_groups(hashes)
        assert got_first.tolist() == first.tolist() and got_counts.tolist() == counts.tolist()


def test_pickles_cheaply_before_setup_and_after_use() -> None:
    qf = QualityFilter(min_doc_words=20)
    assert len(pickle.dumps(qf)) < 20_000
    qf.setup()
    qf.annotate(doc(PROSE))
    clone = pickle.loads(pickle.dumps(qf))
    assert clone.params["min_doc_words"] == 20
    assert (
        clone.keep(clone.annotate(doc("the cat " * 200))).reason
        == qf.keep(qf.annotate(doc("the cat " * 200))).reason
    )


def test_unknown_threshold_keys_are_refused() -> None:
    with pytest.raises(TypeError, match="min_doc_wrds"):
        QualityFilter(min_doc_wrds=3)
    with pytest.raises(TypeError, match="language_overrides"):
        QualityFilter(language_overrides={"ja": {"min_avg_wordlen": 1}})


def test_configured_lists_and_overrides_merge_over_the_built_in_ones() -> None:
    qf = QualityFilter(
        stop_words={"sw": ["na", "ya"], "en": []},
        language_overrides={"ja": {"min_doc_words": 10}},
        short_circuit=False,
    )
    assert "gopher_quality.stop_words" not in qf.annotate(doc(PROSE, "en"))["quality_signals"]
    swahili = qf.annotate(doc("Watoto na wazazi wa kijiji ya zamani " * 10, "sw"))
    assert swahili["quality_signals"]["gopher_quality.stop_words"] == 2.0
    ja_params, _ = qf.language_rules("ja")
    assert ja_params["min_doc_words"] == 10 and ja_params["min_avg_word_length"] is None


def test_script_subtag_uses_its_base_languages_list_tokenizer_and_overrides() -> None:
    """langid reports ``sr-Latn``/``sr-Cyrl``: both are Serbian to the quality rules."""
    serbian = ["je", "i", "u", "da", "se", "na"]
    qf = QualityFilter(
        stop_words={"sr": serbian},
        language_overrides={"sr": {"min_doc_words": 7}},
        gopher_repetition=False,
        c4=False,
        fineweb=False,
    )
    latin = qf.annotate(doc("Beograd je glavni grad i najveći grad u Srbiji.", "sr-Latn"))
    assert latin["quality_signals"]["gopher_quality.stop_words"] == 3
    assert qf.language_rules("sr-Latn")[0]["min_doc_words"] == 7
    assert qf.tokenizer("sr-Latn") is qf.tokenizer("sr")
    own = QualityFilter(stop_words={"sr": serbian, "sr-Latn": []})
    assert own.stop_words_of("sr-Latn") == frozenset()


def test_short_circuit_test_is_first_failure_s_verdict() -> None:
    """``fails_any`` (the per-group test) fails exactly where ``first_failure`` finds a rule,
    for every rule of every family, just above, at and below its threshold, alone or together."""
    params = dict(DEFAULTS)
    rules = _rules(params)
    by_signal = rules_by_signal(rules)
    values = [0.0, 0.01, 0.1, 0.12, 0.2, 0.3, 0.67, 0.9, 1.0, 2.0, 3.0, 5.0, 10.0, 50.0, 1e6]
    cases = [{rule.signal: v} for rule in rules for v in values]
    cases += [{a.signal: 0.0, b.signal: 1e6} for a in rules for b in rules]
    cases.append({"no.such_signal": 1.0})
    for signals in cases:
        assert fails_any(signals, by_signal, params) == (
            not first_failure(signals, rules, params).keep
        )
    off = {**params, "dup_para_frac": None, "min_doc_words": 0}
    for signals in cases:
        assert fails_any(signals, rules_by_signal(_rules(off)), off) == (
            not first_failure(signals, _rules(off), off).keep
        )


def test_gopher_quality_word_tests_are_datatrove_s_on_odd_words() -> None:
    """The all-letters shortcut gives datatrove's symbol and alphabetic tests: no letter is in
    its punctuation set, and words mixing letters, digits, marks and symbols count alike."""
    assert not any(c.isalpha() for c in PUNCTUATION_SET)
    words = ["word", "", "...", "#", "a.b", "--x", "12", "١٢", "ǅ", "é", "e\u0301", "€", "™"]
    words += ["Straße", "日本", "C++", "«»", "x²", "🙂", "_", "a_b", "ⅷ", "…"]
    signals = gopher_quality_signals(" ".join(words), words, frozenset({"word"}))
    non_symbol = [w for w in words if any(ch not in PUNCTUATION_SET for ch in w)]
    assert signals["gopher_quality.n_non_symbol_words"] == len(non_symbol)
    assert signals["gopher_quality.mean_word_length"] == float(
        np.mean([len(w) for w in non_symbol])
    )
    alpha = sum(any(c.isalpha() for c in w) for w in words)
    assert signals["gopher_quality.alpha_words_ratio"] == alpha / len(words)


def test_repeated_positions_are_those_of_hashes_that_occur_twice() -> None:
    rng = np.random.default_rng(7)
    for size in [0, 1, 2, 3, 50, 400]:
        for _ in range(20):
            hashes = rng.integers(0, max(size // 3, 1) + 1, size=size).astype(np.uint64)
            _, inverse, sizes = np.unique(hashes, return_inverse=True, return_counts=True)
            assert (
                _repeated_positions(hashes).tolist() == np.flatnonzero(sizes[inverse] > 1).tolist()
            )


def test_fineweb_word_count_of_c4_s_rewrite_comes_from_its_lines(english_pages: list[str]) -> None:
    """FineWeb's word count of C4's rewritten text is the original's less the dropped lines'
    (and with citation-changed lines recounted): equal to counting the rewritten text, with
    every kind of line break and special cases beside them, and the rewrite itself is never
    tokenised whole."""
    lines = [
        PROSE,
        "Home | About",  # dropped: too few words
        "Read the terms of use before you start.",  # dropped: policy
        "The study [1] found that e.g. cats [edit] sleep a lot [citation needed] daily.",
        "Enable javascript to see this page right now.",  # dropped: javascript
        "Mr. Smith met Dr. Jones at 10 a.m. on the 3rd.",
        "A line with IS_[2]ALPHA in it, split by a citation.",
        "Another line that C4 keeps without any change at all.",
    ]
    plain = [line for line in lines if "IS_" not in line]
    texts = [*english_pages, "\n".join(lines)]
    for sep in ["\n", "\r\n", "\x85", "\u2028", "\x0c", "\n\n", " \n ", "\x1c", "\r"]:
        texts.append(sep.join(plain))
        texts.append(sep.join(reversed(plain)))
    ours, counted = QualityFilter(short_circuit=False), QualityFilter(short_circuit=False)
    tokenizer = ours.tokenizer("en")
    counted.tokenizer("en").words_follow_lines = lambda: False  # type: ignore[method-assign]
    asked: list[str] = []
    count = tokenizer.n_words

    def spy(text: str) -> int:
        asked.append(text)
        return count(text)

    tokenizer.n_words = spy  # type: ignore[method-assign]
    rewritten = 0
    for text in texts:
        a, b = ours.annotate(doc(text)), counted.annotate(doc(text))
        assert a["text"] == b["text"]
        assert a["quality_signals"] == b["quality_signals"], text[:200]
        if a["text"] != text and "IS_ALPHA" not in a["text"]:
            assert a["text"] not in asked
            rewritten += 1
    assert rewritten >= 20


def test_paragraph_and_line_repetition_equal_datatrove_s_splits() -> None:
    """Texts without a blank line skip the regex splits: the paragraph and line figures must be
    datatrove's for them and for texts with blank lines, leading and trailing line breaks."""
    params = {**DEFAULTS, "top_n_grams": (), "dup_n_grams": ()}
    line = "A line that repeats."
    texts = [
        f"{line}\n{line}\nOther.",
        f"\n{line}\n{line}\n",
        f"{line}\n\n{line}\n\n\nOther.\n",
        f"\n\n{line}\r\n{line}\n \n{line}",
        "\n",
        "\n\n\n",
        " ",
        line,
    ]
    for text in texts:
        paragraphs = re.split(r"\n{2,}", text.strip())
        lines = re.split("\n+", text)
        (para_dups, para_chars), (line_dups, line_chars) = map(find_duplicates, (paragraphs, lines))
        signals = gopher_repetition_signals(text, text.split(), params, lambda _: False)
        assert signals == {
            "gopher_repetition.empty": 0.0,
            "gopher_repetition.dup_para_frac": para_dups / len(paragraphs),
            "gopher_repetition.dup_para_char_frac": para_chars / len(text),
            "gopher_repetition.dup_line_frac": line_dups / len(lines),
            "gopher_repetition.dup_line_char_frac": line_chars / len(text),
        }, repr(text)


def test_c4_line_tests_equal_datatrove_s_with_their_shortcuts() -> None:
    """C4's word tests look at a line's length before splitting it and split off only the first
    few words; citations are only searched for after a "[": the kept text must be datatrove's
    for lines with long words, long lines of short words, citations and few words, under other
    max_word_length and min_words_per_line settings too."""
    tokenizer = load_tokenizer("en")
    lines = [
        "A plain sentence with enough words in it.",
        "Two words.",
        "One.",
        "   ",
        "x" * 30 + " then a long word before this.",
        "A line with a citation[12] and more words.",
        "Cited [edit] [citation needed] here too, fine.",
        "Brackets [not a citation] stay in this line.",
        ("short words only " * 80).strip() + ".",
        "word " * 3 + "z" * 1001 + " end.",
    ]
    text = "\n".join(lines)
    for max_word_length, min_words in [(1000, 3), (5, 3), (-1, 1), (20, 0), (1000, -1), (40, 4)]:
        reference = Document(text=text, id="x")
        C4QualityFilter(
            max_word_length=max_word_length,
            min_words_per_line=min_words,
            min_num_sentences=-1,
            filter_no_terminal_punct=True,
        ).filter(reference)
        params = {
            **DEFAULTS,
            "max_word_length": max_word_length,
            "min_words_per_line": min_words,
            "min_num_sentences": -1,
            "filter_no_terminal_punct": True,
        }
        ours = c4_signals(text, params, tokenizer, unspaced=False, short_circuit=True)
        assert ours.text == reference.text, (max_word_length, min_words)
    for line in lines + ["", "a", "a b", " a  b\tc d "]:
        for minimum in (-1, 0, 1, 2, 3, 4, 3.0, 2.5):
            assert _has_fewer_words(line, minimum) == (len(line.split()) < minimum)
