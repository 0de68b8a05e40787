"""The misses of the tenth held-out table (tests/data/wordings_fresh10.yaml, branch m10), each fixed as a kind: the
table's input first, then wordings of the same kind it did not hold, read through Gorae.explain against the fake
corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a question, or a proposal that is no write).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import _GORAE, answer

from bot.model import NotUnderstood

KINDS = [
    # A. a need said as the reason, then the same verb again with nothing new (-어야 되니까 / 하니까 / 해서 + the verb):
    # the request itself, said twice (bot/language/parse_natural.py `_need_then_same`)
    ("web 지금 꺼야 되니까 꺼줘", ["docker stop web"]),
    ("cache 재시작해야 하니까 재시작 좀", ["docker restart cache"]),
    ("db 켜야 되니까 켜줘", ["docker start db"]),
    ("web 꺼야 하니 꺼", ["docker stop web"]),
    # … but the reason for another verb or of other names stays unread: never a first step
    ("web 지워야 해서 cache 재시작", None),
    ("web 꺼야 되니까 cache 꺼", None),
    ("web 지워야 하니까 cache 지워", None),
    ("web 지워야 하니까 web 지워", None),  # named again after it: not the bare repeat — refused, as before
    # B. the task told as a statement (a verbal noun and the copula ending the sentence: natural.lark `stated`): a
    # write is asked back, never run (test_a_statement_of_a_write_is_asked_back); asked to go ahead after it, the
    # request; a read said so is answered
    ("금일 작업은 web 재시작입니다. 진행하여 주시기 바랍니다", ["docker restart web"]),
    ("금일 작업은 db 기동입니다 부탁드립니다", ["docker start db"]),
    ("cache 먹통이야", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web 이미지 뭐야", ["docker inspect web"]),
    ("web 재시작이요", ["docker restart web"]),  # 이요, a particle of a request: no copula
    # C. reload: a container reloaded is restarted; a program reloaded in a container is its own reload run there
    # (grammar/lexicon.txt reload_program), never a restart of the program's name as a container
    ("reload my-nginx", ["docker restart my-nginx"]),
    ("reload the web container", ["docker restart web"]),
    ("cache 리로드 해줘", ["docker restart cache"]),
    ("reload web and cache", ["docker restart web cache"]),
    ("reload nginx on web", ["docker exec web nginx -s reload"]),
    ("reload nginx in my-nginx", ["docker exec my-nginx nginx -s reload"]),
    ("web에서 nginx 리로드 해줘", ["docker exec web nginx -s reload"]),
    ("my-nginx 안에서 nginx 리로드", ["docker exec my-nginx nginx -s reload"]),
    ("reload redis on cache", None),  # no reload known for redis: never `docker restart redis cache`
    # D. everyone / everybody: all of them, with an exclusion too (it was read as a container named everyone)
    ("restart everyone but my-nginx", ["docker restart web cache my-volume data"]),
    ("stop everybody except web", ["docker stop my-nginx cache my-volume data"]),
    # E. which containers use a name (사용하다 / 쓰다 / use): of a volume, the containers that mount it (--filter volume=);
    # of an image, those run from it (--filter ancestor=) — a volume was listed as an image (ancestor=pgdata)
    ("어떤 컨테이너가 pgdata 사용해?", ["docker ps --filter volume=pgdata"]),
    ("어느 컨테이너가 pgdata 볼륨 사용 중이야?", ["docker ps --filter volume=pgdata"]),
    ("어떤 컨테이너가 nginx 써?", ["docker ps --filter ancestor=nginx"]),
    ("어떤 컨테이너가 redis 이미지 사용하고 있어?", ["docker ps --filter ancestor=redis"]),
    ("which containers use pgdata", ["docker ps --filter volume=pgdata"]),
    ("which containers use nginx", ["docker ps --filter ancestor=nginx"]),
    ("web 이미지 뭐 써?", ["docker inspect web"]),  # one container's image asked: its details, as before
    # F. 치 after a unit of time (worth of): the window, never the verb 치다
    ("data 로그 15분치만", ["docker logs --since 15m data"]),
    ("web 로그 1시간치", ["docker logs --since 1h web"]),
    ("cache 로그 30분 치 보여줘", ["docker logs --since 30m cache"]),
    # G. kept (놔두다) said after the verb: an exclusion, as before it ("web은 두고 cache만 꺼")
    ("다 끄는데 my-volume은 놔둬", ["docker stop web my-nginx cache data"]),
    ("전부 재시작하는데 web은 놔둬", ["docker restart my-nginx cache my-volume data"]),
    ("cache 꺼주고 web은 놔둬", ["docker stop cache"]),
    ("web 놔둬", None),  # kept, nothing asked
    ("web은 그냥 놔둬", None),
    # H. called so (라는), then a word before its kind: the driver of a network kept ("브리지" was left unread)
    ("front2라는 브리지 네트워크 생성", ["docker network create -d bridge front2"]),
    ("n7이라는 브리지 네트워크 만들어줘", ["docker network create -d bridge n7"]),
    ("front2라는 네트워크 생성", ["docker network create front2"]),
    # I. yank said of one bare name (no network, no place): the image pulled out, as "yank the alpine image"
    ("yank busybox", ["docker rmi busybox"]),
    ("yank alpine", ["docker rmi alpine"]),
    ("yank web", None),  # a container's name: no image of it — refused by the plan, never a disconnect guessed
    ("yank web from backend", ["docker network disconnect backend web"]),
    # J. a container's environment asked for by the noun: `env` run in it when it runs, its details when it does not
    # (db is created: it was "not running")
    ("db 환경변수 보여줘", ["docker inspect db"]),
    ("show the env vars of db", ["docker inspect db"]),
    ("cache 환경변수 보여줘", ["docker exec cache env"]),
    ("db에서 env 실행", None),  # a command typed: not running, said so
    # K. chat 맛감 (맛가다, gone bad) is a complaint: its status and last lines
    ("cache 맛감", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("cache 맛갔어", ["docker inspect cache", "docker logs --tail 20 cache"]),
    # L. get said of one image ref that no container can be named (a tag, a registry path): fetched (docker pull)
    ("get me ubuntu:focal", ["docker pull ubuntu:focal"]),
    ("get nginx:1.25", ["docker pull nginx:1.25"]),
    ("get me fastcampus/hello-world", ["docker pull fastcampus/hello-world"]),
    ("get web", ["docker inspect web"]),  # a container's name: a look, as before
    ("get me the logs of web", ["docker logs web"]),
    # M. a flag of a command said in a container, no verb ("-n 1"): the command's, never a log window (it read logs)
    ("cache에서 redis-cli -n 1 dbsize", ["docker exec cache redis-cli -n 1 dbsize"]),
    ("cache 에서 redis-cli -n 1 dbsize", ["docker exec cache redis-cli -n 1 dbsize"]),
    ("web에서 head -n 3 /etc/hosts", ["docker exec web head -n 3 /etc/hosts"]),
    ("web 로그 -n 20", ["docker logs --tail 20 web"]),  # the logs' own window, as before
    # N. a directory said as a second place with its kind (디렉토리, 폴더): where the command runs (-w)
    ("my-volume에서 /tmp 디렉토리에서 ls 실행", ["docker exec -w /tmp my-volume ls"]),
    ("web에서 /etc 디렉토리에서 ls 실행", ["docker exec -w /etc web ls"]),
    ("data에서 /tmp 폴더에서 ls 실행", ["docker exec -w /tmp data ls"]),
    ("data에서 /tmp에서 ls 실행", ["docker exec -w /tmp data ls"]),
    # O. a permission given in the formal declarative (-어도 됩니다, no "?"): the request; asked, it is proposed
    ("cache 재시작하셔도 됩니다", ["docker restart cache"]),
    ("web 꺼도 됩니다", ["docker stop web"]),
    ("db 켜셔도 됩니다", ["docker start db"]),
    ("web 재시작하면 됩니다", ["docker restart web"]),
    ("web 꺼도 안 됩니다", None),  # asked ("web 꺼도 됩니다?"): test_a_permission_asked_is_asked_back
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_kinds(text, want):
    check(text, want)


@pytest.mark.parametrize("text, proposed", [
    ("금일 작업은 db 기동입니다", ["docker start db"]),
    ("금일 작업은 cache 삭제입니다", ["docker rm cache"]),
    ("db 기동입니다 감사합니다", ["docker start db"]),
])
def test_a_statement_of_a_write_is_asked_back(text, proposed):
    ans = answer(text)
    assert not ans.cli and list(ans.proposal) == proposed
    ex = _GORAE.explain(text)
    assert isinstance(ex.parsed, NotUnderstood) and ex.parsed.reason.key == "parse.stated"


@pytest.mark.parametrize("text, typed", [
    ("web 지워야 하니까 cache 지워", "지워야 하니까"),
    ("web 꺼야 되니까 cache 꺼", "꺼야 되니까"),
])
def test_unread_words_are_shown_as_typed(text, typed):
    """A refusal names the words it could not use as the user typed them, never as morphemes (`~야 되 ~니까`)."""
    ex = _GORAE.explain(text)
    assert isinstance(ex.parsed, NotUnderstood)
    words = dict(ex.parsed.reason.params).get("words", "")
    assert typed in words and "~" not in words, words


@pytest.mark.parametrize("text", ["web 꺼도 됩니다?", "web 꺼도 됩니까?", "web 꺼도 돼?"])
def test_a_permission_asked_is_asked_back(text):
    """Said with a "?" or a question's ending, the permission is asked: proposed (yes/no), never run."""
    ans = answer(text)
    assert not ans.cli and list(ans.proposal) == ["docker stop web"]
