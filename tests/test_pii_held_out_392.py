"""held_out_392 of the PII evaluation set (scripts/pii_held_out_392.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone field
or one of its real mailboxes, unchanged, each copy labelled; the court's name, address and code
are in the text and unlabelled) and are rebuilt byte for byte from the committed data; the
extractor's rules hold on its rows. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_392 as h392  # noqa: E402 - the scripts folder's modules
import ru_rostov_courts_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
SMEV = "{urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.1}"
SMEV_BASIC = "{urn://x-artefacts-smev-gov-ru/services/message-exchange/types/basic/1.1}"
CRT = "{urn://x-artefacts-court-directory/card-update/1.0.2}"
OOS = "{http://zakupki.gov.ru/oos/types/1}"
EXPORT = "{http://zakupki.gov.ru/oos/export/1}"
# copies of the phone field and of the mailboxes a record of each layout writes, and whether
# the layout writes every mailbox of the field (else only the first)
COPIES = {
    "upd_xml": (2, 2, False),
    "eis_notice": (2, 1, False),
    "trudvsem_vacancy": (2, 2, True),
    "smev3_request": (2, 1, True),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h392.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h392.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h392.data()["rows"]) == 241
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h392.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "upd_xml": 61, "eis_notice": 60, "trudvsem_vacancy": 60, "smev3_request": 60,
    }  # fmt: skip
    # the pipeline's langid reads the XML and JSON layouts' Latin markup as English
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("upd_xml", "ru"): 61, ("eis_notice", "en"): 60, ("trudvsem_vacancy", "en"): 60,
        ("smev3_request", "en"): 60,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of seven digits or more in the phone field is labelled in every copy of the
    field, under ``phone``, and each written mailbox wherever it stands; a shorter piece of a
    field (a six-digit second line, ``21-07-12``) is a distractor, nothing else is one."""
    for r in records:
        row, text = _row(r), r["text"]
        field = h392.phone(row)
        n_phone, n_mail, every = COPIES[r["layout"]]
        assert text.count(field) == n_phone, r["id"]
        expected: Counter = Counter()
        short: Counter = Counter()
        for s, e in numbers(field):
            value = field[s:e]
            if personal_phone(value, "RU"):
                kind = "international" if h392.international(value) else "national"
                expected[(value, "PHONE_NUMBER", f"{kind}:phone")] += n_phone
            else:
                short[(value, "PHONE_NUMBER", "short")] += n_phone
        written = h392.emails(row) if every else h392.emails(row)[:1]
        for mail in written:
            assert text.count(mail) == n_mail, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] += n_mail
        assert text.count("@") == n_mail * len(written), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert Counter((text[s:e], t, k) for s, e, t, k in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h392.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 504, "international:phone": 24, "register": 362}
    assert sum(len(r["distractors"]) for r in records) == 6


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "trudvsem_vacancy":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The court's name and postcode stand in every record's text, and a section's
    classification code in each SMEV message, outside the labels."""
    for r in records:
        row = _row(r)
        values = [h392.name(row), h392.postcode(row)]
        if r["layout"] == "smev3_request" and h392.code(row):
            values.append(h392.code(row))
        for value in filter(None, values):
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], value)
    assert all(h392.postcode(row) for row in h392.data()["rows"])


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _inn_right(value: str) -> bool:
    if len(value) != 10:
        return False
    digits = [int(c) for c in value]
    weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return sum(d * w for d, w in zip(digits[:9], weights, strict=True)) % 11 % 10 == digits[9]


def _ogrn_right(value: str) -> bool:
    return len(value) == 13 and int(value[:12]) % 11 % 10 == int(value[12])


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the UPD in its
    declared windows-1251), the row's values where the format puts them, the invented INNs and
    OGRNs' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h392.phone(row), h392.email(row), h392.name(row)
        if r["layout"] == "upd_xml":
            root = ET.fromstring(text.encode("cp1251"))
            assert root.tag == "Файл" and root.get("ВерсФорм") == "5.01"
            assert root.get("ИдФайл").startswith("ON_NSCHFDOPPR_")
            doc = root.find("Документ")
            assert doc.get("КНД") == "1115131" and doc.get("Функция") == "СЧФДОП"
            for tag in ("ГрузПолуч", "СвПокуп"):
                party = doc.find(f"СвСчФакт/{tag}")
                assert party.find("ИдСв/СвЮЛУч").get("НаимОрг") == name
                assert _inn_right(party.find("ИдСв/СвЮЛУч").get("ИННЮЛ"))
                assert party.find("Адрес/АдрИнф").get("АдрТекст") == h392.address(row)
                assert party.find("Контакт").get("Тлф") == tel
                assert party.find("Контакт").get("ЭлПочта", "") == mail
            lines = doc.findall("ТаблСчФакт/СведТов")
            total = float(doc.find("ТаблСчФакт/ВсегоОпл").get("СтТовБезНДСВсего"))
            assert 2 <= len(lines) <= 3
            assert abs(sum(float(x.get("СтТовБезНДС")) for x in lines) - total) < 0.01
        elif r["layout"] == "eis_notice":
            root = ET.fromstring(text.encode("utf-8"))
            notice = root.find(f"{EXPORT}fcsNotificationZK")
            number = notice.findtext(f"{OOS}purchaseNumber")
            reg = notice.findtext(f"{OOS}purchaseResponsible/{OOS}responsibleOrg/{OOS}regNum")
            assert re.fullmatch(r"\d{19}", number) and number.startswith(reg)
            info = notice.find(f"{OOS}purchaseResponsible/{OOS}responsibleInfo")
            assert info.findtext(f"{OOS}contactPhone") == tel
            assert info.findtext(f"{OOS}contactEMail", "") == mail
            assert info.findtext(f"{OOS}addInfo").endswith(f"по телефону {tel}")
            org = notice.find(f"{OOS}purchaseResponsible/{OOS}responsibleOrg")
            assert org.findtext(f"{OOS}fullName") == name
            assert _inn_right(org.findtext(f"{OOS}INN"))
            lot = notice.find(f"{OOS}lot")
            place = f"{OOS}customerRequirements/{OOS}customerRequirement/{OOS}deliveryPlace"
            assert lot.findtext(place) == h392.address(row)
        elif r["layout"] == "trudvsem_vacancy":
            doc = json.loads(text)
            assert doc["status"] == "200" and doc["meta"]["total"] == 1
            vacancy = doc["results"]["vacancies"][0]["vacancy"]
            company = vacancy["company"]
            assert company["name"] == name and company["phone"] == tel
            assert company["email"] == ", ".join(h392.emails(row))
            assert _inn_right(company["inn"]) and _ogrn_right(company["ogrn"])
            assert vacancy["vac_url"].endswith(f"/{company['companycode']}/{vacancy['id']}")
            contacts = {c["contact_type"]: c["contact_value"] for c in vacancy["contact_list"]}
            assert contacts["Телефон"] == tel
            assert contacts.get("Эл. почта", "") == ", ".join(h392.emails(row))
            assert vacancy["addresses"]["address"][0]["location"] == h392.address(row)
            assert vacancy["salary_min"] < vacancy["salary_max"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            data = root.find(f"{SOAP}Body/{SMEV}SendRequestRequest/{SMEV}SenderProvidedRequestData")
            assert re.fullmatch(r"[0-9a-f-]{36}", data.findtext(f"{SMEV}MessageID"))
            card = data.find(f"{SMEV_BASIC}MessagePrimaryContent/{CRT}CourtCardUpdateRequest")
            assert card.findtext(f"{CRT}Name") == name and card.findtext(f"{CRT}Phone") == tel
            assert [e.text for e in card.findall(f"{CRT}Email")] == h392.emails(row)
            assert card.findtext(f"{CRT}Note").endswith(f"по телефону {tel}")
            if h392.code(row):
                assert card.findtext(f"{CRT}CourtCode") == h392.code(row)


def test_the_extractor_keeps_its_rules():
    """Every kept court's phone field holds a number of seven digits or more, none an earlier
    Russian part's or another kept court's; a field of a five- or six-digit line, an e-mail
    address or ``Не найден телефон`` keeps no court; the values are the file's."""
    assert extractor.phone_numbers("2-20-16") == []
    assert extractor.phone_numbers("38-70-98") == []
    assert extractor.phone_numbers("m-k3.msudro@donland.ru") == []
    assert extractor.phone_numbers("Не найден телефон") == []
    assert extractor.phone_numbers("231-20-87") == ["2312087"]
    assert extractor.phone_numbers("(86357) 3-36-33, 3-31-53, (86358) 6-15-42") == [
        "86357" + "33633", "86358" + "61542",
    ]  # fmt: skip
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "7")
    rows = h392.data()["rows"]
    held = [n for row in rows for n in extractor.phone_numbers(row["fields"]["phone"])]
    assert all(held) and len(held) == len(set(held)) and not set(held) & earlier
    assert all(extractor.phone_numbers(row["fields"]["phone"]) for row in rows)
    assert all(digits_of(n) for n in held)
    assert Counter("type" in row["fields"] for row in rows) == {False: 198, True: 43}
    mails = [m for row in rows for m in h392.emails(row)]
    assert len(mails) == len(set(mails)) == 242
    assert all(m.endswith(("@donland.ru", "@sudrf.ru")) for m in mails)


def test_provenance():
    sources = h392.data()["sources"]
    assert set(sources) == {"RU"}
    ru = sources["RU"]
    assert ru["repository"] == "Osarxae/Xakaton"
    assert ru["commit"] == "b5c3a3d235b68b0814d6830f062e4d5e424694ea"
    assert ru["paths"] == ["data/courts_rostov.json"]
    assert "not confirmed" in ru["licence"] and ru["publisher"]
    rows = h392.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"RU": 241}
    assert [int(r["path"].rsplit("#", 1)[1]) for r in rows] == sorted(
        int(r["path"].rsplit("#", 1)[1]) for r in rows
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h392, "held_out_392", tmp_path)
