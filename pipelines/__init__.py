"""corpus-prep's Beam side: sources, stages, dedup, sinks, the CLI (see DESIGN.md)."""

# Marks this package as corpus-prep's: PyPI has unrelated ``pipelines`` and ``filters``
# distributions, and one installed beside corpus-prep overwrites or shadows its packages.
__distribution__ = "corpus-prep"

from pipelines.preflight import check_own_packages  # noqa: E402 - after the marker it checks

check_own_packages()
