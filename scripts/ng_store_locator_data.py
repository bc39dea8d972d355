"""Extract the real register that ``pii_held_out_386.py`` writes its records around into
``scripts/data/pii_ng_store_locator.json``: the phone and e-mail fields of a register no
earlier part used (Nigeria, whose earlier parts took a volunteer team's hospital list and the
Federal Ministry of Health's facility registry for Kebbi; this one is no health register but
a food manufacturer's list of the distributors and stores that sell its products, pasta among
them, in every state), exactly as the store locator gives them.

One file of Josh4324's ``Store-Locator`` (a "FIND A STORE NEAR YOU" page: "You can buy our
products from the following stores"; the brand is not named in the repository), read from a
git checkout at a named commit, values unchanged:

* ``app.js``: a JavaScript module whose default export maps 34 states (``Lagos``, ``Abia``,
  ... ``FCT`` ... ``Zamfara``) to their towns, each town to its stores, each store with its
  ``Name`` (``BOFIK NIGERIA LIMITED``, ``KAY-KAY STORES-PASTA``), ``Town``, ``Phone`` (a
  Nigerian mobile number as typed: ``0818-6105722``, ``08023226058``, ``080-63975322``; a few
  two numbers joined by `` - ``, some wrapped in invisible bidirectional marks, U+202D and
  U+202C, as pasted; some empty), ``Email`` (one address, two joined by a comma, a few
  malformed, ``Judeokeke103@gmailcom``, or empty) and ``Address`` (``421/423 LAGOS ABEOKUTA
  EXPRESS WAY OKE ODO AGBADO LAGOS``); 409 stores.

The module is read as the data it holds (its keys quoted, its trailing commas and one empty
array slot dropped: nothing of a value is touched). A store is kept where its ``Phone`` holds
a number of seven digits or more, none of whose numbers an earlier Nigerian part's data or a
store kept before it holds, and where its ``Name`` carries a word of a business (``LTD``,
``LIMITED``, ``VENTURES``, ``ENTERPRISES``, ``STORES``, ``NIG``, ``BAKERY``, ``DEPOT``, ``&
SONS`` ...): the stores the list names only by a trader's own name (``ALHAJI BUKAR BARDE``,
``SALISU ABBA``) are left out, a person's mobile line not being an organisation's; the kept
stores are a seeded sample of ``CAP``, in the file's order. Each is kept as its state, the town
it is listed under (``state``, ``town``; four stores carry no ``Town`` of their own) and the
mapping of its fields to the published strings.

    python scripts/ng_store_locator_data.py NG_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ng_store_locator.json"
CAP = 300
PATH = "app.js"
PHONE = "Phone"
# the earlier Nigerian parts' data (no number of theirs is taken again)
EARLIER = ("pii_ng_hospitals.json", "pii_ng_kebbi_hfr.json")
# a word that names a business, not a person
BUSINESS = re.compile(
    r"(?i)\b(?:LTD|LIMITED|VENTURES?|ENT(?:ERPRISES?|P)?|ENTERPISES|STORES?|NIG(?:ERIA)?"
    r"|NIGERIALTD|CO|COMPANY|GLOBAL|INTERNATIONAL|RESOURCES|SERVICES|CONCEPTS?|INDUSTR(?:Y|IES)"
    r"|SUPERMARKET|TRADING|MERCHANTS?|MERCHANDISE|FOODS?|INVEST(?:MENT)?S?|ASSOCIATES?"
    r"|COMMODITIES|LINKS|MULTI|INTE?R?GRATED|LOGISTICS?|BROS|PASTA|MART|DISTRIBUT\w*"
    r"|HOLDINGS|AGENC(?:Y|IES)|TRADERS?|BAKERY|DEPOT|CONCERN|ORGANISATION|SOLUTION|SONS?)\b"
)
SOURCES = {
    "NG": {
        "repository": "Josh4324/Store-Locator",
        "commit": "c07801ec85424d8b9bd5632b8f8d7f5e9c2060dd",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "a Nigerian food manufacturer's store locator ('FIND A STORE NEAR YOU': "
        "'You can buy our products from the following stores'), its distributors and stores "
        "by state and town, as Josh4324's Store-Locator page holds them (the brand is not "
        "named in the repository; app.js last changed 25 June 2020)",
        "licence": "not confirmed: the repository states no licence, and the manufacturer's "
        "terms for its list were not found",
        "language": "en",
        "roles": {"name": "Name", "phone": [PHONE], "email": "Email",
                  "address": ["Address", "Town", "state"]},
    },
}  # fmt: skip


def stores(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """(state, town, store) of the module's data, in its order: the object literal read as
    JSON once its keys are quoted and its trailing commas and empty array slots dropped."""
    body = text[text.index("{") : text.rindex("}") + 1]
    body = re.sub(r"(?m)^(\s*)([A-Za-z_][\w ]*?):(\s)", r'\1"\2":\3', body)
    body = re.sub(r",(\s*),", r",\1", body)
    body = re.sub(r",(\s*[}\]])", r"\1", body)
    data = json.loads(body, strict=False)
    return [
        (state, t["Town"], store)
        for state, towns in data.items()
        for t in towns
        for store in t["data"]
    ]


def numbers_in(value: str) -> list[str]:
    """The digits of each number a phone field holds (``0814-0884444 - 0803-5618954`` two)."""
    return [digits_of(m) for m in re.findall(r"\d[\d-]*\d", value)]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stores of the locator, with the commit they were read at."""
    meta = SOURCES["NG"]
    raw = _git(gits["NG"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "234"), set()
    found = []
    for i, (state, town, store) in enumerate(stores(raw)):
        tels = numbers_in(store.get(PHONE, ""))
        if not tels or any(len(t) < 7 or t in seen or t in earlier for t in tels):
            continue
        if not BUSINESS.search(store["Name"]):
            continue
        seen.update(tels)
        fields = {"state": state, "town": town, **store}
        found.append({"country": "NG", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "NG", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
