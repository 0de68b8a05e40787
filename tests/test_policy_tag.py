"""The policy on `docker tag` (branch tag): a tag is a write (class deploy, docker verb `tag`) whose subjects are BOTH
images — the source (with its tags when said by ID, as rmi's) and the new reference. A user barred from an image name
must not create a tag of it, nor move one onto or off it. Read through the real parser and planner over the fake world
(tests/fakes.py), decided by bot/policy/check.py `authorize` (a pure function)."""
from __future__ import annotations

import hashlib

import pytest
from fakes import FakeView

from bot.engine.plan import plan
from bot.engine.view import ImageInfo
from bot.language.parse import parse
from bot.model import Actor, NotUnderstood, Plan, Request
from bot.policy.check import authorize
from bot.policy.policyfile import parse_policy

POLICY = parse_policy("""\
version: 1
local: imager
roles:
  imager:
    verbs: [read, deploy]
    images: ["nginx*", "alpine*", "127.0.0.1:5000/team/*"]
  viewer: {verbs: [read]}
bindings:
  - {role: viewer, users: [U0VIEW]}
confirm:
  - {verbs: [tag], images: ["nginx:prod"]}
""", "tag-policy.yaml")
LOCAL = Actor("local:me", local=True)
REDIS_ID = "sha256:5eda4bafb671" + "0" * 52


def _id(ref: str) -> str:
    return REDIS_ID if ref == "redis:latest" else "sha256:" + hashlib.sha256(ref.encode()).hexdigest()


class IdView(FakeView):
    """The fake world with image IDs as an engine gives them (64 hex digits), where an image can also be said by
    its ID (as a real engine resolves it)."""

    def image(self, ref):
        if len(ref) >= 12 and REDIS_ID.split(":", 1)[1].startswith(ref.removeprefix("sha256:")):
            return ImageInfo(REDIS_ID, ("redis:latest",), ("6379/tcp",))
        info = super().image(ref)
        return None if info is None else ImageInfo(_id(info.tags[0]), info.tags, info.exposed_ports)

    def images(self):
        return [ImageInfo(_id(i.tags[0]), i.tags, i.exposed_ports) for i in super().images()]


def decided(text: str, actor: Actor = LOCAL, channel: str = "terminal") -> str:
    cmd = parse(text)
    assert not isinstance(cmd, NotUnderstood), cmd
    p = plan(cmd, IdView())
    assert isinstance(p, Plan), p
    return authorize(p, Request(text, actor, channel), POLICY).kind


@pytest.mark.parametrize("text", [
    "tag nginx as nginx:stable",
    "nginx 이미지에 nginx:v2 태그 달아줘",
    "docker tag alpine 127.0.0.1:5000/team/alpine:1",
])
def test_both_images_covered_is_allowed(text):
    assert decided(text) == "allow"


@pytest.mark.parametrize("text", [
    "tag redis as nginx:evil",  # the source is an image the role may not touch
    "redis 이미지를 nginx:latest로 태그해줘",
    "docker tag " + REDIS_ID[7:19] + " nginx:x",  # the barred image said by its ID: its tags are subjects too
])
def test_a_barred_source_is_refused(text):
    assert decided(text) == "deny"


@pytest.mark.parametrize("text", [
    "tag nginx as redis:v2",  # a new name the role may not create
    "nginx 이미지에 postgres:16 태그 달아줘",  # moved onto a barred name that exists
    "docker tag nginx redis",  # moving redis:latest off its image
    "docker tag alpine 127.0.0.1:5000/other/alpine:1",  # another registry path than the role's
])
def test_a_barred_new_name_is_refused(text):
    assert decided(text) == "deny"


def test_tag_is_deploy_a_reader_may_not():
    assert decided("tag nginx as nginx:stable", Actor("U0VIEW"), "C0X") == "deny"


def test_a_rule_may_name_the_docker_verb_tag():
    assert decided("tag nginx as nginx:prod") == "confirm"
