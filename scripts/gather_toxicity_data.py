"""Write ``tests/data/toxicity/gathered/*.csv.gz`` from clones of their public repositories.

Languages where ``../shared/data/toxicity`` holds a single labelled set cannot be scored
leave-one-dataset-out (leaving the set out leaves no text of that language to learn from), so
these permissively licensed sets were added; tests/data/toxicity/gathered/README.md records
each source, commit and licence. Each output has the shared sets' columns: ``text``, binary
``toxic``, then the original labels. Run once by hand (the training script only reads the outputs)::

    git clone https://github.com/aggiejiang/SWSR                       # MIT
    git clone https://github.com/adlnlp/K-MHaS                         # CC BY-SA 4.0
    git clone https://github.com/2runo/Curse-detection-data            # MIT
    git clone https://github.com/UCSM-DUE/IWG_hatespeech_public        # CC BY-SA 3.0
    python scripts/gather_toxicity_data.py --clones .
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "toxicity" / "gathered"
KMHAS_CLEAN = "8"  # K-MHaS's "not hate speech"; 0-7 are hate categories incl. profanity


def write(name: str, header: list[str], rows: Iterable[list[str]]) -> None:
    """Gzipped CSV with a fixed mtime, so the same input gives the same bytes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / name).open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buffer.getvalue().encode("utf-8"))
    print(f"{name}: {count} rows")


def swsr(clone: Path) -> None:
    """SWSR comments: ``label`` 1 = sexist (the paper's definition includes microaggression)."""
    with (clone / "SWSR" / "SexComment.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = [
            [r["comment_text"], r["label"], r["category"], r["target"]]
            for r in csv.DictReader(handle)
        ]
    write("swsr-zh.csv.gz", ["text", "toxic", "category", "target"], rows)


def kmhas(clone: Path) -> None:
    """K-MHaS validation split (8,776 comments): toxic unless labelled only 'not hate speech'."""
    with (clone / "data" / "kmhas_valid.txt").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        rows = [[r["document"], str(int(r["label"] != KMHAS_CLEAN)), r["label"]] for r in reader]
    write("k-mhas-ko.csv.gz", ["text", "toxic", "label"], rows)


def korean_curse(clone: Path) -> None:
    """2runo's curse-detection sentences, ``text|label`` per line, 1 = contains abuse."""
    rows = []
    for line in (clone / "dataset.txt").read_text(encoding="utf-8").splitlines():
        text, sep, label = line.rpartition("|")
        if sep and label.strip() in ("0", "1") and text.strip():
            rows.append([text.strip(), label.strip()])
    write("korean-curse-ko.csv.gz", ["text", "toxic"], rows)


def iwg_refugees(clone: Path) -> None:
    """Ross et al. 2016 refugee tweets: kept where both experts agree (hate = both said YES)."""
    path = clone / "german hatespeech refugees.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = []
        for r in csv.DictReader(handle):
            first, second = r["HatespeechOrNot (Expert 1)"], r["HatespeechOrNot (Expert 2)"]
            if first == second:
                rows.append([r["Tweet"], str(int(first == "YES")), first, second])
    write("iwg-refugees-de.csv.gz", ["text", "toxic", "expert_1", "expert_2"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clones", type=Path, required=True, help="folder holding the clones")
    args = parser.parse_args()
    swsr(args.clones / "SWSR")
    kmhas(args.clones / "K-MHaS")
    korean_curse(args.clones / "Curse-detection-data")
    iwg_refugees(args.clones / "IWG_hatespeech_public")


if __name__ == "__main__":
    main()
