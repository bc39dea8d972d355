"""held_out_320 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Interlegis programme's register of the Casas Legislativas, Brazil's municipal
councils and state assemblies, Senado Federal; Brazil's earlier parts took INEP's schools,
Fortaleza's health posts, the CNJ's cartórios, São Paulo's facilities, Florianópolis's
contacts, Bahia's hospitals, the ANS's operators, Panvel's pharmacies, IBRAM's museums, the
SNBP's libraries, the PCPE's police units and the CVM's companies) exactly as published, in
layouts no earlier part has, beside the register's own names, addresses and web pages.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the telephones (one to three a house) and the e-mail field of 320 houses
  (``scripts/data/pii_br_interlegis_casas.json``, written by
  ``scripts/br_interlegis_casas_data.py``; source and licence in that file): Brazilian numbers
  as the Interlegis portal's directory wrote them in 2008, the area code in brackets and the
  line hyphenated (``(85) 3277-2992``; 7-digit lines of before the renumbering,
  ``(43) 556-1487``; spaces around the hyphen, ``(31) 3855 - 1463``, labelled whole; a line
  with no area code, ``556-0019``; a second line's last four digits after a slash,
  ``(55)3322-7286/7819``), the house's e-mail address
  where the field holds one well-formed address (``camara@...``; a field of two addresses, or
  of none, is not written); every copy labelled;
* the text around them is the same row's real fields: the house's name, sigla, street,
  district, postcode (``87501-000``), municipality and state, and web page,
  with invented ids, CNPJs, tokens, hours and dates, unlabelled and scored;
* in layouts no earlier part has, Brazilian legislative, government and business formats, text
  in Portuguese: SAPL 3.1 REST API answers (the Interlegis Sistema de Apoio ao Processo
  Legislativo, ``GET /api/base/casalegislativa/``: its pagination object and one result with
  ``telefone``, ``fax`` and ``email``, an ``informacao_geral`` repeating the line and the
  address), Transferegov (ex-Siconv) open-data ``siconv_proponentes.csv`` rows (the house as
  proponent: ``TELEFONE_PROPONENTE``, ``FAX_PROPONENTE``, ``EMAIL_PROPONENTE``; the house's
  third line, where it has one, is not written), gov.br Design System (DSGov) "Fale Conosco"
  pages (``br-header``, ``br-breadcrumb``, a ``br-list`` of the lines and a ``mailto:`` link,
  a ``br-footer`` repeating the first line) and Ploomes CRM API ``Contacts`` answers (OData,
  the house as a company contact with ``Phones`` of ``PhoneNumber``, ``TypeId`` and
  ``CountryId`` 76, a ``Note`` repeating the first line).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_320.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import unicodedata
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_interlegis_casas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_320.jsonl.gz"
SPLIT = "held_out_320"

LAYOUTS = ("sapl_api", "siconv_proponente_csv", "govbr_ds_page", "ploomes_contact")
PHONES = ("telefone_1", "telefone_2", "telefone_3")
EMAIL = "email"
EDGES = {**{column: r"\d" for column in PHONES}, "email": r"[\w.@-]"}
COLUMNS = {column: column for column in PHONES}
BRT = dt.timezone(dt.timedelta(hours=-3))
SICONV_HEADER = (
    "IDENTIF_PROPONENTE", "NM_PROPONENTE", "MUNICIPIO_PROPONENTE", "UF_PROPONENTE",
    "ENDERECO_PROPONENTE", "BAIRRO_PROPONENTE", "CEP_PROPONENTE", "EMAIL_PROPONENTE",
    "TELEFONE_PROPONENTE", "FAX_PROPONENTE",
)  # fmt: skip
DSGOV_CSS = "https://cdngovbr-ds.estaleiro.serpro.gov.br/design-system/3.6.1/core.min.css"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented vendor whose CRM the Ploomes layout reads (no real business is meant)
VENDOR_NOTES = (
    "Interesse no módulo de transmissão das sessões; falar com a secretaria pelo {tel}.",
    "Renovação do suporte ao portal em análise. Retornar pelo {tel} no horário do expediente.",
    "Pediu proposta de digitalização do acervo de leis. Contato da casa: {tel}.",
    "Treinamento do sistema de protocolo agendado; confirmar pelo {tel} na véspera.",
)
HOURS = ("das 7h às 13h", "das 8h às 14h", "das 8h às 12h e das 13h30 às 17h30", "das 12h às 18h")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[str]:
    """The house's telephones as published, stripped, in the register's order."""
    return [_f(row, column) for column in PHONES if _f(row, column)]


def email(row: dict[str, Any]) -> str:
    """The house's e-mail address where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephones, longest first (a number found inside a longer
    one belongs to the one taken first), then ("email", its address)."""
    found = [(column, _f(row, column)) for column in PHONES if _f(row, column)]
    found = sorted(found, key=lambda kv: -len(kv[1]))
    return [*found, ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephones and address labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brasília time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=BRT)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _slug(value: str) -> str:
    """``value`` in lower-case ASCII letters and digits only (``São José`` -> ``saojose``)."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ's fourteen digits (a head office, ``0001``), check digits right."""
    body = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        rest = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
        body.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, body))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def address(row: dict[str, Any]) -> str:
    """The street and district as one line (``Rua X, 123 - Centro``)."""
    parts = [_f(row, "logradouro"), _f(row, "bairro")]
    return " - ".join(p for p in parts if p)


def host(row: dict[str, Any]) -> str:
    """The house's SAPL host as Interlegis names them (``sapl.<municipality>.<uf>.leg.br``)."""
    return f"sapl.{_slug(_f(row, 'municipio_nome'))}.{_f(row, 'uf').lower()}.leg.br"


def sapl_api(row: dict[str, Any], rng: random.Random) -> str:
    """A SAPL 3.1 REST API answer (``GET /api/base/casalegislativa/``, the Interlegis Sistema
    de Apoio ao Processo Legislativo): the ``pagination`` object of its StandardPagination and
    one result serialized as the CasaLegislativa model's fields (``id``, ``__str__``,
    ``metadata``, ``codigo``, ``nome``, ``sigla``, ``endereco``, ``cep``, ``municipio``, ``uf``,
    ``telefone`` the first line, ``fax`` the second or "", ``logotipo`` an invented file URL,
    ``endereco_web``, ``email``), with an ``informacao_geral`` text giving invented opening
    hours, every line and the address again."""
    tels, mail = phones(row), email(row)
    town = _f(row, "municipio_nome")
    info = (
        f"Atendimento ao público de segunda a sexta-feira, {rng.choice(HOURS)}. "
        f"Protocolo e informações: {tels[0]}"
    )
    info += "".join(f" ou {tel}" for tel in tels[1:]) + "."
    if mail:
        info += f" Correspondência eletrônica: {mail} (resposta em até cinco dias úteis)."
    result = {
        "id": 1,
        "__str__": f"Casa Legislativa de {town}",
        "metadata": {},
        "codigo": str(rng.randint(1, 9999)),
        "nome": _f(row, "nome"),
        "sigla": _f(row, "sigla").upper(),
        "endereco": address(row),
        "cep": _f(row, "cep"),
        "municipio": town,
        "uf": _f(row, "uf"),
        "telefone": tels[0],
        "fax": tels[1] if len(tels) > 1 else "",
        "logotipo": f"https://{host(row)}/media/sapl/public/casa/logotipo/"
        f"brasao_{rng.randint(100, 999)}.png",
        "endereco_web": _f(row, "pagina_web"),
        "email": mail,
        "informacao_geral": info,
    }
    doc = {
        "pagination": {
            "links": {"next": None, "previous": None},
            "previous_page": None,
            "next_page": None,
            "start_index": 1,
            "end_index": 1,
            "total_entries": 1,
            "total_pages": 1,
            "page": 1,
        },
        "results": [result],
    }
    return _json(doc)


def siconv_proponente_csv(row: dict[str, Any], rng: random.Random) -> str:
    """Two lines of the Transferegov (ex-Siconv) open-data file ``siconv_proponentes.csv``: its
    header and the house as proponent, ``;``-separated and every field quoted as the file
    gives them: an invented CNPJ's digits, the name and municipality in capitals, the state,
    street, district, postcode's digits, e-mail, ``TELEFONE_PROPONENTE`` the first line and
    ``FAX_PROPONENTE`` the second or ""."""
    tels = phones(row)
    values = (
        _cnpj(rng),
        _f(row, "nome").upper(),
        _f(row, "municipio_nome").upper(),
        _f(row, "uf"),
        _f(row, "logradouro"),
        _f(row, "bairro"),
        re.sub(r"\D", "", _f(row, "cep")),
        email(row),
        tels[0],
        tels[1] if len(tels) > 1 else "",
    )
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(SICONV_HEADER)
    writer.writerow(values)
    return out.getvalue()


def govbr_ds_page(row: dict[str, Any], rng: random.Random) -> str:
    """A "Fale Conosco" page of the house's site in the gov.br Design System (DSGov 3.6): a
    ``br-header`` with the name, a ``br-breadcrumb``, a ``br-list`` of the address and
    postcode, each line (``Telefone``, ``Telefone 2``...) and the address as a ``mailto:`` link
    and its text, invented opening hours and update date, and a ``br-footer`` repeating the
    name, street and first line."""
    name, tels, mail = _f(row, "nome"), phones(row), email(row)
    town, uf = _f(row, "municipio_nome"), _f(row, "uf")
    when = _when(rng)
    where = f"{escape(address(row))}, {escape(town)}/{uf}"
    if _f(row, "cep"):
        where += f" – CEP {escape(_f(row, 'cep'))}"
    items = [
        '          <div class="br-item" role="listitem">',
        '            <i class="fas fa-map-marker-alt" aria-hidden="true"></i>',
        f"            <span>{where}</span>",
        "          </div>",
    ]
    for i, tel in enumerate(tels):
        label = "Telefone" if i == 0 else f"Telefone {i + 1}"
        items += [
            '          <div class="br-item" role="listitem">',
            '            <i class="fas fa-phone" aria-hidden="true"></i>',
            f"            <span>{label}: {tel}</span>",
            "          </div>",
        ]
    if mail:
        items += [
            '          <div class="br-item" role="listitem">',
            '            <i class="fas fa-envelope" aria-hidden="true"></i>',
            f'            <span>E-mail: <a href="mailto:{mail}">{mail}</a></span>',
            "          </div>",
        ]
    items += [
        '          <div class="br-item" role="listitem">',
        '            <i class="fas fa-clock" aria-hidden="true"></i>',
        f"            <span>Atendimento: segunda a sexta-feira, {rng.choice(HOURS)}</span>",
        "          </div>",
    ]
    web = _f(row, "pagina_web")
    site = f' · <a href="{escape(web)}">{escape(web)}</a>' if web else ""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="pt-BR">',
        "  <head>",
        '    <meta charset="utf-8">',
        '    <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"    <title>Fale Conosco — {escape(name)}</title>",
        f'    <link rel="stylesheet" href="{DSGOV_CSS}">',
        "  </head>",
        "  <body>",
        '    <header class="br-header mb-4" id="header" data-sticky="data-sticky">',
        '      <div class="container-lg">',
        '        <div class="header-bottom">',
        '          <div class="header-menu">',
        '            <div class="header-info">',
        f'              <div class="header-title">{escape(name)}</div>',
        f'              <div class="header-subtitle">{escape(town)} – {uf}</div>',
        "            </div>",
        "          </div>",
        "        </div>",
        "      </div>",
        "    </header>",
        '    <main class="d-flex flex-fill mb-5" id="main">',
        '      <div class="container-lg d-flex">',
        '        <div class="col pt-3 px-0">',
        '          <div class="br-breadcrumb">',
        '            <ul class="crumb-list">',
        '              <li class="crumb home"><a class="br-button circle" href="/">'
        '<span class="sr-only">Página inicial</span><i class="fas fa-home"></i></a></li>',
        '              <li class="crumb" data-active="active"><i class="icon fas '
        'fa-chevron-right"></i><span>Fale Conosco</span></li>',
        "            </ul>",
        "          </div>",
        "          <h1>Fale Conosco</h1>",
        '          <div class="br-list" role="list">',
        *items,
        "          </div>",
        f'          <p class="text-down-01">Página atualizada em {when:%d/%m/%Y %H:%M}.</p>',
        "        </div>",
        "      </div>",
        "    </main>",
        '    <footer class="br-footer">',
        '      <div class="container-lg">',
        '        <div class="info">',
        f'          <div class="text-down-01 text-medium py-3">{escape(name)} · '
        f"{escape(_f(row, 'logradouro'))} · Telefone {tels[0]}{site}</div>",
        "        </div>",
        "      </div>",
        "    </footer>",
        "  </body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def ploomes_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Ploomes CRM API answer (``GET /Contacts?$filter=...&$expand=Phones``, OData) of an
    invented vendor's account: the house as a company contact (``TypeId`` 1) with invented
    ``Id``s and times, its name, e-mail, street, district, postcode as a number
    (``ZipCode``), web site, ``Phones`` (each line as ``PhoneNumber``, ``TypeId``,
    ``CountryId`` 76) and a Portuguese ``Note`` repeating the first line."""
    tels, mail = phones(row), email(row)
    contact_id = rng.randint(400_000_000, 499_999_999)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 86400))
    cep = re.sub(r"\D", "", _f(row, "cep"))
    contact = {
        "Id": contact_id,
        "Name": _f(row, "nome"),
        "LegalName": _f(row, "nome"),
        "TypeId": 1,
        "Email": mail or None,
        "StreetAddress": _f(row, "logradouro"),
        "Neighborhood": _f(row, "bairro"),
        "ZipCode": int(cep) if cep else None,
        "Website": _f(row, "pagina_web") or None,
        "Note": rng.choice(VENDOR_NOTES).format(tel=tels[0]),
        "CreateDate": created.isoformat(),
        "LastUpdateDate": updated.isoformat(),
        "Phones": [
            {
                "Id": rng.randint(90_000_000, 99_999_999),
                "ContactId": contact_id,
                "PhoneNumber": tel,
                "TypeId": 1 if i == 0 else rng.choice((1, 3)),
                "CountryId": 76,
            }
            for i, tel in enumerate(tels)
        ],
    }
    doc = {"@odata.context": "https://api2.ploomes.com/$metadata#Contacts", "value": [contact]}
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sapl_api": sapl_api,
    "siconv_proponente_csv": siconv_proponente_csv,
    "govbr_ds_page": govbr_ds_page,
    "ploomes_contact": ploomes_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephones and address
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
