"""Extract the real rows that ``pii_held_out_296.py`` writes its records around into
``scripts/data/pii_fi_helsinki_errand_phones.json``: the phone fields of a register no earlier
part used (the City of Helsinki's service register, its errand services' telephone channels;
Finland's earlier part took the Finnish Library Directory's public libraries), exactly as the
city gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``errandservices.json`` of the ``gh-pages`` branch: the City of Helsinki's errand services
  (asiointipalvelut) of its service register (palvelurekisteri, the TPR service map's
  ``vpalvelurekisteri/errandservice`` endpoint) as the city's aggregator dumps them, each in
  Finnish (``fi``) and, for most, Swedish and English, with its service channels (telephone,
  e-mail, web page, e-service, form, office). Every Finnish channel with a ``phone`` of seven
  digits or more is kept (158 of 160, all ``TELEPHONE`` channels, in the file's order):
  Finnish numbers as the city's units entered them, national (``09 310 32249``,
  ``09 3104 4025``, mobiles ``040 198 0778``, ``029 41 57350``, a ``0600`` service line) or
  with ``+358`` (``+358 9 310 32249``, some
  with narrow no-break spaces between the groups, ``+358 (0)9 310 22111``, ``+358931015454``),
  a few with leading or trailing blanks, no-break or zero-width spaces, two with two numbers
  (``+358 9 310 111 11, +358 40 922 5126``; ``Puh. +358 (0)9 310 38064 tai +358 (0)9 310
  31902``), ``p. 09 310 26301``, ``09 310 5015 (vaihde)``. The two channels whose phone is
  the European service number ``116117`` (``116 117``, the medical helpline: a service, no
  subscriber's line) are left out: 158 rows.

Each row keeps, as strings, the errand service's id, service id, type and Finnish name (and its
Swedish name where the file has one), the channel's id, type, name, ``phone``,
``call_charge_info`` and ``availability_summary`` where it has one, and the address of the
errand service's first e-mail channel (``email``, as published) where that address names no
person: the city's role and service mailboxes (``tontti@hel.fi``, ``seniori.info@hel.fi``);
the nine that are staff's ``first.last`` addresses (``PERSON_MAILBOXES``) are left out. No
column names a person.

    python scripts/fi_helsinki_errand_phones_data.py FI_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fi_helsinki_errand_phones.json"
PATH = "errandservices.json"
# staff's own first.last addresses in the e-mail channels: never kept
PERSON_MAILBOXES = frozenset({
    "anne.nahi@hel.fi", "elina.pentikainen@hel.fi", "gritten.naams@hel.fi",
    "gurmann.saini@hel.fi", "kirsti.kallansalo@hel.fi", "laura.paivapuro@hel.fi",
    "lotta.jaattela@hel.fi", "marjaana.jaranne@hel.fi", "tiina.lappalainen@hel.fi",
})  # fmt: skip
SOURCES = {
    "FI": {
        "repository": "City-of-Helsinki/drupal-tpr-aggregator",
        "commit": "4dd7ef93ebf80d0ed75d223a78f7c558faf60fa6",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "City of Helsinki (Helsingin kaupunki), its service register's errand "
        "services and their service channels (TPR palvelurekisteri, "
        "tpr.hel.fi/palvelukarttaws/rest/vpalvelurekisteri/errandservice/) as the city's "
        "drupal-tpr-aggregator dumps them for its hel.fi Drupal sites; the gh-pages branch's "
        "head ('deploy: 2607635', 27 September 2025), the file as last changed in 54ba3e3 "
        "(26 September 2025)",
        "licence": "not confirmed: the repository's LICENSE (main branch) is the MIT License "
        "('Copyright (c) 2025 City of Helsinki'), which covers its code; the terms of the "
        "service register's data were not read here",
        "language": "fi",
        "roles": {"name": "channel_name", "phone": ["phone"], "email": "email"},
    },
}  # fmt: skip


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _row(i: int, j: int, errand: dict[str, Any], email: str) -> dict[str, Any]:
    fi = errand["fi"]
    channel = fi["channels"][j]
    fields = {
        "errand_id": _text(fi["id"]),
        "service_id": _text(fi.get("service_id")),
        "errand_type": _text(fi.get("type")),
        "errand_name": _text(fi.get("name")),
    }
    sv = errand.get("sv")
    if isinstance(sv, dict) and sv.get("name"):
        fields["errand_name_sv"] = _text(sv["name"])
    fields |= {
        "channel_id": _text(channel["id"]),
        "channel_type": _text(channel["type_string"]),
        "channel_name": _text(channel.get("name")),
        "phone": _text(channel["phone"]),
        "call_charge_info": _text(channel.get("call_charge_info")),
    }
    if channel.get("availability_summary"):
        fields["availability_summary"] = _text(channel["availability_summary"])
    if email:
        fields["email"] = email
    return {"country": "FI", "path": f"{PATH}#/{i}/fi/channels/{j}", "fields": fields}


def _has_line(phone: str) -> bool:
    """Whether a phone field holds a number of seven digits or more (a subscriber's line, not
    a six-digit service number of the ``116`` range)."""
    return any(len(re.sub(r"\D", "", m)) >= 7 for m in re.findall(r"[\d+][\d ()\u202f-]*", phone))


def _mailbox(errand: dict[str, Any]) -> str:
    """The first e-mail channel's address as published, "" where it is a person's."""
    for channel in errand["fi"]["channels"]:
        if channel.get("email"):
            value = channel["email"]
            return "" if value.strip() in PERSON_MAILBOXES else value
    return ""


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file, with the commit it was read at."""
    meta = SOURCES["FI"]
    raw = _git(gits["FI"], "show", f"{meta['commit']}:{PATH}")
    rows = []
    for i, errand in enumerate(json.loads(raw.decode(meta["encoding"]))):
        if not isinstance(errand.get("fi"), dict):
            continue
        email = _mailbox(errand)
        for j, channel in enumerate(errand["fi"]["channels"]):
            if _has_line(channel.get("phone") or ""):
                rows.append(_row(i, j, errand, email))
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
