"""A bind-mount source that is a symlink is refused at the executor (the policy saw the path as written)."""
import os

import pytest

from bot.model import Actor, Request
from bot.pipeline import Gorae

pytestmark = pytest.mark.docker


def test_symlinked_bind_source_mounts_nothing(docker_client, tmp_path):
    allowed = tmp_path / "share"
    allowed.mkdir()
    (allowed / "etc").symlink_to("/etc")  # inside an allowed directory, pointing at /etc
    before = {c.id for c in docker_client.containers.list(all=True)}
    text = f"docker run --rm -v {allowed / 'etc'}:/data alpine cat /data/hostname"
    reply = Gorae().handle(Request(text, Actor("local:test", local=True)))
    assert reply.status == "failed", reply
    assert "link" in reply.headline and "/etc" in reply.headline
    assert {c.id for c in docker_client.containers.list(all=True)} == before  # nothing created


def test_a_real_directory_still_mounts(docker_client, tmp_path):
    (tmp_path / "hello.txt").write_text("hi from the host\n")
    text = f"docker run --rm -v {tmp_path}:/data alpine cat /data/hello.txt"
    reply = Gorae().handle(Request(text, Actor("local:test", local=True)))
    assert reply.status == "done" and "hi from the host" in (reply.code or "")
    assert os.path.realpath(str(tmp_path)) == str(tmp_path)
