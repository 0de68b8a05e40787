"""ctxko24: Korean requests said in business wording, read through the fake corpus world (tests/fakes.py) as `gorae
explain` reads them. `None`: nothing may run and no write is offered (a refusal, a question or a read proposal are
all fine).

A. The request whose verb is the handling (처리) of a noun, as 진행 (natural.lark `_filler`): "busybox 이미지 삭제 처리
   부탁드리겠습니다" is `docker rmi busybox`, "cache 재시작 처리해 주세요" a restart.
B. Near-misses that stay what they are with 처리 said: a report of the past ("web 재시작 처리했습니다"), a ban, a
   permission asked of a removal, a schedule, a question.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

# A: wordings of our own of the kind (other names, other verbs), and the business row of miss_ko24
HANDLED = [
    ("busybox 이미지 삭제 처리 부탁드리겠습니다.", ["docker rmi busybox"]),
    ("cache 재시작 처리해 주세요", ["docker restart cache"]),
    ("web 정지 처리 부탁해요", ["docker stop web"]),
    ("my-nginx 일시정지 처리 부탁드립니다", ["docker pause my-nginx"]),
    ("data 컨테이너 삭제 처리해줘", ["docker rm data"]),
    ("web 로그 확인 처리 부탁드립니다", ["docker logs web"]),
    ("cache 재시작 처리 건 진행 부탁드립니다", ["docker restart cache"]),
    ("중지된 컨테이너 정리 처리해줘", ["docker container prune"]),
]

# B: near-misses — no write
NEAR = [
    ("web 재시작 처리했습니다", None),
    ("web 재시작 처리 완료했습니다", None),
    ("cache 삭제 처리됐어요", None),
    ("cache 재시작 처리됐어?", None),
    ("cache 재시작 처리하지 마", None),
    ("web 재시작 처리는 하지 마세요", None),
    ("web 재시작 처리 안 해도 돼", None),
    ("내일 cache 재시작 처리해 주세요", None),
    ("cache 재시작 처리할까?", None),
    ("민수가 cache 재시작 처리한대", None),
    ("web 재시작 진행했습니다", None),
]


@pytest.mark.parametrize("text,want", HANDLED + NEAR)
def test_ctxko24(text, want):
    check(text, want)


# a permission asked of a removal stays asked (a yes/no proposal, as "db 지워도 돼?"), never planned
@pytest.mark.parametrize("text", ["db 삭제 처리해도 돼?", "data 컨테이너 삭제 처리해도 될까요?"])
def test_permission_asked_plans_nothing(text):
    assert not answer(text).cli
