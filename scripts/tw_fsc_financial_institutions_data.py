"""Extract the real list that ``pii_held_out_283.py`` writes its records around into
``scripts/data/pii_tw_fsc_financial_institutions.json``: the phone fields of a register no
earlier part used (Taiwan, whose earlier parts took the National Health Insurance
Administration's lists, the Ministry of Education's elementary schools, Hsinchu City's medical
institutions, the National Police Agency's stations, Taipei's Department of Social Welfare's
elder-care providers, Taipei's hotels and Chunghwa Post's post offices; this one is another
publisher and another kind of institution: the Financial Supervisory Commission's Banking
Bureau's basic data of financial institutions, 金融機構基本資料, the head offices and branches
of banks, credit co-operatives, securities and bills finance firms, financial holding
companies, card and e-payment companies), exactly as the bureau gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``金融機構基本資料.csv``: the bureau's download (data.gov.tw dataset 6041) as Excel's Unicode
  text writes it: UTF-16 with a byte-order mark, lines ended by CR LF, cells separated by tabs,
  each cell a formula of a quoted string (``="02-23812949"``), so that a spreadsheet keeps the
  codes' leading zeros; the header (``總機構代號``, ``分支機構代號``, ``機構名稱``, ``地址``,
  ``電話``, ``負責人``, ``異動日期``, ``金融機構網址``), then each kind of institution as a line
  of its own (``本國銀行``, ``證券商``, ``信用合作社``...) and its institutions' rows, the
  head office first (no branch code, its web site) and its branches after it; the file ends
  with an ASCII CR LF after its last UTF-16 line, a stray line that is read as no row.

Kept are the rows whose ``電話`` is one number in the shapes of the list (``02-23812949``,
``049-2332101``, ``02-8780-5277``, ``089-324-351``, ``(04)2252-1010``, and
the foreign branches' numbers led by ``+``: ``+66 2359-0000``, ``+1-646-213-3258``): left out
are empty fields, a number with an extension (``#2270``), a trailing hyphen, tilde or one- or
two-digit ending (``06-2381611 -``, ``082-325261~5``, ``03-3327126-9``), which cannot be told
from the line as written, odd separators (``81_6_69438805``, an en dash), and foreign numbers
written with their country code but no ``+`` (``81-3-3504-8881``) or local numbers with no
area code (``21738888``); of a number that several rows share (a head office and its
business department), only the first row; and any number of the earlier Taiwanese parts'
data. A seeded sample of 480 of them, in the file's order; each row kept as a mapping of its
columns to the published strings, with the line of its kind as ``類別``, less ``負責人`` (the
branch manager's name, a person's) which is not copied.

    python scripts/tw_fsc_financial_institutions_data.py TW_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_fsc_financial_institutions.json"
CAP = 480
PATH = "金融機構基本資料.csv"
PHONE = "電話"
KIND = "類別"
PERSON = "負責人"
# one number as the list writes it: a Taiwanese number with its trunk 0 (the area code before a
# hyphen or in brackets, the line in one or two groups, the last of three digits or more), or a
# foreign one led by ``+`` (groups after blanks or hyphens, the last of three digits or more)
SHAPE = re.compile(
    r"(?:0\d{1,3}-|\(0\d{1,3}\))(?:\d{6,8}|\d{2,5}-\d{3,5})"
    r"|\+\d{1,3}(?:[ -]\d{1,5}){0,3}[ -]\d{3,8}"
)
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json",
)  # fmt: skip
CELL = re.compile(r'="(.*)"')
SOURCES = {
    "TW": {
        "repository": "nczz/taiwan-banks-list",
        "commit": "cb098b37429045617c97b72563e75d5e1a617353",
        "paths": [PATH],
        "encoding": "utf-16",
        "publisher": "Banking Bureau of the Financial Supervisory Commission (金融監督管理委員會"
        "銀行局, Taiwan), its basic data of financial institutions (金融機構基本資料, data.gov.tw "
        "dataset 6041: the head offices and branches of domestic and foreign banks, credit "
        "co-operatives, securities and bills finance firms, financial holding companies, card, "
        "e-payment and migrant-worker remittance companies, with codes, addresses, telephone "
        "numbers, managers, dates of change and web sites), the download "
        "www.banking.gov.tw/ch/ap/bankno_excel.jsp as the repository last changed the file in "
        "22d0430 ('更新輸出資料', 17 December 2023); its README names the bureau's page and "
        "data.gov.tw/dataset/6041 as the source",
        "licence": "not confirmed: the repository's README names the MIT licence for the "
        "project and no terms for the list; data.gov.tw publishes its data sets under the Open "
        "Government Data License, version 1.0 (政府資料開放授權條款－第1版), not read here for "
        "this dataset",
        "language": "zh-TW",
        "roles": {"name": "機構名稱", "phone": [PHONE], "address": ["地址"],
                  "codes": ["總機構代號", "分支機構代號"], "kind": KIND},
    },
}  # fmt: skip


def parse(text: str) -> list[dict[str, str]]:
    """Each institution's row of the file as the mapping of its header's columns to its cells'
    strings, with the line of its kind as ``類別`` (the header's cells and every row's are
    ``="..."`` formulas)."""
    lines = text.split("\r\n")
    header = [CELL.fullmatch(cell).group(1) for cell in lines[0].split("\t")]
    rows, kind = [], ""
    for line in lines[1:]:
        if line.startswith("="):
            cells = [CELL.fullmatch(cell).group(1) for cell in line.split("\t")]
            assert len(cells) == len(header), line
            rows.append({KIND: kind, **dict(zip(header, cells, strict=True))})
        elif line.strip() and line != "\u0a0d":
            kind = line
    return rows


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER), set()
    found = []
    for i, row in enumerate(parse(raw)):
        tel = row[PHONE]
        if not SHAPE.fullmatch(tel) or tel in seen or digits_of(tel) in earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in row.items() if k != PERSON}
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
