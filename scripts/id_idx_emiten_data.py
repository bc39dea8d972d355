"""Extract the real register that ``pii_held_out_390.py`` writes its records around into
``scripts/data/pii_id_idx_emiten.json``: the telephone and e-mail fields of a register no earlier
part used (Indonesia, whose earlier parts took a list of COVID-19 referral hospitals, the
Directorate General of Taxes' tax service offices, Universitas Terbuka's regional offices, the
Bandung City Health Office's puskesmas and an emergency app's police and fire services; this one
is the Indonesia Stock Exchange's (Bursa Efek Indonesia, IDX) profiles of its listed companies,
the emiten, another publisher and another kind of organisation), exactly as the exchange's
company-profile service gives them.

One file of the idx-bei project (nichsedge), read from a git checkout at a named commit, values
unchanged:

* ``data/allCompanies.json``: the answer of the IDX website's ``GetCompanyProfiles`` service
  (``{"draw", "recordsTotal": 956, "recordsFiltered", "data": [...]}``), one object per listed
  company with its ``KodeEmiten`` (the four-letter ticker, ``AALI``), ``NamaEmiten``,
  ``Alamat`` (the head office's address, sometimes on several lines), ``Telepon`` and ``Fax``
  as each company filed them (``(021) 2553 3065``, ``021-3973 3232, 021-3973 3322``,
  ``(62-21) 5744848``, ``+62 21 65314710``, ``461-65-55``), ``Email`` (the corporate
  secretary's mailbox, ``corsec@adaroindonesia.com``; a few hold two addresses, ``a; b``),
  ``Website``, ``NPWP`` (the tax number, ``02.433.115.9-091.000``), ``NPKP``, the share
  registrar (``BAE``), the sector, sub-sector, industry and sub-industry of the IDX-IC
  classification, the listing board (``PapanPencatatan``) and date, the main business
  (``KegiatanUsahaUtama``), and flags and ids of the service.

A company is kept where its ``Telepon`` holds a number of seven digits or more whose digits no
earlier Indonesian part's data holds and no company kept before it has (the first of companies
that share a switchboard), where the ``Telepon`` field is one line (two that break it over lines
are left out) and where its address names no telephone or fax of its own (four addresses end in
``Telp.``/``Fax`` lines: their numbers would stand unlabelled); the kept companies are a seeded
sample of ``CAP``, in the file's order. Each is kept as the mapping of the object's string
fields to the published strings (the booleans, ids and nulls of the service are left out; the
register names companies, its mailboxes are the companies' corporate-secretary addresses, a few
of which carry an officer's name, kept as published).

    python scripts/id_idx_emiten_data.py ID_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_id_idx_emiten.json"
CAP = 300
PATH = "data/allCompanies.json"
PHONE = "Telepon"
# the earlier Indonesian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_id_hospitals.json", "pii_id_djp_tax_offices.json", "pii_id_ut_regional_offices.json",
    "pii_id_bandung_puskesmas.json", "pii_id_emergency_services.json",
)  # fmt: skip
# an address that names a line of its own (``Telp. 021-4601733``, ``Fax : +6221 ...``)
NAMES_A_LINE = re.compile(r"(?i)\b(?:telp|tel|telepon|phone|fax)\b")
SOURCES = {
    "ID": {
        "repository": "nichsedge/idx-bei",
        "commit": "76a248e8e4593322c7be1889458ed960e74c4854",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "PT Bursa Efek Indonesia (Indonesia Stock Exchange, IDX), the profiles of "
        "its listed companies (emiten) as its website's GetCompanyProfiles service "
        "(www.idx.co.id/primary/ListedCompany/GetCompanyProfiles) returned them, saved by the "
        "idx-bei project (nichsedge; file last changed in 76a248e, 'update', 14 May 2025; "
        "'recordsTotal': 956)",
        "licence": "MIT for the repository's code (its LICENSE file, 'Copyright (c) 2024'); its "
        "README asks users to comply with the IDX's terms of service; terms for the exchange's "
        "data themselves not confirmed",
        "language": "id",
        "roles": {"name": "NamaEmiten", "phone": [PHONE], "fax": ["Fax"], "email": "Email",
                  "address": ["Alamat"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept companies of the exchange's list, with the commit they were read at."""
    meta = SOURCES["ID"]
    raw = _git(gits["ID"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "62"), set()
    found = []
    for i, company in enumerate(json.loads(raw)["data"]):
        row = {k: v for k, v in company.items() if isinstance(v, str)}
        value = row.get(PHONE, "")
        tel = digits_of(value)
        if len(tel) < 7 or tel in seen or tel in earlier or "\n" in value.strip():
            continue
        if NAMES_A_LINE.search(row.get("Alamat", "")):
            continue
        seen.add(tel)
        found.append({"country": "ID", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "ID", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
