"""held_out_345 of the PII evaluation set (scripts/pii_held_out_345.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
or of its notice, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_345 as h345  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("stationName", "addressJp")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h345.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h345.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h345.data()["rows"]) == 157
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h345.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "navicon_page": 40, "sdl_send_location": 39, "jis_sds": 39, "voicevox_project": 39,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_of_the_notes_numbers_is_labelled(records):
    """Each copy of the phone field is labelled under ``tel``, each copy of another number of
    the row's notice under ``information``; nothing else is, and no number is short."""
    copies_of = {"navicon_page": 3, "sdl_send_location": 2, "jis_sds": 2, "voicevox_project": 2}
    for r in records:
        row, text = _row(r), r["text"]
        tel = h345.phone(row)
        assert personal_phone(tel, "JP")
        noted = h345._f(row, "information").count(tel) if r["layout"] != "sdl_send_location" else 0
        assert text.count(tel) == copies_of[r["layout"]] + noted, r["id"]
        expected = Counter({(tel, "tel"): text.count(tel)})
        for number in h345.info_numbers(row):
            if text.count(number):
                expected[(number, "information")] = text.count(number)
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h345.international)
    assert kinds == {"national:tel": 362, "national:information": 2}


def test_the_notes_other_numbers_are_read_whole():
    """Two notices give a number other than the station's: one in ASCII digits, one in
    full-width digits with ASCII hyphens."""
    found = {n: h345.info_numbers(row) for n, row in enumerate(h345.by_locale()["reg:JP"])}
    assert {n: v for n, v in found.items() if v} == {
        26: ["052-746-8710"], 74: ["０５７３-２６-２１５１"],
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every row has a ``tel`` of area code, exchange and line joined by hyphens, ten or eleven
    digits with a leading zero; the fields are strings as the file gives them; 94 off-site, 28
    on-site and 35 mobile stations; 53 numbers of 070, 080, 090 and 050."""
    rows = h345.data()["rows"]
    for row in rows:
        tel = row["fields"]["tel"]
        assert tel == h345.phone(row)
        assert re.fullmatch(r"0\d{1,4}-\d{2,4}-\d{4}", tel)
        assert len(re.sub(r"\D", "", tel)) in (10, 11)
    assert Counter(row["fields"]["stationType"] for row in rows) == {
        "固定式（オフサイト）": 94, "固定式（オンサイト）": 28, "移動式": 35,
    }  # fmt: skip
    assert sum(bool(re.match(r"0[5789]0-", row["fields"]["tel"])) for row in rows) == 53


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text or a JSON string)."""
    if layout == "navicon_page":
        return html.escape(value, quote=True)
    if layout in ("sdl_send_location", "voicevox_project"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text (the VOICEVOX file names the station
    only), outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if r["layout"] == "voicevox_project" and column == "addressJp":
                continue
            value = _encoded(r["layout"], h345._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document reads in its format (JSON by the standard library; the page's NaviCon link
    by urllib; the data sheet by its section headings), the row's number where the format puts
    it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h345.phone(row), h345._f(row, "stationName")
        if r["layout"] == "navicon_page":
            assert text.startswith("<!DOCTYPE html>\n") and text.endswith("</html>\n")
            href = html.unescape(re.search(r'class="btn-navicon" href="([^"]+)"', text).group(1))
            url = urlsplit(href)
            assert (url.scheme, url.netloc, url.path) == (
                "navicon",
                "navicon.denso.co.jp",
                "/setPOI",
            )
            query = parse_qs(url.query)
            assert query["ver"] == ["1.4"] and query["tel"] == [tel] and query["title"] == [name]
            assert query["ll"] == [f"{h345._f(row, 'lat')},{h345._f(row, 'lon')}"]
            assert re.fullmatch(r"[A-Za-z0-9]{8}", query["appName"][0])
            assert unquote(query["callURL"][0]).endswith(h345._f(row, "id"))
            assert f'<a href="tel:{tel}">{tel}</a>' in text
        elif r["layout"] == "sdl_send_location":
            message = json.loads(text)
            assert message["jsonrpc"] == "2.0" and message["method"] == "Navigation.SendLocation"
            params = message["params"]
            assert params["phoneNumber"] == tel and params["locationName"] == name
            assert params["locationDescription"].endswith(f"お問い合わせ {tel}")
            assert params["addressLines"][1] == h345._f(row, "addressJp")
            assert params["deliveryMode"] in ("PROMPT", "DESTINATION", "QUEUE")
            assert params["address"]["countryCode"] == "JP"
            assert str(params["latitudeDegrees"]) == h345._f(row, "lat").rstrip("0")
            assert f'"longitudeDegrees": {h345._f(row, "lon")},' in text
        elif r["layout"] == "jis_sds":
            heads = re.findall(r"^(\d+)\. ", text, re.M)
            assert heads == ["1", "2", "3", "14", "16"]
            assert f"供給者の会社名称　　　{name}\n" in text
            assert f"電話番号　　　　　　　{tel}\n" in text
            assert f"緊急連絡電話番号　　　{tel}" in text
            assert "CAS番号　　　　　　　1333-74-0" in text and "国連番号　　　　　　　1049" in text
        else:
            project = json.loads(text)
            assert project["appVersion"].startswith("0.14.")
            assert list(project["audioItems"]) == project["audioKeys"]
            items = [project["audioItems"][key] for key in project["audioKeys"]]
            assert all(i["engineId"] == h345.VOICEVOX_ENGINE for i in items)
            assert len({i["styleId"] for i in items}) == 1
            assert name in items[0]["text"] and items[-1]["text"] == f"電話番号は、{tel}です。"
            assert tel in items[2]["text"]


def test_provenance():
    sources = h345.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "code4fukui/hydrogen-station"
    assert jp["commit"] == "1efc98052eff0e3e298aa71cb7fd0f951baf2c34"
    assert jp["paths"] == ["data/hydrogen-station-info.csv"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h345.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 157}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(r["path"] == f"data/hydrogen-station-info.csv#{i}" for i, r in enumerate(rows))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h345, "held_out_345", tmp_path)
