"""Kinds fixed by the lead in session 20 (issue 8), found by session 19's break run and by probing the kinds around
it, each with unseen wordings of the same kind and the neighbours that must stay as they are. Read through the path
of the tables (tests/test_wordings_fresh.py `answer`: `Gorae.explain` over the fake corpus world: web, my-nginx,
cache, my-volume and data running, db created).

  * a state said right before a named container of a lifecycle verb is checked against the engine ("restart the
    stopped cache" restarted a running cache, not a word said): another state is said in the reply (plan.not_in_state)
    and the verb acts, as the tables say ("web이랑 죽은 cache 재시작": a dead cache is often a hung one); a removal
    keeps its state unchecked (docker refuses to remove a running container; its tables say `docker rm`).
  * the unneeded ones (unneeded, unnecessary, useless, 필요 없는, 불필요한) are the unused ones: "remove unneeded
    images" planned `docker rmi unneeded`.
  * a name said as where gorae runs ("are you running inside web?") read web: gorae asked of, nothing read.
  * a removal of a name that is no container but an image ("alpine 지워줘"): the image removal asked back, never run
    on a guess and never refused without it.
  * an English write read from a question word and do-support or a modal said first ("what does web run?" planned
    `docker start web`, "who can restart web?" restarted it): a question, nothing runs.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import _GORAE, answer, is_write

from bot.model import Plan


def _plans(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


def _refused(text: str, key: str) -> None:
    ans = answer(text)
    assert not ans.cli and ans.refusal is not None and key in ans.refusal, (text, ans)


@pytest.mark.parametrize("text,name", [
    ("restart the stopped cache", "cache"), ("start the stopped web", "web"), ("resume the paused web", "web"),
    ("unpause the paused data", "data"), ("멈춰 있는 data 켜줘", "data"), ("죽어있는 cache 살려줘", "cache"),
    ("꺼져 있는 web 다시 켜", "web"), ("정지된 my-nginx 시작해줘", "my-nginx"), ("stop the stopped data", "data"),
    ("일시정지된 cache 재개", "cache"),
])
def test_a_state_said_of_a_name_that_is_not_its_state_is_said_in_the_reply(text: str, name: str) -> None:
    ex = _GORAE.explain(text)
    assert isinstance(ex.planned, Plan), (text, ex.planned)
    told = [n for n in ex.planned.notes if n.key == "plan.not_in_state"]
    assert [dict(n.params)["name"] for n in told] == [name], (text, ex.planned.notes)


@pytest.mark.parametrize("text", ["start the stopped db", "restart the running web", "i want web stopped",
                                  "stop all running containers"])
def test_a_state_that_is_the_names_state_or_no_description_says_nothing(text: str) -> None:
    ex = _GORAE.explain(text)
    assert isinstance(ex.planned, Plan), (text, ex.planned)
    assert not [n for n in ex.planned.notes if n.key == "plan.not_in_state"], (text, ex.planned.notes)


@pytest.mark.parametrize("text,want", [
    ("start the stopped db", ["docker start db"]),
    ("죽어있는 db 살려줘", ["docker start db"]),
    ("돌아가고 있는 web 재시작", ["docker restart web"]),
    ("restart the running web", ["docker restart web"]),
    ("stop the running cache", ["docker stop cache"]),
    ("실행 중인 cache 꺼줘", ["docker stop cache"]),
    # said elsewhere it is what is wanted, never a description
    ("i want web stopped", ["docker stop web"]),
    ("start db that is stopped", ["docker start db"]),
    # a removal: unchecked (docker refuses a running one), as its tables say
    ("remove the exited web", ["docker rm web"]),
    ("꺼져 있는 db 지워줘", ["docker rm db"]),
])
def test_a_state_said_that_is_the_names_state_acts(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text,want", [
    ("remove unneeded images", ["docker image prune"]),
    ("delete unnecessary volumes", ["docker volume prune"]),
    ("clean up useless networks", ["docker network prune"]),
    ("필요 없는 이미지 지워줘", ["docker image prune"]),
    ("불필요한 볼륨 정리해", ["docker volume prune"]),
    ("필요없는 네트워크 정리해줘", ["docker network prune"]),
])
def test_the_unneeded_ones_are_the_unused_ones(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", ["web 재시작 필요 없어", "restart web, unneeded"])
def test_not_needed_said_of_a_request_is_no_request(text: str) -> None:
    assert not is_write(answer(text).cli), text


@pytest.mark.parametrize("text", [
    "are you running inside web?", "are you running in cache?", "r u running inside data",
    "are you running in a container?",
])
def test_gorae_asked_where_it_runs_reads_nothing(text: str) -> None:
    _refused(text, "parse.about_me")


@pytest.mark.parametrize("text,want", [
    ("is web running?", ["docker inspect web"]),
    ("are you able to restart web?", ["docker restart web"]),
])
def test_a_name_asked_of_or_gorae_asked_to_act_stays(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text,image", [
    ("alpine 지워줘", "alpine"), ("delete alpine", "alpine"), ("remove busybox", "busybox"),
    ("alpine 지워줘 이제 필요 없어서", "alpine"), ("nginx 지워", "nginx"), ("redis 삭제해줘", "redis"),
])
def test_a_removal_of_an_image_name_asks_back_the_image_removal(text: str, image: str) -> None:
    ans = answer(text)
    assert not ans.cli and ans.refusal and "parse.image_meant" in ans.refusal, (text, ans)
    assert list(ans.proposal) == [f"docker rmi {image}"], (text, ans)


@pytest.mark.parametrize("text", [
    "alpine 컨테이너 지워", "delete container alpine", "docker rm alpine", "rm -f alpine", "remove -v alpine",
    "remove flibber",
])
def test_a_container_said_typed_or_unknown_is_no_image_removal(text: str) -> None:
    ans = answer(text)
    assert not ans.cli and not ans.proposal, (text, ans)


def test_a_container_of_the_name_stays_a_container_removal() -> None:
    _plans("web 지워", ["docker rm web"])
    _plans("remove the alpine container", ["docker rm data"])  # the container that runs alpine


@pytest.mark.parametrize("text", [
    "what does web run?", "what does cache run", "what did web run", "what does cache restart",
    "which containers does web stop", "who can restart web?", "what would stop web", "ok what does web run",
    "how can i restart web", "why would you remove db", "who should stop cache?", "what will restart web",
    "how do i restart web?", "which one did you kill",
])
def test_a_write_asked_of_with_a_question_word_runs_nothing(text: str) -> None:
    assert not is_write(answer(text).cli), (text, answer(text))
    assert not answer(text).proposal or not is_write(list(answer(text).proposal)), text


@pytest.mark.parametrize("text,want", [
    ("what is web running", ["docker inspect web"]),
    ("what image is web running?", ["docker inspect web"]),
    ("when does web restart", ["docker inspect web"]),
    ("where can i see web logs", ["docker logs web"]),
    ("which image does cache use", ["docker inspect cache"]),
    ("restart web", ["docker restart web"]),
    ("can you restart web", ["docker restart web"]),
])
def test_a_read_asked_with_a_question_word_or_a_plain_request_stays(text: str, want: list[str]) -> None:
    _plans(text, want)


# ------------------------------------------------------------------ Korean kinds of fresh18

@pytest.mark.parametrize("text,want", [
    # still (아직), said of a state asked: a word of the state, never one of its own
    ("my-nginx 아직 떠있지?", ["docker inspect my-nginx"]),
    ("my-nginx 아직 켜져있어?", ["docker inspect my-nginx"]),
    ("web 아직 멈춰있어?", ["docker inspect web"]),
    ("cache 아직 안 꺼졌지?", ["docker inspect cache"]),
    ("web 아직도 안 떴어?", ["docker inspect web"]),
    ("pgdata 볼륨 아직 있지?", ["docker volume inspect pgdata"]),
    # left (남아 있다), said of what is there
    ("busybox 이미지 아직 남아있어?", ["docker images busybox"]),
    ("pgdata 볼륨 남아 있나?", ["docker volume inspect pgdata"]),
    # about (에 대한/대해), what is asked of
    ("pgdata 볼륨에 대한 정보를 보여 주십시오.", ["docker volume inspect pgdata"]),
    ("backend 네트워크에 대한 자세한 정보를 알려 주십시오.", ["docker network inspect backend"]),
    ("web에 대해서 자세히 알려줘", ["docker inspect web"]),
    ("nginx 이미지에 대한 정보", ["docker image inspect nginx"]),
    # new said with 새롭다
    ("새로운 네트워크 frontend를 만들어 주십시오.", ["docker network create frontend"]),
    ("새로운 컨테이너 nginx로 띄워줘", ["docker run -d nginx"]),
    # the very end, since with 이후, until with 것
    ("data 로그 맨 끝 5줄", ["docker logs --tail 5 data"]),
    ("cache 로그 맨 마지막 10줄", ["docker logs --tail 10 cache"]),
    ("my-volume 로그 10분 전 이후로", ["docker logs --since 10m my-volume"]),
    ("cache 로그 1시간 전 이후부터", ["docker logs --since 1h cache"]),
    ("web 로그 40분 전 것까지만", ["docker logs --until 40m web"]),
    ("cache 로그 1시간 전 거까지", ["docker logs --until 1h cache"]),
    # what does not come about, told in the chat nominal -ㅁ: a complaint
    ("db 안켜짐", ["docker inspect db", "docker logs --tail 20 db"]),
    ("web 안 켜짐", ["docker inspect web", "docker logs --tail 20 web"]),
    # neighbours that stay
    ("web 아직 재시작하지 마", []),
    ("멈춰진 컨테이너 다 지워", ["docker container prune"]),
    ("한번도 안 켜진 컨테이너 보여줘", ["docker ps -a --filter status=created"]),
    ("web 500 에러 남", ["docker inspect web", "docker logs --tail 20 web"]),
])
def test_a_korean_kind_of_fresh18(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    # 아직 beside a write tells a state ("still off?"), never an order
    "web 아직 꺼", "db 아직 켜", "web 아직 지워", "cache 아직 재시작해줘",
    # the passive -어지 is never dropped before the nominal -ㅁ or the future -ㄹ: it came about, or will
    "web 켜짐?", "web 켜짐", "cache 지워짐?", "cache 지워짐", "cache 지워질 거야", "web 켜질 거예요",
    "cache 지워질 겁니다", "web 켜질 때까지 기다려",
    # … nor before the guess -겠- ("web 지워지겠지", "cache 꺼지겠네"); a kill's state left ("web 죽여져 있음")
    "web 지워지겠지", "cache 꺼지겠네", "web 켜지겠지", "cache 날려지겠네", "web 죽여져 있음", "cache 죽여져있음?",
])
def test_a_state_told_of_a_korean_verb_is_no_write(text: str) -> None:
    assert not is_write(answer(text).cli), (text, answer(text))


@pytest.mark.parametrize("text,want", [
    # docker's word for the dangling ones said before the Korean kind noun (read as a name of it)
    ("dangling 이미지 정리", ["docker image prune"]),
    ("untagged 이미지 지워", ["docker image prune"]),
    ("dangling 이미지 다 삭제해줘", ["docker image prune"]),
    ("nginx 이미지 지워", ["docker rmi nginx"]),
    # the word docker said of a kind after a verb of showing or a quantity names nothing
    ("show docker images", ["docker images"]),
    ("list docker networks pls", ["docker network ls"]),
    ("list docker containers", ["docker ps"]),
    ("show the docker volumes", ["docker volume ls"]),
    ("모든 docker 컨테이너 보여줘", ["docker ps -a"]),
    ("please run docker images", ["docker images"]),
    ("docker images 보여줘", ["docker images"]),
])
def test_docker_said_as_a_word_of_a_kind(text: str, want: list[str]) -> None:
    _plans(text, want)


# ------------------------------------------------------------------ the session's break run (helper, 950 sentences)

@pytest.mark.parametrize("text", [
    # a rename's two bare names only right after the bare verb, nothing after them
    "would renaming web break anything?", "could renaming cache break anything?", "renaming web failed",
    "the rename of web failed", "the rename of web worked", "would renaming web affect anything?",
    # what gorae would do, or does, asked
    "what would you do to remove cache?", "what could you do to stop cache?", "what will you do to stop cache",
    "do you remove web?", "do you ever prune images?", "do you have to remove web?", "do you need to stop cache first?",
    "do you want me to restart web?", "do you rename web to web2?",
    # a Korean write then -어 있다: the state it left
    "web 꺼 있네", "web 삭제해 있음", "cache 정지해 있음", "web 재시작해 있어?", "web 시작해 있음",
    # -시키다 in the chat nominal: told
    "web 삭제시킴", "cache 중지시킴",
])
def test_what_the_break_run_found_runs_nothing(text: str) -> None:
    ans = answer(text)
    assert not is_write(ans.cli), (text, ans)
    assert not ans.proposal or not is_write(list(ans.proposal)), (text, ans)


@pytest.mark.parametrize("text,want", [
    ("rename data data-old", ["docker rename data data-old"]),
    ("please rename data data-old", ["docker rename data data-old"]),
    ("rename my-nginx to proxy", ["docker rename my-nginx proxy"]),
    ("what can you do restart web", ["docker restart web"]),
    ("do you mind restarting web?", ["docker restart web"]),
    ("혹시 가능하시면 data 재시작 좀 해주실 수 있을까요?", ["docker restart data"]),
    ("켜 있는 컨테이너 다 꺼", ["docker stop $(docker ps -q)"]),
    ("web 켜져 있나?", ["docker inspect web"]),
    # whether a write is possible asked in the noun form is the request asked politely (its tables say so)
    ("web 재시작 가능?", ["docker restart web"]),
    ("떠있는 거 다 재시작", ["docker restart $(docker ps -q)"]),
    ("web 떠 있어도 삭제", ["docker rm -f web"]),
])
def test_the_neighbours_of_the_break_run_kinds_stay(text: str, want: list[str]) -> None:
    _plans(text, want)
