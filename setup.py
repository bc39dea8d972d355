"""Shim so Beam's --setup_file can build the worker package; metadata lives in pyproject.toml."""

from setuptools import setup

setup()
