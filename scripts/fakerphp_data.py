"""Extract the locale data of FakerPHP (the PHP library FakerPHP/Faker, MIT) that
``pii_held_out_8.py`` draws from into ``scripts/data/pii_fakerphp.json``.

FakerPHP keeps its data in PHP class files; this reads the static arrays it needs from a git
checkout of the repository (``git show <commit>:<path>``), values unchanged:

* phone masks: the ``$formats``, ``$mobileFormats``, ``$cellphoneFormats``,
  ``$landlineFormats``, ``$fixedLineNumberFormats`` and ``$mobileNumberFormats`` arrays of each
  locale's ``PhoneNumber.php``, the masks that are plain (``#`` a digit, ``%`` a digit 1-9,
  literal digits, spaces and ``+()-./``); masks that call other formatters (``{{areaCode}}``)
  are left out, and so are locales whose arrays are keyed by area code (vi_VN) or that build
  their numbers in code (zh_CN);
* card masks: ``Payment.php``'s ``$cardParams`` (the Luhn digit is appended by the generator,
  as FakerPHP does) and pt_BR's Elo masks;
* the IBAN table: ``Payment.php``'s ``$ibanFormats`` (per country, BBAN parts of ``n`` digits,
  ``a`` capitals or ``c`` either);
* e-mail parts: each locale's ``Internet.php`` ``$freeEmailDomain`` and ``$tld``, English
  first and last names (``en_US/Person.php``), and the last names of the locales whose names
  are in another script (for internationalised domain labels).

    python scripts/fakerphp_data.py /path/to/FakerPHP/Faker/.git [--commit HEAD]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "pii_fakerphp.json"
PROVIDER = "src/Faker/Provider"
PHONE_ARRAYS = (
    "formats",
    "mobileFormats",
    "cellphoneFormats",
    "landlineFormats",
    "fixedLineNumberFormats",
    "mobileNumberFormats",
)
PLAIN_MASK = re.compile(r"[#%0-9 +()\-./]*[#%][#%0-9 +()\-./]*")
SKIPPED_LOCALES = ("vi_VN", "zh_CN")
IDN_LOCALES = ("bg_BG", "el_GR", "ja_JP", "ko_KR", "ru_RU", "uk_UA", "zh_TW", "he_IL", "th_TH")
_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")


def php_array(source: str, name: str) -> str | None:
    """The body of ``static $name = [...]`` in PHP ``source``, brackets balanced."""
    match = re.search(r"static \$" + name + r"\s*=\s*\[", source)
    if not match:
        return None
    depth, j = 1, match.end()
    while depth:
        c = source[j]
        if c == "'":
            j += 1
            while source[j] != "'":
                j += 2 if source[j] == "\\" else 1
        depth += {"[": 1, "]": -1}.get(c, 0)
        j += 1
    return re.sub(r"//[^\n]*", "", source[match.end() : j - 1])


def strings(body: str | None) -> list[str]:
    return [s.replace("\\'", "'") for s in _STRING.findall(body or "")]


def keyed_lists(body: str) -> dict[str, list[str]]:
    """``'Key' => ['a', 'b']`` entries of a PHP array."""
    return {k: strings(v) for k, v in re.findall(r"'([^']+)'\s*=>\s*\[(.*?)\]", body, re.S)}


def extract(git_dir: Path, commit: str) -> dict:
    def show(path: str) -> str | None:
        run = subprocess.run(
            ["git", "-C", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, text=True
        )
        return run.stdout if run.returncode == 0 else None

    sha = subprocess.run(
        ["git", "-C", str(git_dir), "rev-parse", commit], capture_output=True, text=True, check=True
    ).stdout.strip()
    listing = subprocess.run(
        ["git", "-C", str(git_dir), "ls-tree", "--name-only", f"{commit}:{PROVIDER}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    locales = sorted(n for n in listing if "_" in n and not n.endswith(".php"))
    phone, free_email, tld, idn = {}, {}, {}, {}
    for locale in locales:
        source = show(f"{PROVIDER}/{locale}/PhoneNumber.php")
        if source and locale not in SKIPPED_LOCALES:
            masks = {
                name: sorted(
                    {m for m in strings(php_array(source, name)) if PLAIN_MASK.fullmatch(m)}
                )
                for name in PHONE_ARRAYS
            }
            if masks := {name: found for name, found in masks.items() if found}:
                phone[locale] = masks
        internet = show(f"{PROVIDER}/{locale}/Internet.php") or ""
        if domains := strings(php_array(internet, "freeEmailDomain")):
            free_email[locale] = domains
        if tlds := strings(php_array(internet, "tld")):
            tld[locale] = sorted(set(tlds))
        if locale in IDN_LOCALES:
            person = show(f"{PROVIDER}/{locale}/Person.php") or ""
            names = [n for n in strings(php_array(person, "lastName")) if not n.isascii()]
            idn[locale] = sorted(set(names))
    base = show(f"{PROVIDER}/Payment.php") or ""
    cards = keyed_lists(php_array(base, "cardParams") or "")
    brazil = keyed_lists(php_array(show(f"{PROVIDER}/pt_BR/Payment.php") or "", "cardParams"))
    cards["Elo"] = brazil["Elo"]
    iban = {
        country: [[kind, int(n)] for kind, n in re.findall(r"\['([nac])',\s*(\d+)\]", parts)]
        for country, parts in re.findall(
            r"'([A-Z]{2})'\s*=>\s*\[(.*?)\]\s*,\n", php_array(base, "ibanFormats") or ""
        )
    }
    us = show(f"{PROVIDER}/en_US/Person.php") or ""
    base_internet = show(f"{PROVIDER}/Internet.php") or ""
    return {
        "source": "https://github.com/FakerPHP/Faker",
        "commit": sha,
        "licence": "MIT",
        "files": f"{PROVIDER}/*/PhoneNumber.php, Payment.php, pt_BR/Payment.php, */Internet.php, "
        "en_US/Person.php, */Person.php",
        "phone": phone,
        "cards": cards,
        "iban": iban,
        "free_email": {
            "default": strings(php_array(base_internet, "freeEmailDomain")),
            **free_email,
        },
        "tld": {"default": sorted(set(strings(php_array(base_internet, "tld")))), **tld},
        "first_name": sorted(
            set(strings(php_array(us, "firstNameMale")) + strings(php_array(us, "firstNameFemale")))
        ),
        "last_name": sorted(set(strings(php_array(us, "lastName")))),
        "idn_last_name": idn,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("--commit", default="HEAD")
    args = parser.parse_args()
    data = extract(args.git_dir, args.commit)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    print(OUT, len(data["phone"]), "phone locales")


if __name__ == "__main__":
    main()
