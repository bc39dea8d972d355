"""Extract the real register that ``pii_held_out_426.py`` writes its records around into
``scripts/data/pii_th_tat_phuket_hotels.json``: the phone and e-mail fields of a register no
earlier part used (Thailand, whose earlier parts took the 13 health facilities of Chiang Dao
district and True Corporation's retail shops; this one is the Tourism Authority of Thailand's
(TAT, การท่องเที่ยวแห่งประเทศไทย) list of the hotels of Phuket province that sell rooms on its
booking platform, another publisher and another kind of institution), exactly as the list gives
them.

One file of the ``hotel-search-app`` project (Chongsawad), read from a git checkout at a named
commit, values unchanged:

* ``phuket-hotels.json``: the answer of the TAT's booking back end (``POST
  backend-api.tat.or.th/mobile/buyer/booking/sellers``, ``businessType`` ``500040001``, as the
  project's workflow ``sync-data-action.yml`` fetches it) for Phuket: ``totalItems`` 182, each
  seller branch with its Thai and English names (``nameTh``, ``nameEn``), numbers of employees
  and rooms, address (``addressNo``, ``moo``, ``village``, ``trok``, ``road``, ``subDistrict``,
  ``district``, ``province``, ``postalCode``), a GeoJSON point, ``contactMobilePhoneNo`` (the
  branch's contact number as the hotel typed it: a landline ``076363600``, ``076-360200``,
  ``076 645 555``, a mobile ``0935748881``, with the country code ``6676211699``, ``+66 (0) 76
  286 464``, a range ``076-685124-5``, a label ``Tel : +66 (0)76-396090-3``), ``contactEmail``
  (one address, once two: ``ar@kalimaresort.com , rsvnm@kalimaresort.com``),
  ``contactAdditionalChannel`` (free text: another number, a mailbox, a link), social
  accounts, a website, the region, room types with prices and image links.

A branch is kept where its ``contactMobilePhoneNo`` holds a number of seven digits or more whose
digits no earlier Thai part's data holds and no branch kept before it has (the first of branches
sharing a number): 177 of the 182, no sample drawn (fewer than ``CAP``); the five left out share
a number with a branch before them (Dara Hotel, Villa Sonata Phuket, Garden Home Kata, Royal
Phuket City Hotel, Peach Hill Resort), none with an earlier part. Each is kept as the mapping of
the branch's fields to the published values, the point under ``location.coordinates`` and
without ``images`` and ``rooms`` (room types, prices and image links). The list names hotels
and their operating companies; one ``nameTh`` is a person's name (the operator of Namaka Resort
Kamala) and some mailboxes are a staff member's (``Radanat.BUTAKHIAW@accor.com``), kept as
published.

    python scripts/th_tat_phuket_hotels_data.py TH_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_th_tat_phuket_hotels.json"
CAP = 300
PATH = "phuket-hotels.json"
PHONE = "contactMobilePhoneNo"
DROPPED = ("images", "rooms")
# the earlier Thai parts' data (no number of theirs is taken again)
EARLIER = ("pii_th_chiang_dao_health.json", "pii_th_true_shops.json")
SOURCES = {
    "TH": {
        "repository": "Chongsawad/hotel-search-app",
        "commit": "75af6acdac215d781ae491d1c2903afb214ccd85",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Tourism Authority of Thailand (TAT), the sellers (hotels) of Phuket on its "
        "booking platform as its back end returns them (backend-api.tat.or.th/mobile/buyer/"
        "booking/sellers, businessType 500040001), saved by the hotel-search-app project "
        "(Chongsawad; phuket-hotels.json added in 75af6ac 'working app', 6 July 2025, moved "
        "out of the tree in 1c03ed7)",
        "licence": "not confirmed: the repository names no licence and the TAT's terms for "
        "the list are not stated",
        "language": "th",
        "roles": {"name": "nameTh", "phone": [PHONE], "email": "contactEmail",
                  "address": ["addressNo", "moo", "road", "subDistrict", "district",
                              "province", "postalCode"], "postcode": "postalCode"},
    },
}  # fmt: skip


def flat(seller: dict[str, Any]) -> dict[str, Any]:
    """A seller branch's fields as published, its point under ``location.coordinates``, without
    its images and room types."""
    out = {k: v for k, v in seller.items() if k not in DROPPED and k != "location"}
    out["location.coordinates"] = seller["location"]["coordinates"]
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept branches of the list, with the commit they were read at."""
    meta = SOURCES["TH"]
    raw = _git(gits["TH"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "66"), set()
    found = []
    for i, seller in enumerate(json.loads(raw)["data"]["data"]):
        tel = digits_of(seller[PHONE] or "")
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "TH", "path": f"{PATH}#{i}", "fields": flat(seller)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TH", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
