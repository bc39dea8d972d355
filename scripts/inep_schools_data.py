"""Extract the real register that ``pii_held_out_17.py`` writes its records around into
``scripts/data/pii_inep_schools.json``: phone fields exactly as a public body of a country no
earlier part used (Brazil) published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``BR``: the school catalogue of Brazil's National Institute for Educational Studies and
  Research (INEP, Catálogo de Escolas, from the School Census), its national export as the
  repository fabriciodaluz/enem_dados_2024 committed it for the schools of the city of São
  Paulo (``Análise - Tabela da lista das escolas - Detalhado.csv``; the repository names no
  licence of its own): national numbers with no ``+55``, the two-digit area code in brackets
  before an eight-digit landline or a nine-digit mobile number (``(11) 36251934``,
  ``(11) 987654321``); the eight-digit INEP school codes, addresses with their CEP postcodes,
  coordinates, enrolment bands. Published as open data under Brazil's federal open-data
  policy (Decreto 8.777/2016: free use, reuse and redistribution, at most with credit to the
  source).

Every row with a number of six digits or more in its phone column, 600 of them drawn with a
fixed seed, kept in the file's order. Each row is kept as a mapping of the register's column
names to the published strings (there are no personal names in it), with the names of the
columns that play each role.

    python scripts/inep_schools_data.py BR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _csv_rows, _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_inep_schools.json"
CAP = 600
COLUMNS = (
    "Restrição de Atendimento", "Escola", "Código INEP", "UF", "Município", "Localização",
    "Localidade Diferenciada", "Categoria Administrativa", "Endereço", "Telefone",
    "Dependência Administrativa", "Categoria Escola Privada", "Conveniada Poder Público",
    "Regulamentação pelo Conselho de Educação", "Porte da Escola",
    "Etapas e Modalidade de Ensino Oferecidas", "Outras Ofertas Educacionais", "Latitude",
    "Longitude",
)  # fmt: skip
SOURCES = {
    "BR": {
        "repository": "fabriciodaluz/enem_dados_2024",
        "commit": "bef746bca229bea1dc4bf056fbfb36658eade150",
        "path": "Análise - Tabela da lista das escolas - Detalhado.csv",
        "publisher": "Instituto Nacional de Estudos e Pesquisas Educacionais Anísio Teixeira "
        "(INEP), Catálogo de Escolas (inepdata, School Census), schools of the municipality "
        "of São Paulo",
        "licence": "open data under Brazil's federal open-data policy (Decreto 8.777/2016: "
        "anyone may use, reuse and redistribute it, at most crediting the source); the "
        "repository copy names no licence of its own",
        "language": "pt",
        "roles": {"name": "Escola", "address": "Endereço", "phone": ["Telefone"],
                  "register": "Código INEP", "city": "Município",
                  "coordinates": ["Latitude", "Longitude"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode("utf-8-sig")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": {c: row[c] for c in COLUMNS},
            }
            for i, row in enumerate(_csv_rows(text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
