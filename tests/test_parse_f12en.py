"""The misses of tests/data/wordings_fresh12.yaml in the personas terse-en, en, cli, konglish and correction (branch
f12en), each fixed as a kind in grammar/ or bot/language/: the table's sentence (marked `# fresh12`) and other wordings
of the same kind (in no table), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as
`gorae explain` reads them. `None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

# English reads: the containers said as running "stuff" and "alive" (natural.lark `running`, parse_natural.py `listing`), full
# details (v_inspect), "locally" (a filler), "ts" (timestamps), whether a container is fine ("is web ok?":
# grammar/lexicon.txt `well_said`, parse_natural.py `_how_is`), its ports said terse, the noun first ("ports cache")
READS_EN = [
    ("which containers are alive?", ["docker ps"]),  # fresh12
    ("show running stuff", ["docker ps"]),  # fresh12
    ("full details for cache please", ["docker inspect cache"]),  # fresh12
    ("show the images we have locally", ["docker images"]),  # fresh12
    ("logs web ts", ["docker logs -t web"]),  # fresh12
    ("is web ok?", ["docker inspect web"]),  # fresh12
    ("ports cache", ["docker port cache"]),  # fresh12
    ("list the running stuff", ["docker ps"]),
    ("would u mind showing the running stuff", ["docker ps"]),  # wordings_en12
    ("clean up all unused stuff", None),  # wordings_break2: no kind said
    ("what containers are alive", ["docker ps"]),
    ("give me the full details of web", ["docker inspect web"]),
    ("what images do we have locally", ["docker images"]),
    ("logs cache ts pls", ["docker logs -t cache"]),
    ("is cache alright", ["docker inspect cache"]),
    ("is my-nginx fine?", ["docker inspect my-nginx"]),
    ("port web", ["docker port web"]),
    ("ports my-nginx pls", ["docker port my-nginx"]),
    # an image is no container
    ("ports nginx", None),
    ("is nginx ok?", None),
]


@pytest.mark.parametrize("text, want", READS_EN, ids=[t for t, _ in READS_EN])
def test_reads_en(text, want):
    check(text, want)


# A stop said "terminate" is docker stop (SIGTERM first); said at once (natural.lark `at_once`) it has no grace
# period: a kill. With any other verb "immediately" is read by nothing — never a forced removal.
AT_ONCE = [
    ("terminate my-nginx immediately", ["docker kill my-nginx"]),  # fresh12
    ("terminate my-nginx", ["docker stop my-nginx"]),
    ("please terminate the cache container", ["docker stop cache"]),
    ("stop cache instantly", ["docker kill cache"]),
    ("stop web right away", ["docker kill web"]),
    ("remove web immediately", None),
    ("don't terminate web", None),
]


@pytest.mark.parametrize("text, want", AT_ONCE, ids=[t for t, _ in AT_ONCE])
def test_at_once(text, want):
    check(text, want)


# docker's words in Hangul (grammar/natural.lark `_ps_all_ko`, v_inspect; grammar/ko_words.txt): ps and its -a said as
# its letter (피에스 에이), inspect as the ear slips it (익스펙트)
KONGLISH = [
    ("도커 피에스 에이", ["docker ps -a"]),  # fresh12
    ("web 익스펙트", ["docker inspect web"]),  # fresh12
    ("피에스 에이 보여줘", ["docker ps -a"]),
    ("컨테이너 피에스 에이 해줘", ["docker ps -a"]),
    ("도커 피에스", ["docker ps"]),
    ("cache 익스펙트 해줘", ["docker inspect cache"]),
    ("data 컨테이너 익스펙트", ["docker inspect data"]),
    ("web 익스펙트 하지 마", None),
]


@pytest.mark.parametrize("text, want", KONGLISH, ids=[t for t, _ in KONGLISH])
def test_konglish(text, want):
    check(text, want)


# A network's name typed in Hangul with the particle of a connect's place glued to it (grammar/lexicon.txt
# `net_particle_ko`, bot/language/morph.py `_net_loans`): the network it spells (the plan takes it only when exactly
# one network matches); any other verb on it is refused
NET_LOAN = [
    ("web 백엔드에 커넥트", ["docker network connect backend web"]),  # fresh12
    ("web을 백엔드에 연결해줘", ["docker network connect backend web"]),
    ("cache를 백엔드에서 빼줘", ["docker network disconnect backend cache"]),
    ("data 백엔드로 붙여줘", ["docker network connect backend data"]),
    ("web 프론트엔드에 커넥트", None),  # no such network here
    ("web 백엔드에서 재시작", None),
]


@pytest.mark.parametrize("text, want", NET_LOAN, ids=[t for t, _ in NET_LOAN])
def test_net_loan(text, want):
    check(text, want)


# Two names of a connect or a disconnect said bare, no role telling which is the network (parse_natural.py
# `_net_and_container_either`, bot/engine/plan.py `_network_either`): the engine tells them apart — swapped only when
# the swap alone fits; neither fits: refused; both fit: asked which (below)
EITHER = [
    ("connect web backend", ["docker network connect backend web"]),  # fresh12
    ("web backend 커넥트", ["docker network connect backend web"]),  # fresh12
    ("cache backend 디스커넥트", ["docker network disconnect backend cache"]),  # fresh12
    ("cache 네트워크 커넥트 backend", ["docker network connect backend cache"]),  # fresh12
    ("connect backend web", ["docker network connect backend web"]),
    ("disconnect cache backend", ["docker network disconnect backend cache"]),
    ("data backend 연결해줘", ["docker network connect backend data"]),
    ("backend my-nginx 커넥트", ["docker network connect backend my-nginx"]),
    ("connect web cache", None),
    ("connect nginx backend", None),
    # the network made in the step before, the container said: the engine's names put each in its place (f12ko's
    # swap in bot/engine/plan.py `_network_attach`: no network web, no container lan2) — the connect meant
    ("create network lan2 and connect web", ["docker network create lan2", "docker network connect lan2 web"]),
    ("start db and connect it backend", ["docker start db", "docker network connect backend db"]),
    ("don't connect web backend", None),
]


@pytest.mark.parametrize("text, want", EITHER, ids=[t for t, _ in EITHER])
def test_either(text, want):
    check(text, want)


def test_either_both_fit_is_asked():
    """A network and a container both named web and backend: which is which is asked, nothing planned."""
    from fakes import CONTAINERS, FakeView

    from bot.engine.plan import Unresolved, plan
    from bot.language.normalize import normalize
    from bot.language.parse import parse

    view = FakeView(containers=CONTAINERS + [("backend", "nginx", "running")],
                    networks=("bridge", "host", "none", "backend", "web"))
    for text in ("connect web backend", "web backend 커넥트"):
        res = plan(parse(normalize(text)), view)
        assert isinstance(res, Unresolved) and res.reason.key == "plan.network_which", (text, res)
    said = plan(parse(normalize("connect web to backend")), view)  # the role said: as said
    assert not isinstance(said, Unresolved) and said.cli == ("docker network connect backend web",)


# Corrections (parse_natural.py `_corrected_en`, `_chat_no_taken_back`, `_plainly_taken_back`; grammar/lexicon.txt
# `taken_back_ko`, `chat_no_ko`): a Korean verb taken back plainly — "아니 그냥" (no, just), "아니 잠깐만" (no wait),
# ㄴㄴ / 노노 (no no) — is the verb after it, on the names before; the word taken back never runs. A bare 아니 between
# two verbs stays refused (tests/test_parse_ko8.py: the tables disagree), and so does a ban said after the correction.
# The same verb said again with another name takes the name back; 아니 after "A 말고" says "A 말고" again.
CORRECTIONS = [
    ("web 지워 아니 그냥 꺼", ["docker stop web"]),  # fresh12
    ("cache 재시작 아니 그냥 멈춰", ["docker stop cache"]),  # fresh12
    ("cache 꺼 ㄴㄴ 재시작", ["docker restart cache"]),  # fresh12
    ("my-nginx 재시작 아니 잠깐만 로그부터", ["docker logs my-nginx"]),  # fresh12
    ("cache 말고 아니 web 로그 보여줘", ["docker logs web"]),  # fresh12
    ("web 로그, 아니 cache 로그", ["docker logs cache"]),  # fresh12
    ("oops not web, restart my-nginx", ["docker restart my-nginx"]),  # fresh12
    ("web 지워 노노 꺼줘", ["docker stop web"]),
    ("data 재시작 아니 그냥 로그 보여줘", ["docker logs data"]),
    ("web 지워 아니 걍 멈춰줘", ["docker stop web"]),
    ("web 꺼 아니 잠깐만 로그부터 보여줘", ["docker logs web"]),
    ("cache 지워 아니 잠깐 그냥 꺼", ["docker stop cache"]),
    ("web 강제종료 아니 그냥 정지", ["docker stop web"]),  # wordings_break3
    ("web 재시작 아니 cache 재시작", ["docker restart cache"]),
    ("web 말고 아니 cache 꺼", ["docker stop cache"]),
    ("whoops, not cache, stop data", ["docker stop data"]),
    ("oops, restart web", ["docker restart web"]),
    # 잠깐 right before a stop after 아니 is its brevity: the stop said again briefly is a pause; after another verb
    # (wait, or briefly?) it is refused — never a plain stop
    ("web 멈춰 아 아니 잠깐 멈추는 거", ["docker pause web"]),  # fresh12
    ("web 멈춰 아니 잠깐 멈춰", ["docker pause web"]),
    ("cache 꺼 아 아니 잠깐 끄는 거", ["docker pause cache"]),
    ("web 멈춰 아니 잠깐만 멈춰줘", ["docker pause web"]),
    ("my-nginx 재시작 아니 잠깐 꺼", None),
    ("my-nginx 재시작 아니 잠깐만 꺼", None),
    # (corr24) a bare 아니 before a whole order: the second (refused before)
    ("cache 꺼 아니 켜", ["docker start cache"]),
    ("my-nginx 멈춰 아니 재시작", ["docker restart my-nginx"]),
    ("web restart 해줘 아니 stop", ["docker stop web"]),
    # nothing after it, or a ban after it: nothing runs
    ("cache 지워 아니 잠깐만", None),
    ("web 꺼 ㄴㄴ", None),
    ("web 재시작 ㄴㄴ", None),
    ("cache 꺼 ㄴㄴ 재시작하지 마", None),
    ("web 지워 아니 그냥 하지 마", None),
    ("cache 말고 아니", None),
    ("oops not web", None),
]


@pytest.mark.parametrize("text, want", CORRECTIONS, ids=[t for t, _ in CORRECTIONS])
def test_corrections(text, want):
    check(text, want)


# Terse English (parse_natural.py `logs`, `main_verb`'s fresh, `_run`): docker logs' own -f typed in a sentence is
# follow (never force: logs are never forced); "new IMAGE named X" with no verb is a new container run; "create IMAGE
# NAME no start" names the new container (typed docker CLI, "docker create redis r14", stays as typed)
TERSE = [
    ("web logs -f pls", ["docker logs -f web"]),  # fresh12
    ("new redis named r13", ["docker run -d --name r13 redis"]),  # fresh12
    ("create redis r14 no start", ["docker create --name r14 redis"]),  # fresh12
    ("logs cache -f", ["docker logs -f cache"]),
    ("cache 로그 -f", ["docker logs -f cache"]),
    ("show me web logs -f", ["docker logs -f web"]),
    ("new nginx named w14 pls", ["docker run -d --name w14 nginx"]),
    ("fresh httpd named h15", ["docker run -d --name h15 httpd"]),
    ("make redis r14 no start", ["docker create --name r14 redis"]),
    ("create nginx n30 without starting it", ["docker create --name n30 nginx"]),
    ("set up httpd h31 but don't start it", ["docker create --name h31 httpd"]),
    ("docker create redis r14", ["docker create redis r14"]),  # typed: r14 is the command
    # a container is no image; logs are never forced
    ("new web named w16", None),
    ("create web w3 no start", None),
    ("web logs --force", None),
]


@pytest.mark.parametrize("text, want", TERSE, ids=[t for t, _ in TERSE])
def test_terse(text, want):
    check(text, want)


# Names listed with a symbol, spaced, between two names (grammar/lexicon.txt `and_symbols`, bot/language/parse.py
# `_joined_by_symbol`): read with a comma there, only as a request on containers naming both; a command run in a
# container keeps its & and + (refused as a shell character, or its own text), never a list
AND_SYMBOL = [
    ("web + cache restart", ["docker restart web cache"]),  # fresh12
    ("restart web & cache", ["docker restart web cache"]),  # fresh12
    ("stop my-nginx & data pls", ["docker stop my-nginx data"]),
    ("web + my-nginx 재시작", ["docker restart web my-nginx"]),
    ("kill cache + web", ["docker kill cache web"]),
    ("restart web & cache & data", ["docker restart web cache data"]),
    ("web에서 expr 1 + 2 실행", ["docker exec web expr 1 + 2"]),
    ("web에서 sleep 1 & echo hi", None),
    ("restart web & rm -rf /", None),
    ("restart web &", None),
    ("restart web & cache; rm -rf /", None),
    ("don't restart web & cache", None),
]


@pytest.mark.parametrize("text, want", AND_SYMBOL, ids=[t for t, _ in AND_SYMBOL])
def test_and_symbol(text, want):
    check(text, want)


# A container addressed first, then a command line, no verb (bot/language/parse.py `_addressed`; grammar/lexicon.txt
# `command_marks`): read as "on X, CMD" — run in that container, the plan refusing any name that is no running
# container (never an image run). Without the colon only a line that looks like a command (a flag, a path, a program
# named with - _ .) and has a word after the program; chat with no verb stays refused.
ADDRESSED = [
    ("web: nginx -s reload", ["docker exec web nginx -s reload"]),  # fresh12
    ("cache redis-cli dbsize", ["docker exec cache redis-cli dbsize"]),  # fresh12
    ("web nginx -s reload", ["docker exec web nginx -s reload"]),
    ("data ls -la /tmp", ["docker exec data ls -la /tmp"]),
    ("cache: redis-cli ping", ["docker exec cache redis-cli ping"]),
    ("my-nginx: nginx -t", ["docker exec my-nginx nginx -t"]),
    ("web: restart", ["docker restart web"]),  # a verb after the colon: the request (`_colon_read`)
    ("web looks weird today", None),
    ("web cache", None),
    ("nginx: ls -la", None),  # an image: no container to run it in, never a new one
    ("ghost: ls /tmp", None),
    ("db redis-cli ping", None),  # db is not running
    ("web: ls; rm -rf /", None),
]


@pytest.mark.parametrize("text, want", ADDRESSED, ids=[t for t, _ in ADDRESSED])
def test_addressed(text, want):
    check(text, want)


# A port said bare right after the image of a run (parse_natural.py `_bare_port`, `_terse_port_run`; grammar/lexicon.txt
# `bare_port_least`): in Korean with the run's verb, at most a name between them — the host's port, the container's
# from the image's EXPOSE (design.md). A small number is a tag or a count, never a port; a container is no image;
# typed English "run nginx 8080" stays docker CLI as typed; a name said after the Korean verb is refused (wordings_break)
BARE_PORT = [
    ("nginx 런 8080", ["docker run -d -p 8080:80 nginx"]),  # fresh12
    ("nginx 8080 띄워", ["docker run -d -p 8080:80 nginx"]),  # fresh12 (sre-phone)
    ("redis 6380 띄워", ["docker run -d -p 6380:6379 redis"]),
    ("redis r22 6394 띄워", ["docker run -d --name r22 -p 6394:6379 redis"]),
    ("httpd 런 9096", ["docker run -d -p 9096:80 httpd"]),
    ("nginx 8080 아니 8081로 띄워", ["docker run -d -p 8081:80 nginx"]),
    ("run nginx 8080", ["docker run nginx 8080"]),  # typed docker CLI, as typed
    ("postgres 16 띄워", None),
    ("nginx 2 띄워", None),
    ("web 8080 띄워", None),
    ("redis 6380 띄워 이름은 cache", None),  # wordings_break
    ("is nginx 8080?", None),
    ("nginx 99999", None),
    ("nginx 8080 8081", None),
    ("nginx 8080 띄우지 마", None),
    ("web 8080", None),
]


@pytest.mark.parametrize("text, want", BARE_PORT, ids=[t for t, _ in BARE_PORT])
def test_bare_port(text, want):
    check(text, want)


# … and in English terse, with no verb at all: the run is proposed (yes/no), never run — dropping a sentence's verb
# never yields a write (tests/test_properties_fresh.py: "httpd 9000 포트로 실행" without its verb is "httpd 9000")
TERSE_PORT = [
    ("httpd 9095 name edge12", ["docker run -d --name edge12 -p 9095:80 httpd"]),  # fresh12
    ("httpd 8098", ["docker run -d -p 8098:80 httpd"]),  # fresh12
    ("redis r21 6393", ["docker run -d --name r21 -p 6393:6379 redis"]),  # fresh12
    ("nginx 8080 pls", ["docker run -d -p 8080:80 nginx"]),
    ("httpd 8099 named h9", ["docker run -d --name h9 -p 8099:80 httpd"]),
]


@pytest.mark.parametrize("text, want", TERSE_PORT, ids=[t for t, _ in TERSE_PORT])
def test_terse_port_is_proposed(text, want):
    ans = answer(text)
    assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
    assert list(ans.proposal) == want, f"{text!r} proposes {list(ans.proposal)}, want {want}"


# Untagged and removed (grammar/natural.lark v_rm, parse_natural.py `remove`): docker rmi does both — an image only (a
# container's name is refused by the plan); "untag" alone is docker rmi of that reference too (the tag branch)
UNTAG = [
    ("untag and remove ubuntu:focal", ["docker rmi ubuntu:focal"]),  # fresh12
    ("untag and delete busybox", ["docker rmi busybox"]),
    ("untag and remove the alpine image", ["docker rmi alpine"]),
    ("untag and remove web", None),
    ("untag ubuntu:focal", ["docker rmi ubuntu:focal"]),  # the tag taken off is docker rmi of it (tests/test_parse_tag.py)
    ("don't untag and remove busybox", None),
]


@pytest.mark.parametrize("text, want", UNTAG, ids=[t for t, _ in UNTAG])
def test_untag(text, want):
    check(text, want)
