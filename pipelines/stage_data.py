"""Files a stage builds once per run for its workers (an index, a hashed block-list) and its
report summaries: ``OUT/_stage_data/<stage>/``, on any Beam filesystem.

Workers read them in ``setup``, so the job graph carries a path instead of the data (Dataflow
refuses graphs over ~10 MB). The run deletes the directory once the report is written, as it
does its other scratch files (a killed run's is removed by ``--overwrite``).
"""

from __future__ import annotations

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipelines.filesystem import ensure_directory

STAGE_DATA_DIR = "_stage_data"


def stage_file(output: str, stage: str, name: str) -> str:
    return FileSystems.join(output, STAGE_DATA_DIR, stage, name)


def write_file(path: str, data: bytes) -> None:
    ensure_directory(FileSystems.split(path)[0])
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        handle.write(data)


def read_file(path: str) -> bytes:
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        return handle.read()
