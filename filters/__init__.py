"""corpus-prep's per-document logic: plain Python over one record, no Beam (see DESIGN.md)."""

# Marks this package as corpus-prep's: PyPI's unrelated ``filters`` distribution installs a
# package of the same name, and the start-up check (pipelines.preflight) tells them apart by it.
__distribution__ = "corpus-prep"
