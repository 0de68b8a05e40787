"""tag26 on the real engine: "alpine 태그 REF로 달아" (Kiwi's irregular 닫 read as 달) makes REF name alpine's image (the
same ID, in its RepoTags); "… 달지 마" makes nothing. The tag made is removed at the end."""
from __future__ import annotations

import pytest
from test_e2e_core import uid
from test_e2e_tag import _image, _tag_of

pytestmark = [pytest.mark.docker]


def test_a_tag_said_with_dal_a_is_made(bot, docker_client, world, cleanup):
    ref = f"alpine:{uid()}"
    reply = bot.say(f"alpine 태그 {ref}로 달아")
    assert reply.status == "done", reply
    assert list(reply.cli) == [f"docker tag alpine {ref}"], reply
    _tag_of(docker_client, cleanup, "alpine", ref)


def test_a_tag_forbidden_makes_nothing(bot, docker_client, world, cleanup):
    ref = f"alpine:{uid()}"
    reply = bot.say(f"alpine 태그 {ref}로 달지 마", yes=False)
    assert not reply.cli, reply
    assert _image(docker_client, ref) is None
