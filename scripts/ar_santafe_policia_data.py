"""Extract the register that ``pii_held_out_459.py`` writes its records around into
``scripts/data/pii_ar_santafe_policia.json``: the telephone list of the police stations of the
Province of Santa Fe (Argentina), an Excel 97 workbook (``telefonos dependencias policiales.xls``,
sheet ``Policia``, authored by IPEC, the province's Instituto Provincial de Estadística y Censos,
last saved 29 June 2022) as the repository nespinosaoimpa-wq/Adicionales-Santa-Fe committed it.

Each row of the sheet names a locality, a station (comisaría, subcomisaría, destacamento, unidad
regional office), its street address, the area code (``característica``, ``342``) in a column
of its own, the telephone (``457-2837``, or a number cell such as ``4906155``) and a Centrex
extension. A station is kept where its ``telefono`` holds a number of seven digits or more,
each such number written as one (digits and hyphens; the lines of a cell such as ``472-9535 /
463-6995`` each labelled by the part, the abbreviated ``/ 2899`` after ``457-2806`` no
number), none of which an earlier Argentine part's data holds (alone or after its area code)
or a station kept before it has; values as the sheet writes them (a number cell as the integer
it shows, ``342``), with the unidad regional and departamento of the heading rows above it (a
row whose one cell is upper case: ``UNIDAD REGIONAL I``, then ``LA CAPITAL``), and, as
``localidad_arriba`` and ``dependencia_arriba``, the last locality and station named at or
above the row in its department (the sheet leaves them blank in the rows that follow: Santa
Fe's and Rosario's seccionales, a station's second line). The kept rows are all of them (129,
under ``CAP``). The notes column (other lines, ``CRIA MUJER 4831575``) is not kept. No person
is named in the kept fields.

The workbook is read with the small reader below (OLE2 compound file, BIFF8 records: shared
strings, LABELSST, LABEL, NUMBER, RK, MULRK), the project having no Excel 97 reader.

    python scripts/ar_santafe_policia_data.py AR_GIT
"""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import Any

from pii_held_out_14 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ar_santafe_policia.json"
CAP = 400
PATH = "telefonos dependencias policiales.xls"
SHEET = "Policia"
COLUMNS = ("localidad", "seccion", "dependencia", "domicilio", "caracteristica", "telefono",
           "centrex")  # fmt: skip
# the earlier Argentine parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_ar_hospitals.json", "pii_ar_conabip_libraries.json", "pii_ar_museums.json",
    "pii_ar_incaa_cinemas.json", "pii_ar_usig_teatros.json",
)  # fmt: skip
SOURCES = {
    "AR": {
        "repository": "nespinosaoimpa-wq/Adicionales-Santa-Fe",
        "commit": "043d6aba948226a5ba70f0faaff7391601fc10f7",
        "paths": [PATH],
        "encoding": "xls (BIFF8, Excel 97), sheet Policia",
        "publisher": "Policía de la Provincia de Santa Fe, its list of the telephones of the "
        "police stations (workbook authored by IPEC, Instituto Provincial de Estadística y "
        "Censos, created 19 November 2009, last saved 29 June 2022), as the repository "
        "nespinosaoimpa-wq/Adicionales-Santa-Fe committed it (file last changed in 0076c84)",
        "licence": "not confirmed: the repository names no licence and the workbook states no "
        "terms",
        "language": "es",
        "roles": {"name": "dependencia", "phone": ["telefono"], "area_code": "caracteristica",
                  "address": ["domicilio", "localidad"], "extension": "centrex",
                  "region": ["unidad_regional", "departamento"]},
    },
}  # fmt: skip


def ole_stream(data: bytes, name: str) -> bytes:
    """The named stream of an OLE2 compound file (its FAT from the header's 109 DIFAT entries,
    enough for a workbook of a few megabytes; the stream read by its sector chain)."""
    size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    n_fat, dir_start = (
        struct.unpack_from("<I", data, 0x2C)[0],
        struct.unpack_from("<I", data, 0x30)[0],
    )
    difat = struct.unpack_from("<109I", data, 0x4C)[:n_fat]

    def sector(i: int) -> bytes:
        return data[512 + i * size : 512 + (i + 1) * size]

    fat = [x for s in difat for x in struct.unpack(f"<{size // 4}I", sector(s))]

    def chain(start: int) -> bytes:
        out = []
        while start < 0xFFFFFFFA:
            out.append(sector(start))
            start = fat[start]
        return b"".join(out)

    entries = chain(dir_start)
    for at in range(0, len(entries), 128):
        length = struct.unpack_from("<H", entries, at + 64)[0]
        if entries[at : at + length - 2].decode("utf-16-le") == name:
            start, stream_size = struct.unpack_from("<II", entries, at + 116)
            return chain(start)[:stream_size]
    raise KeyError(name)


def _rk(value: int) -> float:
    """A BIFF RK number: a 30-bit integer or the top of a double, divided by 100 if flagged."""
    if value & 2:
        number = float((value >> 2) - (1 << 30) if value & (1 << 31) else value >> 2)
    else:
        number = struct.unpack("<d", struct.pack("<Q", (value & 0xFFFFFFFC) << 32))[0]
    return number / 100 if value & 1 else number


def _chars(raw: bytes, at: int, count: int, flags: int) -> str:
    """``count`` characters at ``at``: UTF-16 where ``flags`` has bit 0, else Latin-1."""
    if flags & 1:
        return raw[at : at + 2 * count].decode("utf-16-le")
    return raw[at : at + count].decode("latin-1")


def _sst(parts: list[bytes]) -> list[str]:
    """The shared strings of an SST record and its CONTINUE records (a string's characters may
    run on into the next record, which then opens with a fresh flags byte)."""
    out, p, i, buf = [], 0, 8, parts[0]
    for _ in range(struct.unpack_from("<I", buf, 4)[0]):
        if i >= len(buf):
            p, i = p + 1, 0
            buf = parts[p]
        count, flags = struct.unpack_from("<HB", buf, i)
        i += 3
        runs = ext = 0
        if flags & 8:
            runs, i = struct.unpack_from("<H", buf, i)[0], i + 2
        if flags & 4:
            ext, i = struct.unpack_from("<I", buf, i)[0], i + 4
        chars = []
        while count:
            if i >= len(buf):
                p += 1
                buf, flags, i = parts[p], parts[p][0], 1
            n = min(count, (len(buf) - i) // (2 if flags & 1 else 1))
            chars.append(_chars(buf, i, n, flags))
            i, count = i + n * (2 if flags & 1 else 1), count - n
        skip = runs * 4 + ext
        while skip:
            if i >= len(buf):
                p, i = p + 1, 0
                buf = parts[p]
            n = min(skip, len(buf) - i)
            i, skip = i + n, skip - n
        out.append("".join(chars))
    return out


def sheets(workbook: bytes) -> dict[str, dict[tuple[int, int], str | float]]:
    """Each worksheet's cells of a BIFF8 workbook stream: (row, column) to the string, or the
    number, the cell holds (LABELSST, LABEL, NUMBER, RK, MULRK; formulas are not read)."""
    names: dict[int, str] = {}
    out: dict[str, dict[tuple[int, int], Any]] = {}
    sst_parts: list[bytes] = []
    cells, pos, in_sst = None, 0, False
    while pos + 4 <= len(workbook):
        kind, size = struct.unpack_from("<HH", workbook, pos)
        rec = workbook[pos + 4 : pos + 4 + size]
        if kind == 0x0809 and pos in names:  # BOF of a sheet named by a BOUNDSHEET
            cells = out.setdefault(names[pos], {})
        elif kind == 0x0085:  # BOUNDSHEET: the offset of the sheet's BOF, its name
            names[struct.unpack_from("<I", rec)[0]] = _chars(rec, 8, rec[6], rec[7])
        elif kind == 0x00FC:  # SST
            sst_parts, in_sst = [rec], True
        elif kind == 0x003C and in_sst:  # CONTINUE of the SST
            sst_parts.append(rec)
        in_sst = in_sst and kind in (0x00FC, 0x003C)
        if cells is not None:
            if kind == 0x00FD:  # LABELSST: an index into the shared strings
                r, c, _, k = struct.unpack_from("<HHHI", rec)
                cells[r, c] = k
            elif kind == 0x0203:  # NUMBER
                r, c, _, v = struct.unpack_from("<HHHd", rec)
                cells[r, c] = v
            elif kind == 0x027E:  # RK
                r, c, _, v = struct.unpack_from("<HHHI", rec)
                cells[r, c] = _rk(v)
            elif kind == 0x00BD:  # MULRK: a run of RK cells
                r, c = struct.unpack_from("<HH", rec)
                for j in range((size - 6) // 6):
                    cells[r, c + j] = _rk(struct.unpack_from("<I", rec, 4 + j * 6 + 2)[0])
            elif kind == 0x0204:  # LABEL
                r, c, _, n, flags = struct.unpack_from("<HHHHB", rec)
                cells[r, c] = _chars(rec, 9, n, flags)
        pos += 4 + size
    strings = _sst(sst_parts) if sst_parts else []
    for sheet in out.values():
        for key, v in sheet.items():
            if isinstance(v, int):
                sheet[key] = strings[v]
    return out


def shown(value: str | float) -> str:
    """A cell as the sheet shows it: a string stripped, a whole number as its integer."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return value.strip()


def lines(value: str) -> list[str]:
    """The numbers of seven digits or more that a ``telefono`` holds, as the part labels them
    (``pii_held_out_14.numbers``: ``457-2806 / 2899`` holds ``457-2806``, the ``2899`` after it
    an abbreviated second line; ``472-9535 / 463-6995`` holds both)."""
    return [n for s, e in numbers(value) if len(digits_of(n := value[s:e])) >= 7]


def kept_phone(value: str) -> bool:
    """Whether a ``telefono`` holds a number of seven digits or more and each such number is
    written as one (digits and hyphens: not ``420-009  6364``, a six-digit line and an
    extension that the numbers' reader would join)."""
    found = lines(value)
    return bool(found) and all(re.fullmatch(r"\d[\d-]*\d", n) for n in found)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stations of the sheet, with the commit they were read at."""
    meta = SOURCES["AR"]
    xls = _git(gits["AR"], "show", f"{meta['commit']}:{PATH}")
    cells = sheets(ole_stream(xls, "Workbook"))[SHEET]
    earlier, seen = earlier_numbers(DATA, EARLIER, "54"), set()
    found, regional, department, town, station = [], "", "", "", ""
    for r in range(max(row for row, _ in cells) + 1):
        row = {name: shown(cells.get((r, c), "")) for c, name in enumerate(COLUMNS)}
        filled = [shown(v) for (rr, c), v in cells.items() if rr == r and shown(v)]
        if len(filled) == 1 and filled[0].isupper() and not row["telefono"]:
            if filled[0].startswith("UNIDAD REGIONAL"):
                regional, department = filled[0], ""
            else:
                department = filled[0]
            town = station = ""
            continue
        town = row["localidad"] or town
        station = row["dependencia"] or station
        if not kept_phone(row["telefono"]):
            continue
        found_lines = {digits_of(n) for n in lines(row["telefono"])}
        joined = {row["caracteristica"] + d for d in found_lines}
        if found_lines & seen or (found_lines | joined) & earlier:
            continue
        seen |= found_lines
        fields = {
            **row,
            "unidad_regional": regional,
            "departamento": department,
            "localidad_arriba": town,
            "dependencia_arriba": station,
        }
        found.append({"country": "AR", "path": f"{PATH}#{SHEET}!{r}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "AR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
