"""The zlib-ng gzip reader (pipelines.sources.files.ZlibNgGzipFile) against the standard library's.

Which records a corrupt or cut gzip member leaves depends on how many bytes each read step gives
back before the fault, so the faster reader must give back the same bytes, step by step, and fail
at the same step with the same error: checked here on a real WARC and damaged copies of it.
"""

from __future__ import annotations

import gzip
import io
import random
import zlib
from pathlib import Path

import pytest

from pipelines.sources.files import ZlibNgGzipFile, open_input
from tests.conftest import TEST_DATA

DOLMA = TEST_DATA / "cc" / "dolma_sample-0000.warc.gz"
CC_2020 = TEST_DATA / "cc" / "resiliparse_warcfile.warc.gz"
_STEP = 128 << 10  # what warc_frames asks for per read1


def _steps(opener, data: bytes) -> list[object]:
    """Each read1 step's bytes, then the error that ended the stream (type and message)."""
    steps: list[object] = []
    with opener(io.BufferedReader(io.BytesIO(data))) as stream:
        try:
            while chunk := stream.read1(_STEP):
                steps.append(chunk)
        except (EOFError, OSError, zlib.error) as exc:
            steps.append((type(exc), str(exc)))
    return steps


def _stdlib(fileobj: io.BufferedReader) -> gzip.GzipFile:
    return gzip.GzipFile(fileobj=fileobj, mode="rb")


def _damaged(data: bytes, seed: int) -> list[bytes]:
    """Copies of ``data`` with a flipped bit, a zeroed run, a cut, and trailing garbage."""
    rng = random.Random(seed)
    copies = []
    for _ in range(3):
        flipped = bytearray(data)
        flipped[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        zeroed = bytearray(data)
        at = rng.randrange(len(data))
        zeroed[at : at + 64] = bytes(64)
        copies += [bytes(flipped), bytes(zeroed), data[: rng.randrange(len(data))]]
    copies.append(data + b"garbage after the last member")
    copies.append(data[:-8] + bytes(8))  # a wrong CRC and length in the last trailer
    return copies


@pytest.mark.parametrize("path", [DOLMA, CC_2020], ids=["dolma", "cc2020"])
def test_same_bytes_per_step_and_same_error_as_the_standard_library(path: Path):
    data = path.read_bytes()
    for copy in [data, *_damaged(data, seed=len(data))]:
        assert _steps(ZlibNgGzipFile, copy) == _steps(_stdlib, copy)


def test_an_inflate_error_is_a_zlib_error_with_zlibs_message():
    member = gzip.compress(b"first member", mtime=0)
    reserved_block_type = gzip.compress(b"", mtime=0)[:10] + b"\x07" + bytes(16)
    steps = _steps(ZlibNgGzipFile, member + reserved_block_type)
    assert steps == _steps(_stdlib, member + reserved_block_type)
    assert steps == [
        b"first member",
        (zlib.error, "Error -3 while decompressing data: invalid block type"),
    ]


def test_gz_inputs_open_with_the_zlib_ng_reader():
    with open_input(str(DOLMA)) as stream:
        assert isinstance(stream, ZlibNgGzipFile)
        assert stream.read(5) == b"WARC/"
