"""Session 13, the lead's fixes after merging: two fresh15 rows read wrong (reads, not writes) and their kinds —
what a kind of thing IS asked in Korean (parse.py `_concept_asked_ko`), and the containers of an image said with its
kind noun and (으)로 before the container noun (parse_natural.py `_by_image_ko`). Read through `Gorae.explain` over
the fake world (tests/test_wordings_fresh.py `answer`)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer


@pytest.mark.parametrize("text", ["볼륨이 뭐야?", "컨테이너가 뭐예요?", "네트워크가 뭔데", "이미지가 뭐지"])
def test_what_a_kind_is_asked_runs_nothing(text):
    a = answer(text)
    assert not a.cli and not a.proposal
    assert a.refusal == "not understood: parse.concept"


@pytest.mark.parametrize("text,cli", [("볼륨 뭐 있어?", ["docker volume ls"]), ("볼륨 뭐야", ["docker volume ls"]),
                                      ("볼륨이 뭐 있어?", ["docker volume ls"]), ("컨테이너 뭐 떠있어?", ["docker ps"])])
def test_what_there_is_still_lists(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text,cli", [
    ("nginx 이미지로 만든 컨테이너들만 보여줘", ["docker ps --filter ancestor=nginx"]),
    ("redis 이미지로 만든 컨테이너 목록", ["docker ps --filter ancestor=redis"]),
    ("httpd 이미지로 만든 컨테이너 보여줘", ["docker ps --filter ancestor=httpd"]),
    ("nginx 이미지로 띄운 컨테이너 보여줘", ["docker ps --filter ancestor=nginx"]),
    # a verb of making said as the request is still a create
    ("nginx 이미지로 web2 컨테이너 만들어줘", ["docker create --name web2 nginx"])])
def test_the_containers_of_an_image_said_with_its_noun(text, cli):
    assert list(answer(text).cli) == cli


# a mount said with nothing to mount where: asked (parse.mount_pairs), never the volume run as the new container's
# command with the mount dropped ("nginx에 pgdata 마운트해서 띄워" planned `docker run nginx pgdata`; found by w2ko)
@pytest.mark.parametrize("text", ["nginx에 pgdata 마운트해서 띄워", "httpd에 db 마운트해서 실행해줘", "redis에 pgdata 마운트하고 띄워"])
def test_a_mount_with_no_place_is_asked(text):
    a = answer(text)
    assert not a.cli and not a.proposal and a.refusal is not None


@pytest.mark.parametrize("text,cli", [
    ("run nginx mounting /opt/html to /usr/share/nginx/html", ["docker run -d -v /opt/html:/usr/share/nginx/html nginx"]),
    ("spin up nginx mounting pgdata at /data", ["docker run -d -v pgdata:/data nginx"])])
def test_a_mount_with_its_place_still_runs(text, cli):
    assert list(answer(text).cli) == cli
