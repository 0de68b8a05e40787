"""Issue 8, branch gram9: meaning in the grammar, not in call order — read through Gorae.explain against the
fake corpus world (tests/fakes.py: web, my-nginx of nginx; cache of redis; db of mysql:5.7 …). `None`: nothing may
run (a refusal, a question, or a proposal that is no write).

1. the image OF a container (grammar/natural.lark `image_of`, `RemoveImage.of_containers`): its Config.Image from
   the engine, never a rmi of the container's name — "remove web's image" planned `docker rmi web`, "delete the
   image web runs" `docker rmi web runs`, "web 이미지 지워" `docker rmi web` with web a container and no image web.
"""
from __future__ import annotations

import pytest
from fakes import CONTAINERS, IMAGES, FakeGorae, FakeView
from test_parse_blind6 import check

from bot.front.cli import explain_json
from bot.model import RemoveImage, Unresolved
from bot.pipeline import Gorae

IMAGE_OF = [
    # the failing inputs (first), then other wordings of the kind written before the fix
    ("remove web's image", ["docker rmi nginx"]),
    ("delete web's image", ["docker rmi nginx"]),
    ("remove cache's image", ["docker rmi redis"]),
    ("nuke db's image", ["docker rmi mysql:5.7"]),
    ("force remove web's image", ["docker rmi -f nginx"]),
    ("delete the image of web", ["docker rmi nginx"]),
    ("remove the image of web", ["docker rmi nginx"]),  # (ko8 refused it: `of` read by nothing)
    ("remove the image of the cache container", ["docker rmi redis"]),
    ("remove image of container web", ["docker rmi nginx"]),  # (it planned `docker rm web`: the container)
    ("delete the image of the container cache", ["docker rmi redis"]),
    ("web의 이미지 지워", ["docker rmi nginx"]),
    ("cache의 이미지 삭제해줘", ["docker rmi redis"]),
    ("web 컨테이너의 이미지를 지워줘", ["docker rmi nginx"]),
    ("web 컨테이너 이미지 삭제", ["docker rmi nginx"]),  # (it planned `docker rm web`: the container)
    ("db 컨테이너 이미지 날려", ["docker rmi mysql:5.7"]),
    # a container that is not there: refused, never an image of that name
    ("ghost의 이미지 지워", None),
    ("remove ghost's image", None),
    # the kind said is no container's: nothing names an image
    ("backend 네트워크의 이미지 지워", None),
    ("pgdata 볼륨 이미지 지워", None),
    # said of no removal, the words read as before the construct
    ("web의 이미지 보여줘", ["docker inspect web"]),
    ("web 컨테이너 이미지 보여줘", ["docker inspect web"]),
    ("show the image of container web", ["docker inspect web"]),
    ("my-volume 컨테이너의 볼륨을 공유해서 alpine 실행", ["docker run -d --volumes-from my-volume alpine"]),
    ("cache's logs", ["docker logs cache"]),
    ("delete web's mount", None),
    # an image said by name stays the image of that name
    ("nginx 이미지 지워", ["docker rmi nginx"]),
    ("remove the busybox image", ["docker rmi busybox"]),
    ("busybox 이미지 삭제", ["docker rmi busybox"]),
    # a container's name said as the image to remove, with no image of that name: asked (its image named),
    # never a rmi of the container's name
    ("web 이미지 지워", None),
    ("delete the image web runs", None),
    ("cache 이미지 삭제해줘", None),
    ("rmi my-nginx", None),
    ("remove the image used by web", None),
]


CONTAINERS_OF_IMAGE = [
    ("nginx 이미지로 뜬 컨테이너 뭐 있어", ["docker ps --filter ancestor=nginx"]),  # fresh8
    ("nginx 이미지로 뜬 컨테이너", ["docker ps --filter ancestor=nginx"]),
    ("redis로 뜬 컨테이너 보여줘", ["docker ps --filter ancestor=redis"]),
    ("alpine 이미지로 뜬 컨테이너 목록", ["docker ps --filter ancestor=alpine"]),
    ("뜬 컨테이너 보여줘", ["docker ps"]),
    # the same kind said the ways read before (one reading each way: _by_image, _by_image_ko, _runs_image)
    ("nginx로 돌아가는 컨테이너 목록", ["docker ps --filter ancestor=nginx"]),
    ("nginx 기반 컨테이너 목록", ["docker ps --filter ancestor=nginx"]),
    ("which containers run nginx", ["docker ps --filter ancestor=nginx"]),
    ("which containers use nginx", ["docker ps --filter ancestor=nginx"]),
    ("show containers based on nginx", ["docker ps --filter ancestor=nginx"]),
    ("what containers are running redis?", ["docker ps --filter ancestor=redis"]),
    # a name said with 뜨다 and no image: never a run
    ("web 뜬 듯", ["docker inspect web"]),
    ("nginx 이미지로 뜬 컨테이너 지워", None),
]


@pytest.mark.parametrize("text, want", CONTAINERS_OF_IMAGE, ids=[t for t, _ in CONTAINERS_OF_IMAGE])
def test_containers_of_an_image(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", IMAGE_OF, ids=[t for t, _ in IMAGE_OF])
def test_image_of_a_container(text, want):
    check(text, want)


def test_image_of_names_the_container_in_the_summary():
    ex = FakeGorae().explain("remove web's image")
    assert isinstance(ex.parsed, RemoveImage) and ex.parsed.of_containers == ("web",) and ex.parsed.images == ()
    j = explain_json(ex)
    assert j["cli"] == ["docker rmi nginx"] and "web" in j["summary"] and "nginx" in j["summary"]
    assert j["destructive"] is True


@pytest.mark.parametrize("text", ["web 이미지 지워", "delete the image web runs", "cache 이미지 삭제해줘"])
def test_container_name_as_image_is_asked_with_its_image(text):
    ex = FakeGorae().explain(text)
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "plan.image_is_container"
    image = dict(ex.planned.reason.params)["image"]
    assert ex.planned.suggestions == (f"docker rmi {image}",)


def test_an_image_named_like_a_container_is_that_image():
    """Both an image `web` and a container web: "web 이미지 지워" is the image said (docker rmi web)."""
    view = FakeView(containers=CONTAINERS, images={**IMAGES, "web:latest": ()})
    j = explain_json(FakeGorae(view).explain("web 이미지 지워"))
    assert j["cli"] == ["docker rmi web"]


def test_typed_docker_rmi_runs_as_typed():
    """`docker rmi web` typed is docker's: it runs as typed (docker answers "No such image")."""
    assert explain_json(FakeGorae().explain("docker rmi web"))["cli"] == ["docker rmi web"]


def test_image_of_needs_an_engine():
    """No engine answers: the image of web is the engine's to say — never guessed, nothing planned."""
    ex = Gorae.explain(FakeGorae(), "remove web's image")  # the fake view: available
    assert explain_json(ex)["cli"] == ["docker rmi nginx"]
    from bot.engine.plan import plan
    from bot.engine.view import NullView

    assert isinstance(plan(RemoveImage((), of_containers=("web",), lang="en"), NullView()), Unresolved)
