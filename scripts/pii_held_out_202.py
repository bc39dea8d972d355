"""held_out_202 of the PII evaluation set: real phone fields of a register no earlier part used
(the City of Florianópolis's public directory of its units, Santa Catarina: municipal schools
and kindergartens, social-assistance centres, guardianship councils and health units; Brazil's
earlier parts took INEP's schools, Fortaleza's primary-care posts, the CNJ's cartórios and São
Paulo's municipal facilities) exactly as published, in layouts no earlier part has, beside the
list's own names, addresses and opening hours.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of BR (INEP's schools, Fortaleza's health posts, the CNJ's
cartórios, São Paulo's facilities), PT and many others; here:

* the values are the numbers of 204 units (``scripts/data/pii_br_florianopolis_contatos.json``,
  written by ``scripts/br_florianopolis_contatos_data.py``; source and licence in that file:
  123 schools and kindergartens, 64 health units, 17 social-assistance units), 279 numbers,
  one to four a unit: Brazilian numbers as the city's contacts site writes them, the area code
  in brackets, a space, the line's two groups joined by a hyphen (``(48) 3284-5836``; four
  mobiles of nine digits, ``(48) 99650-8640``; one with no space, ``(48)3226-8680``), each
  number written twice in its record, each copy labelled on its own;
* the text around them is the same unit's real fields: its name (``EBM Osmar Cunha``,
  ``NEIM Clair Gruber Souza``, ``CAPSI - Infantil``), address (``Rodovia Tertúliano Brito
  Xavier, n° 661 - Canasvieiras``; the health units' with their eight-digit CEP,
  ``88015-020``), opening hours (``8h às 12h e 13h às 18h``) and the directory's section and
  card (``Unidades da Educação Norte``, ``Saúde Região Central``), with invented gazette
  editions, tender, contract, process and SEI document numbers, CNPJs of invented firms,
  amounts in reais, dates, page numbers, hashes, message ids and millisecond times, unlabelled
  and scored;
* in layouts no earlier part has, Brazilian formats, text in Brazilian Portuguese: Querido
  Diário API ``/gazettes`` responses (Open Knowledge Brasil's index of municipal official
  gazettes: ``territory_id`` ``4205407``, ``excerpts`` of the city's gazette as PDF text
  extraction gives them, line breaks and all, the numbers in a notice and in a contract
  extract), INLABS XML of the Diário Oficial da União (the Imprensa Nacional's ``article`` of
  section 3: a municipal ``Aviso de Licitação`` under ``Prefeituras/Santa Catarina``, its
  ``Texto`` an HTML fragment in CDATA naming the numbers for the site visit and for
  information), SEI (Sistema Eletrônico de Informações) documents as SEI exports them to HTML
  (an ``Ofício`` of the unit's secretariat to the unit: SEI's paragraph classes, the numbers
  in a numbered paragraph and in a table cell, the electronic signature and verification
  note, a process number and SEI number) and LIME protocol envelopes (the messaging protocol
  of Take Blip's chatbot platform: a Blip Chat conversation with the city's service bot, as
  one envelope a line: messages, ``document-select`` menus, ``received``/``consumed``
  notifications; the numbers in the bot's card and again when the user asks).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_202.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_florianopolis_contatos.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_202.jsonl.gz"
SPLIT = "held_out_202"

LAYOUTS = ("querido_diario_api", "inlabs_dou_xml", "sei_oficio_html", "lime_envelopes")
PHONE = "telefone"
EDGES = {"phone": r"\d"}
TZ = dt.timezone(dt.timedelta(hours=-3))
TERRITORY = "4205407"  # Florianópolis's IBGE municipality code

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# each section's secretariat: name, acronym
SECRETARIATS = {
    "Educação": ("Secretaria Municipal de Educação", "SME"),
    "Saúde": ("Secretaria Municipal de Saúde", "SMS"),
    "Assistência Social": ("Secretaria Municipal de Assistência Social", "SEMAS"),
}
# invented objects of tenders and contracts, by section (no real procurement is meant)
OBJECTS = {
    "Educação": (
        "aquisição de gêneros alimentícios para a alimentação escolar",
        "manutenção preventiva e recarga dos extintores de incêndio",
        "serviços de dedetização, desratização e limpeza de caixas d'água",
        "reforma da cobertura e substituição das calhas",
        "fornecimento e instalação de brinquedos de parque infantil",
    ),
    "Saúde": (
        "manutenção preventiva e corretiva de equipamentos odontológicos",
        "fornecimento de oxigênio medicinal em cilindros",
        "climatização das salas de vacina e de curativos",
        "serviços de limpeza e desinfecção de reservatórios de água",
    ),
    "Assistência Social": (
        "fornecimento de lanches para as oficinas do Serviço de Convivência",
        "manutenção predial, elétrica e hidráulica",
        "locação de veículo com motorista para visitas domiciliares",
    ),
}  # fmt: skip
# invented contractors (no real company is meant)
FIRMS = (
    "Ilha Serviços de Manutenção Ltda", "Desterro Engenharia e Construções Ltda",
    "Catarinense Distribuidora de Alimentos Ltda", "Sul Clima Refrigeração Ltda",
    "Lagoa Conservação e Limpeza Ltda", "Continente Equipamentos Hospitalares Ltda",
)  # fmt: skip
MONTHS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def numbers_of(row: dict[str, Any]) -> list[str]:
    """The unit's numbers as published (``telefone_1`` ...), each once, in their order."""
    found = [v.strip() for k, v in row["fields"].items() if k.startswith("telefone_")]
    return list(dict.fromkeys(v for v in found if v))


def phone(row: dict[str, Any]) -> str:
    """The unit's first number."""
    return numbers_of(row)[0]


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the unit's numbers labelled (each copy
    stands apart: no digit next to it)."""
    values = [("phone", v) for v in numbers_of(row)]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brasília time), on a weekday's working hours."""
    start = dt.datetime(2024, 2, 5, 8, 0, tzinfo=TZ)
    when = start + dt.timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 540))
    while when.weekday() >= 5:
        when += dt.timedelta(days=1)
    return when


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ of a head office (``/0001``), written with its punctuation
    (``12.345.678/0001-95``), its two check digits right."""
    body = [int(c) for c in _digits(rng, 8) + "0001"]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
        body.append(0 if rest < 2 else 11 - rest)
    s = "".join(map(str, body))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def _reais(rng: random.Random) -> str:
    """An invented amount in reais as Brazilian texts write it (``R$ 48.312,50``)."""
    cents = rng.randint(150_000, 48_000_000)
    whole = f"{cents // 100:,}".replace(",", ".")
    return f"R$ {whole},{cents % 100:02d}"


def _long_date(when: dt.datetime) -> str:
    return f"{when.day} de {MONTHS[when.month - 1]} de {when.year}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _secretariat(row: dict[str, Any]) -> tuple[str, str]:
    return SECRETARIATS[_f(row, "secao")]


def _object(row: dict[str, Any], rng: random.Random) -> str:
    return rng.choice(OBJECTS[_f(row, "secao")])


def _joined(values: list[str], last: str = " e ") -> str:
    """``a``, ``a e b``, ``a, b e c``."""
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + last + values[-1]


def _telefones(row: dict[str, Any]) -> str:
    """``telefone (48) ...`` or ``telefones (48) ... e (48) ...``."""
    nums = numbers_of(row)
    return f"{'telefone' if len(nums) == 1 else 'telefones'} {_joined(nums)}"


def _pelo(row: dict[str, Any]) -> str:
    """``pelo telefone (48) ...`` or ``pelos telefones (48) ... e (48) ...``."""
    return ("pelos " if len(numbers_of(row)) > 1 else "pelo ") + _telefones(row)


def querido_diario_api(row: dict[str, Any], rng: random.Random) -> str:
    """A Querido Diário API response (``GET /gazettes?territory_ids=4205407&querystring=...``,
    Open Knowledge Brasil's index of municipal official gazettes): ``total_gazettes`` and one
    ``gazettes`` entry of the city's gazette (``territory_id``, ``date``, ``scraped_at``, the
    PDF's and text's URLs under the file's invented SHA-1, ``territory_name``, ``state_code``,
    ``edition``, ``is_extra_edition``) whose two ``excerpts`` are the gazette's text around the
    unit's name as PDF extraction gives it (lines broken at the column's width): a secretariat's
    notice with the unit's address, hours and numbers, and a contract extract naming the unit's
    numbers for the delivery."""
    name, address = _f(row, "unidade"), _f(row, "endereco")
    secretariat, acronym = _secretariat(row)
    when = _when(rng)
    scraped = when + dt.timedelta(hours=rng.randint(14, 40), seconds=rng.randint(0, 3599))
    sha = hashlib.sha1(f"{SPLIT}:{row['path']}:{rng.random()}".encode()).hexdigest()
    base = f"https://data.queridodiario.ok.org.br/{TERRITORY}/{when:%Y-%m-%d}/{sha}"
    edition = str(rng.randint(3800, 4400))
    hours = _f(row, "atendimento")
    notice = (
        f"{secretariat.upper()}\nAVISO\nA {secretariat} comunica que a unidade {name},\n"
        f"situada na {address}, atende ao público das {hours}.\n"
        f"Informações e agendamentos {_pelo(row)}.\n"
        f"Florianópolis, {_long_date(when - dt.timedelta(days=rng.randint(1, 4)))}."
    )
    contract = rng.randint(100, 980)
    extract = (
        f"EXTRATO DE CONTRATO Nº {contract}/{acronym}/{when.year}\n"
        f"CONTRATANTE: Município de Florianópolis, por meio da {secretariat}.\n"
        f"CONTRATADA: {rng.choice(FIRMS)}, CNPJ {_cnpj(rng)}.\n"
        f"OBJETO: {_object(row, rng)} para a unidade {name}.\n"
        f"VALOR GLOBAL: {_reais(rng)}. VIGÊNCIA: {rng.choice((6, 12))} meses.\n"
        f"Entrega e execução na unidade, com agendamento {_pelo(row)}."
    )
    doc = {
        "total_gazettes": 1,
        "gazettes": [
            {
                "territory_id": TERRITORY,
                "date": f"{when:%Y-%m-%d}",
                "scraped_at": f"{scraped:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999999):06d}",
                "url": f"{base}.pdf",
                "territory_name": "Florianópolis",
                "state_code": "SC",
                "excerpts": [notice, extract],
                "edition": edition,
                "is_extra_edition": rng.random() < 0.15,
                "txt_url": f"{base}.txt",
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _h(value: str) -> str:
    """``value`` as HTML text."""
    return escape(value)


def inlabs_dou_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An INLABS XML file of the Diário Oficial da União (the Imprensa Nacional's XML of each
    published act): one ``article`` of section 3 (``pubName="DO3"``) with its attributes (ids,
    ``artType`` ``Aviso de Licitação``, ``pubDate``, ``artCategory`` under ``Prefeituras/Santa
    Catarina/Prefeitura Municipal de Florianópolis``, page and edition numbers, the PDF page's
    address), and a ``body`` of ``Identifica``, ``Data``, ``Ementa``, ``Titulo``, ``SubTitulo``
    and ``Texto``, the text an HTML fragment in CDATA: the tender's number, object and unit,
    the site visit by the unit's numbers, the dates and the information line repeating them;
    signed by the department, with no name."""
    name, address = _f(row, "unidade"), _f(row, "endereco")
    secretariat, acronym = _secretariat(row)
    when = _when(rng)
    tender = f"{rng.randint(10, 480)}/{when.year}"
    opening = when + dt.timedelta(days=rng.randint(9, 20))
    page = rng.randint(180, 420)
    category = f"Prefeituras/Santa Catarina/Prefeitura Municipal de Florianópolis/{secretariat}"
    text = "".join(
        (
            '<p class="identifica">AVISO DE LICITAÇÃO</p>',
            f"<p>PREGÃO ELETRÔNICO Nº {tender} - {acronym}</p>",
            f"<p>Processo Administrativo nº {acronym} {_digits(rng, 5)}/{when.year}. Objeto: "
            f"{_h(_object(row, rng))} da unidade {_h(name)}, situada na {_h(address)}. "
            f"Valor estimado: {_reais(rng)}.</p>",
            f"<p>A vistoria técnica poderá ser agendada junto à unidade {_pelo(row)}"
            f", das {_h(_f(row, 'atendimento'))}.</p>",
            f"<p>Abertura das propostas: {opening:%d/%m/%Y}, às {rng.choice((9, 10, 14))}h, "
            "no Portal de Compras Públicas. Edital disponível em "
            "www.pmf.sc.gov.br/licitacoes. Informações: Diretoria de Licitações, ou na "
            f"unidade, {_telefones(row)}.</p>",
            f'<p class="data">Florianópolis, {_long_date(when)}.</p>',
            '<p class="assina">DIRETORIA DE LICITAÇÕES E CONTRATOS</p>',
        )
    )
    art_id = rng.randint(40_000_000, 49_999_999)
    attrs = {
        "id": str(art_id),
        "name": f"AVISO DE LICITACAO {tender.replace('/', '-')}",
        "idOficio": str(rng.randint(10_000_000, 11_999_999)),
        "pubName": "DO3",
        "artType": "Aviso de Licitação",
        "pubDate": f"{when:%d/%m/%Y}",
        "artClass": ":".join(f"{rng.randint(0, 99999):05d}" for _ in range(3)) + ":",
        "artCategory": category,
        "artSize": "12",
        "artNotes": "",
        "numberPage": str(page),
        "pdfPage": "http://pesquisa.in.gov.br/imprensa/jsp/visualiza/index.jsp?"
        f"data={when:%d/%m/%Y}&jornal=530&pagina={page}",
        "editionNumber": str(rng.randint(20, 240)),
        "highlightType": "",
        "highlightPriority": "",
        "highlight": "",
        "highlightimage": "",
        "highlightimagename": "",
        "idMateria": str(art_id + rng.randint(1000, 9000)),
    }
    attributes = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<xml>",
        f"<article {attributes}>",
        "<body>",
        "<Identifica><![CDATA[AVISO DE LICITAÇÃO]]></Identifica>",
        "<Data><![CDATA[]]></Data>",
        "<Ementa />",
        "<Titulo />",
        "<SubTitulo />",
        f"<Texto><![CDATA[{text}]]></Texto>",
        "</body>",
        "<Midias />",
        "</article>",
        "</xml>",
        "",
    ]
    return "\n".join(lines)


SEI_STYLE = (
    "p.Texto_Alinhado_Esquerda {font-size:12pt;font-family:Calibri;text-align:left;"
    "word-wrap:normal;margin:6pt;}\n"
    "p.Texto_Alinhado_Direita {font-size:12pt;font-family:Calibri;text-align:right;"
    "word-wrap:normal;margin:6pt;}\n"
    "p.Texto_Centralizado_Maiusculas_Negrito {font-weight:bold;font-size:13pt;"
    "font-family:Calibri;text-align:center;text-transform:uppercase;word-wrap:normal;}\n"
    "p.Texto_Justificado_Recuo_Primeira_Linha {font-size:12pt;font-family:Calibri;"
    "text-indent:25mm;text-align:justify;word-wrap:normal;margin:6pt;}\n"
    "p.Tabela_Texto_Alinhado_Esquerda {font-size:11pt;font-family:Calibri;text-align:left;"
    "word-wrap:normal;margin:0 3pt 0 3pt;}\n"
    "p.Tabela_Texto_Centralizado {font-size:11pt;font-family:Calibri;text-align:center;"
    "word-wrap:normal;margin:0 3pt 0;}\n"
)


def sei_oficio_html(row: dict[str, Any], rng: random.Random) -> str:
    """An ``Ofício`` as SEI (Sistema Eletrônico de Informações, the public administration's
    electronic process system) exports a document to HTML: the title ``SEI/PMF - <SEI number>
    - Ofício``, SEI's paragraph classes (``Texto_Centralizado_Maiusculas_Negrito``,
    ``Texto_Justificado_Recuo_Primeira_Linha``, ``Tabela_Texto_Alinhado_Esquerda``...), the
    secretariat's letterhead, the letter's number, place and date, the unit as addressee with
    its address, numbered paragraphs (the unit's numbers in the second), a table of the unit's
    registered data (section, card, address, hours, numbers), the electronic signature note
    (by the department, with no name), the verification note with its code and CRC, and the
    footer of the process number and SEI number."""
    name, address = _f(row, "unidade"), _f(row, "endereco")
    secretariat, acronym = _secretariat(row)
    when = _when(rng)
    sei = str(rng.randint(1_000_000, 3_999_999))
    number = f"{rng.randint(40, 2400)}/{when.year}/{acronym}"
    process = f"{acronym}.{_digits(rng, 6)}/{when.year}-{_digits(rng, 2)}"
    crc = f"{rng.getrandbits(32):08X}"
    signed = when + dt.timedelta(minutes=rng.randint(5, 180))
    nums = numbers_of(row)
    cells = "".join(f'<p class="Tabela_Texto_Alinhado_Esquerda">{_h(n)}</p>' for n in nums)
    table = [
        ("Seção", _f(row, "secao")),
        ("Região", _f(row, "card")),
        ("Unidade", name),
        ("Endereço", address),
        ("Horário de atendimento", _f(row, "atendimento")),
    ]
    rows_html = [
        f'<tr><td style="width:180px"><p class="Tabela_Texto_Alinhado_Esquerda">{label}</p>'
        f'</td><td><p class="Tabela_Texto_Alinhado_Esquerda">{_h(value)}</p></td></tr>'
        for label, value in table
        if value
    ]
    rows_html.append(
        '<tr><td style="width:180px"><p class="Tabela_Texto_Alinhado_Esquerda">Telefone(s)'
        f"</p></td><td>{cells}</td></tr>"
    )
    lines = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html lang="pt-br">',
        "<head>",
        '<meta http-equiv="Pragma" content="no-cache" />',
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        f"<title>SEI/PMF - {sei} - Ofício</title>",
        '<style type="text/css">',
        SEI_STYLE.rstrip("\n"),
        "</style>",
        "</head>",
        "<body>",
        '<p class="Texto_Centralizado_Maiusculas_Negrito">Prefeitura Municipal de '
        "Florianópolis</p>",
        f'<p class="Texto_Centralizado_Maiusculas_Negrito">{_h(secretariat)}</p>',
        f'<p class="Texto_Alinhado_Esquerda">Ofício nº {number}</p>',
        f'<p class="Texto_Alinhado_Direita">Florianópolis, {_long_date(when)}.</p>',
        f'<p class="Texto_Alinhado_Esquerda">À<br />{_h(name)}<br />{_h(address)}<br />'
        "Florianópolis - SC</p>",
        '<p class="Texto_Alinhado_Esquerda"><strong>Assunto:</strong> Atualização do cadastro '
        "da unidade no sítio de contatos da Prefeitura.</p>",
        '<p class="Texto_Justificado_Recuo_Primeira_Linha">1. Em atendimento ao disposto no '
        f"processo em referência, encaminhamos os dados da unidade {_h(name)} que constam "
        "do sítio contatos.pmf.sc.gov.br, para conferência.</p>",
        '<p class="Texto_Justificado_Recuo_Primeira_Linha">2. Solicitamos confirmar se o '
        f"atendimento ao público segue {_h(_pelo(row))}, e informar eventual "
        f"alteração no prazo de {rng.choice((5, 10, 15))} dias úteis.</p>",
        '<table border="1" cellpadding="3" cellspacing="0" style="width:90%;margin-left:auto;'
        'margin-right:auto;border-collapse:collapse">',
        "<tbody>",
        *rows_html,
        "</tbody>",
        "</table>",
        '<p class="Texto_Justificado_Recuo_Primeira_Linha">3. Colocamo-nos à disposição para '
        "os esclarecimentos necessários.</p>",
        '<p class="Texto_Alinhado_Esquerda">Atenciosamente,</p>',
        '<hr style="border:none;padding:0;margin:5px 2px 0 2px;border-top:2px solid #000;" />',
        '<table style="width:100%"><tr><td><p style="text-align:justify;font-size:10pt">'
        "Documento assinado eletronicamente pela <b>Diretoria Administrativa</b> da "
        f"{_h(secretariat)}, em {signed:%d/%m/%Y}, às {signed:%H:%M}, conforme horário "
        "oficial de Brasília, com fundamento no Decreto Municipal que regulamenta o uso do "
        "meio eletrônico.</p></td></tr></table>",
        '<table style="width:100%"><tr><td><p style="text-align:justify;font-size:10pt">A '
        "autenticidade deste documento pode ser conferida no site "
        '<a href="https://sei.pmf.sc.gov.br/sei/controlador_externo.php?acao=documento_'
        'conferir&amp;id_orgao_acesso_externo=0" title="Conferir">https://sei.pmf.sc.gov.br/'
        "sei/controlador_externo.php?acao=documento_conferir&amp;id_orgao_acesso_externo=0</a>"
        f", informando o código verificador <b>{sei}</b> e o código CRC <b>{crc}</b>.</p>"
        "</td></tr></table>",
        '<hr style="border:none;padding:0;margin:5px 2px 0 2px;border-top:2px solid #000;" />',
        '<table style="width:100%"><tr>',
        '<td><p class="Tabela_Texto_Alinhado_Esquerda" style="font-size:9pt">Referência: '
        f"Processo nº {process}</p></td>",
        f'<td><p class="Tabela_Texto_Centralizado" style="font-size:9pt">SEI nº {sei}</p></td>',
        "</tr></table>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def lime_envelopes(row: dict[str, Any], rng: random.Random) -> str:
    """LIME protocol envelopes of one Blip Chat conversation with the city's service bot on
    Take Blip's platform, one JSON envelope a line as a transport trace logs them: the user's
    (an anonymous Blip Chat identity, ``...@0mn.io``) ``text/plain`` messages, the bot's
    (``...@msging.net``) ``application/vnd.lime.document-select+json`` menu and ``text/plain``
    replies with Blip's ``#stateName``/``#stateId`` metadata, and ``received``/``consumed``
    notifications; the unit's card names its numbers, and the bot repeats them when asked."""
    name, address = _f(row, "unidade"), _f(row, "endereco")
    nums = numbers_of(row)
    bot = "atendimentofloripa@msging.net"
    user = f"{_uuid(rng)}@0mn.io"
    instance = f"{bot}/msging-application-builder-{rng.randint(1000000, 9999999):x}"
    at = int(_when(rng).timestamp() * 1000)
    state = _uuid(rng)
    envelopes: list[dict[str, Any]] = []

    def clock() -> int:
        nonlocal at
        at += rng.randint(400, 40000)
        return at

    def user_says(text: str) -> None:
        mid, processed = _uuid(rng), clock()
        created = processed - rng.randint(90, 400)
        envelopes.append(
            {"id": mid, "from": f"{user}/default", "to": bot, "type": "text/plain",
             "content": text, "metadata": {"#date_processed": str(processed),
                                           "date_created": str(created)}}
        )  # fmt: skip
        envelopes.append(
            {"id": mid, "from": instance, "to": f"{user}/default", "event": "consumed",
             "metadata": {"#date_processed": str(clock())}}
        )  # fmt: skip

    def bot_says(kind: str, content: Any, state_name: str) -> None:
        mid = _uuid(rng)
        envelopes.append(
            {"id": mid, "from": instance, "to": user, "type": kind, "content": content,
             "metadata": {"#stateName": state_name, "#stateId": state,
                          "#messageId": mid, "#date_processed": str(clock())}}
        )  # fmt: skip
        envelopes.append(
            {"id": mid, "from": f"{user}/default", "to": instance, "event": "received",
             "metadata": {"#date_processed": str(clock())}}
        )  # fmt: skip

    user_says(rng.choice(("oi", "Olá", "bom dia", "boa tarde")))
    bot_says(
        "application/vnd.lime.document-select+json",
        {
            "header": {
                "type": "text/plain",
                "value": "Olá! Sou o assistente virtual da Prefeitura de Florianópolis. "
                "Como posso ajudar?",
            },
            "options": [
                {"label": {"type": "text/plain", "value": "Telefones das unidades"}},
                {"label": {"type": "text/plain", "value": "Serviços online"}},
                {"label": {"type": "text/plain", "value": "Ouvidoria"}},
            ],
        },
        "Início",
    )
    user_says("Telefones das unidades")
    bot_says("text/plain", "Digite o nome da unidade que você procura.", "Busca unidade")
    user_says(name.lower() if rng.random() < 0.5 else name)
    card = "\n".join(
        [
            f"📍 {name}",
            f"{_f(row, 'card')}",
            f"Endereço: {address}",
            f"Atendimento: {_f(row, 'atendimento')}",
            *(f"Telefone: {n}" for n in nums),
        ]
    )
    bot_says("text/plain", card, "Resultado unidade")
    user_says(rng.choice(("pode repetir o número?", "qual o telefone mesmo?", "e o fone?")))
    bot_says(
        "text/plain",
        f"Claro! Você pode ligar para {_joined(nums, ' ou ')}. Posso ajudar em algo mais?",
        "Resultado unidade",
    )
    user_says(rng.choice(("não, obrigado", "só isso, valeu", "obrigada")))
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in envelopes)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "querido_diario_api": querido_diario_api,
    "inlabs_dou_xml": inlabs_dou_xml,
    "sei_oficio_html": sei_oficio_html,
    "lime_envelopes": lime_envelopes,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of each of its numbers
    labelled."""
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
