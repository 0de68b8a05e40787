"""`docker tag` executed without an engine (branch tag): the plan runs through the real docker SDK (`api.tag`, what
`Image.tag(repository, tag)` calls) against canned Engine API answers (tests/fake_docker.py); what was asked of the
engine is checked, and its errors are translated once, as every other op's (bot/engine/docker_errors.py)."""
from __future__ import annotations

from fake_docker import FakeEngine, fake_client
from fakes import FakeView

from bot.engine.execute import execute
from bot.engine.plan import plan
from bot.language.parse import parse
from bot.messages import text
from bot.model import Plan


def planned(said: str) -> Plan:
    res = plan(parse(said), FakeView())
    assert isinstance(res, Plan), res
    return res


def test_tag_posts_the_repository_and_the_tag_of_the_new_name():
    engine = FakeEngine().on("POST", r"/images/nginx/tag", 201)
    out = execute(planned("nginx 이미지에 127.0.0.1:5000/nginx:v2 태그 달아줘"), fake_client(engine))
    assert out.ok and out.message is not None and out.message.key == "done.tag"
    assert out.message.kw() == {"source": "nginx", "reference": "127.0.0.1:5000/nginx:v2"}
    [(params, _body)] = engine.asked("POST", "/images/nginx/tag")
    assert params["repo"] == ["127.0.0.1:5000/nginx"] and params["tag"] == ["v2"]


def test_a_new_name_without_a_tag_is_tagged_latest():
    engine = FakeEngine().on("POST", r"/images/alpine/tag", 201)
    out = execute(planned("docker tag alpine team/alpine"), fake_client(engine))
    assert out.ok
    [(params, _body)] = engine.asked("POST", "/images/alpine/tag")
    assert params["repo"] == ["team/alpine"] and params["tag"] == ["latest"]
    assert out.message is not None and text(out.message, "en") == "Tagged image `alpine` as `team/alpine:latest`."


def test_an_image_gone_meanwhile_is_one_sentence():
    engine = FakeEngine().on("POST", r"/images/redis/tag", 404, {"message": "No such image: redis:latest"})
    out = execute(planned("tag redis as redis:v14"), fake_client(engine))
    assert not out.ok and out.message is not None and out.message.key == "err.no_such_image"
    assert out.message.kw()["name"] == "redis"


def test_an_answer_that_is_not_created_is_never_taken_as_done():
    engine = FakeEngine().on("POST", r"/images/busybox/tag", 200)
    out = execute(planned("busybox 태그 busybox:v20"), fake_client(engine))
    assert not out.ok and out.message is not None and out.message.key == "err.tag_not_made"
