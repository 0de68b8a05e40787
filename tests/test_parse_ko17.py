"""The kinds of wordings_fresh15.yaml's Korean misses that ko17 fixed, each as a kind: the failing input of the table
and other wordings of the same kind (not in any table), read through `Gorae.explain` against the fake corpus world
(tests/fakes.py), as `gorae explain` reads them. `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

ALL_SLANG = [
    # banmal/slang words for all of them (grammar/natural.lark `all`): 죄다, 몽땅 as 다/전부
    ("떠 있는 거 죄다 재시작", ["docker restart $(docker ps -q)"]),
    ("떠 있는 거 몽땅 재시작해", ["docker restart $(docker ps -q)"]),
    ("죽은 컨테이너 몽땅 지워", ["docker container prune"]),
    ("실행 중인 거 죄다 꺼줘", ["docker stop $(docker ps -q)"]),
    # negation, past and question stay non-writes with them
    ("몽땅 재시작하지 마", None),
    ("떠 있는 거 죄다 재시작했어?", None),
    ("죄다 지웠어", None),
]


@pytest.mark.parametrize("text, want", ALL_SLANG, ids=[t for t, _ in ALL_SLANG])
def test_all_slang(text, want):
    check(text, want)


PULL_SLANG = [
    # 끌어오다 (drag it here) = pull, whatever its auxiliary (grammar/ko_words.txt 끌어와, natural.lark v_pull)
    ("httpd 이미지 끌어와봐", ["docker pull httpd"]),
    ("redis 이미지 끌어와 줘", ["docker pull redis"]),
    ("alpine 끌어와", ["docker pull alpine"]),
    # the past and a question about it stay non-writes
    ("nginx 끌어왔어", None),
    ("alpine 이미지 끌어왔어?", None),
    ("redis 끌어오지 마", None),
]


@pytest.mark.parametrize("text, want", PULL_SLANG, ids=[t for t, _ in PULL_SLANG])
def test_pull_slang(text, want):
    check(text, want)


APART_PARTICLE = [
    # learner Korean: the object particle 를 typed apart from an ASCII name (grammar/morphemes.txt NNG 르 >JKO),
    # as 을 already was
    ("cache 를 스탑 하세요 please", ["docker stop cache"]),
    ("web 를 재시작", ["docker restart web"]),
    ("web 을 리스타트", ["docker restart web"]),
    ("cache 를 리스타트 해주세요", ["docker restart cache"]),
    # negation, past stay non-writes
    ("web 를 재시작하지 마", None),
    ("cache 를 스탑 했어", None),
]


@pytest.mark.parametrize("text, want", APART_PARTICLE, ids=[t for t, _ in APART_PARTICLE])
def test_particle_apart(text, want):
    check(text, want)


NOISE_NEVER_REQUESTS = [
    # a noise word after a wish said plainly, a past, a question or hearsay never makes it a request (the brief's rule;
    # k16ko's wrong write "web 지우고 싶다 진짜" -> docker rm web must never come back): nothing runs
    # on main before session 15 this one was offered as a proposal of `docker rm web` (진짜 unread, asked with a yes);
    # brk17's venting (a wish with an intensifier) offers nothing now
    ("web 지우고 싶다 진짜", None),
    ("cache 다 날려버리고 싶다 진짜 ㅋㅋ", None),
    ("web 지웠어 진짜", None),
    ("web 재시작했어? 진짜", None),
    ("cache 지운대 진짜", None),
]


@pytest.mark.parametrize("text, want", NOISE_NEVER_REQUESTS)
def test_noise_never_requests(text, want):
    check(text, want)
    assert not answer(text).cli  # never a plan, the proposal aside
