"""Extract the real register that ``pii_held_out_461.py`` writes its records around into
``scripts/data/pii_no_difi_etatsbasen.json``: the telephone fields of a register no earlier part
used (Norway, whose earlier parts took helsenorge.no's places of specialist treatment, Oslo
kommune's kindergarten finder and Utdanningsdirektoratet's upper secondary schools; this one is
Etatsbasen, the register of Norway's public bodies that Difi, the Agency for Public Management
and eGovernment, kept for norge.no and published on its Datahotell: municipalities and county
administrations, state agencies and their regional offices, courts, police districts,
embassies, libraries and the other bodies it listed, another publisher and another kind of
institution), exactly as the register gives them.

Four tables of the Datahotell's ``difi/etatsbasen`` as the datahotellet/dataset-archive
repository keeps them (``dataset.csv``: UTF-8 with a byte-order mark, ``;`` between fields),
read from a git checkout at a named commit, values unchanged:

* ``organization``: 4,530 bodies, each with its ``tailid`` (the register's key), ``parentid``,
  ``orgstructid`` (its kind: ``66`` a municipality, ``59`` a county administration, ``19`` a
  district court, ``73`` a public library, ``76`` a Norwegian embassy, ``77`` a foreign one's
  ...), its names in Bokmål, Nynorsk and English, its ``orgid`` (the nine-digit organisation
  number of the Central Coordinating Register for Legal Entities, where the register has one)
  and ``kommunenummer`` (a municipality's four-digit number);
* ``phone``: 5,689 numbers by ``tailid``, each with its ``intcode`` (``+47``; ``+46`` and
  others for bodies abroad), the ``phone`` as the register writes it (``22 24 20 00``,
  ``466 15 650``, ``800 80 000``, short numbers ``02800``), a ``phonecomment`` (``Oslo``,
  ``sentralbord``, ``fra utlandet``) and its ``type`` (``Telefon``, ``Grønt nummer``,
  ``Telefaks``);
* ``visitaddress``: the body's visiting address (``address1`` to ``address4``, ``postalcode``,
  ``city``, ``country``);
* ``url``: its web addresses, by language.

A body is kept where it has an organisation number and a number of type ``Telefon`` or ``Grønt
nummer`` whose ``phone`` is a number alone (digits, spaces, ``+``, brackets, hyphens; 44
values that carry words or markup or join several numbers with slashes, ``Ordretelefon 800 80
960``, ``22 54 07 37/40/47``, are not) of seven digits or more that no earlier Norwegian
part's data holds and no body kept before it has (the first of bodies that share a
switchboard, such as NAV's ``55 55 33 33``); its first two such numbers
are kept, in the table's order (the six faxes and the short numbers are not). The kept bodies
are a seeded sample of ``CAP``, in the organisation table's order. Each is kept as a flat
mapping of the published strings: the organisation's columns, ``phone_1``, ``intcode_1``,
``phonecomment_1``, ``type_1`` (and ``_2``), its visiting address (empty strings where the
register has none) and its first web address (``url``) that is not a mailbox written as one
(two of the url table's 7,235 are, one of them a person's, ``http://<name>@...``: not kept).

    python scripts/no_difi_etatsbasen_data.py NO_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_no_difi_etatsbasen.json"
CAP = 300
BASE = "datasets/difi/etatsbasen"
TABLES = ("organization", "phone", "visitaddress", "url")
PATHS = [f"{BASE}/{t}/dataset.csv" for t in TABLES]
KINDS = ("Telefon", "Grønt nummer")
NUMBER_ALONE = re.compile(r"[\d +()\-]+")
PER_BODY = 2
ADDRESS = ("address1", "address2", "address3", "address4", "postalcode", "city", "country")
# the earlier Norwegian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_no_treatment_places.json", "pii_no_oslo_kindergartens.json",
    "pii_no_udir_upper_secondary.json",
)  # fmt: skip
SOURCES = {
    "NO": {
        "repository": "datahotellet/dataset-archive",
        "commit": "9d94679af8c740c5e8639cc7d523e8214c0b245c",
        "paths": PATHS,
        "encoding": "utf-8-sig",
        "publisher": "Direktoratet for forvaltning og IKT (Difi), Etatsbasen, its register of "
        "Norway's public bodies for norge.no, as Difi's Datahotell (hotell.difi.no, dataset "
        "difi/etatsbasen: 'Organisasjoner', 'Telefon', 'Besøksadresse', 'URL', each 'Sist "
        "oppdatert: 2014-10-08 03:00') distributed it, archived by the datahotellet/"
        "dataset-archive repository ('Archive datasets previously distributed from the "
        "Datahotel'; the tables added in 53bcc79, 11 August 2025)",
        "licence": "not stated in the archive repository (no LICENSE file; its README names "
        "none); terms for the register's data not confirmed",
        "language": "no",
        "roles": {"name": "name_nb", "phone": ["phone_1", "phone_2"], "fax": [], "email": "",
                  "address": [*ADDRESS]},
    },
}  # fmt: skip


def _table(git: Path, commit: str, name: str) -> list[dict[str, str]]:
    raw = _git(git, "show", f"{commit}:{BASE}/{name}/dataset.csv").decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(raw, newline=""), delimiter=";"))


def usable(phone: dict[str, str]) -> bool:
    """Whether a row of the phone table is a line the extract keeps: a telephone or green
    number written as a number alone, of seven digits or more."""
    value = phone["phone"].strip()
    return (
        phone["type"] in KINDS
        and bool(NUMBER_ALONE.fullmatch(value))
        and len(digits_of(value)) >= 7
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept bodies of the register, with the commit they were read at."""
    commit = SOURCES["NO"]["commit"]
    orgs, phones, visits, urls = (_table(gits["NO"], commit, t) for t in TABLES)
    by_body: dict[str, list[dict[str, str]]] = {}
    for p in phones:
        by_body.setdefault(p["tailid"], []).append(p)
    visit = {v["tailid"]: v for v in visits}
    url: dict[str, str] = {}
    for u in urls:
        if "@" not in u["url"]:
            url.setdefault(u["tailid"], u["url"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "47"), set()
    found = []
    for i, org in enumerate(orgs):
        if not org["orgid"].strip():
            continue
        kept: list[dict[str, str]] = []
        for p in by_body.get(org["tailid"], []):
            digits = digits_of(p["phone"])
            if not usable(p) or digits in earlier or digits in seen:
                continue
            if any(digits_of(k["phone"]) == digits for k in kept):
                continue
            kept.append(p)
        if not kept:
            continue
        kept = kept[:PER_BODY]
        seen.update(digits_of(k["phone"]) for k in kept)
        fields = dict(org)
        for n, p in enumerate(kept, 1):
            for key in ("phone", "intcode", "phonecomment", "type"):
                fields[f"{key}_{n}"] = p[key]
        v = visit.get(org["tailid"], {})
        fields.update({key: v.get(key, "") for key in ADDRESS})
        fields["url"] = url.get(org["tailid"], "")
        found.append({"country": "NO", "path": f"{PATHS[0]}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "NO", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
