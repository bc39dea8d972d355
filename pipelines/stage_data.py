"""Files a stage builds once per run for its workers (an index, a hashed block-list) and its
report summaries: ``OUT/_stage_data/<stage>/``, on any Beam filesystem.

Workers read them in ``setup``, so the job graph carries a path instead of the data (Dataflow
refuses graphs over ~10 MB). They stay with the run's output (``--overwrite`` removes them).
"""

from __future__ import annotations

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

STAGE_DATA_DIR = "_stage_data"


def stage_file(output: str, stage: str, name: str) -> str:
    return FileSystems.join(output, STAGE_DATA_DIR, stage, name)


def write_file(path: str, data: bytes) -> None:
    directory = FileSystems.split(path)[0]
    if not FileSystems.exists(directory):
        FileSystems.mkdirs(directory)
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        handle.write(data)


def read_file(path: str) -> bytes:
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        return handle.read()
