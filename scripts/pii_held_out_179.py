"""held_out_179 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the City of São Paulo's georeferenced municipal public facilities: basic health
units, libraries, hospitals, emergency rooms, specialist clinics, museums and reading points;
Brazil's earlier parts took INEP's schools, Fortaleza's primary-care posts and the CNJ's
cartórios) exactly as published, in layouts no earlier part has, beside the lists' own names,
addresses, hours and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of BR (INEP's schools, Fortaleza's health posts, the CNJ's
cartórios), PT and many others; here:

* the values are the telephone numbers and e-mail addresses that the city's map writes into
  each place's ``descricao`` (``scripts/data/pii_br_sp_facilities.json``, written by
  ``scripts/br_sp_facilities_data.py``; source and licence in that file), 350 places of the
  696 whose numbers stand in one run (256 basic health units, 50 libraries, 18 emergency
  rooms, 9 hospitals, 7 reading points, 6 specialist clinics, 4 museums): São Paulo's local
  numbers with no area code, the halves joined by a hyphen (``5921-9504``; two of seven
  digits, ``272-8619``; two after ``(11)``), the run as published, 170 of two or three numbers
  joined by ``/``, `` / ``, ``, ``, `` e `` or `` E `` (``2191-7000 / 2191-5320/  2191-7499``),
  530 numbers, each number of each copy labelled on its own (a payphone by the unit too, where
  the run holds one); the unit's mailbox where the place has one (48 addresses of 46 places,
  ``ubsvargemgrande@gmail.com``, ``ubsperus@saude.prefeitura.sp.gov.br``), each copy labelled;
* the text around them is the same place's real fields: its name, the address and
  neighbourhood as the ``descricao`` gives them before the numbers (``Rua Conde das Gauveia,
  103-Jardim Santa - Fé``), the opening hours after them, the map's category and coordinates,
  with invented CNPJs (14 digits), municipal registrations, invoice, RPS and ordinance numbers,
  verification codes, amounts, ids, URNs, region sizes, durations and dates, unlabelled and
  scored;
* in layouts no earlier part has, Brazilian formats, text in Brazilian Portuguese: Mapas
  Culturais API ``space`` results (the platform of the city's SP Cultura: ``telefonePublico``,
  ``emailPublico``, ``endereco``, ``En_Municipio``, ``location``, the number again in
  ``shortDescription``), LexML Brasil XML of a municipal secretariat's ordinance (``Portaria``:
  ``Epigrafe``, ``Ementa``, ``Preambulo``, ``Artigo``/``Caput``/``Paragrafo``, the number in
  article 2 and its paragraph, the signature a title with no name), Ginga-NCL 3.0 documents of
  an interactive digital-TV service guide (ISDB-Tb; the place's card as an NCLua ``media`` with
  ``property`` elements ``telefone``, ``email``, the number again in the head's ``meta``) and
  ABRASF 2.04 NFS-e (``CompNfse``: a maintenance firm's service invoice to the place, the place
  as ``TomadorServico`` with ``Contato``/``Telefone`` and ``Email``, the number again in
  ``Discriminacao``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_179.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_sp_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_179.jsonl.gz"
SPLIT = "held_out_179"

LAYOUTS = ("mapas_culturais_space", "lexml_portaria", "ginga_ncl", "abrasf_nfse")
PHONE = "telefone"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# one number of the city's, as ``br_sp_facilities_data.NUMBER`` finds it
NUMBER = re.compile(r"(?<![\d.])(?:\(11\) )?\d{3,4}-\d{4}(?!\d)(?!-\d{4}(?!\d))")
TZ = dt.timezone(dt.timedelta(hours=-3))

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented maintenance firms of the NFS-e (no real company is meant)
FIRMS = (
    "Climatec Manutenção Predial Ltda", "Paulistana Engenharia de Instalações Ltda",
    "Refrigeração Tietê Serviços Técnicos Ltda", "Elevar Conservação de Elevadores Ltda",
    "Hidroluz Reparos Elétricos e Hidráulicos Ltda",
)  # fmt: skip
SERVICES = (
    ("14.01", "Manutenção preventiva dos aparelhos de ar condicionado"),
    ("14.01", "Manutenção corretiva do quadro elétrico e da iluminação"),
    ("14.06", "Instalação e montagem de bebedouros e purificadores de água"),
    ("7.10", "Limpeza e desobstrução da caixa d'água e das calhas"),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's run of numbers as published."""
    return row["phone"]


def numbers_of(row: dict[str, Any]) -> list[str]:
    """The numbers of the row's run, each once, in their order."""
    return list(dict.fromkeys(m.group() for m in NUMBER.finditer(phone(row))))


def emails(row: dict[str, Any]) -> list[str]:
    return row["emails"]


def _parts(row: dict[str, Any]) -> tuple[str, str]:
    """The ``descricao`` before the numbers (address and neighbourhood) and after them less
    its e-mail addresses (the hours), each without its joining hyphens."""
    text = _f(row, "descricao")
    at = text.index(phone(row))
    after = text[at + len(phone(row)) :]
    for value in emails(row):
        after = after.replace(value, "")
    after = re.sub(r"\s*/\s*(?=-|$)", "", after)
    return text[:at].strip(" -\t"), after.strip(" -\t/")


def address(row: dict[str, Any]) -> str:
    return _parts(row)[0]


def hours(row: dict[str, Any]) -> str:
    return _parts(row)[1]


def kind(row: dict[str, Any]) -> str:
    return _f(row, "subCategoria")


def health(row: dict[str, Any]) -> bool:
    """Whether the place is the health secretariat's (else culture's)."""
    return not row["path"].startswith(("bibliotecas", "museus", "bosques"))


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's numbers and e-mail addresses
    labelled (each copy stands apart: no digit, or no address character, next to it)."""
    values = [("phone", v) for v in numbers_of(row)] + [("email", v) for v in emails(row)]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2015 (São Paulo's time)."""
    start = dt.datetime(2015, 1, 12, 8, 0, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ of a head office (``/0001``) with its two check digits right."""
    body = [int(c) for c in _digits(rng, 8) + "0001"]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
        body.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, body))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


MONTHS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro",
)  # fmt: skip


def _long_date(when: dt.datetime) -> str:
    return f"{when.day} de {MONTHS[when.month - 1]} de {when.year}"


def mapas_culturais_space(row: dict[str, Any], rng: random.Random) -> str:
    """A Mapas Culturais API response (``GET /api/space/find``, SP Cultura's platform) of one
    space: the list's id as the space's, its name and short description (the kind, the
    address and the number again), the type, the location, the address as ``endereco`` and
    ``En_Municipio``/``En_Estado``, ``telefonePublico``, ``emailPublico`` where the place has
    one, ``horario`` where it has hours, accessibility, the single URL and an invented creation
    time."""
    when = _when(rng)
    sid = int(_f(row, "id"))
    short = f"{kind(row)} da Prefeitura de São Paulo. {address(row)}. Telefone: {phone(row)}."
    space: dict[str, Any] = {
        "id": sid,
        "name": _f(row, "nome"),
        "shortDescription": short,
        "type": {"id": rng.choice((10, 20, 60, 61)), "name": kind(row)},
        "location": {"latitude": _f(row, "latitude"), "longitude": _f(row, "longitude")},
        "endereco": address(row),
        "En_Municipio": "São Paulo",
        "En_Estado": "SP",
        "telefonePublico": phone(row),
    }
    if emails(row):
        space["emailPublico"] = " / ".join(emails(row))
    if hours(row):
        space["horario"] = hours(row)
    space["acessibilidade"] = rng.choice(("Sim", "Não", ""))
    space["singleUrl"] = f"https://spcultura.prefeitura.sp.gov.br/espaco/{sid}/"
    space["createTimestamp"] = {
        "date": f"{when:%Y-%m-%d %H:%M:%S}.000000",
        "timezone_type": 3,
        "timezone": "America/Sao_Paulo",
    }
    return json.dumps([space], ensure_ascii=False, indent=2) + "\n"


TITLES = {True: "Secretário Municipal da Saúde", False: "Secretário Municipal de Cultura"}


def lexml_portaria(row: dict[str, Any], rng: random.Random) -> str:
    """A LexML Brasil document of an invented ordinance of the municipal secretariat the place
    answers to: the URN, ``Epigrafe`` (number and date), ``Ementa``, ``Preambulo``, three
    articles (the place, its address and hours; its telephone and e-mail, a paragraph repeating
    the number; the entry into force) and the closing place and date, the signature a title."""
    when = _when(rng)
    number = rng.randint(100, 2999)
    organ = "saude" if health(row) else "cultura"
    title = TITLES[health(row)].upper()
    name, tel = _x(_f(row, "nome")), phone(row)
    authority = f"br;sao.paulo;sao.paulo:secretaria.municipal.{organ}"
    urn = f"urn:lex:{authority}:portaria:{when:%Y-%m-%d};{number}"
    opening = f"O(A) {name}, situado(a) à {_x(address(row))}, atenderá o público"
    opening += f" {_x(hours(row))}." if hours(row) else " nos dias úteis."
    contact = f"O atendimento telefônico será prestado pelo(s) número(s) {tel}"
    if emails(row):
        contact += f", e o atendimento eletrônico pelo endereço {' e '.join(emails(row))}"
    contact += ", nos termos do art. 1º"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<LexML xmlns="http://www.lexml.gov.br/1.0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.lexml.gov.br/1.0 ../xsd/lexml-br-rigido.xsd">',
        "  <Metadado>",
        f'    <Identificacao URN="{urn}"/>',
        "  </Metadado>",
        "  <Norma>",
        "    <ParteInicial>",
        f'      <Epigrafe id="epigrafe">PORTARIA Nº {number}, DE {_long_date(when).upper()}'
        "</Epigrafe>",
        f'      <Ementa id="ementa">Dispõe sobre o horário de funcionamento e os canais de '
        f"atendimento do(a) {name}.</Ementa>",
        '      <Preambulo id="preambulo">',
        f"        <p>O {TITLES[health(row)]}, no uso das atribuições que lhe são conferidas por "
        "lei, RESOLVE:</p>",
        "      </Preambulo>",
        "    </ParteInicial>",
        "    <Articulacao>",
        '      <Artigo id="art1">',
        "        <Rotulo>Art. 1º</Rotulo>",
        f'        <Caput id="art1_cpt"><p>{opening}</p></Caput>',
        "      </Artigo>",
        '      <Artigo id="art2">',
        "        <Rotulo>Art. 2º</Rotulo>",
        f'        <Caput id="art2_cpt"><p>{contact}.</p></Caput>',
        '        <Paragrafo id="art2_par1u">',
        "          <Rotulo>Parágrafo único.</Rotulo>",
        f"          <p>O(s) número(s) {tel} será(ão) afixado(s) na entrada da unidade e "
        "divulgado(s) no sítio eletrônico da Secretaria.</p>",
        "        </Paragrafo>",
        "      </Artigo>",
        '      <Artigo id="art3">',
        "        <Rotulo>Art. 3º</Rotulo>",
        '        <Caput id="art3_cpt"><p>Esta Portaria entra em vigor na data de sua '
        "publicação.</p></Caput>",
        "      </Artigo>",
        "    </Articulacao>",
        "    <ParteFinal>",
        f'      <LocalDataFecho id="fecho">São Paulo, {_long_date(when)}.</LocalDataFecho>',
        f'      <AssinaturaTexto id="assinatura">{title}</AssinaturaTexto>',
        "    </ParteFinal>",
        "  </Norma>",
        "</LexML>",
        "",
    ]
    return "\n".join(lines)


def ginga_ncl(row: dict[str, Any], rng: random.Random) -> str:
    """A Ginga-NCL 3.0 document (EDTV profile) of an interactive service guide on digital TV:
    the head's ``meta`` describing the place with its number, a region and descriptor base, an
    imported connector base, the body's port to the broadcast video, the place's card as an
    NCLua ``media`` whose ``property`` elements hold its name, address, telephone, e-mail and
    hours, and a link that starts the card when the red key is pressed."""
    name, tel = _f(row, "nome"), phone(row)
    doc = f"guia{rng.randint(100, 999)}"
    dur = rng.choice((15, 20, 30, 45))
    props = [("nome", name), ("endereco", address(row)), ("telefone", tel)]
    if emails(row):
        props.append(("email", " / ".join(emails(row))))
    if hours(row):
        props.append(("horario", hours(row)))
    props.append(("categoria", kind(row)))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<ncl id="{doc}" xmlns="http://www.ncl.org.br/NCL3.0/EDTVProfile">',
        "  <head>",
        f'    <meta name="description" content={quoteattr(f"{name} - telefone {tel}")}/>',
        '    <meta name="author" content="Guia de Serviços Municipais"/>',
        "    <regionBase>",
        '      <region id="rgTela" width="100%" height="100%">',
        f'        <region id="rgFicha" left="5%" top="{rng.choice((60, 65, 70))}%" width="90%" '
        'height="28%" zIndex="2"/>',
        "      </region>",
        "    </regionBase>",
        "    <descriptorBase>",
        '      <descriptor id="dsVideo" region="rgTela"/>',
        f'      <descriptor id="dsFicha" region="rgFicha" explicitDur="{dur}s"/>',
        "    </descriptorBase>",
        "    <connectorBase>",
        '      <importBase documentURI="conectores.ncl" alias="con"/>',
        "    </connectorBase>",
        "  </head>",
        "  <body>",
        '    <port id="pInicio" component="video"/>',
        '    <media id="video" src="sbtvd-ts://video" descriptor="dsVideo"/>',
        '    <media id="ficha" type="application/x-ginga-NCLua" src="ficha.lua" '
        'descriptor="dsFicha">',
        *(f"      <property name={quoteattr(k)} value={quoteattr(v)}/>" for k, v in props),
        "    </media>",
        '    <link xconnector="con#onKeySelectionStart">',
        '      <bind role="onSelection" component="video">',
        '        <bindParam name="keyCode" value="RED"/>',
        "      </bind>",
        '      <bind role="start" component="ficha"/>',
        "    </link>",
        "  </body>",
        "</ncl>",
        "",
    ]
    return "\n".join(lines)


def _code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def abrasf_nfse(row: dict[str, Any], rng: random.Random) -> str:
    """An ABRASF 2.04 ``CompNfse``: an invented maintenance firm's service invoice to the place
    (number, verification code, dates, amounts and ISS at 5%, the firm as ``PrestadorServico``
    with an invented CNPJ and municipal registration and no contact), the place as
    ``TomadorServico`` with an invented CNPJ, its name, address and ``Contato`` (the first
    number as ``Telefone`` where the run is longer than the schema's 20 characters, the first
    e-mail address as ``Email``), and ``Discriminacao`` repeating the run of numbers."""
    when = _when(rng)
    item, what = rng.choice(SERVICES)
    firm, firm_cnpj, taker_cnpj = rng.choice(FIRMS), _cnpj(rng), _cnpj(rng)
    value = rng.randint(18000, 480000) / 100
    iss = round(value * 0.05, 2)
    numero = f"{when.year}{rng.randint(1, 99999):08d}"
    rps = rng.randint(1000, 99999)
    tel = phone(row)
    shown = tel if len(tel) <= 20 else numbers_of(row)[0]
    name = _x(_f(row, "nome"))
    what_text = f"{what} no(a) {name}, {_x(address(row))}. Contato na unidade: {tel}."
    contact = [f"              <Telefone>{shown}</Telefone>"]
    if emails(row):
        contact.append(f"              <Email>{emails(row)[0]}</Email>")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CompNfse xmlns="http://www.abrasf.org.br/nfse.xsd">',
        '  <Nfse versao="2.04">',
        f'    <InfNfse Id="nfse{numero}">',
        f"      <Numero>{numero}</Numero>",
        f"      <CodigoVerificacao>{_code(rng, 8)}</CodigoVerificacao>",
        f"      <DataEmissao>{when:%Y-%m-%dT%H:%M:%S}</DataEmissao>",
        "      <ValoresNfse>",
        f"        <BaseCalculo>{value:.2f}</BaseCalculo>",
        "        <Aliquota>5.00</Aliquota>",
        f"        <ValorIss>{iss:.2f}</ValorIss>",
        f"        <ValorLiquidoNfse>{value:.2f}</ValorLiquidoNfse>",
        "      </ValoresNfse>",
        "      <PrestadorServico>",
        "        <IdentificacaoPrestador>",
        f"          <CpfCnpj><Cnpj>{firm_cnpj}</Cnpj></CpfCnpj>",
        f"          <InscricaoMunicipal>{_digits(rng, 8)}</InscricaoMunicipal>",
        "        </IdentificacaoPrestador>",
        f"        <RazaoSocial>{_x(firm)}</RazaoSocial>",
        "      </PrestadorServico>",
        "      <OrgaoGerador>",
        "        <CodigoMunicipio>3550308</CodigoMunicipio>",
        "        <Uf>SP</Uf>",
        "      </OrgaoGerador>",
        "      <DeclaracaoPrestacaoServico>",
        f'        <InfDeclaracaoPrestacaoServico Id="rps{rps}">',
        "          <Rps>",
        "            <IdentificacaoRps>",
        f"              <Numero>{rps}</Numero>",
        "              <Serie>A</Serie>",
        "              <Tipo>1</Tipo>",
        "            </IdentificacaoRps>",
        f"            <DataEmissao>{when:%Y-%m-%d}</DataEmissao>",
        "            <Status>1</Status>",
        "          </Rps>",
        f"          <Competencia>{when:%Y-%m-01}</Competencia>",
        "          <Servico>",
        "            <Valores>",
        f"              <ValorServicos>{value:.2f}</ValorServicos>",
        f"              <ValorIss>{iss:.2f}</ValorIss>",
        "              <Aliquota>5.00</Aliquota>",
        "            </Valores>",
        "            <IssRetido>1</IssRetido>",
        "            <ResponsavelRetencao>1</ResponsavelRetencao>",
        f"            <ItemListaServico>{item}</ItemListaServico>",
        f"            <Discriminacao>{what_text}</Discriminacao>",
        "            <CodigoMunicipio>3550308</CodigoMunicipio>",
        "            <ExigibilidadeISS>1</ExigibilidadeISS>",
        "          </Servico>",
        "          <Prestador>",
        f"            <CpfCnpj><Cnpj>{firm_cnpj}</Cnpj></CpfCnpj>",
        "          </Prestador>",
        "          <TomadorServico>",
        "            <IdentificacaoTomador>",
        f"              <CpfCnpj><Cnpj>{taker_cnpj}</Cnpj></CpfCnpj>",
        "            </IdentificacaoTomador>",
        f"            <RazaoSocial>{name}</RazaoSocial>",
        "            <Endereco>",
        f"              <Endereco>{_x(address(row))}</Endereco>",
        "              <CodigoMunicipio>3550308</CodigoMunicipio>",
        "              <Uf>SP</Uf>",
        "            </Endereco>",
        "            <Contato>",
        *contact,
        "            </Contato>",
        "          </TomadorServico>",
        "          <OptanteSimplesNacional>2</OptanteSimplesNacional>",
        "          <IncentivoFiscal>2</IncentivoFiscal>",
        "        </InfDeclaracaoPrestacaoServico>",
        "      </DeclaracaoPrestacaoServico>",
        "    </InfNfse>",
        "  </Nfse>",
        "</CompNfse>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mapas_culturais_space": mapas_culturais_space,
    "lexml_portaria": lexml_portaria,
    "ginga_ncl": ginga_ncl,
    "abrasf_nfse": abrasf_nfse,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of each of its numbers and of
    its e-mail addresses labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
