"""Decrypt only what we must: which TLS connections the proxy intercepts.

Only monitored platform hosts are intercepted (whole-name matches against the platform map,
never mitmproxy's unanchored `re.search` patterns); an admin's never-intercept list wins
over everything; every other connection passes through undecrypted. The decision defaults to
pass-through before anything can fail, so an error here can never decrypt a bank's traffic.
"""
from __future__ import annotations

import ipaddress
import logging

from addon.platformmap import HostSet, normalise_host

log = logging.getLogger(__name__)


class Scope:
    def __init__(self, monitored: list[str], never: list[str] | tuple[str, ...] = ()):
        self.monitored = HostSet(monitored)
        self.never = HostSet(never)

    def intercept(self, sni: str | None, address_host: str | None) -> bool:
        """True only when the name the client asked for is monitored and nothing is excluded.

        The SNI decides when present (it is the name the certificate is for); without one,
        the CONNECT or destination name does, unless it is an IP literal. A name on the
        never-intercept list, as either name, always means pass-through.
        """
        names = [normalise_host(n) for n in (sni, address_host) if n]
        if not names or any(n in self.never for n in names):
            return False
        name = normalise_host(sni) if sni else normalise_host(address_host or "")
        if not name or _is_ip(name):
            return False
        return name in self.monitored


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False
