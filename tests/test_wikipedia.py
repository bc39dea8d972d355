"""Wikipedia dump reader and wikitext conversion, on real slices of real dumps.

The slices under tests/data/wiki/ (see its README) are cut from the shared dumps: a complete
English one, and Japanese and Greek ones cut off mid-page as the originals are. Damaged streams
(cut or corrupted compressed bytes) are made from them in each test.
"""

from __future__ import annotations

import bz2
import functools
import html
import io
import lzma
import re
import time
from collections import Counter
from pathlib import Path

import mwparserfromhell
import pytest
from mwparserfromhell.nodes import ExternalLink, Heading, HTMLEntity, Tag, Text, Wikilink

from filters import wikitext
from filters.wikitext import hidden_link_namespaces, wikitext_to_text
from pipelines.schema import is_reject
from pipelines.sources import wikipedia
from pipelines.sources.files import open_input
from pipelines.sources.wikipedia import iter_wikipedia
from tests.conftest import TEST_DATA

WIKI = TEST_DATA / "wiki"
ENWIKI = WIKI / "enwiki-head60.xml.bz2"
JAWIKI = WIKI / "jawiki-head-truncated.xml.xz"
ELWIKI = WIKI / "elwiki-head-truncated.xml.xz"


def _read(path: Path | str, source: str = "wikipedia") -> list[dict]:
    with open_input(str(path)) as stream:
        return list(iter_wikipedia(stream, str(path), source))


@functools.cache
def _slice(path: Path) -> tuple[dict, ...]:
    """One read per bundled slice for the tests that only look at the records."""
    return tuple(_read(path))


def _read_bytes(data: bytes, path: str = "mem/testwiki-dump.xml") -> list[dict]:
    return list(iter_wikipedia(io.BytesIO(data), path, "wikipedia"))


def _kinds(records: list[dict]) -> Counter:
    return Counter(r["reason"] if is_reject(r) else "doc" for r in records)


def _decompressed(path: Path) -> bytes:
    return (bz2 if path.suffix == ".bz2" else lzma).decompress(path.read_bytes())


# --- the reader -----------------------------------------------------------------------------------


def test_complete_dump_gives_one_record_per_page():
    records = _slice(ENWIKI)
    assert _kinds(records) == {"doc": 4, "redirect": 56}
    docs = [r for r in records if not is_reject(r)]
    assert [d["title"] for d in docs] == ["Anarchism", "Autism", "Albedo", "A"]
    anarchism = docs[0]
    assert anarchism["id"] == "wikipedia/enwiki/12"
    assert anarchism["url"] == "https://en.wikipedia.org/wiki/Anarchism"
    assert anarchism["language"] == "en" and anarchism["source"] == "wikipedia"
    assert anarchism["date"] == "2016-04-22T10:19:33Z"
    assert anarchism["metadata"] == {
        "page_id": "12",
        "revision_id": "716551092",
        "dbname": "enwiki",
    }
    assert anarchism["file"] == str(ENWIKI) and anarchism["n_words"] > 5000
    redirect = records[0]
    assert redirect["id"] == "wikipedia/enwiki/10" and redirect["stage"] == "read"
    assert redirect["detail"] == "Computer accessibility"
    assert redirect["url"] == "https://en.wikipedia.org/wiki/AccessibleComputing"


def test_offsets_point_at_each_page_in_the_decompressed_stream():
    raw = _decompressed(ENWIKI)
    records = _slice(ENWIKI)
    assert all(raw[r["offset"] : r["offset"] + 6] == b"<page>" for r in records)
    assert len({r["offset"] for r in records}) == len(records)


@pytest.mark.parametrize(
    "path, dbname, counts, cut_title",
    [
        (JAWIKI, "jawiki", {"doc": 6, "redirect": 1, "non_article_namespace": 4}, "パリ"),
        (ELWIKI, "elwiki", {"doc": 5, "redirect": 1, "non_article_namespace": 3}, "Γεωγραφία"),
    ],
)
def test_dump_cut_mid_page_yields_complete_pages_then_one_reject(path, dbname, counts, cut_title):
    *pages, last = _slice(path)
    assert _kinds(pages) == counts
    assert last["reason"] == "truncated_file" and last["stage"] == "read"
    assert last["id"] == f"wikipedia/{path.name}#truncated_file"
    assert last["file"] == str(path)
    assert last["offset"] == len(_decompressed(path))  # it broke at the end of the stream
    assert "ExpatError" in last["detail"] and cut_title in last["detail"]
    assert all(r["id"].startswith(f"wikipedia/{dbname}/") for r in pages)
    namespaces = {r["detail"] for r in pages if is_reject(r) and r["reason"] != "redirect"}
    assert namespaces == {"4"}
    assert {d["language"] for d in pages if not is_reject(d)} == {dbname[:2]}


def test_compressed_stream_cut_short(tmp_path):
    whole = _slice(JAWIKI)
    cut = tmp_path / JAWIKI.name
    cut.write_bytes(JAWIKI.read_bytes()[:100_000])
    *pages, last = _read(cut)
    assert 0 < len(pages) < len(whole)
    assert [r["id"] for r in pages] == [r["id"] for r in whole[: len(pages)]]
    assert last["reason"] == "truncated_file" and "EOFError" in last["detail"]
    assert last["offset"] > pages[-1]["offset"]


@pytest.mark.parametrize("path", [ENWIKI, JAWIKI])
def test_corrupt_compressed_stream(tmp_path, path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    broken = tmp_path / path.name
    broken.write_bytes(bytes(data))
    *pages, last = _read(broken)
    assert last["reason"] == "corrupt_file"
    assert last["id"] == f"wikipedia/{path.name}#corrupt_file"
    assert not any(is_reject(r) and r["reason"].endswith("_file") for r in pages)


def test_broken_xml_inside_the_dump_is_corrupt_after_the_pages_before_it():
    raw = _decompressed(ENWIKI)
    third_page_end = [m.end() for m in re.finditer(rb"</page>", raw)][2]
    records = _read_bytes(
        raw[:third_page_end] + b"\n<page><title>x</tit></page>" + raw[third_page_end:]
    )
    *pages, last = records
    assert len(pages) == 3 and last["reason"] == "corrupt_file"
    assert "mismatched tag" in last["detail"]


@pytest.mark.parametrize(
    "data, detail",
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00 not xml at all \xff\xfe", "ExpatError"),
        (b"just some words\nand more words\n", "ExpatError"),
        (b"<html><body><p>a web page</p></body></html>", "not <mediawiki>"),
    ],
)
def test_garbage_and_empty_input_is_one_unreadable_reject(data, detail):
    records = _read_bytes(data)
    assert len(records) == 1
    (reject,) = records
    assert reject["reason"] == "unreadable_file" and detail in reject["detail"]
    assert reject["id"] == "wikipedia/testwiki-dump.xml#unreadable_file"


def test_garbage_behind_a_compressed_suffix_is_corrupt(tmp_path):
    fake = tmp_path / "enwiki-latest.xml.bz2"
    fake.write_bytes(b"this is not bzip2 data" * 100)
    records = _read(fake)
    assert [r["reason"] for r in records] == ["corrupt_file"]
    assert "Invalid data stream" in records[0]["detail"]


def test_ids_are_stable_across_reads_and_unique():
    first, second = _slice(JAWIKI), _read(JAWIKI)
    assert [r["id"] for r in first] == [r["id"] for r in second]
    assert [r.get("text") for r in first] == [r.get("text") for r in second]
    assert len({r["id"] for r in first}) == len(first)


_HANDMADE = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">
  <siteinfo>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="6" case="first-letter">Zfile</namespace>
      <namespace key="10" case="first-letter">Template</namespace>
    </namespaces>
  </siteinfo>
  <page>
    <title>Who? 100% sure</title><ns>0</ns><id>7</id>
    <revision><id>70</id><timestamp>2024-01-02T03:04:05Z</timestamp>
      <text bytes="53">Some '''text''' here.[[Zfile:x.png|thumb|a caption]]</text>
    </revision>
  </page>
  <page>
    <title>Only templates</title><ns>0</ns><id>8</id>
    <revision><id>80</id><text bytes="28">{{Infobox|a=1}}&lt;!-- c --&gt;</text></revision>
  </page>
  <page>
    <title>Template:Box</title><ns>10</ns><id>9</id>
    <revision><id>90</id><text bytes="3">box</text></revision>
  </page>
  <page>
    <title>No text</title><ns>0</ns><id>11</id>
    <revision><id>110</id><text bytes="0" /></revision>
  </page>
</mediawiki>
"""


def test_handmade_schema_011_dump_without_dbname():
    records = _read_bytes(_HANDMADE.encode(), "gs://bucket/dumps/frwiki-20240101-pages.xml.gz")
    doc, templates_only, template_page, no_text = records
    # no <dbname> and no <base>: both come from the file name
    assert doc["id"] == "wikipedia/frwiki/7" and doc["language"] == "fr"
    assert doc["url"] == "https://fr.wikipedia.org/wiki/Who%3F_100%25_sure"
    assert doc["text"] == "Some text here."  # the siteinfo's own name for File: is hidden
    assert doc["date"] == "2024-01-02T03:04:05Z"
    assert templates_only["reason"] == "empty_text" and templates_only["n_bytes"] == 28
    assert templates_only["text"].startswith("{{Infobox")
    assert (template_page["reason"], template_page["detail"]) == ("non_article_namespace", "10")
    assert no_text["reason"] == "empty_text"


# --- wikitext conversion --------------------------------------------------------------------------


def _docs(*paths: Path) -> list[dict]:
    return [r for path in paths for r in _slice(path) if not is_reject(r)]


def test_real_pages_keep_no_markup():
    docs = _docs(ENWIKI, JAWIKI, ELWIKI)
    assert len(docs) == 15
    for doc in docs:
        for markup in ("{{", "}}", "[[", "]]", "<ref", "</ref", "'''", "''", "==", "<!--", "{|"):
            assert markup not in doc["text"], (doc["title"], markup)
        for hidden in ("File:", "Image:", "ファイル:", "Αρχείο:", "Κατηγορία:", "thumb|"):
            assert hidden not in doc["text"], (doc["title"], hidden)
        assert "\n\n\n" not in doc["text"] and doc["text"] == doc["text"].strip()


def test_real_page_headings_links_and_lists():
    albedo = next(d for d in _docs(ENWIKI) if d["title"] == "Albedo")
    lines = albedo["text"].splitlines()
    # == Terrestrial albedo == becomes a plain line of its own
    assert "Terrestrial albedo" in lines and "Climate and weather" in lines
    # [[diffuse reflection|diffuse reflectivity]] -> its label; [[Latin]] -> its target
    assert "is the diffuse reflectivity or reflecting power" in albedo["text"]
    assert "derived from Latin albedo" in albedo["text"]
    # * [[Cool roof]] in "See also" -> a plain line; the empty References section is gone
    assert "Cool roof" in lines and "References" not in lines
    # the File: link and its caption are dropped
    assert "Percentage of diffusely reflected sunlight" not in albedo["text"]


def test_localised_file_and_category_links_are_hidden():
    japanese = wikitext_to_text(
        "本文[[ファイル:A.jpg|thumb|説明]]です。[[カテゴリ:言語]][[Category:言語学]][[en:Language]]"
    )
    assert japanese == "本文です。"
    greek = wikitext_to_text("Κείμενο [[Αρχείο:B.png|μικρό]][[Κατηγορία:Γλώσσα]]τέλος.")
    assert greek == "Κείμενο τέλος."
    vietnamese = "Chữ [[Tập tin:C.png|nhỏ]][[Thể loại:Ngôn ngữ]]cuối."
    assert wikitext_to_text(vietnamese) == "Chữ cuối."
    ukrainian = "Текст [[Файл:D.png|мініатюра]][[Категорія:Мова]]кінець."
    assert wikitext_to_text(ukrainian) == "Текст кінець."


def test_namespaces_from_siteinfo_are_used():
    hidden = hidden_link_namespaces({6: "Dosiero", 14: "Kategorio"})
    text = "Teksto [[Dosiero:x.png|bildo]][[kategorio:Lingvo]][[File:y.png]] fino."
    assert wikitext_to_text(text, hidden) == "Teksto fino."
    assert "bildo" in wikitext_to_text(text)  # not hidden without the siteinfo names


def test_each_construct():
    source = """__TOC__
Lead with '''bold''', ''italic'' and a [[Link target|label]] or [[plain link]]s.<ref name="a">{{
cite web|url=http://x}}</ref> See [http://example.org the site] or http://example.org/bare.<ref
name="a"/>
<!-- hidden comment -->
{{Infobox thing
| name = X
}}
{| class="wikitable"
|-
| cell 1 || cell 2
|}
== Section ==
=== Sub ===
* item one
*# nested [[:Category:Visible]]
; term : definition
&amp; &nbsp;&#x41;&#66; <span style="x">kept</span><br/>after<math>x^2</math>
<nowiki>[[literal]]</nowiki>
"""
    assert wikitext_to_text(source) == (
        "Lead with bold, italic and a label or plain links. See the site or "
        "http://example.org/bare.\n\n"
        "Section\n\n"
        "Sub\n"
        "item one\n"
        "nested Category:Visible\n"
        "term definition\n"
        "& \xa0AB kept\n"
        "after\n"
        "literal"
    )


def test_odd_markup_never_raises_and_stays_fast():
    odd = [
        "<ref>x " * 20_000,
        "{|\n" * 20_000,
        '<div style="' * 5_000,
        "{{a|" * 5_000,
        "}}" * 2_000 + "[[" * 2_000,
        "[[File:a|" * 3_000,
        "=" * 50_000,
        "a\x00b\ue000c",
        "\ud800 lone surrogate [[x]]",
        "",
    ]
    started = time.process_time()
    for text in odd:
        out = wikitext_to_text(text)
        assert "<ref" not in out and "{{" not in out and "[[" not in out
    assert time.process_time() - started < 10


def test_regex_fallback_still_strips_markup(monkeypatch):
    class Broken:
        def tokenize(self, *args):
            raise RuntimeError("tokenizer failure")

    page = "'''Albedo''' is {{IPA|x}} the [[diffuse reflection|reflectivity]].<ref>{{cite}}</ref>\n"
    page += "== Snow ==\n[[File:a.png|thumb|cap [[x]]]]\n* [[Ice]]\n{|\n| a\n|}\n[[Category:X]]"
    monkeypatch.setattr(wikitext, "_TOKENIZER", Broken)
    assert wikitext_to_text(page) == "Albedo is the reflectivity.\n\nSnow\nIce"


def _tree_walk_text(wikitext_source: str, hidden) -> str:
    """The same rules applied by walking mwparserfromhell's tree: the reference for the renderer."""

    def walk(code) -> str:
        out = []
        for node in code.nodes:
            if isinstance(node, Text):
                out.append(node.value)
            elif isinstance(node, Heading):
                title = " ".join(walk(node.title).split())
                out.append(f"\n{wikitext._HEADING_MARK}{node.level}{title}\n")
            elif isinstance(node, Wikilink):
                target = walk(node.title).strip()
                label = walk(node.text) if node.text is not None else ""
                if not wikitext._is_hidden_link(target, hidden):
                    out.append(label if label.strip() else target.removeprefix(":"))
            elif isinstance(node, ExternalLink):
                shown = node.title if node.brackets else node.url
                out.append(walk(shown) if shown is not None else "")
            elif isinstance(node, HTMLEntity):
                out.append(html.unescape(str(node)))
            elif isinstance(node, Tag):
                name = str(node.tag).strip().lower()
                block = "\n" if name in wikitext._BLOCK_TAGS else ""
                if node.self_closing and node.wiki_markup:
                    out.append(" " if node.wiki_markup == ":" else "")
                elif node.self_closing:
                    out.append(block)
                elif name not in wikitext._DROPPED_TAGS:
                    out.append(f"{block}{walk(node.contents)}{block}")
            # templates, arguments and comments show nothing
        return "".join(out)

    tree = mwparserfromhell.parser.Parser().parse(wikitext_source, skip_style_tags=True)
    return wikitext._tidy(walk(tree))


def test_token_renderer_matches_a_walk_over_the_parsed_tree(monkeypatch):
    pairs = []

    def both(text: str, hidden) -> str:
        fast = wikitext_to_text(text, hidden)
        pairs.append((fast, _tree_walk_text(text, hidden)))
        return fast

    monkeypatch.setattr(wikipedia, "wikitext_to_text", both)
    for path in (ENWIKI, JAWIKI, ELWIKI):
        _read(path)
    assert len(pairs) == 15
    for fast, reference in pairs:
        assert fast == reference


# --- the full shared dumps ------------------------------------------------------------------------

_OTHER_NS = "non_article_namespace"


@pytest.mark.parametrize(
    "name, pages, counts",
    [
        ("enwiki-sample.xml.bz2", 206, {"doc": 106, "redirect": 99, _OTHER_NS: 1}),
        ("elwiki-truncated.xml.xz", 934, {"doc": 524, "redirect": 21, _OTHER_NS: 388}),
        ("ukwiki-truncated.xml.xz", 533, {"doc": 512, "redirect": 13, _OTHER_NS: 7}),
        ("viwiki-truncated.xml.xz", 971, {"doc": 274, "redirect": 86, _OTHER_NS: 610}),
        ("jawiki-truncated.xml.xz", 239, {"doc": 189, "redirect": 15, _OTHER_NS: 34}),
    ],
)
def test_shared_dumps(shared_data, monkeypatch, name, pages, counts):
    # Page accounting only: conversion is skipped (it is tested on the slices) to keep this fast.
    monkeypatch.setattr(wikipedia, "wikitext_to_text", lambda text, hidden: text.strip())
    records = _read(shared_data / "wiki" / name)
    truncated = name != "enwiki-sample.xml.bz2"
    assert len(records) == pages  # every complete page, plus the reject for the cut-off one
    kinds = _kinds(records)
    assert kinds.pop("truncated_file", 0) == truncated
    assert kinds == counts
    if truncated:
        assert records[-1]["reason"] == "truncated_file"
    assert len({r["id"] for r in records}) == len(records)


# --- hostile XML -------------------------------------------------------------------------------


def _page_xml(n: int, text: str, title_attr: str = "") -> str:
    return (
        f"<page><title{title_attr}>Page {n}</title><ns>0</ns><id>{n}</id><revision><id>{n}</id>"
        f"<text>{text}</text></revision></page>\n"
    )


_TEXT = "The river runs through the old town, past the market and the stone bridge. " * 3


def test_external_entity_is_never_read(tmp_path: Path):
    """XXE: an entity naming a local file must not pull the file's content into a document."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    dtd = f'<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
    data = (
        f'<?xml version="1.0"?>\n{dtd}<mediawiki>\n'
        + _page_xml(1, _TEXT)
        + _page_xml(2, f"&xxe; {_TEXT}")
        + "</mediawiki>\n"
    ).encode()
    records = _read_bytes(data)
    assert _kinds(records) == Counter({"doc": 1, "xml_entity_refused": 1, "xml_dtd_refused": 1})
    assert not any("TOP-SECRET" in (r.get("text") or "") for r in records)
    (dtd_row,) = [r for r in records if r.get("reason") == "xml_dtd_refused"]
    assert "1 entities (xxe)" in dtd_row["detail"] and "1 pages" in dtd_row["detail"]


def test_billion_laughs_in_an_attribute_stops_the_file_with_that_reason():
    """Expat expands entities in attribute values whatever the handlers; its amplification limit
    stops it, and the reject says so. Pages before it are kept."""
    decls = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    dtd = "<!DOCTYPE mediawiki [" + "".join(decls) + "]>\n"
    data = (
        f'<?xml version="1.0"?>\n{dtd}<mediawiki>\n'
        + _page_xml(1, _TEXT)
        + _page_xml(2, _TEXT, ' a="&lol9;"')
        + _page_xml(3, _TEXT)
        + "</mediawiki>\n"
    ).encode()
    records = _read_bytes(data)
    assert not is_reject(records[0]) and records[0]["title"] == "Page 1"
    assert [r["reason"] for r in records[1:]] == ["xml_dtd_refused", "xml_entity_refused"]
    assert "amplification" in records[2]["detail"]


def test_a_dump_without_dtd_reads_as_before():
    """The DTD guard costs nothing on real dumps: no DTD row, same pages as the bundled slice."""
    assert not any(r.get("reason", "").startswith("xml_") for r in _slice(ENWIKI))


def test_a_dtd_larger_than_the_limit_ends_the_file():
    """Expat keeps every declared entity: a DTD past max_record_bytes is refused as too large."""
    decls = "".join(f'<!ENTITY e{i} "x">' for i in range(20_000))
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE mediawiki [{decls}]>\n<mediawiki>\n'
        + _page_xml(1, _TEXT)
        + "</mediawiki>\n"
    ).encode()
    records = list(iter_wikipedia(io.BytesIO(data), "testwiki.xml", "w", max_record_bytes=50_000))
    assert [r["reason"] for r in records] == ["xml_dtd_refused", "record_too_large"]
    assert "a DTD of more than 50000 bytes" in records[1]["detail"]
