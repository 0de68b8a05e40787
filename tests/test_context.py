"""bot/engine/context.py: what every executor handler is given — the client and its low-level API,
display names for ids, and progress lines in the asker's language with secrets masked.

The client is docker-py's own, answered by tests/fake_docker.py (no engine).
"""
from __future__ import annotations

import pytest
from fake_docker import FakeEngine, fake_client

from bot.engine.context import ATTACH_TIMEOUT, Ctx

ID = "ab" * 32


def test_the_api_is_the_clients_low_level_api() -> None:
    engine = FakeEngine().on("POST", rf"/containers/{ID}/restart", 204)
    client = fake_client(engine)
    ctx = Ctx(client, lambda _line: None)
    assert ctx.api is client.api
    ctx.api.restart(ID)
    assert engine.asked("POST", f"/containers/{ID}/restart")


def test_defaults() -> None:
    ctx = Ctx(object(), lambda _line: None)
    assert ctx.lang == "en" and ctx.attach_timeout == ATTACH_TIMEOUT and ctx.names == {}


@pytest.mark.parametrize("target, shown", [(ID, "web"), ("cafe" * 16, "cafe" * 16), ("web", "web"), (None, "?"),
                                           ("", "?")])
def test_a_target_is_shown_by_its_name_when_the_plan_named_it(target: str | None, shown: str) -> None:
    assert Ctx(object(), lambda _line: None, names={ID: "web"}).name(target) == shown


@pytest.mark.parametrize("lang, line", [
    ("en", "Image `nginx:1.25` is not here; pulling it…"),
    ("ko", "`nginx:1.25` 이미지가 없어 받는 중입니다…"),
])
def test_a_progress_line_is_in_the_askers_language(lang: str, line: str) -> None:
    lines: list[str] = []
    Ctx(object(), lines.append, lang).say("progress.pull_missing", image="nginx:1.25")
    assert lines == [line]


def test_a_progress_line_never_shows_a_secret() -> None:
    lines: list[str] = []
    ctx = Ctx(object(), lines.append)
    ctx.say("progress.pull_missing", image="https://bob:hunter2@reg.example/app")
    ctx.say("progress.service_created", name="DB_PASSWORD=hunter2")
    assert lines[0] == "Image `https://bob:***@reg.example/app` is not here; pulling it…"
    assert lines[1] == "Service `DB_PASSWORD=***` created, waiting for its tasks…"


def test_a_broken_progress_sink_never_fails_the_action() -> None:
    tried: list[str] = []

    def broken(line: str) -> None:
        tried.append(line)
        raise BrokenPipeError("the reader went away")

    ctx = Ctx(object(), broken)
    ctx.say("progress.service_created", name="web")  # no exception: the action goes on
    ctx.say("progress.service_created", name="db")
    assert tried == ["Service `web` created, waiting for its tasks…", "Service `db` created, waiting for its tasks…"]
