"""Extract the real list that ``pii_held_out_231.py`` writes its records around into
``scripts/data/pii_it_prisons.json``: the phone and e-mail fields of a register no earlier part
used (Italy's prisons, the istituti penitenziari of the Ministry of Justice's Department of
Prison Administration; Italy's earlier parts took ICCU's libraries, Regione Lombardia's care
homes, the comuni's contacts, Puglia's and Piemonte's accommodation lists and the Ministry's
offices of the justices of the peace), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``seeds/jails.js``: a JavaScript module (``module.exports = [...]``, a byte-order mark
  before it) whose array holds one object per prison, 191 in all, each with the institution's
  ``name`` (``ARIENZO - Casa circondariale``, ``ALGHERO - Casa di reclusione Giuseppe
  Tomasiello``), ``postalAddress`` with its five-digit CAP, ``shortName``, ``email`` (the
  institution's mailbox of the ``giustizia.it`` domain, ``cc.arienzo@giustizia.it``; a few
  upper-case, two fields of two addresses after a blank or ``;``, one with a stray blank after
  the first dot), ``phone`` (Italian numbers as the list holds them: most in one run with the
  area code and its trunk ``0``, ``0823755277``, one grouped by blanks, ``081 702 14 14``, a
  hyphen or dot after the area code in a few, ``0783-71031``, ``0984.826001``, five numbers
  joined by hyphens in one, a number and a shortened alternative in another, ``0823-846384 -
  846400``, one without its area code, ``2438521``) and the Ministry's office code
  (``UFF56791``).

The module is the seed data of domingosl/poster-api (the back end of a service that sends
letters to prisoners); the list is the Ministry of Justice's list of prisons as giustizia.it
gives it. Every object is kept (each has a number of six digits or more), in the file's order,
as the mapping of its keys to the published strings (no key names a person: the names are the
institutions' and the persons some prisons are named after).

    python scripts/it_prisons_data.py IT_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_it_prisons.json"
CAP = 600
PATH = "seeds/jails.js"
PREFIX, SUFFIX = "\ufeffmodule.exports = ", ";"
SOURCES = {
    "IT": {
        "repository": "domingosl/poster-api",
        "commit": "6fb156b13cfb01ff0c0286883cf736686ad22b34",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministero della Giustizia, Dipartimento dell'Amministrazione "
        "Penitenziaria (Italy's Ministry of Justice, Department of Prison Administration): its "
        "list of prisons (istituti penitenziari: case circondariali, case di reclusione, "
        "istituti penali per i minorenni and others) with their addresses, e-mail addresses, "
        "telephone numbers and office codes as giustizia.it gives it; copied as seed data into "
        "the repository in 6fb156b ('Recipient support', 5 October 2018), unchanged since",
        "licence": "not confirmed: the repository has no LICENSE file and its package.json's "
        "\"license\": \"ISC\" covers its code; the Ministry's terms for the list were not read "
        "here",
        "language": "it",
        "roles": {"name": "name", "phone": ["phone"], "email": "email",
                  "address": ["postalAddress"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept objects of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        assert raw.startswith(PREFIX) and raw.endswith(SUFFIX), "the module's shape changed"
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": dict(obj)}
            for i, obj in enumerate(json.loads(raw[len(PREFIX) : -len(SUFFIX)]))
            if _has_phone(obj, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
