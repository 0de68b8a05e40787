"""Kinds of wrong writes found by branch `break5` (tests/data/wordings_break5.yaml), each with the table's input and
wordings of the same kind the table does not hold. Read through `Gorae.explain` over the fake corpus world
(tests/fakes.py), as `gorae explain --json` reads them.

- a name said apart from the request — the topic 은/는 after the verb, a word that leaves it as it is (그대로, 그냥,
  잠깐, "is", "stays") after it, or such a word between two names before the verb — is never one more target of the
  verb ("web 지우고 cache는 그대로" removed web and cache);
- a correction that adds a name (아니 … 도 / 까지) never takes the first name back ("web 꺼 아니 cache도" stopped cache
  alone);
- a name said with its kind and "and" a word of another kind ("db 컨테이너랑 볼륨 지워") is two kinds, refused — never one
  of them dropped (it removed the container only);
- a possessive before a name ("restart web's cache") is no list of two names (it restarted both);
- a container removed "from" somewhere ("remove the web container from the network") is no `docker rm` (it was);
- a word said of one of several names ("stop web, cache is prod") is never left out to offer the write on all.
"""
from __future__ import annotations

import pytest
from corpus_check import is_write, plan_key
from test_wordings_fresh import answer


def _touches(cli: tuple[str, ...], name: str) -> bool:
    return any(name in c.split()[1:] or f" {name}" in c for c in cli)


def _no_write_on(text: str, name: str) -> None:
    """Nothing planned or offered writes on `name`."""
    ans = answer(text)
    assert not (ans.cli and is_write(list(ans.cli)) and _touches(ans.cli, name)), (text, ans.cli)
    assert not (ans.proposal and is_write(list(ans.proposal)) and _touches(ans.proposal, name)), (text, ans.proposal)


def _reads(text: str, *want: str) -> None:
    ans = answer(text)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key(list(want)), (text, ans.cli, ans.refusal)


@pytest.mark.parametrize("text, apart", [
    # the table's
    ("web 지우고 cache는 그대로", "cache"), ("web 꺼 cache는 제가 할게요", "cache"), ("web 재시작하고 cache는", "cache"),
    ("web 꺼 cache는?", "cache"), ("cache는 잠깐 web 재시작", "cache"), ("web 꺼, cache 잠깐", "cache"),
    ("web 지우고 cache 그대로", "cache"), ("web 꺼 cache는 꺼져있음", "cache"), ("web 지우고 cache는 살려둬", "cache"),
    ("stop web, cache is ok", "cache"), ("remove web, cache stays", "cache"), ("stop web, cache is prod", "cache"),
    ("web 꺼 cache는 멀쩡", "cache"), ("web 지우고 cache는 유지", "cache"),
    # unseen wordings of the kind
    ("my-nginx 재시작하고 data는 그대로", "data"), ("data 꺼줘 web은 팀장님이 할 거예요", "web"),
    ("cache는 그냥 data 재시작", "cache"), ("cache 재시작해줘 web은 잠깐", "web"),
    ("restart my-nginx, data stays", "data"), ("kill cache, web is critical", "web"), ("restart data, web stays", "web"),
])
def test_a_name_said_apart_is_never_a_target(text, apart):
    _no_write_on(text, apart)


@pytest.mark.parametrize("text, want", [
    ("web 꺼줘 cache도", ("docker stop web cache",)),  # 도: one more, said so
    ("web, cache는 재시작해", ("docker restart web cache",)),  # the topic on the last of a list before the verb
    ("web 재시작하고 cache는 그대로 둬", ("docker restart web",)),  # left alone with its verb: read as before
    ("my-nginx 중지 data 그대로 둬", ("docker stop my-nginx",)),
    ("web 재시작하고 나머지는 그대로", ("docker restart web",)),
    ("web 꺼줘 cache", ("docker stop web cache",)),
    ("stop web and cache for a moment", ("docker pause web cache",)),  # English: the moment is the verb's
])
def test_names_said_with_the_request_still_read(text, want):
    _reads(text, *want)


@pytest.mark.parametrize("text, first", [
    ("web 꺼 아니 cache도", "web"), ("web 꺼 아니 cache까지", "web"), ("web 재시작 아니 cache도 해줘", "web"),
    ("data 재시작 아니 my-nginx도", "data"), ("cache 멈춰 아니 web까지 멈춰", "cache"),
])
def test_a_correction_that_adds_never_drops_the_first_name(text, first):
    ans = answer(text)
    assert not ans.cli, (text, ans.cli)  # today: refused (parse.unused), never the other one alone
    assert not (ans.proposal and not _touches(ans.proposal, first)), (text, ans.proposal)


def test_a_correction_that_replaces_still_reads():
    _reads("web 아니 cache 재시작", "docker restart cache")
    _reads("restart web, I mean cache", "docker restart cache")


@pytest.mark.parametrize("text", [
    "db 컨테이너랑 볼륨 지워", "db 볼륨이랑 컨테이너 지워", "remove the db container and volume", "nginx 이미지랑 컨테이너 지워",
    "remove web container and image",
    # unseen
    "pgdata 볼륨이랑 이미지 삭제", "remove the cache container and image", "delete db volume and container please",
    "web이랑 네트워크 지워", "remove web and the network",  # a bare name with a removal is a container
])
def test_two_kinds_of_one_name_are_refused(text):
    ans = answer(text)
    assert not ans.cli and not ans.proposal, (text, ans.cli, ans.proposal)
    # two kinds, or "its volume" asked by name (parse.volume_of_container): a refusal either way
    assert ans.refusal in ("not understood: parse.two_kinds", "not understood: parse.volume_of_container"), ans.refusal


def test_two_names_each_with_its_kind_still_read():
    _reads("web 컨테이너랑 cache 컨테이너 재시작", "docker restart web cache")


@pytest.mark.parametrize("text", ["restart web's cache", "stop web's cache", "kill my-nginx's cache", "restart cache's web",
                                  "stop data's web", "kill cache's db"])
def test_a_possessive_before_a_name_is_no_list(text):
    ans = answer(text)
    assert not ans.cli and not (ans.proposal and is_write(list(ans.proposal))), (text, ans.cli, ans.proposal)


@pytest.mark.parametrize("text, want", [
    ("remove web's image", ("docker rmi nginx",)), ("show web's logs", ("docker logs web",)),
    ("run nginx with my-volume's volumes", ("docker run -d --volumes-from my-volume nginx",)),
    ("show web's logs and restart it", ("docker logs web", "docker restart web")),
])
def test_a_possessive_before_a_word_of_the_grammar_still_reads(text, want):
    _reads(text, *want)


@pytest.mark.parametrize("text", ["remove the web container from the network", "delete web from backend",
                                  "drop web from backend", "delete cache from the backend",
                                  "remove my-nginx from the network please"])
def test_removed_from_somewhere_is_never_a_removal(text):
    ans = answer(text)
    assert not ans.cli and not (ans.proposal and "docker rm" in " ".join(ans.proposal)), (text, ans.cli, ans.proposal)


def test_removed_from_a_network_said_is_a_disconnect():
    _reads("remove web from the backend network", "docker network disconnect backend web")
    _reads("removal of data please", "docker rm data")  # "of" is no place


def test_an_unknown_word_before_a_name_is_still_offered():
    assert answer("stop the flibber web").proposal == ("docker stop web",)
    # "killing cache is needed now" is read whole since en12fix (a request said as needed: tests/test_parse_en12fix.py)
    assert answer("killing cache is needed now").cli == ("docker kill cache",)


@pytest.mark.parametrize("text, included", [
    ("web 빼고 cache 포함해서 다 재시작", "cache"), ("restart all except web but including cache", "cache"),
    ("restart everything except web, including cache", "cache"), ("stop all except web, including cache", "cache"),
    # unseen
    ("data 빼고 my-nginx 포함해서 전부 꺼", "my-nginx"), ("stop everything except cache, data included", "data"),
    ("restart all but my-nginx, incl. web", "web"),
])
def test_a_name_included_beside_an_exclusion_is_refused(text, included):
    ans = answer(text)
    assert not ans.cli and not (ans.proposal and is_write(list(ans.proposal))), (text, ans.cli, ans.proposal)
    assert ans.refusal == "not understood: parse.included_and_excluded", (text, ans.refusal)


def test_an_exclusion_alone_still_reads():
    _reads("web 빼고 다 재시작", "docker restart my-nginx cache my-volume data")
    _reads("my-nginx 빼고 web만 꺼", "docker stop web")
    _reads("stop all except web", "docker stop my-nginx cache my-volume data")
    _reads("중지된 것도 포함해서 보여줘", "docker ps -a")  # 포함 of a listing is -a


@pytest.mark.parametrize("text, name", [
    ("web에서 ls 하고 그거 지워", "web"), ("data에서 ls /tmp 하고 그거 지워", "data"), ("web에서 ps 하고 그거 꺼", "web"),
    # unseen
    ("my-volume에서 ls /data 하고 그거 삭제해줘", "my-volume"), ("cache에서 ps aux 해보고 그거 죽여", "cache"),
])
def test_that_after_a_command_in_a_container_is_never_the_container(text, name):
    _no_write_on(text, name)


def test_it_after_a_lifecycle_step_is_still_the_container():
    _reads("web 멈추고 그거 지워", "docker stop web", "docker rm web")
    _reads("cache 상태 보고 그거 지워", "docker inspect cache", "docker rm cache")
    _reads("check nginx -t on web, then restart it", "docker exec web nginx -t", "docker restart web")


@pytest.mark.parametrize("text", [
    "web 지울 수도 있어", "web 지울지도", "web 재시작할 수도", "web 지울 듯",
    # unseen
    "cache 끌지도", "data 멈출 수도 있어요", "my-nginx 재시작할 듯", "cache 죽일 수도 있음",
])
def test_a_possibility_or_a_guess_is_never_a_request(text):
    ans = answer(text)
    assert not ans.cli and not (ans.proposal and is_write(list(ans.proposal))), (text, ans.cli, ans.proposal)


def test_an_ability_asked_is_still_a_request():
    _reads("web 재시작해 줄 수 있어?", "docker restart web")


@pytest.mark.parametrize("text", [
    "remove db and then its volume", "db 지우고 볼륨도 지워", "stop db and remove its volume", "db 컨테이너 지우고 볼륨도 삭제해줘",
    "db 멈추고 볼륨 삭제",
    # unseen
    "my-volume 지우고 볼륨도 날려", "kill data and delete its volumes", "data 끄고 볼륨 지워줘",
])
def test_its_volume_is_never_the_volume_named_like_it(text):
    ans = answer(text)
    assert not ans.cli and not (ans.proposal and is_write(list(ans.proposal))), (text, ans.cli, ans.proposal)
    assert ans.refusal == "not understood: parse.volume_of_container", (text, ans.refusal)


def test_a_volume_named_after_a_container_step_still_reads():
    _reads("web 지우고 볼륨 pgdata도 지워", "docker rm web", "docker volume rm pgdata")
    _reads("web 멈추고 볼륨 목록 보여줘", "docker stop web", "docker volume ls")
    _reads("db 볼륨 지워", "docker volume rm db")
    _reads("create volume v5 and run alpine with it at /v", "docker volume create v5", "docker run -d -v v5:/v alpine")
