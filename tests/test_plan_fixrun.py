"""fixrun: "X 컨테이너에서 CMD" with no container named X and the image X here is a run of the image (ko9run)
only when no container here is of image X; when one is ("redis 컨테이너에서 redis-cli flushall" with cache of
redis), the operator means that running one: asked which, naming them — never a new container of the image.
Read through Gorae.explain against the fake corpus world (tests/fakes.py: web, my-nginx of nginx, cache of
redis, db of mysql:5.7 (created), my-volume of ubuntu:focal, data of alpine)."""
from __future__ import annotations

import pytest
from fakes import FakeGorae
from test_parse_blind6 import check

from bot.model import Unresolved

ASKED = [
    ("redis 컨테이너에서 redis-cli flushall", ["cache"]),
    ("redis 컨테이너 안에서 redis-cli ping", ["cache"]),
    ("redis 컨테이너에서 redis-cli ping 실행해줘", ["cache"]),
    ("nginx 컨테이너에서 nginx -s reload", ["web", "my-nginx"]),
    ("nginx 컨테이너 안에서 nginx -t 돌려", ["web", "my-nginx"]),
    ("alpine 컨테이너에서 sleep 5 실행", ["data"]),
    ("alpine 컨테이너에서 sleep 5 실행해", ["data"]),
    ("mysql:5.7 컨테이너에서 mysql --version 실행", ["db"]),  # db is only created: still one of that image
    ("ubuntu:focal 컨테이너에서 cat /etc/os-release 실행해줘", ["my-volume"]),
]


@pytest.mark.parametrize("text, names", ASKED, ids=[t for t, _ in ASKED])
def test_a_container_of_the_image_is_asked_for(text, names):
    check(text, None)
    res = FakeGorae().explain(text).planned
    assert isinstance(res, Unresolved), res
    msg = res.reason
    assert msg.key == "plan.which_container_of_image", msg
    for n in names:
        assert n in dict(msg.params)["names"], msg


RUNS = [
    # no container of the image here: a run of it, as ko9run reads it
    ("busybox 컨테이너에서 sleep 5 실행", ["docker run busybox sleep 5"]),
    ("busybox 컨테이너 안에서 echo hi 돌려", ["docker run busybox echo hi"]),
    # the container said by its name: an exec, as before
    ("cache 컨테이너에서 redis-cli ping 실행", ["docker exec cache redis-cli ping"]),
    ("web 컨테이너에서 nginx -s reload", ["docker exec web nginx -s reload"]),
    # typed docker CLI runs as typed
    ("docker run redis redis-cli ping", ["docker run redis redis-cli ping"]),
]


@pytest.mark.parametrize("text, want", RUNS, ids=[t for t, _ in RUNS])
def test_runs_and_execs(text, want):
    check(text, want)
