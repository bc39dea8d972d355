"""Extract the real list that ``pii_held_out_195.py`` writes its records around into
``scripts/data/pii_pt_justice_services.json``: the phone, fax and e-mail fields of a register no
earlier part used (Portugal's Ministry of Justice's map of justice services: courts, public
prosecution offices, civil, land and commercial registries, prisons, justices of the peace,
forensic-medicine offices and arbitration centres; Portugal's earlier parts took Eurostat
GISCO's hospitals and the Ministry of Internal Administration's police stations), exactly as the
Ministry gives them.

One JSON array, read from a git checkout at a named commit, values unchanged: the Ministry's
list of all its services' locations (``MinisterioJustica_Equipamentos_TodosEquipamentos_PT``),
2,221 entries, each with ``Nome``, ``Tipo`` (1 courts and prosecution, 2 registries and
notaries, 3 arbitration centres, 4 prisons, 5 forensic medicine, 7 justices of the peace),
``Ordenacao``, ``Morada``, ``CodigoPostal``, ``Telefone``, ``FAX``, ``Email``, ``Posicao``
(``Lat``, ``Lng``) and ``DadosAtividade`` (case counts of 2021 and 2022, or null). Portuguese
numbers as the Ministry writes them: nine digits in one run (``258090140``) or in groups
(``234 118 320``, ``21 384 64 00``), some with other endings of the same line after a slash
(``220949331/2/3``), some two numbers after ``/`` (``239 506 470 / 239 506 476``), a few with
no-break spaces or leading and trailing blanks, all kept.

Kept: every entry with a number of six digits or more in ``Telefone``, less

* the 519 notaries' offices (``Cartório Notarial ...``): each is named after its notary, a
  person, and many give a personal or free-mail address;
* 2 more whose phone field writes a line's other ending after a spaced slash
  (``231 423 965 /6``, ``275 912 274 / 76``), which would be read as two pieces, and 2 with
  no number (1,698 kept);

then a seeded sample of ``CAP``. Each entry is kept as a mapping of its keys to the published
strings (JSON numbers as their digits, null as empty, ``Posicao`` as ``Posicao.Lat`` and
``Posicao.Lng``, ``DadosAtividade`` as ``DadosAtividade[<i>].Texto`` and ``.Valor``), less
``Email`` where it is not an address of the Ministry's or the courts' domains (``.mj.pt``,
``tribunais.org.pt``: an arbitration centre's private or free-mail address may name a person,
and a few are mistyped); the kept addresses name places and services, not persons.

    python scripts/pt_justice_services_data.py PT_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pt_justice_services.json"
CAP = 260
PATH = "data/MinisterioJustica_Equipamentos_TodosEquipamentos_PT.json"
SOURCES = {
    "PT": {
        "repository": "scsx/geoapi_pt",
        "commit": "d8867309d3f225fdeeb22e43d9dfa55bfae93394",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministério da Justiça (Portugal), the list of all its services' "
        "locations (courts, public prosecution and DIAP offices, registries, prisons, "
        "justices of the peace, forensic-medicine offices, arbitration centres) behind its "
        "map of justice services, with 2021-2022 case counts; committed as a JSON array in "
        "b233ae9 ('Tidy and more data', 3 January 2024) of a Next.js project on Portuguese "
        "administrative data, under the file name the Ministry's open data set uses",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the Ministry's terms for the list were not read here",
        "language": "pt",
        "roles": {"name": "Nome", "phone": ["Telefone", "FAX"], "email": "Email"},
    },
}  # fmt: skip

# an address of the Ministry's or the courts' domains (``registos.tabua@irn.mj.pt``)
INSTITUTIONAL = re.compile(r"[A-Za-z0-9._-]+@(?:[a-z0-9-]+\.)*(?:mj\.pt|tribunais\.org\.pt)")
# a line's other ending written after a spaced slash (``231 423 965 /6``)
SPACED_ENDING = re.compile(r"\d(?: /|/ | / )\s*\d{1,3}(?!\d)(?! ?\d)")


def _flat(entry: dict[str, Any]) -> dict[str, str]:
    """An entry's keys and values as published strings (nested ones by their path)."""
    out: dict[str, str] = {}
    for key, value in entry.items():
        if key == "Posicao":
            for k, v in (value or {}).items():
                out[f"Posicao.{k}"] = "" if v is None else str(v)
        elif key == "DadosAtividade":
            for i, item in enumerate(value or []):
                for k, v in item.items():
                    out[f"DadosAtividade[{i}].{k}"] = "" if v is None else str(v)
        else:
            out[key] = "" if value is None else str(value)
    if not INSTITUTIONAL.fullmatch(out.get("Email", "").strip()):
        out.pop("Email", None)
    return out


def _kept(entry: dict[str, Any]) -> bool:
    """Whether an entry is one of the register's kept services."""
    if entry["Nome"].strip().startswith("Cartório Notarial"):
        return False
    if SPACED_ENDING.search(entry["Telefone"] or ""):
        return False
    return _has_phone({"Telefone": entry["Telefone"] or ""}, ["Telefone"])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept entries of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        entries = json.loads(raw.decode(meta["encoding"]))
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": _flat(entry)}
            for i, entry in enumerate(entries)
            if _kept(entry)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
