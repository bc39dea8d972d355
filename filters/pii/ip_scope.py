"""Which IP addresses a corpus treats as personal data: all of them, or public ones only.

An address on the public internet can name a subscriber's connection (the CJEU's Breyer
ruling counts even dynamic ones as personal data); a private (``10.26.53.190``,
``192.168.1.20``), shared (``100.64.0.0/10``), link-local, documentation or multicast address
names a machine only inside one network or none, and configuration files, tutorials and logs
that reach a crawl are full of them. ``"all"`` (the default) reports both: a leaked internal
log is still someone's infrastructure. ``"public"`` reports only globally routable unicast
addresses, as datatrove's ``PIIFormatter`` does by default, and leaves the rest in the text.
"""

from __future__ import annotations

import ipaddress
from typing import Literal, get_args

IpScope = Literal["all", "public"]
IP_SCOPES: tuple[str, ...] = get_args(IpScope)


def is_public_address(value: str) -> bool:
    """Is ``value`` (as the IP recognizer reports it, maybe in URL brackets) a globally
    routable unicast address? An IPv4-mapped IPv6 address (``::ffff:10.1.2.3``) is judged by
    its IPv4 address; text that does not parse as an address is kept as public (the scope only
    narrows what the recognizer found, it never adds)."""
    try:
        address = ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return True
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast
