"""ctxko25: a Korean order with the reason said after it, read through the fake corpus world (tests/fakes.py) as `gorae
explain` reads them. `None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all
fine).

A. A bare imperative (반말, no 주다) of a verb of gorae's closes the request as "…해 줘" does, and the clause after it
   that tells why changes nothing (bot/language/context_clause.py `_bare_closes`): "cache 강제로 죽여 응답이 없어" is
   `docker kill cache`.
B. An intention told as the reason (-ㄹ 거라서 / -ㄹ 거니까) is a purpose, as -려고 is (`_intent`): "db 지워줘 다시 만들
   거라서" is `docker rm db`.
C. An intention told as the reason BEFORE another verb (-ㄹ 거라서 / 건데 / 거니까 / 것이니 + a verb of its own) is what the
   speaker means to do, never a step (bot/language/morph.py `_intent_told_as_reason`): "web 지울 거라서 cache 꺼줘"
   planned `docker rm web` then `docker stop cache` on main — now nothing runs; "cache 재시작할 건데 해줄래?" still asks
   the restart (하다 alone after it).
E. A state said as why one asks, before the request ("느려서 그러는데 cache 재시작해줘"), may begin with its predicate.
D. Near-misses: a verb said of a state as well ("cache 멈춰 응답이 없어" may say it froze), a ban, the past, a question,
   a name or a time in the intention, an order relayed — none becomes the write.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# A: bare imperatives then a reason — wordings of our own, other names and verbs (and the fresh17 row)
BARE = [
    ("cache 강제로 죽여 응답이 없어", ["docker kill cache"]),
    ("web 꺼 아무도 안 써", ["docker stop web"]),
    ("data 꺼 디스크 꽉 찼어", ["docker stop data"]),
    ("cache 꺼 응답이 없어서", ["docker stop cache"]),
    ("my-nginx 죽여 계속 먹통이야", ["docker kill my-nginx"]),
    ("web 지워 이제 안 쓰거든", ["docker rm web"]),
    ("cache 재시작해 메모리가 꽉 찼어", ["docker restart cache"]),
    ("cache 죽여 응답이 없대", ["docker kill cache"]),
]

# B: an intention as the reason
INTENT = [
    ("db 지워줘 다시 만들 거라서", ["docker rm db"]),
    ("web 꺼줘 설정 바꿀 거니까", ["docker stop web"]),
    ("data 컨테이너 삭제해 주세요 새로 만들 거라서요", ["docker rm data"]),
    ("cache 재시작해줘 부하 테스트 돌릴 거라서", ["docker restart cache"]),
]

# C: near-misses — no write
NEAR = [
    ("cache 멈춰 응답이 없어", None),  # 멈추다 is said of a state too: it froze
    ("cache 안 죽여 응답이 없어", None),
    ("cache 죽였어 응답이 없어", None),
    ("cache 죽여? 응답이 없어", None),
    ("cache 죽이지 마 응답이 없어", None),
    ("db 지우지 마 다시 만들 거라서", None),
    ("web 재시작해줘 cache 지울 거라서", None),  # a write of its own named in the intention
    ("web 재시작해줘 db 다시 만들 거라서", None),
    ("db 지워줘 내일 다시 만들 거라서", None),  # a time said
    ("cache 꺼 민수가 그러던데", None),
    ("web 꺼 아니 됐어", None),
    ("cache 꺼 멀쩡해", None),  # a lone predicate after it: no clause of its own (a question without its "?")
    ("db 지워 괜찮아", None),
]

# E: a state said as why one asks (-어서 그러는데 / 그런데) before the request changes nothing (context_clause._because_so)
BECAUSE_SO = [
    ("느려서 그러는데 cache 재시작해줘", ["docker restart cache"]),
    ("잘 몰라서 그런데 web 로그 보여줘", ["docker logs web"]),
    ("급해서 그러는데요 cache 재시작 좀 해주세요", ["docker restart cache"]),
    ("답답해서 그런데 my-nginx 상태 좀 봐줘", ["docker inspect my-nginx"]),
    ("느려서 그러는데 cache 재시작하지 마", None),
    ("느려서 그러는데 내일 cache 재시작해줘", None),
    ("지워서 그러는데 cache 켜줘", None),  # a verb of gorae's in the clause: never left out
    ("느려서 그러는데 cache 재시작했어", None),
]


# C: an intention told before another verb — never a step, nothing written (it planned both writes on main)
INTENT_BEFORE = [
    ("web 지울 거라서 cache 꺼줘", None),
    ("web 지울 건데 cache 재시작해줘", None),
    ("web 지울 거라 cache 꺼줘", None),
    ("web 지울 거니까 cache 꺼줘", None),
    ("web 지울 거라서요 cache 꺼 주세요", None),
    ("web 지울 것이니 cache 꺼줘", None),
    ("my-nginx 정지할 거니까 data 일시정지해줘", None),
    ("db 새로 만들 건데 pgdata 볼륨 지워줘", None),
    ("cache 재시작할 건데 해줄래?", ["docker restart cache"]),  # the same verb asked
    ("cache 재시작할 건데 좀 해줘", ["docker restart cache"]),
]


@pytest.mark.parametrize("text,want", BARE + INTENT + INTENT_BEFORE + NEAR + BECAUSE_SO)
def test_ctxko25(text, want):
    check(text, want)
