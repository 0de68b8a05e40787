"""Kinds of wrong write found on main by the review of session 9 (issue 8: never a wrong action), branch
`wrong10`, each held with the review's sentence and wordings of the same kind written before the fix.

Every case goes through `Gorae.explain` over the fake corpus world (tests/fakes.py: web/my-nginx run nginx,
cache runs redis, data runs alpine, db of mysql:5.7 is created, never started; volumes db and pgdata), as
`gorae explain --json` does. End to end on the real engine: tests/test_e2e_wrong10.py.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer


def _no_write(text: str) -> None:
    ans = answer(text)
    assert not ans.cli or all(c.split()[1] in ("inspect", "logs", "ps", "images", "volume") and
                              c.split()[1:3] != ["volume", "rm"] for c in ans.cli), f"{text!r} planned {list(ans.cli)}"


# 1. a possessive: "X's data / files / contents" is what X holds, not X and a container named data; "X's volume"
# is the volume X mounts, not the volume named X
POSSESSIVE = [
    "delete db's data", "wipe cache's files", "remove web's contents", "erase db's data please",
    "delete the data of db", "remove db's volume", "delete cache's volumes", "db의 볼륨 삭제", "db 컨테이너의 볼륨 지워",
    "remove the volume of db", "drop my-volume's volumes",
]


@pytest.mark.parametrize("text", POSSESSIVE)
def test_a_possessive_is_never_a_second_name_or_the_volume_of_that_name(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not any(c in ("docker rm db data", "docker volume rm db", "docker volume rm cache") for c in ans.proposal), ans


# 2. an unknown word before a known noun is never a second name for a write
ADJECTIVE = [
    "remove the old nginx image", "delete the stale redis image", "rmi the broken httpd image",
    "remove the outdated busybox and alpine images", "pull the fresh nginx image", "오래된 nginx 이미지 지워",
    "remove the old web container", "stop the broken cache container",
]


@pytest.mark.parametrize("text", ADJECTIVE)
def test_an_unknown_adjective_is_never_a_name(text):
    ans = answer(text)
    words = {"old", "stale", "broken", "outdated", "fresh", "오래된"}
    for c in ans.cli + ans.proposal:
        assert not words & set(c.split()), f"{text!r} planned {c!r}"


@pytest.mark.parametrize("text, cli", [
    ("remove the nginx image", ["docker rmi nginx"]),
    ("remove the busybox and httpd images", ["docker rmi busybox httpd"]),
])
def test_images_all_known_still_removed(text, cli):
    assert list(answer(text).cli) == cli


# 3. "X 이름 달아서 Y 띄워": the name X; Y the image — with Y no image here and X an image here, the words may be
# swapped: asked, never a run of an image named like the container meant
SWAPPED = [
    "nginx 이름 달아서 web2 띄워", "run web2 named nginx", "run web2 and name it nginx", "redis 이름으로 q7 띄워줘",
    "start q7 with the name redis", "httpd라는 이름으로 edge9 실행",
]


@pytest.mark.parametrize("text", SWAPPED)
def test_a_name_that_is_an_image_and_an_image_that_is_not(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"


@pytest.mark.parametrize("text, cli", [
    ("web2 이름 달아서 nginx 띄워", ["docker run -d --name web2 nginx"]),
    ("run nginx named web2", ["docker run -d --name web2 nginx"]),
])
def test_the_name_and_image_the_right_way_round(text, cli):
    assert list(answer(text).cli) == cli


# 4. after the image, words are the command's, as docker reads `docker run IMAGE CMD ARGS`
@pytest.mark.parametrize("text, cli", [
    ("run alpine echo -p 80", ["docker run alpine echo -p 80"]),
    ("run busybox echo -p 8080", ["docker run busybox echo -p 8080"]),
    ("run alpine echo --name x", ["docker run alpine echo --name x"]),
    ("run alpine ls -l /tmp", ["docker run alpine ls -l /tmp"]),
    ("run nginx -p 8080:80", ["docker run -d -p 8080:80 nginx"]),
])
def test_words_after_the_command_are_its_arguments(text, cli):
    ans = answer(text)
    assert list(ans.cli) in (cli, []), f"{text!r} planned {list(ans.cli)}"
    assert "-p 80:80" not in " ".join(ans.cli) and "-p 8080:8080" not in " ".join(ans.cli)


# 5. an update of an image pulls the tag that is here (mysql:5.7), never latest by default
@pytest.mark.parametrize("text, cli", [
    ("update the mysql image", ["docker pull mysql:5.7"]),
    ("mysql 이미지 업데이트", ["docker pull mysql:5.7"]),
    ("upgrade the ubuntu image", ["docker pull ubuntu:focal"]),
    ("ubuntu 이미지 최신으로 갱신해줘", ["docker pull ubuntu:focal"]),
    ("update the redis image", ["docker pull redis"]),
    ("nginx 이미지 업데이트", ["docker pull nginx"]),
])
def test_an_update_pulls_the_tag_here(text, cli):
    ans = answer(text)
    assert list(ans.cli) in (cli, []), f"{text!r} planned {list(ans.cli)}"
    assert list(ans.cli) == cli or "ubuntu" in text, ans


# 6. "exited" as a prune: the development corpus (design's own table) reads "nuke every exited container" as
# `docker container prune` (which removes created containers too, as docker's prune does) — kept (the lead,
# session 9: wrong10's by-name reading reverted)
EXITED = [
    "remove the exited ones", "delete all exited containers", "purge exited containers",
]


@pytest.mark.parametrize("text", EXITED)
def test_exited_is_the_prune_of_the_development_corpus(text):
    ans = answer(text)
    assert list(ans.cli) in (["docker container prune"], []), f"{text!r} planned {list(ans.cli)}"


@pytest.mark.parametrize("text, cli", [
    ("remove stopped containers", ["docker container prune"]),
    ("정지된 컨테이너 전부 지워줘", ["docker container prune"]),
])
def test_stopped_is_still_a_prune(text, cli):
    assert list(answer(text).cli) == cli


# 7. "IMAGE에서 CMD" while a container here runs that image: asked which, never a new container of the image
@pytest.mark.parametrize("text", [
    "redis에서 redis-cli flushall", "nginx에서 nginx -s reload",
])  # said with no verb; with one ("redis에서 redis-cli ping 실행해") it is the run the earlier tables read (the lead,
# session 9); English "run CMD in IMAGE" is the documented run in a new container: design §2, unchanged
def test_a_command_in_an_image_a_container_runs_is_asked(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"


def test_a_command_in_an_image_no_container_runs_is_a_run():
    assert list(answer("busybox에서 echo hi").cli) == ["docker run busybox echo hi"]


# 8. a passive or inchoative (-어지다, 되다 after a verb noun) is a report, never the write
PASSIVE = [
    "web 지워져", "cache 지워져", "web 삭제돼", "db 삭제되네", "my-nginx 꺼져", "web 꺼져 있네", "cache 멈춰져",
    "web 재시작돼", "web 날려져", "cache 지워지네",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_a_passive_is_a_report(text):
    ans = answer(text)
    for c in ans.cli + ans.proposal:
        assert c.split()[1] in ("inspect", "logs", "ps"), f"{text!r} planned {c!r}"


# 9. a name prefix never completes to a container for a write (docker does not)
@pytest.mark.parametrize("text", ["rm my-n", "restart my-n", "stop ca", "docker rm my-n", "kill ca", "my-n 지워"])
def test_a_prefix_never_names_a_container_for_a_write(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"


@pytest.mark.parametrize("text, cli", [("logs of my-n", ["docker logs my-nginx"]), ("inspect my-n", ["docker inspect my-nginx"])])
def test_a_unique_prefix_still_names_it_for_a_read(text, cli):
    assert list(answer(text).cli) == cli


# 10. a memory limit said as ram
@pytest.mark.parametrize("text, cli", [
    ("run redis with 1g ram", ["docker run -d --memory 1g redis"]),
    ("run redis with 256mb ram", ["docker run -d --memory 256mb redis"]),
    ("run redis with 1g of ram", ["docker run -d --memory 1g redis"]),
    ("run nginx with 2g of memory", ["docker run -d --memory 2g nginx"]),
])
def test_ram_is_a_memory_limit(text, cli):
    assert list(answer(text).cli) == cli
