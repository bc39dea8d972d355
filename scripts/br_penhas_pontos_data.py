"""Extract the real register that ``pii_held_out_484.py`` writes its records around into
``scripts/data/pii_br_penhas_pontos.json``: the phone and e-mail fields of a register no
earlier part used (Brazil, whose earlier parts took INEP's schools, Fortaleza's health posts,
the CNJ's cartórios, São Paulo's facilities, Florianópolis's contacts, Bahia's hospitals, the
ANS's operators, Panvel's pharmacies, IBRAM's museums, the SNBP's libraries, the PCPE's police
units, the CVM's companies, the Interlegis houses, the Banco do Nordeste's branches, the TJSP's
court buildings and the e-MEC's higher-education institutions; this one is Instituto AzMina's
national map of the services that support women facing violence, the pontos de apoio of its
PenhaS app: women's police stations, social-assistance and women's reference centres, health
and legal services), exactly as the map gives them.

One file of the app's backend repository (``institutoazmina/penhas-backend``), read from a git
checkout at a named commit, values unchanged:

* ``lost-and-found/2022.mapeamento.pontoapoio.csv``: 1,127 support points of the 2022 survey
  (``fonte`` ``mapa_delegacias``, the Mapa das Delegacias da Mulher, or ``mapa_acolhimento``),
  each with its area code apart in ``ddd`` (``68``) and its lines in ``telefone1`` and
  ``telefone 2`` in one run of digits (``32214799``; mobiles of nine digits; toll-free
  ``0800`` lines of eleven, ``08007260101``, with ``ddd`` empty; a few three-digit service
  numbers, ``180``), ``ramal1``/``ramal2`` extensions, ``whatsapp`` (``sim`` or empty, no
  number), ``e-mail`` (one address or empty), beside the point's name, acronym, nature,
  category, scope, street, number, district, municipality, IBGE code, state, postcode
  (``69901000``), opening hours and days, coordinates and notes.

A point is kept where its ``telefone1`` holds a number of seven digits or more whose digits
(alone, and after the ``ddd``) no earlier Brazilian part's data holds and no point kept before
it has (the first of points that share a line: a state's one 0800 line stands once), where
neither its ``telefone 2`` is an earlier part's, and where the survey did not mark it for
removal (``natureza`` ``tirar``); the kept points are a seeded sample of ``CAP``, in the file's
order. Each is kept as the mapping of all of the file's columns to the published strings (the
file names no person in its name fields; some points' ``e-mail`` is a staff member's mailbox
on a public provider, ``...@gmail.com``, published as the point's contact and kept as
published).

    python scripts/br_penhas_pontos_data.py BR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_br_penhas_pontos.json"
CAP = 300
PATH = "lost-and-found/2022.mapeamento.pontoapoio.csv"
PHONE, PHONE2, DDD = "telefone1", "telefone 2", "ddd"
# the earlier Brazilian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_inep_schools.json", "pii_br_fortaleza_uaps.json", "pii_br_cnj_cartorios.json",
    "pii_br_sp_facilities.json", "pii_br_florianopolis_contatos.json",
    "pii_br_ba_hospitais.json", "pii_br_ans_operadoras.json", "pii_br_panvel_filiais.json",
    "pii_br_ibram_museus.json", "pii_br_snbp_bibliotecas.json", "pii_br_pcpe_unidades.json",
    "pii_br_cvm_companhias.json", "pii_br_interlegis_casas.json", "pii_br_bnb_agencias.json",
    "pii_br_tjsp_unidades.json", "pii_br_emec_ies.json",
)  # fmt: skip
SOURCES = {
    "BR": {
        "repository": "institutoazmina/penhas-backend",
        "commit": "106e35c404ebba469b1919722bce72cb1bac9e26",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Instituto AzMina, the 2022 survey of the support points (pontos de "
        "apoio) of its PenhaS app for women facing violence (women's police stations from the "
        "Mapa das Delegacias da Mulher, social-assistance, reference, health and legal "
        "services), as the app's backend repository keeps it for loading",
        "licence": "AGPL-3.0 for the repository (its LICENSE.txt); terms for the survey's data "
        "themselves not confirmed",
        "language": "pt",
        "roles": {"name": "nome", "phone": [PHONE, PHONE2], "area_code": DDD,
                  "email": "e-mail",
                  "address": ["tipo_logradouro", "nome_logradouro", "numero", "bairro",
                              "municipio", "uf", "cep"]},
    },
}  # fmt: skip


def _numbers(row: dict[str, str], column: str) -> set[str]:
    """The digits of a phone field, alone and after the row's area code."""
    tel = digits_of(row[column])
    return {tel, digits_of(row[DDD]) + tel} if tel else set()


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept points of the survey, with the commit they were read at."""
    meta = SOURCES["BR"]
    raw = _git(gits["BR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "55"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        if len(digits_of(row[PHONE])) < 7 or row["natureza"].strip() == "tirar":
            continue
        key = digits_of(row[DDD]) + digits_of(row[PHONE])
        if key in seen or (_numbers(row, PHONE) | _numbers(row, PHONE2)) & earlier:
            continue
        seen.add(key)
        found.append({"country": "BR", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "BR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
