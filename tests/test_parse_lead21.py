"""Kinds fixed by the lead in session 21 (issue 8), from the misses of the held-out tables (fresh16-18: a PM's and a
manager's phrasing), each with unseen wordings of the same kind and the neighbours that must stay as they are. Read
through the path of the tables (tests/test_wordings_fresh.py `answer`: `Gorae.explain` over the fake corpus world:
web, my-nginx, cache, my-volume and data running, db created).

  * knowing asked as an ability ("web 상태 알 수 있을까요", "web 켜져 있는지 알 수 있나요"): the read, as 알려줘 is.
  * when something happened, asked to be shown or known ("web 언제 켜졌는지 알려줘", "web 몇 시에 켜졌는지 알 수
    있나요"): its details; a second verb said after the question is a request of its own, never dropped ("when did web
    start, restart it" read only the inspect).
  * a container said loosely as the thing or the box it is ("the cache thing, can you turn it off and back on?",
    "restart the web box"); "this box" stays the host ("what images are on this box").
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer, is_write


def _plans(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("web 상태 알 수 있을까요", ["docker inspect web"]),
    ("web 켜져 있는지 알 수 있나요", ["docker inspect web"]),
    ("cache 로그 알 수 있어?", ["docker logs cache"]),
    ("my-nginx 상태 좀 알 수 있을까요?", ["docker inspect my-nginx"]),
    ("web 컨테이너 몇 시에 켜졌는지 알 수 있나요", ["docker inspect web"]),
    ("web 언제 켜졌는지 알려줘", ["docker inspect web"]),
    ("web 언제 켜졌는지 알고 싶어요", ["docker inspect web"]),
    ("cache 언제 재시작했는지 보여줘", ["docker inspect cache"]),
    ("db 언제 만들어졌는지 알려주세요", ["docker inspect db"]),
    ("when was db created?", ["docker inspect db"]),
    ("cache 언제부터 떠 있었어", ["docker inspect cache"]),
])
def test_knowing_asked_and_when_it_happened_are_reads(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "when did web start, restart it", "when did web start? restart it", "web 언제 켜졌어? 재시작해",
    "when was cache stopped, remove it",
])
def test_a_request_after_a_when_question_is_never_dropped(text: str) -> None:
    ans = answer(text)
    assert not ans.cli, (text, ans)  # not the inspect alone (the request dropped), never the write on a guess


@pytest.mark.parametrize("text", ["web 지울 수 있는지 알 수 있나요", "web 재시작 알 수 있어?"])
def test_knowing_asked_of_a_write_runs_nothing(text: str) -> None:
    ans = answer(text)
    assert not is_write(ans.cli) and not (ans.proposal and is_write(ans.proposal)), (text, ans)


@pytest.mark.parametrize("text,want", [
    ("the cache thing, can you turn it off and back on?", ["docker restart cache"]),
    ("restart the web box", ["docker restart web"]),
    ("stop the cache thing", ["docker stop cache"]),
    ("the web box is slow, restart it", ["docker restart web"]),
    ("the data thing, stop it", ["docker stop data"]),
    ("show logs of the my-nginx box", ["docker logs my-nginx"]),
    ("What's currently deployed on this box?", ["docker ps"]),
    ("what images are on this box", ["docker images"]),
])
def test_a_container_said_as_a_thing_or_a_box(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", ["restart the thing", "remove the box", "stop that thing"])
def test_a_thing_or_a_box_with_no_name_names_nothing(text: str) -> None:
    assert not answer(text).cli, text


@pytest.mark.parametrize("text,want", [
    ("which volume does db use?", ["docker inspect db"]),
    ("which volumes does web use?", ["docker inspect web"]),
    ("what volume does cache use", ["docker inspect cache"]),
    ("web은 어떤 볼륨 써?", ["docker inspect web"]),
    ("db는 어떤 볼륨 쓰고 있어요?", ["docker inspect db"]),
    # the containers that use a volume stay the filter
    ("which containers use the pgdata volume", ["docker ps --filter volume=pgdata"]),
    ("어떤 컨테이너가 pgdata 볼륨 써?", ["docker ps --filter volume=pgdata"]),
])
def test_the_volumes_a_container_uses_asked_are_its_details(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text,want", [
    ("i already checked the logs, so restart cache", ["docker restart cache"]),
    ("i already checked the logs, now restart cache", ["docker restart cache"]),
    ("i already checked the logs, so show cache logs", ["docker logs cache"]),
])
def test_a_read_told_done_before_the_request_is_context(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "i already checked the logs, so restart cache tomorrow", "i already checked the logs, so don't restart cache",
    "i checked the logs, restart cache later",
])
def test_context_told_done_never_makes_a_time_a_ban_or_a_second_write_run(text: str) -> None:
    assert not answer(text).cli, text


def test_a_write_told_done_then_another_asked():
    # (lead28) it was refused here; a statement told before "so" (bot/language/preamble_en.py) is context: the restart is
    # told done, never run, and the stop asked of its own name is the request
    assert list(answer("we already restarted it, so stop cache").cli) == ["docker stop cache"]


@pytest.mark.parametrize("text,want", [
    ("my-nginx를 shut down 해줘", ["docker stop my-nginx"]),
    ("cache shutdown 시켜", ["docker stop cache"]),
    ("web up 해줘", ["docker start web"]),
    ("ditch the busybox image", ["docker rmi busybox"]),
    ("ditch web", ["docker rm web"]),
    ("ditch the pgdata volume", ["docker volume rm pgdata"]),
    ("alpine 이미지 최신화 부탁드립니다", ["docker pull alpine"]),
    ("redis 이미지 최신화해줘", ["docker pull redis"]),
    ("remove db, nobody uses it anymore", ["docker rm db"]),
    ("remove db, no one uses it", ["docker rm db"]),
    ("stop data, no one needs it", ["docker stop data"]),
    ("kill cache, it's not responding at all", ["docker kill cache"]),
    ("give me an overview of all containers", ["docker ps -a"]),
    ("a quick rundown of web please", ["docker inspect web"]),
    ("summary of cache", ["docker inspect cache"]),
])
def test_words_of_the_kinds_said(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "web shut down 했어", "my-nginx를 shut down 하지 마", "don't ditch web", "web 최신화",
    "restart web, nobody uses it", "don't remove db, nobody uses it", "remove db, nobody uses cache",
])
def test_their_neighbours_run_nothing(text: str) -> None:
    assert not answer(text).cli, text


@pytest.mark.parametrize("text", ["이미지로 web 띄워", "최신 이미지로 web 띄워", "run web from the image"])
def test_an_image_said_apart_from_a_container_name_is_never_its_start(text: str) -> None:
    # "최신 이미지로 web 띄워" (recreate web from the newest image) planned `docker start web`: the image's words dropped
    ans = answer(text)
    assert not ans.cli and ans.refusal is not None and "fresh_of_container" in ans.refusal, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("이미지로 nginx 띄워", ["docker run -d nginx"]), ("nginx 최신 이미지로 띄워", ["docker run -d nginx"]),
    ("web 띄워", ["docker start web"]), ("nginx 이미지로 컨테이너 하나 띄워", ["docker run -d nginx"]),
    ("web 이미지로 컨테이너 하나 더 띄워", ["docker run -d nginx"]),
])
def test_an_image_said_with_an_image_runs_it(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    # the question ending -까 with its ㄹ dropped (Gyeongsang speech, chat): "web 끄까?" planned docker stop web
    "web 끄까?", "web 지우까?", "web 재시작하까?", "web 끄까요?", "web 끌까?",
    # who said as the subject of a write, no 주다 of asking: "누가 web을 지우겠어 ㅋㅋ" planned docker rm web
    "누가 web을 지우겠어 ㅋㅋ", "누가 web 지울래?", "누가 cache를 재시작하겠어?", "누가 data 멈출래?",
])
def test_a_write_asked_or_asked_of_people_runs_nothing(text: str) -> None:
    ans = answer(text)
    assert not ans.cli, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("누가 web 좀 지워줘", ["docker rm web"]), ("누가 web 재시작 좀 해줄래?", ["docker restart web"]),
    ("web 누가 좀 꺼 주세요", ["docker stop web"]), ("web 로그 보까?", ["docker logs web"]),
])
def test_someone_asked_to_do_it_stays_the_request(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text,want", [
    # a clause told after a removal read its words as more names: "remove the backend network, we moved off it"
    # planned `docker network rm backend moved`
    ("remove the backend network, we moved off it", ["docker network rm backend"]),
    ("get rid of the backend network, we moved off it", ["docker network rm backend"]),
    ("remove the pgdata volume, we migrated", ["docker volume rm pgdata"]),
    ("remove the backend network, we moved to front", ["docker network rm backend"]),
    # lists stay lists
    ("remove volumes pgdata, db", ["docker volume rm pgdata db"]),
    ("remove images busybox, alpine", ["docker rmi busybox alpine"]),
    ("remove web, i mean cache", ["docker rm cache"]),
])
def test_a_clause_told_after_a_removal_names_nothing(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", ["stop web, i said cache", "i said we should restart web"])
def test_said_is_never_context_that_leaves_the_first_name(text: str) -> None:
    assert not answer(text).cli, text


@pytest.mark.parametrize("text", [
    # (after hand21's handovers) a name called out alone is addressed, never context (break7); a request naming
    # nothing after a report that names something is never every container's read; "!!" is no sentence end there
    "web! restart cache", "web... restart cache", "web slow. stats", "my-nginx top !! 보여줘",
])
def test_a_name_called_out_or_reported_is_never_dropped_by_a_handover(text: str) -> None:
    ans = answer(text)
    assert not ans.cli, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("EOD handover. I stopped my-volume at 6pm. Please start it again.", ["docker start my-volume"]),
    ("morning. restart cache", ["docker restart cache"]),
    ("Morning. web restarted twice overnight. What's running right now?", ["docker ps"]),
])
def test_a_handover_still_reads_its_request(text: str, want: list[str]) -> None:
    _plans(text, want)
