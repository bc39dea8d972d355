"""Extract the real register that ``pii_held_out_184.py`` writes its records around into
``scripts/data/pii_jp_hokkaido_hospitals.json``: the phone fields of a register no earlier part
used (Hokkaido's list of hospitals, 道内医療機関の名簿, of the Hokkaido Government's Department of
Health and Welfare; Japan's earlier parts took city lists of Takamatsu, Toyama, Iizuka, Yaizu
and Sapporo), exactly as the prefecture gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``data/D02_hospital/hospital_list.csv``: the hospitals of Hokkaido by public health centre
  area as of 1 October 2015 (``<病院（保健所別） H27.10.1現在>``: 市立函館, 渡島, 札幌市 ...),
  each with its ``phone_number`` (``0138-51-6281``, ``011-231-2121``, ``01392-2-2079``: the
  area code, the exchange and the line joined by hyphens), beside its name, dates of licence
  and opening in the Japanese era (``S22.4.1``, ``平15.9.１``), postcode, address, the
  founder's kind code, departments, emergency flag, coordinates and bed counts, as the file
  gives them; the repository colspan/opendata-jp converted the prefecture's published list
  into CSV and added the coordinates and the perinatal and stroke columns.

UTF-8 CSV. Every row with a number of six digits or more in ``phone_number`` whose field does
not break the number across a line (one row, ``0154-39-`` and ``1222`` on two lines, left out;
six have no number), in the file's order; each row kept as a mapping of the file's columns to
the published strings, but for ``開　設　者`` (the founder) and ``管　理　者`` (the director),
which name persons (a hospital's director, an individual founder) and are dropped.

    python scripts/jp_hokkaido_hospitals_data.py JP_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_jp_hokkaido_hospitals.json"
CAP = 600
PERSONS = ("開\u3000設\u3000者", "管\u3000理\u3000者")
SOURCES = {
    "JP": {
        "repository": "colspan/opendata-jp",
        "commit": "ea25c76b0b62c6bb2a1886da2784be7496a16c60",
        "path": "data/D02_hospital/hospital_list.csv",
        "encoding": "utf-8",
        "publisher": "Hokkaido Government, Department of Health and Welfare, Regional Medical "
        "Promotion Bureau, Medical and Pharmaceutical Affairs Division (北海道保健福祉部 地域医療"
        "推進局 医務薬務課), its list of the hospitals of Hokkaido (道内医療機関の名簿, "
        "pref.hokkaido.lg.jp/hf/iyk/iry/iryoukikanmeibo.htm), as of 1 October 2015; made "
        "machine-readable (CSV, geocoded, perinatal and stroke columns added by hand) by "
        "Kunihiko Miyoshi in colspan/opendata-jp (commits 9f395eb and 488c8da, 2016), as its "
        "data/D02_hospital/license.md states",
        "licence": "CC BY 2.1 JP: the prefecture's list under the Hokkaido open-data terms "
        "(北海道オープンデータ利用規約), © 北海道; the repository's processed file CC BY 2.1 JP "
        "© 北海道・三好邦彦 (data/D02_hospital/license.md); the repository has no LICENSE file "
        "for its code",
        "language": "ja",
        "roles": {"name": "hospital_name", "phone": ["phone_number"], "address": ["address"]},
    },
}  # fmt: skip


def _keep(row: dict[str, str]) -> dict[str, str]:
    """The row's columns but for those that name persons."""
    return {key: value for key, value in row.items() if key not in PERSONS}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    data = extract_csv_files(gits, SOURCES, CAP, _keep)
    data["rows"] = [r for r in data["rows"] if "\n" not in r["fields"]["phone_number"]]
    return data


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
