"""POST /api/v1/check: judge a draft before it is sent, with the school's own policy engine.

The browser extension (extension token) calls it as the member of staff writes; logged-in
staff, reviewers and admins call it from the web UI (what-if, the admin's test box). The
answer is the verdict exactly as `postwarden check` prints it, plus `post_hash`, which an
acknowledgement (POST /api/v1/ack) refers to. The draft is parsed by the CLI's own parser
(policies.model.Post.from_dict), so the two cannot drift; images come as base64 instead of
paths. Nothing of the draft is stored: the proxy logs what is actually sent.

A text-only draft is judged on the event loop: the text checks take about a millisecond,
less than a hop to a thread and back costs under load (bench/server.py). A draft with images
runs off the loop, on one thread per school: image checks take tens of milliseconds and keep
OpenCV objects that are not safe to share between threads (see addon/judges.py). Past
`MAX_WAITING` image drafts waiting for a school the answer is 503, so a burst cannot queue
without end.
"""
from __future__ import annotations

import asyncio
import base64
import binascii
import dataclasses
import functools
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from policies.model import ImageInput, Post, PostError
from server import keys
from server.access import Principal, require
from server.acks import post_hash
from server.errors import ApiError, read_json

MAX_TEXT_CHARS = 100_000
MAX_IMAGES = 10
MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_RECIPIENTS = 1000
#: Drafts with images waiting for one school's image thread before the API answers 503.
MAX_WAITING = 64

Short = Annotated[str, StringConstraints(max_length=200)]
#: One encoder for every answer (json.dumps with options builds a new one per call).
_encode_json = json.JSONEncoder(ensure_ascii=False).encode


class DraftAccount(BaseModel):
    model_config = ConfigDict(extra="ignore")
    handle: Short | None = None
    id: Short | None = None
    #: Informational only: the school's config decides which accounts are official.
    official: bool | None = None


class DraftImage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    data: str
    name: Short = ""


class CheckRequest(BaseModel):
    """The draft. Shapes are checked here; meaning (known action, time with an offset) by
    Post.from_dict, as for `postwarden check`."""
    model_config = ConfigDict(extra="ignore")
    platform: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    action: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    text: str | None = None
    account: DraftAccount | str | None = None
    recipients: Annotated[list[Short], Field(max_length=MAX_RECIPIENTS)] | None = None
    images: list[DraftImage] | None = None
    at: Annotated[str, StringConstraints(max_length=64)] | None = None
    user: Short | None = None
    school: Annotated[str, StringConstraints(max_length=64)] | None = None


class Checkers:
    """One single-thread executor per school, created on first use, each with a waiting count."""

    def __init__(self) -> None:
        self._pools: dict[str, ThreadPoolExecutor] = {}
        self._waiting: dict[str, int] = {}

    async def run(self, school_id: str, fn, *args):
        if self._waiting.get(school_id, 0) >= MAX_WAITING:
            raise ApiError(503, "the server is busy checking other drafts; try again in a moment",
                           headers={"Retry-After": "5"})
        pool = self._pools.get(school_id)
        if pool is None:
            pool = self._pools[school_id] = ThreadPoolExecutor(1, thread_name_prefix=f"postwarden-check-{school_id}")
        self._waiting[school_id] = self._waiting.get(school_id, 0) + 1
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, functools.partial(fn, *args))
        finally:
            self._waiting[school_id] -= 1

    def shutdown(self) -> None:
        for pool in self._pools.values():
            pool.shutdown(wait=True, cancel_futures=True)
        self._pools.clear()


CHECKERS = web.AppKey("checkers", Checkers)


def resolve_school(request: web.Request, who: Principal, asked: str | None) -> str:
    """The school whose policy judges the draft: the caller's own; a trust-wide account names one."""
    school_id = who.school_id or asked
    if school_id is None:
        raise ApiError(422, "a trust-wide account must name the school whose policy to use",
                       details={"fields": {"school": "required for a trust-wide account"}})
    if asked is not None and asked != school_id:
        raise ApiError(404, "no such school")
    if school_id not in request.app[keys.SCHOOLS]:
        raise ApiError(404, "no such school on this server")
    return school_id


def resolve_user(who: Principal, asked: str | None) -> str | None:
    """Whose draft it is: the extension says; staff are always themselves; reviewers and admins
    may ask what-if for a named member of staff."""
    if who.kind == "token":
        return asked
    if who.role == "staff":
        if asked is not None and asked != who.staff_ref:
            raise ApiError(403, "staff can check drafts only as themselves")
        return who.staff_ref
    return asked if asked is not None else who.staff_ref


def decode_images(images: list[DraftImage]) -> tuple[ImageInput, ...]:
    if len(images) > MAX_IMAGES:
        raise ApiError(422, f"at most {MAX_IMAGES} images can be checked at once",
                       details={"fields": {"images": f"{len(images)} images; at most {MAX_IMAGES}"}})
    out = []
    for i, image in enumerate(images):
        if len(image.data) > (MAX_IMAGE_BYTES * 4) // 3 + 4:
            raise ApiError(413, f"images[{i}] is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB",
                           details={"fields": {f"images[{i}].data": "too large"}})
        try:
            data = base64.b64decode(image.data, validate=True)
        except (binascii.Error, ValueError) as e:
            raise ApiError(422, f"images[{i}].data is not base64",
                           details={"fields": {f"images[{i}].data": "not base64"}}) from e
        if len(data) > MAX_IMAGE_BYTES:
            raise ApiError(413, f"images[{i}] is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB",
                           details={"fields": {f"images[{i}].data": "too large"}})
        if not data:
            raise ApiError(422, f"images[{i}] is empty", details={"fields": {f"images[{i}].data": "empty"}})
        out.append(ImageInput(name=image.name or f"image-{i + 1}", data=data))
    return tuple(out)


def build_post(body: CheckRequest, user: str | None, default_at: str) -> Post:
    """The draft as the engine's Post, through the CLI's parser (minus image paths)."""
    text = body.text or ""
    if len(text) > MAX_TEXT_CHARS:
        raise ApiError(413, f"the text is longer than {MAX_TEXT_CHARS} characters",
                       details={"fields": {"text": f"{len(text)} characters; at most {MAX_TEXT_CHARS}"}})
    images = decode_images(body.images or [])
    account = body.account.model_dump(include={"handle", "id"}) if isinstance(body.account, DraftAccount) \
        else body.account
    contract = {"platform": body.platform, "action": body.action, "text": text, "account": account,
                "recipients": body.recipients or [], "user": user, "at": body.at or default_at}
    try:
        post = Post.from_dict(contract)
    except PostError as e:
        key, _, problem = str(e).partition(": ")
        fields = {key: problem} if problem else {"(top level)": key}
        raise ApiError(422, f"the draft does not have the expected shape: {e}",
                       details={"fields": fields}) from e
    return dataclasses.replace(post, images=images) if images else post


async def check(request: web.Request) -> web.Response:
    who = require(request, "extension", "staff", "reviewer", "admin")
    body = await read_json(request, CheckRequest)
    school_id = resolve_school(request, who, body.school)
    user = resolve_user(who, body.user)
    post = build_post(body, user, request.app[keys.CLOCK]().isoformat())
    engine = request.app[keys.SCHOOLS][school_id].engine
    if post.images:
        verdict = await request.app[CHECKERS].run(school_id, engine.check, post)
    else:
        verdict = engine.check(post)
    result = verdict.to_dict()
    result["post_hash"] = post_hash(post.text)
    # Cache-Control: no-store comes from the headers middleware, as on every API answer.
    return web.json_response(result, dumps=_encode_json)


async def _checkers(app: web.Application):
    app[CHECKERS] = checkers = Checkers()
    yield
    await asyncio.get_running_loop().run_in_executor(None, checkers.shutdown)


def setup(app: web.Application) -> None:
    app.cleanup_ctx.append(_checkers)
    app.router.add_post("/api/v1/check", check)
