"""Extract the real directory that ``pii_held_out_93.py`` writes its records around into
``scripts/data/pii_bb_pharmacies.json``: the phone fields of a country whose register no earlier
part used (Barbados), exactly as the directory published them.

One directory, read from a git checkout at a named commit, values unchanged:

* ``BB``: pharmacies of Barbados (government polyclinics, private pharmacies taking Special
  Benefit Service prescriptions, and pharmacies from a business directory not yet confirmed)
  as GovTech Barbados lists them in its SBS pharmacy finder (the ``PHARMACIES`` array of
  ``find.html`` of the repository govtech-bb/open-pharmacy): Barbadian numbers as each entry
  gives them, ``(246) 536-3419``; beside the entry's id (``gov-1``, ``unc-85``), address,
  parish, opening hours and notes.

Every entry of the array with a number of six digits or more in its ``phone`` field, in the
array's order. The array is a JavaScript literal (bare keys, strings in single or double quotes,
comments); each row is kept as a mapping of the entry's keys to the published values, a string
as its text, the ``hours`` list as compact JSON; the directory names no person (its names are
the pharmacies' and polyclinics', its addresses their premises), so no key is left out.

    python scripts/bb_pharmacies_data.py BB_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_bb_pharmacies.json"
CAP = 600
OPENING = "const PHARMACIES = ["
SOURCES = {
    "BB": {
        "repository": "govtech-bb/open-pharmacy",
        "commit": "610c08879d17c975c851fd119edb015647f72eac",
        "path": "find.html",
        "encoding": "utf-8",
        "publisher": "GovTech Barbados with the Barbados Drug Service: the 'PHARMACIES' array "
        "of the SBS pharmacy finder (find.html as last changed in f01932e, 'Add files via "
        "upload', 16 July 2026; read at 610c088 of the same day); its README names GovTech "
        "Barbados and the Barbados Drug Service as owners; entries typed 'unconfirmed' come, "
        "as their notes say, from a Barbados business directory",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "address": "address", "id": "id"},
    },
}  # fmt: skip

TOKEN = re.compile(
    r"""\s+|/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|[A-Za-z_$][\w$]*"""
    r"""|-?\d+(?:\.\d+)?|[\[\]{}:,]""",
    re.S,
)
ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.S)


def _string(literal: str) -> str:
    """A JavaScript string literal's value (its quotes off, its escapes read)."""

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code.startswith("u") and len(code) == 5:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": "\t"}.get(code, code)

    return ESCAPE.sub(one, literal[1:-1])


def _entries(text: str) -> list[dict[str, Any]]:
    """The ``PHARMACIES`` array of the page's script: its JavaScript literal read token by
    token into JSON (keys quoted, strings re-quoted, comments and trailing commas dropped)."""
    start = text.index(OPENING) + len(OPENING) - 1
    out, depth, at = [], 0, start
    while True:
        m = TOKEN.match(text, at)
        if m is None:
            raise ValueError(f"unreadable at {at}: {text[at : at + 40]!r}")
        at, tok = m.end(), m.group()
        if tok.isspace() or tok.startswith(("/*", "//")):
            continue
        if tok in "]}" and out and out[-1] == ",":
            out.pop()
        if tok[0] in "'\"":
            tok = json.dumps(_string(tok), ensure_ascii=False)
        elif tok[0].isalpha() or tok[0] in "_$":
            tok = {"true": "true", "false": "false", "null": "null"}.get(tok, json.dumps(tok))
        out.append(tok)
        depth += tok in "[{"
        depth -= tok in "]}"
        if depth == 0:
            return json.loads("".join(out))


def _published(value: Any) -> str:
    """A value as a string: a string as it is, anything else as compact JSON."""
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the directory, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#PHARMACIES[{i}]",
                "fields": {k: _published(v) for k, v in row.items()},
            }
            for i, row in enumerate(_entries(raw.decode(meta["encoding"])))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
