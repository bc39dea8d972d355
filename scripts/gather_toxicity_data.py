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
    git clone https://github.com/jagol/gahd                            # CC BY 4.0
    git clone https://github.com/DougTrajano/olid-br                   # CC BY 4.0 data, Apache-2.0
    git clone https://github.com/motazsaad/arabic-hatespeech-data      # OffensEval 2020: CC BY
    git clone https://github.com/shammur/Arabic-Offensive-Multi-Platform-SocialMedia-Comment-Dataset
    python scripts/gather_toxicity_data.py --clones .

The last clone (MPOLD) is Apache-2.0. OLID-BR's labelled files were removed from its repository
after the commits in ``OLID_BR_FILES``, so they are read from the clone's history (``git show``).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import subprocess
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "toxicity" / "gathered"
KMHAS_CLEAN = "8"  # K-MHaS's "not hate speech"; 0-7 are hate categories incl. profanity
# OLID-BR's two labelled files, each at the last commit that held it (both later deleted).
OLID_BR_FILES = (
    ("3179d3b8b03f3798ae925f918c0ef18512a3cb7f", "notebooks/baselines/olidbr.csv"),
    ("7892e73c664b506f747814973259f3fe93bed00e", "notebooks/processing/majority_vote.csv"),
)
MPOLD_XLSX = "data/Arabic_offensive_comment_detection_annotation_4000_selected.xlsx"
XLSX_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


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


def gahd(clone: Path) -> None:
    """GAHD (German adversarial hate speech): ``label`` 1 = hate speech; ``source`` says whether
    annotators wrote the text, translated it from Vidgen et al. 2021, or took a news sentence."""
    with (clone / "gahd_disaggregated.csv").open(encoding="utf-8", newline="") as handle:
        rows = [[r["text"], r["label"], r["source"], r["split"]] for r in csv.DictReader(handle)]
    write("gahd-de.csv.gz", ["text", "toxic", "source", "split"], rows)


def olid_br(clone: Path) -> None:
    """OLID-BR (Brazilian Portuguese tweets and YouTube comments): ``is_offensive`` OFF = toxic.
    Both files of the repository's history, each text once (first occurrence)."""
    rows, seen = [], set()
    for commit, path in OLID_BR_FILES:
        content = subprocess.run(
            ["git", "-C", str(clone), "show", f"{commit}:{path}"],
            check=True,
            capture_output=True,
        ).stdout.decode("utf-8")
        for r in csv.DictReader(io.StringIO(content)):
            if r["text"] not in seen:
                seen.add(r["text"])
                rows.append([r["text"], str(int(r["is_offensive"] == "OFF")), r["is_offensive"]])
    write("olid-br-pt.csv.gz", ["text", "toxic", "is_offensive"], rows)


def offenseval2020_ar(clone: Path) -> None:
    """OffensEval 2020 Arabic (OSACT4 train + dev): tab-separated ``text, OFF/NOT_OFF, HS/NOT_HS``;
    ``<LF>`` marks the tweet's line breaks."""
    rows = []
    for name in ("OSACT2020-sharedTask-train.txt", "OSACT2020-sharedTask-dev.txt"):
        for line in (clone / "OSACT4" / name).read_text(encoding="utf-8").splitlines():
            text, offensive, hate = line.split("\t")
            rows.append([text.replace("<LF>", "\n"), str(int(offensive == "OFF")), hate])
    write("offenseval2020-ar.csv.gz", ["text", "toxic", "hate"], rows)


def xlsx_rows(path: Path) -> list[dict[str, str]]:
    """The first sheet of an .xlsx file as dicts keyed by its header row (stdlib only)."""
    with zipfile.ZipFile(path) as book:
        strings = [
            "".join(t.text or "" for t in item.iter(f"{XLSX_NS}t"))
            for item in ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
        ]
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    table = []
    for row in sheet.iter(f"{XLSX_NS}row"):
        cells = {}
        for cell in row.iter(f"{XLSX_NS}c"):
            value = cell.find(f"{XLSX_NS}v")
            text = "" if value is None else value.text or ""
            column = re.match(r"[A-Z]+", cell.get("r", "")).group()  # type: ignore[union-attr]
            cells[column] = strings[int(text)] if cell.get("t") == "s" else text
        table.append(cells)
    header = table[0]
    return [{header[k]: v for k, v in cells.items() if k in header} for cells in table[1:]]


def mpold(clone: Path) -> None:
    """MPOLD: Arabic comments on news posts from Twitter, Facebook and YouTube, majority of 3
    annotators; ``Offensive`` = toxic."""
    rows = [
        [r["Comment"], str(int(r["Majority_Label"] == "Offensive")), r["Platform"]]
        for r in xlsx_rows(clone / MPOLD_XLSX)
    ]
    write("mpold-ar.csv.gz", ["text", "toxic", "platform"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clones", type=Path, required=True, help="folder holding the clones")
    args = parser.parse_args()
    swsr(args.clones / "SWSR")
    kmhas(args.clones / "K-MHaS")
    korean_curse(args.clones / "Curse-detection-data")
    iwg_refugees(args.clones / "IWG_hatespeech_public")
    gahd(args.clones / "gahd")
    olid_br(args.clones / "olid-br")
    offenseval2020_ar(args.clones / "arabic-hatespeech-data")
    mpold(args.clones / "Arabic-Offensive-Multi-Platform-SocialMedia-Comment-Dataset")


if __name__ == "__main__":
    main()
