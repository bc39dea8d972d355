"""Raw wikitext of the articles of a Wikipedia pages-articles dump, for the evaluation scripts.

Shared by ``eval_pii.py`` (text with almost no PII) and ``pii_held_out_6.py`` (real paragraphs
around its values), kept apart so that neither imports the other.
"""

from __future__ import annotations

import bz2
import lzma
import xml.etree.ElementTree as ET
from pathlib import Path


def wiki_pages(path: Path, limit: int) -> list[str]:
    """Raw wikitext of the first ``limit`` articles of a pages-articles dump (.bz2 or .xz; a
    dump cut mid-page, as the shared el/uk/vi/ja ones are, gives the pages before the cut)."""
    texts: list[str] = []
    opener = lzma.open if path.suffix == ".xz" else bz2.open
    try:
        for _, elem in ET.iterparse(opener(path), events=("end",)):
            if elem.tag.endswith("}text") and elem.text:
                texts.append(elem.text)
                if len(texts) >= limit:
                    break
            elem.clear()
    except ET.ParseError:
        pass  # the cut
    return texts
