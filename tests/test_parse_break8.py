"""Branch break8 (session 14, issue 8): the wrong writes of tests/data/wordings_break8.yaml, fixed as kinds. Each kind
holds wordings of the same kind that are not in the table (both languages where it applies), the ones that must NOT
be read as a write, and the readings the fix must leave alone. Read through `Gorae.explain` over the fake corpus world
(tests/test_wordings_fresh.py `answer`), as the tables are."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.model import NotUnderstood


def _no_write(text: str) -> None:
    """Nothing planned, and nothing proposed."""
    a = answer(text)
    assert not a.cli, (text, a.cli)
    assert not a.proposal, (text, a.proposal)


def _reason(text: str) -> str:
    res = parse(normalize(text))
    assert isinstance(res, NotUnderstood), (text, res)
    return res.reason.key


# A. a docker flag typed AFTER a word of a new container's command is the command's, as docker reads it
# (parse_natural._flags_of_the_command): "run busybox sleep 5 --name cache" planned `--name cache` on the run too;
# "run busybox echo --restart always" dropped the flag from the command and set the restart policy
@pytest.mark.parametrize("text,cli", [
    ("run alpine sleep 30 --name db", ["docker run alpine sleep 30 --name db"]),
    ("run busybox echo hello --name web", ["docker run busybox echo hello --name web"]),
    ("busybox에서 sleep 9 --name my-nginx 실행", ["docker run busybox sleep 9 --name my-nginx"]),
    ("alpine에서 echo hi --name data 돌려줘", ["docker run alpine echo hi --name data"]),
    ("run ubuntu:focal printenv --volumes-from cache", ["docker run ubuntu:focal printenv --volumes-from cache"]),
    ("busybox에서 echo --volumes-from data 실행", ["docker run busybox echo --volumes-from data"]),
])
def test_a_flag_after_the_command_is_the_commands(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", ["run alpine echo --restart always", "run busybox date --restart unless-stopped",
                                  "busybox에서 echo --restart always 실행"])
def test_a_restart_flag_after_the_command_is_never_the_runs(text):
    a = answer(text)
    assert not any("--restart" in c.split("busybox")[0].split("alpine")[0] for c in a.cli), a
    assert not a.proposal or all("--restart" not in c.split(" busybox")[0] for c in a.proposal), a


@pytest.mark.parametrize("text,cli", [
    ("run alpine --name x7 echo hi", ["docker run --name x7 alpine echo hi"]),  # before the command: the run's
    ("run nginx --name x8", ["docker run -d --name x8 nginx"]),  # no command: the run's
    ("run nginx -p 8080:80", ["docker run -d -p 8080:80 nginx"]),
    ("web에서 echo --name cache 실행", ["docker exec web echo --name cache"]),  # an exec: all of it the command's
    ("docker run busybox sleep 5 --name cache", ["docker run busybox sleep 5 --name cache"]),
])
def test_flags_before_the_command_or_typed_still_read(text, cli):
    assert list(answer(text).cli) == cli


# B. `docker` then one of docker's commands, said as the image of a run in a sentence (parse_natural
# ._docker_said_as_image): "run alpine and run docker rm web" planned `docker run --rm docker rm web`
@pytest.mark.parametrize("text", ["run alpine and run docker rm web", "run busybox, then run docker kill web",
                                  "run ubuntu:focal and run docker stop cache", "run nginx and then run docker rmi redis",
                                  "start redis and run docker restart db"])
def test_a_docker_command_said_as_an_image_is_asked(text):
    a = answer(text)
    assert not any(" docker " in f" {c.split(' ', 2)[-1]} " and c.startswith("docker run") for c in a.cli), a
    assert not any(c.startswith(("docker rm ", "docker kill", "docker stop", "docker rmi", "docker restart"))
                   for c in a.cli), a


@pytest.mark.parametrize("text,cli", [("run docker rm web", ["docker rm web"]),
                                      ("docker run docker rm web", ["docker run docker rm web"])])
def test_a_docker_command_typed_still_reads(text, cli):
    assert list(answer(text).cli) == cli


# C. an alternative asked (bot/language/alternative.py): "remove web? cache?" removed both, "cache 지움? 아님 web?"
# removed web (아님, "or", read as 아니, "no")
@pytest.mark.parametrize("text", ["stop web? data?", "kill cache? my-nginx?", "remove data? or db?",
                                  "web 꺼? 아니면 cache?", "db 지울까? 혹은 data?", "my-nginx 재시작? 또는 web?",
                                  "cache 지워? 아님 data 지워?", "restart cache? or my-nginx?"])
def test_an_alternative_asked_is_a_question(text):
    _no_write(text)
    assert _reason(text) == "parse.question"


@pytest.mark.parametrize("text,cli", [("stop web? no, cache", ["docker stop cache"]),
                                      ("web 지워? 아니 cache", ["docker rm cache"]),
                                      ("restart web and cache", ["docker restart web cache"])])
def test_a_correction_after_a_question_mark_still_reads(text, cli):
    assert list(answer(text).cli) == cli


# D. a quantity word said as a name after named/called (parse._quantity_named): "restart the container named all"
# restarted every container
@pytest.mark.parametrize("text", ["stop the container named all", "remove the container called everything",
                                  "kill the container named every", "restart the one called all",
                                  "restart the container named all please"])
def test_a_quantity_said_as_a_name_is_asked(text):
    _no_write(text)


@pytest.mark.parametrize("text,cli", [("restart the container named web", ["docker restart web"]),
                                      ("restart all containers", ["docker restart $(docker ps -q)"]),
                                      ("run nginx named edge5", ["docker run -d --name edge5 nginx"])])
def test_named_and_all_still_read(text, cli):
    assert list(answer(text).cli) == cli


# E. Korean "X 말고 VERB" (not X — which, then?) with no quantity and no other name (parse_natural._not_x_only):
# "web 말고 재시작해" restarted every other running container
@pytest.mark.parametrize("text", ["data 말고 꺼줘", "my-nginx 말고 재시작", "cache 말고 지워줘", "web이랑 db 말고 멈춰",
                                  "web 말고 죽여"])
def test_not_x_with_nothing_else_is_asked(text):
    _no_write(text)
    assert _reason(text) in ("parse.exclusion_all", "parse.need_target")


@pytest.mark.parametrize("text,cli", [
    ("data 말고 다 꺼줘", ["docker stop web my-nginx cache my-volume"]),
    ("data 빼고 꺼줘", ["docker stop web my-nginx cache my-volume"]),
    ("data 제외하고 재시작", ["docker restart web my-nginx cache my-volume"]),
    ("data 말고 web 꺼줘", ["docker stop web"]),
    ("data 말고 나머지 재시작", ["docker restart web my-nginx cache my-volume"]),
])
def test_leaving_out_with_all_or_a_name_still_reads(text, cli):
    assert sorted(" ".join(answer(text).cli).split()) == sorted(" ".join(cli).split())


# F. a Slack broadcast mention (<!here>, <!channel>, <!everyone>) speaks to the people of the channel (normalize: said as
# "everyone,"): "<!here> web 재시작할게요", "<!channel> cache 지웁니다" planned the write; a read still reads
@pytest.mark.parametrize("text", ["<!here> restart cache", "<!channel> data 지울게요", "<!everyone> kill my-nginx",
                                  "<!here|here> web 재시작합니다", "<!channel> stopping web now"])
def test_a_broadcast_is_to_the_people(text):
    _no_write(text)


@pytest.mark.parametrize("text,cli", [("<!here> cache 로그 보여줘", ["docker logs cache"]),
                                      ("<!channel> show me web logs", ["docker logs web"]),
                                      ("<@U123> restart web", ["docker restart web"])])
def test_a_broadcast_read_and_a_mention_still_read(text, cli):
    assert list(answer(text).cli) == cli


# G. time given to a container with no verb (parse_natural, lexicon time_given_en): "give web 5 seconds" planned
# `docker logs --since 5s web`
@pytest.mark.parametrize("text", ["give data 30 seconds", "give my-nginx 2 minutes", "giving cache 10 seconds"])
def test_time_given_is_no_log_window(text):
    a = answer(text)
    assert not a.cli, a


@pytest.mark.parametrize("text,cli", [("give me web logs for 5 minutes", ["docker logs --since 5m web"]),
                                      ("show web logs since 10m", ["docker logs --since 10m web"])])
def test_log_windows_still_read(text, cli):
    assert list(answer(text).cli) == cli


# H. a Korean state asked, then 그럼/그러면 before a request (parse._state_asked_then): "web 살아있어? 그럼 재시작"
# restarted web, "db 꺼져 있어? 그럼 켜줘" started db — the request hangs on the answer gorae does not know
@pytest.mark.parametrize("text", ["cache 살아있어? 그럼 꺼", "data 돌아가? 그러면 재시작해줘", "my-nginx 멈춰 있어? 그럼 지워",
                                  "db 꺼져 있나요? 그렇다면 켜 주세요", "web 켜져 있지? 그럼 재시작"])
def test_a_state_asked_then_a_request_is_asked(text):
    a = answer(text)
    assert not a.cli, a


@pytest.mark.parametrize("text,cli", [("cache 살아있어? 재시작해", ["docker restart cache"]),
                                      ("그럼 web 재시작", ["docker restart web"]),
                                      ("cache 살아있어?", ["docker inspect cache"])])
def test_a_state_asked_alone_or_an_unconditional_request_still_reads(text, cli):
    assert list(answer(text).cli) == cli


# I. "undo" takes the request back: never proposed as the request (grammar/lexicon.txt never_unread_en)
@pytest.mark.parametrize("text", ["remove web, undo", "kill cache. undo", "stop data... undo that"])
def test_undo_is_never_proposed(text):
    _no_write(text)


# J. a name left out, then "also" (parse_natural._besides): "web 말고도 cache 재시작해", "besides web, restart cache too"
# restarted cache alone, web dropped — one more, not one less: asked
@pytest.mark.parametrize("text", ["data 말고도 my-nginx 꺼줘", "cache 외에도 web 지워", "my-volume 말고도 data 재시작해 줘",
                                  "besides cache, also remove data", "besides data, restart my-nginx too"])
def test_besides_is_asked(text):
    _no_write(text)


@pytest.mark.parametrize("text,cli", [("data 말고 my-nginx 꺼줘", ["docker stop my-nginx"]),
                                      ("stop everything besides data", ["docker stop web my-nginx cache my-volume"])])
def test_not_x_but_y_and_all_besides_still_read(text, cli):
    assert sorted(" ".join(answer(text).cli).split()) == sorted(" ".join(cli).split())


# K. English, a word of doubt right before a name (parse_natural._hedged_name): "restart web and possibly cache"
# restarted cache too — asked; before a verb it is courtesy
@pytest.mark.parametrize("text", ["stop my-nginx and possibly data", "kill cache and maybe web",
                                  "remove data and probably my-volume", "restart my-nginx, perhaps cache"])
def test_a_name_in_doubt_is_asked(text):
    a = answer(text)
    assert not a.cli, a


@pytest.mark.parametrize("text,cli", [("could you possibly start db", ["docker start db"]),
                                      ("possibly restart web", ["docker restart web"])])
def test_doubt_before_a_verb_is_courtesy(text, cli):
    assert list(answer(text).cli) == cli


# L. a row of `docker ps` pasted, then a request naming ANOTHER container with no word pointing at the row
# (parse._pasted_request): "… web" then "cache 재시작" restarted web and cache — asked; "이거랑 cache", the rows' own
# names, "이거 재시작" read as before
_HEAD = "CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES\n"
_ROW = '9f8e7d6c5b4a   alpine   "sleep infinity"   3 days ago   Up 3 days      {n}\n'


@pytest.mark.parametrize("name,rest", [("data", "my-nginx 꺼줘"), ("my-volume", "restart cache"),
                                       ("cache", "web 지워"), ("data", "kill my-volume now")])
def test_a_pasted_row_then_another_name_is_asked(name, rest):
    for text in (_HEAD + _ROW.format(n=name) + rest, _ROW.format(n=name) + rest):
        a = answer(text)
        assert not any(name in c.split() for c in a.cli), (text, a)
        assert not a.cli, (text, a)


@pytest.mark.parametrize("text,cli", [(_HEAD + _ROW.format(n="data") + "이거랑 cache 재시작", ["docker restart data cache"]),
                                      (_HEAD + _ROW.format(n="data") + "이거 재시작", ["docker restart data"]),
                                      (_HEAD + _ROW.format(n="data") + _ROW.format(n="web").replace("9f", "8f")
                                       + "web 재시작", ["docker restart web"]),
                                      (_HEAD + _ROW.format(n="data") + "restart", ["docker restart data"])])
def test_a_pasted_row_pointed_at_or_named_still_reads(text, cli):
    assert list(answer(text).cli) == cli
