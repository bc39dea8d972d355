"""Extract the real register that ``pii_held_out_407.py`` writes its records around into
``scripts/data/pii_id_jakarta_faskes.json``: the phone, fax and e-mail fields of a register no
earlier part used (Indonesia, standing for the Philippines and Malaysia, whose regions' and
cities' open-data registers the tools did not find; Indonesia's earlier parts took a list of
COVID-19 referral hospitals, the Directorate General of Taxes' offices, the IDX's listed
companies, Universitas Terbuka's regional offices, Bandung's puskesmas and the police's and fire
services' emergency contacts; this one is the DKI Jakarta provincial government's list of the
province's health facilities, its kecamatan puskesmas and its hospitals, as the province's open
data portal published it), exactly as the list gives them.

One table of a SQL dump of the HackJak 2017 hackathon (Jakarta Smart City), read from a git
checkout at a named commit, values unchanged:

* ``hackjak.sql``, table ``mst_puskesmas``: 156 rows, the 44 kecamatan puskesmas of the
  province (``PUSKESMAS KECAMATAN JAGAKARSA``, ``Pusk. Kec. Kep.Seribu Utara``) and 112
  hospitals (``Tarakan``, ``PGI Cikini``, the kecamatan hospitals), each with its ``nama``,
  street ``alamat``, ``latitude`` and ``longitude``, its ``telp`` and ``fax`` as the list writes
  them (Jakarta lines without the area code, ``7864707``, ``564 8379``; some with it,
  ``021-7868172``; runs of lines, ``5703081 - 85``, ``3909513 ; 3909514``, ``8401127/
  8400109``, ``29484848  (10 lines)``, ``3904422 Ext.1900 ;1919``; one mobile,
  ``085210432196``), its ``email`` (one mailbox or several after commas or semicolons, some
  malformed), ``website`` and ``type`` (``puskesmas`` or ``rs``); SQL ``null`` as JSON null.

A row is kept where its ``telp`` holds a number of seven digits or more, where no number of its
``telp`` or ``fax`` is one an earlier Indonesian part's data holds (with or without Jakarta's
``021``), and where no row kept before it has the same ``telp`` (the kecamatan hospitals share
their puskesmas' lines: the first is kept); all of them, in the table's order. Each is kept as
the mapping of the table's columns to the published values (no column names a person; a few
mailboxes are named after a member of staff, kept as published).

    python scripts/id_jakarta_faskes_data.py ID_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_id_jakarta_faskes.json"
PATH = "hackjak.sql"
TABLE = "mst_puskesmas"
COLUMNS = (
    "id", "nama", "alamat", "latitude", "longitude", "telp", "fax", "email", "website", "type",
)  # fmt: skip
PHONE, FAX = "telp", "fax"
# the earlier Indonesian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_id_hospitals.json", "pii_id_djp_tax_offices.json", "pii_id_idx_emiten.json",
    "pii_id_ut_regional_offices.json", "pii_id_bandung_puskesmas.json",
    "pii_id_emergency_services.json",
)  # fmt: skip
AREA = "21"  # Jakarta's area code
SOURCES = {
    "ID": {
        "repository": "alam157/hackjak2017",
        "commit": "182de78f9346c37cf696b9af628143d8f0cf1cf2",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Pemerintah Provinsi DKI Jakarta (Dinas Kesehatan), its list of the "
        "province's kecamatan puskesmas and hospitals as the provincial open data portal "
        "(data.jakarta.go.id) published them, loaded into a HackJak 2017 hackathon project's "
        "database (table mst_puskesmas, dump last changed in 73ec583, 'sql update', 8 December "
        "2017; unchanged at the repository's head 182de78, 17 February 2020)",
        "licence": "not confirmed: the repository names no licence of its own (its license.txt "
        "is CodeIgniter's, the framework's), and the portal's terms for this list are not "
        "stated there",
        "language": "id",
        "roles": {"name": "nama", "phone": [PHONE], "fax": [FAX], "email": "email",
                  "address": ["alamat"], "coordinates": ["latitude", "longitude"],
                  "kind": "type", "website": "website"},
    },
}  # fmt: skip

_ROW = re.compile(rf"^INSERT INTO `{TABLE}` VALUES \((.*)\);$")
_LITERAL = re.compile(r"'((?:[^']|'')*)'|(null)")


def values_of(line: str) -> list[str | None]:
    """The SQL literals of one ``INSERT ... VALUES (...)`` line: strings (``''`` is a quote)
    and ``null`` as None."""
    body = _ROW.match(line).group(1)
    out = [
        m.group(1).replace("''", "'") if m.group(2) is None else None
        for m in _LITERAL.finditer(body)
    ]
    assert len(out) == len(COLUMNS), line
    return out


def local_forms(found: set[str]) -> set[str]:
    """Each number with, also, its Jakarta line without ``021`` or ``6221`` before it."""
    out = set(found)
    for digits in found:
        for prefix in ("0" + AREA, "62" + AREA):
            if digits.startswith(prefix):
                out.add(digits[len(prefix) :])
    return out


def earlier_parts_numbers() -> set[str]:
    """The digits of every number of seven digits or more in the earlier Indonesian parts' data,
    each value whole and each number in it on its own, with their local forms."""
    found = earlier_numbers(DATA, EARLIER, "62")
    for name in EARLIER:
        rows = json.loads((DATA / name).read_text(encoding="utf-8"))["rows"]
        for value in (v for row in rows for v in row["fields"].values() if isinstance(v, str)):
            for s, e in numbers(value):
                if len(digits_of(value[s:e])) >= 7:
                    found.add(digits_of(value[s:e]))
    return local_forms(found)


def numbers_of(value: str | None) -> list[str]:
    """The digits of each number in a phone field (none where it is null)."""
    return [digits_of(value[s:e]) for s, e in numbers(value or "")]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the table, with the commit they were read at."""
    meta = SOURCES["ID"]
    raw = _git(gits["ID"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen, found = earlier_parts_numbers(), set(), []
    lines = [line for line in raw.splitlines() if line.startswith(f"INSERT INTO `{TABLE}`")]
    for i, line in enumerate(lines):
        fields = dict(zip(COLUMNS, values_of(line), strict=True))
        tel = digits_of(fields[PHONE] or "")
        if len(tel) < 7 or tel in seen:
            continue
        if any(n in earlier for n in numbers_of(fields[PHONE]) + numbers_of(fields[FAX])):
            continue
        seen.add(tel)
        found.append({"country": "ID", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": found}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
