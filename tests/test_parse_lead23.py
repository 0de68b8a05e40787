"""lead23 (issue 8): a write whose container is said by its Hangul transliteration, and a Korean tag question.

A. "캐시 재시작해 줘", "디비 켜 줘", "웹이랑캐시재시작": the name said in Hangul (grammar/lexicon.txt `name_loan_ko`) of a
   non-destructive write (`loan_name_offered`) is planned when it matches exactly one container on the engine (bot/pipeline.py
   `_loan_read`; a volume db beside the container db is no doubt for a verb that acts on containers only); a destructive
   one (`loan_name_destroyed`: rm, kill) only with 컨테이너 said ("데이터 컨테이너 삭제해 줘" — the policy then confirms
   it as every destructive action); "캐시 지워" (an app's cache) stays refused; a name that matches no container is asked.
B. A Korean tag question closing a request asks for the yes, never gives it ("cache 재시작 ㅇㅋ?" restarted cache: a
   wrong write, fresh17's "캐시 재시작 ㅇㅋ?"): grammar/lexicon.txt `tag_question_ko`, natural.lark `asked`.
C. A write typed with the English layout on whose decoded words are its verb alone ("web Rjwnj" = web 꺼줘) is planned
   when it loses nothing (bot/language/parse.py `_keyboard_write_planned`; tests/test_parse_kbd22.py PLANNED).
Read through `Gorae.explain` over the fake corpus world (tests/fakes.py), the path of `gorae explain --json`.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

PLANNED = [
    ("캐시 재시작해 줘", "docker restart cache"),
    ("디비 켜 줘", "docker start db"),
    ("웹이랑캐시재시작", "docker restart web cache"),
    ("캐시멈춰", "docker stop cache"),
    ("웹 컨테이너를 재시작하여 주십시오.", "docker restart web"),
    ("데이터 컨테이너 일시 정지해 줘", "docker pause data"),
    ("데이터 컨테이너 삭제해 줘", "docker rm data"),
    ("캐시 컨테이너 강제 종료해 줘", "docker kill cache"),
    ("웹 다시 켜 줘", "docker restart web"),  # as "web 다시 켜 줘" (corr24: made to run again, web runs: a restart)
    ("캐시 잠깐 멈춰 줘", "docker pause cache"),
]


@pytest.mark.parametrize("text,cli", PLANNED)
def test_a_hangul_named_write_of_one_container_is_planned(text, cli):
    assert answer(text).cli == (cli,), answer(text)


NOT_RUN = [
    "캐시 지워",  # an app's cache may be meant: a destructive write without 컨테이너 said
    "데이터 지워 줘",
    "캐시 재시작하지 마",  # a ban
    "캐시 재시작했어?",  # the past asked
    "캐시 재시작해도 돼?",  # permission asked
    "내일 캐시 재시작해 줘",  # a schedule
    "레디스 재시작해 줘",  # no container redis
    "알파인 재시작",
    "백엔드 네트워크 삭제해",
    "웹 캐시 지워",  # the web's cache, never two names
    "캐시 재시작 ㅇㅋ?",  # B: a tag question
    # C: a verb typed in the English layout: its negation, a schedule, a removal, a name decoded stay unplanned
    "web Rjwl akf",  # 끄지 마
    "web Rjwnj dksgo",  # 꺼줘 안해
    "내일 web Rjwnj",
    "data wldnj",  # 지워: destroys, asked back
    "ㅈ듀 지워",  # a name decoded from Hangul, a write that destroys: asked back ((lead29) "ㅈ듀 재시작해줘" is planned:
    # tests/test_parse_kbd22.py PLANNED_JAMO)
    "ㅈ듀 ㄴ새ㅔ",  # every word decoded: asked back (fresh13's kind keyboard)
]


@pytest.mark.parametrize("text", NOT_RUN)
def test_no_write_without_the_container_or_the_yes(text):
    ans = answer(text)
    assert not ans.writes, ans


TAG_ASKED = [
    ("cache 재시작 ㅇㅋ?", "docker restart cache"),
    ("web 꺼 오케이?", "docker stop web"),
    ("db 지워 콜?", "docker rm db"),
    ("web 지워도 ㅇㅋ?", "docker rm web"),
    ("cache 재시작 ㅇㅋ??", "docker restart cache"),
]


@pytest.mark.parametrize("text,cli", TAG_ASKED)
def test_a_korean_tag_question_asks_for_the_yes(text, cli):
    ans = answer(text)
    assert not ans.cli and ans.proposal == (cli,), ans


@pytest.mark.parametrize("text,cli", [
    # (brk25) said first it is the go-ahead; said last after a write said as a noun ("cache 재시작 ㅇㅋ") it is asked
    # back (a yes asked for or reported as often as given: tests/test_parse_brk25.py), after a verb's ending as read
    ("ㅇㅋ cache 재시작", "docker restart cache"),
    ("cache 재시작해 ㅇㅋ", "docker restart cache"),
    ("web 로그 ㅇㅋ?", "docker logs web"),  # a read asked so is answered
    ("web 재시작 ㄱㄱ", "docker restart web"),
    ("web 로그 ㅋㅋ", "docker logs web"),
])
def test_without_the_question_or_for_a_read_it_reads_as_before(text, cli):
    assert answer(text).cli == (cli,), answer(text)


# D. the past typed in chat with ㅅ for ㅆ (Kiwi: 엇/앗, grammar/morphemes.txt): a report of something done, never a
# request — "web 지웟어" planned docker rm web, "web 재시작 햇어요" docker restart web on main (brk23's table found it
# through a keyboard decoding: "web wotlwkr gotdjdy" = 재시작 햇어요)
PAST_TYPED = ["web 껏어", "web 켯어", "web 지웟어", "web 멈췃어", "web 재시작햇음", "web 내렷다", "web 지웟는데",
              "web 재시작 햇어요", "web 재시작햇어?", "cache 재시작해줫어", "web 지워줫어?", "web wotlwkr gotdjdy",
              "data 일시정지 햇어", "db 켯는데 또 죽음"]


@pytest.mark.parametrize("text", PAST_TYPED)
def test_the_past_typed_with_s_is_no_request(text):
    ans = answer(text)
    assert not ans.writes and not (ans.proposal and ans.proposal[0].split()[1] in ("rm", "stop", "restart", "start")), ans
