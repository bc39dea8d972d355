"""Extract the real list that ``pii_held_out_220.py`` writes its records around into
``scripts/data/pii_pt_municipalities.json``: the phone, fax and e-mail fields of a register no
earlier part used (Portugal's 308 municipalities, as the Direção-Geral das Autarquias Locais
gives them on dados.gov.pt; Portugal's earlier parts took Eurostat GISCO's hospitals, the
Ministry of Internal Administration's police stations and the Ministry of Justice's services),
exactly as the list gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``www/json/Municipiosdadosgerias.json``: the data set "Municípios - dados gerais" of the
  Direção-Geral das Autarquias Locais (DGAL) as dados.gov.pt serves it in JSON (its rows under
  ``d``, the Azure table keys ``PartitionKey``, ``RowKey``, ``Timestamp`` of 4 July 2014 with
  them), one entry per municipality (``tipoentidade`` ``Município``): the municipal council's
  ``telefone`` (Portuguese nine-digit numbers in one run, ``241330100``; one with another
  ending after a slash, ``261940300/329``), ``fax`` in the same shape (one field of two numbers
  joined by a slash, ``214825030/214825057``, one in two groups, ``296 304401``, one with
  trailing no-break spaces, one empty) and ``email`` (the council's mailbox, ``geral@cm-
  agueda.pt``; three fields of two addresses joined by ``;``), beside the name, the tax number
  (``nif``, nine digits), street, place, postcode (``2200-366``), the DGAL's and INE's codes,
  web site, area, population and electors.

Every entry is kept (each has a phone), in the file's order, as a mapping of its keys to the
published strings, less ``presidentecamara`` (the mayor's name, a person) and less each
address whose local part names a person (``PERSONAL``: ``afernandes@cm-armamar.pt`` and six
others; a field left with none is dropped, one left with one address keeps it alone); the kept
addresses name councils and their services.

    python scripts/pt_municipalities_data.py PT_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_pt_municipalities.json"
CAP = 600
PATH = "www/json/Municipiosdadosgerias.json"
SOURCES = {
    "PT": {
        "repository": "jfoclpf/in-my-district",
        "commit": "09a890aba873a5563d8db8ab7dc2b6d0e142a984",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Direção-Geral das Autarquias Locais (DGAL, Portugal), its data set "
        "'Municípios - dados gerais' (the general data of the 308 municipalities: address, "
        "phone, fax, e-mail, web site, area, population, electors) as dados.gov.pt serves it "
        "in JSON; committed in 09a890a ('update', 5 May 2021) of a mobile app that sends "
        "reports of public-space problems to municipalities and parishes, and removed from "
        "the repository in 2752aaf (5 June 2021)",
        "licence": "not confirmed: the repository's README and LICENSE say GNU GPLv3 for the "
        "app and name no terms for the list; the DGAL's and dados.gov.pt's terms for the data "
        "set were not read here",
        "language": "pt",
        "roles": {"name": "entidade", "phone": ["telefone", "fax"], "email": "email"},
    },
}  # fmt: skip

# local parts of addresses that name a person (left out): the rest are councils' mailboxes
PERSONAL = frozenset(
    {"afernandes", "nuno.vicente", "mbatista", "andreia.gomes", "lucia", "andrea.dias", "ASantos"}
)
LEFT_OUT = ("presidentecamara",)


def _fields(entry: dict[str, Any]) -> dict[str, str]:
    """An entry's keys and published strings, less the mayor's name and personal addresses."""
    out = {k: v for k, v in entry.items() if k not in LEFT_OUT}
    kept = [a for a in out.get("email", "").split(";") if a.split("@")[0] not in PERSONAL]
    if kept != out.get("email", "").split(";"):
        if kept:
            out["email"] = ";".join(kept)
        else:
            out.pop("email")
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The entries of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        entries = json.loads(raw.decode(meta["encoding"]))["d"]
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": _fields(entry)}
            for i, entry in enumerate(entries)
            if _has_phone(entry, ["telefone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
