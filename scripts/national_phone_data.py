"""Extract the real registers that ``pii_held_out_11.py`` writes its records around into
``scripts/data/pii_national_phones.json``: phone numbers written in NATIONAL format, without a
calling code, exactly as public bodies published them in open-data registers.

Six registers, each read from a git checkout at a named commit, values unchanged:

* ``GB``: the NHS Digital Organisation Data Service pharmacy file as the repository
  ayubmalik/nhsfinder committed it (``data/pharmacy.csv``: ODS code, name, address lines,
  postcode, phone, coordinates; no header row). Contains public sector information licensed
  under the Open Government Licence v3.0 (NHS Digital); the repository's code is Apache-2.0.
  ``CAP`` rows with a phone, a seeded sample.
* ``JP``: Takamatsu City's open data (takamatsu-city/opendata, CC BY 4.0, © 高松市):
  ``data/hospital/data.csv`` (hospitals, clinics, dentists) and
  ``data/elderly_welfare_facility/data.csv``, every row with a phone.
* ``FR``: the French health ministry's register of COVID-19 testing sites
  (``sites-prelevements``, data.gouv.fr, Licence Ouverte / Open Licence 2.0) as the repository
  Kiryonn/projet-techno-web-2021 committed it (``get datas/sites-prelevements-acces-
  restreint.csv``), every row whose ``tel_rdv`` field is not empty (some hold two numbers,
  an e-mail address or a note beside the number).
* ``DE``: Berlin's school register (Schulen in Berlin, Senatsverwaltung für Bildung, Jugend und
  Familie, CC BY 3.0) as the repository tursics/school-student-development committed it: phone
  and fax written as local numbers with no area code (``901838210``); ``CAP`` rows.
* ``AR``: Buenos Aires's register of public hospitals (Buenos Aires Data, CC BY 2.5 AR) as the
  repository tommantonela/urban_datasets committed it: phone, emergency and fax fields with
  several numbers, shortened endings and extensions (``4121-0700 / 0800``).
* ``KR``: the Korean national standard data of public libraries (전국도서관표준데이터,
  data.go.kr, free use with no restriction) as the repository yooyeonhae/seoul_libary
  committed it (CP949); ``CAP`` rows with a phone, a seeded sample.

Each row is kept as a mapping of its register's column names to the published strings, with
the names of the columns that play each role (name, address, phone, register numbers...).

    python scripts/national_phone_data.py GB_GIT JP_GIT FR_GIT KR_GIT DE_GIT AR_GIT
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import subprocess
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "data" / "pii_national_phones.json"
CAP = {"GB": 700, "KR": 400, "DE": 300}  # rows with a phone per country at most, a seeded sample
GB_COLUMNS = ("ods_code", "name", "address1", "address2", "address3", "town", "postcode", "phone",
              "latitude", "longitude")  # fmt: skip
SOURCES = {
    "GB": {
        "repository": "ayubmalik/nhsfinder",
        "paths": ["data/pharmacy.csv"],
        "licence": "Open Government Licence v3.0: contains public sector information of NHS "
        "Digital (Organisation Data Service); the repository's code is Apache-2.0",
        "header": None,
        "roles": {"name": "name", "address": ["address1", "address2", "address3", "town"],
                  "postcode": "postcode", "phone": "phone", "register": "ods_code"},
    },
    "JP": {
        "repository": "takamatsu-city/opendata",
        "paths": ["data/hospital/data.csv", "data/elderly_welfare_facility/data.csv"],
        "licence": "CC BY 4.0 (© 高松市 Takamatsu City)",
        "header": "per file",
        "roles": {"name": "name", "address": ["address"],
                  "phone": ["telephone\u3000number", "telephoneNumber"],
                  "kind": ["alternativeName", "service"], "date": "openingDate",
                  "note": ["medicalSubjects", "availableDateNote"],
                  "count": ["numberOfBeds", "capacity"], "register": "prefCode"},
    },
    "FR": {
        "repository": "Kiryonn/projet-techno-web-2021",
        "paths": ["get datas/sites-prelevements-acces-restreint.csv"],
        "licence": "Licence Ouverte / Open Licence 2.0 (ministère des Solidarités et de la "
        "Santé, data.gouv.fr, sites de prélèvements)",
        "header": "first row",
        "roles": {"name": "rs", "address": ["adresse"], "phone": "tel_rdv",
                  "register": ["finess", "id_ej"], "hours": "horaire", "date": "date_modif",
                  "note": ["cpl_loc", "check_rdv", "public"]},
    },
    "KR": {
        "repository": "yooyeonhae/seoul_libary",
        "paths": ["전국도서관표준데이터.csv"],
        "licence": "공공데이터포털 data.go.kr 전국도서관표준데이터 (national standard data of "
        "public libraries, Korea), 이용허락범위 제한 없음: free use with no restriction under "
        "the Public Data Act; as the repository committed it (CP949)",
        "encoding": "cp949",
        "header": "first row",
        "roles": {"name": "도서관명", "address": ["소재지도로명주소"], "phone": "도서관전화번호",
                  "kind": ["도서관유형"], "hours": "휴관일", "date": "데이터기준일자",
                  "register": ["제공기관코드"], "count": ["열람좌석수", "자료수(도서)"],
                  "note": ["운영기관명"]},
    },
    "DE": {
        "repository": "tursics/school-student-development",
        "paths": ["data/schulen.csv"],
        "licence": "CC BY 3.0: \"Schulen in Berlin\", Senatsverwaltung für Bildung, Jugend und "
        "Familie (https://daten.berlin.de/datensaetze/schulen-berlin), as the repository "
        "committed it (its code is MIT)",
        "delimiter": ";",
        "header": "first row",
        "roles": {"name": "Name", "address": ["Adresse"], "postcode": "PLZ",
                  "phone": ["Telefon", "Fax"], "register": ["BSN"],
                  "note": ["eMail", "Internet"]},
    },
    "AR": {
        "repository": "tommantonela/urban_datasets",
        "paths": ["hospitales.csv"],
        "licence": "CC BY 2.5 AR: hospitales, Buenos Aires Data (Gobierno de la Ciudad de "
        "Buenos Aires, https://data.buenosaires.gob.ar), as the repository committed it "
        "(ISO-8859-1)",
        "encoding": "latin-1",
        "delimiter": ";",
        "header": "first row",
        "roles": {"name": "NOMBRE", "address": ["DOM_NORMA", "BARRIO"], "postcode": "COD_POSTAL",
                  "phone": ["TELEFONO", "GUARDIA", "FAX"], "register": ["ID"],
                  "kind": ["TIPO"], "note": ["WEB", "DIRECTOR", "TIPO_ESPEC"]},
    },
}  # fmt: skip


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(git_dir), *args], capture_output=True, check=True
    ).stdout


def _rows(text: str, header: list[str] | None, delimiter: str) -> list[dict[str, str]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    cols = header or next(reader)
    return [dict(zip(cols, row, strict=True)) for row in reader if row]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """Every kept row of the three registers, with the commit each was read at."""
    sources, rows = {}, []
    for country, git_dir in gits.items():
        meta = dict(SOURCES[country])
        sha = _git(git_dir, "rev-parse", "HEAD").decode().strip()
        sources[country] = {**meta, "commit": sha}
        found = []
        for path in meta["paths"]:
            text = _git(git_dir, "show", f"{sha}:{path}").decode(meta.get("encoding", "utf-8-sig"))
            header = list(GB_COLUMNS) if country == "GB" else None
            for i, row in enumerate(_rows(text, header, meta.get("delimiter", ","))):
                if any(row.get(c, "").strip() for c in _as_list(meta["roles"]["phone"])):
                    found.append({"country": country, "path": f"{path}#{i}", "fields": row})
        if len(found) > CAP.get(country, len(found)):
            found = sorted(
                random.Random(f"national:{country}").sample(found, CAP[country]),
                key=lambda r: int(r["path"].rsplit("#", 1)[1]),
            )
        rows += found
    return {"sources": sources, "rows": rows}


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gb_git", type=Path)
    parser.add_argument("jp_git", type=Path)
    parser.add_argument("fr_git", type=Path)
    parser.add_argument("kr_git", type=Path)
    parser.add_argument("de_git", type=Path)
    parser.add_argument("ar_git", type=Path)
    args = parser.parse_args()
    gits = {"GB": args.gb_git, "JP": args.jp_git, "FR": args.fr_git, "KR": args.kr_git}
    data = extract({**gits, "DE": args.de_git, "AR": args.ar_git})
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT, len(data["rows"]))


if __name__ == "__main__":
    main()
