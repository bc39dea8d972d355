"""Recall and precision of the PII stage per entity type, and its over-redaction on Wikipedia.

Labelled spans: presidio-research's template-generated sentences (``pii/presidio_generated_large
.json``, entity names are Presidio's, so no mapping is needed). A predicted span counts as
correct when it overlaps a labelled span of the same type (templates often label "(760)514-1109"
where a detector may leave out the bracket, and vice versa). Over-redaction: the fraction of
characters the stage changes on real Wikipedia articles (extracted plain text, as the pipeline
hands it over, and raw wikitext), where there should be almost no PII.

    .venv/bin/python scripts/eval_pii.py [--data ../shared/data] [--wiki-pages 206]
                                         [--phone-leniency 1]
"""

from __future__ import annotations

import argparse
import bz2
import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from filters.pii import PATTERN_ENTITIES, PiiFilter
from filters.wikitext import wikitext_to_text

ROOT = Path(__file__).resolve().parent.parent


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_labelled(pii: PiiFilter, path: Path) -> dict[str, dict[str, float]]:
    """Per entity type: labelled count, predicted count, recall, precision."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    docs = [{"id": str(i), "text": r["full_text"], "language": "en"} for i, r in enumerate(rows)]
    predicted = pii.find_spans(docs)
    gold_n, gold_hit, pred_n, pred_ok = Counter(), Counter(), Counter(), Counter()
    for row, spans in zip(rows, predicted, strict=True):
        gold = [(s["start_position"], s["end_position"], s["entity_type"]) for s in row["spans"]]
        for g_start, g_end, g_type in gold:
            if g_type not in pii.entities:
                continue
            gold_n[g_type] += 1
            gold_hit[g_type] += any(
                t == g_type and _overlaps((s, e), (g_start, g_end)) for s, e, t, _ in spans
            )
        for start, end, entity, _ in spans:
            pred_n[entity] += 1
            pred_ok[entity] += any(
                t == entity and _overlaps((start, end), (g0, g1)) for g0, g1, t in gold
            )
    table = {}
    for entity in sorted(set(gold_n) | set(pred_n)):
        table[entity] = {
            "labelled": gold_n[entity],
            "predicted": pred_n[entity],
            "recall": gold_hit[entity] / gold_n[entity] if gold_n[entity] else float("nan"),
            "precision": pred_ok[entity] / pred_n[entity] if pred_n[entity] else float("nan"),
        }
    return table


def wiki_pages(path: Path, limit: int) -> list[str]:
    """Raw wikitext of the first ``limit`` articles of a pages-articles dump."""
    texts: list[str] = []
    for _, elem in ET.iterparse(bz2.open(path), events=("end",)):
        if elem.tag.endswith("}text") and elem.text:
            texts.append(elem.text)
            if len(texts) >= limit:
                break
        elem.clear()
    return texts


def over_redaction(pii: PiiFilter, texts: list[str]) -> tuple[float, int, Counter]:
    """Fraction of original characters inside rewritten spans, and what the stage found."""
    docs = [{"id": str(i), "text": t, "language": "en"} for i, t in enumerate(texts)]
    spans = pii.find_spans(docs)
    changed = sum(end - start for doc_spans in spans for start, end, _, _ in doc_spans)
    found = Counter(entity for doc_spans in spans for _, _, entity, _ in doc_spans)
    return changed / sum(map(len, texts)), sum(map(len, texts)), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--wiki-pages", type=int, default=206)
    parser.add_argument(
        "--phone-leniency", type=int, default=1, help="0 possible, 1 valid (default), 2, 3 strict"
    )
    args = parser.parse_args()

    pii = PiiFilter(phone_leniency=args.phone_leniency)
    pii.setup()
    table = evaluate_labelled(pii, args.data / "pii" / "presidio_generated_large.json")
    print("| entity | labelled | predicted | recall | precision |")
    print("|---|---|---|---|---|")
    for entity, row in table.items():
        kind = "" if entity in PATTERN_ENTITIES else " (NER)"
        print(
            f"| {entity}{kind} | {row['labelled']} | {row['predicted']} "
            f"| {row['recall']:.3f} | {row['precision']:.3f} |"
        )
    texts = wiki_pages(args.data / "wiki" / "enwiki-sample.xml.bz2", args.wiki_pages)
    # the stage sees extracted plain text in the pipeline; raw wikitext (ISBN/OCLC templates,
    # tables of numbers) is the harder bait
    for kind, corpus in (("plain text", [wikitext_to_text(t) for t in texts]), ("wikitext", texts)):
        fraction, chars, found = over_redaction(pii, corpus)
        print(
            f"over-redaction on {len(corpus)} enwiki articles, {kind} ({chars:,} chars): "
            f"{fraction:.5%} of characters changed; found {dict(found)}"
        )


if __name__ == "__main__":
    main()
