"""Extract the real list that ``pii_held_out_349.py`` writes its records around into
``scripts/data/pii_fr_audilab_centres.json``: the phone and e-mail fields of a list no earlier
part used (Audilab's hearing-care centres; France's earlier parts took other publishers and
other kinds of place), exactly as the list gives them.

One publisher's list, read from a git checkout at a named commit, values unchanged: the centres
of Audilab, a French network of independent hearing-aid centres (centres d'audioprothèse), as a
developer of the network's tablet intervention form copied them into the repository
Zhong98/Application_digital_form_for_Audilab as ``src/main/webapp/js/data.js``: a JavaScript
file ``var records=[...]`` whose array is JSON, one object per centre with its ``Code_Cosium``
(the centre's code in the Cosium practice software, ``AGDE``, ``AIX.LB``), ``Num_téléphone``
(``04 67 00 18 61``, some in dotted pairs ``05.59.59.26.26``, ``null`` for six), ``Adresse``,
``Code_Postal`` (a JSON number, so a leading ``0`` is lost: ``7200``), ``Ville``, ``Societe``
(the member company or region, ``PAYS LOIRE``), ``Type_de_centre`` (``Principal``,
``Secondaire``, ``Tertiaire``) and ``Adresse_mail`` (the centre's mailbox, ``agde@audilab.fr``;
``null`` for some, one cut short as ``beauvoir.niort@audilab.f``, one with an accented local
part, ``châteaubernard@audilab.fr``).

The array lists its 272 centres twice, the second listing a copy of the first (one copy of
``BOURGUEIL`` with its ``Code_Cosium`` as ``r``): the first occurrence of each centre (its
fields but ``Code_Cosium``) is kept. Of those, every centre whose ``Num_téléphone`` holds a
number of six digits or more and whose mailbox is the centre's own (one, ``TOURSSRV``, gives a
staff member's mailbox, ``e.gault@...``, and is left out), in the file's order, each as the
mapping of all of its keys to the published values as strings (a number as its JSON text,
``null`` as ""). The list names no other person: the mailboxes are the centres'.

    python scripts/fr_audilab_centres_data.py FR_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_audilab_centres.json"
CAP = 600
PATH = "src/main/webapp/js/data.js"
PHONE = "Num_téléphone"
SOURCES = {
    "FR": {
        "repository": "Zhong98/Application_digital_form_for_Audilab",
        "commit": "d463d6b693e5c6377b2acca95339cb5784715d85",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Audilab (a French network of independent hearing-aid centres), its list "
        "of centres with their Cosium codes, numbers and mailboxes, as copied into the "
        "repository of a tablet intervention form made for the network ('Application Mobile "
        "pour Audilab'); the same file first committed as demo/src/main/webapp/js/data.js in "
        "0ed2b4d ('ficher intervention', 8 July 2022), here read at d463d6b ('App web', 12 "
        "August 2022), the last commit that holds it (src/main removed in a4ac906)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; Audilab's own terms for its list of centres were not read here",
        "language": "fr",
        "roles": {"name": "Code_Cosium", "phone": [PHONE], "email": "Adresse_mail",
                  "address": ["Adresse", "Code_Postal", "Ville"]},
    },
}  # fmt: skip

# a staff member's own mailbox (an initial and a surname), not the centre's
PERSONAL_MAILBOX = re.compile(r"^[a-z]\.[a-z]+@")


def _published(value: Any) -> str:
    """A JSON value as the list gives it, as a string (``null`` as "")."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


def _centres(raw: str) -> list[dict[str, Any]]:
    """The array of ``var records=[...]``."""
    return json.loads(raw[raw.index("[") : raw.rindex("]") + 1])


def _kept(row: dict[str, str]) -> bool:
    """A number of six digits or more, and no staff member's mailbox."""
    return _has_phone(row, [PHONE]) and not PERSONAL_MAILBOX.match(row["Adresse_mail"])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        seen, found = set(), []
        for i, centre in enumerate(_centres(raw)):
            fields = {key: _published(value) for key, value in centre.items()}
            key = tuple(sorted((k, v) for k, v in fields.items() if k != "Code_Cosium"))
            if key in seen:
                continue
            seen.add(key)
            if _kept(fields):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
