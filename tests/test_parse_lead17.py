"""Kinds of wrong write and unread wording fixed by the lead in session 17 (issue 8), each with the wording that found it
and unseen wordings of the same kind, and the neighbours that must stay as they are. Read through the path of the tables
(tests/test_wordings_fresh.py `answer`: `Gorae.explain` over the fake corpus world).

  * an intention told with -(으)려고 / -(으)려면 and no auxiliary of asking after it is never a request, and never a step
    of one: "web 재시작해줘 cache 지우려고" planned `docker restart web` then `docker rm cache`; "cache 살리려면 web
    재시작해" (Kiwi reads 재시작해's 하 as XSA) planned `docker start cache` then the restart;
  * a Korean reason said after a request that closes (주다/드리다/부탁하다 and an ending) names no target: "web 삭제해줘
    cache에 다 있어" planned `docker rm web cache`, "cache 꺼줘 web이 어차피 죽어서" `docker stop cache web`; "my-nginx
    지워줘 이제 안 쓰거든" was refused — the request alone; a taking back, hearsay of an order, a second request, a
    condition or a verb of gorae's said of a name stay what they were;
  * English: a clause said of another thing by its name after a request that names its own: "remove web, cache already
    has the data" planned `docker rm web cache data`; "restart everything, cache is ok" sets cache apart (refused);
  * English: a purpose said by an infinitive before a question, "to remove db, what do i need?", planned `docker rm db`;
  * English "that one" in a later step after two names is asked which ("stop web and cache then delete that one" removed
    both); a word that describes an image ("delete the broken image") is no image name (it proposed `docker rmi broken`).
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer


def _nothing(text: str) -> None:
    ans = answer(text)
    assert not ans.cli, (text, ans)


def _plans(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text", [
    "web 재시작해줘 cache 지우려고",
    "cache 꺼줘 db 지우려고",
    "web 재시작하려고 해",
    "web 재시작하려고요",
    "db 지우려고 함",
    "cache 살리려면 web 재시작해",
    "web 살리려면 cache 재시작해야 돼",
    "db 지우려면 web 멈춰",
])
def test_intention_told_is_no_request(text: str) -> None:
    _nothing(text)


@pytest.mark.parametrize("text,want", [
    ("web 재시작하려고 하는데 해줄래", ["docker restart web"]),
    ("web 재시작해줘", ["docker restart web"]),
    ("재현하려면 web 로그 마지막 40줄 필요해요", ["docker logs --tail 40 web"]),
])
def test_intention_asked_or_purpose_before_a_read(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text,want", [
    ("web 삭제해줘 cache에 다 있어", ["docker rm web"]),
    ("cache 꺼줘 web이 어차피 죽어서", ["docker stop cache"]),
    ("db 멈춰 줘 data가 대신 일하고 있어", ["docker stop db"]),
    ("my-nginx 지워줘 이제 안 쓰거든", ["docker rm my-nginx"]),
    ("web 재시작해주세요 배포 끝났거든요", ["docker restart web"]),
    ("web 재시작 부탁해요 응답이 없네요", ["docker restart web"]),
    ("data 꺼 줘, 비용 줄이려고", ["docker stop data"]),
    ("web 재시작해줘 메모리가 샜어", ["docker restart web"]),
    ("cache 꺼 줘 디스크 꽉 찼대", ["docker stop cache"]),
    ("web 재시작 좀 해 줘, 방금 설정 파일 바꿨어", ["docker restart web"]),
    ("web 꺼줘 cache도 꺼줘", ["docker stop web", "docker stop cache"]),
])
def test_reason_after_a_korean_request(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "web 재시작해줘 cache 껐어",
    "db 켜 주소 하더라",
    "web 꺼 줘 팀장님이 그러네",
    "web 지워줘 아니 됐어",
    "cache 꺼 줘. 아 아니에요 취소할게요",
    "web 재시작해 줘 아 아니에요 괜찮아요",
    "cache 재시작 해줘 아니다 그냥 두자",
    "web 꺼줘 cache가 죽으면",
    "web 재시작해줘 cache 지울 거라서",
    "web 삭제해줘 cache 있어?",
    "web 재시작해줘서 고마워",
    "db 켜 주셔서 고맙습니다",
    "web 꺼 주고 있어",
])
def test_not_a_reason_after_a_korean_request(text: str) -> None:
    _nothing(text)


@pytest.mark.parametrize("text,want", [
    ("remove web, cache already has the data", ["docker rm web"]),
    ("stop web, db is the primary now", ["docker stop web"]),
    ("restart web, cache looks fine", ["docker restart web"]),
])
def test_english_clause_said_of_another_name(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "restart everything, cache is ok",
    "to remove db, what do i need?",
    "in order to stop cache, what should i do",
])
def test_english_set_apart_or_asked_how(text: str) -> None:
    _nothing(text)


@pytest.mark.parametrize("text", [
    "stop web and cache then delete that one",
    "restart web and cache and then remove that one",
    "delete the broken image",
    "remove the bad image",
    "delete the leftover image please",
])
def test_one_of_two_or_a_described_image_is_asked_never_guessed(text: str) -> None:
    _nothing(text)
    assert not answer(text).proposal, answer(text)


def test_that_one_after_one_name_is_that_name() -> None:
    _plans("stop web then delete that one", ["docker stop web", "docker rm web"])
