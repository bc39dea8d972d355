"""Extract the real register that ``pii_held_out_164.py`` writes its records around into
``scripts/data/pii_it_comuni_contacts.json``: the phone, fax and e-mail fields of a register no
earlier part used (Italy, whose earlier parts took ICCU's libraries and Regione Lombardia's
accredited care homes; this one is the contacts list of the Italian municipalities, the
comuni, another kind of institution), exactly as the list published them.

One list, read from a git checkout at a named commit, values unchanged:

* ``IT``: the contacts of the 7,903 Italian municipalities (``comune``, province code, ordinary
  e-mail ``mail``, certified e-mail ``pec``, ``telefono``, ``fax``), one row per comune, as a
  phpMyAdmin SQL dump of 22 July 2021 (database ``opendata``) in the repository
  lukes1582/dati_sql keeps it (``bb_elenco_contatti_comuni_italiani.sql``): Italian numbers with
  the country code and a blank before the national number, then the national number as the
  comune wrote it (``+39 0371/72235``, ``+39 049 8245111``, ``+39 015.660103``,
  ``+39 0341-731241``, ``+39 0858574223``), a few without ``+39`` (``0941/731162``), some
  with an extension or a second number (``+39 0425/940016 int.2``,
  ``+39 0923/920016 - +39 0923/920017``, ``+39 0984 788333/4``).

Every row whose ``telefono`` holds a number of six digits or more, a seeded sample of 200. Each
row is kept as a mapping of the dump's column names to the published strings (SQL ``NULL`` as
``None``; the dump's ``\\'`` escapes read as quotes). An address in ``mail`` or ``pec`` is
kept only where it names an office or the comune (a local part with ``comune``,
``protocollo``, ``info``, ``segreteria``, ``anagrafe``, ``ufficio``, a bare ``pec``... or
the comune's name, either of a bilingual one):
many of the list's addresses are a clerk's or a mayor's own (``nome.cognome@...``), and these
are set to ``None`` with the malformed ones (a blank inside, no dot after ``@``); the
``dropped`` count of each kind is kept in the data.

    python scripts/it_comuni_contacts_data.py IT_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_it_comuni_contacts.json"
CAP = 200
PATH = "bb_elenco_contatti_comuni_italiani.sql"
COLUMNS = ("id_elenco", "comune", "prov", "mail", "pec", "telefono", "fax")
SOURCES = {
    "IT": {
        "repository": "lukes1582/dati_sql",
        "commit": "2a9cd37243b2d23ea3830eca329e2c2470403b9b",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "the contacts list of the Italian municipalities (comuni: ordinary and "
        "certified e-mail, telephone and fax of each), as the phpMyAdmin dump of the database "
        "'opendata' committed to the repository on 22 July 2021 ('dati_sql_2020_2021') holds "
        "it; the repository names no origin for the list (its README says only 'dati SQL per "
        "import e prove')",
        "licence": "not confirmed: the repository carries the Apache License 2.0 (LICENSE), "
        "the list's own publisher and terms are not named",
        "language": "it",
        "roles": {"name": "comune", "phone": ["telefono"], "fax": "fax", "email": "mail",
                  "pec": "pec", "province": "prov", "register": "id_elenco"},
    },
}  # fmt: skip

# one value of a dump's tuple: a quoted string, NULL or an integer, then ``,`` or ``)``
VALUE = re.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|(NULL)|(-?\d+))\s*([,)])")
UNESCAPE = {"n": "\n", "t": "\t", "0": "\0"}
# the local part of an office's or a comune's address
OFFICE = re.compile(
    r"comun|protocoll|info|segr|municip|anagraf|uffic|sindac|urp|ragion|tecnic|tribut|"
    r"servizi|demograf|polizia|vigil|amministr|finanz|contab|personale|sociali|biblio|ced\b|"
    r"sportello|elettoral|statocivile|stato\.civile|suap|settore|utc|affari|cultura|economat|"
    r"lavori|urbanist|edilizia|giunta|direzione|contatti|commercio|messo|cancelleria|"
    r"certific|cittad|^(?:pec|posta|mail)$",
    re.IGNORECASE,
)
ADDRESS = re.compile(r"[^\s@]+@[^\s@]+\.[a-z]{2,}", re.IGNORECASE)


def _string(quoted: str) -> str:
    """A MySQL single-quoted string's content (``\\x`` escapes and doubled quotes read)."""
    text = re.sub(r"\\(.)", lambda m: UNESCAPE.get(m.group(1), m.group(1)), quoted)
    return text.replace("''", "'")


def _tuples(text: str) -> list[list[str | None]]:
    """The value tuples of the dump's ``INSERT`` statements, each on its own line."""
    out = []
    for line in text.splitlines():
        if not line.startswith("("):
            continue
        at, values = 1, []
        while True:
            m = VALUE.match(line, at)
            assert m, line
            quoted, null, number, end = m.groups()
            values.append(_string(quoted) if quoted is not None else None if null else number)
            at = m.end()
            if end == ")":
                break
        out.append(values)
    return out


def _letters(value: str) -> str:
    return re.sub(r"[^a-z]", "", value.lower())


def office_address(address: str | None, comune: str) -> bool:
    """Whether ``address`` is well formed and names an office or the comune (its local part)."""
    if not address or not ADDRESS.fullmatch(address):
        return False
    local = address.split("@")[0]
    towns = [_letters(name) for name in comune.split("/")]  # a bilingual name: each
    named = any(len(town) >= 4 and town[:5] in _letters(local) for town in towns)
    return bool(OFFICE.search(local)) or named


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    meta = SOURCES["IT"]
    raw = _git(gits["IT"], "show", f"{meta['commit']}:{meta['path']}")
    found = []
    for values in _tuples(raw.decode(meta["encoding"])):
        fields = dict(zip(COLUMNS, values, strict=True))
        if _has_phone({k: v or "" for k, v in fields.items()}, meta["roles"]["phone"]):
            found.append(
                {"country": "IT", "path": f"{PATH}#{fields['id_elenco']}", "fields": fields}
            )
    rows = seeded_sample(found, "IT", CAP)
    dropped = {"mail": 0, "pec": 0}
    for row in rows:
        fields = row["fields"]
        for column in dropped:
            if fields[column] and not office_address(fields[column], fields["comune"]):
                fields[column] = None
                dropped[column] += 1
    return {"sources": SOURCES, "dropped": dropped, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
