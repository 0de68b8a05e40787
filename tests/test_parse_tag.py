"""`docker tag` (branch tag; tests/data/wordings_fresh12.yaml and wordings_ko12.yaml held ~16 rows of it, refused as
no command of gorae's): typed (`docker tag SOURCE[:TAG] TARGET[:TAG]`, `docker image tag …`), Korean by morphemes
(태그 달다 / 붙이다 / 걸다, 태그하다 and 태깅 with any ending, the roles by particle: 에 the image the tag goes on,
(으)로 the new name) and English (tag / retag X as Y, X with Y, X Y). Each table row first, then wordings of the same
kind the tables do not hold, read through Gorae.explain over the fake corpus world (tests/fakes.py). `None`: nothing
runs and no write is proposed; `ASKED`: nothing runs, the write is proposed (yes/no).

The plan: the source must be on the engine (a missing one is the planner's no_such_image, never a pull); both
images are the plan's targets (the policy's subjects: tests/test_policy_tag.py); a tag moved off another image is
asked first. The executor: tests/test_execute_tag.py (a fake client) and tests/test_e2e_tag.py (the real engine).
"""
from __future__ import annotations

import pytest
from fakes import FakeView
from test_parse_blind6 import check
from test_wordings_fresh import answer

from bot.engine.plan import plan
from bot.language.parse import parse
from bot.model import NotUnderstood, Plan, Tag, Target, Unresolved, VerbClass

ASKED = "asked"

KINDS = [
    # A. typed docker CLI, as docker reads it (grammar/docker_cli.lark `tag`, bot/language/parse_cli.py `_tag`)
    ("docker tag redis redis:v19", ["docker tag redis redis:v19"]),  # fresh12
    ("docker image tag nginx 127.0.0.1:5000/nginx:v2", ["docker tag nginx 127.0.0.1:5000/nginx:v2"]),
    ("tag alpine alpine:base", ["docker tag alpine alpine:base"]),  # fresh12: typed without `docker`
    ("Docker Tag busybox busybox:phone", ["docker tag busybox busybox:phone"]),  # a phone's capitals
    ("docker tag mysql:5.7 mysql:backup", ["docker tag mysql:5.7 mysql:backup"]),
    ("docker tag nginx myapp", ["docker tag nginx myapp"]),  # typed: as typed (docker's myapp:latest)
    ("docker tag redis", None),  # one argument
    ("docker tag redis redis:a redis:b", None),  # three
    ("docker tag nginx nginx@sha256:" + "a" * 64, None),  # docker refuses a tag with a digest
    ("docker tag nginx Nginx:v1", None),  # the repository in capitals: docker's invalid reference
    ("tag nginx as MyApp:prod", None),  # said in words too: never sent for docker to refuse
    ("nginx에 nginx:-x 태그 달아줘", None),  # a tag docker refuses
    # B. Korean: the tag hung on the image (달다 / 붙이다 / 걸다) with 에, the new name with (으)로, or the two in order
    ("nginx 이미지에 nginx:prod 태그 달아줘", ["docker tag nginx nginx:prod"]),  # fresh12
    ("redis 이미지를 redis:backup으로 태그해줘", ["docker tag redis redis:backup"]),  # fresh12
    ("alpine을 alpine:v24로 태그", ["docker tag alpine alpine:v24"]),  # fresh12
    ("nginx 태그 nginx:v12로", ["docker tag nginx nginx:v12"]),  # fresh12
    ("busybox 태그 busybox:v20", ["docker tag busybox busybox:v20"]),  # fresh12
    ("nginx 이미지에 127.0.0.1:5000/nginx:v2 태그 달아줘", ["docker tag nginx 127.0.0.1:5000/nginx:v2"]),  # ko12
    ("alpine을 127.0.0.1:5000/alpine:edge로 태그해 주셈", ["docker tag alpine 127.0.0.1:5000/alpine:edge"]),  # ko12
    # … unseen wordings of the kind: other verbs of hanging a tag, other endings and politeness, the order swapped
    ("nginx에 nginx:edge 태그 붙여 주세요", ["docker tag nginx nginx:edge"]),  # 붙이다: never a network connect
    ("httpd 이미지에 httpd:blue 태그 걸어줘", ["docker tag httpd httpd:blue"]),
    ("redis:v3으로 redis 태깅 부탁", ["docker tag redis redis:v3"]),
    ("busybox를 busybox:old로 태그해 주실래요", ["docker tag busybox busybox:old"]),
    ("mysql:5.7 이미지에 mysql:backup 태그 달아 놔", ["docker tag mysql:5.7 mysql:backup"]),
    ("ubuntu:focal에 ubuntu:lts 태그 좀 달아주삼", ["docker tag ubuntu:focal ubuntu:lts"]),  # a filler between
    ("nginx:prod 태그를 nginx에 달아줘", ["docker tag nginx nginx:prod"]),  # the new name first, as the object
    ("httpd:v1을 httpd에 달아 줘", ["docker tag httpd httpd:v1"]),  # 달다 alone: hung on httpd
    ("postgres:16 이미지를 127.0.0.1:5000/postgres:16으로 태그하고 싶어요", ["docker tag postgres:16 127.0.0.1:5000/postgres:16"]),
    # C. English: tag / retag X as Y, X with Y, X Y
    ("tag redis as redis:v14", ["docker tag redis redis:v14"]),  # fresh12
    ("tag nginx as nginx:stable", ["docker tag nginx nginx:stable"]),  # fresh12
    ("tag busybox as busybox:v26", ["docker tag busybox busybox:v26"]),  # fresh12
    ("retag redis as redis:old", ["docker tag redis redis:old"]),
    ("tag alpine with alpine:x", ["docker tag alpine alpine:x"]),
    ("please tag httpd as httpd:canary", ["docker tag httpd httpd:canary"]),
    ("can you tag postgres:16 as postgres:stable", ["docker tag postgres:16 postgres:stable"]),
    ("tag the nginx image as 127.0.0.1:5000/nginx:1", ["docker tag nginx 127.0.0.1:5000/nginx:1"]),
    ("give nginx the tag nginx:prod", ["docker tag nginx nginx:prod"]),  # the noun: give X the tag Y
    ("put the tag nginx:prod on nginx", ["docker tag nginx nginx:prod"]),
    ("add the tag redis:blue to redis", ["docker tag redis redis:blue"]),
    ("tag httpd:v1 onto httpd", ["docker tag httpd httpd:v1"]),  # the image the tag goes on said with onto
    ("label nginx as nginx:prod", None),  # a label is no docker tag: never read as one
    ("tag the web container as web:v1", None),  # a container is no image to tag
    ("nginx를 edge 컨테이너로 태그해줘", None),  # … nor a name an image gets
    # D. refused: no new name, no image, two sources or two new names — never a guess
    ("nginx 태그 달아줘", None),
    ("tag nginx", None),
    ("태그 달아줘", None),
    ("nginx redis 태그 nginx:x", None),
    ("tag nginx as nginx:a and nginx:b", None),
    ("nginx랑 redis에 x:1 태그 달아줘", None),
    ("web 다시 달아줘", None),  # 달다 of one name: what tag?
    ("web에 redis 달아줘", None),  # web is a container: asked with its image, never tagged
    # E. a new name without a tag or a path: a tag of the image, or an image of that name? asked (the tag proposed)
    ("nginx에 v2 태그 달아줘", ASKED),
    ("tag redis as stable", ASKED),
    # F. not requested: a negation, told done, asked whether
    ("nginx 이미지에 nginx:prod 태그 달지 마", None),
    ("redis를 redis:backup으로 태그하지 마세요", None),
    ("don't tag nginx as nginx:prod", None),
    ("nginx에 nginx:prod 태그 달았어", None),
    ("nginx에 nginx:prod 태그 달까?", None),
    # H. a tag taken off: docker rmi of that reference (grammar/lexicon.txt `rmi_words`: an image, never a container);
    # one verb said twice before its one name is one command (`_sequence`), never a step with nothing to act on
    ("untag and remove ubuntu:focal", ["docker rmi ubuntu:focal"]),  # fresh12
    ("untag nginx:1.25", ["docker rmi nginx:1.25"]),
    ("untag the redis image", ["docker rmi redis"]),
    ("remove and untag ubuntu:focal", ["docker rmi ubuntu:focal"]),
    ("untag and delete the busybox image", ["docker rmi busybox"]),
    ("untag web", None),  # web is a container: its image asked, never removed by a guess
    ("delete and remove web", ["docker rm web"]),  # the same verb twice, one name: one removal
    # G. the tag asked about of one name stays a property (its details), as before the verb (`_tag_asked`)
    ("data 이미지 태그 뭐야", ["docker inspect data"]),
    ("web 태그 보여줘", ["docker inspect web"]),
    ("web 이미지 태그가 뭐야?", ["docker inspect web"]),
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_tag_wording(text, want):
    if want == ASKED:
        ans = answer(text)
        assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
        assert ans.proposal and ans.proposal[0].startswith("docker tag "), f"{text!r}: {ans}"
        return
    check(text, want)


def test_a_bare_new_name_proposes_the_tag_of_that_image():
    assert answer("nginx에 v2 태그 달아줘").proposal == ("docker tag nginx nginx:v2",)
    assert answer("tag mysql:5.7 as old").proposal == ("docker tag mysql:5.7 mysql:old",)


def test_the_command_reads_source_and_new_name():
    cmd = parse("redis 이미지를 redis:backup으로 태그해줘")
    assert cmd == Tag("redis", "redis:backup", lang="ko")
    assert parse("docker tag redis redis:v19") == Tag("redis", "redis:v19", lang="cli")
    assert isinstance(parse("docker tag redis"), NotUnderstood)


# --------------------------------------------------------------------------- plan


def planned(text: str, view: FakeView | None = None) -> Plan | Unresolved:
    cmd = parse(text)
    assert not isinstance(cmd, NotUnderstood), cmd
    return plan(cmd, view or FakeView())


def test_the_plan_is_one_tag_call_both_images_its_targets():
    p = planned("tag nginx as nginx:prod")
    assert isinstance(p, Plan)
    assert p.cli == ("docker tag nginx nginx:prod",) and p.verb == "tag" and p.verb_class is VerbClass.DEPLOY
    assert p.writes and not p.destructive
    assert [(c.op, c.target, c.kw()) for c in p.calls] == [
        ("image.tag", "nginx", {"repository": "nginx", "tag": "prod"})]
    assert p.targets[0] == Target("image", "nginx", "sha256:nginx:latest")
    assert p.targets[-1] == Target("image", "nginx:prod", None)  # the new reference: a subject of the policy too


def test_a_new_name_without_a_tag_is_latest_as_docker_reads_it():
    p = planned("docker tag alpine 127.0.0.1:5000/alpine")
    assert isinstance(p, Plan)
    assert p.calls[0].kw() == {"repository": "127.0.0.1:5000/alpine", "tag": "latest"}


@pytest.mark.parametrize("text", ["docker tag ghost ghost:v1", "ghost 이미지에 ghost:v1 태그 달아줘",
                                  "tag ghost as ghost:v1"])
def test_a_missing_source_is_no_such_image_never_a_pull(text):
    p = planned(text)
    assert isinstance(p, Unresolved) and p.reason.key == "plan.no_such_image", p


def test_a_missing_tag_of_an_image_here_suggests_the_tag_there_is():
    p = planned("mysql 이미지에 mysql:backup 태그 달아줘")  # here only mysql:5.7: never a pull of mysql:latest
    assert isinstance(p, Unresolved) and p.reason.key == "plan.no_such_image"
    assert p.suggestions[0] == "docker tag mysql:5.7 mysql:backup"


def test_a_container_said_as_the_source_is_answered_with_its_image():
    p = planned("web 이미지에 web:v2 태그 달아줘")
    assert isinstance(p, Unresolved) and p.reason.key == "plan.tag_of_container"
    assert p.suggestions == ("docker tag nginx web:v2",)
    typed = planned("docker tag web web:v2")  # typed: docker's own answer, no such image
    assert isinstance(typed, Unresolved) and typed.reason.key == "plan.no_such_image"


def test_an_image_said_by_its_last_name_is_the_one_image_of_that_name():
    p = planned("tag hello-world as 127.0.0.1:5000/hello:v1")
    assert isinstance(p, Plan) and p.cli == ("docker tag fastcampus/hello-world 127.0.0.1:5000/hello:v1",)


def test_a_tag_moved_off_another_image_is_asked_first_and_said():
    p = planned("docker tag nginx redis")  # redis:latest is another image here: it loses that name
    assert isinstance(p, Plan) and p.destructive
    assert [n.key for n in p.notes] == ["plan.tag_moves"]
    assert Target("image", "redis", "sha256:redis:latest") in p.targets
    same = planned("docker tag nginx nginx:latest")  # the name it has already: nothing moves
    assert isinstance(same, Plan) and not same.destructive and not same.notes
