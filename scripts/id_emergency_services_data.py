"""Extract the real lists that ``pii_held_out_256.py`` writes its records around into
``scripts/data/pii_id_emergency_services.json``: the phone fields of a register no earlier part
used (Indonesia's regional police headquarters, Polda, and provincial fire and rescue services,
Damkar, as an emergency-contact web app lists them; Indonesia's earlier parts took COVID-19
referral hospitals, the tax offices, Universitas Terbuka's regional offices and Bandung's
puskesmas), exactly as the app gives them.

Two lists of one directory, read from a git checkout at a named commit, values unchanged:

* ``src/data/dataPolisi.js``: the 32 regional police headquarters of the Indonesian National
  Police (Kepolisian Daerah, ``Polda Bali``), one per province, each with its ``Alamat``, its
  ``Nomor Telepon`` (an area code and the line joined by a hyphen, ``0361-227174``; five fields
  of two numbers joined by a slash, the second without its area code, ``0274-885009/884444``;
  one with a stray question mark after the area code, ``0967?-531014/533396``), its province in
  Indonesian and English and the police's ``Website`` (``bali.polri.go.id``);
* ``src/data/dataDamkar.js``: the 34 fire and rescue services (Pemadam Kebakaran, ``Damkar
  Aceh``), one per province, each with its ``Alamat``, its province in English and Indonesian
  and its ``Nomor Telepon`` in the same shape (some mobile numbers, ``0812-7461-9599``; one with
  a blank after the hyphen, ``0542- 878207``; one without the trunk ``0``, ``651-44123``).

Both files are JavaScript arrays of JSON objects (``dataPolisi = [ ... ]``) in the repository
clumsyyyy/Milestone02_K01 (EmergenShift, a student team's emergency-help web app). Every row
with a number of six digits or more in ``Nomor Telepon``, the police first, each in the file's
order; each row kept as a mapping of all of its keys to the published strings (the lists name
no person: ``Nama`` is the office's name).

    python scripts/id_emergency_services_data.py ID_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_id_emergency_services.json"
CAP = 600
PATHS = ("src/data/dataPolisi.js", "src/data/dataDamkar.js")
SOURCES = {
    "ID": {
        "repository": "clumsyyyy/Milestone02_K01",
        "commit": "093c27a7e781bba5f021fb33fbdf7d4f303f6717",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "an emergency-contact directory of Indonesia's regional police "
        "headquarters (Kepolisian Daerah, Polda, of the Indonesian National Police, Polri) and "
        "provincial fire and rescue services (Dinas Pemadam Kebakaran, Damkar), one of each per "
        "province, with addresses and telephone numbers, as the EmergenShift web app "
        "(emergenshift.netlify.app, SPARTA HMIF 2020, Institut Teknologi Bandung) lists them; "
        "the files added in 86cc504 ('finalisasi fungsionalitas', 11 August 2021), moved under "
        "src/ in 365ea2d (15 August 2021), unchanged at the repository's head 093c27a",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the police's and fire services' terms for their numbers were not found",
        "language": "id",
        "roles": {"name": "Nama", "phone": ["Nomor Telepon"], "address": ["Alamat"]},
    },
}  # fmt: skip


def js_array(text: str) -> list[dict[str, str]]:
    """The objects of a ``name = [ ... ]`` JavaScript file whose array is JSON."""
    return json.loads(text[text.index("[") : text.rindex("]") + 1])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": row}
                for i, row in enumerate(js_array(raw.decode(meta["encoding"])))
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
