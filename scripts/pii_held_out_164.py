"""held_out_164 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the contacts list of the Italian municipalities, the comuni; Italy's earlier
parts took ICCU's libraries and Regione Lombardia's care homes) exactly as published, in layouts
no earlier part has, beside the list's own names and province codes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IT (ICCU's libraries, Lombardia's RSA), ES, PT, FR and many
others; here:

* the values are the ``telefono``, ``fax``, ``mail`` and ``pec`` fields of 200 comuni, a seeded
  sample of the 7,903 (``scripts/data/pii_it_comuni_contacts.json``, written by
  ``scripts/it_comuni_contacts_data.py``; source and licence in that file): Italian numbers as
  the list writes them, ``+39``, a blank and the national number with a slash, blanks, a dot or
  a hyphen after the area code or none (``+39 0371/72235``, ``+39 049 8245111``,
  ``+39 015.660103``, ``+39 0858574223``; a few without ``+39``, some with a second number or an
  extension), each number of each copy labelled (a fax equal to the phone is the phone's); the
  comune's ordinary and certified (PEC) e-mail addresses where the data keeps them (addresses
  that name a person were left out of the data), each copy labelled;
* the text around them is the same row's real fields: the comune's name as the list writes it
  (``ABANO TERME``), its province code (``PD``) and the list's row number, with invented IPA
  codes, protocol numbers, service ids, fiscal codes, time stamps and dates, unlabelled and
  scored;
* in layouts no earlier part has, formats of the Italian public administration's systems and a
  router's phone book, text in Italian: AgID protocol-interoperability ``Segnatura.xml``
  documents (Circolare AgID 60/2013: the comune as ``Mittente``, its PEC as the origin's
  ``IndirizzoTelematico``, the protocol office's ``IndirizzoTelematico``, ``Telefono`` and
  ``Fax``), SPID service-provider metadata (SAML 2.0 ``EntityDescriptor`` with the SPID
  extensions: ``Organization``, a ``ContactPerson`` of type ``other`` with ``spid:IPACode``,
  ``spid:Public``, ``EmailAddress`` and ``TelephoneNumber``), App IO service definitions (the
  Services API's JSON: ``service_metadata`` with ``phone``, ``email``, ``pec`` and a Markdown
  ``description`` repeating the numbers) and AVM FRITZ!Box phone-book exports (``phonebooks``
  XML: a ``contact`` with ``realName``, ``number`` of type ``work`` and ``fax_work``, ``email``
  of classifier ``work`` and ``other``, ``mod_time`` and ``uniqueid``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_164.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_comuni_contacts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_164.jsonl.gz"
SPLIT = "held_out_164"

LAYOUTS = ("segnatura_xml", "spid_sp_metadata", "io_service_json", "fritzbox_phonebook")
PHONE, FAX = "telefono", "fax"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
ROME = dt.timezone(dt.timedelta(hours=1))

# invented offices and services of a comune (no real service is meant)
OFFICES = (
    ("Ufficio Protocollo", "UO_PROT"), ("Servizi Demografici", "UO_DEMO"),
    ("Ufficio Tecnico", "UO_UTC"), ("Ufficio Tributi", "UO_TRIB"),
    ("Segreteria Generale", "UO_SEGR"),
)  # fmt: skip
SUBJECTS = (
    "Trasmissione delibera di Giunta comunale", "Richiesta di certificato anagrafico",
    "Comunicazione di avvio del procedimento", "Convocazione del Consiglio comunale",
    "Riscontro a istanza di accesso agli atti",
)  # fmt: skip
SERVICES = (
    ("Servizi demografici", "Certificati anagrafici, carta d'identità elettronica e cambi di "
     "residenza."),
    ("Tributi comunali", "Avvisi di pagamento e scadenze di IMU e TARI."),
    ("Protezione civile", "Allerte meteo e comunicazioni urgenti alla cittadinanza."),
    ("Servizi scolastici", "Iscrizioni a mensa e trasporto scolastico, pagamenti e avvisi."),
)  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The comune's ``telefono`` as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The comune's ``fax`` as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def mail(row: dict[str, Any]) -> str:
    """The comune's ordinary e-mail address, "" where the data keeps none."""
    return _f(row, "mail")


def pec(row: dict[str, Any]) -> str:
    """The comune's certified (PEC) e-mail address, "" where the data keeps none."""
    return _f(row, "pec")


def name(row: dict[str, Any]) -> str:
    """The comune's name as the list writes it (``ABANO TERME``)."""
    return _f(row, "comune")


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+39``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields and of its two
    e-mail addresses labelled (each copy stands apart: no digit next to a number, no address
    character next to an address; a fax equal to the phone is labelled as the phone)."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", mail(row)), ("email", pec(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Rome, winter time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=ROME)
    return start + dt.timedelta(seconds=rng.randint(0, 320 * 86400))


def _slug(row: dict[str, Any]) -> str:
    """The comune's name in letters only, lower case (``abanoterme``), for invented hosts."""
    first = name(row).split("/")[0].lower()
    return re.sub(r"[^a-z]", "", first)


def _ipa(rng: random.Random) -> str:
    """An invented IPA code in the comuni's shape (``c_a001``)."""
    return f"c_{rng.choice(string.ascii_lowercase[:13])}{rng.randint(1, 999):03d}"


def _any_address(row: dict[str, Any]) -> str:
    """The ordinary address, or the PEC where the data keeps no ordinary one."""
    return mail(row) or pec(row)


def segnatura_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A ``Segnatura.xml`` of the AgID protocol-interoperability rules (Circolare AgID
    60/2013, namespace ``http://www.digitPa.gov.it/protocollo/``) of a message the comune's
    protocol registered and sent: the ``Identificatore`` (invented IPA and AOO codes, register,
    number and date), the ``Origine`` with the PEC as ``IndirizzoTelematico`` and the comune as
    ``Mittente`` (its ``Amministrazione`` with a ``UnitaOrganizzativa`` holding the
    ``IndirizzoPostale`` as a ``Denominazione``, the ordinary address, ``Telefono`` and
    ``Fax``), a ``Destinazione`` of the comune's own ordinary mailbox (a copy kept on file),
    the ``Oggetto`` and the main document."""
    when, ipa = _when(rng), _ipa(rng)
    number = f"{rng.randint(1, 24000):07d}"
    office, uo = rng.choice(OFFICES)
    comune, prov = f"Comune di {name(row)}", _f(row, "prov")
    origin = pec(row) or mail(row)
    unit = [
        '        <UnitaOrganizzativa tipo="permanente">',
        f"          <Denominazione>{_x(office)}</Denominazione>",
        f"          <Identificativo>{uo}</Identificativo>",
        "          <IndirizzoPostale>",
        f"            <Denominazione>Municipio di {_x(name(row))} ({prov})</Denominazione>",
        "          </IndirizzoPostale>",
    ]
    if mail(row):
        unit.append(f'          <IndirizzoTelematico tipo="smtp">{mail(row)}</IndirizzoTelematico>')
    unit.append(f"          <Telefono>{_x(phone(row))}</Telefono>")
    if fax(row):
        unit.append(f"          <Fax>{_x(fax(row))}</Fax>")
    unit.append("        </UnitaOrganizzativa>")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Segnatura xmlns="http://www.digitPa.gov.it/protocollo/" versione="2013-06-03" '
        'xml:lang="it">',
        "  <Intestazione>",
        "    <Identificatore>",
        f"      <CodiceAmministrazione>{ipa}</CodiceAmministrazione>",
        f"      <CodiceAOO>A{rng.randint(1, 9)}{rng.choice('BCDEFGH')}{rng.randint(10, 99)}"
        "</CodiceAOO>",
        "      <CodiceRegistro>REG_PROT</CodiceRegistro>",
        f"      <NumeroRegistrazione>{number}</NumeroRegistrazione>",
        f"      <DataRegistrazione>{when:%Y-%m-%d}</DataRegistrazione>",
        "    </Identificatore>",
        "    <Origine>",
        f'      <IndirizzoTelematico tipo="smtp">{origin}</IndirizzoTelematico>',
        "      <Mittente>",
        "        <Amministrazione>",
        f"          <Denominazione>{_x(comune)}</Denominazione>",
        f"          <CodiceAmministrazione>{ipa}</CodiceAmministrazione>",
        *["  " + line for line in unit],
        "        </Amministrazione>",
        "        <AOO>",
        f"          <Denominazione>{_x(comune)} - Protocollo generale</Denominazione>",
        "        </AOO>",
        "      </Mittente>",
        "    </Origine>",
        '    <Destinazione confermaRicezione="si">',
        f'      <IndirizzoTelematico tipo="smtp">{_any_address(row)}</IndirizzoTelematico>',
        "    </Destinazione>",
        f"    <Oggetto>{_x(rng.choice(SUBJECTS))} - prot. n. {number} del {when:%d/%m/%Y}"
        "</Oggetto>",
        "  </Intestazione>",
        "  <Descrizione>",
        f'    <Documento nome="prot_{number}_{when:%Y%m%d}.pdf" tipoRiferimento="MIME"/>',
        "  </Descrizione>",
        "</Segnatura>",
        "",
    ]
    return "\n".join(lines)


def spid_sp_metadata(row: dict[str, Any], rng: random.Random) -> str:
    """SPID service-provider metadata (SAML 2.0 metadata with the SPID extensions of AgID's
    Avviso SPID n. 29 v3) of the comune's online services portal: an ``EntityDescriptor`` with
    an invented entity id and ``ID``, an ``SPSSODescriptor`` (assertion consumer service,
    logout service, the requested attributes), the ``Organization`` and a ``ContactPerson`` of
    type ``other`` with ``spid:IPACode``, ``spid:Public``, ``EmailAddress`` and
    ``TelephoneNumber``."""
    host = f"servizi.comune.{_slug(row)}.{_f(row, 'prov').lower()}.it"
    comune = f"Comune di {name(row)}"
    ident = "_" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" '
        'xmlns:spid="https://spid.gov.it/saml-extensions" '
        f'entityID="https://{host}/spid" ID="{ident}">',
        '  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" '
        'AuthnRequestsSigned="true" WantAssertionsSigned="true">',
        '    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" '
        f'Location="https://{host}/spid/slo"/>',
        "    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
        "</md:NameIDFormat>",
        '    <md:AssertionConsumerService index="0" isDefault="true" '
        'Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" '
        f'Location="https://{host}/spid/acs"/>',
        '    <md:AttributeConsumingService index="0">',
        f'      <md:ServiceName xml:lang="it">Servizi online - {_x(comune)}</md:ServiceName>',
        '      <md:RequestedAttribute Name="fiscalNumber"/>',
        '      <md:RequestedAttribute Name="name"/>',
        '      <md:RequestedAttribute Name="familyName"/>',
        "    </md:AttributeConsumingService>",
        "  </md:SPSSODescriptor>",
        "  <md:Organization>",
        f'    <md:OrganizationName xml:lang="it">{_x(comune)}</md:OrganizationName>',
        f'    <md:OrganizationDisplayName xml:lang="it">{_x(comune)} ({_f(row, "prov")})'
        "</md:OrganizationDisplayName>",
        f'    <md:OrganizationURL xml:lang="it">https://{host}/</md:OrganizationURL>',
        "  </md:Organization>",
        '  <md:ContactPerson contactType="other">',
        "    <md:Extensions>",
        f"      <spid:IPACode>{_ipa(rng)}</spid:IPACode>",
        "      <spid:Public/>",
        "    </md:Extensions>",
        f"    <md:EmailAddress>{_any_address(row)}</md:EmailAddress>",
        f"    <md:TelephoneNumber>{_x(phone(row))}</md:TelephoneNumber>",
        "  </md:ContactPerson>",
        "</md:EntityDescriptor>",
        "",
    ]
    return "\n".join(lines)


def io_service_json(row: dict[str, Any], rng: random.Random) -> str:
    """A service of the comune on the App IO platform as its Services API returns it (JSON):
    an invented ``service_id`` and organization fiscal code, the service, department and
    organization names, ``version``, ``is_visible``, and ``service_metadata`` (``scope``
    ``LOCAL``, a Markdown ``description`` naming the numbers, ``address``, ``phone``,
    ``email`` and ``pec`` where the data keeps them, ``web_url``, ``privacy_url``,
    ``category``)."""
    service, blurb = rng.choice(SERVICES)
    office, _ = rng.choice(OFFICES)
    comune = f"Comune di {name(row)}"
    host = f"www.comune.{_slug(row)}.{_f(row, 'prov').lower()}.it"
    contacts = f"tel. {phone(row)}" + (f", fax {fax(row)}" if fax(row) else "")
    description = f"{blurb}\n\n**Contatti**: {office} del {comune}, {contacts}."
    meta: dict[str, Any] = {
        "scope": "LOCAL",
        "description": description,
        "address": f"Municipio, {name(row)} ({_f(row, 'prov')})",
        "phone": phone(row),
    }
    if mail(row):
        meta["email"] = mail(row)
    if pec(row):
        meta["pec"] = pec(row)
    meta |= {
        "web_url": f"https://{host}/",
        "privacy_url": f"https://{host}/privacy",
        "category": "STANDARD",
    }
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    doc = {
        "service_id": "01" + "".join(rng.choice(alphabet) for _ in range(24)),
        "service_name": service,
        "department_name": office,
        "organization_name": comune,
        "organization_fiscal_code": f"{rng.randint(80000000000, 84999999999)}",
        "authorized_cidrs": [],
        "max_allowed_payment_amount": 0,
        "require_secure_channels": False,
        "is_visible": True,
        "version": rng.randint(1, 9),
        "service_metadata": meta,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def fritzbox_phonebook(row: dict[str, Any], rng: random.Random) -> str:
    """An AVM FRITZ!Box phone-book export (``phonebooks`` XML, as the box's Italian interface
    saves its ``Rubrica``) of one contact: ``realName`` the comune and its province, the phone
    as a ``number`` of type ``work``, the fax as ``fax_work``, the ordinary and PEC addresses
    as ``email`` of classifier ``work`` and ``other``, an invented ``mod_time`` (Unix seconds)
    and ``uniqueid``."""
    when = _when(rng)
    numbers = [f'<number type="work" prio="1" id="0">{_x(phone(row))}</number>']
    if fax(row):
        numbers.append(f'<number type="fax_work" prio="0" id="1">{_x(fax(row))}</number>')
    emails = [
        f'<email classifier="{kind}" id="{i}">{value}</email>'
        for i, (kind, value) in enumerate(
            (kind, value) for kind, value in (("work", mail(row)), ("other", pec(row))) if value
        )
    ]
    services = (
        f'<services nid="{len(emails)}">{"".join(emails)}</services>' if emails else "<services />"
    )
    real = _x(f"Comune di {name(row)} ({_f(row, 'prov')})")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<phonebooks>",
        f'<phonebook owner="{rng.randint(0, 2)}" name="Rubrica">',
        "<contact>",
        "<category>0</category>",
        f"<person><realName>{real}</realName></person>",
        f'<telephony nid="{len(numbers)}">{"".join(numbers)}</telephony>',
        services,
        "<setup />",
        '<features doorphone="0" />',
        f"<mod_time>{int(when.timestamp())}</mod_time>",
        f"<uniqueid>{rng.randint(1, 400)}</uniqueid>",
        "</contact>",
        "</phonebook>",
        "</phonebooks>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "segnatura_xml": segnatura_xml,
    "spid_sp_metadata": spid_sp_metadata,
    "io_service_json": io_service_json,
    "fritzbox_phonebook": fritzbox_phonebook,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax fields and of
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
