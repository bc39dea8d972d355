"""Opening input files on any Beam filesystem, with decompression chosen by the file name.

Beam's FileSystems gives the raw byte stream (local, gs://, s3://, hdfs://); decompression uses the
standard library's C codecs because they stream fast and raise ``EOFError``/``OSError`` on
truncated or corrupt input, which the readers turn into reject rows instead of crashes.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

_CODECS = {
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"),
    ".bz2": lambda raw: bz2.BZ2File(raw, mode="rb"),
    ".xz": lambda raw: lzma.LZMAFile(raw, mode="rb"),
}

# Large reads keep per-call overhead low on remote filesystems.
_BUFFER_BYTES = 1 << 20


def codec_for(path: str):
    """The decompressor class for ``path``'s suffix, or None for plain files."""
    for suffix, codec in _CODECS.items():
        if path.endswith(suffix):
            return codec
    return None


@contextmanager
def open_input(path: str) -> Iterator[BinaryIO]:
    """Yield a decompressed binary stream over ``path`` (closed on exit)."""
    raw = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    try:
        codec = codec_for(path)
        if codec is None:
            yield io.BufferedReader(raw, buffer_size=_BUFFER_BYTES)
        else:
            with codec(io.BufferedReader(raw, buffer_size=_BUFFER_BYTES)) as stream:
                yield stream
    finally:
        raw.close()
