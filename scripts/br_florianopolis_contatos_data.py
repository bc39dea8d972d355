"""Extract the real list that ``pii_held_out_202.py`` writes its records around into
``scripts/data/pii_br_florianopolis_contatos.json``: the phone fields of a register no earlier
part used (the City of Florianópolis's public directory of its units, Santa Catarina: municipal
schools and kindergartens, social-assistance centres, guardianship councils and health units;
Brazil's earlier parts took INEP's schools, Fortaleza's primary-care posts, the CNJ's cartórios
and São Paulo's municipal facilities), exactly as the city's contacts site writes them.

One list of one publisher, read from a git checkout at a named commit, values unchanged:

* ``TelefoneExterno/php/direta1.php`` and ``TelefoneExterno/php/direta2.php``: the
  "Administração Direta" pages of the Prefeitura Municipal de Florianópolis's contacts site
  (contatos.pmf.sc.gov.br), one ``ramalSetor`` entry per unit under a section heading
  (``<h1>``: Educação, Assistência Social, Saúde) and a card heading (``<h3>``: ``Unidades da
  Educação Norte``, ``CRAS``, ``Conselhos Tutelares``, ``Saúde Região Central``...): the
  unit's name (``<p>``: ``EBM Osmar Cunha``, ``NEIM Clair Gruber Souza``, ``CRAS JD.
  ATLÂNTICO - CONTINENTE I``, ``CAPSI - Infantil``), its address and opening hours
  (``cargoFuncionario``), and one ``ramalFuncionario`` per number: Brazilian numbers as the
  city writes them, the area code ``(48)`` in brackets, a space, then the line in two groups
  joined by a hyphen (``(48) 3284-5836``; mobiles of nine digits, ``(48) 99650-8640``; one with
  no space after the bracket, ``(48)3226-8680``).

HTML comments (the site's commented-out templates) are dropped before reading; the name,
address and hours are the elements' text with the markup taken out, HTML entities decoded and
runs of white space (the page's indentation, insignificant in HTML) read as one space; each
number is its element's text, stripped, unchanged. A number the page masks (``(48)
****-****``, ``*******``) is no number and is left out; a unit with no number left is left
out. Each kept unit is one row, in page order: a mapping of ``secao``, ``card``, ``unidade``,
``endereco``, ``atendimento`` (the hours after ``Atendimento:``) and ``telefone_1`` ...
``telefone_N`` to the published strings (the list names no person: ``unidade`` is the unit's
name, many units named after a person the city honours, as Brazilian schools are).

    python scripts/br_florianopolis_contatos_data.py BR_GIT
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_br_florianopolis_contatos.json"
CAP = 600
PATHS = ("TelefoneExterno/php/direta1.php", "TelefoneExterno/php/direta2.php")
SOURCES = {
    "BR": {
        "repository": "carnielJoao/SiteContatosPMF",
        "commit": "c8778730fa0904c58f5868fac895a3e7dd23b90c",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "Prefeitura Municipal de Florianópolis (Santa Catarina), its contacts "
        "site for the public (contatos.pmf.sc.gov.br, 'Site Feito para a população consultar "
        "numeros de Telefones referente aos setores', as the repository's README describes "
        "it): the 'Administração Direta' pages listing the municipal schools and "
        "kindergartens (EBM, NEIM) by region, the CRAS, guardianship councils, CCFV and other "
        "social-assistance units, and the health units by region; the pages added to the "
        "repository in 17c8022 ('Add files via upload', 17 June 2024), the README naming the "
        "site in c877873 the same day",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the city's terms for its contacts site were not read here",
        "language": "pt",
        "roles": {"name": "unidade", "phone": [f"telefone_{i}" for i in range(1, 6)],
                  "address": ["endereco"]},
    },
}  # fmt: skip

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _text(fragment: str) -> str:
    """An element's text: markup out, entities decoded, white space runs as one space."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub("", fragment))).strip()


def _units(page: str, path: str) -> list[dict[str, Any]]:
    """Every ``ramalSetor`` entry of a page with a number, with its section and card."""
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    found = []
    marks = re.finditer(
        r'<h1>(?P<h1>.*?)</h1>|<h3>(?P<h3>.*?)</h3>|<div class="ramalSetor"[^>]*>', page, re.S
    )
    section = card = ""
    starts = []
    for m in marks:
        if m.group("h1") is not None:
            section = _text(m.group("h1"))
        elif m.group("h3") is not None:
            card = _text(m.group("h3"))
        else:
            starts.append((m.end(), section, card))
    for i, (start, sec, crd) in enumerate(starts):
        body = page[start : starts[i + 1][0] if i + 1 < len(starts) else len(page)]
        body = body.split("<hr", 1)[0]
        name = _text(re.search(r"<p>(.*?)</p>", body, re.S).group(1))
        fields = {"secao": sec, "card": crd, "unidade": name, "endereco": "", "atendimento": ""}
        for cell in re.findall(r'<div class="cargoFuncionario">(.*?)</div>', body, re.S):
            value = _text(cell)
            if value.startswith("Atendimento:"):
                fields["atendimento"] = value.removeprefix("Atendimento:").strip()
            elif not fields["endereco"]:
                fields["endereco"] = value
        numbers = [
            _TAG.sub("", cell).strip()
            for cell in re.findall(r'<div class="ramalFuncionario">(.*?)</div>', body, re.S)
        ]
        numbers = [n for n in numbers if sum(c.isdigit() for c in n) >= 6]
        for k, number in enumerate(numbers, 1):
            fields[f"telefone_{k}"] = number
        found.append({"path": f"{path}#{len(found)}", "fields": fields})
    return found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept units of the two pages, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            found += [
                {"country": country, **unit}
                for unit in _units(raw.decode(meta["encoding"]), path)
                if _has_phone(unit["fields"], meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
