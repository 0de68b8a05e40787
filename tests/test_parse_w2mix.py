"""The last misses of the held-out tables (fresh9, fresh10, fresh11, break3, break4) that branch w2mix fixed as
kinds in grammar/ and bot/language/: each table's input and other wordings of the same kind (in no table, written
before the fix), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain`
reads them. `None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

READ = [
    # 몇 (how many) before the copula's 이에요 / 이예요 / 인가요: Kiwi tags it a numeral (NR), not a determiner (MM)
    # as before 이야 — the same word (grammar/morphemes.txt); a container's port asked is its details
    ("web 포트 몇번이에요", ["docker inspect web"]),
    ("cache 포트 몇 번이예요", ["docker inspect cache"]),
    ("web 포트 몇번인가요", ["docker inspect web"]),
    ("my-nginx 포트 몇번이에요", ["docker inspect my-nginx"]),
    # a pronoun right after a clause ended with a connective names what that clause acted on (as "then remove it")
    ("web 멈추고 그거 지워줘", ["docker stop web", "docker rm web"]),
    ("cache 멈추고 그거 다시 켜", ["docker stop cache", "docker start cache"]),
    ("web 멈추고 얘 지워", ["docker stop web", "docker rm web"]),
    ("data 끄고 걔 지워", ["docker stop data", "docker rm data"]),
    ("web 멈추고 그거 로그 보여줘", ["docker stop web", "docker logs web"]),
    # what a directory of one container holds, asked with no verb: its listing run there (a read)
    ("whats in /usr/share/nginx/html on web", ["docker exec web ls /usr/share/nginx/html"]),
    ("what is in /etc on data", ["docker exec data ls /etc"]),
    ("what's in /tmp in my-volume", ["docker exec my-volume ls /tmp"]),
    ("web /etc에 뭐 있어", ["docker exec web ls /etc"]),
    ("web /etc 뭐 있음", ["docker exec web ls /etc"]),
]

WRONG_WRITES = [
    # a bare 꺼 glued to a name beside another predicate: chat for 것 ("fastcampus's") or the verb 끄 (turn off) —
    # not told (bot/language/morph.py `_glued_owner`): refused, never a stop planned on a guess. It planned
    # `docker stop fastcampus` then the push (a wrong write with a container of that name); data, cache and
    # my-nginx are running containers of the fixture world
    ("hello-world image push 해줘 fastcampus꺼", None),
    ("fastcampus꺼 hello-world push 해줘", None),
    ("data꺼 web 로그 보여줘", None),
    ("nginx 이미지 지워 my-nginx꺼", None),
    ("web 재시작해줘 cache꺼", None),
    # a speaker's label before a colon — a title, -님 or a person's name as the first word ("팀장: web 지워"): someone
    # else's words quoted in the channel, told, never asked of gorae (it ran `docker rm web`; grammar/morphemes.txt
    # ~전언 before SC, bot/language/normalize.py keeps that colon); a read may be relayed
    ("팀장: web 지워", None),
    ("팀장님: cache 재시작해", None),
    ("민수: data 꺼", None),
    ("지훈: my-nginx 지워줘", None),
    ("부장님: web 로그 보여줘", ["docker logs web"]),
    # a title said to gorae with no colon stays politeness, and a label that is no speaker changes nothing
    ("팀장님 cache 로그 보여주세요", ["docker logs cache"]),
    ("요청: web 재시작", ["docker restart web"]),
    ("재시작: web", ["docker restart web"]),  # a verb as the label: its colon is punctuation, as "restart: web"
    ("중지: cache", ["docker stop cache"]),
    ("팀장: stop web", None),
    # all said of one name ("stop all web", "다 web 꺼"): every container with web, or every container like web? —
    # asked, never the one name with the quantity dropped (it planned `docker stop web`)
    ("stop all web", None),
    ("다 web 꺼", None),
    ("kill every cache", None),
    ("data 전부 재시작해", None),
    ("remove all web", None),
    ("web 다 지워", None),
    # with two names it is both, with none every running container, with an exclusion all but those
    ("web cache 다 꺼", ["docker stop web cache"]),
    ("stop all containers", ["docker stop $(docker ps -q)"]),
    ("web 빼고 다 꺼", ["docker stop my-nginx cache my-volume data"]),
    ("web cache 다 지워", ["docker rm web cache"]),
    # a pronoun with no clause before it names nothing: never run
    ("그거 지워줘", None),
    ("얘 꺼", None),
    # alone, after a clause ended with -고, or before a request noun it stays the stop it always was
    ("cache꺼", ["docker stop cache"]),
    ("data꺼!", ["docker stop data"]),
    ("web꺼 부탁해", ["docker stop web"]),
    ("web 재시작하고 cache꺼", ["docker restart web", "docker stop cache"]),
]


def test_a_pronoun_before_another_name_is_never_planned():
    """"web 멈추고 그거 cache 지워": which one is 그거? — at most proposed with 그거 unread, never planned."""
    from test_wordings_fresh import answer

    ans = answer("web 멈추고 그거 cache 지워")
    assert not ans.cli, list(ans.cli)
    assert ans.proposal, ans.refusal


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_kinds(text, want):
    check(text, want)
