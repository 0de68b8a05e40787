"""dneg23: a negation that asks for a read, not a ban (issue 8 session 23, fresh17/fresh19 kinds dneg and negq), read
through `Gorae.explain` against the fake corpus world (tests/fakes.py). `None`: nothing may run and no write is
offered (a refusal, a question or a read proposal are all fine).

A. A read asked with a negation (bot/language/negation_asked.py): Korean -ㄹ래?, -면 안 돼?, 안 VERB?, or a positive
   request said after the negated clause; English an inverted negated auxiliary ("can't you …", "don't we …",
   "shouldn't X be …"), a concession ("not that …, but …"), a tag question after a negated state ("…, did it?").
C. Who uses a host port or a name, asked with who: Korean "8080 포트 누가 쓰고 있어?", "pgdata 누가 쓰고 있어?" (no kind
   said), English "who's using port 8080" (docker ps --filter publish=N / volume= / ancestor=).
D. Comparisons (bot/language/compared.py): heavier/무겁다 as a use, a verb of comparing or an order (비교, 정렬, 순으로,
   compare, vs), who or what asked without "?"; a write on the comparison runs nothing.
F. Whether something happened to a container, asked with has/did (bot/language/happened_en.py): its details.
E. 확인 said alone (grammar/lexicon.txt `confirm_alone_ko`): no request, nothing listed; with a name it is read.
B. Near-misses: a ban, a leave not to, a state said by negation and every negated WRITE stay prohibitions.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.model import NotUnderstood, Prohibition

# A: the tables' rows, and wordings of our own (other names, other reads)
ASKED = [
    ("web 로그 좀 안 보여줄래?", ["docker logs web"]),
    ("web 로그 좀 안 보여주면 안 돼?", ["docker logs web"]),
    ("web 로그 안 보여?", ["docker logs web"]),
    ("cache 상태 안 궁금하냐고 ㅋㅋ 보여줘", ["docker inspect cache"]),
    ("can't you just show me the logs of web?", ["docker logs web"]),
    ("not that i don't trust it, but show me cache logs", ["docker logs cache"]),
    ("shouldn't web be up by now?", ["docker inspect web"]),
    ("cache didn't crash, did it?", ["docker inspect cache"]),
    ("don't we have a redis image?", ["docker images redis"]),
    # our own
    ("cache 로그 좀 안 알려줄래?", ["docker logs cache"]),
    ("my-nginx 상태 좀 안 보여주면 안 될까?", ["docker inspect my-nginx"]),
    ("data 로그는 안 보여줘?", ["docker logs data"]),
    ("db 상태 안 궁금하냐고, 알려줘", ["docker inspect db"]),
    ("won't you list the images?", ["docker images"]),
    ("can't you show me the logs of my-nginx?", ["docker logs my-nginx"]),
    ("don't we have an alpine image?", ["docker images alpine"]),
    ("shouldn't data be running by now?", ["docker inspect data"]),
    ("not that it's broken, but show me web logs", ["docker logs web"]),
    ("data didn't die, did it?", ["docker inspect data"]),
]

# B: bans, leaves not to, a state said by negation, and negated writes: nothing runs, no write offered
STAYS = [
    ("web 로그 보여주지 마", None),
    ("web 로그 안 보여줘도 돼", None),
    ("web 로그 안 봐도 돼?", None),
    ("web 로그는 안 보여줘도 되지?", None),
    ("don't show me web logs", None),
    ("don't you dare show web logs", None),
    ("web 재시작 안 하면 안 될까?", None),
    ("cache 좀 안 꺼줄래?", None),
    ("cache 안 지우면 안 돼?", None),
    ("can't you restart web?", None),
    ("won't you stop cache?", None),
    ("don't we remove web?", None),
    ("who says we can't stop web?", None),
    ("shouldn't cache be removed by now?", None),
    ("web didn't restart, did it?", None),
    ("not that i mind, but don't restart web", None),
    ("안 꺼도 돼", None),
]


# C: who uses, asked (the tables' rows and our own); a past, a write and a bare number stay unread
WHO_USES = [
    ("80 포트 누가 쓰고 있어?", ["docker ps --filter publish=80"]),
    ("8080 포트 누가 쓰고 있어?", ["docker ps --filter publish=8080"]),
    ("who's using port 8080", ["docker ps --filter publish=8080"]),
    ("pgdata 누가 쓰고 있어?", ["docker ps --filter volume=pgdata"]),
    ("누가 5432 포트 쓰고 있어?", ["docker ps --filter publish=5432"]),
    ("3306 포트 누가 써?", ["docker ps --filter publish=3306"]),
    ("who is using port 5432?", ["docker ps --filter publish=5432"]),
    ("redis 누가 쓰고 있어?", ["docker ps --filter ancestor=redis"]),
    ("8080 누가 써?", None),
    ("80 포트 누가 썼어?", None),
    ("who's using 8080", None),
    ("who's on port 8080", None),
    ("80 포트 누가 쓰고 있어? 꺼줘", None),
    ("who's using port 8080? kill it", None),
    ("pgdata 누가 지웠어?", None),
]


# D: the tables' rows and our own; writes on a comparison run nothing
COMPARED = [
    ("web vs my-nginx memory", ["docker stats --no-stream web my-nginx"]),
    ("web하고 my-nginx 메모리 비교해줘", ["docker stats --no-stream web my-nginx"]),
    ("cache랑 data 중에 뭐가 더 무거워?", ["docker stats --no-stream cache data"]),
    ("compare cpu of cache and data", ["docker stats --no-stream cache data"]),
    ("which container is the heaviest right now", ["docker stats --no-stream"]),
    ("nginx 이미지랑 redis 이미지 크기 비교", ["docker images"]),
    ("compare the logs of web and my-nginx", ["docker logs web", "docker logs my-nginx"]),
    ("cache하고 data 중 cpu 누가 더 써", ["docker stats --no-stream cache data"]),
    ("메모리 순으로 보여줘", ["docker stats --no-stream"]),
    # our own
    ("data vs db cpu", ["docker stats --no-stream data db"]),
    ("compare memory of web and cache", ["docker stats --no-stream web cache"]),
    ("compare web and data memory", ["docker stats --no-stream web data"]),
    ("compare the logs of cache and data", ["docker logs cache", "docker logs data"]),
    ("web이랑 db 중에 뭐가 더 가벼워?", ["docker stats --no-stream web db"]),
    ("cache랑 data cpu 비교해줘", ["docker stats --no-stream cache data"]),
    ("cpu 순으로 정렬해줘", ["docker stats --no-stream"]),
    ("which one is heavier, web or cache?", ["docker stats --no-stream"]),
    ("alpine 이미지랑 busybox 이미지 크기 비교해줘", ["docker images"]),
    ("restart the heaviest one", None),
    ("제일 무거운 거 재시작해", None),
    ("web이랑 cache 비교해서 무거운 거 재시작해", None),
    ("web vs cache, restart the loser", None),
    ("compare web and cache then stop the heavier", None),
    ("cache랑 data 중에 더 무거운 거 지워", None),
]


# F
HAPPENED = [
    ("has web been restarted today?", ["docker inspect web"]),
    ("has cache restarted?", ["docker inspect cache"]),
    ("did data crash yesterday?", ["docker inspect data"]),
    ("has my-nginx been stopped?", ["docker inspect my-nginx"]),
    ("did you restart web today?", None),
    ("has web been restarted, restart it again", None),
    ("did web restart every night", None),
]

# E
CONFIRM_ALONE = [
    ("확인", None),
    ("확인!", None),
    ("확인.", None),
    ("확인 ㅋㅋ", None),
    ("web 확인", ["docker inspect web"]),
    ("cache 상태 확인", ["docker inspect cache"]),
]


def test_confirm_alone_says_why():
    res = parse(normalize("확인"))
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.confirm_alone", res


@pytest.mark.parametrize("text,want", ASKED + STAYS + WHO_USES + COMPARED + CONFIRM_ALONE + HAPPENED)
def test_dneg23(text, want):
    check(text, want)


@pytest.mark.parametrize("text", ["안 멈춘 컨테이너 다 보여줘", "안 쓰는 볼륨 안 보여줄래?"])
def test_a_state_said_by_negation_is_never_read_without_it(text):
    # "not stopped" is a state the listing must keep: the read of every container (ps -a) would drop it
    res = parse(normalize(text))
    assert isinstance(res, Prohibition) or not getattr(res, "all", False), f"{text!r} -> {res}"
