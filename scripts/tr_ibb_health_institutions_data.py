"""Extract the real register that ``pii_held_out_163.py`` writes its records around into
``scripts/data/pii_tr_ibb_health_institutions.json``: the phone fields of a register no earlier
part used (Istanbul Metropolitan Municipality's (İBB) open data set of Istanbul's health
institutions and organisations; Turkey's earlier part took the pharmacies of the province of
Edirne on a duty-pharmacy application's list, another publisher and another kind of list),
exactly as the municipality gives them.

One CSV file, read from a git checkout at a named commit, values unchanged:

* ``Data/Non-GIS data/raw/istanbul_healthservices.csv``: İBB's "İstanbul Sağlık Kurum ve
  Kuruluşları Verisi" (data.ibb.gov.tr), 4,072 health institutions of Istanbul's districts
  (family health centres, private dental centres, opticians, veterinary clinics, emergency
  stations, hospitals, polyclinics, laboratories, care homes, ...), each with its ``TELEFON``
  field as the municipality writes it (``0216 347 49 42``: the trunk 0 and area code, the
  exchange and the line in pairs; two or three numbers after `` - ``, ``0212 414 20 00 - 0212
  414 30 00``; a second line's last digits after `` - ``, ``0212 533 34 61 - 68``; mobile
  numbers, ``0532 ...``; nationwide ``444`` numbers, ``444 07 63``; a few with ``+90`` or the
  area code in brackets), beside its district and UAVT district code, name, sub-category,
  address, web site, emergency-service, bed and ambulance fields, neighbourhood and coordinates.

The file is UTF-8 with a byte-order mark whose Turkish letters were written from Windows-1254
bytes read as Windows-1252 (``Kliniði`` for ``Kliniği``); its strings are kept as they stand
(the generator reads them back). Rows kept: those with a number of six digits or more in
``TELEFON`` (3,768), less the 288 of them of sub-category ``Muayenehane`` (a doctor's private
practice, named after the doctor); a seeded sample of ``CAP`` of the 3,480, in the file's
order; each row a mapping of all of the file's columns to the published strings.

    python scripts/tr_ibb_health_institutions_data.py TR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tr_ibb_health_institutions.json"
CAP = 480
PRACTICE = "Muayenehane"  # a doctor's private practice: left out (named after a person)
SOURCES = {
    "TR": {
        "repository": "ejgenc/Data-Analysis_Istanbul-Health-Services-Map",
        "commit": "c9949f116a961b7012a2a42354b879f107f45512",
        "path": "Data/Non-GIS data/raw/istanbul_healthservices.csv",
        "encoding": "utf-8-sig",
        "publisher": "İstanbul Büyükşehir Belediyesi (Istanbul Metropolitan Municipality, İBB), "
        "its open data set 'İstanbul Sağlık Kurum ve Kuruluşları Verisi' (data.ibb.gov.tr, "
        "dataset istanbul-saglik-kurum-ve-kuruluslari-verisi); copied into the repository in "
        "d1cf24b ('committing the whole project', 27 July 2020), whose README names İBB's Open "
        "Data Portal as the source",
        "licence": "not confirmed: the repository has no LICENSE file; İBB publishes its open data "
        "under the İBB Açık Veri Lisansı (data.ibb.gov.tr/license), whose terms were not read "
        "here",
        "language": "tr",
        "roles": {"name": "ADI", "phone": ["TELEFON"], "address": ["ADRES"],
                  "kind": "ALT_KATEGORI", "district": "ILCE_ADI",
                  "coordinates": ["ENLEM", "BOYLAM"]},
    },
}  # fmt: skip


def keep(row: dict[str, str]) -> dict[str, str]:
    """All of the row's columns, as published."""
    return dict(row)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit they were read at."""
    full = extract_csv_files(gits, SOURCES, 10**6, keep)
    found = [r for r in full["rows"] if r["fields"]["ALT_KATEGORI"] != PRACTICE]
    return {"sources": SOURCES, "rows": seeded_sample(found, "TR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
