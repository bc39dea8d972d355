"""Extract the data of datafaker (the Java library datafaker-net/datafaker, Apache-2.0) that
``pii_held_out_9.py`` draws from into ``scripts/data/pii_datafaker.json``.

datafaker writes phone numbers with libphonenumber (``PhoneNumberGenerator``: a random string
of the country's fixed-line or mobile ``nationalNumberPattern``, redrawn until valid, formatted
NATIONAL or INTERNATIONAL), so its phone data is a list of countries: those of its per-country
files (``src/main/resources/_XX.yml``) and those its ``PhoneNumber.detectCountryByLanguage``
gives a bare language. The rest is read as written, values unchanged:

* the IBAN table of ``Finance.java`` (``ibanFormats``: a BBAN regex per country, datafaker's
  own, from SWIFT's registry release 101; Ruby Faker's IBAN data is a different table);
* the per-country files' ``internet.free_email`` and ``internet.domain_suffix`` (datafaker's
  own files; Ruby Faker has none);
* the card patterns of ``en/finance.yml`` and the English names of ``en/name.yml``: these
  descend from Ruby Faker's, which ``held_out_7`` drew from (the report says so).

    python scripts/datafaker_data.py /path/to/datafaker/.git [--commit HEAD]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parent / "data" / "pii_datafaker.json"
RESOURCES = "src/main/resources"
JAVA = "src/main/java/net/datafaker/providers/base"


def extract(git_dir: Path, commit: str) -> dict:
    def show(path: str) -> str:
        return subprocess.run(
            ["git", "-C", str(git_dir), "show", f"{commit}:{path}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    sha = subprocess.run(
        ["git", "-C", str(git_dir), "rev-parse", commit], capture_output=True, text=True, check=True
    ).stdout.strip()
    listing = subprocess.run(
        ["git", "-C", str(git_dir), "ls-tree", "--name-only", f"{commit}:{RESOURCES}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    free_email, domain_suffix = {}, {}
    countries = set()
    for name in sorted(n for n in listing if re.fullmatch(r"_[A-Z]{2}\.yml", n)):
        country = name[1:3]
        countries.add(country)
        internet = yaml.safe_load(show(f"{RESOURCES}/{name}"))[f"_{country}"]["faker"].get(
            "internet", {}
        )
        if internet.get("free_email"):
            free_email[country] = [str(d) for d in internet["free_email"]]
        if internet.get("domain_suffix"):
            domain_suffix[country] = [str(d) for d in internet["domain_suffix"]]
    phone_java = show(f"{JAVA}/PhoneNumber.java")
    countries |= set(re.findall(r'case "[a-z]{2}" -> "([A-Z]{2})";', phone_java))
    finance = show(f"{JAVA}/Finance.java")
    iban = dict(re.findall(r'ibanFormats\.put\("([A-Z]{2})", "([^"]+)"\)', finance))
    cards = yaml.safe_load(show(f"{RESOURCES}/en/finance.yml"))["en"]["faker"]["finance"][
        "credit_card"
    ]
    names = yaml.safe_load(show(f"{RESOURCES}/en/name.yml"))["en"]["faker"]["name"]
    return {
        "source": "https://github.com/datafaker-net/datafaker",
        "commit": sha,
        "licence": "Apache-2.0",
        "files": f"{RESOURCES}/_XX.yml, {RESOURCES}/en/finance.yml, {RESOURCES}/en/name.yml, "
        f"{JAVA}/PhoneNumber.java, {JAVA}/Finance.java",
        "phone_countries": sorted(countries),
        "iban": iban,
        "cards": {k: list(v) for k, v in cards.items()},
        "free_email": free_email,
        "domain_suffix": domain_suffix,
        "first_name": sorted(set(names["male_first_name"]) | set(names["female_first_name"])),
        "last_name": sorted(set(names["last_name"])),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("--commit", default="HEAD")
    args = parser.parse_args()
    data = extract(args.git_dir, args.commit)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    print(OUT, len(data["phone_countries"]), "phone countries")


if __name__ == "__main__":
    main()
