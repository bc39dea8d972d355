"""MediaWiki XML export reader (pages-articles dumps, export schema 0.10/0.11).

The dump is streamed through expat: it is fed in fixed-size chunks and only the page being read is
held in memory, so a 20 GB dump needs as little memory as a small one. Expat also gives the byte
offset of every ``<page>`` in the decompressed stream, which becomes the document's ``offset``.

Every page becomes exactly one record: a document for a main-namespace article with text, a reject
row for anything else (redirect, other namespace, nothing left after markup removal, a page of more
than ``max_record_bytes``). A dump that stops early (cut off mid-page, corrupt compressed data,
broken XML) still yields every complete page first, then one file-level reject that says where and
why it stopped.

Hostile XML: memory stays bounded by ``max_record_bytes``. A page's fields stop being collected
once the page is larger (``record_too_large``); a single token that expat would have to hold
whole (a gigabyte comment or attribute) ends the file with a ``record_too_large`` reject. A DTD's
entity declarations are refused, never expanded (a "billion laughs" DTD expands a few hundred bytes
into gigabytes; external entities would read other files): a page that references one is an
``xml_entity_refused`` reject, every other page is read as usual, and the DTD gets one
``xml_dtd_refused`` row naming what it declared. Real dumps have no DTD.
"""

from __future__ import annotations

import lzma
import re
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO
from xml.parsers import expat

from filters.wikitext import DEFAULT_HIDDEN_NAMESPACES, hidden_link_namespaces, wikitext_to_text
from pipelines.config import DEFAULT_MAX_RECORD_BYTES
from pipelines.schema import new_doc, new_reject
from pipelines.sources.fields import fallback_id, file_label

STAGE = "read"
ARTICLE_NAMESPACE = 0
TOO_LARGE = "record_too_large"
ENTITY_REFUSED = "xml_entity_refused"
_AMPLIFICATION = expat.errors.codes[expat.errors.XML_ERROR_AMPLIFICATION_LIMIT_BREACH]

# Most decompressed bytes per expat feed: large enough that Python overhead per call vanishes,
# small enough that the pages finished within one chunk (held until yielded) stay a few MB.
_CHUNK_BYTES = 1 << 20
# What decompressors raise on damaged input (EOFError, for a stream cut short, is told apart).
_CORRUPT_ERRORS = (OSError, lzma.LZMAError, zlib.error)
# "enwiki-20230501-pages-articles.xml.bz2" -> "enwiki", for exports without <dbname>.
_DBNAME_IN_FILE_NAME = re.compile(r"[a-z][a-z0-9_]*?wiki(?=[-._]|$)")
_ARTICLE_HOST = re.compile(r"(?:https?:)?//([^/]+)/wiki/")
# Title characters that would change the meaning of a URL path ('#' cannot occur in titles).
_URL_ESCAPES = str.maketrans({" ": "_", "%": "%25", "?": "%3F"})

# (parent element, element) pairs whose character data is kept.
_SITE_FIELDS = {("siteinfo", "dbname"), ("siteinfo", "base"), ("namespaces", "namespace")}
_PAGE_FIELDS = {
    ("page", "title"),
    ("page", "ns"),
    ("page", "id"),
    ("revision", "id"),
    ("revision", "timestamp"),
    ("revision", "text"),
}


class _NotADump(Exception):
    """The XML is well-formed so far, but it is not a MediaWiki export."""


class _TokenTooLarge(Exception):
    """Expat is holding one token (a comment, a tag, a DTD) larger than the record limit."""


class _DtdTooLarge(Exception):
    """The DTD declares more than the record limit's worth of entities (expat keeps them all)."""


class _Page:
    """The fields of one ``<page>``, filled in as expat reports them."""

    __slots__ = (
        "offset",
        "title",
        "ns",
        "page_id",
        "redirect",
        "revision_id",
        "timestamp",
        "text",
        "n_bytes",
        "too_large",
        "entity",
    )

    def __init__(self, offset: int):
        self.offset = offset
        self.title = ""
        self.ns: str | None = None
        self.page_id: str | None = None
        self.redirect: str | None = None
        self.revision_id: str | None = None
        self.timestamp: str | None = None
        self.text = ""
        self.n_bytes: int | None = None  # the size <text bytes="..."> declares
        self.too_large = False  # grew past max_record_bytes: its fields were dropped
        self.entity: str | None = None  # the first DTD entity it references ("&lol9;")


class _DumpHandler:
    """Expat callbacks: the site info, then each finished page appended to ``finished``."""

    def __init__(self, parser: expat.XMLParserType, limit: int):
        self.parser = parser
        self.limit = limit
        self.last_event = 0  # byte offset of the latest callback: expat is not holding a token
        self.stack: list[str] = []
        self.chars: list[str] | None = None  # character data of the element being kept
        self.text_bytes: int | None = None
        self.dbname: str | None = None
        self.base: str | None = None
        self.namespace_key: int | None = None
        self.namespaces: dict[int, str] = {}
        self.hidden = DEFAULT_HIDDEN_NAMESPACES
        self.started = False  # whether <mediawiki> was opened: anything before is not a dump
        self.page: _Page | None = None
        self.finished: list[_Page] = []
        self.pages_seen = 0
        self.doctype_offset: int | None = None
        self.entities = 0  # declared by the DTD
        self.entity_names: list[str] = []  # the first few, for the reject's detail
        self.entity_pages = 0

    def _grown(self) -> None:
        """Note where parsing is; drop the page's fields once it is larger than the limit."""
        self.last_event = self.parser.CurrentByteIndex
        page = self.page
        if page is not None and not page.too_large and self.last_event - page.offset > self.limit:
            page.too_large = True
            page.text = ""
            self.chars = None

    def doctype(self, name: str, system_id: str | None, public_id: str | None, subset: int) -> None:
        """A DTD: from here on, entity references are reported to ``skipped``, not expanded."""
        self.doctype_offset = self.parser.CurrentByteIndex
        self.parser.DefaultHandler = self.skipped

    def entity_decl(self, name: str, *_: object) -> None:
        """Counts a declaration; expat keeps every one, so a DTD past the limit ends the file."""
        self.last_event = self.parser.CurrentByteIndex
        self.entities += 1
        if len(self.entity_names) < 5:
            self.entity_names.append(name)
        if self.last_event - (self.doctype_offset or 0) > self.limit:
            raise _DtdTooLarge(f"a DTD of more than {self.limit} bytes ({self.entities} entities)")

    def skipped(self, data: str) -> None:
        """Markup no other handler took; with a DTD, that includes unexpanded entity references."""
        page = self.page
        if page is not None and page.entity is None and data[:1] == "&" and data[-1:] == ";":
            page.entity = data
            self.entity_pages += 1

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self._grown()
        parent = self.stack[-1] if self.stack else None
        self.stack.append(name)
        if parent is None:
            if name != "mediawiki":
                raise _NotADump(f"root element is <{name}>, not <mediawiki>")
            self.started = True
        elif name == "page" and parent == "mediawiki":
            self.page = _Page(self.parser.CurrentByteIndex)
            self.pages_seen += 1
        elif self.page is not None and name == "redirect":
            self.page.redirect = attrs.get("title", "")
        if self.page is not None and self.page.too_large:
            return  # nothing more of this page is kept
        if (parent, name) in _PAGE_FIELDS or (parent, name) in _SITE_FIELDS:
            self.chars = []
            if name == "namespace":
                self.namespace_key = _int(attrs.get("key"))
            elif name == "text":
                self.text_bytes = _int(attrs.get("bytes"))

    def data(self, text: str) -> None:
        self._grown()
        if self.chars is not None:
            self.chars.append(text)

    def end(self, name: str) -> None:
        self._grown()
        self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        if self.chars is not None:
            self._keep(parent, name, "".join(self.chars))
            self.chars = None
        if name == "siteinfo":
            self.hidden = hidden_link_namespaces(self.namespaces)
        elif name == "page" and self.page is not None:
            self.finished.append(self.page)
            self.page = None

    def _keep(self, parent: str | None, name: str, value: str) -> None:
        page = self.page
        if parent == "siteinfo" and name == "dbname":
            self.dbname = value.strip()
        elif parent == "siteinfo" and name == "base":
            self.base = value.strip()
        elif name == "namespace":
            if self.namespace_key is not None:
                self.namespaces[self.namespace_key] = value.strip()
        elif page is None:
            return
        elif parent == "page":
            if name == "title":
                page.title = value
            elif name == "ns":
                page.ns = value.strip()
            else:
                page.page_id = value.strip()
        elif name == "id":
            page.revision_id = value.strip()
        elif name == "timestamp":
            page.timestamp = value.strip()
        elif name == "text":
            page.text = value
            page.n_bytes = self.text_bytes


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def iter_wikipedia(
    stream: BinaryIO,
    path: str,
    source: str,
    *,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[dict[str, Any]]:
    """Yield one document or reject per page of a MediaWiki XML dump, then any file-level reject.

    ``stream`` is the decompressed dump (``open_input``); ``path`` is recorded as provenance and
    gives the wiki's name when the dump has no ``<dbname>``.
    """
    parser = expat.ParserCreate()
    handler = _DumpHandler(parser, max_record_bytes)
    parser.StartDoctypeDeclHandler = handler.doctype
    parser.EntityDeclHandler = handler.entity_decl
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.data
    parser.buffer_text = True
    parser.buffer_size = 1 << 16

    site = _Site(handler, path, source)
    # read1 returns what one step of decompression gave; read() would wait to fill the chunk and
    # drop everything it had decompressed when a truncated stream then raises
    read = getattr(stream, "read1", stream.read)
    fed = 0
    final = False
    failure: tuple[str, Exception, int] | None = None
    while not final and failure is None:
        try:
            chunk = read(_CHUNK_BYTES)
        except EOFError as exc:
            failure = ("truncated_file", exc, fed)
        except _CORRUPT_ERRORS as exc:
            failure = ("corrupt_file", exc, fed)
        else:
            final = not chunk
            try:
                parser.Parse(chunk, final)
            except expat.ExpatError as exc:
                # a dump cut off anywhere only fails once expat is told the input is over
                if exc.code == _AMPLIFICATION:  # entities expanded in an attribute value
                    reason = ENTITY_REFUSED
                elif not handler.started:
                    reason = "unreadable_file"  # garbage, an empty file, or not XML at all
                else:
                    reason = "truncated_file" if final else "corrupt_file"
                # expat reports -1 when it failed before reading a byte (an empty input)
                failure = (reason, exc, max(parser.ErrorByteIndex, 0))
            except _NotADump as exc:
                failure = ("unreadable_file", exc, parser.CurrentByteIndex)
            except _DtdTooLarge as exc:
                failure = (TOO_LARGE, exc, handler.doctype_offset or 0)
            fed += len(chunk)
            if failure is None and fed - handler.last_event > max_record_bytes + _CHUNK_BYTES:
                held = _TokenTooLarge(
                    f"one XML token (comment, tag, attribute or DTD) from byte "
                    f"{handler.last_event} runs past max_record_bytes ({max_record_bytes})"
                )
                failure = (TOO_LARGE, held, handler.last_event)
        for page in handler.finished:
            yield site.record(page)
        handler.finished.clear()
    if handler.entities:
        yield site.dtd_reject()
    if failure is not None:
        # "empty" only when the file itself is empty; a decompressor that produced nothing from
        # a non-empty file is a corrupt file, reported as such by its own error
        yield site.file_reject(*failure, empty=fed == 0 and failure[0] == "unreadable_file")


class _Site:
    """Turns pages into records, with the wiki's identity taken from the dump's <siteinfo>."""

    def __init__(self, handler: _DumpHandler, path: str, source: str):
        self.handler = handler
        self.path = path
        self.source = source
        self.label = file_label(path)
        match = _DBNAME_IN_FILE_NAME.match(self.label)
        self.file_dbname = match.group(0) if match else self.label.split(".", 1)[0]

    @property
    def dbname(self) -> str:
        return self.handler.dbname or self.file_dbname

    @property
    def language(self) -> str:
        """The dbname's language prefix, as in the subdomain: enwiki -> en, zh_min_nanwiki ->
        zh-min-nan. A first guess that language identification later overwrites."""
        return self.dbname.removesuffix("wiki").replace("_", "-") or self.dbname

    def url(self, title: str) -> str:
        """The article's address on the wiki's own host (<siteinfo><base>), else Wikipedia's."""
        match = _ARTICLE_HOST.match(self.handler.base or "")
        host = match.group(1) if match else f"{self.language}.wikipedia.org"
        return f"https://{host}/wiki/{title.translate(_URL_ESCAPES)}"

    def record(self, page: _Page) -> dict[str, Any]:
        """The document for an article, or the reject row saying why the page is not one."""
        dbname = self.dbname
        if page.page_id:
            record_id = f"{self.source}/{dbname}/{page.page_id}"
        else:
            record_id = fallback_id(self.source, self.path, f"page@{page.offset}")
        url = self.url(page.title)

        def reject(reason: str, detail: str | None, text: str | None = None) -> dict[str, Any]:
            return new_reject(
                id=record_id,
                source=self.source,
                stage=STAGE,
                reason=reason,
                url=url,
                detail=detail,
                file=self.path,
                offset=page.offset,
                language=self.language,
                n_bytes=page.n_bytes,
                text=text,
            )

        if page.too_large:
            return reject(TOO_LARGE, f"page of more than {self.handler.limit} bytes")
        if page.entity is not None:
            detail = f"references {page.entity}, an entity of the dump's DTD; entities are refused"
            return reject(ENTITY_REFUSED, detail)
        # <ns> is required since export schema 0.6; older exports put namespaces in the title
        namespace = ARTICLE_NAMESPACE if page.ns is None else _int(page.ns)
        if namespace != ARTICLE_NAMESPACE:
            return reject("non_article_namespace", page.ns)
        if page.redirect is not None:
            return reject("redirect", page.redirect)
        text = wikitext_to_text(page.text, self.handler.hidden)
        if not text:
            return reject("empty_text", "no text left after removing markup", page.text)
        metadata = {"dbname": dbname}
        if page.page_id:
            metadata["page_id"] = page.page_id
        if page.revision_id:
            metadata["revision_id"] = page.revision_id
        return new_doc(
            id=record_id,
            text=text,
            source=self.source,
            url=url,
            title=page.title,
            date=page.timestamp,
            file=self.path,
            offset=page.offset,
            language=self.language,
            metadata=metadata,
        )

    def dtd_reject(self) -> dict[str, Any]:
        """The row for a DTD that declared entities: what was refused, and what it cost."""
        handler = self.handler
        names = ", ".join(handler.entity_names) + (", ..." if handler.entities > 5 else "")
        return new_reject(
            id=fallback_id(self.source, self.path, "xml_dtd_refused"),
            source=self.source,
            stage=STAGE,
            reason="xml_dtd_refused",
            detail=f"DTD/entity declarations refused, never expanded: "
            f"{handler.entities} entities ({names}); {handler.entity_pages} pages that "
            f"reference them rejected as {ENTITY_REFUSED}",
            file=self.path,
            offset=handler.doctype_offset or 0,
            language=self.language,
        )

    def file_reject(
        self, reason: str, error: Exception, offset: int, *, empty: bool
    ) -> dict[str, Any]:
        """The one row for a dump that could not be read to its end.

        ``offset`` is where reading broke in the decompressed stream; the detail says how many
        pages were complete and where the one that was cut off starts.
        """
        handler = self.handler
        detail = f"{type(error).__name__}: {error}"
        if empty:
            detail = f"empty file ({detail})"
        complete = handler.pages_seen - (1 if handler.page is not None else 0)
        detail += f"; {complete} complete pages read"
        if handler.page is not None:
            detail += f", page at byte {handler.page.offset} ({handler.page.title!r}) cut off"
        return new_reject(
            id=fallback_id(self.source, self.path, reason),
            source=self.source,
            stage=STAGE,
            reason=reason,
            detail=detail,
            file=self.path,
            offset=offset,
            language=self.language,
        )
