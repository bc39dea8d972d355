"""held_out_302 of the PII evaluation set (scripts/pii_held_out_302.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
and every labelled e-mail address one of its real mailbox field, copied unchanged, each copy
labelled; the name and address are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_302 as h302  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("title", "adresse")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h302.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h302.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h302.data()["rows"]) == 503
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h302.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "meilisearch_search": 126, "mistral_chat": 126, "xwiki_page": 126, "algolia_batch": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands, under its column,
    and each e-mail address of the mailbox field wherever it stands; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h302.phone(row)
        copies = text.count(value)
        assert copies >= 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "FR") else short)[(number, h302.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        emails = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        want = Counter({a: text.count(a) for a in h302.addresses(row)})
        assert emails == want, r["id"]
        copies_of_mail = 2 if r["layout"] in ("meilisearch_search", "xwiki_page") else 1
        assert all(c == copies_of_mail for c in want.values()), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h302.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:contact.tel": 1006, "register": 473}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more that is no mobile line, as
    the feeds type it (blanks before or after kept); the mailboxes are the Crous' own."""
    rows = h302.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h302.phone(row)) for row in rows)
    assert shapes == {
        "99 99 99 99 99": 382, "99.99.99.99.99": 92, "9999999999": 25, "9999 99 99 99": 3,
        "99 99 99 99 99 o": 1,
    }  # fmt: skip
    for row in rows:
        digits = "".join(c for c in h302.phone(row) if c.isdigit())
        assert len(digits) == 10 and not digits.startswith(("06", "07"))
    assert sum(row["fields"]["contact"]["tel"] != h302.phone(row) for row in rows) == 62
    mails = [a for row in rows for a in h302.addresses(row)]
    assert len(mails) == 314 and all(re.search(r"@crous-[a-z-]+\.fr$", a) for a in mails)
    assert Counter(h302.crous(row) for row in rows)["versailles"] == 57
    assert len({h302.crous(row) for row in rows}) == 23


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XWiki text)."""
    if layout == "xwiki_page":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h302._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the XWiki page read by
    its fixed shape), the row's number and mailbox where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, mail = h302.phone(row), h302._f(row, "title"), h302.email(row)
        if r["layout"] == "meilisearch_search":
            doc = json.loads(text)
            hit = doc["hits"][0]
            assert hit["telephone"] == hit["_formatted"]["telephone"] == tel
            assert hit["nom"] == name and hit.get("courriel", "") == mail
            assert set(hit["_geo"]) == {"lat", "lng"}
            assert all(isinstance(v, (str, list, dict)) for v in hit["_formatted"].values())
            assert doc["limit"] == 20 and doc["offset"] == 0
        elif r["layout"] == "mistral_chat":
            doc = json.loads(text)
            assert doc["object"] == "chat.completion"
            usage = doc["usage"]
            assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
            content = doc["choices"][0]["message"]["content"]
            assert doc["choices"][0]["message"]["role"] == "assistant"
            assert f"- **Téléphone** : {tel}\n" in content and f"appelez le {tel} " in content
            assert content.startswith(f"Le **{name}** (")
        elif r["layout"] == "xwiki_page":
            assert text.startswith(f"= {name} =\n\n{{{{info}}}}\n")
            assert f"\n|=Téléphone|{tel}\n" in text
            assert f"Pour joindre l'équipe du restaurant : **{tel}**." in text
            for a in h302.addresses(row):
                assert f"[[{a}>>mailto:{a}]]" in text
        else:
            doc = json.loads(text)
            (request,) = doc["requests"]
            assert request["action"] == "updateObject"
            body = request["body"]
            assert body["telephone"] == tel and body["nom"] == name
            assert body["description_courte"].endswith(f"Tél. {tel}")
            assert body["objectID"] == f"{h302.crous(row)}-{row['fields']['id']}"
            assert set(body["_geoloc"]) == {"lat", "lng"}


def test_provenance():
    sources = h302.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "Arikkusan/crous-api"
    assert fr["commit"] == "f78386b6c4b55e44b29656d6098af0aeb12d6278"
    assert len(fr["paths"]) == 26 and fr["paths"][0] == "mockData/aix.marseille/restaurant.json"
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h302.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 503}
    assert not any("menus" in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h302, "held_out_302", tmp_path)
