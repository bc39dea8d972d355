"""Extract the real register that ``pii_held_out_212.py`` writes its records around into
``scripts/data/pii_kr_nhis_branches.json``: the phone fields of a register no earlier part used
(the National Health Insurance Service's list of its branch offices nationwide, each with the
telephone and fax numbers of its benefits department, 보험급여부 or 보험급여팀; South Korea's
earlier parts took the Public Data Portal's standard data of public libraries, tourist sites and
museums and the National Police Agency's police boxes), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``lib/branches.ts``: a TypeScript module whose ``branches`` array (a JSON array after
  ``export const branches: Branch[] = ``) holds the 178 branches of the National Health
  Insurance Service (국민건강보험공단) in 17 regions, each with its ``name`` (``종로지사``),
  ``department`` (``보험급여부`` or ``보험급여팀``), ``region`` (``서울``), ``phone``, ``fax``,
  ``postalCode`` (the five-digit postcode with its leading ``0`` lost where it had one:
  ``3188``) and ``address``; the numbers as the service's offices give them, area code,
  exchange and line joined by hyphens (``02-2171-1104``, ``033-250-9804``), many with the
  other lines of the department after commas, tildes or a further hyphen (``033-580-6140,141,
  142``, ``02-3275-8526~8``, ``053-288-0160-0180``, ``055-639-7142~3, 055-639-7150~6``), a few
  as the list garbles them (``031-550-91409141~9143-``, ``02- 2620-9804``).

Every row with a number of six digits or more in ``phone`` (177 of the 178; one has an empty
phone and fax), in the file's order; each row kept as a mapping of all of its keys to the
published strings (the list names no person: ``name`` is the branch's).

    python scripts/kr_nhis_branches_data.py KR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_nhis_branches.json"
CAP = 600
ARRAY = "export const branches: Branch[] = "
SOURCES = {
    "KR": {
        "repository": "950508lee-code/nhis-guide",
        "commit": "890ef9871f67926a6cd57601a86c3bf000030854",
        "path": "lib/branches.ts",
        "encoding": "utf-8",
        "publisher": "National Health Insurance Service (국민건강보험공단), the telephone and "
        "fax numbers of the benefits department of each of its branch offices "
        "(전국 지사 정보), as an app that guides insured people through refund claims "
        "keeps them in a generated module ('자동 생성됨 - 수동으로 수정하지 마세요'); added in "
        "890ef98 ('Initial commit: NHIS refund documents guide app', 31 December 2025) and "
        "unchanged since; the repository does not name where the list was taken from",
        "licence": "not confirmed: the repository has no LICENSE file and its README (the "
        "create-next-app template) names no terms",
        "language": "ko",
        "roles": {"name": "name", "department": "department", "region": "region",
                  "phone": ["phone", "fax"], "address": ["address"],
                  "postcode": "postalCode", "id": "id"},
    },
}  # fmt: skip


def branches(source: str) -> list[dict[str, Any]]:
    """The ``branches`` array of the module's text, as JSON reads it (the module's other
    declarations after it left alone)."""
    array, _ = json.JSONDecoder().raw_decode(source, source.index(ARRAY) + len(ARRAY))
    return array


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": dict(row)}
            for i, row in enumerate(branches(raw.decode(meta["encoding"])))
            if _has_phone(row, ["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
