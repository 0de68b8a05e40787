"""Kinds of unread wording fixed by the lead in session 19 (issue 8), each with the wordings that found it (fresh17)
and unseen wordings of the same kind, and the neighbours that must stay as they are. Read through the path of the
tables (tests/test_wordings_fresh.py `answer`: `Gorae.explain` over the fake corpus world).

  * English requests asked indirectly: hedged after you ("could you maybe restart cache?" took maybe as a name),
    wondered ("i was wondering if you could …"), asked possible ("would it be possible to …", "is there any way to …"),
    asked as leave to ask ("can I ask you to …"), get asked with can ("can we get web restarted?"), help wished for
    ("it'd help if you could …"). Maybe said without you stays a doubt that runs nothing.
  * Korean states denied: a relative clause ("안 켜진 컨테이너", "안 꺼진 컨테이너") is the other state; a state denied
    and asked of a name ("web 안 죽었지?", "web 아직도 안 떴어?") is its status — never a write, and a ban stays a ban
    ("web 안 멈춰", "cache 안 꺼"); a done write denied ("cache 안 지웠지?") runs nothing.
  * the unused ones of a kind asked for, not pruned ("안 쓰는 볼륨 있어?", "list unused networks"): the list; dangling
    images: docker's own filter.
  * no answer complained of ("cache 응답 안 해요", "cache is not responding"): its status and recent logs.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer, is_write


def _plans(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("could you maybe restart cache?", ["docker restart cache"]),
    ("would you perhaps stop data", ["docker stop data"]),
    ("can u maybe pull redis", ["docker pull redis"]),
    ("i was wondering if you could restart my-nginx", ["docker restart my-nginx"]),
    ("I wonder if you could pause data", ["docker pause data"]),
    ("would it be possible to stop data?", ["docker stop data"]),
    ("is it possible to see what's running", ["docker ps"]),
    ("is there any way to see web's logs?", ["docker logs web"]),
    ("can I ask you to remove the alpine image", ["docker rmi alpine"]),
    ("could i ask you to restart web", ["docker restart web"]),
    ("can we get web restarted?", ["docker restart web"]),
    ("could we get the cache container restarted", ["docker restart cache"]),
    ("could i get the logs of cache", ["docker logs cache"]),
    ("it'd help if you could restart cache", ["docker restart cache"]),
    ("it would help if you could pull redis", ["docker pull redis"]),
    ("could you by any chance restart web", ["docker restart web"]),
])
def test_an_english_request_asked_indirectly_is_the_request(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "maybe restart cache", "restart web and maybe cache", "could you maybe not restart cache?",
    "would it be possible to restart web if db dies?", "can i restart web", "i wonder if web should be restarted",
    "it'd help if you restarted cache",
])
def test_a_doubt_a_negation_or_a_permission_asked_is_no_request(text: str) -> None:
    assert not is_write(answer(text).cli), text


@pytest.mark.parametrize("text,want", [
    ("안 켜진 컨테이너 있나?", ["docker ps -a"]),
    ("안 뜬 컨테이너 보여줘", ["docker ps -a"]),
    ("안 꺼진 컨테이너 다 보여줘", ["docker ps"]),
    ("안 죽은 컨테이너 뭐 있어", ["docker ps"]),
    ("web 안 죽었지?", ["docker inspect web"]),
    ("cache 아직 안 꺼졌지?", ["docker inspect cache"]),
    ("cache 안 뻗었지?", ["docker inspect cache"]),
    ("web 아직도 안 떴어?", ["docker inspect web"]),
    ("db 아직 안 떴지?", ["docker inspect db"]),
])
def test_a_korean_state_denied_is_the_state_read(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "web 안 멈춰", "cache 안 꺼", "web 안 죽여", "cache 안 지웠지?", "web 안 재시작했지?", "안 멈춘 web 재시작",
    "web 안 지워", "db 안 켜",
])
def test_a_ban_or_a_done_write_denied_runs_nothing(text: str) -> None:
    assert not is_write(answer(text).cli), text


@pytest.mark.parametrize("text,want", [
    ("안 쓰는 볼륨 있어?", ["docker volume ls"]),
    ("안 쓰는 이미지 있나 봐줘", ["docker images"]),
    ("list unused volumes", ["docker volume ls"]),
    ("unused networks?", ["docker network ls"]),
    ("안 쓰는 네트워크 보여줘", ["docker network ls"]),
    ("show dangling images", ["docker images --filter dangling=true"]),
    ("댕글링 이미지 목록", ["docker images --filter dangling=true"]),
    # pruned, as before
    ("안 쓰는 볼륨 정리해줘", ["docker volume prune"]),
    ("clean up dangling images", ["docker image prune"]),
])
def test_the_unused_ones_asked_for_are_listed(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text,want", [
    ("cache 응답 안 해요", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("my-nginx 응답을 안 해", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("cache is not responding", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web will not respond", ["docker inspect web", "docker logs --tail 20 web"]),
])
def test_no_answer_complained_of_is_looked_at(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text,want", [
    # never: made only (docker's status created) — a prune would remove the exited ones too (break6)
    ("한 번도 안 켜진 컨테이너 지워", ["docker rm db"]),
    ("한 번도 실행 안 된 컨테이너 지워", ["docker rm db"]),
    ("한번도 안 뜬 컨테이너 보여줘", ["docker ps -a --filter status=created"]),
    ("list the containers that never started", ["docker ps -a --filter status=created"]),
    ("생성만 된 컨테이너 보여줘", ["docker ps -a --filter status=created"]),
])
def test_never_started_is_made_only(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    # (break run) a state told of a name, then a request on another: it acted on both
    "web 안 죽었지 cache 꺼", "web 안 죽었으니까 cache 꺼", "web이 안 죽었지? cache 꺼", "web 아직 안 죽었으니 놔두고 cache 꺼",
    "web 안 죽었지? cache랑 data 꺼", "cache 아직 안 꺼졌지? web 꺼줘", "db 아직 안 떴으니까 web 재시작",
    "web 켜져있으니까 cache 꺼", "web 안 죽었지 cache 로그 보여줘", "web is up, could you maybe restart cache?",
    "db isn't up, can I ask you to restart web", "web is up so stop cache", "web still isn't up? start cache",
    "web's up, would it be possible to stop data?",
])
def test_a_name_with_its_state_told_before_another_is_set_apart(text: str) -> None:
    ans = answer(text)
    assert not ans.cli and ans.refusal and "set_apart" in ans.refusal, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("web이랑 죽은 cache 재시작", ["docker restart web cache"]),  # a relative clause describes the name after it
    ("web이랑 cache 죽었어 재시작해", ["docker restart web cache"]),
    ("web 죽었어 재시작해줘", ["docker restart web"]),
    ("web is down, restart it", ["docker restart web"]),
    ("start the stopped db and web", ["docker start db web"]),
])
def test_a_state_of_the_names_acted_on_stays(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "list those please", "show them", "show me it", "list them", "show it",
    "which container are you running in?", "what container are you in?", "where are you running?",
])
def test_a_pronoun_alone_or_gorae_asked_of_reads_nothing(text: str) -> None:
    assert not answer(text).cli, text


@pytest.mark.parametrize("text,want", [
    # (break run) more of the kinds: maybe after a modal, possible for you, leave to ask said with i'd like
    ("would it be possible for you to stop data?", ["docker stop data"]),
    ("I was wondering if you could maybe restart my-nginx", ["docker restart my-nginx"]),
    ("i'd like to ask you to restart web", ["docker restart web"]),
    ("any unused volumes?", ["docker volume ls"]),
    ("any dangling images?", ["docker images --filter dangling=true"]),
    ("show untagged images", ["docker images --filter dangling=true"]),
    # "remove untagged images" planned `docker rmi untagged`: docker's dangling, pruned
    ("remove untagged images", ["docker image prune"]),
])
def test_more_of_the_kinds(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text,want", [
    # a junior asking where to look: the read; here is the engine gorae is on
    ("what containers do we have here?", ["docker ps"]),
    ("where do I find the images we have?", ["docker images"]),
    ("where can i find cache's logs", ["docker logs cache"]),
    ("where are the logs of web", ["docker logs web"]),
    ("where is web running", ["docker inspect web"]),
])
def test_a_junior_asking_where_to_look_is_the_read(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", ["where do i restart web", "where can we stop cache", "where should i remove cache"])
def test_where_a_write_is_done_asked_runs_nothing(text: str) -> None:
    assert not is_write(answer(text).cli), text


@pytest.mark.parametrize("text,want", [
    # a learner's words (ESL): erase = remove, forcely = force, continuously = follow
    ("erase the busybox image please", ["docker rmi busybox"]),
    ("forcely stop my-nginx", ["docker kill my-nginx"]),
    ("please see the logs of web continuously", ["docker logs -f web"]),
])
def test_a_learners_words(text: str, want: list[str]) -> None:
    _plans(text, want)


def test_a_learners_word_negated_runs_nothing() -> None:
    assert not is_write(answer("don't erase web").cli)


@pytest.mark.parametrize("text,want", [
    # a thing heard told, after the request, is its reason (-다고 하다: "나왔대서")
    ("nginx 새로 받아줘 보안 패치 나왔대서", ["docker pull nginx"]),
    ("nginx 받아줘 새 버전 나왔다고 해서", ["docker pull nginx"]),
])
def test_a_reason_heard_after_a_request(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", ["web 재시작해줘 cache 지우래서", "web 재시작해줘 팀장님이 하래서"])
def test_an_order_heard_after_a_request_runs_nothing(text: str) -> None:
    assert not is_write(answer(text).cli), text


def test_a_text_too_long_is_refused_before_any_reader() -> None:
    # a 1 MB message went through the readers around the grammar (each analysed it again with Kiwi: minutes of CPU in
    # tests/test_secrets.py); it is refused first, as the grammar's own reader refused it
    from bot.language.parse import MAX_LEN, parse
    from bot.model import NotUnderstood

    res = parse("web 재시작 " + "x" * 1_000_000 + " 해줘")
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.too_long", res
    assert isinstance(parse("web 재시작해줘 " + "가" * MAX_LEN), NotUnderstood)
