"""A stand-in for spaCy: words and lower-cased 'lemmas' from one regex, all that Presidio's
context enhancer needs, in any language and with no model to load."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

TOKEN_RE = re.compile(r"\w+")


def _token_engine_class() -> type:
    from presidio_analyzer.nlp_engine import NlpArtifacts, NoOpNlpEngine

    class TokenNlpEngine(NoOpNlpEngine):
        """Words and lower-cased 'lemmas' from one regex: enough for Presidio's context words,
        in any language, at a fraction of spaCy's cost and with no model."""

        engine_name = "corpus_prep_tokens"

        def __init__(self, languages: list[str]):
            super().__init__(
                models=[{"lang_code": lang, "model_name": "regex"} for lang in languages]
            )
            self.load()

        def process_text(self, text: str, language: str) -> Any:
            # An empty last token at the end of the text: Presidio's context enhancer looks for
            # the first token that ends after a match's start and raises when none does (a
            # match with no word character after it, like a bare IPv6 "::" at the end of a page)
            words = [(m.group(), m.start()) for m in TOKEN_RE.finditer(text)] + [("", len(text))]
            return NlpArtifacts(
                entities=[],
                tokens=[w for w, _ in words],
                tokens_indices=[i for _, i in words],
                lemmas=[w.lower() for w, _ in words],
                nlp_engine=self,
                language=language,
            )

        def is_stopword(self, word: str, language: str) -> bool:
            return False

        def is_punct(self, word: str, language: str) -> bool:
            return False

        def process_batch(self, texts: Iterable[str], language: str, **_: Any) -> Iterator[Any]:
            for text in texts:
                yield text, self.process_text(str(text), language)

    return TokenNlpEngine


def token_nlp_engine(languages: list[str]) -> Any:
    """A loaded ``TokenNlpEngine`` for ``languages`` (the class is built on first use, so that
    importing the stage does not import Presidio)."""
    return _token_engine_class()(languages)
