"""Extract the real register that ``pii_held_out_481.py`` writes its records around into
``scripts/data/pii_in_punjab_ulbs.json``: the phone and e-mail fields of a register no earlier
part used (India, whose earlier parts took the National Health Portal's Hospital and Blood Bank
Directories, CBSE's schools, covid19india.org's Telangana list, RBI's bank branches by IFSC,
NHM Madhya Pradesh's COVID-19 facilities, JoSAA's institutes, Bhuvan's vaccination centres,
Bangalore's restaurants, the blood centres' list, the RTO offices, Bangalore's police stations
and Tamil Nadu's Uzhavar Sandhais; this one is another publisher and another kind of
institution: the urban local bodies of Punjab, its municipal corporations, municipal councils
and nagar panchayats, as the Department of Local Government's mSeva platform configures them),
exactly as the register gives them.

One file of eGovernments Foundation's ``punjab-mdms-data`` (the master data of the DIGIT
platform behind mSeva Punjab, mseva.lgpunjab.gov.in), read from a git checkout at a named
commit, values unchanged:

* ``data/pb/tenant/tenants.json``: 169 tenants, one per urban local body (ULB) of Punjab, each
  with its ``contactNumber`` (the office's landline as ten digits with no trunk ``0``,
  ``1871243426``, a few hyphenated with it, ``01824-260426``, some mobiles, ``9780100140``;
  ``Not available``, ``0``, ``nan`` or nothing where none is given), its ``emailId`` (the
  office's mailbox, ``mcbatalanew2019@gmail.com``, ``comm.mcpgr@punjab.gov.in``), beside its
  tenant code
  (``pb.batala``), name, address, web domain, office timings and the city's district, region,
  ULB grade, code and coordinates.

A ULB is kept where its ``contactNumber`` holds a number of seven digits or more that the
evaluation's ``personal_phone`` takes for an Indian number, whose digits no earlier Indian
part's data holds and no ULB kept before it has. Each is kept as a flat mapping of the
tenant's fields to the published values (the nested ``city`` fields under their own names,
``OfficeTimings`` as its one ``days: hours`` pair); the register names no person.

    python scripts/in_punjab_ulbs_data.py IN_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_in_punjab_ulbs.json"
CAP = 300
PATH = "data/pb/tenant/tenants.json"
PHONE = "contactNumber"
# the earlier Indian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_in_blood_banks.json", "pii_in_cbse_schools.json",
    "pii_in_telangana_covid_contacts.json", "pii_in_ifsc_branches.json",
    "pii_in_mp_covid_facilities.json", "pii_in_josaa_institutes.json",
    "pii_in_bhuvan_vaccination_centres.json", "pii_in_bangalore_restaurants.json",
    "pii_in_blood_centres.json", "pii_in_rto_offices.json",
    "pii_in_bangalore_police_stations.json", "pii_in_tn_uzhavar_sandhai.json",
)  # fmt: skip
TOP = ("code", "name", "description", "domainUrl", "type", "emailId", "address", PHONE)
CITY = ("localName", "districtName", "districtTenantCode", "regionName", "ulbGrade", "code",
        "latitude", "longitude")  # fmt: skip
SOURCES = {
    "IN": {
        "repository": "egovernments/punjab-mdms-data",
        "commit": "f83725e9d6e53045a49236ae96067de9fbb26ee5",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Department of Local Government, Punjab, its urban local bodies as the "
        "mSeva platform (mseva.lgpunjab.gov.in, built on eGovernments Foundation's DIGIT) "
        "configures them in its master data",
        "licence": "not confirmed: the repository states no licence (no LICENSE file), and the "
        "terms of the department's data are not stated",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "fax": [], "email": "emailId",
                  "address": ["address", "districtName"]},
    },
}  # fmt: skip


def flat(tenant: dict[str, Any]) -> dict[str, Any]:
    """The tenant's fields as one flat mapping, values as published."""
    out = {k: tenant[k] for k in TOP if k in tenant}
    city = tenant.get("city") or {}
    out.update({f"city.{k}": city[k] for k in CITY if k in city})
    out["OfficeTimings"] = "; ".join(f"{k}: {v}" for k, v in tenant["OfficeTimings"].items())
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept ULBs of the register, with the commit they were read at."""
    from make_pii_eval import personal_phone

    meta = SOURCES["IN"]
    raw = _git(gits["IN"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "91"), set()
    found = []
    for i, tenant in enumerate(json.loads(raw)["tenants"]):
        value = (tenant.get(PHONE) or "").strip()
        tel = digits_of(value)
        if len(tel) < 7 or tel in seen or tel in earlier or not personal_phone(value, "IN"):
            continue
        seen.add(tel)
        found.append({"country": "IN", "path": f"{PATH}#{i}", "fields": flat(tenant)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
