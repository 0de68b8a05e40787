"""The Korean kinds of wordings_fresh7.yaml's property questions, complaints and exec rows that the
seventh table found missed (ko7b), each fixed as a kind in grammar/ or bot/language/: the failing
input of the table (first of each group) and other wordings of the same kind written before the fix
(not in any table), read through normalize -> parse -> plan against the fake corpus world
(tests/fakes.py). `None`: nothing may run.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

STATUS = lambda n: [f"docker inspect {n}", f"docker logs --tail 20 {n}"]  # noqa: E731 — a complaint's reads

KINDS = [
    # complaints: a state that does not come (안 뜨다 / 안 올라오다), why it is like this (왜 이래), keeps
    # dying (자꾸: an adverb that changes nothing) — its status and recent logs, never a write and never a
    # prohibition; with a verb, what prompted it
    ("web 안 떠요", STATUS("web")),
    ("cache 안 올라와", STATUS("cache")),
    ("web 안 떠 재시작해줘", ["docker restart web"]),
    ("web 왜 이래", STATUS("web")),
    ("db 왜 저래?", STATUS("db")),
    ("web 왜 이래 재시작해", ["docker restart web"]),
    ("cache 자꾸 죽어 ㅠ", STATUS("cache")),
    ("web 자꾸 죽어 재시작해줘", ["docker restart web"]),
    # when, asked after the name: 언제(부터) / 몇 시에 — its details
    ("cache 언제부터 떠 있었어", ["docker inspect cache"]),
    ("my-nginx 몇 시에 시작됐어", ["docker inspect my-nginx"]),
    ("cache 언제부터 돌고 있었어", ["docker inspect cache"]),
    ("web 몇 시에 재시작됐어?", ["docker inspect web"]),
    ("db 언제 만들어졌어?", ["docker inspect db"]),
    ("web 언제 지울 거야?", None),  # when a write will be done: asked, never done
    # a verbal noun done to it (시작됐어 / 재시작됐어): told or asked, nothing runs
    ("web 재시작됐어?", None),
    ("cache 재시작 됐어?", None),
    # a property asked: a port it is open on (열리다), the image it uses (쓰다), who is on a network
    # (누구), where it is mounted (어디 + 마운트), what it is set to (뭐로 돼 있어), its healthcheck
    # (ctx10: the port it is open on, 열리다 with the port said, is what it publishes — docker port, as
    # wordings_fresh11.yaml reads "web 어떤 포트로 열려있어요?" and the earlier tables accept as an alt)
    ("web 몇 번 포트로 열려있어?", ["docker port web"]),
    ("cache 몇 번 포트로 열려 있어", ["docker port cache"]),
    ("cache 무슨 포트로 떠 있어?", ["docker inspect cache"]),
    ("cache 이미지 뭐 씀?", ["docker inspect cache"]),
    ("data 이미지 뭐 써?", ["docker inspect data"]),
    ("backend 네트워크에 누구 붙어있어", ["docker network inspect backend"]),
    ("backend 네트워크에 누구 연결돼 있어?", ["docker network inspect backend"]),
    ("my-volume 마운트 어디야", ["docker inspect my-volume"]),
    ("web 마운트 어디야?", ["docker inspect web"]),
    ("pgdata 볼륨 어디 마운트돼?", ["docker volume inspect pgdata"]),
    ("db 볼륨 어디 마운트돼 있어?", ["docker volume inspect db"]),
    ("cache 재시작 정책 뭐로 돼있어", ["docker inspect cache"]),
    ("web 재시작 정책 뭐야", ["docker inspect web"]),
    ("web 헬스체크 상태?", ["docker inspect web"]),
    ("cache 헬스체크 상태 알려줘", ["docker inspect cache"]),
    # exec with no verb: "X에서 CMD …" — a flag with its number after the command word (-p 6379) is the
    # command's, never a port of a run
    ("cache에서 redis-cli -p 6379 ping", ["docker exec cache redis-cli -p 6379 ping"]),
    ("web에서 curl -p 80 x", ["docker exec web curl -p 80 x"]),
    ("data에서 ping -c 1 127.0.0.1", ["docker exec data ping -c 1 127.0.0.1"]),
    ("web에서 -p 80", None),  # no command word: nothing runs
    ("web에서 8080", None),
    ("cache에서 redis-cli -p 6379 ping 하지 마", None),
]


@pytest.mark.parametrize("text,want", KINDS, ids=[k[0] for k in KINDS])
def test_ko7b_kind(text, want):
    check(text, want)
