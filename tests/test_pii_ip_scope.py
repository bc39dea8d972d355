"""``ip_scope``: every IP address by default; with ``public``, only globally routable unicast
ones, the rest (private, shared, link-local, documentation, multicast, and their IPv4-mapped
IPv6 forms) left in the text. The key is validated with the rest of the config."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.ip_scope import is_public_address
from pipelines.config import ConfigError, parse_config
from tests.test_pii import _found

LOG = (
    'backend web { .host = "10.96.35.230"; .port = "8080"; }\n'
    "2024-05-01 12:00:01 client 81.2.69.142 via proxy 192.168.1.20 and 100.64.3.7\n"
    "link fe80::1ff:fe23:4567:890a, mapped ::ffff:10.1.2.3, peer 2a00:1450:4001:82b::200e\n"
)
PUBLIC = ["81.2.69.142", "2a00:1450:4001:82b::200e"]
INTERNAL = ["10.96.35.230", "192.168.1.20", "100.64.3.7", "fe80::1ff:fe23:4567:890a"]


@pytest.fixture(scope="module")
def public_stage() -> PiiFilter:
    return PiiFilter(ip_scope="public")


def test_all_addresses_by_default(stage: PiiFilter) -> None:
    found = {v for e, v in _found(stage, LOG) if e == "IP_ADDRESS"}
    assert set(PUBLIC + INTERNAL) <= found


def test_public_scope_keeps_only_routable_unicast(public_stage: PiiFilter) -> None:
    found = {v for e, v in _found(public_stage, LOG) if e == "IP_ADDRESS"}
    assert found == set(PUBLIC)


@pytest.mark.parametrize(
    ("value", "public"),
    [
        ("81.2.69.142", True),
        ("[2a00:1450:4001:82b::200e]", True),
        ("10.26.53.190", False),
        ("172.16.0.4", False),
        ("100.64.3.7", False),
        ("169.254.10.1", False),
        ("192.0.2.1", False),
        ("224.0.0.251", False),
        ("::ffff:10.1.2.3", False),
        ("::ffff:81.2.69.142", True),
        ("fd12:3456:789a::1", False),
        ("not an address", True),
    ],
)
def test_which_addresses_are_public(value: str, public: bool) -> None:
    assert is_public_address(value) is public


def test_ip_scope_is_validated() -> None:
    base = {"inputs": [{"path": "x", "format": "warc", "source": "cc"}], "output": "o"}
    config = parse_config({**base, "stages": {"pii": {"ip_scope": "public"}}})
    assert config.stages.pii.ip_scope == "public"
    assert parse_config(base).stages.pii.ip_scope == "all"
    with pytest.raises(ConfigError, match="ip_scope"):
        parse_config({**base, "stages": {"pii": {"ip_scope": "private"}}})
    with pytest.raises(ValueError, match="unknown ip_scope"):
        PiiFilter(ip_scope="none")  # type: ignore[arg-type]
