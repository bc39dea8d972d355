"""Extract the real register that ``pii_held_out_385.py`` writes its records around into
``scripts/data/pii_th_true_shops.json``: the phone, mobile and fax fields of a register no
earlier part used (Thailand, whose earlier part took the 13 health facilities of Chiang Dao
district; this one is True Corporation's list of its retail shops, True Shop, True Shop Mini,
True Shop Station, True Life Retail and True Branding Shop, across the country's provinces),
exactly as the list gives them.

One file of a True iService mobile app's repository, read from a git checkout at a named
commit, values unchanged:

* ``app/config/storeInfo.config.js``: a JavaScript module (``const shopInfo = {...}; export
  default shopInfo;``, an object literal with single-quoted strings) whose ``data`` holds 399
  shops, each with its ``id``, ``shop_id`` (``80000384``), Thai and English ``name``,
  ``type``, ``province`` (Thai and English), ``latitude`` and ``longitude``, its ``contact``
  (one ``info`` object or a list of them, each a ``phone_flag`` of ``phone``, ``mobile`` or
  ``fax`` and the ``phonenumber`` as the list writes it: ``028720026``, ``02-6576195``,
  ``0891306261``, ``026304695#กด 0-1`` with an extension to dial), ``open_hour`` (``i0`` to
  ``i2``: weekdays, weekends, holidays), ``service`` codes, Thai and English ``landmarks`` and
  ``address`` (the building, number, road, subdistrict, district, province and postcode
  joined by commas), and for some a ``moo``, ``room_no``, ``alley`` or ``sub_alley``.

A shop is kept where its ``phone`` or ``mobile`` holds a number of seven digits or more whose
digits no earlier Thai part's data holds and no shop kept before it has (the first of shops
that share a line); the kept shops are a seeded sample of ``CAP``, in the file's order. Each is
kept as the mapping of its fields to the published values, nested objects flattened with dotted
keys (``name.th``, ``address.en``, ``open_hour.i0.open``), the ``contact`` as ``contact.phone``,
``contact.mobile`` and ``contact.fax`` (no shop has two of one flag), the coordinates as the
module's number literals, the ``service`` codes left out (the list names no person: a shop's
name is its place, ``ทรูช้อป เดอะมอลล์ ท่าพระ``).

    python scripts/th_true_shops_data.py TH_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_th_true_shops.json"
CAP = 320
PATH = "app/config/storeInfo.config.js"
LINES = ("contact.phone", "contact.mobile")
# the earlier Thai part's data (no number of its is taken again)
EARLIER = ("pii_th_chiang_dao_health.json",)
SOURCES = {
    "TH": {
        "repository": "Amit-GitRepository/Dump2",
        "commit": "559cc7e083f75d54ebd38ee776b04c7e2a3710b8",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "True Corporation (True Move H, True Online, TrueVisions), its list of "
        "retail shops (True Shop, True Shop Mini, True Shop Station, True Life Retail, True "
        "Branding Shop) as a True iService React Native app's shop locator bundled it "
        "(app/config/storeInfo.config.js, the repository's one commit '559cc7e sjdh'; its "
        "README points to truedmp's iservice-app on Bitbucket)",
        "licence": "not confirmed: the repository names no licence and the terms of True's "
        "shop list are not stated",
        "language": "th",
        "roles": {"name": "name.th", "phone": list(LINES), "fax": ["contact.fax"],
                  "address": ["address.th"], "postcode": "address.th"},
    },
}  # fmt: skip


def js_object(text: str) -> Any:
    """The object literal of a ``const name = {...}; export default name;`` module whose
    strings are single-quoted (each read as the JSON string of its characters, a backslash
    escaping the next one) and whose keys are quoted."""
    out, i = [], 0
    while i < len(text):
        if text[i] != "'":
            out.append(text[i])
            i += 1
            continue
        j, chars = i + 1, []
        while text[j] != "'":
            step = 2 if text[j] == "\\" else 1
            chars.append(text[j + step - 1])
            j += step
        out.append(json.dumps("".join(chars), ensure_ascii=False))
        i = j + 1
    body = "".join(out)
    return json.loads(body[body.index("{") : body.rindex("}") + 1])


def flat(shop: dict[str, Any]) -> dict[str, Any]:
    """A shop's fields with nested objects under dotted keys and its contact lines by flag
    (``service`` left out)."""
    out: dict[str, Any] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else key, inner)
        else:
            out[prefix] = value

    for key, value in shop.items():
        if key == "service":
            continue
        if key == "contact":
            info = value.get("info") or []
            for line in [info] if isinstance(info, dict) else info:
                assert f"contact.{line['phone_flag']}" not in out, shop["id"]
                out[f"contact.{line['phone_flag']}"] = line["phonenumber"]
            continue
        walk(key, value)
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept shops of the list, with the commit they were read at."""
    meta = SOURCES["TH"]
    raw = _git(gits["TH"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "66"), set()
    found = []
    for i, shop in enumerate(js_object(raw)["data"]):
        fields = flat(shop)
        lines = [digits_of(fields.get(col, "")) for col in LINES]
        lines = [d for d in lines if len(d) >= 7]
        if not lines or any(d in seen or d in earlier for d in lines):
            continue
        seen.update(lines)
        found.append({"country": "TH", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TH", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
