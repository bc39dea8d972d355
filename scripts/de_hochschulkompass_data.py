"""Extract the real register that ``pii_held_out_192.py`` writes its records around into
``scripts/data/pii_de_hochschulkompass.json``: the phone and fax fields of a register no earlier
part used (the Hochschulrektorenkonferenz's Hochschulkompass list of Germany's universities and
colleges; Germany's earlier parts took Berlin's, North Rhine-Westphalia's and Hamburg's schools,
Chemnitz's day-care centres and farm shops on OpenStreetMap), exactly as the list gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``hs_liste.txt``: the Hochschulkompass's download of all its higher education institutions
  (``Alle Hochschulen als TXT-Datei``, hs-kompass.de/kompass/xml/download/hs_liste.txt), UTF-8,
  tab-separated, one row per university, university of applied sciences, art or music college,
  theological and administrative college, public, private and church-run; its phone number in
  two columns, the area code (``Telefonvorwahl``, ``0241``) and the number within it
  (``Telefon``, ``6009-0``: the switchboard's extension after a hyphen, ``80-1``, ``2093-0``,
  some grouped by spaces, ``320 07 0``, ``894 121``), and the fax within the same area code
  (``Fax``, ``6009-51090``; 68 rows have none; two give it with its area code, ``030
  5019-2100``, ``030 209166 -17``); two numbers are non-geographic with their prefix in
  ``Telefon`` (``0180-2020369``, ``0800 3400400``, the latter with no area code); no e-mail
  column. Every row of the file (all 426 have a number); each kept as a mapping of all its
  columns to the published strings (the list names no person: ``Hochschulname`` is the
  institution's name), beside the short name, type, sponsorship (``Trägerschaft``), state,
  student count, founding year, rights to award doctorates and habilitations, street and postal
  addresses with their postcodes and post-office box, home page and HRK membership.

The file as copied into the repository michaelgerloff/IchBinHanna_List_MdBs_Universities (a
study of the members of the Bundestag whose constituencies hold universities, after the
#IchBinHanna debate).

    python scripts/de_hochschulkompass_data.py DE_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_de_hochschulkompass.json"
CAP = 600
PATH = "hs_liste.txt"
SOURCES = {
    "DE": {
        "repository": "michaelgerloff/IchBinHanna_List_MdBs_Universities",
        "commit": "d3241dd040e9a30af4d7ae893b121589a133641b",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Stiftung zur Förderung der Hochschulrektorenkonferenz (HRK), its "
        "Hochschulkompass list of all higher education institutions in Germany, the download "
        "'Alle Hochschulen als TXT-Datei' (hs-kompass.de/kompass/xml/download/hs_liste.txt); "
        "copied into the repository in d3241dd ('Members of German parliament that represent "
        "districts with universities', 17 July 2023)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the HRK's terms for the Hochschulkompass download were not read here",
        "language": "de",
        "roles": {
            "name": "Hochschulname",
            "area_code": "Telefonvorwahl",
            "phone": ["Telefon"],
            "fax": ["Fax"],
            "address": ["Straße", "Postleitzahl (Hausanschrift)", "Ort (Hausanschrift)"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        table = csv.DictReader(
            io.StringIO(raw.decode(meta["encoding"]), newline=""), delimiter="\t"
        )
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(row)}
            for i, row in enumerate(table)
            if _has_phone({"number": row["Telefonvorwahl"] + row["Telefon"]}, ["number"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
