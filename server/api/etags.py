"""Conditional GETs for the answers clients poll (the extension's config, a proxy's school
bundle): the client keeps the body and sends its ETag back; while nothing changed it gets a
304 and no body."""
from __future__ import annotations


def matches(if_none_match: str, etag: str) -> bool:
    """Does an If-None-Match header name `etag` (weak or strong) or "*"?"""
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in tags or etag in tags
