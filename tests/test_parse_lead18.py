"""Kinds of unread wording fixed by the lead in session 18 (issue 8), each with the wordings that found it and unseen
wordings of the same kind, and the neighbours that must stay as they are. Read through the path of the tables
(tests/test_wordings_fresh.py `answer`: `Gorae.explain` over the fake corpus world).

  * a name said by its Hangul transliteration (grammar/lexicon.txt `name_loan_ko`: 캐시 = cache, 웹 = web, 데이터 = data)
    in a sentence with no ASCII, typed with or without spaces ("캐시로그보여줘", "웹이랑캐시재시작"): the reading with
    the name is offered as a question (parse.loan_name), a read or a write that loses nothing (stop, start, restart,
    pause, unpause) — 캐시 may be an app's cache, and the tables disagree (fresh8 "웹 로그 보여줘" = none); any other
    write is refused. Two said side by
    side ("웹 캐시 지워": the web's cache) and a transliteration inside a longer noun ("메타데이터") name nothing.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer, is_write


def _nothing(text: str) -> None:
    ans = answer(text)
    assert not ans.cli, (text, ans)


def _plans(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("캐시로그보여줘", ["docker logs cache"]),
    ("캐시 로그 보여줘", ["docker logs cache"]),
    ("웹로그50줄", ["docker logs --tail 50 web"]),
    ("웹 로그 30줄만", ["docker logs --tail 30 web"]),
    ("캐시상태어때", ["docker inspect cache"]),
    ("웹프로세스", ["docker top web"]),
    ("웹메모리얼마", ["docker stats --no-stream web"]),
    ("데이터 컨테이너 정보", ["docker inspect data"]),
])
def test_a_read_on_a_name_said_in_hangul_is_answered_when_one_thing_matches(text: str, want: list[str]) -> None:
    # (voice22, session 22 decision) a read from a transliterated name is answered when the name matches exactly one
    # thing on the engine (bot/pipeline.py `_loan_read`); it was asked back (a proposal) before
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("디비 상태 좀", ["docker inspect db"]),  # the fake world has a container db and a volume db: two things
])
def test_a_read_on_a_name_said_in_hangul_is_asked_first(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert not ans.cli and list(ans.proposal) == want, (text, ans)


@pytest.mark.parametrize("text,want", [
    ("캐시멈춰", ["docker stop cache"]),
    ("캐시재시작부탁", ["docker restart cache"]),
    ("캐시 재시작", ["docker restart cache"]),
    ("웹이랑캐시재시작", ["docker restart web cache"]),
    ("데이터컨테이너재시작", ["docker restart data"]),
    ("캐시 좀 리부트", ["docker restart cache"]),
    ("디비 꺼줘", ["docker stop db"]),
])
def test_a_write_on_a_name_said_in_hangul_is_planned(text: str, want: list[str]) -> None:
    # (lead23) planned when the name matches exactly one container (bot/pipeline.py `_loan_read`); asked back before
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text", [
    "캐시 지워",  # a removal is never guessed from a transliteration, even asked
    "백엔드 네트워크 삭제해",
    "디비 강제로 죽여",
    "웹 캐시 지워",  # the web's cache
    "웹 캐시 비워줘",
    "메타데이터 보여줘",
    "데이터베이스 재시작해",
    "캐시 지우지 마",
    "만약 캐시 재시작하면 데이터 날아가?",
    "web 캐시 지워",
])
def test_no_name_is_guessed_for_a_write(text: str) -> None:
    ans = answer(text)
    assert not ans.cli and not (ans.proposal and is_write(list(ans.proposal))), (text, ans)


@pytest.mark.parametrize("text,want", [
    ("web 컨테이너 최근 로그 50줄 전달 부탁드립니다", ["docker logs --tail 50 web"]),
    ("cache 로그 회신 부탁드립니다", ["docker logs cache"]),
    ("전체 컨테이너 목록을 송부하여 주십시오", ["docker ps -a"]),
    ("볼륨 목록 송부 부탁드립니다", ["docker volume ls"]),
    ("운영 중인 컨테이너 현황 보고 부탁드립니다", ["docker ps"]),
    ("운영 중인 컨테이너 보여줘", ["docker ps"]),
    ("보유 중인 이미지 목록 전달 부탁드립니다", ["docker images"]),
    ("보유 중인 볼륨 보여줘", ["docker volume ls"]),
    ("cache 재기동 건 진행 부탁드립니다", ["docker restart cache"]),
    ("web 재시작 건 부탁드려요", ["docker restart web"]),
    ("db 컨테이너 상태 이상 여부 확인 부탁드립니다", ["docker inspect db"]),
    ("web 컨테이너 포트 설정 내역 확인 부탁드립니다", ["docker inspect web"]),
    ("cache 컨테이너 로그를 실시간으로 모니터링하여 주십시오", ["docker logs -f cache"]),
    ("web 컨테이너에서 cat /etc/hostname 실행 결과 회신 부탁드립니다", ["docker exec web cat /etc/hostname"]),
    ("data 녹여줘", ["docker unpause data"]),
    ("cache 좀 녹여", ["docker unpause cache"]),
    ("data 좀 재워", ["docker pause data"]),
    ("cache 재워줘", ["docker pause cache"]),
    ("my-nginx 숨통 끊어", ["docker kill my-nginx"]),
    ("cache 숨통을 끊어줘", ["docker kill cache"]),
    ("cache 30초 주고 꺼", ["docker stop -t 30 cache"]),
    ("web 10초 주고 재시작해줘", ["docker restart -t 10 web"]),
    ("web 로그 5분 줘", ["docker logs --since 5m web"]),
])
def test_business_korean_and_chat_verbs(text: str, want: list[str]) -> None:
    _plans(text, want)


@pytest.mark.parametrize("text", [
    "web 재시작 건은 내일 할게요",
    "web 삭제 건 보류해 주세요",
    "web 재시작 여부 확인 부탁드립니다",
    "web 삭제 여부 알려주세요",
    "web 재우지 마",
    "cache 재웠어",
    "web 5분 주고 재시작",
    "web 로그 전달받았어",
])
def test_business_or_chat_neighbours_write_nothing(text: str) -> None:
    _nothing(text)
