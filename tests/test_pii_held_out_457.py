"""held_out_457 of the PII evaluation set (scripts/pii_held_out_457.py): its committed records
keep the generator's invariants (every labelled value is a copy of the entry's real phone,
unchanged, each copy labelled; the business's name, address and category are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps the
directory's entries by its rules. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ng_kurudu_businesses_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_457 as h457  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the phone a record of each layout writes
COPIES = {"remita_rrr": 2, "paga_collect": 1, "quickteller_advice": 1, "monnify_checkout": 2}
# where each layout writes the entry's address and category (the name is in every layout)
WITH_ADDRESS = {"remita_rrr", "monnify_checkout"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h457.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h457.by_locale()[locale][n]


def _bodies(text: str) -> list[dict]:
    """The JSON bodies of an HTTP exchange: each block that opens a line with ``{`` up to the
    line that closes it."""
    return [json.loads(m) for m in re.findall(r"(?ms)^\{\n.*?^\}$", text)]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h457.data()["rows"]) == 218
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h457.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:NG"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "remita_rrr": 55,
        "paga_collect": 55,
        "quickteller_advice": 54,
        "monnify_checkout": 54,
    }


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled, no distractor is, and no text holds an e-mail address."""
    for r in records:
        tel, text = h457.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:phone"): COPIES[r["layout"]]}, r["id"]
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h457.international)
    assert kinds == {"national:phone": 327}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is the directory's unspaced mobile number, eleven digits with the trunk
    0 but for seven typed a digit short or long, a number a person could hold, no two alike and
    none an earlier Nigerian part holds; the entries' other fields hold no number of seven
    digits; the fields are strings as the script gives them."""
    rows = h457.data()["rows"]
    tels = [h457.phone(row) for row in rows]
    assert all(re.fullmatch(r"0[789]\d{8,10}", tel) for tel in tels)
    assert Counter(len(tel) for tel in tels) == {11: 211, 10: 4, 12: 3}
    assert all(personal_phone(tel, "NG") for tel in tels)
    assert len(set(tels)) == 218
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "234")
    assert not {extractor.digits_of(tel) for tel in tels} & earlier
    for row in rows:
        assert set(row["fields"]) == {
            "id", "name", "address1", "address2", "address3", "business", "phone",
        }  # fmt: skip
        assert all(isinstance(v, str) for v in row["fields"].values())
        others = [v for k, v in row["fields"].items() if k != "phone"]
        assert not any(len(re.sub(r"\D", "", v)) >= 7 for v in others), row["path"]


def test_the_extractor_keeps_the_first_of_each_number_and_no_earlier_one():
    """The extractor's rules on a few entries: a phone of fewer than seven digits or none is
    dropped, a number an entry before it has is dropped, one an earlier part holds is dropped,
    values are kept as written (``id`` as its digits)."""
    script = (
        "raw_categories =  [\n"
        '    { "id" : 1, "name" : "a shop", "address1" : "", "address2" : "", "address3" : "",'
        ' "business" : "pos", "phone" : "08012345678" },\n'
        '    { "id" : 2, "name" : "b shop", "address1" : "", "address2" : "", "address3" : "",'
        ' "business" : "pos", "phone" : "" },\n'
        '    { "id" : 3, "name" : "c shop", "address1" : "", "address2" : "", "address3" : "",'
        ' "business" : "pos", "phone" : "08012345678" },\n'
        '    { "id" : 4, "name" : "d shop", "address1" : "", "address2" : "", "address3" : "",'
        ' "business" : "pos", "phone" : "080123" }\n'
        '    ]\ncategories= [\n    "pos"\n]\n'
    )
    found = extractor.entries(script)
    assert [e["id"] for e in found] == ["1", "2", "3", "4"]
    assert found[0]["phone"] == "08012345678"
    assert [i for i, _ in extractor.kept(found, set())] == [0]
    assert extractor.kept(found, {"08012345678"}) == []
    found[3]["phone"] = "0801 234 5679"
    assert [(i, e["phone"]) for i, e in extractor.kept(found, set())] == [
        (0, "08012345678"), (3, "0801 234 5679"),
    ]  # fmt: skip
    kept = h457.data()["rows"]
    paths = [int(re.search(r"\[(\d+)\]$", row["path"]).group(1)) for row in kept]
    assert paths == sorted(paths) and len(set(paths)) == len(paths)
    assert all(row["fields"]["id"] == str(i + 1) for row, i in zip(kept, paths, strict=True))


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text, or a JSON string)."""
    if layout == "monnify_checkout":
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The business's name stands in every record's text, its address and category in the
    layouts that write them, outside the labels."""
    for r in records:
        row = _row(r)
        values = [h457.name(row)]
        if r["layout"] in WITH_ADDRESS:
            values += [h457.address(row), h457.category(row)]
        for value in values:
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Page(HTMLParser):
    """The tags, scripts and text of a checkout page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_script = tag == "script"
        if tag == "script" and dict(attrs).get("src"):
            self.scripts.append(dict(attrs)["src"])

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the HTTP exchanges' JSON bodies by the standard
    library, the checkout page by its HTML parser), the row's values where the format puts
    them, the invented Remita token the SHA-512 of the request's fields."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h457.phone(row), h457.name(row)
        if r["layout"] == "remita_rrr":
            (body,) = _bodies(text)
            assert body["payerPhone"] == tel and body["payerName"] == name
            assert body["payerEmail"] == "" and body["description"].endswith(f"tel {tel}")
            answer = json.loads(re.search(r"(?m)^jsonp \((.*)\)$", text).group(1))
            assert answer["statuscode"] == "025" and re.fullmatch(r"\d{12}", answer["RRR"])
            merchant, token = re.search(
                r"remitaConsumerKey=(\d{13}),remitaConsumerToken=([0-9a-f]{128})", text
            ).groups()
            assert re.fullmatch(r"\d{13}", body["serviceTypeId"]) and merchant
            assert text.startswith("POST /remita/exapp/api/v1/send/api/echannelsvc/")
        elif r["layout"] == "paga_collect":
            (body,) = _bodies(text)
            assert body["payer"] == {
                "name": name, "phoneNumber": tel, "bankId": body["payer"]["bankId"],
            }  # fmt: skip
            assert body["currency"] == "NGN" and body["payee"]["name"] in h457.WHOLESALERS
            assert re.fullmatch(r"\d{10}", body["payee"]["bankAccountNumber"])
            assert body["paymentMethods"] == ["BANK_TRANSFER", "FUNDING_USSD_CODE"]
            assert re.search(r"(?m)^hash: [0-9a-f]{128}$", text)
        elif r["layout"] == "quickteller_advice":
            validation, validated, advice, paid = _bodies(text)
            assert validated["fullName"] == name and validated["responseCode"] == "90000"
            assert advice["customerMobile"] == tel and advice["customerEmail"] == ""
            meter = advice["customerId"]
            assert re.fullmatch(r"45\d{9}", meter) and meter == validation["customerId"]
            assert paid["responseCode"] == "90000"
            assert paid["requestReference"] == advice["requestReference"]
            assert advice["amount"] == validation["amount"] == paid["approvedAmount"]
            assert text.count("POST /api/v2/quickteller/") == 2
        else:
            page = _Page()
            page.feed(text)
            page.close()
            assert page.tags[:2] == ["html", "head"] and "button" in page.tags
            assert page.scripts[0] == "https://sdk.monnify.com/plugin/monnify.js"
            script = page.scripts[1]
            assert f"customerMobileNumber: {json.dumps(tel)}," in script
            assert f"customerFullName: {json.dumps(name, ensure_ascii=False)}," in script
            assert 'customerEmail: "",' in script and "MonnifySDK.initialize({" in script
            assert f"Phone on your listing: {tel}" in "".join(page.text)


def test_provenance():
    sources = h457.data()["sources"]
    assert set(sources) == {"NG"}
    ng = sources["NG"]
    assert ng["repository"] == "Ziko278/education_software"
    assert ng["commit"] == "df821515b2932b499c6e3d75922c421dba166c92"
    assert ng["paths"] == ["website/static/website/js/business-categories.js"]
    assert "not confirmed" in ng["licence"] and ng["publisher"]
    assert Counter(r["country"] for r in h457.data()["rows"]) == {"NG": 218}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h457, "held_out_457", tmp_path)
